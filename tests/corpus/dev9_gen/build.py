"""Turn the eighth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery (dev4's, through dev7's subclass
# with its date pinning and deposit reference), conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev3_gen.layouts import day
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev9_gen.deals import DEALS
from tests.corpus.dev9_gen.layouts import render, shows_unit
from tests.corpus.dev9_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20270502
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB\n"
                "+44 23 8063 1170",
          "de": "Anna Keller\nExportvertrieb | Northwind Components Ltd.\nSouthampton, Großbritannien\n"
                "+44 23 8063 1170",
          "es": "Anna Keller\nVentas de Exportación | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "+44 23 8063 1170",
          "fr": "Anna Keller\nVentes export | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n+44 23 8063 1170"}
STEM = {"quotation": "Quotation", "proforma_invoice": "DownPaymentRequest", "commercial_invoice": "ARInvoice",
        "contract": "SalesContract", "shipping_notice": "ArrivalNotice", "bill_of_lading": "Waybill",
        "payment_advice": "PaymentAdvice"}
PO_STEM = {"SI": "Narocilnica", "AR": "OrdenCompra", "SN": "CommandeAchat", "EG": "StandardPO", "TH": "PO"}
PAY_STEM = {"AR": "AvisoPago", "SN": "AvisVirement", "HK": "TTAdvice"}
DUE_DAYS = {"SI": 30, "AR": 0, "SN": 45, "HK": 0, "EG": 0, "TH": 45}
BP = {"SI": "C-SI-0071", "AR": "C-AR-0012", "SN": "C-SN-0004", "HK": "C-HK-0038", "EG": "C-EG-0009",
      "TH": "C-TH-0021"}
SEA = {"AR": ("MSC ARGENTINA / AR618W", "BUENOS AIRES, ARGENTINA", "SLAUGHTERHOUSE AND COLD-ROOM SPARE PARTS",
              "MSC – Mediterranean Shipping Company (agency: Buenos Aires)"),
       "SN": ("CMA CGM TERANGA / 0DKS3N", "DAKAR, SENEGAL", "SPARE PARTS FOR OIL FILLING LINES", "CMA CGM Dakar"),
       "EG": ("MSC NILE VALLEY / EG624A", "ALEXANDRIA (EL DEKHEILA), EGYPT", "TEXTILE MACHINERY SPARE PARTS",
              "MSC Egypt – Alexandria office"),
       "TH": ("EVER LEADING / 1204-018E", "LAEM CHABANG, THAILAND", "FOOD MACHINERY SPARE PARTS", "Evergreen Line")}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's own item-number pattern; cheap consumables go by the
    hundred."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (100 if ln.unit_price < 1 else 10 if ln.unit_price < 8 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout8Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number(self.p.ctx["owner"], r.randint(100000, 999999))]
        elif deal.tracking == "courier":
            self.tracking = [deal.nums["bl"]]  # an express courier's shipment goes by its waybill number
        # "road" keeps dev7's consignment-note number, which only the mail text shows
        self.seals = [f"{self.p.key}{r.randint(1000000, 9999999)}" for _ in self.tracking]
        self.weights = [f"{r.randint(1800, 9500):,} KGS" for _ in self.tracking]
        self.pieces = [f"{r.randint(3, 14)} PALLETS" for _ in self.tracking]
        self.bl_no = f"{self.p.ctx['owner']}SOU{r.randint(1000000, 9999999)}"

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "purchase_order" and "q" in self.nums and self.p.key == "SI":
            d.extra = [*d.extra, ("quote_ref", self.nums["q"])]  # the Slovenian order quotes the offer
        if doc_type == "purchase_order" and self.p.key == "SN":
            # the Senegalese order prints its exempt VAT as "TVA (exonérée – importation) 0,00": a tax of
            # zero, labelled null until the split was opened
            d.tax_rate = Decimal("0")
        if doc_type == "bill_of_lading":
            # the courier waybill prints the order's terms under "Terms of trade"; labelled null until the split
            # was opened, which a reader of the document would not do
            d.incoterms = self.p.incoterms
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dev4.DealBuilder.ctx(self, doc, when)
        c.update(contact=p.contact, due_days=DUE_DAYS[p.key], bp_code=BP[p.key], incoterms=p.incoterms,
                 enquiry_ref=f"enquiry of {day(self.deal.start, 'mon')}", bl_no=self.bl_no,
                 pcs=len(self.final_lines) // 3 + 1, kg=f"{len(self.final_lines) * 2.35:.1f}")
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if p.key in SEA:
            c["vessel"], c["pod"], c["goods"], c["carrier"] = SEA[p.key]
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        key = self.p.key
        stem = {"purchase_order": PO_STEM.get(key, "PO"),
                "payment_advice": PAY_STEM.get(key, STEM["payment_advice"])}.get(doc.doc_type) or STEM[doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Wing Yan's order typed into the mail: a traditional-Chinese list with one line per item."""
        rows = "\n".join(f"{i}) 貨號 {ln.sku}：{ln.description}，{ln.quantity} {ln.unit}，單價 {doc.currency} "
                         f"{amt(ln.unit_price, 'en')}，金額 {doc.currency} {amt(ln.amount, 'en')}"
                         for i, ln in enumerate(doc.lines, start=1))
        return (f"訂單編號：{doc.number}\n日期：{doc.date.year}年{doc.date.month}月{doc.date.day}日\n"
                f"買方：{doc.buyer.name}\n賣方：{doc.seller.name}\n\n{rows}\n\n總金額：{doc.currency} "
                f"{amt(doc.total, 'en')}\n價格條款：{doc.incoterms}\n付款條件：{doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        sep = {"de": "×", "fr": "x", "es": "x"}.get(self.p.lang, "x")
        needs = "\n".join(f"  {ln.sku}  {ln.description}  {sep} {ln.quantity} {ln.unit}" if self.p.key == "SI"
                          else f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in self.list_lines)
        return {**super().fill(docs, body_docs), "needs": needs}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Priya forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=5, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when,
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hello,\n\nthis order from Dakar reached my mailbox instead of Anna's (Mrs Ndiaye had my "
                          "address from the trade mission). Forwarding it as received, attachment included.\n\n"
                          "Regards,\nPriya\n--\nPriya Nair | Customer Service West Africa | Northwind Components "
                          "Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. German out-of-office from Petrovče (Outlook) to our invoice-and-contract mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho8-SI1" and pl.stage == "order" and pl.from_ == US_SALES)
    si = PARTNERS["SI"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=38),
        style="outlook", ui="de", lang="de", from_=si.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", si.domain),
        text="Danke für Ihre Nachricht. Ich bin bis einschließlich 20. Februar auf der Messe in Stuttgart und lese "
             "meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an nabava@savinjska-"
             "orodjarna.example oder +386 3 713 42 10.\n\nMatej Kovačič",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", si.email)]))
    # 2. Spanish vacation reply from San Pedro (Gmail) to our quotation.
    target = next(pl for pl in deal_plans if pl.deal == "ho8-AR1" and pl.stage == "quote")
    ar = PARTNERS["AR"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=9),
        style="gmail", ui="es", lang="es", from_=ar.addr, to=US_SALES, cc=None,
        subject="Respuesta automática: " + target.subject, message_id=ids.make("gmail", ar.domain),
        text="Hola, gracias por escribir.\n\nEstoy de licencia hasta el lunes 30 de marzo. Para temas urgentes de "
             "compras, por favor escribir a compras@pampa-austral.example.\n\nMartina Goñi",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]))
    # 3. Exim bounce for a mistyped Hong Kong address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 6, 2, 9, 14, 51, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@mx3.example.com>", to=ORDERS, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1uM2aT-0007Qx-3K@mx3.example.com>", text="wingyan.chan@vh-instrument.example",
        special="exim"))
    # 4. Newsletter in Spanish from a meat-industry trade magazine.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 7, 14, 11, 0, tzinfo=ZoneInfo("America/Argentina/Buenos_Aires")), style="html",
        ui="es", lang="es", from_="Revista Carne & Frío <novedades@carneyfrio-revista.test>", to=ORDERS, cc=None,
        subject="Carne & Frío | Edición de julio: automatización en la sala de desposte",
        message_id=ids.make("apple", "envios.carneyfrio-revista.test"),
        text="CARNE & FRÍO – Boletín de julio 2026\n\n• Automatización en la sala de desposte: tres casos reales\n"
             "• Cadena de frío: nuevas exigencias para exportar a Asia\n• Agenda: feria de proveedores de la "
             "industria cárnica, septiembre\n\nLeer en la web: https://carneyfrio-revista.test/boletin/2026-07\n\n"
             "Recibe este correo porque se suscribió en carneyfrio-revista.test. Para darse de baja: "
             "https://carneyfrio-revista.test/baja",
        extra_headers=[("List-Id", "Boletin Carne y Frio <boletin.carneyfrio-revista.test>"),
                       ("List-Unsubscribe", "<https://carneyfrio-revista.test/baja?id=88412>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]))
    # 5. Spam: a fake parcel-customs notice with a payment link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 9, 9, 2, 41, 33, tzinfo=ZoneInfo("Asia/Manila")), style="html", ui="en", lang="en",
        from_="Parcel Service Notification <notice@parcel-clearance-center.test>", to=ORDERS, cc=None,
        subject="Your shipment is on hold – customs fee unpaid (ref. 88-4412-901)",
        message_id=ids.make("apple", "parcel-clearance-center.test"),
        text="Dear customer,\n\nyour parcel could not be delivered because a customs fee of GBP 2.99 is unpaid. "
             "Please pay within 48 hours or the parcel will be returned to the sender:\n\n"
             "https://parcel-clearance-center.test/pay?id=884412901\n\nThank you for choosing our service.",
        extra_headers=[("Reply-To", "no-reply@parcel-clearance-center.test")]))
    # 6. Internal note in English.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 9, 25, 16, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Gareth Pryce <gareth.pryce@example.com>", to=ORDERS, cc=None,
        subject="Stocktake Wednesday 30 Sept – no dispatches after 12:00",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe half-year stocktake is on Wednesday 30 September. The warehouse stops picking at 12:00 "
             "that day, so please do not promise any same-day dispatch; anything confirmed after Tuesday lunchtime "
             "goes out on Thursday.\n\nThanks,\nGareth\n--\nGareth Pryce | Warehouse & Logistics | Northwind "
             "Components Ltd."))
    return out


def exim_bounce(pl: Plan) -> EmailMessage:
    """An Exim delivery failure: multipart/report with the explanation, delivery-status and returned headers."""
    failed = pl.text
    host = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=4)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id),
                 ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", failed), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n  {failed}\n    host mx.{host} [198.51.100.71]\n    SMTP error from remote mail server "
            f"after RCPT TO:<{failed}>:\n    550 5.1.1 <{failed}>: Recipient address rejected: User unknown\n")
    first = EmailMessage(policy=M.POLICY)
    first.set_content(text)
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.attach(first)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx3.example.com"
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Action"] = "failed"
    per_rcpt["Final-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; mx.{host}"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.1.1 <{failed}>: Recipient address rejected: User unknown"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"Received: from mail.example.com ([192.0.2.25])\r\n\tby mx3.example.com with esmtp (Exim 4.97)\r\n"
        f"\tid 1uM2aS-0007Qq-1F; {format_datetime(sent)}\r\nFrom: Northwind Orders <orders@example.com>\r\n"
        f"To: {failed}\r\nSubject: Delivery time for your instruments\r\nDate: {format_datetime(sent)}\r\n"
        "Message-ID: <20260602081447.7C2E@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "exim":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout8Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho8")
