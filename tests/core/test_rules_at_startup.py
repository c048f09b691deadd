"""A broken rule file stops `poll` and `run` at start-up with file:line, before any message is touched."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", [["poll", "--once"], ["run"]])
def test_broken_rule_file_is_a_startup_error(command, tmp_path, make_config_file, clean_mailbox) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    text = (rules / "classify.toml").read_text()
    (rules / "classify.toml").write_text(text + "\n[broken\n")
    broken_line = len((text + "\n").splitlines()) + 1
    config = make_config_file(rules={"path": str(rules)})
    proc = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), *command],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert f"classify.toml:{broken_line}:" in proc.stderr
    assert "Traceback" not in proc.stderr
