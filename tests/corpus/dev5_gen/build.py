"""Turn the fourth holdout's deal scripts into mails and documents, and write NNN.eml + labels.json."""
from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.corpus import mail as M

# Infrastructure only: Message-IDs, plan records, the deal-to-mails machinery, conversion and label assembly.
from tests.corpus.dev3_gen.build import Ids, Plan
from tests.corpus.dev3_gen.layouts import day
from tests.corpus.dev4_gen import build as dev4
from tests.corpus.dev4_gen.layouts import amt
from tests.corpus.dev4_gen.world import Deal, Partner
from tests.corpus.dev5_gen.deals import DEALS
from tests.corpus.dev5_gen.layouts import render, shows_unit
from tests.corpus.dev5_gen.world import COLLEAGUE, ORDERS, PARTNERS, US_SALES
from tests.corpus.docs import Doc, Line, container_number

SEED = 20261217
CENT = Decimal("0.01")
US_TZ = ZoneInfo("Europe/London")
US_SIG = {"en": "Anna Keller\nExport Sales · Northwind Components Ltd.\nDirect +44 23 8063 1174 · Southampton, UK",
          "es": "Anna Keller\nVentas de exportación · Northwind Components Ltd.\nTel. directo +44 23 8063 1174",
          "de": "Anna Keller\nExportvertrieb · Northwind Components Ltd.\nDurchwahl +44 23 8063 1174",
          "fr": "Anna Keller\nVentes export · Northwind Components Ltd.\nLigne directe +44 23 8063 1174"}
STEM = {"quotation": "Quotation", "proforma_invoice": "ProformaInvoice", "commercial_invoice": "Invoice",
        "contract": "SalesContract", "payment_advice": "MT103_copy", "shipping_notice": "BookingConfirmation"}
PO_STEM = {"TR": "SatinalmaSiparisi", "VN": "DonDatHang_PO", "BR": "PedidoCompra", "MA": "BonDeCommande",
           "LU": "BonDeCommande"}
MORE = {"en": "  … plus {n} more items (full list on request)", "es": "  … y {n} posiciones más (lista a pedido)",
        "fr": "  … et {n} autres articles (liste complète sur demande)",
        "de": "  … sowie {n} weitere Positionen (Liste auf Anfrage)"}


def seeded(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def lines_for(deal: Deal, p: Partner, rng: random.Random) -> list[Line]:
    """Products in turn, a size drawn per line (never the same product and size twice), prices by size step."""
    out: list[Line] = []
    taken: set[tuple[str, int]] = set()
    for i in range(deal.nlines):
        code, desc, base, sizes = p.products[i % len(p.products)]
        k = rng.randrange(len(sizes))
        while (code, sizes[k]) in taken and len(taken) < sum(len(s) for *_, s in p.products):
            k = (k + 1) % len(sizes)
            if all((code, s) in taken for s in sizes):
                break
        taken.add((code, sizes[k]))
        price = (Decimal(base) * (1 + Decimal(k) * Decimal("0.15"))).quantize(CENT, rounding=ROUND_HALF_UP)
        out.append(Line(f"{code}{sizes[k]}-{101 + i}", desc.format(n=sizes[k]), rng.choice(p.qtys), p.unit, price))
    return out


class HoldoutBuilder(dev4.DealBuilder):
    """dev4's deal machinery with this holdout's partners, products, layouts, numbers and wording."""

    partners = PARTNERS
    us_sig = US_SIG
    make_lines = staticmethod(lines_for)
    shows_unit = staticmethod(shows_unit)

    def __init__(self, deal: Deal) -> None:
        super().__init__(deal)
        r = seeded(deal.id + ":ship")
        self.tracking = [container_number("NOL", r.randint(100000, 999999)) for _ in range(2 if deal.nlines > 12 else 1)]
        self.seals = [f"EU{r.randint(10**6, 10**7 - 1)}" for _ in self.tracking]
        self.weights = [f"{r.randint(5, 19)},{r.randint(100, 999)} kg" for _ in self.tracking]

    def doc(self, doc_type: str, day_: dt.date, signed: bool | None, with_po: bool) -> Doc:
        d = super().doc(doc_type, day_, signed, with_po)
        if doc_type == "payment_advice" and self.deal.deposit and "pi" in self.nums:
            # An advance is paid against the pro-forma invoice, not the later commercial invoice.
            d.extra = [("invoice_ref", self.nums["pi"])]
        return d

    def ctx(self, doc: Doc, when: dt.datetime) -> dict:
        p = self.p
        c = dict(p.ctx)
        c["signed_on"] = when.date()
        c["seller_signatory"] = "Anna Keller"
        c["marks"] = c.get("marks", doc.buyer.name.split(" ")[0].upper() + f" / {doc.order_number or ''}")
        if doc.doc_type == "shipping_notice":
            c.update(seals=self.seals, weights=self.weights, etd=when.date() + dt.timedelta(days=6),
                     eta=when.date() + dt.timedelta(days=34),
                     freight="PREPAID" if p.incoterms.startswith(("C", "D")) else "COLLECT")
        return c

    def filename(self, doc: Doc, fmt: str) -> str:
        stem = PO_STEM.get(self.p.key, "PurchaseOrder") if doc.doc_type == "purchase_order" else STEM[doc.doc_type]
        if self.p.layouts[doc.doc_type][0] == "L33":
            stem = "CI_PL"
        return f"{stem}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """Sanne's order typed into the mail: a fixed-width list as pasted from a spreadsheet (rows fit the 72 columns Apple Mail does not soft-wrap)."""
        rows = "\n".join(f"{ln.sku:<9} {ln.description:<36} {ln.quantity:>3} {ln.unit:<2} "
                         f"{amt(ln.unit_price, 'en'):>8} {amt(ln.amount, 'en'):>9}" for ln in doc.lines)
        return (f"PURCHASE ORDER {doc.number} dated {day(doc.date, 'dash_dmy')}\nBuyer: {doc.buyer.name}\n"
                f"Supplier: {doc.seller.name}\nDelivery: {doc.incoterms} | Currency: {doc.currency}\n"
                f"Payment: {doc.payment_terms}\n\n"
                f"Article   Description{' ' * 26}Qty Un    Price     Total\n{rows}\n\n"
                f"Order total {doc.currency} {amt(doc.total, 'en')} (excl. VAT)")

    def fill(self, docs: list[Doc], body_docs: list[Doc]) -> dict:
        f = super().fill(docs, body_docs)
        p = self.p
        style = {"de": "de", "es": "de", "fr": "fr"}.get(p.lang, "en")
        pay = next((d for d in docs if d.doc_type == "payment_advice"), None)
        total = self.total_of(self.final_lines, p.tax_rate)
        shown = self.list_lines[:9]
        needs = "\n".join(f"  {ln.quantity:>4} {ln.unit:<4} {ln.description}" for ln in shown)
        if len(self.list_lines) > len(shown):
            needs += "\n" + MORE[p.lang].format(n=len(self.list_lines) - len(shown))
        return {**f, "needs": needs, "total": f"{p.currency} {amt(total, style)}",
                "paid": f"{p.currency} {amt(pay.total, style)}" if pay else ""}

    def forwarded(self, inner: Plan, when: dt.datetime) -> Plan:
        outer = super().forwarded(inner, when)
        inner.to = COLLEAGUE
        outer.from_ = COLLEAGUE
        outer.text = ("Hi orders team,\n\nClaudine Weber (Mosel Intralogistik, Luxembourg) sent her order straight to "
                      "me after our call - forwarding the original with the PDF. Please enter it and invoice as usual."
                      "\n\nCheers,\nRahul\n--\nRahul Mehta | Area Sales Benelux | Northwind Components Ltd.")
        return outer


# ------------------------------------------------------------------------------------------------
# Mail outside deals

def misc_plans(deal_plans: list[Plan]) -> list[Plan]:
    ids = Ids(seeded("misc"))
    out = []
    # 1. Outlook out-of-office from Izmir to our invoice mail.
    target = next(pl for pl in deal_plans if pl.deal == "ho4-TR1" and pl.stage == "order" and pl.from_ == US_SALES)
    tr = PARTNERS["TR"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(seconds=41),
        style="outlook", ui="en", lang="en", from_=tr.addr, to=ORDERS, cc=None,
        subject="Out of Office: " + target.subject, message_id=ids.make("outlook", tr.domain),
        text="Hello,\n\nI am on annual leave and will be back in the office on 16 March 2026. Your e-mail will be "
             "read after my return. For urgent purchasing questions please call our switchboard, +90 232 376 41 00."
             "\n\nBurak Yıldırım",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")]))
    # 2. Gmail vacation responder in German from Luxembourg, to our quote.
    target = next(pl for pl in deal_plans if pl.deal == "ho4-LU1" and pl.stage == "quote")
    lu = PARTNERS["LU"]
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False, date=target.date + dt.timedelta(minutes=3),
        style="gmail", ui="de", lang="de", from_=lu.addr, to=ORDERS, cc=None,
        subject="Abwesend bis 12.06.2026", message_id=ids.make("gmail", lu.domain),
        text="Guten Tag,\n\nvielen Dank für Ihre Nachricht. Bis einschließlich 12.06.2026 bin ich nicht im Büro; "
             "Ihre E-Mail wird nicht weitergeleitet. Bei dringenden Anliegen wenden Sie sich bitte an "
             "achat@mosel-intralogistik.example.\n\nClaudine Weber",
        in_reply_to=target.message_id, references=[target.message_id],
        extra_headers=[("Auto-Submitted", "auto-replied")]))
    # 3. Exim bounce (plain text with the returned message appended), mistyped Vietnamese address.
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 2, 4, 15, 2, 37, tzinfo=US_TZ), style="plain", ui="en", lang="en",
        from_="Mail Delivery System <Mailer-Daemon@smtp-out.example.com>", to=ORDERS, cc=None,
        subject="Mail delivery failed: returning message to sender",
        message_id="<E1vQx7R-000Kp2-3B@smtp-out.example.com>",
        text="trang.nguyen@saigonprecison.example", special="exim"))
    # 4. Newsletter (English trade publication, HubSpot-style).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 4, 7, 5, 45, tzinfo=ZoneInfo("America/Chicago")), style="html", ui="en", lang="en",
        from_="Motion Control Insider <editor@motioncontrol-insider.test>", to=ORDERS, cc=None,
        subject="This week: servo sizing mistakes, copper prices, and the Automatica preview",
        message_id=ids.make("apple", "hs.motioncontrol-insider.test"),
        text="MOTION CONTROL INSIDER – Issue 214\n\n1. Five servo sizing mistakes that cost you uptime\n2. Copper "
             "hits a 20-month high: what it means for motor prices\n3. Automatica 2026 preview: cobots everywhere\n\n"
             "Read online: https://motioncontrol-insider.test/issues/214\n\nYou are receiving this because you "
             "subscribed at motioncontrol-insider.test. Manage preferences or unsubscribe: "
             "https://motioncontrol-insider.test/prefs",
        extra_headers=[("List-Id", "Motion Control Insider <weekly.motioncontrol-insider.test>"),
                       ("List-Unsubscribe", "<https://motioncontrol-insider.test/u/Qz81>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-HS-Campaign", "214")]))
    # 5. Spam (French parcel-fee phishing).
    out.append(Plan(
        deal=None, stage="auto", kind="other", autoreply=False,
        date=dt.datetime(2026, 5, 20, 1, 12, 40, tzinfo=ZoneInfo("America/Bogota")), style="html", ui="fr",
        lang="fr", from_="Service Suivi Colis <suivi@colis-attente-livraison.test>", to=ORDERS, cc=None,
        subject="Votre colis est en attente : frais de réexpédition de 1,99 €",
        message_id=ids.make("apple", "colis-attente-livraison.test"),
        text="Bonjour,\n\nvotre colis n'a pas pu être livré car des frais de réexpédition de 1,99 € restent à "
             "régler. Sans paiement sous 48 h, il sera retourné à l'expéditeur.\n\nRégler maintenant : "
             "http://colis-attente-livraison.test/payer?id=orders\n\nService client",
        extra_headers=[("Reply-To", "remboursement@webmail-gratuit.test")]))
    # 6. Internal note.
    out.append(Plan(
        deal=None, stage="unknown", kind="other", autoreply=False,
        date=dt.datetime(2026, 3, 24, 16, 20, tzinfo=US_TZ), style="outlook", ui="en", lang="en",
        from_="Joanna Price <joanna.price@example.com>", to=ORDERS, cc=None,
        subject="New price list goes live 1 April",
        message_id=ids.make("outlook", "example.com"),
        text="Hi all,\n\nquick note: the 2026/27 price list is live in the system from 1 April. Quotes sent before "
             "then keep their prices for their validity period. The PDF is on the shared drive under Sales/Prices."
             "\n\nThanks,\nJoanna\n--\nJoanna Price | Sales Operations | Northwind Components Ltd."))
    return out


def exim_message(pl: Plan) -> EmailMessage:
    """An Exim non-delivery report: one text/plain part with the error and a copy of the returned message."""
    failed = pl.text
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", pl.from_), ("To", pl.to), ("Subject", pl.subject),
                 ("Date", format_datetime(pl.date)), ("Message-ID", pl.message_id), ("X-Failed-Recipients", failed),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]:
        msg[k] = v
    sent = pl.date - dt.timedelta(seconds=4)
    msg.set_content(
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
        "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {failed}\n    host mx.saigonprecison.example [198.51.100.23]\n    SMTP error from remote mail server "
        f"after RCPT TO:<{failed}>:\n    550 5.1.1 <{failed}>: Recipient address rejected: User unknown\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        "Return-path: <orders@example.com>\nReceived: from [192.0.2.18] (helo=nw-ws-114)\n\tby smtp-out.example.com "
        f"with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n\t(envelope-from <orders@example.com>)\n\t"
        f"id 1vQx7N-000Kox-1r\n\tfor {failed};\n\t{format_datetime(sent)}\nFrom: Northwind Orders "
        f"<orders@example.com>\nTo: {failed}\nSubject: Catalogue and price list as requested\n"
        f"Date: {format_datetime(sent)}\nMessage-ID: <1vQx7N-000Kox-1r@example.com>\n\n"
        "Dear Ms Trang,\n\nas requested, our catalogue and price list will follow in a separate mail.\n\nAnna\n")
    return msg


def assemble(pl: Plan, files: dict[str, bytes]) -> EmailMessage:
    if pl.special == "exim":
        return exim_message(pl)
    return dev4.assemble(pl, files)


def build() -> list[Plan]:
    return dev4.build(DEALS, HoldoutBuilder, misc_plans)


def generate(out_dir: Path, *, pdf: bool = True) -> list[dict]:
    return dev4.generate(out_dir, pdf=pdf, build_fn=build, render_fn=render, assemble_fn=assemble, tag="ho4")
