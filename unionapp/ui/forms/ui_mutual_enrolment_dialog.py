# generated from forms/mutual_enrolment_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mutual_enrolment_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QToolButton,
    QVBoxLayout, QWidget)

class Ui_MutualEnrolmentDialog(object):
    def setupUi(self, MutualEnrolmentDialog):
        if not MutualEnrolmentDialog.objectName():
            MutualEnrolmentDialog.setObjectName(u"MutualEnrolmentDialog")
        MutualEnrolmentDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(MutualEnrolmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enrolmentForm = QFormLayout()
        self.enrolmentForm.setObjectName(u"enrolmentForm")
        self.enrolmentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(MutualEnrolmentDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.enrolmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(MutualEnrolmentDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.enrolmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.orgLabel = QLabel(MutualEnrolmentDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.enrolmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(MutualEnrolmentDialog)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)
        self.orgEdit.setMinimumSize(QSize(260, 0))

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(MutualEnrolmentDialog)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)


        self.enrolmentForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.membersLabel = QLabel(MutualEnrolmentDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.enrolmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersEdit = QLineEdit(MutualEnrolmentDialog)
        self.membersEdit.setObjectName(u"membersEdit")
        self.membersEdit.setMaxLength(7)

        self.enrolmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.membersEdit)

        self.feeLabel = QLabel(MutualEnrolmentDialog)
        self.feeLabel.setObjectName(u"feeLabel")

        self.enrolmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeEdit = QLineEdit(MutualEnrolmentDialog)
        self.feeEdit.setObjectName(u"feeEdit")
        self.feeEdit.setMaxLength(15)

        self.enrolmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feeEdit)

        self.enrolledOnLabel = QLabel(MutualEnrolmentDialog)
        self.enrolledOnLabel.setObjectName(u"enrolledOnLabel")

        self.enrolmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.enrolledOnLabel)

        self.enrolledOnEdit = QLineEdit(MutualEnrolmentDialog)
        self.enrolledOnEdit.setObjectName(u"enrolledOnEdit")
        self.enrolledOnEdit.setMaxLength(20)

        self.enrolmentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enrolledOnEdit)

        self.remarkLabel = QLabel(MutualEnrolmentDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.enrolmentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QLineEdit(MutualEnrolmentDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaxLength(200)

        self.enrolmentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.claimsLabel = QLabel(MutualEnrolmentDialog)
        self.claimsLabel.setObjectName(u"claimsLabel")

        self.enrolmentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.claimsLabel)

        self.claimsValue = QLabel(MutualEnrolmentDialog)
        self.claimsValue.setObjectName(u"claimsValue")
        self.claimsValue.setText(u"")

        self.enrolmentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.claimsValue)


        self.mainLayout.addLayout(self.enrolmentForm)

        self.messageLabel = QLabel(MutualEnrolmentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MutualEnrolmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.orgLabel.setBuddy(self.orgEdit)
        self.membersLabel.setBuddy(self.membersEdit)
        self.feeLabel.setBuddy(self.feeEdit)
        self.enrolledOnLabel.setBuddy(self.enrolledOnEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
        self.claimsLabel.setBuddy(self.claimsValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.chooseOrgButton)
        QWidget.setTabOrder(self.chooseOrgButton, self.membersEdit)
        QWidget.setTabOrder(self.membersEdit, self.feeEdit)
        QWidget.setTabOrder(self.feeEdit, self.enrolledOnEdit)
        QWidget.setTabOrder(self.enrolledOnEdit, self.remarkEdit)

        self.retranslateUi(MutualEnrolmentDialog)

        QMetaObject.connectSlotsByName(MutualEnrolmentDialog)
    # setupUi

    def retranslateUi(self, MutualEnrolmentDialog):
        MutualEnrolmentDialog.setWindowTitle(QCoreApplication.translate("MutualEnrolmentDialog", u"Mutual medical aid enrolment", None))
        self.yearLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Year:", None))
        self.orgLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Unit:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("MutualEnrolmentDialog", u"Choose the grassroots union", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"\u2026", None))
        self.membersLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Members enrolled:", None))
        self.feeLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Fee paid (yuan):", None))
        self.enrolledOnLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Enrolled on:", None))
        self.enrolledOnEdit.setPlaceholderText(QCoreApplication.translate("MutualEnrolmentDialog", u"yyyy-mm-dd", None))
        self.remarkLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Remark:", None))
        self.claimsLabel.setText(QCoreApplication.translate("MutualEnrolmentDialog", u"Claims paid:", None))
    # retranslateUi

