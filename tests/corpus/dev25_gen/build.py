"""Turn the twenty-fourth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev25_gen.deals import DEALS
from tests.corpus.dev25_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev25_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20350219
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Best wishes,\nAnna Keller\nExport Sales – Northwind Components Ltd.\nSouthampton, United Kingdom · "
                "+44 23 8063 1172 · orders@example.com",
          "de": "Beste Grüße\nAnna Keller\nExportvertrieb – Northwind Components Ltd.\nSouthampton, Vereinigtes "
                "Königreich · +44 23 8063 1172",
          "es": "Un cordial saludo,\nAnna Keller\nVentas Internacionales – Northwind Components Ltd.\nSouthampton, "
                "Reino Unido · +44 23 8063 1172",
          "fr": "Bien cordialement,\nAnna Keller\nService export – Northwind Components Ltd.\nSouthampton, "
                "Royaume-Uni · +44 23 8063 1172"}
STEM = {"quotation": "SalesQuote", "proforma_invoice": "ProFormaInvoice", "commercial_invoice": "Invoice",
        "contract": "SaleContract", "bill_of_lading": "FWB", "shipping_notice": "PackingList",
        "payment_advice": "gpi_tracker", "inspection_report": "GRDR", "purchase_order": "PO"}
OWN_STEM = {("BW", "purchase_order"): "PurchaseOrder", ("MK", "purchase_order"): "Bestellung",
            ("PR", "purchase_order"): "OrdenDeCompra", ("TJ", "purchase_order"): "采购订单",
            ("MK", "payment_advice"): "Zahlungsverfolgung", ("GN", "payment_advice"): "SuiviPaiement",
            ("PR", "payment_advice"): "RastreoPago", ("TJ", "payment_advice"): "汇款跟踪",
            ("MK", "inspection_report"): "Abweichungsmeldung"}
MAIL_NUM = {"JM": "en", "BW": "en", "MK": "de", "GN": "fr", "PR": "en", "TJ": "en"}  # amounts in their mails
ACCOUNT = {"JM": "RIOCOB01", "BW": "OKAVAN01", "MK": "VARDAR01", "GN": "SGHFOR01", "PR": "LABCAR01",
           "TJ": "PAMSIN01"}
DUE_DAYS = {"JM": 7, "BW": 60, "MK": 45, "GN": 14, "PR": 30, "TJ": 0}
# (vessel / voyage, port of discharge, place of delivery, goods)
ROUTE = {"JM": ("CARIBBEAN ORIOLE / 512W", "Kingston, Jamaica", "Kingston, Jamaica (CY)",
                "DISTILLERY SPARE PARTS (VALVES, SEALS, GASKETS)"),
         "BW": ("CAPE KESTREL / 507S", "Durban, South Africa", "Lobatse, Botswana – on carriage by road",
                "SPARE PARTS FOR MEAT PROCESSING EQUIPMENT"),
         "MK": ("AEGEAN FALCON / 0614E", "Thessaloniki, Greece", "Štip, North Macedonia – on carriage by road",
                "SPARE PARTS FOR TEXTILE FINISHING MACHINES"),
         "GN": ("WEST AFRICA STAR / 219S", "Conakry, Guinea", "Conakry, Guinea (CY)",
                "SPARE PARTS FOR PALM OIL MILL"),
         "PR": ("ATLANTIC HERON / 318W", "San Juan, Puerto Rico", "Gurabo, Puerto Rico – on carriage by road",
                "SPARE PARTS FOR PHARMACEUTICAL PACKAGING MACHINES"),
         "TJ": ("BLACK SEA MERLIN / 044E", "Poti, Georgia", "Dushanbe, Tajikistan – on carriage by rail via Baku "
                "and Aktau", "SPARE PARTS FOR MINERAL PROCESSING PLANT")}
# The correspondent bank a payment in this currency passes through (the gpi tracker's second step).
CORR = {"GBP": ("Thames Correspondent Bank plc, London", "TCBPGB2L"),
        "USD": ("Hudson Clearing Bank N.A., New York", "HCBNUS33"),
        "EUR": ("Mainzer Verrechnungsbank AG, Frankfurt", "MVBADEFF"),
        "CNY": ("Bank of Jinhai (Hong Kong) Limited", "BJHKHKHH")}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|回复[:：] ?)+")
REASONS = {"en": ("Bore out of tolerance, parts do not fit", "Surface damaged in transit, corrosion marks"),
           "de": ("Bohrung außerhalb der Toleranz, Teile passen nicht", "Oberfläche beim Transport beschädigt")}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; small parts are bought by the
    dozen or more, the costly ones singly."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (12 if ln.unit_price < 10 else 1)
        if ln.unit_price > 1000:
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


class Holdout24Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        # Every shipment of this holdout travels as sea groupage in the forwarder's container.
        r = seeded(deal.id + ":track")
        self.tracking = [container_number("IML", r.randint(100000, 999999))]
        self.seal = f"IM{r.randint(1000000, 9999999)}"

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if doc_type == "proforma_invoice":
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "quotation":
            d.order_number = None
        if doc_type == "purchase_order" and layout == "L235" and "q" in self.nums:
            d.extra = [("quote_ref", self.nums["q"])]  # the order quotes our offer in its opening sentence
        if doc_type == "payment_advice":
            # An advance is paid against the pro forma, everything else against the invoice.
            pays_pi = self.deal.deposit and self.invoice_date is None and "pi" in self.nums
            d.extra = [("invoice_ref", self.nums["pi"] if pays_pi else self.nums["inv"])]
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if layout == "L230":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key], account=ACCOUNT[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        if doc.doc_type == "payment_advice":
            corr, corr_bic = CORR[p.currency]
            remark = {"en": "30% advance", "zh": "30% advance", "de": "Anzahlung 30 %",
                      "fr": "acompte 30 %", "es": "anticipo 30 %"}
            pays_pi = self.deal.deposit and self.invoice_date is None
            c.update(corr=corr, corr_bic=corr_bic,
                     remark=remark[p.layouts["payment_advice"][1].lang] if pays_pi else "")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("Shipment within seven weeks of receipt of the advance payment" if self.deal.deposit
                                  else "Shipment within six weeks of the date of this contract")
        vessel, pod, delivery, goods = ROUTE[p.key]
        if doc.doc_type == "bill_of_lading":
            pieces = r.randint(3, 9)
            kg = sum(ln.quantity for ln in self.final_lines) * 0.6 + 70
            c.update(vessel=vessel, pod=pod, delivery=delivery, goods=goods, seal=self.seal, pieces=pieces,
                     weight=f"{kg:.1f}", cbm=f"{pieces * 0.31:.2f}", pkg="wooden cases",
                     marks=f"{p.company.name.split(' ')[0].upper()} / {doc.order_number} / 1-{pieces}",
                     freight="Southampton, prepaid" if p.incoterms.startswith(("C", "D")) else "destination, collect")
        if doc.doc_type == "shipping_notice":
            c.update(rows=[(ln, f"C{1 + i // 5}") for i, ln in enumerate(self.final_lines)],
                     cases=1 + (len(self.final_lines) - 1) // 5,
                     gross=f"{sum(ln.quantity for ln in self.final_lines) * 0.6 + 70:.1f}",
                     carrier="Itchen Multimodal Logistics – sea groupage",
                     track_caption="Container")
        if doc.doc_type == "inspection_report":
            lang = p.layouts["inspection_report"][1].lang
            bad = self.final_lines[1:3]
            c.update(received=when.date() - dt.timedelta(days=5), grn=f"GRN-{r.randint(100000, 999999)}",
                     via=f"{vessel.split(' / ')[0]} / container {self.tracking[0]}",
                     storekeeper={"BW": "T. Kgosi", "MK": "D. Trajkovski", "TJ": "Wang Lei"}.get(p.key, "stores"),
                     qa={"BW": "N. Seretse", "MK": "M. Ilievska", "TJ": "Zhou Ping"}.get(p.key, "QA"),
                     photo=r.randint(2000, 8000),
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 3), REASONS[lang][k])
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
        """Shanice's order typed in Gmail: a numbered list, one line per item, then the terms."""
        rows = "\n".join(f"{i}) {ln.sku} – {ln.description} – {ln.quantity} {ln.unit} x {doc.currency} "
                         f"{amt(ln.unit_price, 'en')} = {amt(ln.amount, 'en')}" for i, ln in enumerate(doc.lines, 1))
        return (f"ORDER No. {doc.number} dated {doc.date.strftime('%d/%m/%Y')}\nFrom: {doc.buyer.name}\n"
                f"To: {doc.seller.name}\n\n{rows}\n\nOrder total: {doc.currency} {amt(doc.total, 'en')}\n"
                f"Terms of delivery: {doc.incoterms}\nPayment: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"（{i}）{ln.description}  数量：{ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"{i}. {ln.description}: {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} de {ln.description}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"• {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        else:
            needs = "\n".join(f"- {ln.quantity} x {ln.description}" for ln in lines)
        prices = "\n".join(f"{ln.sku}: {ln.description}, {ln.quantity} {ln.unit} at {p.currency} "
                           f"{amt(ln.unit_price, style)} each" for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Rhys, who visited the plant, forwards the partner's order mail (attached as a message) to the orders
        mailbox."""
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
                     text=("Anna,\n\nIvette at the Gurabo plant sent their order to me because I did the site visit "
                           "in January. Could you take it from here – invoice and contract as usual. Her mail with "
                           "the PDF is attached.\n\nThanks\nRhys\n\nRhys Penhaligon | Field Sales Engineer, "
                           "Americas | Northwind Components Ltd."))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Spanish Town, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho24-JM1" and pl.stage == "shipping")
    jm = PARTNERS["JM"]
    back = target.date.date() + dt.timedelta(days=8)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=3),
        style="gmail", ui="en", lang="en", from_=jm.addr, to=US_SALES, cc=None,
        subject="Out of office: " + target.subject, message_id=ids.make("gmail", jm.domain),
        text=f"Thanks for your email. I am on annual leave and back in the office on {back.strftime('%d/%m/%Y')}. "
             "Urgent stores matters: stores@riocobre-distillers.example or +1 876 984 4100.\n\nShanice",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. French out-of-office from Forécariah, answering our pro forma mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho24-GN1" and pl.stage == "order" and pl.from_ == US_SALES)
    gn = PARTNERS["GN"]
    back = target.date.date() + dt.timedelta(days=4)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=41),
        style="plain", ui="fr", lang="fr", from_=gn.addr, to=US_SALES, cc=None,
        subject="Absence du bureau : " + target.subject, message_id=ids.make("apple", gn.domain),
        text=f"Bonjour,\n\nje suis en mission à Kankan jusqu'au {back.strftime('%d/%m/%Y')} avec un accès limité à ma "
             "messagerie. Pour les achats urgents, veuillez écrire à achats@sgh-huileries.example.\n\nMamadou Aliou "
             "Bah",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Exchange Online non-delivery report for a mistyped address in Štip.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 3, 14, 10, 22, 5, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>", to=US_SALES,
        cc=None, subject="Undeliverable: Liefertermin Färbedüsen", message_id="<a41c8e2f-0d7b-4c61-9e05-"
        "3b7f2c418227@LO2P265MB4182.GBRP265.PROD.OUTLOOK.COM>", text="e.stojanovski@vardar-textil.example",
        special="ndr"))
    # 4. Courier tracking notification for an unrelated sample parcel.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 3, 27, 6, 48, 12, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Solent Express Tracking <tracking@notify.solent-express.test>", to=ORDERS, cc=None,
        subject="Your parcel JD0148227160 is out for delivery today",
        message_id=ids.make("gmail", "notify.solent-express.test"),
        text="Good news! Your parcel JD0148227160 from Hartwell Sample Services is out for delivery today between "
             "10:15 and 13:15.\n\nNot going to be in? Choose a safe place or a neighbour: "
             "https://solent-express.test/manage/JD0148227160\n\nThis is an automated message - replies are not "
             "monitored.",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))
    # 5. A process-industry trade magazine newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 4, 3, 7, 0, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Process Plant Weekly <editor@processplantweekly.test>", to=ORDERS, cc=None,
        subject="This week: sealing trends, a pump-reliability webinar and the spares-pricing survey",
        message_id=ids.make("gmail", "news.processplantweekly.test"),
        text="PROCESS PLANT WEEKLY – 3 April 2035\n\n1. Why dry-running seals are back on the agenda\n2. Webinar: "
             "pump reliability in hot climates (Thursday, 15:00 BST)\n3. Survey: what did your spares cost in 2034?\n\n"
             "Read online: https://processplantweekly.test/issues/2035-14\n\nYou receive this because you subscribed "
             "at a trade show. Unsubscribe: https://processplantweekly.test/u",
        extra_headers=[("List-Id", "Process Plant Weekly <weekly.processplantweekly.test>"),
                       ("List-Unsubscribe", "<https://processplantweekly.test/u?id=418227>"),
                       ("Precedence", "bulk")]))
    # 6. Spam posing as a shipping-document release.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 4, 16, 3, 12, 51, tzinfo=ZoneInfo("Asia/Bangkok")), style="html", ui="en",
        lang="en", from_="Cargo Release Desk <release@bl-docs-portal.test>", to=ORDERS, cc=None,
        subject="Original B/L on hold – pay release fee to avoid demurrage",
        message_id=ids.make("gmail", "bl-docs-portal.test"),
        text="Dear consignee,\n\nthe original bill of lading for your shipment is on hold at our office. To avoid "
             "demurrage charges please pay the document release fee of USD 185 within 24 hours:\n\n"
             "https://bl-docs-portal.test/release?ref=orders\n\nCargo Release Desk",
        extra_headers=[("Reply-To", "release.desk@quickmail.test")]))
    # 7. Internal note from finance about the new bank charges rule.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2035, 3, 5, 16, 40, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Fiona Marsh <fiona.marsh@example.com>", to=ORDERS, cc=US_SALES,
        subject="Bank charges on incoming transfers – please check the charge code",
        message_id=ids.make("outlook", "example.com"),
        text="Hi both,\n\nWessex Merchant Bank now deducts GBP 12 from every incoming SHA transfer. Please remind "
             "customers that our terms say charges OUR, and tell me if a payment arrives short so I can chase "
             "it.\n\nThanks,\nFiona\n\nFiona Marsh | Credit Control | Northwind Components Ltd."))
    return out


def exchange_ndr(pl: Plan) -> EmailMessage:
    """An Exchange Online non-delivery report: multipart/report with the readable notice, the delivery status and
    the returned headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=7)
    domain = failed.split("@")[1]
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("Content-Language", "en-GB"), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"Your message to {failed} couldn't be delivered.\n\n{failed.split('@')[0]} wasn't found at {domain}.\n\n"
            "Action Required: check the recipient's address and send the message again.\n\nHow to Fix It\nThe "
            "address may be misspelled or may not exist.\n\nDiagnostic information for administrators:\nGenerating "
            f"server: LO2P265MB4182.GBRP265.PROD.OUTLOOK.COM\n{failed}\nRemote server returned '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; LO2P265MB4182.GBRP265.PROD.OUTLOOK.COM"
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Action"] = "failed"
    per_rcpt["Final-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Status"] = "5.1.10"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?utf-8?q?Liefertermin_F=C3=A4rbed=C3=BCsen?=\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <7f2c9a41-4182-4e27-b1d0-8c33a5e90d14@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return exchange_ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout24Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho24")
