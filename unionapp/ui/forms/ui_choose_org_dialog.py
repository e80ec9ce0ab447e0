# generated from forms/choose_org_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'choose_org_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTreeView, QVBoxLayout, QWidget)

class Ui_ChooseOrgDialog(object):
    def setupUi(self, ChooseOrgDialog):
        if not ChooseOrgDialog.objectName():
            ChooseOrgDialog.setObjectName(u"ChooseOrgDialog")
        ChooseOrgDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(ChooseOrgDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ChooseOrgDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.filterEdit = QLineEdit(ChooseOrgDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.filterEdit)

        self.treeView = QTreeView(ChooseOrgDialog)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setUniformRowHeights(True)
        self.treeView.setHeaderHidden(False)

        self.mainLayout.addWidget(self.treeView)

        self.buttonBox = QDialogButtonBox(ChooseOrgDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ChooseOrgDialog)

        QMetaObject.connectSlotsByName(ChooseOrgDialog)
    # setupUi

    def retranslateUi(self, ChooseOrgDialog):
        ChooseOrgDialog.setWindowTitle(QCoreApplication.translate("ChooseOrgDialog", u"Choose a union", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ChooseOrgDialog", u"Type part of the name or its pinyin initials", None))
    # retranslateUi

