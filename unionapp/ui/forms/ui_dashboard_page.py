# generated from forms/dashboard_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1000, 680)
        self.mainLayout = QVBoxLayout(DashboardPage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.townshipLabel = QLabel(DashboardPage)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.headerLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(DashboardPage)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setMinimumSize(QSize(200, 0))
        self.townshipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.townshipCombo)

        self.yearLabel = QLabel(DashboardPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(DashboardPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1950)
        self.yearSpin.setMaximum(2100)

        self.headerLayout.addWidget(self.yearSpin)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(DashboardPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #666666;")
        self.statusLabel.setText(u"")

        self.statusLayout.addWidget(self.statusLabel)

        self.busyBar = QProgressBar(DashboardPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(160, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)


        self.mainLayout.addLayout(self.statusLayout)

        self.cardsLayout = QGridLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setHorizontalSpacing(12)
        self.cardsLayout.setVerticalSpacing(12)
        self.cardUnions = QFrame(DashboardPage)
        self.cardUnions.setObjectName(u"cardUnions")
        self.cardUnions.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardUnionsLayout = QVBoxLayout(self.cardUnions)
        self.cardUnionsLayout.setSpacing(4)
        self.cardUnionsLayout.setObjectName(u"cardUnionsLayout")
        self.titleUnions = QLabel(self.cardUnions)
        self.titleUnions.setObjectName(u"titleUnions")
        self.titleUnions.setWordWrap(True)

        self.cardUnionsLayout.addWidget(self.titleUnions)

        self.valueUnions = QLabel(self.cardUnions)
        self.valueUnions.setObjectName(u"valueUnions")
        self.valueUnions.setText(u"\u2014")
        self.valueUnions.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardUnionsLayout.addWidget(self.valueUnions)

        self.noteUnions = QLabel(self.cardUnions)
        self.noteUnions.setObjectName(u"noteUnions")
        self.noteUnions.setText(u"")
        self.noteUnions.setWordWrap(True)

        self.cardUnionsLayout.addWidget(self.noteUnions)


        self.cardsLayout.addWidget(self.cardUnions, 0, 0, 1, 1)

        self.cardMembers = QFrame(DashboardPage)
        self.cardMembers.setObjectName(u"cardMembers")
        self.cardMembers.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardMembersLayout = QVBoxLayout(self.cardMembers)
        self.cardMembersLayout.setSpacing(4)
        self.cardMembersLayout.setObjectName(u"cardMembersLayout")
        self.titleMembers = QLabel(self.cardMembers)
        self.titleMembers.setObjectName(u"titleMembers")
        self.titleMembers.setWordWrap(True)

        self.cardMembersLayout.addWidget(self.titleMembers)

        self.valueMembers = QLabel(self.cardMembers)
        self.valueMembers.setObjectName(u"valueMembers")
        self.valueMembers.setText(u"\u2014")
        self.valueMembers.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardMembersLayout.addWidget(self.valueMembers)

        self.noteMembers = QLabel(self.cardMembers)
        self.noteMembers.setObjectName(u"noteMembers")
        self.noteMembers.setText(u"")
        self.noteMembers.setWordWrap(True)

        self.cardMembersLayout.addWidget(self.noteMembers)


        self.cardsLayout.addWidget(self.cardMembers, 0, 1, 1, 1)

        self.cardNewMembers = QFrame(DashboardPage)
        self.cardNewMembers.setObjectName(u"cardNewMembers")
        self.cardNewMembers.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardNewMembersLayout = QVBoxLayout(self.cardNewMembers)
        self.cardNewMembersLayout.setSpacing(4)
        self.cardNewMembersLayout.setObjectName(u"cardNewMembersLayout")
        self.titleNewMembers = QLabel(self.cardNewMembers)
        self.titleNewMembers.setObjectName(u"titleNewMembers")
        self.titleNewMembers.setWordWrap(True)

        self.cardNewMembersLayout.addWidget(self.titleNewMembers)

        self.valueNewMembers = QLabel(self.cardNewMembers)
        self.valueNewMembers.setObjectName(u"valueNewMembers")
        self.valueNewMembers.setText(u"\u2014")
        self.valueNewMembers.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardNewMembersLayout.addWidget(self.valueNewMembers)

        self.noteNewMembers = QLabel(self.cardNewMembers)
        self.noteNewMembers.setObjectName(u"noteNewMembers")
        self.noteNewMembers.setText(u"")
        self.noteNewMembers.setWordWrap(True)

        self.cardNewMembersLayout.addWidget(self.noteNewMembers)


        self.cardsLayout.addWidget(self.cardNewMembers, 0, 2, 1, 1)

        self.cardWomen = QFrame(DashboardPage)
        self.cardWomen.setObjectName(u"cardWomen")
        self.cardWomen.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardWomenLayout = QVBoxLayout(self.cardWomen)
        self.cardWomenLayout.setSpacing(4)
        self.cardWomenLayout.setObjectName(u"cardWomenLayout")
        self.titleWomen = QLabel(self.cardWomen)
        self.titleWomen.setObjectName(u"titleWomen")
        self.titleWomen.setWordWrap(True)

        self.cardWomenLayout.addWidget(self.titleWomen)

        self.valueWomen = QLabel(self.cardWomen)
        self.valueWomen.setObjectName(u"valueWomen")
        self.valueWomen.setText(u"\u2014")
        self.valueWomen.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardWomenLayout.addWidget(self.valueWomen)

        self.noteWomen = QLabel(self.cardWomen)
        self.noteWomen.setObjectName(u"noteWomen")
        self.noteWomen.setText(u"")
        self.noteWomen.setWordWrap(True)

        self.cardWomenLayout.addWidget(self.noteWomen)


        self.cardsLayout.addWidget(self.cardWomen, 0, 3, 1, 1)

        self.cardMigrants = QFrame(DashboardPage)
        self.cardMigrants.setObjectName(u"cardMigrants")
        self.cardMigrants.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardMigrantsLayout = QVBoxLayout(self.cardMigrants)
        self.cardMigrantsLayout.setSpacing(4)
        self.cardMigrantsLayout.setObjectName(u"cardMigrantsLayout")
        self.titleMigrants = QLabel(self.cardMigrants)
        self.titleMigrants.setObjectName(u"titleMigrants")
        self.titleMigrants.setWordWrap(True)

        self.cardMigrantsLayout.addWidget(self.titleMigrants)

        self.valueMigrants = QLabel(self.cardMigrants)
        self.valueMigrants.setObjectName(u"valueMigrants")
        self.valueMigrants.setText(u"\u2014")
        self.valueMigrants.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardMigrantsLayout.addWidget(self.valueMigrants)

        self.noteMigrants = QLabel(self.cardMigrants)
        self.noteMigrants.setObjectName(u"noteMigrants")
        self.noteMigrants.setText(u"")
        self.noteMigrants.setWordWrap(True)

        self.cardMigrantsLayout.addWidget(self.noteMigrants)


        self.cardsLayout.addWidget(self.cardMigrants, 1, 0, 1, 1)

        self.cardNewForms = QFrame(DashboardPage)
        self.cardNewForms.setObjectName(u"cardNewForms")
        self.cardNewForms.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardNewFormsLayout = QVBoxLayout(self.cardNewForms)
        self.cardNewFormsLayout.setSpacing(4)
        self.cardNewFormsLayout.setObjectName(u"cardNewFormsLayout")
        self.titleNewForms = QLabel(self.cardNewForms)
        self.titleNewForms.setObjectName(u"titleNewForms")
        self.titleNewForms.setWordWrap(True)

        self.cardNewFormsLayout.addWidget(self.titleNewForms)

        self.valueNewForms = QLabel(self.cardNewForms)
        self.valueNewForms.setObjectName(u"valueNewForms")
        self.valueNewForms.setText(u"\u2014")
        self.valueNewForms.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardNewFormsLayout.addWidget(self.valueNewForms)

        self.noteNewForms = QLabel(self.cardNewForms)
        self.noteNewForms.setObjectName(u"noteNewForms")
        self.noteNewForms.setText(u"")
        self.noteNewForms.setWordWrap(True)

        self.cardNewFormsLayout.addWidget(self.noteNewForms)


        self.cardsLayout.addWidget(self.cardNewForms, 1, 1, 1, 1)

        self.cardUnorganized = QFrame(DashboardPage)
        self.cardUnorganized.setObjectName(u"cardUnorganized")
        self.cardUnorganized.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardUnorganizedLayout = QVBoxLayout(self.cardUnorganized)
        self.cardUnorganizedLayout.setSpacing(4)
        self.cardUnorganizedLayout.setObjectName(u"cardUnorganizedLayout")
        self.titleUnorganized = QLabel(self.cardUnorganized)
        self.titleUnorganized.setObjectName(u"titleUnorganized")
        self.titleUnorganized.setWordWrap(True)

        self.cardUnorganizedLayout.addWidget(self.titleUnorganized)

        self.valueUnorganized = QLabel(self.cardUnorganized)
        self.valueUnorganized.setObjectName(u"valueUnorganized")
        self.valueUnorganized.setText(u"\u2014")
        self.valueUnorganized.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardUnorganizedLayout.addWidget(self.valueUnorganized)

        self.noteUnorganized = QLabel(self.cardUnorganized)
        self.noteUnorganized.setObjectName(u"noteUnorganized")
        self.noteUnorganized.setText(u"")
        self.noteUnorganized.setWordWrap(True)

        self.cardUnorganizedLayout.addWidget(self.noteUnorganized)


        self.cardsLayout.addWidget(self.cardUnorganized, 1, 2, 1, 1)

        self.cardRate = QFrame(DashboardPage)
        self.cardRate.setObjectName(u"cardRate")
        self.cardRate.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardRateLayout = QVBoxLayout(self.cardRate)
        self.cardRateLayout.setSpacing(4)
        self.cardRateLayout.setObjectName(u"cardRateLayout")
        self.titleRate = QLabel(self.cardRate)
        self.titleRate.setObjectName(u"titleRate")
        self.titleRate.setWordWrap(True)

        self.cardRateLayout.addWidget(self.titleRate)

        self.valueRate = QLabel(self.cardRate)
        self.valueRate.setObjectName(u"valueRate")
        self.valueRate.setText(u"\u2014")
        self.valueRate.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.cardRateLayout.addWidget(self.valueRate)

        self.noteRate = QLabel(self.cardRate)
        self.noteRate.setObjectName(u"noteRate")
        self.noteRate.setText(u"")
        self.noteRate.setWordWrap(True)

        self.cardRateLayout.addWidget(self.noteRate)


        self.cardsLayout.addWidget(self.cardRate, 1, 3, 1, 1)


        self.mainLayout.addLayout(self.cardsLayout)

        self.remindersGroup = QGroupBox(DashboardPage)
        self.remindersGroup.setObjectName(u"remindersGroup")
        self.remindersLayout = QVBoxLayout(self.remindersGroup)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersEmptyLabel = QLabel(self.remindersGroup)
        self.remindersEmptyLabel.setObjectName(u"remindersEmptyLabel")
        self.remindersEmptyLabel.setWordWrap(True)

        self.remindersLayout.addWidget(self.remindersEmptyLabel)

        self.remindersView = QTableView(self.remindersGroup)
        self.remindersView.setObjectName(u"remindersView")
        self.remindersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remindersView.setAlternatingRowColors(True)
        self.remindersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remindersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remindersView.horizontalHeader().setStretchLastSection(True)
        self.remindersView.verticalHeader().setVisible(False)

        self.remindersLayout.addWidget(self.remindersView)


        self.mainLayout.addWidget(self.remindersGroup)

#if QT_CONFIG(shortcut)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.townshipCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.remindersView)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.townshipLabel.setText(QCoreApplication.translate("DashboardPage", u"&Area:", None))
        self.yearLabel.setText(QCoreApplication.translate("DashboardPage", u"&Year:", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.titleUnions.setText(QCoreApplication.translate("DashboardPage", u"Grassroots unions", None))
        self.titleMembers.setText(QCoreApplication.translate("DashboardPage", u"Members", None))
        self.titleNewMembers.setText(QCoreApplication.translate("DashboardPage", u"New members this year", None))
        self.titleWomen.setText(QCoreApplication.translate("DashboardPage", u"Female members", None))
        self.titleMigrants.setText(QCoreApplication.translate("DashboardPage", u"Migrant-worker members", None))
        self.titleNewForms.setText(QCoreApplication.translate("DashboardPage", u"New-employment-form members", None))
        self.titleUnorganized.setText(QCoreApplication.translate("DashboardPage", u"Employers without a union", None))
        self.titleRate.setText(QCoreApplication.translate("DashboardPage", u"Union coverage rate", None))
        self.remindersGroup.setTitle(QCoreApplication.translate("DashboardPage", u"Term renewals due within 90 days", None))
        self.remindersEmptyLabel.setText(QCoreApplication.translate("DashboardPage", u"No union has to hold its term election in the next 90 days.", None))
        pass
    # retranslateUi

