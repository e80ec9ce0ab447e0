# generated from forms/unorganized_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unorganized_dialog.ui'
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
    QTableView, QVBoxLayout, QWidget)

class Ui_UnorganizedDialog(object):
    def setupUi(self, UnorganizedDialog):
        if not UnorganizedDialog.objectName():
            UnorganizedDialog.setObjectName(u"UnorganizedDialog")
        UnorganizedDialog.resize(960, 600)
        self.mainLayout = QVBoxLayout(UnorganizedDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(UnorganizedDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UnorganizedDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.creditCodeLabel = QLabel(UnorganizedDialog)
        self.creditCodeLabel.setObjectName(u"creditCodeLabel")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.creditCodeLabel)

        self.creditCodeEdit = QLineEdit(UnorganizedDialog)
        self.creditCodeEdit.setObjectName(u"creditCodeEdit")
        self.creditCodeEdit.setMaxLength(24)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.creditCodeEdit)

        self.unitCategoryLabel = QLabel(UnorganizedDialog)
        self.unitCategoryLabel.setObjectName(u"unitCategoryLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitCategoryLabel)

        self.unitCategoryCombo = QComboBox(UnorganizedDialog)
        self.unitCategoryCombo.setObjectName(u"unitCategoryCombo")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCategoryCombo)

        self.industryLabel = QLabel(UnorganizedDialog)
        self.industryLabel.setObjectName(u"industryLabel")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryCombo = QComboBox(UnorganizedDialog)
        self.industryCombo.setObjectName(u"industryCombo")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.industryCombo)

        self.addressLabel = QLabel(UnorganizedDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(UnorganizedDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.townshipLabel = QLabel(UnorganizedDialog)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.townshipLabel)

        self.townshipCombo = QComboBox(UnorganizedDialog)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.workersLabel = QLabel(UnorganizedDialog)
        self.workersLabel.setObjectName(u"workersLabel")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.workersLabel)

        self.workersEdit = QLineEdit(UnorganizedDialog)
        self.workersEdit.setObjectName(u"workersEdit")
        self.workersEdit.setMaxLength(7)

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.workersEdit)

        self.migrantWorkersLabel = QLabel(UnorganizedDialog)
        self.migrantWorkersLabel.setObjectName(u"migrantWorkersLabel")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.migrantWorkersLabel)

        self.migrantWorkersEdit = QLineEdit(UnorganizedDialog)
        self.migrantWorkersEdit.setObjectName(u"migrantWorkersEdit")
        self.migrantWorkersEdit.setMaxLength(7)

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.migrantWorkersEdit)

        self.reasonLabel = QLabel(UnorganizedDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(UnorganizedDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.reasonDetailLabel = QLabel(UnorganizedDialog)
        self.reasonDetailLabel.setObjectName(u"reasonDetailLabel")

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reasonDetailLabel)

        self.reasonDetailEdit = QPlainTextEdit(UnorganizedDialog)
        self.reasonDetailEdit.setObjectName(u"reasonDetailEdit")
        self.reasonDetailEdit.setMaximumSize(QSize(16777215, 60))
        self.reasonDetailEdit.setTabChangesFocus(True)

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reasonDetailEdit)

        self.responsiblePersonLabel = QLabel(UnorganizedDialog)
        self.responsiblePersonLabel.setObjectName(u"responsiblePersonLabel")

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.responsiblePersonLabel)

        self.responsiblePersonEdit = QLineEdit(UnorganizedDialog)
        self.responsiblePersonEdit.setObjectName(u"responsiblePersonEdit")
        self.responsiblePersonEdit.setMaxLength(50)

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.responsiblePersonEdit)

        self.plannedOnLabel = QLabel(UnorganizedDialog)
        self.plannedOnLabel.setObjectName(u"plannedOnLabel")

        self.fieldsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.plannedOnLabel)

        self.plannedOnEdit = QLineEdit(UnorganizedDialog)
        self.plannedOnEdit.setObjectName(u"plannedOnEdit")
        self.plannedOnEdit.setMaxLength(20)

        self.fieldsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.plannedOnEdit)

        self.remarkLabel = QLabel(UnorganizedDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.fieldsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(UnorganizedDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 60))
        self.remarkEdit.setTabChangesFocus(True)

        self.fieldsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.statusLabel = QLabel(UnorganizedDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(UnorganizedDialog)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")
        self.statusValue.setWordWrap(True)

        self.fieldsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.fieldsFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsForm.setItem(14, QFormLayout.ItemRole.SpanningRole, self.fieldsFormSpacer)


        self.columnsLayout.addLayout(self.fieldsForm)

        self.followUpBox = QGroupBox(UnorganizedDialog)
        self.followUpBox.setObjectName(u"followUpBox")
        self.followUpLayout = QVBoxLayout(self.followUpBox)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpView = QTableView(self.followUpBox)
        self.followUpView.setObjectName(u"followUpView")
        self.followUpView.setAlternatingRowColors(True)
        self.followUpView.setWordWrap(True)
        self.followUpView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.followUpLayout.addWidget(self.followUpView)

        self.followUpForm = QFormLayout()
        self.followUpForm.setObjectName(u"followUpForm")
        self.followUpForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.followUpDateLabel = QLabel(self.followUpBox)
        self.followUpDateLabel.setObjectName(u"followUpDateLabel")

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followUpDateLabel)

        self.followUpDateEdit = QLineEdit(self.followUpBox)
        self.followUpDateEdit.setObjectName(u"followUpDateEdit")
        self.followUpDateEdit.setMaxLength(20)

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followUpDateEdit)

        self.followUpByLabel = QLabel(self.followUpBox)
        self.followUpByLabel.setObjectName(u"followUpByLabel")

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpByLabel)

        self.followUpByEdit = QLineEdit(self.followUpBox)
        self.followUpByEdit.setObjectName(u"followUpByEdit")
        self.followUpByEdit.setMaxLength(50)

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followUpByEdit)

        self.followUpNoteLabel = QLabel(self.followUpBox)
        self.followUpNoteLabel.setObjectName(u"followUpNoteLabel")

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followUpNoteLabel)

        self.followUpNoteEdit = QPlainTextEdit(self.followUpBox)
        self.followUpNoteEdit.setObjectName(u"followUpNoteEdit")
        self.followUpNoteEdit.setMaximumSize(QSize(16777215, 70))
        self.followUpNoteEdit.setTabChangesFocus(True)

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.followUpNoteEdit)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.followUpSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpSpacer)

        self.addFollowUpButton = QPushButton(self.followUpBox)
        self.addFollowUpButton.setObjectName(u"addFollowUpButton")

        self.followUpButtons.addWidget(self.addFollowUpButton)


        self.followUpForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.followUpButtons)

        self.followUpFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followUpForm.setItem(4, QFormLayout.ItemRole.SpanningRole, self.followUpFormSpacer)


        self.followUpLayout.addLayout(self.followUpForm)


        self.columnsLayout.addWidget(self.followUpBox)


        self.mainLayout.addLayout(self.columnsLayout)

        self.messageLabel = QLabel(UnorganizedDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UnorganizedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.creditCodeLabel.setBuddy(self.creditCodeEdit)
        self.unitCategoryLabel.setBuddy(self.unitCategoryCombo)
        self.industryLabel.setBuddy(self.industryCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.workersLabel.setBuddy(self.workersEdit)
        self.migrantWorkersLabel.setBuddy(self.migrantWorkersEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.reasonDetailLabel.setBuddy(self.reasonDetailEdit)
        self.responsiblePersonLabel.setBuddy(self.responsiblePersonEdit)
        self.plannedOnLabel.setBuddy(self.plannedOnEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
        self.statusLabel.setBuddy(self.statusValue)
        self.followUpDateLabel.setBuddy(self.followUpDateEdit)
        self.followUpByLabel.setBuddy(self.followUpByEdit)
        self.followUpNoteLabel.setBuddy(self.followUpNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnorganizedDialog)

        QMetaObject.connectSlotsByName(UnorganizedDialog)
    # setupUi

    def retranslateUi(self, UnorganizedDialog):
        UnorganizedDialog.setWindowTitle(QCoreApplication.translate("UnorganizedDialog", u"Employer without a union", None))
        self.nameLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Employer name:", None))
        self.creditCodeLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Unified social credit code:", None))
        self.creditCodeEdit.setPlaceholderText(QCoreApplication.translate("UnorganizedDialog", u"18 characters", None))
        self.unitCategoryLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Unit category:", None))
        self.industryLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Industry:", None))
        self.addressLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Address:", None))
        self.townshipLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Township:", None))
        self.workersLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Workers:", None))
        self.migrantWorkersLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Of whom migrant workers:", None))
        self.reasonLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Reason for no union:", None))
        self.reasonDetailLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Details of the reason:", None))
        self.responsiblePersonLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Person responsible:", None))
        self.plannedOnLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Union planned by:", None))
        self.plannedOnEdit.setPlaceholderText(QCoreApplication.translate("UnorganizedDialog", u"yyyy-mm-dd", None))
        self.remarkLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Remarks:", None))
        self.statusLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Status:", None))
        self.followUpBox.setTitle(QCoreApplication.translate("UnorganizedDialog", u"Follow-up log", None))
        self.followUpDateLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"Date:", None))
        self.followUpDateEdit.setPlaceholderText(QCoreApplication.translate("UnorganizedDialog", u"yyyy-mm-dd", None))
        self.followUpByLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"By:", None))
        self.followUpNoteLabel.setText(QCoreApplication.translate("UnorganizedDialog", u"What was done:", None))
        self.addFollowUpButton.setText(QCoreApplication.translate("UnorganizedDialog", u"Add entry", None))
    # retranslateUi

