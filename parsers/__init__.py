"""Document extraction: detect a file's type, read it safely, and extract business documents."""
from parsers.api import parse_body, parse_bytes, parse_file
from parsers.model import Document, Limits, LineItem, ParseResult, Party

__all__ = ["Document", "LineItem", "Limits", "ParseResult", "Party", "parse_body", "parse_bytes", "parse_file"]
