# generated from forms/audit_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 680)
        self.mainLayout = QVBoxLayout(AuditPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.filterLayout = QGridLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setHorizontalSpacing(8)
        self.userLabel = QLabel(AuditPage)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel, 0, 0, 1, 1)

        self.userCombo = QComboBox(AuditPage)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumSize(QSize(140, 0))
        self.userCombo.setEditable(True)
        self.userCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.filterLayout.addWidget(self.userCombo, 0, 1, 1, 1)

        self.actionLabel = QLabel(AuditPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.actionCombo, 0, 3, 1, 1)

        self.entityLabel = QLabel(AuditPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel, 0, 4, 1, 1)

        self.entityCombo = QComboBox(AuditPage)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.entityCombo, 0, 5, 1, 1)

        self.entityIdLabel = QLabel(AuditPage)
        self.entityIdLabel.setObjectName(u"entityIdLabel")

        self.filterLayout.addWidget(self.entityIdLabel, 0, 6, 1, 1)

        self.entityIdEdit = QLineEdit(AuditPage)
        self.entityIdEdit.setObjectName(u"entityIdEdit")
        self.entityIdEdit.setMaximumSize(QSize(100, 16777215))
        self.entityIdEdit.setMaxLength(40)

        self.filterLayout.addWidget(self.entityIdEdit, 0, 7, 1, 1)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer, 0, 8, 1, 1)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setSpacing(8)
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateCheck = QCheckBox(AuditPage)
        self.dateCheck.setObjectName(u"dateCheck")

        self.dateLayout.addWidget(self.dateCheck)

        self.dateFromEdit = QDateEdit(AuditPage)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setCalendarPopup(True)
        self.dateFromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dateLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(AuditPage)
        self.dateToLabel.setObjectName(u"dateToLabel")
        self.dateToLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.dateLayout.addWidget(self.dateToLabel)

        self.dateToEdit = QDateEdit(AuditPage)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setCalendarPopup(True)
        self.dateToEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dateLayout.addWidget(self.dateToEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)

        self.searchButton = QPushButton(AuditPage)
        self.searchButton.setObjectName(u"searchButton")

        self.dateLayout.addWidget(self.searchButton)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.dateLayout.addWidget(self.clearButton)


        self.filterLayout.addLayout(self.dateLayout, 1, 0, 1, 9)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setAlternatingRowColors(True)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.entriesView)
        self.entriesView.horizontalHeader().setStretchLastSection(True)
        self.entriesView.verticalHeader().setVisible(False)
        self.detailGroup = QGroupBox(self.splitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLabel = QLabel(self.detailGroup)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.changesTable = QTableWidget(self.detailGroup)
        if (self.changesTable.columnCount() < 3):
            self.changesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setAlternatingRowColors(True)
        self.changesTable.setColumnCount(3)
        self.changesTable.horizontalHeader().setStretchLastSection(True)
        self.changesTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.changesTable)

        self.splitter.addWidget(self.detailGroup)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.entityIdLabel.setBuddy(self.entityIdEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.entityIdEdit)
        QWidget.setTabOrder(self.entityIdEdit, self.dateCheck)
        QWidget.setTabOrder(self.dateCheck, self.dateFromEdit)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.changesTable)

        self.retranslateUi(AuditPage)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
        self.userLabel.setText(QCoreApplication.translate("AuditPage", u"&User:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditPage", u"A&ction:", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditPage", u"&Record kind:", None))
        self.entityIdLabel.setText(QCoreApplication.translate("AuditPage", u"Record &no.:", None))
        self.dateCheck.setText(QCoreApplication.translate("AuditPage", u"&Only between", None))
        self.dateToLabel.setText(QCoreApplication.translate("AuditPage", u"and", None))
        self.searchButton.setText(QCoreApplication.translate("AuditPage", u"&Search", None))
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"C&lear filters", None))
        self.detailGroup.setTitle(QCoreApplication.translate("AuditPage", u"Before \u2192 after", None))
        ___qtablewidgetitem = self.changesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditPage", u"Field", None))
        ___qtablewidgetitem1 = self.changesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditPage", u"Before", None))
        ___qtablewidgetitem2 = self.changesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditPage", u"After", None))
        pass
    # retranslateUi

