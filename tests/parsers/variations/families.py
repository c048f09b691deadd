"""Document families: contracts, CPQ quotes, transport documents, claim reports, bank receipts, bilingual POs, ASNs.

The header generator (headers.py) makes invoice/order-like documents with captioned fields; the blind sets keep
showing other families whose fields sit in a document's own structure (a preamble naming the parties, a signing
line with the date, a card with the number above it, numbered form boxes, a key/value receipt). Each family here
is drawn with its placements and wording in en/de/fr/es/zh, labels by construction (the corpus conventions of
tests/corpus/README.md and the earlier splits' labels), and scored per family and per field.

    .venv/bin/python -m tests.parsers.variations.families OUTDIR [--n 60] [--seed 1] [--no-pdf] [--failures]
        [--only contract,transport] [--json FILE]
    .venv/bin/python -m tests.parsers.variations.families OUTDIR --score-only [--failures]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.parsers.variations.generate import ADDRESSES, html_to_pdf, to_pdf
from tests.parsers.variations.headers import (
    INCOTERMS,
    PEOPLE,
    PLACES,
    TERMS,
    HeaderDoc,
    _date_text,
    _money,
    render_docx,
    render_html,
    render_xlsx,
)

FAMILIES = ("contract", "cpq_quote", "transport", "claim_report", "bank_receipt", "bilingual", "shipping_notice")
FIELDS = ("doc_type", "number", "order_number", "date", "currency", "subtotal", "tax", "total", "incoterms",
          "payment_terms", "buyer", "seller", "tracking_numbers", "signed")
LANGS = ("en", "de", "fr", "es", "zh")
# party names with the legal forms of many countries (not only the ones the vocabulary grew up with)
FIRMS = {"en": ["Kestrel Marine Supplies Pty Ltd", "Harbor Tools Ltd", "Pinecrest Supply Inc.", "Baltic Timber Oy",
                "Nordkap Maskin AS", "Redwood Process Equipment LLC", "Anatolia Makina A.Ş.", "Vltava Strojírny s.r.o."],
         "de": ["Müller Antriebstechnik GmbH", "Rheinmetallbau AG", "Schwarz & Söhne KG", "Alpenblick Fördertechnik "
                "GmbH & Co. KG", "Brno Armatury a.s."],
         "fr": ["Atelier Dupont SARL", "Lumières de Lyon SAS", "Fournitures Bretonnes SA", "Abidjan Équipements SA"],
         "es": ["Suministros Ibéricos S.L.", "Tornillería Levante S.A.", "Agroindustrial del Cauca S.A.S.",
                "Maquinados del Norte S.A. de C.V."],
         "zh": ["宁波华强五金有限公司", "深圳明辉电子有限公司", "杭州远航贸易有限公司", "青岛海融机械有限公司"]}
# an English company name followed by its Chinese name (Malaysia, Singapore, Hong Kong, Taiwan letterheads)
BILINGUAL_FIRMS = [("Perak Precision Engineering Sdn. Bhd.", "霹雳精密工程有限公司"),
                   ("Golden Harvest Trading Pte. Ltd.", "金丰贸易私人有限公司"),
                   ("Kowloon Industrial Supplies Ltd.", "九龙工业供应有限公司"),
                   ("Formosa Fastener Co., Ltd.", "福尔摩沙螺丝股份有限公司")]
CITIES = {"en": ["Southampton", "Manchester", "Chicago", "Gothenburg"], "de": ["Hamburg", "Stuttgart", "Wien"],
          "fr": ["Lyon", "Paris", "Abidjan"], "es": ["Valencia", "Bogotá", "Monterrey"], "zh": ["上海", "宁波", "深圳"]}
MORE_ADDR = ["Storgatan 14, 722 12 Västerås, Sweden", "Jalan Perusahaan 3, 31200 Ipoh, Malaysia",
             "Carrera 7 # 71-21, Bogotá, Colombia", "Průmyslová 12, 779 00 Olomouc, Czech Republic",
             "Boulevard VGE, Abidjan, Côte d'Ivoire"]
CURRENCIES = {"en": ["USD", "EUR", "GBP", "SEK"], "de": ["EUR", "CHF"], "fr": ["EUR", "XOF"], "es": ["EUR", "USD", "COP"],
              "zh": ["CNY", "USD"]}


def _addr(r: random.Random, lang: str) -> str:
    return r.choice(ADDRESSES[lang] + MORE_ADDR[:2])


def _firms(r: random.Random, lang: str) -> tuple[str, str]:
    """(ours, theirs): two different companies; the other party may be from any country."""
    a = r.choice(FIRMS[lang])
    b = r.choice([c for cl in FIRMS.values() for c in cl if c != a])
    return a, b


def _docno(r: random.Random, prefixes: list[str]) -> str:
    y = r.randint(2025, 2026)
    return r.choice([f"{r.choice(prefixes)}-{y}-{r.randint(1, 9999):04d}", f"{r.choice(prefixes)}{y % 100:02d}{r.randint(1000, 99999)}",
                     f"{r.choice(prefixes)}/{y % 100:02d}/{r.randint(10, 999):03d}", str(r.randint(100000, 9999999))])


def _po(r: random.Random) -> str:
    return r.choice([f"45000{r.randint(10000, 99999)}", f"PO-{r.randint(2025, 2026)}-{r.randint(100, 9999)}",
                     f"OC-{r.randint(2025, 2026)}-{r.randint(100, 999):05d}", f"BE{r.randint(100000, 999999)}",
                     f"{r.choice('ABCDEFGHKLMNP')}{r.choice('ABCDEFGHKLMNP')}-PO-{r.randint(1000, 9999)}"])


def _items(r: random.Random) -> tuple[list[dict[str, Any]], Decimal]:
    items = []
    subtotal = Decimal(0)
    for k in range(r.randint(2, 4)):
        qty = Decimal(r.choice([1, 2, 5, 10, 20, 50, 100, 250]))
        price = Decimal(r.randint(50, 99999)) / 100
        amt = (qty * price).quantize(Decimal("0.01"))
        subtotal += amt
        items.append({"sku": f"{r.choice('ABHKMPTX')}{r.choice('CDEFGJ')}-{r.randint(100, 9999)}-{k}",
                      "description": r.choice(["Hex bolt M8x40", "Ball bearing 6204-2RS", "Gear motor 0.75 kW",
                                               "Pressure gauge 0-10 bar", "PVC ball valve DN25", "Band saw blade 27x0.9",
                                               "Hydraulic valve block", "Conveyor roller 50 mm"]),
                      "quantity": float(qty), "unit_price": str(price), "amount": str(amt)})
    return items, subtotal


ITEM_HEADS = {"en": ["Item No.", "Description", "Qty", "Unit Price", "Amount"],
              "de": ["Art.-Nr.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis"],
              "fr": ["Référence", "Désignation", "Qté", "Prix unitaire", "Montant"],
              "es": ["Código", "Descripción", "Cantidad", "Precio unitario", "Importe"],
              "zh": ["货号", "品名", "数量", "单价", "金额"]}


def _item_rows(items: list[dict[str, Any]], lang: str, heads: list[str] | None = None) -> list[list[str]]:
    return [heads or ITEM_HEADS[lang]] + [[it["sku"], it["description"], f"{int(it['quantity'])}",
                                           _money(Decimal(it["unit_price"]), lang), _money(Decimal(it["amount"]), lang)]
                                          for it in items]


def _slug(name: str) -> str:
    """A mail/web domain for a company (ASCII; a Chinese name gets a pinyin-less stand-in)."""
    word = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalnum())
    return word or "cn-trade"


def _twin(table: dict[str, dict[str, Any]], lang: str, cap: str) -> str:
    """'Caption / English caption' ('报告编号 Report No.' in Chinese): the bilingual forms of international companies."""
    for key, local in table[lang].items():
        options = local if isinstance(local, list) else [local]
        if key != "title" and cap in options:
            en = table["en"][key]
            en_cap = en[options.index(cap) % len(en)] if isinstance(en, list) else en
            return f"{cap} {en_cap}" if lang == "zh" else f"{cap} / {en_cap}"
    return cap


def _truth(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {f: None for f in FIELDS}
    base.update(tracking_numbers=[], line_items=[])
    base.update(kw)
    return base


def _day(r: random.Random) -> date:
    return date(r.choice([2025, 2026]), r.randint(1, 12), r.randint(13, 28))


# ---- 1. contracts / sales agreements -------------------------------------------------------------------------

CONTRACT_TITLE = {"en": ["SALES CONTRACT", "CONTRACT OF SALE", "Sales Agreement", "PURCHASE AGREEMENT"],
                  "de": ["KAUFVERTRAG", "Liefervertrag"], "fr": ["CONTRAT DE VENTE", "Contrat de fourniture"],
                  "es": ["CONTRATO DE COMPRAVENTA", "Contrato de suministro"], "zh": ["销售合同", "购销合同"]}
CONTRACT_NO = {"en": ["Contract No.", "Agreement No.", "Contract Number"], "de": ["Vertrags-Nr.", "Vertragsnummer"],
               "fr": ["Contrat n°", "N° de contrat"], "es": ["Contrato nº", "Número de contrato"], "zh": ["合同编号", "合同号"]}
ROLE = {"en": ('"the Seller"', '"the Buyer"'), "de": ("„Verkäufer“", "„Käufer“"), "fr": ("« le Vendeur »", "« l'Acheteur »"),
        "es": ("«el Vendedor»", "«el Comprador»")}


def _party_para(lang: str, name: str, addr: str, role: str, first: bool, form: str) -> str:
    if lang == "en":
        hn = {"hereinafter": f"(hereinafter referred to as {role})", "the": f"(the {role.replace('the ', '')})",
              "caps": f"(hereinafter {role})"}[form]
        return f"{'BETWEEN: ' if first and form == 'caps' else ''}{name}, a company having its registered office at " \
               f"{addr} {hn}{',' if first else '.'}"
    if lang == "de":
        return f"{name}, {addr}\n– nachstehend {role} genannt –"
    if lang == "fr":
        return f"{name}, société dont le siège social est situé {addr}, ci-après dénommée {role}, " \
               f"{'d’une part,' if first else 'd’autre part.'}"
    return f"{'De una parte, ' if first else 'Y de otra parte, '}{name}, con domicilio en {addr}, en adelante {role}" \
           f"{';' if first else '.'}"


def make_contract(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-contract-{i}")
    seller, buyer = _firms(r, lang)
    if r.random() < 0.5:
        seller, buyer = buyer, seller  # our side may be the buyer (a customer's contract)
    d = _day(r)
    number = _docno(r, ["SC", "CT", "SA", "KV", "CV"])
    po = _po(r) if r.random() < 0.6 else None
    cur = r.choice(CURRENCIES[lang])
    terms = r.choice(TERMS[lang])
    inco = f"{r.choice(INCOTERMS)} {r.choice(PLACES)}"
    items, subtotal = _items(r)
    signed = r.random() < 0.5
    date_at = r.choice(["opening", "signing", "signing", "both"])
    if signed and date_at == "signing" and r.random() < 0.4:
        date_at = "signature_block"  # each signatory dates the signature ("Date: …" under the name), no signing line
    order = r.choice(["seller_first", "buyer_first"])
    number_at = r.choice(["title", "caption", "below_title", "page_footer"])
    date_style = "cjk" if lang == "zh" else r.choice(["long", "long", "dotted", "slash"])
    city = r.choice(CITIES[lang])
    dt = _date_text(d, lang, date_style, r)
    d_po = d - timedelta(days=r.randint(2, 12))
    d_del = d + timedelta(days=r.randint(30, 90))
    d_valid = d + timedelta(days=r.randint(120, 365))
    doc.truth = _truth(doc_type="contract", number=number, order_number=po, date=d.isoformat(), currency=cur,
                       subtotal=str(subtotal), total=str(subtotal), incoterms=inco, payment_terms=terms, buyer=buyer,
                       seller=seller, signed=signed, line_items=items)
    doc.axes.update(date_at=date_at, party_order=order, number_at=number_at, signed=str(signed), po=str(bool(po)))
    b = doc.blocks
    title = r.choice(CONTRACT_TITLE[lang])
    cap = r.choice(CONTRACT_NO[lang])
    sep = "：" if lang == "zh" else ": "
    if number_at == "title":
        b.append(("title", f"{title} {'No.' if lang == 'en' else 'Nr.' if lang == 'de' else 'N°' if lang == 'fr' else 'Nº' if lang == 'es' else '编号'} {number}"))
    elif number_at == "page_footer":  # only in the running footer of each page, as word processors print it
        b.append(("title", title))
        b.append(("footer", f"{cap} {number} – {'第 1 页' if lang == 'zh' else 'Page 1 / 2'}"))
    else:
        b.append(("title", title))
        b.append(("p", f"{cap}{sep}{number}" if number_at == "caption" else f"No. {number}"))
    parties = [(seller, _addr(r, lang), 0), (buyer, r.choice([a for al in ADDRESSES.values() for a in al] + MORE_ADDR), 1)]
    if order == "buyer_first":
        parties.reverse()
    opening_date = date_at in ("opening", "both")
    if lang == "zh":
        if opening_date:
            b.append(("p", f"签订日期：{dt}"))
        jia_is_buyer = order == "buyer_first"
        for k, (name, addr, role) in enumerate(parties):
            party = "甲方" if k == 0 else "乙方"
            rl = "卖方" if role == 0 else "买方"
            form = r.choice(["paren", "plain", "later"])
            if form == "paren":
                b.append(("p", f"{party}（{rl}）：{name}\n地址：{addr}"))
            elif form == "plain":
                b.append(("p", f"{rl}：{name}\n地址：{addr}"))
            else:
                b.append(("p", f"{party}：{name}（以下简称“{party}”）\n地址：{addr}"))
                doc.axes["zh_roles_later"] = "yes"
        if doc.axes.get("zh_roles_later"):
            b.append(("p", f"甲方为本合同{'买方' if jia_is_buyer else '卖方'}，乙方为本合同{'卖方' if jia_is_buyer else '买方'}。"))
        b.append(("p", "经双方友好协商，签订本合同如下："))
    else:
        form = r.choice(["hereinafter", "the", "caps"])
        # party names in capitals in the preamble (as many law firms type them); the comparison ignores case
        caps_names = random.Random(f"{seed}-contract-caps-{i}").random() < 0.3
        doc.axes["caps_names"] = str(caps_names)
        opening = {"en": [f"This {title.title()} is made on {dt} between:", f"This {title.title()} is dated as of {dt} "
                          "and entered into by and between:"],
                   "de": [f"Dieser Vertrag wird am {dt} geschlossen zwischen"],
                   "fr": [f"Le présent contrat est conclu le {dt} entre les soussignés :"],
                   "es": [f"En {city}, a {dt}, REUNIDOS:"]}[lang] if opening_date else \
            {"en": [f"This {title.title()} is made between:", "BETWEEN THE UNDERSIGNED:"],
             "de": ["Zwischen"], "fr": ["Entre les soussignés :"], "es": ["REUNIDOS:", "De común acuerdo:"]}[lang]
        if lang == "en" and r.random() < 0.3:
            # both parties in one sentence (US style): 'by and between A ("Seller") and B ("Buyer")'
            doc.axes["one_sentence"] = "yes"
            (n1, a1, r1), (n2, a2, r2) = parties
            role = ('("Seller")', '("Buyer")')
            when = f", effective {dt}," if opening_date else ""
            b.append(("p", f"This {title.title()} (the \"Agreement\") is entered into{when} by and between {n1}, "
                           f"with offices at {a1} {role[r1]}, and {n2}, with offices at {a2} {role[r2]}."))
        else:
            b.append(("p", r.choice(opening)))
            for k, (name, addr, role) in enumerate(parties):
                if k == 1 and lang != "es":  # Spanish: "Y de otra parte," opens the second party's paragraph
                    b.append(("p", {"en": "AND:" if form == "caps" else "and", "de": "und", "fr": "ET"}[lang]))
                shown = name.upper() if caps_names else name
                b.append(("p", _party_para(lang, shown, addr, ROLE[lang][role], k == 0, form)))
        if lang == "en" and r.random() < 0.4:
            # recitals naming a third company (the end customer, a group parent): neither buyer nor seller
            third = r.choice([c for cl in FIRMS.values() for c in cl if c not in (buyer, seller)])
            b.append(("p", f"WHEREAS the Buyer supplies equipment to {third} under a separate agreement; and\n"
                           "WHEREAS the Seller manufactures the goods described in Article 1;"))
            doc.axes["recitals"] = "yes"
        b.append(("p", {"en": "The parties have agreed as follows:", "de": "Es wird Folgendes vereinbart:",
                        "fr": "Il a été convenu et arrêté ce qui suit :", "es": "Ambas partes acuerdan lo siguiente:"}[lang]))
    pdt = _date_text(d_po, lang, date_style, r)
    art = {"en": "Article", "de": "§", "fr": "Article", "es": "Cláusula", "zh": "第"}[lang]

    def head(n: int, text: str) -> str:
        return f"第{'一二三四五六'[n - 1]}条 {text}" if lang == "zh" else f"{art} {n} – {text}"

    goods = {"en": "Goods", "de": "Vertragsgegenstand", "fr": "Objet", "es": "Objeto", "zh": "货物"}[lang]
    intro = ""
    if po:
        intro = {"en": f"This contract covers the Buyer's purchase order No. {po} dated {pdt}.",
                 "de": f"Dieser Vertrag bezieht sich auf die Bestellung des Käufers Nr. {po} vom {pdt}.",
                 "fr": f"Le présent contrat fait suite au bon de commande de l'Acheteur n° {po} du {pdt}.",
                 "es": f"El presente contrato se refiere a la orden de compra del Comprador nº {po} de fecha {pdt}.",
                 "zh": f"本合同依据买方采购订单 {po}（{pdt}）订立。"}[lang]
    b.append(("p", head(1, goods) + ("\n" + intro if intro else "")))
    rows = _item_rows(items, lang)
    if random.Random(f"{seed}-contract-heads-{i}").random() < 0.4:
        rows[0] = [*rows[0][:3], f"{rows[0][3]} ({cur})", f"{rows[0][4]} ({cur})"]  # "Unit Price (USD)"
    total_word = {"en": "Total", "de": "Gesamt", "fr": "Total", "es": "Total", "zh": "合计"}[lang]
    rows.append(["", f"{total_word} {cur}", "", "", _money(subtotal, lang)])
    b.append(("items", {"rows": rows, "ruled": r.random() < 0.6}))
    money = _money(subtotal, lang)
    price = {"en": f"The total contract price is {cur} {money}, not subject to escalation.",
             "de": f"Der Gesamtpreis beträgt {money} {cur} (Festpreis).",
             "fr": f"Le prix total du présent contrat s'élève à {money} {cur}, ferme et non révisable.",
             "es": f"El precio total del contrato asciende a {money} {cur}.", "zh": f"合同总金额：{cur} {money}"}[lang]
    b.append(("p", head(2, {"en": "Price", "de": "Preis", "fr": "Prix", "es": "Precio", "zh": "价格"}[lang]) + "\n" + price))
    ddel = _date_text(d_del, lang, date_style, r)
    deliv = {"en": f"Delivery terms: {inco} (Incoterms® 2020). Latest delivery date: {ddel}.",
             "de": f"Lieferbedingung: {inco} (Incoterms® 2020). Liefertermin spätestens am {ddel}.",
             "fr": f"Conditions de livraison : {inco} (Incoterms® 2020). Livraison au plus tard le {ddel}.",
             "es": f"Condiciones de entrega: {inco} (Incoterms® 2020). Plazo de entrega: a más tardar el {ddel}.",
             "zh": f"交货条件：{inco}\n交货期：{ddel}前"}[lang]
    b.append(("p", head(3, {"en": "Delivery", "de": "Lieferung", "fr": "Livraison", "es": "Entrega", "zh": "交货"}[lang])
              + "\n" + deliv))
    pay_head = {"en": "Payment", "de": "Zahlung", "fr": "Paiement", "es": "Pago", "zh": "付款"}[lang]
    pay_cap = {"en": "Payment terms", "de": "Zahlungsbedingungen", "fr": "Conditions de paiement",
               "es": "Forma de pago", "zh": "付款方式"}[lang]
    # the terms under a caption, or alone under the article heading (the heading is the caption)
    terms_form = "caption" if r.random() < 0.6 else "under_heading"
    doc.axes["terms_form"] = terms_form
    b.append(("p", head(4, pay_head) + "\n" + (f"{pay_cap}{sep}{terms}" if terms_form == "caption" else terms)))
    dval = _date_text(d_valid, lang, date_style, r)
    b.append(("p", head(5, {"en": "Validity", "de": "Laufzeit", "fr": "Durée", "es": "Vigencia", "zh": "有效期"}[lang]) + "\n"
              + {"en": f"This contract enters into force upon signature by both parties and remains valid until {dval}.",
                 "de": f"Der Vertrag tritt mit Unterzeichnung durch beide Parteien in Kraft und gilt bis zum {dval}.",
                 "fr": f"Le présent contrat entre en vigueur à sa signature par les deux parties et reste valable "
                       f"jusqu'au {dval}.",
                 "es": f"El presente contrato entra en vigor a su firma por ambas partes y es válido hasta el {dval}.",
                 "zh": f"本合同自双方签字盖章之日起生效，有效期至{dval}。"}[lang]))
    if date_at in ("signing", "both"):
        b.append(("p", r.choice({"en": [f"Done at {city} on {dt}, in two originals.", f"Signed at {city} on {dt}.",
                                        f"Executed in {city}, {dt}."],
                                 "de": [f"Geschehen zu {city}, am {dt}", f"{city}, den {dt}"],
                                 "fr": [f"Fait à {city}, le {dt}, en deux exemplaires originaux."],
                                 "es": [f"Hecho en {city}, a {dt}, por duplicado.",
                                        f"Y en prueba de conformidad, firman el presente en {city}, a {dt}."],
                                 "zh": [f"签订地点：{city}    签订日期：{dt}", f"本合同于{dt}在{city}签订，一式两份。"]}[lang])))
    else:
        b.append(("p", {"en": "Done in two originals, one for each party.", "de": "Ausgefertigt in zwei Originalen.",
                        "fr": "Fait en deux exemplaires originaux.", "es": "Hecho por duplicado.",
                        "zh": "本合同一式两份，双方各执一份。"}[lang]))
    for_s, for_b = {"en": ("For the Seller", "For the Buyer"), "de": ("Für den Verkäufer", "Für den Käufer"),
                    "fr": ("Pour le Vendeur", "Pour l'Acheteur"), "es": ("Por el Vendedor", "Por el Comprador"),
                    "zh": ("卖方（盖章）", "买方（盖章）")}[lang]
    p1, p2 = r.sample(PEOPLE, 2)
    if signed:
        mark = r.choice({"en": ["/s/ {p}", "Signed: {p}", "DocuSigned by: {p}"], "de": ["gez. {p}", "/s/ {p}"],
                         "fr": ["Signé : {p}", "Lu et approuvé – signé {p}"], "es": ["Fdo.: {p}", "Firmado: {p}"],
                         "zh": ["签字：{p}", "授权代表签字：{p}"]}[lang])
        cells = [mark.format(p=p1), mark.format(p=p2)]
        if date_at == "signature_block":
            dcap = {"en": "Date:", "de": "Datum:", "fr": "Date :", "es": "Fecha:", "zh": "日期："}[lang]
            cells = [f"{c}\n{dcap} {dt}" for c in cells]
    else:
        blank = {"en": "____________________\nName:\nTitle:", "de": "____________________\nName, Funktion",
                 "fr": "Signature : ____________________\nNom et qualité :", "es": "Firma: ____________________\nNombre:",
                 "zh": "签字：____________\n日期："}[lang]
        cells = [blank, blank]
    names = [seller, buyer]
    rows2 = [[for_s, for_b], names, cells] if order == "seller_first" else [[for_b, for_s], names[::-1], cells]
    b.append(("table", {"rows": rows2, "ruled": False}))


# ---- 2. quotations from CPQ / web tools ---------------------------------------------------------------------

CPQ = {"en": {"title": ["Quote", "QUOTATION", "Sales Quote", "Proposal"],
              "no": ["Quote #", "Quote Number", "Quote No.", "Reference", "Proposal #"],
              "date": ["Quote Date", "Created", "Date Issued", "Quote created"],
              "exp": ["Expiration Date", "Valid Until", "Expires", "Quote expires"],
              "for": "Prepared For", "by": "Prepared By", "sub": "Subtotal", "tax": "Tax", "total": "Quote Total",
              "terms": "Payment Terms", "ship": "Shipping Terms", "heads": ["Product", "Description", "Qty", "List Price",
                                                                            "Discount", "Net Price", "Extended"],
              "accept": "Accepted by (Customer)\nSignature: ____________   Name: ____________   Date: ____________"},
       "de": {"title": ["Angebot", "ANGEBOT"], "no": ["Angebotsnummer", "Angebot #", "Angebots-Nr.", "Referenz"],
              "date": ["Angebotsdatum", "Erstellt am", "Angebot erstellt"], "exp": ["Gültig bis", "Ablaufdatum",
                                                                                  "Angebot läuft ab"], "for": "Erstellt für",
              "by": "Erstellt von", "sub": "Zwischensumme", "tax": "MwSt.", "total": "Angebotssumme",
              "terms": "Zahlungsbedingungen", "ship": "Lieferbedingungen",
              "heads": ["Produkt", "Beschreibung", "Menge", "Listenpreis", "Rabatt", "Nettopreis", "Gesamt"],
              "accept": "Auftragserteilung (Kunde)\nUnterschrift: ____________   Datum: ____________"},
       "fr": {"title": ["Devis", "DEVIS"], "no": ["N° de devis", "Devis n°", "Numéro de devis"],
              "date": ["Date du devis", "Créé le"], "exp": ["Date d'expiration", "Valable jusqu'au"],
              "for": "Préparé pour", "by": "Préparé par", "sub": "Sous-total", "tax": "TVA", "total": "Total du devis",
              "terms": "Conditions de paiement", "ship": "Conditions de livraison",
              "heads": ["Produit", "Description", "Qté", "Prix catalogue", "Remise", "Prix net", "Total"],
              "accept": "Bon pour accord (client)\nSignature : ____________   Date : ____________"},
       "es": {"title": ["Cotización", "PRESUPUESTO"], "no": ["Nº de cotización", "Cotización #", "Número de presupuesto"],
              "date": ["Fecha de cotización", "Creada"], "exp": ["Fecha de vencimiento", "Válida hasta"],
              "for": "Preparado para", "by": "Preparado por", "sub": "Subtotal", "tax": "IVA", "total": "Total cotización",
              "terms": "Condiciones de pago", "ship": "Condiciones de entrega",
              "heads": ["Producto", "Descripción", "Cant.", "Precio lista", "Dto.", "Precio neto", "Total"],
              "accept": "Aceptación del cliente\nFirma: ____________   Fecha: ____________"},
       "zh": {"title": ["报价单"], "no": ["报价单号", "报价编号"], "date": ["报价日期", "创建日期"], "exp": ["有效期至", "失效日期"],
              "for": "客户", "by": "报价人", "sub": "小计", "tax": "税额", "total": "报价总额", "terms": "付款条件",
              "ship": "交货条件", "heads": ["产品", "描述", "数量", "目录价", "折扣", "净价", "金额"],
              "accept": "客户确认：____________   日期：____________"}}


def make_cpq_quote(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-cpq-{i}")
    w = CPQ[lang]
    seller, buyer = _firms(r, lang)
    d = _day(r)
    exp = d + timedelta(days=r.choice([14, 30, 60, 90]))
    number = r.choice([f"Q-{d.year}-{r.randint(100, 99999):05d}", f"Q{r.randint(10000, 999999)}",
                       f"QUO-{r.randint(1000, 9999)}", f"{r.randint(2025, 2026)}-Q{r.randint(100, 999)}"])
    cur = r.choice(CURRENCIES[lang])
    terms = r.choice(TERMS[lang])
    inco = f"{r.choice(INCOTERMS)} {r.choice(PLACES)}" if r.random() < 0.7 else None
    style = "cjk" if lang == "zh" else r.choice(["long", "dotted", "iso", "abbrev", "slash"])
    items, subtotal = [], Decimal(0)
    for k in range(r.randint(2, 4)):
        qty = Decimal(r.choice([1, 2, 4, 10, 25, 50]))
        lst = Decimal(r.randint(500, 99999)) / 100
        disc = r.choice([0, 5, 10, 15])
        net = (lst * (100 - disc) / 100).quantize(Decimal("0.01"))
        amt = (qty * net).quantize(Decimal("0.01"))
        subtotal += amt
        items.append({"sku": f"SKU-{r.randint(1000, 99999)}-{k}", "description": r.choice(
            ["Servo drive 1.5 kW", "Saw chain 3/8\" 72 links", "Annual maintenance kit", "Sensor cable 5 m M12"]),
            "quantity": float(qty), "unit_price": str(net), "amount": str(amt), "_list": lst, "_disc": disc})
    tax_on = r.random() < 0.4
    rate = r.choice([Decimal(19), Decimal(20), Decimal(25), Decimal(13)])
    tax = (subtotal * rate / 100).quantize(Decimal("0.01")) if tax_on else None
    total = subtotal + (tax or 0)
    contact, rep = r.sample(PEOPLE, 2)
    number_at = r.choice(["card_stacked", "title_box", "card_colon"])
    for_card = r.choice(["person_first", "company_first"])
    doc.truth = _truth(doc_type="quotation", number=number, date=d.isoformat(), currency=cur, subtotal=str(subtotal),
                       tax=str(tax) if tax is not None else None, total=str(total), incoterms=inco,
                       payment_terms=terms, buyer=buyer, seller=seller,
                       line_items=[{k: v for k, v in it.items() if not k.startswith("_")} for it in items])
    doc.axes.update(number_at=number_at, prepared_for=for_card, tax=str(tax_on))
    b = doc.blocks
    if random.Random(f"{seed}-cpq-logo-{i}").random() < 0.3:
        doc.axes["letterhead"] = "logo_only"  # the seller's logo is an image: its name only on the Prepared-By card
    else:
        b.append(("letterhead", {"name": seller, "lines": [_addr(r, lang), f"www.{_slug(seller)}.com"]}))
    title = r.choice(w["title"])
    dt, et = _date_text(d, lang, style, r), _date_text(exp, lang, style, r)
    no_cap, d_cap, e_cap = r.choice(w["no"]), r.choice(w["date"]), r.choice(w["exp"])
    if number_at == "title_box":
        b.append(("title", f"{title}  #{number}" if r.random() < 0.5 else title))
        if not b[-1][1].endswith(number):
            b.append(("table", {"rows": [[number]], "ruled": True}))
        b.append(("table", {"rows": [[d_cap, e_cap], [dt, et]], "ruled": True}))
    elif number_at == "card_stacked":
        b.append(("title", title))
        b.append(("table", {"rows": [[no_cap, d_cap, e_cap], [number, dt, et]], "ruled": True}))
    else:
        b.append(("title", title))
        b.append(("p", f"{no_cap}: {number}\n{d_cap}: {dt}\n{e_cap}: {et}"))
    email = f"{contact.split()[0].lower()}@{_slug(buyer)}.example"
    addr = r.choice([a for al in ADDRESSES.values() for a in al] + MORE_ADDR)
    attn = {"en": "Attn:", "de": "z. Hd.", "fr": "À l'att. de", "es": "Atn.", "zh": "联系人："}[lang]
    for_lines = [contact, buyer] if for_card == "person_first" else [buyer, f"{attn} {contact}"]
    for_lines += [addr, email]
    by_lines = [rep, seller, f"{rep.split()[0].lower()}@{_slug(seller)}.example",
                f"+{r.randint(30, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"]
    cards = r.choice(["side_by_side", "side_by_side", "stacked", "one_cell"])
    doc.axes["cards"] = cards
    if cards == "side_by_side":
        n = max(len(for_lines), len(by_lines))
        b.append(("table", {"rows": [[w["for"], w["by"]]] + [[for_lines[k] if k < len(for_lines) else "",
                                                               by_lines[k] if k < len(by_lines) else ""]
                                                              for k in range(n)], "ruled": r.random() < 0.5}))
    elif cards == "stacked":  # one card above the other, the caption on its own line ("Prepared For")
        for cap, lines in ((w["for"], for_lines), (w["by"], by_lines)):
            b.append(("p", "\n".join([cap.upper() if r.random() < 0.5 else cap, *lines])))
    else:  # each card one cell of a two-cell box, caption and lines in the same cell (web CPQ tools)
        b.append(("table", {"rows": [["\n".join([w["for"], *for_lines]), "\n".join([w["by"], *by_lines])]],
                            "ruled": True}))
    rows = [w["heads"]] + [[it["sku"], it["description"], f"{int(it['quantity'])}", _money(it["_list"], lang),
                            f"{it['_disc']} %", _money(Decimal(it["unit_price"]), lang), _money(Decimal(it["amount"]), lang)]
                           for it in items]
    b.append(("items", {"rows": rows, "ruled": r.random() < 0.5}))
    tot = [("", w["sub"], _money(subtotal, lang))]
    if tax is not None:
        tot.append(("", f"{w['tax']} ({rate} %)", _money(tax, lang)))
    tot.append(("", f"{w['total']} ({cur})", _money(total, lang)))
    b.append(("table", {"rows": [list(x) for x in tot], "ruled": False, "right": True}))
    lines = [f"{w['terms']}: {terms}"]
    if inco:
        lines.append(f"{w['ship']}: {inco}")
    b.append(("p", "\n".join(lines)))
    b.append(("p", w["accept"]))


# ---- 3. transport documents ---------------------------------------------------------------------------------

def _iso6346(owner: str, serial: int) -> str:
    """A container number with its ISO 6346 check digit (parsers may validate it)."""
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = f"{owner}U{serial:06d}"
    s = sum((vals[c] if c.isalpha() else int(c)) * 2 ** k for k, c in enumerate(code))
    return f"{code}{s % 11 % 10}"


def make_transport(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-transport-{i}")
    kind = r.choice(["awb", "cmr", "sea_waybill"])
    seller, buyer = _firms(r, lang)
    d = _day(r)
    po = _po(r) if r.random() < 0.7 else None
    style = "cjk" if lang == "zh" and kind != "awb" else r.choice(["dotted", "iso", "abbrev", "long"]) if lang != "zh" \
        else "iso"
    dt = _date_text(d, lang if kind != "awb" else "en", style, r)
    b = doc.blocks
    s_addr = _addr(r, lang)
    c_addr = r.choice([a for al in ADDRESSES.values() for a in al] + MORE_ADDR)
    forwarder = r.choice(["Hampton Air Logistics Ltd", "Kuehne Spedition GmbH", "TransCargo Express S.A.",
                          "Blue Sky Forwarding Co., Ltd."])
    doc.axes["kind"] = kind
    if kind == "awb":
        prefix = r.choice(["020", "057", "074", "125", "176", "618", "999"])
        s7 = r.randint(1000000, 9999999)
        number = f"{prefix}-{s7}{s7 % 7}"
        dep = r.choice(["FRA", "LHR", "CDG", "MAD", "PVG", "ARN"])
        doc.truth = _truth(doc_type="bill_of_lading", number=number, order_number=po, date=d.isoformat(),
                           buyer=buyer, seller=seller, tracking_numbers=[number])
        b.append(("table", {"rows": [[f"{prefix}  {dep}  {s7}{s7 % 7}", "Not negotiable\nAir Waybill\nissued by "
                                      + r.choice(["Lufthansa Cargo AG", "Air France KLM Cargo", "Cathay Cargo"]), number]],
                            "ruled": False}))
        notify = r.random() < 0.4
        po_at = r.choice(["reference", "handling"]) if po else None
        doc.axes["po_at"] = str(po_at)
        rows = [[f"Shipper's Name and Address\n{seller}\n{s_addr}", f"Shipper's Account Number\n{r.randint(10000, 99999)}"],
                [f"Consignee's Name and Address\n{buyer}\n{c_addr}", "Consignee's Account Number\n"],
                [f"Issuing Carrier's Agent Name and City\n{forwarder}", f"Agent's IATA Code\n{r.randint(10, 99)}-4 {r.randint(1000, 9999)}"],
                [f"Airport of Departure\n{dep}", "Reference Number / Optional Shipping Information\n"
                 + (f"Order {po}" if po_at == "reference" else "")],
                ["Handling Information\n" + (f"PO {po} – " if po_at == "handling" else "") + "NOTIFY CONSIGNEE ON ARRIVAL"
                 + (f"\nAlso notify: {forwarder}" if notify else ""),
                 f"Requested Flight/Date\nLH{r.randint(100, 999)}/{(d + timedelta(days=1)).day:02d}"]]
        b.append(("table", {"rows": rows, "ruled": True}))
        b.append(("items", {"rows": [["No. of Pieces", "Gross Weight", "kg/lb", "Rate Class", "Chargeable Weight",
                                      "Rate/Charge", "Total", "Nature and Quantity of Goods"],
                                     [str(r.randint(1, 20)), f"{r.randint(20, 900)}.0", "K", "Q", f"{r.randint(20, 900)}.0",
                                      "AS AGREED", "AS AGREED", "MACHINE PARTS"]], "ruled": True}))
        b.append(("table", {"rows": [["Signature of Shipper or his Agent\n" + seller,
                                      f"Executed on (date) {dt} at (place) {r.choice(['FRANKFURT', 'LONDON', 'PARIS', 'MADRID', 'SHANGHAI'])}\n"
                                      "Signature of Issuing Carrier or its Agent"]], "ruled": True}))
        return
    containers: list[str] = []
    if kind == "cmr":
        number = r.choice([f"CMR-{r.randint(2025, 2026)}-{r.randint(1000, 99999)}", str(r.randint(1000000, 9999999))])
        track = str(r.randint(10 ** 9, 10 ** 10 - 1)) if r.random() < 0.5 else None
        doc.truth = _truth(doc_type="bill_of_lading", number=number, order_number=po, date=d.isoformat(),
                           buyer=buyer, seller=seller, tracking_numbers=[track] if track else [])
        cap = {"en": ("Sender", "Consignee", "Carrier", "Place and date of taking over the goods", "Established in",
                      "Documents attached", "on"),
               "de": ("Absender", "Empfänger", "Frachtführer", "Ort und Tag der Übernahme des Gutes", "Ausgefertigt in",
                      "Beigefügte Dokumente", "am"),
               "fr": ("Expéditeur", "Destinataire", "Transporteur", "Lieu et date de la prise en charge", "Établie à",
                      "Documents annexés", "le"),
               "es": ("Remitente", "Destinatario", "Porteador", "Lugar y fecha de carga", "Formalizado en",
                      "Documentos anexos", "a"),
               "zh": ("发货人", "收货人", "承运人", "接管货物地点及日期", "签发地点", "随附单据", "日期")}
        c2 = cap["en"] if lang in ("en", "zh") else cap[lang]
        c3 = cap["fr"] if lang != "fr" else cap["en"]
        city = r.choice(CITIES[lang if lang != "zh" else "en"])
        carrier = r.choice(["Spedition Huber GmbH", "TransIberia Cargo S.L.", "Nordic Road Freight AB"])
        b.append(("table", {"rows": [[f"1 {c2[0]} / {c3[0]}\n{seller}\n{s_addr}",
                                      f"CMR\nINTERNATIONAL CONSIGNMENT NOTE\nNo. {number}"],
                                     [f"2 {c2[1]} / {c3[1]}\n{buyer}\n{c_addr}",
                                      f"16 {c2[2]} / {c3[2]}\n{carrier}\n{r.choice(['HH-AB 1234', 'S 4711 XY', '1234-BCD'])}"],
                                     [f"4 {c2[3]} / {c3[3]}\n{city}, {dt}",
                                      f"5 {c2[5]} / {c3[5]}\nInvoice, packing list" + (f", order {po}" if po else "")],
                                     [f"21 {c2[4]} / {c3[4]}\n{city} {c2[6]} {dt}",
                                      ("Consignment tracking no.\n" + track) if track else "22 / 23 / 24 Signatures"]],
                            "ruled": True}))
        b.append(("items", {"rows": [["6 Marks", "7 Packages", "8 Packing", "9 Goods", "11 Gross kg"],
                                     [po or "N/M", str(r.randint(1, 30)), "pallets", "machine parts",
                                      str(r.randint(100, 9000))]], "ruled": True}))
        return
    # sea waybill / bill of lading: shipper, consignee, notify, vessel, ports, containers, place and date of issue
    number = r.choice([f"{r.choice(['MAEU', 'HLCU', 'ONEY', 'COSU'])}{r.randint(100000000, 999999999)}",
                       f"SWB-{r.choice(['HAM', 'RTM', 'SHA', 'VLC'])}-{r.randint(100000, 999999)}"])
    owner = r.choice(["MSCU", "HLXU", "TGHU", "CMAU"])[:3]
    containers = [_iso6346(owner, r.randint(100000, 999999)) for _ in range(r.randint(1, 3))]
    doc.truth = _truth(doc_type="bill_of_lading", number=number, order_number=po, date=d.isoformat(),
                       buyer=buyer, seller=seller, tracking_numbers=containers)
    title = r.choice(["SEA WAYBILL", "BILL OF LADING", "Non-negotiable Sea Waybill"])
    # the carrier's booking number is another number of the shipment, not the document's
    booking = f"{random.Random(f'{seed}-booking-{i}').randint(10 ** 8, 10 ** 9 - 1)}"
    b.append(("title", title))
    notify = r.choice(["SAME AS CONSIGNEE", forwarder])
    b.append(("table", {"rows": [[f"Shipper\n{seller}\n{s_addr}", f"{'B/L No.' if 'BILL' in title else 'Waybill No.'}\n{number}"],
                                 [f"Consignee\n{buyer}\n{c_addr}", "Export references\n" + (f"PO {po}" if po else "")],
                                 [f"Notify Party\n{notify}", f"Forwarding agent\n{forwarder}\nBooking No. {booking}"],
                                 [f"Vessel / Voyage\n{r.choice(['MSC ANNA', 'CMA CGM TAGE', 'EVER GIVEN'])} / {r.randint(100, 999)}W",
                                  f"Port of Loading\n{r.choice(PLACES)}"],
                                 [f"Port of Discharge\n{r.choice(PLACES)}", "Freight\nPREPAID"]], "ruled": True}))
    b.append(("items", {"rows": [["Container No.", "Seal No.", "Packages", "Description of goods", "Gross weight kg"]]
                        + [[c, f"SL{r.randint(100000, 999999)}", f"{r.randint(5, 40)} PLT", "MACHINE PARTS",
                            f"{r.randint(1000, 20000)}"] for c in containers], "ruled": True}))
    b.append(("table", {"rows": [[f"Shipped on board\n{dt}", f"Place and date of issue\n{r.choice(PLACES)}, {dt}"],
                                 ["Number of original B/Ls\nZERO (0)" if "Waybill" in title or "WAYBILL" in title else
                                  "Number of original B/Ls\nTHREE (3)", "Signed for the Carrier\nas agent"]], "ruled": True}))


# ---- 4. claim-side reports (8D, NCR, rejection report; the corpus types them inspection_report) --------------

CLAIM = {"en": {"title": ["8D REPORT", "Non-Conformance Report (NCR)", "Incoming Inspection – Rejection Report"],
                "no": ["8D No.", "NCR No.", "Report No."], "claim": ["Complaint No.", "Claim Ref."],
                "date": ["Date opened", "Report date", "Date"], "found": ["Date detected", "Delivery date"],
                "cust": ["Customer", "Customer name", "Raised by"], "sup": ["Supplier", "Supplier name", "Vendor"],
                "po": ["Customer PO", "PO No.", "Purchase order"], "part": ["Part No.", "Material No."],
                "dn": ["Delivery note", "Lot / batch"], "d": ["D1 – Team", "D2 – Problem description",
                                                              "D3 – Containment actions", "D4 – Root cause"],
                "todo": "to be completed by the supplier"},
         "de": {"title": ["8D-Bericht", "Abweichungsbericht", "Prüfbericht Wareneingang – Fehlermeldung"],
                "no": ["8D-Nr.", "Bericht-Nr.", "Reklamations-Nr."], "claim": ["Beanstandung Nr.", "Kunden-Reklamation"],
                "date": ["Datum", "Eröffnet am", "Berichtsdatum"], "found": ["Fehler festgestellt am", "Lieferdatum"],
                "cust": ["Kunde", "Auftraggeber"], "sup": ["Lieferant", "Hersteller"], "po": ["Bestell-Nr.", "Bestellung"],
                "part": ["Sachnummer", "Teile-Nr."], "dn": ["Lieferschein-Nr.", "Charge"],
                "d": ["D1 – Team", "D2 – Problembeschreibung", "D3 – Sofortmaßnahmen", "D4 – Fehlerursache"],
                "todo": "vom Lieferanten auszufüllen"},
         "fr": {"title": ["RAPPORT 8D", "Rapport de non-conformité", "Rapport de contrôle réception – refus"],
                "no": ["N° 8D", "N° de rapport", "Rapport n°"], "claim": ["N° de réclamation"],
                "date": ["Date d'ouverture", "Date"], "found": ["Date de détection", "Date de livraison"],
                "cust": ["Client"], "sup": ["Fournisseur"], "po": ["N° de commande", "Commande client"],
                "part": ["Référence pièce"], "dn": ["Bon de livraison", "Lot"],
                "d": ["D1 – Équipe", "D2 – Description du problème", "D3 – Actions de confinement", "D4 – Cause racine"],
                "todo": "à compléter par le fournisseur"},
         "es": {"title": ["INFORME 8D", "Informe de no conformidad", "Informe de inspección de recepción – rechazo"],
                "no": ["Nº 8D", "Nº de informe", "Informe nº"], "claim": ["Nº de reclamación"],
                "date": ["Fecha de apertura", "Fecha"], "found": ["Fecha de detección", "Fecha de entrega"],
                "cust": ["Cliente"], "sup": ["Proveedor"], "po": ["Orden de compra", "Nº de pedido"],
                "part": ["Nº de pieza"], "dn": ["Albarán", "Lote"],
                "d": ["D1 – Equipo", "D2 – Descripción del problema", "D3 – Acciones de contención", "D4 – Causa raíz"],
                "todo": "a completar por el proveedor"},
         "zh": {"title": ["8D报告", "不合格品报告", "来料检验报告（拒收）"], "no": ["报告编号", "8D编号"], "claim": ["投诉编号"],
                "date": ["日期", "开立日期"], "found": ["发现日期", "交货日期"], "cust": ["客户"], "sup": ["供应商"],
                "po": ["采购订单号", "订单号"], "part": ["零件号"], "dn": ["送货单号", "批号"],
                "d": ["D1 小组", "D2 问题描述", "D3 临时措施", "D4 根本原因"], "todo": "由供应商填写"}}


def make_claim_report(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-claim-{i}")
    w = CLAIM[lang]
    buyer, seller = _firms(r, lang)  # the customer writes the report
    d = _day(r)
    found = d - timedelta(days=r.randint(1, 10))
    number = r.choice([f"8D-{d.year % 100}-{r.randint(1, 999):03d}", f"NCR-{d.year}-{r.randint(1, 9999):04d}",
                       f"Q{r.randint(100000, 999999)}", f"RK-{r.randint(1000, 9999)}"])
    claim = f"{r.choice(['CL', 'RC', 'KL', 'C'])}-{r.randint(1000, 99999)}"
    po = _po(r) if r.random() < 0.8 else None
    style = "cjk" if lang == "zh" else r.choice(["dotted", "iso", "long", "abbrev", "slash"])
    doc.truth = _truth(doc_type="inspection_report", number=number, order_number=po, date=d.isoformat(),
                       buyer=buyer, seller=seller)
    layout = r.choice(["grid4", "grid_h", "colon"])
    doc.axes["layout"] = layout
    b = doc.blocks
    issuer = r.choice(["customer", "supplier", "none"])  # the customer opens the 8D; the supplier answers it
    doc.axes["issuer"] = issuer
    if issuer != "none":
        b.append(("letterhead", {"name": buyer if issuer == "customer" else seller,
                                 "lines": [_addr(r, lang), "Quality Management"]}))
    b.append(("title", r.choice(w["title"])))
    stamp = f" {random.Random(f'{seed}-claim-time-{i}').randint(7, 18)}:{random.Random(f'{seed}-claim-min-{i}').randint(10, 59)}" \
        if style == "iso" and random.Random(f"{seed}-claim-t-{i}").random() < 0.5 else ""  # a QMS export's timestamp
    pairs = [(r.choice(w["no"]), number), (r.choice(w["date"]), _date_text(d, lang, style, r) + stamp),
             (r.choice(w["claim"]), claim), (r.choice(w["cust"]), buyer), (r.choice(w["sup"]), seller),
             (r.choice(w["part"]), f"{r.randint(100, 999)}.{r.randint(100, 999)}-{r.randint(10, 99)}"),
             (r.choice(w["dn"]), str(r.randint(80000000, 89999999))), (r.choice(w["found"]), _date_text(found, lang, style, r))]
    if po:
        pairs.insert(r.randint(2, len(pairs)), (r.choice(w["po"]), po))
    if lang != "en" and random.Random(f"{seed}-claim-bi-{i}").random() < 0.35:
        doc.axes["bilingual"] = "yes"
        pairs = [(_twin(CLAIM, lang, c), v) for c, v in pairs]
    if layout == "grid4":
        half = (len(pairs) + 1) // 2
        rows = [[*pairs[k], *(pairs[k + half] if k + half < len(pairs) else ("", ""))] for k in range(half)]
        b.append(("table", {"rows": [list(x) for x in rows], "ruled": True}))
    elif layout == "grid_h":
        half = (len(pairs) + 1) // 2
        for part in (pairs[:half], pairs[half:]):
            b.append(("table", {"rows": [[c for c, _ in part], [v for _, v in part]], "ruled": True}))
    else:
        b.append(("p", "\n".join(f"{c}{'：' if lang == 'zh' else ': '}{v}" for c, v in pairs)))
    p1, p2, p3 = r.sample(PEOPLE, 3)
    b.append(("p", w["d"][0]))
    b.append(("table", {"rows": [["Champion", p1, buyer], ["Quality", p2, buyer], ["Supplier contact", p3, seller]],
                        "ruled": True}))
    b.append(("p", w["d"][1] + "\n" + {"en": "Internal leakage at 180 bar, 4 of 50 parts.",
                                       "de": "Innere Leckage bei 180 bar, 4 von 50 Teilen.",
                                       "fr": "Fuite interne à 180 bar, 4 pièces sur 50.",
                                       "es": "Fuga interna a 180 bar, 4 de 50 piezas.",
                                       "zh": "180 bar 内漏，50 件中 4 件不合格。"}[lang]))
    b.append(("p", w["d"][2]))
    b.append(("table", {"rows": [["1", "100 %", _date_text(d, lang, style, r)], ["2", "Sort stock", p2]], "ruled": True}))
    b.append(("p", w["d"][3] + "\n" + w["todo"]))


# ---- 5. bank transfer receipts / payment confirmations -----------------------------------------------------

BANK = {"en": {"title": ["Outward Transfer Confirmation", "Payment confirmation", "Transaction receipt"],
               "ref": ["Transaction reference", "Reference", "Payment ID"], "date": ["Execution date", "Transaction date"],
               "value": "Value date", "payer": ["Ordering customer", "Remitter", "From account holder"],
               "bene": ["Beneficiary", "Beneficiary name", "Payee"], "bank": "Beneficiary bank", "acct": "Debit account",
               "amt": ["Amount", "Transfer amount"], "chg": "Charges", "debit": "Total debited",
               "info": ["Remittance information", "Payment details", "Reference to beneficiary"],
               "po": ["PO", "Order"], "inv": "INV", "printed": "Printed on", "status": "Status: Completed"},
        "de": {"title": ["Überweisungsbeleg", "Ausführungsbestätigung Auslandsüberweisung"],
               "ref": ["Auftragsreferenz", "Referenz"], "date": ["Ausführungsdatum", "Auftragsdatum"], "value": "Valuta",
               "payer": ["Auftraggeber", "Kontoinhaber"], "bene": ["Empfänger", "Zahlungsempfänger"],
               "bank": "Bank des Empfängers", "acct": "Belastetes Konto", "amt": ["Betrag", "Überweisungsbetrag"],
               "chg": "Entgelt", "debit": "Belastung gesamt", "info": ["Verwendungszweck"], "po": ["Bestellung", "Best.-Nr."],
               "inv": "Rechnung", "printed": "Gedruckt am", "status": "Status: ausgeführt"},
        "fr": {"title": ["Avis d'exécution de virement", "Confirmation de virement international"],
               "ref": ["Référence de l'opération", "Référence"], "date": ["Date d'exécution", "Date de l'opération"],
               "value": "Date de valeur", "payer": ["Donneur d'ordre"], "bene": ["Bénéficiaire"],
               "bank": "Banque du bénéficiaire", "acct": "Compte débité", "amt": ["Montant", "Montant du virement"],
               "chg": "Frais", "debit": "Montant total débité", "info": ["Motif du virement", "Libellé"],
               "po": ["Commande", "BC"], "inv": "Facture", "printed": "Édité le", "status": "Statut : exécuté"},
        "es": {"title": ["Comprobante de transferencia", "Justificante de transferencia al exterior"],
               "ref": ["Referencia", "Nº de operación"], "date": ["Fecha de operación", "Fecha de ejecución"],
               "value": "Fecha valor", "payer": ["Ordenante"], "bene": ["Beneficiario"], "bank": "Banco beneficiario",
               "acct": "Cuenta de cargo", "amt": ["Importe", "Importe transferido"], "chg": "Comisiones",
               "debit": "Total cargado", "info": ["Concepto", "Información para el beneficiario"],
               "po": ["OC", "Pedido"], "inv": "Factura", "printed": "Impreso el", "status": "Estado: Realizada"},
        "zh": {"title": ["境外汇款回单", "电汇回单"], "ref": ["业务编号", "交易流水号"], "date": ["交易日期", "汇款日期"],
               "value": "起息日", "payer": ["汇款人"], "bene": ["收款人"], "bank": "收款银行", "acct": "付款账号",
               "amt": ["汇款金额", "金额"], "chg": "手续费", "debit": "扣款总额", "info": ["附言", "汇款附言"],
               "po": ["订单号", "PO"], "inv": "发票", "printed": "打印日期", "status": "状态：成功"}}


def make_bank_receipt(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-bank-{i}")
    w = BANK[lang]
    buyer, seller = _firms(r, lang)  # the payer is our partner's customer side: the buyer
    d = _day(r)
    number = r.choice([f"TRF-{r.randint(100000, 999999)}-{d.year % 100}", f"FT{d.year % 100}{r.randint(10 ** 8, 10 ** 9 - 1)}",
                       f"{r.randint(10 ** 11, 10 ** 12 - 1)}", f"OT{r.randint(1000000, 9999999)}"])
    cur = r.choice(["USD", "EUR", "USD", "GBP"] if lang != "zh" else ["USD", "EUR"])
    amount = (Decimal(r.randint(50000, 9999999)) / 100).quantize(Decimal("0.01"))
    fee = Decimal(r.choice(["15.00", "25.00", "35.50"]))
    charges = r.choice(["OUR", "SHA", "BEN"])
    po = _po(r) if r.random() < 0.8 else None
    inv = f"{r.choice(['INV', 'F', 'RE'])}-{r.randint(10000, 99999)}"
    style = "cjk" if lang == "zh" else r.choice(["dotted", "iso", "long", "slash", "abbrev"])
    doc.truth = _truth(doc_type="payment_advice", number=number, order_number=po, date=d.isoformat(), currency=cur,
                       total=str(amount), buyer=buyer, seller=seller)
    layout = r.choice(["kv_table", "colon", "cards", "mt103"])
    doc.axes.update(layout=layout, charges=charges)
    b = doc.blocks
    bank = r.choice({"en": ["Wessex Merchant Bank plc", "Maybank Berhad"], "de": ["Nordbank AG", "Alpen Sparkasse"],
                     "fr": ["Banque Atlantique Côte d'Ivoire", "Crédit Rhodanien"],
                     "es": ["Banco de Occidente S.A.", "Caja Levante"], "zh": ["中国银行股份有限公司", "宁波商业银行"]}[lang])
    b.append(("letterhead", {"name": bank, "lines": ["Online Banking"]}))
    b.append(("title", r.choice(w["title"])))
    fmt_amt = f"{cur} {_money(amount, lang)}" if r.random() < 0.5 else f"{_money(amount, lang)} {cur}"
    remit = f"{r.choice(w['po'])} {po} / {w['inv']} {inv}" if po else f"{w['inv']} {inv}"
    if po and r.random() < 0.3:
        remit = f"{w['inv']} {inv}, {r.choice(w['po'])} {po}"
    dt = _date_text(d, lang, style, r)
    payer_rows = [(r.choice(w["payer"]), buyer), (w["acct"], f"****{r.randint(1000, 9999)}")]
    bene_rows = [(r.choice(w["bene"]), seller), (w["bank"], r.choice(["HSBC UK Bank plc", "Deutsche Bank AG",
                                                                     "BNP Paribas SA", "CaixaBank S.A."])),
                 ("IBAN", f"GB{r.randint(10, 99)} WXMB {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")]
    head_rows = [(r.choice(w["ref"]), number), (r.choice(w["date"]), dt)]
    if r.random() < 0.5:
        head_rows.append((w["value"], dt))
    money_rows = [(r.choice(w["amt"]), fmt_amt), (w["chg"], f"{charges} – {_money(fee, lang)} {cur}")]
    if charges == "OUR" and r.random() < 0.6:
        money_rows.append((w["debit"], f"{_money(amount + fee, lang)} {cur}"))
    info_rows = [(r.choice(w["info"]), remit), ("UETR", f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}"
                                                       f"-a{r.getrandbits(12):03x}-{r.getrandbits(48):012x}")]
    if lang != "en" and random.Random(f"{seed}-bank-bi-{i}").random() < 0.35:
        doc.axes["bilingual"] = "yes"
        head_rows, payer_rows, bene_rows, money_rows = (
            [(_twin(BANK, lang, c), v) for c, v in rows] for rows in (head_rows, payer_rows, bene_rows, money_rows))
        info_rows = [(_twin(BANK, lang, info_rows[0][0]), info_rows[0][1]), *info_rows[1:]]
    if layout == "kv_table":
        rows = head_rows + payer_rows + bene_rows + money_rows + info_rows
        b.append(("table", {"rows": [list(x) for x in rows], "ruled": r.random() < 0.5}))
    elif layout == "colon":
        rows = head_rows + payer_rows + bene_rows + money_rows + info_rows
        b.append(("p", "\n".join(f"{c}{'：' if lang == 'zh' else ': '}{v}" for c, v in rows)))
    elif layout == "mt103":
        # the bank's copy of the SWIFT message: field tags, names in capitals, amount with a decimal comma
        swift_amt = f"{amount:.2f}".replace(".", ",")
        b.append(("p", "\n".join([
            f"{r.choice(w['title'])} – MT103", "{1:F01" + f"{r.choice(['NORB', 'WXMB', 'BOCC'])}DEFFAXXX" + "}",
            f":20:{number}", ":23B:CRED", f":32A:{d:%y%m%d}{cur}{swift_amt}",
            f":50K:/{r.randint(10 ** 9, 10 ** 10 - 1)}", buyer.upper(), _addr(r, lang).upper(),
            f":57A:{r.choice(['HBUKGB4B', 'DEUTDEFF', 'BNPAFRPP', 'CAIXESBB'])}",
            f":59:/GB{r.randint(10, 99)}WXMB{r.randint(10 ** 13, 10 ** 14 - 1)}", seller.upper(),
            f":70:{remit.upper()}", f":71A:{charges}"])))
        doc.axes["fmt_note"] = "swift"
    else:
        b.append(("table", {"rows": [list(x) for x in head_rows], "ruled": False}))
        left = [payer_rows[0][0], buyer, payer_rows[1][1]]
        right = [bene_rows[0][0], seller, bene_rows[1][1], bene_rows[2][1]]
        b.append(("table", {"rows": [[left[k] if k < len(left) else "", right[k]] for k in range(len(right))],
                            "ruled": True}))
        b.append(("table", {"rows": [list(x) for x in money_rows + info_rows], "ruled": False}))
    b.append(("p", w["status"]))
    printed = d + timedelta(days=r.randint(0, 3))
    b.append(("footer", f"{w['printed']} {_date_text(printed, lang, style, r)} {r.randint(8, 18)}:{r.randint(10, 59)}"))


# ---- 6. bilingual captions and names ------------------------------------------------------------------------

BI = {"title": {"purchase_order": ["PURCHASE ORDER 采购订单", "Purchase Order 订购单"],
                "commercial_invoice": ["INVOICE 发票", "TAX INVOICE 税务发票"], "quotation": ["QUOTATION 报价单"]},
      "no": ["No. 单号", "Doc No. 单据号码", "No. 编号"], "date": ["Date 日期", "日期 Date"], "po": ["Your P/O 客户订单号", "P/O No. 订单号"],
      "terms": ["Terms 付款条件", "Payment Terms 付款方式"], "ship": ["Delivery Terms 交货条件"],
      "supplier": ["Supplier 供应商", "To 致"], "buyer": ["Bill To 客户", "Customer 客户"],
      "heads": ["Item Code 货号", "Description 品名", "Qty 数量", "Unit Price 单价", "Amount 金额"],
      "sub": "Sub Total 小计", "tax": "SST 6% 销售税", "total": "Total 总计", "page": "Page 页 1 of 1",
      "reg": ["Company No. 公司注册号", "SST No. 税号"]}


def make_bilingual(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-bilingual-{i}")
    doc_type = r.choice(["purchase_order", "purchase_order", "commercial_invoice", "quotation"])
    (iss_en, iss_zh), (oth_en, oth_zh) = r.sample(BILINGUAL_FIRMS, 2)
    d = _day(r)
    number = r.choice([f"PO-{r.randint(10000, 99999)}", f"{r.choice(['PO', 'IV', 'QT'])}{d.year % 100}/{r.randint(100, 9999)}",
                       f"{r.randint(100000, 999999)}"])
    po = _po(r) if doc_type != "purchase_order" and r.random() < 0.7 else None
    cur = r.choice(["MYR", "USD", "SGD", "HKD"])
    terms = r.choice(["30 Days", "C.O.D.", "Net 60 days", "T/T 30天"])
    items, subtotal = _items(r)
    tax_on = r.random() < 0.4
    tax = (subtotal * 6 / 100).quantize(Decimal("0.01")) if tax_on else None
    total = subtotal + (tax or 0)
    buyer, seller = (iss_en, oth_en) if doc_type == "purchase_order" else (oth_en, iss_en)
    name_form = r.choice(["same_line", "next_line"])
    style = r.choice(["dotted", "iso", "slash", "abbrev"])
    dt = _date_text(d, "en", style, r)
    doc.truth = _truth(doc_type=doc_type, number=number, order_number=po, date=d.isoformat(), currency=cur,
                       subtotal=str(subtotal), tax=str(tax) if tax is not None else None, total=str(total),
                       payment_terms=terms, buyer=buyer, seller=seller, line_items=items)
    doc.axes.update(name_form=name_form, doc_type=doc_type)

    def named(en: str, zh: str) -> list[str]:
        if name_form == "same_line":
            return [f"{en} {zh}"]
        if name_form == "next_line":
            return [en, zh]
        return [zh, en]

    b = doc.blocks
    reg = f"{BI['reg'][0]}: {r.randint(100000, 999999)}-{r.choice('AHKPTUVX')}   {BI['reg'][1]}: W10-{r.randint(1000, 9999)}-{r.randint(10000000, 99999999)}"
    b.append(("letterhead", {"name": named(iss_en, iss_zh)[0],
                             "lines": named(iss_en, iss_zh)[1:] + [r.choice(MORE_ADDR + ADDRESSES["en"]), reg]}))
    b.append(("title", r.choice(BI["title"][doc_type])))
    other_cap = r.choice(BI["supplier"] if doc_type == "purchase_order" else BI["buyer"])
    left = [f"{other_cap}:", *named(oth_en, oth_zh), r.choice(MORE_ADDR + ADDRESSES["en"])]
    right = [(r.choice(BI["no"]), number), (r.choice(BI["date"]), dt), (r.choice(BI["terms"]), terms)]
    if po:
        right.append((r.choice(BI["po"]), po))
    right.append(("Currency 货币", cur))
    right.append((BI["page"], ""))
    n = max(len(left), len(right))
    b.append(("table", {"rows": [[left[k] if k < len(left) else "", *(right[k] if k < len(right) else ("", ""))]
                                 for k in range(n)], "ruled": False}))
    rows = _item_rows(items, "en", BI["heads"])
    if random.Random(f"{seed}-bilingual-uom-{i}").random() < 0.6:
        # a unit column between quantity and price ("UOM 单位": PCS, SET, 件), as accounting packages print it
        uom = random.Random(f"{seed}-bilingual-uom-{i}")
        rows = [[*row[:3], "UOM 单位" if k == 0 else uom.choice(["PCS", "SET", "UNIT", "件", "套"]), *row[3:]]
                for k, row in enumerate(rows)]
        doc.axes["uom"] = "yes"
    b.append(("items", {"rows": rows, "ruled": r.random() < 0.6}))
    tot = [("", BI["sub"], _money(subtotal, "en"))]
    if tax is not None:
        tot.append(("", BI["tax"], _money(tax, "en")))
    tot.append(("", BI["total"], _money(total, "en")))
    b.append(("table", {"rows": [list(x) for x in tot], "ruled": False, "right": True}))


# ---- 7. shipping notices / dispatch advices --------------------------------------------------------------------

SHIP = {"en": {"title": ["SHIPPING NOTICE", "Advance Shipping Notice", "Dispatch Advice"],
               "no": ["Notice No.", "ASN No.", "Dispatch No."], "date": ["Date", "Date of issue"],
               "po": ["Your order", "PO No.", "Customer PO"], "etd": "ETD", "eta": "ETA", "carrier": "Carrier",
               "track": ["Tracking No.", "Tracking number"], "cont": "Container No.", "inco": "Delivery terms",
               "to": ["Consignee", "Ship to / Customer"], "pk": ["Packages", "Gross weight kg", "Volume m³"],
               "intro": "We are pleased to advise that the goods of your order have been dispatched."},
        "de": {"title": ["VERSANDANZEIGE", "Lieferavis"], "no": ["Avis-Nr.", "Versandanzeige Nr."],
               "date": ["Datum", "Ausstellungsdatum"], "po": ["Ihre Bestellung", "Bestell-Nr."], "etd": "Abfahrt (ETD)",
               "eta": "Ankunft (ETA)", "carrier": "Spediteur", "track": ["Sendungsnummer", "Tracking-Nr."],
               "cont": "Container-Nr.", "inco": "Lieferbedingung", "to": ["Warenempfänger", "Kunde"],
               "pk": ["Packstücke", "Bruttogewicht kg", "Volumen m³"],
               "intro": "Die Ware zu Ihrer Bestellung wurde heute versandt."},
        "fr": {"title": ["AVIS D'EXPÉDITION", "Avis d'expédition"], "no": ["N° d'avis", "Avis n°"],
               "date": ["Date", "Date d'émission"], "po": ["Votre commande", "N° de commande"], "etd": "Départ (ETD)",
               "eta": "Arrivée (ETA)", "carrier": "Transporteur", "track": ["N° de suivi"], "cont": "N° de conteneur",
               "inco": "Conditions de livraison", "to": ["Destinataire", "Client"],
               "pk": ["Colis", "Poids brut kg", "Volume m³"], "intro": "Nous vous informons de l'expédition de votre commande."},
        "es": {"title": ["AVISO DE EMBARQUE", "Aviso de envío"], "no": ["Nº de aviso", "Aviso nº"],
               "date": ["Fecha", "Fecha de emisión"], "po": ["Su pedido", "Orden de compra"], "etd": "Salida (ETD)",
               "eta": "Llegada (ETA)", "carrier": "Transportista", "track": ["Nº de seguimiento"],
               "cont": "Nº de contenedor", "inco": "Condiciones de entrega", "to": ["Consignatario", "Cliente"],
               "pk": ["Bultos", "Peso bruto kg", "Volumen m³"], "intro": "Le informamos que la mercancía de su pedido ha sido despachada."},
        "zh": {"title": ["发货通知", "装运通知"], "no": ["通知单号", "发货单号"], "date": ["日期", "开单日期"],
               "po": ["贵司订单号", "采购订单号"], "etd": "预计开航", "eta": "预计到港", "carrier": "承运人",
               "track": ["运单号", "快递单号"], "cont": "集装箱号", "inco": "贸易条款", "to": ["收货人", "客户"],
               "pk": ["件数", "毛重 kg", "体积 m³"], "intro": "贵司订单货物已发出，详情如下。"}}


def _ups(r: random.Random) -> str:
    """A UPS 1Z number with its check digit (parsers may validate it)."""
    body = f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXY0123456789') for _ in range(6))}{r.randint(10, 99)}{r.randint(10 ** 6, 10 ** 7 - 1)}"
    v = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    s = sum(x if k % 2 == 0 else 2 * x for k, x in enumerate(v))
    return f"1Z{body}{(10 - s % 10) % 10}"


def make_shipping_notice(i: int, seed: int, lang: str, doc: HeaderDoc) -> None:
    r = random.Random(f"{seed}-ship-{i}")
    w = SHIP[lang]
    seller, buyer = _firms(r, lang)
    d = _day(r)
    number = _docno(r, ["SN", "ASN", "DA", "LA"])
    po = _po(r) if r.random() < 0.85 else None
    mode = r.choice(["sea", "courier"])
    tracks = [_iso6346(r.choice(["MSC", "HLX", "CMA", "TGH"]), r.randint(100000, 999999)) for _ in range(r.randint(1, 2))] \
        if mode == "sea" else [_ups(r) for _ in range(r.randint(1, 2))]
    inco = f"{r.choice(INCOTERMS)} {r.choice(PLACES)}" if r.random() < 0.7 else None
    style = "cjk" if lang == "zh" else r.choice(["dotted", "iso", "long", "abbrev", "slash"])
    doc.truth = _truth(doc_type="shipping_notice", number=number, order_number=po, date=d.isoformat(), incoterms=inco,
                       buyer=buyer, seller=seller, tracking_numbers=tracks)
    layout = r.choice(["colon", "table2", "grid_h"])
    doc.axes.update(mode=mode, layout=layout)
    b = doc.blocks
    b.append(("letterhead", {"name": seller, "lines": [_addr(r, lang)]}))
    b.append(("title", r.choice(w["title"])))
    etd = d + timedelta(days=r.randint(0, 3))
    eta = etd + timedelta(days=r.randint(5, 35))
    pairs = [(r.choice(w["no"]), number), (r.choice(w["date"]), _date_text(d, lang, style, r))]
    if po:
        pairs.append((r.choice(w["po"]), po))
    pairs += [(w["etd"], _date_text(etd, lang, style, r)), (w["eta"], _date_text(eta, lang, style, r)),
              (w["carrier"], r.choice(["Maersk Line", "Hapag-Lloyd", "CMA CGM"]) if mode == "sea" else "UPS")]
    if inco:
        pairs.append((w["inco"], inco))
    if mode == "courier":
        pairs.append((r.choice(w["track"]), " / ".join(tracks)))
    if layout == "colon":
        b.append(("p", "\n".join(f"{c}{'：' if lang == 'zh' else ': '}{v}" for c, v in pairs)))
    elif layout == "table2":
        b.append(("table", {"rows": [list(x) for x in pairs], "ruled": r.random() < 0.5}))
    else:
        half = (len(pairs) + 1) // 2
        for part in (pairs[:half], pairs[half:]):
            b.append(("table", {"rows": [[c for c, _ in part], [v for _, v in part]], "ruled": True}))
    b.append(("p", "\n".join([f"{r.choice(w['to'])}:", buyer,
                               r.choice([a for al in ADDRESSES.values() for a in al] + MORE_ADDR)])))
    b.append(("p", w["intro"]))
    heads = ([w["cont"]] if mode == "sea" else []) + w["pk"]
    rows = [heads] + [([t] if mode == "sea" else []) + [f"{r.randint(2, 40)} PLT", str(r.randint(200, 18000)),
                                                        f"{r.randint(1, 60)}.{r.randint(0, 9)}"]
                      for t in (tracks if mode == "sea" else tracks[:1])]
    b.append(("table", {"rows": rows, "ruled": True}))


MAKERS = {"shipping_notice": make_shipping_notice, "contract": make_contract, "cpq_quote": make_cpq_quote, "transport": make_transport,
          "claim_report": make_claim_report, "bank_receipt": make_bank_receipt, "bilingual": make_bilingual}
FORMATS = {"shipping_notice": ["docx", "pdf", "web_pdf", "xlsx"], "contract": ["docx", "pdf", "pdf"], "cpq_quote": ["web_pdf", "web_pdf", "pdf"],
           "transport": ["web_pdf", "pdf"], "claim_report": ["docx", "pdf", "xlsx"],
           "bank_receipt": ["web_pdf", "web_pdf", "pdf"], "bilingual": ["web_pdf", "pdf", "xlsx", "docx"]}
FAMILY_LANGS = {"transport": LANGS, "bilingual": ("zh",)}


def make_family_doc(i: int, seed: int, family: str, pdf: bool) -> HeaderDoc:
    lang = random.Random(f"{seed}-lang-{i}").choice(FAMILY_LANGS.get(family, LANGS))
    fmts = FORMATS[family] if pdf else [f for f in FORMATS[family] if f in ("docx", "xlsx")] or ["docx"]
    fmt = random.Random(f"{seed}-fmt-{i}").choice(fmts)
    doc = HeaderDoc(id=f"f{i:03d}", fmt=fmt, lang=lang, truth={}, axes={"family": family, "lang": lang, "fmt": fmt})
    MAKERS[family](i, seed, lang, doc)
    doc.blocks = [b for b in doc.blocks if b[0] != "footer"] + [b for b in doc.blocks if b[0] == "footer"]
    return doc


def generate(outdir: Path, n: int = 60, seed: int = 1, pdf: bool = True,
             only: tuple[str, ...] = FAMILIES) -> list[dict[str, Any]]:
    """Write n documents, the families in turn, and truth.json; returns the truth list."""
    outdir.mkdir(parents=True, exist_ok=True)
    tmp = outdir / "_src"
    tmp.mkdir(exist_ok=True)
    web = pdf and shutil.which("chromium") is not None
    to_convert: list[Path] = []
    to_print: list[Path] = []
    truths = []
    for i in range(n):
        doc = make_family_doc(i, seed, only[i % len(only)], pdf)
        if doc.fmt == "web_pdf" and not web:
            doc.fmt = doc.axes["fmt"] = "pdf"
        if doc.fmt == "docx":
            render_docx(doc, outdir / f"{doc.id}.docx")
        elif doc.fmt == "xlsx":
            render_xlsx(doc, outdir / f"{doc.id}.xlsx")
        elif doc.fmt == "pdf":
            render_docx(doc, tmp / f"{doc.id}.docx")
            to_convert.append(tmp / f"{doc.id}.docx")
        else:
            render_html(doc, tmp / f"{doc.id}.html")
            to_print.append(tmp / f"{doc.id}.html")
        ext = "pdf" if doc.fmt in ("pdf", "web_pdf") else doc.fmt
        truths.append({"id": doc.id, "file": f"{doc.id}.{ext}", "lang": doc.lang, "axes": doc.axes, **doc.truth})
    to_pdf(to_convert, outdir)
    html_to_pdf(to_print, outdir)
    shutil.rmtree(tmp, ignore_errors=True)
    (outdir / "truth.json").write_text(json.dumps(truths, ensure_ascii=False, indent=1), encoding="utf-8")
    return truths


# ---- scoring -----------------------------------------------------------------------------------------------

def score(outdir: Path) -> dict[str, Any]:
    """Per family and field (right, total), per field overall, line items, and every miss."""
    from bench.accuracy import field_equal, line_key
    from parsers import Limits, parse_bytes

    truths = json.loads((outdir / "truth.json").read_text(encoding="utf-8"))
    cells: dict[str, Counter[str]] = defaultdict(Counter)
    cells_n: dict[str, Counter[str]] = defaultdict(Counter)
    by_axis: Counter[str] = Counter()
    by_axis_n: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    lines = Counter()
    limits = Limits(isolate=False)
    for t in truths:
        fam = t["axes"]["family"]
        path = outdir / t["file"]
        try:
            docs = [d.to_json() for d in parse_bytes(path.read_bytes(), path.name, limits=limits).documents]
        except Exception as exc:  # a crash is a miss of every field, recorded
            docs = []
            misses.append({"file": t["file"], "family": fam, "field": "*", "got": f"crash {type(exc).__name__}: {exc}"})
        doc = next((d for d in docs if d.get("doc_type") == t["doc_type"]), docs[0] if docs else None)
        for f in FIELDS:
            got = doc.get(f) if doc else None
            if f == "tracking_numbers":
                got = got or []
            ok = doc is not None and field_equal(f, t[f], got)
            for key in (fam, "all"):
                cells[key][f] += ok
                cells_n[key][f] += 1
            for axis, value in t["axes"].items():
                if axis not in ("family",):
                    by_axis[f"{fam} {f} | {axis}={value}"] += ok
                    by_axis_n[f"{fam} {f} | {axis}={value}"] += 1
            if not ok:
                misses.append({"file": t["file"], "family": fam, "field": f, "want": t[f],
                               "got": (got.get("name") if isinstance(got, dict) else got) if doc else "(no document)",
                               "axes": {k: v for k, v in t["axes"].items() if k != "family"}})
        want = Counter(line_key(x) for x in t["line_items"])
        have = Counter(line_key(x) for x in (doc or {}).get("line_items") or [])
        hit = sum((want & have).values())
        lines["hit"] += hit
        lines["have"] += sum(have.values())
        lines["want"] += sum(want.values())
        if hit != sum(want.values()) or hit != sum(have.values()):
            misses.append({"file": t["file"], "family": fam, "field": "line_items",
                           "want": [list(map(str, k)) for k in want - have], "got": [list(map(str, k)) for k in have - want]})
    table = {k: {f: (cells[k][f], cells_n[k][f]) for f in FIELDS} for k in cells}
    axes = {k: (by_axis[k], by_axis_n[k]) for k in by_axis_n}
    return {"families": table, "axes": axes, "misses": misses, "n": len(truths),
            "lines": {"precision": (lines["hit"], lines["have"]), "recall": (lines["hit"], lines["want"])}}


def report(res: dict[str, Any], failures: bool) -> str:
    fams = [f for f in FAMILIES if f in res["families"]] + ["all"]
    out = ["| field | " + " | ".join(fams) + " |", "| --- |" + " --- |" * len(fams)]

    def pct(ok: int, n: int) -> str:
        return f"{100 * ok / n:.0f}" if n else "-"

    for f in FIELDS:
        out.append(f"| {f} | " + " | ".join(pct(*res["families"][fam][f]) for fam in fams) + " |")
    pooled = {fam: [sum(res["families"][fam][f][0] for f in FIELDS), sum(res["families"][fam][f][1] for f in FIELDS)]
              for fam in fams}
    out.append("| **pooled** | " + " | ".join(f"**{pct(*pooled[fam])}**" for fam in fams) + " |")
    out.append("| documents | " + " | ".join(str(res["families"][fam]["doc_type"][1]) for fam in fams) + " |")
    p, rc = res["lines"]["precision"], res["lines"]["recall"]
    out.append(f"line items precision {pct(*p)} % ({p[0]}/{p[1]}), recall {pct(*rc)} % ({rc[0]}/{rc[1]})")
    # a wrong value costs sales staff more than a null: count the misses that put something wrong in a field
    wrong = Counter(m["field"] for m in res["misses"] if m["field"] not in ("line_items", "*")
                    and m.get("got") not in (None, [], "(no document)"))
    nulls = Counter(m["field"] for m in res["misses"] if m["field"] not in ("line_items", "*")
                    and m.get("got") in (None, []))
    lost = len({m["file"] for m in res["misses"] if m.get("got") == "(no document)"})
    out.append(f"wrong values {sum(wrong.values())} (" + ", ".join(f"{f} {c}" for f, c in wrong.most_common())
               + f"); nulls {sum(nulls.values())}; documents not found {lost}")
    weak = sorted(((ok / n, k, ok, n) for k, (ok, n) in res["axes"].items() if n >= 3 and ok < n))
    out.append("-- weakest family field x axis value (>= 3 documents)")
    out += [f"{k:55s} {100 * s:6.1f}%  {ok}/{n}" for s, k, ok, n in weak[:30]]
    if failures:
        out.append("-- misses")
        out += [json.dumps(m, ensure_ascii=False, default=str) for m in res["misses"]]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--only", default=",".join(FAMILIES), help="comma-separated families")
    ap.add_argument("--score-only", action="store_true", help="score an existing set")
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the scores and misses as JSON")
    a = ap.parse_args()
    if not a.score_only:
        generate(a.outdir, a.n, a.seed, pdf=not a.no_pdf, only=tuple(a.only.split(",")))
    res = score(a.outdir)
    print(report(res, a.failures))
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
