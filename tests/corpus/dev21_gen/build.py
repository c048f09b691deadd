"""Turn the twentieth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev21_gen.deals import DEALS
from tests.corpus.dev21_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev21_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20320301
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB, United "
                "Kingdom\nDirect +44 23 8063 1172 | Mobile +44 7700 900 418",
          "de": "Anna Keller\nExportvertrieb | Northwind Components Ltd.\nSouthampton, Vereinigtes Königreich\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nVentas de exportación | Northwind Components Ltd.\nSouthampton, Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nVentes à l'export | Northwind Components Ltd.\nSouthampton, Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "bill_of_lading": "Waybill", "shipping_notice": "PackingList",
        "payment_advice": "PaymentNotification", "inspection_report": "InspectionCertificate",
        "purchase_order": "PO"}
OWN_STEM = {("BH", "purchase_order"): "GAREX_PO", ("PL", "purchase_order"): "Zamowienie",
            ("SV", "purchase_order"): "OC", ("TW", "purchase_order"): "採購單",
            ("PL", "payment_advice"): "Zahlungsavis", ("SV", "payment_advice"): "AvisoPago",
            ("CA", "payment_advice"): "AvisPaiement", ("IT", "inspection_report"): "Certificato_ispezione"}
MAIL_NUM = {"IT": "en", "BH": "en", "PL": "de", "SV": "en", "TW": "en", "CA": "fr"}  # amounts in their mails
REG = {"IT": "{piva}", "BH": "{cr}", "PL": "{nip}", "SV": "{nit}", "TW": "{ubn}", "CA": "{neq}"}
SEA = {"BH": ("MAERSK KALAMATA / 214E", "KHALIFA BIN SALMAN PORT, BAHRAIN", "KHALIFA BIN SALMAN PORT, BAHRAIN",
              "SPARE PARTS FOR ALUMINIUM ROLLING MILL", "8455.90", "MAERSK"),
       "PL": ("HAPAG-LLOYD BALTIC EXPRESS / 2214N", "GDYNIA, POLAND", "GDYNIA, POLAND",
              "SPARE PARTS FOR DAIRY MACHINERY", "8434.90", "HAPAG-LLOYD"),
       "SV": ("MSC ACAJUTLA / SV218W", "ACAJUTLA, EL SALVADOR", "ACAJUTLA, EL SALVADOR",
              "SPARE PARTS FOR SEWING MACHINES", "8452.90", "MSC"),
       "TW": ("EVER LIVELY / 0418-057E", "TAICHUNG, TAIWAN", "TAICHUNG, TAIWAN",
              "SPARE PARTS FOR METALWORKING MACHINERY", "8466.93", "EVERGREEN"),
       "CA": ("HAPAG-LLOYD MONTREAL EXPRESS / 2218W", "MONTREAL, QC, CANADA", "MONTREAL, QC, CANADA",
              "SPARE PARTS FOR PAPER MACHINE", "8439.99", "HAPAG-LLOYD")}
NOTIFY = {"BH": "Seef Clearing & Shipping Agency W.L.L., Manama", "PL": "Bałtyk Spedycja sp. z o.o., Gdynia",
          "SV": "Agencia Aduanal Cuscatlán S.A. de C.V., San Salvador",
          "TW": "Chung Hsing Customs Broker Co., Ltd., Taichung",
          "CA": "Courtage en douane Laurentides inc., Montréal"}
CARRIER = {"IT": ("Solent Euro Groupage Ltd – road groupage via Channel Tunnel", "Consignment no."),
           "PL": ("Bałtyk Spedycja (buyer's forwarder) – FCL by sea", "Container no.")}
PREFIX = re.compile(r"^(?:(?:RE|Re|R|AW|FW|Fwd|WG|TR|I) ?: ?|回覆: ?|答复: ?)+")
DUE_DAYS = {"IT": 60, "BH": 60, "PL": 45, "SV": 45, "TW": 0, "CA": 45}
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


class Holdout20Builder(Holdout6Builder):
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
        if layout == "L190":
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
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("TV-DR", "TV-CP"))][:3]
            ok = [ln for ln in self.final_lines if ln not in bad][:2]
            findings = []
            for ln in bad + ok:
                hit = ln in bad
                findings.append((ln.sku, ln.description, ln.quantity, ln.quantity, max(1, ln.quantity // 3) if hit
                                 else 0, ("Bore scored, nib cracked" if ln.sku.startswith("TV-DR")
                                          else "Running surface dented") if hit else "Conforming"))
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
        if self.p.key == "IT":
            # Ms Bonfanti's order typed in her HTML mail the Italian way: positions in tens, code first.
            rows = "\n".join(f"Pos. {10 * i} – {ln.sku} – {ln.description} – {ln.quantity} {ln.unit} x EUR "
                             f"{amt(ln.unit_price, 'en')} = EUR {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"PURCHASE ORDER no. {doc.number} of {doc.date.strftime('%d/%m/%Y')}\nSupplier: "
                    f"{doc.seller.name}\nCustomer: {doc.buyer.name}\n\n{rows}\n\nOrder total: EUR "
                    f"{amt(doc.total, 'en')}\nDelivery terms: {doc.incoterms}\nPayment terms: {doc.payment_terms}")
        # M. Gagnon-Tremblay's order typed in Outlook: a Québec "bon de commande", one article per line.
        rows = "\n".join(f"- {ln.sku} : {ln.description}, {ln.quantity} {ln.unit} à {amt(ln.unit_price, 'fr')} $ "
                         f"= {amt(ln.amount, 'fr')} $" for ln in doc.lines)
        d = doc.date
        return (f"Bon de commande no {doc.number} – {d.day} {MOIS[d.month - 1]} {d.year}\nAcheteur : "
                f"{doc.buyer.name}\nFournisseur : {doc.seller.name}\n\n{rows}\n\nTotal de la commande : "
                f"{amt(doc.total, 'fr')} {doc.currency}\nConditions de livraison : {doc.incoterms}\n"
                f"Conditions de paiement : {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}、{ln.description} × {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"• {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in lines)
        elif p.lang == "fr":
            needs = "\n".join(f"{i}. {ln.description} — qté {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.key == "IT":
            needs = "\n".join(f"- n. {ln.quantity} {ln.unit} {ln.description}" for ln in lines)
        else:
            needs = "\n".join(f"S/N {i}: {ln.description}, Qty {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
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
                     text="Anna, orders team,\n\nforwarding a PO from Rashid Al-Mahmood at GAREX in Bahrain – we met at "
                          "the aluminium conference in Manama. He wants the prices of their March order. Could you "
                          "book it and send him the invoice and the contract?\n\nThanks,\nOliver\n\nOliver "
                          "Brandt\nArea Sales Manager, Gulf & Levant\nNorthwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook out-of-office from Askar (Eid holiday), answering our invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho20-BH1" and pl.stage == "order" and pl.from_ == US_SALES)
    bh = PARTNERS["BH"]
    back = target.date.date() + dt.timedelta(days=7)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=37),
        style="outlook", ui="en", lang="en", from_=bh.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", bh.domain),
        text=f"Thank you for your email. I am out of the office for the Eid holidays and will be back on "
             f"{back.strftime('%d/%m/%Y')}. For urgent purchasing matters please write to "
             "stores.purchasing@garex-bh.example or call +973 1783 4400.\n\nRashid Al-Mahmood",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Apple Mail absence notice from Łomża in German and Polish, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho20-PL1" and pl.stage == "shipping")
    pl_ = PARTNERS["PL"]
    back = target.date.date() + dt.timedelta(days=5)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=44),
        style="apple", ui="de", lang="de", from_=pl_.addr, to=US_SALES, cc=None,
        subject="Abwesenheitsnotiz: " + target.subject, message_id=ids.make("apple", pl_.domain),
        text=f"Vielen Dank für Ihre Nachricht. Ich bin bis {back.strftime('%d.%m.%Y')} im Urlaub und lese meine "
             "E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an zakupy@zm-podlasie.example.\n\n"
             "Dziękuję za wiadomość – jestem na urlopie.\n\nKatarzyna Wiśniewska",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Exim bounce for a mistyped Salvadoran address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2032, 4, 13, 10, 22, 51, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@relay.example.com>", to=US_SALES, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1yPm3R-0007Kc-4Q@relay.example.com>",
        text="g.mejia@texpacifico.example", special="bounce"))
    # 4. A French-language newsletter of a Québec pulp and paper trade association.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2032, 4, 8, 6, 30, tzinfo=ZoneInfo("America/Toronto")), style="html", ui="fr", lang="fr",
        from_="Infolettre Papetières du Québec <infolettre@papetieres-qc.test>", to=ORDERS, cc=None,
        subject="Infolettre d'avril 2032 : arrêts de printemps, congrès annuel et nouvelles du fleuve",
        message_id=ids.make("apple", "news.papetieres-qc.test"),
        text="INFOLETTRE – AVRIL 2032\n\n• Arrêts de printemps : le calendrier des fermetures planifiées\n"
             "• Congrès annuel à Trois-Rivières, 4 au 6 juin – inscriptions ouvertes\n• Voie maritime du "
             "Saint-Laurent : ouverture de la saison de navigation\n\nLire en ligne : "
             "https://papetieres-qc.test/infolettre/2032-04\n\nVous recevez ce courriel parce que vous êtes "
             "abonné. Se désabonner : https://papetieres-qc.test/desabonnement",
        extra_headers=[("List-Id", "Infolettre <infolettre.papetieres-qc.test>"),
                       ("List-Unsubscribe", "<https://papetieres-qc.test/desabonnement?u=2271>"),
                       ("Precedence", "bulk"), ("X-Mailer", "Cyberimpact")]))
    # 5. Spam posing as a shipping-document notice with a link to "download the original B/L".
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2032, 4, 21, 3, 14, 2, tzinfo=ZoneInfo("Asia/Taipei")), style="html", ui="en",
        lang="en", from_="Documentation Desk <docs@ocean-bl-release.test>", to=ORDERS, cc=None,
        subject="Original B/L and commercial invoice for your shipment – action required",
        message_id=ids.make("gmail", "ocean-bl-release.test"),
        text="Dear Customer,\n\nthe original bill of lading and the commercial invoice for your shipment are "
             "ready for release. To avoid demurrage charges please confirm the consignee details and download "
             "the documents here:\n\nhttps://ocean-bl-release.test/release/BL-77182\n\nLog in with your "
             "company email and password. Documents not collected within 24 hours will be returned.\n\n"
             "Documentation Desk",
        extra_headers=[("Reply-To", "bl.release.77182@quickmailbox.test")]))
    # 6. Internal note from credit control about a customer's credit limit.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2032, 3, 24, 9, 5, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Priya Natarajan <priya.natarajan@example.com>", to=ORDERS, cc=US_SALES,
        subject="Credit insurance limits – Italy and Bahrain",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nour credit insurer has renewed the limits for our Italian and Bahraini customers for "
             "another year. Terms longer than 60 days still need my sign-off before you confirm them, so please "
             "check with me first.\n\nThanks,\nPriya\n\nPriya Natarajan | Credit Control | Northwind "
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
            f"address(es) failed:\n\n  {failed}\n    host mx.{host} [192.0.2.141]\n    SMTP error from remote "
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?UTF-8?Q?Orden_de_compra_-_confirmaci=C3=B3n?=\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <7b2e90f4-5c1d-4a8e-9f63-21832276ac04@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout20Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho20")
