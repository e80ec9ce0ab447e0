# generated from forms/codes_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'codes_dialog.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_CodesDialog(object):
    def setupUi(self, CodesDialog):
        if not CodesDialog.objectName():
            CodesDialog.setObjectName(u"CodesDialog")
        CodesDialog.resize(900, 620)
        self.mainLayout = QVBoxLayout(CodesDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(CodesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #666666;")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(CodesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.categoryList = QListWidget(self.splitter)
        self.categoryList.setObjectName(u"categoryList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.categoryList.sizePolicy().hasHeightForWidth())
        self.categoryList.setSizePolicy(sizePolicy)
        self.categoryList.setMinimumSize(QSize(180, 0))
        self.splitter.addWidget(self.categoryList)
        self.rightPanel = QWidget(self.splitter)
        self.rightPanel.setObjectName(u"rightPanel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.rightPanel.sizePolicy().hasHeightForWidth())
        self.rightPanel.setSizePolicy(sizePolicy1)
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.categoryLabel = QLabel(self.rightPanel)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setText(u"")
        self.categoryLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.categoryLabel)

        self.itemsView = QTableView(self.rightPanel)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.rightLayout.addWidget(self.itemsView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(self.rightPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(self.rightPanel)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonLayout.addWidget(self.renameButton)

        self.enableButton = QPushButton(self.rightPanel)
        self.enableButton.setObjectName(u"enableButton")

        self.buttonLayout.addWidget(self.enableButton)

        self.upButton = QPushButton(self.rightPanel)
        self.upButton.setObjectName(u"upButton")

        self.buttonLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.rightPanel)
        self.downButton.setObjectName(u"downButton")

        self.buttonLayout.addWidget(self.downButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.rightLayout.addLayout(self.buttonLayout)

        self.splitter.addWidget(self.rightPanel)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(CodesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.categoryList, self.itemsView)
        QWidget.setTabOrder(self.itemsView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.enableButton)
        QWidget.setTabOrder(self.enableButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)

        self.retranslateUi(CodesDialog)

        QMetaObject.connectSlotsByName(CodesDialog)
    # setupUi

    def retranslateUi(self, CodesDialog):
        CodesDialog.setWindowTitle(QCoreApplication.translate("CodesDialog", u"Dictionaries", None))
        self.addButton.setText(QCoreApplication.translate("CodesDialog", u"&Add\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("CodesDialog", u"&Rename\u2026", None))
        self.enableButton.setText(QCoreApplication.translate("CodesDialog", u"&Disable", None))
        self.upButton.setText(QCoreApplication.translate("CodesDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("CodesDialog", u"Move do&wn", None))
    # retranslateUi

