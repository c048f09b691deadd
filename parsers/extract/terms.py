"""Payment-terms grammar: whether a caption's value states how to pay, and terms under a clause heading."""
from __future__ import annotations

import re

from parsers.extract.vocab import base_vocab
from parsers.validate import INCOTERMS_2020

# The words payment terms are made of, in the languages partners write: a credit period (net N days, N days
# from B/L / invoice / end of month), an instrument (L/C at sight, T/T, wire, cheque, CAD, D/P, D/A), an
# advance and its balance, a cash discount (Skonto, escompte). A value with none of them ("& Conditions",
# "see overleaf", "Standard Terms and Conditions apply") is a heading or a reference, not terms.
TERMS_WORD_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    # en
    r"net|nett|days?|months?|weeks?|advance|advanced|prepay(?:ment)?|pre-?paid|deposit|balance|sight|usance|"
    r"l/c|lc|letters?\s+of\s+credit|t/t|tt|wire|transfer|remittance|cash|c\.?o\.?d|c\.?a\.?d|d/p|d/a|"
    r"documents?\s+against|against\s+(?:documents?|copy|b/l|invoice)|b/l|invoice|receipt|eom|end\s+of\s+month|"
    r"immediate(?:ly)?|due|credit|open\s+account|cheque|check|direct\s+debit|instal+ments?|discount|payable|"
    # de
    r"netto|tagen?|monate?n?|skonto|vorkasse|vorauskasse|überweisung|nachnahme|sofort|rein|ohne\s+abzug|zahlbar|"
    r"lastschrift|akkreditiv|rechnungs(?:datum|eingang|erhalt)|anzahlung|bar|"
    # fr
    r"jours?|fin\s+de\s+mois|virement|comptant|réception|acompte|chèque|traite|lcr|prélèvement|"
    r"crédit\s+documentaire|escompte|à\s+vue|"
    # es / pt / it / nl
    r"días|dias|contado|transferencia|transferência|anticipo|anticipado|adelanto|adelantado|saldo|antecipado|giro|"
    r"carta\s+de\s+crédito|"
    r"crédito|credito|pago|vencimiento|a\s+la\s+vista|boleto|giorni|bonifico|rimessa\s+diretta|fine\s+mese|"
    r"riba|dagen|overboeking|vooruitbetaling|à\s+vista|vista\s+fattura|gg|"
    # pl / cs / tr / vi / id / nordic
    r"dni|przelew|przedpłata|gotówka|płatne|dní|dnů|převodem|splatnost|gün|peşin|havale|vadeli|"
    r"ngày|chuyển\s+khoản|trả\s+trước|hari|transfer\s+bank|dagar|dage|netto\s+kontant"
    r")(?![^\W\d_])"
    # zh: no word boundaries
    r"|天|月结|预付|预收|电汇|信用证|货到付款|见票|即期|远期|承兑|付款|付清|定金|订金|余款|现金|汇款")
# the units of a credit period ("30 days", "30 Tage", "30 dage", "30天")
PERIOD_UNITS = (r"days?|tagen?|jours?|días|dias|giorni|gg|dagen|dni|dní|dnů|gün|hari|ngày|dagar|dage|天|日|months?|"
                r"mois|meses|monate?n?")
# "60 days", "30%", "Net 30": a number with a time unit or a percentage is terms on its own
TERMS_NUMBER_RE = re.compile(rf"(?i)\d\s*(?:%|{PERIOD_UNITS})")

# "Netto 30 Tage", "net 30 days", "Netto 30 dage": a credit period opening a value (the caption a net word)
PERIOD_FIRST_RE = re.compile(rf"(?i)^\s*\d{{1,3}}\s*(?:{PERIOD_UNITS})(?![^\W\d_])")


def credit_period_first(value: str) -> bool:
    """True when a value opens with a credit period ("30 days ..."): terms, not an amount."""
    return PERIOD_FIRST_RE.match(value) is not None


def looks_like_terms(value: str) -> bool:
    """True when the text says how or when to pay (a credit period, an instrument, an advance, a discount)."""
    return bool(TERMS_WORD_RE.search(value) or TERMS_NUMBER_RE.search(value))


# "L/C to be opened on receipt of proforma invoice", "Akkreditiv ist binnen 7 Tagen zu eröffnen": when and how
# the buyer opens the documentary credit, an instruction beside the terms, not a term of payment
# (a duty put in the passive: "70% by L/C opened in our favour" is a share of the terms and stays)
CREDIT_OPENING_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:to|shall|must|should|will|is\s+to)\s+be\s+(?:opened|issued|established)|"
    r"zu\s+eröffnen|(?:ist|wird)\s+(?:\S+\s+){0,4}eröffnet|(?:doit|doivent|devra|sera)\s+être\s+(?:ouverte?|émise?)|"
    r"(?:debe|deberá|será)\s+(?:ser\s+)?(?:abiert[ao]|emitid[ao])|(?:a|para)\s+abrir)(?![^\W\d_])|"
    r"[须应需]\s*(?:在\S{0,10})?开立|[须应需]\s*(?:在\S{0,10})?开出")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_BANK = base_vocab()["bank_details"]
# ", IBAN GB29 ...", ", to Wessex Merchant Bank plc", ", auf unser Konto bei der Stadtsparkasse": a clause naming
# the account to pay into (labels.toml [bank_details]); the words before it are the terms
BANK_CLAUSE_RE = re.compile(
    rf"(?i)[,;]\s*(?:(?:{_alternation(_BANK['captions'])})(?![^\W\d_])|"
    rf"(?:{_alternation(_BANK['lead'])})\s(?:[^,;]*?)(?<![^\W\d_])(?:{_alternation(_BANK['banks'] + _BANK['captions'])}))")


# ", by transfer to Wessex Merchant Bank plc", ", par virement sur notre compte": the means of payment leading
# into where to pay (labels.toml [bank_details] means + lead); the means is a terms word itself, so what the
# clause names after it (a bank, an account, a name) decides
MEANS_CLAUSE_RE = re.compile(rf"(?i)[,;]\s*(?:{_alternation(_BANK['means'])})\s+(?:{_alternation(_BANK['lead'])})\s+"
                             r"(?P<to>[^,;]+)")
# "Wessex", "Example Trust": a name in capitals (the payee's bank, its last word wrapped to the next line)
# ... after "the" when it names the payee party ("to the Seller's account", "to the Beneficiary")
NAME_RE = re.compile(r"(?:[Tt]he\s+)?[A-ZÀ-Ý][\w&.'’-]*(?:\s+[A-ZÀ-Ý][\w&.'’-]*){0,5}")
BANK_WORD_RE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_alternation(_BANK['banks'] + _BANK['captions'])})")


def without_bank_details(value: str) -> str:
    """"Net 30 days from date of invoice, to <bank>, IBAN ..., BIC ...": the terms without the bank details
    run on after them; a clause about the bank that still states terms ("to be paid by bank transfer") stays."""
    for m in SENTENCE_END_RE.finditer(value):
        # "Net 30. Payment by bank transfer to Example Merchant Bank plc": the terms end with their sentence,
        # the next one says where to pay (no period or share of its own)
        head, rest = value[:m.start()].strip(), value[m.end():]
        if looks_like_terms(head) and _bank_sentence(rest):
            value = head
            break
    for m in BANK_CLAUSE_RE.finditer(value):
        head, clause = value[:m.start()].strip(), value[m.start() + 1:].split(",")[0]
        if looks_like_terms(head) and not looks_like_terms(clause):
            # "...; by bank transfer to Wessex Merchant Bank plc, IBAN ...": the account cut, the means of
            # payment leading into the bank may still run on before it
            value = head
            break
    for m in MEANS_CLAUSE_RE.finditer(value):
        # "by transfer to Wessex" (the bank's name wrapped away) or "to our account": a bank, an account or a
        # proper name receives the transfer; "par virement à 30 jours" still states terms and stays
        head, to = value[:m.start()].strip(), m["to"].strip()
        if looks_like_terms(head) and not looks_like_terms(to) and (BANK_WORD_RE.search(to) or NAME_RE.fullmatch(to)):
            return head
    return value


# the end of a sentence: a full stop after a word or number, a capital opening the next ("30. Payment")
SENTENCE_END_RE = re.compile(r"(?<=[^\W_])\.\s+(?=[A-ZÀ-Ý])")
# "Payment by bank transfer to <bank>", "Zahlung per Überweisung auf unser Konto": the means leading into where
MEANS_SENTENCE_RE = re.compile(rf"(?i)(?:{_alternation(_BANK['means'])})\s+(?:{_alternation(_BANK['lead'])})\s+"
                               r"(?P<to>[^,;.]+)")
ACCOUNT_CAPTION_RE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_alternation(_BANK['captions'])})(?![^\W\d_])")


def _bank_sentence(text: str) -> bool:
    """A sentence naming the account or bank to pay into (by a caption, or the means leading into a bank or a
    name), stating no period or share of its own."""
    sentence = SENTENCE_END_RE.split(text, maxsplit=1)[0]
    if TERMS_NUMBER_RE.search(sentence):
        return False
    if (m := MEANS_SENTENCE_RE.search(sentence)) is not None:
        to = m["to"].strip()
        if BANK_WORD_RE.search(to) or NAME_RE.fullmatch(to):
            return True
    return ACCOUNT_CAPTION_RE.search(sentence) is not None and not looks_like_terms(sentence)


# " · ", " • ", " | ": a separator set apart by spaces between the parts of one line (not "B/L", "3·5")
PART_SEPARATOR_RE = re.compile(r"\s+[·•∙|]\s+")


def terms_clauses(value: str) -> str:
    """Only the clauses of a value that state terms, when semicolons list several things under one caption.

    "Terms: FCA Southampton; 100% prepayment against proforma invoice; currency EUR": an ERP order's bare
    "Terms" caption lists the delivery term and the currency beside the payment terms; those clauses go, and
    so does an instruction to open the credit ("Irrevocable L/C at 90 days sight; L/C to be opened on ...")."""
    value = without_bank_details(value)
    parts = [p.strip() for p in value.split(";")]
    sep = "; "
    if len(parts) < 2 and (m := PART_SEPARATOR_RE.search(value)):
        # "CIF Fremantle (Incoterms 2020) · 30 days end of month · Currency AUD": an accounting package's
        # project line joins the delivery term, the terms and the currency with a middle dot, bullet or pipe
        parts, sep = [p.strip() for p in PART_SEPARATOR_RE.split(value)], f" {m.group().strip()} "
    if len(parts) < 2:
        return _without_incoterm_clause(value)
    # (a later clause only: the first one is the terms the caption introduces)
    keep = [p for n, p in enumerate(parts) if p and looks_like_terms(p) and not (n and CREDIT_OPENING_RE.search(p))]
    return sep.join(keep) if keep and len(keep) < len(parts) else value


# "CFR Aqaba", "FOB Ningbo port": a delivery term and its place, a clause of its own before or after a comma
INCOTERM_CLAUSE_RE = re.compile(r"^(?:" + "|".join(INCOTERMS_2020 + ("CNF", "C&F", "DDU", "DAT")) +
                                r")(?:\s+(?:incoterms?\s*)?[^\W\d_][^,;]{0,40})?$")


def _without_incoterm_clause(value: str) -> str:
    """"Terms: CFR Aqaba, 100% T/T in advance": a bare "Terms" caption names the delivery term first (or last);
    the comma sets it apart from the payment terms, which are what stays. So does a slash between spaces
    ("Condición: CIF Oranjestad / Pago a 45 días fecha de factura"; "T/T" has none)."""
    for mark in (",", " / "):
        head, sep, tail = value.partition(mark)
        if sep and INCOTERM_CLAUSE_RE.match(head.strip()) and not looks_like_terms(head) and looks_like_terms(tail):
            return tail.strip()
        head, sep, tail = value.rpartition(mark)
        if sep and INCOTERM_CLAUSE_RE.match(tail.strip()) and not looks_like_terms(tail) and looks_like_terms(head):
            return head.strip()
    return value


# "Terms and Conditions: see overleaf": a value opening with words and a colon is a longer caption ...
LEADING_CAPTION_RE = re.compile(r"^[^\W\d_](?:[^\W\d:：]|[ '-]){0,30}[:：]")


def instrument_lead_in(value: str) -> bool:
    """True when terms open with the way to pay and a colon, then its schedule ("Transferencia: 30 % adelanto,
    saldo contra copia del B/L", "Wire transfer: 50 % deposit"): the lead-in is part of the terms."""
    m = LEADING_CAPTION_RE.match(value)
    return bool(m) and bool(TERMS_WORD_RE.search(m.group()[:-1])) and looks_like_terms(value[m.end():])


def leading_caption(value: str) -> bool:
    """True when a caption's value opens with another caption ("and Conditions: ...", "Bank: ..."), not with
    the instrument of the terms."""
    return bool(LEADING_CAPTION_RE.match(value)) and not instrument_lead_in(value)


# "Clause 4 – Payment", "4. Payment terms", "§ 5 Zahlung", "Article 6 : Conditions de paiement": a numbered
# heading holding only its caption; the clause's text below it states the terms
HEADING_TAIL_RE = re.compile(r"\s*[.:：]?\s*$")
SENTENCE_END_RE = re.compile(r"(?<![A-Z/])(?<!\b[a-z])\.(?=\s|$)|[;。]")
# "3.1 30 days net ...", "4.2.1 The Buyer ...": a sub-clause's number (not a decimal: "2.5 % discount")
SUBCLAUSE_NO_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?![%‰\s])")
# "... copy of B/L. 3.2 Bank charges ...": the next sub-clause's number starts another clause
NEXT_SUBCLAUSE_RE = re.compile(r"[.;]?\s+\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?=[^\W\d_])")


def clause_text(lines: list[str]) -> str:
    """The text of one numbered sub-clause from its lines: without its number, up to the next number.

    A clause's number is no part of its terms, and a clause ends where the next numbered one starts."""
    out: list[str] = []
    for n, line in enumerate(lines):
        m = SUBCLAUSE_NO_RE.match(line)
        if m and n:
            break
        out.append(line[m.end():] if m else line)
    text = " ".join(out)
    if m := NEXT_SUBCLAUSE_RE.search(text):
        text = text[:m.start()]
    return text


def first_sentence(text: str) -> str:
    """The clause text up to its first full stop ("L/C at 60 days from B/L date. Partial ..." -> the terms).

    A full stop after a capital or a slash ("B/L", "L/C", "U.S.") or a single lower-case letter ("approx. e.")
    is an abbreviation and does not end the sentence."""
    m = SENTENCE_END_RE.search(text)
    return (text[:m.start()] if m else text).strip(" ,")


# "... (Incoterms 2020). Payment: " — a caption run into prose: it follows a sentence stop on its own line
# (the stop ends a word or a parenthesis: "3. Payment:" is a numbered clause, not prose)
RUN_IN_CAPTION_RE = re.compile(r"(?:[^\W\d_]|\))[.!?]\s+[^\W\d_][^.:：]{0,40}[:：]\s*$")
# a sentence stop after a word (not after "B/L", "L/C") and before a capitalised next sentence
SENTENCE_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-ZÀ-Ý])")


def run_in_terms(value: str, line: str, nxt: str | None) -> str | None:
    """The terms of a caption run into a sentence ("Delivery: DAP Lyon. Payment: 30 days net."): only that
    sentence, joined with its wrapped rest on the next line when it does not end on this one; None when the
    caption is not run into prose."""
    at = line.find(value[:20])  # (the value may already hold its wrapped rest)
    if not value or at < 0 or not RUN_IN_CAPTION_RE.search(line[:at]):
        return None
    text = value.strip()
    if nxt and value in line and not re.search(r"[.!?]$", text) and (stop := re.search(r"[.!?](?:\s|$)", nxt.strip())):
        # "Payment: 30 Tage netto ab" / "Rechnungsdatum.": the sentence wraps to the next line
        text = f"{text} {nxt.strip()[:stop.end()].strip()}"
    if m := SENTENCE_STOP_RE.search(text):
        text = text[:m.start()]  # "... from B/L date. Please transfer USD to": the next sentence is not terms
    return text.rstrip(" .")
