"""Broken rule files stop start-up with a RulesError that names the file and the line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailbot.classify.rules import discover_rules, load_ruleset
from mailbot.errors import RulesError

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES, target, ignore=shutil.ignore_patterns("partners", "replies.toml"))
    return target


def line_of(path: Path, needle: str) -> int:
    for no, line in enumerate(path.read_text().splitlines(), 1):
        if needle in line:
            return no
    raise AssertionError(f"{needle!r} not in {path}")


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def expect_error(rules_dir: Path, file: str, line: int, *words: str) -> RulesError:
    with pytest.raises(RulesError) as info:
        load_ruleset(rules_dir)
    err = info.value
    assert err.file == str(rules_dir / file)
    assert err.line == line, str(err)
    assert str(err).startswith(f"{rules_dir / file}:{line}: ")
    for w in words:
        assert w in str(err)
    return err


def test_shipped_rules_load() -> None:
    ruleset = load_ruleset(RULES)
    names = [r.name for r in ruleset.rules]
    assert len(names) == len(set(names)) >= 15
    assert {"subject-phrases", "document-types", "bounce-report", "case-context"} <= set(names)


def test_toml_syntax_error(rules_dir: Path) -> None:
    path = rules_dir / "classify.toml"
    replace(path, "min_score = 3.0", "min_score = = 3.0")
    expect_error(rules_dir, "classify.toml", line_of(path, "min_score = = 3.0"), "TOML syntax error")


def test_unknown_key(rules_dir: Path) -> None:
    path = rules_dir / "classify.toml"
    replace(path, "reply_weight = 0.5", "reply_weight = 0.5\nreply_wieght = 0.7")
    expect_error(rules_dir, "classify.toml", line_of(path, "reply_wieght"), "reply_wieght", "Extra inputs")


def test_wrong_type(rules_dir: Path) -> None:
    path = rules_dir / "classify.toml"
    replace(path, "max_vote = 1.5", 'max_vote = "lots"')
    expect_error(rules_dir, "classify.toml", line_of(path, 'max_vote = "lots"'), "max_vote")


def test_unknown_rule_name(rules_dir: Path) -> None:
    path = rules_dir / "classify.toml"
    with path.open("a") as fh:
        fh.write("\n[rule.body-phrasez]\nweight = 2.0\n")
    expect_error(rules_dir, "classify.toml", line_of(path, "[rule.body-phrasez]"), "unknown rule 'body-phrasez'")


def test_bad_regex_in_a_rule(rules_dir: Path) -> None:
    path = rules_dir / "classify.toml"
    replace(path, "'(退信|未能送达|无法投递)',", "'(退信|未能送达|无法投递)',\n  '(unclosed[group',")
    expect_error(rules_dir, "classify.toml", line_of(path, "(unclosed[group"), "bad regular expression")


def test_bad_regex_in_the_vocabulary(rules_dir: Path) -> None:
    path = rules_dir / "vocabulary.toml"
    replace(path, '"payment" = 1.5', '"payment" = 1.5\n\'re:pay(ment\' = 2.0')
    expect_error(rules_dir, "vocabulary.toml", line_of(path, "re:pay(ment"), "bad regular expression")


def test_unknown_stage_and_weight_type_in_the_vocabulary(rules_dir: Path) -> None:
    path = rules_dir / "vocabulary.toml"
    with path.open("a") as fh:
        fh.write('\n[phrases.delivery.en]\n"delivered" = 2.0\n')
    expect_error(rules_dir, "vocabulary.toml", line_of(path, "[phrases.delivery.en]"), "unknown stage 'delivery'")
    replace(path, '[phrases.delivery.en]\n"delivered" = 2.0\n', "")
    replace(path, '"remittance" = 3.0', '"remittance" = "high"')
    expect_error(rules_dir, "vocabulary.toml", line_of(path, '"remittance" = "high"'), "weight must be a number")


def test_unknown_document_type_in_required_documents(rules_dir: Path) -> None:
    path = rules_dir / "required_documents.toml"
    replace(path, 'required = ["purchase_order", "commercial_invoice", "contract"]',
            'required = ["purchase_order",\n  "comercial_invoice", "contract"]')
    expect_error(rules_dir, "required_documents.toml", line_of(path, '"comercial_invoice"'),
                 "unknown document type 'comercial_invoice'")


def test_bad_reference_pattern(rules_dir: Path) -> None:
    path = rules_dir / "references.toml"
    with path.open("a") as fh:
        fh.write('po = ["PO-(\\\\d+", "x"]\n')
    expect_error(rules_dir, "references.toml", line_of(path, 'po = ["PO-('), "bad regular expression")


def test_missing_rule_file(rules_dir: Path) -> None:
    (rules_dir / "vocabulary.toml").unlink()
    with pytest.raises(RulesError, match="missing rule file vocabulary.toml"):
        load_ruleset(rules_dir)


def test_duplicate_rule_name_is_a_startup_error() -> None:
    with pytest.raises(RulesError, match="duplicate rule name 'body-phrases'"):
        discover_rules(("mailbot.classify.builtin", "tests.classify.dup_rules"))
