"""Turn the tenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev11_gen.deals import DEALS
from tests.corpus.dev11_gen.layouts import render, shows_unit
from tests.corpus.dev11_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20271004
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\n12 Dockside Road, Southampton "
                "SO14 3AB, UK\nDirect: +44 23 8063 1170",
          "de": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Großbritannien\n"
                "Tel. +44 23 8063 1170",
          "es": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1170",
          "fr": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1170"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "bill_of_lading": "HBL", "shipping_notice": "ShippingAdvice",
        "payment_advice": "DebitAdvice", "inspection_report": "SurveyReport"}
PO_STEM = {"HR": "Bestellung", "PE": "OrdenCompra", "DZ": "BC_Import", "GR": "PurchaseOrder"}
PAY_STEM = {"PE": "NotaCargo", "DZ": "AvisDebit"}
DUE_DAYS = {"HR": 30, "PE": 0, "DZ": 0, "PH": 0, "GR": 30, "NG": 0}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "en"}  # how each language writes amounts in a mail
PORT = {"PE": ("MATARANI, PERU", "AREQUIPA, PERU"), "DZ": ("ALGER, ALGERIA", "ALGER PORT, ALGERIA"),
        "PH": ("MANILA (SOUTH HARBOR), PHILIPPINES", "MANILA, PHILIPPINES"),
        "GR": ("PIRAEUS, GREECE", "PIRAEUS, GREECE"), "NG": ("APAPA, LAGOS, NIGERIA", "APAPA, LAGOS, NIGERIA")}
VESSEL = {"PE": "MAERSK ANTOFAGASTA / 247S", "DZ": "CMA CGM TIPAZA / 0MA3XN", "PH": "ONE HUMMINGBIRD / 031E",
          "GR": "MSC MELINA / FX804E", "NG": "MAERSK LAGOS EXPRESS / 812W"}
GOODS = {"PE": "SPARE PARTS FOR FOUNDRY EQUIPMENT (BEARINGS, FILTER SLEEVES, VALVES, CHAINS, THERMOCOUPLES)",
         "DZ": "PIECES DE RECHANGE POUR LIGNE DE CONSERVERIE / CANNING LINE SPARE PARTS",
         "PH": "INDUSTRIAL SPARE PARTS: SOLENOID VALVES, BEARINGS, V-BELTS, GEARED MOTORS, SENSORS",
         "GR": "SHIP SPARES IN TRANSIT FOR MV AEGEAN GRACE", "NG": "SPARE PARTS FOR PAINT MANUFACTURING EQUIPMENT"}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap parts go by the fifty or
    by the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (50 if ln.unit_price < 5 else 10 if ln.unit_price < 10 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout10Builder(Holdout6Builder):
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
        elif deal.tracking == "road":
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # the groupage haulier's 10-digit consignment no.
        self.seals = [f"UK{r.randint(1000000, 9999999)}" for _ in self.tracking]
        self.pi_date: dt.date | None = None

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "purchase_order" and "q" in self.nums and self.p.key in ("PE", "DZ"):
            d.extra = [*d.extra, ("quote_ref", self.nums["q"])]  # their order form quotes our offer
        if doc_type == "proforma_invoice":
            self.pi_date = self.pi_date or d.date
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None  # Xero's "Reference"
        if doc_type == "payment_advice" and self.invoice_date is None and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # paid in advance, against the pro forma
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key], incoterms=p.incoterms)
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "quotation":
            c["enquiry_ref"] = {"de": "Ihre Anfrage", "es": "Su solicitud", "fr": "Votre demande"}.get(
                p.lang, "Your enquiry") + " " + (self.deal.start.strftime("%d/%m/%Y"))
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 0.9 + 40
        if doc.doc_type == "bill_of_lading":
            pod, delivery = PORT[p.key]
            c.update(seals=self.seals, vessel=VESSEL[p.key], pod=pod, delivery=delivery,
                     freight="SOUTHAMPTON (PREPAID)" if p.incoterms.startswith("C") else "DESTINATION (COLLECT)",
                     marks=f"{p.company.name.upper()} / {self.nums['po']}", goods=GOODS[p.key],
                     packages=f"{5 if p.key == 'GR' else r.randint(3, 9)} WOODEN CASES ON PALLETS",
                     gross=f"{kg * 1.3:,.1f}",
                     cbm=f"{r.randint(40, 140) / 10:.1f}")
            if p.key == "DZ":
                c["to_order"] = f"TO ORDER OF {p.ctx['bank'].upper()}, {p.ctx['branch'].upper()}"
        if doc.doc_type == "shipping_notice":
            road = self.deal.tracking == "road"
            n = r.randint(3, 6)
            per = max(1, len(self.final_lines) // n)
            pk = []
            for i in range(n):
                lo, hi = i * per + 1, (len(self.final_lines) if i == n - 1 else (i + 1) * per)
                net = r.randint(20, 180)
                pk.append((f"{i + 1}/{n}", "Carton" if net < 60 else "Wooden case",
                           f"{r.choice((60, 80, 100, 120))} x {r.choice((40, 60, 80))} x {r.choice((40, 50, 70))}",
                           str(net), str(net + r.randint(4, 15)), f"pos. {lo}–{hi}"))
            c.update(packages=pk, net=str(sum(int(x[3]) for x in pk)), gross=str(sum(int(x[4]) for x in pk)),
                     carrier="Road groupage – Adriatic Eurotrans d.o.o." if road else f"Sea – {VESSEL[p.key]}",
                     track_caption="Consignment no." if road else "Container",
                     etd=when.date(), eta=when.date() + dt.timedelta(days=4 if road else 30))
        if doc.doc_type == "payment_advice":
            c["deposit"] = self.deal.deposit
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("TE", "PG"))][:3]
            c.update(bl=self.nums.get("bl", ""), place="Phaleron Marine Forwarding warehouse, Piraeus",
                     surveyed=when.date() - dt.timedelta(days=2),
                     packages="5 wooden cases, 1 found crushed (case 3/5)",
                     attendance="At the request of the consignee we attended the forwarder's warehouse, where the "
                                "cases had been unloaded from the container. The consignee's representative was "
                                "present.",
                     packing="Cases 1, 2, 4 and 5 sound. Case 3/5 crushed on one side, forklift marks visible, "
                             "inner cartons torn and wet.",
                     damaged=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 2),
                               "glass / capsule broken" if ln.sku.startswith("PG") else "element housing cracked")
                              for ln in bad],
                     cause="Mechanical damage during handling in transit (forklift impact); packing adequate.",
                     recommendation="Damaged items unfit for use and to be replaced. Consignee to hold damaged "
                                    "items for inspection by the carrier's and insurers' representatives.")
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        key = self.p.key
        stem = {"purchase_order": PO_STEM.get(key, "PO"),
                "payment_advice": PAY_STEM.get(key, STEM["payment_advice"])}.get(doc.doc_type) or STEM[doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        if self.p.key == "PH":
            # Vivian's order typed into the mail in traditional Chinese, numbered lines as in a chat.
            rows = "\n".join(f"{i}. {ln.sku}　{ln.description}　{ln.quantity} {ln.unit} × US$ "
                             f"{amt(ln.unit_price, 'en')} = US$ {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"訂單編號：{doc.number}\n日期：{doc.date.year}年{doc.date.month}月{doc.date.day}日\n"
                    f"買方：{doc.buyer.name}\n賣方：{doc.seller.name}\n幣別：{doc.currency}\n\n{rows}\n\n"
                    f"總金額：US$ {amt(doc.total, 'en')}\n貿易條件：{doc.incoterms}\n付款條件：{doc.payment_terms}")
        # Adebayo's order typed in the mail, the way a purchasing officer lays it out in Gmail.
        rows = "\n".join(f"{i}. {ln.sku} - {ln.description} - Qty: {ln.quantity} {ln.unit} @ USD "
                         f"{amt(ln.unit_price, 'en')} = USD {amt(ln.amount, 'en')}"
                         for i, ln in enumerate(doc.lines, start=1))
        return (f"PURCHASE ORDER NO: {doc.number}\nDATE: {doc.date.strftime('%d/%m/%Y')}\nBUYER: {doc.buyer.name}\n"
                f"SUPPLIER: {doc.seller.name}\n\n{rows}\n\nTOTAL: USD {amt(doc.total, 'en')}\n"
                f"TERMS OF DELIVERY: {doc.incoterms}\nPAYMENT: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description}　{ln.quantity} {ln.unit}"
                              for i, ln in enumerate(self.list_lines, start=1))
        elif p.lang == "de":
            needs = "\n".join(f"{i}. {ln.description} – {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(self.list_lines, start=1))
        elif p.lang in ("es", "fr"):
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in self.list_lines)
        else:
            needs = "\n".join(f"{i}. {ln.description}: {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(self.list_lines, start=1))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Marek forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=4, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when,
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hello orders / Anna,\n\nthe cannery in Sétif sent their order to me after we met at the "
                          "food-processing fair in Algiers. Prices are the ones Anna agreed with Mr Benaïssa. Their "
                          "mail with the Word file is attached - please book it and send them the invoice they "
                          "need for the bank.\n\nBest,\nMarek\n--\nMarek Lindqvist | Regional Sales Manager, "
                          "Africa & Middle East | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. German out-of-office (Outlook) from Split, answering our quotation.
    target = next(pl for pl in deal_plans if pl.deal == "ho10-HR1" and pl.stage == "quote")
    hr = PARTNERS["HR"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=34),
        style="outlook", ui="de", lang="de", from_=hr.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", hr.domain),
        text="Guten Tag,\n\nich bin bis einschließlich 11. Oktober auf Dienstreise und lese meine E-Mails nur "
             "unregelmäßig. In dringenden Fällen wenden Sie sich bitte an nabava@dalmacija-ambalaza.example, "
             "Tel. +385 21 354 700.\n\nIvana Perić",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Spanish Gmail vacation responder from Arequipa, answering our invoice-and-B/L mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho10-PE1" and pl.stage == "shipping")
    pe = PARTNERS["PE"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=12),
        style="gmail", ui="es", lang="es", from_=pe.addr, to=US_SALES, cc=None,
        subject="Respuesta automática: " + target.subject, message_id=ids.make("gmail", pe.domain),
        text="Gracias por su mensaje. Me encuentro fuera de la oficina hasta el miércoles 1 de diciembre. Para temas urgentes de "
             "importaciones escriba a importaciones@maestranzamisti.example.\n\nRodrigo Huamán",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 3. Chinese (traditional) auto-reply from Manila to our pro-forma-and-contract mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho10-PH1" and pl.stage == "order" and pl.from_ == US_SALES)
    ph = PARTNERS["PH"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=9),
        style="html", ui="zh", lang="zh", from_=ph.addr, to=US_SALES, cc=None,
        subject="自動回覆：" + target.subject, message_id=ids.make("gmail", ph.domain),
        text="您好，\n\n本人於12月16日前在宿霧出差，郵件回覆可能延遲。急事請聯絡 purchasing@kianhong-supply.example 或致電 "
             "+63 2 8244 6100。\n\n謝謝！\nVivian Co",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 4. Postfix bounce for a mistyped Lagos address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2028, 2, 22, 14, 6, 51, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="MAILER-DAEMON@mx1.example.com (Mail Delivery System)", to=ORDERS, cc=None,
        subject="Undelivered Mail Returned to Sender",
        message_id="<20280222140651.9B3E1C0472@mx1.example.com>", text="a.ogunleye@ikejapaint.example",
        special="postfix"))
    # 5. Spanish newsletter from a mining-and-foundry trade fair.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2027, 11, 24, 8, 0, tzinfo=ZoneInfo("America/Lima")), style="html", ui="es", lang="es",
        from_="Expo Minería Sur <noticias@expomineriasur.test>", to=ORDERS, cc=None,
        subject="Expo Minería Sur 2028: stands disponibles, programa técnico y rueda de negocios",
        message_id=ids.make("apple", "mail.expomineriasur.test"),
        text="Boletín noviembre 2027\n\n• Quedan 40 stands en el pabellón de proveedores internacionales\n"
             "• Programa técnico: mantenimiento predictivo en plantas concentradoras\n• Rueda de negocios con "
             "compradores de fundiciones y minas del sur\n\nVer en el navegador: https://expomineriasur.test/"
             "boletin/2027-11\n\nRecibe este boletín porque visitó nuestra feria. Darse de baja: "
             "https://expomineriasur.test/baja",
        extra_headers=[("List-Id", "Noticias Expo Mineria Sur <noticias.expomineriasur.test>"),
                       ("List-Unsubscribe", "<https://expomineriasur.test/baja?id=88120>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]))
    # 6. Spam posing as a courier's customs-duty notice.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2028, 1, 9, 2, 41, 5, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")), style="html", ui="en",
        lang="en", from_="Express Customs Desk <noreply@parcel-clearance-center.test>", to=ORDERS, cc=None,
        subject="Action required: shipment held at customs – import duty unpaid",
        message_id=ids.make("gmail", "parcel-clearance-center.test"),
        text="Dear Customer,\n\nYour international shipment is on hold at the destination customs office because "
             "the import duty of GBP 3.99 has not been paid. To avoid return to sender, settle the amount within "
             "48 hours:\n\nPAY DUTY NOW: https://parcel-clearance-center.test/pay?ref=UK88412\n\nAfter payment "
             "the shipment will be released for delivery.\n\nCustomer Service",
        extra_headers=[("Reply-To", "clearance.help@freemail.test")]))
    # 7. Internal note about the Christmas shutdown.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2027, 12, 1, 11, 25, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Priti Shah <priti.shah@example.com>", to=ORDERS, cc=None,
        subject="Christmas shutdown – last despatch 17 December",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe warehouse closes from 18 December to 2 January. Last despatch for export orders is "
             "Friday 17 December; the forwarder needs the paperwork by 15 December. Anything later goes in the "
             "first week of January, so please tell customers early.\n\nThanks,\nPriti\n--\nPriti Shah | "
             "Logistics & Despatch | Northwind Components Ltd."))
    return out


def postfix_bounce(pl: Plan) -> EmailMessage:
    """A Postfix non-delivery report: multipart/report with the notice, delivery-status and the returned headers."""
    failed = pl.text
    host = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=4)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This is the mail system at host mx1.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete "
            "your own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{failed}>: Host or domain name not found. Name service error for\n    name={host} type=A: Host "
            "not found\n")
    first = EmailMessage(policy=M.POLICY)
    first.set_content(text)
    first["Content-Description"] = "Notification"
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.attach(first)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx1.example.com"
    per_msg["X-Postfix-Queue-ID"] = "9B3E1C0472"
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
        f"Received: from mail.example.com (mail.example.com [192.0.2.25])\r\n\tby mx1.example.com (Postfix) with "
        f"ESMTPS id 9B3E1C0472\r\n\tfor <{failed}>; {format_datetime(sent)}\r\n"
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Shipment date for your order\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <20280222140647.31C9@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "postfix":
        return postfix_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout10Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho10")
