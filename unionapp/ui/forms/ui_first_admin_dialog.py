# generated from forms/first_admin_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_admin_dialog.ui'
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

class Ui_FirstAdminDialog(object):
    def setupUi(self, FirstAdminDialog):
        if not FirstAdminDialog.objectName():
            FirstAdminDialog.setObjectName(u"FirstAdminDialog")
        FirstAdminDialog.resize(480, 360)
        self.mainLayout = QVBoxLayout(FirstAdminDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.introLabel = QLabel(FirstAdminDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(FirstAdminDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(FirstAdminDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(FirstAdminDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(FirstAdminDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(FirstAdminDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(FirstAdminDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(FirstAdminDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(FirstAdminDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.rulesLabel = QLabel(FirstAdminDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setStyleSheet(u"color: #666666;")
        self.rulesLabel.setText(u"")
        self.rulesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.rulesLabel)

        self.messageLabel = QLabel(FirstAdminDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstAdminDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(FirstAdminDialog)

        QMetaObject.connectSlotsByName(FirstAdminDialog)
    # setupUi

    def retranslateUi(self, FirstAdminDialog):
        FirstAdminDialog.setWindowTitle(QCoreApplication.translate("FirstAdminDialog", u"Create the administrator", None))
        self.introLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"This is the first start: there is no account yet. Choose the administrator's user name and password. There is no default password, so keep this one safe: the administrator creates the other accounts.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&User name:", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Again:", None))
    # retranslateUi

