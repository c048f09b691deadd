"""Turn the holdout deal scripts into mails, render and convert their documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M
from tests.corpus.dev3_gen import wording as W
from tests.corpus.dev3_gen.layouts import Rendered, day, num, render
from tests.corpus.dev3_gen.world import (
    COLLEAGUE,
    DEALS,
    ORDERS,
    PARTNERS,
    US,
    US_SALES,
    Deal,
    Partner,
    Step,
)
from tests.corpus.docs import Doc, Line, container_number, ups_number

SEED = 20261126
CENT = Decimal("0.01")
REQUIRED = ("purchase_order", "commercial_invoice", "contract")
US_TZ = ZoneInfo("Europe/London")
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
KIND_OF_STAGE = {"enquiry": "enquiry", "quote": "quote", "negotiation": "quote", "contract": "order",
                 "order": "order", "payment": "order", "production": "order", "shipping": "order",
                 "receipt": "order", "claim": "claim", "auto": "other", "unknown": "other"}
# Which language Anna writes to each partner in (she answers German, French and Spanish customers in theirs).
US_LANG = {"K": "en", "L": "de", "M": "en", "N": "fr", "O": "es", "P": "en"}
# Wording variants where two partners share a language.
KEY_OVERRIDE = {("P", "contract_new"): "contract_new_au", ("M", "quote"): "quote_b", ("M", "shipping"): "shipping_b",
                ("O", "shipping"): "shipping"}
FILE_STEM = {
    "en": {"purchase_order": "PO", "commercial_invoice": "Invoice", "proforma_invoice": "Proforma",
           "quotation": "Quote", "contract": "Contract", "payment_advice": "Payment_Advice",
           "shipping_notice": "Shipment_Advice", "bill_of_lading": "BL", "inspection_report": "Inspection_Report"},
    "de": {"purchase_order": "Bestellung", "commercial_invoice": "Rechnung", "quotation": "Angebot",
           "contract": "Vertrag", "payment_advice": "Zahlungsavis", "shipping_notice": "Versandanzeige"},
    "zh": {"purchase_order": "采购订单", "commercial_invoice": "商业发票", "proforma_invoice": "形式发票",
           "quotation": "报价单", "contract": "合同", "payment_advice": "付款水单", "bill_of_lading": "提单"},
    "fr": {"commercial_invoice": "Facture", "contract": "Contrat", "shipping_notice": "Avis_expedition",
           "inspection_report": "Rapport_controle"},
    "es": {"purchase_order": "OC", "commercial_invoice": "Factura", "quotation": "Cotizacion", "contract": "Contrato",
           "payment_advice": "Comprobante", "bill_of_lading": "BL", "inspection_report": "Informe_inspeccion"},
}


def seeded(name: str) -> random.Random:
    """One random stream per deal, so adding a deal changes nothing in the others."""
    return random.Random(f"{SEED}:{name}")


class Ids:
    """Deterministic Message-IDs shaped like each client's (kept short so References never folds)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def make(self, style: str, domain: str) -> str:
        r = self.rng
        if style == "outlook":
            host = f"{r.choice(['PN3PR01MB', 'FR4P281MB', 'LO2P265MB'])}{r.randint(1000, 9999)}.{domain}"
            return "<" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(24)) + f"@{host}>"
        if style in ("gmail", "html"):
            return "<CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
                                   for _ in range(30)) + "@mail.gmail.com>"
        return "<" + "".join(r.choice("0123456789ABCDEF") for _ in range(8)) + "-" + \
            "".join(r.choice("0123456789ABCDEF") for _ in range(12)) + f"@{domain}>"


@dataclass
class Att:
    doc: Doc
    layout: str
    house: object
    ctx: dict
    fmt: str  # attached as pdf | docx | xlsx
    filename: str
    key: str = ""
    rendered: Rendered | None = None
    visible: set[str] = field(default_factory=set)  # business numbers printed on it


@dataclass
class Plan:
    deal: str | None
    stage: str
    kind: str
    autoreply: bool
    date: dt.datetime
    style: str
    ui: str  # mail client UI language: quote headers
    lang: str  # language the text is written in (the label)
    from_: str
    to: str
    cc: str | None
    subject: str
    message_id: str
    text: str
    prev: M.Sent | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    atts: list[Att] = field(default_factory=list)
    body_docs: list[Doc] = field(default_factory=list)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    special: str | None = None
    inner: Plan | None = None
    case_missing: list[str] | None = None
    message_missing: list[str] | None = None
    refs: list[str] = field(default_factory=list)


def money(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    out = []
    used: set[str] = set()
    for i in range(deal.nlines):
        code, desc, base, sizes = p.products[i % len(p.products)]
        size = sizes[(i // len(p.products) + rng.randrange(len(sizes))) % len(sizes)]
        price = money(Decimal(base) * (1 + Decimal(size) / 250))
        qty = rng.choice(p.qtys)
        if p.sku_style == "sap":
            sku = f"40{123400 + 173 * i + size:06d}"  # SAP material numbers: 8 digits, no letters
        else:
            sku = f"{code}-{size:04d}{'ABCDEFGHJK'[i % 10]}"
        assert sku not in used
        used.add(sku)
        out.append(Line(sku, desc.format(n=size), qty, p.unit, price))
    return out


class DealBuilder:
    """One deal's messages: thread, business numbers, documents and the missing-document verdicts."""

    def __init__(self, deal: Deal) -> None:
        self.deal = deal
        self.p = PARTNERS[deal.partner]
        self.rng = seeded(deal.id)
        self.ids = Ids(seeded(deal.id + ":ids"))
        self.nums = {"po": deal.po, **deal.nums}
        self.list_lines = lines_for(deal, self.p, self.rng)
        self.final_lines = ([Line(ln.sku, ln.description, ln.quantity, ln.unit, money(ln.unit_price * deal.discount))
                             for ln in self.list_lines] if deal.discount else self.list_lines)
        r = self.rng
        if deal.tracking == "container":
            owner = {"K": "HLX", "M": "CBH", "O": "MSK"}.get(deal.partner, "TGH")
            n = 2 if deal.nlines > 20 else 1
            self.tracking = [container_number(owner, r.randint(100000, 999999)) for _ in range(n)]
        elif deal.tracking == "ups":
            shipper = f"{r.randint(100, 999)}X{r.randint(10, 99)}"
            self.tracking = [ups_number(shipper, "66", r.randint(1000000, 9999999)) for _ in range(2)]
        else:
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]
        self.sent: list[M.Sent] = []
        self.seen: set[str] = set()
        self.ordered = False
        self.vessel = {"K": "ESSEN EXPRESS / 2611E", "M": "COSCO SHIPPING TAURUS / 043E",
                       "O": "MAERSK ESSEN / 614S"}.get(deal.partner, "")
        # One set of shipment facts per deal, so the shipment advice and the B/L agree.
        self.seals = [f"UL{r.randint(1000000, 9999999)}" for _ in self.tracking]
        self.weights = [f"{r.randint(4000, 18000):,} kg" for _ in self.tracking]
        self.pieces = [f"{r.randint(2, 14)} pallets" for _ in self.tracking]
        self.booking = f"{r.randint(10**7, 10**8 - 1)}"

    def total_of(self, lines: list[Line]) -> Decimal:
        d = Doc("x", None, date=dt.date(2026, 1, 1), buyer=None, seller=None, lines=lines, tax_rate=self.p.tax_rate)
        return d.total

    # -- documents ---------------------------------------------------------------------------
    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        p, n = self.p, self.nums
        common = {"date": day_, "buyer": p.company, "seller": US, "currency": p.currency}
        final = self.final_lines
        if doc_type == "quotation":
            return Doc("quotation", n["q"], lines=self.list_lines, tax_rate=p.tax_rate, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, **common)
        if doc_type == "purchase_order":
            extra = [("quote_ref", n["q"])] if "q" in n and p.layouts["purchase_order"][0] in ("L11", "L16") else []
            # Buyers' POs print net values; the VAT comes with our invoice.
            return Doc("purchase_order", n["po"], lines=final, tax_rate=None, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, extra=extra, **common)
        if doc_type == "proforma_invoice":
            return Doc("proforma_invoice", n["pi"], lines=final, tax_rate=p.tax_rate, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, **common)
        if doc_type == "commercial_invoice":
            return Doc("commercial_invoice", n["inv"], order_number=n["po"], lines=final, tax_rate=p.tax_rate,
                       incoterms=p.incoterms, payment_terms=p.payment_terms, **common)
        if doc_type == "contract":
            return Doc("contract", n["ctr"], order_number=n["po"] if (self.ordered or with_po) else None,
                       lines=final, tax_rate=None, incoterms=p.incoterms, payment_terms=p.payment_terms,
                       signed=bool(signed), signatories=(p.contact, "Anna Keller"), **common)
        total = self.total_of(final)
        if doc_type == "payment_advice":
            paid = money(total * Decimal("0.3")) if self.deal.deposit else total
            return Doc("payment_advice", n["pay"], order_number=n["po"], paid_amount=paid,
                       extra=[("invoice_ref", n["inv"])], **common)
        if doc_type == "shipping_notice":
            return Doc("shipping_notice", n["sn"], order_number=n["po"], incoterms=p.incoterms,
                       tracking_numbers=list(self.tracking), **{**common, "currency": None})
        if doc_type == "bill_of_lading":
            # A B/L names no Incoterms: only the freight clause (prepaid/collect).
            return Doc("bill_of_lading", n["bl"], order_number=n["po"], tracking_numbers=list(self.tracking),
                       **{**common, "currency": None})
        if doc_type == "inspection_report":
            return Doc("inspection_report", n["ir"], order_number=n["po"], notes=W.INSPECTION_NOTES[p.key],
                       extra=[("claim_ref", n["claim"])], **{**common, "currency": None})
        raise ValueError(doc_type)

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        """Layout context: the non-label details a real document of this family carries."""
        p, r = self.p, self.rng
        c = dict(p.ctx)
        c["their_date"] = day(self.deal.start, "dot")
        c["their_ref"] = "SB"
        if doc.doc_type in ("purchase_order",) and p.key == "O":
            c["issuer_id"] = p.ctx["issuer_id_buyer"]
        elif p.key == "O":
            c["issuer_id"] = p.ctx["issuer_id_seller"]
        if doc.doc_type == "purchase_order":
            c["note"] = {"P": "Please quote the PO number on all invoices and delivery dockets.",
                         "O": "Documentos requeridos: factura comercial, packing list y B/L."}.get(p.key, "")
        else:
            c["note"] = "Thank you for your business. E&OE." if doc.doc_type == "commercial_invoice" else \
                "Prices are ex stock and subject to prior sale."
        c["footer"] = (f"{US.name} · Registered in England No. 04417321 · VAT GB 284 1177 42 · "
                       "Lloyds Bank plc · IBAN GB29 LOYD 3092 6170 4412 05 · BIC LOYDGB21")
        if doc.doc_type in ("bill_of_lading", "shipping_notice"):
            c.update(carrier={"K": "HAPAG-LLOYD AG", "M": "COSCO SHIPPING LINES", "O": "MAERSK A/S"}.get(p.key, ""),
                     vessel=self.vessel, booking=self.booking,
                     pod={"K": "NHAVA SHEVA (JNPT), INDIA", "M": "QINGDAO, CHINA",
                          "O": "SAN ANTONIO, CHILE"}.get(p.key, ""),
                     seals=self.seals, weights=self.weights, pieces=self.pieces,
                     goods={"K": "PNEUMATIC CYLINDERS AND FITTINGS", "M": "BEARINGS, VALVES",
                            "O": "HYDRAULIC SPARE PARTS"}.get(p.key, "Industrial components"),
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT",
                     forwarder={"L": "DHL Express", "N": "UPS"}.get(p.key, "Solent Freight Forwarding Ltd"),
                     mode={"L": "Express air/road", "N": "UPS Standard (road)"}.get(p.key, "Sea freight FCL"),
                     etd=when.date(), eta=when.date() + dt.timedelta(days=4 if p.key in "LN" else 30),
                     track_url={"L": "dhl.example/track", "N": "ups.example/track"}.get(p.key,
                                                                                       "solentfreight.example"))
        if doc.doc_type == "inspection_report":
            c["findings"] = W.INSPECTION[p.key]
            c["claim"] = self.nums["claim"]
        if doc.doc_type == "contract":
            c["envelope"] = [f"DocuSign Envelope ID: {hashlib.md5((doc.number + who).encode()).hexdigest()[:8].upper()}"
                             f"-{r.randint(1000, 9999)}" for who in ("b", "s")]
        if doc.doc_type == "payment_advice":
            c["detail_note"] = "30% deposit / 定金" if self.deal.deposit else ""
        c["attention"] = p.ctx.get("attention", "")
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        lang = {"K": "en", "L": "de", "M": "zh", "N": "fr", "O": "es", "P": "en"}[self.p.key]
        stem = FILE_STEM.get(lang, {}).get(doc.doc_type) or FILE_STEM["en"][doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Élodie's typed order (partner N)."""
        lines = "\n".join(f"- {ln.sku} | {ln.description} | {ln.quantity} {ln.unit} x "
                          f"{num(ln.unit_price, 'en').replace('.', ',')} € = {fr_sp(ln.amount)} €" for ln in doc.lines)
        return W.ORDER_BLOCK_FR.format(po=doc.number, date=day(doc.date, "slash_dmy"), buyer=doc.buyer.name,
                                       seller=doc.seller.name, incoterms=doc.incoterms,
                                       payment_terms=doc.payment_terms, currency=doc.currency, lines=lines,
                                       subtotal=fr_sp(doc.subtotal), rate=f"{doc.tax_rate.normalize():f}",
                                       tax=fr_sp(doc.tax), total=fr_sp(doc.total))

    # -- messages ----------------------------------------------------------------------------
    def plans(self) -> list[Plan]:
        out: list[Plan] = []
        when_day = self.deal.start
        base: str | None = None
        for i, step in enumerate(self.deal.steps):
            if i:
                when_day += dt.timedelta(days=step.gap)
            # Nobody mails on Sundays in this corpus: move to Monday.
            if when_day.weekday() == 6:
                when_day += dt.timedelta(days=1)
            tz = US_TZ if step.by != "partner" else ZoneInfo(self.p.tz)
            when = dt.datetime(when_day.year, when_day.month, when_day.day, self.rng.randint(8, 17),
                               self.rng.randint(0, 59), self.rng.randint(0, 59), tzinfo=tz)
            pl = self.plan(step, when, base)
            out.append(pl)
            if base is None:
                base = pl.inner.subject if pl.inner is not None else pl.subject
        return out

    def fill(self, step: Step, docs: list[Doc], body_docs: list[Doc], when: dt.datetime, lang: str) -> dict:
        p = self.p
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines)
        numfmt = {"de": "de", "fr": "fr", "es": "de"}.get(lang, "en")
        needs = "\n".join(f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in self.list_lines[:8])
        if len(self.list_lines) > 8:
            needs += f"\n- ... ({len(self.list_lines)} items in total, full list in the attached Excel)" \
                if lang == "en" else "\n- ..."
        return {
            **self.nums, "first": p.contact.split()[0] if p.lang != "zh" else p.contact,
            "total": f"{p.currency} {num(total, numfmt)}",
            "paid": f"{p.currency} {num(pay.total if pay else total, numfmt)}",
            "track": ", ".join(self.tracking), "eta": W.ETA[lang], "needs": needs, "pct": 80,
            "vessel": self.vessel, "etd": day(when.date(), "mon"),
            "order_block": self.order_block(body_docs[0]) if body_docs else "",
        }

    def plan(self, step: Step, when: dt.datetime, base: str | None) -> Plan:
        p, n = self.p, self.nums
        with_po = any(t == "purchase_order" for t, _ in step.docs) or step.body_order
        docs = [self.doc(t, when.date(), step.signed, with_po) for t, _ in step.docs]
        body_docs = [self.doc("purchase_order", when.date(), None, True)] if step.body_order else []
        for d in body_docs:
            d.tax_rate = p.tax_rate  # a typed order states the VAT, unlike the ERP purchase orders
        if step.by == "partner":
            lang = p.lang
        elif step.by == "us":
            lang = US_LANG[p.key]
        else:
            lang = "en"
        key = KEY_OVERRIDE.get((p.key, step.key), step.key)
        subj_tpl, body_tpl = W.TEXTS[lang][key] if step.key != "forward" else W.TEXTS["en"]["order_au"]
        f = self.fill(step, docs, body_docs, when, lang)
        text = body_tpl.format(**f)
        if step.by == "partner":
            sender, style, ui, to, cc = p.addr, p.style, p.ui, ORDERS, US_SALES if p.key in "KO" else None
            text = text + p.sig
        elif step.by == "us":
            sender, style, ui, to, cc = US_SALES, "outlook", "en", p.addr, ORDERS
            text = text + "\n" + W.US_SIG.get(lang, W.US_SIG["en"])
        else:
            sender, style, ui, to, cc = COLLEAGUE, "outlook", "en", ORDERS, None
        prev = self.sent[-1] if self.sent and not step.new_thread else None
        if subj_tpl and (step.new_thread or base is None or step.key == "forward"):
            subject = subj_tpl.format(**f)
        elif base is None:
            subject = subj_tpl.format(**f) if subj_tpl else n["po"]
        else:
            subject = ("RE: " if step.by != "partner" else p.reply_prefix) + base
        domain = sender.split("@")[1].rstrip(">")
        pl = Plan(deal=self.deal.id, stage=step.stage, kind=KIND_OF_STAGE[step.stage],
                  autoreply=step.by == "partner", date=when, style=style, ui=ui, lang=lang, from_=sender, to=to,
                  cc=cc, subject=subject, message_id=self.ids.make(style, domain), text=text, body_docs=body_docs)
        if prev is not None:
            pl.prev = prev
            pl.in_reply_to = prev.message_id
            pl.references = (prev.references + [prev.message_id])[-6:]
        for (dtype, fmt), d in zip(step.docs, docs, strict=True):
            layout, house = p.layouts[dtype]
            att = Att(d, layout, house, self.ctx(d, when), fmt, self.filename(d, fmt))
            att.visible = {x for x in (d.number, d.order_number, *(v for _, v in d.extra)) if x}
            pl.atts.append(att)
        if step.forward:
            pl = self.forwarded(pl, when)
        self.sent.append(M.Sent(pl.from_, pl.to, pl.date, pl.subject, text if not step.forward else pl.text,
                                pl.message_id, pl.references))
        for d in docs + body_docs:
            if d.doc_type != "contract" or d.signed:
                self.seen.add(d.doc_type)
        if step.stage == "order":
            self.ordered = True
        if self.ordered:
            pl.case_missing = [r for r in REQUIRED if r not in self.seen]
        if step.stage in ("order", "contract"):
            have = {d.doc_type for d in docs + body_docs if d.doc_type != "contract" or d.signed}
            pl.message_missing = [r for r in REQUIRED if r not in have]
        return pl

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Ben forwards the partner's order mail (as an attached message) to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=20)
        inner.text = inner.text + p.sig
        subj, body = W.TEXTS["en"]["forward"]
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when,
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=None,
                     subject=subj.format(inner_subject=inner.subject),
                     message_id=self.ids.make("outlook", "example.com"),
                     text=body + "--\nBen Whitaker | Business Development APAC | Northwind Components Ltd.")
        outer.inner = inner
        return outer


def fr_sp(v: Decimal) -> str:
    """1 234,56 with a plain space, as people type it into a mail."""
    return num(v, "en").replace(",", " ").replace(".", ",")


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Exchange out-of-office (German) to our quote in deal L1.
    target = next(pl for pl in deal_plans if pl.deal == "hold-L1" and pl.stage == "quote")
    dresden = PARTNERS["L"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=41),
        # Our quotes go out through the shared orders mailbox, so that is where auto-replies come back to.
        style="outlook", ui="de", lang="de", from_=dresden.addr, to=ORDERS, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", dresden.domain),
        text="Guten Tag,\n\nvielen Dank für Ihre E-Mail. Ich bin bis zum 06.03.2026 im Urlaub und lese meine "
             "Nachrichten in dieser Zeit nicht. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden "
             "Einkaufsangelegenheiten wenden Sie sich bitte an Herrn Mirko Stein, m.stein@elbtal-foerdertechnik."
             "example, Tel. +49 351 4410 229.\n\nMit freundlichen Grüßen\nSvenja Brandt",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", dresden.email)]))
    # 2. Gmail vacation responder (Spanish) to our invoice in deal O1.
    target = next(pl for pl in deal_plans if pl.deal == "hold-O1" and pl.stage == "order" and pl.from_ == US_SALES)
    chile = PARTNERS["O"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2),
        style="gmail", ui="es", lang="es", from_=chile.addr, to=ORDERS, cc=None,
        subject="Fuera de la oficina hasta el 25 de mayo", message_id=ids.make("gmail", chile.domain),
        text="Hola,\n\nestaré fuera de la oficina, con acceso limitado al correo, hasta el lunes 25 de mayo. "
             "Para temas urgentes de compras, favor escribir a compras@andina-repuestos.example.\n\nGracias,\n"
             "Matías",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Exchange Online non-delivery report for a mistyped address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 1, 22, 10, 14, 8, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>", to=ORDERS,
        cc=None, subject="Undeliverable: Datasheets ISO 15552 cylinders",
        message_id="<7d1b2f0e9c4a4e56a1d0b3e8f2c61a77@LO2P265MB4411.GBRP265.PROD.OUTLOOK.example>",
        text="priya.ragunathan@sahyadri-eng.example", special="ndr"))
    # 4. Newsletter (French trade press).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 3, 3, 7, 30, tzinfo=ZoneInfo("Europe/Paris")), style="html", ui="fr", lang="fr",
        from_="Industrie & Maintenance Mag <newsletter@industrie-maintenance.test>", to=ORDERS, cc=None,
        subject="Salon Global Industrie 2026 : votre badge gratuit + les tendances de la semaine",
        message_id=ids.make("apple", "mail.industrie-maintenance.test"),
        text="Cette semaine dans Industrie & Maintenance :\n\n• Maintenance prédictive : 5 retours d'expérience\n"
             "• Prix de l'acier : la détente se confirme\n• Global Industrie, Lyon, 10–13 mars : demandez votre "
             "badge gratuit avec le code GI26-IMM\n\nLire en ligne : https://industrie-maintenance.test/nl/2026-09\n\n"
             "Vous recevez cet e-mail car vous êtes abonné(e) à notre lettre d'information. Se désabonner : "
             "https://industrie-maintenance.test/desabonnement",
        extra_headers=[("List-Id", "Industrie & Maintenance <hebdo.industrie-maintenance.test>"),
                       ("List-Unsubscribe", "<https://industrie-maintenance.test/u/7Hq2>, "
                                            "<mailto:unsub-7Hq2@industrie-maintenance.test>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "Sendinblue")]))
    # 5. Spam (German mailbox-quota phishing).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 4, 28, 2, 17, 55, tzinfo=ZoneInfo("Asia/Jakarta")), style="html", ui="de",
        lang="de", from_="E-Mail Administrator <no-reply@postfach-sicherheit.test>", to=ORDERS, cc=None,
        subject="Ihr Postfach orders@example.com ist zu 98 % voll",
        message_id=ids.make("apple", "postfach-sicherheit.test"),
        text="Sehr geehrter Benutzer,\n\nIhr Postfach hat das Speicherlimit fast erreicht. Eingehende Nachrichten "
             "werden ab morgen abgewiesen.\n\nKlicken Sie hier, um 50 GB kostenlos freizuschalten: "
             "http://postfach-sicherheit.test/upgrade?u=orders\n\nIhr E-Mail-Team",
        extra_headers=[("Reply-To", "admin-support@freemail.test")]))
    # 6. Internal note from a colleague, nothing to act on.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 5, 19, 8, 2, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Grace Liu <grace.liu@example.com>", to=ORDERS, cc=None,
        subject="Fire alarm test Thursday 10:00",
        message_id=ids.make("outlook", "example.com"),
        text="Morning all,\n\nheads-up that the building fire alarm will be tested this Thursday at 10:00 for "
             "about 15 minutes. No need to leave the building.\n\nGrace\n--\nGrace Liu | Office Manager | "
             "Northwind Components Ltd."))
    return out


def ndr_message(pl: Plan) -> EmailMessage:
    """An Exchange Online non-delivery report: multipart/report with an HTML+text explanation."""
    failed = pl.text
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)), ("Subject", pl.subject),
                 ("Message-ID", pl.message_id), ("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Message-Is-Ndr", ""),
                 ("X-MS-PublicTrafficType", "Email"), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"Your message to {failed} couldn't be delivered.\n\n{failed.split('@')[0]} wasn't found at "
            f"{failed.split('@')[1]}.\n\norders            Office 365            {failed.split('@')[0]}\n"
            "Action Required                                  Recipient\n\nUnknown To address\n\n"
            "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error occurs because the sender sent a "
            "message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at "
            "the destination domain.\n\nOriginal Message Details\nCreated Date: "
            f"{pl.date - dt.timedelta(seconds=6):%d/%m/%Y %H:%M:%S}\nSender Address: orders@example.com\n"
            f"Recipient Address: {failed}\nSubject: Datasheets ISO 15552 cylinders\n\nError Details\n"
            "Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
            "DSN generated by: LO2P265MB4411.GBRP265.PROD.OUTLOOK.example\n")
    alt = EmailMessage(policy=M.POLICY)
    alt.set_content(text)
    alt.add_alternative("<html><body><div style=\"font-family:'Segoe UI',sans-serif\">"
                        + "".join(f"<p>{html.escape(line) or '&nbsp;'}</p>" for line in text.split("\n"))
                        + "</div></body></html>", subtype="html")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    # Set after make_mixed(), which moves every Content-* header of the top part into a new empty subpart.
    msg["Content-Language"] = "en-GB"
    msg.attach(alt)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.example"
    per_msg["Received-From-MTA"] = "dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.example"
    per_msg["Arrival-Date"] = format_datetime(pl.date - dt.timedelta(seconds=6))
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Original-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Final-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.10"
    per_rcpt["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    original = EmailMessage(policy=M.POLICY)
    original["From"] = "Northwind Orders <orders@example.com>"
    original["To"] = failed
    original["Subject"] = "Datasheets ISO 15552 cylinders"
    original["Date"] = format_datetime(pl.date - dt.timedelta(seconds=6))
    original["Message-ID"] = "<LO2P265MB44110A1B2C3D4E5F@LO2P265MB4411.GBRP265.PROD.OUTLOOK.example>"
    original.set_content("Dear Priya,\n\nas promised, the datasheets will follow in a separate mail.\n\nAnna")
    rfc = EmailMessage(policy=M.POLICY)
    rfc.set_content(original)
    msg.attach(rfc)
    return msg


# ------------------------------------------------------------------------------------------------
# Rendering and conversion

def pin_pdf(data: bytes, key: str) -> bytes:
    """Fix the PDF producers' time stamps and random IDs (same lengths, so every xref offset stays valid)."""
    data = re.sub(rb"/CreationDate\(D:\d{14}Z'\)", b"/CreationDate(D:20260101000000Z')", data)
    data = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}([+-]\d\d'\d\d')\)",
                  lambda m: b"/" + m.group(1) + b" (D:20260101000000" + m.group(2) + b")", data)
    digest = hashlib.md5(key.encode()).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, data)
    return re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + digest + b">", m.group(0)), data)


def convert(sources: dict[str, Rendered], work: Path) -> dict[str, bytes]:
    """docx/xlsx through one LibreOffice batch, HTML through headless Chromium; key -> pinned PDF."""
    out: dict[str, bytes] = {}
    home = work / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "TZ": "UTC"}
    office = {k: r for k, r in sources.items() if r.producer in ("docx", "xlsx")}
    if office:
        src, dst = work / "src", work / "pdf"
        src.mkdir()
        dst.mkdir()
        for k, r in office.items():
            (src / f"{k}.{r.producer}").write_bytes(r.data)
        subprocess.run(["libreoffice", "--headless", "--norestore", f"-env:UserInstallation=file://{home}/lo",
                        "--convert-to", "pdf", "--outdir", str(dst),
                        *sorted(str(src / f"{k}.{r.producer}") for k, r in office.items())],
                       env=env, check=True, capture_output=True, timeout=900)
        for k in office:
            pdf = dst / f"{k}.pdf"
            if not pdf.exists():
                raise RuntimeError(f"LibreOffice did not convert {k}")
            out[k] = pin_pdf(pdf.read_bytes(), k)
    for k, r in sources.items():
        if r.producer != "html":
            continue
        page = work / f"{k}.html"
        page.write_bytes(r.data)
        pdf = work / f"{k}.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--disable-background-networking", "--no-first-run", f"--user-data-dir={work / 'chrome'}",
                        f"--print-to-pdf={pdf}", page.as_uri()],
                       env=env, check=True, capture_output=True, timeout=120)
        out[k] = pin_pdf(pdf.read_bytes(), k)
    return out


def all_atts(pl: Plan) -> list[Att]:
    return pl.atts + (all_atts(pl.inner) if pl.inner is not None else [])


def build() -> list[Plan]:
    builders = [DealBuilder(d) for d in DEALS]
    plans = [pl for b in builders for pl in b.plans()]
    plans += misc_plans(plans)
    plans.sort(key=lambda pl: pl.date)
    numbers = [b.nums[k] for b in builders for k in ("po", "q", "pi", "inv", "ctr", "claim") if k in b.nums]
    for pl in plans:
        hay = " ".join([pl.subject, pl.text, pl.prev.text if pl.prev else "",
                        (pl.inner.subject + " " + pl.inner.text) if pl.inner else ""])
        shown = {x for a in all_atts(pl) for x in a.visible} | {x for d in pl.body_docs for x in (d.number,) if x}
        pl.refs = [x for x in numbers if x in hay or x in shown]
    return plans


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return ndr_message(pl)
    atts = [(a.filename, files[a.key], MIME[a.fmt]) for a in pl.atts]
    forwarded = assemble(pl.inner, files) if pl.inner is not None else None
    return M.build(style=pl.style, lang=pl.ui, from_=pl.from_, to=pl.to, cc=pl.cc, subject=pl.subject, date=pl.date,
                   message_id=pl.message_id, text=pl.text, prev=pl.prev, in_reply_to=pl.in_reply_to,
                   references=pl.references, attachments=atts, extra_headers=pl.extra_headers, forwarded=forwarded)


def label_of(name: str, pl: Plan) -> dict:
    docs = [a.doc.label(a.filename) for a in all_atts(pl)] + [d.label("body") for d in pl.body_docs]
    return {"file": name, "deal": pl.deal, "kind": pl.kind, "stage": pl.stage,
            "language": pl.inner.lang if pl.inner is not None else pl.lang,
            "autoreply_expected": pl.autoreply, "case_missing_documents": pl.case_missing,
            "message_missing_documents": pl.message_missing, "references": pl.refs, "subject": pl.subject,
            "documents": docs}


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    plans = build()
    files: dict[str, bytes] = {}
    to_pdf: dict[str, Rendered] = {}
    for n, pl in enumerate(plans, start=1):
        for j, att in enumerate(all_atts(pl)):
            att.key = f"h{n:03d}_{j}"
            att.rendered = render(att.doc, att.layout, att.house, att.ctx)
            if att.fmt == "pdf":
                to_pdf[att.key] = att.rendered
            elif att.fmt == att.rendered.producer:
                files[att.key] = att.rendered.data
            else:
                raise ValueError(f"{att.filename}: layout {att.layout} writes {att.rendered.producer}, not {att.fmt}")
    if pdf:
        with tempfile.TemporaryDirectory(prefix="holdout-pdf-") as tmp:
            files.update(convert(to_pdf, Path(tmp)))
    else:
        files.update({k: b"%PDF-1.7 placeholder\n" for k in to_pdf})
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    labels = []
    for n, pl in enumerate(plans, start=1):
        name = f"{n:03d}.eml"
        (out_dir / name).write_bytes(M.to_bytes(assemble(pl, files), f"holdout{n:03d}"))
        labels.append(label_of(name, pl))
    (out_dir / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return labels
