# generated from forms/campaign_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_page.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_CampaignsPage(object):
    def setupUi(self, CampaignsPage):
        if not CampaignsPage.objectName():
            CampaignsPage.setObjectName(u"CampaignsPage")
        CampaignsPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(CampaignsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(CampaignsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(220, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.yearLabel = QLabel(CampaignsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.searchLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(CampaignsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.searchLayout.addWidget(self.yearCombo)

        self.kindLabel = QLabel(CampaignsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.searchLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(CampaignsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.searchLayout.addWidget(self.kindCombo)

        self.searchSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.newButton = QPushButton(CampaignsPage)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.editButton = QPushButton(CampaignsPage)
        self.editButton.setObjectName(u"editButton")

        self.searchLayout.addWidget(self.editButton)

        self.closeCampaignButton = QPushButton(CampaignsPage)
        self.closeCampaignButton.setObjectName(u"closeCampaignButton")

        self.searchLayout.addWidget(self.closeCampaignButton)

        self.importButton = QPushButton(CampaignsPage)
        self.importButton.setObjectName(u"importButton")

        self.searchLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(CampaignsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.searchLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.splitter = QSplitter(CampaignsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.campaignsPane = QWidget(self.splitter)
        self.campaignsPane.setObjectName(u"campaignsPane")
        self.campaignsLayout = QVBoxLayout(self.campaignsPane)
        self.campaignsLayout.setObjectName(u"campaignsLayout")
        self.campaignsLayout.setContentsMargins(0, 0, 0, 0)
        self.campaignsView = QTableView(self.campaignsPane)
        self.campaignsView.setObjectName(u"campaignsView")
        self.campaignsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.campaignsView.setAlternatingRowColors(True)

        self.campaignsLayout.addWidget(self.campaignsView)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countLabel = QLabel(self.campaignsPane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.countLayout.addWidget(self.countLabel)

        self.countSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countLayout.addItem(self.countSpacer)


        self.campaignsLayout.addLayout(self.countLayout)

        self.splitter.addWidget(self.campaignsPane)
        self.disbursementsPane = QWidget(self.splitter)
        self.disbursementsPane.setObjectName(u"disbursementsPane")
        self.disbursementsLayout = QVBoxLayout(self.disbursementsPane)
        self.disbursementsLayout.setObjectName(u"disbursementsLayout")
        self.disbursementsLayout.setContentsMargins(0, 0, 0, 0)
        self.disbursementTop = QHBoxLayout()
        self.disbursementTop.setObjectName(u"disbursementTop")
        self.disbursementTitle = QLabel(self.disbursementsPane)
        self.disbursementTitle.setObjectName(u"disbursementTitle")
        self.disbursementTitle.setText(u"")
        self.disbursementTitle.setStyleSheet(u"font-weight: bold;")

        self.disbursementTop.addWidget(self.disbursementTitle)

        self.disbursementSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disbursementTop.addItem(self.disbursementSpacer)

        self.disbursementSearchEdit = QLineEdit(self.disbursementsPane)
        self.disbursementSearchEdit.setObjectName(u"disbursementSearchEdit")
        self.disbursementSearchEdit.setClearButtonEnabled(True)
        self.disbursementSearchEdit.setMinimumSize(QSize(200, 0))

        self.disbursementTop.addWidget(self.disbursementSearchEdit)

        self.townshipLabel = QLabel(self.disbursementsPane)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.disbursementTop.addWidget(self.townshipLabel)

        self.townshipEdit = QLineEdit(self.disbursementsPane)
        self.townshipEdit.setObjectName(u"townshipEdit")
        self.townshipEdit.setReadOnly(True)
        self.townshipEdit.setMinimumSize(QSize(140, 0))

        self.disbursementTop.addWidget(self.townshipEdit)

        self.chooseTownshipButton = QToolButton(self.disbursementsPane)
        self.chooseTownshipButton.setObjectName(u"chooseTownshipButton")

        self.disbursementTop.addWidget(self.chooseTownshipButton)

        self.clearTownshipButton = QToolButton(self.disbursementsPane)
        self.clearTownshipButton.setObjectName(u"clearTownshipButton")

        self.disbursementTop.addWidget(self.clearTownshipButton)


        self.disbursementsLayout.addLayout(self.disbursementTop)

        self.disbursementButtons = QHBoxLayout()
        self.disbursementButtons.setObjectName(u"disbursementButtons")
        self.addDisbursementButton = QPushButton(self.disbursementsPane)
        self.addDisbursementButton.setObjectName(u"addDisbursementButton")

        self.disbursementButtons.addWidget(self.addDisbursementButton)

        self.bulkButton = QPushButton(self.disbursementsPane)
        self.bulkButton.setObjectName(u"bulkButton")

        self.disbursementButtons.addWidget(self.bulkButton)

        self.openDisbursementButton = QPushButton(self.disbursementsPane)
        self.openDisbursementButton.setObjectName(u"openDisbursementButton")

        self.disbursementButtons.addWidget(self.openDisbursementButton)

        self.deleteDisbursementButton = QPushButton(self.disbursementsPane)
        self.deleteDisbursementButton.setObjectName(u"deleteDisbursementButton")

        self.disbursementButtons.addWidget(self.deleteDisbursementButton)

        self.disbursementButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disbursementButtons.addItem(self.disbursementButtonSpacer)

        self.printRosterButton = QPushButton(self.disbursementsPane)
        self.printRosterButton.setObjectName(u"printRosterButton")

        self.disbursementButtons.addWidget(self.printRosterButton)


        self.disbursementsLayout.addLayout(self.disbursementButtons)

        self.disbursementsView = QTableView(self.disbursementsPane)
        self.disbursementsView.setObjectName(u"disbursementsView")
        self.disbursementsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disbursementsView.setAlternatingRowColors(True)

        self.disbursementsLayout.addWidget(self.disbursementsView)

        self.totalsLayout = QHBoxLayout()
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsLabel = QLabel(self.disbursementsPane)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.totalsLayout.addWidget(self.totalsLabel)

        self.totalsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalsLayout.addItem(self.totalsSpacer)

        self.loadedLabel = QLabel(self.disbursementsPane)
        self.loadedLabel.setObjectName(u"loadedLabel")
        self.loadedLabel.setText(u"")

        self.totalsLayout.addWidget(self.loadedLabel)


        self.disbursementsLayout.addLayout(self.totalsLayout)

        self.splitter.addWidget(self.disbursementsPane)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(CampaignsPage)

        QMetaObject.connectSlotsByName(CampaignsPage)
    # setupUi

    def retranslateUi(self, CampaignsPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CampaignsPage", u"Campaign no. or name", None))
        self.yearLabel.setText(QCoreApplication.translate("CampaignsPage", u"Year:", None))
        self.kindLabel.setText(QCoreApplication.translate("CampaignsPage", u"Kind:", None))
        self.newButton.setText(QCoreApplication.translate("CampaignsPage", u"New campaign\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CampaignsPage", u"Edit\u2026", None))
        self.closeCampaignButton.setText(QCoreApplication.translate("CampaignsPage", u"Close campaign", None))
        self.importButton.setText(QCoreApplication.translate("CampaignsPage", u"Import\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("CampaignsPage", u"Export", None))
        self.disbursementSearchEdit.setPlaceholderText(QCoreApplication.translate("CampaignsPage", u"Name or part of the ID number", None))
        self.townshipLabel.setText(QCoreApplication.translate("CampaignsPage", u"Township:", None))
        self.townshipEdit.setPlaceholderText(QCoreApplication.translate("CampaignsPage", u"All townships", None))
        self.chooseTownshipButton.setText(QCoreApplication.translate("CampaignsPage", u"\u2026", None))
        self.clearTownshipButton.setText(QCoreApplication.translate("CampaignsPage", u"\u00d7", None))
        self.addDisbursementButton.setText(QCoreApplication.translate("CampaignsPage", u"Record a payment\u2026", None))
        self.bulkButton.setText(QCoreApplication.translate("CampaignsPage", u"Generate from files\u2026", None))
        self.openDisbursementButton.setText(QCoreApplication.translate("CampaignsPage", u"Open\u2026", None))
        self.deleteDisbursementButton.setText(QCoreApplication.translate("CampaignsPage", u"Delete", None))
        self.printRosterButton.setText(QCoreApplication.translate("CampaignsPage", u"Print sign-for roster", None))
        pass
    # retranslateUi

