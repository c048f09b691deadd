"""Turn the seventeenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev7_gen.deals import awb
from tests.corpus.dev18_gen.deals import DEALS
from tests.corpus.dev18_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev18_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20310113
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · Southampton SO14 "
                "3AB · UK\nT +44 23 8063 1172 · M +44 7700 900 418 · www.northwind-components.example",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Großbritannien\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Estimate", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesAgreement", "bill_of_lading": "FBL", "shipping_notice": "PackingList",
        "payment_advice": "MT103_Confirmation", "inspection_report": "PV_Reception", "purchase_order": "PO"}
OWN_STEM = {("NZ", "purchase_order"): "PurchaseOrder", ("RS", "purchase_order"): "Narudzbenica_Bestellung",
            ("DO", "purchase_order"): "OrdenCompra", ("NP", "purchase_order"): "采购订单",
            ("RS", "payment_advice"): "Zahlungsbestaetigung", ("DO", "payment_advice"): "Confirmacion_Transferencia",
            ("BF", "inspection_report"): "PV_Reception_Reserves"}
MAIL_NUM = {"NZ": "en", "RS": "de", "DO": "en", "IL": "en", "BF": "fr", "NP": "en"}  # amounts in their mails
REG = {"NZ": "{nzbn} · {gst}", "RS": "{pib} · {mb}", "DO": "{rnc}", "IL": "{vat_il}", "BF": "{ifu}", "NP": "{pan}"}
SEA = {"NZ": ("MAERSK NORESUND / 105S", "AUCKLAND, NEW ZEALAND", "AUCKLAND, NEW ZEALAND",
              "SPARE PARTS FOR DAIRY PROCESSING PLANT", "8434.90", "MAERSK"),
       "DO": ("CMA CGM SAN ANTONIO / 0PE1RS", "CAUCEDO, DOMINICAN REPUBLIC", "CAUCEDO, DOMINICAN REPUBLIC",
              "SPARE PARTS FOR SUGAR MILL", "8438.90", "CMA CGM"),
       "NP": ("ONE HARMONY / 047W", "KOLKATA, INDIA", "KATHMANDU, NEPAL (BY TRUCK VIA BIRGUNJ)",
              "SPARE PARTS FOR HYDRO POWER PLANT", "8410.90", "ONE"),
       "BF": ("MSC AGADIR / NX106A", "ABIDJAN, COTE D'IVOIRE", "OUAGADOUGOU, BURKINA FASO (BY ROAD)",
              "SPARE PARTS FOR SPINNING MACHINERY", "8448.33", "MSC")}
NOTIFY = {"NZ": "Kauri Customs Brokers Ltd, Auckland", "DO": "Agencia Aduanal Caribe Express, Santo Domingo",
          "NP": "Sagarmatha Clearing & Forwarding, Birgunj", "BF": "Transit Faso Logistique, Ouagadougou"}
CARRIER = {"RS": ("Danube Road Freight – groupage trailer via Budapest", "CMR consignment note"),
           "IL": ("Collected by buyer's forwarder (Carmel Air & Sea Logistics), air freight", "Air waybill")}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd) ?: ?|回复：)+")
DUE_DAYS = {"NZ": 30, "RS": 30, "DO": 45, "IL": 45, "BF": 60, "NP": 0}
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


class Holdout17Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            n = 2 if deal.nlines > 20 else 1
            self.tracking = [container_number(self.p.ctx.get("owner", "HGL"), r.randint(100000, 999999))
                             for _ in range(n)]
        elif self.p.key == "IL":
            self.tracking = [awb("114", r.randint(10**6, 10**7 - 1))]  # the buyer's forwarder flies it out
        else:
            self.tracking = [f"{r.randint(10**9, 10**10 - 1)}"]  # the haulier's 10-digit consignment number
        self.pi_date: dt.date | None = None
        self.seals = [f"HGL{r.randint(100000, 999999)}" for _ in self.tracking]

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
            d.tax_rate = Decimal(0)  # the document prints a tax line of 0.00
        if layout == "L160":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 due_days=DUE_DAYS.get(p.key, 30))
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "contract":
            c["delivery_time"] = ("shipment within five weeks of receipt of the advance payment" if self.deal.deposit
                                  else "goods ready for collection ten working days after the order"
                                  if p.incoterms.startswith("FCA") else "dispatch within three weeks of the order")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        if doc.doc_type == "bill_of_lading":
            vessel, pod, delivery, goods, hs, _ = SEA[p.key]
            kg = sum(ln.quantity for ln in self.final_lines) * 4.5 + 260
            c.update(seals=self.seals, vessel=vessel, pod=pod, delivery=delivery, goods=goods, hs=hs,
                     notify=NOTIFY[p.key], booking=f"SOU{r.randint(10**6, 10**7 - 1)}",
                     packages=f"{r.randint(5, 14)} WOODEN CASES", gross=f"{kg:,.1f}", cbm=f"{r.randint(18, 80) / 10:.1f}",
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(2, 40) / 10
                case = f"{1 + i // 4}"
                rows.append((ln, case, f"{net:.1f}", f"{net * 1.08 + 2:.1f}", "" if i % 4 else "80x60x55"))
            carrier, cap = CARRIER.get(p.key, ("Hampshire Global Logistics Ltd – FCL by sea", "Container"))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 4, carrier=carrier, track_caption=cap,
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("CE", "BR", "PC"))][:3]
            c.update(received=when.date() - dt.timedelta(days=2), bl=self.nums.get("bl", ""),
                     container=", ".join(self.tracking),
                     findings=[(ln.sku, ln.description, ln.quantity, max(1, ln.quantity // 2),
                                "Cylindre faussé, caisse enfoncée" if ln.sku.startswith("CE")
                                else "Broches tordues, carton écrasé" if ln.sku.startswith("BR")
                                else "Pointes arrachées, emballage humide") for ln in bad])
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
        if self.p.key == "IL":
            # Ms Ben-David's order typed in her HTML mail: a numbered list, one article per line.
            rows = "\n".join(f"{i}) P/N {ln.sku} – {ln.description}; qty {ln.quantity} {ln.unit} @ USD "
                             f"{amt(ln.unit_price, 'en')} = USD {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"PURCHASE ORDER {doc.number}\nDate: {doc.date.strftime('%d/%m/%Y')}\nBuyer: {doc.buyer.name}\n"
                    f"Vendor: {doc.seller.name}\n\n{rows}\n\nPO total: USD {amt(doc.total, 'en')}\n"
                    f"Incoterms: {doc.incoterms}\nPayment terms: {doc.payment_terms}")
        # Mme Ouédraogo's order typed in Outlook: reference first, French numbers.
        rows = "\n".join(f"{ln.sku} : {ln.description} – {ln.quantity} {ln.unit} à {amt(ln.unit_price, 'fr')} "
                         f"€, soit {amt(ln.amount, 'fr')} €" for ln in doc.lines)
        d = doc.date
        return (f"Bon de commande n° {doc.number} du {d.day} {MOIS[d.month - 1]} {d.year}\nClient : "
                f"{doc.buyer.name}\nFournisseur : {doc.seller.name}\n\n{rows}\n\nTotal de la commande : "
                f"{amt(doc.total, 'fr')} {doc.currency}\nIncoterm : {doc.incoterms}\nRèglement : {doc.payment_terms}")

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
            needs = "\n".join(f"{i}) {ln.quantity} {ln.unit} {ln.description}" for i, ln in enumerate(lines, 1))
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} de {ln.description}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        elif p.key == "IL":
            needs = "\n".join(f"{i}. {ln.description} – {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        else:
            needs = "\n".join(f"* {ln.description} x {ln.quantity}" for ln in lines)
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Oliver forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=13, minutes=40)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when.astimezone(US_TZ),
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=US_SALES,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Morning all,\n\nHemi from Waikato Dairy Engineering gave me this PO at Fieldays, it came "
                          "in overnight. Same prices as their January order. Anna, could you invoice it?\n\nCheers,\n"
                          "Oliver\n--\nOliver Brandt | Territory Manager Australasia | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Gmail vacation responder from Hamilton, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho17-NZ1" and pl.stage == "shipping")
    nz = PARTNERS["NZ"]
    back = target.date.date() + dt.timedelta(days=6)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=4),
        style="gmail", ui="en", lang="en", from_=nz.addr, to=US_SALES, cc=None,
        subject="Out of office: " + target.subject, message_id=ids.make("gmail", nz.domain),
        text=f"Kia ora,\n\nI'm out on site visits with patchy reception until {back.strftime('%d/%m/%Y')}. For "
             "anything urgent please contact our office on +64 7 847 4100 or purchasing@waikato-dairyeng.example.\n\n"
             "Ngā mihi,\nHemi",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 2. Outlook auto-reply from Novi Sad in German and Serbian, answering our invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho17-RS1" and pl.stage == "order" and pl.from_ == US_SALES)
    rs = PARTNERS["RS"]
    back = target.date.date() + dt.timedelta(days=3)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=52),
        style="outlook", ui="de", lang="de", from_=rs.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", rs.domain),
        text=f"Ich bin bis einschließlich {back.strftime('%d.%m.%Y')} auf Dienstreise. In dringenden Fällen "
             "wenden Sie sich bitte an nabavka@panonija-agro.example.\n\nNa službenom sam putu do "
             f"{back.strftime('%d.%m.%Y')}. Za hitne slučajeve pišite na nabavka@panonija-agro.example.\n\n"
             "Dragan Petrović",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. Exim bounce for a mistyped Dominican address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 2, 19, 15, 22, 41, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@relay.example.com>", to=US_SALES, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1vQx7K-0004Hk-2T@relay.example.com>",
        text="y.peralta@ingenio-del-este.example", special="bounce"))
    # 4. A French textile trade newsletter.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 3, 4, 7, 45, tzinfo=ZoneInfo("Europe/Paris")), style="html", ui="fr", lang="fr",
        from_="Textile Afrique Info <infolettre@textile-afrique-info.test>", to=ORDERS, cc=None,
        subject="L'infolettre de mars : coton 2031, salon de Dakar, nouvelles normes",
        message_id=ids.make("apple", "news.textile-afrique-info.test"),
        text="TEXTILE AFRIQUE INFO – mars 2031\n\n• Campagne cotonnière 2031 : les prévisions par pays\n• Salon de "
             "l'industrie textile de Dakar, 14–16 mai : inscriptions ouvertes\n• Dossier : entretien des continus à "
             "filer\n\nLire en ligne : https://textile-afrique-info.test/infolettre/2031-03\n\nVous recevez cette "
             "infolettre car vous y êtes abonné. Désinscription : https://textile-afrique-info.test/desinscription",
        extra_headers=[("List-Id", "Infolettre <infolettre.textile-afrique-info.test>"),
                       ("List-Unsubscribe", "<https://textile-afrique-info.test/desinscription?m=4182>"),
                       ("Precedence", "bulk"), ("X-Mailer", "Mailjet")]))
    # 5. Fraud mail posing as a supplier's change of bank details with an "invoice" behind a link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 3, 12, 1, 37, 20, tzinfo=ZoneInfo("Africa/Lagos")), style="html", ui="en",
        lang="en", from_="Accounts Receivable <ar@intl-remit-services.test>", to=ORDERS, cc=None,
        subject="Updated remittance details – overdue invoice INV-88213 attached",
        message_id=ids.make("gmail", "intl-remit-services.test"),
        text="Dear Sir/Madam,\n\nplease note our bank details have changed. Your invoice INV-88213 is overdue. "
             "Download the invoice and our new banking letter here:\n\nhttps://intl-remit-services.test/doc/88213\n\n"
             "Kindly arrange payment today to avoid suspension of your account.\n\nAccounts Receivable",
        extra_headers=[("Reply-To", "payments.desk.88213@fastmailbox.test")]))
    # 6. Internal note from logistics about a port strike.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2031, 2, 26, 8, 50, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Gareth Lloyd <gareth.lloyd@example.com>", to=ORDERS, cc=US_SALES,
        subject="Southampton container terminal – industrial action next week",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nheads-up: the unions at the container terminal have announced a 48-hour stoppage from "
             "Tuesday. Our forwarder expects vessel cut-offs to slip by two to three days. Please warn customers "
             "with sea shipments planned for next week.\n\nThanks,\nGareth\n--\nGareth Lloyd | Logistics "
             "Coordinator | Northwind Components Ltd."))
    return out


def exim_bounce(pl: Plan) -> EmailMessage:
    """An Exim non-delivery report: multipart/report with the text part, the delivery status and the returned
    headers."""
    failed = pl.text
    sent = pl.date - dt.timedelta(seconds=5)
    host = failed.split("@")[1]
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("X-Failed-Recipients", failed), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could "
            "not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
            f"address(es) failed:\n\n  {failed}\n    host mx.{host} [192.0.2.87]\n    SMTP error from remote "
            "mail server after RCPT TO:<" + failed + ">:\n    550 5.1.1 No such user here\n")
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
    per_rcpt["Remote-MTA"] = f"dns; mx.{host}"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 No such user here"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Fecha de embarque de su orden\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <7f3b2a90-41c8-4e2d-b5a1-18227604aa31@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout17Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho17")
