# generated from forms/print_preview.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(900, 760)
        self.mainLayout = QVBoxLayout(PrintPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.previousButton = QPushButton(PrintPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.toolLayout.addWidget(self.previousButton)

        self.pageSpin = QSpinBox(PrintPreviewDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.toolLayout.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(PrintPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"")

        self.toolLayout.addWidget(self.pageCountLabel)

        self.nextButton = QPushButton(PrintPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.toolLayout.addWidget(self.nextButton)

        self.zoomCombo = QComboBox(PrintPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.toolLayout.addWidget(self.zoomCombo)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.printButton = QPushButton(PrintPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.warningLabel = QLabel(PrintPreviewDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #a0522d;")

        self.mainLayout.addWidget(self.warningLabel)

        self.scrollArea = QScrollArea(PrintPreviewDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pageLabel = QLabel()
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pageLabel.setText(u"")
        self.scrollArea.setWidget(self.pageLabel)

        self.mainLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(PrintPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PrintPreviewDialog)

        QMetaObject.connectSlotsByName(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"Print preview", None))
        self.previousButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"Previous page", None))
        self.nextButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"Next page", None))
        self.printButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"Save as PDF\u2026", None))
    # retranslateUi

