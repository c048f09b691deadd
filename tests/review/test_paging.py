"""Paging of the review queue: keyset pages over 250 cases in a real DB, the JSON API, the page in Chromium."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from sqlmodel import Session

from mailbot.app import App
from mailbot.errors import ReviewError
from mailbot.review.service import QueueFilter, list_queue, queue_page
from mailbot.store.models import Case
from tests.review.conftest import PASSWORDS, sign_in

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def seed_cases(app: App, n: int, *, start: datetime = NOW - timedelta(days=30)) -> list[int]:
    """n cases of mixed kinds and partners; many share a timestamp and some have no mail time (nulls)."""
    ids = []
    with Session(app.engine, expire_on_commit=False) as session:
        for i in range(n):
            created = start + timedelta(hours=i // 3)  # three cases per hour: ties the sort must break by id
            case = Case(partner=f"partner{i % 5}.test", partner_name=f"Partner {i % 5}",
                        kind="order" if i % 3 else "enquiry", stage="po_received", title=f"case {i}",
                        order_number=f"PO-{i:04d}", created_at=created, updated_at=created,
                        last_message_at=None if i % 7 == 0 else created + timedelta(minutes=i % 2))
            session.add(case)
            session.flush()
            ids.append(case.id)
        session.commit()
    return ids  # type: ignore[return-value]


def walk(session: Session, flt: QueueFilter, *, now: datetime = NOW) -> list[list[int]]:
    """Every page from the first to the last by next_cursor, as lists of case ids."""
    pages, cursor = [], None
    while True:
        page = queue_page(session, flt, cursor=cursor, now=now)
        pages.append([r.case.id for r in page.rows])
        assert page.end - page.start + 1 == len(page.rows)
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor
        assert len(pages) < 100, "paging does not end"


def test_pages_cover_every_case_once_in_queue_order(review_app: App) -> None:
    ids = seed_cases(review_app, 250)
    with Session(review_app.engine) as session:
        expected = [r.case.id for r in list_queue(session, QueueFilter(limit=1000), now=NOW)]
        assert sorted(expected) == sorted(ids)
        pages = walk(session, QueueFilter(limit=40))
        assert [len(p) for p in pages] == [40] * 6 + [10]
        flat = [i for p in pages for i in p]
        assert flat == expected  # nothing lost, nothing repeated, same order as the unpaged queue
        first = queue_page(session, QueueFilter(limit=40), now=NOW)
        assert (first.start, first.end, first.total, first.prev_cursor) == (1, 40, 250, None)
        # Orders first, enquiries after, and the boundary falls inside a page.
        kinds = [session.get(Case, i).kind for i in flat]  # type: ignore[union-attr]
        assert kinds == sorted(kinds, key=lambda k: k != "order")
        # Back again from the last page by prev_cursor: the same pages in reverse.
        cursor, back = None, []
        page = queue_page(session, QueueFilter(limit=40), now=NOW)
        while page.next_cursor:
            page = queue_page(session, QueueFilter(limit=40), cursor=page.next_cursor, now=NOW)
        assert (page.start, page.end) == (241, 250)
        back.append([r.case.id for r in page.rows])
        while (cursor := page.prev_cursor) is not None:
            page = queue_page(session, QueueFilter(limit=40), cursor=cursor, now=NOW)
            back.append([r.case.id for r in page.rows])
        assert back[::-1] == pages


def test_filters_and_search_hold_on_every_page(review_app: App) -> None:
    seed_cases(review_app, 250)
    with Session(review_app.engine) as session:
        flt = QueueFilter(kind="order", partner="partner2", limit=7)
        pages = walk(session, flt)
        flat = [i for p in pages for i in p]
        expected = [r.case.id for r in list_queue(session, QueueFilter(kind="order", partner="partner2",
                                                                       limit=1000), now=NOW)]
        assert flat == expected and len(flat) > 14
        cases = [session.get(Case, i) for i in flat]
        assert all(c.kind == "order" and c.partner == "partner2.test" for c in cases)  # type: ignore[union-attr]
        # Search by order number: PO-01xx are 100 cases; a page of 30 keeps the search.
        found = walk(session, QueueFilter(q="PO-01", limit=30))
        numbers = [session.get(Case, i).order_number for p in found for i in p]  # type: ignore[union-attr]
        assert len(numbers) == 100 and all(n.startswith("PO-01") for n in numbers)
        assert queue_page(session, QueueFilter(q="PO-01", limit=30), now=NOW).total == 100


def test_new_cases_and_decisions_between_pages_do_not_shift_the_next_page(review_app: App) -> None:
    seed_cases(review_app, 250)
    flt = QueueFilter(limit=50)
    with Session(review_app.engine) as session:
        page1 = queue_page(session, flt, now=NOW)
        page2 = queue_page(session, flt, cursor=page1.next_cursor, now=NOW)
    # Meanwhile: 30 new orders arrive (they sort first) and sales approve ten cases of page 1.
    with Session(review_app.engine) as session:
        for i in range(30):
            at = NOW - timedelta(minutes=i)
            session.add(Case(partner="new.test", kind="order", order_number=f"NEW-{i}", created_at=at,
                             updated_at=at, last_message_at=at))
        for row in page1.rows[:10]:
            case = session.get(Case, row.case.id)
            case.review_status = "approved"  # type: ignore[union-attr]
            session.add(case)
        session.commit()
    with Session(review_app.engine) as session:
        again = queue_page(session, flt, cursor=page1.next_cursor, now=NOW)
        assert [r.case.id for r in again.rows] == [r.case.id for r in page2.rows]
        assert again.total == 250 + 30 - 10
        assert again.start == page2.start + 30 - 10  # its place in the longer list moved, its rows did not
        # Page by page from the start, the new cases come first and nothing is lost or repeated.
        flat = [i for p in walk(session, flt) for i in p]
        assert len(flat) == len(set(flat)) == 270


@pytest.mark.parametrize("cursor", ["garbage", "", "e30", "eyJkIjoibmV4dCJ9", "%%%", "W10", "x" * 400,
                                    # valid base64 JSON with wrong types: a string id, a bool id, a bad date
                                    "eyJkIjoibmV4dCIsIm8iOjEsIm0iOm51bGwsImMiOiJ4IiwiaSI6MX0",
                                    "eyJkIjoibmV4dCIsIm8iOjEsIm0iOm51bGwsImMiOiIyMDI2LTAxLTAxIiwiaSI6dHJ1ZX0"])
def test_a_bad_cursor_is_a_clear_400(review_app: App, cursor: str) -> None:
    with Session(review_app.engine) as session:
        if not cursor:  # an empty cursor is the first page
            assert queue_page(session, QueueFilter(), cursor=cursor, now=NOW).start == 0
            return
        with pytest.raises(ReviewError, match="cursor is not valid") as err:
            queue_page(session, QueueFilter(), cursor=cursor, now=NOW)
        assert err.value.status == 400


def test_api_pages_with_limit_and_cursor(review_app: App, client) -> None:  # type: ignore[no-untyped-def]
    seed_cases(review_app, 250)
    sign_in(client, "anna")
    # Without `limit` a page is [web] page_size (100 by default) and tells the total.
    body = client.get("/api/cases").json()
    assert (len(body["cases"]), body["total"], body["start"], body["limit"]) == (100, 250, 1, 100)
    assert body["prev_cursor"] is None and body["next_cursor"]
    assert {"id", "partner", "order_number", "review_status", "missing_documents"} <= set(body["cases"][0])
    seen, cursor, starts = [], None, []
    while True:
        params = {"limit": 64, "kind": "order", **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/cases", params=params).json()
        seen += [c["id"] for c in body["cases"]]
        starts.append(body["start"])
        assert all(c["kind"] == "order" for c in body["cases"])
        if not (cursor := body["next_cursor"]):
            break
    assert starts == [1, 65, 129] and len(seen) == len(set(seen)) == body["total"] == 166
    back = client.get("/api/cases", params={"limit": 64, "kind": "order", "cursor": body["prev_cursor"]}).json()
    assert [c["id"] for c in back["cases"]] == seen[64:128]
    bad = client.get("/api/cases", params={"cursor": "not-a-cursor"})
    assert bad.status_code == 400 and "cursor is not valid" in bad.text
    schema = client.get("/openapi.json").json()
    params = {p["name"] for p in schema["paths"]["/api/cases"]["get"]["parameters"]}
    assert {"limit", "cursor", "kind", "q"} <= params
    props = schema["components"]["schemas"]["CaseList"]["properties"]
    assert {"cases", "total", "start", "limit", "next_cursor", "prev_cursor"} <= set(props)


def test_page_links_keep_filters_and_search(review_app: App, client) -> None:  # type: ignore[no-untyped-def]
    seed_cases(review_app, 250)
    sign_in(client, "anna")
    html = client.get("/", params={"kind": "order", "partner": "partner1"}).text
    assert "1–33 of 33" in html and 'id="page-next"' not in html  # one page only
    html = client.get("/", params={"q": "PO-0"}).text  # PO-0000 .. PO-0249: all 250
    assert "1–100 of 250" in html and 'id="page-prev"' not in html
    found = re.search(r'href="([^"]+)" id="page-next"', html)
    assert found, "no next link"
    href = unescape(found.group(1))
    assert "q=PO-0" in href and "cursor=" in href
    assert "101–200 of 250" in client.get(href).text
    bad = client.get("/", params={"cursor": "garbage"})  # a mangled link: a clear error page, no 500
    assert bad.status_code == 400 and "cursor is not valid" in bad.text


@pytest.mark.browser
def test_browser_follows_next_and_previous(page, live_server, review_app) -> None:  # type: ignore[no-untyped-def]
    seed_cases(review_app, 250)
    base = live_server.url
    page.goto(base + "/")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORDS["anna"])
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")
    # Narrow by partner through the filter form, then page: the filter stays on every page.
    page.fill("input[name=partner]", "partner3")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r".*partner=partner3.*"))
    assert page.locator("#page-range").inner_text() == "1–50 of 50"
    page.select_option("select[name=review_status]", "all")
    page.fill("input[name=partner]", "")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r".*review_status=all.*"))
    assert page.locator("#page-range").inner_text() == "1–100 of 250"
    first = page.locator("table.queue tbody tr").all_inner_texts()
    page.click("#page-next")
    page.wait_for_url(re.compile(r".*cursor=.*"))
    assert page.locator("#page-range").inner_text() == "101–200 of 250"
    assert "review_status=all" in page.url
    second = page.locator("table.queue tbody tr").all_inner_texts()
    assert len(second) == 100 and not set(first) & set(second)
    page.click("#page-next")
    page.wait_for_url(re.compile(r".*cursor=.*"))
    assert page.locator("#page-range").inner_text() == "201–250 of 250"
    assert page.locator("#page-next").count() == 0
    page.click("#page-prev")
    page.wait_for_url(re.compile(r".*cursor=.*"))
    assert page.locator("#page-range").inner_text() == "101–200 of 250"
    assert page.locator("table.queue tbody tr").all_inner_texts() == second


def test_keyset_pages_on_postgresql(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The cursor compares a CASE expression, nullable timestamps (NULLS LAST) and ids: PostgreSQL must agree.
    from mailbot.app import build_app
    from mailbot.config import settings_from_dict
    from tests.core.pgserver import PostgresServer

    if not PostgresServer.available():
        pytest.skip("Debian package postgresql is not installed (scripts/setup.sh installs it)")
    server = PostgresServer().start()
    try:
        app = build_app(settings_from_dict({"database": {"url": server.url}, "storage": {"path": str(tmp_path)}}))
        seed_cases(app, 250)
        with Session(app.engine) as session:
            expected = [r.case.id for r in list_queue(session, QueueFilter(limit=1000), now=NOW)]
            pages = walk(session, QueueFilter(limit=40))
            assert [i for p in pages for i in p] == expected and len(expected) == 250
            last = queue_page(session, QueueFilter(limit=40), now=NOW)
            while last.next_cursor:
                last = queue_page(session, QueueFilter(limit=40), cursor=last.next_cursor, now=NOW)
            back = queue_page(session, QueueFilter(limit=40), cursor=last.prev_cursor, now=NOW)
            assert [r.case.id for r in back.rows] == pages[-2] and back.start == 201
        app.engine.dispose()
    finally:
        server.stop()
