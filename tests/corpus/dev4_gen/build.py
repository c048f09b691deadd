"""Turn the third holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tempfile
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-ID shapes, plan/attachment records, PDF conversion and pinning, label assembly.
from tests.corpus.dev3_gen.build import Att, Ids, Plan, all_atts, convert, label_of
from tests.corpus.dev4_gen.deals import DEALS
from tests.corpus.dev4_gen.layouts import Rendered, amt, day, render, shows_unit
from tests.corpus.dev4_gen.world import COLLEAGUE, ORDERS, PARTNERS, US, US_SALES, Deal, Partner, Step
from tests.corpus.docs import Doc, Line, container_number, ups_number

SEED = 20261203
CENT = Decimal("0.01")
REQUIRED = ("purchase_order", "commercial_invoice", "contract")
US_TZ = ZoneInfo("Europe/London")
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
KIND_OF_STAGE = {"enquiry": "enquiry", "quote": "quote", "negotiation": "quote", "contract": "order",
                 "order": "order", "payment": "order", "production": "order", "shipping": "order",
                 "receipt": "order", "claim": "claim", "auto": "other", "unknown": "other"}
STEM = {"purchase_order": "PurchaseOrder", "commercial_invoice": "Invoice", "proforma_invoice": "ProForma",
        "quotation": "Quote", "contract": "SupplyAgreement", "payment_advice": "Remittance",
        "shipping_notice": "ShippingAdvice", "bill_of_lading": "SeaWaybill", "inspection_report": "NCR"}
STEM_LANG = {("R", "purchase_order"): "OrdenCompra", ("R", "payment_advice"): "AvisoPago",
             ("S", "purchase_order"): "採購單", ("T", "commercial_invoice"): "Rechnung",
             ("T", "contract"): "Liefervertrag", ("U", "purchase_order"): "BonCommande", ("U", "quotation"): "Devis"}
US_SIG = {"en": "Anna Keller\nSales Manager Export | Northwind Components Ltd.\n+44 23 8063 1170",
          "es": "Anna Keller\nGerente de Ventas Exportación | Northwind Components Ltd.\n+44 23 8063 1170",
          "de": "Anna Keller\nVerkauf Export | Northwind Components Ltd.\n+44 23 8063 1170",
          "fr": "Anna Keller\nDirectrice des ventes export | Northwind Components Ltd.\n+44 23 8063 1170"}


def seeded(name: str) -> random.Random:
    """One random stream per deal, so adding a deal changes nothing in the others."""
    return random.Random(f"{SEED}:{name}")


def money(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    out, used = [], set()
    for i in range(deal.nlines):
        code, desc, base, sizes = p.products[i % len(p.products)]
        size = sizes[(i // len(p.products) + rng.randrange(len(sizes))) % len(sizes)]
        price = money(Decimal(base) * (1 + Decimal(size) / 120))
        sku = f"{code}{size:03d}-{i + 1:02d}{'TRKMZ'[i % 5]}"
        assert sku not in used
        used.add(sku)
        out.append(Line(sku, desc.format(n=size), rng.choice(p.qtys), p.unit, price))
    return out


class DealBuilder:
    """One deal's messages: thread, business numbers, documents and the missing-document verdicts."""

    # Class attributes so a later holdout can subclass with its own partners, lines, layouts and signature.
    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        self.deal = deal
        self.p = self.partners[deal.partner]
        self.rng = seeded(deal.id)
        self.ids = Ids(seeded(deal.id + ":ids"))
        self.nums = {"po": deal.po, **deal.nums}
        self.list_lines = self.make_lines(deal, self.p, self.rng)
        self.final_lines = ([Line(ln.sku, ln.description, ln.quantity, ln.unit, money(ln.unit_price * deal.discount))
                             for ln in self.list_lines] if deal.discount else self.list_lines)
        r = self.rng
        if deal.tracking == "container":
            owner = {"Q": "ONE", "R": "HMM", "S": "EGH", "T": "CMA"}.get(deal.partner, "ZIM")
            n = 2 if deal.nlines > 20 else 1
            self.tracking = [container_number(owner, r.randint(100000, 999999)) for _ in range(n)]
        else:
            self.tracking = [ups_number(f"{r.randint(100, 999)}W{r.randint(10, 99)}", "04", r.randint(10**6, 10**7 - 1))]
        self.seals = [f"NW{r.randint(100000, 999999)}" for _ in self.tracking]
        self.weights = [f"{r.randint(3000, 16000):,} KGS" for _ in self.tracking]
        self.pieces = [f"{r.randint(3, 18)} PALLETS" for _ in self.tracking]
        self.vessel = {"Q": "ONE COMPETENCE / 018W", "R": "HMM GARNET / 0031W", "S": "EVER GIVEN / 1127-041E",
                       "T": "CMA CGM RHONE / 0NR2RN"}.get(deal.partner, "")
        self.sent: list[M.Sent] = []
        self.seen: set[str] = set()
        self.ordered = False
        self.invoice_date: dt.date | None = None

    def total_of(self, lines: list[Line], tax: Decimal | None) -> Decimal:
        return Doc("x", None, date=dt.date(2026, 1, 1), buyer=None, seller=None, lines=lines, tax_rate=tax).total

    def unitless(self, lines: list[Line], layout: str) -> list[Line]:
        """Layouts without a unit column: the label's unit is null, as the document does not show one."""
        if self.shows_unit(layout):
            return lines
        return [Line(ln.sku, ln.description, ln.quantity, None, ln.unit_price) for ln in lines]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        p, n = self.p, self.nums
        layout = p.layouts[doc_type][0] if doc_type in p.layouts else ""
        common = {"date": day_, "buyer": p.company, "seller": US, "currency": p.currency}
        final = self.unitless(self.final_lines, layout) if layout else self.final_lines
        if doc_type == "quotation":
            return Doc("quotation", n["q"], lines=self.unitless(self.list_lines, layout), tax_rate=p.tax_rate,
                       incoterms=p.incoterms, payment_terms=p.payment_terms, **common)
        if doc_type == "purchase_order":
            extra = [("quote_ref", n["q"])] if "q" in n and layout in ("L23", "L26") else []
            return Doc("purchase_order", n["po"], lines=final, tax_rate=p.po_tax, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, extra=extra, **common)
        if doc_type == "proforma_invoice":
            return Doc("proforma_invoice", n["pi"], lines=final, tax_rate=p.tax_rate, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, **common)
        if doc_type == "commercial_invoice":
            self.invoice_date = day_
            return Doc("commercial_invoice", n["inv"], order_number=n["po"], lines=final, tax_rate=p.tax_rate,
                       incoterms=p.incoterms, payment_terms=p.payment_terms, **common)
        if doc_type == "contract":
            return Doc("contract", n["ctr"], order_number=n["po"] if (self.ordered or with_po) else None,
                       lines=final, tax_rate=None, incoterms=p.incoterms, payment_terms=p.payment_terms,
                       signed=bool(signed), signatories=(p.contact, "Anna Keller"), **common)
        if doc_type == "payment_advice":
            total = self.total_of(self.final_lines, p.tax_rate)
            paid = money(total * Decimal("0.3")) if self.deal.deposit else total
            return Doc("payment_advice", n["pay"], order_number=n["po"], paid_amount=paid,
                       extra=[("invoice_ref", n["inv"])], **common)
        if doc_type == "shipping_notice":
            return Doc("shipping_notice", n["sn"], order_number=n["po"], incoterms=p.incoterms,
                       tracking_numbers=list(self.tracking), **{**common, "currency": None})
        if doc_type == "bill_of_lading":
            return Doc("bill_of_lading", n["bl"], order_number=n["po"], tracking_numbers=list(self.tracking),
                       **{**common, "currency": None})
        if doc_type == "inspection_report":
            return Doc("inspection_report", n["ir"], order_number=n["po"], extra=[("claim_ref", n["claim"])],
                       **{**common, "currency": None})
        raise ValueError(doc_type)

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c.setdefault("sym", p.currency)
        c["footer"] = ("Northwind Components Ltd. · Company No. 04417321 · VAT GB 284 1177 42 · "
                       "12 Dockside Road, Southampton SO14 3AB")
        c["signed_on"] = when.date()
        if doc.doc_type == "payment_advice":
            c["invoice_amount"] = self.total_of(self.final_lines, p.tax_rate)
            c["invoice_date"] = self.invoice_date or when.date()
            c["remark"] = "30% deposit as per pro-forma invoice" if self.deal.deposit else ""
        if doc.doc_type == "inspection_report":
            # The part the claim mail names: the 24 mm bellows coupling.
            bad = next(ln for ln in self.final_lines if ln.description == "Bellows coupling bore 24 mm")
            c["received"] = when.date() - dt.timedelta(days=3)
            c["findings"] = [(bad.sku, "Bore diameter", "Ø24 H7", "Ø19 (3 of 8 sampled)", "3"),
                             (bad.sku, "Marking / label", "Part no. on label", "OK", "0")]
        if doc.doc_type in ("bill_of_lading", "shipping_notice"):
            c.update(seals=self.seals, weights=self.weights, pieces=self.pieces, vessel=self.vessel,
                     forwarder="Hampshire Global Logistics Ltd",
                     fwd_addr="Unit 7, Western Docks, Southampton SO15 1AA · hgl-freight.example",
                     etd=when.date(), eta=when.date() + dt.timedelta(days=28),
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT")
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = STEM_LANG.get((self.p.key, doc.doc_type), STEM[doc.doc_type])
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Reto's order typed into the mail, Swiss style (1'234.50)."""
        rows = "\n".join(f"{i}. {ln.sku}  {ln.description}  –  {ln.quantity} {ln.unit} à CHF {amt(ln.unit_price, 'ch')}"
                         f" = CHF {amt(ln.amount, 'ch')}" for i, ln in enumerate(doc.lines, start=1))
        return (f"Bestellung Nr. {doc.number} vom {day(doc.date, 'dot')}\nBesteller: {doc.buyer.name}\n"
                f"Lieferant: {doc.seller.name}\n\n{rows}\n\nTotal netto: CHF {amt(doc.total, 'ch')}\n"
                f"Lieferbedingung: {doc.incoterms}\nZahlung: {doc.payment_terms}\nWährung: {doc.currency}")

    def plans(self) -> list[Plan]:
        out: list[Plan] = []
        when_day = self.deal.start
        base: str | None = None
        for i, step in enumerate(self.deal.steps):
            if i:
                when_day += dt.timedelta(days=step.gap)
            while when_day.weekday() >= 5:  # business mail on working days only
                when_day += dt.timedelta(days=1)
            tz = US_TZ if step.by != "partner" else ZoneInfo(self.p.tz)
            when = dt.datetime(when_day.year, when_day.month, when_day.day, self.rng.randint(7, 17),
                               self.rng.randint(0, 59), self.rng.randint(0, 59), tzinfo=tz)
            pl = self.plan(step, when, base)
            out.append(pl)
            if base is None:
                base = pl.inner.subject if pl.inner is not None else pl.subject
        return out

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        p = self.p
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        style = {"es": "en", "de": "ch", "fr": "fr"}.get(p.lang, "en")
        needs = "\n".join(f"* {ln.description} – {ln.quantity} {ln.unit}" for ln in self.list_lines[:10])
        if len(self.list_lines) > 10:
            needs += f"\n* … and {len(self.list_lines) - 10} further items as per our list"
        return {**self.nums, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style) if pay else ''}", "track": ", ".join(self.tracking),
                "needs": needs, "order_block": self.order_block(body_docs[0]) if body_docs else ""}

    def plan(self, step: Step, when: dt.datetime, base: str | None) -> Plan:
        p = self.p
        with_po = any(t == "purchase_order" for t, _ in step.docs) or step.body_order
        docs = [self.doc(t, when.date(), step.signed, with_po) for t, _ in step.docs]
        body_docs = []
        if step.body_order:
            body_docs = [Doc("purchase_order", self.nums["po"], date=when.date(), buyer=p.company, seller=US,
                             currency=p.currency, lines=self.final_lines, incoterms=p.incoterms,
                             payment_terms=p.payment_terms)]
        lang = p.lang if step.by == "partner" else (p.us_lang if step.by == "us" else "en")
        subj_tpl, body_tpl = step.text
        f = self.fill(docs, body_docs)
        text = body_tpl.format(**f)
        if step.by == "partner":
            sender, style, ui, to, cc = p.addr, p.style, p.ui, ORDERS, US_SALES if p.key in "QS" else None
            text += p.sig
        elif step.by == "us":
            sender, style, ui, to, cc = US_SALES, "outlook", "en", p.addr, ORDERS
            text += self.us_sig[lang]
        else:
            sender, style, ui, to, cc = COLLEAGUE, "outlook", "en", ORDERS, None
        prev = self.sent[-1] if self.sent and not step.new_thread else None
        if subj_tpl and (step.new_thread or base is None):
            subject = subj_tpl.format(**f)
        else:
            prefix = p.reply_prefix if step.by == "partner" else "RE: "
            subject = prefix + (base or self.nums["po"])
        domain = sender.split("@")[1].rstrip(">")
        pl = Plan(deal=self.deal.id, stage=step.stage, kind=KIND_OF_STAGE[step.stage],
                  autoreply=step.by == "partner", date=when, style=style, ui=ui, lang=lang, from_=sender, to=to,
                  cc=cc, subject=subject, message_id=self.ids.make(style, domain), text=text, body_docs=body_docs)
        if prev is not None:
            pl.prev = prev
            pl.in_reply_to = prev.message_id
            pl.references = (prev.references + [prev.message_id])[-6:]
        for (dtype, fmt), d in zip(step.docs, docs, strict=True):
            layout, st = p.layouts[dtype]
            att = Att(d, layout, st, self.ctx(d, when), fmt, self.filename(d, fmt))
            att.visible = {x for x in (d.number, d.order_number, *(v for _, v in d.extra)) if x}
            pl.atts.append(att)
        if step.forward:
            pl = self.forwarded(pl, when)
        self.sent.append(M.Sent(pl.from_, pl.to, pl.date, pl.subject, pl.text, pl.message_id, pl.references))
        for d in docs + body_docs:
            if d.doc_type != "contract" or d.signed:
                self.seen.add(d.doc_type)
        if step.stage == "order":
            self.ordered = True
        if self.ordered:
            pl.case_missing = [r for r in REQUIRED if r not in self.seen]
        if step.stage in ("order", "contract"):
            have = {d.doc_type for d in docs + body_docs if d.doc_type != "contract" or d.signed}
            pl.message_missing = [r for r in REQUIRED if r not in have]
        return pl

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        """Tom forwards the partner's order mail inline-attached (message/rfc822) to the orders mailbox."""
        p = self.p
        inner.from_, inner.to, inner.cc = p.addr, COLLEAGUE, None
        inner.style, inner.ui, inner.lang = p.style, p.ui, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=3)
        inner.text = inner.text + p.sig
        inner.autoreply = False
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when,
                     style="outlook", ui="en", lang="en", from_=COLLEAGUE, to=ORDERS, cc=None,
                     subject="FW: " + inner.subject, message_id=self.ids.make("outlook", "example.com"),
                     text="Hi team,\n\nTomasz from Wisła sent this to me directly after Hannover Messe - please book "
                          "it in and send him the agreement and invoice. Original mail attached.\n\nThanks,\nTom\n--\n"
                          "Tom Okafor | Key Account Manager CEE | Northwind Components Ltd.")
        outer.inner = inner
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Out-of-office (English, Outlook) from Italy to our invoice in deal Q1.
    target = next(pl for pl in deal_plans if pl.deal == "ho3-Q1" and pl.stage == "order" and pl.from_ == US_SALES)
    q = PARTNERS["Q"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=23),
        style="outlook", ui="en", lang="en", from_=q.addr, to=ORDERS, cc=None,
        subject="Automatic reply: " + target.subject, message_id=ids.make("outlook", q.domain),
        text="Thank you for your message. I am out of the office until Monday with no access to e-mail. For "
             "urgent matters please contact acquisti@omb-brianza.example.\n\nGiulia Ferraro",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    # 2. French out-of-office (Gmail vacation responder) from Québec.
    target = next(pl for pl in deal_plans if pl.deal == "ho3-U1" and pl.stage == "quote")
    u = PARTNERS["U"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=1),
        style="gmail", ui="fr", lang="fr", from_=u.addr, to=ORDERS, cc=None,
        subject="Réponse automatique : absent du bureau", message_id=ids.make("gmail", u.domain),
        text="Bonjour,\n\nje suis en vacances jusqu'au 25 mai inclusivement. Pour toute urgence, veuillez "
             "communiquer avec achats@usinage-laurentides.test.\n\nMarc-André Gagnon",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]))
    # 3. Postfix bounce for a mistyped address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 2, 11, 9, 41, 3, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <MAILER-DAEMON@mx2.example.com>", to=ORDERS, cc=None,
        subject="Undelivered Mail Returned to Sender",
        message_id="<20260211094103.7C1E4620A7@mx2.example.com>",
        text="avilasenor@maquinados-bajio.example", special="bounce"))
    # 4. Newsletter (Spanish trade fair).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 3, 24, 6, 15, tzinfo=ZoneInfo("America/Mexico_City")), style="html", ui="es",
        lang="es", from_="Expo Manufactura <boletin@expomanufactura.test>", to=ORDERS, cc=None,
        subject="Expo Manufactura 2026: registro anticipado y conferencias",
        message_id=ids.make("apple", "news.expomanufactura.test"),
        text="Boletín de marzo\n\n• Registro anticipado sin costo hasta el 30 de abril\n• Conferencia: "
             "automatización en la industria automotriz del Bajío\n• Nuevo pabellón de herramientas de corte\n\n"
             "Ver en el navegador: https://expomanufactura.test/boletin/2026-03\n\nRecibe este correo porque se "
             "registró en nuestra exposición. Cancelar suscripción: https://expomanufactura.test/baja",
        extra_headers=[("List-Id", "Boletin Expo Manufactura <boletin.expomanufactura.test>"),
                       ("List-Unsubscribe", "<https://expomanufactura.test/baja?u=5521>"),
                       ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer")]))
    # 5. Spam (English fake "shared document").
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 5, 6, 3, 48, 12, tzinfo=ZoneInfo("Europe/Kyiv")), style="html", ui="en",
        lang="en", from_="DocuShare Notification <notify@docu-share-secure.test>", to=ORDERS, cc=None,
        subject="orders@example.com: You have (1) new remittance document pending",
        message_id=ids.make("apple", "docu-share-secure.test"),
        text="A remittance document has been shared with you.\n\nREVIEW DOCUMENT: "
             "http://docu-share-secure.test/view?id=orders\n\nThis link expires in 24 hours. Sign in with your email "
             "password to view.",
        extra_headers=[("Reply-To", "billing-team@freemail.test")]))
    # 6. Internal note.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 6, 2, 8, 30, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Priya Nair <priya.nair@example.com>", to=ORDERS, cc=None,
        subject="Warehouse stocktake 30 June – no dispatches that day",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\njust a reminder that the half-year stocktake is on 30 June. The warehouse will not "
             "dispatch anything that day, please plan collections around it.\n\nThanks,\nPriya\n--\nPriya Nair | "
             "Logistics Coordinator | Northwind Components Ltd."))
    return out


def bounce_message(pl: Plan) -> EmailMessage:
    """A Postfix non-delivery report: multipart/report with the text part, delivery-status and headers."""
    failed = pl.text
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Date", format_datetime(pl.date)),
                 ("Subject", pl.subject), ("Message-ID", pl.message_id), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0")]:
        msg[k] = v
    text = ("This is the mail system at host mx2.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete "
            "your own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{failed}>: host mx1.maquinados-bajio.example[192.0.2.44] said: 550\n    5.1.1 <{failed}>: Recipient "
            "address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    notice = EmailMessage(policy=M.POLICY)
    notice.set_content(text)
    notice["Content-Description"] = "Notification"
    msg.attach(notice)
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    status["Content-Description"] = "Delivery report"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx2.example.com"
    per_msg["X-Postfix-Queue-ID"] = "7C1E4620A7"
    per_msg["X-Postfix-Sender"] = "rfc822; orders@example.com"
    per_msg["Arrival-Date"] = format_datetime(pl.date - dt.timedelta(seconds=2))
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Original-Recipient"] = f"rfc822;{failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = "dns; mx1.maquinados-bajio.example"
    per_rcpt["Diagnostic-Code"] = (f"smtp; 550 5.1.1 <{failed}>: Recipient address rejected: User unknown in "
                                   "virtual mailbox table")
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)
    headers = EmailMessage(policy=M.POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers["Content-Description"] = "Undelivered Message Headers"
    headers.set_payload(
        "Received: by mx2.example.com (Postfix, from userid 1001)\r\n\tid 7C1E4620A7; "
        f"{format_datetime(pl.date - dt.timedelta(seconds=2))}\r\nFrom: Northwind Orders <orders@example.com>\r\n"
        f"To: {failed}\r\nSubject: Lead time for carbide inserts\r\n"
        "Message-ID: <20260211094101.5A2B3C@example.com>\r\n")
    msg.attach(headers)
    return msg


# ------------------------------------------------------------------------------------------------

def build(deals: list[Deal] = DEALS, builder: type[DealBuilder] = DealBuilder,
          misc: Callable[[list[Plan]], list[Plan]] = misc_plans) -> list[Plan]:
    builders = [builder(d) for d in deals]
    plans = [pl for b in builders for pl in b.plans()]
    plans += misc(plans)
    plans.sort(key=lambda pl: pl.date)
    numbers = [b.nums[k] for b in builders for k in ("po", "q", "pi", "inv", "ctr", "claim") if k in b.nums]
    for pl in plans:
        hay = " ".join([pl.subject, pl.text, pl.prev.text if pl.prev else "",
                        (pl.inner.subject + " " + pl.inner.text) if pl.inner else ""])
        shown = {x for a in all_atts(pl) for x in a.visible} | {d.number for d in pl.body_docs if d.number}
        pl.refs = [x for x in numbers if x in hay or x in shown]
    return plans


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "bounce":
        return bounce_message(pl)
    atts = [(a.filename, files[a.key], MIME[a.fmt]) for a in pl.atts]
    forwarded = assemble(pl.inner, files) if pl.inner is not None else None
    return M.build(style=pl.style, lang=pl.ui, from_=pl.from_, to=pl.to, cc=pl.cc, subject=pl.subject, date=pl.date,
                   message_id=pl.message_id, text=pl.text, prev=pl.prev, in_reply_to=pl.in_reply_to,
                   references=pl.references, attachments=atts, extra_headers=pl.extra_headers, forwarded=forwarded)


def generate(out_dir: Path, *, pdf: bool = True, build_fn: Callable[[], list[Plan]] = build,
             render_fn: Callable[..., Rendered] = render,
             assemble_fn: Callable[[Plan, dict[str, bytes]], EmailMessage] = assemble,
             tag: str = "ho3") -> list[dict]:
    """Write NNN.eml + labels.json; the later holdout passes its own plans, layouts, assembly and tag."""
    plans = build_fn()
    files: dict[str, bytes] = {}
    to_pdf: dict[str, Rendered] = {}
    for n, pl in enumerate(plans, start=1):
        for j, att in enumerate(all_atts(pl)):
            att.key = f"{tag[0]}{tag[-1]}_{n:03d}_{j}"
            att.rendered = render_fn(att.doc, att.layout, att.house, att.ctx)
            if att.fmt == "pdf":
                to_pdf[att.key] = att.rendered
            elif att.fmt == att.rendered.producer:
                files[att.key] = att.rendered.data
            else:
                raise ValueError(f"{att.filename}: layout {att.layout} writes {att.rendered.producer}, not {att.fmt}")
    if pdf:
        with tempfile.TemporaryDirectory(prefix=f"{tag}-pdf-") as tmp:
            files.update(convert(to_pdf, Path(tmp)))
    else:
        files.update({k: b"%PDF-1.7 placeholder\n" for k in to_pdf})
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    labels = []
    for n, pl in enumerate(plans, start=1):
        name = f"{n:03d}.eml"
        (out_dir / name).write_bytes(M.to_bytes(assemble_fn(pl, files), f"{tag}{n:03d}"))
        labels.append(label_of(name, pl))
    (out_dir / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return labels
