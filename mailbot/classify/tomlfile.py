"""Reading rule files so that every problem names the file and the line (also for semantic errors)."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from mailbot.errors import RulesError

_LINE_COL = re.compile(r"\(at line (\d+), column \d+\)")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse one rule file; syntax errors become RulesError(file, line)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise RulesError(f"cannot read rule file: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise RulesError("not UTF-8 text", file=str(path), line=line) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = _LINE_COL.search(str(exc))
        msg = _LINE_COL.sub("", str(exc)).strip()
        line = int(m.group(1)) if m else None
        if line is None and "end of document" in str(exc):
            # e.g. an array never closed: the last non-empty line is where the reader gave up
            line = max((no for no, ln in enumerate(text.splitlines(), 1) if ln.strip()), default=1)
        raise RulesError(f"TOML syntax error: {msg}", file=str(path), line=line) from None


def _key_path(fragment: str) -> tuple[Any, ...] | None:
    """The dotted key path of a 'key = ...' or '[table]' line, using tomllib itself to unquote keys."""
    try:
        data = tomllib.loads(fragment)
    except tomllib.TOMLDecodeError:
        return None
    path: list[Any] = []
    while isinstance(data, dict) and len(data) == 1:
        key = next(iter(data))
        path.append(key)
        data = data[key]
        if isinstance(data, list) and data and isinstance(data[0], dict):
            data = data[0]
    return tuple(path)


def find_line(text: str, path: tuple[Any, ...], value_hint: str | None = None) -> int | None:
    """The line where `path` (e.g. ("rule", "body-phrases", "weight")) is defined; the deepest match wins.

    Arrays of tables count their occurrences so ("pattern", 2, "regex") finds the third [[pattern]].
    `value_hint` (an offending string) narrows a match inside a multi-line array to the item's own line.
    """
    lines = text.splitlines()
    table: tuple[Any, ...] = ()
    aot_counts: dict[tuple[Any, ...], int] = {}
    best_depth, best_line = 0, None
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        full: tuple[Any, ...] | None
        if line.startswith("[["):
            head = _key_path(line[1:].split("]]")[0] + "]")
            if head is None:
                continue
            idx = aot_counts.get(head, 0)
            aot_counts[head] = idx + 1
            table = full = (*head, idx)
        elif line.startswith("["):
            head = _key_path(line.split("#")[0].strip() if "]" in line else line)
            if head is None:
                continue
            table = full = head
        elif "=" in line:
            key = _key_path(line) or _key_path(line.split("=", 1)[0] + "= 0")
            if key is None:
                continue
            full = (*table, *key)
        else:
            continue
        depth = 0
        for a, b in zip(full, path, strict=False):
            if a != b:
                break
            depth += 1
        if depth > best_depth or (depth == best_depth == len(full) and best_line is None):
            best_depth, best_line = depth, no
    if value_hint and best_line is not None:
        for no in range(best_line, min(len(lines), best_line + 400) + 1):
            if value_hint in lines[no - 1]:
                return no
    return best_line


def fail(path: Path, text: str, where: tuple[Any, ...], message: str, value_hint: str | None = None) -> RulesError:
    """A RulesError for a semantic problem at key path `where` of one file."""
    dotted = ".".join(str(p) for p in where)
    return RulesError(f"{dotted}: {message}" if dotted else message, file=str(path),
                      line=find_line(text, where, value_hint))
