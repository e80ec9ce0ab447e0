"""Bulk photo import (DESIGN §2.2): pictures of every common kind become upright 1-inch portraits,
file names find their member by ID number or 会员编号 and are never guessed at, and the import
keeps to the clerk's rights and scope, writes one audit entry and can be cancelled."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import AuditEntry, MemberPhoto, Organization
from unionapp.domain.idcard import convert_15_to_18, id_check_digit
from unionapp.domain.portrait import ASPECT, PORTRAIT_SIZE, portrait_frame
from unionapp.services import member_photos
from unionapp.services.errors import Cancelled, PermissionDenied, ValidationError
from unionapp.services.member_photos import import_photos, match_member, portrait_from_file
from unionapp.services.members import MemberInput, create_member, set_photo

RED, GREEN, BLUE, WHITE = (220, 20, 20), (20, 200, 20), (20, 20, 220), (255, 255, 255)


def valid_id(first17: str) -> str:
    return first17 + id_check_digit(first17)


HONGMEI = "11010519491231002X"  # ends in X
OLD_15 = "370602850315123"  # an old card's number; stored as its 18-digit form
JIANGUO = valid_id("37060219800315123")
LIHUA = valid_id("37060219920708002")
WANGFANG = valid_id("37060219781224002")
ZHAOLEI = valid_id("37060219880101001")
SUNLI = valid_id("37060219900202002")


# ---------------------------------------------------------------------------- pictures
def picture(size, paint, mode="RGB", background=WHITE) -> Image.Image:
    """An image of `size` with the rectangles of `paint` [(box, colour)] drawn on `background`."""
    image = Image.new(mode, size, background)
    for box, colour in paint:
        image.paste(colour, box)
    return image


def encoded(image: Image.Image, fmt: str = "JPEG", **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def near(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def test_landscape_is_cropped_in_the_middle_at_full_height():
    # 800 × 400: the frame is 286 px wide, centred (257–543); only the green band is inside it.
    image = picture((800, 400), [((0, 0, 250, 400), RED), ((250, 0, 550, 400), GREEN), ((550, 0, 800, 400), BLUE)])
    portrait = decoded(portrait_from_file(encoded(image)))
    assert portrait.format == "JPEG" and portrait.size == PORTRAIT_SIZE and portrait.mode == "RGB"
    w, h = PORTRAIT_SIZE
    for xy in ((2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3), (w // 2, h // 2)):
        assert near(portrait.getpixel(xy), GREEN), xy


def test_tall_picture_keeps_its_upper_part():
    # 400 × 1000: the frame is 560 px high; 30 % of the 440 spare pixels go above it (132–692).
    # Centred (220–780) it would reach the blue band at the bottom.
    image = picture((400, 1000), [((0, 0, 400, 120), RED), ((0, 120, 400, 700), GREEN), ((0, 700, 400, 1000), BLUE)])
    portrait = decoded(portrait_from_file(encoded(image, quality=95)))
    assert portrait.size == PORTRAIT_SIZE
    w, h = PORTRAIT_SIZE
    assert near(portrait.getpixel((w // 2, 2)), GREEN) and near(portrait.getpixel((w // 2, h - 3)), GREEN)


def test_transparent_png_lands_on_white():
    image = picture((300, 420), [((100, 150, 200, 270), (0, 0, 0, 255))], mode="RGBA", background=(0, 0, 0, 0))
    portrait = decoded(portrait_from_file(encoded(image, "PNG")))
    assert portrait.size == PORTRAIT_SIZE
    assert near(portrait.getpixel((3, 3)), WHITE) and near(portrait.getpixel((PORTRAIT_SIZE[0] // 2, 206)), (0, 0, 0))


def test_exif_orientation_is_applied():
    # Stored 600 × 400 with the left half red; EXIF orientation 6 (turn 90° clockwise to view) means
    # the picture is 400 × 600 upright with red on top. Unturned, red would be on the left instead.
    image = picture((600, 400), [((0, 0, 300, 400), RED), ((300, 0, 600, 400), BLUE)])
    exif = Image.Exif()
    exif[0x0112] = 6
    portrait = decoded(portrait_from_file(encoded(image, exif=exif)))
    w, h = PORTRAIT_SIZE
    assert portrait.size == PORTRAIT_SIZE
    assert near(portrait.getpixel((w // 2, 10)), RED) and near(portrait.getpixel((w // 2, h - 10)), BLUE)
    assert near(portrait.getpixel((5, 10)), RED) and near(portrait.getpixel((w - 5, 10)), RED)
    assert portrait.getexif().get(0x0112) is None  # nothing left to turn it a second time


@pytest.mark.parametrize(("fmt", "mode"), [("PNG", "RGB"), ("BMP", "RGB"), ("GIF", "P"), ("TIFF", "RGB"),
                                           ("WEBP", "RGB"), ("JPEG", "L"), ("JPEG", "CMYK"), ("PNG", "LA")])
def test_common_kinds_of_picture(fmt, mode):
    image = picture((500, 700), [((100, 100, 400, 600), GREEN)]).convert(mode)
    assert decoded(portrait_from_file(encoded(image, fmt))).size == PORTRAIT_SIZE


def test_a_big_camera_jpeg_is_reduced_while_decoding():
    image = picture((6000, 4000), [((2500, 0, 3500, 4000), GREEN)])
    assert decoded(portrait_from_file(encoded(image, quality=80))).size == PORTRAIT_SIZE


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "文件是空的"),
    (b"this is a text file, not a photo", "不是图片文件"),
    (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "不是图片文件"),  # EPS is never opened
])
def test_what_is_not_a_picture_is_refused(data, reason):
    with pytest.raises(ValidationError) as info:
        portrait_from_file(data)
    assert reason in info.value.message


def test_a_damaged_picture_is_refused():
    whole = encoded(picture((500, 700), [((0, 0, 250, 700), RED)]))
    with pytest.raises(ValidationError) as info:
        portrait_from_file(whole[: len(whole) // 2])
    assert "损坏" in info.value.message


def test_oversized_files_and_pictures_are_refused_before_decoding(monkeypatch):
    with pytest.raises(ValidationError) as info:
        portrait_from_file(b"\xff\xd8" + bytes(member_photos.MAX_FILE_BYTES))
    assert "文件过大" in info.value.message and "20 MB" in info.value.message
    small = encoded(picture((300, 300), []), "PNG")
    monkeypatch.setattr(member_photos, "MAX_PIXELS", 200 * 200)
    with pytest.raises(ValidationError) as info:
        portrait_from_file(small)
    assert "像素过多" in info.value.message
    # Pillow's own bomb check (twice its limit) gives the same clear message, not a traceback.
    monkeypatch.setattr(member_photos, "MAX_PIXELS", 10**9)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    with pytest.raises(ValidationError) as info:
        portrait_from_file(small)
    assert "像素过多" in info.value.message


@given(st.floats(1, 10_000), st.floats(1, 10_000))
def test_the_frame_is_the_largest_portrait_inside_the_picture(width, height):
    left, top, w, h = portrait_frame(width, height)
    assert w / h == pytest.approx(ASPECT)
    assert -1e-6 <= left and left + w <= width + 1e-6 and -1e-6 <= top and top + h <= height + 1e-6
    assert w == pytest.approx(width) or h == pytest.approx(height)  # as large as it can be
    assert left == pytest.approx((width - w) / 2) and top == pytest.approx((height - h) * 0.3)


# ---------------------------------------------------------------------------- members and files
def _create(s, actor, name, id_number, org_id) -> tuple[int, str]:
    saved = create_member(s, actor, MemberInput(name=name, id_number=id_number, org_id=org_id,
                                                joined_on=date(2020, 5, 1)), today=TODAY)
    return saved.id, saved.member_no


@pytest.fixture
def people(db, tree, clerk):
    """Members of 城关镇 (union_a and its branch) and one of 龙旺庄 (union_b); id and 会员编号 each."""
    with db.session() as s:
        return {
            "张红梅": _create(s, clerk, "张红梅", HONGMEI, tree["union_a"]),
            "老周": _create(s, clerk, "老周", convert_15_to_18(OLD_15), tree["union_a"]),
            "李四": _create(s, clerk, "李四", LIHUA, tree["branch"]),
            "王建国": _create(s, clerk, "王建国", JIANGUO, tree["union_a"]),
            "赵磊": _create(s, clerk, "赵磊", ZHAOLEI, tree["union_a"]),
            "孙丽": _create(s, clerk, "孙丽", SUNLI, tree["union_a"]),
            "王芳": _create(s, clerk, "王芳", WANGFANG, tree["union_b"]),
        }


@pytest.fixture
def town_clerk(db, tree):
    """A clerk limited to 城关镇's subtree."""
    with db.session() as s:
        path = s.get(Organization, tree["town_a"]).path
    return make_actor("clerk", sensitive=True, username="城关镇业务员", scope_path=path)


@pytest.mark.parametrize(("stem", "who"), [
    (HONGMEI, "张红梅"),
    (HONGMEI.lower(), "张红梅"),  # 11010519491231002x
    (" 张红梅" + HONGMEI + " ", "张红梅"),
    (OLD_15, "老周"),  # 15 digits, converted as the ID rules say
    ("老周_" + OLD_15, "老周"),
    ("李四" + LIHUA, "李四"),
    (LIHUA + "李四", "李四"),
    ("李四（" + "".join(chr(ord(c) + 0xFEE0) for c in LIHUA) + "）", "李四"),  # full-width digits
    ("王建国 13800138000 " + JIANGUO, "王建国"),  # a phone number is not a candidate
    (JIANGUO + "(1)", "王建国"),  # the copy Windows makes
])
def test_match_by_id_number(db, people, stem, who):
    with db.session() as s:
        found = match_member(s, stem)
    assert (found.member_id, found.name, found.reason) == (people[who][0], who, "")


def test_match_by_member_number_and_both(db, people):
    member_id, member_no = people["李四"]
    with db.session() as s:
        assert match_member(s, member_no).member_id == member_id
        assert match_member(s, f"{member_no}-李四").member_id == member_id
        assert match_member(s, f"李四{member_no}").member_id == member_id
        assert match_member(s, f"{LIHUA}_{member_no}").member_id == member_id  # both, and they agree


@pytest.mark.parametrize(("stem", "reason"), [
    ("合影", "文件名中没有身份证号码（18位或15位）或会员编号（12位）"),
    ("", "文件名中没有身份证号码"),
    ("IMG_20240501_123456", "文件名中没有身份证号码"),
    (f"{HONGMEI}和{LIHUA}", "文件名中有 2 个不同的身份证号码，无法确定是谁"),
    ("202000000001 202000000002", "文件名中有 2 个不同的会员编号，无法确定是谁"),
    (JIANGUO[:-1] + ("1" if JIANGUO[-1] != "1" else "2"), "身份证号码校验位错误"),
    (valid_id("37060219770707001"), "没有身份证号码为 " + valid_id("37060219770707001") + " 的会员"),
    ("209900000001", "没有会员编号为 209900000001 的会员"),
])
def test_unmatched_names_say_why(db, people, stem, reason):
    with db.session() as s:
        found = match_member(s, stem)
    assert found.member_id is None and reason in found.reason


def test_two_numbers_for_two_people_are_not_guessed(db, people):
    with db.session() as s:
        other = match_member(s, f"{LIHUA}-{people['王建国'][1]}")
        unknown = match_member(s, f"{LIHUA}-209900000001")
        wrong_id = match_member(s, f"{JIANGUO[:-1]}0-{people['王建国'][1]}" if JIANGUO[-1] != "0"
                                else f"{JIANGUO[:-1]}1-{people['王建国'][1]}")
    assert other.member_id is None and other.reason == "文件名中的身份证号码和会员编号不是同一会员"
    assert unknown.member_id is None and unknown.reason == "文件名中的身份证号码和会员编号不是同一会员"
    assert wrong_id.member_id is None and "校验位错误" in wrong_id.reason and "无法确定是谁" in wrong_id.reason


def _photos(db) -> dict[int, bytes]:
    with db.session() as s:
        return dict(s.execute(select(MemberPhoto.member_id, MemberPhoto.image)).all())


def _audit_imports(db) -> list[AuditEntry]:
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        s.expunge_all()
    return entries


@pytest.fixture
def folder(tmp_path, people) -> Path:
    """A clerk's photo folder with every case of the import in it."""
    folder = tmp_path / "照片"
    folder.mkdir()
    portrait = picture((450, 600), [((100, 100, 350, 500), GREEN)])
    landscape = picture((900, 600), [((300, 0, 600, 600), GREEN)])
    sideways = picture((600, 400), [((0, 0, 300, 400), RED), ((300, 0, 600, 400), BLUE)])
    exif = Image.Exif()
    exif[0x0112] = 6
    (folder / f"{HONGMEI.lower()}.JPG").write_bytes(encoded(portrait))
    (folder / f"{OLD_15}.png").write_bytes(encoded(portrait, "PNG"))
    (folder / f"{people['李四'][1]}-李四.jpeg").write_bytes(encoded(sideways, exif=exif))
    (folder / f"王建国{JIANGUO}.jpg").write_bytes(encoded(landscape))
    (folder / f"王建国{JIANGUO}(1).jpg").write_bytes(encoded(portrait))  # second file, same member
    (folder / f"{ZHAOLEI}.jpg").write_text("not really a picture", encoding="utf-8")
    (folder / f"{WANGFANG}.jpg").write_bytes(encoded(portrait))  # 龙旺庄: outside 城关镇
    (folder / "合影.jpg").write_bytes(encoded(portrait))
    (folder / "说明.txt").write_text("照片按身份证号命名", encoding="utf-8")
    (folder / "Thumbs.db").write_bytes(b"\0" * 10)
    (folder / "sub").mkdir()
    (folder / "sub" / f"{SUNLI}.jpg").write_bytes(encoded(portrait))  # sub-folders are not read
    return folder


def test_import_a_folder(db, people, folder, town_clerk):
    steps = []
    with db.session() as s:
        result = import_photos(s, town_clerk, folder, replace=False, progress=lambda d, t: steps.append((d, t)))
    assert (result.saved, result.replaced, result.kept, result.other_files) == (4, 0, 0, 2)
    assert dict(result.unmatched) == {"合影.jpg": "文件名中没有身份证号码（18位或15位）或会员编号（12位）"}
    assert dict(result.refused) == {
        f"王建国{JIANGUO}(1).jpg": f"与“王建国{JIANGUO}.jpg”是同一会员（王建国），以前一个文件为准",
        f"{ZHAOLEI}.jpg": "不是图片文件，或是不支持的图片格式",
        f"{WANGFANG}.jpg": "该会员不在您的管辖范围内",
    }
    assert steps[0] == (0, 8) and steps[-1] == (8, 8)

    photos = _photos(db)
    stored = {name for name, (member_id, _no) in people.items() if member_id in photos}
    assert stored == {"张红梅", "老周", "李四", "王建国"}
    for image in photos.values():
        assert decoded(image).format == "JPEG" and decoded(image).size == PORTRAIT_SIZE
    # The first file by name won: "王建国….jpg" (the landscape, green from top to bottom), not its copy
    # "王建国…(1).jpg" (white above the green).
    assert near(decoded(photos[people["王建国"][0]]).getpixel((147, 5)), GREEN)
    upright = decoded(photos[people["李四"][0]])  # turned by its EXIF: red on top, blue below
    assert near(upright.getpixel((147, 10)), RED) and near(upright.getpixel((147, 403)), BLUE)

    (entry,) = _audit_imports(db)
    assert (entry.entity, entry.username) == ("member", "城关镇业务员")
    assert entry.summary.startswith("批量导入会员照片（文件夹“照片”）：新增 4 张，更换 0 张")
    after = json.loads(entry.after)
    assert (after["saved"], after["refused"], after["unmatched"], after["other_files"]) == (4, 3, 1, 2)
    assert sorted(after["saved_member_ids"]) == sorted(people[n][0] for n in stored)


def test_existing_photos_are_kept_unless_replacing(db, people, tmp_path, clerk):
    member_id = people["孙丽"][0]
    with db.session() as s:
        set_photo(s, clerk, member_id, b"\xff\xd8the old photo")
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / f"{SUNLI}.jpg").write_bytes(encoded(picture((450, 600), [])))
    with db.session() as s:
        kept = import_photos(s, clerk, folder, replace=False)
    assert (kept.saved, kept.replaced, kept.kept) == (0, 0, 1)
    assert _photos(db)[member_id] == b"\xff\xd8the old photo"
    assert _audit_imports(db) == []  # nothing changed, nothing to log
    with db.session() as s:
        before = s.get(MemberPhoto, member_id).updated_at
    with db.session() as s:
        replaced = import_photos(s, clerk, folder, replace=True)
    assert (replaced.saved, replaced.replaced, replaced.kept) == (0, 1, 0)
    assert decoded(_photos(db)[member_id]).size == PORTRAIT_SIZE
    with db.session() as s:
        assert s.get(MemberPhoto, member_id).updated_at >= before
    (entry,) = _audit_imports(db)
    assert json.loads(entry.after)["replaced_member_ids"] == [member_id]


def test_many_photos_are_written_in_chunks(db, people, tmp_path, clerk, monkeypatch):
    monkeypatch.setattr(member_photos, "CHUNK", 2)  # so that every path of the chunking runs
    folder = tmp_path / "many"
    folder.mkdir()
    data = encoded(picture((300, 420), []))
    for name in ("张红梅", "李四", "王建国", "赵磊", "孙丽"):
        (folder / f"{people[name][1]}.jpg").write_bytes(data)
    with db.session() as s:
        assert import_photos(s, clerk, folder, replace=False).saved == 5
        assert not s.identity_map  # no photo object was kept in the session
    assert len(_photos(db)) == 5


def test_cancelling_changes_nothing(db, people, folder, clerk):
    with db.session() as s:
        set_photo(s, clerk, people["张红梅"][0], b"\xff\xd8the old photo")
    with pytest.raises(Cancelled), db.session() as s:
        import_photos(s, clerk, folder, replace=True, progress=lambda done, _total: done < 5)
    assert _photos(db) == {people["张红梅"][0]: b"\xff\xd8the old photo"}
    assert _audit_imports(db) == []


def test_rights_and_a_missing_folder(db, people, folder, viewer, clerk, tmp_path):
    with pytest.raises(PermissionDenied) as info, db.session() as s:
        import_photos(s, viewer, folder, replace=False)
    assert info.value.message == "当前用户（查看）没有“录入和修改”的权限"
    with pytest.raises(ValidationError) as info, db.session() as s:
        import_photos(s, clerk, tmp_path / "没有这个文件夹", replace=False)
    assert "找不到文件夹" in info.value.message
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MemberPhoto)) == 0


def test_a_file_too_big_is_not_even_read(db, people, tmp_path, clerk, monkeypatch):
    monkeypatch.setattr(member_photos, "MAX_FILE_BYTES", 1000)
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / f"{SUNLI}.jpg").write_bytes(encoded(picture((450, 600), [((0, 0, 450, 600), GREEN)]), quality=100))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file that was too big"))
    with db.session() as s:
        result = import_photos(s, clerk, folder, replace=False)
    assert result.saved == 0 and "文件过大" in dict(result.refused)[f"{SUNLI}.jpg"]
