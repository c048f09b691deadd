"""Turn the fourteenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, fields
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery (dev4's, through dev7's subclass
# with its date pinning and deposit reference), conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev15_gen.deals import DEALS
from tests.corpus.dev15_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev15_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20291105
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd.\n12 Dockside Road, Southampton SO14 "
                "3AB, United Kingdom\nT +44 23 8063 1172 | anna.keller@example.com",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd., Southampton, Großbritannien\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd., Southampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd., Southampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "SalesQuote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "ExportSalesContract", "bill_of_lading": "BL_TelexRelease", "shipping_notice": "PackingList",
        "payment_advice": "CreditTransfer", "inspection_report": "SCAR", "purchase_order": "PurchaseOrder"}
OWN_STEM = {("DK", "purchase_order"): "Indkobsordre", ("UZ", "purchase_order"): "Bestellung_Zakaz",
            ("PA", "purchase_order"): "OrdenCompra", ("UZ", "payment_advice"): "Ueberweisung",
            ("PA", "payment_advice"): "Comprobante", ("BJ", "payment_advice"): "AvisVirement"}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "en"}  # how each language writes amounts in a mail
REG = {"IE": "VAT No. {vat_no}", "DK": "CVR {cvr}", "UZ": "INN {inn}", "PA": "RUC {ruc}",
       "BJ": "IFU {ifu} · RCCM {rccm}", "ET": "TIN {tin}"}
SEA = {"PA": ("TRANSPACIFIC CONTAINER LINE", "AURORA BAY", "044W", "BALBOA, PANAMA", "BALBOA, PANAMA",
              "SPARE PARTS FOR SHIP REPAIR"),
       "BJ": ("GULF OF GUINEA EXPRESS LINE", "BIGHT OF BENIN", "118S", "COTONOU, BENIN", "COTONOU, BENIN",
              "SPARE PARTS FOR COTTON GINNING MACHINERY"),
       "ET": ("RED SEA FEEDER SERVICES", "ARABIAN TERN", "207E", "DJIBOUTI", "DJIBOUTI (TRANSIT TO ETHIOPIA)",
              "SPARE PARTS FOR TEXTILE MACHINERY")}
ROAD = {"IE": "Celtic Link Haulage – unaccompanied trailer via Pembroke–Rosslare",
        "DK": "Nordsø Transport A/S – groupage via Harwich–Esbjerg",
        "UZ": "Silk Road Cargo LLC – buyer's truck, collected FCA"}
DUE_DAYS = {"IE": 45, "DK": 30, "PA": 30, "BJ": 60}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap parts go by the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 10 and p.key != "ET" else 1)
        if p.key == "ET" and ln.unit_price > 300:
            qty = qty // 20  # motors and card wire go by the piece, not by the hundred
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


@dataclass
class PackingList(Doc):
    """A packing list: built as the shipping step's document, labelled as what its title says, with its article
    rows as line items (code, description, quantity, unit; it prints no prices)."""

    rows: list[Line] = field(default_factory=list)

    def label(self, source: str) -> dict:
        lb = super().label(source)
        lb["doc_type"] = "packing_list"
        lb["line_items"] = [{"sku": ln.sku, "description": ln.description, "quantity": ln.quantity,
                             "unit": ln.unit or None, "unit_price": None, "amount": None} for ln in self.rows]
        return lb


class Holdout14Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number(self.p.ctx.get("owner", "TGH"), r.randint(100000, 999999))]
        elif deal.tracking == "road":
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # the haulier's 10-digit consignment no.
        self.seals = [f"{r.choice('ABKM')}{r.randint(100000, 999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "proforma_invoice":
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "payment_advice" and self.invoice_date is None and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # paid in advance, against the pro forma
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if layout in ZERO_TAX and d.tax_rate is None:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if layout == "L136":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        road = self.deal.tracking == "road"
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 cust_no=f"C{sum(map(ord, p.key)) * 13 + 20000:06d}", due_days=DUE_DAYS.get(p.key, 30))
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("within five weeks of receipt of the advance payment" if
                                  self.deal.deposit or "pi" in self.nums else "within four weeks of the date of "
                                  "this contract")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 0.9 + 40
        if doc.doc_type == "bill_of_lading":
            line, vessel, voyage, pod, delivery, goods = SEA[p.key]
            c.update(seals=self.seals, line=line, vessel=vessel, voyage=voyage, pod=pod, delivery=delivery,
                     goods=goods, booking=f"{r.randint(10**8, 10**9 - 1)}",
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT",
                     packages=f"{r.randint(2, 8)} PALLETS", gross=f"{kg * 1.2:,.1f}", cbm=f"{r.randint(20, 140) / 10:.1f}")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(3, 30) / 10
                rows.append((ln, f"{1 + i // 3:03d}", f"{net:.1f}", f"{net * 1.08 + 0.6:.1f}"))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 3,
                     pallets=1 + (len(self.final_lines) - 1) // 9,
                     carrier=ROAD[p.key] if road else " / ".join(SEA[p.key][1:3]),
                     track_caption="Consignment no." if road else "Container no.",
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("MS", "PT"))][:3]
            c.update(delivery=self.nums.get("sn", ""), received=when.date() - dt.timedelta(days=2),
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 2),
                                "seal faces scored, spring missing" if ln.sku.startswith("MS")
                                else "reads 0.4 bar high at zero, outside tolerance") for ln in bad])
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        if self.p.key == "ET":
            # Mr Liu's order: Chinese headings, the article data as a numbered list, prices in USD.
            rows = "\n".join(f"{i}. {ln.sku}  {ln.description}  {ln.quantity} {ln.unit} × USD "
                             f"{amt(ln.unit_price, 'en')} = USD {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"订单号：{doc.number}\n日期：{doc.date.strftime('%Y/%m/%d')}\n买方：{doc.buyer.name}\n"
                    f"卖方：{doc.seller.name}\n\n{rows}\n\n总金额：USD {amt(doc.total, 'en')}\n价格条款："
                    f"{doc.incoterms}\n付款方式：{doc.payment_terms}")
        # Rodrigue's order typed in Apple Mail: one article per line, separated by semicolons, 1 234,50.
        rows = "\n".join(f"{ln.sku} ; {ln.description} ; {ln.quantity} {ln.unit} ; {amt(ln.unit_price, 'fr')} € ; "
                         f"{amt(ln.amount, 'fr')} €" for ln in doc.lines)
        return (f"BON DE COMMANDE N° {doc.number}\nDate : {doc.date.strftime('%d/%m/%Y')}\nAcheteur : "
                f"{doc.buyer.name}\nFournisseur : {doc.seller.name}\n\nRéférence ; Désignation ; Quantité ; Prix "
                f"unitaire ; Montant\n{rows}\n\nMontant total : {amt(doc.total, 'fr')} {doc.currency}\nIncoterm : "
                f"{doc.incoterms}\nPaiement : {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}. {ln.description}，{ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"{i}) {ln.description} – {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "fr":
            needs = "\n".join(f"• {ln.quantity} {ln.unit} – {ln.description}" for ln in lines)
        elif p.key == "DK":
            needs = "\n".join(f"{ln.description}\t{ln.quantity} {ln.unit}" for ln in lines)
        else:
            needs = "\n".join(f"- {ln.description} x {ln.quantity}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Marek forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=3, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hello,\n\nNiamh from Shannonside gave me this order at the expo in Cork - a repeat of "
                          "their September parts at the same prices. Can the desk enter it and Anna send the "
                          "invoice? Her mail with the PO is attached.\n\nThanks,\nMarek\n--\nMarek Nowak | Key "
                          "Account Manager, Ireland & Nordics | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Esbjerg (Danish and English), answering our quote.
    target = next(pl for pl in deal_plans if pl.deal == "ho14-DK1" and pl.stage == "quote")
    dk = PARTNERS["DK"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=37),
        style="gmail", ui="en", lang="en", from_=dk.addr, to=US_SALES, cc=None,
        subject="Ferie / Holiday: " + target.subject, message_id=ids.make("gmail", dk.domain),
        text="Tak for din mail. Jeg holder ferie til og med 23. august og har ikke adgang til mail.\n\nThank you "
             "for your mail. I am on holiday until 23 August. For orders please write to "
             "indkob@vestjysk-vindservice.example.\n\nMette Kjærgaard",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. Spanish Outlook auto-reply from Balboa, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho14-PA1" and pl.stage == "shipping")
    pa = PARTNERS["PA"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=14),
        style="outlook", ui="es", lang="es", from_=pa.addr, to=US_SALES, cc=None,
        subject="Respuesta automática: " + target.subject, message_id=ids.make("outlook", pa.domain),
        text="Gracias por su mensaje. Me encuentro a bordo de un buque en pruebas de mar hasta el lunes, con "
             "acceso limitado al correo. Para asuntos urgentes escriba a compras@asmp-balboa.example.\n\n"
             "Ricardo Batista Osorio",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Exchange Online non-delivery report for a mistyped Parakou address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 9, 19, 11, 2, 48, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>", to=US_SALES,
        cc=None, subject="Undeliverable: Shipping date for your order",
        message_id="<b41d2c07-82aa-4c0e-9b53-2290f417e1a8@example.com>",
        text="r.hounkpe@sobef-bennin.example", special="bounce"))
    # 4. English newsletter of an offshore wind service conference.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 9, 4, 6, 45, tzinfo=ZoneInfo("Europe/Copenhagen")), style="html", ui="en",
        lang="en", from_="Wind O&M Forum <news@windom-forum.test>", to=ORDERS, cc=None,
        subject="Wind O&M Forum 2029 – programme online, early-bird rate ends 30 September",
        message_id=ids.make("gmail", "mail.windom-forum.test"),
        text="Wind O&M Forum 2029 · Aarhus · 19–20 November\n\n• 60 talks on spare parts logistics, blade repair and "
             "drivetrain service\n• Exhibition with 120 suppliers\n• Early-bird tickets until 30 September\n\n"
             "Read online: https://windom-forum.test/newsletter/2029-09\n\nUnsubscribe: "
             "https://windom-forum.test/unsubscribe",
        extra_headers=[("List-Id", "Wind O&M Forum news <news.windom-forum.test>"),
                       ("List-Unsubscribe", "<https://windom-forum.test/unsubscribe?id=77120>"),
                       ("Precedence", "bulk")]))
    # 5. Phishing dressed as a new customer's purchase order with a portal link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 10, 2, 4, 27, 51, tzinfo=ZoneInfo("Asia/Dubai")), style="html", ui="en",
        lang="en", from_="Procurement Team <purchasing@global-sourcing-hub.test>", to=ORDERS, cc=None,
        subject="New Purchase Order PO#88127 - kindly confirm availability",
        message_id=ids.make("gmail", "global-sourcing-hub.test"),
        text="Good day,\n\nWe are pleased to place a new order with your company. Please view the purchase order "
             "and the product specification on our secure supplier portal and confirm availability and delivery "
             "time today.\n\nView PO#88127: https://global-sourcing-hub.test/portal/login?ref=88127\n\nYou will be "
             "asked to sign in with your e-mail password to open the document.\n\nBest regards\nProcurement Team",
        extra_headers=[("Reply-To", "po.confirm@freemail.test")]))
    # 6. Internal note from credit control about pro forma invoices.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2029, 9, 26, 9, 40, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Hannah Price <hannah.price@example.com>", to=ORDERS, cc=US_SALES,
        subject="Credit control: new approval step for pro formas from 1 October",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nfrom 1 October every pro forma for a new customer needs a credit check before it goes "
             "out - please send it to credit@example.com first, we turn them round the same day. Existing "
             "customers with an open limit are not affected.\n\nThanks,\nHannah\n--\nHannah Price | Credit "
             "Control | Northwind Components Ltd."))
    return out


def exchange_ndr(pl: Plan) -> EmailMessage:
    """An Exchange Online non-delivery report for a domain that does not exist: multipart/report."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=7)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)), ("Subject", pl.subject),
                 ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                 ("X-MS-Exchange-Message-Is-Ndr", "")]:
        msg[k] = v
    host = failed.split("@")[1]
    text = (f"Your message to {failed} couldn't be delivered.\n\n{host} couldn't be found. Check the address for "
            "typing errors and try again.\n\nanna.keller\nOffice 365\n\nAction Required\nUnknown To address\n\n"
            "How to Fix It\nThe address may be misspelled or may not exist. Retype the address and resend the "
            f"message.\n\nDiagnostic information for administrators:\nGenerating server: mail.example.com\n"
            f"{failed}\nRemote Server returned '550 5.4.310 DNS domain {host} does not exist [Message=InfoDomain"
            "NonexistentDomain]'\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mail.example.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.310"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.4.310 DNS domain {host} does not exist"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Shipping date for your order\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <5c0e91f4-27d8-4b1a-9e60-41822704ab13@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exchange_ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout14Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho14")
