# generated from forms/organization_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_dialog.ui'
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
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_OrganizationDialog(object):
    def setupUi(self, OrganizationDialog):
        if not OrganizationDialog.objectName():
            OrganizationDialog.setObjectName(u"OrganizationDialog")
        OrganizationDialog.resize(720, 600)
        self.mainLayout = QVBoxLayout(OrganizationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(OrganizationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.headerLabel.setFont(font)

        self.mainLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(OrganizationDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicForm = QFormLayout(self.basicTab)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.levelLabel = QLabel(self.basicTab)
        self.levelLabel.setObjectName(u"levelLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.basicTab)
        self.levelCombo.setObjectName(u"levelCombo")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.parentLabel = QLabel(self.basicTab)
        self.parentLabel.setObjectName(u"parentLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentLayout = QHBoxLayout()
        self.parentLayout.setObjectName(u"parentLayout")
        self.parentEdit = QLineEdit(self.basicTab)
        self.parentEdit.setObjectName(u"parentEdit")
        self.parentEdit.setReadOnly(True)

        self.parentLayout.addWidget(self.parentEdit)

        self.chooseParentButton = QPushButton(self.basicTab)
        self.chooseParentButton.setObjectName(u"chooseParentButton")

        self.parentLayout.addWidget(self.chooseParentButton)


        self.basicForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.parentLayout)

        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.basicTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.basicTab)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(60)

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.unionTypeLabel = QLabel(self.basicTab)
        self.unionTypeLabel.setObjectName(u"unionTypeLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unionTypeLabel)

        self.unionTypeCombo = QComboBox(self.basicTab)
        self.unionTypeCombo.setObjectName(u"unionTypeCombo")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unionTypeCombo)

        self.coveredUnitsLabel = QLabel(self.basicTab)
        self.coveredUnitsLabel.setObjectName(u"coveredUnitsLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.coveredUnitsLabel)

        self.coveredUnitsEdit = QPlainTextEdit(self.basicTab)
        self.coveredUnitsEdit.setObjectName(u"coveredUnitsEdit")
        self.coveredUnitsEdit.setMaximumSize(QSize(16777215, 60))
        self.coveredUnitsEdit.setTabChangesFocus(True)

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.coveredUnitsEdit)

        self.townshipNameLabel = QLabel(self.basicTab)
        self.townshipNameLabel.setObjectName(u"townshipNameLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.townshipNameLabel)

        self.townshipNameEdit = QLineEdit(self.basicTab)
        self.townshipNameEdit.setObjectName(u"townshipNameEdit")
        self.townshipNameEdit.setMaxLength(60)

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.townshipNameEdit)

        self.foundedOnLabel = QLabel(self.basicTab)
        self.foundedOnLabel.setObjectName(u"foundedOnLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.foundedOnLabel)

        self.foundedOnEdit = QLineEdit(self.basicTab)
        self.foundedOnEdit.setObjectName(u"foundedOnEdit")
        self.foundedOnEdit.setMaxLength(20)

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.foundedOnEdit)

        self.approvalNoLabel = QLabel(self.basicTab)
        self.approvalNoLabel.setObjectName(u"approvalNoLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.approvalNoLabel)

        self.approvalNoEdit = QLineEdit(self.basicTab)
        self.approvalNoEdit.setObjectName(u"approvalNoEdit")
        self.approvalNoEdit.setMaxLength(60)

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.approvalNoEdit)

        self.memberCountLabel = QLabel(self.basicTab)
        self.memberCountLabel.setObjectName(u"memberCountLabel")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.memberCountLabel)

        self.memberCountValue = QLabel(self.basicTab)
        self.memberCountValue.setObjectName(u"memberCountValue")
        self.memberCountValue.setText(u"")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.memberCountValue)

        self.statusLabel = QLabel(self.basicTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(self.basicTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.basicFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicForm.setItem(11, QFormLayout.ItemRole.SpanningRole, self.basicFormSpacer)

        self.tabs.addTab(self.basicTab, "")
        self.employerTab = QWidget()
        self.employerTab.setObjectName(u"employerTab")
        self.employerForm = QFormLayout(self.employerTab)
        self.employerForm.setObjectName(u"employerForm")
        self.employerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.employerNameLabel = QLabel(self.employerTab)
        self.employerNameLabel.setObjectName(u"employerNameLabel")

        self.employerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employerNameLabel)

        self.employerNameEdit = QLineEdit(self.employerTab)
        self.employerNameEdit.setObjectName(u"employerNameEdit")
        self.employerNameEdit.setMaxLength(120)

        self.employerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employerNameEdit)

        self.creditCodeLabel = QLabel(self.employerTab)
        self.creditCodeLabel.setObjectName(u"creditCodeLabel")

        self.employerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.creditCodeLabel)

        self.creditCodeEdit = QLineEdit(self.employerTab)
        self.creditCodeEdit.setObjectName(u"creditCodeEdit")
        self.creditCodeEdit.setMaxLength(24)

        self.employerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.creditCodeEdit)

        self.unitCategoryLabel = QLabel(self.employerTab)
        self.unitCategoryLabel.setObjectName(u"unitCategoryLabel")

        self.employerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitCategoryLabel)

        self.unitCategoryCombo = QComboBox(self.employerTab)
        self.unitCategoryCombo.setObjectName(u"unitCategoryCombo")

        self.employerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCategoryCombo)

        self.industryLabel = QLabel(self.employerTab)
        self.industryLabel.setObjectName(u"industryLabel")

        self.employerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryCombo = QComboBox(self.employerTab)
        self.industryCombo.setObjectName(u"industryCombo")

        self.employerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.industryCombo)

        self.addressLabel = QLabel(self.employerTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.employerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.employerTab)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.employerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.workersLabel = QLabel(self.employerTab)
        self.workersLabel.setObjectName(u"workersLabel")

        self.employerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workersLabel)

        self.workersEdit = QLineEdit(self.employerTab)
        self.workersEdit.setObjectName(u"workersEdit")
        self.workersEdit.setMaxLength(7)

        self.employerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workersEdit)

        self.femaleWorkersLabel = QLabel(self.employerTab)
        self.femaleWorkersLabel.setObjectName(u"femaleWorkersLabel")

        self.employerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.femaleWorkersLabel)

        self.femaleWorkersEdit = QLineEdit(self.employerTab)
        self.femaleWorkersEdit.setObjectName(u"femaleWorkersEdit")
        self.femaleWorkersEdit.setMaxLength(7)

        self.employerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.femaleWorkersEdit)

        self.migrantWorkersLabel = QLabel(self.employerTab)
        self.migrantWorkersLabel.setObjectName(u"migrantWorkersLabel")

        self.employerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.migrantWorkersLabel)

        self.migrantWorkersEdit = QLineEdit(self.employerTab)
        self.migrantWorkersEdit.setObjectName(u"migrantWorkersEdit")
        self.migrantWorkersEdit.setMaxLength(7)

        self.employerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.migrantWorkersEdit)

        self.newEmploymentLabel = QLabel(self.employerTab)
        self.newEmploymentLabel.setObjectName(u"newEmploymentLabel")

        self.employerForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.newEmploymentLabel)

        self.newEmploymentList = QListWidget(self.employerTab)
        self.newEmploymentList.setObjectName(u"newEmploymentList")
        self.newEmploymentList.setMaximumSize(QSize(16777215, 110))
        self.newEmploymentList.setFlow(QListView.Flow.LeftToRight)
        self.newEmploymentList.setWrapping(True)
        self.newEmploymentList.setResizeMode(QListView.ResizeMode.Adjust)

        self.employerForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.newEmploymentList)

        self.employerFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.employerForm.setItem(9, QFormLayout.ItemRole.SpanningRole, self.employerFormSpacer)

        self.tabs.addTab(self.employerTab, "")
        self.leadersTab = QWidget()
        self.leadersTab.setObjectName(u"leadersTab")
        self.leadersForm = QFormLayout(self.leadersTab)
        self.leadersForm.setObjectName(u"leadersForm")
        self.leadersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chairNameLabel = QLabel(self.leadersTab)
        self.chairNameLabel.setObjectName(u"chairNameLabel")

        self.leadersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chairNameLabel)

        self.chairNameEdit = QLineEdit(self.leadersTab)
        self.chairNameEdit.setObjectName(u"chairNameEdit")
        self.chairNameEdit.setMaxLength(50)

        self.leadersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chairNameEdit)

        self.chairPhoneLabel = QLabel(self.leadersTab)
        self.chairPhoneLabel.setObjectName(u"chairPhoneLabel")

        self.leadersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairPhoneLabel)

        self.chairPhoneEdit = QLineEdit(self.leadersTab)
        self.chairPhoneEdit.setObjectName(u"chairPhoneEdit")
        self.chairPhoneEdit.setMaxLength(20)

        self.leadersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairPhoneEdit)

        self.termNumberLabel = QLabel(self.leadersTab)
        self.termNumberLabel.setObjectName(u"termNumberLabel")

        self.leadersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.termNumberLabel)

        self.termNumberEdit = QLineEdit(self.leadersTab)
        self.termNumberEdit.setObjectName(u"termNumberEdit")
        self.termNumberEdit.setMaxLength(7)

        self.leadersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.termNumberEdit)

        self.termStartLabel = QLabel(self.leadersTab)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.leadersForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.termStartLabel)

        self.termStartEdit = QLineEdit(self.leadersTab)
        self.termStartEdit.setObjectName(u"termStartEdit")
        self.termStartEdit.setMaxLength(20)

        self.leadersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.termStartEdit)

        self.termEndLabel = QLabel(self.leadersTab)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.leadersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.termEndLabel)

        self.termEndEdit = QLineEdit(self.leadersTab)
        self.termEndEdit.setObjectName(u"termEndEdit")
        self.termEndEdit.setMaxLength(20)

        self.leadersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.termEndEdit)

        self.fullTimeCadresLabel = QLabel(self.leadersTab)
        self.fullTimeCadresLabel.setObjectName(u"fullTimeCadresLabel")

        self.leadersForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fullTimeCadresLabel)

        self.fullTimeCadresEdit = QLineEdit(self.leadersTab)
        self.fullTimeCadresEdit.setObjectName(u"fullTimeCadresEdit")
        self.fullTimeCadresEdit.setMaxLength(7)

        self.leadersForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fullTimeCadresEdit)

        self.legalCertNoLabel = QLabel(self.leadersTab)
        self.legalCertNoLabel.setObjectName(u"legalCertNoLabel")

        self.leadersForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalCertNoLabel)

        self.legalCertNoEdit = QLineEdit(self.leadersTab)
        self.legalCertNoEdit.setObjectName(u"legalCertNoEdit")
        self.legalCertNoEdit.setMaxLength(60)

        self.leadersForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legalCertNoEdit)

        self.legalCertDateLabel = QLabel(self.leadersTab)
        self.legalCertDateLabel.setObjectName(u"legalCertDateLabel")

        self.leadersForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.legalCertDateLabel)

        self.legalCertDateEdit = QLineEdit(self.leadersTab)
        self.legalCertDateEdit.setObjectName(u"legalCertDateEdit")
        self.legalCertDateEdit.setMaxLength(20)

        self.leadersForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.legalCertDateEdit)

        self.leadersFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leadersForm.setItem(8, QFormLayout.ItemRole.SpanningRole, self.leadersFormSpacer)

        self.tabs.addTab(self.leadersTab, "")
        self.democracyTab = QWidget()
        self.democracyTab.setObjectName(u"democracyTab")
        self.democracyForm = QFormLayout(self.democracyTab)
        self.democracyForm.setObjectName(u"democracyForm")
        self.democracyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hasCongressCheck = QCheckBox(self.democracyTab)
        self.hasCongressCheck.setObjectName(u"hasCongressCheck")

        self.democracyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hasCongressCheck)

        self.congressOnEdit = QLineEdit(self.democracyTab)
        self.congressOnEdit.setObjectName(u"congressOnEdit")
        self.congressOnEdit.setMaxLength(20)

        self.democracyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.congressOnEdit)

        self.hasOpenAffairsCheck = QCheckBox(self.democracyTab)
        self.hasOpenAffairsCheck.setObjectName(u"hasOpenAffairsCheck")

        self.democracyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hasOpenAffairsCheck)

        self.openAffairsOnEdit = QLineEdit(self.democracyTab)
        self.openAffairsOnEdit.setObjectName(u"openAffairsOnEdit")
        self.openAffairsOnEdit.setMaxLength(20)

        self.democracyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.openAffairsOnEdit)

        self.hasCollectiveContractCheck = QCheckBox(self.democracyTab)
        self.hasCollectiveContractCheck.setObjectName(u"hasCollectiveContractCheck")

        self.democracyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hasCollectiveContractCheck)

        self.collectiveContractOnEdit = QLineEdit(self.democracyTab)
        self.collectiveContractOnEdit.setObjectName(u"collectiveContractOnEdit")
        self.collectiveContractOnEdit.setMaxLength(20)

        self.democracyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collectiveContractOnEdit)

        self.hasAuditCommitteeCheck = QCheckBox(self.democracyTab)
        self.hasAuditCommitteeCheck.setObjectName(u"hasAuditCommitteeCheck")

        self.democracyForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.hasAuditCommitteeCheck)

        self.hasWomenCommitteeCheck = QCheckBox(self.democracyTab)
        self.hasWomenCommitteeCheck.setObjectName(u"hasWomenCommitteeCheck")

        self.democracyForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.hasWomenCommitteeCheck)

        self.hasMediationCommitteeCheck = QCheckBox(self.democracyTab)
        self.hasMediationCommitteeCheck.setObjectName(u"hasMediationCommitteeCheck")

        self.democracyForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.hasMediationCommitteeCheck)

        self.remarkLabel = QLabel(self.democracyTab)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.democracyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(self.democracyTab)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 90))
        self.remarkEdit.setTabChangesFocus(True)

        self.democracyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.democracyFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.democracyForm.setItem(7, QFormLayout.ItemRole.SpanningRole, self.democracyFormSpacer)

        self.tabs.addTab(self.democracyTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHint)

        self.historyView = QTableView(self.historyTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.historyLayout.addWidget(self.historyView)

        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(OrganizationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OrganizationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.levelCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.unionTypeLabel.setBuddy(self.unionTypeCombo)
        self.coveredUnitsLabel.setBuddy(self.coveredUnitsEdit)
        self.townshipNameLabel.setBuddy(self.townshipNameEdit)
        self.foundedOnLabel.setBuddy(self.foundedOnEdit)
        self.approvalNoLabel.setBuddy(self.approvalNoEdit)
        self.memberCountLabel.setBuddy(self.memberCountValue)
        self.statusLabel.setBuddy(self.statusValue)
        self.employerNameLabel.setBuddy(self.employerNameEdit)
        self.creditCodeLabel.setBuddy(self.creditCodeEdit)
        self.unitCategoryLabel.setBuddy(self.unitCategoryCombo)
        self.industryLabel.setBuddy(self.industryCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.workersLabel.setBuddy(self.workersEdit)
        self.femaleWorkersLabel.setBuddy(self.femaleWorkersEdit)
        self.migrantWorkersLabel.setBuddy(self.migrantWorkersEdit)
        self.newEmploymentLabel.setBuddy(self.newEmploymentList)
        self.chairNameLabel.setBuddy(self.chairNameEdit)
        self.chairPhoneLabel.setBuddy(self.chairPhoneEdit)
        self.termNumberLabel.setBuddy(self.termNumberEdit)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.termEndLabel.setBuddy(self.termEndEdit)
        self.fullTimeCadresLabel.setBuddy(self.fullTimeCadresEdit)
        self.legalCertNoLabel.setBuddy(self.legalCertNoEdit)
        self.legalCertDateLabel.setBuddy(self.legalCertDateEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganizationDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganizationDialog)
    # setupUi

    def retranslateUi(self, OrganizationDialog):
        OrganizationDialog.setWindowTitle(QCoreApplication.translate("OrganizationDialog", u"Union", None))
        self.levelLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Level:", None))
        self.parentLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Parent union:", None))
        self.chooseParentButton.setText(QCoreApplication.translate("OrganizationDialog", u"Choose\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Full name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"e.g. Longquan Machinery Works trade union committee", None))
        self.shortNameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Short name:", None))
        self.unionTypeLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Union type:", None))
        self.coveredUnitsLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Units covered:", None))
        self.townshipNameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Township (street):", None))
        self.foundedOnLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Founded on:", None))
        self.foundedOnEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.approvalNoLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Approval document no.:", None))
        self.memberCountLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Members:", None))
        self.statusLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Status:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("OrganizationDialog", u"Union", None))
        self.employerNameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Employer name:", None))
        self.creditCodeLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Unified social credit code:", None))
        self.creditCodeEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"18 characters", None))
        self.unitCategoryLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Unit category:", None))
        self.industryLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Industry:", None))
        self.addressLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Address:", None))
        self.workersLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Workers:", None))
        self.femaleWorkersLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Of whom women:", None))
        self.migrantWorkersLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Of whom migrant workers:", None))
        self.newEmploymentLabel.setText(QCoreApplication.translate("OrganizationDialog", u"New forms of employment:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.employerTab), QCoreApplication.translate("OrganizationDialog", u"Employer and workers", None))
        self.chairNameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Chair:", None))
        self.chairPhoneLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Contact phone:", None))
        self.termNumberLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Term no.:", None))
        self.termStartLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Term starts:", None))
        self.termStartEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.termEndLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Term ends:", None))
        self.termEndEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.fullTimeCadresLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Full-time cadres:", None))
        self.legalCertNoLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Legal person certificate no.:", None))
        self.legalCertDateLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Certificate issued on:", None))
        self.legalCertDateEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.leadersTab), QCoreApplication.translate("OrganizationDialog", u"Leaders and term", None))
        self.hasCongressCheck.setText(QCoreApplication.translate("OrganizationDialog", u"Workers' congress, last held on", None))
        self.congressOnEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.hasOpenAffairsCheck.setText(QCoreApplication.translate("OrganizationDialog", u"Open factory affairs, since", None))
        self.openAffairsOnEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.hasCollectiveContractCheck.setText(QCoreApplication.translate("OrganizationDialog", u"Collective contract, signed on", None))
        self.collectiveContractOnEdit.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"yyyy-mm-dd", None))
        self.hasAuditCommitteeCheck.setText(QCoreApplication.translate("OrganizationDialog", u"Funds audit committee", None))
        self.hasWomenCommitteeCheck.setText(QCoreApplication.translate("OrganizationDialog", u"Women workers' committee", None))
        self.hasMediationCommitteeCheck.setText(QCoreApplication.translate("OrganizationDialog", u"Labour dispute mediation committee", None))
        self.remarkLabel.setText(QCoreApplication.translate("OrganizationDialog", u"Remarks:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.democracyTab), QCoreApplication.translate("OrganizationDialog", u"Democratic management", None))
        self.historyHint.setText(QCoreApplication.translate("OrganizationDialog", u"This union was founded from an employer of the organising drive; its follow-up log:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("OrganizationDialog", u"Organising history", None))
    # retranslateUi

