# generated from forms/password_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
    QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 260)
        self.mainLayout = QVBoxLayout(PasswordDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldLabel = QLabel(PasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldEdit = QLineEdit(PasswordDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatLabel = QLabel(PasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.rulesLabel = QLabel(PasswordDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setStyleSheet(u"color: #666666;")
        self.rulesLabel.setText(u"")
        self.rulesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.rulesLabel)

        self.messageLabel = QLabel(PasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Password", None))
        self.oldLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Again:", None))
    # retranslateUi

