"""Turn the twenty-third holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field, fields
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery (dev4's, through dev7's subclass
# with its date pinning), conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner, Step
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev24_gen.deals import DEALS
from tests.corpus.dev24_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev24_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20340508
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager – Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 "
                "3AB, UK\nT +44 23 8063 1172 · orders@example.com",
          "de": "Anna Keller\nExportverkauf – Northwind Components Ltd.\nSouthampton, Grossbritannien\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nVentas de Exportación – Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nVentes à l'export – Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "SalesQuotation", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "ExportSalesContract", "bill_of_lading": "FCR", "shipping_notice": "PackingList",
        "payment_advice": "TransferOrder", "inspection_report": "SNCR", "purchase_order": "PO"}
OWN_STEM = {("UG", "purchase_order"): "PurchaseOrder", ("LI", "purchase_order"): "Bestellung",
            ("VE", "purchase_order"): "OrdenCompra", ("MM", "purchase_order"): "采购订单",
            ("LI", "payment_advice"): "Zahlungsauftrag", ("HT", "payment_advice"): "OrdreDeVirement",
            ("VE", "payment_advice"): "SolicitudTransferencia", ("MM", "payment_advice"): "境外汇款申请书",
            ("LI", "inspection_report"): "Abweichungsbericht"}
MAIL_NUM = {"TT": "en", "UG": "en", "LI": "ch", "HT": "fr", "VE": "de", "MM": "en"}  # amounts in their mails
ACCOUNT = {"TT": "COU002", "UG": "MAB001", "LI": "ALP004", "HT": "SOC011", "VE": "ENV003", "MM": "SHW001"}
CARRIER = {"TT": ("Netley Global Forwarding – LCL groupage to Point Lisas", "Container No."),
           "HT": ("Netley Global Forwarding – LCL groupage to Port-au-Prince", "Container No."),
           "VE": ("Netley Global Forwarding – LCL groupage to Maracaibo", "Container No."),
           "MM": ("Netley Global Forwarding – LCL via Singapore to Yangon", "Container No."),
           "UG": ("Netley Global Forwarding – air consolidation to Entebbe", "Air Waybill No.")}
COURIER = ("Solent Express Parcels – international express", "Tracking No.")
GOODS = {"TT": "SPARE PARTS FOR PROCESS PLANT (VALVES, PUMPS, SEALS)", "UG": "SPARE PARTS FOR SUGAR MILL",
         "HT": "SPARE PARTS FOR BOTTLING LINE", "VE": "SPARE PARTS FOR INJECTION MOULDING MACHINES",
         "MM": "SPARE PARTS FOR CEMENT PLANT"}
ROUTE = {"TT": "Sea – Southampton to Point Lisas", "HT": "Sea – Southampton to Port-au-Prince",
         "VE": "Sea – Southampton to Maracaibo", "MM": "Sea – Southampton via Singapore to Yangon",
         "UG": "Air – London Heathrow to Entebbe"}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|回复[:：] ?)+")
DUE_DAYS = {"TT": 45, "UG": 30, "LI": 30, "HT": 30, "VE": 60, "MM": 0}
DEFECTS = (("D-DIM", "Dimension out of tolerance (bore +0.08 mm)"), ("D-MAT", "Hardness below specification"))
DEFECTS_DE = (("F-MASS", "Mass ausserhalb Toleranz (Bohrung +0.08 mm)"), ("F-OBF", "Oberfläche beschädigt, "
                                                                                   "Korrosionsspuren"))


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def awb(prefix: str, serial: int) -> str:
    """An IATA air waybill number: airline prefix, seven-digit serial and its check digit (serial mod 7)."""
    return f"{prefix}-{serial:07d}{serial % 7}"


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap parts go in tens, the
    expensive ones by the piece."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 5 else 1)
        if ln.unit_price > 900:
            qty = max(1, qty // 4)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


@dataclass
class PackingList(Doc):
    """A packing list: the shipping step's document, labelled as what its title says, with its article rows as
    line items (code, description, quantity, unit; no prices)."""

    rows: list[Line] = field(default_factory=list)

    def label(self, source: str) -> dict:
        lb = super().label(source)
        lb["doc_type"] = "packing_list"
        lb["line_items"] = [{"sku": ln.sku, "description": ln.description, "quantity": ln.quantity,
                             "unit": ln.unit or None, "unit_price": None, "amount": None} for ln in self.rows]
        return lb


class Holdout23Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number("NGF", r.randint(100000, 999999))]
        elif deal.tracking == "airfreight":
            self.tracking = [awb("176", r.randint(1000000, 9999999))]
        else:
            self.tracking = [f"{r.randint(10**9, 10**10 - 1)}"]
        self.pi_date: dt.date | None = None
        self.seals = [f"NG{r.randint(100000, 999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if doc_type == "proforma_invoice":
            self.pi_date = d.date
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "quotation":
            d.order_number = None
        if doc_type == "purchase_order" and layout == "L225" and "q" in self.nums:
            d.extra = [("quote_ref", self.nums["q"])]  # "Ihre Offerte" in the information block
        if doc_type == "payment_advice" and self.invoice_date is None and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # the advance is paid against the pro forma
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a VAT / tax line of 0.00
        if layout == "L220":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS.get(p.key, 30), account=ACCOUNT[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        if doc.doc_type == "payment_advice":
            full = self.total_of(self.final_lines, Decimal(0))
            c["invoice_amount"] = full
            remark = {"en": "30% advance", "zh": "30% advance", "de": "Anzahlung 30 %",
                      "fr": "acompte 30 %", "es": "anticipo 30 %"}
            c["remark"] = remark[p.layouts["payment_advice"][1].lang] if self.deal.deposit else ""
        if doc.doc_type == "contract":
            c["delivery_time"] = ("within six weeks of receipt of the advance payment" if self.deal.deposit
                                  else "within six weeks of the contract date")
        if doc.doc_type == "purchase_order":
            c["wf"] = f"{r.randint(1000, 9999)}"
        if doc.doc_type == "bill_of_lading":
            pieces = r.randint(3, 9)
            kg = sum(ln.quantity for ln in self.final_lines) * 0.8 + 55
            carrier, cap = CARRIER[p.key]
            c.update(pieces=pieces, weight=f"{kg:.1f}", cbm=f"{pieces * 0.24:.2f}", goods=GOODS[p.key],
                     route=ROUTE[p.key], track_caption=cap, pkg="wooden cases" if cap.startswith("Cont") else
                     "cartons", marks=f"{p.company.name.split(',')[0]} / {doc.order_number} / 1-{pieces}",
                     freight="Prepaid" if p.incoterms.startswith(("C", "D")) else "Collect")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                bin_ = f"{'ABCD'[r.randint(0, 3)]}{r.randint(1, 24):02d}-{r.randint(1, 5)}"
                rows.append((ln, f"{1 + i // 4}", bin_))
            carrier, cap = CARRIER.get(p.key, COURIER)
            gross = sum(ln.quantity for ln in self.final_lines) * 0.8 + 55
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 4, carrier=carrier, track_caption=cap,
                     gross=f"{gross:.1f}")
        if doc.doc_type == "inspection_report":
            bad = self.final_lines[1:3]
            why = DEFECTS_DE if p.layouts["inspection_report"][1].lang == "de" else DEFECTS
            c.update(received=when.date() - dt.timedelta(days=4), qe="J. Wekesa" if p.key == "UG" else "S. Kaiser",
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 2), why[k][0], why[k][1])
                               for k, ln in enumerate(bad)])
        return c

    def plan(self, step: Step, when: dt.datetime, base: str | None) -> Plan:
        # A reply answers the mail before it: it takes that mail's subject, not the subject the deal began with.
        if self.sent and not step.new_thread and base is not None:
            base = PREFIX.sub("", self.sent[-1].subject)
        return super().plan(step, when, base)

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Kavita's order typed in Outlook as a tab-separated table pasted from a spreadsheet."""
        rows = "\n".join(f"{i * 10}\t{ln.sku}\t{ln.description}\t{ln.quantity}\t{ln.unit}\t{amt(ln.unit_price, 'en')}"
                         f"\t{amt(ln.amount, 'en')}" for i, ln in enumerate(doc.lines, start=1))
        return (f"PURCHASE ORDER No. {doc.number}\nDate: {doc.date.strftime('%d/%m/%Y')}\nBuyer: {doc.buyer.name}\n"
                f"Supplier: {doc.seller.name}\nDelivery terms: {doc.incoterms}\nPayment terms: {doc.payment_terms}\n"
                f"Currency: {doc.currency}\n\nLine\tItem code\tDescription\tQty\tUnit\tUnit price\tAmount\n{rows}\n\n"
                f"Total order value: {doc.currency} {amt(doc.total, 'en')}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description}，数量 {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"{i}) {ln.description} – cantidad: {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        elif p.key == "TT":
            needs = "\n".join(f"({chr(96 + i)}) {ln.description} – {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"* {ln.description} x {ln.quantity}" for ln in lines)
        prices = "\n".join(f"{ln.sku}  {ln.description}  {ln.quantity} {ln.unit} @ {p.currency} "
                           f"{amt(ln.unit_price, style)}" for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Priya, who met the customer at a trade fair, forwards the partner's mail to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=17, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Hi Anna,\n\nMr Zhao from Shwe Hua Cement sent me their signed contract (we met at the "
                           "Yangon building materials fair). Forwarding it so it gets filed with their order.\n\n"
                           "Best,\nPriya\n\nPriya Natarajan\nArea Sales Manager\nNorthwind Components Ltd."))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook automatic reply from Couva (Kavita at the plant during the turnaround), answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho23-TT1" and pl.stage == "shipping")
    tt = PARTNERS["TT"]
    back = target.date.date() + dt.timedelta(days=10)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=52),
        style="outlook", ui="en", lang="en", from_=tt.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", tt.domain),
        text=f"I am supporting the turnaround on site and will have limited access to e-mail until "
             f"{back.strftime('%d/%m/%Y')}. For purchasing matters please contact purchasing@couva-process.example."
             "\n\nKavita Ramdial",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. French Outlook out-of-office from Port-au-Prince, answering our invoice-and-contract mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho23-HT1" and pl.stage == "order" and pl.from_ == US_SALES)
    ht = PARTNERS["HT"]
    back = target.date.date() + dt.timedelta(days=2)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=19),
        style="outlook", ui="fr", lang="fr", from_=ht.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("outlook", ht.domain),
        text=f"Bonjour,\n\nje suis en déplacement au Cap-Haïtien et de retour le {back.strftime('%d/%m/%Y')}. Pour "
             "toute urgence, merci de contacter le service achats au +509 2941 8200.\n\nNadège Pierre-Louis",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Exim bounce for a mistyped address in Maracaibo.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2034, 6, 20, 14, 3, 41, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@mx1.example.com>", to=US_SALES, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1sKq7e-0041Bz-2T@mx1.example.com>",
        text="g.urdaneta@envazulia.example", special="exim"))
    # 4. A German-language precision engineering fair newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2034, 6, 3, 8, 0, tzinfo=ZoneInfo("Europe/Zurich")), style="html", ui="de", lang="de",
        from_="Rheintaler Präzisionstage <newsletter@praezisionstage.test>", to=ORDERS, cc=None,
        subject="Newsletter Juni: Ausstellerliste, Fachforum Zerspanung und Frühbucherrabatt",
        message_id=ids.make("apple", "news.praezisionstage.test"),
        text="RHEINTALER PRÄZISIONSTAGE – Newsletter Juni 2034\n\n• Über 120 Aussteller aus dem Dreiländereck\n"
             "• Fachforum: Zerspanung von Titan und Inconel\n• Frühbucherrabatt für Standflächen bis 31. Juli\n\n"
             "Im Browser ansehen: https://praezisionstage.test/newsletter/2034-06\n\nSie erhalten diesen Newsletter, "
             "weil Sie sich registriert haben. Abmelden: https://praezisionstage.test/abmelden",
        extra_headers=[("List-Id", "Newsletter <newsletter.praezisionstage.test>"),
                       ("List-Unsubscribe", "<https://praezisionstage.test/abmelden?id=40418>"),
                       ("Precedence", "bulk")]))
    # 5. Spam posing as a mailbox quota warning.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2034, 7, 1, 2, 44, 9, tzinfo=ZoneInfo("America/Sao_Paulo")), style="html", ui="en",
        lang="en", from_="IT Service Desk <helpdesk@mailbox-quota-alert.test>", to=ORDERS, cc=None,
        subject="orders@example.com – mailbox 98% full, incoming invoices will be rejected",
        message_id=ids.make("gmail", "mailbox-quota-alert.test"),
        text="Dear user,\n\nyour mailbox has reached 98% of its quota. Incoming messages, including supplier invoices "
             "and payment notifications, will be rejected after 12 hours. Upgrade your storage now to keep receiving "
             "mail:\n\nhttps://mailbox-quota-alert.test/upgrade?u=orders\n\nIT Service Desk",
        extra_headers=[("Reply-To", "quota.desk@fastinbox.test")]))
    # 6. The forwarder's booking portal confirming a collection slot (automated, no deal of its own).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2034, 6, 17, 7, 31, 2, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Netley Global Forwarding <no-reply@portal.netley-global.test>", to=ORDERS, cc=None,
        subject="Collection slot confirmed – Thursday 08:00-10:00, Dockside Road",
        message_id=ids.make("gmail", "portal.netley-global.test"),
        text="Your collection request has been confirmed.\n\nCollection address: 12 Dockside Road, Southampton\n"
             "Slot: Thursday 08:00-10:00\nVehicle: 7.5 t tail-lift\n\nManage your bookings at "
             "https://portal.netley-global.test\n\nThis message was sent automatically. Please do not reply.",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))
    # 7. Internal note from the warehouse about the summer shutdown.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2034, 7, 7, 9, 20, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Tom Hendry <tom.hendry@example.com>", to=ORDERS, cc=US_SALES,
        subject="Warehouse closed 4-8 August – last collections",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe warehouse is closed for the racking inspection from 4 to 8 August. The last groupage "
             "collection before the closure is on Thursday 31 July; courier parcels can go until Friday noon. "
             "Please tell customers in good time.\n\nCheers,\nTom\n\nTom Hendry | Warehouse Supervisor | "
             "Northwind Components Ltd."))
    return out


def exim_bounce(pl: Plan) -> EmailMessage:
    """An Exim non-delivery report: multipart/report with the notice, the delivery status and the returned
    headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=4)
    host = failed.split("@")[1]
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("X-Failed-Recipients", failed), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could "
            "not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
            f"address(es) failed:\n\n  {failed}\n    host mx.{host} [198.51.100.27]\n    SMTP error from remote "
            "mail server after RCPT TO:<" + failed + ">:\n    550 5.1.1 No such user here\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx1.example.com"
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Action"] = "failed"
    per_rcpt["Final-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; mx.{host}"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 No such user here"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Planos de la boquilla para "
        f"el molde 4\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <d0418c22-71ab-4e9f-8c1d-5f2271a04182@example.com>"
        "\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "exim":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout23Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho23")
