# generated from forms/print_cards.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_cards.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrintCardsDialog(object):
    def setupUi(self, PrintCardsDialog):
        if not PrintCardsDialog.objectName():
            PrintCardsDialog.setObjectName(u"PrintCardsDialog")
        PrintCardsDialog.resize(480, 420)
        self.mainLayout = QVBoxLayout(PrintCardsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(PrintCardsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.layoutLabel = QLabel(PrintCardsDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(PrintCardsDialog)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.layoutCombo)

        self.printerLabel = QLabel(PrintCardsDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printerCombo = QComboBox(PrintCardsDialog)
        self.printerCombo.setObjectName(u"printerCombo")
        self.printerCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.offsetXLabel = QLabel(PrintCardsDialog)
        self.offsetXLabel.setObjectName(u"offsetXLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offsetXLabel)

        self.offsetXSpin = QDoubleSpinBox(PrintCardsDialog)
        self.offsetXSpin.setObjectName(u"offsetXSpin")
        self.offsetXSpin.setDecimals(1)
        self.offsetXSpin.setMinimum(-20.000000000000000)
        self.offsetXSpin.setMaximum(20.000000000000000)
        self.offsetXSpin.setSingleStep(0.100000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offsetXSpin)

        self.offsetYLabel = QLabel(PrintCardsDialog)
        self.offsetYLabel.setObjectName(u"offsetYLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.offsetYLabel)

        self.offsetYSpin = QDoubleSpinBox(PrintCardsDialog)
        self.offsetYSpin.setObjectName(u"offsetYSpin")
        self.offsetYSpin.setDecimals(1)
        self.offsetYSpin.setMinimum(-20.000000000000000)
        self.offsetYSpin.setMaximum(20.000000000000000)
        self.offsetYSpin.setSingleStep(0.100000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.offsetYSpin)

        self.issuedLabel = QLabel(PrintCardsDialog)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issuedEdit = QDateEdit(PrintCardsDialog)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setCalendarPopup(True)
        self.issuedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issuedEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.backCheck = QCheckBox(PrintCardsDialog)
        self.backCheck.setObjectName(u"backCheck")

        self.mainLayout.addWidget(self.backCheck)

        self.noCardYetCheck = QCheckBox(PrintCardsDialog)
        self.noCardYetCheck.setObjectName(u"noCardYetCheck")

        self.mainLayout.addWidget(self.noCardYetCheck)

        self.recordCheck = QCheckBox(PrintCardsDialog)
        self.recordCheck.setObjectName(u"recordCheck")
        self.recordCheck.setChecked(True)

        self.mainLayout.addWidget(self.recordCheck)

        self.calibrationButton = QPushButton(PrintCardsDialog)
        self.calibrationButton.setObjectName(u"calibrationButton")

        self.mainLayout.addWidget(self.calibrationButton)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PrintCardsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.printerLabel.setBuddy(self.printerCombo)
        self.offsetXLabel.setBuddy(self.offsetXSpin)
        self.offsetYLabel.setBuddy(self.offsetYSpin)
        self.issuedLabel.setBuddy(self.issuedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintCardsDialog)

        QMetaObject.connectSlotsByName(PrintCardsDialog)
    # setupUi

    def retranslateUi(self, PrintCardsDialog):
        PrintCardsDialog.setWindowTitle(QCoreApplication.translate("PrintCardsDialog", u"Print member cards", None))
        self.layoutLabel.setText(QCoreApplication.translate("PrintCardsDialog", u"Card layout", None))
        self.printerLabel.setText(QCoreApplication.translate("PrintCardsDialog", u"Printer", None))
        self.offsetXLabel.setText(QCoreApplication.translate("PrintCardsDialog", u"Horizontal offset", None))
        self.offsetXSpin.setSuffix(QCoreApplication.translate("PrintCardsDialog", u" mm (right +)", None))
        self.offsetYLabel.setText(QCoreApplication.translate("PrintCardsDialog", u"Vertical offset", None))
        self.offsetYSpin.setSuffix(QCoreApplication.translate("PrintCardsDialog", u" mm (down +)", None))
        self.issuedLabel.setText(QCoreApplication.translate("PrintCardsDialog", u"Issue date", None))
        self.backCheck.setText(QCoreApplication.translate("PrintCardsDialog", u"Print the back side too (duplex)", None))
        self.noCardYetCheck.setText(QCoreApplication.translate("PrintCardsDialog", u"Only members who have no card yet", None))
        self.recordCheck.setText(QCoreApplication.translate("PrintCardsDialog", u"Record the cards as issued once printed or saved", None))
        self.calibrationButton.setText(QCoreApplication.translate("PrintCardsDialog", u"Print a calibration page\u2026", None))
    # retranslateUi

