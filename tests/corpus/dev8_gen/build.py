"""Turn the seventh holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery (dev4's, with dev7's date pinning
# and deposit reference), conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev3_gen.layouts import day
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev7_gen.build import Holdout6Builder
from tests.corpus.dev7_gen.build import lines_for as dev7_lines
from tests.corpus.dev8_gen.deals import DEALS
from tests.corpus.dev8_gen.layouts import render, shows_unit
from tests.corpus.dev8_gen.world import ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20270311
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nSales Manager Export\nNorthwind Components Ltd. | 12 Dockside Road, Southampton\n"
                "T +44 23 8063 1170 | www.example.com",
          "de": "Anna Keller\nVertrieb Export\nNorthwind Components Ltd. | 12 Dockside Road, Southampton\n"
                "T +44 23 8063 1170",
          "es": "Anna Keller\nDirectora de Exportación\nNorthwind Components Ltd. | Southampton, Reino Unido\n"
                "T +44 23 8063 1170",
          "fr": "Anna Keller\nResponsable export\nNorthwind Components Ltd. | Southampton, Royaume-Uni\n"
                "T +44 23 8063 1170"}
STEM = {"inspection_report": "NCR", "quotation": "NW_Quotation", "proforma_invoice": "ProForma", "commercial_invoice": "Invoice",
        "contract": "SalesAgreement", "shipping_notice": "ShippingNotice", "payment_advice": "ProofOfPayment"}
PO_STEM = {"HU": "Bestellung", "PT": "NotaEncomenda", "JP": "PurchaseOrder", "TN": "BonDeCommande"}
PAY_STEM = {"PT": "Justificante"}
SALUTATION = {"HU": "Ms Horváth", "PT": "Ms Carvalho", "JP": "Mr Watanabe", "ZA": "Mr Mokoena",
              "TN": "Ms Ben Salah", "SG": "Ms Ng"}
DUE_DAYS = {"HU": 45, "PT": 60, "JP": 30, "ZA": 30, "TN": 60, "SG": 0}
SEA = {"JP": ("KANSAI HARMONY / 0623E", "OSAKA, JP", "MACHINE TOOL SPARE PARTS"),
       "ZA": ("MSC DURBAN STAR / NA626R", "DURBAN, ZA", "CONVEYOR AND SCREENING SPARES"),
       "TN": ("CMA CGM CARTHAGE / 0TN7WS", "RADES, TN", "FOOD PROCESSING SPARE PARTS"),
       "SG": ("EVER LIBERTY / 1190-032E", "SINGAPORE, SG", "PACKAGING MACHINE PARTS")}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """dev7's article cycling, printed with this partner's own item-number pattern; small wear parts go by the
    hundred."""
    out = []
    for ln in dev7_lines(deal, p, rng):
        code, n = ln.sku.rsplit(".", 1)
        qty = ln.quantity * (10 if ln.unit_price < 5 else 1)
        out.append(Line(p.ctx["sku"].format(code=code, n=int(n)), ln.description, qty, ln.unit, ln.unit_price))
    return out


class Holdout7Builder(Holdout6Builder):
    """dev4's deal machinery (through dev7's subclass) with this holdout's partners, layouts and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":track")
        if deal.tracking == "container":
            self.tracking = [container_number(self.p.ctx["owner"], r.randint(100000, 999999))]
        else:  # a road haulier's consignment number
            self.tracking = [f"NWR{r.randint(10**7, 10**8 - 1)}GB"]
        self.pieces = [f"{r.randint(4, 16)} PALLETS"]  # dev4's per-container list, which dev7 made a count

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "purchase_order" and "q" in self.nums:
            d.extra = [*d.extra, ("quote_ref", self.nums["q"])]  # SAP and letter orders quote the offer
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        if doc.doc_type == "inspection_report":
            # dev4's context looks for its own partner's coupling; this report names the screen panel the claim is about.
            c = {**p.ctx, "signed_on": when.date()}
            bad = next(ln for ln in self.final_lines if ln.sku.startswith("SCP-16"))
            c.update(part=bad.sku, part_desc=bad.description, qty=bad.quantity)
        else:
            c = dev4.DealBuilder.ctx(self, doc, when)
        c.update(contact=p.contact, salutation=SALUTATION[p.key], due_days=DUE_DAYS[p.key],
                 enquiry_on=self.deal.start)
        if self.deal.deposit:
            c["deposit"] = Decimal("0.3")
        if p.key in SEA:
            c["vessel"], c["pod"], c["goods"] = SEA[p.key]
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        key = self.p.key
        stem = {"purchase_order": PO_STEM.get(key, "PO"),
                "payment_advice": PAY_STEM.get(key, STEM["payment_advice"])}.get(doc.doc_type) or STEM[doc.doc_type]
        return f"{stem}_{doc.number}.{fmt}"

    def order_block(self, doc: Doc) -> str:
        """Orders typed into the mail: Thabo's plain list, Hui Min's Chinese table."""
        if self.p.key == "SG":
            rows = "\n".join(f"{i} | {ln.sku} | {ln.description} | {ln.quantity} | {ln.unit} | "
                             f"{amt(ln.unit_price, 'en')} | {amt(ln.amount, 'en')}"
                             for i, ln in enumerate(doc.lines, start=1))
            return (f"采购订单号：{doc.number}\n日期：{day(doc.date, 'zh_slash')}\n买方：{doc.buyer.name}\n"
                    f"卖方：{doc.seller.name}\n\n序号 | 货号 | 品名 | 数量 | 单位 | 单价 {doc.currency} | 金额 "
                    f"{doc.currency}\n{rows}\n\n合计：{doc.currency} {amt(doc.total, 'en')}\n"
                    f"贸易条款：{doc.incoterms}\n付款方式：{doc.payment_terms}")
        rows = "\n".join(f"{ln.quantity} x {ln.sku}  {ln.description}  ({ln.unit})  @ {amt(ln.unit_price, 'en')}"
                         f"  = {amt(ln.amount, 'en')}" for ln in doc.lines)
        return (f"PURCHASE ORDER: {doc.number}\nDate: {day(doc.date, 'iso')}\nFrom: {doc.buyer.name}\n"
                f"To: {doc.seller.name}\nCurrency: {doc.currency}\n\n{rows}\n\nOrder total: {doc.currency} "
                f"{amt(doc.total, 'en')}\nDelivery: {doc.incoterms}\nTerms: {doc.payment_terms}")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        needs = "\n".join(f"- {ln.quantity} {ln.unit}  {ln.description}" for ln in self.list_lines)
        return {**super().fill(docs, body_docs), "needs": needs}


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Out-of-office from Osaka (English, Outlook) to our commercial invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho7-JP1" and pl.subject.startswith("Commercial invoice"))
    jp = PARTNERS["JP"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=51),
        style="outlook", ui="en", lang="en", from_=jp.addr, to=ORDERS, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", jp.domain),
        text="[This is an automatic reply]\n\nI am on a business trip to our affiliated plant in Rayong, Thailand, "
             "and will read your e-mail after I am back in Osaka. If your matter concerns shipping documents or "
             "payment, please write to procurement@kansai-seimitsu.example so that my colleagues can handle it."
             "\n\nKenji Watanabe\nOverseas Procurement, Kansai Seimitsu Kikai Co., Ltd.",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. French out-of-office from Hammamet (Apple Mail), to our contract mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho7-TN1" and pl.stage == "contract" and pl.from_ == US_SALES)
    tn = PARTNERS["TN"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=2, seconds=4),
        style="apple", ui="fr", lang="fr", from_=tn.addr, to=ORDERS, cc=None,
        subject="Absence du bureau : " + target.subject, message_id=ids.make("apple", tn.domain),
        text="Merci pour votre message.\n\nEn pleine campagne tomate, je suis à l'usine de Menzel Bouzelfa et ne "
             "consulte mes e-mails que ponctuellement. Pour les commandes en cours, M. Karim Trabelsi "
             "(achats@conserverie-capbon.example, +216 72 283 420) vous répondra.\n\nLeïla Ben Salah",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))
    # 3. Sendmail bounce for a mistyped South African address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 6, 22, 14, 3, 27, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery Subsystem <MAILER-DAEMON@relay2.example.com>", to=ORDERS, cc=None,
        subject="Returned mail: see transcript for details",
        message_id="<202606221303.65MD3R2f018842@relay2.example.com>",
        text="thabo.m@highveld-spare.example", special="sendmail"))
    # 4. Newsletter (English bulk-handling trade digest).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 9, 3, 6, 30, tzinfo=ZoneInfo("Europe/London")), style="html", ui="en", lang="en",
        from_="Bulk Handling Digest <digest@bulkhandling-digest.test>", to=ORDERS, cc=None,
        subject="This week: belt-tracking tips, screen media trends and the autumn trade fair calendar",
        message_id=ids.make("apple", "mail.bulkhandling-digest.test"),
        text="BULK HANDLING DIGEST – 3 September 2026\n\n1. Five belt-tracking problems and how to fix them\n"
             "2. Polyurethane or rubber? Screen media trends in 2026\n3. Trade fair calendar: September to "
             "November\n\nRead online: https://bulkhandling-digest.test/issues/2026-36\n\nYou are receiving this "
             "because you subscribed at bulkhandling-digest.test. Manage preferences or unsubscribe: "
             "https://bulkhandling-digest.test/unsubscribe",
        extra_headers=[("List-Id", "Bulk Handling Digest <weekly.bulkhandling-digest.test>"),
                       ("List-Unsubscribe", "<mailto:unsubscribe@bulkhandling-digest.test?subject=unsubscribe>, "
                                            "<https://bulkhandling-digest.test/unsubscribe?u=5521>"),
                       ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID3f81aa**")]))
    # 5. Spam: search-engine-optimisation cold offer posing as a reply.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 5, 26, 3, 17, 9, tzinfo=ZoneInfo("Asia/Kolkata")), style="html", ui="en", lang="en",
        from_="Rohan | Digital Growth <rohan.seo@rank-first-agency.test>", to=ORDERS, cc=None,
        subject="Re: Page 1 on Google for example.com?",
        message_id=ids.make("apple", "rank-first-agency.test"),
        text="Hi there,\n\nI was checking example.com and noticed it is not ranking for important keywords in your "
             "industry. Our team can bring you to page 1 of Google within 90 days – guaranteed – for a small "
             "monthly fee.\n\nShall I send you a FREE website audit and price list? Just reply YES.\n\nBest,\nRohan"
             "\nSenior SEO Consultant\n\nIf you are not interested, reply STOP.",
        extra_headers=[("Reply-To", "rohan.rankfirst@freemail.test")]))
    # 6. Internal note.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 7, 8, 15, 42, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Fiona Marsh <fiona.marsh@example.com>", to=ORDERS, cc=None,
        subject="Car park resurfacing 14-15 July",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nthe front car park at Dockside Road is being resurfaced on Tuesday 14 and Wednesday 15 "
             "July. Please use the overflow spaces behind building C on those two days; visitors can park at the "
             "gatehouse. Deliveries and collections use the rear gate as usual.\n\nThanks,\nFiona\n--\nFiona Marsh "
             "| Facilities | Northwind Components Ltd."))
    return out


def sendmail_bounce(pl: Plan) -> EmailMessage:
    """A Sendmail delivery failure: multipart/report with the transcript, delivery-status and returned headers."""
    failed = pl.text
    host = failed.split("@")[1]
    queued = pl.date - dt.timedelta(seconds=6)
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-generated (failure)"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    text = (f"The original message was received at {format_datetime(queued)}\nfrom mail.example.com [192.0.2.25]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n"
            f"<{failed}>\n    (reason: 550 5.1.1 <{failed}>... User unknown)\n\n"
            "   ----- Transcript of session follows -----\n"
            f"... while talking to mx.{host}.:\n>>> DATA\n<<< 550 5.1.1 <{failed}>... User unknown\n"
            "550 5.1.1 <{0}>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n".format(failed))
    first = EmailMessage(policy=M.POLICY)
    first.set_content(text)
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.attach(first)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; relay2.example.com"
    per_msg["Received-From-MTA"] = "DNS; mail.example.com"
    per_msg["Arrival-Date"] = format_datetime(queued)
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"RFC822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"DNS; mx.{host}"
    per_rcpt["Diagnostic-Code"] = "SMTP; 550 5.1.1 User unknown"
    per_rcpt["Last-Attempt-Date"] = format_datetime(pl.date)
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers.set_payload(
        f"Return-Path: <orders@example.com>\r\nReceived: from mail.example.com (mail.example.com [192.0.2.25])\r\n"
        f"\tby relay2.example.com (8.17.1/8.17.1) with ESMTP id 65MD3R2f018840; {format_datetime(queued)}\r\n"
        f"From: Northwind Orders <orders@example.com>\r\nTo: {failed}\r\nSubject: Sailing date for your spares\r\n"
        f"Date: {format_datetime(queued)}\r\nMessage-ID: <20260622130321.4F1A@example.com>\r\n")
    msg.attach(headers)
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "sendmail":
        return sendmail_bounce(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, Holdout7Builder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho7")
