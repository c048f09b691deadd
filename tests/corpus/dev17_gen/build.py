"""Turn the sixteenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev17_gen.deals import DEALS
from tests.corpus.dev17_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev17_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20300902
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 "
                "3AB, UK\nDirect +44 23 8063 1172 · Mobile +44 7700 900 418",
          "de": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Vereinigtes Königreich\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "SalesQuotation", "proforma_invoice": "Proforma", "commercial_invoice": "ARInvoice",
        "contract": "ContractOfSale", "bill_of_lading": "SeaWaybill", "shipping_notice": "PackingList",
        "payment_advice": "DebitAdvice", "inspection_report": "RapportNC", "purchase_order": "PO"}
OWN_STEM = {("EE", "purchase_order"): "Ostutellimus", ("LT", "purchase_order"): "Uzsakymas_Bestellung",
            ("CR", "purchase_order"): "OC", ("LT", "payment_advice"): "Belastungsanzeige",
            ("RW", "payment_advice"): "AvisDebit", ("CR", "payment_advice"): "AvisoDebito",
            ("BD", "purchase_order"): "PurchaseOrder"}
MAIL_NUM = {"EE": "en", "LT": "de", "RW": "fr", "CR": "en", "MN": "en", "BD": "en"}  # amounts in their mails
REG = {"EE": "{reg}", "LT": "Įmonės kodas {im_kodas} · PVM {pvm}", "RW": "{tin}", "CR": "{ced}",
       "MN": "State reg. no. {reg_no}", "BD": "{bin} · {irc}"}
SEA = {"RW": ("MAERSK KENSINGTON / 038E", "MOMBASA, KENYA", "KIGALI, RWANDA (VIA MOMBASA)",
              "SPARE PARTS FOR TEA PROCESSING MACHINERY"),
       "CR": ("SEABOARD PIONEER / 2041S", "PUERTO MOIN, COSTA RICA", "SAN JOSE, COSTA RICA",
              "SPARE PARTS FOR FRUIT PACKING LINE"),
       "MN": ("COSCO SHIPPING AQUILA / 061E", "TIANJIN XINGANG, CHINA", "ZAMYN-UUD, MONGOLIA (RAIL)",
              "SPARE PARTS FOR MINERAL PROCESSING PLANT"),
       "BD": ("MSC ELODIE / IH041A", "CHATTOGRAM, BANGLADESH", "CHATTOGRAM, BANGLADESH",
              "SPARE PARTS FOR KNITTING AND FINISHING MACHINERY")}
LINE = {"RW": "MAERSK A/S", "CR": "SEABOARD MARINE LTD.", "MN": "COSCO SHIPPING LINES CO., LTD.",
        "BD": "MEDITERRANEAN SHIPPING COMPANY S.A."}
ROAD = {"EE": "Solent Baltic Haulage – trailer via Travemünde–Tallinn",
        "LT": "Solent Baltic Haulage – groupage via Kiel–Klaipėda"}
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
DUE_DAYS = {"EE": 21, "LT": 14, "RW": 30, "CR": 30}


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


class Holdout16Builder(Holdout6Builder):
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
        if layout == "L150":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 cust_no=f"C{sum(map(ord, p.key)) * 13 + 20000}", due_days=DUE_DAYS.get(p.key, 30),
                 invoice_amount=self.total_of(self.final_lines, p.tax_rate),
                 invoice_date=self.invoice_date or self.pi_date or when.date())
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("shipment within five weeks of receipt of the down payment" if self.deal.deposit
                                  else "shipment within five weeks of receipt of the letter of credit"
                                  if "L/C" in p.payment_terms else "dispatch within four weeks of the order")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        kg = sum(ln.quantity for ln in self.final_lines) * 6.5 + 180
        if doc.doc_type == "bill_of_lading":
            vessel, pod, delivery, goods = SEA[p.key]
            lc = p.key == "BD"
            c.update(seals=self.seals, vessel=vessel, pod=pod, delivery=delivery, goods=goods, line_name=LINE[p.key],
                     booking=f"{r.randint(10**8, 10**9 - 1)}", packages=f"{r.randint(4, 11)} PACKAGES",
                     gross=f"{kg:,.1f}", cbm=f"{r.randint(20, 95) / 10:.1f}",
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT",
                     lc_bank=p.ctx["bank"].upper() if lc else "",
                     lc_line=f"L/C NO. {p.ctx['lc_no']}" if lc else "HS CODE 8448.39" if p.key == "BD" else
                     "HS CODE 8487.90")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(3, 45) / 10
                rows.append((ln, f"{1 + i // 5:02d}", f"{net:.1f}", f"{net * 1.05 + 1.5:.1f}", ""))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 5,
                     carrier=ROAD.get(p.key, "Hampshire Global Logistics Ltd – FCL by sea"),
                     track_caption="Consignment note" if self.deal.tracking == "road" else "Container",
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("VT", "TS", "TH"))][:3]
            c.update(received=when.date() - dt.timedelta(days=3),
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 3),
                                "Roue voilée, choc visible sur l'emballage" if ln.sku.startswith("VT")
                                else "Toile déchirée sur le bord, cadre déformé" if ln.sku.startswith("TS")
                                else "Canne pliée, mesure hors tolérance")
                               for ln in bad])
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        if self.p.key == "MN":
            # Ms Zhao's order: a numbered list as typed in the mail, Chinese captions, prices in USD.
            rows = "\n".join(f"{i}. {ln.sku}  {ln.description}  数量：{ln.quantity} {ln.unit}  单价：USD "
                             f"{amt(ln.unit_price, 'en')}  金额：USD {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"订单号：{doc.number}\n订货日期：{doc.date.isoformat()}\n买方：{doc.buyer.name}\n"
                    f"卖方：{doc.seller.name}\n\n{rows}\n\n订单总额：USD {amt(doc.total, 'en')}\n"
                    f"交货条件：{doc.incoterms}\n付款条件：{doc.payment_terms}")
        if self.p.key == "RW":
            # Mr Habimana's order typed in Apple Mail: one line per article, French numbers.
            rows = "\n".join(f"- {ln.sku} – {ln.description}\n  {ln.quantity} {ln.unit} × {amt(ln.unit_price, 'fr')} "
                             f"USD = {amt(ln.amount, 'fr')} USD" for ln in doc.lines)
            return (f"Bon de commande n° {doc.number} du {doc.date.strftime('%d/%m/%Y')}\nAcheteur : "
                    f"{doc.buyer.name}\nFournisseur : {doc.seller.name}\n\n{rows}\n\nMontant total : "
                    f"{amt(doc.total, 'fr')} {doc.currency}\nIncoterm : {doc.incoterms}\nPaiement : "
                    f"{doc.payment_terms}")
        # Mr Kazlauskas's repeat order: a small table typed with semicolons, German numbers.
        rows = "\n".join(f"{i}; {ln.sku}; {ln.description}; {ln.quantity} {ln.unit}; {amt(ln.unit_price, 'de')}; "
                         f"{amt(ln.amount, 'de')}" for i, ln in enumerate(doc.lines, start=1))
        return (f"Bestellnummer: {doc.number}\nDatum: {doc.date.strftime('%d.%m.%Y')}\nKäufer: {doc.buyer.name}\n"
                f"Lieferant: {doc.seller.name}\n\nPos.; Art.-Nr.; Bezeichnung; Menge; Preis EUR; Betrag EUR\n{rows}"
                f"\n\nSumme netto: {amt(doc.total, 'de')} {doc.currency}\nLieferung: {doc.incoterms}\nZahlung: "
                f"{doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}) {ln.description}，{ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"{i}. {ln.description} – cantidad {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        elif p.lang == "fr":
            needs = "\n".join(f"• {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.key == "BD":
            needs = "\n".join(f"{i:02d}) {ln.description} – Qty {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"- {ln.quantity} x {ln.description}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Priya forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=5, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hello order desk,\n\nforwarding a small order from Pärnu Saeveski that Margus gave me at "
                          "the wood fair in Tallinn. Prices as on their September order. Anna, can you raise the "
                          "invoice?\n\nThanks,\nPriya\n--\nPriya Raman | Business Development Baltics | Northwind "
                          "Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook out-of-office from Pärnu (Estonian and English), answering our quotation mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho16-EE1" and pl.stage == "quote")
    ee = PARTNERS["EE"]
    back = target.date.date() + dt.timedelta(days=4)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=41),
        style="outlook", ui="en", lang="en", from_=ee.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", ee.domain),
        text=f"Olen puhkusel kuni {back.day}.{back.month}. Kiirete küsimuste korral palun kirjutage "
             "hooldus@parnu-saeveski.example.\n\nI am on leave until "
             f"{back.strftime('%d.%m.%Y')}. For urgent matters please write to hooldus@parnu-saeveski.example.\n\n"
             "Margus Tamm",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Spanish auto-reply from Alajuela, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho16-CR1" and pl.stage == "shipping")
    cr = PARTNERS["CR"]
    back = target.date.date() + dt.timedelta(days=3)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=9),
        style="outlook", ui="es", lang="es", from_=cr.addr, to=US_SALES, cc=None,
        subject="Respuesta automática: " + target.subject, message_id=ids.make("outlook", cr.domain),
        text=f"Hola, estoy en capacitación fuera de la planta y regreso el {back.day} de {MESES[back.month - 1]}. "
             "Si su consulta es urgente, escriba a compras@empacadora-tropical.example.\n\nMariela Vargas",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Exchange non-delivery report for a mistyped Kaunas address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2030, 10, 2, 11, 48, 3, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <postmaster@example.com>", to=US_SALES, cc=None,
        subject="Undeliverable: Lieferzeit Ihrer Bestellung", message_id="<NDR.30100211480301@example.com>",
        text="d.kazlauskas@nemuno-hidraulka.example", special="bounce"))
    # 4. A trade-fair newsletter in German.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2030, 10, 14, 6, 30, tzinfo=ZoneInfo("Europe/Berlin")), style="html", ui="de",
        lang="de", from_="Holzbau & Sägetechnik Messe <news@saegetechnik-messe.test>", to=ORDERS, cc=None,
        subject="Newsletter Oktober: Ausstellerverzeichnis online – jetzt Standfläche sichern",
        message_id=ids.make("gmail", "news.saegetechnik-messe.test"),
        text="HOLZBAU & SÄGETECHNIK 2031 · 11.–14. März\n\n• über 450 Aussteller aus 31 Ländern\n• Fachforum "
             "Instandhaltung im Sägewerk\n• Frühbucherrabatt bis 30. November\n\nAusstellerverzeichnis: "
             "https://saegetechnik-messe.test/2031/aussteller\n\nSie erhalten diesen Newsletter, weil Sie sich auf "
             "unserer Website angemeldet haben. Abmelden: https://saegetechnik-messe.test/abmelden",
        extra_headers=[("List-Id", "Messe-Newsletter <newsletter.saegetechnik-messe.test>"),
                       ("List-Unsubscribe", "<https://saegetechnik-messe.test/abmelden?u=7731>"),
                       ("Precedence", "bulk")]))
    # 5. Fraud mail posing as a customer's urgent order with a "PO" behind a login link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2030, 10, 21, 2, 14, 55, tzinfo=ZoneInfo("Asia/Dubai")), style="html", ui="en",
        lang="en", from_="Procurement Dept <purchasing@global-sourcing-desk.test>", to=ORDERS, cc=None,
        subject="New Purchase Order PO#77821 – urgent confirmation required",
        message_id=ids.make("gmail", "global-sourcing-desk.test"),
        text="Good day,\n\nKindly find our new purchase order PO#77821 for your products. The order is uploaded "
             "to our secure procurement portal:\n\nView PO: https://global-sourcing-desk.test/portal/po?id=77821\n\n"
             "Sign in with your business e-mail to view and confirm the quantities. Please confirm today so that "
             "payment can be processed.\n\nRegards,\nProcurement Department",
        extra_headers=[("Reply-To", "po.confirm.77821@quickmail.test")]))
    # 6. Internal note from accounts about the year-end invoicing cut-off.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2030, 11, 25, 9, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Helen Marsh <helen.marsh@example.com>", to=ORDERS, cc=US_SALES,
        subject="Year-end: last invoicing and despatch dates",
        message_id=ids.make("outlook", "example.com"),
        text="Hello everyone,\n\nfor the year end: the last day for invoicing in 2030 is Friday 20 December, and "
             "the warehouse despatches its last export consignments on Wednesday 18 December. Anything later is "
             "invoiced in January. Please tell customers with open orders in good time.\n\nMany thanks,\nHelen\n--\n"
             "Helen Marsh | Finance & Credit Control | Northwind Components Ltd."))
    return out


def exchange_ndr(pl: Plan) -> EmailMessage:
    """An Exchange-style non-delivery report: multipart/report with a text part, the delivery status and the
    returned headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=7)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)), ("Subject", pl.subject),
                 ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]:
        msg[k] = v
    host = failed.split("@")[1]
    text = (f"Your message to {failed} couldn't be delivered.\n\n{host} couldn't be found. The domain name may be "
            "misspelled or may not exist.\n\nanna.keller     Office 365     " + host + "\nAction Required\n\n"
            "How to Fix It\nCheck the spelling of the recipient's e-mail address and send the message again.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: mail.example.com\n\n"
            f"{failed}\nRemote Server returned '550 5.4.310 DNS domain {host} does not exist'\n")
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Lieferzeit Ihrer Bestellung\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <c2e81f40-77a9-4d1b-9e03-41822770ab15@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exchange_ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout16Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho16")
