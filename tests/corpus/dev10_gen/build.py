"""Turn the ninth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev10_gen.deals import DEALS
from tests.corpus.dev10_gen.layouts import render, shows_unit
from tests.corpus.dev10_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20270911
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · Southampton "
                "SO14 3AB\nT +44 23 8063 1170 · www.northwind-components.example",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Vereinigtes "
                "Königreich\nTel. +44 23 8063 1170",
          "es": "Anna Keller\nGerente de Exportación\nNorthwind Components Ltd. · Southampton · Reino Unido\n"
                "Tel. +44 23 8063 1170",
          "fr": "Anna Keller\nResponsable export\nNorthwind Components Ltd. · Southampton · Royaume-Uni\n"
                "Tél. +44 23 8063 1170"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "bill_of_lading": "AWB", "shipping_notice": "CargoArrivalNotice",
        "payment_advice": "RemittanceAdvice", "inspection_report": "Reklamationsbericht"}
PO_STEM = {"RO": "Comanda", "EC": "OrdenCompra", "CM": "BonDeCommande", "KE": "PurchaseOrder", "AE": "PO"}
PAY_STEM = {"EC": "ComprobantePago", "CM": "AvisReglement"}
DUE_DAYS = {"RO": 60, "EC": 30, "CM": 60, "ID": 0, "KE": 0, "AE": 45}
BP = {"RO": "C-RO-0007", "EC": "C-EC-0002", "CM": "C-CM-0005", "ID": "C-ID-0011", "KE": "C-KE-0003",
      "AE": "C-AE-0014"}
AIRPORT = {"EC": "GUAYAQUIL (GYE)", "ID": "JAKARTA SOEKARNO-HATTA (CGK)", "AE": "DUBAI (DXB)"}
GOODS = {"EC": "SPARE PARTS FOR SHRIMP PROCESSING EQUIPMENT", "ID": "SPARE PARTS FOR PLASTIC EXTRUDERS",
         "AE": "VALVES, PUMP SEALS, ANODES, COUPLINGS"}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "de"}  # how each language writes amounts in a mail


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's own item-number pattern; cheap parts go by the
    fifty or by the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (50 if ln.unit_price < 5 else 10 if ln.unit_price < 10 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout9Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number(self.p.ctx.get("owner", "MSK"), r.randint(100000, 999999))]
        # "air" keeps dev7's air waybill number, "road" its consignment-note number (only the mail shows that)
        self.flight = f"BK {r.randint(100, 989):04d}"
        self.pi_date: dt.date | None = None

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "purchase_order" and "q" in self.nums and self.p.key in ("RO", "AE"):
            d.extra = [*d.extra, ("quote_ref", self.nums["q"])]  # their order form quotes our offer
        if doc_type == "proforma_invoice":
            self.pi_date = self.pi_date or d.date
        if doc_type == "bill_of_lading":
            # the air waybill prints the terms in its Accounting Information box ("Freight prepaid · CPT ...");
            # labelled null until the split was opened, which a reader of the document would not do
            d.incoterms = self.p.incoterms
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key], bp_code=BP[p.key],
                 incoterms=p.incoterms)
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "payment_advice":
            c["invoice_amount"] = self.total_of(self.final_lines, p.tax_rate)
            c["invoice_date"] = (self.pi_date if self.deal.deposit and self.pi_date else
                                 self.invoice_date or when.date())
            if p.key != "KE":
                c.pop("lc", None)
        if doc.doc_type in ("bill_of_lading", "shipping_notice"):
            gross = self.pieces * 17.5
            c.update(agent="Solent Air Logistics Ltd, Heathrow", airport=AIRPORT[p.key], flight=self.flight,
                     pieces=self.pieces, gross=f"{gross:.1f}", chargeable=f"{gross * 1.25:.1f}",
                     dims=f"{self.pieces} x 80x60x50 cm", goods=GOODS[p.key],
                     arrived=when.date() - dt.timedelta(days=1))
        if doc.doc_type == "inspection_report":
            bad = next(ln for ln in self.final_lines if ln.sku.startswith("FE"))
            c.update(part=bad.sku, part_desc=bad.description, qty=bad.quantity, bad=bad.quantity,
                     received=when.date() - dt.timedelta(days=5),
                     problem="Die gelieferten Druckfilterelemente tragen die Kennzeichnung der bestellten "
                             "Feinheit, die Prüfung mit dem Partikelzähler ergibt jedoch eine deutlich gröbere "
                             "Filterfeinheit. Einbau gesperrt.",
                     findings=[("Filterfeinheit (ISO 16889, β ≥ 200)", bad.description.split()[1] + " µm",
                                "ca. 25 µm", "n.i.O."),
                               ("Kennzeichnung / Etikett", "Artikelnr. und Feinheit", "vorhanden", "i.O."),
                               ("Abmessungen", "lt. Zeichnung", "i.O.", "i.O.")])
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        key = self.p.key
        stem = {"purchase_order": PO_STEM.get(key, "PO"),
                "payment_advice": PAY_STEM.get(key, STEM["payment_advice"])}.get(doc.doc_type) or STEM[doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Melinda's order typed into the mail: a simplified-Chinese table pasted from a spreadsheet."""
        rows = "\n".join(f"{i} | {ln.sku} | {ln.description} | {ln.quantity} {ln.unit} | {amt(ln.unit_price, 'en')} | "
                         f"{amt(ln.amount, 'en')}" for i, ln in enumerate(doc.lines, start=1))
        return (f"订单号：{doc.number}\n日期：{doc.date.year}年{doc.date.month}月{doc.date.day}日\n"
                f"买方：{doc.buyer.name}\n卖方：{doc.seller.name}\n\n序号 | 货号 | 品名规格 | 数量 | 单价 "
                f"({doc.currency}) | 金额 ({doc.currency})\n{rows}\n\n合计：{doc.currency} {amt(doc.total, 'en')}\n"
                f"交货条件：{doc.incoterms}\n付款方式：{doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        if p.lang == "zh":
            needs = "\n".join(f"{i}. {ln.description} × {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(self.list_lines, start=1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in self.list_lines)
        else:
            needs = "\n".join(f"{i}) {ln.description} – {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(self.list_lines, start=1))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Daniel forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=2, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when,
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hi Anna, hi orders team,\n\nMr Ekambi from Douala sent his order to me because we met at "
                          "the Lyon trade fair. It follows the prices Anna negotiated with him. Original mail "
                          "with the PDF attached - can you take it from here?\n\nCheers,\nDaniel\n--\nDaniel Osei | "
                          "Area Sales Manager Africa | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. German out-of-office (Outlook) from Timișoara, answering our invoice-and-contract mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho9-RO1" and pl.stage == "order" and pl.from_ == US_SALES)
    ro = PARTNERS["RO"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=51),
        style="outlook", ui="de", lang="de", from_=ro.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", ro.domain),
        text="Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 3. Februar nicht im Büro. Ihre Nachricht wird nicht "
             "weitergeleitet; in dringenden Fällen wenden Sie sich bitte an achizitii@carpatica-hidraulice.example "
             "oder +40 256 498 200.\n\nIoana Weber",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. French out-of-office (Apple Mail) from Douala, answering our quotation.
    target = next(pl for pl in deal_plans if pl.deal == "ho9-CM1" and pl.stage == "quote")
    cm = PARTNERS["CM"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=3),
        style="apple", ui="fr", lang="fr", from_=cm.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("apple", cm.domain),
        text="Bonjour,\n\nJe suis en déplacement à l'usine de Bafoussam jusqu'au 19 mars inclus, avec un accès limité à "
             "ma messagerie. Pour toute urgence, merci de contacter le service Achats au +237 233 47 18 60.\n\n"
             "Cordialement,\nJean-Pierre Ekambi",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 3. Chinese auto-reply from Tangerang to our contract-and-pro-forma mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho9-ID1" and pl.stage == "order" and pl.from_ == US_SALES)
    idp = PARTNERS["ID"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=17),
        style="html", ui="zh", lang="zh", from_=idp.addr, to=US_SALES, cc=None,
        subject="自动回复：" + target.subject, message_id=ids.make("gmail", idp.domain),
        text="您好，\n\n我4月23日前在泗水出差，回复邮件可能会有延迟。紧急事宜请联系 purchasing@sinarkencana.example。\n\n"
             "谢谢！\nMelinda Halim",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 4. Postfix bounce for a mistyped Kenyan address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2027, 5, 24, 10, 2, 17, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="MAILER-DAEMON@smtp2.example.com (Mail Delivery System)", to=ORDERS, cc=None,
        subject="Undelivered Mail Returned to Sender",
        message_id="<20270524090217.4F1C2A01B3@smtp2.example.com>", text="g.mwangi@riftvaleytea.example",
        special="postfix"))
    # 5. Newsletter in German from a fluid-power trade magazine.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2027, 3, 3, 6, 30, tzinfo=ZoneInfo("Europe/Berlin")), style="html", ui="de", lang="de",
        from_="Fluidtechnik kompakt <redaktion@fluidtechnik-kompakt.test>", to=ORDERS, cc=None,
        subject="Fluidtechnik kompakt 03/2027: Dichtungen im Dauertest, Messevorschau, Marktpreise",
        message_id=ids.make("apple", "mailing.fluidtechnik-kompakt.test"),
        text="Fluidtechnik kompakt – Ausgabe März 2027\n\n• Dichtungen im Dauertest: PU gegen FKM bei 80 °C\n"
             "• Messevorschau: was die Hydraulik-Hersteller im April zeigen\n• Stahl- und Messingpreise im "
             "Februar\n\nOnline lesen: https://fluidtechnik-kompakt.test/ausgabe/2027-03\n\nSie erhalten diesen "
             "Newsletter, weil Sie sich auf fluidtechnik-kompakt.test angemeldet haben. Abmelden: "
             "https://fluidtechnik-kompakt.test/abmelden",
        extra_headers=[("List-Id", "Fluidtechnik kompakt <newsletter.fluidtechnik-kompakt.test>"),
                       ("List-Unsubscribe", "<https://fluidtechnik-kompakt.test/abmelden?u=30147>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]))
    # 6. Spam dressed as a purchase order, with a link to "view the document".
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2027, 7, 8, 3, 17, 40, tzinfo=ZoneInfo("Europe/Kyiv")), style="html", ui="en", lang="en",
        from_="Procurement Dept <purchasing@global-sourcing-desk.test>", to=ORDERS, cc=None,
        subject="New Purchase Order #PO-77410 – kindly confirm price and availability",
        message_id=ids.make("gmail", "global-sourcing-desk.test"),
        text="Dear Supplier,\n\nPlease find our new purchase order for your urgent attention. Due to the file size "
             "the order has been shared via our secure document portal:\n\nVIEW PURCHASE ORDER: "
             "https://docs-share-secure.test/view?id=PO77410\n\nKindly confirm price, availability and delivery "
             "time within 24 hours. Login with your email password to access the document.\n\nRegards,\n"
             "Procurement Department",
        extra_headers=[("Reply-To", "po.confirm.desk@freemail.test")]))
    # 7. Internal note about the new ERP's document numbers.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2027, 1, 8, 15, 40, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Helen Marsh <helen.marsh@example.com>", to=ORDERS, cc=None,
        subject="New ERP live on Monday – quotation and invoice numbers change",
        message_id=ids.make("outlook", "example.com"),
        text="Hi everyone,\n\nfrom Monday 11 January quotations, pro formas and invoices come out of the new ERP. "
             "Numbers change format, so please don't be surprised when customers quote them back to you. Old "
             "documents stay in the archive drive; credit notes against old invoices still go through finance."
             "\n\nThanks,\nHelen\n--\nHelen Marsh | Finance & Systems | Northwind Components Ltd."))
    return out


def postfix_bounce(pl: Plan) -> EmailMessage:
    """A Postfix non-delivery report: multipart/report with the notice, delivery-status and the returned headers."""
    failed = pl.text
    host = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=3)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This is the mail system at host smtp2.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete "
            "your own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{failed}>: Host or domain name not found. Name service error for\n    name={host} type=MX: Host "
            "not found, try again\n")
    first = EmailMessage(policy=M.POLICY)
    first.set_content(text)
    first["Content-Description"] = "Notification"
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.attach(first)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; smtp2.example.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.4"
    per_rcpt["Diagnostic-Code"] = f"X-Postfix; Host or domain name not found. Name service error for name={host}"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers["Content-Description"] = "Undelivered Message Headers"
    headers.set_payload(
        f"Received: from erp.example.com (erp.example.com [192.0.2.40])\r\n\tby smtp2.example.com (Postfix) with "
        f"ESMTPS id 4F1C2A01B2\r\n\tfor <{failed}>; {format_datetime(sent)}\r\n"
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Quotation for your overhaul "
        f"spares\r\nDate: {format_datetime(sent)}\r\nMessage-ID: <20270524090214.77A0@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "postfix":
        return postfix_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout9Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho9")
