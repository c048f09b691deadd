"""Turn the twenty-seventh holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev28_gen.deals import DEALS
from tests.corpus.dev28_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev28_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20370209
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Kind regards,\nAnna Keller\nExport Sales | Northwind Components Ltd.\n12 Dockside Road, Southampton "
                "SO14 3AB, UK | Tel +44 23 8063 1172",
          "de": "Freundliche Grüße\nAnna Keller\nExport | Northwind Components Ltd., Southampton\nTel. +44 23 8063 1172",
          "es": "Saludos cordiales,\nAnna Keller\nExportación | Northwind Components Ltd.\nSouthampton (Reino Unido) | "
                "+44 23 8063 1172",
          "fr": "Cordialement,\nAnna Keller\nService export | Northwind Components Ltd.\nSouthampton (Royaume-Uni) | "
                "+44 23 8063 1172"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesConfirmation", "bill_of_lading": "FBL", "shipping_notice": "PackingSlip",
        "payment_advice": "DebitAdvice", "inspection_report": "InspectionReport",
        "purchase_order": "PO"}
OWN_STEM = {("XK", "purchase_order"): "Bestellschein", ("DJ", "purchase_order"): "BonDeCommande",
            ("LS", "purchase_order"): "采购订单", ("AW", "purchase_order"): "OrdenDeCompra",
            ("MV", "purchase_order"): "LPO", ("XK", "payment_advice"): "Belastungsanzeige",
            ("DJ", "payment_advice"): "AvisDeDebit", ("AW", "payment_advice"): "AvisoDebito",
            ("LS", "payment_advice"): "付款通知", ("DJ", "inspection_report"): "RapportControle",
            ("LS", "inspection_report"): "来料检验报告"}
MAIL_NUM = {"LC": "en", "MV": "en", "XK": "ch", "DJ": "fr", "AW": "en", "LS": "en"}  # amounts in their mails
ACCOUNT = {"LC": "C00512", "MV": "C00518", "XK": "C00523", "DJ": "C00531", "AW": "C00537", "LS": "C00544"}
DUE_DAYS = {"LC": 30, "MV": 30, "XK": 30, "DJ": 0, "AW": 45, "LS": 0}
# Port of discharge, the place of delivery, the goods as the forwarder describes them, and the vessel.
SEA = {"LC": ("Castries, Saint Lucia", "Castries, Saint Lucia", "COCOA PROCESSING MACHINERY SPARE PARTS",
              "ATLANTIC TRADER / 712W"),
       "MV": ("Malé, Maldives", "Malé, Maldives", "WATER TREATMENT AND LAUNDRY SPARE PARTS", "INDIAN STAR / 118E"),
       "DJ": ("Djibouti (Doraleh)", "Djibouti", "BOTTLING LINE SPARE PARTS", "RED SEA EXPRESS / 044E"),
       "AW": ("Oranjestad, Aruba", "Oranjestad, Aruba", "ICE CREAM PLANT SPARE PARTS", "ATLANTIC TRADER / 716W"),
       "LS": ("Durban, South Africa", "Maseru, Lesotho (by road)", "SEWING MACHINE SPARE PARTS",
              "CAPE ALLIANCE / 205S")}
MARK = {"LC": "SECW CASTRIES", "MV": "BAIR MLE", "XK": "DARDANIA PZ", "DJ": "SDD DJIBOUTI", "AW": "HPA AUA",
        "LS": "HUAXING MSU"}  # shipping marks on the packages
# The claim: who inspected, the remarks, and the failed articles (place in the product list, found defects,
# finding).
CLAIM = {
    "DJ": ("M. Idriss Omar (contrôle qualité)", "Lampes IR cassées dans les cartons (calage insuffisant) ; pinces "
           "de col livrées pour goulot 38 mm au lieu du diamètre commandé.",
           ((2, "Verre brisé"), (3, "Dimension non conforme"))),
    "MV": ("Hassan Rasheed (Chief Engineer)", "UV lamps do not strike on 230 V ballasts; several tubes dark at "
           "the electrodes after less than 100 hours.", ((5, "Lamp does not start"),)),
    "LS": ("Li Na", "Straight knife blades lose their edge after two shifts; hardness test below the "
           "specified 58 HRC.", ((3, "Edge rolls over, hardness low"),)),
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


class Holdout27Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":box")
        if deal.tracking == "sea":
            self.tracking = [container_number("MAL", r.randint(100000, 999999))]
        elif deal.tracking == "courier":
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # DHL Express waybill, ten digits
        self.seals = [f"ML{r.randint(1000000, 9999999)}" for _ in self.tracking]

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
            # An advance is paid against the pro forma, everything else against the invoice.
            pays_pi = self.deal.deposit and self.invoice_date is None and "pi" in self.nums
            d.extra = [("invoice_ref", self.nums["pi"] if pays_pi else self.nums["inv"])]
        if doc_type == "shipping_notice":
            d.extra = [("invoice_ref", self.nums["inv"])] if self.invoice_date is not None else []
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if doc_type == "shipping_notice" and layout == "L258":
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
        gross = sum(ln.quantity for ln in self.final_lines) * 0.6 + 25 * packages
        marks = f"{MARK[p.key]} / {self.nums['po']} / 1-{packages}"
        if doc.doc_type == "contract":
            c["delivery_time"] = ("about six weeks after the advance is credited to our account" if self.deal.deposit
                                  else "about five weeks from the date of this confirmation")
        if doc.doc_type == "purchase_order":
            c["memo"] = {"LC": "Consolidate with our other UK cargo if possible; originals to Castries agent.",
                         "MV": "Deliver to Thilafushi store; copy of B/L to finance before arrival."
                         }.get(p.key, "")
        if doc.doc_type == "shipping_notice":
            c.update(rows=[(ln, f"{1 + i // 4}") for i, ln in enumerate(self.final_lines)], packages=packages,
                     gross=f"{gross:.1f}", net=f"{gross - 18 * packages:.1f}", marks=marks,
                     agent="DHL Express" if self.deal.tracking == "courier" else "Solent Bridge Freight Ltd")
        if doc.doc_type == "bill_of_lading":
            pod, place, goods, vessel = SEA[p.key]
            c.update(seals=self.seals, booking=f"SBF/E/{r.randint(10000, 99999)}", vessel=vessel, pod=pod,
                     place=place, goods=goods, marks=marks, packages=packages, gross=f"{gross:.1f}",
                     cbm=f"{packages * 0.48:.2f}", freight="PREPAID")
        if doc.doc_type == "inspection_report":
            by, text, failed = CLAIM[p.key]
            c.update(reported_by=by, long_text=text, grn=f"GR-{r.randint(5000000, 5999999)}",
                     received=when.date() - dt.timedelta(days=6),
                     items=[(self.final_lines[k].sku, self.final_lines[k].description, self.final_lines[k].quantity,
                             max(1, self.final_lines[k].quantity // 3), self.final_lines[k].unit or "", found)
                            for k, found in failed])
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
        """Yuleisy's order typed in Gmail in Spanish: numbered lines, quantity first, prices in US dollars."""
        rows = "\n".join(f"{i}) {ln.quantity} {ln.unit} {ln.description} (cod. {ln.sku}) a {amt(ln.unit_price, 'en')}"
                         f" c/u = {amt(ln.amount, 'en')}" for i, ln in enumerate(doc.lines, start=1))
        return (f"Orden de compra: {doc.number}\nFecha {doc.date.strftime('%d-%m-%Y')}\nDe: {doc.buyer.name}\n"
                f"Para: {doc.seller.name}\n\n{rows}\n\nTotal a pagar: {amt(doc.total, 'en')} {doc.currency}\n"
                f"Condición: {doc.incoterms} / {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description}  {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"* {ln.description}: {ln.quantity} {ln.unit}" for ln in lines)
        elif p.key == "LC":
            needs = "\n".join(f"{ln.description} x{ln.quantity}" for ln in lines)
        else:
            needs = "\n".join(f"{i}) {ln.description} - Qty {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        prices = "\n".join(f"{ln.sku}  {ln.description}: {p.currency} {amt(ln.unit_price, style)} je {ln.unit} "
                           f"(bei {ln.quantity} {ln.unit}: {p.currency} {amt(ln.amount, style)})" for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Gethin, our Eastern Caribbean area manager, forwards the buyer's order mail (attached as a message)."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(days=1, hours=19, minutes=7)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False,
                     date=when.astimezone(US_TZ), style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS,
                     cc=US_SALES, subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Morning both,\n\nforwarding Marcia's PO from Soufrière - met her at the cocoa fair last "
                           "week. Can one of you book it in and send the usual invoice + SC? I'm on the road till "
                           "Thursday.\n\nDiolch,\nGethin\n\nGethin Morgan-Price | Area Manager Eastern Caribbean | "
                           "Northwind Components Ltd. | +44 7700 900 418"))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from the Maldives purchasing office, answering our quote mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho27-MV1" and pl.stage == "quote")
    mv = PARTNERS["MV"]
    back = target.date.date() + dt.timedelta(days=5)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2),
        style="gmail", ui="en", lang="en", from_=mv.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", mv.domain),
        text=f"Thank you for your email. I am on resort visits with limited connectivity until "
             f"{back.strftime('%d/%m/%Y')}. For urgent purchasing matters please write to "
             "purchasing@baa-islandresorts.example.\n\nAishath",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. French Outlook out-of-office from Djibouti, answering our production note.
    target = next(pl for pl in deal_plans if pl.deal == "ho27-DJ1" and pl.stage == "production")
    dj = PARTNERS["DJ"]
    back = target.date.date() + dt.timedelta(days=10)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=23),
        style="outlook", ui="fr", lang="fr", from_=dj.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("outlook", dj.domain),
        text=f"Bonjour,\n\nje suis en congé jusqu'au {back.strftime('%d/%m/%Y')} inclus. Pour toute urgence, merci "
             "de contacter appro@sourceduday.example.\n\nFatouma Houmed Ali",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Microsoft 365 non-delivery report for a mistyped address in Oranjestad.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2037, 3, 11, 15, 4, 52, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>", to=US_SALES,
        cc=None, subject="Undeliverable: Cotización QU-3703091 - moldes",
        message_id="<9a41d2c7-0511-4b3e-a7d0-37a09110c002@DB9PR02MB7731.eurprd02.prod.outlook.example>",
        text="ycroes@heladosparaiso.example", special="ndr"))
    # 4. A trade newsletter about confectionery and bakery machinery.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2037, 3, 30, 6, 30, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Confectionery Plant Digest <news@confec-plant-digest.test>", to=ORDERS, cc=None,
        subject="Digest 88 | Tempering without tears, belt tracking, and who is buying in the Caribbean",
        message_id=ids.make("gmail", "mail.confec-plant-digest.test"),
        text="CONFECTIONERY PLANT DIGEST - No. 88\n\n> Tempering without tears: seed vs. continuous\n> Belt "
             "tracking on cooling tunnels - a checklist\n> Market watch: bean-to-bar plants in the Caribbean\n\n"
             "Web version: https://confec-plant-digest.test/88\n\nYou are subscribed as orders@example.com. "
             "Manage preferences or unsubscribe: https://confec-plant-digest.test/prefs/5512",
        extra_headers=[("List-Id", "Confectionery Plant Digest <digest.confec-plant-digest.test>"),
                       ("List-Unsubscribe", "<https://confec-plant-digest.test/prefs/5512>, "
                                            "<mailto:leave-5512@confec-plant-digest.test>"),
                       ("Precedence", "bulk")]))
    # 5. Fake invoice-portal phishing.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2037, 4, 14, 3, 47, 9, tzinfo=ZoneInfo("Asia/Singapore")), style="html", ui="en",
        lang="en", from_="Accounts Payable <ap-notify@vendorpay-secure.test>", to=ORDERS, cc=None,
        subject="Action required: remittance USD 61,904.20 on hold - verify beneficiary",
        message_id=ids.make("gmail", "vendorpay-secure.test"),
        text="Hello,\n\nA remittance to Northwind Components is on hold because your beneficiary details expired. "
             "Verify within 24 hours to avoid cancellation:\nhttps://vendorpay-secure.test/verify?id=orders\n\n"
             "Sign in with your e-mail password to confirm.\n\nVendor Payments Team",
        extra_headers=[("Reply-To", "ap.verify@fastinbox-mail.test")]))
    # 6. Internal note from the warehouse about a stocktake.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2037, 4, 27, 8, 41, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Callum Heathcote <callum.heathcote@example.com>", to=ORDERS, cc=US_SALES,
        subject="Stocktake Fri 30th - no despatches after 12:00",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nheads up: stocktake this Friday, so the warehouse stops picking at noon. Anything that "
             "must go out this week needs to be with us by Thursday 3 pm. Solent Bridge know about it.\n\n"
             "Cheers\nCallum\n\nCallum Heathcote | Warehouse & Despatch | Northwind Components Ltd."))
    return out


def ndr(pl: Plan) -> EmailMessage:
    """A Microsoft 365 non-delivery report: multipart/report with the readable notice, the delivery status and
    the returned headers."""
    failed = pl.text
    domain = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=7)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"Your message to {failed} couldn't be delivered.\n\n{domain.split('.')[0]} couldn't be found.\n\n"
            "Action Required: check the recipient's domain name.\n\nHow to Fix It\nThe address may be misspelled or "
            "may not exist. Try to send your message again, checking the address.\n\nDiagnostic information for "
            f"administrators:\nRemote server returned '550 5.4.310 DNS domain {domain} does not exist "
            "[Message=InfoDomainNonexistent]'\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; DB9PR02MB7731.eurprd02.prod.outlook.example"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.310"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.4.310 DNS domain {domain} does not exist"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?utf-8?q?Cotizaci=C3=B3n?= QU-3703091 - moldes"
        f"\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <c7710d3e-0511-4a9b-9e0c-3703091aa001@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout27Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho27")
