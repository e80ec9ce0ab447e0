"""Build the Windows program folder and its installer; on Linux, build the same folder and smoke-test it.

    python installer/build.py                  PyInstaller (dist/unionapp/), then Inno Setup's ISCC
                                               (dist/unionapp-<version>-setup.exe); on Linux, where
                                               there is no ISCC, only the folder
    python installer/build.py --linux-smoke    the same PyInstaller build, then the frozen program run
                                               headless: demo data, member cards, check, backup,
                                               export / import (when the build has them), restore,
                                               and the window offscreen for a moment. (--smoke is the
                                               same and reads better on Windows, where it works too.)
    python installer/build.py --smoke-only     smoke-test dist/unionapp/ as it is, no build
    python installer/build.py --installer-only ISCC on dist/unionapp/ as it is, no build

The version comes from pyproject.toml (tomllib) and reaches the installer as /DAppVersion.
Nothing is downloaded: PyInstaller and Inno Setup must already be installed. The spec imports two
helpers from this file: render_guide() (the clerk's guide as HTML) and collect_licence_texts().
Exit status 0 when everything asked for worked, 1 otherwise."""

from __future__ import annotations

import argparse
import html
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "unionapp.spec"
ISS = INSTALLER / "unionapp.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SMOKE_PASSWORD = "Smoke-Test-2024!"  # only ever used in a scratch database of the smoke run


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def app_name() -> str:
    return project()["name"]


def app_version() -> str:
    return project()["version"]


# --- the guide as HTML --------------------------------------------------------------------------

GUIDE_CSS = """
body { font-family: "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
       sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.7; color: #222; }
h1 { color: #b3131b; border-bottom: 3px solid #b3131b; padding-bottom: .3em; }
h2 { color: #b3131b; border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
img { max-width: 100%; border: 1px solid #ccc; box-shadow: 0 1px 4px rgba(0,0,0,.15); margin: .5em 0; }
code { background: #f3f3f3; padding: 0 .3em; border-radius: 3px; font-family: Consolas, monospace; }
pre { background: #f3f3f3; padding: .8em; overflow-x: auto; }
blockquote { border-left: 4px solid #e0a800; background: #fff8e1; margin: 1em 0; padding: .5em 1em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: .3em .7em; text-align: left; vertical-align: top; }
th { background: #f6f6f6; }
nav { background: #fafafa; border: 1px solid #eee; padding: .5em 1.5em; }
"""

_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)"), lambda m: f'<img src="{m[2]}" alt="{m[1]}">'),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{_link(m[2])}">{m[1]}</a>'),
    (re.compile(r"\*\*([^*]+)\*\*"), lambda m: f"<strong>{m[1]}</strong>"),
]


def _link(target: str) -> str:
    # Links between guide pages point at the .md in the repository and at the .html when bundled.
    return re.sub(r"\.md(#|$)", r".html\1", target) if "://" not in target else target


def _inline(text: str) -> str:
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append(f"<code>{html.escape(part[1:-1])}</code>")
            continue
        part = html.escape(part, quote=False)
        for pattern, replace in _INLINE:
            part = pattern.sub(replace, part)
        out.append(part)
    return "".join(out)


def _anchor(text: str, used: set[str]) -> str:
    base = re.sub(r"[^\w\u4e00-\u9fff-]+", "-", text).strip("-").lower() or "section"
    anchor, n = base, 1
    while anchor in used:
        n += 1
        anchor = f"{base}-{n}"
    used.add(anchor)
    return anchor


def _join(lines: list[str]) -> str:
    """Join wrapped source lines: no space between two Chinese characters, one space otherwise."""
    text = ""
    for line in lines:
        # Look through emphasis and code marks: "会问\n**是否**" joins as "会问**是否**".
        last, first = text.rstrip("*`_")[-1:], line.lstrip("*`_")[:1]
        if text and not (last and first and _is_cjk(last) and _is_cjk(first)):
            text += " "
        text += line
    return text


def _is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" or "\u3000" <= char <= "\u303f"


def markdown_to_html(text: str, title: str = "") -> str:
    """The Markdown the guide is written in (headings, paragraphs, lists with one nested level,
    images, links, bold, code, tables, quotes, rules) as one standalone HTML page with a table of
    contents. Small on purpose: the build needs no Markdown package, and the guide keeps to this
    subset."""
    body: list[str] = []
    toc: list[tuple[int, str, str]] = []
    used: set[str] = set()
    lines = text.splitlines()
    paragraph: list[str] = []
    # The open list: its kind, the lines of its current item, and the same for a nested list.
    state: dict = {"kind": None, "item": [], "nested": None, "nested_item": []}

    def flush_paragraph() -> None:
        if paragraph:
            body.append(f"<p>{_inline(_join(paragraph))}</p>")
            paragraph.clear()

    def flush_nested_item() -> None:
        if state["nested_item"]:
            body.append(f"<li>{_inline(_join(state['nested_item']))}</li>")
            state["nested_item"] = []

    def close_nested() -> None:
        flush_nested_item()
        if state["nested"]:
            body.append(f"</{state['nested']}>")
            state["nested"] = None

    def flush_item_text() -> None:
        if state["item"]:
            body.append(_inline(_join(state["item"])))
            state["item"] = []

    def close_item() -> None:
        flush_item_text()
        close_nested()
        body.append("</li>")

    def close_list() -> None:
        if state["kind"]:
            close_item()
            body.append(f"</{state['kind']}>")
            state["kind"] = None

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indented = line.startswith((" ", "\t"))
        if stripped.startswith("```"):
            flush_paragraph()
            close_list()
            block = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                block.append(lines[i])
                i += 1
            body.append(f"<pre><code>{html.escape(chr(10).join(block))}</code></pre>")
        elif not stripped:
            flush_paragraph()
            # A blank line ends a list unless the list goes on after it.
            nxt = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            if state["kind"] and not (nxt.startswith((" ", "\t")) or _list_item(nxt.strip())[0] == state["kind"]):
                close_list()
        elif state["kind"] and indented:
            # Inside a list item: a nested item, an image, or the item's text going on.
            kind, content = _list_item(stripped)
            if kind:
                flush_item_text()
                if state["nested"] != kind:
                    close_nested()
                    body.append(f"<{kind}>")
                    state["nested"] = kind
                flush_nested_item()
                state["nested_item"] = [content]
            elif stripped.startswith("!["):
                flush_item_text()
                close_nested()
                body.append(f"<br>{_inline(stripped)}")
            elif state["nested"]:
                state["nested_item"].append(stripped)
            else:
                state["item"].append(stripped)
        elif heading := re.match(r"^(#{1,4})\s+(.*)$", stripped):
            flush_paragraph()
            close_list()
            level, content = len(heading[1]), heading[2].strip()
            anchor = _anchor(content, used)
            if level in (2, 3):
                toc.append((level, anchor, content))
            body.append(f'<h{level} id="{anchor}">{_inline(content)}</h{level}>')
        elif re.match(r"^(-{3,}|\*{3,})$", stripped):
            flush_paragraph()
            close_list()
            body.append("<hr>")
        elif stripped.startswith("|"):
            flush_paragraph()
            close_list()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.match(r"^:?-{2,}:?$", c) for c in cells):
                    rows.append(cells)
                i += 1
            i -= 1
            head, *rest = rows
            body.append("<table><tr>" + "".join(f"<th>{_inline(c)}</th>" for c in head) + "</tr>")
            body.extend("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in rest)
            body.append("</table>")
        elif stripped.startswith(">"):
            flush_paragraph()
            close_list()
            quote = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quote.append(lines[i].strip()[1:].strip())
                i += 1
            i -= 1
            body.append(f"<blockquote><p>{_inline(_join([q for q in quote if q]))}</p></blockquote>")
        elif (item := _list_item(stripped))[0]:
            flush_paragraph()
            kind, content = item
            if state["kind"] == kind:
                close_item()
            else:
                close_list()
                # A numbered list interrupted by a picture goes on with its own numbers.
                number = re.match(r"^(\d+)", stripped)
                start_at = f' start="{number[1]}"' if kind == "ol" and number and number[1] != "1" else ""
                body.append(f"<{kind}{start_at}>")
                state["kind"] = kind
            body.append("<li>")
            state["item"] = [content]
        else:
            close_list()
            paragraph.append(stripped)
        i += 1
    flush_paragraph()
    close_list()

    nav = ""
    if toc:
        items = "".join(
            f'<li style="margin-left:{(level - 2) * 1.5}em"><a href="#{anchor}">{_inline(content)}</a></li>'
            for level, anchor, content in toc
        )
        nav = f"<nav><strong>目录</strong><ul>{items}</ul></nav>"
    first_h1 = next((i for i, part in enumerate(body) if part.startswith("<h1")), None)
    body.insert(first_h1 + 1 if first_h1 is not None else 0, nav)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{GUIDE_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _list_item(stripped: str) -> tuple[str | None, str]:
    if m := re.match(r"^[-*]\s+(.*)$", stripped):
        return "ul", m[1]
    if m := re.match(r"^\d+[.、]\s*(.*)$", stripped):
        return "ol", m[1]
    return None, ""


def render_guide(source: Path, out: Path) -> list[Path]:
    """docs/guide/*.md → out/*.html (plus the .md) and the images they show; the files written."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = []
    for md in sorted(source.glob("*.md")):
        text = md.read_text(encoding="utf-8")
        title = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("# ")), md.stem)
        target = out / f"{md.stem}.html"
        target.write_text(markdown_to_html(text, title), encoding="utf-8")
        shutil.copy2(md, out / md.name)
        written += [target, out / md.name]
    images = source / "images"
    if images.is_dir():
        for image in sorted(images.iterdir()):
            if image.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".svg"):
                (out / "images").mkdir(exist_ok=True)
                shutil.copy2(image, out / "images" / image.name)
                written.append(out / "images" / image.name)
    return written


# --- licence texts of the bundled distributions -----------------------------------------------

BUNDLED_DISTRIBUTIONS = (
    "PySide6_Essentials", "shiboken6", "SQLAlchemy", "alembic", "Mako", "MarkupSafe", "greenlet", "reportlab",
    "openpyxl", "et_xmlfile", "python-calamine", "python-stdnum", "pypinyin", "argon2-cffi",
    "argon2-cffi-bindings", "cffi", "pycparser", "platformdirs", "segno", "Faker", "pypdfium2", "pillow",
    "charset-normalizer", "tzdata", "typing_extensions", "psycopg", "psycopg-binary",
)
_LICENCE_WORDS = ("LICEN", "COPYING", "NOTICE", "AUTHORS")


def collect_licence_texts(out: Path) -> list[Path]:
    """Copy the licence files each installed bundled distribution carries into
    out/<distribution>/…; Python's own licence into out/Python/. The files written."""
    if out.exists():
        shutil.rmtree(out)
    written = []
    for name in BUNDLED_DISTRIBUTIONS:
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            if not any(word in file.name.upper() for word in _LICENCE_WORDS):
                continue
            source = Path(dist.locate_file(file))
            if not source.is_file():
                continue
            parts = file.parts
            # Keep the path below dist-info/licenses (pypdfium2 has one file per bundled library).
            tail = parts[parts.index("licenses") + 1:] if "licenses" in parts else parts[-1:]
            target = out / dist.metadata["Name"] / "_".join(tail)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt",
                      Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"):
        if candidate.is_file():
            target = out / "Python" / "LICENSE.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(candidate, target)
            written.append(target)
            break
    return written


# --- building ------------------------------------------------------------------------------------


def run_pyinstaller(clean: bool = False) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    print("==", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    folder = DIST / app_name()
    print(f"== built {folder}", flush=True)
    return folder


def find_iscc(explicit: str | None = None) -> Path | None:
    if explicit:
        return Path(explicit)
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def iscc_command(iscc: Path, version: str) -> list[str]:
    return [str(iscc), f"/DAppVersion={version}", f"/DBuildDir={DIST / app_name()}", f"/DOutputDir={DIST}",
            str(ISS)]


def run_iscc(iscc: Path) -> Path:
    version = app_version()
    command = iscc_command(iscc, version)
    print("==", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    setup = DIST / f"{app_name()}-{version}-setup.exe"
    print(f"== installer {setup}", flush=True)
    return setup


# --- the smoke test of the frozen build ----------------------------------------------------------

# What must be inside the folder, relative to its _internal/ (sys._MEIPASS), as glob patterns.
REQUIRED_IN_BUNDLE = (
    "resources/i18n/unionapp_zh_CN.qm",
    "resources/cards/cr80.json",
    "resources/cards/a4.json",
    "resources/certificates/honour.json",
    "resources/icons/unionapp-256.png",
    "resources/licenses/THIRD_PARTY.md",
    "resources/guide/zh_CN.html",
    "unionapp/db/migrations/env.py",
    "unionapp/db/migrations/script.py.mako",
    "PySide6/**/translations/qtbase_zh_CN.qm",
)
REQUIRED_BY_PLATFORM = {
    "linux": (
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/printsupport/*",
        "pypdfium2_raw/*pdfium*",
        "python_calamine/*.so",
    ),
    "win32": (
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/plugins/printsupport/*.dll",
        "pypdfium2_raw/*pdfium*",
        "python_calamine/*.pyd",
    ),
}


class SmokeFailure(Exception):
    pass


def _bundle_problems(folder: Path) -> list[str]:
    internal = folder / "_internal"
    platform = "win32" if sys.platform == "win32" else "linux"
    problems = [f"missing {pattern}" for pattern in (*REQUIRED_IN_BUNDLE, *REQUIRED_BY_PLATFORM[platform])
                if not any(path.is_file() for path in internal.glob(pattern))]
    for sub in sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir()):
        if any(p.is_file() for p in (ROOT / "resources" / sub).rglob("*")) and not (internal / "resources" / sub).is_dir():
            problems.append(f"missing resources/{sub}/")
    for script in (ROOT / "unionapp" / "db" / "migrations" / "versions").glob("*.py"):
        if not (internal / "unionapp" / "db" / "migrations" / "versions" / script.name).is_file():
            problems.append(f"missing migration {script.name}")
    return problems


def smoke(folder: Path, members: int = 500, gui_ms: int = 4000) -> None:
    """Run the frozen programs the way support and a clerk would, headless. Raises SmokeFailure."""
    exe = ".exe" if sys.platform == "win32" else ""
    cli = folder / f"{app_name()}-cli{exe}"
    gui = folder / f"{app_name()}{exe}"
    problems = _bundle_problems(folder)
    if problems:
        raise SmokeFailure("the bundle is incomplete:\n  " + "\n  ".join(problems))
    scratch = Path(tempfile.mkdtemp(prefix="unionapp-smoke-"))
    db = scratch / "smoke.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in ("UNIONAPP_DB", "PYTHONPATH", "PYTHONHOME")}
    env.update(UNIONAPP_HOME=str(scratch / "home"), QT_QPA_PLATFORM="offscreen", UNIONAPP_PASSWORD=SMOKE_PASSWORD)
    steps: list[tuple[str, float]] = []

    def run(*args: str, stdin: str | None = None, program: Path = cli, extra_env: dict | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
        command = [str(program), "--db", str(db), *args]
        started = time.monotonic()
        result = subprocess.run(command, input=stdin, capture_output=True, text=True, encoding="utf-8",
                                errors="replace", cwd=scratch, env={**env, **(extra_env or {})}, timeout=timeout)
        took = time.monotonic() - started
        steps.append((" ".join([program.name, *args]), took))
        print(f"  {took:6.1f}s  {program.name} {' '.join(args)} → {result.returncode}", flush=True)
        if result.returncode != 0:
            raise SmokeFailure(f"{program.name} {' '.join(args)} exited {result.returncode}\n"
                               f"{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
        return result

    print(f"== smoke test of {folder} in {scratch}", flush=True)
    version = run("--version").stdout
    if app_version() not in version:
        raise SmokeFailure(f"--version says {version!r}, not {app_version()}")
    commands = run("--help").stdout
    run("demo", "--members", str(members))
    run("user", "add", "admin", "--role", "admin", "--sensitive", "--password-stdin", stdin=SMOKE_PASSWORD + "\n")
    run("print", "cards", str(scratch / "cards.pdf"))
    run("print", "cards", str(scratch / "cards-a4.pdf"), "--layout", "a4", "--no-record")
    _check_pdf(scratch / "cards.pdf")
    run("check")
    run("backup", str(scratch / "backup.sqlite3"))
    if re.search(r"\bexport\b", commands):
        run("export", "members", str(scratch / "members.xlsx"))
        if re.search(r"\bimport\b", commands):
            # Reading the sheet goes through python-calamine's native extension.
            run("import", "members", str(scratch / "members.xlsx"), "--dry-run")
    else:
        print("  (no export command in this build yet: skipped)", flush=True)
    _smoke_documents(run, scratch)
    run("restore", str(scratch / "backup.sqlite3"))
    report_file = scratch / "smoke-report.json"
    run(program=gui, timeout=120, extra_env={
        "UNIONAPP_SMOKE_EXIT_MS": str(gui_ms), "UNIONAPP_SMOKE_USER": "admin",
        "UNIONAPP_SMOKE_PDF": str(scratch / "cards-a4.pdf"), "UNIONAPP_SMOKE_REPORT": str(report_file)})
    report = json.loads(report_file.read_text(encoding="utf-8"))
    print("  window:", json.dumps(report, ensure_ascii=False), flush=True)
    if report["problems"] or not any(w["class"] == "MainWindow" for w in report["windows"]):
        raise SmokeFailure(f"the window reported problems: {report}")
    log = (scratch / "home" / "logs" / "unionapp.log").read_text(encoding="utf-8", errors="replace")
    bad = [ln for ln in log.splitlines() if " ERROR " in ln or "translation not found" in ln or "left out" in ln]
    if bad:
        raise SmokeFailure("the window's log has errors:\n" + "\n".join(bad[:20]))
    total = sum(took for _, took in steps)
    print(f"== smoke test passed: {len(steps)} runs of the frozen program in {total:.0f}s", flush=True)
    shutil.rmtree(scratch, ignore_errors=True)


def _smoke_documents(run, scratch: Path) -> None:
    """Every other document and export the frozen program makes: each loads its own templates,
    fonts and modules, which a build can leave out while the cards still work."""
    for kind in ("hardship", "campaigns", "aid", "visits"):
        run("export", kind, str(scratch / f"{kind}.xlsx"))
    honourees = scratch / "honourees.csv"
    honourees.write_text("姓名,单位,称号/奖项,证书编号,颁发单位,日期\n"
                         "张红梅,城关镇中心小学,优秀工会积极分子,2026-001,龙泉县总工会,2026-05-01\n", encoding="utf-8")
    documents = {
        "roster.pdf": ("roster", _first_cell(scratch / "campaigns.xlsx")),
        "visit.pdf": ("visit", _first_cell(scratch / "visits.xlsx")),
        "member-form.pdf": ("member-form", _first_cell(scratch / "members.xlsx")),
    }
    for name, (document, key) in documents.items():
        run("print", document, key, str(scratch / name))
    run("print", "certificates", "--from", str(honourees), str(scratch / "certificates.pdf"))
    for name in [*documents, "certificates.pdf"]:
        _check_pdf(scratch / name)


def _first_cell(sheet: Path) -> str:
    """The first data row's first cell of an export (its number: campaign, visit, member)."""
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(sheet)) as workbook:
        return str(workbook.get_sheet_by_index(0).to_python()[1][0])


def _check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        raise SmokeFailure(f"{path.name} is not a PDF with an embedded TrueType (CJK) font")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--linux-smoke", "--smoke", dest="smoke", action="store_true",
                        help="build, then smoke-test the frozen program headless instead of writing the "
                             "installer (works on Windows too)")
    parser.add_argument("--smoke-only", action="store_true", help="smoke-test dist/unionapp as it is, no build")
    parser.add_argument("--installer-only", action="store_true",
                        help="run ISCC on dist/unionapp as it is, no build (fails when ISCC is missing)")
    parser.add_argument("--clean", action="store_true", help="PyInstaller --clean (no cache from earlier builds)")
    parser.add_argument("--iscc", help="path of ISCC.exe (default: PATH, then the usual install folders)")
    parser.add_argument("--members", type=int, default=500, help="demo members for the smoke test")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.smoke_only or args.installer_only:
            folder = DIST / app_name()
            if not folder.is_dir():
                print(f"== {folder} does not exist: build it first", file=sys.stderr)
                return 2
        else:
            folder = run_pyinstaller(clean=args.clean)
            print(f"== PyInstaller done after {time.monotonic() - started:.0f}s", flush=True)
        if args.smoke or args.smoke_only:
            smoke(folder, members=args.members)
        else:
            iscc = find_iscc(args.iscc)
            if iscc is not None:
                run_iscc(iscc)
            elif args.installer_only or sys.platform == "win32":
                print("== ISCC.exe (Inno Setup 6) not found: install it or pass --iscc", file=sys.stderr)
                return 1
            else:
                print("== no ISCC on this system: the installer is built on Windows only", flush=True)
    except SmokeFailure as exc:
        print(f"== SMOKE TEST FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"== build step failed ({exc.returncode}): {' '.join(map(str, exc.cmd))}", file=sys.stderr)
        return 1
    print(f"== done in {time.monotonic() - started:.0f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
