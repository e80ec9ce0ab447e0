# generated from forms/visit_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_page.ui'
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

class Ui_VisitsPage(object):
    def setupUi(self, VisitsPage):
        if not VisitsPage.objectName():
            VisitsPage.setObjectName(u"VisitsPage")
        VisitsPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(VisitsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(VisitsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(280, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.searchSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.newButton = QPushButton(VisitsPage)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.openButton = QPushButton(VisitsPage)
        self.openButton.setObjectName(u"openButton")

        self.searchLayout.addWidget(self.openButton)

        self.followUpButton = QPushButton(VisitsPage)
        self.followUpButton.setObjectName(u"followUpButton")

        self.searchLayout.addWidget(self.followUpButton)

        self.exportButton = QPushButton(VisitsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.searchLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(VisitsPage)
        self.printButton.setObjectName(u"printButton")

        self.searchLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindLabel = QLabel(VisitsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(VisitsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.targetLabel = QLabel(VisitsPage)
        self.targetLabel.setObjectName(u"targetLabel")

        self.filterLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(VisitsPage)
        self.targetCombo.setObjectName(u"targetCombo")

        self.filterLayout.addWidget(self.targetCombo)

        self.followUpLabel = QLabel(VisitsPage)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.filterLayout.addWidget(self.followUpLabel)

        self.followUpCombo = QComboBox(VisitsPage)
        self.followUpCombo.setObjectName(u"followUpCombo")

        self.filterLayout.addWidget(self.followUpCombo)

        self.orgLabel = QLabel(VisitsPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.filterLayout.addWidget(self.orgLabel)

        self.orgEdit = QLineEdit(VisitsPage)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)
        self.orgEdit.setMinimumSize(QSize(200, 0))

        self.filterLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(VisitsPage)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.filterLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(VisitsPage)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.filterLayout.addWidget(self.clearOrgButton)

        self.yearLabel = QLabel(VisitsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(VisitsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(VisitsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.tableView)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countLabel = QLabel(VisitsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.countLayout.addWidget(self.countLabel)

        self.countSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countLayout.addItem(self.countSpacer)

        self.loadedLabel = QLabel(VisitsPage)
        self.loadedLabel.setObjectName(u"loadedLabel")
        self.loadedLabel.setText(u"")

        self.countLayout.addWidget(self.loadedLabel)


        self.mainLayout.addLayout(self.countLayout)


        self.retranslateUi(VisitsPage)

        QMetaObject.connectSlotsByName(VisitsPage)
    # setupUi

    def retranslateUi(self, VisitsPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("VisitsPage", u"Whom, record no. or visitors", None))
        self.newButton.setText(QCoreApplication.translate("VisitsPage", u"New visit\u2026", None))
        self.openButton.setText(QCoreApplication.translate("VisitsPage", u"Open\u2026", None))
        self.followUpButton.setText(QCoreApplication.translate("VisitsPage", u"Follow-up done\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("VisitsPage", u"Export\u2026", None))
        self.printButton.setText(QCoreApplication.translate("VisitsPage", u"Print visit form\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("VisitsPage", u"Kind:", None))
        self.targetLabel.setText(QCoreApplication.translate("VisitsPage", u"Whom:", None))
        self.followUpLabel.setText(QCoreApplication.translate("VisitsPage", u"Follow-up:", None))
        self.orgLabel.setText(QCoreApplication.translate("VisitsPage", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("VisitsPage", u"Whole county", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("VisitsPage", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("VisitsPage", u"\u00d7", None))
        self.yearLabel.setText(QCoreApplication.translate("VisitsPage", u"Year:", None))
        pass
    # retranslateUi

