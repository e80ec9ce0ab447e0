# generated from forms/code_item_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_item_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CodeItemDialog(object):
    def setupUi(self, CodeItemDialog):
        if not CodeItemDialog.objectName():
            CodeItemDialog.setObjectName(u"CodeItemDialog")
        CodeItemDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(CodeItemDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(CodeItemDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CodeItemDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(CodeItemDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CodeItemDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(CodeItemDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setStyleSheet(u"color: #666666;")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CodeItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)

        self.retranslateUi(CodeItemDialog)

        QMetaObject.connectSlotsByName(CodeItemDialog)
    # setupUi

    def retranslateUi(self, CodeItemDialog):
        CodeItemDialog.setWindowTitle(QCoreApplication.translate("CodeItemDialog", u"Dictionary entry", None))
        self.codeLabel.setText(QCoreApplication.translate("CodeItemDialog", u"&Code:", None))
        self.nameLabel.setText(QCoreApplication.translate("CodeItemDialog", u"&Name:", None))
    # retranslateUi

