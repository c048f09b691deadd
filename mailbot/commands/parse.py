"""`mailbot parse FILE`: extract business documents from one file, as JSON or a readable summary."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from parsers.model import shown_doc_type


def _limits(ctx: click.Context) -> Any:
    from parsers import Limits

    obj = ctx.find_root().obj
    # a config file is optional for this command: use its [limits] only when one was named
    if obj is not None and (getattr(obj, "config_path", None) or os.environ.get("MAILBOT_CONFIG")):
        return Limits.from_settings(obj.settings.limits)
    return Limits()


def _summary(result: Any, file: str) -> str:
    out = [f"{file}: {result.detected_type}, status {result.status}, {len(result.documents)} document(s)"]
    for err in result.errors:
        out.append(f"  ! {err}")
    for doc in result.documents:
        d = doc.to_json()
        out.append(f"- {shown_doc_type(d)} {d['number'] or '(no number)'}  source={d['source']}"
                   + (f"  [{d['structured_source']}]" if d["structured_source"] else ""))
        for key in ("order_number", "date", "due_date", "delivery_date", "currency", "subtotal", "tax", "total",
                    "incoterms", "payment_terms", "signed"):
            if d.get(key) is not None:
                out.append(f"    {key}: {d[key]}")
        for role in ("seller", "buyer"):
            if d.get(role):
                p = d[role]
                out.append(f"    {role}: " + ", ".join(str(v) for v in (p.get("name"), p.get("country"),
                                                                       p.get("vat_id"), p.get("email")) if v))
        if d["tracking_numbers"]:
            out.append(f"    tracking: {', '.join(d['tracking_numbers'])}")
        if d["line_items"]:
            out.append(f"    line items: {len(d['line_items'])}")
            for it in d["line_items"][:10]:
                out.append(f"      {it['sku'] or ''} {it['description'] or ''} | qty {it['quantity']} "
                           f"{it.get('unit') or ''} x {it['unit_price']} = {it['amount']}")
        for w in d["warnings"]:
            out.append(f"    warning: {w}")
    return "\n".join(out)


@click.command("parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print JSON per document.schema.json")
@click.option("--no-structured", is_flag=True, help="ignore embedded Factur-X/ZUGFeRD/Order-X/UBL data")
@click.pass_context
def parse(ctx: click.Context, file: Path, as_json: bool, no_structured: bool) -> None:
    """Parse FILE (PDF, Excel, Word, mail, XML, ...) and print the business documents found."""
    from parsers import parse_file

    result = parse_file(file, limits=_limits(ctx), use_structured=not no_structured)
    if as_json:
        click.echo(json.dumps(result.to_json(str(file)), ensure_ascii=False, indent=2))
    else:
        click.echo(_summary(result, str(file)))
    if result.status in ("failed", "skipped"):
        reason = result.errors[0] if result.errors else f"cannot parse {result.detected_type} file"
        click.echo(f"error: {reason}", err=True)
        sys.exit(1)


commands: list[click.Command] = [parse]
