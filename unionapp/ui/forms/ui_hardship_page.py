# generated from forms/hardship_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hardship_page.ui'
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

class Ui_HardshipPage(object):
    def setupUi(self, HardshipPage):
        if not HardshipPage.objectName():
            HardshipPage.setObjectName(u"HardshipPage")
        HardshipPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(HardshipPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(HardshipPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(320, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.searchSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.newButton = QPushButton(HardshipPage)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.openButton = QPushButton(HardshipPage)
        self.openButton.setObjectName(u"openButton")

        self.searchLayout.addWidget(self.openButton)

        self.importButton = QPushButton(HardshipPage)
        self.importButton.setObjectName(u"importButton")

        self.searchLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(HardshipPage)
        self.exportButton.setObjectName(u"exportButton")

        self.searchLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(HardshipPage)
        self.printButton.setObjectName(u"printButton")

        self.searchLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.listLabel = QLabel(HardshipPage)
        self.listLabel.setObjectName(u"listLabel")

        self.filterLayout.addWidget(self.listLabel)

        self.listCombo = QComboBox(HardshipPage)
        self.listCombo.setObjectName(u"listCombo")

        self.filterLayout.addWidget(self.listCombo)

        self.orgLabel = QLabel(HardshipPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.filterLayout.addWidget(self.orgLabel)

        self.orgEdit = QLineEdit(HardshipPage)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)
        self.orgEdit.setMinimumSize(QSize(200, 0))

        self.filterLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(HardshipPage)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.filterLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(HardshipPage)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.filterLayout.addWidget(self.clearOrgButton)

        self.statusLabel = QLabel(HardshipPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(HardshipPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.categoryLabel = QLabel(HardshipPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(HardshipPage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filterLayout.addWidget(self.categoryCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.submitButton = QPushButton(HardshipPage)
        self.submitButton.setObjectName(u"submitButton")

        self.actionLayout.addWidget(self.submitButton)

        self.approveButton = QPushButton(HardshipPage)
        self.approveButton.setObjectName(u"approveButton")

        self.actionLayout.addWidget(self.approveButton)

        self.returnButton = QPushButton(HardshipPage)
        self.returnButton.setObjectName(u"returnButton")

        self.actionLayout.addWidget(self.returnButton)

        self.reviewButton = QPushButton(HardshipPage)
        self.reviewButton.setObjectName(u"reviewButton")

        self.actionLayout.addWidget(self.reviewButton)

        self.closeButton = QPushButton(HardshipPage)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.hintLabel = QLabel(HardshipPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")

        self.actionLayout.addWidget(self.hintLabel)


        self.mainLayout.addLayout(self.actionLayout)

        self.tableView = QTableView(HardshipPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSortingEnabled(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.tableView)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countLabel = QLabel(HardshipPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.countLayout.addWidget(self.countLabel)

        self.countSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countLayout.addItem(self.countSpacer)

        self.loadedLabel = QLabel(HardshipPage)
        self.loadedLabel.setObjectName(u"loadedLabel")
        self.loadedLabel.setText(u"")

        self.countLayout.addWidget(self.loadedLabel)


        self.mainLayout.addLayout(self.countLayout)


        self.retranslateUi(HardshipPage)

        QMetaObject.connectSlotsByName(HardshipPage)
    # setupUi

    def retranslateUi(self, HardshipPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HardshipPage", u"Name, part of the ID number or file no.", None))
        self.newButton.setText(QCoreApplication.translate("HardshipPage", u"New file\u2026", None))
        self.openButton.setText(QCoreApplication.translate("HardshipPage", u"Open\u2026", None))
        self.importButton.setText(QCoreApplication.translate("HardshipPage", u"Import\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("HardshipPage", u"Export\u2026", None))
        self.printButton.setText(QCoreApplication.translate("HardshipPage", u"Print file form\u2026", None))
        self.listLabel.setText(QCoreApplication.translate("HardshipPage", u"List:", None))
        self.orgLabel.setText(QCoreApplication.translate("HardshipPage", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("HardshipPage", u"Whole county", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("HardshipPage", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("HardshipPage", u"\u00d7", None))
        self.statusLabel.setText(QCoreApplication.translate("HardshipPage", u"Status:", None))
        self.categoryLabel.setText(QCoreApplication.translate("HardshipPage", u"Category:", None))
        self.submitButton.setText(QCoreApplication.translate("HardshipPage", u"Submit for review", None))
        self.approveButton.setText(QCoreApplication.translate("HardshipPage", u"Approve\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("HardshipPage", u"Send back\u2026", None))
        self.reviewButton.setText(QCoreApplication.translate("HardshipPage", u"Annual review\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("HardshipPage", u"Close file\u2026", None))
        pass
    # retranslateUi

