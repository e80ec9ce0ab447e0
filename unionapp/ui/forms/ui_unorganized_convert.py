# generated from forms/unorganized_convert.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unorganized_convert.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConvertEmployerDialog(object):
    def setupUi(self, ConvertEmployerDialog):
        if not ConvertEmployerDialog.objectName():
            ConvertEmployerDialog.setObjectName(u"ConvertEmployerDialog")
        ConvertEmployerDialog.resize(560, 280)
        self.mainLayout = QVBoxLayout(ConvertEmployerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ConvertEmployerDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.convertForm = QFormLayout()
        self.convertForm.setObjectName(u"convertForm")
        self.convertForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unionNameLabel = QLabel(ConvertEmployerDialog)
        self.unionNameLabel.setObjectName(u"unionNameLabel")

        self.convertForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unionNameLabel)

        self.unionNameEdit = QLineEdit(ConvertEmployerDialog)
        self.unionNameEdit.setObjectName(u"unionNameEdit")
        self.unionNameEdit.setMaxLength(120)

        self.convertForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unionNameEdit)

        self.parentLabel = QLabel(ConvertEmployerDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.convertForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentLayout = QHBoxLayout()
        self.parentLayout.setObjectName(u"parentLayout")
        self.parentEdit = QLineEdit(ConvertEmployerDialog)
        self.parentEdit.setObjectName(u"parentEdit")
        self.parentEdit.setReadOnly(True)

        self.parentLayout.addWidget(self.parentEdit)

        self.chooseParentButton = QPushButton(ConvertEmployerDialog)
        self.chooseParentButton.setObjectName(u"chooseParentButton")

        self.parentLayout.addWidget(self.chooseParentButton)


        self.convertForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.parentLayout)

        self.unionTypeLabel = QLabel(ConvertEmployerDialog)
        self.unionTypeLabel.setObjectName(u"unionTypeLabel")

        self.convertForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unionTypeLabel)

        self.unionTypeCombo = QComboBox(ConvertEmployerDialog)
        self.unionTypeCombo.setObjectName(u"unionTypeCombo")

        self.convertForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unionTypeCombo)

        self.foundedOnLabel = QLabel(ConvertEmployerDialog)
        self.foundedOnLabel.setObjectName(u"foundedOnLabel")

        self.convertForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.foundedOnLabel)

        self.foundedOnEdit = QLineEdit(ConvertEmployerDialog)
        self.foundedOnEdit.setObjectName(u"foundedOnEdit")
        self.foundedOnEdit.setMaxLength(20)

        self.convertForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.foundedOnEdit)

        self.approvalNoLabel = QLabel(ConvertEmployerDialog)
        self.approvalNoLabel.setObjectName(u"approvalNoLabel")

        self.convertForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approvalNoLabel)

        self.approvalNoEdit = QLineEdit(ConvertEmployerDialog)
        self.approvalNoEdit.setObjectName(u"approvalNoEdit")
        self.approvalNoEdit.setMaxLength(60)

        self.convertForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approvalNoEdit)

        self.convertFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.convertForm.setItem(5, QFormLayout.ItemRole.SpanningRole, self.convertFormSpacer)


        self.mainLayout.addLayout(self.convertForm)

        self.messageLabel = QLabel(ConvertEmployerDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ConvertEmployerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unionNameLabel.setBuddy(self.unionNameEdit)
        self.unionTypeLabel.setBuddy(self.unionTypeCombo)
        self.foundedOnLabel.setBuddy(self.foundedOnEdit)
        self.approvalNoLabel.setBuddy(self.approvalNoEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConvertEmployerDialog)

        QMetaObject.connectSlotsByName(ConvertEmployerDialog)
    # setupUi

    def retranslateUi(self, ConvertEmployerDialog):
        ConvertEmployerDialog.setWindowTitle(QCoreApplication.translate("ConvertEmployerDialog", u"Found a union", None))
        self.unionNameLabel.setText(QCoreApplication.translate("ConvertEmployerDialog", u"Union name:", None))
        self.parentLabel.setText(QCoreApplication.translate("ConvertEmployerDialog", u"Parent union:", None))
        self.chooseParentButton.setText(QCoreApplication.translate("ConvertEmployerDialog", u"Choose\u2026", None))
        self.unionTypeLabel.setText(QCoreApplication.translate("ConvertEmployerDialog", u"Union type:", None))
        self.foundedOnLabel.setText(QCoreApplication.translate("ConvertEmployerDialog", u"Founded on:", None))
        self.foundedOnEdit.setPlaceholderText(QCoreApplication.translate("ConvertEmployerDialog", u"yyyy-mm-dd", None))
        self.approvalNoLabel.setText(QCoreApplication.translate("ConvertEmployerDialog", u"Approval document no.:", None))
    # retranslateUi

