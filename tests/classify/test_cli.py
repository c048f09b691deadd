"""`mailbot classify` on real .eml files: schema-valid JSON, readable summary, clear errors, hostile corpus."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from mailbot.cli import cli
from tests.cases.docs import commercial_invoice, mail, purchase_order
from tests.paths import CORPUS, SCHEMAS

MAIL_DIRS = ("stalwart-mail-parser", "flanker", "spamscope-mail-parser")
# Bounces, delivery/feedback reports and spam-filter-flagged mail in the shared corpus: all must be "auto".
AUTO_FILES = [
    "flanker/tests/fixtures/messages/bounce/broken-mime.eml",
    "flanker/tests/fixtures/messages/bounce/delayed-broken.eml",
    "flanker/tests/fixtures/messages/bounce/delayed.eml",
    "flanker/tests/fixtures/messages/bounce/gmail-invalid-address.eml",
    "flanker/tests/fixtures/messages/bounce/gmail-no-dns.eml",
    "flanker/tests/fixtures/messages/bounce/mailbox-full.eml",
    "flanker/tests/fixtures/messages/bounce/no-mx.eml",
    "flanker/tests/fixtures/messages/bounce/office365.eml",
    "flanker/tests/fixtures/messages/bounce/zed.eml",
    "flanker/tests/fixtures/messages/complaints/aol.eml",
    "flanker/tests/fixtures/messages/complaints/yahoo.eml",
    "flanker/tests/fixtures/messages/disposition-notification.eml",
    "spamscope-mail-parser/tests/mails/mail_malformed_2",
    "spamscope-mail-parser/tests/mails/mail_test_16",
]


def validator() -> Draft202012Validator:
    """classification.schema.json with its $ref to document.schema.json resolved from the shared folder."""
    cls = json.loads((SCHEMAS / "classification.schema.json").read_text())
    doc = json.loads((SCHEMAS / "document.schema.json").read_text())
    registry = Registry().with_resources([
        ("mailbot/document.schema.json", Resource.from_contents(doc)),
        ("document.schema.json", Resource.from_contents(doc)),
        (doc.get("$id", "document.schema.json"), Resource.from_contents(doc)),
    ])
    return Draft202012Validator(cls, registry=registry)


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # isolate=false keeps the corpus sweep fast on 2 cores; the time budget still bounds each file.
    path = tmp_path_factory.mktemp("cfg") / "config.toml"
    path.write_text('[company]\ndomain = "example.com"\nown_addresses = ["orders@example.com"]\n'
                    '[limits]\nisolate = false\ntime_budget_seconds = 10\n')
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailbot", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def order_eml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw, _ = mail(subject="Purchase order 4500012345", body="Dear team,\nplease find attached our purchase order "
                  "4500012345 and the commercial invoice.\nBest regards\nJohn",
                  attachments=[("PO_4500012345.docx", purchase_order()), ("Invoice_INV-2026-0042.docx",
                                                                          commercial_invoice())])
    path = tmp_path_factory.mktemp("eml") / "order.eml"
    path.write_bytes(raw)
    return path


def test_json_output_is_schema_valid_and_right(config: Path, order_eml: Path) -> None:
    proc = run_cli("--config", str(config), "classify", str(order_eml), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    validator().validate(out)
    assert (out["kind"], out["stage"]) == ("order", "order")
    assert {d["doc_type"] for d in out["documents"]} == {"purchase_order", "commercial_invoice"}
    assert out["missing_documents"] == ["contract"]
    assert out["autoreply"] is True
    assert {"4500012345", "INV-2026-0042"} <= set(out["references"])
    assert [r["rule"] for r in out["reasons"]][-2:] == ["decision", "required-documents"]


def test_readable_summary(config: Path, order_eml: Path) -> None:
    proc = run_cli("--config", str(config), "classify", str(order_eml))
    assert proc.returncode == 0, proc.stderr
    assert "order / stage order" in proc.stdout
    assert "- document-types: purchase_order 4500012345" in proc.stdout
    assert "missing documents: contract" in proc.stdout
    assert "automatic reply: yes" in proc.stdout


def test_auto_reply_mail_summary_says_why_no_reply(config: Path, tmp_path: Path) -> None:
    raw, _ = mail(subject="Out of office: PO 4711", body="I am away until Monday.",
                  headers={"Auto-Submitted": "auto-replied"})
    (tmp_path / "ooo.eml").write_bytes(raw)
    proc = run_cli("--config", str(config), "classify", str(tmp_path / "ooo.eml"))
    assert proc.returncode == 0
    assert "other / stage auto" in proc.stdout
    assert "automatic reply: no (auto-submitted (auto-replied))" in proc.stdout


@pytest.mark.parametrize("case", ["missing", "empty", "directory"])
def test_unreadable_file_is_one_line_error(config: Path, tmp_path: Path, case: str) -> None:
    path = tmp_path / "x.eml"
    if case == "empty":
        path.write_bytes(b"")
    elif case == "directory":
        path.mkdir()
    proc = run_cli("--config", str(config), "classify", str(path), "--json")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ") and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_broken_rules_directory_is_a_clear_error(config: Path, order_eml: Path, tmp_path: Path) -> None:
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules)
    (rules / "vocabulary.toml").write_text('[phrases.order.en]\n"po" = [\n')
    proc = run_cli("--config", str(config), "classify", "--rules", str(rules), str(order_eml))
    assert proc.returncode == 1
    assert f"{rules / 'vocabulary.toml'}:2: TOML syntax error" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_list_rules(config: Path) -> None:
    proc = run_cli("--config", str(config), "classify", "--list-rules")
    assert proc.returncode == 0
    names = [line.split()[0] for line in proc.stdout.splitlines()]
    assert "bounce-report" in names and "document-types" in names and len(names) == len(set(names))


def corpus_mail_files() -> list[Path]:
    files = []
    for d in MAIL_DIRS:
        for p in sorted((CORPUS / d).rglob("*")):
            if p.is_file() and p.suffix not in (".json", ".txt", ".png") and p.name not in ("COPYING", "LICENSE"):
                files.append(p)
    return files


def test_every_corpus_mail_classifies_without_a_traceback(config: Path) -> None:
    files = corpus_mail_files()
    assert len(files) > 100
    check = validator()
    runner = CliRunner()
    verdicts: dict[str, dict] = {}
    for path in files:
        result = runner.invoke(cli, ["--config", str(config), "classify", str(path), "--json"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (path, result.exception)
        assert result.exit_code == 0, (path, result.output)
        out = json.loads(result.stdout)
        check.validate(out)
        verdicts[str(path.relative_to(CORPUS))] = out
    for name in AUTO_FILES:
        assert verdicts[name]["stage"] == "auto", (name, verdicts[name]["reasons"])
        assert verdicts[name]["kind"] == "other" and verdicts[name]["autoreply"] is False
    # the real-world corpus holds no B2B deals: nearly all of it must be "other", never a confident order
    business = [n for n, v in verdicts.items() if v["kind"] != "other"]
    assert len(business) <= len(files) // 10, business
