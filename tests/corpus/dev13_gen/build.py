"""Turn the twelfth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev13_gen.deals import DEALS
from tests.corpus.dev13_gen.layouts import render, shows_unit
from tests.corpus.dev13_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20290412
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 "
                "3AB, United Kingdom\nDirect +44 23 8063 1172 | Mobile +44 7700 900418",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd., Southampton, Großbritannien\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd., Southampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd., Southampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "SalesQuote", "proforma_invoice": "ProForma", "commercial_invoice": "SalesInvoice",
        "contract": "ContractOfSale", "bill_of_lading": "BillOfLading", "shipping_notice": "ShippingAdvice_PackingList",
        "payment_advice": "MT103", "inspection_report": "CertificateOfInspection", "purchase_order": "PurchaseOrder"}
OWN_STEM = {("LV", "purchase_order"): "Pasutijums_Bestellung", ("PY", "purchase_order"): "OrdenCompra",
            ("PY", "payment_advice"): "ComprobanteTransferencia", ("GH", "purchase_order"): "PO",
            ("KH", "payment_advice"): "BankSlip"}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "de"}  # how each language writes amounts in a mail
PORT = {"PY": ("BUENOS AIRES (T/S), ARGENTINA", "VILLETA TERMINAL, ASUNCION, PARAGUAY"),
        "KH": ("SIHANOUKVILLE, CAMBODIA", "SIHANOUKVILLE, CAMBODIA"), "LB": ("BEIRUT, LEBANON", "BEIRUT, LEBANON"),
        "GH": ("TEMA, GHANA", "TEMA, GHANA"), "JO": ("AQABA, JORDAN", "AQABA, JORDAN")}
VESSEL = {"PY": "MERIDIAN PAMPA / 851S", "KH": "MERIDIAN MEKONG / 902E", "LB": "MERIDIAN LEVANT / 901E",
          "GH": "MERIDIAN GUINEA / 852S", "JO": "MERIDIAN RED SEA / 905E"}
GOODS = {"PY": "SPARE PARTS FOR GRAIN HANDLING EQUIPMENT", "KH": "SPARE PARTS FOR SEWING AND PRESSING MACHINES",
         "LB": "SPARE PARTS FOR FLEXOGRAPHIC PRINTING MACHINE", "GH": "SPARE PARTS FOR COCOA PROCESSING PLANT",
         "JO": "SPARE PARTS FOR PACKAGING MACHINERY"}
REG = {"LV": "Reģ. Nr. {reg} · VAT {vat}", "PY": "RUC {ruc}", "KH": "VATIN {vat}", "LB": "RC {rc} · TVA {vat}",
       "GH": "TIN {tin}", "JO": "National No. {nat_no} · Tax No. {tax_no}"}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; cheap parts go by the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 10 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout12Builder(Holdout6Builder):
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
        self.seals = [f"ML{r.randint(100000, 999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "proforma_invoice":
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "payment_advice" and self.invoice_date is None and "pi" in self.nums:
            d.extra = [("invoice_ref", self.nums["pi"])]  # paid in advance, against the pro forma
        if doc_type == "shipping_notice" and self.invoice_date is not None:
            d.extra = [("invoice_ref", self.nums["inv"])]
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        road = self.deal.tracking == "road"
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 cust_no=f"D{sum(map(ord, p.key)) * 41 + 20000:05d}")
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("Shipment within five weeks of receipt of the advance payment." if
                                  self.deal.deposit or "pi" in self.nums else
                                  "Shipment within four weeks of the contract date.")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 0.9 + 40
        if doc.doc_type == "bill_of_lading":
            pod, delivery = PORT[p.key]
            c.update(seals=self.seals, vessel=VESSEL[p.key], pod=pod, delivery=delivery, goods=GOODS[p.key],
                     booking=f"MCL{r.randint(1000000, 9999999)}",
                     freight="PREPAID" if p.incoterms.startswith("C") else "COLLECT",
                     packages=f"{r.randint(3, 11)} WOODEN CASES", gross=f"{kg * 1.3:,.1f}",
                     cbm=f"{r.randint(20, 140) / 10:.1f}")
        if doc.doc_type == "shipping_notice":
            n = r.randint(2, 5)
            per = max(1, len(self.final_lines) // n)
            pk = []
            for i in range(n):
                lo, hi = i * per, (len(self.final_lines) if i == n - 1 else (i + 1) * per)
                net = r.randint(15, 200)
                parts = ", ".join(ln.sku for ln in self.final_lines[lo:hi])
                pk.append((f"{i + 1}/{n}", f"{r.randint(60, 120)} x {r.randint(40, 80)} x {r.randint(30, 90)}",
                           str(net), str(net + r.randint(8, 25)), parts))
            c.update(packages=pk, gross=str(sum(int(x[3]) for x in pk)),
                     mode="Road groupage" if road else "Sea freight FCL",
                     carrier=("Kurzeme Transports SIA (groupage trailer)" if road else VESSEL[p.key]),
                     track_caption="Consignment no." if road else "Container no.",
                     eta=when.date() + dt.timedelta(days=4 if road else 24))
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ("-WS-" in ln.sku or "-TS-" in ln.sku)][:3]
            c.update(bl=self.nums.get("bl", ""), containers=self.tracking,
                     surveyed=when.date() - dt.timedelta(days=2), surveyor="Capt. Kofi Boateng",
                     findings=[(ln.sku, ln.description, ln.quantity, ln.quantity - max(1, ln.quantity // 4),
                                "sieve frame bent, mesh torn" if "-WS-" in ln.sku else "probe sheath crushed")
                               for ln in bad])
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        key = self.p.key
        if key == "LB":
            # Nadim's order typed in Apple Mail, French amounts, one article per paragraph.
            rows = "\n\n".join(f"{i}. {ln.description}\n   Réf. {ln.sku} – Qté : {ln.quantity} {ln.unit} – P.U. "
                               f"{amt(ln.unit_price, 'fr')} EUR – Total {amt(ln.amount, 'fr')} EUR"
                               for i, ln in enumerate(doc.lines, start=1))
            return (f"Bon de commande n° {doc.number} du {doc.date.strftime('%d/%m/%Y')}\nAcheteur : {doc.buyer.name}"
                    f"\nFournisseur : {doc.seller.name}\n\n{rows}\n\nTotal commande : {amt(doc.total, 'fr')} "
                    f"{doc.currency}\nIncoterm : {doc.incoterms}\nPaiement : {doc.payment_terms}")
        if key == "KH":
            # Ms Zhou's order in simplified Chinese, article data in English.
            rows = "\n".join(f"{i}. {ln.sku} / {ln.description} / {ln.quantity} {ln.unit} / 单价 USD "
                             f"{amt(ln.unit_price, 'en')} / 金额 USD {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"订单号：{doc.number}\n日期：{doc.date.isoformat()}\n买方：{doc.buyer.name}\n卖方："
                    f"{doc.seller.name}\n币种：{doc.currency}\n\n{rows}\n\n总金额：USD {amt(doc.total, 'en')}\n"
                    f"价格条款：{doc.incoterms}\n付款方式：{doc.payment_terms}")
        # Rania's urgent order typed in Gmail as a tab-free list.
        rows = "\n".join(f"{i}) {ln.sku} - {ln.description} - {ln.quantity} {ln.unit} @ USD "
                         f"{amt(ln.unit_price, 'en')} = USD {amt(ln.amount, 'en')}"
                         for i, ln in enumerate(doc.lines, start=1))
        return (f"Order No: {doc.number}\nDate: {doc.date.strftime('%d.%m.%Y')}\nBuyer: {doc.buyer.name}\n"
                f"Supplier: {doc.seller.name}\n\n{rows}\n\nOrder total: USD {amt(doc.total, 'en')}\n"
                f"Terms: {doc.incoterms}, {doc.payment_terms}")

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
        else:
            needs = "\n".join(f"{i}. {ln.description} – qty {ln.quantity}" for i, ln in enumerate(lines, 1))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Imogen forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=20, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hello,\n\nRania from the pharma packaging firm in Jordan sent their PO to me (we met "
                          "at Pharmapack). It is against Anna's quote. Can you enter it and send the proforma and "
                          "contract? Her mail is attached.\n\nThanks,\nImogen\n--\nImogen Hartley | Area Sales "
                          "Manager, Middle East | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. German out-of-office (Outlook) from Jelgava, answering our quotation.
    target = next(pl for pl in deal_plans if pl.deal == "ho12-LV1" and pl.stage == "quote")
    lv = PARTNERS["LV"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=38),
        style="outlook", ui="de", lang="de", from_=lv.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", lv.domain),
        text="Guten Tag,\n\nich bin bis einschließlich 10.11. auf Dienstreise und lese meine E-Mails nur "
             "unregelmäßig. In dringenden Fällen wenden Sie sich bitte an iepirkumi@zemgales-koks.example.\n\n"
             "Ilze Ozoliņa",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Spanish Gmail vacation responder from Encarnación, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho12-PY1" and pl.stage == "shipping")
    py = PARTNERS["PY"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=12),
        style="gmail", ui="es", lang="es", from_=py.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", py.domain),
        text="Gracias por su mensaje. Estoy de vacaciones hasta el 15 de enero. Para consultas urgentes "
             "comunicarse con compras@agroitapua.example.\n\nRodrigo Benítez",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 3. Exchange non-delivery report for a mistyped Tema address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 1, 17, 15, 41, 9, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <postmaster@example.com>", to=US_SALES, cc=None,
        subject="Undeliverable: Shipping schedule for your order",
        message_id="<5c20e7a1-0b94-4f3d-8e62-a17d93c4b208@example.com>", text="kwame.asante@voltacoco.example",
        special="ndr"))
    # 4. French newsletter from a packaging trade fair.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 2, 12, 8, 0, tzinfo=ZoneInfo("Europe/Paris")), style="html", ui="fr", lang="fr",
        from_="Salon Emballage Méditerranée <infos@emballage-med.test>", to=ORDERS, cc=None,
        subject="Salon Emballage Méditerranée 2029 : le programme des conférences est en ligne",
        message_id=ids.make("apple", "news.emballage-med.test"),
        text="Salon Emballage Méditerranée · Marseille · 3–5 juin 2029\n\n• 320 exposants, dont un pavillon "
             "impression flexo et héliogravure\n• Conférences : recyclabilité des emballages souples, encres à "
             "l'eau\n• Badge gratuit jusqu'au 30 avril\n\nVoir la lettre en ligne : https://emballage-med.test/"
             "lettre/2029-02\n\nSe désinscrire : https://emballage-med.test/desinscription",
        extra_headers=[("List-Id", "Lettre Emballage Med <lettre.emballage-med.test>"),
                       ("List-Unsubscribe", "<https://emballage-med.test/desinscription?u=7731>"),
                       ("Precedence", "bulk")]))
    # 5. Phishing dressed as shipping documents from a carrier.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2029, 1, 30, 3, 52, 44, tzinfo=ZoneInfo("Asia/Kolkata")), style="html", ui="en",
        lang="en", from_="Shipping Documents <docs-noreply@cargo-track-online.test>", to=ORDERS, cc=None,
        subject="Original B/L and invoice for your shipment – action required",
        message_id=ids.make("gmail", "cargo-track-online.test"),
        text="Dear Customer,\n\nThe original Bill of Lading and commercial invoice for your consignment are ready. "
             "Your cargo will be held at the port and storage charges will apply unless you confirm the documents "
             "within 24 hours.\n\nDOWNLOAD DOCUMENTS: https://cargo-track-online.test/docs/view?id=orders\n\n"
             "Sign in with your email password to access the files.\n\nOperations Team",
        extra_headers=[("Reply-To", "bl.release.desk@freemail.test")]))
    # 6. Internal note about the holiday shutdown.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2028, 12, 6, 11, 20, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Callum Reid <callum.reid@example.com>", to=ORDERS, cc=US_SALES,
        subject="Warehouse closing over Christmas – last despatch 21 December",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe warehouse closes from 22 December to 2 January. Last collections for export orders "
             "are on 21 December; anything confirmed after 14 December ships in the first week of January. "
             "Please tell your customers.\n\nThanks,\nCallum\n--\nCallum Reid | Logistics Coordinator | "
             "Northwind Components Ltd."))
    return out


def exchange_ndr(pl: Plan) -> EmailMessage:
    """An Exchange non-delivery report: multipart/report with the notice, delivery-status and returned headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=3)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("From", pl.from_), ("To", pl.to), ("Subject", pl.subject), ("Date", format_datetime(pl.date)),
                 ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("Your message to " + failed + " couldn't be delivered.\n\n" + failed.split("@")[1] + " couldn't be "
            "found. The domain name may be misspelled or may not exist.\n\nAnna Keller\nOffice 365\n\nAction "
            "Required\nCheck the recipient's email address and try again.\n\nHow to Fix It\nThe address may be "
            "misspelled or may not exist. Try one or more of the following:\n- Retype the recipient's address, "
            "then resend the message.\n- If you're using the Auto-Complete List, remove the entry and type the "
            "address again.\n\nDiagnostic information for administrators:\n\nGenerating server: "
            f"LO4P265MB2291.GBRP265.PROD.OUTLOOK.example.com\n\n{failed}\nRemote Server returned '550 5.4.310 "
            "DNS domain does not exist'\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; LO4P265MB2291.GBRP265.PROD.OUTLOOK.example.com"
    per_msg["Received-From-MTA"] = "dns; LO4P265MB2291.GBRP265.PROD.OUTLOOK.example.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.310"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.4.310 DNS domain does not exist"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Shipping schedule for your order\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <LO4P265MB22917E0B@example.com>\r\nContent-Type: text/plain; "
        "charset=\"us-ascii\"\r\nMIME-Version: 1.0\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return exchange_ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout12Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho12")
