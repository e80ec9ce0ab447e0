# generated from forms/duplicates_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeView, QVBoxLayout,
    QWidget)

class Ui_DuplicatesDialog(object):
    def setupUi(self, DuplicatesDialog):
        if not DuplicatesDialog.objectName():
            DuplicatesDialog.setObjectName(u"DuplicatesDialog")
        DuplicatesDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(DuplicatesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(DuplicatesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.treeView = QTreeView(DuplicatesDialog)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setAlternatingRowColors(True)
        self.treeView.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.treeView)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(DuplicatesDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(DuplicatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(DuplicatesDialog)

        QMetaObject.connectSlotsByName(DuplicatesDialog)
    # setupUi

    def retranslateUi(self, DuplicatesDialog):
        DuplicatesDialog.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", u"Members registered twice", None))
        self.openButton.setText(QCoreApplication.translate("DuplicatesDialog", u"Open member\u2026", None))
    # retranslateUi

