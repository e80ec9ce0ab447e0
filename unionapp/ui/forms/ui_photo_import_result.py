# generated from forms/photo_import_result.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'photo_import_result.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PhotoImportResultDialog(object):
    def setupUi(self, PhotoImportResultDialog):
        if not PhotoImportResultDialog.objectName():
            PhotoImportResultDialog.setObjectName(u"PhotoImportResultDialog")
        PhotoImportResultDialog.resize(720, 420)
        self.mainLayout = QVBoxLayout(PhotoImportResultDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(PhotoImportResultDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(PhotoImportResultDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.mainLayout.addWidget(self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(PhotoImportResultDialog)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setReadOnly(True)

        self.mainLayout.addWidget(self.problemsEdit)

        self.buttonBox = QDialogButtonBox(PhotoImportResultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.problemsLabel.setBuddy(self.problemsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PhotoImportResultDialog)

        QMetaObject.connectSlotsByName(PhotoImportResultDialog)
    # setupUi

    def retranslateUi(self, PhotoImportResultDialog):
        PhotoImportResultDialog.setWindowTitle(QCoreApplication.translate("PhotoImportResultDialog", u"Photo import", None))
        self.problemsLabel.setText(QCoreApplication.translate("PhotoImportResultDialog", u"Files not imported, and why:", None))
    # retranslateUi

