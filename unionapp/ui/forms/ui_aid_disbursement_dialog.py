# generated from forms/aid_disbursement_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'aid_disbursement_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_DisbursementDialog(object):
    def setupUi(self, DisbursementDialog):
        if not DisbursementDialog.objectName():
            DisbursementDialog.setObjectName(u"DisbursementDialog")
        DisbursementDialog.resize(900, 640)
        self.mainLayout = QVBoxLayout(DisbursementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.recipientForm = QFormLayout()
        self.recipientForm.setObjectName(u"recipientForm")
        self.recipientForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaignLabel = QLabel(DisbursementDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignValue = QLabel(DisbursementDialog)
        self.campaignValue.setObjectName(u"campaignValue")
        self.campaignValue.setText(u"")
        self.campaignValue.setWordWrap(True)

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignValue)

        self.recipientLabel = QLabel(DisbursementDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(DisbursementDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.findLabel = QLabel(DisbursementDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.findEdit = QLineEdit(DisbursementDialog)
        self.findEdit.setObjectName(u"findEdit")

        self.findLayout.addWidget(self.findEdit)

        self.findButton = QPushButton(DisbursementDialog)
        self.findButton.setObjectName(u"findButton")

        self.findLayout.addWidget(self.findButton)


        self.recipientForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.findLayout)

        self.chosenLabel = QLabel(DisbursementDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.recipientForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chosenLabel)

        self.chosenValue = QLabel(DisbursementDialog)
        self.chosenValue.setObjectName(u"chosenValue")
        self.chosenValue.setText(u"")
        self.chosenValue.setWordWrap(True)

        self.recipientForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chosenValue)

        self.nameLabel = QLabel(DisbursementDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.recipientForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DisbursementDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.recipientForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idNumberLabel = QLabel(DisbursementDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.recipientForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(DisbursementDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(30)

        self.recipientForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.unitNameLabel = QLabel(DisbursementDialog)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.recipientForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(DisbursementDialog)
        self.unitNameEdit.setObjectName(u"unitNameEdit")
        self.unitNameEdit.setMaxLength(120)

        self.recipientForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.orgLabel = QLabel(DisbursementDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.recipientForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(DisbursementDialog)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(DisbursementDialog)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(DisbursementDialog)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.orgLayout.addWidget(self.clearOrgButton)


        self.recipientForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.categoryLabel = QLabel(DisbursementDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.recipientForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(DisbursementDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.recipientForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.categoryCombo)


        self.columns.addLayout(self.recipientForm)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.paymentForm = QFormLayout()
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.amountLabel = QLabel(DisbursementDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(DisbursementDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.goodsLabel = QLabel(DisbursementDialog)
        self.goodsLabel.setObjectName(u"goodsLabel")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goodsLabel)

        self.goodsEdit = QLineEdit(DisbursementDialog)
        self.goodsEdit.setObjectName(u"goodsEdit")
        self.goodsEdit.setMaxLength(100)

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goodsEdit)

        self.goodsValueLabel = QLabel(DisbursementDialog)
        self.goodsValueLabel.setObjectName(u"goodsValueLabel")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goodsValueLabel)

        self.goodsValueEdit = QLineEdit(DisbursementDialog)
        self.goodsValueEdit.setObjectName(u"goodsValueEdit")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goodsValueEdit)

        self.paidOnLabel = QLabel(DisbursementDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEdit = QLineEdit(DisbursementDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.handlerLabel = QLabel(DisbursementDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(DisbursementDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")
        self.handlerEdit.setMaxLength(50)

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.remarkLabel = QLabel(DisbursementDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QLineEdit(DisbursementDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaxLength(200)

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remarkEdit)


        self.rightColumn.addLayout(self.paymentForm)

        self.studentGroup = QGroupBox(DisbursementDialog)
        self.studentGroup.setObjectName(u"studentGroup")
        self.studentForm = QFormLayout(self.studentGroup)
        self.studentForm.setObjectName(u"studentForm")
        self.studentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.studentNameLabel = QLabel(self.studentGroup)
        self.studentNameLabel.setObjectName(u"studentNameLabel")

        self.studentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studentNameLabel)

        self.studentNameEdit = QLineEdit(self.studentGroup)
        self.studentNameEdit.setObjectName(u"studentNameEdit")
        self.studentNameEdit.setMaxLength(50)

        self.studentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.studentNameEdit)

        self.schoolLabel = QLabel(self.studentGroup)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.studentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolEdit = QLineEdit(self.studentGroup)
        self.schoolEdit.setObjectName(u"schoolEdit")
        self.schoolEdit.setMaxLength(100)

        self.studentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolEdit)

        self.schoolLevelLabel = QLabel(self.studentGroup)
        self.schoolLevelLabel.setObjectName(u"schoolLevelLabel")

        self.studentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolLevelLabel)

        self.schoolLevelCombo = QComboBox(self.studentGroup)
        self.schoolLevelCombo.setObjectName(u"schoolLevelCombo")

        self.studentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schoolLevelCombo)

        self.enrolmentYearLabel = QLabel(self.studentGroup)
        self.enrolmentYearLabel.setObjectName(u"enrolmentYearLabel")

        self.studentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.enrolmentYearLabel)

        self.enrolmentYearEdit = QLineEdit(self.studentGroup)
        self.enrolmentYearEdit.setObjectName(u"enrolmentYearEdit")

        self.studentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.enrolmentYearEdit)


        self.rightColumn.addWidget(self.studentGroup)

        self.medicalGroup = QGroupBox(DisbursementDialog)
        self.medicalGroup.setObjectName(u"medicalGroup")
        self.medicalLayout = QVBoxLayout(self.medicalGroup)
        self.medicalLayout.setObjectName(u"medicalLayout")
        self.illnessForm = QFormLayout()
        self.illnessForm.setObjectName(u"illnessForm")
        self.illnessForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.illnessLabel = QLabel(self.medicalGroup)
        self.illnessLabel.setObjectName(u"illnessLabel")

        self.illnessForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.illnessLabel)

        self.illnessEdit = QLineEdit(self.medicalGroup)
        self.illnessEdit.setObjectName(u"illnessEdit")
        self.illnessEdit.setMaxLength(100)

        self.illnessForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.illnessEdit)


        self.medicalLayout.addLayout(self.illnessForm)

        self.staysView = QTableView(self.medicalGroup)
        self.staysView.setObjectName(u"staysView")
        self.staysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staysView.setAlternatingRowColors(True)

        self.medicalLayout.addWidget(self.staysView)

        self.stayButtons = QHBoxLayout()
        self.stayButtons.setObjectName(u"stayButtons")
        self.addStayButton = QPushButton(self.medicalGroup)
        self.addStayButton.setObjectName(u"addStayButton")

        self.stayButtons.addWidget(self.addStayButton)

        self.removeStayButton = QPushButton(self.medicalGroup)
        self.removeStayButton.setObjectName(u"removeStayButton")

        self.stayButtons.addWidget(self.removeStayButton)

        self.staySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stayButtons.addItem(self.staySpacer)


        self.medicalLayout.addLayout(self.stayButtons)


        self.rightColumn.addWidget(self.medicalGroup)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.overrideGroup = QGroupBox(DisbursementDialog)
        self.overrideGroup.setObjectName(u"overrideGroup")
        self.overrideLayout = QVBoxLayout(self.overrideGroup)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideLabel = QLabel(self.overrideGroup)
        self.overrideLabel.setObjectName(u"overrideLabel")
        self.overrideLabel.setText(u"")
        self.overrideLabel.setWordWrap(True)

        self.overrideLayout.addWidget(self.overrideLabel)

        self.overrideForm = QFormLayout()
        self.overrideForm.setObjectName(u"overrideForm")
        self.overrideForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.overrideReasonLabel = QLabel(self.overrideGroup)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overrideReasonLabel)

        self.overrideReasonEdit = QLineEdit(self.overrideGroup)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.overrideReasonEdit)


        self.overrideLayout.addLayout(self.overrideForm)


        self.mainLayout.addWidget(self.overrideGroup)

        self.messageLabel = QLabel(DisbursementDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(DisbursementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignValue)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.chosenLabel.setBuddy(self.chosenValue)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.goodsLabel.setBuddy(self.goodsEdit)
        self.goodsValueLabel.setBuddy(self.goodsValueEdit)
        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
        self.studentNameLabel.setBuddy(self.studentNameEdit)
        self.schoolLabel.setBuddy(self.schoolEdit)
        self.schoolLevelLabel.setBuddy(self.schoolLevelCombo)
        self.enrolmentYearLabel.setBuddy(self.enrolmentYearEdit)
        self.illnessLabel.setBuddy(self.illnessEdit)
        self.overrideReasonLabel.setBuddy(self.overrideReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DisbursementDialog)

        QMetaObject.connectSlotsByName(DisbursementDialog)
    # setupUi

    def retranslateUi(self, DisbursementDialog):
        DisbursementDialog.setWindowTitle(QCoreApplication.translate("DisbursementDialog", u"Payment", None))
        self.campaignLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Campaign:", None))
        self.recipientLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Recipient:", None))
        self.findLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Find:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("DisbursementDialog", u"Name, part of the ID number or no.", None))
        self.findButton.setText(QCoreApplication.translate("DisbursementDialog", u"Find", None))
        self.chosenLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Chosen:", None))
        self.nameLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Name:", None))
        self.idNumberLabel.setText(QCoreApplication.translate("DisbursementDialog", u"ID number:", None))
        self.unitNameLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Employer:", None))
        self.orgLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("DisbursementDialog", u"Not chosen", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("DisbursementDialog", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("DisbursementDialog", u"\u00d7", None))
        self.categoryLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Category:", None))
        self.amountLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Amount (yuan):", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("DisbursementDialog", u"Empty: the campaign's standard", None))
        self.goodsLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Goods:", None))
        self.goodsValueLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Value of the goods:", None))
        self.paidOnLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Paid on:", None))
        self.paidOnEdit.setPlaceholderText(QCoreApplication.translate("DisbursementDialog", u"e.g. 2026-01-25", None))
        self.handlerLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Handled by:", None))
        self.remarkLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Remark:", None))
        self.studentGroup.setTitle(QCoreApplication.translate("DisbursementDialog", u"Student (golden-autumn school aid)", None))
        self.studentNameLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Student:", None))
        self.schoolLabel.setText(QCoreApplication.translate("DisbursementDialog", u"School:", None))
        self.schoolLevelLabel.setText(QCoreApplication.translate("DisbursementDialog", u"School level:", None))
        self.enrolmentYearLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Enrolled in:", None))
        self.enrolmentYearEdit.setPlaceholderText(QCoreApplication.translate("DisbursementDialog", u"e.g. 2026", None))
        self.medicalGroup.setTitle(QCoreApplication.translate("DisbursementDialog", u"Illness (medical aid)", None))
        self.illnessLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Illness:", None))
        self.addStayButton.setText(QCoreApplication.translate("DisbursementDialog", u"Add a hospital stay", None))
        self.removeStayButton.setText(QCoreApplication.translate("DisbursementDialog", u"Remove", None))
        self.overrideGroup.setTitle(QCoreApplication.translate("DisbursementDialog", u"Paid twice in this campaign", None))
        self.overrideReasonLabel.setText(QCoreApplication.translate("DisbursementDialog", u"Reason:", None))
        self.overrideReasonEdit.setPlaceholderText(QCoreApplication.translate("DisbursementDialog", u"Why this person is paid again", None))
    # retranslateUi

