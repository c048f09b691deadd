"""Turn the twenty-ninth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev30_gen.deals import DEALS
from tests.corpus.dev30_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev30_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20390207
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Kind regards,\nAnna Keller\nExport Sales · Northwind Components Ltd.\n12 Dockside Road, "
                "Southampton SO14 3AB, UK · +44 23 8063 1172",
          "de": "Freundliche Grüße aus Southampton\nAnna Keller\nExport · Northwind Components Ltd.\n"
                "Tel. +44 23 8063 1172",
          "es": "Saludos cordiales,\nAnna Keller\nExportación · Northwind Components Ltd.\n"
                "Southampton (Reino Unido) · +44 23 8063 1172",
          "fr": "Sincères salutations,\nAnna Keller\nService export · Northwind Components Ltd.\n"
                "Southampton, Royaume-Uni · +44 23 8063 1172"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "Invoice",
        "contract": "SupplyAgreement", "bill_of_lading": "SeaWaybill", "shipping_notice": "PackingList",
        "payment_advice": "RemittanceAdvice", "inspection_report": "SCAR", "purchase_order": "PurchaseOrder"}
OWN_STEM = {("TM", "purchase_order"): "Bestellung", ("CG", "purchase_order"): "BonDeCommande",
            ("CV", "purchase_order"): "Pedido", ("AO", "purchase_order"): "采购订单",
            ("SC", "purchase_order"): "LPO", ("LR", "purchase_order"): "PO",
            ("TM", "payment_advice"): "Zahlungsavis", ("CG", "payment_advice"): "AvisDePaiement",
            ("CV", "payment_advice"): "AvisoPago", ("AO", "payment_advice"): "付款通知",
            ("CV", "inspection_report"): "SolicitudAccionCorrectiva", ("TM", "contract"): "Liefervertrag",
            ("CG", "contract"): "ContratFourniture", ("CV", "contract"): "ContratoSuministro"}
MAIL_NUM = {"LR": "en", "SC": "en", "TM": "de", "CG": "fr", "CV": "de", "AO": "en"}  # amounts in their mails
ACCOUNT = {"LR": "200417", "SC": "200422", "TM": "200431", "CG": "200438", "CV": "200440", "AO": "200447"}
DUE_DAYS = {"LR": 30, "SC": 60, "TM": 30, "CG": 0, "CV": 60, "AO": 0}
# Port of discharge, place of delivery, the goods as the carrier describes them, and the vessel / voyage.
SEA = {"LR": ("Monrovia, Liberia", "Monrovia Freeport CY", "RUBBER PROCESSING MACHINERY SPARE PARTS",
              "SOLENT BLUE TEMA / 39S07"),
       "SC": ("Port Victoria, Seychelles", "Port Victoria, Mahé", "REFRIGERATION PLANT SPARE PARTS",
              "SOLENT BLUE MASCARENE / 39E11"),
       "CG": ("Pointe-Noire, Congo", "Pointe-Noire CY", "OIL MILL AND SOAP PLANT SPARE PARTS",
              "SOLENT BLUE LOANGO / 39S14"),
       "CV": ("Mindelo, Cabo Verde", "Mindelo (Porto Grande)", "FISH CANNERY SPARE PARTS",
              "SOLENT BLUE MACARONESIA / 39S09"),
       "AO": ("Luanda, Angola", "Luanda CY", "STEEL ROLLING MILL SPARE PARTS", "SOLENT BLUE KWANZA / 39S12")}
MARK = {"LR": "MBR MONROVIA", "SC": "PVCS VICTORIA", "TM": "MPD MARY", "CG": "SHPN PNR", "CV": "CAM MINDELO",
        "AO": "KSS LUANDA"}
# The claim: who raised it, the problem text, and the failed articles (place in the product list, finding).
CLAIM = {
    "SC": ("Jean-Paul Esparon (Refrigeration Engineer)", "Two evaporator fan motors failed in blast freezer BF-2 "
           "after 26 days: bearings seized, water inside the terminal boxes (IP rating not as specified).",
           ((2, "Bearing seized, water ingress", 2),)),
    "CV": ("Nelson Lopes Fortes (Calidad)", "Termopares tipo K con desviación de -6 a -8 °C frente al patrón "
           "calibrado en el autoclave 3; detectado en la verificación semanal. Lote completo bloqueado.",
           ((4, "Desviación -6/-8 °C", 5),)),
}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|(?:回复|答复)[:：] ?)+")


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling with this partner's item numbers; cheap consumables are ordered by the ten, the
    big machined parts one or two at a time."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 25 else 1)
        if ln.unit_price > 900:
            qty = max(1, qty // 3)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


@dataclass
class PackingList(Doc):
    """A packing list: labelled as what its title says, its article rows as line items without prices."""

    rows: list[Line] = field(default_factory=list)

    def label(self, source: str) -> dict:
        lb = super().label(source)
        lb["doc_type"] = "packing_list"
        lb["line_items"] = [{"sku": ln.sku, "description": ln.description, "quantity": ln.quantity,
                             "unit": ln.unit or None, "unit_price": None, "amount": None} for ln in self.rows]
        return lb


class Holdout29Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":box")
        if deal.tracking == "sea":
            self.tracking = [container_number("SBL", r.randint(100000, 999999))]
        elif deal.tracking == "courier":
            self.tracking = [str(r.randint(10**9, 10**10 - 1))]  # DHL Express waybill, ten digits
        self.seals = [f"SB{r.randint(1000000, 9999999)}" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        layout = self.p.layouts[doc_type][0] if doc_type in self.p.layouts else ""
        if doc_type == "proforma_invoice":
            d.order_number = self.nums["po"] if (self.ordered or with_po) else None
        if doc_type == "quotation":
            d.order_number = None
        if doc_type == "purchase_order":
            d.extra = [("quote_ref", self.nums["q"])] if "q" in self.nums else []
        if doc_type == "payment_advice":
            pays_pi = self.invoice_date is None and "pi" in self.nums
            d.extra = [("invoice_ref", self.nums["pi"] if pays_pi else self.nums["inv"])]
        if doc_type == "shipping_notice":
            d.extra = [("invoice_ref", self.nums["inv"])] if self.invoice_date is not None else []
        if layout in ZERO_TAX and d.tax_rate is None and d.lines:
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if doc_type == "shipping_notice" and layout == "L278":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key], account=ACCOUNT[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        n = len(self.final_lines)
        packages = 1 + (n - 1) // 3
        gross = sum(ln.quantity for ln in self.final_lines) * 0.6 + 42 * packages
        marks = f"{MARK[p.key]} / {self.nums['po']} / 1-{packages}"
        if doc.doc_type == "contract":
            c["delivery_time"] = ("within six weeks of receipt of the advance payment" if self.deal.deposit
                                  else "within five weeks of the date of this agreement")
        if doc.doc_type == "shipping_notice":
            c.update(rows=[(ln, f"{1 + i // 3}/{packages}") for i, ln in enumerate(self.final_lines)],
                     packages=packages, gross=f"{gross:.1f}", marks=marks,
                     agent="DHL Express" if self.deal.tracking == "courier" else "Solent Blue Container Line")
        if doc.doc_type == "bill_of_lading":
            pod, place, goods, vessel = SEA[p.key]
            c.update(seals=self.seals, booking=f"SBB{r.randint(10000000, 99999999)}", vessel=vessel, pod=pod,
                     place=place, goods=goods, marks=marks, packages=packages, gross=f"{gross:.1f}",
                     cbm=f"{packages * 0.61:.2f}", freight="PREPAID", vgm=f"{3900 + gross:,.0f}")
        if doc.doc_type == "payment_advice":
            pays_pi = self.invoice_date is None and "pi" in self.nums
            full = self.total_of(self.final_lines, Decimal(0))
            c["invoice_amount"] = full
            c["invoice_date"] = self.invoice_date or (when.date() - dt.timedelta(days=6 if pays_pi else 41))
            c["remark"] = ""
            if self.deal.deposit and pays_pi:
                c["remark"] = f"Advance payment {int(c['deposit'] * 100)} % as per pro forma."
        if doc.doc_type == "inspection_report":
            by, text, failed = CLAIM[p.key]
            c.update(reported_by=by, long_text=text, received=when.date() - dt.timedelta(days=30),
                     items=[(self.final_lines[k].sku, self.final_lines[k].description, self.final_lines[k].quantity,
                             min(bad, self.final_lines[k].quantity), self.final_lines[k].unit or "", found)
                            for k, found, bad in failed])
        return c

    def plan(self, step: object, when: dt.datetime, base: str | None) -> Plan:
        # A reply answers the mail before it: it takes that mail's subject, not the subject the deal began with.
        if self.sent and not step.new_thread and base is not None:
            base = PREFIX.sub("", self.sent[-1].subject)
        return super().plan(step, when, base)

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = OWN_STEM.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-").replace(" ", "_")

    def order_block(self, doc: Doc) -> str:
        """Iria's order typed on her phone on the ferry: a dash list, Spanish numbers, the total at the end."""
        rows = "\n".join(f"- {ln.quantity} {ln.unit} {ln.sku} ({ln.description}) a {amt(ln.unit_price, 'de')} = "
                         f"{amt(ln.amount, 'de')} {doc.currency}" for ln in doc.lines)
        return (f"PEDIDO {doc.number} – fecha {doc.date.strftime('%d/%m/%Y')}\nComprador: {doc.buyer.name}\n"
                f"Proveedor: {doc.seller.name}\n{rows}\nTOTAL: {amt(doc.total, 'de')} {doc.currency}\n"
                f"Entrega {doc.incoterms}. {doc.payment_terms}.")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description}  数量 {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"{i}) {ln.description} – qté {ln.quantity}" for i, ln in enumerate(lines, 1))
        elif p.lang == "es":
            needs = "\n".join(f"* {ln.quantity} x {ln.description}" for ln in lines)
        elif p.key == "LR":
            needs = "\n".join(f"{i}) {ln.description}   qty: {ln.quantity}" for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"{ln.description} ... {ln.quantity} {ln.unit}" for ln in lines)
        prices = "\n".join(f"- {ln.description} ({ln.sku}): {p.currency} {amt(ln.unit_price, style)} per piece"
                           for ln in lines)
        return {**f, "needs": needs, "price_list": prices, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Rhys, our West Africa account manager, forwards the buyer's mail (attached as a message)."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(days=1, hours=5, minutes=12)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False,
                     date=when.astimezone(US_TZ), style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS,
                     cc=US_SALES, subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Anna / orders -\n\nforwarding Josephine's PO from Mount Barclay, she gave it to me after "
                           "the meeting in Monrovia. Usual paperwork please (invoice + agreement). I'm on the road "
                           "until Friday, mobile only.\n\nCheers\nRhys\n\nRhys Pemberton\nAccount Manager West "
                           "Africa | Northwind Components Ltd.\nM +44 7700 900 318"))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Liberia, answering our quote.
    target = next(pl for pl in deal_plans if pl.deal == "ho29-LR1" and pl.stage == "quote")
    lr = PARTNERS["LR"]
    back = target.date.date() + dt.timedelta(days=3)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2),
        style="gmail", ui="en", lang="en", from_=lr.addr, to=US_SALES, cc=None,
        subject="Re: " + target.subject, message_id=ids.make("gmail", lr.domain),
        text=f"Hello, thank you for your mail. I am on field visit to the estates and will be back on "
             f"{back.strftime('%d %b %Y')}. Network is poor there. For urgent matters please call the factory "
             "office +231 77 540 2200.\n\nJosephine",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. German Outlook out-of-office from Mary, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho29-TM1" and pl.stage == "shipping")
    tm = PARTNERS["TM"]
    back = target.date.date() + dt.timedelta(days=5)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=37),
        style="outlook", ui="de", lang="de", from_=tm.addr, to=US_SALES, cc=None,
        subject="Abwesend: " + target.subject, message_id=ids.make("outlook", tm.domain),
        text=f"Vielen Dank für Ihre Nachricht. Ich bin bis {back.strftime('%d.%m.%Y')} auf Dienstreise in "
             "Aschgabat und lese E-Mails nur unregelmäßig. Ihre Nachricht wird nicht weitergeleitet.\n\n"
             "Gulnara Orazowa",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. A French automatic reply from Pointe-Noire to our production note.
    target = next(pl for pl in deal_plans if pl.deal == "ho29-CG1" and pl.stage == "production")
    cg = PARTNERS["CG"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1),
        style="html", ui="fr", lang="fr", from_=cg.addr, to=US_SALES, cc=None,
        subject="Réponse automatique : " + target.subject, message_id=ids.make("outlook", cg.domain),
        text="Bonjour,\n\nje suis en congé jusqu'au lundi suivant. Pour toute urgence concernant les "
             "approvisionnements, merci d'écrire à achats@shpn-congo.example.\n\nGhislaine Mabiala",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 4. Bounce: our mail to a mistyped Seychelles address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2039, 3, 2, 14, 41, 9, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery Subsystem <mailer-daemon@relay3.example.com>", to=US_SALES,
        cc=None, subject="Delivery Status Notification (Failure)",
        message_id="<20390302134109.7A31C0291F@relay3.example.com>",
        text="mc.hoareau@pv-coldstore.example", special="ndr"))
    # 5. A refrigeration trade newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2039, 4, 12, 6, 30, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Cold Chain Engineer <news@coldchain-engineer.test>", to=ORDERS, cc=None,
        subject="Cold Chain Engineer – April: ammonia valve plates, IP ratings that lie, and port congestion",
        message_id=ids.make("gmail", "mail.coldchain-engineer.test"),
        text="COLD CHAIN ENGINEER · April issue\n\n1. Reading a worn valve plate: what the marks tell you\n2. "
             "IP55 on the nameplate, water in the box – why\n3. Port watch: Port Louis and Walvis Bay waiting "
             "times\n\nRead the issue: https://coldchain-engineer.test/2039-04\n\nYou are subscribed as "
             "orders@example.com. Manage preferences or unsubscribe: https://coldchain-engineer.test/u/5521",
        extra_headers=[("List-Id", "Cold Chain Engineer <monthly.coldchain-engineer.test>"),
                       ("List-Unsubscribe", "<https://coldchain-engineer.test/u/5521>"),
                       ("Precedence", "bulk")]))
    # 6. Spam: a fake "overdue invoice" with a link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2039, 4, 27, 3, 8, 44, tzinfo=ZoneInfo("Asia/Manila")), style="html", ui="en",
        lang="en", from_="Accounts Dept <billing@secure-docshare-portal.test>", to=ORDERS, cc=None,
        subject="RE: Overdue payment – document shared with you",
        message_id=ids.make("gmail", "secure-docshare-portal.test"),
        text="Hello,\n\nPlease find the overdue remittance shared via our secure portal. Sign in with your "
             "email password to view the document before it expires today:\n"
             "https://secure-docshare-portal.test/view?id=88213\n\nRegards,\nAccounts",
        extra_headers=[("Reply-To", "pay-desk@quick-settle.test")]))
    # 7. Internal note: logistics about a carrier surcharge.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2039, 5, 4, 11, 26, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Callum Hurst <callum.hurst@example.com>", to=ORDERS, cc=US_SALES,
        subject="Heads-up: Solent Blue West Africa surcharge from 1 June",
        message_id=ids.make("outlook", "example.com"),
        text="Hi both,\n\nSolent Blue have announced an emergency bunker surcharge on West and Central Africa "
             "from 1 June (about USD 180 per box). Anything we quote CIF/CFR from now on should allow for it. "
             "I'll update the freight sheet on the shared drive tonight.\n\nCallum\nLogistics | Northwind "
             "Components Ltd."))
    return out


def ndr(pl: Plan) -> EmailMessage:
    """An Exim-style bounce: multipart/report with the notice, the delivery status and the returned headers."""
    failed = pl.text
    domain = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=4)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("Your message could not be delivered.\n\nThe following address failed:\n\n"
            f"    {failed}\n    Domain {domain} has no MX or A record (permanent error)\n\n"
            "No further delivery attempts will be made. Please check the address and send the message again.\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; relay3.example.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.2"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.1.2 domain {domain} not found"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Your enquiry - spares for "
        f"the ammonia plant\r\nDate: {format_datetime(sent)}\r\n"
        "Message-ID: <b71e0c44-2f9a-4c1d-8e22-390302aa0041@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout29Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho29")
