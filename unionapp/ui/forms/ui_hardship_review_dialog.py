# generated from forms/hardship_review_dialog.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hardship_review_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_HardshipReviewDialog(object):
    def setupUi(self, HardshipReviewDialog):
        if not HardshipReviewDialog.objectName():
            HardshipReviewDialog.setObjectName(u"HardshipReviewDialog")
        HardshipReviewDialog.resize(520, 380)
        self.mainLayout = QVBoxLayout(HardshipReviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(HardshipReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileLabel = QLabel(HardshipReviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileValue = QLabel(HardshipReviewDialog)
        self.fileValue.setObjectName(u"fileValue")
        self.fileValue.setText(u"")
        self.fileValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileValue)

        self.yearLabel = QLabel(HardshipReviewDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(HardshipReviewDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.resultLabel = QLabel(HardshipReviewDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultCombo = QComboBox(HardshipReviewDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.categoryLabel = QLabel(HardshipReviewDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(HardshipReviewDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.outcomeLabel = QLabel(HardshipReviewDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(HardshipReviewDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.dateLabel = QLabel(HardshipReviewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(HardshipReviewDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.opinionLabel = QLabel(HardshipReviewDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.opinionLabel)

        self.opinionEdit = QPlainTextEdit(HardshipReviewDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setMaximumSize(QSize(16777215, 110))
        self.opinionEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.opinionEdit)

        self.reasonLabel = QLabel(HardshipReviewDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(HardshipReviewDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(HardshipReviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(HardshipReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileValue)
        self.yearLabel.setBuddy(self.yearSpin)
        self.resultLabel.setBuddy(self.resultCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.opinionLabel.setBuddy(self.opinionEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HardshipReviewDialog)

        QMetaObject.connectSlotsByName(HardshipReviewDialog)
    # setupUi

    def retranslateUi(self, HardshipReviewDialog):
        HardshipReviewDialog.setWindowTitle(QCoreApplication.translate("HardshipReviewDialog", u"Hardship file", None))
        self.fileLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"File:", None))
        self.yearLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"Year:", None))
        self.resultLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"Conclusion:", None))
        self.categoryLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"New category:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"Outcome:", None))
        self.dateLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("HardshipReviewDialog", u"e.g. 2026-11-21", None))
        self.opinionLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"Opinion:", None))
        self.reasonLabel.setText(QCoreApplication.translate("HardshipReviewDialog", u"Reason:", None))
    # retranslateUi

