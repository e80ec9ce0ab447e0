# generated from forms/mutual_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mutual_page.ui'
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

class Ui_MutualPage(object):
    def setupUi(self, MutualPage):
        if not MutualPage.objectName():
            MutualPage.setObjectName(u"MutualPage")
        MutualPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(MutualPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(MutualPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(MutualPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.orgLabel = QLabel(MutualPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.filterLayout.addWidget(self.orgLabel)

        self.orgEdit = QLineEdit(MutualPage)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)
        self.orgEdit.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(MutualPage)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.filterLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(MutualPage)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.filterLayout.addWidget(self.clearOrgButton)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.exportButton = QPushButton(MutualPage)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.summaryLabel = QLabel(MutualPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(MutualPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.enrolmentsPane = QWidget(self.splitter)
        self.enrolmentsPane.setObjectName(u"enrolmentsPane")
        self.enrolmentsLayout = QVBoxLayout(self.enrolmentsPane)
        self.enrolmentsLayout.setObjectName(u"enrolmentsLayout")
        self.enrolmentsLayout.setContentsMargins(0, 0, 0, 0)
        self.enrolmentTop = QHBoxLayout()
        self.enrolmentTop.setObjectName(u"enrolmentTop")
        self.enrolmentTitle = QLabel(self.enrolmentsPane)
        self.enrolmentTitle.setObjectName(u"enrolmentTitle")
        self.enrolmentTitle.setStyleSheet(u"font-weight: bold;")

        self.enrolmentTop.addWidget(self.enrolmentTitle)

        self.enrolmentSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enrolmentTop.addItem(self.enrolmentSpacer)

        self.newEnrolmentButton = QPushButton(self.enrolmentsPane)
        self.newEnrolmentButton.setObjectName(u"newEnrolmentButton")

        self.enrolmentTop.addWidget(self.newEnrolmentButton)

        self.editEnrolmentButton = QPushButton(self.enrolmentsPane)
        self.editEnrolmentButton.setObjectName(u"editEnrolmentButton")

        self.enrolmentTop.addWidget(self.editEnrolmentButton)


        self.enrolmentsLayout.addLayout(self.enrolmentTop)

        self.enrolmentsView = QTableView(self.enrolmentsPane)
        self.enrolmentsView.setObjectName(u"enrolmentsView")
        self.enrolmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enrolmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.enrolmentsView.setAlternatingRowColors(True)

        self.enrolmentsLayout.addWidget(self.enrolmentsView)

        self.splitter.addWidget(self.enrolmentsPane)
        self.claimsPane = QWidget(self.splitter)
        self.claimsPane.setObjectName(u"claimsPane")
        self.claimsLayout = QVBoxLayout(self.claimsPane)
        self.claimsLayout.setObjectName(u"claimsLayout")
        self.claimsLayout.setContentsMargins(0, 0, 0, 0)
        self.claimTop = QHBoxLayout()
        self.claimTop.setObjectName(u"claimTop")
        self.claimTitle = QLabel(self.claimsPane)
        self.claimTitle.setObjectName(u"claimTitle")
        self.claimTitle.setText(u"")
        self.claimTitle.setStyleSheet(u"font-weight: bold;")

        self.claimTop.addWidget(self.claimTitle)

        self.allClaimsButton = QPushButton(self.claimsPane)
        self.allClaimsButton.setObjectName(u"allClaimsButton")

        self.claimTop.addWidget(self.allClaimsButton)

        self.claimSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.claimTop.addItem(self.claimSpacer)

        self.newClaimButton = QPushButton(self.claimsPane)
        self.newClaimButton.setObjectName(u"newClaimButton")

        self.claimTop.addWidget(self.newClaimButton)

        self.editClaimButton = QPushButton(self.claimsPane)
        self.editClaimButton.setObjectName(u"editClaimButton")

        self.claimTop.addWidget(self.editClaimButton)


        self.claimsLayout.addLayout(self.claimTop)

        self.claimsView = QTableView(self.claimsPane)
        self.claimsView.setObjectName(u"claimsView")
        self.claimsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claimsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claimsView.setAlternatingRowColors(True)

        self.claimsLayout.addWidget(self.claimsView)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.loadedLabel = QLabel(self.claimsPane)
        self.loadedLabel.setObjectName(u"loadedLabel")
        self.loadedLabel.setText(u"")

        self.countLayout.addWidget(self.loadedLabel)

        self.countSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countLayout.addItem(self.countSpacer)


        self.claimsLayout.addLayout(self.countLayout)

        self.splitter.addWidget(self.claimsPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MutualPage)

        QMetaObject.connectSlotsByName(MutualPage)
    # setupUi

    def retranslateUi(self, MutualPage):
        self.yearLabel.setText(QCoreApplication.translate("MutualPage", u"Year:", None))
        self.orgLabel.setText(QCoreApplication.translate("MutualPage", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("MutualPage", u"Whole county", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("MutualPage", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("MutualPage", u"\u00d7", None))
        self.exportButton.setText(QCoreApplication.translate("MutualPage", u"Export\u2026", None))
        self.enrolmentTitle.setText(QCoreApplication.translate("MutualPage", u"Enrolments by unit", None))
        self.newEnrolmentButton.setText(QCoreApplication.translate("MutualPage", u"Enrol a unit\u2026", None))
        self.editEnrolmentButton.setText(QCoreApplication.translate("MutualPage", u"Edit\u2026", None))
        self.allClaimsButton.setText(QCoreApplication.translate("MutualPage", u"Show every unit's claims", None))
        self.newClaimButton.setText(QCoreApplication.translate("MutualPage", u"Record a claim\u2026", None))
        self.editClaimButton.setText(QCoreApplication.translate("MutualPage", u"Edit\u2026", None))
        pass
    # retranslateUi

