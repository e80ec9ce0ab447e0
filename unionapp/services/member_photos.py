"""Bulk photo import (DESIGN §2.2): a folder of photo files, each named by the member's ID number or
会员编号, becomes the members' 1-inch portraits. Pillow does the picture work, so the command line
and the window share it and neither needs Qt.

File names are only trusted when they leave no doubt: a name with two different numbers, a
number that is no valid ID, or a number no member has is reported, never guessed at."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from unionapp.db.models import Member, MemberPhoto, Organization
from unionapp.domain.errors import DomainError
from unionapp.domain.idcard import parse_id_number
from unionapp.domain.portrait import JPEG_QUALITY, PORTRAIT_SIZE, portrait_frame
from unionapp.domain.text import to_halfwidth
from unionapp.services import audit
from unionapp.services.common import in_scope
from unionapp.services.errors import Cancelled, ValidationError
from unionapp.services.rights import Actor, Right

# progress(done, total) → False to cancel (ui.jobs passes the clerk's cancel button this way).
Progress = Callable[[int, int], object]

IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"})
# The formats those extensions hold (JPEG includes the multi-picture JPEG some cameras write). Pillow
# is told to try only these, so a renamed EPS never reaches the plug-in that runs Ghostscript.
_FORMATS = ("JPEG", "PNG", "BMP", "GIF", "TIFF", "WEBP")
MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any ID photo; refused before it is read or decoded
# Refused before decoding: a small file can claim a huge picture (a "decompression bomb"), and a
# picture this size already takes hundreds of MB once decoded.
MAX_PIXELS = 100_000_000
# Rows written per statement; the photos of one chunk are all that sits in memory at a time.
CHUNK = 100

_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?![0-9])", re.ASCII)


# --------------------------------------------------------------------------------- the picture
def portrait_from_file(data: bytes) -> bytes:
    """The photo in `data` (any common image file) as the stored portrait: upright, RGB, the largest
    25:35 frame (centred across, a little above the middle), 295 × 413 px, JPEG quality 90. No
    metadata is carried over, so neither the camera's orientation tag nor its GPS position is kept.
    Raises ValidationError with a Chinese reason for anything that is not a usable picture."""
    if not data:
        raise _refused("文件是空的")
    if len(data) > MAX_FILE_BYTES:
        raise _refused(_too_big(len(data)))
    try:
        image = Image.open(io.BytesIO(data), formats=_FORMATS)
    except UnidentifiedImageError:
        raise _refused("不是图片文件，或是不支持的图片格式") from None
    except Image.DecompressionBombError:
        raise _refused(_too_many_pixels()) from None
    except Exception:  # noqa: BLE001 - a plug-in chokes on a damaged header in its own way
        raise _refused("图片文件已损坏，无法读取") from None
    with image:
        if image.width * image.height > MAX_PIXELS:
            raise _refused(_too_many_pixels())
        try:
            return _portrait(image)
        except MemoryError:
            raise _refused("图片太大，内存不足以处理，请先缩小后再导入") from None
        except Exception:  # noqa: BLE001 - truncated data, broken EXIF, odd modes: all unreadable to us
            raise _refused("图片文件已损坏或不完整，无法读取") from None


def _portrait(image: Image.Image) -> bytes:
    # A JPEG can be decoded at 1/2, 1/4 or 1/8 of its size almost for free; twice the portrait's
    # longer side either way keeps enough detail for any crop (draft never goes below the size asked).
    side = 2 * max(PORTRAIT_SIZE)
    image.draft("RGB", (side, side))
    upright = ImageOps.exif_transpose(image)  # phones store pictures sideways and say so in EXIF
    rgb = _on_white(upright)
    left, top, width, height = portrait_frame(rgb.width, rgb.height)
    portrait = rgb.resize(PORTRAIT_SIZE, Image.Resampling.LANCZOS, box=(left, top, left + width, top + height))
    out = io.BytesIO()
    portrait.save(out, "JPEG", quality=JPEG_QUALITY, dpi=(300, 300))
    return out.getvalue()


def _on_white(image: Image.Image) -> Image.Image:
    """RGB; a transparent background becomes white (the colour of an ID photo's), not black."""
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def _refused(reason: str) -> ValidationError:
    return ValidationError({"photo": reason})


def _too_big(size: int) -> str:
    return f"文件过大（{size / 1024 / 1024:.1f} MB），单张照片不能超过 {MAX_FILE_BYTES // 1024 // 1024} MB"


def _too_many_pixels() -> str:
    return f"图片像素过多（超过 {MAX_PIXELS // 10_000} 万像素），请先缩小后再导入"


# --------------------------------------------------------------------------------- the file name
@dataclass(frozen=True)
class PhotoMatch:
    """Whose photo a file is: member_id None means unmatched, and `reason` says why."""

    member_id: int | None
    name: str = ""
    org_path: str = ""
    reason: str = ""


_MemberKey = tuple[int, str, str, str]  # id, name, member_no, org path


def _member_by(session: Session, column, value: str) -> _MemberKey | None:
    row = session.execute(
        select(Member.id, Member.name, Member.member_no, Organization.path)
        .join(Organization, Member.org_id == Organization.id).where(column == value)
    ).first()
    return tuple(row) if row else None


def _numbers_in(stem: str) -> tuple[list[str], list[str], list[str]]:
    """(valid ID numbers in their 18-digit form, messages of ID-shaped numbers that are not valid,
    12-digit member numbers), each without repeats, in the order they appear. Other runs of digits
    (a phone, a date, the "(1)" of a copied file) are not numbers that name a member."""
    text = to_halfwidth(stem).upper()
    ids: list[str] = []
    bad: list[str] = []
    member_nos: list[str] = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group()
        if len(run) == 17 and text[match.end():match.end() + 1] == "X":
            run += "X"
        if len(run) in (15, 18):
            try:
                number = parse_id_number(run).number
            except DomainError as exc:
                if exc.message not in bad:
                    bad.append(exc.message)
                continue
            if number not in ids:
                ids.append(number)
        elif len(run) == 12 and run not in member_nos:
            member_nos.append(run)
    return ids, bad, member_nos


def match_member(session: Session, stem: str) -> PhotoMatch:
    """The member a file name (without its extension) names. A valid ID number (18 digits, or an old
    15-digit one) decides first, then a 12-digit 会员编号; a name or other text around them is
    ignored. When a name holds both kinds they must name the same member. Anything less certain
    is unmatched, with the reason in Chinese."""
    ids, bad, member_nos = _numbers_in(stem.strip())
    if len(ids) > 1:
        return PhotoMatch(None, reason=f"文件名中有 {len(ids)} 个不同的身份证号码，无法确定是谁")
    if len(member_nos) > 1:
        return PhotoMatch(None, reason=f"文件名中有 {len(member_nos)} 个不同的会员编号，无法确定是谁")
    by_number = _member_by(session, Member.member_no, member_nos[0]) if member_nos else None
    if ids:
        found = _member_by(session, Member.id_number, ids[0])
        if found is None:
            return PhotoMatch(None, reason=f"没有身份证号码为 {ids[0]} 的会员")
        if member_nos and (by_number is None or by_number[0] != found[0]):
            return PhotoMatch(None, reason="文件名中的身份证号码和会员编号不是同一会员")
    elif bad:
        # A mistyped ID beside a member number still leaves two readings of the name: not guessed.
        extra = f"；文件名中另有会员编号 {member_nos[0]}，无法确定是谁" if member_nos else ""
        return PhotoMatch(None, reason=bad[0] + extra)
    elif member_nos:
        found = by_number
        if found is None:
            return PhotoMatch(None, reason=f"没有会员编号为 {member_nos[0]} 的会员")
    else:
        return PhotoMatch(None, reason="文件名中没有身份证号码（18位或15位）或会员编号（12位）")
    member_id, name, _member_no, path = found
    return PhotoMatch(member_id, name, path)


# --------------------------------------------------------------------------------- the import
@dataclass(frozen=True)
class PhotoImportResult:
    saved: int  # members who had no photo and now have one
    replaced: int  # members whose photo was replaced (replace=True)
    kept: int  # members who already had a photo and kept it (replace=False)
    unmatched: tuple[tuple[str, str], ...]  # (file name, reason)
    refused: tuple[tuple[str, str], ...]  # (file name, reason)
    other_files: int  # files in the folder that are not pictures, skipped

    @property
    def stored(self) -> int:
        return self.saved + self.replaced


def photo_files(folder: Path) -> tuple[list[Path], int]:
    """The picture files directly in `folder`, and how many other files it holds. Sorted by name
    without the extension, so "X.jpg" comes before the "X(1).jpg" Windows makes when copying. Hidden
    files count as other files: "._photo.jpg" is macOS bookkeeping on a USB stick, not a picture."""
    files = [p for p in folder.iterdir() if p.is_file()]
    pictures = sorted((p for p in files if p.suffix.lower() in IMAGE_EXTENSIONS and not p.name.startswith(".")),
                      key=lambda p: (p.stem.casefold(), p.name))
    return pictures, len(files) - len(pictures)


def import_photos(session: Session, actor: Actor, folder: Path, *, replace: bool,
                  progress: Progress | None = None) -> PhotoImportResult:
    """Store the photos of `folder` (not its sub-folders) in the caller's transaction. Files are
    handled in name order, so when two files name the same member the first one wins, whatever
    the disk's own order. progress(done, total) returning False raises Cancelled, and the caller's
    rollback then leaves every photo as it was."""
    actor.require(Right.EDIT)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError({"folder": f"找不到文件夹“{folder}”"})
    files, other_files = photo_files(folder)
    writer = _PhotoWriter(session)
    unmatched: list[tuple[str, str]] = []
    refused: list[tuple[str, str]] = []
    claimed: dict[int, str] = {}  # member id → the file that named them first
    kept = 0
    for done, path in enumerate(files):
        _report(progress, done, len(files))
        match = match_member(session, path.stem)
        if match.member_id is None:
            unmatched.append((path.name, match.reason))
            continue
        if not in_scope(actor, match.org_path):
            refused.append((path.name, "该会员不在您的管辖范围内"))
            continue
        first = claimed.setdefault(match.member_id, path.name)
        if first != path.name:
            refused.append((path.name, f"与“{first}”是同一会员（{match.name}），以前一个文件为准"))
            continue
        has_photo = writer.has_photo(match.member_id)
        if has_photo and not replace:
            kept += 1
            continue
        try:
            portrait = portrait_from_file(_read(path))
        except ValidationError as exc:
            refused.append((path.name, exc.message))
            continue
        writer.store(match.member_id, portrait, replace=has_photo)
    writer.finish()
    result = PhotoImportResult(len(writer.saved), len(writer.replaced), kept, tuple(unmatched), tuple(refused),
                               other_files)
    if result.stored:
        audit.record(
            session, actor, "import", "member", None,
            f"批量导入会员照片（文件夹“{folder.name}”）：新增 {result.saved} 张，更换 {result.replaced} 张，"
            f"已有照片未换 {kept} 人，未匹配 {len(unmatched)} 个文件，拒绝 {len(refused)} 个文件",
            # The member ids let the log answer "when did this member's photo change" one by one.
            after={"saved": result.saved, "replaced": result.replaced, "kept": kept, "unmatched": len(unmatched),
                   "refused": len(refused), "other_files": other_files,
                   "saved_member_ids": writer.saved, "replaced_member_ids": writer.replaced},
        )
    _report(progress, len(files), len(files))
    return result


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # not even read: a stray video in the folder costs nothing
            raise _refused(_too_big(size))
        return path.read_bytes()
    except OSError as exc:
        raise _refused(f"无法读取文件：{exc.strerror or exc}") from None


class _PhotoWriter:
    """Writes photos with plain INSERT / UPDATE statements rather than ORM objects: nothing stays in
    the session's identity map (10,000 photos would otherwise sit in memory until the commit), and
    a replaced photo's old bytes are never loaded. New photos go in one statement per chunk."""

    def __init__(self, session: Session):
        self.session = session
        self._pending: list[dict] = []
        self.saved: list[int] = []
        self.replaced: list[int] = []

    def has_photo(self, member_id: int) -> bool:
        return self.session.scalar(select(MemberPhoto.member_id).where(MemberPhoto.member_id == member_id)) is not None

    def store(self, member_id: int, image: bytes, *, replace: bool) -> None:
        now = datetime.now()
        if replace:
            self.session.execute(update(MemberPhoto).where(MemberPhoto.member_id == member_id)
                                 .values(image=image, mime="image/jpeg", updated_at=now))
            self.replaced.append(member_id)
            return
        self._pending.append({"member_id": member_id, "image": image, "mime": "image/jpeg", "updated_at": now})
        self.saved.append(member_id)
        if len(self._pending) >= CHUNK:
            self.finish()

    def finish(self) -> None:
        if self._pending:
            self.session.execute(insert(MemberPhoto), self._pending)
            self._pending = []
