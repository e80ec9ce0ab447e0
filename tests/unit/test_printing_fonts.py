"""The font service: a Chinese TrueType font is found and embedded, rare characters fall back or
are named, and a missing font stops printing with a Chinese message instead of printing boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab

from tests.printing_pdf import all_text, embedded_fonts
from unionapp.db.models import Setting
from unionapp.printing import fonts as fontmod
from unionapp.printing.fonts import (
    FontError,
    draw_text,
    find_font_files,
    font_lacks,
    font_path_from_settings,
    load_fonts,
    missing_characters,
    runs,
)
from unionapp.printing.styles import new_canvas

BIANG = "\U00030EDE"  # 𰻞 (CJK Extension G): in no font this program looks for


def _file(name: str) -> str:
    match = [p for p in find_font_files() if Path(p).name.lower() == name]
    assert match, f"{name} is needed by this test (Debian: fonts-wqy-microhei)"
    return match[0]


def test_fonts_are_found_for_every_role():
    fonts = load_fonts()
    for role in ("song", "hei", "kai", "fang"):
        name = fonts.role(role)
        assert font_lacks("中华全国总工会会员证", name) == ""
    assert load_fonts() is fonts  # loaded once per process


def test_pdf_embeds_the_font_as_a_subset_and_keeps_text(tmp_path):
    fonts = load_fonts()
    out = tmp_path / "t.pdf"
    c = new_canvas(str(out), (595, 842), fonts, "t")
    draw_text(c, 100, 700, "张红梅 壹仟贰佰元整", fonts.song, 12, fonts)
    c.save()
    embedded = embedded_fonts(out)
    assert embedded and all(embedded.values())
    # ReportLab names a subset AAAAAA+Name: only the glyphs used are embedded.
    assert all("+" in name for name in embedded)
    assert "张红梅壹仟贰佰元整" in all_text(out)
    assert out.stat().st_size < 60_000


def test_rare_name_character_falls_back_to_a_font_that_has_it(tmp_path):
    fonts = load_fonts(_file("wqy-microhei.ttc"))  # Micro Hei has no 䶮 (CJK Extension A)
    assert font_lacks("刘䶮", fonts.song) == "䶮"
    assert missing_characters("刘䶮 王喆 李玥", fonts) == ""  # a fallback font has all three
    parts = runs("刘䶮", fonts.song, fonts)
    assert [p[0] for p in parts] == ["刘", "䶮"] and parts[1][1] != fonts.song
    out = tmp_path / "rare.pdf"
    c = new_canvas(str(out), (595, 842), fonts, "t")
    draw_text(c, 100, 700, "刘䶮", fonts.song, 14, fonts)
    c.save()
    assert "刘䶮" in all_text(out)
    assert len(embedded_fonts(out)) == 2


def test_characters_no_font_has_are_named_before_printing():
    fonts = load_fonts()
    assert missing_characters(f"{BIANG}{BIANG}面馆 张三", fonts) == BIANG


def test_configured_font_that_does_not_exist_is_refused():
    with pytest.raises(FontError) as caught:
        load_fonts("no/such/font.ttf")
    assert "不存在" in caught.value.message


def test_a_latin_only_font_is_refused_rather_than_printing_boxes():
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    with pytest.raises(FontError) as caught:
        load_fonts(vera)
    assert "不含中文字形" in caught.value.message


def test_no_chinese_font_anywhere_is_a_clear_chinese_error(monkeypatch, tmp_path):
    monkeypatch.setattr(fontmod, "_system_font_dirs", lambda: [])
    monkeypatch.setattr(fontmod, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(fontmod, "_cache", {})
    with pytest.raises(FontError) as caught:
        load_fonts()
    assert "找不到可用的中文字体" in caught.value.message
    assert "resources/fonts" in caught.value.message


def test_bundled_font_folder_is_searched_first(monkeypatch, tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "office.ttc").write_bytes(Path(_file("wqy-microhei.ttc")).read_bytes())
    monkeypatch.setattr(fontmod, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(fontmod, "_cache", {})
    fonts = load_fonts()
    assert all(path.startswith(str(folder)) for _, path in fonts.files)


def test_font_path_setting_is_read(db):
    with db.session() as s:
        assert font_path_from_settings(s) is None
        s.add(Setting(key="print.font_path", value="  D:/字体/simsun.ttc "))
    with db.session() as s:
        assert font_path_from_settings(s) == "D:/字体/simsun.ttc"
