"""Buyer/seller blocks, VAT ids, e-mail addresses, countries."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parsers.extract.vocab import base_vocab, labels, match_start, whole_label
from parsers.model import Document, Party

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
VAT_RE = re.compile(
    r"\b(ATU\d{8}|BE0?\d{9,10}|BG\d{9,10}|CHE[- ]?\d{3}\.?\d{3}\.?\d{3}|CY\d{8}[A-Z]|CZ\d{8,10}|DE ?\d{9}|"
    r"DK\d{8}|EE\d{9}|EL\d{9}|ES[A-Z0-9]\d{7}[A-Z0-9]|FI\d{8}|FR[0-9A-Z]{2} ?\d{9}|GB\d{9}(?:\d{3})?|"
    r"HR\d{11}|HU\d{8}|IE\d[A-Z0-9+*]\d{5}[A-Z]{1,2}|IT\d{11}|LT\d{9,12}|LU\d{8}|LV\d{11}|MT\d{8}|"
    r"NL\d{9}B\d{2}|PL\d{10}|PT\d{9}|RO\d{2,10}|SE\d{12}|SI\d{8}|SK\d{10}|9\d{5}[0-9A-Z]{12})\b")
COUNTRIES = {
    "germany": "DE", "deutschland": "DE", "allemagne": "DE", "alemania": "DE", "德国": "DE",
    "france": "FR", "frankreich": "FR", "francia": "FR", "法国": "FR",
    "spain": "ES", "spanien": "ES", "espagne": "ES", "españa": "ES", "西班牙": "ES",
    "italy": "IT", "italien": "IT", "italie": "IT", "italia": "IT", "意大利": "IT",
    "china": "CN", "p.r. china": "CN", "prc": "CN", "chine": "CN", "中国": "CN",
    "united kingdom": "GB", "uk": "GB", "england": "GB", "großbritannien": "GB", "royaume-uni": "GB", "英国": "GB",
    "united states": "US", "usa": "US", "u.s.a.": "US", "vereinigte staaten": "US", "états-unis": "US",
    "estados unidos": "US", "美国": "US",
    "netherlands": "NL", "niederlande": "NL", "pays-bas": "NL", "austria": "AT", "österreich": "AT",
    "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "belgium": "BE", "belgien": "BE", "belgique": "BE",
    "poland": "PL", "polen": "PL", "japan": "JP", "日本": "JP", "korea": "KR", "south korea": "KR",
    "india": "IN", "vietnam": "VN", "viet nam": "VN", "turkey": "TR", "türkei": "TR", "mexico": "MX", "méxico": "MX",
    "brazil": "BR", "canada": "CA", "australia": "AU", "hong kong": "HK", "香港": "HK", "taiwan": "TW",
    "singapore": "SG", "portugal": "PT", "sweden": "SE", "denmark": "DK", "czech republic": "CZ", "ireland": "IE",
    "indonesia": "ID", "united arab emirates": "AE",
}
# legal forms that end a company name; the two-word ones ("Pvt. Ltd.", "Pty Ltd", "S.à r.l.") first, so a name
# wrapped before them ("Sahyadri Works" / "Pvt. Ltd.") gets its whole form back
LEGAL_END = (r"(?:\(?(?:Pvt|Pty|Pte|Sdn)\.?\)?\s+(?:Ltd\.?|Limited|Bhd\.?)|Co\.,?\s+Ltd\.?|S\.\s?à\s?r\.\s?l\.|"
             r"[Ss]p\.\s?z\s?o\.\s?o\.|S\.\s?de\s?R\.\s?L\.(?:\s+de\s+C\.V\.)?|GmbH\s*&\s*Co\.\s*KG|"
             r"GmbH|AG|KG|OHG|UG|e\.K\.|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|PLC|S\.A\.(?:\s+de\s+C\.V\.)?|SA|"
             r"SAS|SARL|S\.à\.r\.l\.|Sàrl|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|SRL|Ltda\.?|B\.V\.|N\.V\.|A/S|ApS|"
             r"Oy|AB|s\.r\.o\.|K\.K\.|Bhd\.?|(?<![A-Za-z])inc\.?|有限公司|"
             # Uzbekistan's limited company (mas'uliyati cheklangan jamiyat), like OOO / TOV
             r"MChJ|"
             # ... and Turkmenistan's economic company (hojalyk jemgyýeti: "Mary Pamuk Dokma HJ")
             r"HJ|"
             # more of the world's legal forms: Türkiye, Eastern and Northern Europe (Bulgaria's OOD / EOOD / EAD in Latin), Latin America, the Gulf, Asia
             r"A\.\s?Ş\.|Ltd\.\s?Şti\.|S\.\s?A\.\s?R\.\s?L\.(?:\s?AU)?|S\.\s?R\.\s?L\.|S\.\s?A\.\s?S\.|S\.L\.U\.|"
             r"S\.A\.U\.|S/A|EIRELI|Lda\.?|JSC|PJSC|OJSC|CJSC|Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.|d\.d\.|a\.s\.|spol\.\s?s\s?r\.\s?o\.|"
             r"S\.A\.E\.|S\.A\.C\.|S\.A\.L\.|SAL|EOOD|OOD|EAD|Oyj|ASA|AS|SIA|UAB|OÜ|SE|KGaA|mbH|eG|V\.O\.F\.|FZE|FZCO|FZ-LLC|Tbk\.?|PCL|Berhad|"
             r"Public\s+Company\s+Limited|Corporation|Incorporated|L\.L\.C\.|株式会社|股份有限公司|"
             # mutual insurers ("Versicherungsverein auf Gegenseitigkeit"), cooperatives
             r"a\.\s?G\.|VVaG|e\.\s?G\.|Coop\.?|"
             # the Gulf's: a with-limited-liability company (Qatar, Bahrain, Kuwait), single-person company, the
             # (public) shareholding companies
             r"W\.\s?L\.\s?L\.|WLL|S\.P\.C\.|Q\.P\.S\.C\.|Q\.S\.C\.|K\.S\.C\.[CP]\.|B\.S\.C\.|"
             # Albania and Kosovo (shoqëri me përgjegjësi të kufizuar, shoqëri aksionare), Azerbaijan (məhdud
             # məsuliyyətli cəmiyyət, açıq / qapalı səhmdar cəmiyyəti), North Macedonia and Serbia (DOO, DOOEL),
             # OHADA's single-member companies (SUARL, SARLU), Oman's SAOG / SAOC, the Portuguese-speaking
             # world's "Limitada", Britain's "Plc"
             r"[Ss][Hh]\.\s?[Pp]\.\s?[Kk]\.|SHPK|ShPK|[Ss][Hh]\.\s?[Aa]\.|MMC|ASC|QSC|d\.o\.o\.e\.l\.|DOOEL|DOO|"
             r"SUARL|SARLU|SAOG|SAOC|Limitada|Plc|"
             # Venezuela's compañía anónima ("Envases Plásticos del Zulia, C.A.")
             r"C\.\s?A\.)")
# a legal form, then an address that starts with a house number or a street word
NAME_THEN_ADDRESS_RE = re.compile(rf"^(.{{2,80}}?{LEGAL_END})[,\s]+(\d.*|[^\W\d_].*\d.*,.*)$")
# "Elbtal GmbH, Wareneingang Tor 2": a legal form, a comma, then the part of the site (gate, dock, warehouse)
NAME_THEN_PLACE_RE = re.compile(rf"^(.{{2,80}}?(?<![A-Za-z]){LEGAL_END}),\s+(.*\d.*)$")
LEGAL_ONLY_RE = re.compile(rf"(?:&\s*)?(?:Co\.?,?\s*)?{LEGAL_END}")
# a field label, not a name: ends in a colon, "#" or "No."/"Nr."
_LABEL_LIKE = re.compile(r"(?:[:：#]|\b(?:No|Nr|Nº|N°)\.?|(?:nummer|number|numéro|número))\s*$", re.I)
_NOISE = re.compile(r"^(tel|phone|fax|mobile|e-?mail|contact|attn|vat|ust|tva|iva|tax|www\.|http)", re.I)


def country_of(lines: list[str], vat: str | None) -> str | None:
    for line in reversed(lines):
        low = line.lower().strip(" ,.")
        for name, code in COUNTRIES.items():
            if re.search(r"[\u3000-\u9fff]", name):
                if name in low:  # CJK has no word boundaries
                    return code
            elif re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", low):
                return code
    if vat and re.match(r"[A-Z]{2}", vat) and vat[:2] not in ("EL", "CH"):
        return vat[:2]
    return None


def is_company_name(text: str) -> bool:
    """"Lieferant GmbH", "Kunde & Partner KG": a line that ends in a legal form names a company, whatever its first
    word (a label word like "Lieferant" included)."""
    return len(text) <= 80 and ":" not in text and \
        (bool(re.search(rf"[^\W\d_]{{2}}.*\s(?<![A-Za-z]){LEGAL_END}\W*$", text.strip())) or prefixed_company(text))


# "No. NWQ-26-3104", "No: 14, Çiğli", "Date: 12 May": a numbered reference or a dated field read where a name was
# looked for (the next cell of the label's line, or the wrapped tail of an address), never a company
_REFERENCE_TEXT = re.compile(r"(?i)^(?:no|nr|n°|nº|#|ref|date|datum|fecha|tarih)(?![^\W\d_])\.?\s*[:：.#]?\s*\S*\d")
_LEGAL_SEARCH = re.compile(rf"(?<![\w.]){LEGAL_END}(?=\W|$)")
_LEGAL_SEARCH_CI = re.compile(rf"(?<![\w.]){LEGAL_END}(?=\W|$)", re.I)
# legal forms written before the name: Indonesia's "PT" (Perseroan Terbatas, "PT." too) and "CV" (Commanditaire
# Vennootschap), and the Maghreb's French forms ("SARL Atlas Emballages", "EURL ...", "SPA ...", "SNC ..."); a line
# that opens with one and goes on with one to eight words of a name, no digits; Lithuania's "UAB" and Latvia's
# "SIA" stand before the name as well ("UAB Baltų Prekyba"); so do the CIS forms in Latin letters besides OOO / ZAO /
# PAO: the open joint-stock company "OAO", Belarus's additional-liability "ODO", private unitary "ChUP" / "ChTUP" and
# foreign-owned "IOOO" / "SOOO" ("OAO Molochny Kombinat")
_LEGAL_START = re.compile(r"^(?:PT|CV|SARL|SARLU|EURL|SPA|SNC|TOV|TOO|OOO|ZAO|PAO|OAO|ODO|ChUP|ChTUP|IOOO|SOOO|MChJ|"
                          r"UAB|SIA)\.?\s+(?=[A-Z][^\W\d_]*(?:[\s&.,'’-][^\d:：]{0,80})?$)")


def prefixed_company(text: str) -> bool:
    """"PT Sinar Abadi", "CV. Maju Jaya": a company name led by its legal form."""
    text = text.strip(" ,;")
    return bool(_LEGAL_START.match(text)) and len(text) <= 80 and 2 <= len(text.split()) <= 9


# "No. 单号", "Nr. / Číslo", "# Ref": a number caption (a marker, then a caption in another language), no value
_NUMBER_CAPTION = re.compile(r"(?i)^(?:[^\W\d_]{1,12}\.?\s+){0,2}(?:no\.|nr\.|n[°º]\.?|#)\s*[^\d]{0,20}$")


@lru_cache(maxsize=1)
def _party_name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    vocab = base_vocab()["party_names"]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    same = re.compile(rf"(?i)^\W*(?:{alternation(vocab['same_as'])})(?:['’]s)?"
                      r"(?:\s+(?:address|addr\.?|adresse|dirección|anschrift))?\W*$")
    ids = alternation(vocab["tax_ids"])
    # ", INN 301 222 333", "; EDRPOU: 41822704", "(ИНН 7701…": after a comma, a semicolon or a bracket, the caption
    # then its number; "… Uzbekistan (INN" at the end, its number wrapped onto the next line
    tax = re.compile(rf"(?i)\s*[,;(（]\s*\(?(?:{ids})(?![^\W\d_])\.?\s*(?:no\.?|nr\.?|№|#)?\s*[:：]?\s*(?:(?=\d)|\W*$)")
    return same, tax


def refers_to_party(text: str) -> bool:
    """"SAME AS CONSIGNEE", "As consignee", "同收货人", "Idem consignataire": a reference to another party written
    where a name stands, never a name."""
    return bool(_party_name_patterns()[0].match(text.strip()))


def tax_id_start(name: str) -> int:
    """Where a tax or registration number written into a name begins ("Tekstil MChJ, INN 301 222 333, …" ->
    the comma before "INN"); 0 when there is none (or nothing of a name before it)."""
    m = _party_name_patterns()[1].search(name)
    return m.start() if m and re.search(r"[^\W\d_]{2}", name[:m.start()]) else 0


def is_reference_text(text: str | None) -> bool:
    """"No. PI-26-0442", "No: 14, Çiğli / İzmir", "No. 单号": a number or date field (or its caption), not a
    party name."""
    if not text:
        return False
    text = text.strip()
    return bool(_REFERENCE_TEXT.match(text)) or (bool(_NUMBER_CAPTION.match(text)) and legal_form_search(text) is None)


def legal_form_search(text: str) -> re.Match[str] | None:
    """The legal form in a line; a letterhead set in capitals ("KESTREL WORKS LTD.", "ANADOLU MAKİNA A.Ş.") has
    its form in capitals too, so a line without lower-case letters is searched regardless of case."""
    if m := _LEGAL_SEARCH.search(text):
        return m
    if prefixed_company(text):
        return _LEGAL_START.match(text.strip(" ,;"))
    if re.search(r"[^\W\d_]{3}", text) and text == text.upper():
        return _LEGAL_SEARCH_CI.search(text)
    return None


# "Tedarikçi / Supplier", "Nhà cung cấp / Supplier:": a caption in the partner's language and in English
_SLASH_CAPTION = re.compile(r"^[^/:：\d]{2,40}?\s/\s*([^/:：\d]{2,40}?)\s*[:：]?$")


# "To 致:", "Supplier 供应商", "买方 Buyer:": a caption in English and in Chinese without a slash between
_LATIN_CJK_CAPTION = re.compile(r"^(?:([A-Za-z][A-Za-z .'’&-]{0,30}?)\s*[\u3000-\u9fff]{1,8}|"
                                r"[\u3000-\u9fff]{1,8}\s*([A-Za-z][A-Za-z .'’&-]{0,30}?))\s*[:：]?$")


# a bracketed qualifier at the end of a caption: "(Nr. D-10447)", "(No. 4711)", "(Kd.-Nr. 12)"
_CAPTION_QUALIFIER = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*(?=[:：]?$)")


def bilingual_caption_tail(cell: str, known: set[str] | frozenset[str], below: str | None = None) -> str | None:
    """The English half of a bilingual caption when it is one of the `known` labels (lower-cased):
    "Tedarikçi / Supplier" -> "supplier"; a caption wrapped onto the cell below ("Nhà cung cấp /" over
    "Supplier", "Sevk Adresi / Ship" over "To") takes that cell's words; None for anything else."""
    # "Dobavitelj / Lieferant (Nr. D-10447):": the party's number in the partner's books qualifies the caption
    cell = _CAPTION_QUALIFIER.sub("", cell.strip())
    tails = []
    if below is not None and "/" in cell and not re.search(r"\d", below) and \
            (m := _SLASH_CAPTION.match(f"{cell} {below.strip()}")):
        tails.append(m.group(1).lower())
    if m := _SLASH_CAPTION.match(cell):
        tails.append(m.group(1).lower())
    if m := _LATIN_CJK_CAPTION.match(cell):
        tails.append((m.group(1) or m.group(2)).strip().lower())
    return next((t for t in tails if t in known), None)


def wrapped_caption_head(above: str | None, cell: str, known: set[str] | frozenset[str]) -> bool:
    """`cell` is the lower line of a bilingual caption that starts in the cell `above` ("Nhà cung cấp /" over
    "Supplier", "Sevk Adresi / Ship" over "To"): its value stands beside the upper line."""
    return above is not None and bilingual_caption_tail(above, known, cell) is not None


# "2 Empfänger / Destinataire / Consignee", "1 Sender": the number of a form's box before its caption (a number with
# a full stop or a bracket is a numbered clause, read as such by the label finder)
_BOX_NUMBER = re.compile(r"^\d{1,2}\s+(?=[^\W\d_])")
# "(3) Notify party", "2. Consignee", "1) Shipper": a box number in brackets or with a full stop before a caption
_CAPTION_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]?)\s+(?=[^\W\d_])")


def numbered_box_caption(cell: str, known: set[str] | frozenset[str]) -> str | None:
    """The known label of a numbered form box's caption, in one language or several separated by slashes
    ("1 Absender / Expéditeur / Sender" -> "absender"); None when no part of the caption is a known label."""
    m = _BOX_NUMBER.match(cell.strip())
    if not m:
        return None
    # "1 From (Shipper)", "2 To (Receiver)": a courier's box names its party twice, the second word in brackets
    parts = [p.strip(" :：").lower() for p in re.split(r"/|\((?=[^()]*\)\s*$)|\)\s*$", cell.strip()[m.end():])
             if p.strip(" :：")]
    if any(not 2 <= len(p) <= 40 or re.search(r"\d", p) for p in parts):
        return None
    return next((p for p in parts if p in known), None)


def _cell_below(segs: list[list[tuple[int, str]]], xs: list[list[float] | None], i: int, j: int) -> str | None:
    """The cell of line i+1 in the column of cell j of line i: by page position, else by cell index."""
    if i + 1 >= len(segs) or not segs[i + 1]:
        return None
    xi, xk = xs[i], xs[i + 1]
    if xi and xk and j < len(xi):
        near = [n for n, x in enumerate(xk) if abs(x - xi[j]) <= 3]
        return segs[i + 1][near[0]][1] if near else None
    return segs[i + 1][j][1] if len(segs[i + 1]) == len(segs[i]) and j < len(segs[i]) else None


def bilingual_party_hits(segs: list[list[tuple[int, str]]], xs: list[list[float] | None],
                         known: set[str] | frozenset[str], first_n: int = 60) -> tuple[list[tuple[str, str, int, int]],
                                                                                       set[tuple[int, int]]]:
    """Party captions in two languages: ([(label, value, line, cell)], {(line, cell) of wrapped caption tails}).

    The value is the next cell of the caption's first line; the lower line of a wrapped caption ("Supplier"
    under "Nhà cung cấp /") is no caption of its own: a label matched there would read the wrong line."""
    hits, tails = [], set()
    for i in range(min(first_n, len(segs))):
        for j, (_, cell) in enumerate(segs[i]):
            below = _cell_below(segs, xs, i, j)
            if (box := numbered_box_caption(cell, known)) is not None:
                # "2 Empfänger / Destinataire / Consignee": a numbered box of a form, its content below
                hits.append((box, below or "", i, j))
                continue
            tail = bilingual_caption_tail(cell, known, below)
            if tail is None:
                continue
            if below is not None and bilingual_caption_tail(cell, known) != tail:
                tails.update((i + 1, n) for n, (_, t) in enumerate(segs[i + 1]) if t == below)
            hits.append((tail, segs[i][j + 1][1] if j + 1 < len(segs[i]) else "", i, j))
    return hits, tails


def clip_to_column(name: str, words: list[tuple[float, float, str]] | None, right: float) -> str:
    """A name read from a line that runs on into the next column of the page ("Bill To | Ship To" with the
    billing name reaching the shipping column): the words left of `right`, the x where that column's caption
    starts; `words` are the line's (x0, x1, text). Unchanged without positions or when nothing is cut."""
    if not words:
        return name
    kept = [w for w in words if w[0] < right - 2]
    if not kept or len(kept) == len(words):
        return name
    # words that touch ("B.V" + ".") are one word of the text
    text = "".join(("" if n and w[0] <= kept[n - 1][1] + 0.5 else " ") + w[2] for n, w in enumerate(kept))
    text = text.strip(" ,;")
    return text if len(text) < len(name) and name.startswith(text) and re.search(r"[^\W\d_]{2}", text) else name


def centred_label_value(label_x: float, right_x: float | None, above: list[tuple[float, str]],
                        below: list[tuple[float, str]]) -> str | None:
    """"Shipper" centred in a row whose value wraps over two lines ("Kestrel Works" above the label's line,
    "Ltd." below it): the two halves in one column right of the label, before the next cell of the label's line
    (`right_x`); `above`/`below` are the (x, text) cells of the neighbouring lines. None unless both are there."""
    def cell(cells: list[tuple[float, str]]) -> tuple[float, str] | None:
        found = [c for c in cells if label_x + 3 < c[0] < (right_x if right_x is not None else 10**6) - 3]
        return found[0] if len(found) == 1 else None

    up, down = cell(above), cell(below)
    # a name has no long digit runs: a VAT id or an account number beside a caption is another field's value
    if up is None or down is None or abs(up[0] - down[0]) > 3 or re.search(r"[:：]|\d{3}", f"{up[1]} {down[1]}"):
        return None
    return f"{up[1]} {down[1]}"


def name_above_value(label_x: float, value_x: float, above: list[tuple[float, str]]) -> str | None:
    """A caption set beside the second line of its value ("Supplier" beside "5 Mill Lane", the company name one
    line higher): the company name in the value's column of the line above, when the caption's column is empty
    there (no caption of its own); None otherwise."""
    if any(label_x - 3 <= x < value_x - 3 for x, _ in above):
        return None
    found = [t for x, t in above if abs(x - value_x) <= 3]
    return found[0] if found and is_company_name(found[0]) else None


def heading_row_value(cells: list[str], value: str, continued: str | None = None) -> bool:
    """"From | To | Mode / Vessel | ETA": in a table's heading row of three or more captions without digits or
    colons, the cell beside a party caption is the next column's heading, not a party; a company name is (with
    its legal form, or completed by `continued`, the cell below it: "Kestrel Works" over "Ltd.")."""
    return len(cells) >= 3 and value in cells and not any(re.search(r"[\d:：]", c) for c in cells) and \
        legal_form_search(value) is None and not (continued and is_company_name(f"{value} {continued}"))


# a Chinese or Japanese company name: ends in its legal form
_CJK_COMPANY = r"[\u3000-\u9fff（）()]{2,40}(?:有限公司|公司|集团|集團|株式会社)"


@lru_cache(maxsize=1)
def _caption_heads() -> frozenset[str]:
    """First words of the field captions of two words or more ("invoice" of "Invoice Date", "due" of "Due Date")."""
    return frozenset(w[0] for group in ("fields", "numbers") for lab in labels(group)
                     if len(w := lab.text.split()) >= 2 and w[0].isalpha())


def wrapped_caption_top(value: str) -> bool:
    """"Invoice" over "Date :": one word that opens a field caption of several words, the caption wrapped in a
    narrow right-aligned field list so its first word stands alone on the line of a party caption beside it."""
    return bool(re.fullmatch(r"[^\W\d_]{2,20}", value.strip())) and value.strip().lower() in _caption_heads()


def caption_row_value(cells: list[str], value: str, under_label: str | None, under_value: str | None) -> bool:
    """"Consignee | Export references" over "Harbour Traders Ltd | PO 4471": two box captions side by side, each
    box's content below its caption; the cell beside the party caption is the next box's caption, not a name. Told
    by the company name under the party caption and a value cell that no line below completes to a name."""
    under = (under_label or "").strip(" ,;")
    company_below = is_company_name(under) or bool(re.fullmatch(_CJK_COMPANY, under)) or \
        (wrapped_caption_top(value) and bool(re.search(r"[^\W\d_]{2}", under)) and not re.search(r"[\d:：]", under))
    if len(cells) == 3 and re.search(r"\d", cells[2]):
        # "Payee | Payment reference | TT-0503": the next caption's value stands beside it, in the row's third cell
        cells = cells[:2]
    return len(cells) == 2 and cells[1] == value and not any(re.search(r"[\d:：]", c) for c in cells) and \
        legal_form_search(value) is None and company_below and \
        not (under_value and is_company_name(f"{value} {under_value.strip()}"))


# "PO No.: ANT/PO/27/0388", "Date: 14-06-2027": a caption, its colon, then a value with a digit
# ("FWB No. IML-FWB-350489", "Invoice Nr. 4711": a caption of one to three words and its number marker stand for the
# colon, the next box's number read into the party caption's line)
_LABELLED_FIELD = re.compile(r"(?i)^(?:[^\d:：]{2,30}[:：]|(?:[^\W\d_][\w.'’/-]*\s+){1,3}(?:no\.|nr\.|n[°º]\.?|#|№))"
                             r"\s*\S*\d")


def labelled_field(value: str) -> bool:
    """"To | PO No.: 0388" over "M/s Kestrel Ltd.": the cell beside a party caption holds another field, caption and
    value, not a name (the box beside the party's block); the name is below the caption."""
    return bool(_LABELLED_FIELD.match(value.strip())) and legal_form_search(value.split(":")[0]) is None


# a salutation on a line of its own above a person's name ("Herrn" / "Max Mustermann"): one name with it
_SALUTATION_LINE = re.compile(r"(?i)^(?:herrn?|frau|mr\.?|mrs\.?|ms\.?|mme\.?|m\.|monsieur|madame|sr\.?|sra\.?|"
                              r"señor|señora)$")


def _first_raw(block: list[str]) -> str:
    """The block's first line as written, trailing punctuation kept."""
    return next((b.strip(" ;") for b in block if b and b.strip(" ,;:")), "")


# a person's title or an attention line: the line names a contact, not the first half of a company name
_PERSON_START = re.compile(r"(?i)^(?:mr|mrs|ms|miss|dr|herrn?|frau|m|mme|mlle|sr|sra|srta|sig|sig\.ra|attn|"
                           r"attention|kind\s+attn|z\.\s?hd|c/o|dept|department|abteilung|abt|service)\b\.?")


def wrapped_name(first: str, second: str) -> str | None:
    """A company name wrapped over two lines of a narrow cell, the legal form on the second: "Deccan Hydrotech" over
    "Engineering Pvt. Ltd." -> the whole name; a brand over the legal name that repeats it ("ALPENLAND" over
    "Alpenland Fördertechnik GmbH") -> the legal name. None when the lines are not one name (an address, a contact,
    a first line that is a company by itself)."""
    first, second = re.sub(r"^[^\w(\"'„“]+", "", first.strip()), second.strip(" ,;")  # a logo's symbol: "▲ ALPENLAND"
    if not first or not second or re.search(r"[\d:：@]", first + second) or legal_form_search(first) or \
            _PERSON_START.match(first) or _NOISE.match(second) or len(first) > 50 or len(second) > 60 or \
            first.endswith((",", ";", ".")) or not first[:1].isupper() or not is_company_name(second) or \
            re.search(r"\s(?!(?:de|del|der|du|des|di|da|do|la|le|les|los|van|von|und|and|et|y|of|the|for)(?:\s|$))[a-z]", first):
        return None  # "Export references" over a name: a caption in sentence case, no first half of a name
    brand = re.sub(r"[\W_]+", "", first.split()[-1] if len(first.split()) == 1 else first.split()[0]).casefold()
    if len(first.split()) <= 2 and len(brand) >= 3 and second.casefold().startswith(brand):
        return second  # "▲ ALPENLAND" over "Alpenland Fördertechnik GmbH": the brand over the legal name
    return f"{first} {second}"


def brand_of(cell: str, name: str) -> bool:
    """`cell` is the logo or brand printed beside (or above) the company `name` it abbreviates: "▲ ALPENLAND"
    beside "Alpenland Fördertechnik GmbH", "DHE" beside "Deccan Hydrotech Engineering Pvt. Ltd." (its initials);
    a caption ("Supplier", "Messrs.") is none."""
    words = re.findall(r"[^\W\d_]+", cell)
    name_words = re.findall(r"[^\W\d_]+", name)
    if not words or len(words) > 3 or not name_words or re.search(r"[:：]", cell):
        return False
    brand = "".join(words).casefold()
    if len(brand) >= 3 and "".join(name_words).casefold().startswith(brand):
        return True
    initials = "".join(w[0] for w in name_words).casefold()
    return len(words) == 1 and 2 <= len(brand) <= 5 and words[0].isupper() and initials.startswith(brand)


# captions that name whoever sent the document, whichever role that is
# the issuer's frame of an ERP print ("Émetteur" beside "Adressé à" on a supplier order) names the issuer too
SENDER_CAPTIONS = frozenset({"from", "absender", "émetteur", "emisor"})


def role_labels(labs: Any, role: str, buyer_issued: bool, doc_type: str = "") -> list[Any]:
    """The party labels that name `role`: its own, and the addressee's ("To,", "Messrs.", "Spett.le") when the
    document is addressed to that role (an order or an enquiry to the seller, a quote or an invoice to the
    buyer); the recipient's ("Empfänger", "Destinatario") is the payee of a payment, the consignee of goods."""
    addressee = "seller" if buyer_issued else "buyer"
    issuer = "buyer" if buyer_issued else "seller"
    recipient = "seller" if doc_type == "payment_advice" else "buyer"
    # "From:" / "Absender:" names the sender, that is the issuer: the buyer of an order typed as "From: ... To: ..."
    # the notify party of a transport document is the buyer's (a buyer's own order names no notify party of it)
    return [lab for lab in labs if (lab.field == role and lab.text not in SENDER_CAPTIONS)
            or (lab.text in SENDER_CAPTIONS and role == issuer)
            or (lab.field == "addressee" and role == addressee) or (lab.field == "recipient" and role == recipient)
            or (lab.field == "notify" and role == "buyer" and not buyer_issued)]


# "TO ORDER OF BANQUE ...", "To the order of shipper", "A la orden de ...": a negotiable consignee box names whoever
# endorses the bill, not the buyer
_TO_ORDER = re.compile(r"(?i)^(?:to\s+(?:the\s+)?order\b|à\s+l['’]ordre\b|a\s+la\s+orden\b|an\s+die\s+order\b|"
                       r"order\s+of\b|凭指示|凭.{1,20}指示)")


def to_order_clause(text: str) -> bool:
    """"TO ORDER OF BANQUE EXTÉRIEURE", "To order": the consignee box of a negotiable bill, no party's name."""
    return bool(_TO_ORDER.match(text.strip()))


_BANKISH = re.compile(r"(?i)(?<![^\W\d_])(?:bank|banque|banco|banca|bancaria|banka|sparkasse|crédit|credit|"
                      r"caisse|caixa|kasse|trust|finance|financial|shipper|holder|consignor)(?![^\W\d_])|银行")
_TO_ORDER_OF = re.compile(r"(?i)^(?:to\s+(?:the\s+)?order\s+of|à\s+l['’]ordre\s+de|a\s+la\s+orden\s+de|"
                          r"an\s+die\s+order\s+(?:von|der|des))\s+")


def to_order_party(text: str) -> str | None:
    """"To the order of Acme Trading Ltd.": the company a negotiable bill is consigned to the order of, when it is
    a trading company (a bank, "shipper" or a name without a legal form gives None)."""
    m = _TO_ORDER_OF.match(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end():].strip(" ,;:")
    if not rest or _BANKISH.search(rest) or not (legal_form_search(rest) or _CONNECTIVE_END.search(rest)):
        return None
    return rest


def in_remittance_slip(texts: list[str], i: int) -> bool:
    """Line i stands at the head of an invoice's tear-off payment slip ("PAYMENT ADVICE" / "To: <the issuer>"):
    one of the three lines above it is the slip's heading and nothing more. The slip is addressed to the payee,
    the issuer, not to the customer."""
    slip = labels("remittance_slip")
    return any(whole_label(slip, texts[k].lower().strip(" ✂-–—:：")) for k in range(max(0, i - 3), i))


# a numbered box caption in several languages: "3 Auslieferungsort / Lieu de livraison / Place of delivery"
_BOX_CAPTION_LINE = re.compile(r"^\d{1,2}\.?\s+[^\W\d_][^\d/]{1,40}(?:\s/\s*[^\W\d_][^\d/]{1,40}){1,3}/?$")
# "(5) Place of receipt": a box numbered in brackets, its caption in one language
_BRACKETED_BOX_LINE = re.compile(r"^\(\d{1,2}\)\s+[^\W\d_][^\d/]{1,40}(?:\s/\s*[^\W\d_][^\d/]{1,40}){0,3}$")


_ATTENTION = re.compile(r"(?i)^(?:attn|attention|kind\s+attn|to\s+the\s+attention\s+of|z\.\s?hd|zu\s+händen|"
                        r"à\s+l['’]attention\s+de|a\s+la\s+atención\s+de|atención|c/o)\b\.?")


# a person's name on a contact card: two or three capitalised words ("Elin Berg", "Lim Chee Wei", "Jean-Luc Roy")
_PERSON_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?\s+){1,2}"
                          r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?$")
# words of a company's name, not of a person's: "Kestrel Works" over "Engineering Ltd." is one wrapped name
_BUSINESS_WORD = re.compile(r"(?i)\b(?:works|trading|traders|industries|industrial|industrie|engineering|group|gruppe|"
                            r"groupe|grupo|holdings?|international|technolog\w*|techni[ck]\w*|systems?|solutions?|"
                            r"services?|manufacturing|machinery|components|products|supplies|supply|partners?|company|"
                            r"global|handel\w*|werke?|maschinen\w*|import|export|logisti\w+|electric\w*|elektro\w*|"
                            r"mechani\w+|tools?|steel|metal\w*|plastics?|chemicals?|foods?|textiles?|ateliers?|"
                            r"établissements|comercial\w*|distribu\w+)\b")


# "（盖章）", "(seal)", "(Unterschrift)": the stamp or signature a caption asks for
_STAMP_NOTE = re.compile(r"(?i)\s*[（(](?:盖章|蓋章|签章|簽章|签字|簽字|seal|stamp|signature|sign|unterschrift|stempel|"
                         r"cachet|signature\s+et\s+cachet|firma|sello|firma\s+y\s+sello)[)）]\s*$")


def is_party_caption(text: str) -> bool:
    """"To", "Supplier:", "Käufer", "买方（盖章）", "4 Notify address": the whole line is a party caption (no name after
    it; a form's box number before it)."""
    text = _CAPTION_NUMBER.sub("", _STAMP_NOTE.sub("", text.strip().lower()))
    if "/" in text and len(parts := [p.strip(" :：") for p in text.split("/")]) <= 3 and all(parts):
        # "Empfänger / Beneficiary": a caption in two languages, each half a party caption
        return all(_whole_caption(p) for p in parts)
    return _whole_caption(text)


def _whole_caption(text: str) -> bool:
    m = match_start(labels("parties"), text)
    return m is not None and not text[m[1].end():].strip(" :：/")


def contact_over_company(first: str, second: str, third: str = "") -> bool:
    """`first` is a contact person's name above the company's full name (`second`, its legal form maybe wrapped
    onto `third`): a card "Prepared for / Elin Berg / Nordic Sawmill Systems AB". The company line must be a whole
    name by itself (two words before its legal form), so a name wrapped in a narrow cell ("Kestrel" over "Works
    Ltd.") is never cut."""
    first, second = first.strip(), second.strip(" ,;")
    if not _PERSON_NAME.match(first) or _BUSINESS_WORD.search(first) or legal_form_search(first):
        return False
    if re.fullmatch(_CJK_COMPANY, second):
        return True  # "Maria Keller" over "青岛海融机械有限公司"
    company, third = second, third.strip(" ,;")
    if not is_company_name(second) and len(second.split()) >= 3 and 0 < len(third.split()) <= 4 and \
            not re.search(r"\d", third) and legal_form_search(second) is None:
        # a long name wrapped on a card, its legal form on the next line: "Penang Precision Machinery Sdn." /
        # "Bhd.", "Procesadora de Alimentos La" / "Sabana S.A.S."
        company = f"{second} {third}"
    m = legal_form_search(company)
    if m is None or not is_company_name(company) or not company[:1].isupper():
        return False
    # a word of the first line inside the company's name ("De Vries" over "Devries Trading B.V."): a brand or the
    # first half of the name, no contact
    return len(re.findall(r"[^\W\d_]{2,}", company[:m.start()])) >= 2 and \
        not any(len(w) >= 3 and w in company.casefold() for w in first.casefold().split())


def is_sentence(text: str) -> bool:
    """"Copies 1, 2 and 3 of this Air Waybill are originals": a line of running text, no company name (a name
    has a few lower-case particles at most: "Talleres de la Sabana")."""
    words = text.split()
    return len(words) >= 7 and sum(w[:1].islower() for w in words) >= 4 and legal_form_search(text) is None


# a legal form wrapped onto the line below the name: "Ltd.", "Pvt. Ltd.", "& Co. KG", "Co. (S.A.E.)", "(Pty) Ltd"
_WRAPPED_FORM = (rf"(?:&\s*)?(?:(?:Co\.?,?\s*)?{LEGAL_END}|Co\.(?:\s*\({LEGAL_END}\))?|\({LEGAL_END}\))")
# the Gulf's shareholding company at the end of a name, and the bracket that makes it a closed one wrapped onto the
# next line: "... Co. B.S.C." / "(c)", "... K.S.C." / "(Closed)"
_SHAREHOLDING_FORM = re.compile(r"(?<![\w.])[BKQ]\.S\.C\.$")
_CLOSED_MARK = re.compile(r"\((?:c|closed)\)(?=\s*,|\s*$)", re.I)
# a name line that ends in a connective ("... et de", "... and", "... of", "Müller &") cannot end the name
_CONNECTIVE_END = re.compile(r"(?:\s(?:and|of|for|the|und|für|et|de|du|des|y|e|del|della|di|da|do|dos|das|van|von|"
                             r"der|den|la|le|les|en|voor)|\sd['’]|\s&)$")


def _name_continuation(line: str) -> bool:
    """`line` can be the rest of a name wrapped after a connective: a capitalised word or few, no digits, no contact
    or caption."""
    line = line.strip()
    return 0 < len(line) <= 60 and line[:1].isupper() and not re.search(r"[\d:：@]", line) and \
        not _NOISE.match(line) and not is_party_caption(line) and len(line.split()) <= 6


def party_from_block(block: list[str]) -> Party | None:
    """First line = name, following non-contact lines = address; contacts parsed out."""
    lines = [b.strip(" ,;") for b in block if b and b.strip(" ,;:")]
    # "3 Auslieferungsort / Lieu de livraison / Place of delivery": the next numbered box of a form ends the block
    lines = lines[:next((n for n, ln in enumerate(lines) if n and (_BOX_CAPTION_LINE.match(ln) or
                                                                 _BRACKETED_BOX_LINE.match(ln))), len(lines))]
    if not lines:
        return None
    joined = " ".join(lines)
    email = (EMAIL_RE.search(joined) or [None])[0]
    vm = VAT_RE.search(joined.replace(" ", "")) or VAT_RE.search(joined)
    vat = vm.group(1).replace(" ", "") if vm else None
    if len(lines) > 1 and (_LABEL_LIKE.search(lines[0]) or (_NUMBER_CAPTION.match(lines[0]) and
                                                          not legal_form_search(lines[0]))) and \
            (is_company_name(latin_of_bilingual(lines[1])) or re.fullmatch(_CJK_COMPANY, lines[1])):
        # "Rechnungsempfänger | Kundennummer": the next field's label stood beside the party label; the block
        # below the party label starts with the company
        lines = lines[1:]
    if len(lines) > 1 and is_party_caption(lines[0]):
        # "To" under "供应商": the other half of a caption set in two languages stands over the name
        lines = lines[1:]
    if len(lines) > 1 and _ATTENTION.match(lines[0]) and (
            is_company_name(lines[1]) or (len(lines) > 2 and wrapped_name(lines[1], lines[2]) is not None)):
        # "Attn. Anna Weber" over "Nordstahl Handel GmbH": the contact line heads the block, the company follows
        lines = lines[1:]
    if len(lines) > 1 and _SALUTATION_LINE.match(lines[0]):
        lines = [f"{lines[0]} {lines[1]}", *lines[2:]]
    if len(lines) > 1 and contact_over_company(lines[0], lines[1], lines[2] if len(lines) > 2 else ""):
        # "Elin Berg" over "Nordic Sawmill Systems AB": a card names the contact first, then the company
        lines = lines[1:]
    if (endorsee := to_order_party(lines[0])) is not None:
        # "To the order of <the buyer's company>": a negotiable bill consigned to the order of a trading company
        # names the buyer (a bank's name, the shipper or a bare "to order" names none)
        lines = [endorsee, *lines[1:]]
    name = lines[0]
    if _NOISE.match(name) or EMAIL_RE.fullmatch(name) or to_order_clause(name):
        return Party(email=email, vat_id=vat)
    if _LABEL_LIKE.search(name) or is_reference_text(name) or is_sentence(name) or is_party_caption(name) or \
            refers_to_party(name):
        # "PO #", "Buyer:", "Invoice No.": the next label of the page stood where the name was looked for; a
        # sentence of the form ("Copies 1, 2 and 3 of this ... are originals") stood beside the caption; "SAME AS
        # CONSIGNEE" under "Notify party" points at a party named under its own caption
        return Party(email=email, vat_id=vat)
    while len(lines) > 1 and _CONNECTIVE_END.search(name) and _name_continuation(lines[1]):
        # "Société Sénégalaise d'Huilerie et de" / "Conditionnement": a name wrapped after a connective goes on
        name = f"{name} {lines[1]}"
        lines = [name, *lines[2:]]
    if len(lines) > 1 and _SHAREHOLDING_FORM.search(name) and (m := _CLOSED_MARK.match(lines[1])):
        # "... Rolling Co. B.S.C." / "(c)": the bracket that closes the legal form wrapped onto the next line
        rest = lines[1][m.end():].strip(" ,;")
        name = f"{name} {m.group(0)}"
        lines = [name, *([rest] if rest else []), *lines[2:]]
    elif len(lines) > 1 and not re.search(LEGAL_END + r"\W*$", name) and \
            (m := re.match(rf"({_WRAPPED_FORM})(?:\s*,\s*|\s*$|\s+(?={_CJK_COMPANY}$))(.*)$", lines[1])):
        # "Kestrel Works" / "Ltd." (or "Pvt. Ltd., Plot 42, ..."): the name wrapped in a narrow cell before its
        # legal form; what follows the form on that line is the address. A comma the name wrapped after is its
        # own ("Hanbit Marine Co.," / "Ltd." is "Hanbit Marine Co., Ltd.")
        comma = "," if _first_raw(block).endswith(",") else ""
        name = f"{name}{comma} {m.group(1)}"
        # "Bhd. 霹雳精密工程有限公司": the company's Chinese name after the wrapped form is no address
        rest = "" if re.fullmatch(_CJK_COMPANY, m.group(2).strip()) else m.group(2).strip()
        lines = [name, *([rest] if rest else []), *lines[2:]]
    elif len(lines) > 1 and (whole := wrapped_name(name, lines[1])) is not None:
        # "Deccan Hydrotech" / "Engineering Pvt. Ltd.": a long name wrapped in a narrow cell
        name = whole
        lines = [name, *lines[2:]]
    head, comma, tail = name.partition(",")
    if cut := tax_id_start(name):
        # "Ferghana Tekstil MChJ, INN 301 222 333, Mustaqillik ko'chasi 5": the name ends before its tax number
        name, rest = name[:cut].strip(" ,;"), name[cut:].strip(" ,;")
        lines = [name, rest, *lines[1:]]
    elif comma and prefixed_company(head) and re.search(r"\d", tail):
        # "TOV Poltava Agrotech, EDRPOU 41822704, vul. Zavodska 17": a name led by its form, then its codes and
        # address in one cell; the name ends at the comma
        name = head.strip()
        lines = [name, tail.strip(" ,;"), *lines[1:]]
    elif (m := NAME_THEN_ADDRESS_RE.match(name)) or (m := NAME_THEN_PLACE_RE.match(name)):
        # "Kestrel Works Ltd. 5 Mill Lane, Leeds": a name and address cell read as one line
        name = m.group(1)
        lines = [name, m.group(2), *lines[1:]]
    if LEGAL_ONLY_RE.fullmatch(name.strip(" ,;")):
        # "Bhd.", "Co., Ltd.": the wrapped tail of a name whose first half stood elsewhere, no name by itself
        return Party(email=email, vat_id=vat)
    # "Konto:": the caption of the next field below the block is no part of the address
    addr = [ln for ln in lines[1:] if not _NOISE.match(ln) and not EMAIL_RE.search(ln) and not _SUB_CAPTION.match(ln)]
    return Party(name=name[:120], address=", ".join(addr)[:300] or None, email=email, vat_id=vat,
                 country=country_of(addr or lines, vat))


# the return address above a letter's address window (DIN 5008, and business letters elsewhere):
# "Company Ltd. · 12 Dock Road · Southampton", parts joined by middle dots, bullets or bars
_SENDER_LINE = re.compile(rf"^\s*(?P<name>[^·•|]{{2,80}}?{LEGAL_END})\.?\s*[·•|]\s*(?P<rest>.*\d.*)$")
# an account or bank code: an IBAN (written in groups or not), or the words that caption one
_BANK_DETAILS = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}\s?(?:[A-Z0-9]{2,4}\s?){2,7}\b|"
                           r"(?i:\b(?:iban|swift|bic|sort\s+code|account\s+(?:no|number)|a/c|konto|kont[sa]|cuenta|"
                           r"compte|rib|clabe)\b)|账号|开户行")


def bank_details(text: str) -> bool:
    """"LV61 BKOM 0000 4418 2207 1", "IBAN DE12 ...", "Konto 4711": the text names a bank account."""
    return bool(_BANK_DETAILS.search(text))


_SALUTATION = re.compile(r"(?i)^(sehr geehrte|dear|hallo|hello|hi|madame|monsieur|estimad|bonjour|guten tag)")


def letter_parties(first_segments: list[str]) -> tuple[Party, Party] | None:
    """(sender, addressee) of a business letter: the return-address line names the sender, the first company
    below it (the address window, left column) is the addressee; None when the page has no such line.

    `first_segments` are the left-column texts of the page's first lines, in reading order."""
    for i, seg in enumerate(first_segments[:20]):
        m = _SENDER_LINE.match(seg or "")
        if not m or bank_details(m.group("rest")):
            continue  # "Baltijas Bank AS · LV61 BKOM 0000 ...": the issuer's bank and account, no return address
        sender = m.group("name").strip()
        # the return line's parts: our own block ("12 Dockside Road", "Southampton SO14 3AB") set beside the window
        # interleaves its lines with the window's when the page is read without columns; none of them is the addressee
        own = {p.strip().casefold() for p in re.split(r"\s*[·•|]\s*", seg)}
        for k in range(i + 1, min(i + 6, len(first_segments))):
            cand = (first_segments[k] or "").strip()
            if not cand or _SALUTATION.match(cand) or cand.casefold() in own:
                continue
            # (a digit before the form is a postcode's end: "Southampton SO14 3AB" names no Swedish "AB")
            if re.search(rf"(?<![A-Za-z\d]){LEGAL_END}\W*$", cand) and cand != sender and "·" not in cand:
                block = [cand]
                for nxt in first_segments[k + 1:k + 5]:
                    if not (nxt or "").strip():
                        break
                    if nxt.strip().casefold() not in own:
                        block.append(nxt)
                addressee = party_from_block(block)
                if addressee and addressee.name:
                    return Party(name=sender[:120]), addressee
        return None
    return None


# the sub-caption of the name in a party's grid of captioned lines ("Name:", "Firma:", "Raison sociale :")
_NAME_SUB = re.compile(r"(?i)^(?:name|firma|firmenname|company(?:\s+name)?|raison\s+sociale|dénomination|nom|nombre|"
                       r"razón\s+social|denominación|ragione\s+sociale|denominazione|名称|公司名称)\s*[:：]$")
_SUB_CAPTION = re.compile(r"^[^\d:：]{2,30}[:：]$")


def sub_captioned_party(rows: list[list[tuple[float, str]]]) -> Party | None:
    """The party in a grid of sub-captions below its caption ("Verkäufer" over "Nummer: 549910", "Name: ...",
    "Anschrift: ..."), the values in a column of their own: the value of the name caption, with the digit-free
    lines of its column directly above it (a caption centred beside a value wrapped over several lines: "MVM
    Musterhafter" over "Versicherungsverein a.G.", "Herrn" over "Max Mustermann"). None without a name caption."""
    pending: list[str] = []
    for n, cells in enumerate(rows[:8]):
        if not cells:
            return None
        first = cells[0][1]
        if _SUB_CAPTION.match(first) and len(cells) >= 2:
            if _NAME_SUB.match(first):
                value = " ".join(t for _, t in cells[1:])
                below = []  # the value may wrap on below the caption's line too
                for more in rows[n + 1:n + 3]:
                    if len(more) != 1 or more[0][0] < cells[1][0] - 5 or re.search(r"\d", more[0][1]):
                        break
                    below.append(more[0][1])
                if is_company_name(whole := " ".join([*pending, value, *below])):
                    block = [whole]
                elif pending and _SALUTATION_LINE.match(pending[-1]):
                    block = [pending[-1], value]  # "Herrn" over "Max Mustermann"
                else:
                    block = [value, *below] if is_company_name(" ".join([value, *below])) else [value]
                party = party_from_block(block if _SALUTATION_LINE.match(block[0]) else [" ".join(block)])
                return party if party is not None and party.name else None
            pending = []
        elif len(cells) == 1 and not re.search(r"\d", first) and not _SUB_CAPTION.match(first):
            pending.append(first)
        else:
            pending = []
    return None


# "Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen": a return-address line with its parts in cells of their own
_SENDER_PARTS = re.compile(rf"^\s*(?P<name>[^·•●|–]{{2,80}}?{LEGAL_END})\.?\s*[·•●|–]\s*(?P<rest>.*\d.*)$")
# the town line of a postal address: "88802 Spielkreis", "DE 12345 Musterstadt", "F-69001 Lyon", "Leeds LS1 4AB",
# "Springfield, IL 62704"
_POSTCODE_LINE = re.compile(r"^(?:[A-Z]{1,2}[- ]?)?(?:\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2})\s+[^\W\d_]{2,}|"
                            r"^[^\W\d_][^\d,]{1,30},?\s+[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2}$|"
                            r"^[^\W\d_][^\d,]{1,30},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$")
_STREET_LINE = re.compile(r"^[^\W\d_][^\d:]{1,40}\s\d{1,4}[a-zA-Z]?\b|^\d{1,4}[a-zA-Z]?,?\s+[^\W\d_]{2,}")


def postal_block_name(block: list[str]) -> list[str] | None:
    """The lines of a postal address block headed by its addressee, a company or a person ("Theodor Est" /
    "Bahnstr. 42" / "88802 Spielkreis"): a name line without digits, then a street and a town line with its
    postcode within the next lines; None for anything else."""
    lines = [b.strip() for b in block if b and b.strip()]
    start = 1 if lines and _SALUTATION_LINE.match(lines[0]) else 0
    if len(lines) < start + 3:
        return None
    name = lines[start]
    if re.search(r"[\d:：@#]", name) or len(name.split()) > 6 or len(name) > 60 or _NOISE.match(name) or \
            _SALUTATION.match(name) or not name[:1].isupper() or name == name.upper() and not legal_form_search(name):
        return None
    rest = lines[start + 1:start + 5]
    # "1200 Main Street" reads like "1200 Wien": the town line is one with a street line above it
    town = next((n for n, ln in enumerate(rest[:3]) if _POSTCODE_LINE.match(ln) and
                 any(_STREET_LINE.match(st) for st in rest[:n])), None)
    # a country, a page number, another company between name and town: no one address
    if town is None or name.lower().strip(" ,.") in COUNTRIES or \
            any(is_company_name(ln) or re.match(r"(?i)(?:page|seite|página|pagina)\s+\d", ln) for ln in rest[:town]):
        return None
    return lines[:start + 1 + town + 1]


def _plain_window(doc: Document, rows: list[list[tuple[float | None, str]]], buyer_issued: bool,
                  conf: dict[str, float], ev: dict[str, Any]) -> None:
    """A document without page positions (Word, a sheet): the issuer is known, the addressee not; the one postal
    address block in the first lines that is not the issuer's names the addressee."""
    issuer, addressee = ("buyer", "seller") if buyer_issued else ("seller", "buyer")
    known = getattr(doc, issuer)
    if known is None or not known.name or getattr(doc, addressee) is not None:
        return
    own = re.sub(r"\W+", "", known.name).casefold()
    # the first cell of each line is the left column ("Acme S.L. | Invoice No. | 4711": the window beside an info
    # block); "Order | Wisła Automatyka Sp. z o.o." is a caption beside a company, no address line
    firsts = [[(0.0, cells[0][1])] if cells and not (len(cells) > 1 and is_company_name(cells[1][1])) else []
              for cells in rows[:16]]
    # a company name over an address line in any script ("Suministros Ibéricos S.L." over "浙江省宁波市新碶路88号")
    companies = [firsts[r][0][1] for r in range(len(firsts) - 1) if firsts[r] and firsts[r + 1]
                 and is_company_name(firsts[r][0][1]) and re.search(r"\d", firsts[r + 1][0][1])
                 and not re.search(r"[:：]", firsts[r + 1][0][1]) and not _CONTACT_LINE.match(firsts[r + 1][0][1])]
    names = {n for n in [*_postal_blocks(firsts, inner=True), *companies]
             if (k := re.sub(r"\W+", "", n).casefold()) not in own and own not in k}
    if len(names) == 1:
        name = names.pop()
        setattr(doc, addressee, Party(name=name[:120]))
        conf[addressee], ev[addressee] = 0.4, {"snippet": name, "rule": "postal address block below the letterhead"}


# a letter's salutation ("Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,", "Estimados señores:")
_SALUTATION_OPENING = re.compile(r"(?i)^(?:dear\b|sehr\s+geehrte|madame|monsieur|messieurs|mesdames|"
                                 r"estimad[oa]s?\b|muy\s+señor|señores|gentlemen|ladies\s+and\s+gentlemen|to\s+whom)")
# "For the attention of …", "Attn.", "z. Hd.", "À l'attention de", "A la atención de": the person named under the
# inside address
_ATTENTION_LINE = re.compile(r"(?i)^(?:for\s+the\s+attention\s+of|attention|attn\.?|z\.\s*hd\.?|zu\s+händen|"
                             r"à\s+l['’]attention|a\s+la\s+atención|atención|c/o)(?![^\W\d_])")


def salutation_addressee(texts: list[str]) -> str | None:
    """A letter's inside address: the block of lines right above its salutation ("Dear Sirs,"), an attention
    line aside, up to a line with a caption ("Our ref.:"), a date or a blank. Its first line is a company name and
    an address line follows (a country without postcodes writes no digit in it); None otherwise."""
    from parsers.extract.numbers import find_dates
    sal = next((k for k, t in enumerate(texts[:30]) if _SALUTATION_OPENING.match(t.strip())), None)
    if sal is None:
        return None
    k = sal - 1
    while k >= 0 and _ATTENTION_LINE.match(texts[k].strip()):
        k -= 1
    block: list[str] = []
    while k >= 0 and (t := texts[k].strip()) and len(block) < 8:
        if re.search(r"[:：]", t) or find_dates(t) or "   " in t:
            break  # "Our ref.: …", the letter's date, a line of several cells (a letterhead beside a window)
        block.insert(0, t)
        k -= 1
    if len(block) < 2 or not is_company_name(block[0]) or is_company_name(block[1]):
        return None
    return block[0][:120]


def settle_salutation_addressee(doc: Document, texts: list[str], buyer_issued: bool, conf: dict[str, float],
                                ev: dict[str, Any]) -> None:
    """The issuer is known, the addressee not: a letter's inside address above its salutation names it."""
    issuer, addressee = ("buyer", "seller") if buyer_issued else ("seller", "buyer")
    known = getattr(doc, issuer)
    if doc.doc_type == "other" or known is None or not known.name or getattr(doc, addressee) is not None:
        return
    name = salutation_addressee(texts)
    own = re.sub(r"\W+", "", known.name).casefold()
    if name is None or (key := re.sub(r"\W+", "", name).casefold()) in own or own in key:
        return
    setattr(doc, addressee, Party(name=name))
    conf[addressee], ev[addressee] = 0.5, {"snippet": name, "rule": "inside address above the salutation"}


def settle_letter_window(doc: Document, rows: list[list[tuple[float | None, str]]], buyer_issued: bool,
                         conf: dict[str, float], ev: dict[str, Any]) -> None:
    """A letter's return-address line (its parts in cells of their own, or set off by "●") names the issuer; the
    postal address block in the window below it, in the column where the window starts, names the addressee, a
    company or a person. Roles already found are kept; no return line or no postal block: nothing."""
    positioned = any(x is not None for cells in rows for x, _ in cells)
    # both roles known: the window is still read on a page, to give its addressee the address of its own column
    if doc.doc_type == "other" or (doc.buyer is not None and doc.seller is not None and not positioned):
        return
    if not positioned:
        _plain_window(doc, rows, buyer_issued, conf, ev)
    for i, cells in enumerate(rows[:20]):
        m = _SENDER_PARTS.match(" | ".join(t for _, t in cells))
        if not m or not any(_STREET_LINE.match(p) or _POSTCODE_LINE.match(p)
                            for p in re.split(r"\s*[·•●|–]\s*", m.group("rest"))):
            continue  # the parts after the name are an address: a street or a town with its postcode
        nxt = next((r for r in rows[i + 1:i + 3] if r), None)
        if not nxt:
            return
        x0 = nxt[0][0]
        if (xr := cells[0][0]) is not None and any(x is not None and abs(x - xr) <= 5 for r in rows[i + 1:i + 4]
                                                  for x, _ in r[:1]):
            x0 = xr  # the window stands under the return line; the issuer's block beside it may sit a line higher
        block: list[str] = []
        for row in rows[i + 1:i + 9]:
            cell = next((t for x, t in row if x is None or x0 is None or abs(x - x0) <= 5), None)
            if cell is None:
                continue  # a line of the letterhead's other column beside the window
            if re.search(r"[:：]", cell):
                break
            block.append(cell)
        lines = postal_block_name(block)
        if lines is None and block and names_a_company(block[0]) and not re.search(r"\d", block[0]):
            lines = block  # "Zarqa Packaging Co." over "P.O. Box 418": a company, its address without a postcode line
        party = party_from_block(lines) if lines else None
        if party is None or not party.name:
            return
        issuer, addressee = ("buyer", "seller") if buyer_issued else ("seller", "buyer")
        sender = m.group("name").strip()
        for role, found in ((issuer, Party(name=sender[:120])), (addressee, party)):
            if getattr(doc, role) is None:
                setattr(doc, role, found)
                conf[role], ev[role] = 0.5, {"snippet": found.name, "rule": "letter window below a return address"}
            elif role == addressee and (known := getattr(doc, role)).name == found.name and found.address:
                # the same company read from the page without its columns: its address mixed in the issuer's lines
                known.address, known.country = found.address, found.country
        return


_FORM_START = re.compile(r"(?:\b(?:Pty|Pvt|Pte|Sdn|Private)\.?\)?|\bCo\.?,?)\s*$")
_FORM_END = re.compile(r"(?:Ltd\.?|Limited|Bhd\.?)")


# legal forms as letterheads also write them: without their dots ("Claes NV", "Duin BV"), a bare "Co."
_BARE_FORM = r"(?:Co|BV|NV|SL|SAS|SpA|Pty|Pte|Sdn|Corp|Inc|Ltd|Srl|Sarl)\.?"


def names_a_company(text: str) -> bool:
    """"Tornillería Levante S.A.", "Alpenland GmbH Gewerbepark Süd 7" (an address after it), "鑫源有限公司": text
    that ends in its legal form (a bracketed note after it allowed); "Thank you for your order AB-2024-2689 of
    November 12" holds a legal-form token inside a sentence and names none."""
    if re.search(r"[\u3000-\u9fff]", text) or prefixed_company(text):
        return True  # Chinese and Japanese forms have no word boundaries to check; "PT ..." leads with its form
    name = re.sub(r"\s*(?:\([^)]*\)|（[^）]*）)\s*$", "", name_without_address(text.strip(" ,;")))
    flags = re.I if re.search(r"[^\W\d_]{3}", name) and name == name.upper() else 0
    return bool(re.search(rf"(?<![\w.])(?:{LEGAL_END}|{_BARE_FORM})\W*$", name, flags))


# a footer line naming the issuer: "Fournitures Bretonnes SA · 12 rue ... · USt-IdNr. ... · Sitz der Gesellschaft"
_FOOTER_PARTS = re.compile(rf"^\s*(?P<name>[^·•●|]{{2,80}}?{LEGAL_END})\.?\s*[·•●|]\s*(?P<rest>.+)$")
_REGISTRATION = re.compile(r"(?i)(?<!\w)(?:vat|ust|tva|iva|gst|uid|abn|steuer\w*|tax|reg(?:istered|istration)?\.?|sitz|"
                           r"registergericht|hrb|hra|siret|siren|rcs|cif|nif|kvk|company\s+no|amtsgericht)(?!\w)|"
                           r"税号|税务登记号|纳税人识别号|统一社会信用代码|注册号|注册地址|公司地址|登記|統一編號")


def settle_footer_issuer(doc: Document, lines: list[str], buyer_issued: bool, conf: dict[str, float],
                         ev: dict[str, Any]) -> None:
    """The issuer still unknown: the company that opens a footer line of its address and registration parts
    ("Name SA · street · VAT No. ... · registered office") is the issuer; one such company only, else nothing."""
    role = "buyer" if buyer_issued else "seller"
    other = getattr(doc, "seller" if buyer_issued else "buyer")
    if doc.doc_type == "other" or getattr(doc, role) is not None:
        return
    names = set()
    for text in lines:
        m = _FOOTER_PARTS.match(text)
        if m and _REGISTRATION.search(m.group("rest")) and names_a_company(m.group("name")):
            names.add(m.group("name").strip())
    if other is not None and other.name:
        names.discard(other.name)
    if len(names) == 1:
        name = names.pop()
        setattr(doc, role, Party(name=name[:120]))
        conf[role], ev[role] = 0.5, {"snippet": name, "rule": "issuer named in the footer"}


def letterhead_wrapped_above(name: str, above: list[str] | None, top: bool) -> str:
    """"MVM Musterhafter" over "Versicherungsverein Musterstadt a.G.": a letterhead name wrapped before the line with
    its legal form. `above` is the cells of the line above (one cell, the page's first line: `top`); a line of
    capitalised words, no digits, no slogan, joined; the name unchanged otherwise."""
    if not top or not above or len(above) != 1:
        return name
    words = above[0].split()
    if not 1 <= len(words) <= 3 or any(not w[:1].isupper() for w in words) or above[0] == above[0].upper() or \
            match_start(labels("doc_types"), above[0].lower()) or match_start(labels("parties"), above[0].lower()):
        return name  # "Your partner in steel" (a slogan), "INVOICE", "Sales Quotation", "Supplier": no name
    return wrapped_name(above[0], name) or name


def complete_legal_form(name: str, next_segments: list[str]) -> str:
    """"Coral Supplies Pty" + "Ltd" on a line below: a two-word legal form broken by a narrow heading box."""
    if not _FORM_START.search(name):
        return name
    for seg in next_segments[:2]:
        if _FORM_END.fullmatch((seg or "").strip()):
            return f"{name.rstrip()} {seg.strip()}"
    return name


# the role a contract gives a party it names: "X Ltd., 5 Mill Lane (the "Buyer")", "(nachfolgend „Käuferin“)",
# "(ci-après « le Vendeur »)", "（以下简称"买方"）"; the words are matched whole, feminine forms included
ROLE_WORDS = {
    "buyer": ("buyer", "purchaser", "customer", "client", "käufer", "käuferin", "besteller", "bestellerin",
              "auftraggeber", "auftraggeberin", "kunde", "kundin", "acheteur", "acheteuse", "acquéreur", "cliente",
              "comprador", "compradora", "acquirente", "committente", "买方", "買方", "需方", "采购方", "採購方"),
    "seller": ("seller", "supplier", "vendor", "verkäufer", "verkäuferin", "lieferant", "lieferantin",
               "auftragnehmer", "auftragnehmerin", "vendeur", "venderesse", "fournisseur", "vendedor",
               "vendedora", "proveedor", "proveedora", "venditore", "fornitore", "卖方", "賣方", "供方", "供应方",
               "供應方"),
}
_ROLE_OF = {w: role for role, words in ROLE_WORDS.items() for w in words}
# filler of a defined-term parenthetical: articles, "hereinafter (referred to as)", quotes
_DEFINE_FILLER = re.compile(
    r"(?i)\b(?:hereinafter|hereafter|henceforth|below|referred|to|as|called|the|in\s+the\s+following|nachfolgend|"
    r"nachstehend|im\s+folgenden|folgend|genannt|kurz|der|die|ci-?après|ci-dessous|dénommée?|désignée?|appelée?|"
    r"le|la|l['’]|en\s+lo\s+sucesivo|en\s+adelante|denominad[oa]|llamad[oa]|el|in\s+seguito|il|lo|detto|detta)\b|"
    r"以下简称|以下簡稱|以下称|以下稱|简称|簡稱|[\"'“”„‟«»‹›‘’「」『』,:：]")
_PAREN = re.compile(r"[(（]([^()（）]{1,70})[)）]|"
                    # "X GmbH, ... – nachstehend „Käufer“ genannt –": the definition set off by dashes or commas,
                    # closed by the next dash or comma, or by the full stop or semicolon that ends the party list
                    # ("..., hereinafter "the Buyer"."); a comma may follow the opening words ("en adelante, el
                    # Comprador"); a PDF may lose the hyphen of a word it broke ("ci-" / "après" -> "ciaprès")
                    r"(?i:[–—,;]\s*((?:hereinafter|hereafter|in\s+the\s+following|nachstehend|nachfolgend|"
                    r"im\s+folgenden|ci-?après|ci-dessous|en\s+lo\s+sucesivo|en\s+adelante|in\s+seguito)\s*,?"
                    r"[^–—,;.()]{1,50}?)\s*(?:[–—,;.]|$))|"
                    # "(2) Y S.R.L., Km 6, La Romana (RNC 1-31), the "Buyer".": a quoted role after a comma, closed
                    # by the stop or semicolon that ends the party's paragraph (or the "and" before the next one)
                    r"(?i:,\s*((?:the|le|la|l['’]|el|der|die|il)\s*[\"“„«‘']\s*[^\W\d_]{3,20}\s*[\"”“»’']))"
                    r"(?=\s*(?:[;.]|,?\s+(?:and|et|y|und|e)\b|$))")
# the words that open the list of contract parties ("between", "zwischen", "entre", "by and between")
# "Entre les soussignés :", "between the undersigned:", "entre las partes:": words that close with a colon
_BETWEEN = re.compile(r"(?i)(?:^|\s)(?:by\s+and\s+between|between|zwischen|entre|tra|fra)"
                      r"(?:(?:\s+[^\W\d_]+){1,3}?\s*[:：]|\s*[:：]?)\s+")
_BETWEEN_HEAD = re.compile(r"(?i)^\s*(?:by\s+and\s+between|between|zwischen|entre)(?:\s+[^\W\d_]+){0,3}?\s*[:：]\s*")
_CONNECTOR = re.compile(r"(?i)^\s*(?:[,;]\s*)?(?:and|und|et|y|e|sowie|as\s+well\s+as|和|与|與|及)?\s*[,:：]?\s*"
                        r"(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-h]\)|[a-h]\))\s+)?"  # "(1) X Ltd.", "2. Y GmbH"
                        r"(?-i:(?:der|die|dem|den|the\s+company|la\s+société|la\s+sociedad|la\s+empresa|la\s+società|"
                        r"die\s+firma|der\s+firma)\s+)?")
_FIRST_NAME = re.compile(rf"^(.{{2,100}}?(?<![A-Za-z]){LEGAL_END})(?=\s*(?:[,，(（]|$)|\s+of\s)")
# "(1) X Ltd.", "(2) Y AS of ...": the number of a party in an English agreement's PARTIES clause
_PARTY_NUMBER = re.compile(r"^\s*\(\d{1,2}\)\s+\S")
# "Y AS of Havnegata 3, Ålesund": the name, "of", then an address that starts with its street and number
_NAME_OF_ADDRESS = re.compile(r"^([^\d,()]{2,100}?)\s+of\s+[^,]{2,60},")
# the words that open or close a party's paragraph: "De una parte, X S.L.", "..., d'une part, ET Y SAS",
# "X Ltd. of the one part; and", "AND:"
_LEAD_IN = re.compile(r"(?i)^\s*(?:[,;.]\s*)?(?:(?:d['’]une|d['’]autre)\s+part|(?:y\s+|e\s+)?de\s+(?:una|otra)\s+parte|"
                      r"(?:da\s+)?(?:una|altra)\s+parte|of\s+the\s+(?:one|other)\s+part|on\s+the\s+(?:one|other)\s+hand|"
                      r"einerseits|andererseits|reunidos|de\s+común\s+acuerdo)\s*[,;.:：]?\s*")
# a contract's own names for its parties ("甲方", "乙方", "Party A") and the sentence that gives each its role:
# "甲方为本合同卖方", "Party A is the Seller"
_ALIAS = r"(?:甲方|乙方|丙方|Party\s+[ABab12])"
_ALIAS_ROLE = re.compile(rf"({_ALIAS})\s*(?:为|是|系|作为|shall\s+be|is|acts\s+as)\s*(?:本合同|本协议|the)?\s*(?:的)?\s*"
                         r"([^\W\d_]+)")
# "甲方（卖方）：X 有限公司", "Party A (Buyer): X Ltd.": the alias, its role in brackets, the name after the colon
_ALIAS_CAPTION = re.compile(rf"^\s*{_ALIAS}\s*[（(]\s*([^\W\d_]+)\s*[)）]\s*[:：]\s*(.+)$")


def defined_role(parenthetical: str) -> str | None:
    """"the "Buyer"" -> buyer: a parenthetical that defines a contract role and says nothing else."""
    rest = _DEFINE_FILLER.sub(" ", parenthetical).strip().lower()
    # "Verkäu-ferin": a role word hyphenated where a PDF line broke
    return _ROLE_OF.get(rest) or _ROLE_OF.get(rest.replace("-", ""))


def name_of_party_text(text: str, numbered: bool = False) -> str | None:
    """The legal name at the start of "Name Ltd., 5 Mill Lane, Leeds": up to its legal form, else up to the first
    comma when no digit stands before it; None when no name can be told from the address. `numbered`: the text
    is a numbered party's paragraph ("(2) Y of Zone industrielle, Port Louis"), where "of" ends the name."""
    text = text.strip(" ,;:")
    if not text or text[0].islower():
        return None  # "with Kestrel Ltd.", "orders placed by ... Ltd.": a sentence runs into the name, no name
    if (m := _FIRST_NAME.match(text)) and len(m.group(1).split()) <= 8:
        return m.group(1).strip()
    if (m := _NAME_OF_ADDRESS.match(text)) and len(m.group(1).split()) <= (8 if numbered else 6) and \
            (numbered or re.match(r"[^,]*\d", text[m.end(1):])):
        return m.group(1).strip()
    if len(text.split(",")[0].split()) > 8:
        return None
    head, _, rest = text.replace("，", ",").partition(",")
    head = head.strip()
    # no legal form: a capitalised name followed by an address (a house number or postcode), never a phrase
    if 2 < len(head) <= 80 and head[:1].isupper() and not re.search(r"\d", head) and re.search(r"\d", rest) \
            and len(head.split()) <= 6:
        return head
    return None


def contract_parties(lines: list[str]) -> dict[str, str]:
    """Parties a contract introduces in its preamble with a defined role: {"buyer": name, "seller": name}.

    "between X S.r.l., Via Lecco 1, Monza (the "Buyer") and Y Ltd., 12 Dock Road (the "Seller")": each party's
    text starts after "between", after the previous definition (and its "and"), or at the start of its line."""
    text, starts = "", []
    for ln in lines:
        starts.append(len(text))
        # a PDF's soft hyphen comes out as a control character ("ci\x02après"); a word hyphenated at the end of a
        # line ("ci-" / "après dénommée") is one word again
        ln = re.sub(r"[\x02\xad]", "-", ln.strip())
        text = text[:-1] if re.search(r"[^\W\d_]-\s$", text) and ln[:1].islower() else text
        text += ln + " "
    found: dict[str, str] = {}
    aliases = {re.sub(r"\s+", " ", m.group(1)).lower(): role for m in _ALIAS_ROLE.finditer(text)
               if (role := _ROLE_OF.get(m.group(2).lower()))}
    for ln in lines:
        if (m := _ALIAS_CAPTION.match(ln)) and (role := _ROLE_OF.get(m.group(1).lower())) and role not in found and \
                (name := name_of_party_text(m.group(2))):
            found[role] = name[:120]
    begin = 0
    for m in _PAREN.finditer(text):
        term = m.group(1) or m.group(2) or m.group(3)
        role = defined_role(term)
        if role is None and (alias := re.fullmatch(rf"\s*({_ALIAS})\s*", _DEFINE_FILLER.sub(" ", term))):
            role = aliases.get(re.sub(r"\s+", " ", alias.group(1)).lower())  # "（以下简称“甲方”）", 甲方 = 卖方
        if role is None:
            if m.group(2) or m.group(3):
                begin = m.end()  # "hereinafter "the Agent"": the next party's text starts after this one's
            continue
        between = [b.end() for b in _BETWEEN.finditer(text, begin, m.start())]
        line_start = max(s for s in starts if s <= m.start())
        # "(1) X Ltd., a company incorporated ... / United Kingdom (Seller).": a numbered party's paragraph wraps
        # onto lines of its own; its text starts at the line with the number
        numbered = [s for s, ln in zip(starts, lines, strict=True)
                    if begin <= s <= m.start() and _PARTY_NUMBER.match(ln)]
        # no "between" and no earlier definition: the party's text starts at the start of its line
        start = between[-1] if between else (numbered[-1] if numbered else begin if begin else line_start)
        span = text[start:m.start()]
        while True:  # "and", "d'une part, ET", "Y de otra parte,": connectors and lead-ins, in any order
            lead = _LEAD_IN.match(span) or _BETWEEN_HEAD.match(span)  # "made between:" / "BETWEEN: X Inc."
            cut = max(_CONNECTOR.match(span).end(), lead.end() if lead else 0)  # type: ignore[union-attr]
            if not cut:
                break
            span = span[cut:]
        if captions := list(re.finditer(rf"{_ALIAS}\s*[:：]\s*", span)):
            span = span[captions[-1].end():]  # "地址：... 乙方：X 有限公司（以下简称“乙方”）": after its own caption
        begin = m.end()
        name = name_of_party_text(span, bool(numbered) and start == numbered[-1])
        if name and role not in found and name not in found.values():
            found[role] = name[:120]
    return found


# the caption of a signature column: "For the Buyer", "Pour l'Acheteur", "Für den Käufer", "Por el Vendedor",
# "Signed for and on behalf of the Seller", "买方（盖章）", "卖方签字"
_SIGN_FOR = re.compile(
    r"(?i)^(?:signed\s+)?(?:(?:for\s+and\s+)?on\s+behalf\s+of|for|pour|für|por|per|signé\s+pour|firmado\s+por)\s+"
    r"(?:the\s+|l['’]\s*|le\s+|la\s+|den\s+|die\s+|der\s+|el\s+|il\s+|lo\s+)?([^\W\d_]+)\s*[:：]?\s*(.*)$")
_SIGN_CJK = re.compile(r"^(买方|賣方|卖方|買方|需方|供方)\s*(?:[（(](?:盖章|蓋章|签章|簽章|签字|簽字)[)）]|签字|簽字|签章|盖章)?"
                       r"\s*[:：]?\s*(.*)$")


def signature_parties(rows: list[list[str]]) -> dict[str, str]:
    """Parties named under the role captions of a signature block: "For the Seller | For the Buyer" over
    "Kestrel Works Ltd. | Harbour Traders Pty Ltd" (the company in the caption's column on one of the next three
    lines, or after the caption in its own cell): {"buyer": name, "seller": name}; a role named with two
    different companies is dropped, and so is one company named for both roles."""
    found: dict[str, set[str]] = {}
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            m = _SIGN_FOR.match(cell.strip()) or _SIGN_CJK.match(cell.strip())
            role = _ROLE_OF.get(m.group(1).lower()) if m else None
            if m is None or role is None:
                continue
            names = [m.group(2)] if m.group(2).strip() else []
            for k in range(i + 1, min(i + 4, len(rows))):
                if len(rows[k]) == len(cells):
                    names.append(rows[k][j])  # the caption's column of a signature grid
                elif len(cells) == 1 and len(rows[k]) == 1:
                    names.append(rows[k][0])  # one column: the caption over the company
            rest = m.group(2).strip()
            if len(names) > 1 and rest[:1].isupper() and not is_company_name(rest.strip(" ,;")) and \
                    not _SIGN_FOR.match(rest):
                # "For the Buyer: Ingenio Azucarero del Este" / "S.R.L.": the name after the caption wrapped in
                # its cell; its rest, not the rest alone, is the company (a translated caption is no name:
                # "For the Buyer / Für den Käufer")
                names.insert(0, f"{rest} {names[1].strip()}")
            names = [unbracketed(n.strip(" ,;")) for n in names]  # "Signed for the Seller (X Ltd.)"
            name = next((n for n in names if is_company_name(n) or re.fullmatch(_CJK_COMPANY, n.strip())), None)
            if name:
                found.setdefault(role, set()).add(name)
    out = {role: next(iter(names)) for role, names in found.items() if len(names) == 1}
    return out if len(set(out.values())) == len(out) else {}


# SWIFT MT103 field tags (a bank's copy of the payment message): 50A/F/K the ordering customer, 59/59A/59F the
# beneficiary; the value starts on the tag's line or the next, after an optional "/account" line
_SWIFT_PARTY_TAG = re.compile(r"^\s*:(50[AFK]|59[AF]?):\s*(.*)$")
# "/GB94SOLC...", "/LV61 BKOM 0000 ...", "/USD A/C 1105-...": a party field's line opening with "/" is its account,
# written in groups or with the account's kind; a BIC
_SWIFT_ACCOUNT = re.compile(r"^/.*$|^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")


def swift_parties(lines: list[str]) -> dict[str, str]:
    """{"buyer": ordering customer, "seller": beneficiary} from the party fields of an MT103 message: the first
    line of each field that is neither an account nor a BIC ("1/NAME" of the structured 50F/59F options read as
    NAME); a field without a name line gives nothing."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = _SWIFT_PARTY_TAG.match(line)
        if not m:
            continue
        role = "buyer" if m.group(1).startswith("50") else "seller"
        for cand in [m.group(2), *lines[i + 1:i + 3]]:
            cand = cand.strip()
            if cand.startswith(":"):
                break  # the next field: this one held an account only
            if not cand or _SWIFT_ACCOUNT.match(cand):
                continue
            name = re.sub(r"^1/", "", cand).strip()
            if re.search(r"[^\W\d_]{2}", name) and role not in found:
                found[role] = name[:120]
            break
    return found


# the captions of a bank's payment confirmation (online banking, a transfer slip): who paid, who was paid
# (parsers/vocab/labels.toml [payment_parties]). Matched as a whole cell, so "Beneficiary bank", "Beneficiary
# reference", "Payer account" are none of them
@lru_cache(maxsize=1)
def _payment_captions() -> tuple[frozenset[str], frozenset[str]]:
    """(payer, payee) captions, read from the vocabulary on first use rather than at import."""
    vocab = base_vocab()["payment_parties"]
    return frozenset(vocab["payer"]) | _payer_accounts(), frozenset(vocab["payee"])


@lru_cache(maxsize=1)
def _payer_accounts() -> frozenset[str]:
    """Captions of the account debited, naming the payer by its holder's name."""
    return frozenset(base_vocab()["payment_parties"]["payer_account"])


_PAYMENT_CAPTION = re.compile(r"^\s*(?P<cap>[^:：\d]{2,30}?)\s*(?:[:：]\s*(?P<rest>.*))?$")
# a caption followed by its translation in brackets
_GLOSSED = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


# a bank's name: the issuer of a payment slip, never a party to the trade it pays for
_BANK_NAME = re.compile(r"(?i)(?<![^\W\d_])(?:bank|banco|banque|banca|bankhaus|sparkasse|volksbank|raiffeisenbank|"
                        r"caixa|caja|kreditbank)(?![^\W\d_])|银行|銀行")


def beside_caption(cells: list[str], j: int) -> bool:
    """"Payee | Payment reference | TT-0503": the cell beside caption `j` is the caption of another field, whose
    value (with a digit) follows it in the same row; a name has neither digits nor that value after it."""
    beside = cells[j + 1] if j + 1 < len(cells) else ""
    after = cells[j + 2] if j + 2 < len(cells) else ""
    return bool(beside) and bool(re.search(r"\d", after)) and not re.search(r"[\d:：]", beside) and \
        legal_form_search(beside) is None and not is_company_name(f"{beside} {after}")


def payment_parties(rows: list[list[str]]) -> dict[str, str]:
    """{"buyer": payer, "seller": beneficiary} from the caption/value grid of a payment confirmation ("Paid by |
    Kestrel Ltd.", "Ordenante: Malhas SA", "Beneficiary | Northwind Ltd."): the value beside its caption, or
    after its colon; a role captioned with two different names is dropped. The bank that issues the slip (its
    letterhead) is neither party."""
    def account_caption(cell: str) -> bool:
        m = _PAYMENT_CAPTION.match(cell)
        return m is not None and re.sub(r"\s+", " ", m.group("cap")).strip().lower() in _payer_accounts()

    def role_of(cell: str) -> tuple[str | None, str]:
        m = _PAYMENT_CAPTION.match(cell)
        cap = re.sub(r"\s+", " ", m.group("cap")).strip().lower() if m else ""
        payer, payee = _payment_captions()
        # "Dbtr (Debtor)", "Cdtr (Empfänger)": an ISO 20022 tag glossed in the reader's language; either names it
        caps = {cap, *(g.strip() for g in gloss.groups())} if (gloss := _GLOSSED.fullmatch(cap)) else {cap}
        return ("buyer" if caps & payer else "seller" if caps & payee else None), \
            (m.group("rest") or "" if m else "")

    found: dict[str, set[str]] = {}
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            role, value = role_of(cell)
            beside = cells[j + 1] if j + 1 < len(cells) else ""
            if role is not None and not value:
                # "Payer | Beneficiary" over "A Ltd | B Ltd": captions side by side, each over its value
                below = rows[i + 1] if i + 1 < len(rows) else []
                value = below[j] if (not beside or role_of(beside)[0]) and len(below) == len(cells) else beside
                if beside_caption(cells, j) and j < len(below):
                    value = below[j]  # "Payee | Payment reference | TT-0503": the next field beside, the name below
            value = value.strip(" ,;")
            if role is None or not re.search(r"[^\W\d_]{2}", value) or is_reference_text(value) or \
                    EMAIL_RE.search(value) or re.search(r"\d{4}", value) or is_party_caption(value):
                continue  # an account number, a reference, the next caption: no name
            if account_caption(cell) and re.search(r"\d", value):
                continue  # "From account | xxx-xxxxx2-118": the account's masked number, no holder
            nxt = rows[i + 1] if i + 1 < len(rows) else []
            if value == beside.strip(" ,;") and len(nxt) == 1 and legal_form_search(value) is None and \
                    (form := legal_form_search(nxt[0])) and form.group(0).strip(" ,.") == nxt[0].strip(" ,."):
                # "Compte débité | Distillerie des Îles" over "SARL" alone: the name wrapped in its
                # narrow value cell, its legal form on the next line
                value = f"{value} {nxt[0].strip()}"
            # "Northwind Ltd., Southampton" beside "Northwind Ltd.": one payee, its town after the name
            found.setdefault(role, set()).add(name_without_address(value)[:120])
    return {role: next(iter(names)) for role, names in found.items() if len(names) == 1}


def issuer_card_party(rows: list[list[str]]) -> str | None:
    """The company on the issuer's contact card ("Prepared By" over "Anna Hale" / "Kestrel Works Ltd."): the first
    company name in the caption's column on the next four lines; None when there is none or two cards disagree."""
    contact = [lab for lab in labels("parties") if lab.field == "issuer_contact"]
    names = set()
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            m = match_start(contact, cell.strip().lower())
            if m is None or cell.strip().lower()[m[1].end():].strip(" :："):
                continue
            below = [rows[k][j] if len(rows[k]) == len(cells) else rows[k][0] if len(cells) == len(rows[k]) == 1
                     else "" for k in range(i + 1, min(i + 5, len(rows)))]
            name = next((b.strip(" ,;") for b in below if is_company_name(b.strip(" ,;"))
                         or re.fullmatch(_CJK_COMPANY, b.strip())), None)
            if name:
                names.add(name)
    return names.pop() if len(names) == 1 else None


def bank_advice_customer(texts: list[str]) -> str | None:
    """A bank's debit advice: the bank's name heads the page, the title ("Avis de débit – ...") follows, and under it
    the customer whose account was debited (name, then address or account): the payer, that is the buyer."""
    titles = tuple(base_vocab()["doc_types"]["payment_advice"])
    for k in range(1, min(6, len(texts) - 2)):
        if not texts[k].strip().lower().startswith(titles) or not any(_BANK_NAME.search(t) for t in texts[:k]):
            continue
        name, below = texts[k + 1].strip(" ,;"), texts[k + 2]
        # the name has no digit, colon or caption; an address or account line follows it
        if 2 < len(name) <= 80 and name[:1].isupper() and not re.search(r"[\d:：]", name) and \
                not _BANK_NAME.search(name) and not is_party_caption(name) and re.search(r"\d|,", below):
            return name
        return None
    return None


def bank_advice_window(texts: list[str]) -> tuple[str, list[str]] | None:
    """A bank's debit advice printed for a window envelope: the bank's letterhead (its name, a department or SWIFT
    line) on top, then the customer's address block (a company with its legal form, then street, town, country)
    over or beside the title ("AVISO DE DÉBITO / DEBIT ADVICE"). The company is the account holder, the payer: the
    buyer. Returns the name and the address lines under it (a town or a street read as a party is none)."""
    from parsers.extract.numbers import find_dates

    titles = tuple(base_vocab()["doc_types"]["payment_advice"])
    firsts = [re.split(r"\s{3,}", t.strip())[0] for t in texts[:16]]
    k = next((k for k in range(2, len(firsts))
              if any(c.lower().startswith(titles) for c in re.split(r"\s{3,}", texts[k].strip()))), None)
    if k is None or not any(_BANK_NAME.search(t) for t in firsts[:2]):
        return None
    for j in range(1, k + 1):
        name = firsts[j].strip(" ,;")
        if _BANK_NAME.search(name) or re.search(r"[\d:：]", name) or not is_company_name(name) or \
                not legal_form_search(name):
            continue
        address: list[str] = []
        for cell in firsts[j + 1:j + 7]:
            cell = cell.strip()
            if cell.lower().startswith(titles) or find_dates(cell):
                continue  # the title or the date printed beside the window
            if cell.endswith((":", "：")) or len(cell) > 60 or is_party_caption(cell) or legal_form_search(cell):
                break  # the advice's text, a caption or another company: the window has ended
            address.append(cell)
        # the company stands over one to five address lines, the title at most on its line
        if 1 <= len(address) <= 5:
            return name[:120], address
        return None
    return None


# "De: Helados Paraíso Aruba N.V." over "Para: Northwind Components Ltd.": an order typed in a mail names its
# issuer and its addressee as a memo does (From / To)
_MEMO_FROM = re.compile(r"(?i)^\s*(?:from|de|von|da|van|remitente|expéditeur|发件人|发自)\s*[:：]\s*(?P<name>.+?)\s*$")
_MEMO_TO = re.compile(r"(?i)^\s*(?:to|para|an|à|a|per|aan|destinatario|destinataire|致|收件人)\s*[:：]\s*"
                      r"(?P<name>.+?)\s*$")


def memo_parties(texts: list[str]) -> tuple[str, str] | None:
    """(issuer, addressee) of a "From: <company>" line with a "To: <company>" line right under it (or one line
    apart), both companies with their legal form and no mail address (a quoted mail's header names people and
    addresses: "De: Anna Keller <anna@example.com>")."""
    for i, line in enumerate(texts):
        m = _MEMO_FROM.match(line)
        if m is None:
            continue
        for nxt in texts[i + 1:i + 3]:
            t = _MEMO_TO.match(nxt)
            if t is None:
                continue
            names = [m["name"].strip(" ,;"), t["name"].strip(" ,;")]
            if all(len(n) <= 80 and not re.search(r"[@<>]", n) and is_company_name(n) and legal_form_search(n)
                   for n in names) and names[0].casefold() != names[1].casefold():
                return names[0], names[1]
            break
    return None


# documents the seller issues with a "Prepared By" card (a quotation tool, a pro-forma from the same tool)
_SELLER_CARD_TYPES = {"quotation", "proforma_invoice", "commercial_invoice", "order_confirmation"}


def settle_contract_roles(doc: Document, texts: list[str], conf: dict[str, float], ev: dict[str, Any],
                          rows: list[list[str]] | None = None) -> None:
    """A role the document defines for a named party ("X Ltd. (the "Seller")") overrides a role guessed from the
    layout (letterhead, first company): the contract says it in words. A company under "For the Buyer" in the
    signature block (`rows`: the cells of every line) says it too, where the preamble names no role; so do the
    ordering-customer and beneficiary fields of a SWIFT payment message."""
    found = contract_parties(texts)
    swift: dict[str, str] = {}
    signed = signature_parties(rows or [])
    if doc.doc_type != "contract":
        # an order's or a quote's signature lines only fill a role nothing else named: their captions ("For the
        # customer:") sit among footer lines that may name the issuer
        signed = {role: name for role, name in signed.items() if getattr(doc, role) is None}
    if not set(signed.values()) & set(found.values()):
        found = {**signed, **found}
    if doc.doc_type == "payment_advice":
        paid = payment_parties(rows or [])  # the slip's captions say who paid and who was paid
        found.update(paid)
        if paid and "buyer" not in paid and doc.buyer is not None and _BANK_NAME.search(doc.buyer.name or ""):
            doc.buyer = None  # the bank's letterhead over a slip that names no payer: the bank paid nothing
        # so do a payment message's tags; a caption's name kept where the tag's capitals repeat it
        # a tag's line holds 35 characters: "FORMOSA PRECISION BICYCLE COMPONENT" cut from the caption's full name
        swift = swift_parties(texts)
        found.update({role: name for role, name in swift.items()
                      if not found.get(role, "").casefold().startswith(name.casefold())})
        if "buyer" not in found and (window := bank_advice_window(texts)) and \
                (doc.buyer is None or _BANK_NAME.search(doc.buyer.name or "") or
                 (doc.buyer.name or "").strip() in window[1]):
            found["buyer"] = window[0]  # the customer's address window over the title: its town is no party
        if doc.buyer is None and "buyer" not in found and (customer := bank_advice_customer(texts)):
            found["buyer"] = customer[:120]  # the bank's own advice names its customer under the title
    if doc.seller is None and "seller" not in found and doc.doc_type in _SELLER_CARD_TYPES and \
            (card := issuer_card_party(rows or [])) and (doc.buyer is None or doc.buyer.name != card):
        found["seller"] = card  # a logo for a letterhead: the issuer's company stands on its contact card
    for role, name in found.items():
        have = getattr(doc, role)
        if have is not None and ((have.name or "").casefold() == name.casefold() or
                                 (swift.get(role) == name and (have.name or "").casefold().startswith(name.casefold()))):
            # the same name ("ACME LTD." in a SWIFT field, cut there at 35 characters): the party as read, with its
            # address, stays
            continue
        setattr(doc, role, Party(name=name))
        conf[role], ev[role] = 0.7, {"snippet": name, "rule": "party defined with its role"}
    settle_agent_principal(doc, texts, conf, ev)


# documents their issuer's principal cannot be the seller of: the buyer issues these
_BUYER_ISSUED_TYPES = frozenset({"purchase_order", "payment_advice", "enquiry", "claim", "inspection_report"})


@lru_cache(maxsize=1)
def _agent_vocab() -> tuple[re.Pattern[str], frozenset[str]]:
    vocab = base_vocab()["party_names"]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab["on_behalf_of"], key=len, reverse=True))
    return (re.compile(rf"(?i)(?:^|[\s·,|–-])(?:{alt})\s*[:：]?\s*(.*)$"),
            frozenset(w.casefold() for w in vocab["delivery_party"]))


def agent_principal(texts: list[str]) -> str | None:
    """"Itchen Fulfilment Ltd · Unit 4, … · on behalf of" over "Northwind Components Ltd.": the company an agent
    (a 3PL warehouse, a forwarder) prints the document for, named after the phrase or on the next line, in the
    document's head. A line that opens with the phrase ("For and on behalf of X Ltd", a signature) names no
    agent and is skipped."""
    pat = _agent_vocab()[0]
    for i, line in enumerate(texts[:6]):
        m = pat.search(line)
        if not m or not line[:m.start()].strip(" ·,|–-\t"):
            continue
        rest = m.group(1).strip(" ·,:|")
        if not rest:
            rest = next((t.strip() for t in texts[i + 1:i + 3] if t.strip()), "")
        rest = re.split(r"\s{3,}|\s·\s|\s\|\s", rest)[0].strip(" ,")
        if rest and (is_company_name(rest) or legal_form_search(rest)):
            return rest
    return None


def delivery_party_name(texts: list[str]) -> str | None:
    """The name under a "Ship To" / "Consignee" / "Lieferadresse" caption standing alone on its line (or after
    it on the same line)."""
    captions = _agent_vocab()[1]
    for i, line in enumerate(texts):
        head, _, tail = line.strip().partition(":")
        if head.strip().casefold() not in captions:
            continue
        name = tail.strip() or next((t.strip() for t in texts[i + 1:i + 3] if t.strip()), "")
        name = re.split(r"\s{3,}", name)[0].strip(" ,")
        if name and re.search(r"[^\W\d_]{2}", name) and not refers_to_party(name):
            return name
    return None


def settle_agent_principal(doc: Document, texts: list[str], conf: dict[str, float], ev: dict[str, Any]) -> None:
    """An agent's document "on behalf of" its client: the client is the issuer (the seller), whatever the agent's
    letterhead or a "Client" caption said; the party the goods are shipped to is the buyer."""
    if doc.doc_type in _BUYER_ISSUED_TYPES or (principal := agent_principal(texts)) is None:
        return
    key = principal.casefold().rstrip(".")

    def is_principal(party: Party | None) -> bool:
        name = (party.name or "").casefold().rstrip(".") if party else ""
        return bool(name) and (key.startswith(name) or name.startswith(key))

    agent = doc.seller if doc.seller is not None and not is_principal(doc.seller) else None
    if not is_principal(doc.seller):
        doc.seller = Party(name=principal)
        conf["seller"], ev["seller"] = 0.7, {"snippet": principal, "rule": "agent's principal"}
    if doc.buyer is None or is_principal(doc.buyer) or (agent is not None and doc.buyer.name == agent.name):
        shipped_to = delivery_party_name(texts)
        doc.buyer = Party(name=shipped_to) if shipped_to and shipped_to.casefold() != key else None
        if doc.buyer is not None:
            conf["buyer"], ev["buyer"] = 0.6, {"snippet": shipped_to, "rule": "delivery party of an agent's document"}


# a contact or registration line: the issuer's letterhead carries these, an addressee's block does not
# ("Fon" is German for a phone line, "Fond Doux Road" a street)
_CONTACT_LINE = re.compile(r"(?i)^(?:tel|phone|telephone|fon(?![^\W\d_])|telefon|téléphone|teléfono|fax|mobile|e-?mail|www\.|web|"
                           r"https?://|vat|ust|tva|iva|p\.\s?iva|gst|abn|company\s+(?:no|reg)|reg\.?\s*no|电话|電話)")
# an ERP user id standing where a party name was expected ("Purchaser  GFERRARO"): one capitalised token
_USER_ID = re.compile(r"^[A-Z][A-Z0-9._-]{3,19}$")


def is_user_id(name: str) -> bool:
    """"GFERRARO", "MAGAGNON": a system user code under "Purchaser"/"Acheteur", not a company."""
    return bool(_USER_ID.match(name.strip())) and not re.fullmatch(LEGAL_END, name.strip())


def _block_name(lines: list[str]) -> str | None:
    """The company name that opens a block, joined with a legal form wrapped onto its second line."""
    first = without_firm_marker(lines[0].strip())
    if re.search(r"[:：]", first):
        return None  # "Vendor: Kestrel Ltd.": a labelled cell (or two cells run together), not a block's name
    if prefixed_company(first):
        return first  # "PT Sinar Abadi": the legal form leads the name
    # (a digit before the form is a postcode's end: "Bristol BS1 4AB" names no Swedish "AB")
    if re.search(rf"(?<![A-Za-z\d]){LEGAL_END}\W*$", first) and not (
            len(lines) > 1 and re.fullmatch(rf"(?:de\s+)?{LEGAL_END}\W*", lines[1].strip())):
        return first
    if len(lines) > 1:
        joined = f"{first} {lines[1].strip()}"
        # "Maquinados del Bajío S.A. de" / "C.V.", "Northwind Components" / "Ltd."
        if len(lines[1].strip()) <= 14 and re.search(rf"(?<![A-Za-z\d]){LEGAL_END}\W*$", joined):
            return joined
    return None


def _column_runs(rows: list[list[tuple[float, str]]], gap: int = 1) -> list[list[tuple[int, str]]]:
    """Runs of lines with a cell in one column, at most `gap` lines apart (two columns set on offset baselines
    interleave their lines): [(line, text)] each."""
    columns: dict[float, list[tuple[int, str]]] = {}
    for r, cells in enumerate(rows):
        for x, text in cells:
            key = next((k for k in columns if abs(k - x) <= 4), x)
            columns.setdefault(key, []).append((r, text))
    runs = []
    for cells in columns.values():
        run: list[tuple[int, str]] = []
        for r, text in [*cells, (10**6, "")]:
            if run and r > run[-1][0] + gap:
                runs.append(run)
                run = []
            run.append((r, text))
    return runs


# "M/s Sharma Traders", "Messrs. Sharma Traders": the marker of a firm's name (Messieurs) before an addressee
_FIRM_MARKER = re.compile(r"(?i)^(?:messrs|m/s)\.?\s*[:,]?\s+(?=[^\W\d_]{2})")


def without_firm_marker(line: str) -> str:
    """An addressee line without its "M/s" or "Messrs." marker; other lines unchanged."""
    m = _FIRM_MARKER.match(line.strip())
    return line.strip()[m.end():] if m else line


def _postal_blocks(rows: list[list[tuple[float, str]]], *, inner: bool = False) -> list[str]:
    """Addressee names of the uncaptioned postal address blocks (name, street, postcode and town, no phone or
    e-mail line) that start in the first lines of a page: a company or a person. `inner`: a block may also start
    inside a run of lines (after the issuer's address lines in a document without page positions)."""
    found = []
    for run in _column_runs(rows, gap=2):
        inside = 0  # a block's own lines open no block of their own ("Claire Martin" under "Le Petit Comptoir")
        for start in range(len(run) if inner else 1):
            if start < inside:
                continue
            texts = [t for _, t in run[start:]]
            texts[0] = without_firm_marker(texts[0])  # "M/s Sharma Traders" over its street: the firm's block
            lines = postal_block_name(texts)
            if not lines or run[start][0] > 8 or match_start(labels("parties"), lines[0].lower()) or \
                    match_start(labels("doc_types"), lines[0].lower()) or \
                    any(_CONTACT_LINE.match(t) or EMAIL_RE.search(t) for t in texts[:len(lines) + 2]):
                continue
            party = party_from_block(lines)
            if party is not None and party.name:
                found.append(party.name)
                inside = start + len(lines)
    return found


def is_contact_person(name: str) -> bool:
    """"Awa Ndiaye", "Jean-Luc Roy": two or three capitalised words of a person's name, no company word or legal
    form in them."""
    name = name.strip()
    return bool(_PERSON_NAME.match(name)) and not _BUSINESS_WORD.search(name) and legal_form_search(name) is None


def letterhead_postal_name(rows: list[list[tuple[float, str]]]) -> str | None:
    """The issuer's name at the head of a letterhead without a legal form: the postal address block (name, street,
    town with its postcode) that opens the page's first line at its left; None when the page opens otherwise."""
    if not rows or not rows[0]:
        return None
    x0 = rows[0][0][0]
    column = []  # the left column's lines, up to the first gap of two lines
    for cells in rows[:10]:
        cell = next((t for x, t in cells if abs(x - x0) <= 4), None)
        if cell is None:
            if len(column) and column[-1] is None:
                break
            column.append(None)
            continue
        column.append(cell)
    lines = postal_block_name([c for c in column if c is not None])
    if not lines or match_start(labels("parties"), lines[0].lower()) or match_start(labels("doc_types"), lines[0].lower()):
        return None
    party = party_from_block(lines)
    return party.name if party is not None and party.name else None


def _company_blocks(rows: list[list[tuple[float, str]]]) -> list[tuple[str, bool, list[str]]]:
    """(name, has contact lines, lines) of each run of lines in one column that opens with a company name."""
    columns: dict[float, list[tuple[int, str]]] = {}
    for r, cells in enumerate(rows):
        for x, text in cells:
            key = next((k for k in columns if abs(k - x) <= 4), x)
            columns.setdefault(key, []).append((r, text))
    blocks = []
    for cells in columns.values():
        run: list[tuple[int, str]] = []
        for r, text in [*cells, (10**6, "")]:
            if run and r != run[-1][0] + 1:
                texts = [t for _, t in run]
                name = _block_name(texts)
                if name and run[0][0] <= 6 and len(texts) >= 2:
                    contact = any(_CONTACT_LINE.match(t) or EMAIL_RE.search(t) for t in texts)
                    blocks.append((name, contact, texts))
                run = []
            run.append((r, text))
    return blocks


def address_blocks(rows: list[list[tuple[float, str]]]) -> tuple[Party, Party] | None:
    """(issuer, addressee) from two unlabelled company blocks side by side at the top of a page.

    `rows` are the first lines of page 1 as (x, text) cells. Each block is a run of lines in one column that
    opens with a company name; the block with a phone, e-mail or VAT line is the issuer's letterhead, the one
    with an address only is the addressee. None unless exactly two such blocks and exactly one of them has
    contact lines: no guess."""
    blocks = _company_blocks(rows)
    if len(blocks) != 2 or blocks[0][0] == blocks[1][0] or blocks[0][1] == blocks[1][1]:
        return None
    issuer, addressee = sorted(blocks, key=lambda b: not b[1])
    return Party(name=issuer[0][:120]), Party(name=addressee[0][:120])


def settle_address_blocks(doc: Document, rows: list[list[tuple[float, str]]], buyer_issued: bool,
                          conf: dict[str, float], ev: dict[str, Any]) -> None:
    """Roles still unknown from two unlabelled address blocks: the issuer's (with contact lines) and the
    addressee's; the document type says which is the buyer. A role already found is kept."""
    if doc.doc_type == "other" or (doc.buyer is not None and doc.seller is not None):
        return
    found = address_blocks(rows)
    if not found:
        return
    issuer, addressee = ("buyer", "seller") if buyer_issued else ("seller", "buyer")
    have = {getattr(doc, r).name for r in ("buyer", "seller") if getattr(doc, r) is not None}
    if have - {found[0].name, found[1].name}:
        return  # a labelled party that is neither block: the blocks are something else
    for role, party in ((issuer, found[0]), (addressee, found[1])):
        if getattr(doc, role) is None and party.name not in have:
            setattr(doc, role, party)
            conf[role], ev[role] = 0.5, {"snippet": party.name, "rule": "unlabelled address blocks"}


def is_title(text: str) -> bool:
    """"INVOICE", "QUOTE", "PRO FORMA": a cell that is a document title and nothing more."""
    return whole_label(labels("doc_types"), text.lower().strip(" :："))


def title_column_addressee(rows: list[list[tuple[float, str]]]) -> str | None:
    """The addressee of an accounting package's document (Xero, QuickBooks): the big title at the top left
    ("INVOICE", "PRO FORMA" / "INVOICE"), the customer's name and address below it in the title's column, with no
    caption. `rows` are the first lines of page 1 as (x, text) cells; the other columns (captions, the issuer's
    address) set their lines on baselines of their own, so the block's lines may be a line or two apart. None
    unless a company name opens the block and an address line with a digit follows; a block with a phone or e-mail
    line is a letterhead, not an addressee."""
    title = next(((r, x) for r, cells in enumerate(rows[:3]) for x, t in cells[:1] if is_title(t)), None)
    if title is None:
        return None
    column: list[str] = []
    last = title[0]
    for r in range(title[0] + 1, len(rows)):
        cell = next((t for x, t in rows[r] if abs(x - title[1]) <= 4), None)
        if cell is None:
            if column and r - last >= 3:
                break  # two lines without a cell in the column: the block has ended
            continue
        if not column and (is_title(cell) or (" / " in cell and all(is_title(p) for p in cell.split(" / ")))):
            # "PRO FORMA" / "INVOICE": the title wraps onto a second line; "Lieferschein / Packliste": the title
            # in the customer's language beneath
            last = r
            continue
        column.append(cell)
        last = r
    if len(column) < 2 or any(_CONTACT_LINE.match(t) or EMAIL_RE.search(t) for t in column[:6]):
        return None
    name = _block_name(column)
    # an address line with a digit, or (an address without house numbers or postcodes, as on small islands) the
    # contact person the block is for ("Attention: …")
    if name is None or not any(re.search(r"\d", t) or _ATTENTION_LINE.match(t) for t in column[1:6]):
        return None
    return name


_ATTENTION_LINE = re.compile(r"(?i)^(?:attention|attn\.?|z\.\s?hd\.?|à l'attention de)\s*[:：]?\s+[^\W\d_]")


def settle_addressee(doc: Document, rows: list[list[tuple[float, str]]], buyer_issued: bool,
                     conf: dict[str, float], ev: dict[str, Any]) -> None:
    """The issuer is known, the addressee not: the one other company block with an address at the top of the page
    (the address window under an ERP letterhead) is the addressee; none or several: no guess."""
    issuer, addressee = ("buyer", "seller") if buyer_issued else ("seller", "buyer")
    known = getattr(doc, issuer)
    if doc.doc_type == "other" or known is None or not known.name or getattr(doc, addressee) is not None:
        return
    own = re.sub(r"\W+", "", known.name).casefold()
    others = [b for b in _company_blocks(rows) if re.sub(r"\W+", "", b[0]).casefold() not in own
              and own not in re.sub(r"\W+", "", b[0]).casefold() and any(re.search(r"\d", t) for t in b[2][1:])]
    if (name := title_column_addressee(rows)) is not None and (key := re.sub(r"\W+", "", name).casefold()) not in own \
            and own not in key and all(re.sub(r"\W+", "", b[0]).casefold() == key for b in others):
        # the customer's block under the title (its lines interleaved with the caption column's); another company
        # block on the page (a delivery address) leaves the choice open
        setattr(doc, addressee, Party(name=name[:120]))
        conf[addressee], ev[addressee] = 0.5, {"snippet": name, "rule": "address block under the title"}
        return
    if len(others) == 1:
        setattr(doc, addressee, Party(name=others[0][0][:120]))
        conf[addressee], ev[addressee] = 0.5, {"snippet": others[0][0], "rule": "address block beside the letterhead"}
        return
    if others:
        return
    # no company block: a postal address block without a caption (a shop, a person) is the address window
    names = {n for n in _postal_blocks(rows, inner=True) if re.sub(r"\W+", "", n).casefold() not in own
             and own not in re.sub(r"\W+", "", n).casefold()}
    if len(names) == 1:
        name = names.pop()
        setattr(doc, addressee, Party(name=name[:120]))
        conf[addressee], ev[addressee] = 0.4, {"snippet": name, "rule": "postal address block beside the letterhead"}
        return
    if not names and (name := opposite_letterhead_block(rows, known.name)) is not None:
        setattr(doc, addressee, Party(name=name[:120]))
        conf[addressee], ev[addressee] = 0.4, {"snippet": name, "rule": "company block opposite the letterhead"}


def opposite_letterhead_block(rows: list[list[tuple[float, str]]], issuer: str) -> str | None:
    """The other party's block across the page from the issuer's letterhead (a cloud accounting package's
    estimate or invoice: our name and address top right, the client's name and address top left, perhaps under a
    light caption such as "INVOICE FOR"). The two columns set their lines on offset baselines, so a block's lines
    interleave with the letterhead's. `rows` are the first lines of page 1 as (x, text) cells. The block opens
    with a company name (after at most one caption line without digits) in the page's first lines, in another
    column than the issuer's name, and an address line with a digit follows; None unless exactly one such block."""
    own = re.sub(r"\W+", "", issuer).casefold()
    if not own:
        return None
    head = next((x for cells in rows[:3] for x, t in cells if re.sub(r"\W+", "", t).casefold() == own), None)
    if head is None:
        return None  # the issuer's name is not a letterhead at the top of the page
    found = []
    for run in _column_runs(rows, gap=2):
        r0, first = run[0]
        x = next(x for x, t in rows[r0] if t == first)
        if abs(x - head) <= 40 or r0 > 3:
            continue  # the letterhead's own column, or a block further down the page
        texts = [t for _, t in run]
        for k in range(min(2, len(texts))):
            if any(re.search(r"\d", t) or is_company_name(t) for t in texts[:k]):
                break  # a line with a number (or another company) before the name: no light caption
            name = _block_name(texts[k:])
            if name is None:
                continue
            key = re.sub(r"\W+", "", name).casefold()
            rest = texts[k + 1:k + 5]
            if key and key not in own and own not in key and len(rest) >= 2 and \
                    any(re.search(r"\d", t) for t in rest) and not any(EMAIL_RE.search(t) for t in rest):
                found.append(name)
            break
    return found[0] if len(found) == 1 else None


# "鑫源精密股份有限公司 Hsin Yuan Precision Co., Ltd.": a CJK legal name and its registered Latin one on one line
_BILINGUAL_NAME = re.compile(rf"^[\u3000-\u9fff（）()]+(?:有限公司|公司|集团|集團|株式会社)\s+([A-Za-z].{{1,100}}?{LEGAL_END}\.?)$")


# "Penang Precision Machinery Sdn. Bhd. 槟城精密机械有限公司": the registered Latin name first, its CJK one after
_LATIN_THEN_CJK = re.compile(rf"^([A-Za-z][^\u3000-\u9fff]{{1,100}}?(?<![A-Za-z]){LEGAL_END}\.?)\s*[(（]?"
                             r"[\u3000-\u9fff][\u3000-\u9fff（）()]*[)）]?$")


def latin_of_bilingual(name: str) -> str:
    """The Latin half of a bilingual company name, the one a trade partner abroad records; others unchanged."""
    m = _BILINGUAL_NAME.match(name.strip()) or _LATIN_THEN_CJK.match(name.strip())
    return m.group(1) if m else name


def _as_written(name: str, text: str) -> str:
    """A name read from a letterhead set in capitals, spelt as the document writes it elsewhere (the signature,
    the bank details): "NORTHWIND COMPONENTS LTD." -> "Northwind Components Ltd."; unchanged when it never is."""
    if not text or name != name.upper() or not re.search(r"[^\W\d_]", name):
        return name
    for m in re.finditer(re.escape(name).replace(r"\ ", r"\s+"), text, re.I):
        if m.group(0) != m.group(0).upper():
            return re.sub(r"\s+", " ", m.group(0))
    return name


# "Doc No. 单据号码 Kowloon Tools Ltd.": a number caption (in two languages) run into the name beside it
_CAPTION_BEFORE_NAME = re.compile(r"^(?:[^\W\d_]{2,12}\.?\s+)?(?:No|Nr|N[°º])\.?\s*[\u3000-\u9fff]{0,8}[:：]?\s+(?=[A-Z])")


# the addressee's marker before the name in an address window: "Messrs.", "M/s", "Sres.", "Spett.le", "致：",
# "(An die) Firma"
_ADDRESSEE_BEFORE_NAME = re.compile(r"(?i)^(?:messrs\.?|m/s\.?|sres\.?|señores|srs\.?|senhores|spett\.?\s?le|"
                                    r"(?:an\s+(?:die\s+)?)?firma|to|attn\.?|致|敬致)"
                                    r"(?:\s*[:：,]\s*|\s+|(?<=[致]))(?=\S)")


def name_after_caption(name: str) -> str:
    """A company name with a number caption or an addressee's marker ("Sres.", "M/s", "致：", "Firma") run into its
    start, without it; unchanged otherwise (and when what follows names no company)."""
    if (rest := without_firm_marker(name)) != name:
        return rest  # "M/s" and "Messrs." only ever stand before a firm's name, whatever its form
    for pattern in (_CAPTION_BEFORE_NAME, _ADDRESSEE_BEFORE_NAME):
        m = pattern.match(name)
        rest = name[m.end():] if m else ""
        if rest and (is_company_name(rest) or re.fullmatch(_CJK_COMPANY, rest)):
            return rest
    return name


# ", Southampton", ", Hong Kong", ", Saint-Étienne": a place name of a few capitalised words after a comma
_PLACE_AFTER_FORM = re.compile(r"\.?,\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2}\s*")


def name_without_address(name: str) -> str:
    """"Alpenland Fördertechnik GmbH Gewerbepark Süd 7": a name and its address read as one cell end at the legal
    form when a house number or postcode follows it; unchanged otherwise."""
    if cut := tax_id_start(name):
        name = name[:cut].strip(" ,;")  # "…, INN 301 222 333, Mustaqillik ko'chasi 5": a tax number and what follows
    m = legal_form_search(name)
    if m is None or not is_company_name(name[:m.end()]):
        return name
    rest = name[m.end():]
    if re.match(r"\.?[\s,;]+\S", rest) and re.search(r"\d", rest) and not legal_form_search(rest):
        return name[:m.end()].rstrip(" ,;")
    if _PLACE_AFTER_FORM.fullmatch(rest) and not LEGAL_ONLY_RE.fullmatch(rest.strip(" .,")):
        # "Northwind Components Ltd., Southampton": the town after the form's comma is where, not who
        return name[:m.end()].rstrip(" ,;")
    if (after := re.fullmatch(r"\.?\s*[,;]\s*(.+)", rest)) and is_contact_person(after.group(1)):
        # "Araks Drinks CJSC, Anna Petrosyan": the contact person glued to the company after the form's comma
        return name[:m.end()].rstrip(" ,;")
    return name


_BRACKET_PAIRS = {"(": ")", "[": "]", "（": "）"}


def unbracketed(name: str) -> str:
    """"(Northwind Components Ltd.)": a name wholly enclosed in one pair of brackets (a role's caption followed by
    the company in brackets) is the name inside; brackets within a name ("X (Pty) Ltd", "Y (Moçambique), Lda.",
    "(A) and (B)") stay."""
    s = name.strip()
    close = _BRACKET_PAIRS.get(s[:1])
    if close is None or not s.endswith(close) or len(s) < 3:
        return name
    depth = 0
    for n, ch in enumerate(s):
        depth += (ch == s[0]) - (ch == close)
        if depth == 0 and n < len(s) - 1:
            return name  # the first bracket closes before the end: "(A) and (B)"
    return s[1:-1].strip() if depth == 0 else name


@lru_cache(maxsize=1)
def _department_lead() -> re.Pattern[str]:
    words = sorted(base_vocab()["party_names"]["departments"], key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i)^(?:{alt})\s*(?:[,;:/|·]|\s[–—-])\s*(?=\S)")


def without_department(name: str) -> str:
    """"Accounts Payable, Harbour Traders Pty Ltd", "Einkauf – Nordstahl GmbH": the department that leads the line
    is cut off when a company's name follows it; unchanged otherwise."""
    m = _department_lead().match(name.strip())
    rest = name.strip()[m.end():] if m else ""
    return rest if rest and (legal_form_search(rest) or is_company_name(rest)) else name


def without_monogram(name: str, text: str = "") -> str:
    """"NC Northwind Components Ltd.": a logo's monogram, the initials of the name that follows it in capitals,
    read on the name's line before it is no part of the name ("NCL Northwind Cargo Line" too; "KSB Pumps Ltd",
    whose letters are not the next words' initials, keeps them)."""
    m = re.match(r"([A-Z]{2,4})\s+(?=\S)", name)
    if m is None:
        return name
    mono, rest = m.group(1), name[m.end():]
    words = re.findall(r"[^\W\d_][\w'’&.-]*", rest)
    if len(words) <= len(mono) - 1 or "".join(w[0] for w in words[:len(mono)]) != mono or \
            not any(w[1:2].islower() for w in words[:len(mono)]):
        return name
    # A logo stands once, beside the letterhead; initials that are part of the registered name ("MVM Musterhafter
    # Versicherungsverein Musterstadt a.G.") come back wherever the name is written (address box, footer).
    if len(re.findall(rf"\b{mono}\s+{re.escape(words[0])}\b", text)) >= 2:
        return name
    return rest


EMPTY_BRACKETS_RE = re.compile(r"\s*(?:\(\s*\)|（\s*）|\[\s*\])\s*$")


def tidy_party_names(doc: Document, text: str = "") -> None:
    """Party names as one name: the Latin half of a bilingual CJK/Latin name; a name in capitals as written
    elsewhere in `text`; an address run into the name cut off."""
    for role in ("buyer", "seller"):
        party = getattr(doc, role)
        if party is not None and party.name:
            party.name = name_without_address(_as_written(latin_of_bilingual(name_after_caption(
                without_department(unbracketed(without_monogram(party.name, text))))), text))
            # "Northwind Components Ltd. ()": an ERP prints the partner's account number in brackets after the
            # name; where the number field is blank, the empty brackets are no part of the name
            party.name = EMPTY_BRACKETS_RE.sub("", party.name) or party.name
