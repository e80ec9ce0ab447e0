# generated from forms/member_event_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_event_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MembershipEventDialog(object):
    def setupUi(self, MembershipEventDialog):
        if not MembershipEventDialog.objectName():
            MembershipEventDialog.setObjectName(u"MembershipEventDialog")
        MembershipEventDialog.resize(440, 200)
        self.mainLayout = QVBoxLayout(MembershipEventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(MembershipEventDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.eventForm = QFormLayout()
        self.eventForm.setObjectName(u"eventForm")
        self.eventForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(MembershipEventDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(MembershipEventDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(20)

        self.eventForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(MembershipEventDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(MembershipEventDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.eventForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.eventFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.eventForm.setItem(2, QFormLayout.ItemRole.SpanningRole, self.eventFormSpacer)


        self.mainLayout.addLayout(self.eventForm)

        self.messageLabel = QLabel(MembershipEventDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MembershipEventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MembershipEventDialog)

        QMetaObject.connectSlotsByName(MembershipEventDialog)
    # setupUi

    def retranslateUi(self, MembershipEventDialog):
        MembershipEventDialog.setWindowTitle(QCoreApplication.translate("MembershipEventDialog", u"Membership", None))
        self.dateLabel.setText(QCoreApplication.translate("MembershipEventDialog", u"Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("MembershipEventDialog", u"yyyy-mm-dd", None))
        self.reasonLabel.setText(QCoreApplication.translate("MembershipEventDialog", u"Reason:", None))
    # retranslateUi

