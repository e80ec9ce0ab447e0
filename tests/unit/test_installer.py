"""What can be checked of the Windows build without building it (DESIGN §7, CONVENTIONS rule 14):
the PyInstaller spec bundles every resource folder, the guide, the migrations and Qt's Chinese
strings, and makes the two programs; the Inno Setup script keeps its AppId, installs per user or
for everyone, makes the shortcuts and speaks Chinese; the workflow has its steps; the version is
one. The real proof is the frozen smoke test: `python installer/build.py --linux-smoke`."""

from __future__ import annotations

import importlib.util
import pkgutil
import re
import sys
import tomllib
import types
from html.parser import HTMLParser
from pathlib import Path

import pytest

import unionapp
from unionapp import paths

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
APP_ID = "39FF59B9-C0EF-498A-A952-B383EB61A2AC"  # fixed for ever: Windows knows the program by it


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("unionapp_installer_build_test", INSTALLER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_is_one():
    assert pyproject()["project"]["version"] == unionapp.__version__


# --- the spec ------------------------------------------------------------------------------------


class _Recorder:
    """Stands for PyInstaller's Analysis / PYZ / EXE / COLLECT: keeps what it was given."""

    made: list[_Recorder] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        _Recorder.made.append(self)
        self.scripts, self.pure, self.binaries = [], [], kwargs.get("binaries", [])
        self.datas = kwargs.get("datas", [])


def _fake_pyinstaller(monkeypatch) -> None:
    """PyInstaller's hook helpers, enough for the spec to run here quickly (and without PyInstaller)."""

    def collect_submodules(package, filter=lambda name: True):  # noqa: A002 - PyInstaller's name
        if package != "unionapp":
            return []
        return [name for _, name, _ in pkgutil.walk_packages(unionapp.__path__, "unionapp.", onerror=lambda _n: None)
                if filter(name)]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = collect_submodules
    hooks.collect_data_files = lambda *_a, **_k: []
    hooks.collect_dynamic_libs = lambda *_a, **_k: []
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
                 "VarStruct"):
        setattr(versioninfo, name, lambda *_a, **_k: None)
    for name, module in {"PyInstaller": types.ModuleType("PyInstaller"),
                         "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
                         "PyInstaller.utils.hooks": hooks,
                         "PyInstaller.utils.win32": types.ModuleType("PyInstaller.utils.win32"),
                         "PyInstaller.utils.win32.versioninfo": versioninfo}.items():
        monkeypatch.setitem(sys.modules, name, module)


@pytest.fixture(scope="module")
def spec_run(tmp_path_factory):
    """Run installer/unionapp.spec with stand-ins for PyInstaller's classes; what it asked for."""
    monkeypatch = pytest.MonkeyPatch()
    _fake_pyinstaller(monkeypatch)
    _Recorder.made = []
    namespace = {"SPECPATH": str(INSTALLER), "workpath": str(tmp_path_factory.mktemp("work")),
                 "DISTPATH": str(tmp_path_factory.mktemp("dist")), "__file__": str(INSTALLER / "unionapp.spec")}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT"):
        namespace[name] = type(name, (_Recorder,), {})
    try:
        source = (INSTALLER / "unionapp.spec").read_text(encoding="utf-8")
        exec(compile(source, str(INSTALLER / "unionapp.spec"), "exec"), namespace)  # noqa: S102
    finally:
        monkeypatch.undo()
    return {kind: [r for r in _Recorder.made if r.kind == kind] for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}


def _bundled(spec_run) -> set[str]:
    """Every bundled data file as its path inside the folder (dest/name)."""
    (analysis,) = spec_run["Analysis"]
    return {f"{Path(dest).as_posix()}/{Path(source).name}" for source, dest in analysis.kwargs["datas"]}


def test_the_spec_reads_name_and_version_from_pyproject():
    text = (INSTALLER / "unionapp.spec").read_text(encoding="utf-8")
    assert "tomllib" in text and "pyproject.toml" in text
    assert not re.search(r"version\s*=\s*[\"']\d", text), "the version must come from pyproject.toml"


def test_the_spec_bundles_every_resource_folder(spec_run):
    bundled = _bundled(spec_run)
    for folder in sorted(p for p in (ROOT / "resources").iterdir() if p.is_dir()):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix not in (".ts", ".pyc"):
                assert f"resources/{path.relative_to(ROOT / 'resources').as_posix()}" in bundled, path


def test_the_spec_bundles_the_migrations_where_package_path_finds_them(spec_run):
    bundled = _bundled(spec_run)
    migrations = paths.package_path("db", "migrations")
    assert "unionapp/db/migrations/env.py" in bundled
    assert "unionapp/db/migrations/script.py.mako" in bundled
    versions = sorted(migrations.joinpath("versions").glob("*.py"))
    assert versions
    for script in versions:
        assert f"unionapp/db/migrations/versions/{script.name}" in bundled


def test_the_spec_bundles_the_guide_licences_and_qt_chinese(spec_run):
    bundled = _bundled(spec_run)
    assert "resources/guide/zh_CN.html" in bundled and "resources/guide/zh_CN.md" in bundled
    for image in (ROOT / "docs" / "guide" / "images").glob("*.png"):
        assert f"resources/guide/images/{image.name}" in bundled
    assert "resources/licenses/THIRD_PARTY.md" in bundled
    assert any(path.startswith("resources/licenses/SQLAlchemy/") for path in bundled)
    assert any(path.endswith("/translations/qtbase_zh_CN.qm") for path in bundled)


def test_the_spec_takes_every_unionapp_module_and_the_migrations_imports(spec_run):
    (analysis,) = spec_run["Analysis"]
    hidden = set(analysis.kwargs["hiddenimports"])
    # The main window imports its pages by name: the analysis alone would miss them.
    from unionapp.ui.main_window import PAGES

    assert {spec.module for spec in PAGES} <= hidden
    assert not any(".migrations" in name for name in hidden if name.startswith("unionapp"))
    assert {"alembic.op", "alembic.context", "PySide6.QtPrintSupport"} <= hidden
    assert "pytest" in analysis.kwargs["excludes"] and "tkinter" in analysis.kwargs["excludes"]


def test_the_spec_makes_a_windowed_and_a_console_program_in_one_folder(spec_run):
    exes = {exe.kwargs["name"]: exe.kwargs["console"] for exe in spec_run["EXE"]}
    assert exes == {"unionapp": False, "unionapp-cli": True}
    assert all(exe.kwargs["exclude_binaries"] for exe in spec_run["EXE"]), "one folder, not one file"
    (collect,) = spec_run["COLLECT"]
    assert collect.kwargs["name"] == "unionapp" and len([a for a in collect.args if getattr(a, "kind", None) == "EXE"]) == 2
    assert len(spec_run["Analysis"]) == 1, "both programs come from the same analysis"


# --- the Inno Setup script --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def iss() -> str:
    raw = (INSTALLER / "unionapp.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads the Chinese texts right only from UTF-8 with a BOM"
    return raw.decode("utf-8-sig")


def test_the_installer_keeps_its_app_id(iss):
    assert "AppId={{" + APP_ID + "}" in iss
    assert len(re.findall(r"^AppId=", iss, re.M)) == 1


def test_the_installer_takes_the_version_from_the_command_line(iss, build):
    assert "#ifndef AppVersion" in iss and "AppVersion={#AppVersion}" in iss
    assert not re.search(r"#define\s+AppVersion", iss), "the version is passed as /DAppVersion, never written here"
    command = build.iscc_command(Path("ISCC.exe"), "1.2.3")
    assert "/DAppVersion=1.2.3" in command and str(INSTALLER / "unionapp.iss") == command[-1]


def test_the_installer_installs_per_user_or_for_everyone(iss):
    assert "DefaultDirName={autopf}\\unionapp" in iss
    assert "PrivilegesRequired=lowest" in iss
    assert "PrivilegesRequiredOverridesAllowed=dialog" in iss


def test_the_installer_makes_start_menu_and_desktop_shortcuts(iss):
    icons = iss.split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert "{autoprograms}" in icons and "{autodesktop}" in icons and "Tasks: desktopicon" in icons
    assert "resources\\guide\\zh_CN.html" in iss, "the guide has its own Start-menu entry"


def test_the_installer_speaks_chinese(iss):
    assert "ChineseSimplified.isl" in iss
    assert re.search(r'^Name: "chinesesimplified"; MessagesFile: "\{#ChineseIsl\}"', iss, re.M)


def test_uninstalling_keeps_the_data_unless_the_clerk_says_otherwise(iss):
    code = iss.split("[Code]", 1)[1]
    assert "usPostUninstall" in code and "UninstallSilent" in code
    assert code.count("MB_DEFBUTTON2") == 2, "both questions default to No"
    # The folder asked about is the one the program uses (platformdirs on Windows: author\name).
    assert f"{{localappdata}}\\{paths.APP_AUTHOR}\\{paths.APP_NAME}" in code


# --- the workflow ----------------------------------------------------------------------------------


def test_the_windows_workflow_has_its_steps():
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for needed in ("runs-on: windows-latest", 'python-version: "3.11"', 'pip install -e ".[dev]" pyinstaller',
                   "QT_QPA_PLATFORM: offscreen", "pytest", "installer/build.py --smoke", "choco install innosetup",
                   "ChineseSimplified.isl", "installer/build.py --installer-only", "actions/upload-artifact",
                   "setup.exe"):
        assert needed in text, needed
    order = [text.index(step) for step in ("pytest", "--smoke", "choco install", "--installer-only", "upload-artifact")]
    assert order == sorted(order)


# --- the guide, the licences, the icon -------------------------------------------------------------


def test_every_picture_of_the_guide_exists_and_is_used():
    guide = (ROOT / "docs" / "guide" / "zh_CN.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\((images/[^)]+)\)", guide))
    assert shown, "the guide shows the program"
    on_disk = {f"images/{p.name}" for p in (ROOT / "docs" / "guide" / "images").glob("*.png")}
    assert shown == on_disk


class _Balance(HTMLParser):
    VOID = {"img", "br", "hr", "meta"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.images = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs)["src"])
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(tag)


def test_the_guide_renders_to_well_formed_html(build, tmp_path):
    written = build.render_guide(ROOT / "docs" / "guide", tmp_path / "guide")
    html = (tmp_path / "guide" / "zh_CN.html").read_text(encoding="utf-8")
    parser = _Balance()
    parser.feed(html)
    assert not parser.errors and not parser.stack
    assert parser.images and all((tmp_path / "guide" / src).is_file() for src in parser.images)
    assert {p.name for p in written} >= {"zh_CN.html", "zh_CN.md"}


def test_the_markdown_subset(build):
    html = build.markdown_to_html(
        "# 标题\n\n## 一节\n\n1. 第一步，\n   接着写。\n2. 选择：\n   - **甲**\n   - 乙\n\n![图](images/a.png)\n\n"
        "3. 第三步\n\n> 注意：`code`\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n", "标题")
    assert "<li>\n第一步，接着写。" in html  # wrapped Chinese lines join without a space
    assert "<ul>\n<li><strong>甲</strong></li>\n<li>乙</li>\n</ul>" in html
    assert '<ol start="3">' in html
    assert "<blockquote><p>注意：<code>code</code></p></blockquote>" in html
    assert "<th>a</th>" in html and "<td>2</td>" in html
    assert '<a href="#一节">一节</a>' in html


def test_every_dependency_has_its_licence_listed(build):
    listed = (ROOT / "resources" / "licenses" / "THIRD_PARTY.md").read_text(encoding="utf-8").lower()
    collected = {name.lower().replace("_", "-") for name in build.BUNDLED_DISTRIBUTIONS}
    for requirement in pyproject()["project"]["dependencies"]:
        name = re.split(r"[<>=!~\[;\s]", requirement, maxsplit=1)[0]
        assert name.lower().removesuffix("-essentials") in listed, f"{name} is missing from THIRD_PARTY.md"
        assert name.lower().replace("_", "-") in collected, f"{name} is missing from build.BUNDLED_DISTRIBUTIONS"


def test_the_icon_has_every_windows_size():
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "unionapp.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(sizes)
    assert (ROOT / "tools" / "make_icon.py").is_file()


def test_no_path_of_a_build_machine_in_the_installer_files():
    for path in [*INSTALLER.iterdir(), ROOT / ".github" / "workflows" / "windows.yml", ROOT / "docs" / "guide" / "zh_CN.md"]:
        if path.is_file() and path.suffix in (".spec", ".iss", ".py", ".md", ".yml"):
            text = path.read_text(encoding="utf-8-sig")
            assert not re.search(r"/(home|root|work|tmp)/\w", text), path
