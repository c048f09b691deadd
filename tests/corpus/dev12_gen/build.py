"""Turn the eleventh holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev12_gen.deals import DEALS
from tests.corpus.dev12_gen.layouts import render, shows_unit, sscc
from tests.corpus.dev12_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20281106
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · Southampton "
                "SO14 3AB · UK\nT +44 23 8063 1170 · www.example.com",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Vereinigtes Königreich\n"
                "T +44 23 8063 1170",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Reino Unido\n"
                "T +44 23 8063 1170",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Royaume-Uni\n"
                "T +44 23 8063 1170"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "bill_of_lading": "SeaWaybill", "shipping_notice": "DespatchAdvice",
        "payment_advice": "PaymentConfirmation", "inspection_report": "MRIR", "purchase_order": "PO"}
OWN_STEM = {("BG", "purchase_order"): "Poruchka_Bestellung", ("UY", "purchase_order"): "OrdenDeCompra",
            ("UY", "payment_advice"): "ConfirmacionPago", ("MG", "payment_advice"): "ConfirmationVirement",
            ("KZ", "purchase_order"): "OrderToSupplier", ("SA", "purchase_order"): "PurchaseOrder"}
MAIL_NUM = {"de": "de", "fr": "fr", "es": "de"}  # how each language writes amounts in a mail
PORT = {"UY": ("MONTEVIDEO, URUGUAY", "MONTEVIDEO, URUGUAY"), "MG": ("TOAMASINA, MADAGASCAR", "TOAMASINA, MADAGASCAR"),
        "MO": ("HONG KONG (TRANSHIPMENT TO MACAU)", "MACAU"), "SA": ("DAMMAM (KING ABDULAZIZ PORT), SAUDI ARABIA",
                                                                "DAMMAM, SAUDI ARABIA")}
VESSEL = {"UY": "ORION AURORA / 2824W", "MG": "ORION MASCARENE / 0731S", "MO": "ORION PEARL RIVER / 0832E",
          "SA": "ORION GULF STAR / 0830E"}
GOODS = {"UY": "TEXTILE MACHINERY SPARE PARTS (WOOL COMBING)", "MG": "DRYING AND PACKING EQUIPMENT AND SPARES",
         "MO": "HVAC SPARE PARTS: MOTORS, VALVES, FILTERS, TRANSMITTERS",
         "SA": "PUMP AND VALVE SPARES FOR WATER TREATMENT PLANT"}
REG = {"BG": "EIK {eik} · VAT {vat}", "UY": "RUT {rut}", "MG": "NIF {nif} · STAT {stat}", "MO": "",
       "SA": "C.R. {cr} · VAT {vat}", "KZ": "BIN {bin}"}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's item-number pattern; small parts go by the twenty
    or the ten."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (20 if ln.unit_price < 5 else 10 if ln.unit_price < 15 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout11Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number(self.p.ctx.get("owner", "ONE"), r.randint(100000, 999999))]
        elif deal.tracking == "road":
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # the road haulier's 10-digit consignment no.
        self.seals = [f"OR{r.randint(1000000, 9999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "purchase_order" and "q" in self.nums and self.p.key in ("UY", "KZ"):
            d.extra = [*d.extra, ("quote_ref", self.nums["q"])]  # their order form names our offer
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
        c.update(contact=p.contact, signed_on=when.date(), incoterms=p.incoterms,
                 buyer_reg=REG[p.key].format(**p.ctx),
                 cust_no=f"C{sum(map(ord, p.key)) * 37 + 10000:06d}",
                 ship_via=("Collected by customer's forwarder" if p.incoterms.startswith("FCA") else
                           "Road groupage" if road else "Sea freight FCL"),
                 ship_to_text=f"{p.company.name}\n" + p.ctx.get("ship_to", p.company.address).replace(", ", "\n"))
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "quotation":
            c["enquiry_ref"] = "Enquiry of " + self.deal.start.strftime("%d/%m/%Y")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("Shipment within five weeks of receipt of the advance payment." if self.deal.deposit
                                  else "Shipment within four weeks of the contract date.")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 0.8 + 35
        if doc.doc_type == "bill_of_lading":
            pod, delivery = PORT[p.key]
            c.update(seals=self.seals, vessel=VESSEL[p.key], pod=pod, delivery=delivery, goods=GOODS[p.key],
                     booking=f"ORN{r.randint(10000000, 99999999)}",
                     freight="PREPAID" if p.incoterms.startswith("C") else "COLLECT",
                     packages=f"{r.randint(4, 12)} PACKAGES (PALLETS AND CASES)", gross=f"{kg * 1.25:,.1f}",
                     cbm=f"{r.randint(30, 160) / 10:.1f}")
        if doc.doc_type == "shipping_notice":
            n = r.randint(3, 6)
            per = max(1, len(self.final_lines) // n)
            pk = []
            for i in range(n):
                lo, hi = i * per + 1, (len(self.final_lines) if i == n - 1 else (i + 1) * per)
                pk.append((str(i + 1), sscc(r.randint(1000000, 9999999)),
                           r.choice(("Carton", "Pallet", "Wooden case")), str(r.randint(18, 240)),
                           f"lines {lo}-{hi}" if hi > lo else f"line {lo}"))
            c.update(packages=pk, gross=str(sum(int(x[3]) for x in pk)),
                     interchange=f"NWC{r.randint(100000, 999999)}",
                     carrier=("Steppe Bridge Logistics LLP (buyer's forwarder), road" if p.key == "KZ" else
                              "Thracia Trans EOOD, road groupage" if road else f"Orion Ocean Lines, {VESSEL[p.key]}"),
                     track_caption="Consignment no." if road else "Container no.",
                     eta=when.date() + dt.timedelta(days=9 if p.key == "KZ" else 5 if road else 26),
                     delivery_party=(p.ctx.get("forwarder") or p.ctx.get("ship_to") or p.company.address))
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.split("-")[1] in ("PG", "CF")][:3]
            rej = []
            for ln in bad:
                why = ("dial range differs from PO" if "-PG-" in ln.sku else "wrong length supplied")
                rej.append((self.final_lines.index(ln) + 1, ln.sku, ln.description, ln.quantity,
                            max(1, ln.quantity // 3), why))
            c.update(grn=f"GRN-{r.randint(100000, 999999)}", bl=self.nums.get("bl", ""), rejected=rej,
                     inspector="Mohammed Al-Shehri", storekeeper="Rajesh Nair", qa_manager="Eng. Saad Al-Harbi")
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        key = self.p.key
        if key == "MG":
            # Hery's order typed in Apple Mail, one line per article, French amounts.
            rows = "\n".join(f"Réf. {ln.sku} – {ln.description} : {ln.quantity} {ln.unit} x {amt(ln.unit_price, 'fr')} "
                             f"EUR = {amt(ln.amount, 'fr')} EUR" for ln in doc.lines)
            return (f"COMMANDE N° {doc.number} du {doc.date.strftime('%d/%m/%Y')}\nClient : {doc.buyer.name}\n"
                    f"Fournisseur : {doc.seller.name}\n\n{rows}\n\nMontant total : {amt(doc.total, 'fr')} "
                    f"{doc.currency}\nIncoterm : {doc.incoterms}\nRèglement : {doc.payment_terms}")
        if key == "MO":
            # Ms Leong's order as a list in traditional Chinese with the article data in English.
            rows = "\n".join(f"{i}） {ln.sku}｜{ln.description}｜{ln.quantity} {ln.unit}｜單價 US$ "
                             f"{amt(ln.unit_price, 'en')}｜金額 US$ {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"訂單號碼：{doc.number}\n訂單日期：{doc.date.strftime('%Y/%m/%d')}\n買方：{doc.buyer.name}\n"
                    f"供應商：{doc.seller.name}\n貨幣：{doc.currency}\n\n{rows}\n\n合計：US$ {amt(doc.total, 'en')}\n"
                    f"交貨條件：{doc.incoterms}\n付款方式：{doc.payment_terms}")
        # Faisal's emergency order typed in Outlook, columns separated by bars.
        rows = "\n".join(f"{i:>3} | {ln.sku} | {ln.description} | {ln.quantity} {ln.unit} | "
                         f"{amt(ln.unit_price, 'en')} | {amt(ln.amount, 'en')}" for i, ln in enumerate(doc.lines, 1))
        return (f"PO No.: {doc.number}    Date: {doc.date.strftime('%d/%m/%Y')}\nBuyer: {doc.buyer.name}\n"
                f"Supplier: {doc.seller.name}\nCurrency: {doc.currency}\n\nLine | Part No. | Description | Qty | "
                f"Unit Price | Amount\n{rows}\n\nTotal: {doc.currency} {amt(doc.total, 'en')}\n"
                f"Delivery terms: {doc.incoterms}\nPayment terms: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}）{ln.description} × {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"Pos. {i}: {ln.quantity} {ln.unit} {ln.description}" for i, ln in enumerate(lines, 1))
        elif p.lang == "es":
            needs = "\n".join(f"• {ln.description}: {ln.quantity} {ln.unit}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        else:
            needs = "\n".join(f"- {ln.quantity} {ln.unit} x {ln.description}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Rhys forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
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
                     text="Hi both,\n\nthe mining company in Oskemen sent their order to me, I met Ms Seitkali "
                          "in Almaty. It is at the 5 % Anna offered. Could one of you book it and send her the "
                          "proforma and the contract? Her mail is attached.\n\nCheers,\nRhys\n--\nRhys Pemberton | "
                          "Business Development, CIS & Central Asia | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. German out-of-office (Outlook) from Plovdiv, answering our quotation.
    target = next(pl for pl in deal_plans if pl.deal == "ho11-BG1" and pl.stage == "quote")
    bg = PARTNERS["BG"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=51),
        style="outlook", ui="de", lang="de", from_=bg.addr, to=US_SALES, cc=None,
        subject="Abwesend: " + target.subject, message_id=ids.make("outlook", bg.domain),
        text="Vielen Dank für Ihre Nachricht. Ich bin bis zum 15. Mai nicht im Büro. Ihre E-Mail wird nicht "
             "weitergeleitet; in dringenden Fällen schreiben Sie bitte an snabdyavane@rodopa-agrotechnik.example.\n\n"
             "Elena Dimitrova",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Spanish Gmail vacation responder from Montevideo, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho11-UY1" and pl.stage == "shipping")
    uy = PARTNERS["UY"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=5),
        style="gmail", ui="es", lang="es", from_=uy.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", uy.domain),
        text="Hola, estoy de licencia hasta el lunes 24. Para temas de importación escribir a "
             "comex@laneradelplata.example o llamar al 2604 3300.\n\nMartín Olivera",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 3. French auto-reply from Toamasina to our pro-forma-and-contract mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho11-MG1" and pl.stage == "order" and pl.from_ == US_SALES)
    mg = PARTNERS["MG"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=17),
        style="apple", ui="fr", lang="fr", from_=mg.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("apple", mg.domain),
        text="Bonjour,\n\nje suis en déplacement dans la région SAVA jusqu'au 17 juillet, avec un accès limité à "
             "la messagerie. Pour toute urgence : direction@epices-vanille-est.example.\n\nHery Rakotomalala",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 4. Exchange non-delivery report for a mistyped Dammam address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2028, 8, 29, 10, 12, 40, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <postmaster@example.com>", to=US_SALES, cc=None,
        subject="Undeliverable: Delivery schedule for your PO",
        message_id="<a81f33c2-5d07-4e1b-9c4a-2f61d0b7e915@example.com>", text="f.alghamdi@eastgulf-ps.example",
        special="ndr"))
    # 5. English newsletter from a Central Asian mining fair.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2028, 9, 5, 9, 30, tzinfo=ZoneInfo("Asia/Almaty")), style="html", ui="en", lang="en",
        from_="MinTech Central Asia <news@mintech-ca.test>", to=ORDERS, cc=None,
        subject="MinTech Central Asia 2029 – exhibitor registration open, early-bird rates until 31 October",
        message_id=ids.make("apple", "mailer.mintech-ca.test"),
        text="MinTech Central Asia 2029 · Astana · 14–16 May\n\n• Exhibitor registration is open, early-bird rates "
             "until 31 October\n• New hall for processing-plant spares and wear parts\n• Buyer programme with "
             "mining groups from Kazakhstan, Uzbekistan and Mongolia\n\nView online: https://mintech-ca.test/news/"
             "2028-09\n\nYou receive this newsletter because you visited MinTech. Unsubscribe: "
             "https://mintech-ca.test/unsubscribe",
        extra_headers=[("List-Id", "MinTech news <news.mintech-ca.test>"),
                       ("List-Unsubscribe", "<https://mintech-ca.test/unsubscribe?c=40217>"),
                       ("Precedence", "bulk")]))
    # 6. Spam dressed as a purchase order with a link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2028, 7, 24, 4, 17, 2, tzinfo=ZoneInfo("Europe/Istanbul")), style="html", ui="en",
        lang="en", from_="Procurement Dept <purchase@global-sourcing-hub.test>", to=ORDERS, cc=None,
        subject="New Purchase Order – kindly confirm price and availability",
        message_id=ids.make("gmail", "global-sourcing-hub.test"),
        text="Dear Sir/Madam,\n\nWe are interested in your products and have prepared a purchase order for your "
             "review. Please view the order and confirm your best price and delivery time.\n\nVIEW PURCHASE ORDER: "
             "https://global-sourcing-hub.test/secure/po-view?mail=orders\n\nYou must sign in with your email "
             "account to open the protected document.\n\nBest Regards,\nPurchasing Manager",
        extra_headers=[("Reply-To", "po.desk2028@freemail.test")]))
    # 7. Internal note about a price increase.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2028, 8, 16, 14, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Gareth Price <gareth.price@example.com>", to=ORDERS, cc=US_SALES,
        subject="Hydraulic range – new list prices from 1 October",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nour suppliers of hydraulic hoses and gear pumps have put their prices up, so the hydraulic "
             "range goes up by 4 % on 1 October. Quotes already sent stay valid until their expiry date; please "
             "mention the change in new quotes.\n\nThanks,\nGareth\n--\nGareth Price | Product Manager, Fluid Power "
             "| Northwind Components Ltd."))
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
            f"LO2P265MB0417.GBRP265.PROD.OUTLOOK.example.com\n\n{failed}\nRemote Server returned '550 5.4.310 "
            "DNS domain does not exist'\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; LO2P265MB0417.GBRP265.PROD.OUTLOOK.example.com"
    per_msg["Received-From-MTA"] = "dns; LO2P265MB0417.GBRP265.PROD.OUTLOOK.example.com"
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Delivery schedule for your PO\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <LO2P265MB04171C2A@example.com>\r\nContent-Type: text/plain; "
        "charset=\"us-ascii\"\r\nMIME-Version: 1.0\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return exchange_ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout11Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho11")
