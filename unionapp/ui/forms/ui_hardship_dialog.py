# generated from forms/hardship_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hardship_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_HardshipDialog(object):
    def setupUi(self, HardshipDialog):
        if not HardshipDialog.objectName():
            HardshipDialog.setObjectName(u"HardshipDialog")
        HardshipDialog.resize(980, 640)
        self.mainLayout = QVBoxLayout(HardshipDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(HardshipDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 15px; font-weight: bold;")

        self.mainLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(HardshipDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QHBoxLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileNoLabel = QLabel(self.basicTab)
        self.fileNoLabel.setObjectName(u"fileNoLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileNoLabel)

        self.fileNoValue = QLabel(self.basicTab)
        self.fileNoValue.setObjectName(u"fileNoValue")
        self.fileNoValue.setText(u"")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileNoValue)

        self.statusLabel = QLabel(self.basicTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(self.basicTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.memberLabel = QLabel(self.basicTab)
        self.memberLabel.setObjectName(u"memberLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberLayout = QHBoxLayout()
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberEdit = QLineEdit(self.basicTab)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setMinimumSize(QSize(160, 0))

        self.memberLayout.addWidget(self.memberEdit)

        self.findMemberButton = QPushButton(self.basicTab)
        self.findMemberButton.setObjectName(u"findMemberButton")

        self.memberLayout.addWidget(self.findMemberButton)

        self.clearMemberButton = QToolButton(self.basicTab)
        self.clearMemberButton.setObjectName(u"clearMemberButton")

        self.memberLayout.addWidget(self.clearMemberButton)


        self.personForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.memberLayout)

        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idNumberLabel = QLabel(self.basicTab)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(self.basicTab)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(30)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.sexBirthLabel = QLabel(self.basicTab)
        self.sexBirthLabel.setObjectName(u"sexBirthLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sexBirthLabel)

        self.sexBirthValue = QLabel(self.basicTab)
        self.sexBirthValue.setObjectName(u"sexBirthValue")
        self.sexBirthValue.setText(u"")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sexBirthValue)

        self.orgLabel = QLabel(self.basicTab)
        self.orgLabel.setObjectName(u"orgLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(self.basicTab)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QPushButton(self.basicTab)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)


        self.personForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.unitNameLabel = QLabel(self.basicTab)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(self.basicTab)
        self.unitNameEdit.setObjectName(u"unitNameEdit")
        self.unitNameEdit.setMaxLength(120)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.phoneLabel = QLabel(self.basicTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.basicTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(self.basicTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.personForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.basicTab)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.filedOnLabel = QLabel(self.basicTab)
        self.filedOnLabel.setObjectName(u"filedOnLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.filedOnLabel)

        self.filedOnEdit = QLineEdit(self.basicTab)
        self.filedOnEdit.setObjectName(u"filedOnEdit")

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.filedOnEdit)


        self.basicLayout.addLayout(self.personForm)

        self.hardshipForm = QFormLayout()
        self.hardshipForm.setObjectName(u"hardshipForm")
        self.hardshipForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.categoryLabel = QLabel(self.basicTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.hardshipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.basicTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.hardshipForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.mainCauseLabel = QLabel(self.basicTab)
        self.mainCauseLabel.setObjectName(u"mainCauseLabel")

        self.hardshipForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mainCauseLabel)

        self.mainCauseCombo = QComboBox(self.basicTab)
        self.mainCauseCombo.setObjectName(u"mainCauseCombo")

        self.hardshipForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mainCauseCombo)

        self.secondaryLabel = QLabel(self.basicTab)
        self.secondaryLabel.setObjectName(u"secondaryLabel")

        self.hardshipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secondaryLabel)

        self.secondaryLayout = QHBoxLayout()
        self.secondaryLayout.setObjectName(u"secondaryLayout")
        self.cause2Combo = QComboBox(self.basicTab)
        self.cause2Combo.setObjectName(u"cause2Combo")

        self.secondaryLayout.addWidget(self.cause2Combo)

        self.cause3Combo = QComboBox(self.basicTab)
        self.cause3Combo.setObjectName(u"cause3Combo")

        self.secondaryLayout.addWidget(self.cause3Combo)

        self.cause4Combo = QComboBox(self.basicTab)
        self.cause4Combo.setObjectName(u"cause4Combo")

        self.secondaryLayout.addWidget(self.cause4Combo)


        self.hardshipForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.secondaryLayout)

        self.healthLabel = QLabel(self.basicTab)
        self.healthLabel.setObjectName(u"healthLabel")

        self.hardshipForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.healthLabel)

        self.healthCombo = QComboBox(self.basicTab)
        self.healthCombo.setObjectName(u"healthCombo")

        self.hardshipForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.healthCombo)

        self.workStatusLabel = QLabel(self.basicTab)
        self.workStatusLabel.setObjectName(u"workStatusLabel")

        self.hardshipForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.workStatusLabel)

        self.workStatusCombo = QComboBox(self.basicTab)
        self.workStatusCombo.setObjectName(u"workStatusCombo")

        self.hardshipForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.workStatusCombo)

        self.marriageLabel = QLabel(self.basicTab)
        self.marriageLabel.setObjectName(u"marriageLabel")

        self.hardshipForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.marriageLabel)

        self.marriageCombo = QComboBox(self.basicTab)
        self.marriageCombo.setObjectName(u"marriageCombo")

        self.hardshipForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.marriageCombo)

        self.housingLabel = QLabel(self.basicTab)
        self.housingLabel.setObjectName(u"housingLabel")

        self.hardshipForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.housingLabel)

        self.housingCombo = QComboBox(self.basicTab)
        self.housingCombo.setObjectName(u"housingCombo")

        self.hardshipForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.housingCombo)

        self.hukouLabel = QLabel(self.basicTab)
        self.hukouLabel.setObjectName(u"hukouLabel")

        self.hardshipForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hukouLabel)

        self.hukouCombo = QComboBox(self.basicTab)
        self.hukouCombo.setObjectName(u"hukouCombo")

        self.hardshipForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hukouCombo)

        self.medicalInsuranceLabel = QLabel(self.basicTab)
        self.medicalInsuranceLabel.setObjectName(u"medicalInsuranceLabel")

        self.hardshipForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.medicalInsuranceLabel)

        self.medicalInsuranceCombo = QComboBox(self.basicTab)
        self.medicalInsuranceCombo.setObjectName(u"medicalInsuranceCombo")

        self.hardshipForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.medicalInsuranceCombo)

        self.modelWorkerTypeLabel = QLabel(self.basicTab)
        self.modelWorkerTypeLabel.setObjectName(u"modelWorkerTypeLabel")

        self.hardshipForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.modelWorkerTypeLabel)

        self.modelWorkerTypeCombo = QComboBox(self.basicTab)
        self.modelWorkerTypeCombo.setObjectName(u"modelWorkerTypeCombo")

        self.hardshipForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.modelWorkerTypeCombo)

        self.flagsLabel = QLabel(self.basicTab)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.hardshipForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.flagsLabel)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.singleParentCheck = QCheckBox(self.basicTab)
        self.singleParentCheck.setObjectName(u"singleParentCheck")

        self.flagsLayout.addWidget(self.singleParentCheck)

        self.zeroEmploymentCheck = QCheckBox(self.basicTab)
        self.zeroEmploymentCheck.setObjectName(u"zeroEmploymentCheck")

        self.flagsLayout.addWidget(self.zeroEmploymentCheck)


        self.hardshipForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.flagsLayout)


        self.basicLayout.addLayout(self.hardshipForm)

        self.tabs.addTab(self.basicTab, "")
        self.familyTab = QWidget()
        self.familyTab.setObjectName(u"familyTab")
        self.familyLayout = QVBoxLayout(self.familyTab)
        self.familyLayout.setObjectName(u"familyLayout")
        self.incomeForm = QFormLayout()
        self.incomeForm.setObjectName(u"incomeForm")
        self.incomeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.monthlyIncomeLabel = QLabel(self.familyTab)
        self.monthlyIncomeLabel.setObjectName(u"monthlyIncomeLabel")

        self.incomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthlyIncomeLabel)

        self.monthlyIncomeEdit = QLineEdit(self.familyTab)
        self.monthlyIncomeEdit.setObjectName(u"monthlyIncomeEdit")

        self.incomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthlyIncomeEdit)

        self.familyAnnualIncomeLabel = QLabel(self.familyTab)
        self.familyAnnualIncomeLabel.setObjectName(u"familyAnnualIncomeLabel")

        self.incomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyAnnualIncomeLabel)

        self.familyAnnualIncomeEdit = QLineEdit(self.familyTab)
        self.familyAnnualIncomeEdit.setObjectName(u"familyAnnualIncomeEdit")

        self.incomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyAnnualIncomeEdit)

        self.familySizeLabel = QLabel(self.familyTab)
        self.familySizeLabel.setObjectName(u"familySizeLabel")

        self.incomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familySizeLabel)

        self.familySizeEdit = QLineEdit(self.familyTab)
        self.familySizeEdit.setObjectName(u"familySizeEdit")

        self.incomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familySizeEdit)

        self.perCapitaLabel = QLabel(self.familyTab)
        self.perCapitaLabel.setObjectName(u"perCapitaLabel")

        self.incomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.perCapitaLabel)

        self.perCapitaValue = QLabel(self.familyTab)
        self.perCapitaValue.setObjectName(u"perCapitaValue")
        self.perCapitaValue.setText(u"")

        self.incomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.perCapitaValue)


        self.familyLayout.addLayout(self.incomeForm)

        self.familyTitle = QLabel(self.familyTab)
        self.familyTitle.setObjectName(u"familyTitle")

        self.familyLayout.addWidget(self.familyTitle)

        self.familyView = QTableView(self.familyTab)
        self.familyView.setObjectName(u"familyView")
        self.familyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.familyView.setAlternatingRowColors(True)

        self.familyLayout.addWidget(self.familyView)

        self.familyButtons = QHBoxLayout()
        self.familyButtons.setObjectName(u"familyButtons")
        self.addFamilyButton = QPushButton(self.familyTab)
        self.addFamilyButton.setObjectName(u"addFamilyButton")

        self.familyButtons.addWidget(self.addFamilyButton)

        self.removeFamilyButton = QPushButton(self.familyTab)
        self.removeFamilyButton.setObjectName(u"removeFamilyButton")

        self.familyButtons.addWidget(self.removeFamilyButton)

        self.familySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.familyButtons.addItem(self.familySpacer)


        self.familyLayout.addLayout(self.familyButtons)

        self.tabs.addTab(self.familyTab, "")
        self.opinionTab = QWidget()
        self.opinionTab.setObjectName(u"opinionTab")
        self.bankForm = QFormLayout(self.opinionTab)
        self.bankForm.setObjectName(u"bankForm")
        self.bankForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bankNameLabel = QLabel(self.opinionTab)
        self.bankNameLabel.setObjectName(u"bankNameLabel")

        self.bankForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bankNameLabel)

        self.bankNameEdit = QLineEdit(self.opinionTab)
        self.bankNameEdit.setObjectName(u"bankNameEdit")
        self.bankNameEdit.setMaxLength(60)

        self.bankForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bankNameEdit)

        self.bankAccountLabel = QLabel(self.opinionTab)
        self.bankAccountLabel.setObjectName(u"bankAccountLabel")

        self.bankForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bankAccountLabel)

        self.bankAccountEdit = QLineEdit(self.opinionTab)
        self.bankAccountEdit.setObjectName(u"bankAccountEdit")
        self.bankAccountEdit.setMaxLength(40)

        self.bankForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bankAccountEdit)

        self.situationLabel = QLabel(self.opinionTab)
        self.situationLabel.setObjectName(u"situationLabel")

        self.bankForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.situationLabel)

        self.situationEdit = QPlainTextEdit(self.opinionTab)
        self.situationEdit.setObjectName(u"situationEdit")
        self.situationEdit.setMaximumSize(QSize(16777215, 90))
        self.situationEdit.setTabChangesFocus(True)

        self.bankForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.situationEdit)

        self.createdByLabel = QLabel(self.opinionTab)
        self.createdByLabel.setObjectName(u"createdByLabel")

        self.bankForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.createdByLabel)

        self.createdByValue = QLabel(self.opinionTab)
        self.createdByValue.setObjectName(u"createdByValue")
        self.createdByValue.setText(u"")

        self.bankForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.createdByValue)

        self.creatorOpinionLabel = QLabel(self.opinionTab)
        self.creatorOpinionLabel.setObjectName(u"creatorOpinionLabel")

        self.bankForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.creatorOpinionLabel)

        self.creatorOpinionEdit = QPlainTextEdit(self.opinionTab)
        self.creatorOpinionEdit.setObjectName(u"creatorOpinionEdit")
        self.creatorOpinionEdit.setMaximumSize(QSize(16777215, 60))
        self.creatorOpinionEdit.setTabChangesFocus(True)

        self.bankForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.creatorOpinionEdit)

        self.reviewerLabel = QLabel(self.opinionTab)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.bankForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerValue = QLabel(self.opinionTab)
        self.reviewerValue.setObjectName(u"reviewerValue")
        self.reviewerValue.setText(u"")
        self.reviewerValue.setWordWrap(True)

        self.bankForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reviewerValue)

        self.closedLabel = QLabel(self.opinionTab)
        self.closedLabel.setObjectName(u"closedLabel")

        self.bankForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedValue = QLabel(self.opinionTab)
        self.closedValue.setObjectName(u"closedValue")
        self.closedValue.setText(u"")
        self.closedValue.setWordWrap(True)

        self.bankForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.closedValue)

        self.aidLabel = QLabel(self.opinionTab)
        self.aidLabel.setObjectName(u"aidLabel")

        self.bankForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.aidLabel)

        self.aidValue = QLabel(self.opinionTab)
        self.aidValue.setObjectName(u"aidValue")
        self.aidValue.setText(u"")

        self.bankForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.aidValue)

        self.remarkLabel = QLabel(self.opinionTab)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.bankForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(self.opinionTab)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 60))
        self.remarkEdit.setTabChangesFocus(True)

        self.bankForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.tabs.addTab(self.opinionTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsView = QTableView(self.attachmentsTab)
        self.attachmentsView.setObjectName(u"attachmentsView")
        self.attachmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsView.setAlternatingRowColors(True)

        self.attachmentsLayout.addWidget(self.attachmentsView)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.attachmentsTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.attachmentsTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentsTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.attachmentHint = QLabel(self.attachmentsTab)
        self.attachmentHint.setObjectName(u"attachmentHint")
        self.attachmentHint.setText(u"")
        self.attachmentHint.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentHint)

        self.tabs.addTab(self.attachmentsTab, "")
        self.reviewsTab = QWidget()
        self.reviewsTab.setObjectName(u"reviewsTab")
        self.reviewsLayout = QVBoxLayout(self.reviewsTab)
        self.reviewsLayout.setObjectName(u"reviewsLayout")
        self.reviewsView = QTableView(self.reviewsTab)
        self.reviewsView.setObjectName(u"reviewsView")
        self.reviewsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewsView.setAlternatingRowColors(True)

        self.reviewsLayout.addWidget(self.reviewsView)

        self.tabs.addTab(self.reviewsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(HardshipDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(HardshipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileNoLabel.setBuddy(self.fileNoValue)
        self.statusLabel.setBuddy(self.statusValue)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.sexBirthLabel.setBuddy(self.sexBirthValue)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.filedOnLabel.setBuddy(self.filedOnEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.mainCauseLabel.setBuddy(self.mainCauseCombo)
        self.healthLabel.setBuddy(self.healthCombo)
        self.workStatusLabel.setBuddy(self.workStatusCombo)
        self.marriageLabel.setBuddy(self.marriageCombo)
        self.housingLabel.setBuddy(self.housingCombo)
        self.hukouLabel.setBuddy(self.hukouCombo)
        self.medicalInsuranceLabel.setBuddy(self.medicalInsuranceCombo)
        self.modelWorkerTypeLabel.setBuddy(self.modelWorkerTypeCombo)
        self.monthlyIncomeLabel.setBuddy(self.monthlyIncomeEdit)
        self.familyAnnualIncomeLabel.setBuddy(self.familyAnnualIncomeEdit)
        self.familySizeLabel.setBuddy(self.familySizeEdit)
        self.perCapitaLabel.setBuddy(self.perCapitaValue)
        self.bankNameLabel.setBuddy(self.bankNameEdit)
        self.bankAccountLabel.setBuddy(self.bankAccountEdit)
        self.situationLabel.setBuddy(self.situationEdit)
        self.createdByLabel.setBuddy(self.createdByValue)
        self.creatorOpinionLabel.setBuddy(self.creatorOpinionEdit)
        self.reviewerLabel.setBuddy(self.reviewerValue)
        self.closedLabel.setBuddy(self.closedValue)
        self.aidLabel.setBuddy(self.aidValue)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HardshipDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(HardshipDialog)
    # setupUi

    def retranslateUi(self, HardshipDialog):
        HardshipDialog.setWindowTitle(QCoreApplication.translate("HardshipDialog", u"Hardship file", None))
        self.fileNoLabel.setText(QCoreApplication.translate("HardshipDialog", u"File no.:", None))
        self.statusLabel.setText(QCoreApplication.translate("HardshipDialog", u"Status:", None))
        self.memberLabel.setText(QCoreApplication.translate("HardshipDialog", u"Member:", None))
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("HardshipDialog", u"ID number or name of a member", None))
        self.findMemberButton.setText(QCoreApplication.translate("HardshipDialog", u"Find", None))
        self.clearMemberButton.setText(QCoreApplication.translate("HardshipDialog", u"\u00d7", None))
        self.nameLabel.setText(QCoreApplication.translate("HardshipDialog", u"Name:", None))
        self.idNumberLabel.setText(QCoreApplication.translate("HardshipDialog", u"ID number:", None))
        self.sexBirthLabel.setText(QCoreApplication.translate("HardshipDialog", u"Sex, born:", None))
        self.orgLabel.setText(QCoreApplication.translate("HardshipDialog", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("HardshipDialog", u"Choose the union", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("HardshipDialog", u"Choose\u2026", None))
        self.unitNameLabel.setText(QCoreApplication.translate("HardshipDialog", u"Employer:", None))
        self.phoneLabel.setText(QCoreApplication.translate("HardshipDialog", u"Mobile:", None))
        self.addressLabel.setText(QCoreApplication.translate("HardshipDialog", u"Address:", None))
        self.filedOnLabel.setText(QCoreApplication.translate("HardshipDialog", u"Filed on:", None))
        self.filedOnEdit.setPlaceholderText(QCoreApplication.translate("HardshipDialog", u"e.g. 2026-11-21", None))
        self.categoryLabel.setText(QCoreApplication.translate("HardshipDialog", u"Category:", None))
        self.mainCauseLabel.setText(QCoreApplication.translate("HardshipDialog", u"Main cause:", None))
        self.secondaryLabel.setText(QCoreApplication.translate("HardshipDialog", u"Other causes:", None))
        self.healthLabel.setText(QCoreApplication.translate("HardshipDialog", u"Health:", None))
        self.workStatusLabel.setText(QCoreApplication.translate("HardshipDialog", u"Work status:", None))
        self.marriageLabel.setText(QCoreApplication.translate("HardshipDialog", u"Marriage:", None))
        self.housingLabel.setText(QCoreApplication.translate("HardshipDialog", u"Housing:", None))
        self.hukouLabel.setText(QCoreApplication.translate("HardshipDialog", u"Hukou:", None))
        self.medicalInsuranceLabel.setText(QCoreApplication.translate("HardshipDialog", u"Medical insurance:", None))
        self.modelWorkerTypeLabel.setText(QCoreApplication.translate("HardshipDialog", u"Model worker:", None))
        self.flagsLabel.setText(QCoreApplication.translate("HardshipDialog", u"Family:", None))
        self.singleParentCheck.setText(QCoreApplication.translate("HardshipDialog", u"Single parent", None))
        self.zeroEmploymentCheck.setText(QCoreApplication.translate("HardshipDialog", u"No one employed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("HardshipDialog", u"Household", None))
        self.monthlyIncomeLabel.setText(QCoreApplication.translate("HardshipDialog", u"Own monthly income (yuan):", None))
        self.familyAnnualIncomeLabel.setText(QCoreApplication.translate("HardshipDialog", u"Family yearly income (yuan):", None))
        self.familySizeLabel.setText(QCoreApplication.translate("HardshipDialog", u"Family size:", None))
        self.perCapitaLabel.setText(QCoreApplication.translate("HardshipDialog", u"Monthly income per head:", None))
        self.familyTitle.setText(QCoreApplication.translate("HardshipDialog", u"Family members (not counting the worker):", None))
        self.addFamilyButton.setText(QCoreApplication.translate("HardshipDialog", u"Add a family member", None))
        self.removeFamilyButton.setText(QCoreApplication.translate("HardshipDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.familyTab), QCoreApplication.translate("HardshipDialog", u"Income and family", None))
        self.bankNameLabel.setText(QCoreApplication.translate("HardshipDialog", u"Bank:", None))
        self.bankAccountLabel.setText(QCoreApplication.translate("HardshipDialog", u"Bank account:", None))
        self.situationLabel.setText(QCoreApplication.translate("HardshipDialog", u"Situation:", None))
        self.createdByLabel.setText(QCoreApplication.translate("HardshipDialog", u"Filed by:", None))
        self.creatorOpinionLabel.setText(QCoreApplication.translate("HardshipDialog", u"Clerk's opinion:", None))
        self.reviewerLabel.setText(QCoreApplication.translate("HardshipDialog", u"Reviewer, opinion:", None))
        self.closedLabel.setText(QCoreApplication.translate("HardshipDialog", u"Closed:", None))
        self.aidLabel.setText(QCoreApplication.translate("HardshipDialog", u"Aid received:", None))
        self.remarkLabel.setText(QCoreApplication.translate("HardshipDialog", u"Remark:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.opinionTab), QCoreApplication.translate("HardshipDialog", u"Bank and opinions", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("HardshipDialog", u"Add\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("HardshipDialog", u"Open", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("HardshipDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("HardshipDialog", u"Attachments", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewsTab), QCoreApplication.translate("HardshipDialog", u"Reviews", None))
    # retranslateUi

