"""Turn the twenty-second holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev23_gen.deals import DEALS
from tests.corpus.dev23_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev23_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20330207
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB, United "
                "Kingdom\nT +44 23 8063 1172 | orders@example.com",
          "de": "Anna Keller\nExportvertrieb | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB, "
                "Vereinigtes Königreich\nTel. +44 23 8063 1172",
          "es": "Anna Keller\nDepartamento de Exportación | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nService export | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Estimate", "proforma_invoice": "Proforma", "commercial_invoice": "Invoice",
        "contract": "SalesAgreement", "bill_of_lading": "FBL", "shipping_notice": "PackingList",
        "payment_advice": "BankConfirmation", "inspection_report": "TestReport",
        "purchase_order": "PO"}
OWN_STEM = {("AU", "purchase_order"): "PurchaseOrder", ("AZ", "purchase_order"): "Sifaris_Bestellung",
            ("ML", "purchase_order"): "Lettre_de_commande", ("AD", "purchase_order"): "Pedido",
            ("AZ", "payment_advice"): "Ausfuehrungsbestaetigung", ("ML", "payment_advice"): "ConfirmationVirement",
            ("AD", "payment_advice"): "Justificante"}
MAIL_NUM = {"AU": "en", "AL": "en", "AZ": "de", "ML": "fr", "AD": "de", "FJ": "en"}  # amounts in their mails
CARRIER = {"AU": ("Itchen Freight Forwarding Ltd – LCL groupage", "Container No."),
           "ML": ("Itchen Freight Forwarding Ltd – groupage Dakar", "Container No."),
           "FJ": ("Itchen Freight Forwarding Ltd – LCL via Singapore", "Container No."),
           "AZ": ("Caspian Road Logistics (buyer's forwarder)", "Consignment No.")}
GOODS = {"AU": "MINING EQUIPMENT SPARE PARTS", "ML": "SPARE PARTS FOR OIL MILL",
         "FJ": "REFRIGERATION AND PROCESSING SPARE PARTS"}
POD = {"AU": "Fremantle", "ML": "Dakar", "FJ": "Suva"}
VESSEL = {"AU": "MSC ALDEBARAN V. 331E", "ML": "GRANDE DAKAR V. 0418S", "FJ": "KOTA SEGAR V. 033E"}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|回复[:：] ?)+")
DUE_DAYS = {"AU": 30, "AL": 45, "AZ": 30, "ML": 60, "AD": 30, "FJ": 30}
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap parts go in tens, the
    expensive ones by the piece."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 5 else 1)
        if ln.unit_price > 600:
            qty = max(1, qty // 3)
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


class Holdout22Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number("IFF", r.randint(100000, 999999))]
        else:
            self.tracking = [f"{r.randint(10**9, 10**10 - 1)}"]
        self.pi_date: dt.date | None = None
        self.seals = [f"NW{r.randint(100000, 999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "proforma_invoice":
            self.pi_date = d.date
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "payment_advice" and self.invoice_date is None and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # the advance is paid against the pro forma
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a VAT line of 0.00
        if layout == "L210":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS.get(p.key, 30))
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "payment_advice":
            # The notification lists the document it settles: the invoice, or the pro forma for an advance.
            c["invoice_date"] = self.invoice_date or self.pi_date or when.date()
            c["invoice_amount"] = self.total_of(self.final_lines, Decimal(0))
            c["remark"] = ("Anzahlung 30 % / advance" if p.lang == "de" else "30% advance") if self.deal.deposit else ""
        if doc.doc_type == "contract":
            c["delivery_time"] = ("goods ready for collection four weeks after receipt of the advance payment"
                                  if self.deal.deposit else "shipment within five weeks of the order")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        if doc.doc_type == "bill_of_lading":
            pieces = r.randint(2, 7)
            kg = sum(ln.quantity for ln in self.final_lines) * 0.6 + 40
            c.update(pieces=pieces, weight=f"{kg:.1f}", cbm=f"{pieces * 0.21:.2f}", goods=GOODS[p.key],
                     pod=POD[p.key], vessel=VESSEL[p.key], seal=self.seals[0])
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(2, 40) / 10
                rows.append((ln, f"{1 + i // 5}", f"{net:.1f}", f"{net * 1.06 + 1:.1f}", ""))
            carrier, cap = CARRIER.get(p.key, ("Wessex Air Express – international courier", "Tracking No."))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 5, carrier=carrier, track_caption=cap,
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = self.final_lines[:2]
            why = ("Bore diameter above tolerance (H7)", "Hardness 38 HRC, specified 45-50 HRC")
            c.update(received=when.date() - dt.timedelta(days=5),
                     findings=[(ln.sku, ln.description, ln.quantity, min(ln.quantity, 3), min(1 + k, ln.quantity, 3), why[k])
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
        if self.p.key == "AL":
            # Elira's order typed in Gmail: a header, then one article per line with the estimate's codes.
            rows = "\n".join(f"{ln.sku} | {ln.description} | qty {ln.quantity} {ln.unit} | EUR "
                             f"{amt(ln.unit_price, 'en')} | EUR {amt(ln.amount, 'en')}" for ln in doc.lines)
            return (f"PURCHASE ORDER {doc.number} of {doc.date.strftime('%d.%m.%Y')}\nBuyer: {doc.buyer.name}\n"
                    f"Seller: {doc.seller.name}\n\nCode | Description | Quantity | Unit price | Amount\n{rows}\n\n"
                    f"Order total: EUR {amt(doc.total, 'en')}\nDelivery terms: {doc.incoterms}\n"
                    f"Payment terms: {doc.payment_terms}")
        # Ms Chen's order typed in Chinese, one article per line.
        rows = "\n".join(f"{i}) {ln.sku}，{ln.description}，{ln.quantity} {ln.unit}，单价 USD "
                         f"{amt(ln.unit_price, 'en')}，小计 USD {amt(ln.amount, 'en')}"
                         for i, ln in enumerate(doc.lines, start=1))
        return (f"采购订单号：{doc.number}\n下单日期：{doc.date.strftime('%Y/%m/%d')}\n买方：{doc.buyer.name}\n"
                f"卖方：{doc.seller.name}\n\n{rows}\n\n订单总额：USD {amt(doc.total, 'en')}\n价格条款：{doc.incoterms}\n"
                f"付款方式：{doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}. {ln.description}  {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"{i}. {ln.description} – {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "es":
            needs = "\n".join(f"• {ln.quantity} {ln.unit} – {ln.description}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        elif p.key == "AL":
            needs = "\n".join(f"{i}. {ln.description}, {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"- {ln.quantity} x {ln.description}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Priya, our sales colleague for the Caspian region, forwards the partner's mail to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=20, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Anna,\n\nLeyla from Xəzər Polimer sent this to me instead of the orders mailbox – "
                           + ("the signed contract, see below. Please file it with their order."
                              if inner.stage == "contract" else "a new order, see below. Can you take it from "
                              "here?") + "\n\nThanks,\nPriya\n\nPriya Natarajan\nArea Sales Manager, Caspian & "
                           "Central Asia\nNorthwind Components Ltd."))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook automatic reply from Karratha (Brendan on a site visit), answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho22-AU1" and pl.stage == "shipping")
    au = PARTNERS["AU"]
    back = target.date.date() + dt.timedelta(days=6)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=37),
        style="outlook", ui="en", lang="en", from_=au.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", au.domain),
        text=f"Thanks for your email. I am on site at Cape Lambert with no reception until {back.strftime('%d/%m/%Y')}."
             " For urgent purchasing matters please call the Karratha office on 08 9185 2700.\n\nBrendan",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Gmail vacation responder from Suva in Chinese and English, answering our quote.
    target = next(pl for pl in deal_plans if pl.deal == "ho22-FJ1" and pl.stage == "quote")
    fj = PARTNERS["FJ"]
    back = target.date.date() + dt.timedelta(days=3)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=4),
        style="gmail", ui="zh", lang="zh", from_=fj.addr, to=US_SALES, cc=None,
        subject="自动回复：休假中 / Out of office", message_id=ids.make("gmail", fj.domain),
        text=f"您好，我正在休假，{back.isoformat()} 返回办公室，期间回复可能延迟。\nI am on leave until "
             f"{back.isoformat()}. Urgent matters: office +679 331 8200.\n\n陈佳慧",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 3. Postfix bounce for a mistyped address in Ordino.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2033, 3, 20, 10, 12, 5, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="MAILER-DAEMON@mx.example.com (Mail Delivery System)", to=US_SALES, cc=None,
        subject="Undelivered Mail Returned to Sender",
        message_id="<20330320101205.4B1C22A0418@mx.example.com>",
        text="j.puigcercos@neuspistes-ordino.example", special="bounce"))
    # 4. A courier's automatic tracking notification for an unrelated inbound parcel.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2033, 2, 25, 6, 2, 44, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Wessex Air Express <tracking-noreply@wessex-air-express.test>", to=ORDERS, cc=None,
        subject="Your parcel 7741 0418 2271 is out for delivery today",
        message_id=ids.make("gmail", "notify.wessex-air-express.test"),
        text="Good news! Your parcel 7741 0418 2271 from Hamble Bearings Ltd is out for delivery today between "
             "10:30 and 13:30.\n\nTrack or change your delivery: https://wessex-air-express.test/t/774104182271"
             "\n\nThis is an automated message, please do not reply.",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))
    # 5. A Spanish-language mountain-industry trade fair newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2033, 3, 3, 9, 30, tzinfo=ZoneInfo("Europe/Madrid")), style="html", ui="es", lang="es",
        from_="Salón Pirineos Montaña <boletin@salon-pirineos.test>", to=ORDERS, cc=None,
        subject="Boletín marzo: expositores confirmados, jornadas técnicas de remontes y acreditaciones",
        message_id=ids.make("apple", "mail.salon-pirineos.test"),
        text="SALÓN PIRINEOS MONTAÑA – Boletín de marzo 2033\n\n• Más de 180 expositores confirmados\n"
             "• Jornadas técnicas: mantenimiento de remontes y nieve producida\n• Acreditaciones profesionales "
             "abiertas hasta el 30 de abril\n\nVer en el navegador: https://salon-pirineos.test/boletin/2033-03"
             "\n\nRecibe este boletín porque visitó el salón. Darse de baja: https://salon-pirineos.test/baja",
        extra_headers=[("List-Id", "Boletin <boletin.salon-pirineos.test>"),
                       ("List-Unsubscribe", "<https://salon-pirineos.test/baja?u=41822>"), ("Precedence", "bulk")]))
    # 6. Spam posing as a customs hold on a shipment, asking for duties by card.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2033, 3, 11, 3, 17, 52, tzinfo=ZoneInfo("Asia/Singapore")), style="html", ui="en",
        lang="en", from_="Customs Clearance Team <clearance@global-parcel-hold.test>", to=ORDERS, cc=None,
        subject="ACTION REQUIRED: shipment held at customs – invoice and duties outstanding",
        message_id=ids.make("gmail", "global-parcel-hold.test"),
        text="Dear Customer,\n\nyour international shipment could not be released because the commercial invoice "
             "is incomplete and import duties of GBP 2.99 are unpaid. Please confirm your details and pay within "
             "24 hours or the goods will be returned to the sender:\n\nhttps://global-parcel-hold.test/release?"
             "ref=HD-88120\n\nCustoms Clearance Team",
        extra_headers=[("Reply-To", "release.desk@quickinbox.test")]))
    # 7. Internal note from credit control about a customer's insured limit.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2033, 3, 14, 11, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Graham Pike <graham.pike@example.com>", to=ORDERS, cc=US_SALES,
        subject="Credit insurance – new limits for export accounts",
        message_id=ids.make("outlook", "example.com"),
        text="Hi team,\n\nthe credit insurer has reviewed our export accounts. New customers in markets without a "
             "rating stay on 30 % advance until they have paid two invoices on time. Please check with me before "
             "confirming open-account terms above GBP 20,000.\n\nThanks,\nGraham\n\nGraham Pike | Credit "
             "Control | Northwind Components Ltd."))
    return out


def postfix_bounce(pl: Plan) -> EmailMessage:
    """A Postfix non-delivery report: multipart/report with the notice, the delivery status and the returned
    headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=3)
    host = failed.split("@")[1]
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\n                   The mail system\n\n<" + failed + ">: host "
            f"mx.{host}[203.0.113.41] said: 550 5.1.1\n    <{failed}>: Recipient address rejected: User unknown "
            "in virtual mailbox table (in reply to RCPT TO command)\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx.example.com"
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; mx.{host}"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 Recipient address rejected: User unknown"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Plazo de entrega pinzas "
        f"telesilla\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <a41822c7-0e5b-4d2a-9f61-33c0418227ab@example.com>"
        "\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return postfix_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout22Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho22")
