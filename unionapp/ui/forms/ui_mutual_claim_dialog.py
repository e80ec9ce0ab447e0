# generated from forms/mutual_claim_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mutual_claim_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MutualClaimDialog(object):
    def setupUi(self, MutualClaimDialog):
        if not MutualClaimDialog.objectName():
            MutualClaimDialog.setObjectName(u"MutualClaimDialog")
        MutualClaimDialog.resize(600, 380)
        self.mainLayout = QVBoxLayout(MutualClaimDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.claimForm = QFormLayout()
        self.claimForm.setObjectName(u"claimForm")
        self.claimForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.findLabel = QLabel(MutualClaimDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.claimForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.findEdit = QLineEdit(MutualClaimDialog)
        self.findEdit.setObjectName(u"findEdit")

        self.findLayout.addWidget(self.findEdit)

        self.findButton = QPushButton(MutualClaimDialog)
        self.findButton.setObjectName(u"findButton")

        self.findLayout.addWidget(self.findButton)


        self.claimForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.findLayout)

        self.chosenLabel = QLabel(MutualClaimDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.claimForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chosenLabel)

        self.chosenValue = QLabel(MutualClaimDialog)
        self.chosenValue.setObjectName(u"chosenValue")
        self.chosenValue.setText(u"")
        self.chosenValue.setWordWrap(True)

        self.claimForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chosenValue)

        self.paidOnLabel = QLabel(MutualClaimDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.claimForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEdit = QLineEdit(MutualClaimDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")
        self.paidOnEdit.setMaxLength(20)

        self.claimForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.illnessLabel = QLabel(MutualClaimDialog)
        self.illnessLabel.setObjectName(u"illnessLabel")

        self.claimForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.illnessLabel)

        self.illnessEdit = QLineEdit(MutualClaimDialog)
        self.illnessEdit.setObjectName(u"illnessEdit")
        self.illnessEdit.setMaxLength(120)

        self.claimForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.illnessEdit)

        self.hospitalLabel = QLabel(MutualClaimDialog)
        self.hospitalLabel.setObjectName(u"hospitalLabel")

        self.claimForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hospitalLabel)

        self.hospitalEdit = QLineEdit(MutualClaimDialog)
        self.hospitalEdit.setObjectName(u"hospitalEdit")
        self.hospitalEdit.setMaxLength(120)

        self.claimForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hospitalEdit)

        self.amountLabel = QLabel(MutualClaimDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.claimForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(MutualClaimDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(15)

        self.claimForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.handlerLabel = QLabel(MutualClaimDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.claimForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(MutualClaimDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")
        self.handlerEdit.setMaxLength(50)

        self.claimForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.remarkLabel = QLabel(MutualClaimDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.claimForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QLineEdit(MutualClaimDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaxLength(200)

        self.claimForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remarkEdit)


        self.mainLayout.addLayout(self.claimForm)

        self.messageLabel = QLabel(MutualClaimDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MutualClaimDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.chosenLabel.setBuddy(self.chosenValue)
        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.illnessLabel.setBuddy(self.illnessEdit)
        self.hospitalLabel.setBuddy(self.hospitalEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findEdit, self.findButton)
        QWidget.setTabOrder(self.findButton, self.paidOnEdit)
        QWidget.setTabOrder(self.paidOnEdit, self.illnessEdit)
        QWidget.setTabOrder(self.illnessEdit, self.hospitalEdit)
        QWidget.setTabOrder(self.hospitalEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.handlerEdit)
        QWidget.setTabOrder(self.handlerEdit, self.remarkEdit)

        self.retranslateUi(MutualClaimDialog)

        QMetaObject.connectSlotsByName(MutualClaimDialog)
    # setupUi

    def retranslateUi(self, MutualClaimDialog):
        MutualClaimDialog.setWindowTitle(QCoreApplication.translate("MutualClaimDialog", u"Mutual medical aid claim", None))
        self.findLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Member:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("MutualClaimDialog", u"Name, part of the ID number or member no.", None))
        self.findButton.setText(QCoreApplication.translate("MutualClaimDialog", u"Find", None))
        self.chosenLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Chosen:", None))
        self.paidOnLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Paid on:", None))
        self.paidOnEdit.setPlaceholderText(QCoreApplication.translate("MutualClaimDialog", u"yyyy-mm-dd", None))
        self.illnessLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Illness:", None))
        self.hospitalLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Hospital:", None))
        self.amountLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Amount paid (yuan):", None))
        self.handlerLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Handler:", None))
        self.remarkLabel.setText(QCoreApplication.translate("MutualClaimDialog", u"Remark:", None))
    # retranslateUi

