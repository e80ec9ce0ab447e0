# generated from forms/settings_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.officeTab = QWidget()
        self.officeTab.setObjectName(u"officeTab")
        self.officeLayout = QVBoxLayout(self.officeTab)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeIntroLabel = QLabel(self.officeTab)
        self.officeIntroLabel.setObjectName(u"officeIntroLabel")
        self.officeIntroLabel.setStyleSheet(u"color: #666666;")
        self.officeIntroLabel.setWordWrap(True)

        self.officeLayout.addWidget(self.officeIntroLabel)

        self.officeForm = QFormLayout()
        self.officeForm.setObjectName(u"officeForm")
        self.unionNameLabel = QLabel(self.officeTab)
        self.unionNameLabel.setObjectName(u"unionNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unionNameLabel)

        self.unionNameEdit = QLineEdit(self.officeTab)
        self.unionNameEdit.setObjectName(u"unionNameEdit")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unionNameEdit)

        self.unionNameHint = QLabel(self.officeTab)
        self.unionNameHint.setObjectName(u"unionNameHint")
        self.unionNameHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.unionNameHint.setStyleSheet(u"color: #666666;")
        self.unionNameHint.setText(u"")
        self.unionNameHint.setWordWrap(True)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unionNameHint)

        self.fontLabel = QLabel(self.officeTab)
        self.fontLabel.setObjectName(u"fontLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontRow = QHBoxLayout()
        self.fontRow.setObjectName(u"fontRow")
        self.fontEdit = QLineEdit(self.officeTab)
        self.fontEdit.setObjectName(u"fontEdit")
        self.fontEdit.setClearButtonEnabled(True)

        self.fontRow.addWidget(self.fontEdit)

        self.fontBrowseButton = QPushButton(self.officeTab)
        self.fontBrowseButton.setObjectName(u"fontBrowseButton")

        self.fontRow.addWidget(self.fontBrowseButton)


        self.officeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fontRow)

        self.fontHint = QLabel(self.officeTab)
        self.fontHint.setObjectName(u"fontHint")
        self.fontHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.fontHint.setStyleSheet(u"color: #666666;")
        self.fontHint.setWordWrap(True)

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fontHint)


        self.officeLayout.addLayout(self.officeForm)

        self.readOnlyLabel = QLabel(self.officeTab)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setStyleSheet(u"color: #b00020;")
        self.readOnlyLabel.setWordWrap(True)

        self.officeLayout.addWidget(self.readOnlyLabel)

        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeLayout.addItem(self.officeSpacer)

        self.tabs.addTab(self.officeTab, "")
        self.computerTab = QWidget()
        self.computerTab.setObjectName(u"computerTab")
        self.computerLayout = QVBoxLayout(self.computerTab)
        self.computerLayout.setObjectName(u"computerLayout")
        self.computerIntroLabel = QLabel(self.computerTab)
        self.computerIntroLabel.setObjectName(u"computerIntroLabel")
        self.computerIntroLabel.setStyleSheet(u"color: #666666;")
        self.computerIntroLabel.setWordWrap(True)

        self.computerLayout.addWidget(self.computerIntroLabel)

        self.currentLabel = QLabel(self.computerTab)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.computerLayout.addWidget(self.currentLabel)

        self.defaultRadio = QRadioButton(self.computerTab)
        self.defaultRadio.setObjectName(u"defaultRadio")
        self.defaultRadio.setChecked(True)

        self.computerLayout.addWidget(self.defaultRadio)

        self.defaultPathLabel = QLabel(self.computerTab)
        self.defaultPathLabel.setObjectName(u"defaultPathLabel")
        self.defaultPathLabel.setStyleSheet(u"color: #666666;")
        self.defaultPathLabel.setText(u"")
        self.defaultPathLabel.setWordWrap(True)
        self.defaultPathLabel.setIndent(24)
        self.defaultPathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.computerLayout.addWidget(self.defaultPathLabel)

        self.sqliteRadio = QRadioButton(self.computerTab)
        self.sqliteRadio.setObjectName(u"sqliteRadio")

        self.computerLayout.addWidget(self.sqliteRadio)

        self.sqliteFields = QWidget(self.computerTab)
        self.sqliteFields.setObjectName(u"sqliteFields")
        self.sqliteRow = QHBoxLayout(self.sqliteFields)
        self.sqliteRow.setObjectName(u"sqliteRow")
        self.sqliteRow.setContentsMargins(24, 0, 0, 0)
        self.sqlitePathEdit = QLineEdit(self.sqliteFields)
        self.sqlitePathEdit.setObjectName(u"sqlitePathEdit")

        self.sqliteRow.addWidget(self.sqlitePathEdit)

        self.sqliteBrowseButton = QPushButton(self.sqliteFields)
        self.sqliteBrowseButton.setObjectName(u"sqliteBrowseButton")

        self.sqliteRow.addWidget(self.sqliteBrowseButton)


        self.computerLayout.addWidget(self.sqliteFields)

        self.postgresRadio = QRadioButton(self.computerTab)
        self.postgresRadio.setObjectName(u"postgresRadio")

        self.computerLayout.addWidget(self.postgresRadio)

        self.postgresFields = QWidget(self.computerTab)
        self.postgresFields.setObjectName(u"postgresFields")
        self.postgresForm = QFormLayout(self.postgresFields)
        self.postgresForm.setObjectName(u"postgresForm")
        self.postgresForm.setContentsMargins(24, 0, 0, 0)
        self.hostLabel = QLabel(self.postgresFields)
        self.hostLabel.setObjectName(u"hostLabel")

        self.postgresForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.postgresFields)
        self.hostEdit.setObjectName(u"hostEdit")

        self.postgresForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.postgresFields)
        self.portLabel.setObjectName(u"portLabel")

        self.postgresForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.postgresFields)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.postgresForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.postgresFields)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.postgresForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.postgresFields)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.postgresForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.postgresFields)
        self.userLabel.setObjectName(u"userLabel")

        self.postgresForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.postgresFields)
        self.userEdit.setObjectName(u"userEdit")

        self.postgresForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.postgresFields)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.postgresForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.postgresFields)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.postgresForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordHint = QLabel(self.postgresFields)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.passwordHint.setStyleSheet(u"color: #666666;")
        self.passwordHint.setWordWrap(True)

        self.postgresForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.computerLayout.addWidget(self.postgresFields)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(self.computerTab)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testResultLabel = QLabel(self.computerTab)
        self.testResultLabel.setObjectName(u"testResultLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.testResultLabel.sizePolicy().hasHeightForWidth())
        self.testResultLabel.setSizePolicy(sizePolicy)
        self.testResultLabel.setText(u"")
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.testRow.addWidget(self.testResultLabel)


        self.computerLayout.addLayout(self.testRow)

        self.computerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.computerLayout.addItem(self.computerSpacer)

        self.tabs.addTab(self.computerTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unionNameLabel.setBuddy(self.unionNameEdit)
        self.fontLabel.setBuddy(self.fontEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.unionNameEdit)
        QWidget.setTabOrder(self.unionNameEdit, self.fontEdit)
        QWidget.setTabOrder(self.fontEdit, self.fontBrowseButton)
        QWidget.setTabOrder(self.fontBrowseButton, self.defaultRadio)
        QWidget.setTabOrder(self.defaultRadio, self.sqliteRadio)
        QWidget.setTabOrder(self.sqliteRadio, self.sqlitePathEdit)
        QWidget.setTabOrder(self.sqlitePathEdit, self.sqliteBrowseButton)
        QWidget.setTabOrder(self.sqliteBrowseButton, self.postgresRadio)
        QWidget.setTabOrder(self.postgresRadio, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.testButton)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.officeIntroLabel.setText(QCoreApplication.translate("SettingsDialog", u"These settings belong to the office's data: every computer that uses this database sees the same.", None))
        self.unionNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Federation &name on cards:", None))
        self.fontLabel.setText(QCoreApplication.translate("SettingsDialog", u"Print &font:", None))
        self.fontBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.fontHint.setText(QCoreApplication.translate("SettingsDialog", u"A TrueType font file (.ttf or .ttc) with Chinese characters, used for every printed document. Leave it empty to use the fonts found on each computer. The file must be at the same place on every computer that prints.", None))
        self.readOnlyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Only an administrator can change these settings.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.officeTab), QCoreApplication.translate("SettingsDialog", u"This office", None))
        self.computerIntroLabel.setText(QCoreApplication.translate("SettingsDialog", u"Where this computer finds the data. The choice is kept on this computer only and takes effect the next time the program starts; a database given with --db or UNIONAPP_DB still comes first.", None))
        self.defaultRadio.setText(QCoreApplication.translate("SettingsDialog", u"The &default data file of this computer", None))
        self.sqliteRadio.setText(QCoreApplication.translate("SettingsDialog", u"Another &SQLite data file", None))
        self.sqliteBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"Ch&oose\u2026", None))
        self.postgresRadio.setText(QCoreApplication.translate("SettingsDialog", u"An office &PostgreSQL server", None))
        self.hostLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ser&ver:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"name or address, e.g. 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("SettingsDialog", u"Po&rt:", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data&base:", None))
        self.userLabel.setText(QCoreApplication.translate("SettingsDialog", u"&User:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SettingsDialog", u"Pass&word:", None))
        self.passwordHint.setText(QCoreApplication.translate("SettingsDialog", u"The password is stored on this computer, in the program's data folder, so that the program can connect at every start without asking.", None))
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"&Test connection", None))
        self.tabs.setTabText(self.tabs.indexOf(self.computerTab), QCoreApplication.translate("SettingsDialog", u"This computer", None))
    # retranslateUi

