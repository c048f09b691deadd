"""Turn the twenty-sixth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev27_gen.deals import DEALS
from tests.corpus.dev27_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev27_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20360303
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Best wishes,\nAnna Keller\nExport Sales Manager\nNorthwind Components Ltd. | 12 Dockside Road, "
                "Southampton SO14 3AB | +44 23 8063 1172",
          "de": "Beste Grüße aus Southampton\nAnna Keller\nExportvertrieb | Northwind Components Ltd.\n"
                "Tel. +44 23 8063 1172",
          "es": "Un cordial saludo,\nAnna Keller\nVentas Internacionales | Northwind Components Ltd.\n"
                "Southampton, Reino Unido | +44 23 8063 1172",
          "fr": "Bien cordialement,\nAnna Keller\nVentes export | Northwind Components Ltd.\nSouthampton, "
                "Royaume-Uni | +44 23 8063 1172"}
STEM = {"quotation": "SalesQuote", "proforma_invoice": "ProFormaInvoice", "commercial_invoice": "SalesInvoice",
        "contract": "ContractNote", "bill_of_lading": "BL", "shipping_notice": "PackingList",
        "payment_advice": "PaymentConfirmation", "inspection_report": "QualityNotification",
        "purchase_order": "PurchaseOrder"}
OWN_STEM = {("MD", "purchase_order"): "Bestellung", ("MR", "purchase_order"): "BonDeCommande",
            ("SR", "purchase_order"): "采购订单", ("BZ", "purchase_order"): "OrdenCompra",
            ("MW", "purchase_order"): "PurchaseOrderVoucher", ("MD", "payment_advice"): "Zahlungsauftrag",
            ("MR", "payment_advice"): "AvisVirement", ("BZ", "payment_advice"): "Comprobante",
            ("SR", "payment_advice"): "银行回单", ("MR", "inspection_report"): "AvisQualite"}
MAIL_NUM = {"BB": "en", "MW": "en", "MD": "fr", "MR": "fr", "BZ": "en", "SR": "en"}  # amounts in their mails
ACCOUNT = {"BB": "C00418", "MW": "C00427", "MD": "C00433", "MR": "C00441", "BZ": "C00452", "SR": "C00460"}
DUE_DAYS = {"BB": 45, "MW": 60, "MD": 45, "MR": 0, "BZ": 60, "SR": 0}
# Port of discharge, the goods as the carrier describes them, and the vessel.
SEA = {"BB": ("Bridgetown, Barbados", "DISTILLERY AND BOTTLING SPARE PARTS", "MERIDIAN CORAL / 614W"),
       "MW": ("Nacala, Mozambique (in transit to Blantyre, Malawi)", "TEA FACTORY SPARE PARTS",
              "MERIDIAN ZAMBEZI / 207S"),
       "MR": ("Nouadhibou, Mauritania", "FISH PROCESSING PLANT SPARE PARTS", "ATLANTIC BANC / 031S"),
       "BZ": ("Belize City, Belize", "FEED MILL SPARE PARTS", "MERIDIAN CORAL / 622W"),
       "SR": ("Paramaribo, Suriname", "SAWMILL AND VENEER PLANT SPARE PARTS", "MERIDIAN ESSEQUIBO / 118W")}
MARK = {"BB": "SMBD", "MW": "THYOLO", "MD": "VVC IALOVENI", "MR": "SOMAPEF NDB", "BZ": "ADN OWT",
        "SR": "HUASEN PBM"}  # shipping marks on the packages
BANK_HOST = {"BB": "windwardbank.example", "MW": "shirevalleybank.example", "MD": "codrubank.example",
             "MR": "banc-arguin.example", "BZ": "mainlandbank.example", "SR": "handelsbank-sr.example"}
# The claim: who raised the quality notification, the long text, and the failed articles (place in the
# product list, defect type, cause).
CLAIM = {
    "MR": ("A. Ould Ahmed (contrôle qualité)", "À la réception, fuites aux raccords de deux plaques de congélation "
           "et joints de porte coupés sur toute la longueur.",
           ((0, "Fuite au raccord", "Brasure défectueuse"), (4, "Joint coupé", "Emballage insuffisant"))),
    "MW": ("G. Phiri (QC)", "V-belts elongate beyond the tensioner range within one week of running on the "
           "CTC line.", ((5, "Excessive elongation", "Material / curing suspected"),)),
    "SR": ("Zhang Lei", "Peeling lathe knives chipped along the edge within five days; hardness suspected "
           "out of specification.", ((1, "Edge chipping", "Heat treatment suspected"),)),
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


class Holdout26Builder(Holdout6Builder):
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
        if doc_type == "shipping_notice" and layout == "L248":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key], account=ACCOUNT[p.key],
                 bank_host=BANK_HOST[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        n = len(self.final_lines)
        packages = 1 + (n - 1) // 4
        gross = sum(ln.quantity for ln in self.final_lines) * 0.6 + 25 * packages
        marks = f"{MARK[p.key]} / {self.nums['po']} / 1-{packages}"
        if doc.doc_type == "contract":
            c["delivery_time"] = ("Within six weeks of receipt of the advance payment" if self.deal.deposit
                                  else "Within six weeks of the date of this contract note")
        if doc.doc_type == "purchase_order":
            c["memo"] = {"BB": "Ship on the first available sailing to Bridgetown; B/L to our broker.",
                         "BZ": "Embarcar a Belize City; enviar B/L original al agente aduanal.",
                         "SR": "Sea freight to Paramaribo, one container with our other cargo if possible."
                         }.get(p.key, "")
        if doc.doc_type == "shipping_notice":
            c.update(rows=[(ln, f"{1 + i // 4}") for i, ln in enumerate(self.final_lines)], packages=packages,
                     gross=f"{gross:.1f}", net=f"{gross - 18 * packages:.1f}", marks=marks,
                     agent="DHL Express" if self.deal.tracking == "courier" else "Meridian Atlantic Line")
        if doc.doc_type == "bill_of_lading":
            pod, goods, vessel = SEA[p.key]
            c.update(seals=self.seals, booking=f"SOU{r.randint(1000000, 9999999)}", vessel=vessel, pod=pod,
                     goods=goods, marks=marks, packages=packages, gross=f"{gross:.1f}",
                     cbm=f"{packages * 0.48:.2f}", freight="PREPAID")
        if doc.doc_type == "inspection_report":
            by, text, failed = CLAIM[p.key]
            c.update(reported_by=by, long_text=text, grn=f"GR-{r.randint(5000000, 5999999)}",
                     received=when.date() - dt.timedelta(days=6),
                     items=[(self.final_lines[k].sku, self.final_lines[k].description,
                             max(1, self.final_lines[k].quantity // 2), self.final_lines[k].unit or "", dtype, cause)
                            for k, dtype, cause in failed])
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
        """Rosa Elena's order typed in Gmail in Spanish, one article per line with a dash list."""
        rows = "\n".join(f"- {ln.sku} | {ln.description} | {ln.quantity} {ln.unit} x US$ {amt(ln.unit_price, 'en')}"
                         f" = US$ {amt(ln.amount, 'en')}" for ln in doc.lines)
        return (f"PEDIDO No. {doc.number}\nFecha: {doc.date.strftime('%d/%m/%Y')}\nCliente: {doc.buyer.name}\n"
                f"Proveedor: {doc.seller.name}\n\n{rows}\n\nTOTAL {doc.currency} {amt(doc.total, 'en')}\n"
                f"Entrega: {doc.incoterms}\nPago: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}) {ln.description} × {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"  {ln.quantity} {ln.unit}  {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.key == "BB":
            needs = "\n".join(f"{ln.description}: {ln.quantity} off" for ln in lines)
        else:
            needs = "\n".join(f"{i}. {ln.description} - {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        prices = "\n".join(f"{ln.sku}  {ln.description}: {amt(ln.unit_price, style)} {p.currency}/{ln.unit} "
                           f"(x {ln.quantity} = {amt(ln.amount, style)} {p.currency})" for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Rhys, our Caribbean area manager, forwards the buyer's order mail (attached as a message)."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(days=2, hours=5, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False,
                     date=when.astimezone(US_TZ), style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS,
                     cc=US_SALES, subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Anna / orders,\n\nsee below - Kerri-Ann at Six Men's Bay gave me this at the rum "
                           "festival in Bridgetown. Small one but they're a good account, please process as usual."
                           "\n\nta, Rhys\n\nRhys Penhaligon | Area Manager Caribbean | Northwind Components Ltd."))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Thyolo, answering our quote mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho26-MW1" and pl.stage == "quote")
    mw = PARTNERS["MW"]
    back = target.date.date() + dt.timedelta(days=4)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1),
        style="gmail", ui="en", lang="en", from_=mw.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", mw.domain),
        text=f"Hello, I am at the Mulanje estates until {back.day} {back.strftime('%B')} and will reply when I am "
             "back. Urgent stores issues: stores@thyolo-tea.example\n\nChikondi",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. German Outlook out-of-office from Ialoveni, answering our dispatch mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho26-MD1" and pl.stage == "shipping")
    md = PARTNERS["MD"]
    back = target.date.date() + dt.timedelta(days=7)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=11),
        style="outlook", ui="de", lang="de", from_=md.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", md.domain),
        text=f"Guten Tag,\n\nich bin bis einschließlich {back.strftime('%d.%m.%Y')} nicht im Büro. In dringenden "
             "Fällen wenden Sie sich bitte an aprovizionare@valea-codrului.example.\n\nNatalia Ciobanu",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Microsoft 365 non-delivery report for a mistyped address in Orange Walk.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2036, 4, 10, 16, 22, 8, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>", to=US_SALES,
        cc=None, subject="Undeliverable: Cotización SQ36-00468 - fletes",
        message_id="<6f0c3e1a-4188-4d27-9b2e-36a04188c001@AM7PR03MB6418.eurprd03.prod.outlook.example>",
        text="rchan@avicola-nort.example", special="ndr"))
    # 4. A trade newsletter about beverage packaging.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2036, 4, 23, 7, 0, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="PackLine Weekly <editor@packline-weekly.test>", to=ORDERS, cc=None,
        subject="PackLine Weekly #214: filler hygiene, ROPP caps and a glass shortage",
        message_id=ids.make("gmail", "send.packline-weekly.test"),
        text="PACKLINE WEEKLY · issue 214\n\n1. Why filler valves leak: five causes our readers sent in\n2. ROPP "
             "versus screw caps: the cost per thousand in 2036\n3. Caribbean glass supply tight until autumn\n\n"
             "Read online: https://packline-weekly.test/214\n\nYou receive this because orders@example.com "
             "subscribed at a trade show. Unsubscribe: https://packline-weekly.test/u/418827",
        extra_headers=[("List-Id", "PackLine Weekly <weekly.packline-weekly.test>"),
                       ("List-Unsubscribe", "<https://packline-weekly.test/u/418827>, "
                                            "<mailto:unsub-418827@packline-weekly.test>"),
                       ("Precedence", "bulk")]))
    # 5. Phishing dressed as a SWIFT payment copy.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2036, 5, 19, 4, 12, 51, tzinfo=ZoneInfo("Asia/Dubai")), style="html", ui="en",
        lang="en", from_="Treasury Dept <swift.copy@remit-intl-bank.test>", to=ORDERS, cc=None,
        subject="SWIFT MT103 copy - payment USD 48,270.00 to Northwind",
        message_id=ids.make("gmail", "remit-intl-bank.test"),
        text="Dear Beneficiary,\n\nkindly find the SWIFT copy of today's payment to your account. For security the "
             "copy is held on our portal: https://remit-intl-bank.test/mt103/view?ref=orders\n\nLog in with your "
             "company email and password to download.\n\nTreasury Operations",
        extra_headers=[("Reply-To", "treasury.ops@quickmail-box.test")]))
    # 6. Internal note from accounts about a new bank cut-off.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2036, 5, 6, 9, 14, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Morwenna Trethewey <morwenna.trethewey@example.com>", to=ORDERS, cc=US_SALES,
        subject="Pro formas in USD - please use the new account from 1 June",
        message_id=ids.make("outlook", "example.com"),
        text="Hi both,\n\nWessex Merchant are moving our USD receipts to a separate currency account from 1 June. "
             "Until the ERP layout is changed, please add a line to any USD pro forma that the customer should "
             "ask us for the new account details before paying.\n\nThanks\nMorwenna\n\nMorwenna Trethewey | "
             "Credit Control | Northwind Components Ltd."))
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
    per_msg["Reporting-MTA"] = "dns; AM7PR03MB6418.eurprd03.prod.outlook.example"
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?utf-8?q?Cotizaci=C3=B3n?= SQ36-00468 - fletes"
        f"\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <b41882a7-36c0-4e1d-8a2f-0418827a6c11@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout26Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho26")
