# generated from forms/visit_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(980, 620)
        self.mainLayout = QVBoxLayout(VisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(VisitDialog)
        self.tabs.setObjectName(u"tabs")
        self.visitTab = QWidget()
        self.visitTab.setObjectName(u"visitTab")
        self.visitLayout = QHBoxLayout(self.visitTab)
        self.visitLayout.setObjectName(u"visitLayout")
        self.visitForm = QFormLayout()
        self.visitForm.setObjectName(u"visitForm")
        self.visitForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recordNoLabel = QLabel(self.visitTab)
        self.recordNoLabel.setObjectName(u"recordNoLabel")

        self.visitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recordNoLabel)

        self.recordNoValue = QLabel(self.visitTab)
        self.recordNoValue.setObjectName(u"recordNoValue")
        self.recordNoValue.setText(u"")

        self.visitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recordNoValue)

        self.visitedOnLabel = QLabel(self.visitTab)
        self.visitedOnLabel.setObjectName(u"visitedOnLabel")

        self.visitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visitedOnLabel)

        self.visitedOnEdit = QLineEdit(self.visitTab)
        self.visitedOnEdit.setObjectName(u"visitedOnEdit")

        self.visitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visitedOnEdit)

        self.kindLabel = QLabel(self.visitTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.visitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.visitTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.visitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.visitorsLabel = QLabel(self.visitTab)
        self.visitorsLabel.setObjectName(u"visitorsLabel")

        self.visitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.visitorsLabel)

        self.visitorsEdit = QLineEdit(self.visitTab)
        self.visitorsEdit.setObjectName(u"visitorsEdit")
        self.visitorsEdit.setMaxLength(200)

        self.visitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.visitorsEdit)

        self.targetLabel = QLabel(self.visitTab)
        self.targetLabel.setObjectName(u"targetLabel")

        self.visitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(self.visitTab)
        self.targetCombo.setObjectName(u"targetCombo")

        self.visitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.findLabel = QLabel(self.visitTab)
        self.findLabel.setObjectName(u"findLabel")

        self.visitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.findEdit = QLineEdit(self.visitTab)
        self.findEdit.setObjectName(u"findEdit")

        self.findLayout.addWidget(self.findEdit)

        self.findButton = QPushButton(self.visitTab)
        self.findButton.setObjectName(u"findButton")

        self.findLayout.addWidget(self.findButton)


        self.visitForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.findLayout)

        self.chosenLabel = QLabel(self.visitTab)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.visitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.chosenLabel)

        self.chosenValue = QLabel(self.visitTab)
        self.chosenValue.setObjectName(u"chosenValue")
        self.chosenValue.setText(u"")
        self.chosenValue.setWordWrap(True)

        self.visitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.chosenValue)

        self.visiteeNameLabel = QLabel(self.visitTab)
        self.visiteeNameLabel.setObjectName(u"visiteeNameLabel")

        self.visitForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.visiteeNameLabel)

        self.visiteeNameEdit = QLineEdit(self.visitTab)
        self.visiteeNameEdit.setObjectName(u"visiteeNameEdit")
        self.visiteeNameEdit.setMaxLength(100)

        self.visitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.visiteeNameEdit)

        self.visiteeIdNumberLabel = QLabel(self.visitTab)
        self.visiteeIdNumberLabel.setObjectName(u"visiteeIdNumberLabel")

        self.visitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.visiteeIdNumberLabel)

        self.visiteeIdNumberEdit = QLineEdit(self.visitTab)
        self.visiteeIdNumberEdit.setObjectName(u"visiteeIdNumberEdit")
        self.visiteeIdNumberEdit.setMaxLength(30)

        self.visitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.visiteeIdNumberEdit)

        self.visiteeUnitLabel = QLabel(self.visitTab)
        self.visiteeUnitLabel.setObjectName(u"visiteeUnitLabel")

        self.visitForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.visiteeUnitLabel)

        self.visiteeUnitEdit = QLineEdit(self.visitTab)
        self.visiteeUnitEdit.setObjectName(u"visiteeUnitEdit")
        self.visiteeUnitEdit.setMaxLength(120)

        self.visitForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.visiteeUnitEdit)

        self.visiteePhoneLabel = QLabel(self.visitTab)
        self.visiteePhoneLabel.setObjectName(u"visiteePhoneLabel")

        self.visitForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.visiteePhoneLabel)

        self.visiteePhoneEdit = QLineEdit(self.visitTab)
        self.visiteePhoneEdit.setObjectName(u"visiteePhoneEdit")
        self.visiteePhoneEdit.setMaxLength(20)

        self.visitForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.visiteePhoneEdit)

        self.orgLabel = QLabel(self.visitTab)
        self.orgLabel.setObjectName(u"orgLabel")

        self.visitForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(self.visitTab)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(self.visitTab)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(self.visitTab)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.orgLayout.addWidget(self.clearOrgButton)


        self.visitForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.placeLabel = QLabel(self.visitTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.visitForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.visitTab)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.visitForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.visitLayout.addLayout(self.visitForm)

        self.goodsLayout = QVBoxLayout()
        self.goodsLayout.setObjectName(u"goodsLayout")
        self.giftForm = QFormLayout()
        self.giftForm.setObjectName(u"giftForm")
        self.giftForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.moneyLabel = QLabel(self.visitTab)
        self.moneyLabel.setObjectName(u"moneyLabel")

        self.giftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moneyLabel)

        self.moneyEdit = QLineEdit(self.visitTab)
        self.moneyEdit.setObjectName(u"moneyEdit")

        self.giftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.moneyEdit)

        self.paymentLabel = QLabel(self.visitTab)
        self.paymentLabel.setObjectName(u"paymentLabel")

        self.giftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paymentLabel)

        self.paymentCombo = QComboBox(self.visitTab)
        self.paymentCombo.setObjectName(u"paymentCombo")

        self.giftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paymentCombo)

        self.campaignLabel = QLabel(self.visitTab)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.giftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(self.visitTab)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.giftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.disbursementLabel = QLabel(self.visitTab)
        self.disbursementLabel.setObjectName(u"disbursementLabel")

        self.giftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.disbursementLabel)

        self.disbursementCombo = QComboBox(self.visitTab)
        self.disbursementCombo.setObjectName(u"disbursementCombo")

        self.giftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disbursementCombo)

        self.linkedLabel = QLabel(self.visitTab)
        self.linkedLabel.setObjectName(u"linkedLabel")

        self.giftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.linkedLabel)

        self.linkedValue = QLabel(self.visitTab)
        self.linkedValue.setObjectName(u"linkedValue")
        self.linkedValue.setText(u"")
        self.linkedValue.setWordWrap(True)

        self.giftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.linkedValue)


        self.goodsLayout.addLayout(self.giftForm)

        self.goodsTitle = QLabel(self.visitTab)
        self.goodsTitle.setObjectName(u"goodsTitle")

        self.goodsLayout.addWidget(self.goodsTitle)

        self.goodsView = QTableView(self.visitTab)
        self.goodsView.setObjectName(u"goodsView")
        self.goodsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goodsView.setAlternatingRowColors(True)

        self.goodsLayout.addWidget(self.goodsView)

        self.goodsButtons = QHBoxLayout()
        self.goodsButtons.setObjectName(u"goodsButtons")
        self.addGoodsButton = QPushButton(self.visitTab)
        self.addGoodsButton.setObjectName(u"addGoodsButton")

        self.goodsButtons.addWidget(self.addGoodsButton)

        self.removeGoodsButton = QPushButton(self.visitTab)
        self.removeGoodsButton.setObjectName(u"removeGoodsButton")

        self.goodsButtons.addWidget(self.removeGoodsButton)

        self.goodsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goodsButtons.addItem(self.goodsSpacer)


        self.goodsLayout.addLayout(self.goodsButtons)


        self.visitLayout.addLayout(self.goodsLayout)

        self.tabs.addTab(self.visitTab, "")
        self.followTab = QWidget()
        self.followTab.setObjectName(u"followTab")
        self.followLayout = QVBoxLayout(self.followTab)
        self.followLayout.setObjectName(u"followLayout")
        self.followForm = QFormLayout()
        self.followForm.setObjectName(u"followForm")
        self.followForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.learnedLabel = QLabel(self.followTab)
        self.learnedLabel.setObjectName(u"learnedLabel")

        self.followForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.learnedLabel)

        self.learnedEdit = QPlainTextEdit(self.followTab)
        self.learnedEdit.setObjectName(u"learnedEdit")
        self.learnedEdit.setMaximumSize(QSize(16777215, 110))
        self.learnedEdit.setTabChangesFocus(True)

        self.followForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.learnedEdit)

        self.followUpLabel = QLabel(self.followTab)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.followForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpCheck = QCheckBox(self.followTab)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.followForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followUpCheck)

        self.followUpTextLabel = QLabel(self.followTab)
        self.followUpTextLabel.setObjectName(u"followUpTextLabel")

        self.followForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followUpTextLabel)

        self.followUpTextEdit = QPlainTextEdit(self.followTab)
        self.followUpTextEdit.setObjectName(u"followUpTextEdit")
        self.followUpTextEdit.setMaximumSize(QSize(16777215, 80))
        self.followUpTextEdit.setTabChangesFocus(True)

        self.followForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.followUpTextEdit)

        self.outcomeLabel = QLabel(self.followTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.followForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeValue = QLabel(self.followTab)
        self.outcomeValue.setObjectName(u"outcomeValue")
        self.outcomeValue.setText(u"")
        self.outcomeValue.setWordWrap(True)

        self.followForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeValue)

        self.closeFollowUpButton = QPushButton(self.followTab)
        self.closeFollowUpButton.setObjectName(u"closeFollowUpButton")

        self.followForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.closeFollowUpButton)

        self.remarkLabel = QLabel(self.followTab)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.followForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(self.followTab)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 60))
        self.remarkEdit.setTabChangesFocus(True)

        self.followForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.recordedByLabel = QLabel(self.followTab)
        self.recordedByLabel.setObjectName(u"recordedByLabel")

        self.followForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recordedByLabel)

        self.recordedByValue = QLabel(self.followTab)
        self.recordedByValue.setObjectName(u"recordedByValue")
        self.recordedByValue.setText(u"")

        self.followForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recordedByValue)


        self.followLayout.addLayout(self.followForm)

        self.tabs.addTab(self.followTab, "")
        self.photosTab = QWidget()
        self.photosTab.setObjectName(u"photosTab")
        self.photosLayout = QVBoxLayout(self.photosTab)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosView = QTableView(self.photosTab)
        self.photosView.setObjectName(u"photosView")
        self.photosView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.photosView.setAlternatingRowColors(True)

        self.photosLayout.addWidget(self.photosView)

        self.photoButtons = QHBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.addPhotoButton = QPushButton(self.photosTab)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photoButtons.addWidget(self.addPhotoButton)

        self.openPhotoButton = QPushButton(self.photosTab)
        self.openPhotoButton.setObjectName(u"openPhotoButton")

        self.photoButtons.addWidget(self.openPhotoButton)

        self.removePhotoButton = QPushButton(self.photosTab)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoButtons.addWidget(self.removePhotoButton)

        self.photoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoButtons.addItem(self.photoSpacer)


        self.photosLayout.addLayout(self.photoButtons)

        self.tabs.addTab(self.photosTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(VisitDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recordNoLabel.setBuddy(self.recordNoValue)
        self.visitedOnLabel.setBuddy(self.visitedOnEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.visitorsLabel.setBuddy(self.visitorsEdit)
        self.targetLabel.setBuddy(self.targetCombo)
        self.chosenLabel.setBuddy(self.chosenValue)
        self.visiteeNameLabel.setBuddy(self.visiteeNameEdit)
        self.visiteeIdNumberLabel.setBuddy(self.visiteeIdNumberEdit)
        self.visiteeUnitLabel.setBuddy(self.visiteeUnitEdit)
        self.visiteePhoneLabel.setBuddy(self.visiteePhoneEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.moneyLabel.setBuddy(self.moneyEdit)
        self.paymentLabel.setBuddy(self.paymentCombo)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.disbursementLabel.setBuddy(self.disbursementCombo)
        self.linkedLabel.setBuddy(self.linkedValue)
        self.learnedLabel.setBuddy(self.learnedEdit)
        self.followUpLabel.setBuddy(self.followUpCheck)
        self.followUpTextLabel.setBuddy(self.followUpTextEdit)
        self.outcomeLabel.setBuddy(self.outcomeValue)
        self.remarkLabel.setBuddy(self.remarkEdit)
        self.recordedByLabel.setBuddy(self.recordedByValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Visit", None))
        self.recordNoLabel.setText(QCoreApplication.translate("VisitDialog", u"Record no.:", None))
        self.visitedOnLabel.setText(QCoreApplication.translate("VisitDialog", u"Visited on:", None))
        self.visitedOnEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"e.g. 2026-01-20", None))
        self.kindLabel.setText(QCoreApplication.translate("VisitDialog", u"Kind:", None))
        self.visitorsLabel.setText(QCoreApplication.translate("VisitDialog", u"Visitors:", None))
        self.visitorsEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Union cadres who visited", None))
        self.targetLabel.setText(QCoreApplication.translate("VisitDialog", u"Whom:", None))
        self.findLabel.setText(QCoreApplication.translate("VisitDialog", u"Find:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Name, part of the ID number or no.", None))
        self.findButton.setText(QCoreApplication.translate("VisitDialog", u"Find", None))
        self.chosenLabel.setText(QCoreApplication.translate("VisitDialog", u"Chosen:", None))
        self.visiteeNameLabel.setText(QCoreApplication.translate("VisitDialog", u"Name:", None))
        self.visiteeIdNumberLabel.setText(QCoreApplication.translate("VisitDialog", u"ID number:", None))
        self.visiteeUnitLabel.setText(QCoreApplication.translate("VisitDialog", u"Employer:", None))
        self.visiteePhoneLabel.setText(QCoreApplication.translate("VisitDialog", u"Mobile:", None))
        self.orgLabel.setText(QCoreApplication.translate("VisitDialog", u"Union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Taken from the record chosen", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("VisitDialog", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("VisitDialog", u"\u00d7", None))
        self.placeLabel.setText(QCoreApplication.translate("VisitDialog", u"Place:", None))
        self.moneyLabel.setText(QCoreApplication.translate("VisitDialog", u"Money given (yuan):", None))
        self.paymentLabel.setText(QCoreApplication.translate("VisitDialog", u"Record the money as:", None))
        self.campaignLabel.setText(QCoreApplication.translate("VisitDialog", u"Campaign:", None))
        self.disbursementLabel.setText(QCoreApplication.translate("VisitDialog", u"Payment:", None))
        self.linkedLabel.setText(QCoreApplication.translate("VisitDialog", u"Linked payment:", None))
        self.goodsTitle.setText(QCoreApplication.translate("VisitDialog", u"Goods given:", None))
        self.addGoodsButton.setText(QCoreApplication.translate("VisitDialog", u"Add goods", None))
        self.removeGoodsButton.setText(QCoreApplication.translate("VisitDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.visitTab), QCoreApplication.translate("VisitDialog", u"Visit", None))
        self.learnedLabel.setText(QCoreApplication.translate("VisitDialog", u"What was learned:", None))
        self.followUpLabel.setText(QCoreApplication.translate("VisitDialog", u"Follow-up:", None))
        self.followUpCheck.setText(QCoreApplication.translate("VisitDialog", u"Follow-up needed", None))
        self.followUpTextLabel.setText(QCoreApplication.translate("VisitDialog", u"What to follow up:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("VisitDialog", u"Outcome:", None))
        self.closeFollowUpButton.setText(QCoreApplication.translate("VisitDialog", u"Record the outcome\u2026", None))
        self.remarkLabel.setText(QCoreApplication.translate("VisitDialog", u"Remark:", None))
        self.recordedByLabel.setText(QCoreApplication.translate("VisitDialog", u"Recorded by:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followTab), QCoreApplication.translate("VisitDialog", u"Learned and follow-up", None))
        self.addPhotoButton.setText(QCoreApplication.translate("VisitDialog", u"Add\u2026", None))
        self.openPhotoButton.setText(QCoreApplication.translate("VisitDialog", u"Open", None))
        self.removePhotoButton.setText(QCoreApplication.translate("VisitDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.photosTab), QCoreApplication.translate("VisitDialog", u"Photos", None))
    # retranslateUi

