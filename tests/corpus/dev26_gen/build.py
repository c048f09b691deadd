"""Turn the twenty-fifth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev26_gen.deals import DEALS
from tests.corpus.dev26_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev26_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line

SEED = 20350507
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Kind regards,\nAnna Keller\nExport Sales Manager · Northwind Components Ltd.\n12 Dockside Road, "
                "Southampton SO14 3AB · +44 23 8063 1172",
          "de": "Freundliche Grüße\nAnna Keller\nLeiterin Exportvertrieb · Northwind Components Ltd.\nSouthampton, "
                "Großbritannien · +44 23 8063 1172",
          "es": "Atentamente,\nAnna Keller\nJefa de Ventas de Exportación · Northwind Components Ltd.\nSouthampton, "
                "Reino Unido · +44 23 8063 1172",
          "fr": "Cordialement,\nAnna Keller\nResponsable des ventes export · Northwind Components Ltd.\n"
                "Southampton, Royaume-Uni · +44 23 8063 1172"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "OrderConfirmation", "bill_of_lading": "HAWB", "shipping_notice": "PackingList",
        "payment_advice": "PaymentVoucher", "inspection_report": "FailureReport", "purchase_order": "PurchaseOrder"}
OWN_STEM = {("BA", "purchase_order"): "Narudzba", ("TD", "purchase_order"): "BonDeCommande",
            ("PG", "purchase_order"): "采购订单", ("BA", "payment_advice"): "Zahlungsbeleg",
            ("TD", "payment_advice"): "PieceDeDecaissement", ("PG", "payment_advice"): "付款凭单",
            ("BA", "inspection_report"): "Schadensbericht", ("TD", "inspection_report"): "RapportDefaillance",
            ("CU", "payment_advice"): "ComprobantePago", ("ZW", "purchase_order"): "PO"}
MAIL_NUM = {"ZW": "en", "GY": "en", "BA": "de", "TD": "fr", "CU": "en", "PG": "en"}  # amounts in their mails
ACCOUNT = {"ZW": "MAZOWE-ZW", "GY": "ESSEQ-GY", "BA": "VRBAS-BA", "TD": "LOGONE-TD", "CU": "CCAZUC-CU",
           "PG": "SEPIKZ-PG"}
DUE_DAYS = {"ZW": 30, "GY": 0, "BA": 60, "TD": 0, "CU": 90, "PG": 30}
# (routing / by first carrier, airport of destination, goods description)
ROUTE = {"ZW": ("LHR–JNB–HRE / Springbok Air", "Harare (HRE), Zimbabwe", "CITRUS PACKHOUSE SPARE PARTS"),
         "GY": ("LHR–MIA–GEO / Atlantic Crown Cargo", "Georgetown Cheddi Jagan (GEO), Guyana",
                "RICE MILL SPARE PARTS"),
         "BA": ("LHR–VIE–BNX / Danube Air Cargo", "Banja Luka (BNX), Bosnia and Herzegovina",
                "FOUNDRY SPARE PARTS"),
         "TD": ("LHR–CDG–NDJ / Sahel Air Freight", "N'Djamena (NDJ), Chad", "COTTON GIN SPARE PARTS"),
         "CU": ("LHR–MAD–HAV / Iberia Cargo Partner", "La Habana José Martí (HAV), Cuba",
                "SUGAR MILL SPARE PARTS"),
         "PG": ("LHR–SIN–BNE–MAG / Coral Sea Cargo", "Madang (MAG), Papua New Guinea",
                "REFINERY SPARE PARTS")}
# Who prepares, checks and approves the customer's payment voucher.
VOUCHER = {"ZW": ("R. Chikwava", "P. Moyo", "F. Dube"), "GY": ("S. Ramdass", "D. Persaud", "R. Seenarine"),
           "BA": ("M. Jović", "S. Tadić", "D. Marić"), "TD": ("H. Djibrine", "A. Mahamat Saleh", "A. Youssouf Brahim"),
           "CU": ("L. Castro", "Y. Fonseca", "R. Echevarría"), "PG": ("Wang Li", "Zhou Jianping", "Liu Zhenhua")}
# The failing asset, its location, failure class and the maintenance planner who raised the report.
ASSET = {"BA": ("STR-01 Hängebahn-Strahlanlage", "Gussputzerei Halle 3", "MECH-VERSCHL", "N. Babić"),
         "TD": ("EGR-04 Égreneuse n° 4", "Usine d'égrenage de Moundou", "MECA-USURE", "I. Ousmane"),
         "PG": ("AC-201 Autoclave train 2", "Leach area 200", "SEAL-LEAK", "Chen Gang 陈刚")}
PCR = {"en": ("Premature wear and leakage", "Material not to specification (suspected)", "Replaced from stores "
              "stock; failed parts quarantined"),
       "de": ("Vorzeitiger Verschleiß und Undichtigkeit", "Werkstoff vermutlich nicht spezifikationsgerecht",
              "Aus Lagerbestand ersetzt; ausgefallene Teile gesperrt"),
       "fr": ("Usure prématurée et fuite", "Matière non conforme (suspectée)",
              "Remplacé sur stock ; pièces défaillantes mises en quarantaine")}
# The two failed articles each claim names (their place in the partner's product list) and how they failed.
FAILED = {"BA": ((0, "Schaufel gebrochen"), (4, "Kolbendichtung gerissen, undicht")),
          "TD": ((2, "Pointes arrachées, rouleau déséquilibré"), (5, "Lèvre du joint déchirée, fuite")),
          "PG": ((0, "Seal faces cracked, leakage to atmosphere"), (3, "Hose burst at the roller contact zone"))}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|回复[:：] ?)+")


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap wear parts are bought by
    the dozen, the costly ones singly."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (12 if ln.unit_price < 10 else 1)
        if ln.unit_price > 1000:
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


class Holdout25Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        # Every shipment of this holdout flies as air consolidation, tracked by the consolidator's HAWB number.
        if "bl" in deal.nums:
            self.tracking = [deal.nums["bl"]]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if doc_type == "proforma_invoice":
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "quotation":
            d.order_number = None
        if doc_type == "purchase_order" and "q" in self.nums:
            d.extra = [("quote_ref", self.nums["q"])]  # the order names our quotation in its header
        if doc_type == "payment_advice":
            # An advance is paid against the pro forma, everything else against the invoice.
            pays_pi = self.deal.deposit and self.invoice_date is None and "pi" in self.nums
            d.extra = [("invoice_ref", self.nums["pi"] if pays_pi else self.nums["inv"])]
        if doc_type == "shipping_notice":
            d.extra = [("invoice_ref", self.nums["inv"])] if self.invoice_date is not None else []
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if layout == "L240":
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
            pays_pi = self.deal.deposit and self.invoice_date is None
            c.update(remark="advance" if pays_pi else "", voucher_signs=VOUCHER[p.key])
        if doc.doc_type == "contract":
            c["delivery_time"] = ("Within six weeks of receipt of the advance payment" if self.deal.deposit
                                  else "Within five weeks of the date of this confirmation")
        routing, dest, goods = ROUTE[p.key]
        kg = sum(ln.quantity for ln in self.final_lines) * 0.4 + 18
        boxes = 1 + (len(self.final_lines) - 1) // 4
        if doc.doc_type == "bill_of_lading":
            serial = r.randint(1000000, 9999999)
            # The master air waybill: airline prefix, seven-digit serial and its check digit (serial mod 7).
            c.update(mawb=f"618-{serial:07d}{serial % 7}", routing=routing, dest=dest, goods=goods,
                     flight=f"SAC consol {r.randint(100, 999)} / {doc.date.strftime('%d%b').upper()}",
                     freight="PREPAID", handling="Consolidated cargo. Notify consignee on arrival. "
                                                 "Do not stack heavier than 150 kg.",
                     pieces=boxes, weight=f"{kg:.1f}", chargeable=f"{max(kg, boxes * 60 * 40 * 35 / 6000):.1f}",
                     dims=f"{boxes} x 60x40x35 cm")
        if doc.doc_type == "shipping_notice":
            lot = r.randint(1000, 9999)
            c.update(rows=[(ln, f"{1 + i // 4}", f"L{lot + i // 4}-{self.deal.start.strftime('%y%m')}")
                           for i, ln in enumerate(self.final_lines)],
                     boxes=boxes,
                     gross=f"{kg:.1f}", carrier="Solent Airfreight Consolidators – air consolidation")
        if doc.doc_type == "inspection_report":
            lang = p.layouts["inspection_report"][1].lang
            asset, location, fclass, planner = ASSET[p.key]
            c.update(asset=asset, location=location, fclass=fclass, reported_by=planner, pcr=PCR[lang],
                     wo=f"WO-{r.randint(100000, 999999)}", installed=when.date() - dt.timedelta(days=19),
                     failed=when.date() - dt.timedelta(days=2),
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 3), mode,
                                r.randint(120, 460))
                               for ln, mode in ((self.final_lines[k], mode) for k, mode in FAILED[p.key])])
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
        """Devendra's order typed in Gmail: a header, then one line per item with a tab-like gap, then the terms."""
        rows = "\n".join(f"{ln.sku}   {ln.description}   qty {ln.quantity} {ln.unit}   @ {amt(ln.unit_price, 'en')}"
                         f"   = {amt(ln.amount, 'en')}" for ln in doc.lines)
        return (f"PURCHASE ORDER {doc.number}\nDate: {doc.date.day} {doc.date.strftime('%b')} {doc.date.year}\nBuyer: {doc.buyer.name}\n"
                f"Supplier: {doc.seller.name}\n\n{rows}\n\nTOTAL {doc.currency} {amt(doc.total, 'en')}\n"
                f"Delivery: {doc.incoterms}\nPayment: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description}，{ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"– {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"{i}. {ln.description} – cantidad: {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} ({ln.quantity} {ln.unit})" for ln in lines)
        elif p.key == "GY":
            needs = "\n".join(f"{ln.quantity} x {ln.description}" for ln in lines)
        else:
            needs = "\n".join(f"{i}. {ln.description} – qty {ln.quantity}" for i, ln in enumerate(lines, 1))
        prices = "\n".join(f"* {ln.description} ({ln.sku}) – {p.currency} {amt(ln.unit_price, style)} per {ln.unit}, "
                           f"{ln.quantity} {ln.unit} = {p.currency} {amt(ln.amount, style)}" for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Callum, our area manager who met the buyer at a trade show, forwards the partner's order mail
        (attached as a message) to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(days=1, hours=2, minutes=13)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Morning both,\n\nforwarding a PO from Mazowe Valley that came to me after the Harare "
                           "trade fair – Tatenda is their procurement man. Can you book it and do the paperwork? "
                           "I've told him you'll be in touch.\n\nCheers\nCallum\n\nCallum Fairweather | Area Sales "
                           "Manager, Southern Africa | Northwind Components Ltd. | +44 7700 900418"))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Anna Regina, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho25-GY1" and pl.stage == "shipping")
    gy = PARTNERS["GY"]
    back = target.date.date() + dt.timedelta(days=6)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2),
        style="gmail", ui="en", lang="en", from_=gy.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", gy.domain),
        text=f"I'm away from the mill until {back.strftime('%d %B')} with patchy signal. For anything urgent "
             "call the mill office on +592 771 4100 and ask for Mr Seenarine.\n\nDevendra",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. French Outlook automatic reply from Moundou, answering our pro forma mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho25-TD1" and pl.stage == "order" and pl.from_ == US_SALES)
    td = PARTNERS["TD"]
    back = target.date.date() + dt.timedelta(days=3)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=18),
        style="outlook", ui="fr", lang="fr", from_=td.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("outlook", td.domain),
        text=f"Bonjour,\n\nJe suis en déplacement à N'Djamena jusqu'au {back.strftime('%d/%m/%Y')} inclus. Pour "
             "toute question relative aux approvisionnements, merci de contacter appro@cotonniere-logone.example."
             "\n\nAbakar Mahamat Saleh",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Google Workspace bounce for a mistyped address in Havana.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 6, 20, 15, 4, 37, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=US_SALES, cc=None,
        subject="Delivery Status Notification (Failure)",
        message_id="<6a1f0c2e.418227.c04e@mx.google.com>", text="yfonseka@cca-azucar.example", special="gbounce"))
    # 4. A parcel carrier's missed-delivery card by e-mail.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 6, 26, 13, 51, 9, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Wessex Parcelnet <noreply@parcelnet-wessex.test>", to=ORDERS, cc=None,
        subject="Sorry we missed you – parcel WP 4182 2713 06",
        message_id=ids.make("gmail", "parcelnet-wessex.test"),
        text="We called at 12 Dockside Road today at 13:42 but nobody was available to sign for parcel "
             "WP 4182 2713 06 from Harbour Gauge Calibration.\n\nWe will try again tomorrow. To choose another day "
             "or a pickup point: https://parcelnet-wessex.test/r/WP418227130\n\nPlease do not reply to this "
             "e-mail.",
        extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))
    # 5. An air-cargo market newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 7, 1, 6, 30, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="AirCargo Pulse <briefing@aircargopulse.test>", to=ORDERS, cc=None,
        subject="AirCargo Pulse – July: Africa lanes tighten, fuel surcharges ease",
        message_id=ids.make("gmail", "mail.aircargopulse.test"),
        text="AIRCARGO PULSE · July 2035\n\n• Capacity to sub-Saharan Africa down 6% as freighters move to "
             "e-commerce lanes\n• Fuel surcharges fall for the third month\n• Guide: when consolidation beats "
             "direct booking\n\nRead the full briefing: https://aircargopulse.test/2035-07\n\nYou are subscribed "
             "as orders@example.com. Manage preferences or unsubscribe: https://aircargopulse.test/prefs",
        extra_headers=[("List-Id", "AirCargo Pulse <briefing.aircargopulse.test>"),
                       ("List-Unsubscribe", "<https://aircargopulse.test/unsub?u=418227>"),
                       ("Precedence", "bulk")]))
    # 6. Phishing posing as a mailbox quota warning.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2035, 7, 14, 2, 27, 40, tzinfo=ZoneInfo("Asia/Manila")), style="html", ui="en",
        lang="en", from_="Mailbox Administrator <admin@mailbox-quota-centre.test>", to=ORDERS, cc=None,
        subject="ACTION REQUIRED: orders@example.com storage 99% full – incoming mail suspended",
        message_id=ids.make("gmail", "mailbox-quota-centre.test"),
        text="Your mailbox has exceeded its storage limit. Incoming messages, including customer orders, are "
             "being held.\n\nRestore delivery now: https://mailbox-quota-centre.test/restore?u=orders\n\nFailure to "
             "verify within 12 hours will result in permanent loss of held messages.",
        extra_headers=[("Reply-To", "quota.desk@fastinbox.test")]))
    # 7. Internal note from the warehouse about the consolidation cut-off.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2035, 5, 19, 11, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Jordan Whitcombe <jordan.whitcombe@example.com>", to=ORDERS, cc=US_SALES,
        subject="Heathrow consol cut-off moves to Monday 16:00 from June",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nSolent Airfreight are changing their weekly consolidation: from 2 June the cut-off at "
             "their Harmondsworth shed is Monday 16:00 (was Tuesday noon). Anything for Africa or the Caribbean "
             "needs to be packed by Friday afternoon to make it.\n\nCheers,\nJordan\n\nJordan Whitcombe | "
             "Despatch Supervisor | Northwind Components Ltd."))
    return out


def google_bounce(pl: Plan) -> EmailMessage:
    """A Google Workspace delivery failure: multipart/report with the readable notice, the delivery status and
    the returned headers."""
    failed = pl.text
    domain = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=4)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"** Address not found **\n\nYour message wasn't delivered to {failed} because the address couldn't be "
            "found, or is unable to receive mail.\n\nLearn more here: https://support.google.test/mail/?p=NoSuchUser"
            f"\n\nThe response from the remote server was:\n550 5.1.1 <{failed}>: Recipient address rejected: "
            f"User unknown in relay recipient table (mx1.{domain})\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; googlemail.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; mx1.{domain}"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.1.1 <{failed}>: Recipient address rejected: User unknown"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Plazo de entrega camisas de maza"
        f"\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <c2e9a7f1-4182-27aa-9d3e-5f60b1e2d418@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "gbounce":
        return google_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout25Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho25")
