"""Crop a member's photo to a 1-inch portrait: 25 × 35 mm, stored as a 295 × 413 px JPEG (300 dpi),
the size the member card and the 会员登记表 print it at. The clerk drags a frame of that shape over
the face and sizes it with the wheel or the slider. The size, quality and first frame come from
unionapp.domain.portrait, which the bulk photo import uses too."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from unionapp.domain.portrait import ASPECT, JPEG_QUALITY, PORTRAIT_SIZE, portrait_frame
from unionapp.ui.forms.ui_member_photo_crop import Ui_PhotoCropDialog


def portrait_jpeg(image: QImage, rect: QRectF) -> bytes:
    """The part `rect` of `image` (image coordinates) as a 295 × 413 JPEG."""
    part = image.copy(rect.toAlignedRect()).scaled(
        *PORTRAIT_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    part.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", JPEG_QUALITY)
    buffer.close()
    return bytes(data.data())


class CropView(QWidget):
    """Shows the image scaled to fit and a portrait-shaped frame the clerk moves and sizes."""

    changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = image
        self._pixmap = QPixmap.fromImage(image)
        self._fraction = 1.0
        self._drag_from: QPointF | None = None
        # The largest frame, a little above the middle (faces sit in the upper part of most photos).
        self.frame = QRectF(*portrait_frame(image.width(), image.height()))
        self._max_height = self.frame.height()
        self.setMinimumSize(300, 300)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    # image ↔ widget coordinates
    def _scale(self) -> float:
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def _offset(self) -> QPointF:
        s = self._scale()
        return QPointF((self.width() - self.image.width() * s) / 2, (self.height() - self.image.height() * s) / 2)

    def _to_widget(self, rect: QRectF) -> QRectF:
        s, o = self._scale(), self._offset()
        return QRectF(o.x() + rect.x() * s, o.y() + rect.y() * s, rect.width() * s, rect.height() * s)

    def set_fraction(self, fraction: float) -> None:
        """Frame height as a share of the largest frame that fits, keeping its centre."""
        fraction = max(0.1, min(1.0, fraction))
        centre = self.frame.center()
        height = self._max_height * fraction
        self.frame = QRectF(0, 0, height * ASPECT, height)
        self.frame.moveCenter(centre)
        self._fraction = fraction
        self._keep_inside()

    @property
    def fraction(self) -> float:
        return self._fraction

    def move_by(self, dx: float, dy: float) -> None:
        self.frame.translate(dx, dy)
        self._keep_inside()

    def _keep_inside(self) -> None:
        r, w, h = self.frame, self.image.width(), self.image.height()
        r.moveLeft(min(max(r.left(), 0), w - r.width()))
        r.moveTop(min(max(r.top(), 0), h - r.height()))
        self.update()
        self.changed.emit()

    def portrait(self) -> bytes:
        return portrait_jpeg(self.image, self.frame)

    # events
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        s, o = self._scale(), self._offset()
        target = QRectF(o.x(), o.y(), self.image.width() * s, self.image.height() * s)
        painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        frame = self._to_widget(self.frame)
        shade = QColor(0, 0, 0, 110)
        painter.fillRect(QRectF(target.left(), target.top(), target.width(), frame.top() - target.top()), shade)
        painter.fillRect(QRectF(target.left(), frame.bottom(), target.width(), target.bottom() - frame.bottom()), shade)
        painter.fillRect(QRectF(target.left(), frame.top(), frame.left() - target.left(), frame.height()), shade)
        painter.fillRect(QRectF(frame.right(), frame.top(), target.right() - frame.right(), frame.height()), shade)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(frame)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._drag_from = event.position()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag_from is None:
            return
        delta = event.position() - self._drag_from
        self._drag_from = event.position()
        s = self._scale()
        self.move_by(delta.x() / s, delta.y() / s)

    def mouseReleaseEvent(self, _event) -> None:  # noqa: N802
        self._drag_from = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def wheelEvent(self, event) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        self.set_fraction(self._fraction * (0.95 ** steps))


class PhotoCropDialog(QDialog):
    def __init__(self, image: QImage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PhotoCropDialog()
        self.ui.setupUi(self)
        self.view = CropView(image, self)
        self.ui.viewFrameLayout.addWidget(self.view)
        self.view.changed.connect(self._preview)
        self.view.changed.connect(self._sync_slider)
        self.ui.zoomSlider.valueChanged.connect(lambda value: self.view.set_fraction(value / 100))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._preview()

    def _sync_slider(self) -> None:
        slider = self.ui.zoomSlider
        slider.blockSignals(True)
        slider.setValue(round(self.view.fraction * 100))
        slider.blockSignals(False)

    def _preview(self) -> None:
        part = self.view.image.copy(self.view.frame.toAlignedRect())
        label = self.ui.previewLabel
        label.setPixmap(QPixmap.fromImage(part).scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))

    def result_jpeg(self) -> bytes:
        return self.view.portrait()

    @classmethod
    def crop(cls, parent: QWidget | None, image: QImage) -> bytes | None:
        """Show modally; the portrait JPEG, or None when cancelled."""
        dialog = cls(image, parent)
        try:
            return dialog.result_jpeg() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
