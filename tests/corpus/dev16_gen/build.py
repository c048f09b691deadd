"""Turn the fifteenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
# with its date pinning), conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev16_gen.deals import DEALS
from tests.corpus.dev16_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev16_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20300204
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 "
                "3AB, UK\nDirect +44 23 8063 1172 · Mobile +44 7700 900 418",
          "de": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Vereinigtes Königreich\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "Invoice",
        "contract": "SupplyContract", "bill_of_lading": "FBL", "shipping_notice": "PackingList",
        "payment_advice": "PaymentAdvice", "inspection_report": "Qualitaetsmeldung", "purchase_order": "PO"}
OWN_STEM = {("SK", "purchase_order"): "Objednavka_Bestellung", ("CH", "purchase_order"): "Commande",
            ("GT", "purchase_order"): "OrdenCompra", ("SK", "payment_advice"): "Zahlungsavis",
            ("CH", "payment_advice"): "AvisPaiement", ("GT", "payment_advice"): "AvisoPago",
            ("FI", "purchase_order"): "PurchaseOrder"}
MAIL_NUM = {"FI": "en", "SK": "de", "CH": "ch", "GT": "en", "ZM": "en", "LK": "en"}  # amounts in their mails
REG = {"FI": "Business ID {y_tunnus} · VAT {vat_no}", "SK": "IČO {ico} · IČ DPH {ic_dph}", "CH": "IDE {ide}",
       "GT": "NIT {nit}", "ZM": "TPIN {tpin}", "LK": "{vat_no}"}
SEA = {"GT": ("MAERSK PUERTO QUETZAL / 012W", "PUERTO QUETZAL, GUATEMALA", "PUERTO QUETZAL, GUATEMALA",
              "SPARE PARTS FOR SUGAR MILL MACHINERY"),
       "ZM": ("CMA CGM TANGA / 0FR7SN", "DAR ES SALAAM, TANZANIA", "DAR ES SALAAM (IN TRANSIT TO ZAMBIA)",
              "SPARE PARTS FOR MINING EQUIPMENT"),
       "LK": ("ONE COLOMBO / 048E", "COLOMBO, SRI LANKA", "COLOMBO, SRI LANKA",
              "SPARE PARTS FOR LATEX DIPPING MACHINERY")}
ROAD = {"FI": "Baltic Trailer Line – unaccompanied trailer Southampton–Zeebrugge–Hanko",
        "SK": "buyer's forwarder (FCA), collected at our warehouse",
        "CH": "Alpen Cargo AG – groupage via Basel"}
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
DUE_DAYS = {"FI": 30, "SK": 30, "CH": 30, "GT": 45}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; small parts go by the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 12 else 1)
        if ln.unit_price > 1000:
            qty = max(1, qty // 4)  # pumps, bearings and rotors go by the piece
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


class Holdout15Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            n = 2 if deal.nlines > 13 else 1
            self.tracking = [container_number(self.p.ctx.get("owner", "HGL"), r.randint(100000, 999999))
                             for _ in range(n)]
        else:
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # the haulier's 10-digit consignment number
        self.pi_date: dt.date | None = None
        self.seals = [f"HG{r.randint(1000000, 9999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "proforma_invoice":
            self.pi_date = d.date
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "payment_advice" and self.invoice_date is None and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # the deposit is paid against the pro forma
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if layout == "L140":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 cust_no=f"{sum(map(ord, p.key)) * 7 + 10400}", due_days=DUE_DAYS.get(p.key, 30),
                 invoice_amount=self.total_of(self.final_lines, p.tax_rate),
                 invoice_date=self.invoice_date or self.pi_date or when.date())
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("shipment within six weeks of receipt of the deposit" if self.deal.deposit else
                                  "shipment within four weeks of receipt of the documentary credit"
                                  if "L/C" in p.payment_terms else "delivery within four weeks of the order")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 7.5 + 210
        if doc.doc_type == "bill_of_lading":
            vessel, pod, delivery, goods = SEA[p.key]
            lc = p.key == "LK"
            c.update(seals=self.seals, vessel=vessel, pod=pod, delivery=delivery, goods=goods,
                     packages=f"{r.randint(3, 9)} PALLETS", gross=f"{kg:,.1f}", cbm=f"{r.randint(18, 90) / 10:.1f}",
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT",
                     lc_bank=p.ctx["bank"].upper() if lc else "",
                     lc_line=f"L/C NO. {p.ctx['lc_no']}" if lc else "HS CODE 8431.49")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(2, 40) / 10
                rows.append((ln, f"{1 + i // 4:02d}", f"{net:.1f}", f"{net * 1.06 + 0.8:.1f}",
                             "120x80x90" if i % 4 == 0 else "–"))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 4,
                     carrier=ROAD.get(p.key, "Hampshire Global Logistics Ltd (FCL)"),
                     track_caption="Consignment no." if self.deal.tracking == "road" else "Container no.",
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("PD", "HV"))][:3]
            c.update(delivery=self.nums.get("sn", ""), received=when.date() - dt.timedelta(days=4),
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 2),
                                "Maßabweichung" if ln.sku.startswith("PD") else "Funktionsfehler",
                                "Dichtlippe beschädigt, Innendurchmesser außerhalb Toleranz" if ln.sku.startswith("PD")
                                else "Ventil schaltet nicht vollständig um, Leckage am Anschluss P")
                               for ln in bad])
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        if self.p.key == "ZM":
            # Mr Wang's order: a tab-separated table pasted from WPS, Chinese headings, prices in USD.
            rows = "\n".join(f"{i}\t{ln.sku}\t{ln.description}\t{ln.quantity} {ln.unit}\t{amt(ln.unit_price, 'en')}"
                             f"\t{amt(ln.amount, 'en')}" for i, ln in enumerate(doc.lines, start=1))
            return (f"采购订单号 PO No.：{doc.number}\n日期：{doc.date.isoformat()}\n买方：{doc.buyer.name}\n"
                    f"卖方：{doc.seller.name}\n\n序号\t货号\t品名\t数量\t单价(USD)\t金额(USD)\n{rows}\n\n"
                    f"合计：USD {amt(doc.total, 'en')}\n贸易条款：{doc.incoterms}\n付款方式：{doc.payment_terms}")
        # Mr Hudec's rush order typed in Gmail: one article per line, German numbers.
        rows = "\n".join(f"{ln.quantity} {ln.unit} x {ln.sku} {ln.description} à {amt(ln.unit_price, 'de')} EUR = "
                         f"{amt(ln.amount, 'de')} EUR" for ln in doc.lines)
        return (f"Bestellung Nr. {doc.number} vom {doc.date.strftime('%d.%m.%Y')}\nBesteller: {doc.buyer.name}\n"
                f"Lieferant: {doc.seller.name}\n\n{rows}\n\nGesamtbetrag netto: {amt(doc.total, 'de')} "
                f"{doc.currency}\nLieferbedingung: {doc.incoterms}\nZahlung: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description}  数量 {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"{ln.quantity} {ln.unit} – {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        elif p.key == "LK":
            needs = "\n".join(f"{i}. {ln.description} – {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"* {ln.description}, {ln.quantity} {ln.unit}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Oliver forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=2, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hi both,\n\nJussi from Saimaa Board Service handed me this at the paper fair in Tampere - a "
                          "small repeat order at their previous prices. Could the order desk book it and Anna send "
                          "the invoice? His mail is attached.\n\nCheers,\nOliver\n--\nOliver Brandt | Area Sales "
                          "Manager Nordics & Baltics | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook out-of-office from Lappeenranta (Finnish and English), answering our quotation mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho15-FI1" and pl.stage == "quote")
    fi = PARTNERS["FI"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=52),
        style="outlook", ui="en", lang="en", from_=fi.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", fi.domain),
        text=f"Olen koulutuksessa {target.date.day}.{target.date.month}. enkä lue sähköpostia. Kiireellisissä "
             "asioissa ota yhteyttä: hankinta@saimaa-boardservice.example.\n\nI am attending a training course "
             "today and will answer your message tomorrow. For urgent matters please contact "
             "hankinta@saimaa-boardservice.example.\n\nJussi Laaksonen",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Spanish auto-reply from Escuintla, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho15-GT1" and pl.stage == "shipping")
    gt = PARTNERS["GT"]
    back = target.date.date() + dt.timedelta(days=6)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=3),
        style="outlook", ui="es", lang="es", from_=gt.addr, to=US_SALES, cc=None,
        subject="Respuesta automática: " + target.subject, message_id=ids.make("outlook", gt.domain),
        text="Gracias por su correo. Estaré fuera de la oficina por la auditoría de fin de zafra hasta el "
             f"{back.day} de {MESES[back.month - 1]}. Para compras urgentes favor escribir a "
             "compras@ingenio-esperanza.example.\n\nWalter Estrada",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Postfix delivery status notification for a mistyped Monthey address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2030, 3, 19, 14, 7, 31, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <MAILER-DAEMON@smtp-out.example.com>", to=US_SALES, cc=None,
        subject="Undelivered Mail Returned to Sender", message_id="<20300319140731.4F2A91C0418@smtp-out.example.com>",
        text="s.rochat@amc-chablias.example", special="bounce"))
    # 4. English newsletter of a mining exhibition.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2030, 3, 6, 7, 15, tzinfo=ZoneInfo("Africa/Johannesburg")), style="html", ui="en",
        lang="en", from_="Copperbelt Mining Expo <newsletter@copperbelt-expo.test>", to=ORDERS, cc=None,
        subject="Copperbelt Mining Expo 2030 – exhibitor list published, book your stand by 30 April",
        message_id=ids.make("gmail", "mailer.copperbelt-expo.test"),
        text="COPPERBELT MINING EXPO 2030 · Kitwe · 24–26 June\n\n• 300 exhibitors from 28 countries\n• Conference "
             "track on processing plant maintenance and spare parts logistics\n• Stand packages from USD 1,900\n\n"
             "See the exhibitor list: https://copperbelt-expo.test/2030/exhibitors\n\nYou receive this newsletter "
             "because you visited the 2029 expo. Unsubscribe: https://copperbelt-expo.test/u/",
        extra_headers=[("List-Id", "Copperbelt Mining Expo news <news.copperbelt-expo.test>"),
                       ("List-Unsubscribe", "<https://copperbelt-expo.test/u/?id=41822>"),
                       ("Precedence", "bulk")]))
    # 5. Phishing dressed as a customer's remittance advice with a document link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2030, 4, 2, 3, 51, 12, tzinfo=ZoneInfo("Asia/Singapore")), style="html", ui="en",
        lang="en", from_="Accounts Payable <ap-remittance@vendor-payments-online.test>", to=ORDERS, cc=None,
        subject="Remittance Advice - Payment Ref RMT-30-77415 - 3 invoices settled",
        message_id=ids.make("gmail", "vendor-payments-online.test"),
        text="Dear Supplier,\n\nPlease be advised that a payment has been released to your account for 3 invoices. "
             "The remittance advice is available as a secure document:\n\nOpen remittance (PDF): "
             "https://vendor-payments-online.test/docs/view?r=RMT-30-77415\n\nTo view the document, confirm your "
             "company e-mail and password on the secure page. The link expires in 24 hours.\n\nAccounts Payable "
             "Department",
        extra_headers=[("Reply-To", "ap.remit.desk@freemail.test")]))
    # 6. Internal note from the warehouse about the Easter closing.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2030, 4, 9, 8, 25, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Gareth Hughes <gareth.hughes@example.com>", to=ORDERS, cc=US_SALES,
        subject="Warehouse: Easter closing and last collection dates",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe warehouse is closed from Friday 19 to Monday 22 April. Last collections for export "
             "groupage are on Wednesday 17 April at 14:00; anything booked after that goes out on 23 April. Please "
             "let customers know if their dates are affected.\n\nThanks,\nGareth\n--\nGareth Hughes | Warehouse & "
             "Despatch Supervisor | Northwind Components Ltd."))
    return out


def postfix_dsn(pl: Plan) -> EmailMessage:
    """A Postfix bounce for a domain that does not resolve: multipart/report with the returned headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=4)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    host = failed.split("@")[1]
    text = ("This is the mail system at host smtp-out.example.com.\n\nI'm sorry to have to inform you that your "
            "message could not be delivered to one or more recipients. It's attached below.\n\nFor further "
            "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You "
            "can delete your own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{failed}>: Host or domain name not found. Name service error for name={host} type=MX: Host not "
            "found, try again\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; smtp-out.example.com"
    per_msg["X-Postfix-Queue-ID"] = "4F2A91C0418"
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Delivery date of your order\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <a71f03d2-5e4b-49c8-b0d6-30418c2276e1@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return postfix_dsn(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout15Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho15")
