"""Settings: the shipped config loads, mistakes name the key, secrets come from the environment."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.config import load_settings, settings_from_dict
from mailbot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_config_loads_and_resolves_paths_relative_to_the_file() -> None:
    s = load_settings(ROOT / "config.toml")
    assert s.mailbox[0].name == "orders"
    assert s.database.url == f"sqlite:///{ROOT / 'var' / 'mailbot.db'}"
    assert s.storage.path == ROOT / "var" / "store"
    assert s.rules.path == ROOT / "rules"
    assert "orders@example.com" in s.own_addresses


@pytest.mark.parametrize(("toml", "expected"), [
    ('[[mailbox]]\nname="a"\nhost="h"\nport="x"\nusername="u"\n', "mailbox[0].port"),
    ('[smtp]\nsecurity="maybe"\n', "smtp.security"),
    ('[digest]\nat="25:00"\n', "digest.at"),
    ('[digest]\ntimezone="Mars/Olympus"\n', "digest.timezone"),
    ('[databse]\nurl="x"\n', "databse"),
    ('[[mailbox]]\nname="a"\nhost="h"\nusername="u"\n[[mailbox]]\nname="a"\nhost="h"\nusername="u"\n', "duplicate"),
])
def test_bad_config_is_one_error_naming_the_key(tmp_path: Path, toml: str, expected: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as exc:
        load_settings(path)
    assert expected in str(exc.value)


def test_toml_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[database]\nurl = \n")
    with pytest.raises(ConfigError, match=r"c\.toml.*line 2"):
        load_settings(path)


def test_cli_reports_config_error_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[smtp]\nport = "seven"\n')
    proc = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(path), "check"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "smtp.port" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_password_comes_from_environment_or_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    s = settings_from_dict({"mailbox": [
        {"name": "a", "host": "h", "username": "u", "password_env": "MB_TEST_PW"},
        {"name": "b", "host": "h", "username": "u", "password_file": str(secret)},
    ]})
    monkeypatch.setenv("MB_TEST_PW", "from-env")
    assert s.get_mailbox("a").password() == "from-env"
    assert s.get_mailbox("b").password() == "from-file"
    monkeypatch.delenv("MB_TEST_PW")
    with pytest.raises(ConfigError, match="MB_TEST_PW"):
        s.get_mailbox("a").password()


def test_check_fails_when_the_blob_store_lacks_what_the_database_recorded(make_settings, make_config_file,
                                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mailbot.app import build_app
    from mailbot.pipeline.runner import ingest

    raw = b"From: a@partner.test\r\nTo: orders@example.com\r\nSubject: hello\r\nMessage-ID: <1@t>\r\n\r\nhi\r\n"
    app = build_app(make_settings(storage={"path": tmp_path / "blobs-a"}))
    ingest(app, raw, mailbox="main", uidvalidity=1, uid=1)
    app.engine.dispose()

    def check(store: str) -> subprocess.CompletedProcess[str]:
        config = make_config_file(storage={"path": tmp_path / store})
        return subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), "check"],
                              capture_output=True, text=True, timeout=60)

    good = check("blobs-a")
    assert good.returncode == 0, good.stderr
    assert "storage    ok" in good.stdout and "newest 1 raw messages present" in good.stdout
    # A second instance pointed at its own, empty store: said plainly, before anything fails later.
    bad = check("blobs-b")
    assert bad.returncode != 0
    assert "1 of the 1 newest messages" in bad.stderr and "blobs-b" in bad.stderr and "Traceback" not in bad.stderr
