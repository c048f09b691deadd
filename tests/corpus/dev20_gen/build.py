"""Turn the nineteenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev20_gen.deals import DEALS
from tests.corpus.dev20_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev20_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20310901
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · Southampton SO14 "
                "3AB · UK\nT +44 23 8063 1172 · M +44 7700 900 418 · www.northwind-components.example",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Großbritannien\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesAgreement", "bill_of_lading": "SeaWaybill", "shipping_notice": "PackingList",
        "payment_advice": "RemittanceAdvice", "inspection_report": "SurveyReport", "purchase_order": "PO"}
OWN_STEM = {("QA", "purchase_order"): "PurchaseOrder", ("GE", "purchase_order"): "Bestellung",
            ("NI", "purchase_order"): "OrdenCompra", ("LA", "purchase_order"): "采购单",
            ("GE", "payment_advice"): "Zahlungsavis", ("NI", "payment_advice"): "AvisoPago",
            ("TG", "payment_advice"): "Avis_de_paiement", ("IS", "inspection_report"): "Survey"}
MAIL_NUM = {"IS": "en", "QA": "en", "GE": "de", "NI": "en", "LA": "en", "TG": "fr"}  # amounts in their mails
REG = {"IS": "{kt}", "QA": "{cr}", "GE": "{reg}", "NI": "{ruc}", "LA": "{tin}", "TG": "{nif}"}
SEA = {"QA": ("MAERSK DOHA BAY / 137E", "HAMAD PORT, QATAR", "HAMAD PORT, QATAR", "HVAC SPARE PARTS", "8415.90",
              "MAERSK"),
       "GE": ("CMA CGM RIONI / 0GE3TE", "POTI, GEORGIA", "POTI, GEORGIA",
              "SPARE PARTS FOR TEA AND NUT PROCESSING MACHINERY", "8438.90", "CMA CGM"),
       "NI": ("MSC CORINTO / NI141W", "CORINTO, NICARAGUA", "CORINTO, NICARAGUA",
              "SPARE PARTS FOR SUGAR MILL", "8438.90", "MSC"),
       "LA": ("CMA CGM MEKONG / 0LA5SE", "LAEM CHABANG, THAILAND", "VIENTIANE, LAO PDR (VIA RAIL)",
              "SPARE PARTS FOR HYDROPOWER PLANT", "8410.90", "CMA CGM"),
       "TG": ("MAERSK LOME / 139S", "LOME, TOGO", "LOME, TOGO", "WEAR PARTS FOR CRUSHING PLANT", "8474.90",
              "MAERSK")}
NOTIFY = {"QA": "Pearl Coast Clearing & Forwarding W.L.L., Doha", "GE": "Kolkhida Forwarding LLC, Poti",
          "NI": "Agencia Aduanera del Pacífico, Chinandega", "LA": "Vientiane Logistics Park Transit Co., Ltd.",
          "TG": "Lomé Transit et Consignation SARL, Lomé"}
CARRIER = {"IS": ("North Atlantic Trailer Lines – trailer via Hirtshals ferry", "Consignment no.")}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR) ?: ?|答复: ?|回复：)+")
DUE_DAYS = {"IS": 30, "QA": 45, "GE": 30, "NI": 30, "LA": 0, "TG": 60}
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


class Holdout19Builder(Holdout6Builder):
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
        else:
            self.tracking = [f"{r.randint(10**9, 10**10 - 1)}"]  # the haulier's 10-digit consignment number
        self.pi_date: dt.date | None = None
        self.seals = [f"NW{r.randint(100000, 999999)}" for _ in self.tracking]

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
        if layout == "L180":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), buyer_reg=REG[p.key].format(**p.ctx),
                 due_days=DUE_DAYS.get(p.key, 30))
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if doc.doc_type == "payment_advice":
            # The remittance lists the document it settles: the invoice, or the pro forma for an advance.
            c["invoice_date"] = self.invoice_date or self.pi_date or when.date()
            c["invoice_amount"] = doc.total if self.deal.deposit else self.total_of(self.final_lines, p.tax_rate)
            c["remark"] = "30 % advance as per pro forma invoice" if self.deal.deposit else ""
        if doc.doc_type == "contract":
            c["delivery_time"] = ("shipment within five weeks of receipt of the advance payment" if self.deal.deposit
                                  else "delivery to the named place within three weeks of the order"
                                  if p.incoterms.startswith("DAP") else "shipment within three weeks of the order")
        r = seeded(f"{self.deal.id}:{doc.doc_type}:{doc.number}")
        if doc.doc_type == "bill_of_lading":
            vessel, pod, delivery, goods, hs, _ = SEA[p.key]
            kg = sum(ln.quantity for ln in self.final_lines) * 4.5 + 260
            c.update(seals=self.seals, carrier_name=f"{SEA[p.key][5]} LINE", vessel=vessel, pod=pod, delivery=delivery, goods=goods, hs=hs,
                     notify=NOTIFY[p.key], booking=f"SOU{r.randint(10**6, 10**7 - 1)}",
                     packages=f"{r.randint(4, 12)} PALLETS", gross=f"{kg:,.1f}", cbm=f"{r.randint(18, 80) / 10:.1f}",
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT")
        if doc.doc_type == "shipping_notice":
            rows = []
            for i, ln in enumerate(self.final_lines):
                net = ln.quantity * r.randint(2, 40) / 10
                case = f"{1 + i // 4}"
                rows.append((ln, case, f"{net:.1f}", f"{net * 1.08 + 2:.1f}", "" if i % 4 else "80x60x55"))
            carrier, cap = CARRIER.get(p.key, ("Solent Freight Services Ltd – FCL by sea", "Container no."))
            c.update(rows=rows, cases=1 + (len(self.final_lines) - 1) // 4, carrier=carrier, track_caption=cap,
                     net=f"{sum(float(x[2]) for x in rows):.1f}", gross=f"{sum(float(x[3]) for x in rows):.1f}")
        if doc.doc_type == "inspection_report":
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("VF-FK", "VF-WS"))][:3]
            ok = [ln for ln in self.final_lines if ln not in bad][:2]
            findings = []
            for ln in bad + ok:
                hit = ln in bad
                findings.append((ln.sku, ln.description, ln.quantity, ln.quantity, max(1, ln.quantity // 3) if hit
                                 else 0, ("Cutting edge chipped, blade bent" if ln.sku.startswith("VF-FK")
                                          else "Housing cracked, cable torn off") if hit else "No damage found"))
            c.update(received=when.date() - dt.timedelta(days=2), findings=findings)
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
        if self.p.key == "IS":
            # Ms Hálfdánardóttir's order typed in her HTML mail: a header block, then one line per article.
            rows = "\n".join(f"{ln.quantity} {ln.unit}  {ln.sku}  {ln.description}  @ EUR {amt(ln.unit_price, 'en')}"
                             f"  = EUR {amt(ln.amount, 'en')}" for ln in doc.lines)
            return (f"ORDER {doc.number} – {doc.date.strftime('%d.%m.%Y')}\nFrom: {doc.buyer.name}\nTo: "
                    f"{doc.seller.name}\n\n{rows}\n\nTotal EUR {amt(doc.total, 'en')}\nDelivery: {doc.incoterms}\n"
                    f"Payment: {doc.payment_terms}")
        # M. Agbénou's order typed in Outlook: a French "bon de commande" with numbered lines.
        rows = "\n".join(f"{i}) {ln.description} (réf. {ln.sku}) – Qté {ln.quantity} {ln.unit} – PU "
                         f"{amt(ln.unit_price, 'fr')} € – Total {amt(ln.amount, 'fr')} €"
                         for i, ln in enumerate(doc.lines, start=1))
        d = doc.date
        return (f"BON DE COMMANDE N° {doc.number} du {d.day} {MOIS[d.month - 1]} {d.year}\nClient : "
                f"{doc.buyer.name}\nFournisseur : {doc.seller.name}\n\n{rows}\n\nTotal commande : "
                f"{amt(doc.total, 'fr')} {doc.currency}\nLivraison : {doc.incoterms}\nPaiement : "
                f"{doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}. {ln.description}，{ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"{i}. {ln.description} – {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.key == "IS":
            needs = "\n".join(f"* {ln.description}, {ln.quantity} {ln.unit}" for ln in lines)
        else:
            needs = "\n".join(f"{i}) {ln.description} – {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Oliver forwards the partner's order mail, attached as message/rfc822, to the orders mailbox."""
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
                     text="Hi both,\n\nsee below – Faisal Al-Kuwari of Al Wakrah IFS handed me this PO at the FM "
                          "conference in Doha. Same prices as their September order, please. Anna, can you "
                          "invoice it and send the agreement?\n\nCheers,\nOliver\n--\nOliver Brandt | Area Sales "
                          "Manager Middle East | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook out-of-office from Al Wakrah (annual leave), answering our invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho19-QA1" and pl.stage == "order" and pl.from_ == US_SALES)
    qa = PARTNERS["QA"]
    back = target.date.date() + dt.timedelta(days=9)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=4),
        style="outlook", ui="en", lang="en", from_=qa.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", qa.domain),
        text=f"I am on annual leave and will return on {back.strftime('%d/%m/%Y')}. For purchase orders and "
             "supplier matters please contact procurement@wakrah-ifs.example.\n\nFaisal Al-Kuwari",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Apple Mail vacation notice from Kutaissi in German, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho19-GE1" and pl.stage == "shipping")
    ge = PARTNERS["GE"]
    back = target.date.date() + dt.timedelta(days=6)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=51),
        style="apple", ui="de", lang="de", from_=ge.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("apple", ge.domain),
        text=f"Guten Tag,\n\nich bin bis einschließlich {back.strftime('%d.%m.%Y')} nicht im Büro. Ihre Nachricht "
             "wird nicht weitergeleitet. In dringenden Fällen erreichen Sie unser Büro unter +995 431 24 18 00.\n\n"
             "Nino Beridse",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Exim bounce for a mistyped Nicaraguan address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 10, 14, 15, 41, 7, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@relay.example.com>", to=US_SALES, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1xKq7T-0003Bd-2W@relay.example.com>",
        text="m.arana@ingenio-sancristobal.example", special="bounce"))
    # 4. A French-language trade newsletter from the Lomé port community.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 10, 9, 7, 0, tzinfo=ZoneInfo("Africa/Lome")), style="html", ui="fr", lang="fr",
        from_="Lettre du Port de Lomé <lettre@portlome-infos.test>", to=ORDERS, cc=None,
        subject="La Lettre du Port – octobre 2031 : trafic record, nouveau guichet unique",
        message_id=ids.make("apple", "mail.portlome-infos.test"),
        text="LA LETTRE DU PORT – octobre 2031\n\n• Trafic conteneurs : un nouveau record au troisième trimestre\n"
             "• Guichet unique : dédouanement en ligne pour les pièces de rechange\n• Agenda : salon des mines et "
             "carrières, Lomé, 20–22 novembre\n\nVersion en ligne : https://portlome-infos.test/lettre/2031-10\n\n"
             "Vous recevez cette lettre car vous y êtes abonné. Se désinscrire : https://portlome-infos.test/desabo",
        extra_headers=[("List-Id", "Lettre du Port <lettre.portlome-infos.test>"),
                       ("List-Unsubscribe", "<https://portlome-infos.test/desabo?id=4182>"),
                       ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")]))
    # 5. Spam posing as a payment remittance with a document behind a "secure viewer" link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 10, 22, 2, 47, 13, tzinfo=ZoneInfo("Asia/Qatar")), style="html", ui="en",
        lang="en", from_="Accounts Payable <ap-notice@remit-docs-secure.test>", to=ORDERS, cc=None,
        subject="Remittance advice: payment of USD 48,210.00 released to your account",
        message_id=ids.make("gmail", "remit-docs-secure.test"),
        text="Hello,\n\nour accounts payable department has released a payment to your company. The remittance "
             "advice and invoice copy are available in our secure document viewer:\n\n"
             "https://remit-docs-secure.test/view/REM-48210\n\nSign in with your email password to download the "
             "file. The link expires in 48 hours.\n\nAccounts Payable",
        extra_headers=[("Reply-To", "ap.remit.48210@fastinbox.test")]))
    # 6. Internal note from logistics about a ferry timetable change.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2031, 9, 24, 8, 52, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Tom Whitaker <tom.whitaker@example.com>", to=ORDERS, cc=US_SALES,
        subject="Winter timetable – Iceland and Faroe ferry groupage",
        message_id=ids.make("outlook", "example.com"),
        text="Morning all,\n\nthe ferry line switches to its winter timetable from November: one sailing a week "
             "from Hirtshals, on Saturdays. Please allow an extra four days when you promise delivery dates to "
             "Icelandic customers.\n\nThanks,\nTom\n--\nTom Whitaker | Logistics Coordinator | Northwind "
             "Components Ltd."))
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?UTF-8?Q?Cotizaci=C3=B3n_solicitada?=\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <c41e8d07-2b9a-4f6e-a3d2-60418227bb19@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout19Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho19")
