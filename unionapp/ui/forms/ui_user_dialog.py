# generated from forms/user_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(500, 420)
        self.mainLayout = QVBoxLayout(UserDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(UserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(UserDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.sensitiveCheck = QCheckBox(UserDialog)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sensitiveCheck)

        self.enabledCheck = QCheckBox(UserDialog)
        self.enabledCheck.setObjectName(u"enabledCheck")
        self.enabledCheck.setChecked(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enabledCheck)

        self.scopeLabel = QLabel(UserDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeEdit = QLineEdit(UserDialog)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setReadOnly(True)

        self.scopeLayout.addWidget(self.scopeEdit)

        self.chooseScopeButton = QPushButton(UserDialog)
        self.chooseScopeButton.setObjectName(u"chooseScopeButton")

        self.scopeLayout.addWidget(self.chooseScopeButton)

        self.wholeCountyButton = QPushButton(UserDialog)
        self.wholeCountyButton.setObjectName(u"wholeCountyButton")

        self.scopeLayout.addWidget(self.wholeCountyButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.scopeLayout)

        self.scopeHintLabel = QLabel(UserDialog)
        self.scopeHintLabel.setObjectName(u"scopeHintLabel")
        self.scopeHintLabel.setStyleSheet(u"color: #666666;")
        self.scopeHintLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.scopeHintLabel.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scopeHintLabel)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(UserDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UserDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.rulesLabel = QLabel(UserDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setStyleSheet(u"color: #666666;")
        self.rulesLabel.setText(u"")
        self.rulesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.rulesLabel)

        self.messageLabel = QLabel(UserDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.scopeLabel.setBuddy(self.chooseScopeButton)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.enabledCheck)
        QWidget.setTabOrder(self.enabledCheck, self.chooseScopeButton)
        QWidget.setTabOrder(self.chooseScopeButton, self.wholeCountyButton)
        QWidget.setTabOrder(self.wholeCountyButton, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"User", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&User name:", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role:", None))
        self.sensitiveCheck.setText(QCoreApplication.translate("UserDialog", u"May view &sensitive information (full ID and phone numbers)", None))
        self.enabledCheck.setText(QCoreApplication.translate("UserDialog", u"Account &enabled", None))
        self.scopeLabel.setText(QCoreApplication.translate("UserDialog", u"S&cope:", None))
        self.chooseScopeButton.setText(QCoreApplication.translate("UserDialog", u"C&hoose\u2026", None))
        self.wholeCountyButton.setText(QCoreApplication.translate("UserDialog", u"&Whole county", None))
        self.scopeHintLabel.setText(QCoreApplication.translate("UserDialog", u"Limited to a township (street) or industry union, the user sees and changes only the unions, members and files under it. Administrators always work on the whole county.", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserDialog", u"&Again:", None))
    # retranslateUi

