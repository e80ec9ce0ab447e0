# generated from forms/member_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(1000, 560)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(MemberDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.headerLabel.setFont(font)

        self.mainLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(MemberDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QHBoxLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.memberNoLabel = QLabel(self.basicTab)
        self.memberNoLabel.setObjectName(u"memberNoLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberNoLabel)

        self.memberNoValue = QLabel(self.basicTab)
        self.memberNoValue.setObjectName(u"memberNoValue")
        self.memberNoValue.setText(u"")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberNoValue)

        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idTypeLabel = QLabel(self.basicTab)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idTypeCombo = QComboBox(self.basicTab)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.idNumberLabel = QLabel(self.basicTab)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(self.basicTab)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(30)

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.sexLabel = QLabel(self.basicTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.basicTab)
        self.sexCombo.setObjectName(u"sexCombo")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthDateLabel = QLabel(self.basicTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.basicTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(20)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.nationLabel = QLabel(self.basicTab)
        self.nationLabel.setObjectName(u"nationLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nationLabel)

        self.nationCombo = QComboBox(self.basicTab)
        self.nationCombo.setObjectName(u"nationCombo")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nationCombo)

        self.phoneLabel = QLabel(self.basicTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.basicTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.educationLabel = QLabel(self.basicTab)
        self.educationLabel.setObjectName(u"educationLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(self.basicTab)
        self.educationCombo.setObjectName(u"educationCombo")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.politicalStatusLabel = QLabel(self.basicTab)
        self.politicalStatusLabel.setObjectName(u"politicalStatusLabel")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.politicalStatusLabel)

        self.politicalStatusCombo = QComboBox(self.basicTab)
        self.politicalStatusCombo.setObjectName(u"politicalStatusCombo")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.politicalStatusCombo)

        self.hukouTypeLabel = QLabel(self.basicTab)
        self.hukouTypeLabel.setObjectName(u"hukouTypeLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.hukouTypeLabel)

        self.hukouTypeCombo = QComboBox(self.basicTab)
        self.hukouTypeCombo.setObjectName(u"hukouTypeCombo")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.hukouTypeCombo)

        self.leftFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftForm.setItem(11, QFormLayout.ItemRole.SpanningRole, self.leftFormSpacer)


        self.basicLayout.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.orgLabel = QLabel(self.basicTab)
        self.orgLabel.setObjectName(u"orgLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(self.basicTab)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QPushButton(self.basicTab)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)


        self.rightForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.joinedOnLabel = QLabel(self.basicTab)
        self.joinedOnLabel.setObjectName(u"joinedOnLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.joinedOnLabel)

        self.joinedOnEdit = QLineEdit(self.basicTab)
        self.joinedOnEdit.setObjectName(u"joinedOnEdit")
        self.joinedOnEdit.setMaxLength(20)

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.joinedOnEdit)

        self.statusLabel = QLabel(self.basicTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(self.basicTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.isMigrantCheck = QCheckBox(self.basicTab)
        self.isMigrantCheck.setObjectName(u"isMigrantCheck")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.isMigrantCheck)

        self.employmentFormLabel = QLabel(self.basicTab)
        self.employmentFormLabel.setObjectName(u"employmentFormLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employmentFormLabel)

        self.employmentFormCombo = QComboBox(self.basicTab)
        self.employmentFormCombo.setObjectName(u"employmentFormCombo")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employmentFormCombo)

        self.newEmploymentFormLabel = QLabel(self.basicTab)
        self.newEmploymentFormLabel.setObjectName(u"newEmploymentFormLabel")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.newEmploymentFormLabel)

        self.newEmploymentFormCombo = QComboBox(self.basicTab)
        self.newEmploymentFormCombo.setObjectName(u"newEmploymentFormCombo")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newEmploymentFormCombo)

        self.skillLevelLabel = QLabel(self.basicTab)
        self.skillLevelLabel.setObjectName(u"skillLevelLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.skillLevelLabel)

        self.skillLevelCombo = QComboBox(self.basicTab)
        self.skillLevelCombo.setObjectName(u"skillLevelCombo")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.skillLevelCombo)

        self.employerNameLabel = QLabel(self.basicTab)
        self.employerNameLabel.setObjectName(u"employerNameLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.employerNameLabel)

        self.employerNameEdit = QLineEdit(self.basicTab)
        self.employerNameEdit.setObjectName(u"employerNameEdit")
        self.employerNameEdit.setMaxLength(120)

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.employerNameEdit)

        self.postLabel = QLabel(self.basicTab)
        self.postLabel.setObjectName(u"postLabel")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(self.basicTab)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(60)

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.cardNoLabel = QLabel(self.basicTab)
        self.cardNoLabel.setObjectName(u"cardNoLabel")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.cardNoLabel)

        self.cardNoEdit = QLineEdit(self.basicTab)
        self.cardNoEdit.setObjectName(u"cardNoEdit")
        self.cardNoEdit.setMaxLength(30)

        self.rightForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.cardNoEdit)

        self.remarkLabel = QLabel(self.basicTab)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.rightForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(self.basicTab)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 60))
        self.remarkEdit.setTabChangesFocus(True)

        self.rightForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.rightFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightForm.setItem(11, QFormLayout.ItemRole.SpanningRole, self.rightFormSpacer)


        self.basicLayout.addLayout(self.rightForm)

        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(self.basicTab)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(120, 168))
        self.photoLabel.setMaximumSize(QSize(120, 168))
        self.photoLabel.setFrameShape(QFrame.Shape.Box)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setWordWrap(True)

        self.photoLayout.addWidget(self.photoLabel)

        self.photoButton = QPushButton(self.basicTab)
        self.photoButton.setObjectName(u"photoButton")

        self.photoLayout.addWidget(self.photoButton)

        self.photoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoLayout.addItem(self.photoSpacer)


        self.basicLayout.addLayout(self.photoLayout)

        self.tabs.addTab(self.basicTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.eventsView = QTableView(self.historyTab)
        self.eventsView.setObjectName(u"eventsView")
        self.eventsView.setAlternatingRowColors(True)
        self.eventsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.historyLayout.addWidget(self.eventsView)

        self.pendingLabel = QLabel(self.historyTab)
        self.pendingLabel.setObjectName(u"pendingLabel")
        self.pendingLabel.setText(u"")
        self.pendingLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.pendingLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.transferButton = QPushButton(self.historyTab)
        self.transferButton.setObjectName(u"transferButton")

        self.actionsLayout.addWidget(self.transferButton)

        self.retainButton = QPushButton(self.historyTab)
        self.retainButton.setObjectName(u"retainButton")

        self.actionsLayout.addWidget(self.retainButton)

        self.leaveButton = QPushButton(self.historyTab)
        self.leaveButton.setObjectName(u"leaveButton")

        self.actionsLayout.addWidget(self.leaveButton)

        self.expelButton = QPushButton(self.historyTab)
        self.expelButton.setObjectName(u"expelButton")

        self.actionsLayout.addWidget(self.expelButton)

        self.deathButton = QPushButton(self.historyTab)
        self.deathButton.setObjectName(u"deathButton")

        self.actionsLayout.addWidget(self.deathButton)

        self.rejoinButton = QPushButton(self.historyTab)
        self.rejoinButton.setObjectName(u"rejoinButton")

        self.actionsLayout.addWidget(self.rejoinButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.historyLayout.addLayout(self.actionsLayout)

        self.tabs.addTab(self.historyTab, "")
        self.cardsTab = QWidget()
        self.cardsTab.setObjectName(u"cardsTab")
        self.cardsLayout = QVBoxLayout(self.cardsTab)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsSummaryLabel = QLabel(self.cardsTab)
        self.cardsSummaryLabel.setObjectName(u"cardsSummaryLabel")
        self.cardsSummaryLabel.setText(u"")
        self.cardsSummaryLabel.setWordWrap(True)

        self.cardsLayout.addWidget(self.cardsSummaryLabel)

        self.cardsView = QTableView(self.cardsTab)
        self.cardsView.setObjectName(u"cardsView")
        self.cardsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cardsView.setAlternatingRowColors(True)
        self.cardsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.cardsLayout.addWidget(self.cardsView)

        self.tabs.addTab(self.cardsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(MemberDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.printFormButton = QPushButton(MemberDialog)
        self.printFormButton.setObjectName(u"printFormButton")
        self.printFormButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.printFormButton)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.memberNoLabel.setBuddy(self.memberNoValue)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idTypeLabel.setBuddy(self.idTypeCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.nationLabel.setBuddy(self.nationCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.politicalStatusLabel.setBuddy(self.politicalStatusCombo)
        self.hukouTypeLabel.setBuddy(self.hukouTypeCombo)
        self.joinedOnLabel.setBuddy(self.joinedOnEdit)
        self.statusLabel.setBuddy(self.statusValue)
        self.employmentFormLabel.setBuddy(self.employmentFormCombo)
        self.newEmploymentFormLabel.setBuddy(self.newEmploymentFormCombo)
        self.skillLevelLabel.setBuddy(self.skillLevelCombo)
        self.employerNameLabel.setBuddy(self.employerNameEdit)
        self.postLabel.setBuddy(self.postEdit)
        self.cardNoLabel.setBuddy(self.cardNoEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.memberNoLabel.setText(QCoreApplication.translate("MemberDialog", u"Member no.:", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"Name:", None))
        self.idTypeLabel.setText(QCoreApplication.translate("MemberDialog", u"ID document:", None))
        self.idNumberLabel.setText(QCoreApplication.translate("MemberDialog", u"ID number:", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18 digits; the last may be X", None))
        self.sexLabel.setText(QCoreApplication.translate("MemberDialog", u"Sex:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("MemberDialog", u"Date of birth:", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"yyyy-mm-dd", None))
        self.nationLabel.setText(QCoreApplication.translate("MemberDialog", u"Ethnic group:", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"Mobile phone:", None))
        self.educationLabel.setText(QCoreApplication.translate("MemberDialog", u"Education:", None))
        self.politicalStatusLabel.setText(QCoreApplication.translate("MemberDialog", u"Political status:", None))
        self.hukouTypeLabel.setText(QCoreApplication.translate("MemberDialog", u"Household registration:", None))
        self.orgLabel.setText(QCoreApplication.translate("MemberDialog", u"Union:", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("MemberDialog", u"Choose\u2026", None))
        self.joinedOnLabel.setText(QCoreApplication.translate("MemberDialog", u"Joined on:", None))
        self.joinedOnEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"yyyy-mm-dd", None))
        self.statusLabel.setText(QCoreApplication.translate("MemberDialog", u"Status:", None))
        self.isMigrantCheck.setText(QCoreApplication.translate("MemberDialog", u"Migrant worker", None))
        self.employmentFormLabel.setText(QCoreApplication.translate("MemberDialog", u"Employment form:", None))
        self.newEmploymentFormLabel.setText(QCoreApplication.translate("MemberDialog", u"New employment form:", None))
        self.skillLevelLabel.setText(QCoreApplication.translate("MemberDialog", u"Skill level:", None))
        self.employerNameLabel.setText(QCoreApplication.translate("MemberDialog", u"Employer:", None))
        self.postLabel.setText(QCoreApplication.translate("MemberDialog", u"Post:", None))
        self.cardNoLabel.setText(QCoreApplication.translate("MemberDialog", u"Member card no.:", None))
        self.remarkLabel.setText(QCoreApplication.translate("MemberDialog", u"Remarks:", None))
        self.photoLabel.setText(QCoreApplication.translate("MemberDialog", u"No photo", None))
        self.photoButton.setText(QCoreApplication.translate("MemberDialog", u"Photo\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("MemberDialog", u"Member", None))
        self.transferButton.setText(QCoreApplication.translate("MemberDialog", u"Transfer\u2026", None))
        self.retainButton.setText(QCoreApplication.translate("MemberDialog", u"Retain membership\u2026", None))
        self.leaveButton.setText(QCoreApplication.translate("MemberDialog", u"Leave\u2026", None))
        self.expelButton.setText(QCoreApplication.translate("MemberDialog", u"Expel\u2026", None))
        self.deathButton.setText(QCoreApplication.translate("MemberDialog", u"Deceased\u2026", None))
        self.rejoinButton.setText(QCoreApplication.translate("MemberDialog", u"Restore membership\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("MemberDialog", u"Membership history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cardsTab), QCoreApplication.translate("MemberDialog", u"Card history", None))
        self.printFormButton.setText(QCoreApplication.translate("MemberDialog", u"Print registration form\u2026", None))
#if QT_CONFIG(tooltip)
        self.printFormButton.setToolTip(QCoreApplication.translate("MemberDialog", u"Show this member's registration form, as last saved, in the print preview", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

