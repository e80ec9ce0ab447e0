"""Bulk photo import from the members page: the clerk picks a folder, says whether to replace photos
already on file, and sees what went in and which files did not, with why."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import TODAY
from unionapp.domain.idcard import id_check_digit
from unionapp.domain.portrait import PORTRAIT_SIZE
from unionapp.services.member_photos import PhotoImportResult
from unionapp.services.members import MemberInput, create_member, get_photo, set_photo
from unionapp.ui import settings
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.photo_import import PhotoImportResultDialog
from unionapp.ui.pages.members_page import MembersPage


def id_number(first17: str) -> str:
    return first17 + id_check_digit(first17)


HONGMEI = id_number("37060219850308002")
LIHAI = id_number("37060219900701011")


def jpeg(size=(600, 800)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (40, 160, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def people(db, tree, clerk):
    with db.session() as s:
        return {name: create_member(s, clerk, MemberInput(name=name, id_number=number, org_id=tree["union_a"],
                                                          joined_on=date(2020, 5, 1)), today=TODAY)
                for name, number in (("张红梅", HONGMEI), ("李海", LIHAI))}


@pytest.fixture
def folder(tmp_path, people):
    """Two photos, one named by ID number and one by 会员编号, and one file no member's name fits."""
    folder = tmp_path / "会员照片"
    folder.mkdir()
    (folder / f"张红梅{HONGMEI}.jpg").write_bytes(jpeg())
    (folder / f"{people['李海'].member_no}-李海.png").write_bytes(jpeg((800, 600)))
    (folder / "合影.jpg").write_bytes(jpeg())
    return folder


@dataclass
class ResultShown:
    result: PhotoImportResult
    summary: str
    problems: str | None  # None: the list is hidden


@pytest.fixture
def shown(monkeypatch) -> list[ResultShown]:
    """What each result dialog showed; recorded instead of shown modally (the dialog is deleted
    once closed, so its texts are read here)."""
    seen = []

    def record(dialog) -> int:
        ui = dialog.ui
        seen.append(ResultShown(dialog.result_shown, ui.summaryLabel.text(),
                                None if ui.problemsEdit.isHidden() else ui.problemsEdit.toPlainText()))
        assert ui.problemsLabel.isHidden() == ui.problemsEdit.isHidden()
        return 0

    monkeypatch.setattr(PhotoImportResultDialog, "exec", record)
    return seen


def make_page(qtbot, context) -> MembersPage:
    page = MembersPage(context)
    qtbot.addWidget(page)
    page.show()
    return page  # held by the test: qtbot.addWidget keeps only a weak reference


def test_import_photos_from_a_folder(qtbot, db, clerk, people, folder, shown, monkeypatch, message_boxes):
    context = AppContext(db, clerk)
    page = make_page(qtbot, context)
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start: asked.append(start) or str(folder))
    with db.session() as s:  # 李海 has a photo already; the answer Yes (the fixture's) replaces it
        set_photo(s, clerk, people["李海"].id, b"\xff\xd8old")
    button = page.ui.importPhotosButton
    assert button.isVisible() and button.isEnabled()
    with qtbot.waitSignal(context.events.changed, timeout=10_000) as changed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changed.args == ["member"]
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)

    assert [m.kind for m in message_boxes] == ["question"]  # replace or keep: asked before the work
    assert asked == [""] and settings.get(settings.LAST_PHOTO_FOLDER) == str(folder)
    with db.session() as s:
        for member in people.values():
            photo = Image.open(io.BytesIO(get_photo(s, clerk, member.id)))
            assert (photo.format, photo.size) == ("JPEG", PORTRAIT_SIZE)
    (seen,) = shown
    assert (seen.result.saved, seen.result.replaced, seen.result.kept) == (1, 1, 0)
    assert seen.summary == "1 new photos saved, 1 photos replaced.\n1 files were not imported; they are listed below."
    assert seen.problems.splitlines() == ["No member found for the file name:",
                                          "    合影.jpg — 文件名中没有身份证号码（18位或15位）或会员编号（12位）"]


def test_keep_existing_photos_and_remember_the_folder(qtbot, db, clerk, people, folder, shown, monkeypatch):
    context = AppContext(db, clerk)
    page = make_page(qtbot, context)
    settings.put(settings.LAST_PHOTO_FOLDER, str(folder.parent))
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start: asked.append(start) or str(folder))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    (folder / "合影.jpg").unlink()
    with db.session() as s:
        set_photo(s, clerk, people["李海"].id, b"\xff\xd8old")
    page.ui.importPhotosButton.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert asked == [str(folder.parent)]
    with db.session() as s:
        assert get_photo(s, clerk, people["李海"].id) == b"\xff\xd8old"
        assert get_photo(s, clerk, people["张红梅"].id)[:2] == b"\xff\xd8"
    (seen,) = shown
    assert seen.summary == "1 new photos saved, 0 photos replaced.\n1 members already had a photo and kept it."
    assert seen.problems is None


def test_cancel_at_a_question_does_nothing(qtbot, db, clerk, people, folder, shown, monkeypatch):
    page = make_page(qtbot, AppContext(db, clerk))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    page.import_photos()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: "")
    page.import_photos()
    qtbot.wait(100)
    assert shown == []
    with db.session() as s:
        assert get_photo(s, clerk, people["张红梅"].id) is None


def test_a_viewer_has_no_photo_import(qtbot, db, viewer, people):
    page = make_page(qtbot, AppContext(db, viewer))
    assert page.ui.importPhotosButton.isHidden()


def test_a_folder_gone_meanwhile_is_a_message(qtbot, db, clerk, people, tmp_path, shown, monkeypatch, message_boxes):
    page = make_page(qtbot, AppContext(db, clerk))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path / "U盘照片"))
    page.import_photos()
    qtbot.waitUntil(lambda: any(m.kind == "warning" for m in message_boxes), timeout=10_000)
    assert "找不到文件夹" in message_boxes[-1].text and shown == []
