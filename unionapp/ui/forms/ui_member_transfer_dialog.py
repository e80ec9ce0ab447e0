# generated from forms/member_transfer_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_transfer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberTransferDialog(object):
    def setupUi(self, MemberTransferDialog):
        if not MemberTransferDialog.objectName():
            MemberTransferDialog.setObjectName(u"MemberTransferDialog")
        MemberTransferDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(MemberTransferDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(MemberTransferDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.transferForm = QFormLayout()
        self.transferForm.setObjectName(u"transferForm")
        self.transferForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentOrgLabel = QLabel(MemberTransferDialog)
        self.currentOrgLabel.setObjectName(u"currentOrgLabel")

        self.transferForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentOrgLabel)

        self.currentOrgValue = QLabel(MemberTransferDialog)
        self.currentOrgValue.setObjectName(u"currentOrgValue")
        self.currentOrgValue.setText(u"")
        self.currentOrgValue.setWordWrap(True)

        self.transferForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentOrgValue)

        self.insideRadio = QRadioButton(MemberTransferDialog)
        self.insideRadio.setObjectName(u"insideRadio")
        self.insideRadio.setChecked(True)

        self.transferForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.insideRadio)

        self.targetLabel = QLabel(MemberTransferDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.transferForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetLayout = QHBoxLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetEdit = QLineEdit(MemberTransferDialog)
        self.targetEdit.setObjectName(u"targetEdit")
        self.targetEdit.setReadOnly(True)

        self.targetLayout.addWidget(self.targetEdit)

        self.chooseTargetButton = QPushButton(MemberTransferDialog)
        self.chooseTargetButton.setObjectName(u"chooseTargetButton")

        self.targetLayout.addWidget(self.chooseTargetButton)


        self.transferForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.targetLayout)

        self.outsideRadio = QRadioButton(MemberTransferDialog)
        self.outsideRadio.setObjectName(u"outsideRadio")

        self.transferForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outsideRadio)

        self.outsideLabel = QLabel(MemberTransferDialog)
        self.outsideLabel.setObjectName(u"outsideLabel")

        self.transferForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outsideLabel)

        self.outsideEdit = QLineEdit(MemberTransferDialog)
        self.outsideEdit.setObjectName(u"outsideEdit")
        self.outsideEdit.setMaxLength(120)

        self.transferForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outsideEdit)

        self.dateLabel = QLabel(MemberTransferDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.transferForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(MemberTransferDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(20)

        self.transferForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(MemberTransferDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.transferForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(MemberTransferDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.transferForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.transferFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.transferForm.setItem(7, QFormLayout.ItemRole.SpanningRole, self.transferFormSpacer)


        self.mainLayout.addLayout(self.transferForm)

        self.hintLabel = QLabel(MemberTransferDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(MemberTransferDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MemberTransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentOrgLabel.setBuddy(self.currentOrgValue)
        self.outsideLabel.setBuddy(self.outsideEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberTransferDialog)

        QMetaObject.connectSlotsByName(MemberTransferDialog)
    # setupUi

    def retranslateUi(self, MemberTransferDialog):
        MemberTransferDialog.setWindowTitle(QCoreApplication.translate("MemberTransferDialog", u"Transfer membership", None))
        self.currentOrgLabel.setText(QCoreApplication.translate("MemberTransferDialog", u"Current union:", None))
        self.insideRadio.setText(QCoreApplication.translate("MemberTransferDialog", u"To a union in this county", None))
        self.targetLabel.setText(QCoreApplication.translate("MemberTransferDialog", u"Receiving union:", None))
        self.chooseTargetButton.setText(QCoreApplication.translate("MemberTransferDialog", u"Choose\u2026", None))
        self.outsideRadio.setText(QCoreApplication.translate("MemberTransferDialog", u"To a union outside the county", None))
        self.outsideLabel.setText(QCoreApplication.translate("MemberTransferDialog", u"Union outside:", None))
        self.outsideEdit.setPlaceholderText(QCoreApplication.translate("MemberTransferDialog", u"Full name of the receiving union", None))
        self.dateLabel.setText(QCoreApplication.translate("MemberTransferDialog", u"Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("MemberTransferDialog", u"yyyy-mm-dd", None))
        self.reasonLabel.setText(QCoreApplication.translate("MemberTransferDialog", u"Reason:", None))
    # retranslateUi

