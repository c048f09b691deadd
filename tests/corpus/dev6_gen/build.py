"""Turn the fifth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery, conversion and label assembly.
from tests.corpus.dev3_gen import build as dev3
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev3_gen.layouts import day
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev6_gen.deals import DEALS
from tests.corpus.dev6_gen.layouts import render, shows_unit
from tests.corpus.dev6_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, container_number

SEED = 20261231
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nSales Manager Export — Northwind Components Ltd.\nT +44 23 8063 1170 · M +44 7700 900 418",
          "es": "Anna Keller\nJefa de Ventas Export — Northwind Components Ltd.\nT +44 23 8063 1170",
          "de": "Anna Keller\nLeitung Exportverkauf — Northwind Components Ltd.\nT +44 23 8063 1170",
          "fr": "Anna Keller\nResponsable ventes export — Northwind Components Ltd.\nT +44 23 8063 1170"}
STEM = {"quotation": "SalesQuotation", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "SalesInvoice",
        "contract": "FrameworkAgreement", "payment_advice": "RemittanceAdvice", "bill_of_lading": "CMR",
        "purchase_order": "PO"}
PO_STEM = {"CL": "OrdenCompra", "AT": "Bestellung", "IN": "PurchaseOrder"}
INTRO = {"en": "  (and {n} more lines, see attached list)", "es": "  (y {n} ítems más según listado)",
         "de": "  (plus {n} weitere Positionen lt. Liste)", "fr": "  (et {n} lignes de plus)"}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


class Holdout5Builder(dev4.DealBuilder):
    """dev4's deal machinery with this holdout's partners, layouts, numbers and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":ship")
        if deal.tracking == "road":
            # A road haulier's ten-digit consignment number.
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]
        else:
            self.tracking = [container_number("SLC", r.randint(100000, 999999))]
        self.pallets = r.randint(3, 14)
        self.issued: dict[tuple[str, str | None, bool | None], dt.date] = {}

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type in ("purchase_order", "commercial_invoice", "contract"):
            # A PO, invoice or signed contract sent again (the bank's document set) keeps its first date.
            d.date = self.issued.setdefault((doc_type, d.number, d.signed), d.date)
        if doc_type == "payment_advice" and self.deal.deposit and "pi" in self.nums:
            # An advance is paid against the pro-forma invoice, not the later commercial invoice.
            d.extra = [("invoice_ref", self.nums["pi"])]
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        c = dict(self.p.ctx)
        c["signed_on"] = when.date()
        c["seller_signatory"] = "Anna Keller"
        if doc.doc_type == "bill_of_lading":
            c.update(pallets=self.pallets, gross=f"{self.pallets * 287:,}".replace(",", "."),
                     cbm=f"{self.pallets * 1.4:.1f}", goods="Spare parts for conveyor / packaging machinery")
        if doc.doc_type == "payment_advice":
            c["doc_kind"] = "Pro-forma (advance)" if self.deal.deposit else "Invoice"
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = PO_STEM.get(self.p.key, "PO") if doc.doc_type == "purchase_order" else STEM[doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Pieter's order typed into the mail: one numbered line per item, Belgian amounts (1.234,50)."""
        rows = "\n".join(f"{i:>2}) réf. {ln.sku} – {ln.description} – {ln.quantity} {ln.unit} x "
                         f"{amt(ln.unit_price, 'de')} EUR = {amt(ln.amount, 'de')} EUR"
                         for i, ln in enumerate(doc.lines, start=1))
        return (f"BON DE COMMANDE {doc.number} du {day(doc.date, 'dot')}\nClient : {doc.buyer.name}\n"
                f"Fournisseur : {doc.seller.name}\n\n{rows}\n\nTotal hors TVA : {amt(doc.total, 'de')} {doc.currency}"
                f"\nLivraison : {doc.incoterms}\nPaiement : {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = {"de": "de", "es": "de", "fr": "de"}.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        shown = self.list_lines[:8]
        needs = "\n".join(f"  - {ln.description}: {ln.quantity} {ln.unit}" for ln in shown)
        if len(self.list_lines) > len(shown):
            needs += "\n" + INTRO[p.lang].format(n=len(self.list_lines) - len(shown))
        return {**f, "needs": needs, "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        outer = super().forwarded(inner, when)
        inner.to = COLLEAGUE
        outer.from_ = COLLEAGUE
        outer.text = ("Hello order desk,\n\nMr Park from Hanbit Marine (Busan) handed me this PO after our meeting at "
                      "the Busan boat show and mailed it to me afterwards. Original attached - could you book it and "
                      "send him the pro-forma for the advance?\n\nThanks,\nFiona\n--\nFiona Lindqvist | Regional Sales "
                      "APAC | Northwind Components Ltd.")
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Out-of-office in Spanish (Gmail) from Chile, answering our quote.
    target = next(pl for pl in deal_plans if pl.deal == "ho5-CL1" and pl.stage == "quote")
    cl = PARTNERS["CL"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2),
        style="gmail", ui="es", lang="es", from_=cl.addr, to=ORDERS, cc=None,
        subject="Respuesta automática: fuera de la oficina", message_id=ids.make("gmail", cl.domain),
        text="Hola,\n\nestaré en terreno visitando productores hasta el lunes 16 de marzo, con acceso limitado al "
             "correo. Para temas urgentes de abastecimiento escriba a bodega@agrolosandes.example.\n\nCamila Fuentes",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))
    # 2. Out-of-office (Outlook, English) from India, answering our invoice.
    target = next(pl for pl in deal_plans if pl.deal == "ho5-IN1" and pl.stage == "order" and pl.from_ == US_SALES)
    ind = PARTNERS["IN"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=52),
        style="outlook", ui="en", lang="en", from_=ind.addr, to=ORDERS, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", ind.domain),
        text="Dear Sender,\n\nI am travelling for a plant audit and will have intermittent access to mails till "
             "Friday. For shipment documents please contact imports@deccanhydrotech.example.\n\nRegards,\nAditya",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "aditya.kulkarni")]))
    # 3. qmail bounce (plain text, "qmail-send program"), mistyped Korean address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 3, 12, 10, 7, 19, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="MAILER-DAEMON@relay3.example.com", to=ORDERS, cc=None, subject="failure notice",
        message_id="<1773310039.48812.qmail@relay3.example.com>",
        text="jh.park@hanbit-marin.example", special="qmail"))
    # 4. Newsletter (German trade portal).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 4, 22, 6, 30, tzinfo=ZoneInfo("Europe/Berlin")), style="html", ui="de", lang="de",
        from_="Fördertechnik Kompakt <redaktion@foerdertechnik-kompakt.test>", to=ORDERS, cc=None,
        subject="Fördertechnik Kompakt 08/2026: Gurtförderer effizienter betreiben",
        message_id=ids.make("apple", "mail.foerdertechnik-kompakt.test"),
        text="Fördertechnik Kompakt – Ausgabe 08/2026\n\n• Gurtförderer: fünf Hebel für weniger Energieverbrauch\n"
             "• Marktbericht Stahlpreise April\n• Termine: LogiMAT-Nachlese und Webinar Predictive Maintenance\n\n"
             "Im Browser lesen: https://foerdertechnik-kompakt.test/ausgabe/2026-08\n\nSie erhalten diesen "
             "Newsletter, weil Sie sich angemeldet haben. Abmelden: https://foerdertechnik-kompakt.test/abmelden",
        extra_headers=[("List-Id", "Foerdertechnik Kompakt <newsletter.foerdertechnik-kompakt.test>"),
                       ("List-Unsubscribe", "<mailto:abmelden@foerdertechnik-kompakt.test>"),
                       ("Precedence", "list"), ("X-Mailer", "CleverReach")]))
    # 5. Spam (English invoice-overdue scam with a link).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 5, 27, 2, 41, 8, tzinfo=ZoneInfo("Asia/Manila")), style="html", ui="en", lang="en",
        from_="Accounts Receivable <ar-notice@global-settlement-desk.test>", to=ORDERS, cc=None,
        subject="FINAL NOTICE: unpaid balance on your account – action required today",
        message_id=ids.make("apple", "global-settlement-desk.test"),
        text="Dear valued client,\n\nour records show an unpaid balance of USD 4,870.00. To avoid suspension of "
             "service, verify your payment details within 12 hours:\n\nhttp://global-settlement-desk.test/verify"
             "\n\nAccounts Receivable Team",
        extra_headers=[("Reply-To", "settlement.desk@freemail.test")]))
    # 6. Internal note.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 4, 29, 14, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Oliver Brandt <oliver.brandt@example.com>", to=ORDERS, cc=None,
        subject="Credit checks for new export customers",
        message_id=ids.make("outlook", "example.com"),
        text="Hi team,\n\nfrom next month finance wants a credit check on file before we accept open-account terms "
             "from a new export customer. L/C and advance-payment business is not affected. The form is in the "
             "finance folder.\n\nCheers,\nOliver\n--\nOliver Brandt | Credit Control | Northwind Components Ltd."))
    return out


def qmail_message(pl: Plan) -> EmailMessage:
    """A qmail non-delivery report: one text/plain part, the remote error and the returned message below."""
    failed = pl.text
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id), ("MIME-Version", "1.0")]:
        msg[k] = v
    sent = pl.date - dt.timedelta(seconds=6)
    msg.set_content(
        "Hi. This is the qmail-send program at relay3.example.com.\nI'm afraid I wasn't able to deliver your message "
        "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{failed}>:\nSorry, I couldn't find any host named hanbit-marin.example. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <orders@example.com>\nReceived: (qmail 48812 invoked by uid 89); {format_datetime(sent)}\n"
        f"From: Northwind Orders <orders@example.com>\nTo: {failed}\nSubject: Your inquiry – brochure\n"
        f"Date: {format_datetime(sent)}\n\nDear Mr. Park,\n\nour brochure on bilge pumps is attached.\n\nAnna\n")
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "qmail":
        return qmail_message(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    plans = dev4.build(DEALS, Holdout5Builder, misc_plans)
    for pl in plans:
        for att in dev3.all_atts(pl):
            # L41 prints "Total VAT 0.00 (export, zero-rated)" for an untaxed document: the document shows a
            # tax of 0.00, so that is its label (README: null only when the document does not show it).
            if att.layout == "L41" and att.doc.tax_rate is None and att.doc.lines:
                att.doc.tax_rate = Decimal("0")
    return plans


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho5")
