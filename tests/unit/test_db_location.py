"""Where a computer finds the data: the URL the settings keep for each choice (special characters
escaped, the password kept), read back into the form, and the connection test's outcomes."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import server_url
from unionapp.db import location
from unionapp.db.location import POSTGRESQL, SQLITE, Location, location_from_url, probe


def test_the_default_file_is_an_empty_url():
    assert Location().url() == ""
    assert location_from_url("") == Location()


def test_a_server_url_escapes_special_characters_and_reads_back():
    chosen = Location(POSTGRESQL, host="192.168.1.10", port=5433, database="工会", username="clerk",
                      password="p@ss:w/rd%?#")
    url = chosen.url()
    assert url.startswith("postgresql+psycopg://clerk:p%40ss%3Aw%2Frd%25%3F%23@192.168.1.10:5433/")
    assert "connect_timeout=10" in url  # a switched-off server must not hang the start
    assert location_from_url(url) == chosen


def test_an_sqlite_file_reads_back(tmp_path):
    chosen = Location(SQLITE, path=str(tmp_path / "共享 数据" / "office.sqlite3"))
    assert location_from_url(chosen.url()) == chosen


@pytest.mark.parametrize("url", ["postgresql://u@host:notaport/db", "mysql://u@host/db", "sqlite://"])
def test_a_url_the_form_cannot_show_is_the_default(url):
    assert location_from_url(url) == Location()


def test_probe_of_a_database_of_this_program(db):
    url = db.engine.url.render_as_string(hide_password=False)
    assert probe(url) == location.ProbeResult(True, location.OURS)


def test_probe_of_an_empty_and_of_another_programs_sqlite_file(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert probe(str(empty)).state == location.EMPTY
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    conn.close()
    assert probe(str(other)).state == location.FOREIGN


def test_probe_of_a_file_not_there_yet_creates_nothing(tmp_path):
    target = tmp_path / "new" / "office.sqlite3"
    result = probe(Location(SQLITE, path=str(target)).url())
    assert (result.ok, result.state) == (True, location.NEW_FILE)
    assert not (tmp_path / "new").exists()


def test_probe_of_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not an SQLite file" * 100)
    result = probe(str(junk))
    assert (result.ok, result.problem, result.detail) == (False, location.NOT_A_DATABASE, "file is not a database")


def test_probe_of_a_server_that_does_not_answer_says_so_quickly():
    result = probe(Location(POSTGRESQL, host="127.0.0.1", port=1, database="x", username="u").url(), timeout=2)
    assert (result.ok, result.problem) == (False, location.UNREACHABLE)
    assert "Connection refused" in result.detail and "(psycopg" not in result.detail


@pytest.mark.parametrize(("message", "problem"), [
    ('connection failed: FATAL:  password authentication failed for user "u"', location.LOGIN),
    ('connection failed: FATAL:  database "gh" does not exist', location.NO_DATABASE),
    ("connection timeout expired", location.UNREACHABLE),
    ("unable to open database file", location.CANNOT_OPEN),
    ("something else entirely", location.OTHER),
])
def test_driver_messages_are_sorted_into_advice(message, problem):
    assert location.classify(message) == problem


@pytest.mark.skipif(server_url() is None, reason="needs UNIONAPP_TEST_DB (a PostgreSQL server)")
def test_probe_of_the_test_server(db):
    result = probe(server_url())
    assert result.ok and result.state == location.OURS
