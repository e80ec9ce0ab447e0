"""The Chinese translation is complete (DESIGN §1: zh_CN is the default and is complete) and the
compiled .qm that the program loads at run time translates."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator

from unionapp import paths

TS = paths.resource_path("i18n", "unionapp_zh_CN.ts")
QM = paths.resource_path("i18n", "unionapp_zh_CN.qm")


def messages():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "zh_CN"
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def test_every_entry_is_translated():
    problems = []
    for context, source, translation in messages():
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not (translation.text or "").strip() and not list(translation):
            problems.append(f"{context}: {source!r} is empty")
    assert not problems, "run tools/update_translations.py and translate:\n" + "\n".join(problems)


def test_the_placeholders_survive_translation():
    for context, source, translation in messages():
        if translation is None or not translation.text:
            continue
        for marker in ("%1", "%2", "%3"):
            assert (marker in source) == (marker in translation.text), f"{context}: {source!r}"


def test_the_compiled_translation_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Dashboard") == "工作台"
    assert translator.translate("LoginDialog", "Sign in") == "登录"
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Audit log") == "审计日志"
    finally:
        qapp.removeTranslator(translator)


def test_the_compiled_file_matches_its_source(qapp):
    """Every translation of the .ts is what the committed .qm gives (else lrelease was not run)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        f"{context}: {source!r}"
        for context, source, translation in messages()
        if translation is not None and translation.text and translation.get("type") is None
        and translator.translate(context, source) != translation.text
    ]
    assert not stale, "run tools/update_translations.py to compile the .qm:\n" + "\n".join(stale[:20])
