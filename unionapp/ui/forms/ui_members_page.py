# generated from forms/members_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_MembersPage(object):
    def setupUi(self, MembersPage):
        if not MembersPage.objectName():
            MembersPage.setObjectName(u"MembersPage")
        MembersPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(MembersPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(MembersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(360, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.searchSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.newButton = QPushButton(MembersPage)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.openButton = QPushButton(MembersPage)
        self.openButton.setObjectName(u"openButton")

        self.searchLayout.addWidget(self.openButton)

        self.duplicatesButton = QPushButton(MembersPage)
        self.duplicatesButton.setObjectName(u"duplicatesButton")

        self.searchLayout.addWidget(self.duplicatesButton)

        self.transfersButton = QPushButton(MembersPage)
        self.transfersButton.setObjectName(u"transfersButton")

        self.searchLayout.addWidget(self.transfersButton)

        self.importButton = QPushButton(MembersPage)
        self.importButton.setObjectName(u"importButton")

        self.searchLayout.addWidget(self.importButton)

        self.importPhotosButton = QPushButton(MembersPage)
        self.importPhotosButton.setObjectName(u"importPhotosButton")

        self.searchLayout.addWidget(self.importPhotosButton)

        self.exportButton = QPushButton(MembersPage)
        self.exportButton.setObjectName(u"exportButton")

        self.searchLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(MembersPage)
        self.printButton.setObjectName(u"printButton")

        self.searchLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.orgLabel = QLabel(MembersPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.filterLayout.addWidget(self.orgLabel)

        self.orgEdit = QLineEdit(MembersPage)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)
        self.orgEdit.setMinimumSize(QSize(200, 0))

        self.filterLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(MembersPage)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.filterLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(MembersPage)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.filterLayout.addWidget(self.clearOrgButton)

        self.statusLabel = QLabel(MembersPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(MembersPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.migrantLabel = QLabel(MembersPage)
        self.migrantLabel.setObjectName(u"migrantLabel")

        self.filterLayout.addWidget(self.migrantLabel)

        self.migrantCombo = QComboBox(MembersPage)
        self.migrantCombo.setObjectName(u"migrantCombo")

        self.filterLayout.addWidget(self.migrantCombo)

        self.newEmploymentLabel = QLabel(MembersPage)
        self.newEmploymentLabel.setObjectName(u"newEmploymentLabel")

        self.filterLayout.addWidget(self.newEmploymentLabel)

        self.newEmploymentCombo = QComboBox(MembersPage)
        self.newEmploymentCombo.setObjectName(u"newEmploymentCombo")

        self.filterLayout.addWidget(self.newEmploymentCombo)

        self.sexLabel = QLabel(MembersPage)
        self.sexLabel.setObjectName(u"sexLabel")

        self.filterLayout.addWidget(self.sexLabel)

        self.sexCombo = QComboBox(MembersPage)
        self.sexCombo.setObjectName(u"sexCombo")

        self.filterLayout.addWidget(self.sexCombo)

        self.ageLabel = QLabel(MembersPage)
        self.ageLabel.setObjectName(u"ageLabel")

        self.filterLayout.addWidget(self.ageLabel)

        self.ageCombo = QComboBox(MembersPage)
        self.ageCombo.setObjectName(u"ageCombo")

        self.filterLayout.addWidget(self.ageCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(MembersPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSortingEnabled(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)

        self.mainLayout.addWidget(self.tableView)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(MembersPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.loadedLabel = QLabel(MembersPage)
        self.loadedLabel.setObjectName(u"loadedLabel")
        self.loadedLabel.setText(u"")

        self.statusLayout.addWidget(self.loadedLabel)


        self.mainLayout.addLayout(self.statusLayout)


        self.retranslateUi(MembersPage)

        QMetaObject.connectSlotsByName(MembersPage)
    # setupUi

    def retranslateUi(self, MembersPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersPage", u"Name, pinyin initials, part of the ID number, member no. or phone", None))
        self.newButton.setText(QCoreApplication.translate("MembersPage", u"New member\u2026", None))
        self.openButton.setText(QCoreApplication.translate("MembersPage", u"Open\u2026", None))
        self.duplicatesButton.setText(QCoreApplication.translate("MembersPage", u"Find duplicates\u2026", None))
        self.transfersButton.setText(QCoreApplication.translate("MembersPage", u"Pending transfers\u2026", None))
        self.importButton.setText(QCoreApplication.translate("MembersPage", u"Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importPhotosButton.setToolTip(QCoreApplication.translate("MembersPage", u"Store the photos of a folder whose files are named by ID number or member no.", None))
#endif // QT_CONFIG(tooltip)
        self.importPhotosButton.setText(QCoreApplication.translate("MembersPage", u"Import photos\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("MembersPage", u"Export\u2026", None))
        self.printButton.setText(QCoreApplication.translate("MembersPage", u"Print cards\u2026", None))
        self.orgLabel.setText(QCoreApplication.translate("MembersPage", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("MembersPage", u"Whole county", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("MembersPage", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("MembersPage", u"\u00d7", None))
        self.statusLabel.setText(QCoreApplication.translate("MembersPage", u"Status:", None))
        self.migrantLabel.setText(QCoreApplication.translate("MembersPage", u"Migrant worker:", None))
        self.newEmploymentLabel.setText(QCoreApplication.translate("MembersPage", u"New employment form:", None))
        self.sexLabel.setText(QCoreApplication.translate("MembersPage", u"Sex:", None))
        self.ageLabel.setText(QCoreApplication.translate("MembersPage", u"Age:", None))
        pass
    # retranslateUi

