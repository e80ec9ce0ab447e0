# generated from forms/member_transfers_pending.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_transfers_pending.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_PendingTransfersDialog(object):
    def setupUi(self, PendingTransfersDialog):
        if not PendingTransfersDialog.objectName():
            PendingTransfersDialog.setObjectName(u"PendingTransfersDialog")
        PendingTransfersDialog.resize(900, 460)
        self.mainLayout = QVBoxLayout(PendingTransfersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(PendingTransfersDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.tableView = QTableView(PendingTransfersDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.tableView)

        self.reviewLayout = QHBoxLayout()
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.opinionLabel = QLabel(PendingTransfersDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.reviewLayout.addWidget(self.opinionLabel)

        self.opinionEdit = QLineEdit(PendingTransfersDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setMaxLength(200)

        self.reviewLayout.addWidget(self.opinionEdit)

        self.approveButton = QPushButton(PendingTransfersDialog)
        self.approveButton.setObjectName(u"approveButton")

        self.reviewLayout.addWidget(self.approveButton)

        self.rejectButton = QPushButton(PendingTransfersDialog)
        self.rejectButton.setObjectName(u"rejectButton")

        self.reviewLayout.addWidget(self.rejectButton)


        self.mainLayout.addLayout(self.reviewLayout)

        self.messageLabel = QLabel(PendingTransfersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PendingTransfersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PendingTransfersDialog)

        QMetaObject.connectSlotsByName(PendingTransfersDialog)
    # setupUi

    def retranslateUi(self, PendingTransfersDialog):
        PendingTransfersDialog.setWindowTitle(QCoreApplication.translate("PendingTransfersDialog", u"Pending transfers", None))
        self.hintLabel.setText(QCoreApplication.translate("PendingTransfersDialog", u"Transfers requested by clerks wait here for a reviewer.", None))
        self.opinionLabel.setText(QCoreApplication.translate("PendingTransfersDialog", u"Opinion:", None))
        self.approveButton.setText(QCoreApplication.translate("PendingTransfersDialog", u"Approve", None))
        self.rejectButton.setText(QCoreApplication.translate("PendingTransfersDialog", u"Send back", None))
    # retranslateUi

