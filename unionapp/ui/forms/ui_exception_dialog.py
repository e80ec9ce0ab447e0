# generated from forms/exception_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exception_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExceptionDialog(object):
    def setupUi(self, ExceptionDialog):
        if not ExceptionDialog.objectName():
            ExceptionDialog.setObjectName(u"ExceptionDialog")
        ExceptionDialog.resize(560, 240)
        ExceptionDialog.setMinimumSize(QSize(540, 0))
        self.mainLayout = QVBoxLayout(ExceptionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(16)
        self.topLayout.setObjectName(u"topLayout")
        self.iconLabel = QLabel(ExceptionDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setText(u"")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.topLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.messageLabel = QLabel(ExceptionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"font-weight: bold;")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(ExceptionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.hintLabel)


        self.topLayout.addLayout(self.textLayout)


        self.mainLayout.addLayout(self.topLayout)

        self.detailsEdit = QPlainTextEdit(ExceptionDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setMinimumSize(QSize(0, 200))
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detailsEdit.setReadOnly(True)

        self.mainLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.detailsButton = QPushButton(ExceptionDialog)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)

        self.buttonLayout.addWidget(self.detailsButton)

        self.copyButton = QPushButton(ExceptionDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.horizontalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.horizontalSpacer)

        self.buttonBox = QDialogButtonBox(ExceptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ExceptionDialog)

        QMetaObject.connectSlotsByName(ExceptionDialog)
    # setupUi

    def retranslateUi(self, ExceptionDialog):
        ExceptionDialog.setWindowTitle(QCoreApplication.translate("ExceptionDialog", u"Unexpected error", None))
        self.detailsButton.setText(QCoreApplication.translate("ExceptionDialog", u"&Details", None))
        self.copyButton.setText(QCoreApplication.translate("ExceptionDialog", u"&Copy details", None))
    # retranslateUi

