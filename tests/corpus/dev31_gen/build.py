"""Turn the thirtieth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
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
from tests.corpus.dev31_gen.deals import DEALS
from tests.corpus.dev31_gen.layouts import ZERO_TAX, render, shows_unit
from tests.corpus.dev31_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20400109
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "All the best,\nAnna Keller\nExport Sales | Northwind Components Ltd.\nSouthampton, UK | "
                "+44 23 8063 1172 | northwind-components.example",
          "de": "Beste Grüße\nAnna Keller\nExportverkauf | Northwind Components Ltd.\nSouthampton, "
                "Großbritannien | +44 23 8063 1172",
          "es": "Un abrazo,\nAnna Keller\nVentas de exportación | Northwind Components Ltd.\n"
                "Southampton (Reino Unido) | +44 23 8063 1172",
          "fr": "Bien cordialement,\nAnna Keller\nVentes export | Northwind Components Ltd.\n"
                "Southampton (Royaume-Uni) | +44 23 8063 1172"}
STEM = {"quotation": "Quote", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "LetterAgreement", "bill_of_lading": "Waybill", "shipping_notice": "PackingSlip",
        "payment_advice": "TransferReceipt", "inspection_report": "WarrantyClaim", "purchase_order": "PurchaseOrder"}
OWN_STEM = {("BY", "purchase_order"): "Bestellung", ("KM", "purchase_order"): "BonDeCommande",
            ("BQ", "purchase_order"): "OrdenDeCompra", ("TL", "purchase_order"): "采购订单",
            ("GM", "purchase_order"): "KCP_PO", ("BS", "purchase_order"): "PO",
            ("BY", "payment_advice"): "Ueberweisung", ("KM", "payment_advice"): "Virement",
            ("BQ", "payment_advice"): "Comprobante", ("TL", "payment_advice"): "银行回单",
            ("KM", "inspection_report"): "Reclamation", ("BY", "contract"): "Vertrag",
            ("KM", "contract"): "LettreContrat", ("BQ", "contract"): "CartaContrato"}
MAIL_NUM = {"GM": "en", "BS": "en", "BY": "de", "KM": "fr", "BQ": "de", "TL": "en"}  # amounts in their mails
DUE_DAYS = {"GM": 45, "BS": 30, "BY": 45, "KM": 0, "BQ": 30, "TL": 0}
# The courier's destination code and the contents as the waybill describes them.
DEST = {"GM": ("BJL", "CASHEW PROCESSING MACHINE PARTS"), "BS": ("NAS", "WATER TREATMENT PLANT SPARE PARTS"),
        "BY": ("MSQ", "DAIRY MACHINERY SPARE PARTS"), "BQ": ("BON", "CONVEYOR AND SCREEN SPARE PARTS")}
# The claim: who raised it, the problem text, the photos line and the failed articles (place, finding, qty).
CLAIM = {
    "BS": ("Deron Rolle (Maintenance Planner)", "Three pressure transmitters read 1.5-2.0 bar high against the "
           "calibrated test gauge after 10 weeks in service on train 2 HP line; one unit output frozen at 12.4 mA. "
           "Serial nos. 40A1187, 40A1191, 40A1203.", "6 photos and the calibration sheet attached to the mail",
           ((4, "Drift +1.5 to +2.0 bar; one output frozen", 3),)),
    "KM": ("Nadjma Ahamada (Achats)", "Fuite d'huile essentielle à la soudure du robinet de soutirage du vase "
           "florentin, constatée à la 3e distillation ; suintement continu, perte estimée 0,3 l par cycle.",
           "4 photos jointes au courriel", ((2, "Soudure du robinet poreuse, fuite", 1),)),
}
PREFIX = re.compile(r"^(?:(?:RE|Re|AW|FW|Fwd|WG|TR|RV) ?: ?|(?:回复|答复)[:：] ?)+")


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling with this partner's item numbers; small consumables go by the ten, the big machined
    parts one or two at a time."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 30 else 1)
        if ln.unit_price > 800:
            qty = max(1, qty // 4)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


@dataclass
class PackingList(Doc):
    """A packing slip: labelled as a packing list, its article rows as line items without prices."""

    rows: list[Line] = field(default_factory=list)

    def label(self, source: str) -> dict:
        lb = super().label(source)
        lb["doc_type"] = "packing_list"
        lb["line_items"] = [{"sku": ln.sku, "description": ln.description, "quantity": ln.quantity,
                             "unit": ln.unit or None, "unit_price": None, "amount": None} for ln in self.rows]
        return lb


class ClaimForm(Doc):
    """The customer's warranty claim form (L292): a claim in its own right, labelled as one, not as a report on the
    goods (inspection, NCR, 8D), which is what the inspection_report slot it fills holds in the other layouts."""

    def label(self, source: str) -> dict:
        lb = super().label(source)
        lb["doc_type"] = "claim"
        return lb


class Holdout30Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":box")
        if deal.tracking == "sea":
            self.tracking = [container_number("TRH", r.randint(100000, 999999))]
        elif deal.tracking == "courier":
            self.tracking = [deal.nums["bl"]]  # the courier's waybill number is the tracking number
        self.seals = [f"TS{r.randint(1000000, 9999999)}" for _ in self.tracking]

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
        if doc_type == "shipping_notice" and layout == "L288":
            d = PackingList(**{f.name: getattr(d, f.name) for f in fields(Doc)}, rows=list(self.final_lines))
        if doc_type == "inspection_report" and layout == "L292":
            d = ClaimForm(**{f.name: getattr(d, f.name) for f in fields(Doc)})
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.update(contact=p.contact, signed_on=when.date(), due_days=DUE_DAYS[p.key])
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        n = len(self.final_lines)
        packages = 1 + (n - 1) // 3
        gross = sum(ln.quantity for ln in self.final_lines) * 0.45 + 18 * packages
        if doc.doc_type == "contract":
            c["delivery_time"] = ("within six weeks of receipt of the advance payment" if self.deal.deposit
                                  else "within four weeks of the date of this letter")
        if doc.doc_type == "shipping_notice":
            c.update(rows=[(ln, f"{1 + i // 3}/{packages}") for i, ln in enumerate(self.final_lines)],
                     packages=packages, gross=f"{gross:.1f}",
                     agent="Skylark Express" if self.deal.tracking == "courier" else "Tidereach Container Line")
        if doc.doc_type == "bill_of_lading":
            dest, goods = DEST[p.key]
            total = self.total_of(self.final_lines, Decimal(0))
            c.update(packages=packages, gross=f"{gross:.1f}", dest=dest, goods=goods,
                     terms=f"{p.incoterms.split()[0]} - duties and taxes unpaid",
                     declared=f"{p.currency} {amt(total, 'en')}")
        if doc.doc_type == "payment_advice":
            r = seeded(f"{self.deal.id}:pay")
            c["time"] = f"{r.randint(8, 16):02d}:{r.randint(0, 59):02d}"
            c["remark"] = ""
            if self.deal.deposit and self.invoice_date is None and "pi" in self.nums:
                c["remark"] = {"fr": "Acompte 30 % selon proforma", "zh": "30% 预付款 per PI"}.get(p.lang,
                                                                                          "30 % advance")
        if doc.doc_type == "inspection_report":
            by, text, photos, failed = CLAIM[p.key]
            c.update(reported_by=by, long_text=text, photos=photos, invoice=self.nums.get("inv", ""),
                     received=when.date() - dt.timedelta(days=70),
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
        p = self.p
        if p.key == "BY":
            # Swetlana's positions in German, one per line, German numbers, the conditions after the list.
            rows = "\n".join(f"Pos. {i}: {ln.quantity} {ln.unit} {ln.sku} – {ln.description} – je "
                             f"{amt(ln.unit_price, 'de')} EUR, zusammen {amt(ln.amount, 'de')} EUR"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"Bestellung Nr. {doc.number} vom {doc.date.strftime('%d.%m.%Y')}\nBesteller: {doc.buyer.name}\n"
                    f"Lieferant: {doc.seller.name}\n{rows}\nGesamtwert: {amt(doc.total, 'de')} {doc.currency}\n"
                    f"Lieferbedingung: {doc.incoterms}\nZahlung: {doc.payment_terms}")
        # Yaneisy's order from the salt pans on her phone: short lines, a dot for thousands, USD after the total.
        rows = "\n".join(f"{ln.sku} / {ln.description} / {ln.quantity} {ln.unit} x {amt(ln.unit_price, 'de')} = "
                         f"{amt(ln.amount, 'de')}" for ln in doc.lines)
        return (f"Orden {doc.number} ({doc.date.strftime('%d/%m/%Y')})\n{doc.buyer.name} -> {doc.seller.name}\n"
                f"{rows}\nTotal {amt(doc.total, 'de')} {doc.currency}, {doc.incoterms}, {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = MAIL_NUM[p.key]
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, Decimal(0))
        lines = self.list_lines
        if p.lang == "zh":
            needs = "\n".join(f"{i}. {ln.description}，{ln.quantity} {ln.unit}" for i, ln in enumerate(lines, 1))
        elif p.lang == "de":
            needs = "\n".join(f"{i}. {ln.description}, Menge {ln.quantity} {ln.unit}"
                              for i, ln in enumerate(lines, 1))
        elif p.lang == "fr":
            needs = "\n".join(f"- {ln.description} : {ln.quantity} {ln.unit}" for ln in lines)
        elif p.lang == "es":
            needs = "\n".join(f"{ln.quantity} {ln.unit}. {ln.description}" for ln in lines)
        elif p.key == "GM":
            needs = "\n".join(f"{ln.description} - {ln.quantity} pcs" for ln in lines)
        else:
            needs = "\n".join(f"({chr(97 + i)}) {ln.quantity} ea  {ln.description}" for i, ln in enumerate(lines))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Dominic, our man for West Africa, forwards the buyer's mail (attached as a message)."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(days=2, hours=3, minutes=41)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False,
                     date=when.astimezone(US_TZ), style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS,
                     cc=US_SALES, subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text=("Morning all,\n\nFatou from Kombo Cashew handed me this at the Dakar fair - small top-up "
                           "order, same terms as January. Can one of you book it and send her the invoice and the "
                           "letter? Her mail is attached as it came.\n\nThanks\nDominic\n\nDominic Achterberg | "
                           "Area Sales West Africa | Northwind Components Ltd. | +44 7700 900 514"))
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Chinese auto-reply from Dili (Spring Festival), answering our quote.
    target = next(pl for pl in deal_plans if pl.deal == "ho30-TL1" and pl.stage == "quote")
    tl = PARTNERS["TL"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=52),
        style="outlook", ui="zh", lang="zh", from_=tl.addr, to=US_SALES, cc=None,
        subject="自动回复: " + target.subject, message_id=ids.make("outlook", tl.domain),
        text="您好，来信已收到。本人 2 月 22 日至 2 月 26 日外出，期间邮件回复可能延迟。急事请联系物资部座机 "
             "+670 331 2207。\n\nThank you for your email. I am out of office and will reply when I am back.\n\n赵明辉",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. German/Russian out-of-office from Grodno, answering our shipping mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho30-BY1" and pl.stage == "shipping")
    by = PARTNERS["BY"]
    back = target.date.date() + dt.timedelta(days=7)
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=14),
        style="outlook", ui="de", lang="de", from_=by.addr, to=US_SALES, cc=None,
        subject="Automatische Antwort: " + target.subject, message_id=ids.make("outlook", by.domain),
        text=f"Ich bin bis einschließlich {back.strftime('%d.%m.%Y')} nicht im Büro. In dringenden Fällen wenden "
             "Sie sich bitte an snab@neman-moloko.example.\n\nЯ в отпуске до "
             f"{back.strftime('%d.%m.%Y')}. По срочным вопросам: snab@neman-moloko.example\n\nSwetlana Kowalewa",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 3. French auto-reply from Mutsamudu (HTML mail), answering our pro forma mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho30-KM1" and pl.stage == "order" and pl.from_ == US_SALES)
    km = PARTNERS["KM"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2),
        style="html", ui="fr", lang="fr", from_=km.addr, to=US_SALES, cc=None,
        subject="Absence : " + target.subject, message_id=ids.make("gmail", km.domain),
        text="Bonjour,\n\nje suis en mission à Moroni et je consulte mes messages de façon irrégulière. Je vous "
             "répondrai dès mon retour à Mutsamudu.\n\nNadjma Ahamada",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]))
    # 4. Bounce (Microsoft-365-style NDR): our mail to a misspelt Bonaire address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2040, 3, 6, 10, 22, 41, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Microsoft Outlook <postmaster@example.com>", to=US_SALES, cc=None,
        subject="Undeliverable: Datasheets for the brine pump impellers",
        message_id="<9c1e7f3a-52d0-4be8-a1c4-40a306102241@example.com>",
        text="y.rosario@salinera-pekelmer.example", special="ndr"))
    # 5. A newsletter from a water-treatment trade magazine.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2040, 3, 19, 7, 15, tzinfo=US_TZ), style="html", ui="en", lang="en",
        from_="Desal & Reuse Weekly <editor@desal-reuse-weekly.test>", to=ORDERS, cc=None,
        subject="Desal & Reuse Weekly #212: small-island RO after the storm season, HP pump seals, jobs",
        message_id=ids.make("gmail", "mail.desal-reuse-weekly.test"),
        text="DESAL & REUSE WEEKLY · issue 212\n\n- Case study: getting a fouled first stage back without "
             "replacing every element\n- Seal faces for high-pressure pumps: carbon or SiC?\n- 9 new job postings\n\n"
             "Read online: https://desal-reuse-weekly.test/212\n\nYou receive this because orders@example.com "
             "subscribed. Unsubscribe: https://desal-reuse-weekly.test/unsub?u=77120",
        extra_headers=[("List-Id", "Desal & Reuse Weekly <weekly.desal-reuse-weekly.test>"),
                       ("List-Unsubscribe", "<https://desal-reuse-weekly.test/unsub?u=77120>"),
                       ("Precedence", "bulk")]))
    # 6. Spam: a fake mailbox quota warning.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2040, 4, 9, 2, 51, 7, tzinfo=ZoneInfo("America/Sao_Paulo")), style="html", ui="en",
        lang="en", from_="IT Helpdesk <support@mailbox-quota-check.test>", to=ORDERS, cc=None,
        subject="Action required: orders@example.com has reached 98% of its storage",
        message_id=ids.make("gmail", "mailbox-quota-check.test"),
        text="Your mailbox orders@example.com is almost full. Incoming messages will be rejected in 24 hours.\n\n"
             "Verify your account to get 50 GB free: https://mailbox-quota-check.test/verify?u=orders\n\n"
             "IT Helpdesk",
        extra_headers=[("Reply-To", "helpdesk-noreply@quota-mail.test")]))
    # 7. Internal note from accounts: never change bank details on request by email.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2040, 2, 27, 9, 3, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Harriet Okonjo <harriet.okonjo@example.com>", to=ORDERS, cc=US_SALES,
        subject="Reminder: bank detail changes - phone check only",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\ntwo of our suppliers were hit by fake 'new bank account' emails last month. If a "
             "customer or supplier asks us to change bank details, or says ours have changed, do not act on the "
             "email - call them on the number in our system and copy me. Our own details have not changed.\n\n"
             "Thanks\nHarriet\nCredit Control | Northwind Components Ltd."))
    return out


def ndr(pl: Plan) -> EmailMessage:
    """A Microsoft-365-style non-delivery report: multipart/report with the notice, the delivery status and the
    returned headers."""
    failed = pl.text
    domain = failed.split("@")[1]
    sent = pl.date - dt.timedelta(seconds=6)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"Your message to {failed} couldn't be delivered.\n\n{domain} couldn't be found. The domain name may "
            "be misspelled or may not exist any more.\n\nAnna Keller    Office 365    " + domain + "\nSender    "
            "Action required    Recipient\n\nHow to fix it: check the spelling of the address and send the "
            "message again.\n\nDiagnostic information for administrators:\nRemote server returned "
            f"'550 5.4.310 DNS domain {domain} does not exist [Message=InfoDomainNonexistent]'\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; AM9PR01MB7712.eurprd01.prod.example.com"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.4.310"
    per_rcpt["Diagnostic-Code"] = f"smtp; 550 5.4.310 DNS domain {domain} does not exist"
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"From: Anna Keller <anna.keller@example.com>\r\nTo: {failed}\r\nSubject: Datasheets for the brine pump "
        f"impellers\r\nDate: {format_datetime(sent)}\r\n"
        "Message-ID: <AM9PR01MB77120B4F2C1D40A3@AM9PR01MB7712.eurprd01.prod.example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "ndr":
        return ndr(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout30Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho30")
