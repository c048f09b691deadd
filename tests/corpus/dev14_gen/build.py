"""Turn the thirteenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev14_gen.deals import DEALS
from tests.corpus.dev14_gen.layouts import render, shows_unit
from tests.corpus.dev14_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20290618
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · Southampton SO14 "
                "3AB · UK\nT +44 23 8063 1172 · M +44 7700 900418",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Vereinigtes Königreich\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "Invoice",
        "contract": "SalesAgreement", "bill_of_lading": "SeaWaybill", "shipping_notice": "PackingList",
        "payment_advice": "PaymentAdvice", "inspection_report": "DiscrepancyReport", "purchase_order": "PO"}
OWN_STEM = {("NO", "purchase_order"): "Innkjopsordre_PO", ("UA", "purchase_order"): "Bestellung",
            ("UA", "payment_advice"): "Zahlungsauftrag", ("MU", "purchase_order"): "CommandeFournisseur",
            ("MU", "payment_advice"): "AvisDebit", ("PK", "payment_advice"): "TT_Advice"}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "de"}  # how each language writes amounts in a mail
PORT = {"NO": ("ÅLESUND, NORWAY", "ÅLESUND, NORWAY"), "BO": ("ARICA, CHILE", "SANTA CRUZ DE LA SIERRA, BOLIVIA"),
        "TZ": ("DAR ES SALAAM, TANZANIA", "DAR ES SALAAM, TANZANIA"), "PK": ("KARACHI, PAKISTAN", "KARACHI, PAKISTAN"),
        "MU": ("PORT LOUIS, MAURITIUS", "PORT LOUIS, MAURITIUS")}
VESSEL = {"NO": "NORDIC FEEDER STAR", "BO": "PACIFIC CONDOR", "TZ": "ZANZIBAR TRADER", "PK": "INDUS EXPRESS",
          "MU": "MASCARENE BRIDGE"}
VOYAGE = {"NO": "229N", "BO": "071W", "TZ": "318S", "PK": "144E", "MU": "260S"}
GOODS = {"NO": "SPARE PARTS FOR FISH PROCESSING MACHINERY", "BO": "SPARE PARTS FOR SUGAR MILL",
         "TZ": "SPARE PARTS FOR SISAL DECORTICATORS", "PK": "SPARE PARTS FOR CABLE MACHINERY",
         "MU": "SPARE PARTS FOR FLOUR MILL AND BAGGING LINE"}
REG = {"NO": "Org.nr. {org}", "UA": "EDRPOU {edrpou} · IPN {vat}", "BO": "NIT {nit}", "TZ": "TIN {tin} · VRN {vrn}",
       "PK": "NTN {ntn} · STRN {strn}", "MU": "BRN {brn} · VAT {vat}"}


# Layouts that print a tax line of zero ("VAT (zero-rated export) 0.00", "Mva / VAT: 0,00", "Total TVA 0,00"):
# their tax label is "0.00" (null only when a document prints no tax amount).
ZERO_TAX = ("L118", "L120", "L124")


@dataclass
class PackingList(Doc):
    """The warehouse packing list (L126): built as the shipping step's document, labelled as what its title says,
    a packing list whose article rows are line items (code, description, quantity, unit; no prices)."""

    rows: list[Line] = field(default_factory=list)

    def label(self, source: str) -> dict:
        lb = super().label(source)
        lb["doc_type"] = "packing_list"
        lb["line_items"] = [{"sku": ln.sku, "description": ln.description, "quantity": ln.quantity,
                             "unit": ln.unit or None, "unit_price": None, "amount": None} for ln in self.rows]
        return lb


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap parts go by the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 15 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout13Builder(Holdout6Builder):
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
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # the haulier's 10-digit consignment no.
        self.seals = [f"NC{r.randint(1000000, 9999999)}" for _ in self.tracking]

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
            d.tax_rate = Decimal(0)
        if layout == "L126":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        road = self.deal.tracking == "road"
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 cust_no=f"{p.key}{sum(map(ord, p.key)) * 7 + 1000:04d}")
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("within five weeks of receipt of the advance payment" if
                                  self.deal.deposit or "pi" in self.nums else "within five weeks of the date of "
                                  "this Agreement")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 1.1 + 55
        if doc.doc_type == "bill_of_lading":
            pod, delivery = PORT[p.key]
            c.update(seals=self.seals, vessel=VESSEL[p.key], voyage=VOYAGE[p.key], pod=pod, delivery=delivery,
                     goods=GOODS[p.key], booking=f"BKG{r.randint(1000000, 9999999)}",
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT",
                     packages=f"{r.randint(3, 9)} PALLETS", gross=f"{kg * 1.25:,.1f}",
                     cbm=f"{r.randint(30, 160) / 10:.1f}")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                rows.append((ln, f"C{1 + i // 4:02d}", f"{ln.quantity * r.randint(5, 40) / 10:.1f}"))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 4,
                     carrier=("Euro-Baltic Road Freight Ltd (groupage)" if road
                              else f"{VESSEL[p.key]} / {VOYAGE[p.key]}"),
                     track_caption="Consignment no." if road else "Container no.",
                     net=f"{sum(float(x[2]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ("-DC" in ln.sku or "-BP" in ln.sku)][:3]
            c.update(bl=self.nums.get("bl", ""), containers=self.tracking, received=when.date() - dt.timedelta(days=4),
                     inspector="Mwanaidi Shabani", findings=[
                         (ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 3),
                          "blade edge chipped, case crushed" if "-DC" in ln.sku else "hose cut, fittings bent")
                         for ln in bad])
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        if self.p.key == "PK":
            # Mr Chen's order in simplified Chinese, article data in English, one article per line.
            rows = "\n".join(f"{i}、{ln.sku}，{ln.description}，数量 {ln.quantity} {ln.unit}，单价 USD "
                             f"{amt(ln.unit_price, 'en')}，金额 USD {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"订单编号：{doc.number}\n订单日期：{doc.date.strftime('%Y/%m/%d')}\n买方：{doc.buyer.name}\n"
                    f"卖方：{doc.seller.name}\n\n{rows}\n\n合计：USD {amt(doc.total, 'en')}\n贸易术语："
                    f"{doc.incoterms}\n付款条件：{doc.payment_terms}")
        # Marcela's order typed in Apple Mail: a table pasted from a spreadsheet, tab-separated, 1.234,50.
        rows = "\n".join(f"{ln.sku}\t{ln.description}\t{ln.quantity} {ln.unit}\t{amt(ln.unit_price, 'de')}\t"
                         f"{amt(ln.amount, 'de')}" for ln in doc.lines)
        return (f"ORDEN DE COMPRA N° {doc.number}\nFecha: {doc.date.strftime('%d/%m/%Y')}\nComprador: "
                f"{doc.buyer.name}\nProveedor: {doc.seller.name}\n\nCódigo\tDescripción\tCantidad\tPrecio unit. "
                f"USD\tImporte USD\n{rows}\n\nTotal orden: USD {amt(doc.total, 'de')}\nCondición de entrega: "
                f"{doc.incoterms}\nForma de pago: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}）{ln.description}  {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"{i}. {ln.description}: {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.quantity} {ln.unit}. {ln.description}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        else:
            needs = "\n".join(f"* {ln.quantity} x {ln.description}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Rohan forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=6, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hi both,\n\nforwarding a PO from the flour mill in Mauritius - Sophie sent it to me after "
                          "we met at the Africa milling show. It is against Anna's quote; could you book it and "
                          "send her the proforma and the agreement? Her mail is attached.\n\nCheers,\nRohan"
                          "\n--\nRohan Mistry | Business Development, Africa & Indian Ocean | Northwind Components "
                          "Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. English out-of-office (Outlook) from Ålesund, answering our quotation.
    target = next(pl for pl in deal_plans if pl.deal == "ho13-NO1" and pl.stage == "quote")
    no = PARTNERS["NO"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=51),
        style="outlook", ui="en", lang="en", from_=no.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", no.domain),
        text="Thank you for your e-mail. I am out of the office until Monday with limited access to e-mail. For "
             "urgent matters please contact innkjop@sunnmore-sjomat.example.\n\nMed vennlig hilsen / Best regards\n"
             "Ingrid Solheim",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. French vacation responder from Mauritius, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho13-MU1" and pl.stage == "shipping")
    mu = PARTNERS["MU"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=5),
        style="outlook", ui="fr", lang="fr", from_=mu.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("outlook", mu.domain),
        text="Bonjour,\n\nje suis en congé jusqu'au 1er juillet inclus. Pour toute urgence, merci d'écrire à "
             "achats@meoi-maurice.example.\n\nSophie Lagesse",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Gmail-style bounce for a mistyped Poltava address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 5, 22, 10, 14, 33, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <MAILER-DAEMON@example.com>", to=US_SALES, cc=None,
        subject="Undelivered Mail Returned to Sender", message_id="<20290522091433.7C41E2A0418@mx1.example.com>",
        text="o.kravchenko@poltava-agrotek.example", special="bounce"))
    # 4. German newsletter of an agricultural machinery fair.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 5, 3, 7, 30, tzinfo=ZoneInfo("Europe/Berlin")), style="html", ui="de", lang="de",
        from_="AgroTechnica Newsletter <newsletter@agrotechnica-messe.test>", to=ORDERS, cc=None,
        subject="AgroTechnica 2029: Ausstellerverzeichnis online und Frühbucherrabatt bis 31. Mai",
        message_id=ids.make("gmail", "mail.agrotechnica-messe.test"),
        text="AgroTechnica 2029 · Hannover · 12.–18. November\n\n• Über 2.400 Aussteller aus 50 Ländern\n• "
             "Sonderschau Ersatzteillogistik und Smart Farming\n• Frühbucherrabatt für Tickets bis 31. Mai\n\n"
             "Im Browser ansehen: https://agrotechnica-messe.test/nl/2029-05\n\nAbmelden: "
             "https://agrotechnica-messe.test/abmelden",
        extra_headers=[("List-Id", "AgroTechnica Newsletter <nl.agrotechnica-messe.test>"),
                       ("List-Unsubscribe", "<https://agrotechnica-messe.test/abmelden?u=40418>"),
                       ("Precedence", "bulk")]))
    # 5. Fraud dressed as a supplier's change of bank details.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 6, 6, 2, 11, 7, tzinfo=ZoneInfo("Africa/Lagos")), style="html", ui="en",
        lang="en", from_="Accounts Receivable <accounts@invoice-settlement.test>", to=ORDERS, cc=None,
        subject="URGENT: updated remittance details for outstanding invoice payment",
        message_id=ids.make("gmail", "invoice-settlement.test"),
        text="Dear Valued Partner,\n\nDue to an ongoing audit our previous bank account is no longer able to "
             "receive payments. Kindly remit all outstanding invoices to our new account below and send the "
             "payment confirmation to this email today to avoid late fees.\n\nBeneficiary bank: see secure "
             "document https://invoice-settlement.test/secure/remit\n\nAccounts Receivable Department",
        extra_headers=[("Reply-To", "settlement.desk@freemail.test")]))
    # 6. Internal note: a change of sea carrier for Indian Ocean bookings.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2029, 4, 25, 14, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Priya Nair <priya.nair@example.com>", to=ORDERS, cc=US_SALES,
        subject="Shipping: new cut-off days for East Africa and Indian Ocean bookings",
        message_id=ids.make("outlook", "example.com"),
        text="Hello everyone,\n\nfrom next month the weekly East Africa / Indian Ocean service leaves Southampton on "
             "Thursdays, so the warehouse cut-off moves to Tuesday noon. Please plan customer dates "
             "accordingly.\n\nThanks,\nPriya\n--\nPriya Nair | Shipping & Customs | Northwind Components Ltd."))
    return out


def postfix_bounce(pl: Plan) -> EmailMessage:
    """A Postfix report for a domain that does not resolve: multipart/report, notice, status, returned headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=4)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    host = failed.split("@")[1]
    text = ("This is the mail system at host mx1.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\n                   The mail system\n\n"
            f"<{failed}>: Host or domain name not found. Name service error\n    for name={host} type=MX: Host "
            "not found, try again\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    notice["Content-Description"] = "Notification"
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx1.example.com"
    per_msg["X-Postfix-Queue-ID"] = "7C41E2A0418"
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
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Pickup date for your order\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <9b1e7f20-4418-4c2e-a7d1-0e22c7f41b90@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return postfix_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout13Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho13")
