# generated from forms/campaign_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(760, 660)
        self.mainLayout = QVBoxLayout(CampaignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(CampaignDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberValue = QLabel(CampaignDialog)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.nameLabel = QLabel(CampaignDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CampaignDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.yearLabel = QLabel(CampaignDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(CampaignDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.kindLabel = QLabel(CampaignDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CampaignDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.budgetLabel = QLabel(CampaignDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEdit = QLineEdit(CampaignDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.budgetEdit)

        self.fundSourceLabel = QLabel(CampaignDialog)
        self.fundSourceLabel.setObjectName(u"fundSourceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fundSourceLabel)

        self.fundSourceEdit = QLineEdit(CampaignDialog)
        self.fundSourceEdit.setObjectName(u"fundSourceEdit")
        self.fundSourceEdit.setMaxLength(100)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fundSourceEdit)

        self.orgLabel = QLabel(CampaignDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(CampaignDialog)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(CampaignDialog)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(CampaignDialog)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.orgLayout.addWidget(self.clearOrgButton)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.startedOnLabel = QLabel(CampaignDialog)
        self.startedOnLabel.setObjectName(u"startedOnLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startedOnLabel)

        self.startedOnEdit = QLineEdit(CampaignDialog)
        self.startedOnEdit.setObjectName(u"startedOnEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startedOnEdit)

        self.endedOnLabel = QLabel(CampaignDialog)
        self.endedOnLabel.setObjectName(u"endedOnLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endedOnLabel)

        self.endedOnEdit = QLineEdit(CampaignDialog)
        self.endedOnEdit.setObjectName(u"endedOnEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endedOnEdit)

        self.remarkLabel = QLabel(CampaignDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(CampaignDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 50))
        self.remarkEdit.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.usedLabel = QLabel(CampaignDialog)
        self.usedLabel.setObjectName(u"usedLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.usedLabel)

        self.usedValue = QLabel(CampaignDialog)
        self.usedValue.setObjectName(u"usedValue")
        self.usedValue.setText(u"")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.usedValue)


        self.mainLayout.addLayout(self.form)

        self.standardsGroup = QGroupBox(CampaignDialog)
        self.standardsGroup.setObjectName(u"standardsGroup")
        self.standardsLayout = QVBoxLayout(self.standardsGroup)
        self.standardsLayout.setObjectName(u"standardsLayout")
        self.standardsView = QTableView(self.standardsGroup)
        self.standardsView.setObjectName(u"standardsView")
        self.standardsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.standardsView.setAlternatingRowColors(True)

        self.standardsLayout.addWidget(self.standardsView)

        self.standardButtons = QHBoxLayout()
        self.standardButtons.setObjectName(u"standardButtons")
        self.addStandardButton = QPushButton(self.standardsGroup)
        self.addStandardButton.setObjectName(u"addStandardButton")

        self.standardButtons.addWidget(self.addStandardButton)

        self.removeStandardButton = QPushButton(self.standardsGroup)
        self.removeStandardButton.setObjectName(u"removeStandardButton")

        self.standardButtons.addWidget(self.removeStandardButton)

        self.standardSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.standardButtons.addItem(self.standardSpacer)


        self.standardsLayout.addLayout(self.standardButtons)


        self.mainLayout.addWidget(self.standardsGroup)

        self.messageLabel = QLabel(CampaignDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberValue)
        self.nameLabel.setBuddy(self.nameEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.fundSourceLabel.setBuddy(self.fundSourceEdit)
        self.startedOnLabel.setBuddy(self.startedOnEdit)
        self.endedOnLabel.setBuddy(self.endedOnEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
        self.usedLabel.setBuddy(self.usedValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignDialog)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"Aid campaign", None))
        self.numberLabel.setText(QCoreApplication.translate("CampaignDialog", u"Campaign no.:", None))
        self.nameLabel.setText(QCoreApplication.translate("CampaignDialog", u"Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"e.g. 2026 Spring Festival warmth", None))
        self.yearLabel.setText(QCoreApplication.translate("CampaignDialog", u"Year:", None))
        self.kindLabel.setText(QCoreApplication.translate("CampaignDialog", u"Kind:", None))
        self.budgetLabel.setText(QCoreApplication.translate("CampaignDialog", u"Budget (yuan):", None))
        self.fundSourceLabel.setText(QCoreApplication.translate("CampaignDialog", u"Fund source:", None))
        self.orgLabel.setText(QCoreApplication.translate("CampaignDialog", u"Paid out by:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"The county federation", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("CampaignDialog", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("CampaignDialog", u"\u00d7", None))
        self.startedOnLabel.setText(QCoreApplication.translate("CampaignDialog", u"Starts on:", None))
        self.startedOnEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"e.g. 2026-01-10", None))
        self.endedOnLabel.setText(QCoreApplication.translate("CampaignDialog", u"Ends on:", None))
        self.endedOnEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"e.g. 2026-02-10", None))
        self.remarkLabel.setText(QCoreApplication.translate("CampaignDialog", u"Remark:", None))
        self.usedLabel.setText(QCoreApplication.translate("CampaignDialog", u"Used so far:", None))
        self.standardsGroup.setTitle(QCoreApplication.translate("CampaignDialog", u"Standards (amount or goods by category)", None))
        self.addStandardButton.setText(QCoreApplication.translate("CampaignDialog", u"Add a standard", None))
        self.removeStandardButton.setText(QCoreApplication.translate("CampaignDialog", u"Remove", None))
    # retranslateUi

