# generated from forms/member_photo_crop.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_photo_crop.ui'
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
    QFrame, QHBoxLayout, QLabel, QSizePolicy,
    QSlider, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PhotoCropDialog(object):
    def setupUi(self, PhotoCropDialog):
        if not PhotoCropDialog.objectName():
            PhotoCropDialog.setObjectName(u"PhotoCropDialog")
        PhotoCropDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(PhotoCropDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(PhotoCropDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewFrame = QFrame(PhotoCropDialog)
        self.viewFrame.setObjectName(u"viewFrame")
        self.viewFrame.setMinimumSize(QSize(420, 420))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.viewFrame.sizePolicy().hasHeightForWidth())
        self.viewFrame.setSizePolicy(sizePolicy)
        self.viewFrameLayout = QVBoxLayout(self.viewFrame)
        self.viewFrameLayout.setObjectName(u"viewFrameLayout")

        self.viewLayout.addWidget(self.viewFrame)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewCaption = QLabel(PhotoCropDialog)
        self.previewCaption.setObjectName(u"previewCaption")

        self.previewLayout.addWidget(self.previewCaption)

        self.previewLabel = QLabel(PhotoCropDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setMinimumSize(QSize(118, 165))
        self.previewLabel.setMaximumSize(QSize(118, 165))
        self.previewLabel.setFrameShape(QFrame.Shape.Box)
        self.previewLabel.setText(u"")

        self.previewLayout.addWidget(self.previewLabel)

        self.previewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLayout.addItem(self.previewSpacer)


        self.viewLayout.addLayout(self.previewLayout)


        self.mainLayout.addLayout(self.viewLayout)

        self.zoomLayout = QHBoxLayout()
        self.zoomLayout.setObjectName(u"zoomLayout")
        self.zoomLabel = QLabel(PhotoCropDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.zoomLayout.addWidget(self.zoomLabel)

        self.zoomSlider = QSlider(PhotoCropDialog)
        self.zoomSlider.setObjectName(u"zoomSlider")
        self.zoomSlider.setOrientation(Qt.Orientation.Horizontal)
        self.zoomSlider.setMinimum(10)
        self.zoomSlider.setMaximum(100)
        self.zoomSlider.setValue(100)

        self.zoomLayout.addWidget(self.zoomSlider)


        self.mainLayout.addLayout(self.zoomLayout)

        self.buttonBox = QDialogButtonBox(PhotoCropDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PhotoCropDialog)

        QMetaObject.connectSlotsByName(PhotoCropDialog)
    # setupUi

    def retranslateUi(self, PhotoCropDialog):
        PhotoCropDialog.setWindowTitle(QCoreApplication.translate("PhotoCropDialog", u"Crop the photo", None))
        self.hintLabel.setText(QCoreApplication.translate("PhotoCropDialog", u"Drag the frame over the face; the wheel or the slider changes its size. The photo is saved as a 1-inch portrait (25 \u00d7 35 mm).", None))
        self.previewCaption.setText(QCoreApplication.translate("PhotoCropDialog", u"Result:", None))
        self.zoomLabel.setText(QCoreApplication.translate("PhotoCropDialog", u"Frame size:", None))
    # retranslateUi

