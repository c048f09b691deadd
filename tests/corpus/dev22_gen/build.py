"""Turn the twenty-first holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev22_gen.deals import DEALS
from tests.corpus.dev22_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev22_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20320906
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB, United "
                "Kingdom\nT +44 23 8063 1172 | orders@example.com",
          "de": "Anna Keller\nExportvertrieb | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB, "
                "Vereinigtes Königreich\nTel. +44 23 8063 1172",
          "es": "Anna Keller\nDepartamento de Exportación | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nService export | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "Contract", "bill_of_lading": "Waybill", "shipping_notice": "PackingList",
        "payment_advice": "PaymentNotification", "inspection_report": "8D_Report",
        "purchase_order": "PurchaseOrder"}
OWN_STEM = {("KW", "purchase_order"): "BPM_PO", ("AM", "purchase_order"): "Bestellung",
            ("NE", "purchase_order"): "BC", ("GQ", "purchase_order"): "PedidoCompra",
            ("AM", "payment_advice"): "Zahlungsavis", ("NE", "payment_advice"): "AvisPaiement",
            ("GQ", "payment_advice"): "AvisoPago"}
MAIL_NUM = {"CY": "en", "KW": "en", "AM": "de", "NE": "fr", "GQ": "en", "BN": "en"}  # amounts in their mails
CARRIER = {"NE": ("Solent Freight Services Ltd – LCL groupage to Cotonou", "Container no.")}
GOODS = {"CY": "SPARE PARTS FOR DESALINATION PLANT", "KW": "PUMP AND VALVE SPARE PARTS",
         "AM": "SPARE PARTS FOR BOTTLING MACHINE", "GQ": "SPARE PARTS FOR PORT CRANES",
         "BN": "MARINE ENGINE SPARE PARTS"}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|回复: ?)+")
DUE_DAYS = {"CY": 30, "KW": 60, "AM": 30, "NE": 45, "GQ": 60, "BN": 30}
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


class Holdout21Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if "bl" in deal.nums:
            self.tracking = [deal.nums["bl"]]  # a courier shipment is tracked by its waybill number
        elif deal.tracking == "container":
            self.tracking = [container_number("SFS", r.randint(100000, 999999))]
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
        if layout == "L200":
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
            c["remark"] = "30 % / 30% advance – pro forma" if self.deal.deposit else ""
        if doc.doc_type == "contract":
            c["delivery_time"] = ("despatch within four weeks of receipt of the advance payment" if self.deal.deposit
                                  else "despatch within three weeks of the order")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        if doc.doc_type == "bill_of_lading":
            pieces = r.randint(2, 7)
            kg = sum(ln.quantity for ln in self.final_lines) * 0.6 + 4
            c.update(pieces=pieces, weight=f"{kg:.1f}", dims=f"{pieces} x 60 x 40 x 40 cm", goods=GOODS[p.key])
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(2, 40) / 10
                rows.append((ln, f"{1 + i // 5}", f"{net:.1f}", f"{net * 1.06 + 1:.1f}", ""))
            carrier, cap = CARRIER.get(p.key, ("Solent Express – worldwide express", "Waybill"))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 5, carrier=carrier, track_caption=cap,
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = self.final_lines[:2]
            why = ("Box crushed, flange bent" if p.key == "CY" else "Dimension out of tolerance")
            c.update(received=when.date() - dt.timedelta(days=3),
                     findings=[(ln.sku, ln.description, ln.quantity, ln.quantity, max(1, ln.quantity // 2), why)
                               for ln in bad])
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
        if self.p.key == "CY":
            # Andreas's order typed in Gmail: a numbered list with the quote's codes, EUR amounts.
            rows = "\n".join(f"{i}) {ln.sku}  {ln.description}  x{ln.quantity} {ln.unit} @ EUR "
                             f"{amt(ln.unit_price, 'en')} = EUR {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"Order no.: {doc.number}\nDate: {doc.date.strftime('%d/%m/%Y')}\nBuyer: {doc.buyer.name}\n"
                    f"Supplier: {doc.seller.name}\n\n{rows}\n\nTotal: EUR {amt(doc.total, 'en')}\n"
                    f"Delivery: {doc.incoterms}\nPayment: {doc.payment_terms}")
        # Ms Lim's order typed in Chinese, one article per line.
        rows = "\n".join(f"{i}. {ln.sku} {ln.description}，数量 {ln.quantity} {ln.unit}，单价 USD "
                         f"{amt(ln.unit_price, 'en')}，金额 USD {amt(ln.amount, 'en')}"
                         for i, ln in enumerate(doc.lines, start=1))
        return (f"订单号：{doc.number}\n日期：{doc.date.isoformat()}\n买方：{doc.buyer.name}\n卖方：{doc.seller.name}\n\n"
                f"{rows}\n\n合计：USD {amt(doc.total, 'en')}\n贸易条款：{doc.incoterms}\n付款条件：{doc.payment_terms}")

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
        elif p.key == "KW":
            needs = "\n".join(f"Item {i:02d} – {ln.description} – {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"- {ln.quantity} x {ln.description}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Hamish, our agent for the Caucasus, forwards the partner's mail to the orders mailbox."""
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
                     text="Anna,\n\nNarine from Araratyan sent me the signed contract while I was in Yerevan – "
                          "see below. Please file it with their order.\n\nCheers,\nHamish\n\nHamish Doyle\n"
                          "Agent, Caucasus & Central Asia\nNorthwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Limassol, answering our invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho21-CY1" and pl.stage == "order" and pl.from_ == US_SALES)
    cy = PARTNERS["CY"]
    back = target.date.date() + dt.timedelta(days=4)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=8),
        style="gmail", ui="en", lang="en", from_=cy.addr, to=US_SALES, cc=None,
        subject="Out of office – Andreas Christodoulou", message_id=ids.make("gmail", cy.domain),
        text=f"Hello, I am on leave until {back.strftime('%d/%m/%Y')} with limited access to email. For urgent "
             "matters please contact our stores on +357 25 882 400.\n\nAndreas",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. French Outlook absence notice from Niamey, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho21-NE1" and pl.stage == "shipping")
    ne = PARTNERS["NE"]
    back = target.date.date() + dt.timedelta(days=10)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=51),
        style="outlook", ui="fr", lang="fr", from_=ne.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("outlook", ne.domain),
        text=f"Bonjour,\n\nje suis en mission à l'usine de Malbaza jusqu'au {back.strftime('%d/%m/%Y')} avec un "
             "accès limité à ma messagerie. Pour toute urgence, veuillez contacter appro@cms-sahel.example.\n\n"
             "Abdoulaye Moussa Issoufou",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. The Kuwaiti customer's supplier-portal acknowledgement, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho21-KW1" and pl.stage == "shipping")
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=3),
        style="html", ui="en", lang="en", from_="Burgan PM Accounts Payable <ap-noreply@burgan-pm.example>",
        to=US_SALES, cc=None, subject="[Ticket #AP-418227] Received: " + target.subject,
        message_id=ids.make("gmail", "burgan-pm.example"),
        text="This is an automated message. Your email has been received by Accounts Payable and logged as ticket "
             "AP-418227. Invoices are processed within 5 working days of receipt of the goods. Please do not reply "
             "to this message.",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-generated")]))
    # 4. Exim bounce for a mistyped address in Malabo.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2032, 10, 12, 14, 7, 33, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@relay.example.com>", to=US_SALES, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1zQx7L-0004Tb-8M@relay.example.com>",
        text="p.nsue@sp-bioko.example", special="bounce"))
    # 5. A German beverage-technology trade magazine's newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2032, 10, 6, 7, 0, tzinfo=ZoneInfo("Europe/Berlin")), style="html", ui="de", lang="de",
        from_="Getränketechnik aktuell <newsletter@getraenketechnik-aktuell.test>", to=ORDERS, cc=None,
        subject="Newsletter Oktober: Abfüllanlagen im Retrofit, Messevorschau und Marktpreise Edelstahl",
        message_id=ids.make("apple", "mail.getraenketechnik-aktuell.test"),
        text="GETRÄNKETECHNIK AKTUELL – Oktober 2032\n\n• Retrofit statt Neuanlage: drei Abfüller berichten\n"
             "• Messevorschau: was die Zulieferer im November zeigen\n• Edelstahlpreise: Zuschläge sinken weiter\n\n"
             "Online lesen: https://getraenketechnik-aktuell.test/nl/2032-10\n\nSie erhalten diesen Newsletter, weil "
             "Sie sich angemeldet haben. Abmelden: https://getraenketechnik-aktuell.test/abmelden",
        extra_headers=[("List-Id", "Newsletter <nl.getraenketechnik-aktuell.test>"),
                       ("List-Unsubscribe", "<https://getraenketechnik-aktuell.test/abmelden?id=41822>"),
                       ("Precedence", "bulk")]))
    # 6. Spam posing as a remittance advice with a link to "view the payment".
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2032, 10, 20, 2, 41, 9, tzinfo=ZoneInfo("Asia/Dubai")), style="html", ui="en",
        lang="en", from_="Accounts Department <remittance@payment-advice-portal.test>", to=ORDERS, cc=None,
        subject="Remittance advice – payment of your outstanding invoices",
        message_id=ids.make("gmail", "payment-advice-portal.test"),
        text="Dear Supplier,\n\nplease find the remittance advice for the payment made to your account today. "
             "For security reasons the document can only be viewed online:\n\n"
             "https://payment-advice-portal.test/view?doc=RA-2032-8841\n\nSign in with your email password to "
             "confirm receipt. The link expires in 12 hours.\n\nAccounts Department",
        extra_headers=[("Reply-To", "ra.8841@fastmailbox.test")]))
    # 7. Internal note from the warehouse about the 3PL's courier cut-off.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2032, 9, 29, 8, 47, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Dean Rowley <dean.rowley@example.com>", to=ORDERS, cc=US_SALES,
        subject="Itchen Fulfilment – new courier cut-off from Monday",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nfrom Monday the fulfilment centre moves its express courier cut-off to 14:00. Anything "
             "released after that goes the next day, so please release export orders in the morning where you "
             "can.\n\nThanks,\nDean\n\nDean Rowley | Warehouse & Logistics | Northwind Components Ltd."))
    return out


def exim_bounce(pl: Plan) -> EmailMessage:
    """An Exim non-delivery report: multipart/report with the text part, the delivery status and the returned
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
            f"address(es) failed:\n\n  {failed}\n    host mx1.{host} [198.51.100.27]\n    SMTP error from remote "
            "mail server after RCPT TO:<" + failed + ">:\n    550 5.1.1 Recipient address rejected: User unknown\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; relay.example.com"
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Action"] = "failed"
    per_rcpt["Final-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; mx1.{host}"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 Recipient address rejected: User unknown"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Plazos de entrega repuestos\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <3f81c2d0-77a4-4e19-b0c2-418227a91e30@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout21Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho21")
