# generated from forms/import_wizard.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(860, 620)
        self.mainLayout = QVBoxLayout(ImportWizard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepLabel = QLabel(ImportWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")

        self.mainLayout.addWidget(self.stepLabel)

        self.stack = QStackedWidget(ImportWizard)
        self.stack.setObjectName(u"stack")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.fileHintLabel = QLabel(self.filePage)
        self.fileHintLabel.setObjectName(u"fileHintLabel")
        self.fileHintLabel.setWordWrap(True)

        self.filePageLayout.addWidget(self.fileHintLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.filePageLayout.addLayout(self.pathLayout)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateButton = QPushButton(self.filePage)
        self.templateButton.setObjectName(u"templateButton")

        self.templateLayout.addWidget(self.templateButton)

        self.templateSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateLayout.addItem(self.templateSpacer)


        self.filePageLayout.addLayout(self.templateLayout)

        self.filePageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.filePageSpacer)

        self.stack.addWidget(self.filePage)
        self.layoutPage = QWidget()
        self.layoutPage.setObjectName(u"layoutPage")
        self.layoutPageLayout = QVBoxLayout(self.layoutPage)
        self.layoutPageLayout.setObjectName(u"layoutPageLayout")
        self.sheetLayout = QHBoxLayout()
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLabel = QLabel(self.layoutPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.layoutPage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumSize(QSize(160, 0))

        self.sheetLayout.addWidget(self.sheetCombo)

        self.headerRowLabel = QLabel(self.layoutPage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.sheetLayout.addWidget(self.headerRowLabel)

        self.headerRowSpin = QSpinBox(self.layoutPage)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMinimum(1)
        self.headerRowSpin.setMaximum(30)

        self.sheetLayout.addWidget(self.headerRowSpin)

        self.sheetSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetLayout.addItem(self.sheetSpacer)


        self.layoutPageLayout.addLayout(self.sheetLayout)

        self.mappingHintLabel = QLabel(self.layoutPage)
        self.mappingHintLabel.setObjectName(u"mappingHintLabel")
        self.mappingHintLabel.setWordWrap(True)

        self.layoutPageLayout.addWidget(self.mappingHintLabel)

        self.mappingArea = QScrollArea(self.layoutPage)
        self.mappingArea.setObjectName(u"mappingArea")
        self.mappingArea.setWidgetResizable(True)
        self.mappingWidget = QWidget()
        self.mappingWidget.setObjectName(u"mappingWidget")
        self.mappingGrid = QGridLayout(self.mappingWidget)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingArea.setWidget(self.mappingWidget)

        self.layoutPageLayout.addWidget(self.mappingArea)

        self.layoutInfoLabel = QLabel(self.layoutPage)
        self.layoutInfoLabel.setObjectName(u"layoutInfoLabel")
        self.layoutInfoLabel.setText(u"")
        self.layoutInfoLabel.setWordWrap(True)

        self.layoutPageLayout.addWidget(self.layoutInfoLabel)

        self.stack.addWidget(self.layoutPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.previewSummaryLabel = QLabel(self.previewPage)
        self.previewSummaryLabel.setObjectName(u"previewSummaryLabel")
        self.previewSummaryLabel.setText(u"")
        self.previewSummaryLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.previewSummaryLabel)

        self.defaultOrgLayout = QHBoxLayout()
        self.defaultOrgLayout.setObjectName(u"defaultOrgLayout")
        self.defaultOrgLabel = QLabel(self.previewPage)
        self.defaultOrgLabel.setObjectName(u"defaultOrgLabel")

        self.defaultOrgLayout.addWidget(self.defaultOrgLabel)

        self.defaultOrgValue = QLabel(self.previewPage)
        self.defaultOrgValue.setObjectName(u"defaultOrgValue")
        self.defaultOrgValue.setText(u"")

        self.defaultOrgLayout.addWidget(self.defaultOrgValue)

        self.chooseOrgButton = QPushButton(self.previewPage)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.defaultOrgLayout.addWidget(self.chooseOrgButton)

        self.defaultOrgSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defaultOrgLayout.addItem(self.defaultOrgSpacer)


        self.previewPageLayout.addLayout(self.defaultOrgLayout)

        self.previewView = QTableView(self.previewPage)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setWordWrap(True)

        self.previewPageLayout.addWidget(self.previewView)

        self.stack.addWidget(self.previewPage)
        self.runPage = QWidget()
        self.runPage.setObjectName(u"runPage")
        self.runPageLayout = QVBoxLayout(self.runPage)
        self.runPageLayout.setObjectName(u"runPageLayout")
        self.runLabel = QLabel(self.runPage)
        self.runLabel.setObjectName(u"runLabel")
        self.runLabel.setText(u"")
        self.runLabel.setWordWrap(True)

        self.runPageLayout.addWidget(self.runLabel)

        self.progressBar = QProgressBar(self.runPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.runPageLayout.addWidget(self.progressBar)

        self.stopLayout = QHBoxLayout()
        self.stopLayout.setObjectName(u"stopLayout")
        self.stopButton = QPushButton(self.runPage)
        self.stopButton.setObjectName(u"stopButton")

        self.stopLayout.addWidget(self.stopButton)

        self.stopSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stopLayout.addItem(self.stopSpacer)


        self.runPageLayout.addLayout(self.stopLayout)

        self.resultLabel = QLabel(self.runPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.runPageLayout.addWidget(self.resultLabel)

        self.resultView = QTableView(self.runPage)
        self.resultView.setObjectName(u"resultView")
        self.resultView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultView.setAlternatingRowColors(True)
        self.resultView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultView.setWordWrap(True)

        self.runPageLayout.addWidget(self.resultView)

        self.reportLayout = QHBoxLayout()
        self.reportLayout.setObjectName(u"reportLayout")
        self.saveReportButton = QPushButton(self.runPage)
        self.saveReportButton.setObjectName(u"saveReportButton")
        self.saveReportButton.setEnabled(False)

        self.reportLayout.addWidget(self.saveReportButton)

        self.reportSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportLayout.addItem(self.reportSpacer)


        self.runPageLayout.addLayout(self.reportLayout)

        self.stack.addWidget(self.runPage)

        self.mainLayout.addWidget(self.stack)

        self.messageLabel = QLabel(ImportWizard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.closeButton = QPushButton(ImportWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import from a sheet", None))
        self.fileHintLabel.setText(QCoreApplication.translate("ImportWizard", u"Choose the sheet to import: an .xlsx, .xls, .ods or .csv file. It may be the import template or a sheet of your own: title rows, merged cells, blank rows, totals and signature lines are handled.", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"File to import", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"Browse\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("ImportWizard", u"Save the import template\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"Sheet:", None))
        self.headerRowLabel.setText(QCoreApplication.translate("ImportWizard", u"Header row:", None))
        self.mappingHintLabel.setText(QCoreApplication.translate("ImportWizard", u"Each column of the sheet and what it will be imported as. Change a choice if a column was not recognised.", None))
        self.defaultOrgLabel.setText(QCoreApplication.translate("ImportWizard", u"Rows without a union go to:", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("ImportWizard", u"Choose\u2026", None))
        self.stopButton.setText(QCoreApplication.translate("ImportWizard", u"Cancel the import", None))
        self.saveReportButton.setText(QCoreApplication.translate("ImportWizard", u"Save the refused rows\u2026", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"Next >", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"Close", None))
    # retranslateUi

