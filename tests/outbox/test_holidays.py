"""Public holidays in the reminders' working days: the pure date logic, the config check, one real reminder run."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session

from mailbot.errors import ConfigError
from mailbot.outbox.reminders import holiday_calendar, send_reminders, working_days_between
from mailbot.store.models import Case
from tests.outbox.helpers import outbox_rows
from tests.outbox.test_reply_step import _message, _reply, _sent_on


def first_day_with(n: int, sent: date, calendar: object = ()) -> date:
    """The first date on which `n` working days have passed since `sent` (when reminder n is due)."""
    day = sent
    while working_days_between(sent, day, calendar) < n:  # type: ignore[arg-type]
        day += timedelta(days=1)
    return day


def test_christmas_is_no_working_day_in_gb() -> None:
    gb = holiday_calendar("GB", "ENG")
    wed = date(2026, 12, 23)
    # Thu 24 counts; Fri 25 (Christmas), the weekend and Mon 28 (Boxing Day observed) do not.
    assert first_day_with(2, wed, gb) == date(2026, 12, 29)
    assert first_day_with(2, wed) == date(2026, 12, 25)  # weekends only: Christmas would count
    # The second reminder after 5 working days: 24, 29, 30, 31 December, then New Year's Day is off.
    assert first_day_with(5, wed, gb) == date(2027, 1, 4)
    assert working_days_between(wed, date(2026, 12, 28), gb) == 1


def test_holidays_are_per_country_and_subdivision() -> None:
    # 2 January is a bank holiday in Scotland only; 26 October 2026 is a Monday with no holiday anywhere here.
    assert working_days_between(date(2026, 12, 31), date(2027, 1, 4), holiday_calendar("GB", "SCT")) == 0
    assert working_days_between(date(2026, 12, 31), date(2027, 1, 4), holiday_calendar("GB", "ENG")) == 1
    # Whit Monday (25 May 2026) is off in Germany; Corpus Christi (4 June 2026) only in some states.
    de, by = holiday_calendar("DE"), holiday_calendar("DE", "BY")
    assert working_days_between(date(2026, 5, 22), date(2026, 5, 26), de) == 1
    assert working_days_between(date(2026, 6, 3), date(2026, 6, 5), de) == 2
    assert working_days_between(date(2026, 6, 3), date(2026, 6, 5), by) == 1


def test_a_holiday_on_a_weekend_is_not_counted_twice() -> None:
    # Christmas 2027 is a Saturday; GB observes it on Monday 27 and Boxing Day on Tuesday 28.
    gb = holiday_calendar("GB", "ENG")
    assert working_days_between(date(2027, 12, 24), date(2027, 12, 29), gb) == 1
    # Without a country only weekends are days off, and the old behaviour is unchanged.
    assert holiday_calendar("") == ()
    assert working_days_between(date(2027, 12, 24), date(2027, 12, 29), holiday_calendar("")) == 3


@pytest.mark.parametrize(("company", "words"), [
    ({"holidays_country": "XX"}, "Country XX not available"),
    ({"holidays_country": "GB", "holidays_subdivision": "QQ"}, "does not have subdivision QQ"),
    ({"holidays_subdivision": "ENG"}, "needs holidays_country"),
])
def test_a_wrong_holiday_setting_is_a_config_error(make_settings, company: dict, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match=words):
        make_settings(company=company)


def test_reminder_waits_over_christmas(make_settings, make_app, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings(mailbox=[], company={"holidays_country": "GB", "holidays_subdivision": "ENG"},
                                 digest={"timezone": "Europe/London"}))
    wednesday = datetime(2026, 12, 23, 10, 0, tzinfo=UTC)
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", stage="order", order_number="PO-1225",
                    missing_documents=["contract"], complete=False)
        session.add(case)
        session.flush()
        _reply(app, session, _message(session, case=case, kind="order", subject="Order PO-1225"), case)
        session.commit()
    _sent_on(app, wednesday)
    assert send_reminders(app, now=datetime(2026, 12, 25, 10, 0, tzinfo=UTC)) == 0  # Christmas Day
    assert send_reminders(app, now=datetime(2026, 12, 28, 10, 0, tzinfo=UTC)) == 0  # Boxing Day observed
    assert send_reminders(app, now=datetime(2026, 12, 29, 10, 0, tzinfo=UTC)) == 1
    assert [r.template for r in outbox_rows(app)] == ["request_documents", "reminder"]


def test_the_partners_holidays_count_too(make_settings, make_app, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    from mailbot.outbox.policy import policy_from_dict

    app = make_app(make_settings(mailbox=[], company={"holidays_country": "GB", "holidays_subdivision": "ENG"},
                                 digest={"timezone": "Europe/London"}))
    # A partner in China: Golden Week (1-7 October 2026) is no working day for them, though it is for us.
    app.extras["reply_policy"] = policy_from_dict({"partners": {"partner.test": {"holidays_country": "CN"}}})
    wednesday = datetime(2026, 9, 30, 10, 0, tzinfo=UTC)
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", stage="order", order_number="PO-1001",
                    missing_documents=["contract"], complete=False)
        session.add(case)
        session.flush()
        _reply(app, session, _message(session, case=case, kind="order", subject="Order PO-1001"), case)
        session.commit()
    _sent_on(app, wednesday)
    # Two of our working days have passed on Friday 2 October, none of theirs.
    assert send_reminders(app, now=datetime(2026, 10, 2, 10, 0, tzinfo=UTC)) == 0
    assert send_reminders(app, now=datetime(2026, 10, 8, 10, 0, tzinfo=UTC)) == 0
    assert send_reminders(app, now=datetime(2026, 10, 9, 10, 0, tzinfo=UTC)) == 1
    assert [r.template for r in outbox_rows(app)] == ["request_documents", "reminder"]


@pytest.mark.parametrize(("override", "words"), [
    ({"holidays_country": "XX"}, "Country XX not available"),
    ({"holidays_country": "CN", "holidays_subdivision": "QQ"}, "does not have subdivision QQ"),
    ({"holidays_subdivision": "BY"}, "holidays_country"),
])
def test_a_wrong_partner_holiday_setting_is_a_rules_error(override: dict, words: str) -> None:
    from mailbot.errors import RulesError
    from mailbot.outbox.policy import policy_from_dict

    with pytest.raises(RulesError, match=words) as exc:
        policy_from_dict({"partners": {"partner.test": override}})
    assert 'partners."partner.test"' in str(exc.value)
