"""Turn visible content (lines + tables) into a Document without templates, with confidence and evidence."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from parsers.content import Content, Ctx, TextLine
from parsers.extract.bodyorders import items_from_labelled_lines
from parsers.extract.captions import caption_cell_value, code_cell, strip_values
from parsers.extract.lineitems import (
    SPLIT_RE,
    header_roles,
    items_from_lines,
    items_from_tables,
    items_from_token_lines,
    lines_complete_table,
)
from parsers.extract.numbers import (
    document_dates,
    find_awb_number,
    find_currency,
    find_dates,
    infer_decimal_separator,
    parse_amount,
)
from parsers.extract.parties import (
    SENDER_CAPTIONS,
    _cell_below,
    bilingual_party_hits,
    brand_of,
    caption_row_value,
    centred_label_value,
    clip_to_column,
    complete_legal_form,
    heading_row_value,
    in_remittance_slip,
    is_company_name,
    is_contact_person,
    is_title,
    is_user_id,
    labelled_field,
    legal_form_search,
    letter_parties,
    letterhead_postal_name,
    letterhead_wrapped_above,
    memo_parties,
    name_above_value,
    names_a_company,
    party_from_block,
    role_labels,
    settle_address_blocks,
    settle_addressee,
    settle_contract_roles,
    settle_footer_issuer,
    settle_letter_window,
    settle_salutation_addressee,
    sub_captioned_party,
    tidy_party_names,
    title_column_addressee,
    wrapped_name,
)
from parsers.extract.strips import split_value_strips
from parsers.extract.terms import (
    HEADING_TAIL_RE,
    PART_SEPARATOR_RE,
    SENTENCE_END_RE,
    SUBCLAUSE_NO_RE,
    clause_text,
    credit_period_first,
    first_sentence,
    instrument_lead_in,
    leading_caption,
    looks_like_terms,
    run_in_terms,
    terms_clauses,
    without_bank_details,
)
from parsers.extract.vocab import NO_CORE, Label, base_vocab, is_orderish, labels, match_start, whole_label
from parsers.model import Document, Party
from parsers.validate import INCOTERMS_2020, validate_document

OLD_INCOTERMS = ("DAT", "DDU", "DAF", "DES", "DEQ", "CNF", "C&F")
# a place name: capitalised words (any Latin capital: "Ålesund", "Œiras"), with the lower-case particles of
# place names between them ("Dar es Salaam", "Santa Cruz de la Sierra", "Frankfurt am Main")
_CAP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ][\w'.-]*"
_PARTICLE = r"(?:es|de|del|la|las|le|les|los|el|do|dos|da|das|di|du|van|von|der|den|sur|sous|am|an|im|upon|on|of|en|y)"
# (a word of four letters or more closing with a full stop ends the sentence: "CIF Mindelo. Pago a 60 días" - "FOB
# St. Louis" runs on)
# ... or a Chinese place name after a space ("FOB 宁波", "CIF 上海港"), two to six characters ending the clause
_CJK_PLACE = r"[\u4e00-\u9fff]{2,6}(?![\u4e00-\u9fff])"
INCOTERM_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, INCOTERMS_2020 + OLD_INCOTERMS)) +
                         r")(?![A-Za-z])(?:\s+(?:incoterms?\s*(?:20\d\d)?\s*)?(" + _CAP + r"(?:(?<![^\W\d_]{4}\.)[ -](?:" + _PARTICLE +
                         r"[ -]){0,2}" + _CAP + r"){0,3}|" + _CJK_PLACE + r"))?")
UPS_RE = re.compile(r"\b1Z[0-9A-Z]{16}\b")
CONTAINER_RE = re.compile(r"\b([A-Z]{3}[UJZ])\s?(\d{6})\s?-?(\d)\b")
# (a single space may group the digits; two or more separate table cells: "Lyon le 2025-11-22   8863120540")
# "Consignment no. 4545210436": a carrier's consignment number (with its number marker) is tracked as well, and
# so is a forwarder's reference under "Container No." that is no ISO container code ("Container No. 4391325755")
TRACK_LABEL_RE = re.compile(r"(tracking|waybill|awb|sendungsnummer|suivi|seguimiento|运单号|快递单号|"
                            r"(?:consignment|container)\s*(?:no\b\.?|nr\b\.?|number|#)|n[°º]\s*d['’]envoi|"
                            r"número\s+de\s+envío)"
                            r"[^:：]{0,20}[:：#]?\s*"
                            r"(?<![A-Z0-9-])([A-Z0-9](?:[A-Z0-9-]|[ ](?![ ])){7,30}[0-9])", re.I)
# "CMR consignment note 6685931422", "Frachtbrief-Nr. 12345678": a road carrier's consignment note numbers the
# shipment; a PDF run may glue the number to its caption ("consignment note6685931422")
CONSIGNMENT_NOTE_RE = re.compile(r"(?i)(?:consignment\s+note|frachtbrief|lettre\s+de\s+voiture|carta\s+de\s+porte)"
                                 r"(?:[\s-]*(?:no\b\.?|nr\b\.?|n[°º]|number|nummer|número|numéro))?\s*[:：#]?\s*"
                                 r"(\d{8,20})(?!\d)")
# a tracking caption alone in its cell, its value in the cell below ("Consignment tracking no." / "8863120540")
# ("Consignment note" over its number in a packing list's reference strip: the road carrier's CMR number)
# ("Air Waybill No." over "176-97573195": a forwarder's receipt citing the carrier's air waybill)
TRACK_CAPTION_CELL_RE = re.compile(r"(?i)^(?:[^\W\d_]+\s+)?(?:tracking|sendungs|suivi|seguimiento|rastreo|运单|跟踪|"
                                   r"consignment\s+note|frachtbrief|lettre\s+de\s+voiture|carta\s+de\s+porte|"
                                   r"waybill|[mh]?awb\b)"
                                   r"[^:：\d]{0,25}[:：#]?$")
TRACK_COLUMN_RE = re.compile(r"(?i)^\s*(?:tracking|waybill|air\s*waybill|awb|sendungs|suivi|seguimiento|运单)"
                             r"[\w.\s-]{0,12}?(?:no\.?|nr\.?|n°|number|nummer|número|numéro|#|号)?\s{1,}\S")
# the title of a consolidator's house air waybill
HOUSE_WAYBILL_RE = re.compile(r"(?i)\bhouse\s+air\s*way\s*bill")
CARRIER_NUM_RE = re.compile(r"\b(DHL|FedEx|FEDEX|TNT|UPS)\b[^0-9]{0,30}(\d{10,15})\b")
NUMBER_TOKEN_RE = re.compile(r"[A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*|\d+", re.I)
# "11/17/2017", "03-11-2017": a numeric date with a four-digit year (two-digit years are too often other numbers)
NUMERIC_DATE_RE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:19|20)\d\d(?![\d./-])")
US_HINT_RE = re.compile(r"\b(USA|U\.S\.A\.|United States)\b")
EU_LANG_RE = re.compile(r"\b(Rechnung|Datum|Menge|Facture|Fecha|Cantidad|Quantité|Bestellung|Pedido)\b", re.I)


TITLE_NUMBER_RE = re.compile(r"\s*(?:no\.?|nr\.?|n[°º]|n\.º|#|№|编号|号码)\s*[:：]?\s*[a-z0-9][\w\-/.]*\d[\w\-/.]*\s*$")
TITLE_CODE_RE = re.compile(r"\s+[A-Z]{1,5}[-/]?[A-Z0-9\-/._]*\d[A-Z0-9\-/._]*\s*")
# (a Chinese title is spaced out over its four or three characters: "采 购 订 单", "发 货 单")
LETTERSPACED_RE = re.compile(r"^(?:\w ){4,}\w|^(?:[\u3400-\u9fff] ){2,}[\u3400-\u9fff](?:\s|$)")
LETTERSPACED_CELL_RE = re.compile(r"(?<=   )(?:[^\W\d_] ){4,}[^\W\d_](?=   |$)")
CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
# the Chinese half of a bilingual label, followed by its Latin half
CJK_PREFIX_RE = re.compile(rf"^[{CJK}（）()]+\s*(?:/\s*)?(?=[a-z])")
# "No. 单号", "Nr. 编号": a bare number marker as the Latin half of a bilingual caption, the Chinese half a label
MARKER_BEFORE_CJK_RE = re.compile(rf"^(?:no\.?|nr\.?|n[°º]\.?|#|number)\s*(?:/\s*)?(?=[{CJK}])")


# "3. ", "12) ", "§ 4 ", "(b) ": the number of a contract clause before its label
CLAUSE_NO_RE = re.compile(r"^(?:\(?\d{1,2}[.)]|§\s*\d{1,2}\.?(?:\s*[\-–—:])?|\([a-h]\)|[a-h]\)|"
                          # "A-5 Payment:", "B.2 Zahlung:": a model contract's clause carries its part's letter
                          r"(?i:[a-h][-.]\d{1,2}\.?\s)|"
                          # "第四条 付款": a Chinese contract's article
                          r"第[一二三四五六七八九十\d]{1,3}条(?:\s*[\-–—:：])?(?=\s*[\u4e00-\u9fff])|"
                          # "三、付款方式：…": a Chinese contract's clause counted in Chinese numerals and the
                          # enumeration comma
                          r"[一二三四五六七八九十]{1,3}、(?=\s*[\u4e00-\u9fff])|"
                          # "Article 4.", "Art. 4 -", "Clause 4:", "Artículo 4.": a numbered article's heading
                          r"(?i:article|art\.|artículo|articulo|artigo|articolo|artikel|clause|cláusula|clausula|"
                          r"clausola|section|sección|seção|paragraph|paragraphe|párrafo)\s*\d{1,2}\s*[.:)\-–]?)"
                          r"\s*(?<=[\s条：:\-–—、])(?=[^\W\d_])")
# "2 B/L No.", "12 Place and date of issue": the number of a form's box before its caption (no full stop);
# "A-7 Payment conditions": a model form's boxes carry their part's letter
BOX_NO_RE = re.compile(r"^(?:[a-z]-)?\d{1,2}\s+(?=[^\W\d_])", re.I)
# "Contract no. and date", "Invoice number / date", "Auftrag Nr. und Datum", "N° et date": one caption (one box)
# naming the number and its date; the caption ends after "date" and the box holds the number, then the date
AND_DATE_TAIL_RE = re.compile(r"(?i)\s*(?:and|&|\+|/|,|und|et|y|e)\s*(?:date|datum|fecha|data)\b\.?"
                              r"(?=\s*(?:[:：]|$))")
# "3.", "(2)", "12)": a clause's number alone in its segment (a tab or spaces before its text)
CLAUSE_NO_ALONE_RE = re.compile(r"\(?\d{1,2}[.)]|§\s*\d{1,2}\.?|\([a-h]\)|[a-h]\)")
# "Payment. ", "Terms of payment. ": the run-in heading of a clause, one to three words and a full stop
RUN_IN_HEADING_RE = re.compile(r"([^\W\d_]{3,20}(?:\s[^\W\d_]{2,20}){0,2})\.\s+\S")
# "Shipper's Ref. / ", "Kd.-Ref. / ": the first of two names a caption gives its value
ALTERNATIVE_RE = re.compile(r"^[^\W\d_][^\d/:：]{1,24}?\s*/\s*(?=\S)")


def _unknown_first_half(labs: tuple[Label, ...], low: str, slash_end: int) -> bool:
    """The caption before " / " is no label of its own: none opens it, or one opens it and words the vocabulary
    lacks follow ("Total fără TVA / Summe netto": the second half's language is the one that is known; a
    slash inside a code, "Order SKP/PO/17", sets no halves apart)."""
    first = match_start(labs, low)
    return first is None or (re.search(r"\s/\s", low[:slash_end]) is not None and
                             re.search(r"[^\W\d_]{3,}", low[first[1].end():slash_end].split("/")[0]) is not None)


INNER_LABEL_RE = re.compile(r"(?<=\s)(?=[^\W\d_][^:：\d]{1,40}[:：])")


def _inner_label(labs: tuple[Label, ...], low: str, *, after_pair: bool = True) -> \
        tuple[int, tuple[Label, re.Match[str]]] | None:
    """The first label inside a line that is directly followed by its colon, with its offset.

    `after_pair`: only after an earlier "label: value" pair on the line ("Price terms:" is one caption)."""
    if ":" not in low[1:] and "：" not in low[1:]:
        return None
    covered = 0
    for m in INNER_LABEL_RE.finditer(low):
        if m.start() < covered:
            continue
        hit = match_start(labs, low[m.start():])
        other = match_start(_stop_labels(), low[m.start():])
        if other and (hit is None or other[1].end() > hit[1].end()):
            covered = m.start() + other[1].end()  # "Delivery terms:" is that caption, not "terms:" of another
            continue
        if after_pair and not re.search(r"[:：]\s*\S", low[:m.start()]):
            continue
        if hit and (hit[0].text.endswith((":", "：")) or
                    re.match(r"\s*(?:no\.?|nr\.?|n°|#)?\s*[:：]", low[m.start() + hit[1].end():])):
            # (a label that holds its colon, "payment:", is already followed by it)
            return m.start(), hit
    return None


def _labels_other_field(cjk: str, labs: tuple[Label, ...]) -> bool:
    """True when the Chinese half of a bilingual label is itself a label of a field not asked for."""
    fields = {lab.field for lab in labs}
    hit = match_start(labels("fields"), cjk.strip())
    return bool(hit) and hit[0].field not in fields


# a Chinese caption by its ending (number, date, terms, method, currency, amount, name, address): "单据号码"
CJK_CAPTION_TAIL_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:号码|编号|号|日期|条款|条件|方式|币种|币别|货币|金额|名称|地址|期限)"
                                 r"\s*[:：]?\s*$")


# the article or preposition a caption breaks after when its cell wraps ("Bon de commande de" / "l'Acheteur")
CAPTION_WRAP_TAIL_RE = re.compile(r"(?i)(?:\s+(?:de|del|de\s+la|des|du|of|the|for|von|der|den|di|della|da|do|dos|"
                                  r"das|van|het))+\s*")


# the middle language of a caption printed in three ("订单号 / № заказа / PO No.", "付款条件 / Оплата / Payment"): a few
# words without digits, a number sign before them allowed, up to the next slash
TRANSLATION_LINK_RE = re.compile(r"(?:[№#]\s*)?[^\W\d_][^\d/:：]{0,29}?\s*/\s*")


def _caption_chain_end(tail: str, labs: tuple[Label, ...], lab: Label) -> int | None:
    """Where a caption's translations end in `tail` (after the caption and its first slash) when one or two unknown
    halves lead to a known caption: "№ заказа / PO No." after "订单号 / "; None when no known caption closes them.

    The caption that closes the chain must end there (a value or a colon after it): "Оплата / PO-2035-7" is a
    code after an unknown word, no caption."""
    pos = 0
    for _ in range(2):
        if not (lm := TRANSLATION_LINK_RE.match(tail, pos)):
            return None
        pos = lm.end()
        rest = tail[pos:]
        if hit := match_start(labs, rest) or match_start(_stop_labels(), rest):
            after = rest[hit[1].end():]
            return pos + hit[1].end() if not after or re.match(r"[\s:：#.]", after) else None
        if lab.field == "payment_terms" and (pm := re.match(r"([^\W\d_]+)\s*[:：]?(?:\s+|$)", rest)) and \
                pm.group(1) in BARE_PAYMENT_CAPTIONS:
            return pos + pm.end()  # "付款条件 / Оплата / Payment": the one-word caption closes it
    return None


def _translation_end(seg: str, end: int, labs: tuple[Label, ...], lab: Label) -> int:
    """Where a label ends once its translation is included: "报价编号 Quotation No.", "Rechnungs-Nr. / Invoice No.".

    Bilingual documents print the label twice; the second half is no value. Only a label in the other
    script (Chinese after Latin or vice versa), or one after a slash, counts: "Buyer: Customer Service" keeps
    its value."""
    rest = seg[end:]
    m = re.match(r"\.?[\s:：]*([/(（]\s*)?", rest)  # "Ref. / PO": the abbreviation's full stop first
    assert m is not None
    start = end + m.end()
    tail = seg[start:].lower()
    if not tail:
        return end
    if m.group(1) and m.group(1)[0] in "(（":
        start -= len(m.group(1))  # the bracket stays in the tail: the match below allows one leading symbol
        tail = seg[start:].lower()
    first_cjk = bool(re.search(f"[{CJK}]", lab.text))
    second_cjk = bool(re.match(f"[{CJK}]", tail.lstrip("(（")))
    if first_cjk == second_cjk and (not m.group(1) or m.group(1)[0] != "/"):
        return end  # same script: only "A / B" is a pair; "Total (Net Amount)" is a qualified label
    hit = match_start(labs, tail) or match_start(_stop_labels(), tail)
    if hit is None and m.group(1) and m.group(1)[0] == "/" and (chain := _caption_chain_end(tail, labs, lab)):
        return start + chain  # "订单号 / № заказа / PO No.": a caption in three languages, the middle one unknown
    if hit is None and m.group(1) and m.group(1)[0] == "/" and tail.strip().rstrip(" :：") in BARE_PAYMENT_CAPTIONS:
        return len(seg)  # "Betaling / Payment": the one-word caption's translation fills the rest of its cell
    if hit is None:
        if m.group(1) and m.group(1)[0] == "/" and (lab.field in DOC_TYPE_FIELDS or lab.field == "order_number"):
            if re.fullmatch(r"(?:[№#]\s*)?[^\W\d_][^\d:：/]{0,29}[:：]?", tail.strip()):
                # "Nº de operación / Reference", "订单号 / № заказа": a number's caption in two languages (no digits)
                return len(seg)
            if cm := re.match(r"[^\W\d_][^\d:：/]{0,29}[:：]", tail):
                return start + cm.end()  # ... with its value after a colon: "Nº de operación / Reference: OT1778624"
        if first_cjk and lab.field == "payment_terms" and (pm := re.match(r"([^\W\d_]+)\s*[:：]?(?:\s+|$)", tail)) \
                and pm.group(1) in BARE_PAYMENT_CAPTIONS:
            return start + pm.end()  # "付款條件 Payment  T/T 30% ...": the one-word caption's English half, no value
        if first_cjk and (lab.field in DOC_TYPE_FIELDS or lab.field in ("order_number", "generic")) and \
                re.fullmatch(r"(?:(?:n[°º.]+º?|no\.?|nr\.?|#|№)\s*)?[^\W\d_][^\d:：/]{0,29}[:：]?", tail.strip()):
            # "订单编号 N.º da ordem", "单号 Order No." over nothing: a number's caption with its translation (no digit,
            # so no number), the value in the next cell
            return len(seg)
        if not first_cjk and CJK_CAPTION_TAIL_RE.match(tail):
            return len(seg)  # "Doc No. 单据号码": a Chinese caption the vocabulary lacks, by its caption ending
        if first_cjk and lab.field in ("subtotal", "tax", "total") and \
                re.fullmatch(r"[^\W\d_][^\d:：]{0,29}[:：]?", tail.strip()):
            return len(seg)  # "税额 Imposto", "原币金额 Valor": an amount's caption translated into a word unknown here
        return end
    stop = hit[1].end()
    if tail.startswith(("(", "（")) and tail[stop:stop + 1] in (")", "）"):
        stop += 1  # "发票号码 (Invoice No.)": the translation in brackets
    after = tail[stop:]
    if after and not re.match(r"[\s:：#.]", after) and not hit[1].group(0).endswith((":", "：")):
        # "PO-2025-8054": a code that starts like a label ("付款条件 Payment：T/T …": a caption that holds its colon
        # may touch its value)
        return end
    if CAPTION_WRAP_TAIL_RE.fullmatch(after):
        return len(seg)  # "Buyer's order / Bon de commande de" over "l'Acheteur": the caption wraps, no value
    return start + stop


def container_check_digit_ok(code: str) -> bool:
    """ISO 6346 check digit: letters map to 10..38 skipping multiples of 11; weights 2**i; mod 11 mod 10."""
    code = code.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"[A-Z]{3}[UJZ]\d{7}", code):
        return False
    values = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        values[ch] = v
        v += 1
    total = sum((values[c] if c.isalpha() else int(c)) * (2**i) for i, c in enumerate(code[:10]))
    return total % 11 % 10 == int(code[10])


PARTY_FIELDS = frozenset(("buyer", "seller", "addressee", "recipient", "consignee", "notify"))
# "PO No.", "Material No.", "Teile-Nr.": a caption naming a number, in any language (its word may be unknown)
NUMBER_CAPTION_RE = re.compile(r"(?i)^[^\d:：]{1,30}?[\s.\-](?:no\.?|nr\.?|n[°º]\.?|#|number|nummer|número|numéro)"
                               r"\s*[:：]?$")


class _Lines:
    """Lines with their column segments, plus helpers to find labelled values."""

    def __init__(self, lines: list[TextLine]) -> None:
        self.lines = lines
        self.rest: dict[int, str] = {}
        self.col: dict[int, int] = {}  # line index -> column where the last label hit on it starts
        self.colidx: dict[int, int] = {}  # ... and the index of its segment
        self.segs: list[list[tuple[int, str]]] = []
        self.label_x: dict[int, float] = {}  # line -> page x of a party label whose value stands right of it
        self.xs: list[list[float] | None] = []
        for line in lines:
            out = []
            pos = 0
            for part in SPLIT_RE.split(line.text):
                idx = line.text.find(part, pos)
                if part.strip():
                    out.append((idx, part.strip()))
                pos = idx + len(part)
            self.segs.append(out)
            # page positions only when they describe exactly these segments
            self.xs.append(line.xs if line.xs and len(line.xs) == len(out) else None)

    def find(self, labs: list[Label] | tuple[Label, ...], *, first_n: int | None = None,
             exclude: list[Label] | None = None, strict: bool = False,
             alternative: bool = False) -> list[tuple[Label, str, int]]:
        """All (label, value text, line index) hits; value = rest of segment, else next segment/line.

        `self.rest[(i, j)]` keeps the rest of the line after the label (amounts sit in a later column).
        `alternative`: "Shipper's Ref. / PO": a caption offering two names, the second one a label, counts."""
        hits = []
        self.hit_cols: dict[int, tuple[int, int]] = {}  # hit index -> (column, segment index) of its label
        labs = tuple(labs)  # one conversion; match_start caches its regex per label tuple
        rng = range(len(self.lines) if first_n is None else min(first_n, len(self.lines)))
        for i in rng:
            for j, (_, seg) in enumerate(self.segs[i]):
                if j + 1 < len(self.segs[i]) and self.segs[i][j + 1][1][:1] in ":：" and \
                        not match_start(labs, seg.lower()):
                    # "Bestellung   : 2018-471331": the colon a caption needs, set apart in the value's column
                    seg = f"{seg}{self.segs[i][j + 1][1]}"
                low = seg.lower()
                off = 0
                if cm := CLAUSE_NO_RE.match(low):
                    if (rm := RUN_IN_HEADING_RE.match(low[cm.end():])) and not match_start(labs, low[cm.end():]):
                        # "3. Payment. 60 days net": a clause's run-in heading ends with a full stop; read it
                        # as the label with its colon (same length, so offsets into seg still hold)
                        at = cm.end() + rm.end(1)
                        low = low[:at] + ":" + low[at + 1:]
                    if match_start(labs, low[cm.end():]):
                        # "3. Payment: Net 45 days": a numbered contract clause opens with its label
                        off = cm.end()
                elif j == 1 and CLAUSE_NO_ALONE_RE.fullmatch(self.segs[i][0][1]) and \
                        (rm := RUN_IN_HEADING_RE.match(low)) and not match_start(labs, low):
                    # "3.<tab>Payment. 60 days net": a word processor's numbered paragraph sets the number
                    # apart from the run-in heading; the heading still ends with its full stop
                    low = low[:rm.end(1)] + ":" + low[rm.end(1) + 1:]
                elif (bm := BOX_NO_RE.match(low)) and (bh := match_start(labs, low[bm.end():])) and \
                        not AND_DATE_TAIL_RE.sub("", low[bm.end() + bh[1].end():], count=1).strip(" :："):
                    off = bm.end()  # "2 B/L No." over its value: a form's numbered box holding only its caption
                base = cm.end() if cm and not off else off  # "1. Paiement / Payment: 30 jours": clause, two names
                if alternative and (am := ALTERNATIVE_RE.match(low[base:])) and \
                        _unknown_first_half(labs, low[base:], am.end()):
                    if match_start(labs, low[base + am.end():]):
                        off = base + am.end()
                    elif (am2 := ALTERNATIVE_RE.match(mid := low[base + am.end():])) and \
                            _unknown_first_half(labs, mid, am2.end()) and match_start(labs, mid[am2.end():]):
                        # "Zahlung / Оплата / Payment terms": a caption in three languages, the third one known
                        off = base + am.end() + am2.end()
                found = match_start(labs, low[off:])
                if not found and off == 0 and (inner := _inner_label(labs, low)):
                    # "Customer PO: KW-88 Payment terms: 30 days net": a later "label:" on the same line
                    off, found = inner
                if not found and (pm := CJK_PREFIX_RE.match(low)) and not _labels_other_field(low[:pm.end()], labs):
                    # "客户订单 Customer PO": a bilingual label whose Chinese half is not in the vocabulary
                    # (a Chinese half naming another field, "价格条款 Terms", decides the field)
                    found = match_start(labs, low[pm.end():])
                    off = pm.end()
                if not found and off == 0 and (pm := MARKER_BEFORE_CJK_RE.match(low)):
                    found = match_start(labs, low[pm.end():])
                    off = pm.end()
                for lab, m in [found] if found else []:
                    if exclude and any(e.pattern.match(low[off:]) and len(e.text) > len(lab.text) for e in exclude):
                        break
                    end = off + m.end()
                    end = _translation_end(seg, end, labs, lab)
                    if lab.field not in DATE_FIELDS and (tm := AND_DATE_TAIL_RE.match(seg, end)):
                        end = tm.end()  # "Contract no. and date" over the number: "and date" is caption, no value
                    after = seg[end:]
                    if re.match(r"[-_/.]?\d|[-_/][A-Z]{1,6}[-_/.]?\d", after):
                        continue  # "PO-2025-8054", "INV2024", "PI-NW-26": a code that starts like a label
                    if strict and (pm := re.match(r"\s*[(（][^)）]{1,40}[)）]\s*(?=[:：]|$)", after)):
                        after = after[pm.end():]  # "Buyer (Bill To): ...": a qualifier of the label
                    if strict and after.strip() and not re.match(r"\s*[:：/(]", after):
                        break  # "Lieferant GmbH" is a name, not the label "Lieferant"
                    if strict and re.match(r"\s*[/(]", after):
                        after = ""  # "Käufer/Leistungsempfänger": an alternative label, not a value
                    value = after.lstrip(" :：#.-\t").rstrip(" :：\t")
                    if value == "/":
                        value = ""  # "Document No. /" over "Belegnummer": its translation wrapped, the value beside
                    if (nxt := _inner_label(_field_labels(), value.lower(), after_pair=False)) is not None and \
                            not (lab.field == "payment_terms" and instrument_lead_in(value)):
                        # the next "label:" on the line ends this value ("Wire transfer: 30 % deposit" under a
                        # terms caption is the instrument, not the caption "Transfer No.:")
                        value = value[:nxt[0]].rstrip(" ,;")
                    self.rest[i] = seg[end:] + "   " + "   ".join(s for _, s in self.segs[i][j + 1:])
                    if re.match(r"(?i)^(no|nr|n°|nº|number|#)\b[.:：#\s]*", value):
                        value = re.sub(r"(?i)^(no|nr|n°|nº|number|#)\b[.:：#\s]*", "", value)
                    self.col[i] = self.segs[i][j][0]
                    self.colidx[i] = j
                    label_row = self._label_row(i)
                    if label_row:
                        value = ""  # a row of headings over a row of values: the value is below
                    if not value and not label_row and j + 1 < len(self.segs[i]) and \
                            not _is_label_cell(self.segs[i][j + 1][1]) and not _box_headings(seg, self.segs[i][j + 1][1]):
                        value = self.segs[i][j + 1][1]
                    if not value and j == len(self.segs[i]) - 1:
                        value = self.split_caption_value(i, j) or self.wrapped_around_value(i, j) or ""
                    if not value:
                        # label above value: take the segment below that starts nearest to the label
                        value = self.below(i) or ""
                    if not value and j == len(self.segs[i]) - 1 and lab.field not in PARTY_FIELDS:
                        value = self.centered(i, j) or ""  # (a party's block of lines is read by parties.py)
                    elif not value and lab.field not in PARTY_FIELDS and j + 1 < len(self.segs[i]) and \
                            self.xs[i] and len(self.xs[i]) == len(self.segs[i]) and _is_label_cell(self.segs[i][j + 1][1]):
                        # "Payment Terms | <two-line value> | Shipment Method | CIF ...": a key/value grid's value
                        # cell centred on its row, the next caption of the line beyond it
                        value = self.centered(i, j, right_of=self.xs[i][j + 1]) or ""
                    hits.append((lab, value, i))
                    self.hit_cols[len(hits) - 1] = (self.segs[i][j][0], j)
                    break
        return hits

    def _label_row(self, i: int) -> bool:
        """A heading row of a horizontal field grid ("Order No.   Date   Terms") with the values below."""
        segs = self.segs[i]
        if len(segs) < 3 or i + 1 >= len(self.segs) or len(self.segs[i + 1]) != len(segs):
            return False
        if any(re.search(r"\d", s) for _, s in segs):
            return False
        if (xs_i := self.xs[i]) and (xs_next := self.xs[i + 1]) and min(xs_next) > xs_i[-1] + 3:
            return False  # the next line starts right of this one's last cell: a neighbour's value, not this row's
        known = sum(1 for _, s in segs if match_start(_stop_labels(), s.lower()) or
                    s.lower().rstrip(" :：") in BARE_PAYMENT_CAPTIONS or NUMBER_CAPTION_RE.match(s))
        if known >= len(segs) - 1:
            return True
        # "Pago | Pedido Nº | Código cliente" over "Contado | ORD/24-25/0554 | 47939": half the cells are known
        # captions and the row below holds values (digits, and no caption of its own)
        below = [t for _, t in self.segs[i + 1]]
        cells = [t for _, t in segs]
        # ... and no cell is a value itself: a name, an Incoterm, or a cell right of a "Caption:" cell
        # ("卖方 Seller: | Northwind Components Ltd. | 价格条款 Terms: | CIF Qingdao" is two label/value pairs)
        valued = any(LEGAL_FORM_RE.search(t) or INCOTERM_RE.match(t) or (n and cells[n - 1].rstrip().endswith((":", "：")))
                     for n, t in enumerate(cells))
        # "Order | Invoice | Incoterms | Carrier | Container" over its values, each cell starting where its
        # caption starts: a page's aligned columns show the grid where the vocabulary knows fewer captions
        xs, xs_below = self.xs[i], self.xs[i + 1]
        aligned = bool(xs and xs_below) and all(abs(a - b) <= 2 for a, b in zip(xs or [], xs_below or [], strict=False))
        return (known * 2 >= len(segs) or aligned and known * 3 >= len(segs)) and not valued and \
            any(re.search(r"\d", t) for t in below) and not any(_is_label_cell(t) for t in below)

    def column_seg(self, k: int, i: int, j: int | None = None) -> tuple[int, str] | None:
        """The segment of line k in the column of the label hit on line i (or of line i's segment j).

        Rows of a side-by-side block have the same number of cells: the same cell index is the same column
        (character offsets differ from line to line once cells are joined); otherwise the nearest offset."""
        if k >= len(self.lines) or not self.segs[k]:
            return None
        given = j is not None and j < len(self.segs[i])
        j = j if given else self.colidx.get(i, 0)
        xi, xk = self.xs[i], self.xs[k]
        if xi and xk and j < len(xi):
            # PDF: the segment below that starts nearest to the label's page position, within reach
            best = min(range(len(xk)), key=lambda n: abs(xk[n] - xi[j]))
            if (right := _seg_right(self, i, j)) is not None and \
                    ((best_right := _seg_right(self, k, best)) is None or best_right < xi[j] or xk[best] > right):
                # "Discount | Gezahlter Betrag EUR" over "0,00 | 7.234,62": amounts set right under a wide caption
                # start far right of it, nearer the previous column's start; the cell lying within the caption's
                # width is its own, not the neighbour's that does not reach under it
                inside = [n for n in range(len(xk)) if xk[n] >= xi[j] - 0.5 and
                          (r := _seg_right(self, k, n)) is not None and r <= right + 0.5]
                if len(inside) == 1:
                    return self.segs[k][inside[0]]
            return self.segs[k][best] if abs(xk[best] - xi[j]) <= 60 else None
        if len(self.segs[k]) == len(self.segs[i]) and j < len(self.segs[k]):
            return self.segs[k][j]
        col = self.segs[i][j][0] if given else self.col.get(i, self.segs[i][0][0] if self.segs[i] else 0)
        return min(self.segs[k], key=lambda s: abs(s[0] - col))

    def split_caption_value(self, i: int, j: int) -> str | None:
        """A caption wrapped around its row's middle: "Purchase Order" / value / "No.".

        A table cell's caption on two lines, the number marker on the second, is centred on the row: the value
        right of it sits on the line between the caption's two halves."""
        if i + 2 >= len(self.lines) or not self.xs[i] or not self.xs[i + 2] or len(self.segs[i + 2]) != 1 or \
                not re.fullmatch(r"(?i)(?:no|nr|n[°º]|#)\.?\s*[:：]?", self.segs[i + 2][0][1].strip()) or \
                abs(self.xs[i + 2][0] - self.xs[i][j]) > 3 or not self.xs[i + 1]:
            return None
        right = [seg for (_, seg), x in zip(self.segs[i + 1], self.xs[i + 1], strict=True) if x > self.xs[i][j] + 20]
        return right[0] if len(right) == 1 else None

    def wrapped_around_value(self, i: int, j: int) -> str | None:
        """The wrapped tail of a caption centred on its row: "Maksetingimus / Payment" / value / "terms".

        Line i holds only the caption's last word(s) at the caption's x; the line above holds nothing at that
        x and one cell right of it (the value), the line above that the caption's first line at the same x."""
        xs = self.xs
        if i < 2 or not xs[i] or not xs[i - 1] or not xs[i - 2] or not WRAP_FRAGMENT_RE.match(self.segs[i][j][1]) or \
                len(self.segs[i][j][1].split()) > 2:
            return None
        x = xs[i][j]
        frag = self.segs[i][j][1].strip().lower()
        # the caption's first line (its last half, "Payment" of "Maksetingimus / Payment") and the fragment
        # make one known caption together ("payment terms")
        whole = [f"{seg.split('/')[-1].strip().lower()} {frag}" for (_, seg), y in zip(self.segs[i - 2], xs[i - 2],
                                                                                      strict=True)
                 if abs(y - x) <= 3 and not re.search(r"[\d:：]", seg)]
        if any(abs(y - x) <= 3 for y in xs[i - 1]) or \
                not any((hit := match_start(_field_labels(), w)) and hit[1].end() == len(w) for w in whole):
            return None
        right = [seg for (_, seg), y in zip(self.segs[i - 1], xs[i - 1], strict=True) if y > x + 20]
        left = [y for y in xs[i - 1] if y < x - 3]
        return right[0] if len(right) == 1 and len(left) <= 1 and not _is_label_cell(right[0]) else None

    def below(self, i: int) -> str | None:
        """The value under a label (label above value), unless it is a label itself."""
        seg = self.column_seg(i + 1, i)
        if seg is None and self.caption_wrap(i, i + 1):
            seg = self.column_seg(i + 2, i)  # a neighbour's caption wrapped onto a second line sits between
        return None if seg is None or _is_label_cell(seg[1]) else seg[1]

    def centered(self, i: int, j: int, right_of: float | None = None) -> str | None:
        """A two-line value box beside a one-line caption, centred on it: its lines sit above and below.

        "T/T 30% deposit, balance before" / "Terms 付款条件" / "shipment": the caption's line holds nothing right
        of the caption; the lines just above and below hold one cell each, at the same x right of it, and
        the lines beyond those hold nothing there (so no neighbouring box's value is taken). `right_of`: the x of
        the next caption on the caption's line (a grid of two caption/value columns); the value ends before it."""
        if i == 0 or i + 1 >= len(self.lines) or not self.xs[i]:
            return None
        cx = self.xs[i][j]
        limit = right_of - 4 if right_of is not None else float("inf")

        def lone(k: int) -> tuple[float, str] | None:
            xk = self.xs[k] if 0 <= k < len(self.xs) else None
            if not xk:
                return None
            right = [(x, seg) for (_, seg), x in zip(self.segs[k], xk, strict=True) if cx - 4 < x < limit]
            if len(right) != 1 or not (cx + 20 < right[0][0] < min(cx + 250, limit)):
                return None
            return right[0]

        def blank_at(k: int, x: float, pair_ok: bool) -> bool:
            # nothing at x; below the value also a caption/value pair of its own (a caption in the caption
            # column beside it) — above it such a pair's value may wrap onto the line above the caption
            xk = self.xs[k] if 0 <= k < len(self.xs) else None
            return not (0 <= k < len(self.lines)) or not xk or all(abs(y - x) > 3 for y in xk) or \
                (pair_ok and any(abs(y - cx) <= 4 for y in xk))

        up, down = lone(i - 1), lone(i + 1)
        # (beside a next caption, the wrapped tail may be a word that is also a caption: "... bill of lading" / "date")
        if up is None or down is None or abs(up[0] - down[0]) > 3 or _is_label_cell(up[1]) or \
                (_is_label_cell(down[1]) and (right_of is None or len(up[1].split()) < 3)) or not blank_at(i - 2, up[0], right_of is not None) or not blank_at(i + 2, up[0], True):
            return None
        return f"{up[1]} {down[1]}"

    def caption_wrap(self, i: int, k: int) -> bool:
        """Line k holds only the wrapped second lines of captions on line i ("Gewünschter" / "Liefertermin")."""
        xi, xk = self.xs[i], self.xs[k] if k < len(self.xs) else None
        if not xi or not xk or len(xi) < 2 or len(xk) >= len(xi):
            return False
        if any(re.search(r"\d", seg) for _, seg in self.segs[i]) or \
                sum(1 for _, seg in self.segs[i] if _is_label_cell(seg) or NUMBER_CAPTION_RE.match(seg)) < 2:
            return False  # line i must be a row of captions ("125 CDG 55727932 | ... " over "Air Waybill" is not)
        return all(WRAP_FRAGMENT_RE.match(seg) and any(abs(x - y) <= 3 for y in xi)
                   for (_, seg), x in zip(self.segs[k], xk, strict=True))

    def ev(self, i: int, snippet: str | None = None) -> dict[str, Any]:
        return {**self.lines[i].loc, "snippet": (snippet or self.lines[i].text).strip()[:160]}


def _date_order(ctx: Ctx, text: str) -> tuple[str | None, str | None]:
    order = ctx.rules.get("date_order")
    if order:
        return order, f"partner rule date_order={order}"
    # a document writes all its numeric dates one way: one that only reads one way ("11/17/2017", "17/11/2017")
    # settles the order of the ambiguous ones ("11/03/2017"), whatever the language of its words
    firsts = {(int(a) > 12, int(b) > 12) for a, _sep, b in NUMERIC_DATE_RE.findall(text)
              if 0 < int(a) <= 31 and 0 < int(b) <= 31}
    if (False, True) in firsts and (True, False) not in firsts:
        return "MDY", "numeric dates read month-first, as the document's unambiguous dates show"
    if (True, False) in firsts and (False, True) not in firsts:
        return "DMY", "numeric dates read day-first, as the document's unambiguous dates show"
    if US_HINT_RE.search(text) and not EU_LANG_RE.search(text):
        return "MDY", "US document: numeric dates read month-first"
    if EU_LANG_RE.search(text):
        return "DMY", "European-language document: numeric dates read day-first"
    return None, None


# German titles are compounds whose last part names the document: "Liefervertrag", "Rahmenvertrag",
# "Sammelbestellung", "Preisangebot"; the head word closes the compound
# (a stores report of what arrived short or damaged: "Mengenabweichungsmeldung", "Lieferabweichungsbericht")
COMPOUND_HEADS = ("vertrag", "bestellung", "rechnung", "angebot", "anfrage", "reklamation", "abweichungsmeldung",
                  "abweichungsbericht", "abweichungsprotokoll")
# a title of one common word counts only as a cell of its own ("Order" over an ERP purchase order), never as
# part of a line ("Order No.", "Order Date")
# ... and so does an acronym naming a document family ("CMR" over a road consignment note)
# ("FBL": the FIATA negotiable multimodal transport bill of lading is headed by its abbreviation)
BARE_TITLES = {"order": "purchase_order", "cmr": "bill_of_lading", "awb": "bill_of_lading", "fbl": "bill_of_lading",
               "fcr": "bill_of_lading", "fct": "bill_of_lading"}
# "F B L", "C M R": a short bare title set with letter spacing
SPACED_WORD_RE = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")
# "ORDER VF-31-0418 – 08.09.2031", "Order 4711 of 2031-09-08": a bare title with its number (and date) heading
# a line of its own in a mail body, where an order typed into the mail begins
BARE_TITLE_NUMBERED_RE = re.compile(
    r"(?P<title>[^\W\d_]+)\s*(?:no\.?|nr\.?|n[°º]|#)?\s*[:：]?\s*[a-z0-9][\w\-/.]*\d[\w\-/.]*"
    r"(?:\s*(?:[–—\-,/]|of|dated|vom|du|del)\s*\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4})?", re.I)


@lru_cache(maxsize=1)
def _squeezed_titles() -> dict[str, str]:
    """Doc-type titles of several words by their letters alone ("packinglist": "packing list")."""
    # a one-word title too when long enough not to be any two short words ("IN VOICE")
    return {sq: lab.text for lab in labels("doc_types") if len(sq := re.sub(r"\W", "", lab.text)) >= 6 and
            (" " in lab.text or sq.isalpha())}


def _unsplit_title(segs: list[tuple[Any, str]], low: str) -> str:
    """A title set large with letter spacing, whose words the PDF reader cut at a wider gap ("PAC KING LIST")."""
    for _, seg in segs:
        if " " in seg.strip() and _set_in_capitals(seg) and \
                (title := _squeezed_titles().get(re.sub(r"\W", "", seg.lower()))) and seg.lower().strip() != title:
            low = low.replace(seg.lower().strip(), title)
    return low


@lru_cache(maxsize=1)
def _compound_patterns() -> dict[str, re.Pattern[str]]:
    return {head: re.compile(rf"(?<=[a-zäöüß]){head}(?![^\W\d_])") for head in COMPOUND_HEADS}


def _title_match(lab: Label, low: str) -> re.Match[str] | None:
    m = lab.pattern.search(low)
    if m is None and lab.text in COMPOUND_HEADS:
        m = _compound_patterns()[lab.text].search(low)
    return m


# words an acronym skips ("B/L": bill of lading; "FCR": forwarders certificate of receipt)
ACRONYM_SKIP = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "der", "die", "das", "für"}
# compounds whose parts an acronym spells ("AWB": air waybill, "SWB": sea waybill)
ACRONYM_COMPOUNDS = {"waybill": "way bill", "airwaybill": "air way bill"}


def _names_title(caption: str, title: str | None) -> bool:
    """Whether a number caption names the document's title: its words run within the title's ("Certificate of
    Receipt No.", "FCR No." under "FIATA FCR"), or it spells the title's initials ("FCR" for "forwarders
    certificate of receipt", "B/L" for "bill of lading", "AWB" for "air waybill")."""
    if not title:
        return False
    words = re.findall(r"[^\W_]+", title.lower().replace("'", "").replace("’", ""))
    cap = re.findall(r"[^\W_]+", caption.lower().replace("'", "").replace("’", ""))
    if not cap or not words:
        return False
    if len(cap) > 1 and all(len(w) == 1 for w in cap):
        cap = ["".join(cap)]  # "B/L": one acronym written with a slash
    if any(words[k:k + len(cap)] == cap for k in range(len(words) - len(cap) + 1)):
        return True
    if len(cap) != 1 or not 2 <= len(cap[0]) <= 5:
        return False
    parts = " ".join(ACRONYM_COMPOUNDS.get(w, w) for w in words).split()
    return len(words) >= 2 and cap[0] in ("".join(w[0] for w in words if w not in ACRONYM_SKIP),
                                          "".join(w[0] for w in parts if w not in ACRONYM_SKIP))


# captions of the seller's own sales order, weaker than the customer's reference on the same document
SELLER_ORDER_CAPTIONS = ("sales order",)


def _doc_type(lx: _Lines, body: bool) -> tuple[str, float, dict[str, Any] | None, str | None]:
    """(doc type, confidence, evidence, the title's words as matched: "forwarders certificate of receipt")."""
    best: tuple[float, str, int, str] | None = None
    n = min(len(lx.lines), 40 if body else 25)
    for i in range(n):
        if not body and lx.lines[i].loc.get("page", 1) != 1:
            continue
        for _, seg in lx.segs[i]:
            bare = seg.lower().strip(" :：")
            bare = bare.replace(" ", "") if SPACED_WORD_RE.fullmatch(bare) else bare
            field = BARE_TITLES.get(bare)
            if field is None and body and len(lx.segs[i]) == 1 and (m := BARE_TITLE_NUMBERED_RE.fullmatch(seg.strip())):
                bare = m["title"].lower()
                field = BARE_TITLES.get(bare)
            if field and seg[:1].isupper() and (best is None or 2.0 / (1 + 0.08 * i) > best[0]):
                best = (2.0 / (1 + 0.08 * i), field, i, bare)
    # Each line is normalised once, not once per doc-type label: with hundreds of labels this loop is the
    # hottest of a parse (a mail of 500 forwarded messages spent most of its time budget here).
    candidates: list[tuple[int, TextLine, str, bool, str | None, bool]] = []
    for i in range(n):
        line = lx.lines[i]
        if not body and line.loc.get("page", 1) != 1:
            continue
        low = line.text.lower().strip()
        if LETTERSPACED_RE.match(low):
            # "W A R E N R E C H N U N G": letter-spaced titles
            low = re.sub(r"(?<=\w) (?=\w(?:\s|$))", "", low)
        elif "   " in low:
            # ... also as one cell of a line: "Lieferant   Käufer   W A R E N R E C H N U N G   Seite 1"
            low = LETTERSPACED_CELL_RE.sub(lambda sm: sm.group(0).replace(" ", ""), low)
        low = _unsplit_title(lx.segs[i], low)
        # "INVOICE No. 4711": the number printed in the title does not make it less of a title
        numbered = TITLE_NUMBER_RE.search(low) is not None
        # "Complaint No.: CL-67620" in a list of "caption: value" lines is a field, weaker than a title
        # ("Delivery note: 85084907" likewise: a caption, its colon and a value)
        captioned = re.match(r"^[^\d:：]{2,40}[:：]\s*\S+\s*$", low) is not None and \
            not _set_in_capitals(line.text)
        low = TITLE_NUMBER_RE.sub("", low)
        nxt = _next_in_column(lx, i, n)
        # "PURCHASE / ORDER": a large title broken over two lines
        wrapped = low + " " + nxt.text.lower().strip() if nxt is not None and _title_wraps(line.text, nxt.text) \
            else None
        if wrapped is None and (below := _cell_wrap_below(lx, i, n)):
            # "Itchen Freight Ltd   SHIPPING" over "NOTICE": a title in the header's right column, wrapped
            # in its box while the letterhead beside it runs on
            wrapped = low + " " + below.lower()
        candidates.append((i, line, low, numbered, wrapped, captioned))
    for lab in labels("doc_types"):
        for i, line, low, numbered, wrapped, captioned in candidates:
            m = _title_match(lab, low)
            if not m and wrapped is not None:
                low = wrapped
                m = _title_match(lab, low)
            if not m or (_mentioned_not_title(low, m) and not _title_cell_beside_caption(lx.segs[i], lab.text)):
                continue
            if numbered and not _set_in_capitals(line.text) and OTHER_PARTY_BEFORE_RE.search(low[:m.start()]):
                continue  # "Vendor Quote No. QU-0412" on an order: the other party's document, referred to
            if _grid_label(lx, i, lab) or (i > 0 and lx.caption_wrap(i - 1, i)):
                continue  # "NCR ref. | NC-19 | Purchase order | OA-147": a caption in a field grid
            if _wrapped_caption_cell(lx, i, lab):
                continue  # "Your order / Votre" over "commande": a two-language caption wrapped in its cell
            standalone = len(low) <= len(lab.text) + 12 or any(
                seg.lower().startswith(lab.text) and len(seg) <= len(lab.text) + 6 for _, seg in lx.segs[i]) or (
                _set_in_capitals(line.text.strip()[m.start():m.end()])) or (
                # "Invoice INV/2038/00455": an ERP prints its title word with the number after it, no marker
                len(lx.segs[i]) == 1 and m.start() == 0 and TITLE_CODE_RE.fullmatch(line.text.strip()[m.end():]))
            # (a line opening in lower case runs on a phrase from above, "commande, solde à" wrapped in a terms
            # cell: no title, which starts with a capital like the bare titles above)
            standalone = standalone and not captioned and not line.text.strip()[:1].islower()
            # "Pro Forma Invoice / Facture proforma": the title and its translation into the customer's language
            standalone = standalone or _translated_title(lx, i, lab)
            score = (2.0 if standalone else 1.0) / (1 + 0.08 * i) + len(lab.text) / 100 - lab.rank / 1000
            if best is None or score > best[0]:
                best = (score, lab.field, i, lab.text)
    if body and (declared := _declared_in_body(lx, n)) is not None and \
            (best is None or (best[1] != declared[0] and best[0] < 1.5)):
        # "Please treat this mail as our order", "報價 Q28-0702 沒有問題，我們下單如下：": the mail declares
        # itself the document; a doc-type word in its sentences only names another document
        return declared[0], 0.6, lx.ev(declared[1]), None
    if best is None:
        return "other", 0.3, None, None
    conf = 0.85 if best[0] >= 1.5 else 0.6
    return best[1], conf, lx.ev(best[2]), best[3]


def _declared_in_body(lx: _Lines, n: int) -> tuple[str, int] | None:
    """The doc type a mail body declares itself to be (labels.toml [body_declarations]), and its line."""
    phrases = [(field, p.lower()) for field, words in base_vocab()["body_declarations"].items() for p in words]
    for i in range(n):
        low = " ".join(lx.lines[i].text.lower().split())
        for field, phrase in phrases:
            if phrase in low:
                return field, i
    return None


# "zu Ihrer Bestellung", "your quotation", "against invoice": the document type is referred to, not titled
REFERENCE_BEFORE_RE = re.compile(
    r"(?:\b(?:your|against|per|re|ref\.?|with|to|for|ihre?[rsnm]?|zu[rm]?|gem\.|laut|lt\.|vs\.|vostr[oa]|"
    r"votre|vos|selon|su|sus|según)|贵方|根据)\s*$", re.I)
# "our" stays out: "please accept our purchase order" names the document itself
# "please send the proforma invoice", "請發形式發票和合同": the documents asked for, not the one at hand
REQUESTED_BEFORE_RE = re.compile(
    r"(?:\b(?:please\s+(?:send|issue|provide|prepare)|kindly\s+(?:send|issue|provide))(?:\s+(?:us|me))?"
    r"(?:\s+(?:the|your|a|an))?|\bbitte\s+(?:senden|schicken)\s+sie\s+(?:uns\s+)?(?:die|eine|ihre)?|"
    r"\bmerci\s+de\s+nous\s+(?:envoyer|adresser)\s+(?:la|le|votre|une|un)?|"
    r"\b(?:env[ií]en(?:nos)?|m[aá]ndennos|favor\s+de\s+enviar)\s+(?:la|el|su|una|un)?|"
    r"(?:请|請)(?:发|發|寄|提供|出具|开|開|尽快发|盡快發)(?:送)?[\u3400-\u9fff]{0,8}?)"
    # ... or a later one of the documents asked for: "請發形式發票和合同", "please send the PI and the contract"
    r"(?:[^.!?。！？]{0,30}?(?:\band|\bund|\bet|\by|和|及|与|與|、|,|，)(?:\s+(?:the|a|an|die|la|le|el))?)?\s*$", re.I)
# "Orden de compra del comprador:", "Order date:": a doc-type word inside a field label (ends in a colon);
# a number marker before the colon ("Purchase Order No.:") still makes a title
# (also in traditional script, "訂單編號："; and "訂單如下：", "the order as follows:", introduces the order itself)
# ("ORDEN DE COMPRA   N° OC:   OC-17": the marker with the title's initials is the title's own number caption)
LABEL_AFTER_RE = re.compile(rf"^(?!(?:{NO_CORE}(?:\s*[^\W\d_]{{1,3}}\.?)?|号码|编号|号|號碼|編號|號|如下|as\s+follows)\s*[:：])[^\d:：]{{1,40}}[:：]",
                            re.I)


# the number of an order typed in a mail, named beside its caption word anywhere in a line ("PO 4500231877",
# "our order PO 4500231990:", "Bestellung 45-7781", "订单号 HZ-2037-14"): a code of four characters or more with a
# digit, closing the line or followed by punctuation or a dash, never by a unit ("order 1200 pcs")
BODY_ORDER_NO_RE = re.compile(
    # (the caption word set in capitals too, as a heading: "PEDIDO PC-39-0044 – fecha 14/03/2039")
    r"(?:\b(?:PO|P\.O\.|[Oo]rder|ORDER|[Bb]estellung|BESTELLUNG|[Cc]ommande|COMMANDE|[Pp]edido|PEDIDO|"
    r"[Oo]rden de compra|ORDEN DE COMPRA|[Bb]estellnummer|[Oo]rden|ORDEN)"
    r"|订单号|订单编号|采购单号)\s*(?:[Nn]o\.?|[Nn]r\.?|[Nn][°º]\.?|[Nn]\.º|#)?\s*[:：]?\s*"
    r"(?P<code>(?=[\w\-/.]*\d)[A-Z0-9][A-Z0-9\-/._]{3,30})(?=\s*$|[:;,.)）：，。]|\s+[–—-]\s|\s+(?:as|below|vom|du|del|of|"
    # (or its date in brackets: "Orden OC-SPB-40-0226 (20/02/2040)", the Spanish short "orden" for the order)
    r"dated|from|please|bitte|merci|por)\b|\s+\(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\))")
ORDER_IN_SENTENCE_RE = re.compile(
    r"(?i)(?:\b(?:zu|gemäß|laut|aus|für)\s+(?:ihrer|ihre|ihrem)\s+(?:bestellung|auftrag)|"
    # "感谢贵司订单 F178407", "根据贵方采购订单号 X": the buyer's order, named in Chinese
    r"(?:贵司|贵方|贵公司|您的|贵|客户)\s*(?:采购)?(?:订单|订货单|采购单)\s*(?:号|编号|号码)?|"
    r"\b(?:against|under|for|to|per)\s+your\s+(?:purchase\s+order|order|po)|"
    # "The Buyer wishes to purchase by its order 4500018227 the goods ...": a party's own order in a recital
    r"\b(?:by|under|per|against|with|in)\s+(?:its|their)\s+(?:purchase\s+order|order|po)|"
    r"\b(?:suivant|selon|pour)\s+votre\s+(?:bon\s+de\s+)?commande|"
    r"\b(?:según|segun|para)\s+su\s+(?:orden\s+de\s+compra|pedido)|"
    # "Thank you for your order SO-5372", "Le agradecemos su pedido X", "Merci pour votre commande X"
    r"\b(?:your|su|sus|votre|vostro|seu|ihre[nmr]?|uw)\s+(?:purchase\s+order|order|po|pedido|orden\s+de\s+compra|"
    r"commande|bon\s+de\s+commande|bestellung|auftrag|ordine|bestelling)|"
    r"\borden\s+de\s+compra|"
    # "conformément au bon de commande BC-19 de l'Acheteur": the other languages' "purchase order" in a sentence
    r"\bbon\s+de\s+commande|\bpedido\s+de\s+compra|\bordem\s+de\s+compra|\bordine\s+d['’]\s*acquisto|"
    # "beginning with the Customer's purchase order OC-77", "the Buyer's order No. X": a party's order
    r"\b(?:customer|buyer|client|purchaser|käufers|kunden|acheteur|comprador|cliente)\s*['’]?\s*s?\s+"
    r"(?:purchase\s+order|order|po|p\.o\.)|"
    r"\b(?:bestellung|bon\s+de\s+commande|commande|pedido)\s+(?:des|du|de\s+l['’]|del)\s*"
    r"(?:käufers|kunden|client|acheteur|comprador|cliente)|"
    # "under purchase order 4500012345", "invoice, packing list — Order 4711-B", "Invoice SI-7 · Order PO-9",
    # "发票 Invoice PF-7 · 订单 Order PO-9": named in a sentence or a list
    r"\bpurchase\s+order|(?<=[—–;,(:：/·•]\s)(?:订单\s*)?(?:order|po|bestellung|commande|pedido)|"
    # the purpose line of a bank transfer names the order it pays
    r"(?:\b|^)(?:verwendungszweck|purpose\s+of\s+payment|remittance\s+info(?:rmation)?|payment\s+details|"
    r"motif(?:\s+du\s+(?:virement|paiement))?|libellé|concepto(?:\s+(?:del?\s+)?(?:pago|transferencia))?|"
    r"detalle\s+del\s+pago|"
    r"informaci[oó]n\s+(?:para\s+el\s+beneficiario|de\s+pago|de\s+remesa)|mitteilung(?:\s+an\s+den\s+empf[äa]nger)?|"
    r"objet\s+du\s+virement|communication|附言|汇款附言|用途|^:70:)"
    # (a second caption word after a slash: "Motif / référence")
    r"(?:\s*/\s*(?:r[ée]f[ée]rence|referencia|referenz|reference|ref\.?))?\s*[:：]?\s*"
    # an invoice named first; SWIFT's coded remittance wraps each word in slashes ("/INVOICE/SI-7 /ORDER/PO-9");
    # a bank's unstructured remittance text separates them by a space only ("INV INV-7 PO PO-9")
    r"(?:/?[^\W\d_]{1,12}(?:\s+|/)[A-Z0-9][\w\-/.]*\d[\w\-/.]*(?:\s*[,;/·•|]\s*|\s+))?"
    r"(?:bestellung|best\.?\s*-?\s*nr\.?|order|po|p\.o\.|commande|bon\s+de\s+commande|bc|pedido|oc|orden|"
    r"订单(?:号|编号)?|采购单号?)/?|"
    # "orden de compra del Comprador nº 4500024688", "the purchase order of the Buyer No. X": the party named
    # between the order word and its number
    r"\b(?:orden\s+de\s+compra|pedido|bon\s+de\s+commande|commande|purchase\s+order|order|bestellung)\s+"
    r"(?:del|de\s+l['’]|du|of\s+the|des)\s+(?:comprador|cliente|acheteur|client|buyer|customer|purchaser|"
    r"käufers|kunden)|"
    # "本合同依据买方采购订单 BE681030 订立": the buyer's order in a Chinese contract sentence
    r"(?:买方|需方|甲方|客户)\s*(?:的)?\s*(?:采购)?(?:订单|订货单|采购单)\s*(?:号|编号|号码)?)"
    # (a bare "n" marker only as a word of its own: "Pedido NK-PO-3278" keeps its N)
    r"\s*(?:n[°º.]|n\b|nr\b\.?|no\b\.?|#)?\s*[:：]?\s*"
    r"(?-i:([A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/.]*))(?![\w-])")


# "Vendor Quote No.", "Customer Order No.", "Related Invoice No.": a document of the other party or another
# document, named in a field label
OTHER_PARTY_BEFORE_RE = re.compile(
    r"\b(?:vendor|supplier|customer|client|buyer|seller|related|original|corresponding|previous|kunden|"
    r"lieferanten|fournisseur|proveedor|cliente)\s*['’]?s?\s*$", re.I)
# "Invoice Date", "Order Total", "Devis fournisseur", "Pedido cliente": the doc-type word opens the caption of
# another field (no colon needed) or is qualified by the party whose document it is
FIELD_AFTER_RE = re.compile(
    r"^\s*(?:date\b|dated\b|datum\b|fecha\b|total\b|amount\b|value\b|currency\b|terms\b|fournisseur\b|"
    r"client\b|proveedor\b|cliente\b|du\s+(?:client|fournisseur)\b|del\s+(?:cliente|proveedor)\b)", re.I)


def _mentioned_not_title(low: str, m: re.Match[str]) -> bool:
    """True when the doc-type word is a reference to another document or part of a field label."""
    return bool(REFERENCE_BEFORE_RE.search(low[:m.start()]) or REQUESTED_BEFORE_RE.search(low[:m.start()])
                or LABEL_AFTER_RE.match(low[m.end():])
                or FIELD_AFTER_RE.match(low[m.end():]))


def _title_cell_beside_caption(segs: list[tuple[int, str]], title: str) -> bool:
    """"PACKING SLIP | Date | <our name>": an accounting package's big title in a cell of its own, set in capitals,
    with the first of a column of stacked captions beside it ("Date", "Invoice Date"); the caption after the
    column gap is no part of the title ("packing slip date")."""
    return any(seg.lower().strip(" :：") == title and _set_in_capitals(seg) and not _set_in_capitals(nxt)
               for (_, seg), (_, nxt) in zip(segs, segs[1:], strict=False))


def _grid_label(lx: _Lines, i: int, lab: Label) -> bool:
    """The doc-type words are a caption cell in a row of caption/value cells, with a code in the next cell."""
    segs = lx.segs[i]
    if len(segs) < 3:
        return False
    if i + 1 < len(lx.segs) and len(lx.segs[i + 1]) == len(segs) and \
            any(re.search(r"\d", t) for _, t in lx.segs[i + 1]) and not any(re.search(r"\d{3}", t) for _, t in segs):
        # "8D No. | Date opened | Claim Ref. | Raised by" over a row of values: "Claim Ref." is a column caption
        for _, seg in segs:
            low = seg.lower()
            if low.startswith(lab.text) and re.fullmatch(rf"{re.escape(lab.text)}\s*(?:{NO_CORE}|ref\b\.?|id\b)\s*[:：]?",
                                                        low):
                return True
            # "Kunden-Reklamation", "Orden de compra" as one caption among four or more over a row of values
            # (set in capitals like every caption of the strip: "DATUM | IHRE BESTELLUNG | RECHNUNG | VERSANDART")
            if len(segs) >= 4 and lab.text in low and len(seg) <= 40 and (
                    not _set_in_capitals(seg) or all(_set_in_capitals(t) for _, t in segs)):
                return True
    for j, (_, seg) in enumerate(segs[:-1]):
        low = seg.lower()
        if low.startswith(lab.text) and len(low) <= len(lab.text) + 6 and not _set_in_capitals(seg) and \
                NUMBER_TOKEN_RE.fullmatch(segs[j + 1][1].strip()) and re.search(r"\d", segs[j + 1][1]):
            return True
    return False


# "Your order", "Customer No. / Kundennummer", "Contact": a caption cell's words, no digit
CAPTION_WORDS_RE = re.compile(r"[^\W\d_][^\d]{1,39}")


def _caption_column_pair(lx: _Lines, k: int, x0: float, x1: float) -> bool:
    """Line k holds a caption cell at x0 with its value cell next to it at x1 (a row of a stacked field grid)."""
    xs = lx.xs[k] if 0 <= k < len(lx.xs) else None
    if not xs:
        return False
    return any(abs(a - x0) <= 2 and abs(b - x1) <= 2 and CAPTION_WORDS_RE.fullmatch(lx.segs[k][j][1])
               for j, (a, b) in enumerate(zip(xs, xs[1:], strict=False)))


def _caption_in_stacked_grid(lx: _Lines, i: int, lab: Label) -> bool:
    """"Your order / Ihre Bestellung | 4500021177" over "Invoice | 61023347" over "Contact": the doc-type word and
    a code are one row of a header's caption-over-value column (a packing list citing its invoice), a row of
    captions and values at the same two places above it and below it; no title."""
    segs, xs = lx.segs[i], lx.xs[i]
    if len(segs) != 2 or not xs:
        return False
    cap, code = segs[0][1], segs[1][1].strip()
    if not cap.lower().startswith(lab.text) or len(cap) > len(lab.text) + 6 or _set_in_capitals(cap) or \
            not NUMBER_TOKEN_RE.fullmatch(code) or not re.search(r"\d", code):
        return False
    x0, x1 = xs
    return any(_caption_column_pair(lx, k, x0, x1) for k in range(i - 4, i)) and \
        any(_caption_column_pair(lx, k, x0, x1) for k in range(i + 1, i + 5))


def _wrapped_caption_cell(lx: _Lines, i: int, lab: Label) -> bool:
    """"Your order / Votre" over "commande" in the header's caption column: the second line of a caption cell, in
    lower case right under the cell's first line, holds the doc-type word; no title. Also a caption-grid row."""
    if _caption_in_stacked_grid(lx, i, lab):
        return True
    xs, above = lx.xs[i], lx.xs[i - 1] if i > 0 else None
    if not xs or not above:
        return False
    cells = [(x, seg) for x, (_, seg) in zip(xs, lx.segs[i], strict=True) if lab.text in seg.lower()]
    return bool(cells) and all(
        seg[:1].islower() and any(abs(x - y) <= 2 and not re.search(r"[.!?:：]$", lx.segs[i - 1][j][1].strip())
                                  for j, y in enumerate(above))
        for x, seg in cells)


def _translated_title(lx: _Lines, i: int, lab: Label) -> bool:
    """"Pro Forma Invoice / Facture proforma", "Quotation / Angebot": a line holding only the title and, after a
    slash, its translation, both titles of the same document type."""
    if len(lx.segs[i]) != 1:
        return False
    halves = [h.strip().lower() for h in lx.segs[i][0][1].split(" / ")]
    if len(halves) != 2:
        return False
    same = tuple(t for t in labels("doc_types") if t.field == lab.field)
    return all(whole_label(same, h) for h in halves)


def _code_beside_above(lx: _Lines, i: int) -> str | None:
    """A code printed larger beside its caption ("Waybill No." then "4418229216" set large): its taller box starts
    a few points higher, so the PDF reader puts it on a line of its own just before the caption's."""
    if i == 0 or len(lx.segs[i]) != 1 or not lx.segs[i - 1]:
        return None
    cap, prev = lx.lines[i].loc, lx.lines[i - 1].loc
    if cap.get("page") != prev.get("page") or cap.get("top") is None or prev.get("top") is None or \
            not 0 < cap["top"] - prev["top"] <= 6:
        return None
    if len(lx.segs[i - 1]) == 1:
        if prev.get("x0", 0) <= cap.get("x0", 0):
            return None
    elif not (lx.xs[i] and len(lx.xs[i - 1]) == len(lx.segs[i - 1]) and lx.xs[i - 1][-1] > lx.xs[i][0] and
              lx.xs[i - 1][-2] < lx.xs[i][0]):
        # the caption in the right column of a two-column header ("HAWB No." beside the shipper's address): the
        # code is the previous line's last cell, right of the caption, the other column's text left of it
        return None
    code = lx.segs[i - 1][-1][1].strip()
    return code if NUMBER_TOKEN_RE.fullmatch(code) and re.search(r"\d", code) else None


def _set_in_capitals(text: str) -> bool:
    """A heading set in capitals ("COMPROBANTE DE TRANSFERENCIA") is a title even on a line with other text."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _next_in_column(lx: _Lines, i: int, n: int) -> TextLine | None:
    """The next line below line i in its column (layout text interleaves columns line by line)."""
    x0 = lx.lines[i].loc.get("x0")
    for j in range(i + 1, min(i + 4, n)):
        if x0 is None or lx.lines[j].loc.get("x0") == x0:
            return lx.lines[j]
    return None


def _cell_wrap_below(lx: _Lines, i: int, n: int) -> str | None:
    """The next part of a title set as the last cell of line i, on a later line at about the same page x."""
    xs = lx.xs[i]
    if not xs or len(xs) < 2:
        return None
    x, seg = xs[-1], lx.segs[i][-1][1]
    for j in range(i + 1, min(i + 4, n)):
        for (_, other), y in zip(lx.segs[j], lx.xs[j] or [], strict=False):
            # centred or right-aligned in the same box: the shorter word starts a little right of the longer
            if abs(y - x) <= 40 and _title_wraps(seg, other):
                return other
    return None


def _title_wraps(first: str, second: str) -> bool:
    """Two short digit-free capital lines in a row are one title wrapped by a narrow heading box."""
    a, b = first.strip(), second.strip()
    return (0 < len(a) <= 20 and 0 < len(b) <= 20 and not re.search(r"\d", a + b)
            and _set_in_capitals(a) and _set_in_capitals(b))


# the word that joins a title's number to its date: "BON DE COMMANDE VC-26-0511 du 04.05.2026"
# ("ORDER 4711 – 08.09.2031": a dash sets the date apart as well)
DATE_JOIN_RE = re.compile(r"(?i)(?:[\s,]+(?:du|vom|von|of|dated|del|de|le|el|from|dd\.?|d\.d\.|[–—]))?[\s,]*$")


def _drop_trailing_date(title: str) -> str:
    """The title line without a date that closes it (and the word joining it), so its number ends the line."""
    found = find_dates(title)
    if not found or not title.rstrip(" .").endswith(found[-1].snippet):
        return title
    head = title.rstrip(" .")[:-len(found[-1].snippet)]
    return DATE_JOIN_RE.sub("", head)


def _wrapped_segments(lx: _Lines, i: int) -> list[tuple[str, str]]:
    """Each segment of line i with the segment below it in the same column (same page x, or the line below
    when neither line has columns): where a sentence in a box may go on."""
    if i + 1 >= len(lx.lines):
        return []
    xi, xk = lx.xs[i], lx.xs[i + 1]
    if xi and xk:
        return [(seg, lx.segs[i + 1][n][1]) for (_, seg), x in zip(lx.segs[i], xi, strict=True)
                for n, y in enumerate(xk) if abs(x - y) <= 3]
    if len(lx.segs[i]) == 1 and len(lx.segs[i + 1]) == 1:
        return [(lx.segs[i][0][1], lx.segs[i + 1][0][1])]
    return []


def _drop_position_skus(items: list[Any]) -> None:
    """A code column holding 1, 2, 3 (or 10, 20, 30) is the position number, not the item code."""
    skus = [it.sku for it in items]
    if len(skus) < 2 or not all(s and s.isdigit() and len(s) <= 3 for s in skus):
        return
    nums = [int(s) for s in skus]
    step = nums[1] - nums[0]
    if nums[0] in (1, 10) and step in (1, 10) and all(b - a == step for a, b in zip(nums, nums[1:], strict=False)):
        for it in items:
            it.sku = None


def _join_wrapped_labels(lx: _Lines, labs: list[Label]) -> _Lines:
    """Money labels wrapped in a narrow cell ("Amount before" / "tax"): the fragment joins its label."""
    out: list[TextLine] = []
    joined = False
    k = 0
    while k < len(lx.lines):
        line = lx.lines[k]
        nxt = lx.lines[k + 1] if k + 1 < len(lx.lines) else None
        if nxt is not None and lx.segs[k] and len(lx.segs[k + 1]) == 1 and len(nxt.text.strip()) <= 20 and \
                not re.search(r"\d", nxt.text):
            first = lx.segs[k][0][1]
            longer = first + " " + nxt.text.strip()
            alone, both = match_start(labs, first.lower()), match_start(labs, longer.lower())
            if both and both[1].end() > len(first) and (alone is None or len(both[0].text) > len(alone[0].text)):
                out.append(TextLine(line.text.replace(first, longer, 1), line.loc))
                joined = True
                k += 2
                continue
        out.append(line)
        k += 1
    return _Lines(out) if joined else lx


BARE_MARKERS = {"no", "nr", "n°", "nº", "n.º", "number", "#", "编号", "单号"}
# "N° de suivi", "Number of packages", "Nr. der Sendung": a bare marker that names what it numbers
OF_THING_RE = re.compile(r"(?i)^(?:de\s+la|de|del|du|des|d'|of|der|des|für|for)\s*[^\W\d_]")
# "Folio fiscal: 5FB2...", "Report type: A-1": a longer label than the one matched, with its own colon
LONGER_LABEL_RE = re.compile(r"^[^\W\d_][^\W\d]{1,20}\s*[:：]")


def _wrapped_prose_marker(lab: Label, lx: _Lines, i: int) -> bool:
    """A bare lower-case marker opening a line that goes on from the sentence above ("... (company" /
    "number 04417321) whose registered office ..."): a wrapped phrase of running text, no caption."""
    if lab.text not in BARE_MARKERS or i == 0 or not lx.lines[i].text.lstrip().startswith(lab.text):
        return False
    above = lx.lines[i - 1].text.rstrip()
    return bool(re.search(r"\b[a-z][^\W\d_]*$", above))


def _qualified_number_label(lab: Label, value: str) -> bool:
    """The hit is another thing's number: a bare marker qualified by what it counts, or a longer label."""
    if lab.text in BARE_MARKERS and OF_THING_RE.match(value):
        return True
    return bool(LONGER_LABEL_RE.match(value))


# "/ Payment Vorkasse": a caption's one-word translation after a slash, before the value
SLASH_CAPTION_RE = re.compile(r"^/\s*([^\W\d_]+)(?:\s+terms?|\s+conditions?)?\s*[:：]?\s+(?=\S)", re.I)
# a one-word caption in two languages: "Plaćanje / Zahlung", "Pago / Payment"
CAPTION_PAIR_RE = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+)")
# single-word payment captions that elsewhere need a colon ("Payment:") but may fill a grid cell alone
BARE_PAYMENT_CAPTIONS = {"payment", "zahlung", "paiement", "pago", "pagamento", "betaling", "płatność", "付款"}
# a cell that is a number marker and one code with a digit, nothing else ("No. NWQ-26-3104", "# INV-2631"); the
# marker may be printed in two languages ("Бр. / Nr. NAR-2035-0093": Macedonian/Serbian "Бр." abbreviates "број")
# (Bosnian/Croatian/Serbian write "broj" in full too: "Broj / Nr.: NAR-1"; a colon may follow the marker)
_BARE_MARKER = r"(?:no\.|nr[.\s]|n[°º]\.?|#|№|бр\.|br\.(?=\s)|broj\b)"
BARE_NUMBER_CELL_RE = re.compile(rf"(?i)^(?:{_BARE_MARKER}\s*/\s*)?{_BARE_MARKER}\s*[:：]?\s*"
                                 r"([a-z0-9]*[a-z][a-z0-9]*[-/._]?\d[a-z0-9\-/._]*|"
                                 r"[a-z0-9]+[-/._][a-z0-9\-/._]*\d[a-z0-9\-/._]*|\d{4,})$")
# a cell holding only a number marker ("No.", "#"), its code in the next cell
BARE_MARKER_RE = re.compile(r"(?i)(?:no\.?|nr\.?|n[°º]\.?|#|№)\s*[:：]?")
# ... or the marker in two languages ("Бр. / Nr.")
MARKER_PAIR_RE = re.compile(rf"(?i){_BARE_MARKER}\s*/\s*{_BARE_MARKER}\s*[:：]?")
WRAP_FRAGMENT_RE = re.compile(r"^[^\d:：]{1,25}$")
# "30" / "days net": a term cut after its number goes on with its unit
TIME_UNIT_RE = re.compile(r"(?i)^(?:days?|tagen?|jours?|días|dias|giorni|dagen|months?|monate?n?|mois|meses|天|日)\b")
# a value that ends in a preposition, article or comma goes on in the next line
DANGLING_END_RE = re.compile(r"(?i)(?:,|\b(?:from|after|of|the|and|or|to|against|before|de|du|des|la|le|après|"
                             r"nach|ab|vom|von|der|den|gegen|a|al|del|en|contra|desde|tras|"
                             # "Zahlbar sofort ohne" / "Abzug", "net within" / "30 days"
                             r"ohne|innerhalb|binnen|mit|without|within|with|at|by|sans|avec|dans|sous|sin|con|dentro))"
                             r"\s*$")


# "T/T 30% deposit, balance" over "before dispatch.": a line that opens in lower case with a preposition goes on
# with the phrase above it (a new caption or sentence would start in capitals)
CONNECTIVE_START_RE = re.compile(r"(?:against|before|after|upon|on|prior\sto|within|by|contra|antes|después|tras|"
                                 r"mediante|avant|après|contre|sur|dès|à|gegen|vor|nach|bei|innerhalb|binnen)\b")


# "Virement à 60 jours" over "date de facture": a term of days goes on with the day it counts from
TERM_END_RE = re.compile(r"(?i)\d\s*(?:days?|jours?|días|dias|tagen?|giorni|dagen|dni|dias úteis)\s*$")


def _wrapped_value(lx: _Lines, i: int, j: int, value: str) -> str:
    """A value cell wrapped over lines on a PDF page: the lines below that hold only text in its column.

    Needs page positions: the continuation starts where the value starts, the label column stays empty."""
    xs = lx.xs[i]
    if xs and 0 < j <= len(xs) and j - 1 < len(lx.segs[i]) and lx.segs[i][j - 1][1].endswith(value) and \
            lx.segs[i][j - 1][1] != value:
        # "Zahlungsbedingungen: Zahlbar innerhalb 30" over "Tagen ohne Abzug": label and value share a cell,
        # the wrapped rest starts where the cell starts; only a phrase cut mid-way goes on
        k = i + 1
        # (a parallel column beside it, the other language of a bilingual contract, goes on in its own column)
        at = [n for n, x in enumerate(xk) if abs(x - xs[j - 1]) <= 3] \
            if k < len(lx.lines) and (xk := lx.xs[k]) else []
        if at and all(n == at[0] or any(abs(x - y) <= 3 for y in xs) for n, x in enumerate(xk)):
            more = lx.segs[k][at[0]][1]
            if not re.match(r"^[^:：]{1,25}[:：]", more) and not match_start(_stop_labels(), more.lower()) and (
                    DANGLING_END_RE.search(value) or (re.search(r"\d$", value) and TIME_UNIT_RE.match(more)) or
                    (CONNECTIVE_START_RE.match(more) and not re.search(r"[.;:!?]$", value))):
                return value + " " + more
        return value
    if not xs or j >= len(xs) or lx.segs[i][j][1] != value:
        return value
    taken = 0
    for k in range(i + 1, min(i + 6, len(lx.lines))):
        xk = lx.xs[k]
        if not xk or taken == 2:
            break
        if j > 0 and all(x < xs[j - 1] - 3 for x in xk):
            continue  # a line of an address block left of the label column, a hair higher than the wrap
        # the continuation sits in the value's column; other columns of the page (an address block left
        # of a label/value grid) may share the line, but the label's own column stays empty
        at = [n for n, x in enumerate(xk) if abs(x - xs[j]) <= 3]
        if not at or (len(xk) > 1 and j == 0):
            break
        n = at[0]
        if any(xs[j - 1] - 3 <= x < xs[j] - 3 for x in xk) or (j + 1 < len(xs) and any(
                xs[j] + 3 < x < xs[j + 1] - 3 for x in xk)) or (j + 1 == len(xs) and n + 1 != len(xk)):
            break
        more = lx.segs[k][n][1]
        if j > 0 and k + 1 < len(lx.lines) and (xn := lx.xs[k + 1]) and \
                any(abs(x - xs[j - 1]) <= 3 for x in xn) and not any(abs(x - xs[j]) <= 3 for x in xn) and \
                more[:1].isupper() and not DANGLING_END_RE.search(value):
            # "Payment | 30 % …" over "Facture commerciale, …" over "Documents" alone in the caption column: the
            # next row's caption centred beside its value, whose first line this is
            break
        hit = match_start(_stop_labels(), more.lower())
        # "from B/L date" under "L/C at 60 days": a lower-case word without a colon goes on with the phrase
        # above ("from" is a party caption only as "From:")
        looks_label = _is_label_cell(more) or (hit is not None and not (
            more[:1].islower() and not re.match(r"\s*[:：]", more[hit[1].end():])))
        if re.match(r"^[^:：]{1,25}[:：]", more) or (looks_label and not DANGLING_END_RE.search(value) and
                                                   not (TERM_END_RE.search(value) and n + 1 == len(xk))):
            break  # a label below, unless the value stopped mid-phrase ("45 days from" / "invoice date")
        value += " " + more
        taken += 1
    return value


def _flowed_on(lx: _Lines, i: int, value: str) -> str:
    """A value ending its line, in a box of running text whose next line goes on with it: "Delivery Terms: CIF
    Point Lisas | Currency: USD | Payment Terms: Net 45 days from date of" over "invoice | Sales Contact: ...".

    A line of fields run together flows like a paragraph: the wrap starts at the box's left edge (where the line
    starts), not under the value. Only a next line starting at the same page x in lower case, with no caption
    of its own first, goes on with the phrase; its first part (up to a separator or the next caption) is the
    rest. A capitalised line is the next field or sentence ("Payment: Net 30 days" over "Bank: ...")."""
    line = lx.lines[i]
    if i + 1 >= len(lx.lines) or not value or not line.text.rstrip().endswith(value) or re.search(r"[.;!?。]$", value):
        return value
    if re.search(r"[.;!?。]\s+\S", value):
        return value  # "... copy of B/L. Please" over "transfer USD ...": the terms ended, a sentence runs on
    nxt = lx.lines[i + 1]
    if not line.xs or not nxt.xs or abs(line.xs[0] - nxt.xs[0]) > 3 or not lx.segs[i + 1]:
        return value
    more = lx.segs[i + 1][0][1]
    if not more[:1].islower() or re.match(r"^[^:：]{1,25}[:：]", more):
        return value
    if (inner := _inner_label(_field_labels(), more.lower(), after_pair=False)) is not None:
        more = more[:inner[0]].rstrip(" ,;")  # "invoice Sales Contact: ...": the next caption ends the rest
    if (hit := match_start(_stop_labels(), more.lower())) and hit[1].end() >= len(more.rstrip(" :：")):
        return value  # a caption of its own in lower case
    return f"{value} {more}" if more else value


DATE_FIELDS = ("date", "due_date", "delivery_date", "payment_date")
# "PO #", "P.O. No.": the short order caption (too short for the stop labels)
SHORT_ORDER_CAPTION_RE = re.compile(r"^(?:po|p\.o\.|p/o)\s*(?:#|no\.?|nr\.?|number)?\s*[:：]?$")
DOC_TYPE_FIELDS = frozenset(("purchase_order", "commercial_invoice", "proforma_invoice", "quotation", "contract",
                             "packing_list", "bill_of_lading", "inspection_report", "payment_advice",
                             "shipping_notice", "claim", "enquiry", "generic", "number"))


def _caption_field(caption: str) -> str | None:
    """The field a caption cell names ("PO #" -> order_number), or None."""
    low = caption.lower().strip()
    if SHORT_ORDER_CAPTION_RE.match(low):
        return "order_number"
    # the stop labels' combined pattern is compiled once per process anyway (compiling another big one costs
    # a second per parse in an isolated child)
    found = match_start(_stop_labels(), low)
    if not found or low[found[1].end():].strip(" :：#."):
        return None
    field = found[0].field
    if field in DOC_TYPE_FIELDS:
        return "number"  # a numbers-group label: the document's own number
    return field


# what a typed box holds: a currency code, or a code with a digit in it (the document's or the order's number)
BOX_CODE = r"[A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*"
BOX_VALUE_PATTERNS = {"currency": r"[A-Z]{3}", "order_number": BOX_CODE, "number": BOX_CODE}


def _take(field: str, text: str, *, tail: bool) -> tuple[str, str] | None:
    """Cut the value of a typed box (date, code, currency) off the start (or end) of merged box text."""
    text = text.strip()
    if field in DATE_FIELDS:
        found = find_dates(text)
        for fd in found:
            if not tail and text.startswith(fd.snippet):
                return fd.snippet, text[len(fd.snippet):]
            if tail and text.endswith(fd.snippet):
                return fd.snippet, text[:-len(fd.snippet)]
        return None
    pat = BOX_VALUE_PATTERNS.get(field)
    if pat is None:
        return None
    m = re.match(rf"({pat})(?:\s+|$)", text) if not tail else re.search(rf"(?:^|\s)({pat})$", text)
    if m is None:
        return None
    return (m.group(1), text[m.end():]) if not tail else (m.group(1), text[:m.start()])


def _split_merged_strip(lx: _Lines) -> _Lines:
    """Values of a strip of boxes that the PDF text run merged are split under their captions.

    "Date | Terms | Due Date | PO # | Incoterm | Currency" over "Apr 1, 2026 30% net | May 31, 2026 OC-7 |
    CIP Bogotá USD": each merged value starts under the first caption it covers; the typed boxes (dates,
    codes, a currency) are cut off its start and end, and the one untyped box left gets the middle. When
    more than one untyped box would be left the text stays as it is (no guessing)."""
    if not any(lx.xs):
        return lx
    lines = list(lx.lines)
    changed = False
    for i in range(len(lines) - 1):
        xi, xk = lx.xs[i], lx.xs[i + 1]
        if not xi or not xk or len(xi) < 3 or len(xk) >= len(xi):
            continue
        caps = [seg for _, seg in lx.segs[i]]
        kinds = [_caption_field(c) for c in caps]
        if sum(k is not None for k in kinds) < len(caps) - 1 or any(re.search(r"\d", c) for c in caps):
            continue
        # each value cell starts under a caption; it covers the captions up to the next cell
        starts = []
        for x in xk:
            near = [n for n, y in enumerate(xi) if abs(x - y) <= 4]
            if not near:
                break
            starts.append(near[0])
        if len(starts) != len(xk) or starts != sorted(starts):
            continue
        new_text: list[str] = []
        new_xs: list[float] = []
        ok = True
        for c, (_, value) in enumerate(lx.segs[i + 1]):
            covered = list(range(starts[c], starts[c + 1] if c + 1 < len(starts) else len(caps)))
            pieces: dict[int, str] = {}
            rest = value
            lo, hi = 0, len(covered) - 1
            while lo < hi and kinds[covered[lo]] and (cut := _take(kinds[covered[lo]] or "", rest, tail=False)):
                pieces[covered[lo]], rest = cut[0], cut[1].strip()
                lo += 1
            while hi > lo and kinds[covered[hi]] and (cut := _take(kinds[covered[hi]] or "", rest, tail=True)):
                pieces[covered[hi]], rest = cut[0], cut[1].strip()
                hi -= 1
            if lo != hi or not rest:
                ok = False
                break
            pieces[covered[lo]] = rest
            for n in covered:
                new_text.append(pieces[n])
                new_xs.append(xi[n])
        if ok and len(new_text) > len(xk):
            lines[i + 1] = TextLine("   ".join(new_text), lines[i + 1].loc, new_xs)
            changed = True
    return _Lines(lines) if changed else lx


# a lower-case letter run straight into a capital that opens a word: where a clipped caption meets its value
CAPTION_VALUE_JOIN_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])")


def _split_clipped_captions(lx: _Lines, labs: tuple[Label, ...]) -> _Lines:
    """A caption cut by its narrow cell and run into its value is split from it.

    A spreadsheet printed to PDF clips a caption at its column's edge and the value cell follows without a
    space: "Condiciones de pagTransferencia bancaria a 60 días". When the text before a lower-to-capital
    junction is a known caption with at most its last four letters missing, the value starts at the
    junction."""
    lines = list(lx.lines)
    changed = False
    for i, segs in enumerate(lx.segs):
        for start, seg in segs:
            for m in CAPTION_VALUE_JOIN_RE.finditer(seg, 10):
                head = seg[:m.start()].lower()
                full = sorted((lab.text for lab in labs if lab.text.startswith(head) and len(lab.text) - len(head) <= 4),
                              key=len)
                if not full:
                    continue
                # the caption is completed from the vocabulary so that it reads as the label it was printed as
                text = lines[i].text
                at = start + m.start()
                lines[i] = TextLine(text[:at] + full[0][len(head):] + "   " + text[at:], lines[i].loc)
                changed = True
                break
            if lines[i] is not lx.lines[i]:
                break
    return _Lines(lines) if changed else lx


def _join_stacked_labels(lx: _Lines) -> _Lines:
    """Captions wrapped inside a narrow column of a PDF page ("Invoice" over "Number" over "INV-1") are joined.

    Needs page positions: a short digit-free fragment at the same x as the fragment above it continues
    it when the two together make a longer known label; the joined label takes the lower line's place, so
    the value still stands right below it."""
    if not any(lx.xs):
        return lx
    stop = _wrap_labels()
    segs = [list(s) for s in lx.segs]
    xs = [list(x) if x else None for x in lx.xs]
    joined = False
    columns = labels("columns")
    for k in range(len(segs) - 1):
        if not xs[k] or not xs[k + 1]:
            continue
        if len(segs[k]) >= 4 and header_roles([t for _, t in segs[k]], columns):
            # "Item | Material | Description | Qty | Unit | Net" over "price | value": headings of the item
            # table wrapped in their narrow columns, read by the table finder; joined here "Net value" would
            # stand over the first line's amount as a caption of the document's net value
            continue
        for j in range(len(segs[k]) - 1, -1, -1):
            first = segs[k][j][1]
            near = [n for n, x in enumerate(xs[k + 1]) if abs(x - xs[k][j]) <= 3]
            if not near or not WRAP_FRAGMENT_RE.match(first):
                continue
            n = near[0]
            second = segs[k + 1][n][1]
            # the caption's colon may come with its last word ("Invoice" over "Date :")
            if not WRAP_FRAGMENT_RE.match(second.rstrip(" :：")):
                continue
            longer = f"{first} {second}"
            if (am := ALTERNATIVE_RE.match(longer)) and len(am.group(0)) <= len(first) + 1:
                # "Ödeme Şekli /" over "Payment Terms": a bilingual caption wrapped after its slash reads as
                # its second name (the one in the vocabulary)
                longer = longer[am.end():]
                if not match_start(stop, longer.lower()):
                    continue
                first = first[am.end():].strip()  # compared below as the caption's first fragment
            alone, both = match_start(stop, first.lower()), match_start(stop, longer.lower())
            if alone and alone[1].end() >= len(first.rstrip(" :：")) and any(x > xs[k][j] + 3 for x in xs[k]) and \
                    any(x > xs[k + 1][n] + 3 for x in xs[k + 1]):
                continue  # "Date | 13.04.25" over "Paiement | 30 jours": two captions, each beside its own value
            if not both or both[1].end() <= len(first) + 1 or (alone and len(alone[0].text) >= len(both[0].text) and (
                    alone[0] is not both[0] or alone[1].end() >= both[1].end())):
                continue  # (the same label reaching further, "Order" over "No", is the joined caption)
            if longer.lower()[both[1].end():].strip(" :：#.") or (match_start(stop, second.lower()) and alone):
                continue  # the lower line is a label of its own, or more than the label's end
            up = [m for m, x in enumerate(xs[k - 1]) if abs(x - xs[k][j]) <= 3] if k > 0 and xs[k - 1] else []
            if up and WRAP_FRAGMENT_RE.match(segs[k - 1][up[0]][1]) and \
                    not match_start(stop, segs[k - 1][up[0]][1].lower()) and any(x > xs[k][j] + 3 for x in xs[k - 1]):
                # a caption over three lines ("Điều kiện thanh" / "toán / Payment" / "Terms"): the value
                # stands beside its first line (what stands beside the second is the value's wrapped rest),
                # so the caption's known name goes there
                segs[k - 1][up[0]] = (segs[k - 1][up[0]][0], longer)
                del segs[k + 1][n]
                del xs[k + 1][n]
                del segs[k][j]
                del xs[k][j]
            elif (right := [x for x in xs[k] if x > xs[k][j] + 3]) and all(
                    abs(x - right[0]) <= 3 for x in xs[k + 1] if x > xs[k + 1][n] + 3):
                # "Invoice   14-04-2026" over "Date :": the value stands beside the upper line (top-aligned in
                # its cell; what stands beside the lower line in the same column is its wrapped rest), so the
                # joined caption stays there, beside its value
                segs[k][j] = (segs[k][j][0], longer)
                del segs[k + 1][n]
                del xs[k + 1][n]
            else:
                segs[k + 1][n] = (segs[k + 1][n][0], longer)
                del segs[k][j]
                del xs[k][j]
            joined = True
    joined = _join_labels_around_value(segs, xs, stop) or joined
    if not joined:
        return lx
    out = []
    for k, line in enumerate(lx.lines):
        if not segs[k]:
            continue
        out.append(TextLine("   ".join(t for _, t in segs[k]), line.loc, xs[k]))
    return _Lines(out)


def _join_labels_around_value(segs: list[list[tuple[int, str]]], xs: list[list[float] | None],
                              stop: tuple[Label, ...]) -> bool:
    """A caption wrapped in a grid cell centred on its one-line value ("Terms of" / value / "Payment").

    The value's line holds nothing in the caption's column: the two fragments, which make a whole known
    label only together, become that caption on the value's line, left of the value. Edits in place."""
    joined = False
    for k in range(len(segs) - 2):
        up, mid, down = xs[k], xs[k + 1], xs[k + 2]
        if not up or not mid or not down:
            continue
        for j in range(len(segs[k]) - 1, -1, -1):
            x, first = up[j], segs[k][j][1]
            near = [n for n, dx in enumerate(down) if abs(dx - x) <= 3]
            if not near or any(abs(mx - x) <= 3 for mx in mid) or not any(mx > x + 3 for mx in mid):
                continue
            n = near[0]
            second = segs[k + 2][n][1]
            longer = f"{first} {second}".rstrip(" :：").lower()
            # "采购单号 PO" / value / "No.": a bilingual caption whose Latin half wraps; that half makes a label
            latin = longer[pm.end():] if (pm := CJK_PREFIX_RE.match(longer)) else None
            if not (WRAP_FRAGMENT_RE.match(first) and WRAP_FRAGMENT_RE.match(second)) or \
                    not (whole_label(stop, longer) or (latin and whole_label(stop, latin) and
                                                       not whole_label(stop, latin[:len(latin) - len(second)].strip()))):
                continue
            value_x = min(mx for mx in mid if mx > x + 3)
            if any(x + 3 < dx <= value_x + 3 for dx in down):
                continue  # "No." over "Invoice No.   SI-1": the lower caption has a value of its own beside it
            if whole_label(stop, first.lower().rstrip(" :：")) and not _caption_grows_around(
                    stop, first, second, longer, [ux for ux in up if ux > x + 3], value_x):
                continue
            if not whole_label(stop, longer) and (right := [mx for mx in mid if mx > x + 3]) and \
                    any(x + 3 < ox < min(right) - 3 for ox in (*up, *down)):
                continue  # "厂商名称 | Northwind" over "Vendor | Components Ltd.": the value wraps beside, not between
            at = sum(1 for mx in mid if mx < x)
            segs[k + 1].insert(at, (0, f"{first} {second}"))
            mid.insert(at, x)
            del segs[k + 2][n], down[n], segs[k][j], up[j]
            joined = True
    return joined


def _caption_grows_around(stop: tuple[Label, ...], first: str, second: str, longer: str, up_right: list[float],
                          value_x: float) -> bool:
    """A caption that is a known label already joins its fragment below the value only when the fragment makes it
    a caption of another field ("Customer" / value / "Order No.": the order, not the buyer) or adds the number
    marker ("Customer Order" / value / "No."), and the caption's own line holds nothing in the value's column
    (a cell beside it there would be its own value, what stands further right is a block beside the panel)."""
    if any(ux <= value_x + 3 for ux in up_right):
        return False
    alone, both = match_start(stop, first.lower().rstrip(" :：")), match_start(stop, longer)
    if alone is None or both is None:
        return False
    return both[0].field != alone[0].field or BARE_MARKER_RE.fullmatch(second.strip()) is not None


def _value_below(lx: _Lines, i: int, j: int) -> str | None:
    """On a PDF page, the value printed under the label in segment j of line i (same x, next two lines)."""
    xi = lx.xs[i]
    if not xi or j >= len(xi):
        return None
    for k in range(i + 1, min(i + 3, len(lx.lines))):
        xk = lx.xs[k]
        if not xk:
            return None
        near = [n for n, x in enumerate(xk) if abs(x - xi[j]) <= 3]
        if near:
            seg = lx.segs[k][near[0]][1]
            return None if _is_label_cell(seg) else seg
    return None


def _stacked_caption(lx: _Lines, i: int, j: int) -> bool:
    """"QUOTE | Date | Northwind Ltd." over "11 Feb 2037 | 12 Dockside Road": a caption of a column of stacked
    captions (its value printed under it) beside the next column's block, which runs on below as well; the caption
    labels its own column, not the cell to its right."""
    if i + 1 >= len(lx.lines) or not lx.xs[i] or not lx.xs[i + 1] or j + 1 >= len(lx.xs[i]):
        return False
    below = _value_below(lx, i, j)
    return below is not None and re.search(r"\d", below) is not None and \
        any(abs(x - lx.xs[i][j + 1]) <= 3 for x in lx.xs[i + 1])


def _sheet_value_below(content: Content, lx: _Lines, i: int, j: int) -> str | None:
    """In a spreadsheet, the cell under the caption in segment j of line i: "Expected | Terms | FOB | Rep" over
    its values, a heading row of captions (no digits) whose sheet row is found among the tables; the value is
    the same column's cell of the next row (empty cells, left out of the line, keep the columns apart)."""
    if lx.xs[i] or j >= len(lx.segs[i]) or len(lx.segs[i]) < 3 or \
            any(re.search(r"\d", seg) for _, seg in lx.segs[i]):
        return None
    cells = [seg.strip() for _, seg in lx.segs[i]]
    for table in content.tables:
        for r, row in enumerate(table.rows[:-1]):
            filled = [(c, cell.strip()) for c, cell in enumerate(row) if cell and cell.strip()]
            if [cell for _, cell in filled] != cells:
                continue
            col = filled[j][0]
            below = table.rows[r + 1]
            value = below[col].strip() if col < len(below) and below[col] else ""
            return value if value and not _is_label_cell(value) else None
    return None


def _terms_in_part_list(lx: _Lines, labs: list[Label]) -> tuple[str, int] | None:
    """"Delivery terms CPT Lima (Incoterms 2020) · Payment terms 30 days net": captions and their values run on
    in one line, set apart by a middle dot, bullet or pipe; a part opening with a payment-terms caption holds them."""
    for i, line in enumerate(lx.lines):
        parts = PART_SEPARATOR_RE.split(line.text)
        for part in parts[1:]:
            low = part.lower()
            lab = max((lab for lab in labs if low.startswith(lab.text) and not lab.text.endswith((":", "："))),
                      key=lambda lab: len(lab.text), default=None)
            if lab is None or not low[len(lab.text):len(lab.text) + 1].isspace():
                continue
            value = part[len(lab.text):].strip(" :：")
            if looks_like_terms(value) and not INCOTERM_RE.match(value):
                return _cut_unrelated_sentence(value), i
    return None


# "3.1 The price of the Goods is … 3.2 Payment terms: Net 30 days from B/L date. 3.3 Payment to …": the next
# sub-clause's number after a sentence's stop inside a contract's paragraph
SUBCLAUSE_IN_PROSE_RE = re.compile(r"(?:^|(?<=[.;]\s))\d{1,2}\.\d{1,2}\.?\s+(?=[^\W\d_])")


def _terms_in_numbered_clause(lx: _Lines, labs: list[Label]) -> tuple[str, int] | None:
    """"3. PRICE AND PAYMENT" over "3.1 The price of the Goods is … 3.2 Payment terms: Net 30 days from B/L date.
    3.3 Payment to <bank> …": a contract's sub-clauses run on in one paragraph (wrapped over lines in its PDF); the
    sub-clause opening with a payment-terms caption and its colon holds the terms, up to the next sub-clause."""
    n = len(lx.lines)
    i = 0
    while i < n:
        if not SUBCLAUSE_NO_RE.match(lx.lines[i].text) or len(lx.segs[i]) != 1:
            i += 1
            continue
        para, k = lx.lines[i].text.strip(), i + 1
        while k < n and len(lx.segs[k]) == 1 and (nxt := lx.lines[k].text.strip()) and \
                not SUBCLAUSE_NO_RE.match(nxt) and not CLAUSE_NO_RE.match(nxt) and not _set_in_capitals(nxt):
            para, k = f"{para} {nxt}", k + 1
        starts = list(SUBCLAUSE_IN_PROSE_RE.finditer(para))
        for a, b in zip(starts, [*starts[1:], None], strict=False):
            part = para[a.end():b.start() if b is not None else len(para)].strip()
            hit = match_start(labs, part.lower())
            if hit is None or not PAYMENT_CAPTION_RE.search(hit[0].text):
                continue
            rest = part[hit[1].end():]
            if not (cm := re.match(r"\s*[:：]\s*", rest)):
                continue  # "3.2 Payment terms are set out in Schedule 2": prose, no caption
            value = rest[cm.end():].strip()
            if value.endswith((".", "。")) and not value.endswith(".."):
                value = value[:-1]
            if looks_like_terms(value) and not INCOTERM_RE.match(value):
                return _cut_unrelated_sentence(value), i
        i = k
    return None


# "Entrega CIF Mindelo. Pago a 60 días fecha factura.": in a mail's words, a sentence of its own opening with the
# bare payment word (no caption, no colon), at a line's start or after the stop of the sentence before
# (... or after the comma closing the item before in a line listing the terms: "Total 5.987,25 USD, CIF Kralendijk,
# Pago a 30 días fecha de factura", its capital marking the new item)
PAYMENT_SENTENCE_RE = re.compile(r"(?:^|(?<=[^\W\d_]{2}[.;!,])\s+)((?:Payment|Zahlung|Paiement|Pago|Pagamento|Betaling)"
                                 r"\s+[^.;!?]*?)\s*(?:[.;!?](?=\s|$)|$)")


def _terms_sentence(lx: _Lines) -> tuple[str, int] | None:
    """The payment terms said in a sentence of a mail ("Pago a 60 días fecha factura.", "Payment 30 days net.")."""
    for i, line in enumerate(lx.lines):
        for m in PAYMENT_SENTENCE_RE.finditer(line.text.strip()):
            value = m.group(1).strip()
            # (what follows the payment word must say the terms: "Pago hecho ayer" is a payment made)
            if looks_like_terms(value.split(None, 1)[1]) and not INCOTERM_RE.search(value):
                return value, i
    return None


def _terms_around_caption(lx: _Lines, labs: list[Label]) -> tuple[str, int] | None:
    """"T/T 30% advance, 70% before" / "付款条件" / "shipment": a grid's value cell of two lines, centred on its row,
    prints its first line above the caption's baseline and its second below; both stand right of the caption, alone
    on their lines."""
    for i in range(1, len(lx.lines) - 1):
        xi, segs = lx.xs[i], lx.segs[i]
        if not xi or not segs or len(xi) != len(segs) or not whole_label(labs, segs[-1][1].lower().strip(" :：")):
            continue
        above, below = lx.xs[i - 1], lx.xs[i + 1]
        if not above or not below or len(above) != 1 or len(below) != 1 or abs(above[0] - below[0]) > 3 or \
                above[0] <= xi[-1]:
            continue
        value = f"{lx.segs[i - 1][0][1].strip()} {lx.segs[i + 1][0][1].strip()}"
        if looks_like_terms(value):
            return value, i
    return None


def _join_wrapped_cells(lx: _Lines) -> _Lines:
    """Labels wrapped inside narrow cells ("PI | PI-77 | Payment | 30 days" over "No. | Terms") are joined.

    A line of short fragments without digits continues the labels of the line above when each fragment,
    in order, makes a cell of that line a longer known label; otherwise nothing is changed."""
    stop = _wrap_labels()
    out: list[TextLine] = []
    joined = False
    k = 0
    while k < len(lx.lines):
        line = lx.lines[k]
        frags = [f for _, f in lx.segs[k + 1]] if k + 1 < len(lx.lines) else []
        if frags and len(lx.segs[k]) > 1 and all(WRAP_FRAGMENT_RE.match(f) for f in frags):
            cells = [c for _, c in lx.segs[k]]
            f = 0
            for n, cell in enumerate(cells):
                if f == len(frags):
                    break
                longer = cell + " " + frags[f]
                if cell[-1:].islower() and frags[f][:1].islower():
                    # "Rechnungsbetr" over "ag EUR": a long word broken without a hyphen in a narrow cell
                    longer = cell + frags[f]
                alone, both = match_start(stop, cell.lower()), match_start(stop, longer.lower())
                if both and both[1].end() > len(cell) + 1 and (alone is None or len(both[0].text) > len(alone[0].text)):
                    cells[n] = longer
                    f += 1
            if f == len(frags):
                out.append(TextLine("   ".join(cells), line.loc, line.xs))
                joined = True
                k += 2
                continue
        out.append(line)
        k += 1
    return _Lines(out) if joined else lx


AMOUNT_RE = re.compile(r"\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}")


def _leads(value: str, tok: str) -> bool:
    """The code opens the value, at most after a short capitalised prefix ("INV 2026-001")."""
    head = value.lstrip(" #:：.-")
    pos = head.find(tok)
    return pos <= 1 or bool(re.fullmatch(r"[A-Z]{1,5}[ -]?", head[:pos]))


# "der Käuferin:", "of the buyer:", "de l'acheteur :", "del comprador:": the party a reference belongs to
PARTY_QUALIFIER_RE = re.compile(
    r"(?i)^\s*(?:der|des|of\s+the|of|de\s+l['’]\s*|de\s+la|du|del|de)\s*(?:käuferin|käufers|bestellerin|"
    r"bestellers|kundin|kunden|buyer|purchaser|customer|client|acheteur|acheteuse|compradora?|cliente)\s*[:：]")


def _reference_value(value: str, label_words: set[str]) -> str | None:
    """The reference code when the value starts with it and it is no amount; else None.

    "client: CMD-7" after "Réf. commande" is the rest of a longer label of the same field (its words are
    label words); "Date: ...", "Total: ..." after "Order" are other fields."""
    if q := PARTY_QUALIFIER_RE.match(value):
        value = value[q.end():]  # "Bestellreferenz der Käuferin: RA-91": whose order it is, then the code
    m = LONGER_LABEL_RE.match(value)
    if m:
        if not all(w.strip(".'") in label_words for w in value[:m.end() - 1].lower().split()):
            return None
        value = value[m.end():]
    tok = _token(value)
    if tok is None or AMOUNT_RE.fullmatch(tok):
        return None
    if (at := value.lstrip(" #:：.-").find(tok)) > 1:
        # "Shipper's ref. PO 4711": the value may restate the order word before its code
        lead = value.lstrip(" #:：.-")[:at].lower().split()
        if not lead or len(lead) > 2 or not all(w.strip(".:'#") in label_words for w in lead):
            return None
    return tok


BARE_REFERENCE = {"reference", "ref", "ref."}


def _invoice_reference(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """An invoice's bare "Reference" beside its own number is the customer's reference: the order it bills.

    Accounting packages print the buyer's PO in a field captioned just "Reference"; only a code other than
    the invoice's own number counts, and only once the invoice number was read from its own label."""
    labs = [lab for lab in labels("numbers") if lab.field == "generic" and lab.text in BARE_REFERENCE]
    found = lx.find(labs)
    cols = dict(lx.hit_cols)
    for n, (_lab, value, i) in enumerate(found):
        tok = _token(value)
        if (tok is None or not _leads(value, tok)) and n in cols:
            below = _value_below(lx, i, cols[n][1]) or ""
            value, tok = below, _token(below)
        if tok and tok != doc.number and _leads(value, tok) and re.search(r"\d", tok):
            doc.order_number = tok
            conf["order_number"], ev["order_number"] = 0.6, {**lx.ev(i), "note": "bare reference of an invoice"}
            return


# documents that name the invoice of their goods without being it (a purchase order's "Invoice to:" is an
# address, a quotation's or contract's "Invoice" a clause; a payment advice lists the invoices it settles)
INVOICE_REFERRING_TYPES = frozenset(("packing_list", "bill_of_lading", "shipping_notice", "inspection_report",
                                     "claim"))


def _referenced_invoice(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """The invoice a packing list or transport document refers to: "Invoice No. INV-7", or a reference row's
    "Invoice" caption over its value; a code other than the document's own numbers, with a digit."""
    labs = labels("invoice_reference")
    words = {w.strip(".'") for lab in labs for w in lab.text.split()}
    # "Invoice date", "Invoice address", "Invoice total": a longer caption of another field
    found = lx.find(labs, exclude=list(_stop_labels()))
    cols = dict(lx.hit_cols)
    for n, (_lab, value, i) in enumerate(found):
        tok = _reference_value(value, words)
        if tok is None and n in cols and not value.strip():
            tok = _token(_value_below(lx, i, cols[n][1]) or "")
        if tok and re.search(r"\d", tok) and tok not in (doc.number, doc.order_number) and not _is_date(tok):
            doc.invoice_reference = tok
            conf["invoice_reference"], ev["invoice_reference"] = 0.6, lx.ev(i)
            return


def _is_date(tok: str) -> bool:
    """The whole token is a date; "INV-2024-11-05" is a number that embeds one."""
    found = find_dates(tok)
    return bool(found) and len(found[0].snippet.strip(" ._-/")) >= len(tok) - 1


def _token(value: str) -> str | None:
    m = NUMBER_TOKEN_RE.search(value)
    if not m:
        return None
    tok = m.group(0).strip("._-/")
    if _is_date(tok) or len(tok) < 2:
        return None
    return tok[:60]


# (the caption's word in any case, "VAT Reg. GB 284 1177 42"; the country code in capitals)
VAT_ID_RE = re.compile(r"\s*(?:(?i:reg(?:istration)?|id|no|nr)\.?\s*[:：]?\s*)?[A-Z]{2}\s?\d{2,3}[\s\d]{4,}\b")
# "VAT 114182276-7000", "GST 12345678/001": a registration number of digits joined by a hyphen or slash, or a long
# run of digits without decimals, is no tax amount
NUMERIC_TAX_ID_RE = re.compile(r"\s*(?:\d{5,}[-/]\d+|\d{8,})(?![\d.,])")
# "VAT 0% – export of goods   0.00": a rate, then the reason nothing (or a reduced rate) is charged, then the amount
# ("I.V.A. 0 % (importación)   0,00": the reason in brackets)
TAX_RATE_REASON_RE = re.compile(r"\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\s*(?:[–—-]\s*[^\W\d_][^\d%]{2,60}?|"
                                r"[(（]\s*[^\W\d_][^\d%()（）]{2,60}[)）])"
                                r"(?:\s+(?:[A-Z]{3}\s*)?-?\d[\d.,' ]*)?\s*$")
CURRENCY_QUALIFIER_RE = re.compile(r"\s*[(（]\s*(?:[A-Z]{3}|[€$£¥])\s*[)）]\s*")


# a cell of a totals grid's value row: an amount, a rate, or the currency
TOTALS_CELL_RE = re.compile(r"[-−(]?[\d.,'\u00a0 ]*\d[\d.,'\u00a0 ]*\)?\s*%?|[A-Z]{3}|[€$£¥]")


def _sum_row_below(lx: _Lines, i: int, j: int, hint: str | None) -> tuple[Decimal, int] | None:
    """(amount, line) of the row that adds up the rows above it in the column of heading cell j.

    "Nettobetrag | MwSt-Betrag | Endbetrag" over one row per tax rate ("321,40 | 61,07 | 382,47" at 19 %,
    "127,59 | 8,93 | 136,52" at 7 %) and then their sum ("448,99 | 70,00 | 518,99"): the document's amount
    is the sum row, not the first rate's."""
    heads = lx.xs[i]
    if not heads or j >= len(heads):
        return None
    vals: list[tuple[Decimal, int]] = []
    for k in range(i + 1, min(i + 8, len(lx.lines))):
        xk, segs = lx.xs[k], lx.segs[k]
        if not xk or not all(TOTALS_CELL_RE.fullmatch(seg) for _, seg in segs):
            break
        # the cell under this heading: nearest to it, and nearer to it than to any other heading (a row without
        # a cell in this column has its nearest cell under a neighbouring heading)
        m = min(range(len(xk)), key=lambda c: abs(xk[c] - heads[j]))
        if min(range(len(heads)), key=lambda h: abs(heads[h] - xk[m])) != j or \
                (amt := _amount_of(segs[m][1], "", hint)) is None:
            break
        vals.append((amt[0], k))
    for m in range(2, len(vals)):
        if vals[m][0] and vals[m][0] == sum(v for v, _ in vals[:m]):
            return vals[m]
    return None


GLUED_CODE_RE = re.compile(r"(?<![A-Za-z\d])([A-Z]{3})(?=\d{1,3}(?:([,.' \u00a0])\d{3}(?:\2\d{3})*)?[.,]\d{2}(?![\d.,]))")


def _iso_codes() -> frozenset[str]:
    from parsers.validate import iso_currencies

    return frozenset(iso_currencies())


# "6037.10 USD", "USD 6,037.10", "3 211,98 EUR", "€ 3.211,98": an amount with its currency and nothing else
AMOUNT_ALONE_RE = re.compile(r"(?:(?P<pre>[A-Z]{3}|[€$£¥])\s?)?(?P<amount>\d{1,3}(?:[.,' \u00a0\u202f]\d{3})*"
                             r"(?:[.,]\d{2})|\d+[.,]\d{2})(?(pre)|\s?(?P<post>[A-Z]{3}|[€$£¥]))")
CURRENCY_ALONE_RE = re.compile(r"[A-Z]{3}|[€$£¥]")
# "5.987,25 USD, CIF Kralendijk, …": an amount (and its currency) closed by a comma and a space, more after it
AMOUNT_THEN_TERMS_RE = re.compile(r"\s*[:：]?\s*(?P<money>(?:(?:[A-Z]{3}|[€$£¥])\s?)?\d(?:[\d.' \u00a0]|,(?=\d))*\d"
                                  r"(?:\s?(?:[A-Z]{3}|[€$£¥]))?),\s+(?P<rest>\S.*)")


def _amount_alone(lines: list[str], i: int) -> re.Match[str] | None:
    """Line i as nothing but an amount and a known currency, the currency maybe on the line after or before it."""
    t = lines[i]
    m = AMOUNT_ALONE_RE.fullmatch(t)
    if m is None and i + 1 < len(lines) and CURRENCY_ALONE_RE.fullmatch(lines[i + 1]):
        m = AMOUNT_ALONE_RE.fullmatch(f"{t} {lines[i + 1]}")
    elif m is None and i and CURRENCY_ALONE_RE.fullmatch(lines[i - 1]):
        m = AMOUNT_ALONE_RE.fullmatch(f"{lines[i - 1]} {t}")
    return m if m is not None and (m["pre"] or m["post"]) in (_iso_codes() | set("€$£¥")) else None


def _amount_of(value: str, line: str, hint: str | None) -> tuple[Decimal, str] | None:
    """The rightmost amount in the value (or line) that is not a percentage and not part of a date."""
    for src in (value, line):
        # "USD8,497.96": an accounting package prints the currency code glued to a money amount (decimals, any
        # thousands grouped); a code glued to bare digits stays a reference ("BAM26061100318")
        src = GLUED_CODE_RE.sub(lambda gm: gm.group(1) + " " if gm.group(1) in _iso_codes() else gm.group(0), src)
        # "Tax Point 4 Feb 2026", "Mar 17, 2026": a year or a day of a date is no amount
        for fd in find_dates(src):
            at = src.find(fd.snippet)
            src = src[:at] + " " * len(fd.snippet) + src[at + len(fd.snippet):]
        cands = []
        # not glued to letters: "DE123456789" is a VAT id, not an amount
        # a single space may group thousands ("17 015,00"); a wider gap separates cells ("1500   17,015.00":
        # the quantity sum, then the amount)
        # (a narrow no-break or thin space groups thousands too: "95\u202f493,77")
        for m in re.finditer(r"(?<![A-Za-z\d])[-−(]?\d(?:[\d.,'\u00a0\u202f\u2009]| (?=[\d.,]))*\d\)?(?![A-Za-z\d])|"
                             r"(?<![A-Za-z\d])\d(?![A-Za-z\d])", src):
            after = src[m.end():m.end() + 2]
            if "%" in after:
                continue
            from parsers.extract.numbers import parse_amount

            v = parse_amount(m.group(0).strip(), hint)
            if v is not None:
                cands.append((v, m.group(0)))
        if cands:
            return cands[-1]
    return None


def extract_document(content: Content, ctx: Ctx, *, source: str, body: bool = False) -> Document | None:
    """Template-free field extraction; returns None when the content carries no business data."""
    table_lines = [TextLine("   ".join(c for c in row if c), {**t.loc, "row": r + 1})
                   for t in content.tables for r, row in enumerate(t.rows)]
    lx = _join_wrapped_cells(_Lines(split_value_strips(content.lines) + (table_lines if not content.lines else [])))
    if not lx.lines:
        return None
    text = "\n".join(line.text for line in lx.lines)
    extra = ctx.rules.get("labels") or {}
    hint = ctx.rules.get("decimal_separator") or infer_decimal_separator(text)
    conf: dict[str, float] = {}
    ev: dict[str, Any] = {}
    doc = Document(source=source)

    doc_type, c, e, title = _doc_type(lx, body)
    if ctx.rules.get("doc_type"):
        doc_type, c, e, title = ctx.rules["doc_type"], 0.9, {"rule": "partner doc_type"}, None
    doc.doc_type = doc_type  # type: ignore[assignment]
    conf["doc_type"], ev["doc_type"] = c, e or {}

    lx = _split_merged_strip(_join_stacked_labels(lx))
    fields = labels("fields", {k: v for k, v in extra.items() if k != "number"})
    lx = _split_clipped_captions(lx, fields)
    by_field: dict[str, list[Label]] = {}
    for lab in fields:
        by_field.setdefault(lab.field, []).append(lab)

    # the document's own number: labels of its doc type first, then generic ones ("No.", "Ref."); labels
    # of other doc types name referenced documents (an invoice number on a payment advice)
    numbers = labels("numbers", extra)
    own = [lab for lab in numbers if lab.field == doc_type]
    generic = [lab for lab in numbers if lab.field == "generic"]
    if doc_type == "other":
        own = [lab for lab in numbers if lab.field != "generic"]
    own += [lab for lab in numbers if lab.field == "number"]  # partner extra labels
    for tier, labs in enumerate((own, generic, _title_number_labels(doc_type))):
        # "Sipariş No / Order No": a caption in two languages, the second one in the vocabulary
        found = lx.find(labs, alternative=tier == 0)
        cols = dict(lx.hit_cols)
        # a caption naming the title's own document ("FCR No." under "FORWARDERS CERTIFICATE OF RECEIPT") first:
        # another caption of the same family names a document it cites ("Air Waybill No." in its marks box)
        for n, (lab, value, i) in sorted(enumerate(found), key=lambda h: (
                tier != 0 or not _names_title(h[1][0].text, title), h[1][0].rank, h[1][2])):
            if _qualified_number_label(lab, value) or _wrapped_prose_marker(lab, lx, i):
                continue
            tok = _token(value)
            if (tok is None or not _leads(value, tok)) and n in cols and \
                    (below := _value_below(lx, i, cols[n][1])) and (btok := _token(below)) and _leads(below, btok):
                # "Invoice Number" over "INV-1" in a narrow column, an address column to its right
                value, tok = below, btok
            if tok is None and not value and i + 1 < len(lx.lines) and len(lx.segs[i + 1]) == 1 and \
                    NUMBER_TOKEN_RE.fullmatch(code := lx.segs[i + 1][0][1]) and (btok := _token(code)):
                # "采购订单 编号" in a large title font, "2025/970" on the next line a little lower: a line holding
                # nothing but a code is the caption's value
                value, tok = code, btok
            if tok is None and (code := _code_beside_above(lx, i)) and (btok := _token(code)):
                value, tok = code, btok
            if tok and not _leads(value, tok):
                continue  # "Reference: your enquiry of 12 March": a sentence, not a document number
            if tok:
                doc.number = tok
                conf["number"], ev["number"] = (0.85 if tier != 1 else 0.6), lx.ev(i)
                if not body and doc_type == "other" and tier == 0 and lab.field in NAMED_BY_NUMBER and \
                        len(lab.text) >= 7 and lab.text not in PLAIN_REFERENCE_CAPTIONS:
                    # no title known, but "Shipment No.", "Waybill No.", "Transfer reference" name what the document
                    # is: the weakest evidence of a type, still better than none
                    # (a caption of several types' numbers, "Shipment No." of a notice and of a packing list, is
                    # taken for the first of them)
                    doc_type = doc.doc_type = next(  # type: ignore[assignment]
                        f for f in NAMED_BY_NUMBER if any(o.field == f and o.text == lab.text for o in numbers))
                    conf["doc_type"] = 0.45
                    ev["doc_type"] = {**lx.ev(i), "note": "document type from the caption of its number"}
                break
        if doc.number:
            break
    if doc.number is None:
        # "No. NWQ-26-3104" / "# INV-2631": a cell holding only a number marker and a code, typically under
        # or beside the title in the header's right column; a bare "No." needs no colon when it fills its cell
        for i in range(min(30, len(lx.lines))):
            if _in_mail_header(lx, i):
                continue
            segs = [seg for _, seg in lx.segs[i]]
            for n, seg in enumerate(segs):
                if (BARE_MARKER_RE.fullmatch(seg) or MARKER_PAIR_RE.fullmatch(seg)) and n + 1 < len(segs):
                    # "No. | NW-QT-26-1203": the marker in a caption column, the code in the value column
                    seg = f"{seg} {segs[n + 1]}"
                if (m := BARE_NUMBER_CELL_RE.match(_drop_dated_tail(seg))) and not _is_date(m.group(1)):
                    doc.number = m.group(1).strip("._-/")
                    conf["number"], ev["number"] = 0.6, lx.ev(i)
                    break
            if doc.number:
                break
    if doc.number is None and ev.get("doc_type"):
        # "Handelsrechnung (380) Nr. 471102 vom ...": the number printed in the title line itself
        title = _drop_trailing_date(ev["doc_type"].get("snippet", ""))
        m = re.search(r"(?:\bNr\.?|\bNo\.?|N[°º]|N\.º|\bN\.(?=\s*\w)|#|№|编号|号码|\bNumber)\s*[:.：]?\s*"
                      r"([A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*|\d+)", title, re.I)
        if m is None:
            # "Invoice FA-2017-0008": the title word directly followed by a code with digits
            # "Purchase Order 4500012345": or an ERP's all-digit document number (five digits and more)
            # "Air Waybill 176-12345675": or a carrier's prefix and serial joined by a hyphen
            # "Indkøbsordre / Purchase order IO-7": the title in two languages, split by a slash
            m = re.match(r"^\s*(?:[^\W\d_][^\W\d]*(?:\s[^\W\d_][^\W\d]*){0,2}\s*/\s*)?"
                         r"[^\W\d_][^\W\d]*(?:\s[^\W\d_][^\W\d]*){0,2}\s+([A-Z]{1,5}[-/]?[A-Z0-9\-/._]*\d[A-Z0-9\-/._]*|"
                         r"\d{5,}|\d{3,4}[-/ ]\d{4,}(?:[-/]\d+)?)\s*$", title)
        if m and not _is_date(m.group(1)):
            doc.number = m.group(1).strip("._-/")
            conf["number"], ev["number"] = 0.7, dict(ev["doc_type"])
    if doc_type == "bill_of_lading" and doc.number is None and AIR_WAYBILL_RE.search(text):
        # an air waybill is numbered by its AWB number, printed in its top corners (not captioned)
        for i, line in enumerate(lx.lines[:12]):
            if awb := find_awb_number(line.text):
                doc.number = awb
                conf["number"], ev["number"] = 0.8, {**lx.ev(i, awb), "note": "air waybill number (check digit)"}
                break
    if doc.number is None and doc_type != "other":
        _own_number_in_prose(doc, lx, doc_type, conf, ev)
    if doc.number is None and ev.get("doc_type", {}).get("snippet"):
        _number_under_title(doc, lx, ev["doc_type"]["snippet"], conf, ev)
    if doc.number is None and doc_type != "other" and (hit := caption_cell_value(
            lx.segs[:30], {lab.text for lab in labels("doc_types") if lab.field == doc_type})):
        # "Purchase Order | 4500018733": the title's words as the caption cell of the header grid
        doc.number = hit[1]
        conf["number"], ev["number"] = 0.6, {**lx.ev(hit[0], hit[1]), "note": "title as a caption cell"}
    if doc_type != "purchase_order":
        # "Order Confirmation No.", "Order Ref" of a quotation: a longer label naming another document's own
        # number is no order reference
        others = [lab for lab in numbers if lab.field not in ("purchase_order", "generic", "number")]
        order_words = {w.strip(".'") for lab in by_field["order_number"] for w in lab.text.split()}
        payee_refs = {lab.text for lab in labels("payee_reference")}
        # "Sales order SO-07CC2" above "Customer ref. PO-4711" in an order-management platform's details box:
        # the seller's own sales order only stands in when no caption names the customer's order
        for _lab, value, i in sorted(lx.find(by_field["order_number"], exclude=others, alternative=True),
                                     key=lambda h: (h[0].text.startswith(SELLER_ORDER_CAPTIONS),
                                                    h[0].text.startswith(FORWARDER_REF_CAPTIONS), h[2])):
            if doc_type in ("quotation", "enquiry") and not is_orderish(_lab.text):
                continue  # "Customer reference" on a quote is the enquiry it answers; no order exists yet
            if doc_type == "payment_advice" and _lab.text in payee_refs:
                continue  # the payer's "Your reference" is the payee's invoice
            # "Order Total: 500.00", "PO Box 1234", "Order placed on 12 March": no order number
            tok = _reference_value(value, order_words)
            if tok and tok != doc.number:
                doc.order_number = tok
                conf["order_number"], ev["order_number"] = 0.8, lx.ev(i)
                break
        if doc.order_number is None:
            # "Rechnung 4711 zu Ihrer Bestellung B-88", "Glosa: Orden de compra OC-19 / Factura 77": the
            # buyer's order named inside a sentence or subject line, not as a label at a line start
            for i, line in enumerate(lx.lines[:60]):
                m = ORDER_IN_SENTENCE_RE.search(line.text)
                for wrapped in ([] if m else _wrapped_segments(lx, i)):
                    # a sentence may wrap between the order word and its number ("... — Order" / "4711-B-88")
                    if (m := ORDER_IN_SENTENCE_RE.search(wrapped[0] + " " + wrapped[1])) and m.start() < len(wrapped[0]):
                        break
                    m = None  # wholly on the next line: that line's own turn
                if m and m.group(1) != doc.number and not _is_date(m.group(1)) and len(m.group(1)) >= 4 and \
                        not (m.group(1).isdigit() and len(m.group(1)) < 5):  # "purchase order 2026": a year
                    doc.order_number = m.group(1).rstrip("._-/")
                    conf["order_number"], ev["order_number"] = 0.7, lx.ev(i, m.group(0))
                    break
        # "Bestellung | CMD-2027-0188": the bare order word (a caption only with its colon elsewhere) as a
        # caption cell of a header grid
        bare_order = {lab.text.rstrip(" :") for lab in by_field["order_number"] if lab.text.endswith(":")}
        if doc.order_number is None and doc.doc_type not in ("quotation", "enquiry") and \
                (hit := caption_cell_value(lx.segs[:60], bare_order)) and hit[1] != doc.number:
            doc.order_number = hit[1]
            conf["order_number"], ev["order_number"] = 0.6, {**lx.ev(hit[0], hit[1]), "note": "caption cell"}
        if doc.order_number is None and doc.number and doc.doc_type in ("commercial_invoice", "proforma_invoice",
                                                                         "packing_list"):
            _invoice_reference(doc, lx, conf, ev)
        if doc.order_number is None and doc.doc_type == "payment_advice":
            _payer_order(doc, lx, conf, ev)
    if doc_type in INVOICE_REFERRING_TYPES:
        _referenced_invoice(doc, lx, conf, ev)

    order, order_note = _date_order(ctx, text)
    date_fields = ("due_date", "delivery_date", "date")
    date_line: int | None = None  # the line of the captioned document date
    for field in date_fields:
        other = [lab for f in date_fields if f != field for lab in by_field[f]] + by_field.get("valid_until", [])
        labs = by_field[field]
        if field == "date" and doc.doc_type == "payment_advice":
            # a payment advice is dated the day of the payment; the invoice dates it lists are older
            labs = by_field["payment_date"] + labs
        elif field == "date" and doc.doc_type == "inspection_report":
            # "Date of inspection": the report's date when it prints no issue date (longest label first, as listed)
            labs = sorted(labs + by_field["inspection_date"], key=lambda lab: len(lab.text), reverse=True)
        hits = lx.find(labs, exclude=other)
        cols = dict(lx.hit_cols)
        for n, (_lab, value, i) in sorted(enumerate(hits), key=lambda h: (h[1][0].field != "payment_date",
                                                                           h[1][0].field == "inspection_date")):
            if field == "date" and doc.doc_type == "contract" and _signing_date(lx, i, _lab):
                continue  # "Accepted and agreed … /s/ … Date: 23 Jan": the day a party signed, not the letter's
            found = document_dates(value, order)
            if not found and n in cols and (below := _value_below(lx, i, cols[n][1])):
                found = document_dates(below, order)  # "Invoice Date" over "4 Mar 2026", an address to its right
            if found:
                fd = found[0]
                setattr(doc, field, fd.value)
                conf[field] = fd.confidence
                if field == "date":
                    date_line = i
                ev[field] = lx.ev(i, fd.snippet)
                if fd.note:
                    ev[field]["note"] = fd.note + (f" ({order_note})" if order_note and fd.confidence < 0.9 else "")
                break
    if doc.date is None and ev.get("doc_type", {}).get("snippet") and \
            (found := document_dates(ev["doc_type"]["snippet"], order)):
        # "Handelsrechnung Nr. 471102 vom 05.03.2020": the date printed in the title line dates the document
        # (an earlier line may carry a template's or a print run's date)
        doc.date, conf["date"] = found[0].value, min(found[0].confidence, 0.6)
        ev["date"] = {**ev["doc_type"], "snippet": found[0].snippet, "note": "date in the title line"}
    if not _date_in_number_box(doc, lx, order, conf, ev) and (
            (doc.doc_type == "contract" and not _dated_with_number(doc, lx, order, conf, ev, date_line)) or
            doc.date is None):
        _execution_date(doc, lx, order, conf, ev)
    if doc.date is None:
        # uncaptioned: a date standing alone in its cell (a letter's date line, "May 21, 2026") dates the
        # document before any date-shaped number inside other text ("2-8-15 Higashi-Ishikiri", an address)
        for alone in (True, False):
            for i, line in enumerate(lx.lines[:25]):
                found = document_dates(line.text, order)
                if alone:
                    # (not a cell of a table row: "8482.10.10", a customs tariff code, reads as a date too)
                    found = [fd for fd in found if len(lx.segs[i]) <= 2 and
                             any(seg.strip(" ,.") == fd.snippet or
                                 DATE_LINE_RE.fullmatch(seg.replace(fd.snippet, "#")) for _, seg in lx.segs[i])]
                if found:
                    doc.date = found[0].value
                    conf["date"], ev["date"] = min(found[0].confidence, 0.5), lx.ev(i, found[0].snippet)
                    break
            if doc.date is not None:
                break

    # money: classify each labelled line by its longest label at the segment start
    money_labels = by_field["subtotal"] + by_field["tax"] + by_field["total"]
    money_labels.sort(key=lambda lab: len(lab.text), reverse=True)
    best: dict[str, tuple[int, int, Decimal, str]] = {}
    tax_cands: list[tuple[Decimal, int]] = []
    total_cands: list[tuple[Decimal, int]] = []
    lx_money = _join_wrapped_labels(lx, money_labels)
    money_hits = lx_money.find(money_labels, alternative=True)
    money_cols = dict(lx_money.hit_cols)
    for n, (lab, value, i) in enumerate(money_hits):
        if lab.field == "total" and (cut := AMOUNT_THEN_TERMS_RE.match(value)) and \
                (INCOTERM_RE.match(cut["rest"]) or looks_like_terms(cut["rest"].split(",")[0])):
            # "Total 5.987,25 USD, CIF Kralendijk, Pago a 30 días": a typed order's total with its delivery and
            # payment terms run on after a comma; the amount and its currency close at the comma
            value = cut["money"]
        if (tm := TRANSLATED_CAPTION_RE.match(value)) and match_start(_money_words(), tm["tr"].lower()):
            # "Total price (no tax) / Gesamtpreis (ohne Steuern)   EUR   11.160,68": the caption and its translation
            # into the customer's language (a bilingual annex), the amount in the cells after them
            value = tm["qual"] or ""
        # ("Total incl." read as the label: the charges it takes in follow it, "freight and insurance")
        plain = _plain_money_label(f"incl {value}" if re.search(r"(?i)\b(?:incl|inkl|including)$", lab.text)
                                   else value)
        if not plain and not (lab.field == "tax" and TAX_RATE_REASON_RE.match(value)):
            continue  # "Gesamtbetrag der Zuschläge": a qualified amount, not the total
        if credit_period_first(value):
            continue  # "Payment | Netto 30 Tage": the net word opens payment terms, the number is a credit period
        if len(lx_money.segs[i]) >= 3 and header_roles([sg for _, sg in lx_money.segs[i]], labels("columns")):
            continue  # a "Total" column heading of the item table, not the document total
        if lab.field == "tax" and LONGER_LABEL_RE.match(value):
            continue  # "Tax code: 0301458826", "Tax office: ...": a longer label of something else
        if lab.field == "tax" and (VAT_ID_RE.match(value) or NUMERIC_TAX_ID_RE.match(value)):
            continue  # "VAT GB 284 1177 42": the seller's VAT registration, not a tax amount
        got = _amount_of(value, lx_money.rest.get(i, ""), hint)
        if got is not None and re.fullmatch(r"\d+", got[1].strip()):
            # "TOTAL | 1500 | 17,015.00": a totals row sums the quantity column first; the amount is rightmost
            later = _amount_of(lx_money.rest.get(i, ""), "", hint)
            if later is not None:
                got = later
        nxt = i + 1
        if got is None and nxt + 1 < len(lx_money.lines) and CURRENCY_QUALIFIER_RE.fullmatch(lx_money.lines[nxt].text):
            nxt += 1  # "Quote Total / (USD) / 48,919.40": the label's currency qualifier wrapped first
        if got is None and nxt < len(lx_money.lines) and re.fullmatch(
                r"\s*(?:[A-Z]{3}|[A-Z]{2}\$|[€$£¥])?\s*[-\d.,' ]+\s*(?:[A-Z]{3}|[€$£¥])?\s*", lx_money.lines[nxt].text):
            got = _amount_of(lx_money.lines[nxt].text, "", hint)  # the amount wrapped to the next line
        if got is None:
            continue
        if n in money_cols and i + 1 < len(lx_money.lines) and value not in lx_money.lines[i].text and \
                value in (seg for _, seg in lx_money.segs[i + 1]) and \
                (summed := _sum_row_below(lx_money, i, money_cols[n][1], hint)) is not None:
            # a heading cell over its value: the value row may be the first of several, their sum last
            got, i = (summed[0], lx_money.lines[summed[1]].text), summed[1]
        rank = lab.rank
        if lab.field == "total" and NET_QUALIFIER_RE.match(value):
            # "Total (excl. VAT)", "Summe (netto)", "Total HT": a total qualified as net is the subtotal
            lab = Label("subtotal", lab.text, 0, lab.pattern)
            rank = 50
        if lab.field == "tax" and lab.text.startswith("total") and GROSS_QUALIFIER_RE.match(value):
            # "Total VAT incl. 1,190.00": the gross total with the tax in it, not the tax
            lab = Label("total", lab.text, 40, lab.pattern)
            rank = 40
        prev = best.get(lab.field)
        if lab.field in ("tax", "total"):
            (tax_cands if lab.field == "tax" else total_cands).append((got[0], i))
        # most specific label wins; among equals the last one (grand total comes at the end)
        if prev is None or rank < prev[0] or (rank == prev[0] and i >= prev[1]):
            best[lab.field] = (rank, i, got[0], got[1])
    for field, (_r, i, value, _snip) in best.items():
        setattr(doc, field, value)
        conf[field], ev[field] = 0.8, lx_money.ev(i, None)
    _settle_tax(doc, tax_cands, lx_money, conf, ev)
    if doc.subtotal is not None and doc.total is not None and doc.total < doc.subtotal:
        # "Deposit due (30 %)", "Balance due": an amount below the net value is a part payment, not the total;
        # a total candidate that closes subtotal + tax is
        want = doc.subtotal + (doc.tax or 0)
        fits = [(v, i) for v, i in total_cands if abs(v - want) <= Decimal("0.02")]
        if fits:
            doc.total, conf["total"], ev["total"] = fits[-1][0], 0.8, lx_money.ev(fits[-1][1])
    if doc.tax is None:
        _tax_with_rate_first(doc, lx, hint, conf, ev)
    if doc.tax is None:
        _tax_closing_the_sum(doc, lx, hint, conf, ev)
    if doc.tax is None:
        _tax_group_row(doc, lx, hint, conf, ev)
    pay_labels = labels("payment_advice")
    if doc.total is not None and doc.doc_type == "payment_advice" and any(
            lab.text in str(ev.get("total", {}).get("snippet", "")).lower()
            for lab in pay_labels if lab.field == "cited_amount"):
        # "Invoice amount: USD 15,385.50" in a transfer order's payment details, the transfer itself 30 % of it:
        # the amount cited is the invoice's; the transferred amount below replaces it when it is captioned
        cited, doc.total = doc.total, None
        for _lab, value, i in lx.find([lab for lab in pay_labels if lab.field == "amount"]):
            # "汇款币种及金额 Currency &" / "Amount" wrapped: the amount in the next cell of the caption's line
            got = _amount_of(value, lx.rest.get(i, ""), hint)
            if got is not None:
                doc.total, conf["total"], ev["total"] = got[0], 0.75, lx.ev(i)
                break
        cited_texts = {lab.text for lab in pay_labels if lab.field == "cited_amount"}
        for lab, value, i in [] if doc.total is not None else reversed(money_hits):
            # "Invoice Amount | Discount | 本次付款" over the invoices settled, "付款金额: USD 3649.56" under them: an
            # amount captioned as paid is the advice's total, not the invoice's amount it cites
            if lab.field == "total" and lab.text not in cited_texts and _plain_money_label(value) and \
                    (got := _amount_of(value, "", hint)) is not None:
                doc.total, conf["total"], ev["total"] = got[0], 0.75, lx_money.ev(i)
                break
        if doc.total is None:
            doc.total = cited
    if doc.total is None and doc.doc_type == "payment_advice":
        # a bank advice names the transferred sum plainly "Amount"/"Betrag"/"Monto": there it is the total
        for _lab, value, i in lx.find([lab for lab in pay_labels if lab.field == "amount"]):
            got = _amount_of(value, "", hint)
            if got is not None:
                doc.total, conf["total"], ev["total"] = got[0], 0.75, lx.ev(i)
                break
    if doc.total is None and doc.doc_type == "payment_advice":
        # "13,107.58 USD" set large under the status of a banking app's transfer receipt: a line holding
        # nothing but an amount and its currency, near the top, is the sum transferred (the only such line;
        # the code in a smaller font may sit on a line of its own, beside the amount's)
        tops = [line.text.strip() for line in lx.lines[:16]]
        alone = [(i, m) for i in range(min(15, len(tops))) if (m := _amount_alone(tops, i))]
        if len(alone) == 1 and (got := _amount_of(alone[0][1]["amount"], "", hint)) is not None:
            doc.total, conf["total"], ev["total"] = got[0], 0.7, lx.ev(alone[0][0])
    if content.lines and content.tables and not {"subtotal", "total"} <= set(best):
        # totals rows inside a ruled table whose narrow label cell wrapped ("Gesamtsumm|e"): the table
        # cell still holds the whole label once its line breaks are removed
        _table_money(doc, content, money_labels, hint, conf, ev)
    if doc.doc_type == "payment_advice" and doc.subtotal is not None:
        # "Gross amount | Deduction | Net amount" of the invoices a payment settles: amounts per settled item
        # (net of a discount, not of tax); the advice itself has only the sum paid
        doc.subtotal = None
        conf.pop("subtotal", None)
        ev.pop("subtotal", None)

    cur_hits = lx.find(by_field["currency"])
    cur = None
    for _lab, value, i in cur_hits:
        cur = find_currency(value)
        if cur:
            conf["currency"], ev["currency"] = 0.9, lx.ev(i)
            break
    if not cur and "total" in best:
        cur = find_currency(lx.lines[best["total"][1]].text)
        if cur:
            conf["currency"], ev["currency"] = 0.85, lx.ev(best["total"][1])
    if not cur and not (doc.doc_type == "bill_of_lading" and doc.total is None and doc.subtotal is None):
        # (a transport document states no price: a courier's "Declared value for customs USD 13,107.58" or a
        # bill of lading's declared value is for customs and liability, no currency of the document)
        cur = find_currency(text, anywhere=True)
        if cur:
            conf["currency"], ev["currency"] = 0.6, {"snippet": "first currency code/symbol in the text"}
    if not cur and doc.doc_type == "packing_list" and (doc.total is not None or doc.subtotal is not None):
        # no currency printed on a packing list: its "Total" row sums cases, quantities and weights, no money
        doc.subtotal = doc.tax = doc.total = None
        for field in ("subtotal", "tax", "total"):
            conf.pop(field, None)
            ev.pop(field, None)
    if not cur and ctx.rules.get("default_currency"):
        cur, conf["currency"], ev["currency"] = ctx.rules["default_currency"], 0.7, {"rule": "partner default_currency"}
    doc.currency = cur

    # incoterms: labelled value first, else a code followed by a capitalised place anywhere
    inco, inco_place = None, None
    for _lab, value, i in lx.find(by_field["incoterms"], alternative=True):
        m = INCOTERM_RE.search(value)
        if m:
            inco, conf["incoterms"], ev["incoterms"] = m, 0.9, lx.ev(i)
            break
    if inco is None:
        for i, line in enumerate(lx.lines):
            m = INCOTERM_RE.search(line.text)
            if m and m.group(1).upper() in ("DES", "DAT") and re.search(r"(?:\b[A-Z]{2,}[)\]]?|\d)\s$", line.text[:m.start()]):
                # "14 RUE DES FORGES", "VIA DAT...", "UNTERSCHRIFT(EN) DES AUFTRAGGEBERS": a French/Italian/German
                # word in a capitalised address or heading
                continue
            if m and m.group(2) and (under := _code_caption_over(lx, i, m)) is not None:
                # "Expected | Terms | FOB | Vendor Quote | Rep" over the values: a package's "FOB" column caption
                # (its free-on-board point); the cell under it holds the term ("CIF ...", read on that line) or
                # the place alone
                if under and not INCOTERM_RE.search(under):
                    inco, inco_place = m, under
                    conf["incoterms"], ev["incoterms"] = 0.6, lx.ev(i + 1)
                    break
                continue
            if m and m.group(2):
                inco, conf["incoterms"], ev["incoterms"] = m, 0.7, lx.ev(i)
                break
    if inco is not None:
        code = inco.group(1).upper()
        place = (inco_place or inco.group(2) or "").strip(" .,")
        doc.incoterms = f"{code} {place}".strip()

    # a value cell of several lines (Word/spreadsheet tables): its first line stands for the whole cell
    cell_text = {c.split("\n")[0].strip(): " ".join(x.strip() for x in c.split("\n") if x.strip())
                 for t in content.tables for row in t.rows for c in row if c and "\n" in c.strip()}
    # "Terms of Delivery" is the Incoterms label, not "Terms" + a value
    not_terms = by_field["incoterms"] + by_field["due_date"] + by_field["delivery_date"]
    method: tuple[str, int] | None = None  # "Zahlungsart: Überweisung": how to pay, kept if no terms follow
    for n, (lab, value, i) in enumerate(lx.find(by_field["payment_terms"], exclude=not_terms, alternative=True)):
        at = lx.hit_cols.get(n)
        if at is not None and not looks_like_terms(value) and \
                (below := _value_below(lx, i, at[1]) or _sheet_value_below(content, lx, i, at[1])) and \
                looks_like_terms(below):
            # "Condiciones de pago" over its value in a two-column field block: the cell beside it is the value of
            # the other column's caption, printed on the same line
            value, at = below, None
        if leading_caption(value):
            continue  # "Terms and Conditions: see overleaf": a longer label of something else
        if doc.doc_type == "payment_advice" and PAYMENT_METHOD_RE.search(lab.text):
            continue  # "Payment method: wire transfer" of a payment advice says how it was paid, no terms
        if INCOTERM_RE.match(value) and not re.search(r"[\d%]", value):
            continue  # "Terms of sale: CIF Izmir" names the delivery term, not how to pay
        if len(value) >= 3 and not re.fullmatch(r"[\d.,\s]+", value):
            if at is not None and lx._label_row(i) and lx.xs[i + 1] and \
                    (below_at := [m for m, (_, s) in enumerate(lx.segs[i + 1]) if s == value]):
                # "TERMS | SHIPPING TERMS" over "30% advance with order, | CIF ..." over "balance against copy":
                # a field grid's value cell wraps under its own first line, up to the next caption row
                value = _wrapped_value(lx, i + 1, below_at[0], value)
            elif at is not None:
                value = _wrapped_value(lx, i, at[1] + 1, value)
            value = _flowed_on(lx, i, value)
            value = cell_text.get(value, value)
            if SUBCLAUSE_NO_RE.match(value) and value.strip() not in lx.lines[i].text:
                # "3. TERMS OF PAYMENT" over "3.1 Payment terms: 30 % advance … of B/L. 3.2 All bank charges …": the
                # heading's text is its sub-clauses run on in a paragraph; the first one's number and its own
                # caption are no part of the terms, the next one's number ends them
                value = clause_text([value]).strip()
                if (sub := match_start(by_field["payment_terms"], value.lower())) and \
                        (cm := re.match(r"\s*[:：]\s*", value[sub[1].end():])):
                    value = value[sub[1].end() + cm.end():]
            if (sm := SLASH_CAPTION_RE.match(value)) and sm.group(1).lower() in BARE_PAYMENT_CAPTIONS:
                value = value[sm.end():]  # "Zahlungsbedingung / Payment Vorkasse": the caption's translation
            if (run := run_in_terms(value, lx.lines[i].text, lx.lines[i + 1].text if i + 1 < len(lx.lines)
                                    else None)) is not None:
                value = run
            if not looks_like_terms(value):
                continue  # "Terms & Conditions:" over a list of clauses: a heading, no terms
            if (CLAUSE_NO_RE.match(lx.lines[i].text) or re.search(r"\s\S*[^\W\d_]{3}\.$", value)) and \
                    value.endswith((".", "。")) and not value.endswith(".."):
                value = value[:-1]  # "3. Payment. 60 days net.", "... through the Buyer's bank.": a sentence's stop
            if PAYMENT_METHOD_RE.search(lab.text) and not re.search(r"\d", value):
                # "Zahlungsart: Überweisung" beside "Zahlungsziel: 30 Tage netto": the method only stands in
                # for terms that are not printed
                method = method or (value, i)
                continue
            doc.payment_terms = _cut_unrelated_sentence(terms_clauses(value))[:200]
            conf["payment_terms"], ev["payment_terms"] = 0.75, lx.ev(i)
            break
    if doc.payment_terms is None and method is not None:
        doc.payment_terms = _cut_unrelated_sentence(terms_clauses(method[0]))[:200]
        conf["payment_terms"], ev["payment_terms"] = 0.7, lx.ev(method[1])
    if doc.payment_terms is None and doc.doc_type != "payment_advice" and \
            (around := _terms_around_caption(lx, by_field["payment_terms"])) is not None:
        doc.payment_terms = around[0][:200]
        conf["payment_terms"], ev["payment_terms"] = 0.7, lx.ev(around[1])

    if doc.payment_terms is None and doc.doc_type != "payment_advice":
        # "Payment      30% advance, 70% against B/L": a one-word caption filling its own cell of a
        # label/value grid needs no colon; the value is the next cell of the line
        for i, segs in enumerate(lx.segs):
            for j, (_, seg) in enumerate(segs):
                low = seg.lower()
                if (cm := CLAUSE_NO_RE.match(low)) is not None:
                    low = low[cm.end():]  # "1. Payment | 30 days net": a numbered condition
                if (pair := CAPTION_PAIR_RE.fullmatch(low.rstrip(" :："))) and \
                        BARE_PAYMENT_CAPTIONS & {pair.group(1), pair.group(2)}:
                    low = "payment"  # "Plaćanje / Zahlung": the one-word caption in two languages, one of them known
                if low.rstrip(" :：") not in BARE_PAYMENT_CAPTIONS:
                    continue
                if i + 1 < len(lx.lines) and lx._label_row(i):
                    # "Facture N° | Date | Paiement" over their values: the caption's value is below it
                    if (n := _same_column(lx, i, j, i + 1)) is None:
                        continue
                    k, value = i + 1, lx.segs[i + 1][n][1]
                elif j + 1 < len(segs):
                    k, n, value = i, j + 1, segs[j + 1][1]
                else:
                    continue
                if len(value) >= 3 and \
                        not re.fullmatch(r"[\d.,\s]+", value) and not AMOUNT_RE.search(value) and \
                        not _is_label_cell(value) and not (INCOTERM_RE.match(value) and not re.search(r"[\d%]", value)) \
                        and looks_like_terms(value := _wrapped_value(lx, k, n, value)):
                    doc.payment_terms = value[:200]
                    conf["payment_terms"], ev["payment_terms"] = 0.6, lx.ev(i)
                    break
            if doc.payment_terms:
                break

    # "Clause 4 – Payment" over "Irrevocable L/C at 60 days from B/L date.": a heading holding only its
    # caption, the clause's text below it
    if doc.payment_terms is None and doc.doc_type != "payment_advice" and \
            (found_terms := _terms_under_heading(lx, by_field["payment_terms"])):
        doc.payment_terms, i = found_terms
        conf["payment_terms"], ev["payment_terms"] = 0.6, lx.ev(i)

    if doc.payment_terms is None and doc.doc_type != "payment_advice" and \
            (run_in := _terms_in_part_list(lx, by_field["payment_terms"])) is not None:
        doc.payment_terms = run_in[0][:200]
        conf["payment_terms"], ev["payment_terms"] = 0.6, lx.ev(run_in[1])
    if doc.payment_terms is None and body and doc.doc_type != "payment_advice" and \
            (said := _terms_sentence(lx)) is not None:
        doc.payment_terms = said[0][:200]
        conf["payment_terms"], ev["payment_terms"] = 0.6, lx.ev(said[1])
    if doc.payment_terms is None and doc.doc_type != "payment_advice" and \
            (clause := _terms_in_numbered_clause(lx, by_field["payment_terms"])) is not None:
        doc.payment_terms = clause[0][:200]
        conf["payment_terms"], ev["payment_terms"] = 0.6, lx.ev(clause[1])

    # a strip of captions over values that the text lines misaligned: the table's cells decide
    strip = strip_values(content.tables, fields)
    if (terms := strip.get("payment_terms")) and looks_like_terms(terms) and doc.doc_type != "payment_advice" and \
            (doc.payment_terms is None or (doc.payment_terms != terms and doc.payment_terms.startswith(terms))):
        doc.payment_terms = terms[:200]  # none read, or the next cell's value run on into it
        conf["payment_terms"], ev["payment_terms"] = 0.6, {"snippet": terms, "note": "cell under its caption"}
    if doc.number is None and doc.doc_type == "purchase_order" and \
            (ref := code_cell(strip.get("order_number", ""))) and ref != doc.order_number:
        # "N° commande | Date | Code fournisseur" over "BCA-… | 07/03/2039 | F-0882" heading an order: the order's
        # number caption on the order itself is its own number, not an order it refers to
        doc.number = ref
        conf["number"], ev["number"] = 0.6, {"snippet": ref, "note": "cell under its caption"}
    elif doc.order_number is None and (ref := code_cell(strip.get("order_number", ""))) and ref != doc.number:
        doc.order_number = ref
        conf["order_number"], ev["order_number"] = 0.6, {"snippet": ref, "note": "cell under its caption"}

    # a transport document's own number names the document, not a shipment to track beside it
    doc.tracking_numbers = [t for t in _tracking(text) if t != doc.number]
    for tok in _tracking_below(lx):
        if tok != doc.number and tok not in doc.tracking_numbers:
            doc.tracking_numbers.append(tok)
    if doc_type == "bill_of_lading" and doc.number and AIR_WAYBILL_RE.search(text) and \
            find_awb_number(doc.number) == doc.number and doc.number not in doc.tracking_numbers:
        # ... except an air waybill's: air cargo is tracked by the AWB number itself
        doc.tracking_numbers.insert(0, doc.number)
    elif doc_type == "bill_of_lading" and doc.number and re.fullmatch(r"\d{9,12}", doc.number) and \
            COURIER_RE.search(text) and doc.number not in doc.tracking_numbers:
        # ... and a courier's express waybill: the parcel is tracked by its waybill number (printed again in
        # groups, "73 1100 2845", whose tail reads as a number of its own)
        doc.tracking_numbers = [doc.number] + [t for t in doc.tracking_numbers if t not in doc.number]
    if doc_type == "bill_of_lading" and doc.number and title and HOUSE_WAYBILL_RE.search(title):
        # a consolidator's house air waybill: the consignee tracks its shipment by the house number alone, not by
        # the master air waybill the consolidation flies under ("MAWB No. 618-90908230") nor by the parties' ids
        # its boxes print under the captions ("HAWB No." set beside its number, "EORI GB284117742000" below)
        doc.tracking_numbers = [doc.number]
    if doc_type == "inspection_report":
        # a report on goods already received names their container or waybill as a reference: no shipment
        # is under way to track
        doc.tracking_numbers = []
    if doc.tracking_numbers:
        conf["tracking_numbers"] = 0.8

    # parties
    party_labels = labels("parties")
    issuer = "buyer" if doc.doc_type in BUYER_ISSUED else "seller"
    named_by: dict[str, str] = {}  # role -> the caption that named it
    for role in ("buyer", "seller"):
        labs = role_labels(party_labels, role, doc.doc_type in BUYER_ISSUED, doc.doc_type)
        if role != issuer and issuer in named_by and named_by[issuer] not in SENDER_CAPTIONS:
            # the issuer named by a caption of its own ("Facturé à", "Buyer"): a sender's caption beside it
            # ("Émetteur", "From") then names the other party
            labs = labs + [lab for lab in party_labels if lab.text in SENDER_CAPTIONS]
        # "Pirkėjas / Käufer: UAB ...": a caption in two languages, the second one in the vocabulary
        found = lx.find(labs, first_n=60, strict=True, alternative=True)
        # two party labels side by side ("Bill To | Ship To"): each block is read below its own label
        hits = [(*h, lx.hit_cols.get(n)) for n, h in enumerate(found)]
        # "Tedarikçi / Supplier", "Nhà cung cấp /" over "Supplier": captions in two languages
        known = {lab.text: lab for lab in labs}
        more, tails = bilingual_party_hits(lx.segs, lx.xs, set(known))
        hits = sorted([h for h in hits if h[3] is None or (h[2], h[3][1]) not in tails] +
                      [(known[t], v, i, (lx.segs[i][j][0], j)) for t, v, i, j in more], key=lambda h: h[2])
        # a delivery address ("Ship To", "Consignee") names the buyer only when no billing party is labelled, the
        # notify party of a bill of lading only when no consignee is named either
        hits.sort(key=lambda h: (h[0].text in DELIVERY_PARTY_LABELS) + 2 * (h[0].field == "notify"))
        if role == "buyer" and doc.doc_type in BUYER_ISSUED:
            # the buyer issued it: its letterhead names it, a delivery address names a warehouse or a dock
            hits = [h for h in hits if h[0].text not in DELIVERY_PARTY_LABELS]
        for _lab, value, i, at in hits:
            lx.label_x.pop(i, None)
            if at is not None:
                lx.col[i], lx.colidx[i] = at
                nxt = at[1] + 1
                if lx.xs[i] and nxt < len(lx.segs[i]) and lx.segs[i][nxt][1] == value:
                    # label cell, value cell: on a page the wrapped name and the address stand under the value
                    lx.col[i], lx.colidx[i] = lx.segs[i][nxt][0], nxt
                    lx.label_x[i] = lx.xs[i][at[1]]
            if _in_mail_header(lx, i):
                continue  # "From: ... / To: ..." of a quoted or forwarded mail names people, not the parties
            if _lab.field == "addressee" and role == "buyer" and in_remittance_slip([ln.text for ln in lx.lines], i):
                continue  # "PAYMENT ADVICE" / "To: <the issuer>": an invoice's payment slip is addressed to the payee
            # a name wrapped on in its cell's column, a neighbour cell's centred line between ("Northwind" over
            # "Components Ltd."): on a page, the value cell's text up to two lines down
            wrap = _value_below(lx, i, at[1] + 1) if at is not None and lx.colidx.get(i) == at[1] + 1 else None
            if at is not None and heading_row_value([t for _, t in lx.segs[i]], value,
                                                    (lx.below(i) or "") if lx.colidx.get(i) != at[1] else None):
                if not (wrap and not heading_row_value([t for _, t in lx.segs[i]], value, wrap)):
                    continue  # "From | To | Vessel / Voyage": a table's heading row, the cell beside is a heading
            else:
                wrap = None  # (a name read beside its caption as it is)
            if at is not None and lx.colidx.get(i) == at[1] + 1 and _box_caption_over_block(lx, i, at[1]):
                # "SHIPPER   <carrier's name>" over "<shipper's name>": a form's box caption in capitals, the
                # name beside it far off in the next column (the issuer's letterhead); the box holds the block below
                lx.col[i], lx.colidx[i] = at
                lx.label_x.pop(i, None)
                value = ""
            block = _party_block(lx, i, value)
            party = party_from_block(block)
            if party is not None and party.name == value and wrap and (whole := wrapped_name(value, wrap)):
                party.name = whole
            if party is not None and party.name and at is not None and lx.colidx.get(i) == at[1] + 1 and \
                    (caption_row_value([t for _, t in lx.segs[i]], value, _cell_below(lx.segs, lx.xs, i, at[1]),
                                       _cell_below(lx.segs, lx.xs, i, at[1] + 1)) or labelled_field(value)):
                party.name = None  # "Consignee | Export references": the box below the caption holds the name
            elif party is not None and at is not None and lx.colidx.get(i) == at[1] and labelled_field(value):
                # "To, | PO No.: 0388" without page positions: the party's block is below the caption, not beside
                party = party_from_block(_party_block(lx, i, ""))
            if (party is None or not party.name) and at is not None and lx.xs[i] and 0 < i < len(lx.lines) - 1:
                # the label centred in a row whose value wraps above and below its line
                cells = [list(zip(lx.xs[k] or [], (t for _, t in lx.segs[k]), strict=False)) for k in (i - 1, i + 1)]
                right = lx.xs[i][at[1] + 1] if at[1] + 1 < len(lx.xs[i]) else None
                if (centred := centred_label_value(lx.xs[i][at[1]], right, *cells)) is not None:
                    party = party_from_block([centred])
            if (party is None or not party.name) and (sub := sub_captioned_party(
                    [list(zip((lx.xs[k] or []) if lx.xs[i] else [c for c, _ in lx.segs[k]],
                              (t for _, t in lx.segs[k]), strict=False)) for k in range(i + 1, i + 9)
                     if k < len(lx.lines)])) is not None:
                # "Verkäufer" over "Name: ... / Anschrift: ...": a grid of sub-captions; without page positions (a
                # spreadsheet, plain text) the segments' character columns place the cells
                party = sub
            if (party is None or not party.name or party.name == value) and ACCOUNT_CODE_RE.fullmatch(value.strip()) \
                    and (named := _name_caption_below(lx, i)) is not None:
                # "Vendor | V10482" over "Name | Northwind Components Ltd.": an ERP print gives the partner's
                # account number beside the party caption and the name on the line below, captioned "Name"
                party = named
            if at is not None and lx.colidx.get(i) != at[1] and party is not None and party.name is None:
                # "Messrs.   ...   No. Q-1": the cell right of the label is another field; the block is below
                lx.col[i], lx.colidx[i] = at
                lx.label_x.pop(i, None)
                party = party_from_block(_party_block(lx, i, ""))
            if party and party.name and at is not None and lx.colidx.get(i) == at[1] + 1 and i > 0 and lx.xs[i] and \
                    lx.xs[i - 1] and not legal_form_search(party.name) and (name := name_above_value(
                        lx.xs[i][at[1]], lx.xs[i][at[1] + 1], list(zip(lx.xs[i - 1], (t for _, t in lx.segs[i - 1]),
                                                                        strict=False)))):
                # "Supplier" beside "5 Mill Lane": the caption stands by the value's second line
                party = party_from_block([name, *block])
            if party and party.name and at is not None and lx.xs[i] and at[1] + 1 < len(lx.xs[i]) and \
                    lx.segs[i][at[1] + 1][1] != value:
                # "Bill To | Ship To": the name below may run on into the next caption's column
                on = next((ln for ln in content.lines if ln.words and ln.text.lstrip().startswith(party.name)), None)
                party.name = clip_to_column(party.name, on.words if on else None, lx.xs[i][at[1] + 1])
            if party and party.name and len(party.name) > 2 and re.search(r"[^\W\d_]{2}", party.name) and \
                    "@" not in party.name and not is_user_id(party.name) and \
                    not (role != issuer and (known_issuer := getattr(doc, issuer)) and known_issuer.name == party.name):
                setattr(doc, role, party)
                conf[role], ev[role] = 0.6, lx.ev(i)
                named_by[role] = _lab.text
                break

    if doc.buyer is None and doc.seller is None and doc.doc_type != "other" and \
            (arrow := _arrow_parties(lx)) is not None:
        # "Salinas del Sur B.V. -> Example Components Ltd.": the document goes from its issuer to
        # the other party
        issuer, addressee = ("buyer", "seller") if doc.doc_type in BUYER_ISSUED else ("seller", "buyer")
        for role, name in ((issuer, arrow[1]), (addressee, arrow[2])):
            setattr(doc, role, Party(name=name[:120]))
            conf[role], ev[role] = 0.6, {**lx.ev(arrow[0]), "rule": "issuer -> addressee"}
    _letter_window(doc, lx, conf, ev)
    _issuer_over_contact(doc, lx, conf, ev)
    top_cells = [list(zip(xs, (t for _, t in lx.segs[k]), strict=True)) for k, xs in enumerate(lx.xs[:14])
                 if xs and lx.lines[k].loc.get("page", 1) == 1]
    settle_address_blocks(doc, top_cells, doc.doc_type in BUYER_ISSUED, conf, ev)
    _letterhead(doc, lx, conf, ev)
    settle_addressee(doc, top_cells, doc.doc_type in BUYER_ISSUED, conf, ev)
    settle_letter_window(doc, [list(zip(lx.xs[k] or [None] * len(lx.segs[k]), (t for _, t in lx.segs[k]), strict=True))
                               for k in range(min(40, len(lx.lines))) if lx.lines[k].loc.get("page", 1) == 1],
                         doc.doc_type in BUYER_ISSUED, conf, ev)
    settle_salutation_addressee(doc, [ln.text for ln in lx.lines[:30]], doc.doc_type in BUYER_ISSUED, conf, ev)
    settle_footer_issuer(doc, [ln.text for ln in lx.lines], doc.doc_type in BUYER_ISSUED, conf, ev)
    settle_contract_roles(doc, [ln.text for ln in lx.lines[:80]], conf, ev, [[t for _, t in seg] for seg in lx.segs])
    if body and doc.buyer is None and doc.seller is None and \
            (memo := memo_parties([ln.text for ln in lx.lines[:60]])) is not None:
        # an order typed in a mail: "De: <buyer> / Para: <supplier>" (the issuer first, as on a memo)
        issuer, addressee = ("buyer", "seller") if doc.doc_type in BUYER_ISSUED else ("seller", "buyer")
        for role, name in ((issuer, memo[0]), (addressee, memo[1])):
            setattr(doc, role, Party(name=name))
            conf[role], ev[role] = 0.6, {"snippet": name, "rule": "memo From / To lines"}
    tidy_party_names(doc, text)

    columns = labels("columns")
    total_labels = [lab for lab in money_labels if lab.field in ("total", "subtotal")]
    items, iev = items_from_tables(content.tables, columns, total_labels, hint)
    # a ruled-table finder sees only some rows of a zebra-striped table (the shaded ones): the text lines
    # under the same header then hold more items, and those are the table
    line_items, lev = items_from_lines(content.lines, columns, total_labels, hint)
    if lines_complete_table(items, line_items):
        items, iev = line_items, lev
    if not items:
        items, iev = items_from_token_lines(content.lines, columns, total_labels, hint)
    if not items and body:
        # a mail's order typed as labelled values ("Qty: 10 / Item: …") or without the amounts
        items, iev = items_from_labelled_lines(content.lines, columns, total_labels, hint)
    if doc.doc_type == "payment_advice":
        items = []  # the rows of a payment advice are the invoices it settles, no goods
    if doc.doc_type == "inspection_report":
        # the rows of an inspection report or quality notification are the goods found (non-)conforming, with the
        # complained quantity: findings on a delivery, not goods ordered or sold
        items = []
    if items:
        _drop_position_skus(items)
        doc.line_items = items[:2000]
        conf["line_items"], ev["line_items"] = 0.7, iev or {}
    if body and doc.doc_type == "other" and any(it.unit_price is not None and it.amount is not None for it in items):
        _untitled_order_in_body(doc, lx, conf, ev)
    if body and doc.doc_type == "purchase_order" and doc.number is None and items:
        # an order typed in a mail (its items read here) names its number in a line or a sentence of its own:
        # "PO 4500231877", "(our PO 22-7781)", "Order 6610", "Bestellung 45-7781", "订购如下，请确认。订单号：NB-2037-066";
        # a mail that only names an order (attached, or asked about) gets no number from it and stays no document
        for i, line in enumerate(lx.lines[:40]):
            if _in_mail_header(lx, i):
                continue
            m = next((m for m in BODY_ORDER_NO_RE.finditer(line.text) if not _is_date(m["code"])), None)
            if m is not None:
                doc.number = m["code"].strip("._-/")
                conf["number"], ev["number"] = 0.6, lx.ev(i)
                break

    if MT103_RE.search(text):
        _swift_mt103(doc, lx, hint, conf, ev)
    if doc.doc_type == "contract":
        doc.signed = _signed(content, text)
        conf["signed"] = 0.6 if doc.signed is not None else 0.0

    _untaxed_totals(doc, text, conf, ev)
    if doc.payment_terms:
        # whichever caption, cell, key-terms row or clause read the terms: the account to pay into is no part
        doc.payment_terms = without_bank_details(doc.payment_terms)
    if not _is_business(doc, body):
        return None
    # consistency raises confidence in the amounts: they were read independently
    if doc.subtotal is not None and doc.tax is not None and doc.total is not None and \
            abs(doc.subtotal + doc.tax - doc.total) <= Decimal("0.02"):
        for f in ("subtotal", "tax", "total"):
            conf[f] = 0.95
    doc.confidence = {k: round(v, 2) for k, v in conf.items() if getattr(doc, k, None) not in (None, [])}
    doc.evidence = {k: v for k, v in ev.items() if k in doc.confidence}
    validate_document(doc)
    return doc


# The clause that dates a contract: "Done at London on 26 Feb 2026", "Fait à Paris, le 21 avril 2026",
# "Geschehen zu Wien, am 3. März 2026", "Hecho en Bogotá, a 10 de marzo de 2026", "Made and entered into on ...",
# "dated as of ...", "签订于 2026年3月10日". The date a contract is made is in its signing clause, not in the
# delivery, validity or signature-block dates around it.
EXECUTION_RE = re.compile(
    r"(?i)(?:\b(?:done|signed|executed|concluded|fait|signée?s?|conclue?|geschehen|unterzeichnet|abgeschlossen|"
    r"ausgefertigt|hecho|firmado|suscrito|otorgado|celebrado|feito|assinado|fatto|firmato|stipulato|"
    r"sottoscritto)\s+(?:(?:at|in|à|a|en|zu|em|il)\s+[^\W\d][^\n.;:\d]{0,60}?(?:,\s*|\s+)"
    r"(?:(?:on|this|the|le|am|den|el|a|em|il)\s+)?|(?:on|this|le|am|den|el|em|il)\s+)|"
    r"\b(?:made\s+and\s+entered\s+into|entered\s+into|is\s+made|was\s+made)\s+(?:on|this|as\s+of)\s+|"
    r"\bdated\s+as\s+of\s+|签订于|签署于|订立于|"
    # an English deed's opening: "THIS AGREEMENT is dated 19 April 2029"
    r"\b(?:agreement|contract|deed)\s+is\s+dated\s+(?:(?:on|this|the)\s+)?|"
    # the signing line's own caption: "签订日期：2026年3月13日", "Date of signature:", "Fecha de firma:"
    r"(?:签订日期|签署日期|签约日期|\bdate\s+of\s+signature|\bsigning\s+date|\bdate\s+de\s+signature|"
    r"\bfecha\s+de\s+(?:la\s+)?firma|\bunterzeichnungsdatum|\bdatum\s+der\s+unterzeichnung)\s*[:：]?\s*|"
    # Spanish signing line "En Bogotá, a 10 de marzo de 2026"
    r"^\s*en\s+[^\W\d][^\n.;:\d]{0,40}?,\s*a\s+)"
    # the date comes next: "26 Feb 2026", "21 avril", "February 26, 2026", "2026年3月10日"
    r"(?=\s*(?:\d|[^\W\d]{3,10}\.?\s+\d))")


# a courier's express shipment (its waybill number is the parcel's tracking number)
COURIER_RE = re.compile(r"(?i)\b(?:express\s+(?:worldwide|waybill|delivery|shipment)|courier|kurier|coursier|"
                        r"mensajer[ií]a|paquete\s+express|快递)")
AIR_WAYBILL_RE = re.compile(r"(?i)air\s*way\s*bill|\bawb\b|luftfrachtbrief|transport\s+a[ée]rien|"
                            r"gu[ií]a\s+a[ée]rea|conhecimento\s+a[ée]reo|航空运单|空运")
# a document code in a box of its own: letters and digits in groups, at least one digit ("Q-2026-01187")
BOXED_CODE_RE = re.compile(r"(?:#\s*)?([A-Z0-9]{1,10}(?:[-/._][A-Z0-9]{1,12})+|[A-Z]{1,4}\d{4,})")


def _code_caption_over(lx: _Lines, i: int, m: re.Match[str]) -> str | None:
    """An Incoterms code filling a cell of a caption row, the "place" after it the next caption: the cell under
    the code's cell (its value, "" if it is not a place) when line i is such a row over a row of as many cells."""
    segs = lx.segs[i]
    if i + 1 >= len(lx.segs) or len(segs) < 3 or len(lx.segs[i + 1]) < 2 or \
            any(re.search(r"\d", seg) for _, seg in segs):
        return None
    at = [j for j, (_, seg) in enumerate(segs) if seg.strip() == m.group(1)]
    if len(at) != 1 or at[0] + 1 >= len(segs) or not m.group(2) or \
            not segs[at[0] + 1][1].strip().startswith(m.group(2).split()[0]):
        return None
    if len(lx.segs[i + 1]) != len(segs):
        # an empty value cell left out of the row below: a term with its place on it is the value
        return nxt.group(0) if (nxt := INCOTERM_RE.search(lx.lines[i + 1].text)) and nxt.group(2) else None
    under = lx.segs[i + 1][at[0]][1].strip()
    if INCOTERM_RE.search(under):
        return under
    return under if re.fullmatch(r"[^\W\d_][^\d]{1,40}", under) and under[:1].isupper() else ""


def _payer_order(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """"Our reference" over "PO-88" in a payment advice's settled items: the payer's own reference of what it
    pays is its purchase order."""
    found = lx.find(labels("payer_reference"))
    cols = dict(lx.hit_cols)
    for n, (_lab, value, i) in enumerate(found):
        tok = _token(value)
        if (tok is None or not _leads(value, tok)) and n in cols and (below := _value_below(lx, i, cols[n][1])):
            value, tok = below, _token(below)
        if tok and _leads(value, tok) and tok != doc.number and not _is_date(tok):
            doc.order_number = tok
            conf["order_number"], ev["order_number"] = 0.6, {**lx.ev(i), "note": "the payer's reference"}
            return


# an untitled document whose own number is captioned as one of these types' numbers is taken for that type;
# the transport and payment documents name their number by what they are, orders and invoices are referred to
# by their numbers on every other document
NAMED_BY_NUMBER = ("shipping_notice", "bill_of_lading", "packing_list", "payment_advice")
PLAIN_REFERENCE_CAPTIONS = {"referencia", "referenz", "référence", "riferimento", "reference", "transaction"}


def _seg_right(lx: _Lines, i: int, j: int) -> float | None:
    """The page x where segment j of line i ends (its last word's right edge), if the words are known."""
    xs, words = lx.xs[i], lx.lines[i].words
    if not xs or not words:
        return None
    end = xs[j + 1] if j + 1 < len(xs) else float("inf")
    inside = [x1 for x0, x1, _ in words if xs[j] - 0.5 <= x0 < end]
    return max(inside) if inside else None


# "Report FR-35-0118 · Work order WO-4697": a word, a code, and nothing after but another caption set off by a dot
TITLE_HEAD_NUMBER_RE = re.compile(r"([^\W\d_]{4,})\s*[:：]?\s+([A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*)(?:\s+[·•|]\s.*)?")


def _title_head(word: str, title: str) -> bool:
    """Whether a word is the head noun of the title: one of its words ("Report" of "FAILURE REPORT", "Rapport" of
    "RAPPORT DE DÉFAILLANCE") or the end of a compound one ("Bericht" of "SCHADENSBERICHT")."""
    w = word.lower()
    words = re.findall(r"[^\W\d_]+", title.lower())
    return any(t == w or (len(t) > len(w) and t.endswith(w)) for t in words)


def _own_number_word(word: str, doc_type: str) -> bool:
    """Whether a word is a one-word caption of the document type's own number in the vocabulary ("Dispatch" of
    a packing list's "Dispatch No."), there written with a number marker."""
    w = word.lower()
    return any(lab.field == doc_type and lab.text == w for lab in labels("numbers"))


# "Our pro forma invoice no. PF-0873 dated 14 October 2037.", "Unser Angebot Nr. AN-7 vom …": a letter-style
# paper names itself in a sentence, the writer's possessive (or "this") before its own kind and number marker
OWN_IN_PROSE_RE = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:our|this|unser|unsere|unseres|dieses|diese|notre|cette|ce|"
                             r"nuestra|nuestro|esta|este|la\s+presente|el\s+presente|本)\s*")
PROSE_MARKER_RE = re.compile(r"(?i)\s*(?:no\.?|nr\.?|n[°º]|n\.º|núm\.?|number|nummer|numéro|número|#|编号|号)\s*"
                             r"[:.：]?\s*([A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*)")


@lru_cache(maxsize=32)
def _own_kind_re(doc_type: str) -> re.Pattern[str] | None:
    """The title words of one document kind, longest first, spaces or hyphens between their words."""
    kinds = sorted({lab.text for lab in labels("doc_types") if lab.field == doc_type and len(lab.text) >= 4},
                   key=len, reverse=True)
    if not kinds:
        return None
    return re.compile("(?i)(?:" + "|".join(re.escape(k).replace(r"\ ", r"[\s\-]*") for k in kinds) + ")")


def _own_number_in_prose(doc: Document, lx: _Lines, doc_type: str, conf: dict[str, float],
                         ev: dict[str, Any]) -> None:
    """The paper's number given in a sentence naming the paper itself ("Our pro forma invoice no. PF-0873 dated
    …"): the possessive or demonstrative, a title word of the document's own kind, a number marker, the code.
    (Another kind's number in a sentence, "your order no. 4711", is a reference, not the paper's own.)"""
    kind_re = _own_kind_re(doc_type)
    if kind_re is None:
        return
    for i, line in enumerate(lx.lines[:40]):
        for pm in OWN_IN_PROSE_RE.finditer(line.text):
            if not (km := kind_re.match(line.text, pm.end())) or \
                    not (mm := PROSE_MARKER_RE.match(line.text, km.end())) or _is_date(mm.group(1)):
                continue
            doc.number = mm.group(1).strip("._-/")
            conf["number"], ev["number"] = 0.6, {**lx.ev(i, mm.group(1)), "note": "named in a sentence"}
            return


def _number_under_title(doc: Document, lx: _Lines, snippet: str, conf: dict[str, float],
                        ev: dict[str, Any]) -> None:
    """The document number alone in the title's box: "QUOTE" over "Q-2026-01187" (a CPQ tool's title card)."""
    doc_labels = labels("doc_types")
    for i, line in enumerate(lx.lines[:30]):
        if line.text.strip()[:160] != snippet:
            continue
        # (each label's own pattern: a combined one would be compiled for this alone)
        titles = [j for j, (_, seg) in enumerate(lx.segs[i])
                  if any(lab.pattern.match(seg.lower()) for lab in doc_labels)]
        if not titles:
            return
        j = titles[-1]
        for k in range(i + 1, min(i + 3, len(lx.lines))):
            segs = lx.segs[k]
            if lx.xs[i] and lx.xs[k]:
                # the box under the title: within a few points of the title's left edge, or of its right edge
                # when the title stands right-aligned in the page's corner ("Purchase order" over "PO-1")
                right = _seg_right(lx, i, j)
                cells = [seg for n, (_, seg) in enumerate(segs) if abs(lx.xs[k][n] - lx.xs[i][j]) <= 30 or (
                    right is not None and (r := _seg_right(lx, k, n)) is not None and abs(r - right) <= 3)]
            else:
                cells = [segs[0][1]] if len(segs) == 1 else []
            if k == i + 1 and len(segs) == 1 and segs[0][1] not in cells and \
                    (h := TITLE_HEAD_NUMBER_RE.fullmatch(segs[0][1].strip())) and \
                    h.group(1).lower() == lx.segs[i][j][1].split()[0].lower():
                # "SWIFT EXPRESS   WAYBILL · SHIPPER'S COPY" over "WAYBILL 1234567890" at the page's left: the
                # title word repeated with a code on a line of its own right under the title's band numbers the
                # document, wherever its box
                cells.append(segs[0][1])
            for cell in cells:
                m = BOXED_CODE_RE.fullmatch(cell.strip())
                if m is None and (h := TITLE_HEAD_NUMBER_RE.fullmatch(cell.strip())) and \
                        (_title_head(h.group(1), lx.segs[i][j][1]) or _own_number_word(h.group(1), doc.doc_type)):
                    # "FAILURE REPORT" over "Report FR-35-0118 · Work order WO-4697": the title's head noun
                    # captions the document's own number without a number marker ("Bericht SB-1" under
                    # "SCHADENSBERICHT", "Rapport RD-1" under "RAPPORT DE DÉFAILLANCE"); so does a one-word
                    # caption of this type's own number ("PACKING LIST" over "Dispatch DSP-1", a cloud
                    # inventory system numbering its packing list by the dispatch)
                    m = BOXED_CODE_RE.fullmatch(h.group(2))
                if m is None and doc.doc_type == "bill_of_lading":
                    # all digits only on a transport document: a courier's waybill number, "4821739056" (elsewhere
                    # a bare figure there is an amount, a phone number or a date), also after the title's word
                    m = re.fullmatch(r"(\d{9,12})", cell.strip())
                    if m is None and (h := TITLE_HEAD_NUMBER_RE.fullmatch(cell.strip())) and \
                            _title_head(h.group(1), lx.segs[i][j][1]):
                        m = re.fullmatch(r"(\d{9,12})", h.group(2))
                if m and re.search(r"\d", m.group(1)) and not _is_date(m.group(1)) and \
                        (not re.fullmatch(r"[\d.,/\-]+", m.group(1)) or m.group(1).isdigit()):
                    doc.number = m.group(1)
                    conf["number"], ev["number"] = 0.6, {**lx.ev(k, cell), "note": "code under the title"}
                    return
            if segs and any(_is_label_cell(seg) for _, seg in segs):
                return  # the field grid starts: no boxed number
        return


# a SWIFT MT103 customer transfer printed on a bank's receipt: ":20:" the sender's reference, ":32A:" value
# date (YYMMDD), currency and amount, ":70:" the remittance information
MT103_RE = re.compile(r"(?m)^\s*:20:\s*(\S+)\s*$")
MT103_32A_RE = re.compile(r"(?m)^\s*:32A:\s*(\d{2})(\d{2})(\d{2})([A-Z]{3})(\d[\d.,]*)\s*$")


def _swift_mt103(doc: Document, lx: _Lines, hint: str | None, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """Number, value date, currency and amount of a printed MT103 (the standard's fields, not captions)."""
    import datetime as dt

    text = "\n".join(line.text for line in lx.lines)
    m20, m32 = MT103_RE.search(text), MT103_32A_RE.search(text)
    if m20 is None or m32 is None:
        return
    if doc.doc_type != "payment_advice":
        # the printed fields of a customer credit transfer make the document a payment advice, whatever
        # document the remittance line names (":70:FACTURE F-49236" is no invoice title)
        doc.doc_type = "payment_advice"
        conf["doc_type"], ev["doc_type"] = 0.85, {"snippet": m20.group(0).strip(), "note": "SWIFT MT103 fields"}
        doc.number = None
        # the parties were settled for an unknown document: a payment's payer and payee fields now apply
        settle_contract_roles(doc, [ln.text for ln in lx.lines[:80]], conf, ev, [[t for _, t in seg] for seg in lx.segs])
    if doc.number is None and re.search(r"\d", m20.group(1)):
        doc.number = m20.group(1)
        conf["number"], ev["number"] = 0.85, {"snippet": m20.group(0).strip(), "note": "MT103 field 20"}
    try:
        value_date = dt.date(2000 + int(m32.group(1)), int(m32.group(2)), int(m32.group(3)))
    except ValueError:
        return
    # the value date is the day the transfer executes; a "printed on" line is later
    doc.date = value_date
    conf["date"], ev["date"] = 0.85, {"snippet": m32.group(0).strip(), "note": "MT103 field 32A value date"}
    if doc.currency is None:
        doc.currency = m32.group(4)
        conf["currency"] = 0.85
    if doc.total is None and (amount := parse_amount(m32.group(5).rstrip(","), ",")) is not None:
        # MT103 amounts always use a decimal comma
        doc.total = amount
        conf["total"], ev["total"] = 0.85, {"snippet": m32.group(0).strip(), "note": "MT103 field 32A amount"}


PLACE_DATE_LINE_RE = re.compile(r"^\s*[^\W\d_][^\W\d_.\-]+(?:[ \-][^\W\d_]+){0,3},\s*"
                                r"(?:(?:den|am|le|el|il|on|the|a)\s+)?(?=\d|[^\W\d_]{3,10}\.?\s+\d)")


# "Agreement No. SA-142 · dated 20 Mar 2026", "Vertrag Nr. 7 vom 3. März 2026", "Contrat n° 12 du 4 mai 2026":
# the word that joins a document's number to the date the document gives itself
DATED_AFTER_NUMBER_RE = re.compile(r"(?i)^\s*[·•,;|–—-]?\s*(?:dated(?:\s+as\s+of)?|of|vom|von|du|datée?\s+du|del|de\s+fecha|"
                                   r"con\s+fecha|de|em|datato|d\.d\.|dd\.?)\s+")


def _drop_dated_tail(seg: str) -> str:
    """"No. SC-2030-011 of 12 Feb 2030" -> "No. SC-2030-011": a number cell that also gives the document's date."""
    for m in re.finditer(r"\s+", seg):
        rest = seg[m.start():]
        if (d := DATED_AFTER_NUMBER_RE.match(rest)) and (found := find_dates(rest[d.end():])) and \
                found[0].snippet.strip() == rest[d.end():].strip(" .\t"):
            return seg[:m.start()]
    return seg


def _dated_with_number(doc: Document, lx: _Lines, order: str | None, conf: dict[str, float],
                       ev: dict[str, Any], date_line: int | None = None) -> bool:
    """The date printed right after the document's own number ("No. X dated ...") dates the document; an
    e-signature's "Signed on ..." timestamp or a signing clause only dates a contract that gives itself none.
    So does a captioned date on the number's line or the line next to it ("Contract No. | X" over "Date | Y")."""
    if not doc.number:
        return False
    for i, line in enumerate(lx.lines[:30]):
        pos = line.text.find(doc.number)
        if pos < 0:
            continue
        if date_line is not None and abs(date_line - i) <= 1 and doc.date is not None:
            return True
        rest = line.text[pos + len(doc.number):]
        m = DATED_AFTER_NUMBER_RE.match(rest)
        if m is None:
            continue
        found = document_dates(rest[m.end():], order)
        if found and rest[m.end():].startswith(found[0].snippet):
            doc.date = found[0].value
            conf["date"] = min(found[0].confidence, 0.8)
            ev["date"] = {**lx.ev(i, found[0].snippet), "note": "date given with the document's number"}
            return True
    return False


def _date_in_number_box(doc: Document, lx: _Lines, order: str | None, conf: dict[str, float],
                        ev: dict[str, Any]) -> bool:
    """"2 Contract no. and date" over "NWC-1" over "19 May 2034": a box captioned for the number and its date
    dates the document with the date under (or after) the number; a later captioned date on the form (the time
    of shipment, a signature's "Date:") is some other event's."""
    if not doc.number:
        return False
    for i in range(min(40, len(lx.lines))):
        for j, (_start, seg) in enumerate(lx.segs[i]):
            at = seg.find(doc.number)
            if at < 0:
                continue
            caption = seg[:at]
            if not caption.strip(" :：#\t"):
                above = lx.column_seg(i - 1, i, j) if i else None
                caption = above[1] if above else ""
            if not AND_DATE_TAIL_RE.search(caption.rstrip(" :：#\t")):
                continue  # a number box without "and date" in its caption: the date is captioned elsewhere
            rest = seg[at + len(doc.number):].lstrip(" /,;|·-–\t")
            found = document_dates(rest, order) if rest else []
            where = i
            if not (found and rest.startswith(found[0].snippet)):
                below = lx.column_seg(i + 1, i, j)
                found = document_dates(below[1], order) if below else []
                where = i + 1
                if not (below and found and below[1].strip(" ,.") == found[0].snippet):
                    return False
            doc.date = found[0].value
            conf["date"] = min(found[0].confidence, 0.85)
            ev["date"] = {**lx.ev(where, found[0].snippet), "note": "date in the box of the document's number"}
            return True
    return False


# a letter's date line once its date is replaced by "#": "Osaka, #", "Hamburg, den #", "le #", "#."
DATE_LINE_RE = re.compile(r"(?i)(?:[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3},\s*)?(?:(?:den|le|el|am|a|em|il)\s+)?#\.?")


def _execution_date(doc: Document, lx: _Lines, order: str | None, conf: dict[str, float],
                    ev: dict[str, Any]) -> None:
    """The date of the signing clause of a contract; overrides dates read from captions for contracts."""
    for i, line in enumerate(lx.lines):
        for m in EXECUTION_RE.finditer(line.text):
            # the date follows the clause words directly (a few words of place at most)
            window = line.text[m.end():m.end() + 40]
            found = document_dates(window, order)
            if not found or window.find(found[0].snippet) > 6:
                continue
            if doc.date != found[0].value:
                doc.date = found[0].value
                conf["date"] = min(found[0].confidence, 0.8)
                ev["date"] = {**lx.ev(i, line.text[m.start():m.end()] + found[0].snippet),
                              "note": "date of the signing clause"}
            return
    if doc.doc_type != "contract":
        return
    # "Wien, den 25. August 2026" / "Lyon, le 3 mars 2026" on a line of its own (the last one in the text):
    # the place and date a contract is signed, above the parties' signatures
    for i in range(len(lx.lines) - 1, -1, -1):
        m = PLACE_DATE_LINE_RE.match(lx.lines[i].text)
        if m is None:
            continue
        rest = lx.lines[i].text[m.end():]
        found = document_dates(rest, order)
        if found and rest.strip().startswith(found[0].snippet) and \
                not rest.strip()[len(found[0].snippet):].strip(" .,;"):
            doc.date = found[0].value
            conf["date"] = min(found[0].confidence, 0.7)
            ev["date"] = {**lx.ev(i), "note": "place and date of signing"}
            return


def _settle_tax(doc: Document, cands: list[tuple[Decimal, int]], lx: _Lines, conf: dict[str, float],
                ev: dict[str, Any]) -> None:
    """Subtotal + tax = total chooses among the tax candidates and rejects an impossible one.

    With subtotal and total both read, the tax is the candidate that closes the sum; when none does and the
    two are equal, nothing was charged and a "tax" read elsewhere (a rate, a code, a stray number) is dropped."""
    if doc.tax is None:
        return
    known = [v for v in (doc.subtotal, doc.total) if v is not None]
    if known and doc.tax >= max(known) and doc.tax > 0:
        # "Tax Reg. No. 12345678": a tax as large as the amount it is charged on is no tax amount
        doc.tax = None
        conf.pop("tax", None)
        ev.pop("tax", None)
        return
    if doc.subtotal is None or doc.total is None:
        return
    if abs(doc.subtotal + doc.tax - doc.total) <= Decimal("0.02"):
        return
    fits = [(v, i) for v, i in cands if abs(doc.subtotal + v - doc.total) <= Decimal("0.02")]
    if fits:
        doc.tax, conf["tax"], ev["tax"] = fits[-1][0], 0.8, lx.ev(fits[-1][1])
    elif abs(doc.subtotal - doc.total) <= Decimal("0.02"):
        doc.tax = None
        conf.pop("tax", None)
        ev.pop("tax", None)


# "zzgl. 19 % USt.", "plus 20% VAT", "+ 7 % MwSt": the tax line opens with "plus" and the rate
TAX_RATE_FIRST_RE = re.compile(
    r"(?i)^\s*(?:zzgl\.?|zuzüglich|plus|\+|add|inkl\.?|incl\.?|including|enthaltene|dont|más|mas)\s*"
    r"(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?(?:vat|tax|gst|mwst|ust|umsatzsteuer|mehrwertsteuer|tva|iva)\b\.?")


def _tax_with_rate_first(doc: Document, lx: _Lines, hint: str | None, conf: dict[str, float],
                         ev: dict[str, Any]) -> None:
    """Tax lines worded "plus 19 % VAT"; taken only when they agree with subtotal and total if both are known."""
    for i, line in enumerate(lx.lines):
        m = TAX_RATE_FIRST_RE.match(line.text)
        got = _amount_of(line.text[m.end():], "", hint) if m else None
        if got is None:
            continue
        if doc.subtotal is not None and doc.total is not None and \
                abs(doc.subtotal + got[0] - doc.total) > Decimal("0.02"):
            continue
        doc.tax, conf["tax"], ev["tax"] = got[0], 0.75, lx.ev(i)
        return


# tax names beyond the common abbreviations, for a line whose amount must also close the sum
TAX_LINE_MORE_RE = re.compile(r"(?i)steuer|impuesto|imposto|imposta|taxe|kdv|pdv|dph|ppn|thuế|vat|iva")


def _tax_closing_the_sum(doc: Document, lx: _Lines, hint: str | None, conf: dict[str, float],
                         ev: dict[str, Any]) -> None:
    """A tax line under a caption the vocabulary lacks ("Cuota IVA", "Montant TVA", "Steuerbetrag 19 %"): a line
    naming a tax whose amount is exactly total minus subtotal is the tax; nothing else is guessed."""
    if doc.subtotal is None or doc.total is None or doc.total - doc.subtotal <= Decimal("0.02"):
        return
    want = doc.total - doc.subtotal
    for i, line in enumerate(lx.lines):
        if not (TAX_WORD_RE.search(line.text) or TAX_LINE_MORE_RE.search(line.text)) or TAX_ID_RE.search(line.text):
            continue
        got = _amount_of(line.text, "", hint)
        if got is not None and abs(got[0] - want) <= Decimal("0.02"):
            doc.tax, conf["tax"], ev["tax"] = got[0], 0.75, {**lx.ev(i), "note": "subtotal + tax = total"}
            return


# "0% Export", "20% VAT", "7,5 % TVA": an ERP's totals box names each tax group by its rate first
TAX_GROUP_ROW_RE = re.compile(r"^\s*\d{1,2}(?:[.,]\d{1,3})?\s?%\s*[^\W\d_][^\d]*?\s")
DISCOUNT_WORD_RE = re.compile(r"(?i)discount|rabatt|skonto|remise|escompte|descuento|sconto|折扣|deposit|anzahlung|"
                              r"acompte|anticipo")


def _tax_group_row(doc: Document, lx: _Lines, hint: str | None, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """An ERP's totals box "Untaxed Amount | 0% Export | Total": the one row between the net and the total captioned
    by a rate and the tax group's name is the tax, also a zero one, when net + its amount is the total."""
    if doc.subtotal is None or doc.total is None:
        return
    where = {}
    for field in ("subtotal", "total"):
        snip = (ev.get(field) or {}).get("snippet")
        at = [k for k, ln in enumerate(lx.lines) if snip and ln.text.strip()[:160] == snip]
        if len(at) != 1:
            return
        where[field] = at[0]
    between = range(where["subtotal"] + 1, where["total"])
    if not 1 <= len(between) <= 3:
        return
    rows = [k for k in between if TAX_GROUP_ROW_RE.match(lx.lines[k].text)]
    if len(rows) != 1 or DISCOUNT_WORD_RE.search(lx.lines[rows[0]].text):
        return
    got = _amount_of(lx.lines[rows[0]].text, "", hint)
    if got is not None and got[0] >= 0 and abs(doc.subtotal + got[0] - doc.total) <= Decimal("0.02"):
        doc.tax, conf["tax"] = got[0], 0.75
        ev["tax"] = {**lx.ev(rows[0]), "note": "the rate's row between net and total"}


TAX_WORD_RE = re.compile(r"(?i)\b(?:vat|tax|gst|hst|mwst|ust|umsatzsteuer|mehrwertsteuer|tva|iva|igv|btw|moms)\b|税")


TAX_EXCLUDED_RE = re.compile(r"(?i)\b(?:excl\.?|excluding|exclusive\s+of|without|ohne|zzgl\.?|hors|sin|sans)\s*"
                             r"(?:of\s+)?(?:vat|tax|gst|mwst|ust|tva|iva|taxes)\b\.?|不含税")
# "VAT: postponed accounting – import VAT is accounted for by the purchaser", "reverse charge": the buyer accounts
# for the tax itself, so the document charges none (the line names VAT without a tax amount)
TAX_SHIFTED_RE = re.compile(r"(?im)^.*\b(?:postponed\s+(?:vat\s+)?accounting|reverse[\s-]+charge|autoliquidation|"
                            r"steuerschuldnerschaft\s+des\s+leistungsempf[äa]ngers|inversi[óo]n\s+del\s+sujeto\s+pasivo|"
                            r"omvendt\s+betalingspligt)\b.*$")
# "keine Umsatzsteuer auf dieser Bestellung", "no VAT is charged", "sin IVA": a line saying the document adds no tax;
# "ДДВ / MwSt.   —", "VAT: –": a tax line whose amount is a dash charges none either
TAX_NONE_RE = re.compile(r"(?im)^(?:.*\b(?:keine|no|sin|aucune|pas\s+de)\s+(?:vat|tax|gst|mwst|ust|umsatzsteuer|"
                         r"mehrwertsteuer|tva|iva|isv)\b.*|[^\d\n]{0,40}\b(?:vat|tax|gst|mwst|ust|tva|iva|igv|btw|moms)"
                         r"\b\.?[ \t:：]*[—–-]{1,3}[ \t]*)$")
TAX_ID_RE = re.compile(r"(?i)\b(?:vat|ust|tva|iva|gst|tax)[-\s.]*(?:id|reg\w*|no|nr|idnr|number|n°)?\.?\s*[:：]?\s*"
                       r"(?:[A-Z]{2}\s?)?\d[\d\s]{6,}")


def _untaxed_totals(doc: Document, text: str, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """Net and gross are the same amount when the items add up to it and no tax is charged.

    Export quotes, orders and contracts carry one "Total": when the line amounts sum exactly to it, or the
    document names only a subtotal and no tax at all, that amount is both the subtotal and the total.
    """
    if (doc.tax is not None and doc.tax != 0) or (doc.subtotal is None) == (doc.total is None):
        return
    known = doc.total if doc.total is not None else doc.subtotal
    amounts = [it.amount for it in doc.line_items if it.amount is not None]
    items_match = bool(amounts) and len(amounts) == len(doc.line_items) and abs(sum(amounts) - known) <= Decimal("0.02")
    if doc.tax is not None:
        # a zero tax line ("Mva / VAT: 0,00"): the net the items add up to is also the amount due
        if items_match and doc.total is None:
            doc.total, conf["total"] = known, 0.7
            ev["total"] = {"rule": "line amounts add up to the net amount and the tax is zero"}
        elif items_match and doc.subtotal is None:
            doc.subtotal, conf["subtotal"] = known, 0.7
            ev["subtotal"] = {"rule": "line amounts add up to the total and the tax is zero"}
        return
    if doc.subtotal is None and items_match:
        doc.subtotal, conf["subtotal"] = known, 0.7
        ev["subtotal"] = {"rule": "line amounts add up to the total and no tax is charged"}
    elif doc.total is None and items_match and not TAX_WORD_RE.search(TAX_NONE_RE.sub(" ", text)):
        doc.total, conf["total"] = known, 0.7
        ev["total"] = {"rule": "no tax on the document: the subtotal is the amount due"}
    elif doc.doc_type == "purchase_order" and \
            not TAX_WORD_RE.search(TAX_ID_RE.sub(" ", TAX_EXCLUDED_RE.sub(" ", TAX_SHIFTED_RE.sub(" ", TAX_NONE_RE.sub(
                " ", text))))):
        # an order charges no tax itself (a tax line anywhere other than a VAT registration keeps this open): its
        # one amount, stated net ("Total net value excl. tax") or as its "Total", is both net value and total
        if doc.total is None:
            doc.total, conf["total"] = known, 0.65
            ev["total"] = {"rule": "purchase order value stated net, no tax charged on the order"}
        else:
            doc.subtotal, conf["subtotal"] = known, 0.65
            ev["subtotal"] = {"rule": "purchase order total with no tax charged on the order"}


SUB_NAME_RE = re.compile(r"(?i)^(name|firma|company|company name|raison sociale|société|empresa|razón social|名称|公司名称)"
                         r"\s*[:：]\s*(.+)")
SUB_ADDR_RE = re.compile(r"(?i)^(anschrift|adresse|address|dirección|direccion|地址)\s*[:：]\s*(.+)")
SUB_SKIP_RE = re.compile(r"(?i)^(tel|fax|e-?mail|vat|ust|phone|nummer|number|kunden-?nr|customer no|globale nummer|"
                         r"gln|steuernummer|tax id|contact|kontakt|attn)")


LEGAL_FORM_RE = re.compile(
    r"(?:\b(?:GmbH|AG|KG|OHG|UG|e\.K\.|a\.G\.|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|Co\.|PLC|LLP|S\.?A\.?S?|S\.?L\.?|"
    r"S\.?A\.?R\.?L\.?|SARL|SAS|S\.?p\.?A\.?|S\.?r\.?l\.?|B\.?V\.?|N\.?V\.?|Oy|AB|A/S|Pty|"
    r"S\.\s?à\s?r\.\s?l\.|Pvt\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Sp\.\s?z\s?o\.\s?o\.|s\.r\.o\.|Ltda\.?)(?=\W|$))|"
    r"(?<![\w.])inc\.(?=\s*$)|"
    r"有限公司|股份公司|集团")
DELIVERY_PARTY_LABELS = {"ship to", "consignee", "收货人", "deliver to", "delivery address", "lieferadresse",
                         "lieferanschrift", "warenempfänger", "adresse de livraison", "livrer à", "dirección de entrega",
                         "entregar a", "送货地址", "shipping address", "dirección de envío", "indirizzo di consegna",
                         "endereço de entrega", "收货地址", "交货地址", "ship-to", "deliver-to", "entregar en",
                         "enviar a", "liefern an"}
# documents issued by the buyer; everything else is issued by the seller
BUYER_ISSUED = {"purchase_order", "payment_advice", "enquiry", "claim", "inspection_report"}


def _issuer_over_contact(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """A labelled issuer without a legal form ("Vendedor: Anna Keller", the sales contact) gives way to the
    company with a legal form in the letterhead of the same document."""
    role = "buyer" if doc.doc_type in BUYER_ISSUED else "seller"
    labelled = getattr(doc, role)
    if labelled is None or not labelled.name or LEGAL_FORM_RE.search(labelled.name) or \
            legal_form_search(labelled.name) or doc.doc_type == "other":
        return
    if doc.doc_type == "inspection_report" and not is_contact_person(labelled.name):
        # a test laboratory's or a surveyor's report: its letterhead is the third party that wrote it, and the
        # labelled "Client" the customer who commissioned it (whose legal form may be one we do not know)
        return
    setattr(doc, role, None)
    _letterhead(doc, lx, conf, ev)
    if getattr(doc, role) is None and is_contact_person(labelled.name) and (name := letterhead_postal_name(
            [list(zip(xs, (t for _, t in lx.segs[k]), strict=True)) for k, xs in enumerate(lx.xs[:10])
             if xs and lx.lines[k].loc.get("page", 1) == 1])):
        # "Acheteur | Awa Ndiaye" under a letterhead without a legal form: the buyer's contact, the letterhead's
        # address block names the company
        setattr(doc, role, Party(name=name[:120]))
        conf[role], ev[role] = 0.5, {"snippet": name, "rule": "letterhead address block over a contact"}
    if getattr(doc, role) is None:
        setattr(doc, role, labelled)


# "A B.V. -> B Ltd.", "A GmbH → B Ltd": two companies joined by an arrow, a line of their own
ARROW_PARTIES_RE = re.compile(r"(?P<a>[^\s<>=→➔-][^<>=→➔]{1,78}?)\s+(?:->|-->|=>|→|➔|⟶)\s+(?P<b>[^\s<>=→➔-][^<>=→➔]{1,78})")


def _arrow_parties(lx: _Lines) -> tuple[int, str, str] | None:
    """(line, issuer, addressee) from a line naming two companies joined by an arrow, as a mail's typed order heads
    itself ("Salinas del Sur B.V. -> Example Components Ltd.": from the buyer to its supplier); both
    sides must be company names (a legal form), so "Hamburg -> Shanghai" or "PO -> invoice" give nothing."""
    for i, line in enumerate(lx.lines[:40]):
        if _in_mail_header(lx, i):
            continue
        m = ARROW_PARTIES_RE.fullmatch(line.text.strip())
        if m and all(is_company_name(m[k].strip(" ,;")) for k in ("a", "b")):
            return i, m["a"].strip(" ,;"), m["b"].strip(" ,;")
    return None


def _letter_window(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """A letter's return-address line names the issuer; the company in the address window is the other party."""
    if doc.doc_type == "other" or (doc.buyer is not None and doc.seller is not None):
        return
    page1 = [k for k, ln in enumerate(lx.lines[:40]) if ln.loc.get("page", 1) == 1]
    found = letter_parties([lx.segs[k][0][1] if lx.segs[k] else "" for k in page1])
    if not found:
        return
    issuer, addressee = ("buyer", "seller") if doc.doc_type in BUYER_ISSUED else ("seller", "buyer")
    for role, party in ((issuer, found[0]), (addressee, found[1])):
        if getattr(doc, role) is None:
            setattr(doc, role, party)
            conf[role], ev[role] = 0.5, {"snippet": party.name}


# one to three capitalised words after a legal form: the company's seat ("d.o.o. Mostar", "GmbH Wien")
SEAT_AFTER_FORM_RE = re.compile(r"\s+([^\W\d_][^\W\d_'’.-]+(?:[ -][^\W\d_][^\W\d_'’.-]+){0,2})\s*")


def _letterhead(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """Unlabelled issuer: the first company name (legal form like GmbH/Ltd/有限公司) at the top of page 1."""
    role = "buyer" if doc.doc_type in BUYER_ISSUED else "seller"
    if getattr(doc, role) is not None or doc.doc_type == "other":
        return
    other = getattr(doc, "seller" if role == "buyer" else "buyer")
    # a company named in the column below the other party's label is that party, not the letterhead
    other_labs = [lab for lab in labels("parties") if lab.field != role]
    found = lx.find(other_labs, first_n=12, strict=True)
    under = {(k, _same_column(lx, i, at[1], k)) for n, (_l, _v, i) in enumerate(found)
             if (at := lx.hit_cols.get(n)) for k in range(i + 1, min(i + 7, len(lx.lines)))}
    # an accounting package's customer block under the title (no caption) is the addressee, never the letterhead
    addressee = title_column_addressee([list(zip(xs, (t for _, t in lx.segs[k]), strict=True))
                                        for k, xs in enumerate(lx.xs[:14]) if xs and lx.lines[k].loc.get("page", 1) == 1])
    for i in range(min(12, len(lx.lines))):
        for j, (_, seg) in enumerate(lx.segs[i]):
            if (i, j) in under:
                continue
            if j and _labels_next_cell(lx.segs[i][j - 1][1]) and not _title_cell(lx, ev, i, j - 1) and \
                    not brand_of(lx.segs[i][j - 1][1], seg) and not _stacked_caption(lx, i, j - 1):
                break  # "Supplier Name | Northwind Ltd.": a labelled party, whichever role it has
            if addressee and seg.strip() == addressee:
                continue
            if re.match(r"^[^:：]{1,30}[:：]", seg):
                continue  # "Messrs.: Kestrel Ltd.", "Payer: ...": a labelled value, not a letterhead
            for part in re.split(r"\s[·•|–-]\s", seg):
                part = re.split(r",\s(?=[^,]*\d)", part)[0]  # "Name GmbH, Straße 1, Ort": cut the address
                m = LEGAL_FORM_RE.search(part) or legal_form_search(part)
                if m and (seat := SEAT_AFTER_FORM_RE.fullmatch(part[m.end():])) and seat.group(1)[0].isupper() and \
                        re.search(rf"(?<![^\W\d_]){re.escape(seat.group(1))}(?![^\W\d_])", seg[seg.find(part) + len(part):]):
                    # "SAVSKA LIVNICA d.o.o. Brčko · Industrijska 7, 76100 Brčko": the company's seat
                    # after its legal form, the same place again in the address that follows: no part of its name
                    part = part[:m.end()]
                if not m or len(part) > 80 or (other and other.name and part.strip() in other.name):
                    continue
                if not re.search(r"[^\W\d_]{3,}|[\u4e00-\u9fff]{2,}", part[:m.start()] + part[m.end():]):
                    continue  # "AB-100", "SA 12": a code that contains a legal-form token, no company name
                name = part.strip(" ,;")
                if (stop := match_start(_stop_labels(), name.lower())) and not _company_led_by_caption(name, stop):
                    continue
                name = complete_legal_form(name, [sg[0][1] for sg in lx.segs[i + 1:i + 3] if sg])
                if not names_a_company(name):
                    continue  # "Thank you for your order AB-2024-2689 of ...": a form token inside a sentence
                if i == 1 and j == 0:
                    name = letterhead_wrapped_above(name, [t for _, t in lx.segs[0]], True)
                name = _latin_name_below(name, lx, i)
                setattr(doc, role, Party(name=name))
                conf[role], ev[role] = 0.5, {**lx.ev(i), "note": "letterhead (no label)"}
                return


# a forwarder's own file reference ("Shipment reference SBF/E/30638") names the order shipped only when no box
# names the shipper's (the consignor's) reference, which is the buyer's order
FORWARDER_REF_CAPTIONS = ("shipment ref", "consignment ref")


def _company_led_by_caption(name: str, stop: tuple[Label, re.Match[str]]) -> bool:
    """"Source du Day Embouteillage SA", "Origen Foods S.L.": a company whose first word is also a reference's
    caption ("Source", Odoo's source document). A caption of a code ("Source: SO-0412", "Order # 4711") is followed
    by its colon or a value with a digit; words alone up to the legal form make a company's name."""
    lab, m = stop
    rest = name[m.end():]
    return lab.field in ("order_number", "number") and re.match(r"\s+[^\W\d_]", rest) is not None and \
        not re.search(r"[\d:：#]", rest)


def _latin_name_below(name: str, lx: _Lines, i: int) -> str:
    """"赞比西路桥工程(莫桑比克)有限公司" over "Zambezi Estrada, Lda. · Avenida ...": a company abroad heads its paper
    with its Chinese name and then its registered name in Latin letters; the registered name is the party's."""
    if not re.fullmatch(r"[\u4e00-\u9fff()（）]+", name) or i + 1 >= len(lx.lines) or not lx.segs[i + 1]:
        return name
    first = re.split(r"\s[·•|]\s", lx.segs[i + 1][0][1])[0].strip(" ,;")
    if re.search(r"[\u4e00-\u9fff]", first) or len(first) > 80 or \
            not (LEGAL_FORM_RE.search(first) or legal_form_search(first)) or not names_a_company(first):
        return name
    return first


MAIL_HEADER_RE = re.compile(r"(?i)^\s*[>*]*\s*(subject|sent|cc|date|betreff|gesendet|an|von|objet|envoyé|de|à|"
                            r"asunto|enviado|para|主题|发送时间|发件人|收件人)\s*[:：]")


def _title_cell(lx: _Lines, ev: dict[str, Any], i: int, j: int) -> bool:
    """"Order | Wisła Automatyka Sp. z o.o.": the document's title beside the letterhead is no label of it."""
    if is_title(lx.segs[i][j][1]):
        return True
    # the cell that opens the line the title was read from
    title = ev.get("doc_type") or {}
    return j == 0 and bool(title) and title == lx.ev(i)


def _in_mail_header(lx: _Lines, i: int) -> bool:
    """Line i belongs to a quoted mail header block (From/To/Sent/Subject lines around it)."""
    near = [lx.lines[k].text for k in range(max(0, i - 3), min(len(lx.lines), i + 4)) if k != i]
    return sum(1 for t in near if MAIL_HEADER_RE.match(t)) >= 2


def _same_column(lx: _Lines, i: int, j: int, k: int) -> int | None:
    """Index of the segment of line k that stands in the column of segment j of line i, if any."""
    xi, xk = lx.xs[i], lx.xs[k]
    if xi and xk and j < len(xi):
        near = [n for n, x in enumerate(xk) if abs(x - xi[j]) <= 3]
        return near[0] if near else None
    if len(lx.segs[k]) == len(lx.segs[i]):
        return j
    return 0 if j == 0 and len(lx.segs[k]) == 1 else None


def _labels_next_cell(text: str) -> bool:
    """A short cell without digits or a legal form before another cell reads as that cell's label."""
    return len(text) <= 30 and not re.search(r"\d", text) and not LEGAL_FORM_RE.search(text)


def _table_money(doc: Document, content: Content, money_labels: list[Label], hint: str | None,
                 conf: dict[str, float], ev: dict[str, Any]) -> None:
    """Money fields still missing, read from table rows (label cell, amount in a later cell)."""
    found: dict[str, tuple[int, Decimal, dict[str, Any]]] = {}
    for t in content.tables:
        for r, row in enumerate(t.rows):
            cells = [c for c in row if c and c.strip()]
            for cell in cells[:-1]:
                label = "".join(cell.split("\n")).strip()
                hit = match_start(money_labels, label.lower())
                if not hit or not _plain_money_label(label[hit[1].end():]):
                    continue
                got = _amount_of(cells[-1].replace("\n", " "), "", hint)
                lab = hit[0]
                if got is not None and getattr(doc, lab.field) is None:
                    prev = found.get(lab.field)
                    if prev is None or lab.rank <= prev[0]:
                        found[lab.field] = (lab.rank, got[0], {**t.loc, "row": r + 1, "snippet": " | ".join(cells)[:160]})
                break
    for field, (_rank, value, e) in found.items():
        setattr(doc, field, value)
        conf[field], ev[field] = 0.75, e


MONEY_LABEL_NOISE = re.compile(
    r"\([^)]*\)|[A-Z]{3}(?:\b|(?=\d))|[€$£¥%:：.,/\-+*\d\s]|\b(incl|inkl|excl|exkl|including|excluding|vat|mwst|ust|tax|ttc|ht|"
    r"net|netto|brutto|gross|due|payable|total|gesamt|amount|betrag|summe|sum|in|of|der|des|la|le|de|del|im|the|"
    r"iva|tva|usd|eur|euros?|dollars?|pounds?|sterling|francs?|yuan|renminbi)\b", re.I)


GROSS_QUALIFIER_RE = re.compile(r"(?i)^\s*[(\[]?\s*(?:incl\b|inkl\b|including|included|inclusive|ttc\b|brutto|"
                                r"gross|compris|comprise|incluido|incluida|含税)")
NET_QUALIFIER_RE = re.compile(
    # (a currency code may stand between: "Total EUR HT")
    r"(?i)^\s*(?:(?-i:[A-Z]{3})\s+)?[(\[]?\s*(?:excl\b|exkl\b|excluding|without|w/o|before|net\b|netto|ohne|zzgl|hors|h\.t\.|ht\b|sans|"
    r"sin\b|antes|sem\b|不含税|未税)")


# how a payment is made (not its terms): the only "terms" wording of a payment advice
PAYMENT_METHOD_RE = re.compile(r"(?i)method|mode|forma|método|metodo|art\b|weise|moyen|方式")


BANK_DETAILS_RE = re.compile(r"(?i)\b(?:iban|swift|bic|sort\s+code|routing|account\s+(?:no|number)|konto|rib|"
                             r"cuenta|clabe)\b|账号|开户行")
# what a payment caption is about: paying, settling, a credit period ("Terms" alone also heads durations)
PAYMENT_CAPTION_RE = re.compile(r"(?i)pay|zahl|paie|pag|règlement|reglement|betal|płat|plazo|付|支付|结算|konditio")


# "... against copy of B/L. All amounts are in USD": a stop after an abbreviation ("B/L", "L/C"), then a new
# sentence opening with a capitalised word
ABBREVIATION_STOP_RE = re.compile(r"(?<=[^\s.])\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+\b)")


def _cut_unrelated_sentence(value: str) -> str:
    """Terms end at a sentence stop whose next sentence is about something else (currency, prices, law).

    A stop after an abbreviation is kept inside the terms only when the words after it still read as terms
    ("L/C at sight. Balance 30 days after B/L"); an abbreviation with dots of its own ("U.S.") never ends."""
    for m in ABBREVIATION_STOP_RE.finditer(value):
        head, tail = value[:m.start()], value[m.end():]
        words = head.split()
        if not words or "." in words[-1]:
            continue  # "U.S. Dollars", "approx. e. g.": the abbreviation's dots, not a sentence end
        if looks_like_terms(head) and not looks_like_terms(tail):
            return head
    return value


def _terms_under_heading(lx: _Lines, labs: list[Label]) -> tuple[str, int] | None:
    """Payment terms as the text of a clause or section headed by a payment caption alone.

    The heading is a line of its own ("Clause 4 – Payment", "5. Zahlungsbedingungen", "PAYMENT TERMS"); the
    lines below it up to the next heading are the clause; its first sentence must read as terms."""
    for i, segs in enumerate(lx.segs):
        if len(segs) != 1:
            continue
        low = segs[0][1].lower()
        cm = CLAUSE_NO_RE.match(low)
        caption = HEADING_TAIL_RE.sub("", low[cm.end():] if cm else low)
        if not caption or len(caption) > 40 or not PAYMENT_CAPTION_RE.search(caption):
            continue
        hit = match_start(labs, caption) or match_start(labs, caption + ":")
        if caption not in BARE_PAYMENT_CAPTIONS and (hit is None or hit[1].end() < len(caption)):
            continue
        body: list[str] = []
        for k in range(i + 1, min(i + 5, len(lx.lines))):
            nxt = lx.lines[k].text.strip()
            if not nxt or CLAUSE_NO_RE.match(nxt) or (_set_in_capitals(nxt) and len(nxt) <= 40) or \
                    (len(lx.segs[k]) > 1 and not body) or _is_label_cell(nxt) or \
                    (body and match_start(_stop_labels(), nxt.lower())):
                break  # (a caption below ends a stacked value: "Pago" / "Contado" / "Fecha de emisión")
            if body and SUBCLAUSE_NO_RE.match(nxt):
                break  # "3.2 Bank charges ...": the next sub-clause
            body.append(nxt)
            if SENTENCE_END_RE.search(nxt):
                break
        value = _cut_unrelated_sentence(first_sentence(clause_text(body))).rstrip(".")
        if re.match(r"^[^\W\d_][^:：]{1,25}[:：]", value) or BANK_DETAILS_RE.search(value):
            continue  # "Payment" over "Bank: ... IBAN ...": where to pay, not the terms
        if value and len(value) <= 200 and looks_like_terms(value):
            return value, i
    return None


# "Grand total incl. freight", "Gesamtbetrag inkl. Fracht und Verpackung", "Total y compris frais de port": a total
# that takes the charges for carriage, packing or insurance in is still the amount due (excluding them it is not)
CHARGES_INCLUDED_RE = re.compile(
    r"(?i)\b(?:incl|inkl|including|inclusive\s+of|y\s+compris|incluye|incluido|incluidos|con)\b\.?\s*"
    r"(?:(?:and|und|et|y|,|&|\s|frais\s+de|gastos\s+de|charges?)+\s*"
    r"(?:freight|shipping|carriage|packing|packaging|transport|delivery|insurance|handling|fracht|versand|"
    r"verpackung|versicherung|lieferung|port|emballage|assurance|livraison|flete|envío|envio|embalaje|seguro)\b)+")


# "price (no tax) / Gesamtpreis (ohne Steuern)": what follows a money caption's first word is its translation after
# a slash (words, maybe a bracketed qualifier of its own, no digit), the first half's words kept
TRANSLATED_CAPTION_RE = re.compile(r"^(?P<qual>[^\d/:：]{0,40}?)\s*/\s*(?P<tr>[^\W\d_][^\d/:：]{1,60})$")


@lru_cache(maxsize=1)
def _money_words() -> tuple[Label, ...]:
    """Captions of an amount: the money fields' and the amount column's ("Gesamtpreis", "Prix total")."""
    return tuple(lab for lab in (*labels("fields"), *labels("columns"))
                 if lab.field in ("subtotal", "tax", "total", "amount"))


# the lines of a signature block above a bare "Date:" caption: who signs for whom, the signature or its line
SIGNING_LINE_RE = re.compile(r"(?i)for\s+and\s+on\s+behalf\s+of|accepted\s+and\s+agreed|agreed\s+and\s+accepted|"
                             r"^\s*/s/|\s/s/|name\s*/\s*title|für\s+(?:und\s+im\s+namen|die\s+firma)|"
                             r"pour\s+(?:et\s+au\s+nom|la\s+société)|por\s+y\s+en\s+nombre|lu\s+et\s+approuvé|"
                             r"\.{8,}|_{8,}")


def _signing_date(lx: _Lines, i: int, lab: Label) -> bool:
    """A bare date caption ("Date:") in a signature block of a contract, one of the four lines above it a signing
    line: it dates a party's signature (a countersignature days later), not the contract, which the letter's
    date or its signing clause dates."""
    if lab.text.rstrip(" :：") not in ("date", "datum", "fecha", "data", "日期"):
        return False
    return any(SIGNING_LINE_RE.search(lx.lines[k].text) for k in range(max(0, i - 4), i))


def _plain_money_label(value: str) -> bool:
    """True when what follows a money label is only amounts, currencies and tax words (no other qualifier)."""
    return not re.search(r"[^\W\d_]{3,}", MONEY_LABEL_NOISE.sub(" ", CHARGES_INCLUDED_RE.sub(" ", value)))


# how far right of a caption standing alone on its line another column starts (points; a third of a page's text)
RIGHT_COLUMN_GAP = 150


def _right_column_x(lx: _Lines, i: int, field: str) -> float | None:
    """Where the column right of the caption on line i starts: the next cell's x, else (the caption standing alone)
    well right of it when `field` is a captioned field of a list stacked there ("Bill to" on the left of a band,
    "Invoice Number: ..." on the right)."""
    xs = lx.xs[i] or []
    nxt = lx.colidx.get(i, 0) + 1
    if nxt < len(xs):
        return xs[nxt]
    if nxt - 1 < len(xs) and (field.rstrip().endswith((":", "：")) or _is_label_cell(field)):
        return xs[nxt - 1] + RIGHT_COLUMN_GAP
    return None


def _party_block(lx: _Lines, i: int, value: str) -> list[str]:
    """Lines of a party block: the value after the label, then the lines below in the same column.

    Sub-labelled lines ("Name: ...", "Anschrift: ...") are read as such; another field label ends the block."""
    col = lx.col.get(i, lx.segs[i][0][0] if lx.segs[i] else 0)
    width = len(lx.segs[i])
    below = lx.segs[i + 1] if i + 1 < len(lx.segs) else []
    # a value taken from the line below is the block's first line; do not count it twice
    block = [value] if value and len(value) > 1 and not any(s == value for _, s in below) else []
    name: str | None = None
    stop_labels = _stop_labels()
    for k in range(i + 1, min(i + 8, len(lx.lines))):
        segs = lx.segs[k]
        if not segs:
            break
        positioned = bool(lx.xs[i] and lx.xs[k])
        if positioned and i in lx.label_x and any(abs(x - lx.label_x[i]) <= 3 for x in lx.xs[k] or []):
            break  # the label column holds the next row's label: the value cell ended
        seg = lx.column_seg(k, i)
        if seg is None:
            right = _right_column_x(lx, i, segs[0][1]) if positioned else None
            if right is not None and k + 1 < len(lx.lines) and lx.xs[k + 1] and \
                    lx.column_seg(k + 1, i) is not None and min(lx.xs[k] or [0]) > right:
                continue  # a line of a column further right, set on its own baseline inside the block: skipped
            if positioned:
                break  # nothing below the label's column: the block ended
            seg = segs[0]
        if not positioned and len(segs) != width and abs(seg[0] - col) > 25:
            break
        text = seg[1] if seg is segs[0] or len(segs) == 1 else seg[1]
        joined = "   ".join(s for _, s in segs) if seg is segs[0] else text
        if (m := SUB_NAME_RE.match(joined.replace("   ", " ", 1))) and name is None:
            name = m.group(2).strip()
            continue
        if m := SUB_ADDR_RE.match(joined.replace("   ", " ", 1)):
            block.append(m.group(2).strip())
            continue
        if SUB_SKIP_RE.match(text):
            if re.match(r"(?i)^(e-?mail|vat|ust)", text):
                block.append(text)
            continue
        if match_start(stop_labels, text.lower()) and not is_company_name(text):
            break  # the next field or party label ("Lieferant GmbH" is a name that starts like one)
        if CLAUSE_NO_RE.match(text) and _set_in_capitals(text):
            break  # "3. NOTIFY PARTY": the next numbered box of a transport document
        if re.fullmatch(r"[\d.,\s]+", text) or header_roles([s for _, s in segs], labels("columns")):
            break  # the line-item table starts
        if re.match(r"^[^:：]{1,25}[:：]\s*\S", text):
            break  # another labelled field
        if re.match(r"^[^:：]{1,25}[:：]?\s*$", text) and match_start(stop_labels, text.lower().rstrip(":： ")) and \
                not is_company_name(text):
            break
        block.append(text)
    if name:
        block = [name] + [b for b in block if b != name]
    return block


# a business partner's account number in an ERP: "V10482", "PR-0391", "70012345"
ACCOUNT_CODE_RE = re.compile(r"[A-Z]{0,4}[-/]?\d{3,10}")
NAME_CAPTION_RE = re.compile(r"(?i)(?:name|nombre|nom|raison sociale|razón social|firma|firmenname|company name|"
                             r"denominación|dénomination|名称|公司名称)\s*[:：]?")


def _name_caption_below(lx: _Lines, i: int) -> Party | None:
    """The party named on the next line under the caption "Name" ("Nombre", "Nom", "Firma"), in its first cell."""
    if i + 1 >= len(lx.lines) or len(lx.segs[i + 1]) < 2 or not NAME_CAPTION_RE.fullmatch(lx.segs[i + 1][0][1].strip()):
        return None
    name = lx.segs[i + 1][1][1].strip()
    if not is_company_name(name):
        return None
    party = party_from_block([name])
    return party if party is not None and party.name else None


def _box_caption_over_block(lx: _Lines, i: int, j: int) -> bool:
    """A box caption in capitals alone in its column ("SHIPPER"), the next cell of its line far right (another
    column of the form), and a company name right under the caption, starting at its x. A caption in any case
    reads the box below too when the cell beside it is a code (a number of the next column's caption above:
    "Consignee   MALU38SOU004712" under "B/L No."), no name at all."""
    xi = lx.xs[i]
    if not xi or j + 1 >= len(xi) or i + 1 >= len(lx.lines) or not lx.xs[i + 1] or xi[j + 1] - xi[j] < 150:
        return False
    if not _set_in_capitals(lx.segs[i][j][1]) and not _BARE_CODE.fullmatch(lx.segs[i][j + 1][1].strip()):
        return False
    under = [seg for (_, seg), x in zip(lx.segs[i + 1], lx.xs[i + 1], strict=False) if abs(x - xi[j]) <= 3]
    return len(under) == 1 and is_company_name(under[0]) and not _is_label_cell(under[0])


_BARE_CODE = re.compile(r"(?=[^\s]*\d)[A-Z0-9][A-Z0-9/.\-]{5,}")


def _box_headings(label: str, nxt: str) -> bool:
    """"2. CONSIGNEE | EXPORT REFERENCES": two capital box headings side by side; the values are below."""
    return (_set_in_capitals(label) and _set_in_capitals(nxt) and not re.search(r"\d", nxt)
            and not LEGAL_FORM_RE.search(nxt))


def _is_label_cell(text: str) -> bool:
    """A cell that is itself a field/party label ("Buyer:", "Invoice No."), not a value next to one."""
    low = text.lower().strip()
    if pm := MARKER_BEFORE_CJK_RE.match(low):
        low = low[pm.end():]  # "No. 单号": a bilingual number caption
    found = match_start(_stop_labels(), low)
    if not found and (am := ALTERNATIVE_RE.match(low)) and "/" not in low[am.end():]:
        # "Испорака / Lieferadresse": a caption in two languages, the first one not in the vocabulary
        low = low[am.end():]
        found = match_start(_stop_labels(), low)
    if not found:
        return False
    rest = low[found[1].end():].strip(" :：#.")
    return not rest


@lru_cache(maxsize=1)
def _field_labels() -> tuple[Label, ...]:
    """Field and number labels (no party labels: "of the buyer:" qualifies a label, it starts no field)."""
    return tuple(lab for lab in _stop_labels() if lab.field not in ("buyer", "seller", "addressee", "recipient"))


@lru_cache(maxsize=1)
def _stop_labels() -> tuple[Label, ...]:
    found = [lab for group in ("fields", "parties", "numbers") for lab in labels(group)
             if lab.field not in ("generic",) and (len(lab.text) > 3 or not lab.text.isascii())]
    # longest first across the groups: "Order Confirmation No." is that label, not "order" + a value
    found.sort(key=lambda lab: len(lab.text), reverse=True)
    return tuple(found)


@lru_cache(maxsize=32)
def _title_number_labels(doc_type: str) -> tuple[Label, ...]:
    """"<document title> + number marker" for titles the number vocabulary lacks: "销售确认书编号", "Proforma No."."""
    from parsers.extract.vocab import _compile, base_vocab

    out = []
    for rank, title in enumerate(base_vocab()["doc_types"].get(doc_type, [])):
        if re.search(r"[\u3000-\u9fff]", title):
            for marker in ("编号", "号码", "单号", "号"):
                # "采购订单 编号 2025/970": PDF text may set a space between the title and its marker
                out.append(Label(doc_type, title + marker, rank, _compile(title + " " + marker, False)))
        else:
            out.append(Label(doc_type, title, rank, _compile(title + " {no}", False, marker_required=True)))
    out.sort(key=lambda lab: len(lab.text), reverse=True)
    return tuple(out)


@lru_cache(maxsize=1)
def _wrap_labels() -> tuple[Label, ...]:
    # short number labels ("PI", "PO") count too: joined with their wrapped "No." they are unambiguous
    found = list(_stop_labels()) + [lab for lab in labels("numbers") if lab.field != "generic" and lab.text.isascii()
                                    and len(lab.text) <= 3]
    # ... and a payment advice's column of the payer's own references ("Unsere" over "Bestellung")
    found += [lab for lab in labels("payer_reference") if len(lab.text) > 3]
    # ... and a tracking caption whose number marker wrapped under it ("Consignment" / "No.")
    found += list(labels("tracking"))
    found.sort(key=lambda lab: len(lab.text), reverse=True)
    return tuple(found)


def _tracking_below(lx: _Lines) -> list[str]:
    """Tracking numbers in the cell under a tracking caption cell (a box of a CMR or a forwarder's form)."""
    out: list[str] = []
    for i in range(len(lx.lines) - 1):
        for j, (_, seg) in enumerate(lx.segs[i]):
            if not TRACK_CAPTION_CELL_RE.match(seg.strip()):
                continue
            below = lx.segs[i + 1]
            xi, xk = lx.xs[i], lx.xs[i + 1]
            if xi and xk:
                cells = [c for (_, c), x in zip(below, xk, strict=True) if abs(x - xi[j]) <= 30]
            else:
                cells = [below[j][1]] if len(below) == len(lx.segs[i]) else []
            for cell in cells:
                tok = cell.strip().replace(" ", "")
                if re.fullmatch(r"[A-Z0-9][A-Z0-9-]{7,30}", tok) and re.search(r"\d{6,}", tok):
                    out.append(tok)
    return out


def _tracking(text: str) -> list[str]:
    found: list[str] = []
    for m in UPS_RE.finditer(text):
        found.append(m.group(0))
    for m in CONTAINER_RE.finditer(text):
        code = m.group(1) + m.group(2) + m.group(3)
        if container_check_digit_ok(code):
            found.append(code)
    for m in CARRIER_NUM_RE.finditer(text):
        found.append(m.group(2))
    for m in TRACK_LABEL_RE.finditer(text):
        head, _, rest = m.group(2).partition(" ")
        # "WAYBILL · SHIPPER'S COPY" over "WAYBILL 1234567890": the caption's word repeated on the next line
        # heads the number, no part of it (a number's letter group holds a digit or is a carrier's prefix)
        tok = (rest if rest and TRACK_LABEL_RE.match(f"{head} {rest}") and re.fullmatch(r"[^\W\d_]{4,}", head)
               else m.group(2)).replace(" ", "")
        if re.search(r"\d{6,}", tok) and not CONTAINER_RE.fullmatch(tok):
            found.append(tok)
    found.extend(m.group(1) for m in CONSIGNMENT_NOTE_RE.finditer(text))
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if not TRACK_COLUMN_RE.match(line):
            continue
        # "Tracking No. | Packages | Weight" over rows: the first cell of each row below is a tracking number
        for row in lines[n + 1:n + 21]:
            m = re.match(r"\s*([A-Z0-9]{8,30})\b", row)
            if not m or not re.search(r"\d{8,}", m.group(1)):
                break
            found.append(m.group(1))
    unique: list[str] = []
    for tok in dict.fromkeys(found):
        if not any(tok != other and tok in other for other in found):  # a fragment of a longer number
            unique.append(tok)
    return unique[:20]


# "signed by both parties", "signé par les deux parties": a clause about signing, no signature
SIGNED_BY_PARTIES_RE = re.compile(r"\s*(?:both|all|each|either|the\s+(?:parties|two|buyer|seller|contracting)|"
                                  r"les\s+(?:deux|parties)|ambas|las\s+partes|beide|den\s+parteien)\b")
# a line holding only signature captions (one per party's column), no colon and nothing filled in
# ("(signature)   (signature)": the prompt in brackets that a signature table prints under the blank space)
_SIG_WORD = r"(?:signature|unterschrift|firma|assinatura|handtekening|podpis)"
BLANK_SIGNATURE_LINE_RE = re.compile(rf"(?im)^[ \t]*(\(?{_SIG_WORD}\)?|\[{_SIG_WORD}\])"
                                     rf"(?:[ \t]{{2,}}(?:\(?{_SIG_WORD}\)?|\[{_SIG_WORD}\]))*[ \t]*$")

# "Signature ..........   Signature ..........", "21 Signature of seller ________": a signature caption without a
# colon, its blank drawn right after it, one per party's box; a signed copy writes the signature there instead
_SIG_CAPTION = r"(?:\d{1,2}[ \t]+)?(?:signature|unterschrift|firma|assinatura|handtekening|podpis)\b[^\n:：_.…\d]{0,40}?"
EMPTY_SIGNATURE_DOTTED_RE = re.compile(rf"(?im)^[ \t]*{_SIG_CAPTION}[_.…]{{6,}}"
                                       rf"(?:[ \t]{{2,}}{_SIG_CAPTION}[_.…]{{6,}})*[ \t]*$")
# "Signature ________   Name and title ________   Date ____": the signature blank followed by the signer's prompts,
# each left blank too (a word processor's party block under "SELLERS: X Ltd.")
_SIG_PROMPT = (r"(?:name|title|position|date|place|nom|titre|fonction|lieu|datum|ort|nombre|cargo|"
               r"fecha|lugar)(?:[ \t]+(?:and|&|/|und|et|y)[ \t]+(?:title|position|date|place|titre|fonction|"
               r"funktion|datum|ort|cargo|fecha|lugar))?")
EMPTY_SIGNATURE_PROMPTS_RE = re.compile(rf"(?im)^[ \t]*(?:signature|unterschrift|firma|assinatura)[ \t]*[_.…]{{6,}}"
                                        rf"(?:[ \t]{{2,}}{_SIG_PROMPT}[ \t]*[:：]?[ \t]*[_.…]{{4,}})+[ \t]*$")
# "21 Signature of seller   22 Signature of buyer": the boxes' captions naming whose signature goes there
_SIG_OF_PARTY = (r"(?:\d{1,2}[ \t]+)?(?:signature|unterschrift|firma|assinatura)[ \t]+(?:of|for|des|du|de|del|der|von|do|da)"
                 r"[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|el[ \t]+|l['’][ \t]*)?[^\W\d_]{3,20}")
SIGNATURE_OF_PARTY_LINE_RE = re.compile(rf"(?im)^[ \t]*{_SIG_OF_PARTY}(?:[ \t]{{2,}}{_SIG_OF_PARTY})*[ \t]*$")
# what an unsigned box holds under such a caption: nothing, or the printed prompts for name, title and date
# ("Name / date", "Name and title   Date"), or the blank rules
SIGNATURE_PROMPT_LINE_RE = re.compile(
    r"(?i)[ \t]*(?:(?:name|title|position|date|place|stamp|seal|nom|titre|datum|ort|fecha|lugar|nombre|cargo)"
    r"[ \t]*(?:[/&,]|and|und|et|y)?[ \t]*|[_.…]{3,}[ \t]*)*")


def _empty_party_signature_boxes(text: str) -> bool:
    """"Signature of seller   Signature of buyer" with nothing under it but prompts or blank rules: unsigned."""
    for m in SIGNATURE_OF_PARTY_LINE_RE.finditer(text):
        below = [ln for ln in text[m.end():].split("\n") if ln.strip()][:2]
        if all(SIGNATURE_PROMPT_LINE_RE.fullmatch(ln) for ln in below):
            return True
    return False


# "Signature (précédée de la mention « Lu et approuvé ») :" over a line of nothing but underscores (or the
# underscores after the colon): a signature field printed for a wet signature and left empty
EMPTY_SIGNATURE_FIELD_RE = re.compile(
    r"(?im)^[ \t]*(?:signature|unterschrift|firma|assinatura|handtekening|podpis|签字|签名|签章)[^\n]{0,200}?"
    r"[:：](?:[ \t]*[_.…]{3,})*[ \t]*\n(?:[ \t]*[_.…]{3,})+[ \t]*$|"
    r"^[ \t]*(?:signature|unterschrift|firma|assinatura|handtekening|podpis|签字|签名|签章)[^\n:：]{0,120}"
    r"[:：][ \t]*[_.…]{3,}(?:[ \t]+[^\n:：]{0,120}[:：][ \t]*[_.…]{3,})*[ \t]*$")


# "signé Ana López", "Signed: Maria Keller", "firmado Juan Pérez": the signature written as text
SIGNED_NAME_RE = re.compile(r"(?m)(?:^[ \t]*|[ \t]{2,}|[–—-][ \t]*)(?i:\b(?:signé|signée|signed|firmado|firmada|gezeichnet|assinado|firmato))\s*[:：]?\s+"
                            r"(?:(?:Dr|Ing|Mr|Ms|Mrs|M|Mme)\.?\s+)?[A-ZÀ-Ý][^\W\d_]+(?:[ \-][A-ZÀ-Ý][^\W\d_]+)+")
# a line holding nothing but one or two long rules ("____________________   ____________________"): the
# signature lines of the parties, left empty (a signed copy carries the signature as text or an image)
# A word processor's signature table joins its cells into one line: the rule is then the cell beside the other
# party's typed name ("Anna Keller   ______________________"), one party's signature line still blank
EMPTY_SIGNATURE_RULES_RE = re.compile(r"(?m)^[ \t]*(?:[^\W\d_][^_\d\n]{1,60}?[ \t]{3,})?_{8,}"
                                      r"(?:[ \t]{2,}_{8,}|[ \t]{3,}[^\W\d_][^_\d\n]{1,60})?[ \t]*$")
# a dotted signature line with its date left dotted too ("..............    Date: ......."), or the dotted lines
# of both parties' columns side by side (".........   ........."): not filled in
EMPTY_SIGNATURE_DOTS_RE = re.compile(r"(?im)^[ \t]*[_.…]{8,}(?:[ \t]{2,}[_.…]{8,})*"
                                     r"(?:[ \t]+(?:date|dated|datum|fecha|data)[ \t]*[:：]?"
                                     r"[ \t]*[_.…]{3,})?[ \t]*$")
# "Signed by .................... for and on behalf of X Ltd", "Firmado por: ________": the signer's place after
# the execution caption left as a dotted or ruled blank (a signed copy names the signer there)
BLANK_SIGNER_RE = re.compile(r"[ \t]*[:：]?[ \t]*[_.…]{6,}")
# "Signed by Anna Keller, Sales Manager, for and on behalf of X Ltd": the execution block's caption (printed
# before anyone signs); whether it is signed shows on the line left for the signature
ON_BEHALF_RE = re.compile(r"[^\n]{0,200}(?:\n[^\n]{0,80})?\b(?:on\s+behalf\s+of|for\s+and\s+on\s+behalf)\b")


def _execution_caption(low: str, m: re.Match[str]) -> bool:
    """A line opening with "signed by" and naming whom it signs for: the caption of a signature line."""
    return m.group(0) == "signed by" and not low[low.rfind("\n", 0, m.start()) + 1:m.start()].strip() and \
        bool(ON_BEHALF_RE.match(low, m.end()))


def _signed(content: Content, text: str) -> bool | None:
    if content.signed:
        return True
    low = text.lower()
    sig = labels("signature")
    blank_signer = False
    for lab in sig:
        if lab.field == "signed":
            for m in re.finditer(re.escape(lab.text), low):
                if BLANK_SIGNER_RE.match(low, m.end()):
                    blank_signer = True  # "Signed by ............ for and on behalf of X": the signer left open
                elif not SIGNED_BY_PARTIES_RE.match(low, m.end()) and not _execution_caption(low, m):
                    return True  # (not "to be signed by both parties": a contract clause, no signature)
    if SIGNED_NAME_RE.search(text):
        return True  # "Lu et approuvé – signé Ana López", "Signed Maria Keller": a participle and a person's name
    if blank_signer or BLANK_SIGNATURE_LINE_RE.search(text) or EMPTY_SIGNATURE_FIELD_RE.search(text) or \
            EMPTY_SIGNATURE_RULES_RE.search(text) or EMPTY_SIGNATURE_DOTS_RE.search(text) or \
            EMPTY_SIGNATURE_DOTTED_RE.search(text) or EMPTY_SIGNATURE_PROMPTS_RE.search(text) or \
            _empty_party_signature_boxes(text):
        return False
    if any(lab.field == "placeholder" and lab.pattern.search(text) for lab in sig):
        return False  # "Sign Here" beside a signer's name: an e-signature envelope's draft, no one has signed  # "Signature      Signature": the captions of empty signature fields, nothing beside them
    for lab in sig:
        if lab.field != "blank":
            continue
        for m in re.finditer(re.escape(lab.text), low):
            rest = text[m.end():m.end() + 60].split("\n")[0].strip()
            if re.fullmatch(r"[_.\s-]*", rest):
                return False
            if re.match(r"[A-Za-z][\w. ]{2,}|[\u4e00-\u9fff]{2,}", rest) and not re.match(
                    r"(?i)(date|datum|name)", rest):
                return True
    return content.signed


def _untitled_order_in_body(doc: Document, lx: _Lines, conf: dict[str, float], ev: dict[str, Any]) -> None:
    """A mail whose lines are priced items, opened by a line naming the buyer's order ("PO 10442 as discussed:",
    "PO# 22-5518 below.", "Bestellung 45-7781"), is that order typed in the mail, with no title or sentence
    declaring it; an order named as the reader's ("your PO 10442") is a reply about it."""
    for i, line in enumerate(lx.lines[:40]):
        if _in_mail_header(lx, i):
            continue
        text = line.text.strip()
        m = BODY_ORDER_NO_RE.match(text)
        if m is None or _is_date(m["code"]) or not re.match(r"(?:PO|P\.O\.|订单号|订单编号|采购单号|[Bb]estellung|"
                                                            r"[Cc]ommande|[Pp]edido|[Oo]rden de compra)", text):
            continue
        doc.doc_type = "purchase_order"
        conf["doc_type"], ev["doc_type"] = 0.5, {**lx.ev(i), "note": "priced lines under the order's number"}
        if doc.number is None:
            doc.number = m["code"].strip("._-/")
            conf["number"], ev["number"] = 0.6, lx.ev(i)
        if doc.order_number == doc.number:
            doc.order_number = None  # read as a referenced order while the type was unknown: it is this one
            conf.pop("order_number", None)
        return


def _is_business(doc: Document, body: bool) -> bool:
    has_data = bool(doc.number or doc.order_number or doc.total is not None or doc.line_items
                    or doc.tracking_numbers)
    if body:
        # an invoice in a mail body carries its own number, an amount or lines; a mail that only names the order
        # its invoice is for ("hand it to Anna for the invoice" under PO 4711) asks for the paper, it is not one
        if doc.doc_type in ("commercial_invoice", "proforma_invoice") and not (
                doc.number or doc.total is not None or doc.line_items):
            return False
        return doc.doc_type != "other" and has_data
    if (doc.doc_type != "other" and (has_data or doc.date is not None)) or (
            doc.total is not None and (doc.number is not None or bool(doc.line_items))) or len(doc.line_items) >= 2:
        return True
    # an attachment whose title is unknown still carries business data when a captioned reference comes with
    # other independent facts (an order reference, container numbers, an amount, a named party): it becomes
    # an untyped document with its fields read rather than vanishing
    facts = [doc.number is not None, doc.order_number is not None, doc.total is not None,
             bool(doc.tracking_numbers), bool(doc.buyer and doc.buyer.name), bool(doc.seller and doc.seller.name)]
    return (doc.number is not None or doc.order_number is not None) and sum(facts) >= 3

