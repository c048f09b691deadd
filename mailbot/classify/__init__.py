"""Classification of messages (kind, stage, reasons, required documents, references)."""
from mailbot.classify.api import classify_eml
from mailbot.classify.engine import classify_message
from mailbot.classify.model import CaseContext, Classification
from mailbot.classify.rules import RuleSet, load_ruleset

__all__ = ["CaseContext", "Classification", "RuleSet", "classify_eml", "classify_message", "load_ruleset"]
