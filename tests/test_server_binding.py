"""The PostgreSQL settings bind parameters on the server and prepare repeated statements
(store/server.py, FOLLOWUP_SERVER_BINDING); 0 turns both off, anything else is named."""

from __future__ import annotations

import pytest

URL = "postgres://followup:secret@db.internal:5432/followup"


def test_by_default_parameters_are_bound_on_the_server_and_statements_prepared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from followup.store.server import database_settings

    monkeypatch.delenv("FOLLOWUP_SERVER_BINDING", raising=False)
    options = database_settings(URL)["OPTIONS"]
    assert options == {"server_side_binding": True, "prepare_threshold": 5}


def test_zero_keeps_djangos_client_side_binding(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.store.server import database_settings

    monkeypatch.setenv("FOLLOWUP_SERVER_BINDING", "0")
    assert database_settings(URL)["OPTIONS"] == {}


@pytest.mark.parametrize("value", ["yes", "2", "", "1" * 500])
def test_another_value_is_refused_with_the_variable_named(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    from followup.store.server import ServerConfigError, database_settings

    monkeypatch.setenv("FOLLOWUP_SERVER_BINDING", value)
    with pytest.raises(ServerConfigError, match=r"^FOLLOWUP_SERVER_BINDING: must be 1"):
        database_settings(URL)


def test_the_plain_reader_connection_opens_with_these_options() -> None:
    """store.server.connect passes OPTIONS to psycopg.connect, less Django's own."""
    import os

    from followup.store.server import connect, database_settings

    url = os.environ.get("DATABASE_URL")
    if not url:
        pytest.skip("PostgreSQL only (FOLLOWUP_TEST_POSTGRES=1)")
    settings = database_settings(url)
    assert settings["OPTIONS"]["server_side_binding"] is True
    with connect(settings) as db:
        assert db.prepare_threshold == 5
        assert db.execute("SELECT 41 + 1").fetchone() == (42,)
