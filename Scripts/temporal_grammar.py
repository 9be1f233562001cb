"""Shared pieces of the generated date/time classes (Scripts/temporal_cases.py,
Scripts/temporal_cases_more.py and Scripts/temporal_cases_extra.py): names, random document dates, date arithmetic, the case tuple."""
import datetime

from num2words import num2words

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORDINALS = ["first", "second", "third", "fourth"]


def doc_date(rng):
    return datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return datetime.date(y, m, min(d.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31,
                                           30, 31, 30, 31][m - 1]))


def shift(d, n, unit):
    if unit == "D":
        return d + datetime.timedelta(days=n)
    if unit == "W":
        return d + datetime.timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    return add_months(d, 12 * n)


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


UNITS = [("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y")]


def count_text(rng, n):
    return num2words(n) if rng.random() < 0.4 else str(n)


def case(cls, doc, frame, target, kind, timex):
    return (cls, doc.isoformat() if doc else "-", frame.format(target), target, kind, "timex:" + timex, "-")
