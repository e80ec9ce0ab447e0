# generated from forms/users_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(900, 600)
        self.mainLayout = QVBoxLayout(UsersPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(UsersPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(UsersPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #666666;")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UsersPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(UsersPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.resetPasswordButton = QPushButton(UsersPage)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonLayout.addWidget(self.resetPasswordButton)

        self.enableButton = QPushButton(UsersPage)
        self.enableButton.setObjectName(u"enableButton")

        self.buttonLayout.addWidget(self.enableButton)

        self.unlockButton = QPushButton(UsersPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.ownPasswordButton = QPushButton(UsersPage)
        self.ownPasswordButton.setObjectName(u"ownPasswordButton")

        self.buttonLayout.addWidget(self.ownPasswordButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.usersView = QTableView(UsersPage)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.horizontalHeader().setStretchLastSection(True)
        self.usersView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.usersView)


        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.titleLabel.setText(QCoreApplication.translate("UsersPage", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersPage", u"&Add user\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersPage", u"&Edit\u2026", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersPage", u"&Reset password\u2026", None))
        self.enableButton.setText(QCoreApplication.translate("UsersPage", u"&Disable", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersPage", u"U&nlock", None))
        self.ownPasswordButton.setText(QCoreApplication.translate("UsersPage", u"&Change my password\u2026", None))
        pass
    # retranslateUi

