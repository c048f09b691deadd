"""Turn the sixth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import random
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery, conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev3_gen.layouts import day
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.deals import DEALS
from tests.corpus.dev7_gen.layouts import render, shows_unit
from tests.corpus.dev7_gen.world import ORDERS, PARTNERS
from tests.corpus.docs import Doc, Line, container_number

SEED = 20270107
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales · Northwind Components Ltd.\nDirect +44 23 8063 1170",
          "es": "Anna Keller\nVentas Internacionales · Northwind Components Ltd.\nTel. +44 23 8063 1170",
          "de": "Anna Keller\nExportvertrieb · Northwind Components Ltd.\nTel. +44 23 8063 1170",
          "fr": "Anna Keller\nVentes export · Northwind Components Ltd.\nTél. +44 23 8063 1170"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProFormaInvoice", "commercial_invoice": "Invoice",
        "payment_advice": "TransferReceipt", "bill_of_lading": "AWB", "inspection_report": "8D-Report"}
PO_STEM = {"SE": "PurchaseOrder", "CO": "OrdenCompra", "CZ": "Objednavka", "MY": "PO"}
CONTRACT_STEM = {"CI": "ContratDeVente"}
PAY_STEM = {"CO": "Comprobante"}
DUE_DAYS = {"SE": 30, "CO": 60, "CI": 45, "CZ": 30, "MY": 0}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "de"}  # how each language writes amounts in a mail
CENT = Decimal("0.01")


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """One line per article (item numbers like BB.0035, the same article keeps its number in every deal);
    prices step up with the size index, not the size itself."""
    out = []
    start = [rng.randrange(len(sizes)) for _, _, _, sizes in p.products]
    for i in range(deal.nlines):
        j, rnd = i % len(p.products), i // len(p.products)
        code, desc, base, sizes = p.products[j]
        assert rnd < len(sizes), f"{deal.id}: more lines than articles"
        k = (start[j] + rnd) % len(sizes)
        price = (Decimal(base) * (1 + Decimal(k) * Decimal("0.15"))).quantize(CENT, rounding=ROUND_HALF_UP)
        out.append(Line(f"{code}.{sizes[k]:04d}", desc.format(n=sizes[k]), rng.choice(p.qtys), p.unit, price))
    return out


class Holdout6Builder(dev4.DealBuilder):
    """dev4's deal machinery with this holdout's partners, layouts, numbers and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":ship")
        if deal.tracking == "air":
            self.tracking = [deal.nums["bl"]]  # an air shipment is tracked by its air waybill number
        elif deal.tracking == "road":
            self.tracking = [str(r.randint(10**10, 10**11 - 1))]
        else:
            self.tracking = [container_number("OOL", r.randint(100000, 999999))]
        self.pieces = r.randint(2, 9)
        self.issued: dict[tuple[str, str | None], dt.date] = {}

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type in ("purchase_order", "commercial_invoice", "contract"):
            # The signed copy of a contract, or a document sent again, keeps the date printed on the first one.
            d.date = self.issued.setdefault((doc_type, d.number), d.date)
        if doc_type == "payment_advice" and self.deal.deposit and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # the deposit is paid against the pro-forma
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), seller_signatory="Anna Keller", due_days=DUE_DAYS[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "bill_of_lading":
            gross = self.pieces * 23.5
            c.update(airline="Albion Air Cargo", agent="Hampshire Global Logistics Ltd, Southampton",
                     flight="AL 0417", pieces=self.pieces, gross=f"{gross:.1f}", chargeable=f"{gross * 1.2:.1f}",
                     dims=f"{self.pieces} x 60x40x35 cm", goods="SPARE PARTS FOR INDUSTRIAL MACHINERY")
        if doc.doc_type == "payment_advice":
            c["verify"] = hashlib.sha1(doc.number.encode()).hexdigest()[:16].upper()
        if doc.doc_type == "inspection_report":
            bad = next(ln for ln in self.final_lines if ln.sku.startswith("DB."))
            c.update(part=bad.sku, part_desc=bad.description, qty=bad.quantity)
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        key = self.p.key
        stem = {"purchase_order": PO_STEM.get(key, "PO"), "contract": CONTRACT_STEM.get(key, "ContractOfSale"),
                "payment_advice": PAY_STEM.get(key, STEM["payment_advice"])}.get(doc.doc_type) or STEM[doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}"

    def order_block(self, doc: Doc) -> str:
        """Aya's order typed into the mail: a pipe-separated table as pasted from a spreadsheet, 1 234,50."""
        rows = "\n".join(f"{ln.sku} | {ln.description} | {ln.quantity} {ln.unit} | {amt(ln.unit_price, 'fr')} | "
                         f"{amt(ln.amount, 'fr')}" for ln in doc.lines)
        return (f"BON DE COMMANDE N° {doc.number} du {day(doc.date, 'slash_dmy')}\nAcheteur : {doc.buyer.name}\n"
                f"Vendeur : {doc.seller.name}\n\nRéf. | Désignation | Qté | P.U. {doc.currency} | Montant "
                f"{doc.currency}\n{rows}\n\nTotal HT : {amt(doc.total, 'fr')} {doc.currency}\n"
                f"Incoterm : {doc.incoterms}\nPaiement : {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        needs = "\n".join(f"{i}. {ln.description} – {ln.quantity} {ln.unit}"
                          for i, ln in enumerate(self.list_lines, start=1))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Out-of-office from a Swedish mail server ("Autosvar", plain text), English body, to our production update.
    target = next(pl for pl in deal_plans if pl.deal == "ho6-SE1" and pl.stage == "production")
    se = PARTNERS["SE"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=7),
        style="plain", ui="en", lang="en", from_=se.addr, to=ORDERS, cc=None,
        subject="Autosvar: " + target.subject, message_id=ids.make("plain", se.domain),
        text="Hi,\n\nI am visiting suppliers in Finland and back at my desk on Monday. Mails are not forwarded. "
             "For deliveries arriving this week, please call the goods reception on +46 270 41 77 35.\n\n/Elin",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))
    # 2. Chinese out-of-office from Penang, answering our pro-forma mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho6-MY1" and pl.subject.startswith("Proforma"))
    my = PARTNERS["MY"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=38),
        style="outlook", ui="zh", lang="zh", from_=my.addr, to=ORDERS, cc=None,
        subject="自动回复: " + target.subject, message_id=ids.make("outlook", my.domain),
        text="您好，\n\n本人出差中，期间回复邮件可能会延迟。紧急事务请联系 purchasing@penangprecision.example 或致电 "
             "+60 4-508 7700。\n\n谢谢！\n林志伟",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Google Workspace bounce (Delivery Status Notification), mistyped Colombian address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 3, 9, 11, 14, 52, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=ORDERS, cc=None,
        subject="Delivery Status Notification (Failure)",
        message_id="<6a1f0c2e.050a0220.3b7d4.91c4.GMR@mx.google.com>",
        text="compras@lasabana-alimento.example", special="gmail_dsn"))
    # 4. Newsletter (French trade magazine for the food-processing industry).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 5, 20, 7, 0, tzinfo=ZoneInfo("Europe/Paris")), style="html", ui="fr", lang="fr",
        from_="Agro-Process Hebdo <lettre@agroprocess-hebdo.test>", to=ORDERS, cc=None,
        subject="Agro-Process Hebdo n° 412 : maintenance prédictive, salons de l'été, offres d'emploi",
        message_id=ids.make("apple", "news.agroprocess-hebdo.test"),
        text="Agro-Process Hebdo – la lettre du 20 mai 2026\n\n• Maintenance prédictive : retour d'expérience d'une "
             "chocolaterie\n• Agenda : les salons professionnels de l'été\n• 12 nouvelles offres d'emploi en "
             "maintenance industrielle\n\nVersion en ligne : https://agroprocess-hebdo.test/lettre/412\n\nVous recevez "
             "cette lettre car vous êtes abonné. Se désabonner : https://agroprocess-hebdo.test/desabonnement",
        extra_headers=[("List-Id", "Agro-Process Hebdo <lettre.agroprocess-hebdo.test>"),
                       ("List-Unsubscribe", "<https://agroprocess-hebdo.test/desabonnement?id=88412>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "Sendinblue")]))
    # 5. Spam: fake customs fee for a parcel.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 7, 2, 4, 12, 55, tzinfo=ZoneInfo("Asia/Jakarta")), style="html", ui="en", lang="en",
        from_="Parcel Service <no-reply@parcel-customs-release.test>", to=ORDERS, cc=None,
        subject="Your shipment is on hold: customs fee GBP 2.99 unpaid",
        message_id=ids.make("apple", "parcel-customs-release.test"),
        text="Dear customer,\n\nyour parcel could not be delivered because an import fee of GBP 2.99 has not been "
             "paid. Pay within 48 hours or the parcel will be returned to the sender:\n\n"
             "http://parcel-customs-release.test/pay?id=GB77120\n\nCustomer Service",
        extra_headers=[("Reply-To", "release-desk@freemail.test")]))
    # 6. Internal note.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 4, 15, 9, 12, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Rachel Dunmore <rachel.dunmore@example.com>", to=ORDERS, cc=None,
        subject="Air freight: new cut-off at Heathrow from 1 May",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nfrom 1 May our forwarder collects air freight at 14:00 instead of 16:00. Anything that must "
             "fly the same day has to be packed and labelled by 13:30. Sea and road collections do not change.\n\n"
             "Thanks,\nRachel\n--\nRachel Dunmore | Shipping & Logistics | Northwind Components Ltd."))
    return out


def gmail_dsn(pl: Plan) -> EmailMessage:
    """A Gmail/Google Workspace delivery failure: multipart/report with text+HTML, delivery-status and the
    returned message's headers."""
    failed = pl.text
    host = failed.split("@")[1]
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id),
                 ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", failed), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"** Address not found **\n\nYour message wasn't delivered to {failed} because the address couldn't be "
            "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser"
            f"\n\nThe response from the remote server was:\n550 5.1.1 <{failed}>: Recipient address rejected: User "
            "unknown in local recipient table\n")
    alt = EmailMessage(policy=M.POLICY)
    alt.set_content(text)
    alt.add_alternative("<html><body><table><tr><td style=\"font-size:24px\">Address not found</td></tr>"
                        + "".join(f"<tr><td>{html.escape(t)}</td></tr>" for t in text.split("\n\n")[1:])
                        + "</table></body></html>", subtype="html")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.attach(alt)
    sent = pl.date - dt.timedelta(seconds=3)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; googlemail.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; mx1.{host}. (198.51.100.61, the server for the domain {host}.)"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.1.1 <{failed}>: Recipient address rejected: User unknown"
    per_rcpt["Last-Attempt-Date"] = format_datetime(pl.date)
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"Date: {format_datetime(sent)}\r\nFrom: Northwind Orders <orders@example.com>\r\nTo: {failed}\r\n"
        "Subject: Datasheets for the modular belt\r\nMessage-ID: <CAq9xN4mT2vUe0bLr7KpZs1@mail.gmail.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "gmail_dsn":
        return gmail_dsn(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout6Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho6")

