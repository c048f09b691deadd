"""Linking a classified message into its deal (case): thread, business numbers, or a new case; stage and documents."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from mailbot.classify.model import STAGES, Classification
from mailbot.classify.refs import UNLABELLED, link_variants, normalise_ref
from mailbot.classify.required import (
    case_requirement,
    documents_from_filenames,
    effective_documents,
    mark_sent_by_us,
    quoted_body_document,
)
from mailbot.classify.rules import RuleSet
from mailbot.store.models import Attachment, Case, CaseReference, Document, Event, Message, utcnow
from parsers.mime import ParsedEmail, parse_message

# Kinds that open a new deal; auto-replies, bounces, newsletters and unclear mail never do.
OPENING_KINDS = ("enquiry", "quote", "order", "claim")


_ADDR = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# "From: Name <addr>" lines of a forwarded or quoted mail, in the languages of our partners
_FROM_LINE = re.compile(r"^\s*\*?(from|von|de|发件人|寄件者)\s*\*?\s*[:：](.*)$", re.I | re.M)


def partner_domain(addr: str | None) -> str | None:
    return addr.rsplit("@", 1)[1].lower().strip(">") if addr and "@" in addr else None


def _is_ours(domain: str | None, own_domain: str | None) -> bool:
    return bool(own_domain and domain and (domain == own_domain or domain.endswith("." + own_domain)))


def partner_of(msg: Message, parsed: ParsedEmail | None, own_domain: str | None) -> tuple[str | None, str | None,
                                                                                      str | None]:
    """(domain, address, name) of the partner this mail is about.

    Usually the sender. For our own mail (a colleague forwarding a customer's order, a sales reply sent
    as a copy to the orders mailbox) it is the forwarded mail's sender, else whom we wrote to.
    """
    sender = partner_domain(msg.from_addr)
    if not _is_ours(sender, own_domain):
        return sender, msg.from_addr, msg.from_name
    candidates: list[tuple[str, str | None]] = []
    if parsed is not None:
        for part in parsed.attachments:
            if part.content_type == "message/rfc822" and part.data:
                inner = parse_message(part.data[:2_000_000])
                if inner.from_addr:
                    candidates.append((inner.from_addr, inner.from_name))
        body = (parsed.text or "")[:100_000]
        for m in _FROM_LINE.finditer(body):
            found = _ADDR.search(m.group(2))
            if found:
                candidates.append((found.group(0), None))
        candidates += [(a, None) for a in [*(parsed.to or []), *(parsed.cc or [])]]
    for addr, name in candidates:
        dom = partner_domain(addr)
        if dom and not _is_ours(dom, own_domain):
            return dom, addr.lower(), name
    return None, None, None


def _same_partner(a: str | None, b: str | None) -> bool:
    """One partner: the same mail domain, or one a subdomain of the other (purchasing.acme.example)."""
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def find_case_by_references(session: Session, refs: list[str], partner: str | None,
                            unlabelled: set[str] | frozenset[str] = frozenset()) -> Case | None:
    """A case that already carries one of these numbers; the partner's own deals first, then the newest.

    Within one partner any business number links, bare ones included: a PO number 4500012399 the
    partner wrote on its order is the key it will quote in the contract, payment and claim mails.
    Another partner's deal is only taken on a distinctive number (letters and digits, "NW-INV-260410"):
    bare integers such as SAP purchase-order numbers (45000...) repeat across customers.
    """
    if not refs:
        return None
    wanted: dict[str, str] = {}
    for ref in refs:
        for variant in link_variants(ref):
            wanted.setdefault(variant, ref)
    rows = list(session.exec(select(Case, CaseReference.ref).join(
        CaseReference, col(CaseReference.case_id) == col(Case.id)).where(
        col(CaseReference.ref).in_(sorted(wanted)))).all())
    # A deal may hold the prefixed form ("PO-4711", "PO4711") of a number this mail gives bare ("4711"):
    # look those up by suffix and keep only real variants of the stored number.
    bare = sorted(v for v in wanted if v.isdigit() and len(v) >= 4)
    if bare:
        suffix_rows = session.exec(select(Case, CaseReference.ref).join(
            CaseReference, col(CaseReference.case_id) == col(Case.id)).where(
            or_(*(col(CaseReference.ref).endswith(b) for b in bare)))).all()
        # Kept with the bare form this mail gave: that alone is no distinctive number across partners.
        rows += [(c, min(link_variants(ref) & set(bare))) for c, ref in suffix_rows if link_variants(ref) & set(bare)]
    # The deal's order number counts as one of its numbers even if no message recorded it as a reference.
    numbered = session.exec(select(Case, Case.order_number).where(
        col(Case.order_number).in_(sorted(wanted)))).all()
    rows += [(c, str(num)) for c, num in numbered if num]
    same = [(c, ref) for c, ref in rows if _same_partner(partner, c.partner)]
    if same:
        # A deal whose own order number this is beats one that merely mentioned it ("terms as PO 4711").
        def rank(item: tuple[Case, str]) -> tuple[bool, int]:
            c, ref = item
            own = bool(c.order_number and link_variants(ref) & link_variants(normalise_ref(c.order_number)))
            return own, c.id or 0
        return max(same, key=rank)[0]
    # A number found by its shape alone (no label: "thanks for KX-AG-26-071") may be another customer's article
    # code; like a number known only from the text (find_case_by_known_numbers), it stays with its partner.
    local = {v for r in unlabelled for v in link_variants(r)}
    # A number of two or three digits ("QU-32", the year of a series whose running number was cut off) is a
    # numbering series every customer's deals share, not one deal's number.
    distinctive = [c for c, ref in rows if re.search(r"[A-Z]", ref) and len(re.findall(r"\d", ref)) >= 4
                   and ref not in local]
    return max(distinctive, key=lambda c: c.id or 0) if distinctive else None


# A code-like token of running text: starts alphanumeric, may carry - / . _ inside ("OA-26-00147", "NW-SA-26-044").
_TOKEN = re.compile(r"(?<![\w\-/.])[A-Za-z0-9][A-Za-z0-9\-/._]{3,40}")


def _distinctive(ref: str) -> bool:
    """A number that cannot be a quantity, year or price: letters with digits, or seven digits and more."""
    if re.search(r"[A-Z]", ref):
        return bool(re.search(r"\d", ref)) and len(ref) >= 5
    return len(re.sub(r"\D", "", ref)) >= 7


def known_number_tokens(text: str, limit: int = 200_000) -> list[str]:
    """Normalised code-like tokens of a text that could be a business number some deal already carries."""
    out: dict[str, None] = {}
    for m in _TOKEN.finditer(text[:limit]):
        ref = normalise_ref(m.group(0))
        if _distinctive(ref):
            out.setdefault(ref, None)
        if len(out) >= 2000:
            break
    return list(out)


def find_case_by_known_numbers(session: Session, text: str, partner: str | None) -> Case | None:
    """The partner's deal one of whose recorded numbers this text names without a label.

    "short update on OA-26-00147", "based on agreement NW-SA-26-044": a number a deal already carries (read
    from its documents or labelled in its mails) is that deal's key wherever it appears, labelled or not.
    Only the partner's own deals and only distinctive numbers, so an article code or a date cannot link.
    """
    if not partner:
        return None
    tokens = known_number_tokens(text)
    if not tokens:
        return None
    rows = session.exec(select(Case, CaseReference.ref).join(
        CaseReference, col(CaseReference.case_id) == col(Case.id)).where(
        col(CaseReference.ref).in_(tokens))).all()
    same = [c for c, _ in rows if _same_partner(partner, c.partner)]
    return max(same, key=lambda c: c.id or 0) if same else None


# Steps of a deal before the customer orders: a purchase order may still close such a deal.
_BEFORE_ORDER = ("unknown", "enquiry", "quote", "negotiation")


def _item_keys(docs: list[dict[str, Any]]) -> set[str]:
    """The article codes of documents' item lines (normalised), or their descriptions where a line has no code."""
    keys: set[str] = set()
    for d in docs:
        for line in (d.get("line_items") or [])[:500]:
            code = str(line.get("sku") or "").strip()
            text = code or " ".join(str(line.get("description") or "").split())
            if len(text) >= 3:
                keys.add(re.sub(r"[\s.\-/_]", "", text).upper() if code else text.casefold())
    return keys


def _money(value: Any) -> Decimal | None:
    """An amount as a number to two places ("9278.72", "9,278.72" -> 9278.72); None when it is no amount."""
    text = re.sub(r"[\s,']", "", str(value or ""))
    try:
        amount = Decimal(text).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None
    return amount if amount > 0 else None


def _totals(docs: list[dict[str, Any]], doc_types: tuple[str, ...]) -> set[tuple[Decimal, str]]:
    """(total, currency) of these documents that give both."""
    out: set[tuple[Decimal, str]] = set()
    for d in docs:
        amount = _money(d.get("total"))
        if d.get("doc_type") in doc_types and amount is not None and d.get("currency"):
            out.add((amount, str(d.get("currency")).upper()))
    return out


# What a deal offered before the order: the order's total is the offer's when the buyer takes it whole.
_OFFER_TYPES = ("quotation", "proforma_invoice")


def find_case_by_quoted_items(session: Session, result: Classification, partner: str | None) -> Case | None:
    """The partner's open deal, not yet ordered, whose quotation offered the items this purchase order orders.

    A customer's order system numbers the order its own way and often names no quotation ("Commande achat
    BC-..." after our offer NW-QT-...), and it may arrive as a new mail, or forwarded by a colleague. The
    articles ordered are then the key: at least half of the order's item codes (two at the least) stand in a
    document of that deal, which has no purchase order yet. Only the same partner's deals are looked at.
    Where the articles cannot be compared (the order or the offer gives fewer than two item keys: lines read
    without their codes, an order typed into the mail) the order's total and currency equal to the offer's
    take the deal, if exactly one such deal fits.
    """
    if not partner:
        return None
    orders = [d for d in result.documents if d.get("doc_type") == "purchase_order"]
    wanted = _item_keys(orders)
    totals = _totals(orders, ("purchase_order",))
    if len(wanted) < 2 and not totals:
        return None
    # The partner's domain, its parent domains and its subdomains (_same_partner), looked up in the database.
    labels = partner.lower().split(".")
    parents = [".".join(labels[i:]) for i in range(len(labels) - 1)]
    rows = session.exec(select(Case).where(col(Case.stage).in_(_BEFORE_ORDER), or_(
        col(Case.partner).in_(parents), col(Case.partner).endswith("." + partner.lower()))))
    candidates = [c for c in rows if _same_partner(partner, c.partner) and not c.order_number]
    best: tuple[int, int, Case] | None = None
    by_total: list[Case] = []
    for case in candidates:
        docs = [row.data or {} for row in session.exec(select(Document).where(Document.case_id == case.id))]
        if _po_numbers(docs):
            continue
        offered = _item_keys(docs)
        shared = len(wanted & offered)
        if 2 * shared >= len(wanted) and shared >= 2 and (best is None or (shared, case.id or 0) > best[:2]):
            best = (shared, case.id or 0, case)
        elif (len(wanted) < 2 or len(offered) < 2) and totals & _totals(docs, _OFFER_TYPES):
            by_total.append(case)
    if best:
        return best[2]
    return by_total[0] if len(by_total) == 1 else None


def find_case_awaiting_contract(session: Session, result: Classification, partner: str | None) -> Case | None:
    """The partner's ordered deal, still waiting for its contract, whose goods this contract sells.

    The signed contract often comes back later from another person of the same company, in a new mail that
    names only the contract's own number, which the deal has not seen. The goods are then the key: at least
    half of the contract's item codes (two at the least) stand in the deal's documents, or, for a contract
    without item lines, its total and currency are the deal's. A contract that fits two such deals (two orders
    of the same goods) is left alone: it opens its own deal for a person to place. Only a mail without a
    purchase order of its own is looked at (a new order with its contract is a new deal).
    """
    contracts = [d for d in result.documents if d.get("doc_type") == "contract"]
    if not partner or not contracts or any(d.get("doc_type") == "purchase_order" for d in result.documents):
        return None
    wanted = _item_keys(contracts)
    totals = {(normalise_ref(str(d.get("total"))), str(d.get("currency") or "").upper())
              for d in contracts if d.get("total") and d.get("currency")}
    if len(wanted) < 2 and not totals:
        return None
    labels = partner.lower().split(".")
    parents = [".".join(labels[i:]) for i in range(len(labels) - 1)]
    rows = session.exec(select(Case).where(col(Case.complete).is_(False), or_(
        col(Case.partner).in_(parents), col(Case.partner).endswith("." + partner.lower()))))
    fits: list[Case] = []
    for case in rows:
        if not _same_partner(partner, case.partner) or "contract" not in (case.missing_documents or []):
            continue
        if len(wanted) >= 2:
            docs = [row.data or {} for row in session.exec(select(Document).where(Document.case_id == case.id))]
            shared = len(wanted & _item_keys(docs))
            if 2 * shared >= len(wanted) and shared >= 2:
                fits.append(case)
        elif case.total and (normalise_ref(case.total), (case.currency or "").upper()) in totals:
            fits.append(case)
    return fits[0] if len(fits) == 1 else None


def message_text(msg: Message, parsed: ParsedEmail | None) -> str:
    """Subject and body text of a mail (an HTML-only body as the parse step read it), for number look-ups."""
    body = msg.body_text or (parsed.text if parsed is not None else None) or ""
    return f"{msg.subject or (parsed.subject if parsed is not None else '') or ''}\n{body}"


def _po_numbers(docs: list[dict[str, Any]]) -> set[str]:
    return {normalise_ref(str(d.get("number"))) for d in docs
            if d.get("doc_type") == "purchase_order" and d.get("number")}


def _another_order(session: Session, case: Case, result: Classification) -> bool:
    """Whether the message brings a purchase order of its own while the deal already has a different one."""
    mine = _po_numbers(result.documents)
    unread = any(d.get("doc_type") == "purchase_order" and not d.get("number") for d in result.documents)
    if not mine and not unread:
        return False
    theirs = _po_numbers([row.data or {} for row in session.exec(select(Document).where(Document.case_id == case.id))])
    if case.order_number:
        theirs.add(normalise_ref(case.order_number))
    if not theirs:
        return False
    variants = {v for n in theirs for v in link_variants(n)}
    if not mine:
        # An order document whose number the parser could not read goes by the order number the mail names
        # that the deal does not know ("anbei unsere Bestellung B, Preise wie bei Bestellung A" found the deal
        # of A): as with a number read from the document, a new one is a second deal.
        known = set(session.exec(select(CaseReference.ref).where(CaseReference.case_id == case.id)))
        variants |= {v for r in known for v in link_variants(r)}
        mine = {r for r, t in result.reference_types.items() if t == "po" and not link_variants(r) & variants}
        return bool(mine)
    return not any(link_variants(n) & variants for n in mine)


def _advance(case: Case, stage: str, msg: Message) -> tuple[str, str] | None:
    """Move the deal forward along the process; never backwards (a late "thanks" stays where the deal is)."""
    if stage not in STAGES:
        return None
    old = case.stage
    if old in STAGES and STAGES.index(stage) <= STAGES.index(old):
        return None
    case.stage = stage
    case.history = [*(case.history or []), {"at": utcnow().isoformat(timespec="seconds"), "from": old, "to": stage,
                                            "message_pk": msg.id, "message_id": msg.message_id}]
    return old, stage


def _po_facts(docs: list[dict[str, Any]]) -> dict[str, Any]:
    for d in docs:
        if d.get("doc_type") == "purchase_order":
            return {"order_number": d.get("number") or d.get("order_number"), "currency": d.get("currency"),
                    "total": d.get("total")}
    return {}


def refresh_documents(session: Session, case: Case, ruleset: RuleSet) -> bool:
    """Recompute what the deal needs, has and lacks from every document of every message in it.

    Returns True when this call completed the case.
    """
    # A document belongs to the deal it was put in, or (not put anywhere yet: a message moved into the deal by
    # hand, or linked before its documents were read) to the deal of the message that carried it.
    in_case = select(Message.id).where(Message.case_id == case.id)
    rows = list(session.exec(select(Document).where(or_(
        Document.case_id == case.id,
        and_(col(Document.case_id).is_(None), col(Document.message_pk).in_(in_case)))).order_by(col(Document.id))))
    # A reply quoting a mail-body order carries no order of its own (its lines stand only in the quote).
    body_of = {m.id: (m.body_text, m.subject) for m in session.exec(select(Message).where(col(Message.id).in_(
        {r.message_pk for r in rows if (r.data or {}).get("source") == "body"})))}
    # Documents of our own outgoing mail (the classifier's own-mail rule fired) are our copies: a contract
    # among them is a draft sent for the partner's signature (DocumentPolicy.sent_by_us).
    ours = {m.id for m in session.exec(select(Message).where(col(Message.id).in_({r.message_pk for r in rows})))
            if any(isinstance(r, dict) and r.get("rule") == "own-mail" for r in (m.reasons or []))}
    kept = [row for row in rows if not quoted_body_document(row.data or {}, *body_of.get(row.message_pk, (None, None)))]
    marked = {pk: mark_sent_by_us([row.data or {} for row in kept if row.message_pk == pk]) for pk in ours}
    docs = [marked[row.message_pk].pop(0) if row.message_pk in ours else (row.data or {}) for row in kept]
    docs = effective_documents(ruleset, docs)
    # Attachments of the deal's messages that yielded no document at all count by their file name.
    named = [(name, pk) for name, ctype, pk in session.exec(select(
        Attachment.filename, Attachment.declared_type, Attachment.message_pk).join(
        Message, col(Message.id) == col(Attachment.message_pk)).where(Message.case_id == case.id))
        if not (ctype or "").startswith(("message/", "image/"))]
    for stand_in in documents_from_filenames(ruleset, [n for n, _ in named], docs):
        from_us = any(n == stand_in.get("source") and pk in ours for n, pk in named)
        docs.append({**stand_in, "sent_by_us": True} if from_us else stand_in)
    reached = [h.get("to") for h in (case.history or []) if h.get("to")] + [case.stage]
    req = case_requirement(ruleset, case.kind, reached, case.partner, docs)
    was_complete = case.complete
    case.required_documents = req.required
    case.present_documents = req.present if req.required is not None else sorted(
        {d.get("doc_type") for d in docs if d.get("doc_type")})  # type: ignore[type-var]
    case.missing_documents = req.missing
    case.complete = req.required is not None and not req.missing
    po = _po_facts(docs)
    if po.get("order_number"):
        case.order_number = case.order_number or str(po["order_number"])
    if po.get("total") and not case.total:
        case.total, case.currency = str(po["total"]), po.get("currency") or case.currency
    return case.complete and not was_complete


def link_message(session: Session, ruleset: RuleSet, msg: Message, result: Classification,
                 *, thread_case: Case | None, own_domain: str | None = None,
                 parsed: ParsedEmail | None = None) -> tuple[Case | None, str]:
    """Put the message into a case (found by thread, by number, or new); returns (case, how)."""
    # Automatic mail (out-of-office, bounces, newsletters) is no step of a deal: it never joins or opens one,
    # even when it threads to a deal's mail (an out-of-office answer to our quotation). Colleagues' notes
    # among themselves are none either, whatever numbers they mention.
    if result.stage == "auto" or any(r.get("rule") == "internal-mail" for r in result.reasons):
        if msg.case_id is not None:  # reprocessed with a new verdict: leave the deal it was put in
            old = session.get(Case, msg.case_id)
            msg.case_id = None
            for row in session.exec(select(Document).where(Document.message_pk == msg.id)):
                row.case_id = None
                session.add(row)
            session.add(msg)
            session.flush()
            if old is not None:
                refresh_documents(session, old, ruleset)
                session.add(old)
        return None, "none"
    partner, partner_email, partner_name = partner_of(msg, parsed, own_domain)
    case, how = thread_case, "thread"
    if msg.case_id is not None:
        # Reprocessing (`mailbot retry`): the message stays in the deal it was linked to (or a human moved it to).
        case, how = session.get(Case, msg.case_id) or case, "kept"
    if case is None:
        unlabelled = {r for r, t in result.reference_types.items() if t == UNLABELLED}
        case, how = find_case_by_references(session, result.references, partner, unlabelled), "reference"
        if case is None:
            case, how = find_case_by_known_numbers(session, message_text(msg, parsed), partner), "known number"
        if case is None:
            case, how = find_case_by_quoted_items(session, result, partner), "quoted items"
        if case is None:
            case, how = find_case_awaiting_contract(session, result, partner), "contract's goods"
        if case is not None and _another_order(session, case, result):
            case = None  # "new PO 4711, same terms as PO 4690": a second purchase order is a second deal
    if case is None:
        if result.kind not in OPENING_KINDS or result.stage == "auto" or not partner:
            return None, "none"
        case = Case(partner=partner, kind=result.kind, stage="unknown", title=(msg.subject or "")[:200] or None,
                    language=result.language, created_at=utcnow())
        how = "new"
        session.add(case)
        session.flush()
        session.add(Event(type="case.opened", mailbox=msg.mailbox, message_pk=msg.id, case_id=case.id,
                          detail={"partner": partner, "kind": result.kind, "stage": result.stage,
                                  "subject": msg.subject}))
    msg.case_id = case.id
    if partner and case.partner == partner:
        # The deal's partner contact is whoever writes from their side (never our own address).
        case.partner_name = case.partner_name or partner_name
        case.partner_email = case.partner_email or partner_email
    case.language = case.language or result.language
    moved = _advance(case, result.stage, msg)
    if moved:
        session.add(Event(type="case.stage", mailbox=msg.mailbox, message_pk=msg.id, case_id=case.id,
                          detail={"from": moved[0], "to": moved[1]}))
    if case.stage in ruleset.decision.stage_to_kind and case.stage in STAGES:
        case.kind = ruleset.decision.stage_to_kind[case.stage]
    # Every number of this message becomes a way to find the deal later.
    known = set(session.exec(select(CaseReference.ref).where(CaseReference.case_id == case.id)))
    for ref in result.references:
        if ref not in known:
            session.add(CaseReference(case_id=case.id, ref=ref, ref_type=result.reference_types.get(ref)))  # type: ignore[arg-type]
            known.add(ref)
    for row in session.exec(select(Document).where(Document.message_pk == msg.id)):
        row.case_id = case.id
        session.add(row)
    session.flush()
    if not case.order_number:
        po_ref = next((r for r in result.references if result.reference_types.get(r) == "po"), None)
        case.order_number = po_ref
    if refresh_documents(session, case, ruleset):
        session.add(Event(type="case.complete", mailbox=msg.mailbox, message_pk=msg.id, case_id=case.id,
                          detail={"present": case.present_documents}))
    now = utcnow()
    case.updated_at = now
    # Naive UTC like every timestamp column; the Date header is the sender's claim, so use our receipt time.
    received = msg.received_at or now
    case.last_message_at = received if case.last_message_at is None else max(case.last_message_at, received)
    session.add(case)
    session.add(msg)
    session.flush()
    return case, how
