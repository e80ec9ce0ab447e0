"""CJK fonts for every printed document (DESIGN §4).

A document never prints boxes: a TrueType font with Chinese glyphs is found in resources/fonts,
then in the system folders (Windows 宋体/黑体/楷体/仿宋, WenQuanYi or AR PL on Linux), or taken
from a configured path; when none loads, `FontError` says so in Chinese. ReportLab embeds each
TTFont as subsets of the glyphs actually used, so a PDF carries a few KB of font, not 20 MB.

Four roles cover the documents: song (宋体, body text), hei (黑体, headings and cards), kai (楷体,
names on certificates), fang (仿宋, official wording). A missing role falls back to another CJK
font, never to a Latin one. Characters the chosen font lacks (rare name characters such as 䶮)
are drawn from another loaded CJK font that has them; `missing_characters` names the ones no
loaded font has, so the clerk is warned before printing.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from unionapp.paths import resource_path
from unionapp.services.errors import ServiceError
from unionapp.services.office_settings import FONT_PATH_SETTING

ROLES = ("song", "hei", "kai", "fang")
ROLE_LABELS = {"song": "宋体", "hei": "黑体", "kai": "楷体", "fang": "仿宋"}
SETTING_KEY = FONT_PATH_SETTING  # declared with the other office settings (services sit below printing)

# A font must draw these to count as a Chinese font (a Latin font would print boxes for all).
_PROBE = "中华全国总工会会员证姓名编号单位壹贰叁肆伍陆柒捌玖拾佰仟万元整年月日第页共"

# File names by role, best first, with the TTC face to use (0 = the Simplified Chinese face in
# every collection listed). PostScript-flavoured OpenType (Noto/Source Han .otf) is left out on
# purpose: ReportLab can only embed TrueType outlines.
_WINDOWS = {
    "song": [("simsun.ttc", 0), ("simsun.ttf", 0), ("nsimsun.ttf", 0)],
    "hei": [("simhei.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0)],
    "kai": [("simkai.ttf", 0), ("stkaiti.ttf", 0)],
    "fang": [("simfang.ttf", 0), ("stfangso.ttf", 0)],
}
_WINDOWS_EXTRA = [("simsunb.ttf", 0), ("mingliub.ttc", 0)]  # SimSun-ExtB: rare characters
_LINUX = {
    "song": [("uming.ttc", 0), ("wqy-zenhei.ttc", 0)],
    "hei": [("wqy-zenhei.ttc", 0), ("wqy-microhei.ttc", 0), ("uming.ttc", 0)],
    "kai": [("ukai.ttc", 0), ("uming.ttc", 0)],
    "fang": [("uming.ttc", 0), ("wqy-zenhei.ttc", 0)],
}
_FALLBACK_ROLE = {"hei": "song", "kai": "song", "fang": "song", "song": "hei"}
_FONT_SUFFIXES = (".ttf", ".ttc")


class FontError(ServiceError):
    """No usable Chinese font: printing stops with this message rather than print boxes."""


@dataclass(frozen=True)
class FontFile:
    path: str
    index: int = 0


@dataclass(frozen=True)
class FontSet:
    """ReportLab names of the registered fonts for each role, and the rare-character fallbacks."""

    song: str
    hei: str
    kai: str
    fang: str
    fallbacks: tuple[str, ...]
    files: tuple[tuple[str, str], ...]  # (role, "path#index") for the About box and the log

    def role(self, name: str) -> str:
        """The registered font of a role ("song", "hei", "kai", "fang"); unknown roles get song."""
        return getattr(self, name, self.song) if name in ROLES else self.song

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.song, self.hei, self.kai, self.fang, *self.fallbacks)))


_lock = threading.Lock()
_cache: dict[str, FontSet] = {}
_registered: dict[FontFile, str] = {}
_coverage: dict[str, frozenset[int] | dict] = {}


def _system_font_dirs() -> list[Path]:
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed "for this user only" on Windows 10 1809+
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    if sys.platform != "win32":
        home = Path.home()
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
                 home / ".local" / "share" / "fonts", Path("/System/Library/Fonts"), Path("/Library/Fonts")]
    return [d for d in dirs if d.is_dir()]


def _index_dir(folder: Path, recursive: bool) -> dict[str, Path]:
    """Font files under a folder by lower-case file name (Windows names vary in case)."""
    found: dict[str, Path] = {}
    try:
        walker = folder.rglob("*") if recursive else folder.iterdir()
        for path in walker:
            if path.suffix.lower() in _FONT_SUFFIXES and path.name.lower() not in found:
                found[path.name.lower()] = path
    except OSError:
        pass
    return found


def _bundled_candidates() -> dict[str, list[FontFile]]:
    """resources/fonts/: a known name goes to its role; any other TrueType file serves every role."""
    folder = resource_path("fonts")
    by_role: dict[str, list[FontFile]] = {role: [] for role in ROLES}
    if not folder.is_dir():
        return by_role
    files = _index_dir(folder, recursive=False)
    known: dict[str, str] = {}
    for table in (_WINDOWS, _LINUX):
        for role, names in table.items():
            for name, _ in names:
                known.setdefault(name, role)
    for lower, path in sorted(files.items()):
        role = known.get(lower) or next((r for r, hint in (("hei", "hei"), ("kai", "kai"), ("fang", "fang"))
                                         if hint in lower), None)
        if role:
            by_role[role].append(FontFile(str(path)))
        else:
            for r in ROLES:
                by_role[r].append(FontFile(str(path)))
    return by_role


def _system_candidates() -> tuple[dict[str, list[FontFile]], list[FontFile]]:
    files: dict[str, Path] = {}
    for folder in _system_font_dirs():
        # Windows keeps every font flat in one folder; Linux sorts them into sub-folders.
        for name, path in _index_dir(folder, recursive=folder.name != "Fonts").items():
            files.setdefault(name, path)
    by_role: dict[str, list[FontFile]] = {role: [] for role in ROLES}
    for table in (_WINDOWS, _LINUX):
        for role, names in table.items():
            by_role[role] += [FontFile(str(files[n]), i) for n, i in names if n in files]
    extra = [FontFile(str(files[n]), i) for n, i in _WINDOWS_EXTRA if n in files]
    return by_role, extra


def _register(file: FontFile) -> str:
    """Register one font file with ReportLab (once per process) and return its name."""
    name = _registered.get(file)
    if name:
        return name
    name = f"UA{len(_registered) + 1}-{Path(file.path).stem[:20]}"
    font = TTFont(name, file.path, subfontIndex=file.index)
    cmap = font.face.charToGlyph
    lacking = [ch for ch in _PROBE if ord(ch) not in cmap]
    if lacking:
        raise FontError(f"字体“{Path(file.path).name}”不含中文字形（缺少“{''.join(lacking[:6])}”等字），不能用于打印")
    pdfmetrics.registerFont(font)
    _registered[file] = name
    _coverage[name] = cmap
    return name


def _first_loadable(candidates: Iterable[FontFile], problems: list[str]) -> str | None:
    for file in candidates:
        try:
            return _register(file)
        except FontError as exc:
            problems.append(exc.message)
        except Exception as exc:  # noqa: BLE001 - a broken font file is skipped, and said why
            problems.append(f"{Path(file.path).name}：{exc}")
    return None


def load_fonts(font_path: str | os.PathLike | None = None) -> FontSet:
    """The fonts for a document. With `font_path` (from the settings or the caller) that font is
    used for every role and must load; without, the bundled then the system fonts are searched.
    Raises FontError with a Chinese message when no Chinese font can be loaded."""
    key = str(font_path or "")
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        fonts = _load_configured(Path(font_path)) if font_path else _search()
        _cache[key] = fonts
        return fonts


def _load_configured(path: Path) -> FontSet:
    if not path.is_file():
        raise FontError(f"设置中指定的打印字体文件不存在：{path}。请在“设置 → 打印字体”中重新选择")
    if path.suffix.lower() not in _FONT_SUFFIXES:
        raise FontError(f"打印字体必须是 TrueType 字体（.ttf 或 .ttc）：{path.name}")
    problems: list[str] = []
    name = _first_loadable([FontFile(str(path), 0)], problems)
    if name is None:
        raise FontError(f"设置中指定的打印字体无法使用：{path.name}（{'；'.join(problems)}）")
    others = _try_search_quietly()
    fallbacks = tuple(n for n in (others.all_names if others else ()) if n != name)
    return FontSet(name, name, name, name, fallbacks, tuple((r, f"{path}#0") for r in ROLES))


def check_font_file(path: str | os.PathLike) -> str:
    """The settings dialog's test of a chosen print font: the same tests printing applies to the
    configured font (the file exists, is TrueType, draws Chinese), so a file accepted here prints.
    Returns its ReportLab name; raises FontError with a Chinese message."""
    file = Path(path)
    if not file.is_file():
        raise FontError(f"找不到字体文件：{file}")
    if file.suffix.lower() not in _FONT_SUFFIXES:
        raise FontError(f"打印字体必须是 TrueType 字体（.ttf 或 .ttc）：{file.name}")
    with _lock:  # _register fills the shared tables that load_fonts also fills under this lock
        try:
            return _register(FontFile(str(file), 0))
        except FontError:
            raise
        except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same message
            raise FontError(f"字体文件“{file.name}”无法读取，不能用于打印（{exc}）") from exc


def _try_search_quietly() -> FontSet | None:
    try:
        return _search()
    except FontError:
        return None


def _search() -> FontSet:
    bundled = _bundled_candidates()
    system, extra = _system_candidates()
    problems: list[str] = []
    chosen: dict[str, str] = {}
    for role in ROLES:
        name = _first_loadable(bundled[role] + system[role], problems)
        if name:
            chosen[role] = name
    if not chosen:
        searched = "resources/fonts、" + "、".join(str(d) for d in _system_font_dirs())
        detail = f"（{'；'.join(problems[:3])}）" if problems else ""
        raise FontError(
            "找不到可用的中文字体，无法生成打印文件。请把宋体（simsun.ttc）或黑体（simhei.ttf）等 TrueType "
            f"字体文件放入程序的 resources/fonts 文件夹，或在“设置 → 打印字体”中指定字体文件。已查找：{searched}{detail}"
        )
    for role in ROLES:
        if role not in chosen:
            chosen[role] = chosen.get(_FALLBACK_ROLE[role]) or next(iter(chosen.values()))
    # Every other CJK font we can find may supply a rare character the chosen ones lack.
    spare = [f for role in ROLES for f in bundled[role] + system[role]] + extra
    fallbacks: list[str] = []
    for file in dict.fromkeys(spare):
        try:
            name = _register(file)
        except Exception:  # noqa: BLE001 - a spare font that fails is simply not a fallback
            continue
        if name not in chosen.values() and name not in fallbacks:
            fallbacks.append(name)
    files = tuple((role, next(f"{f.path}#{f.index}" for f, n in _registered.items() if n == chosen[role]))
                  for role in ROLES)
    return FontSet(chosen["song"], chosen["hei"], chosen["kai"], chosen["fang"], tuple(fallbacks), files)


def find_font_files() -> list[str]:
    """Every known Chinese TrueType file found (bundled first), for the font choice in the
    settings and for support: paths as found, without loading them."""
    bundled = _bundled_candidates()
    system, extra = _system_candidates()
    files = [f.path for role in ROLES for f in bundled[role] + system[role]] + [f.path for f in extra]
    return list(dict.fromkeys(files))


def font_path_from_settings(session) -> str | None:
    """The office's configured print font (setting "print.font_path"), if any."""
    from sqlalchemy import select

    from unionapp.db.models import Setting

    value = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    return value.strip() if value and value.strip() else None


# --- coverage and drawing with fallbacks -------------------------------------------------------


def _has(font_name: str, ch: str) -> bool:
    cmap = _coverage.get(font_name)
    if cmap is None:
        cmap = _coverage[font_name] = pdfmetrics.getFont(font_name).face.charToGlyph
    return ord(ch) in cmap


def _drawable(ch: str) -> bool:
    return not ch.isspace() and ch.isprintable()


def font_lacks(text: str, font_name: str) -> str:
    """The distinct characters of `text` that this one font has no glyph for, in order."""
    return "".join(dict.fromkeys(ch for ch in text if _drawable(ch) and not _has(font_name, ch)))


def missing_characters(text: str, fonts: FontSet, role: str = "song") -> str:
    """The characters of `text` that would print as boxes: neither the role's font nor any
    fallback font has them. Used to warn the clerk before printing (e.g. a rare name character)."""
    primary = fonts.role(role)
    return "".join(ch for ch in font_lacks(text, primary) if not any(_has(f, ch) for f in fonts.fallbacks))


def runs(text: str, font_name: str, fonts: FontSet) -> list[tuple[str, str]]:
    """Split text into (chunk, font) runs: the given font wherever it has the glyph, else the first
    fallback that has it (else the given font, which then prints its empty-glyph box)."""
    cmap = _coverage.get(font_name) or pdfmetrics.getFont(font_name).face.charToGlyph
    if all(ord(ch) in cmap for ch in text):
        return [(text, font_name)]
    out: list[tuple[str, str]] = []
    for ch in text:
        use = font_name
        if ord(ch) not in cmap and _drawable(ch):
            use = next((f for f in fonts.fallbacks if _has(f, ch)), font_name)
        if out and out[-1][1] == use:
            out[-1] = (out[-1][0] + ch, use)
        else:
            out.append((ch, use))
    return out


def text_width(text: str, font_name: str, size: float, fonts: FontSet) -> float:
    return sum(pdfmetrics.stringWidth(chunk, name, size) for chunk, name in runs(text, font_name, fonts))


def draw_text(canvas, x: float, y: float, text: str, font_name: str, size: float, fonts: FontSet,
              align: str = "left") -> None:
    """drawString with rare-character fallback; align is left, center or right of x."""
    parts = runs(text, font_name, fonts)
    if align != "left":
        width = sum(pdfmetrics.stringWidth(chunk, name, size) for chunk, name in parts)
        x -= width / 2 if align == "center" else width
    for chunk, name in parts:
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        if len(parts) > 1:
            x += pdfmetrics.stringWidth(chunk, name, size)


def markup(text: object, font_name: str, fonts: FontSet) -> str:
    """Text escaped for a Paragraph, with fallback <font> tags around characters the font lacks
    and line breaks kept."""
    value = "" if text is None else str(text)
    out = []
    for chunk, name in runs(value, font_name, fonts):
        piece = escape(chunk).replace("\n", "<br/>")
        out.append(piece if name == font_name else f'<font name="{name}">{piece}</font>')
    return "".join(out)
