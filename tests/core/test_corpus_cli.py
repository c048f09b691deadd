"""`mailbot classify` and `mailbot parse` on every mail and attachment of the labelled corpus: schema-valid
JSON or a clear error, never a traceback (the commands run in-process through the real click group)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mailbot.cli import cli
from parsers.mime import parse_message
from tests.paths import REPO, SCHEMAS

MAILS = sorted((REPO / "tests" / "corpus").glob("*/*.eml"))
SPLITS = sorted({m.parent.name for m in MAILS})


@pytest.fixture(scope="module")
def validators():  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    if not SCHEMAS.is_dir():
        pytest.skip(f"{SCHEMAS} not available")
    docs = {p.name: json.loads(p.read_text()) for p in SCHEMAS.glob("*.json")}
    registry = Registry().with_resources(
        (f"mailbot/{name}", Resource.from_contents(doc)) for name, doc in docs.items())
    registry = registry.with_resources((name, Resource.from_contents(doc)) for name, doc in docs.items())
    return (jsonschema.Draft202012Validator(docs["classification.schema.json"], registry=registry),
            jsonschema.Draft202012Validator(docs["document.schema.json"], registry=registry))


def test_labelled_corpus_is_present() -> None:
    assert len(MAILS) >= 60


# One test per split: each has its own time limit and its own report, and a new split adds a test.
@pytest.mark.parametrize("split", SPLITS)
def test_classify_and_parse_every_corpus_mail(validators, split: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    classification, document = validators
    runner = CliRunner()
    attachments = 0
    mails = [m for m in MAILS if m.parent.name == split]
    for mail in mails:
        out = runner.invoke(cli, ["classify", str(mail), "--json"], catch_exceptions=False)
        assert out.exit_code == 0, (mail.name, out.output)
        classification.validate(json.loads(out.stdout))
        for i, part in enumerate(parse_message(mail.read_bytes()).attachments):
            path = tmp_path / f"{mail.stem}-{i}-{Path(part.filename or 'part').name}"
            path.write_bytes(part.data)
            res = runner.invoke(cli, ["parse", str(path), "--json"], catch_exceptions=False)
            assert res.exit_code in (0, 1), (path.name, res.output)
            if res.exit_code == 1:
                assert res.stderr.startswith("error: ") and "Traceback" not in res.stderr
            for doc in json.loads(res.stdout)["documents"]:
                document.validate(doc)
            attachments += 1
    assert attachments >= 20
