"""Turn the eighteenth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev19_gen.deals import DEALS
from tests.corpus.dev19_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev19_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20310407
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · 12 Dockside Road · Southampton SO14 "
                "3AB · UK\nT +44 23 8063 1172 · M +44 7700 900 418 · www.northwind-components.example",
          "de": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Großbritannien\n"
                "Tel. +44 23 8063 1172",
          "es": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Reino Unido\n"
                "Tel. +44 23 8063 1172",
          "fr": "Anna Keller\nExport Sales Manager\nNorthwind Components Ltd. · Southampton · Royaume-Uni\n"
                "Tél. +44 23 8063 1172"}
STEM = {"quotation": "Estimate", "proforma_invoice": "Proforma", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "bill_of_lading": "TransportDocument", "shipping_notice": "PackingList",
        "payment_advice": "PaymentStatusReport", "inspection_report": "InspectionReport", "purchase_order": "PO"}
OWN_STEM = {("OM", "purchase_order"): "PurchaseOrder", ("NA", "purchase_order"): "Bestellung",
            ("HN", "purchase_order"): "Orden_de_Compra", ("MZ", "purchase_order"): "采购订单",
            ("NA", "payment_advice"): "Zahlungsstatus", ("HN", "payment_advice"): "Comprobante_Transferencia",
            ("GA", "payment_advice"): "Avis_de_virement", ("MT", "inspection_report"): "IIR"}
MAIL_NUM = {"OM": "en", "NA": "de", "HN": "en", "MZ": "en", "MT": "en", "GA": "fr"}  # amounts in their mails
REG = {"OM": "{cr} · {vatin}", "NA": "{reg}", "HN": "{rtn}", "MZ": "{nuit}", "MT": "{vat_mt}", "GA": "{nif}"}
SEA = {"OM": ("MAERSK SALALAH / 118E", "SOHAR, OMAN", "SOHAR, OMAN", "SPARE PARTS FOR DESALINATION PLANT",
              "8421.99", "MAERSK"),
       "NA": ("CMA CGM WALVIS / 0NA2RS", "WALVIS BAY, NAMIBIA", "WALVIS BAY, NAMIBIA",
              "SPARE PARTS FOR SLURRY PUMPS AND CONVEYORS", "8413.91", "CMA CGM"),
       "HN": ("MSC CORTES / HN118W", "PUERTO CORTES, HONDURAS", "PUERTO CORTES, HONDURAS",
              "SPARE PARTS FOR COFFEE PROCESSING MACHINERY", "8437.90", "MSC"),
       "MZ": ("CMA CGM LIMPOPO / 0MZ4SA", "MAPUTO, MOZAMBIQUE", "MAPUTO, MOZAMBIQUE",
              "SPARE PARTS FOR ROAD CONSTRUCTION MACHINERY", "8431.49", "CMA CGM"),
       "GA": ("MAERSK OGOOUE / 122S", "OWENDO, GABON", "OWENDO, GABON", "SPARE PARTS FOR VENEER PEELING LINE",
              "8465.96", "MAERSK")}
NOTIFY = {"OM": "Sohar Port Clearing & Forwarding LLC, Sohar", "NA": "Namib Coast Clearing (Pty) Ltd, Walvis Bay",
          "HN": "Agencia Aduanera Cortés, San Pedro Sula", "MZ": "Maputo Corredor Despachos, Lda., Maputo",
          "GA": "Owendo Transit Services SARL, Libreville"}
CARRIER = {"MT": ("Mediterranean Trailer Lines – groupage trailer via Salerno ro-ro", "Consignment note")}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG) ?: ?|回复：)+")
DUE_DAYS = {"OM": 60, "NA": 30, "HN": 30, "MZ": 0, "MT": 30, "GA": 45}
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


class Holdout18Builder(Holdout6Builder):
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
        if layout == "L170":
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
            c.update(seals=self.seals, carrier_name=f"{SEA[p.key][5]} · eBL", vessel=vessel, pod=pod, delivery=delivery, goods=goods, hs=hs,
                     notify=NOTIFY[p.key], booking=f"SOU{r.randint(10**6, 10**7 - 1)}",
                     packages=f"{r.randint(4, 12)} PALLETS", gross=f"{kg:,.1f}", cbm=f"{r.randint(18, 80) / 10:.1f}",
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
            bad = [ln for ln in self.final_lines if ln.sku.startswith(("GH-IM", "GH-FI"))][:3]
            ok = [ln for ln in self.final_lines if ln not in bad][:2]
            findings = []
            for ln in bad + ok:
                sample = min(ln.quantity, 2 if ln.quantity <= 5 else 5)
                hit = ln in bad
                findings.append((ln.sku, ln.description, ln.quantity, sample, max(1, sample // 2) if hit else 0,
                                 ("Bore oversize, impeller loose on shaft" if ln.sku.startswith("GH-IM")
                                  else "Spray hole pattern not to drawing") if hit else "-"))
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
        if self.p.key == "MT":
            # Mr Vella's order typed in his HTML mail: one article per line, pipe-separated like a pasted table.
            rows = "\n".join(f"{ln.sku} | {ln.description} | {ln.quantity} {ln.unit} | EUR {amt(ln.unit_price, 'en')}"
                             f" | EUR {amt(ln.amount, 'en')}" for ln in doc.lines)
            return (f"Order no.: {doc.number}\nOrder date: {doc.date.strftime('%d/%m/%Y')}\nCustomer: "
                    f"{doc.buyer.name}\nSupplier: {doc.seller.name}\n\nPart no. | Description | Qty | Unit price | "
                    f"Amount\n{rows}\n\nOrder value: EUR {amt(doc.total, 'en')}\nDelivery: {doc.incoterms}\n"
                    f"Payment: {doc.payment_terms}")
        # Mme Nzé Obiang's order typed in Outlook: numbered, French numbers, total before the lines' detail ends.
        rows = "\n".join(f"{i}. Réf. {ln.sku} – {ln.description} : {ln.quantity} {ln.unit} x {amt(ln.unit_price, 'fr')}"
                         f" € = {amt(ln.amount, 'fr')} €" for i, ln in enumerate(doc.lines, start=1))
        d = doc.date
        return (f"Commande n° {doc.number}\nDate : {d.day} {MOIS[d.month - 1]} {d.year}\nAcheteur : "
                f"{doc.buyer.name}\nVendeur : {doc.seller.name}\n\n{rows}\n\nMontant total : "
                f"{amt(doc.total, 'fr')} {doc.currency}\nIncoterm : {doc.incoterms}\nConditions de paiement : "
                f"{doc.payment_terms}")

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
        elif p.key == "MT":
            needs = "\n".join(f"- {ln.quantity} x {ln.description}" for ln in lines)
        else:
            needs = "\n".join(f"{i}. {ln.description} – Qty {ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
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
                     text="Hello team,\n\nforwarding a purchase order from Rashid Al-Balushi (Al Batinah Water "
                          "Desalination), whom I met at the Muscat water show. He asks for April's prices. Anna, "
                          "please invoice it.\n\nThanks,\nOliver\n--\nOliver Brandt | Area Sales Manager Middle "
                          "East | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook out-of-office from Sohar (Eid holidays), answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho18-OM1" and pl.stage == "shipping")
    om = PARTNERS["OM"]
    back = target.date.date() + dt.timedelta(days=5)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1, seconds=17),
        style="outlook", ui="en", lang="en", from_=om.addr, to=US_SALES, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", om.domain),
        text=f"Thank you for your email. Our offices are closed for the Eid holidays until {back.strftime('%d/%m/%Y')}."
             " Your message will be attended to on our return. For urgent matters please call +968 2675 1100.\n\n"
             "Rashid Al-Balushi",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. Vacation notice from Otjiwarongo in German, answering our invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho18-NA1" and pl.stage == "order" and pl.from_ == US_SALES)
    na = PARTNERS["NA"]
    back = target.date.date() + dt.timedelta(days=4)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=38),
        style="gmail", ui="de", lang="de", from_=na.addr, to=US_SALES, cc=None,
        subject="Abwesenheitsnotiz: " + target.subject, message_id=ids.make("gmail", na.domain),
        text=f"Vielen Dank für Ihre Nachricht. Ich bin bis zum {back.strftime('%d.%m.%Y')} auf Baustellenbesuch "
             "im Norden und lese meine E-Mails nur unregelmäßig. Bitte wenden Sie sich in dringenden Fällen an "
             "einkauf@otji-pumpen.example.\n\nHeiko Brinkmann",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))
    # 3. Exim bounce for a mistyped Honduran address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 5, 20, 10, 4, 19, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@relay.example.com>", to=US_SALES, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1wRt2M-0007Qa-8F@relay.example.com>",
        text="d.fiallos@cafe-montecillos.example", special="bounce"))
    # 4. A German-language mining-supply newsletter from Windhoek.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 5, 6, 6, 30, tzinfo=ZoneInfo("Africa/Windhoek")), style="html", ui="de", lang="de",
        from_="Bergbau Namibia Aktuell <newsletter@bergbau-namibia-aktuell.test>", to=ORDERS, cc=None,
        subject="Newsletter Mai 2031: Uranpreis, Messe in Swakopmund, neue Zollregeln SACU",
        message_id=ids.make("apple", "news.bergbau-namibia-aktuell.test"),
        text="BERGBAU NAMIBIA AKTUELL – Mai 2031\n\n• Uran und Kupfer: Marktbericht des Quartals\n• Mining Expo "
             "Swakopmund, 17.–19. Juni: Ausstellerliste online\n• SACU: was sich bei der Einfuhr von Ersatzteilen "
             "ändert\n\nIm Browser lesen: https://bergbau-namibia-aktuell.test/newsletter/2031-05\n\nSie erhalten "
             "diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://bergbau-namibia-aktuell.test/abmelden",
        extra_headers=[("List-Id", "Newsletter <newsletter.bergbau-namibia-aktuell.test>"),
                       ("List-Unsubscribe", "<https://bergbau-namibia-aktuell.test/abmelden?u=1822>"),
                       ("Precedence", "bulk"), ("X-Mailer", "CleverReach")]))
    # 5. Spam posing as a buyer's tender invitation with a "purchase order" behind a login link.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2031, 5, 27, 3, 12, 44, tzinfo=ZoneInfo("Asia/Dubai")), style="html", ui="en",
        lang="en", from_="Procurement Dept <tenders@gulf-projects-sourcing.test>", to=ORDERS, cc=None,
        subject="New Purchase Order PO#77419 – kindly confirm availability",
        message_id=ids.make("gmail", "gulf-projects-sourcing.test"),
        text="Dear Supplier,\n\nwe are pleased to send you our new purchase order PO#77419 for urgent supply. "
             "Please view the order and product specification on our secure portal:\n\n"
             "https://gulf-projects-sourcing.test/secure/po77419\n\nLog in with your company email and password "
             "to confirm. Kindly respond within 24 hours.\n\nProcurement Dept",
        extra_headers=[("Reply-To", "po.confirm.77419@quickmailbox.test")]))
    # 6. Internal note from finance about a customer credit limit.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2031, 5, 14, 9, 25, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Priya Natarajan <priya.natarajan@example.com>", to=ORDERS, cc=US_SALES,
        subject="Credit insurance limits renewed for June",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe credit insurer has renewed our buyer limits for the coming quarter; two African "
             "accounts are now capped lower than before. The updated list is on the finance drive. Please check "
             "it before confirming open-account orders above EUR 50,000.\n\nThanks,\nPriya\n--\nPriya Natarajan "
             "| Credit Controller | Northwind Components Ltd."))
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
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: =?UTF-8?Q?Confirmaci=C3=B3n_de_embarque?=\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <c41e8d07-2b9a-4f6e-a3d2-60418227bb19@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return exim_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout18Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho18")
