# generated from forms/organization_dissolve.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_dissolve.ui'
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
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DissolveOrgDialog(object):
    def setupUi(self, DissolveOrgDialog):
        if not DissolveOrgDialog.objectName():
            DissolveOrgDialog.setObjectName(u"DissolveOrgDialog")
        DissolveOrgDialog.resize(480, 240)
        self.mainLayout = QVBoxLayout(DissolveOrgDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(DissolveOrgDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.dissolveForm = QFormLayout()
        self.dissolveForm.setObjectName(u"dissolveForm")
        self.dissolveForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(DissolveOrgDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.dissolveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.dissolveRadio = QRadioButton(DissolveOrgDialog)
        self.dissolveRadio.setObjectName(u"dissolveRadio")
        self.dissolveRadio.setChecked(True)

        self.kindLayout.addWidget(self.dissolveRadio)

        self.mergeRadio = QRadioButton(DissolveOrgDialog)
        self.mergeRadio.setObjectName(u"mergeRadio")

        self.kindLayout.addWidget(self.mergeRadio)

        self.kindSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.dissolveForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.targetLabel = QLabel(DissolveOrgDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.dissolveForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetLayout = QHBoxLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetEdit = QLineEdit(DissolveOrgDialog)
        self.targetEdit.setObjectName(u"targetEdit")
        self.targetEdit.setReadOnly(True)

        self.targetLayout.addWidget(self.targetEdit)

        self.chooseTargetButton = QPushButton(DissolveOrgDialog)
        self.chooseTargetButton.setObjectName(u"chooseTargetButton")

        self.targetLayout.addWidget(self.chooseTargetButton)


        self.dissolveForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.targetLayout)

        self.dateLabel = QLabel(DissolveOrgDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dissolveForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DissolveOrgDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(20)

        self.dissolveForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(DissolveOrgDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dissolveForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(DissolveOrgDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.dissolveForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.dissolveFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dissolveForm.setItem(4, QFormLayout.ItemRole.SpanningRole, self.dissolveFormSpacer)


        self.mainLayout.addLayout(self.dissolveForm)

        self.messageLabel = QLabel(DissolveOrgDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DissolveOrgDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DissolveOrgDialog)

        QMetaObject.connectSlotsByName(DissolveOrgDialog)
    # setupUi

    def retranslateUi(self, DissolveOrgDialog):
        DissolveOrgDialog.setWindowTitle(QCoreApplication.translate("DissolveOrgDialog", u"Dissolve or merge", None))
        self.kindLabel.setText(QCoreApplication.translate("DissolveOrgDialog", u"Kind:", None))
        self.dissolveRadio.setText(QCoreApplication.translate("DissolveOrgDialog", u"Dissolved", None))
        self.mergeRadio.setText(QCoreApplication.translate("DissolveOrgDialog", u"Merged into another union", None))
        self.targetLabel.setText(QCoreApplication.translate("DissolveOrgDialog", u"Merged into:", None))
        self.chooseTargetButton.setText(QCoreApplication.translate("DissolveOrgDialog", u"Choose\u2026", None))
        self.dateLabel.setText(QCoreApplication.translate("DissolveOrgDialog", u"Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("DissolveOrgDialog", u"yyyy-mm-dd", None))
        self.reasonLabel.setText(QCoreApplication.translate("DissolveOrgDialog", u"Reason:", None))
    # retranslateUi

