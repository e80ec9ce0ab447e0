# generated from forms/aid_bulk_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'aid_bulk_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QToolButton,
    QVBoxLayout, QWidget)

class Ui_BulkAidDialog(object):
    def setupUi(self, BulkAidDialog):
        if not BulkAidDialog.objectName():
            BulkAidDialog.setObjectName(u"BulkAidDialog")
        BulkAidDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(BulkAidDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BulkAidDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaignLabel = QLabel(BulkAidDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignValue = QLabel(BulkAidDialog)
        self.campaignValue.setObjectName(u"campaignValue")
        self.campaignValue.setText(u"")
        self.campaignValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignValue)

        self.categoryLabel = QLabel(BulkAidDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(BulkAidDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.orgLabel = QLabel(BulkAidDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgLayout = QHBoxLayout()
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgEdit = QLineEdit(BulkAidDialog)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setReadOnly(True)

        self.orgLayout.addWidget(self.orgEdit)

        self.chooseOrgButton = QToolButton(BulkAidDialog)
        self.chooseOrgButton.setObjectName(u"chooseOrgButton")

        self.orgLayout.addWidget(self.chooseOrgButton)

        self.clearOrgButton = QToolButton(BulkAidDialog)
        self.clearOrgButton.setObjectName(u"clearOrgButton")

        self.orgLayout.addWidget(self.clearOrgButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.orgLayout)

        self.mainCauseLabel = QLabel(BulkAidDialog)
        self.mainCauseLabel.setObjectName(u"mainCauseLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mainCauseLabel)

        self.mainCauseCombo = QComboBox(BulkAidDialog)
        self.mainCauseCombo.setObjectName(u"mainCauseCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mainCauseCombo)

        self.paidOnLabel = QLabel(BulkAidDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEdit = QLineEdit(BulkAidDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.handlerLabel = QLabel(BulkAidDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(BulkAidDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")
        self.handlerEdit.setMaxLength(50)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handlerEdit)


        self.mainLayout.addLayout(self.form)

        self.previewGroup = QGroupBox(BulkAidDialog)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(self.previewGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setStyleSheet(u"font-size: 14px;")

        self.previewLayout.addWidget(self.previewLabel)

        self.warningLabel = QLabel(self.previewGroup)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #b9770e;")

        self.previewLayout.addWidget(self.warningLabel)


        self.mainLayout.addWidget(self.previewGroup)

        self.messageLabel = QLabel(BulkAidDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BulkAidDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignValue)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.mainCauseLabel.setBuddy(self.mainCauseCombo)
        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.handlerLabel.setBuddy(self.handlerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BulkAidDialog)

        QMetaObject.connectSlotsByName(BulkAidDialog)
    # setupUi

    def retranslateUi(self, BulkAidDialog):
        BulkAidDialog.setWindowTitle(QCoreApplication.translate("BulkAidDialog", u"Generate payments from files", None))
        self.campaignLabel.setText(QCoreApplication.translate("BulkAidDialog", u"Campaign:", None))
        self.categoryLabel.setText(QCoreApplication.translate("BulkAidDialog", u"Category:", None))
        self.orgLabel.setText(QCoreApplication.translate("BulkAidDialog", u"Township or union:", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("BulkAidDialog", u"Whole county", None))
        self.chooseOrgButton.setText(QCoreApplication.translate("BulkAidDialog", u"\u2026", None))
        self.clearOrgButton.setText(QCoreApplication.translate("BulkAidDialog", u"\u00d7", None))
        self.mainCauseLabel.setText(QCoreApplication.translate("BulkAidDialog", u"Main cause:", None))
        self.paidOnLabel.setText(QCoreApplication.translate("BulkAidDialog", u"Paid on:", None))
        self.paidOnEdit.setPlaceholderText(QCoreApplication.translate("BulkAidDialog", u"e.g. 2026-01-25", None))
        self.handlerLabel.setText(QCoreApplication.translate("BulkAidDialog", u"Handled by:", None))
        self.previewGroup.setTitle(QCoreApplication.translate("BulkAidDialog", u"What will be generated", None))
    # retranslateUi

