# generated from forms/unorganized_panel.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unorganized_panel.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_UnorganizedPanel(object):
    def setupUi(self, UnorganizedPanel):
        if not UnorganizedPanel.objectName():
            UnorganizedPanel.setObjectName(u"UnorganizedPanel")
        UnorganizedPanel.resize(1000, 600)
        self.mainLayout = QVBoxLayout(UnorganizedPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.townshipLabel = QLabel(UnorganizedPanel)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(UnorganizedPanel)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.statusLabel = QLabel(UnorganizedPanel)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(UnorganizedPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(UnorganizedPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.newButton = QPushButton(UnorganizedPanel)
        self.newButton.setObjectName(u"newButton")

        self.filterLayout.addWidget(self.newButton)

        self.openButton = QPushButton(UnorganizedPanel)
        self.openButton.setObjectName(u"openButton")

        self.filterLayout.addWidget(self.openButton)

        self.convertButton = QPushButton(UnorganizedPanel)
        self.convertButton.setObjectName(u"convertButton")

        self.filterLayout.addWidget(self.convertButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(UnorganizedPanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSortingEnabled(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.tableView)

        self.countLabel = QLabel(UnorganizedPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)


        self.retranslateUi(UnorganizedPanel)

        QMetaObject.connectSlotsByName(UnorganizedPanel)
    # setupUi

    def retranslateUi(self, UnorganizedPanel):
        self.townshipLabel.setText(QCoreApplication.translate("UnorganizedPanel", u"Township:", None))
        self.statusLabel.setText(QCoreApplication.translate("UnorganizedPanel", u"Status:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("UnorganizedPanel", u"Employer name or credit code", None))
        self.newButton.setText(QCoreApplication.translate("UnorganizedPanel", u"New\u2026", None))
        self.openButton.setText(QCoreApplication.translate("UnorganizedPanel", u"Open\u2026", None))
        self.convertButton.setText(QCoreApplication.translate("UnorganizedPanel", u"Found a union\u2026", None))
        pass
    # retranslateUi

