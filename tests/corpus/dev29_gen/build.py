"""Turn the twenty-eighth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev29_gen.deals import DEALS
from tests.corpus.dev29_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev29_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20380208
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Best wishes,\nAnna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · "
                "Southampton SO14 3AB\nT +44 23 8063 1172 · www.example.com",
          "de": "Mit freundlichen Grüßen\nAnna Keller\nExportvertrieb · Northwind Components Ltd.\n"
                "Southampton, Großbritannien · +44 23 8063 1172",
          "es": "Un cordial saludo,\nAnna Keller\nVentas de exportación · Northwind Components Ltd.\n"
                "Southampton (Reino Unido) · +44 23 8063 1172",
          "fr": "Bien à vous,\nAnna Keller\nResponsable export · Northwind Components Ltd.\n"
                "Southampton (Royaume-Uni) · +44 23 8063 1172"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "bill_of_lading": "BL", "shipping_notice": "PackingList",
        "payment_advice": "TransferCopy", "inspection_report": "NCR", "purchase_order": "PurchaseOrder"}
OWN_STEM = {("ME", "purchase_order"): "Bestellung", ("BI", "purchase_order"): "BonDeCommande",
            ("KG", "purchase_order"): "采购订单", ("CW", "purchase_order"): "PedidoCompra",
            ("SL", "purchase_order"): "PO", ("ME", "payment_advice"): "Zahlungsbestaetigung",
            ("BI", "payment_advice"): "Swift", ("CW", "payment_advice"): "ConfirmacionPago",
            ("KG", "payment_advice"): "汇款确认书", ("BI", "inspection_report"): "FNC",
            ("ME", "inspection_report"): "Fehlerbericht", ("BI", "contract"): "Contrat",
            ("CW", "contract"): "Contrato"}
MAIL_NUM = {"GD": "en", "SL": "en", "ME": "de", "BI": "fr", "CW": "en", "KG": "en"}  # amounts in their mails
ACCOUNT = {"GD": "C00612", "SL": "C00619", "ME": "C00624", "BI": "C00633", "CW": "C00638", "KG": "C00645"}
DUE_DAYS = {"GD": 45, "SL": 30, "ME": 30, "BI": 0, "CW": 30, "KG": 0}
# Port of discharge, the place of delivery, the goods as the carrier describes them, and the vessel.
SEA = {"GD": ("St. George's, Grenada", "St. George's, Grenada", "SPICE PROCESSING EQUIPMENT SPARE PARTS",
              "MERIDIAN CARIBE / 811W"),
       "SL": ("Freetown, Sierra Leone", "Freetown, Sierra Leone", "MINING EQUIPMENT SPARE PARTS (SLURRY PUMP PARTS)",
              "MERIDIAN GUINEA / 214S"),
       "BI": ("Dar es Salaam, Tanzania", "Bujumbura, Burundi (by road, for consignee's account)",
              "BREWERY BOTTLING LINE SPARE PARTS", "MERIDIAN ZANZIBAR / 033E"),
       "CW": ("Willemstad, Curaçao", "Willemstad, Curaçao", "BAKERY OVEN AND DOUGH LINE SPARE PARTS",
              "MERIDIAN CARIBE / 815W")}
MARK = {"GD": "GSG GRENVILLE", "SL": "KADM KOIDU", "ME": "LOVCEN BUDVA", "BI": "BLT BUJUMBURA",
        "CW": "PPC WILLEMSTAD", "KG": "TSBM KANT"}  # shipping marks on the packages
# The claim: who raised it, the problem text, and the failed articles (place in the product list, defect).
CLAIM = {
    "BI": ("Éric Hakizimana (laboratoire qualité)", "Matrices de capsuleuse livrées en 29 mm au lieu du diamètre "
           "commandé ; gicleurs de pasteurisateur fissurés au filetage, constatés au déballage.",
           ((1, "Diamètre non conforme"), (2, "Fissure au filetage"))),
    "SL": ("Alusine Bangura (Plant Metallurgist)", "Two high-chrome impellers cracked at the vane root after "
           "less than 300 running hours; bearings supplied with tapered bore do not fit the plain shafts.",
           ((0, "Cracked vane root"), (5, "Wrong bore type"))),
    "ME": ("Dragan Popović (Küchentechnik)", "Türdichtungen passen nicht auf die Kombidämpfer-Türen, Profil "
           "zu schmal; Dichtung lässt Dampf austreten.", ((1, "Falsches Profil"),)),
}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|(?:回复|答复)[:：] ?)+")


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap wear parts are bought by
    the dozen, the costly ones in ones and twos."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 15 else 1)
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


class Holdout28Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":box")
        if deal.tracking == "sea":
            self.tracking = [container_number("MRA", r.randint(100000, 999999))]
        elif deal.tracking == "courier":
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # DHL Express waybill, ten digits
        self.seals = [f"MA{r.randint(100000, 999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if doc_type == "proforma_invoice":
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "quotation":
            d.order_number = None
        if doc_type == "purchase_order":
            d.extra = [("quote_ref", self.nums["q"])] if "q" in self.nums else []
        if doc_type == "payment_advice":
            # A payment before the invoice exists goes against the pro forma, everything else against the invoice.
            pays_pi = self.invoice_date is None and "pi" in self.nums
            d.extra = [("invoice_ref", self.nums["pi"] if pays_pi else self.nums["inv"])]
        if doc_type == "shipping_notice":
            d.extra = [("invoice_ref", self.nums["inv"])] if self.invoice_date is not None else []
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if doc_type == "shipping_notice" and layout == "L268":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key], account=ACCOUNT[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        n = len(self.final_lines)
        packages = 1 + (n - 1) // 4
        gross = sum(ln.quantity for ln in self.final_lines) * 0.8 + 30 * packages
        marks = f"{MARK[p.key]} / {self.nums['po']} / 1-{packages}"
        if doc.doc_type == "contract":
            c["delivery_time"] = ("within six weeks after receipt of the advance payment" if self.deal.deposit
                                  else "within five weeks from the date of this contract")
        if doc.doc_type == "shipping_notice":
            c.update(rows=[(ln, f"{1 + i // 4}") for i, ln in enumerate(self.final_lines)], packages=packages,
                     gross=f"{gross:.1f}", marks=marks,
                     agent="DHL Express" if self.deal.tracking == "courier" else "Meridian Atlantic Line A/S")
        if doc.doc_type == "bill_of_lading":
            pod, place, goods, vessel = SEA[p.key]
            c.update(seals=self.seals, booking=f"MAL{r.randint(1000000, 9999999)}", vessel=vessel, pod=pod,
                     place=place, goods=goods, marks=marks, packages=packages, gross=f"{gross:.1f}",
                     cbm=f"{packages * 0.52:.2f}", freight="PREPAID")
        if doc.doc_type == "inspection_report":
            by, text, failed = CLAIM[p.key]
            c.update(reported_by=by, long_text=text, grn=f"GRN-{r.randint(300000, 399999)}",
                     received=when.date() - dt.timedelta(days=4),
                     items=[(self.final_lines[k].sku, self.final_lines[k].description, self.final_lines[k].quantity,
                             max(1, self.final_lines[k].quantity // 2), self.final_lines[k].unit or "", found)
                            for k, found in failed])
        return c

    def plan(self, step: Step, when: dt.datetime, base: str | None) -> Plan:
        # A reply answers the mail before it: it takes that mail's subject, not the subject the deal began with.
        if self.sent and not step.new_thread and base is not None:
            base = PREFIX.sub("", self.sent[-1].subject)
        return super().plan(step, when, base)

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-").replace(" ", "_")

    def order_block(self, doc: Doc) -> str:
        """Mohamed's order typed on his phone from the mine site: one line per item, code first, then price x qty."""
        rows = "\n".join(f"{ln.sku} - {ln.description} - {ln.quantity} {ln.unit} x USD {amt(ln.unit_price, 'en')}"
                         f" = {amt(ln.amount, 'en')}" for ln in doc.lines)
        return (f"PURCHASE ORDER NO. {doc.number}  dated {doc.date.strftime('%d/%m/%Y')}\nBuyer: {doc.buyer.name}\n"
                f"Supplier: {doc.seller.name}\n\n{rows}\n\nTOTAL {doc.currency} {amt(doc.total, 'en')}\n"
                f"Terms: {doc.incoterms}, {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}. {ln.description} —— {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"{i}) {ln.description}, {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} : {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.description} ({ln.quantity} {ln.unit})" for ln in lines)
        elif p.key == "GD":
            needs = "\n".join(f"{ln.quantity} x {ln.description}" for ln in lines)
        else:
            needs = "\n".join(f"{i}. {ln.description} / {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        prices = "\n".join(f"{ln.sku}  {ln.description}: {p.currency} {amt(ln.unit_price, style)} / {ln.unit}"
                           for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Priya, our Caribbean account manager, forwards the buyer's order mail (attached as a message)."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(days=2, hours=3, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False,
                     date=when.astimezone(US_TZ), style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS,
                     cc=US_SALES, subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Hi Anna, hi orders,\n\nKezia from the Grenville spice co-op gave me this at the show. "
                           "Could you process it the normal way (invoice + contract to her)? I'm back in the "
                           "office Monday.\n\nThanks!\nPriya\n\nPriya Ramanathan | Account Manager Caribbean | "
                           "Northwind Components Ltd. | +44 7700 900 562"))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from the Sierra Leone mine, answering our quote mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho28-SL1" and pl.stage == "quote")
    sl = PARTNERS["SL"]
    back = target.date.date() + dt.timedelta(days=4)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1),
        style="gmail", ui="en", lang="en", from_=sl.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", sl.domain),
        text=f"I am at the mine site with no network until {back.strftime('%d %b %Y')}. For urgent procurement "
             "issues contact the Freetown office on procurement@kono-alluvial.example.\n\nMohamed",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. German Outlook out-of-office from Budva, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho28-ME1" and pl.stage == "shipping")
    me = PARTNERS["ME"]
    back = target.date.date() + dt.timedelta(days=7)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=41),
        style="outlook", ui="de", lang="de", from_=me.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", me.domain),
        text=f"Guten Tag,\n\nich bin bis einschließlich {back.strftime('%d.%m.%Y')} nicht im Büro. In dringenden "
             "Fällen wenden Sie sich bitte an nabavka@lovcen-riviera.example.\n\nSanja Vuković",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Non-delivery report for a mistyped address in Willemstad.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2038, 3, 9, 10, 17, 3, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <MAILER-DAEMON@mx2.example.com>", to=US_SALES,
        cc=None, subject="Undelivered Mail Returned to Sender",
        message_id="<20380309091703.4C1F2A0417@mx2.example.com>",
        text="ymartina@panificadora-punda.exmaple", special="ndr"))
    # 4. A trade newsletter for bakery and brewery plant engineers.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2038, 4, 6, 7, 15, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Process Plant Spares Weekly <editor@pps-weekly.test>", to=ORDERS, cc=None,
        subject="PPS Weekly #214: oven belt tracking, PTFE filter bags, and freight rates to West Africa",
        message_id=ids.make("gmail", "send.pps-weekly.test"),
        text="PROCESS PLANT SPARES WEEKLY · Issue 214\n\n- Why tunnel oven belts walk, and how to stop it\n- PTFE vs "
             "PPS filter sleeves in cement: a cost per hour comparison\n- Freight corner: rates to Freetown and "
             "Dar es Salaam this quarter\n\nRead online: https://pps-weekly.test/214\n\nYou receive this because "
             "orders@example.com subscribed. Unsubscribe: https://pps-weekly.test/u/88213",
        extra_headers=[("List-Id", "PPS Weekly <weekly.pps-weekly.test>"),
                       ("List-Unsubscribe", "<https://pps-weekly.test/u/88213>, <mailto:unsub-88213@pps-weekly.test>"),
                       ("Precedence", "bulk")]))
    # 5. A fake courier customs-fee message.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2038, 4, 23, 2, 12, 55, tzinfo=ZoneInfo("America/Panama")), style="html", ui="en",
        lang="en", from_="Parcel Service <noreply@parcel-track-customs.test>", to=ORDERS, cc=None,
        subject="Your shipment is held: import duty GBP 2.99 unpaid",
        message_id=ids.make("gmail", "parcel-track-customs.test"),
        text="Dear customer,\n\nyour parcel could not be delivered because a customs fee of GBP 2.99 is unpaid. "
             "Pay within 48 hours or the parcel returns to sender:\nhttps://parcel-track-customs.test/pay\n\n"
             "Enter your card details to release the shipment.\n\nDelivery Team",
        extra_headers=[("Reply-To", "release@fast-claims-desk.test")]))
    # 6. Internal note from accounts about month-end.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2038, 5, 28, 16, 2, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Hamish Doyle <hamish.doyle@example.com>", to=ORDERS, cc=US_SALES,
        subject="Month-end: invoices to be raised by Wed 2 June please",
        message_id=ids.make("outlook", "example.com"),
        text="Hello all,\n\nquick reminder that we close May on Wednesday. Anything shipped this month needs its "
             "invoice in the system by then, otherwise it slips into June. Thanks for your help.\n\nHamish\n"
             "Hamish Doyle | Finance | Northwind Components Ltd."))
    return out


def ndr(pl: Plan) -> EmailMessage:
    """A Postfix bounce: multipart/report with the readable notice, the delivery status and the returned headers."""
    failed = pl.text
    domain = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=5)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This is the mail system at host mx2.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\n                   The mail system\n\n"
            f"<{failed}>: Host or domain name not found. Name service error for\n    name={domain} type=MX: Host "
            "not found, try again\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx2.example.com"
    per_msg["X-Postfix-Queue-ID"] = "4C1F2A0417"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.4"
    per_rcpt["Diagnostic-Code"] = f"X-Postfix; Host or domain name not found. Name service error for name={domain}"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?utf-8?q?Cotizaci=C3=B3n?= "
        f"S0380308\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <a4410c2e-7b21-4f0e-9d3a-380308aa0017@example.com>"
        "\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout28Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho28")
