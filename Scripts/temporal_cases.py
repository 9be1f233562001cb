"""Generated classes of date/time language that the stage must compose, for
Scripts/build_number_cases.py.

Each class is a small grammar: random days, weekdays, clock times, counts and
units written in several phrasings, with the span, kind and TIMEX3 that
Recognizers-Text writes for them (as its specs show its conventions), resolved
against a random document date. A case is a tuple
(class, document date, text, target, kind, "timex:" + timex, "-").
"""
import datetime

from num2words import num2words

from temporal_grammar import (MONTHS, WEEKDAYS, PARTS, SEASONS, ORDINALS, UNITS, doc_date, add_months, shift, iso_week, count_text, case)

import temporal_cases_more as more
import temporal_cases_extra as extra


def relative_cases(rng):
    """Days counted from the writing: "3 days ago", "in two weeks", "two years later",
    "the day after tomorrow"."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        n = rng.randint(2, 12)
        unit, letter = rng.choice(UNITS)
        words = f"{count_text(rng, n)} {unit}s"
        day = shift(doc, -n, letter)
        out.append(case("relative-ago", doc, "It opened {}, they said.", f"{words} ago", "date", day.isoformat()))
    for _ in range(60):
        doc = doc_date(rng)
        n = rng.randint(2, 12)
        unit, letter = rng.choice(UNITS)
        words = f"{count_text(rng, n)} {unit}s"
        out.append(case("relative-in", doc, "It will open {}, they said.", f"in {words}", "date", shift(doc, n, letter).isoformat()))
    for _ in range(40):
        doc = doc_date(rng)
        word, n = rng.choice([("the day after tomorrow", 2), ("the day before yesterday", -2)])
        out.append(case("relative-day-after", doc, "They met {}.", word, "date", (doc + datetime.timedelta(days=n)).isoformat()))
    return out


def counted_period_cases(rng):
    """"the next 3 days", "the past five years", "the last two weeks": N units
    from the day after the writing, or up to it."""
    out = []
    for _ in range(80):
        doc = doc_date(rng)
        n = rng.randint(2, 12)
        unit, letter = rng.choice(UNITS)
        ahead = rng.random() < 0.5
        word = rng.choice(["next", "coming", "following"] if ahead else ["last", "past", "previous"])
        if ahead:
            start = doc + datetime.timedelta(days=1)
            end = shift(start, n, letter)
        else:
            end = doc
            start = shift(doc, -n, letter)
        target = f"{word} {count_text(rng, n)} {unit}s"
        out.append(case("counted-period", doc, "Sales grew in the {}.", target, "date",
                        f"({start.isoformat()},{end.isoformat()},P{n}{letter})"))
    return out


def calendar_period_cases(rng):
    """"next week", "last month", "this year", "this summer", "summer 2019",
    "the third quarter of 2019", "the second half of 2019"."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        word, n = rng.choice([("this", 0), ("next", 1), ("last", -1)])
        unit = rng.choice(["week", "month", "year"])
        if unit == "week":
            timex = iso_week(doc + datetime.timedelta(weeks=n))
        elif unit == "month":
            timex = add_months(doc.replace(day=1), n).strftime("%Y-%m")
        else:
            timex = str(doc.year + n)
        out.append(case("calendar-period", doc, "Sales grew {}.", f"{word} {unit}", "date", timex))
    for _ in range(40):
        doc = doc_date(rng)
        season = rng.choice(list(SEASONS))
        y = rng.randint(1990, 2030)
        k = rng.randrange(3)
        if k == 0:
            target, timex = f"{season} {y}", f"{y}-{SEASONS[season]}"
        elif k == 1:
            target, timex = f"{season} of {y}", f"{y}-{SEASONS[season]}"
        else:
            target, timex = f"this {season}", f"{doc.year}-{SEASONS[season]}"
        out.append(case("season", doc, "It rained a lot in {}.", target, "date", timex))
    for _ in range(60):
        doc = doc_date(rng)
        y = rng.randint(1990, 2030)
        if rng.random() < 0.6:
            q = rng.randint(1, 4)
            start = datetime.date(y, 3 * q - 2, 1)
            end = add_months(start, 3)
            target = rng.choice([f"the {ORDINALS[q - 1]} quarter of {y}", f"Q{q} {y}", f"{y} Q{q}"])
            timex = f"({start},{end},P3M)"
        else:
            h = rng.randint(1, 2)
            start = datetime.date(y, 6 * h - 5, 1)
            end = add_months(start, 6)
            target = f"the {ORDINALS[h - 1]} half of {y}"
            timex = f"({start},{end},P6M)"
        out.append(case("quarter-half", doc, "Sales grew in {}.", target, "date", timex))
    return out


def week_of_cases(rng):
    """Periods defined by a date: "the first week of March 2019", "the second week
    of 2021", "a week starting tomorrow", "2 weeks starting May 20, 2019"."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        n = rng.randint(1, 4)
        m, y = rng.randint(1, 12), rng.randint(1990, 2030)
        if rng.random() < 0.5:
            target, timex = f"the {ORDINALS[n - 1]} week of {MONTHS[m - 1]}", f"XXXX-{m:02d}-W{n:02d}"
        else:
            target, timex = f"the {ORDINALS[n - 1]} week of {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-W{n:02d}"
        out.append(case("week-of", doc, "They met in {}.", target, "date", timex))
    for _ in range(40):
        doc = doc_date(rng)
        n = rng.randint(1, 4)
        unit, letter = rng.choice([("day", "D"), ("week", "W")])
        count = "a" if n == 1 else count_text(rng, n)
        if rng.random() < 0.5:
            start, what = doc + datetime.timedelta(days=1), "tomorrow"
        else:
            start = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
            what = f"{MONTHS[start.month - 1]} {start.day}, {start.year}"
        end = shift(start, n, letter)
        target = f"{count} {unit}{'s' if n > 1 else ''} starting {what}"
        out.append(case("period-starting", doc, "They closed for {}.", target, "date", f"({start},{end},P{n}{letter})"))
    return out


def date_range_cases(rng):
    """Two days or two months joined: "from March 3 to April 10, 2019", "between
    May 2 and May 9, 2019", "from May to August 2015"."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        y = rng.randint(1990, 2030)
        a = datetime.date(y, rng.randint(1, 11), rng.randint(1, 28))
        b = a + datetime.timedelta(days=rng.randint(1, 60))
        if b.year != y:
            continue
        da, db = f"{MONTHS[a.month - 1]} {a.day}", f"{MONTHS[b.month - 1]} {b.day}"
        target = rng.choice([f"from {da} to {db}, {y}", f"between {da} and {db}, {y}", f"from {da}, {y} to {db}, {y}",
                             f"{da} - {db}, {y}"])
        out.append(case("date-range", doc, "The show runs {}.", target, "date", f"({a},{b},P{(b - a).days}D)"))
    for _ in range(40):
        doc = doc_date(rng)
        y = rng.randint(1990, 2030)
        m1 = rng.randint(1, 10)
        m2 = rng.randint(m1 + 1, 12)
        target = rng.choice([f"from {MONTHS[m1 - 1]} to {MONTHS[m2 - 1]} {y}", f"between {MONTHS[m1 - 1]} and {MONTHS[m2 - 1]} {y}"])
        out.append(case("month-range", doc, "The show runs {}.", target, "date",
                        f"({y}-{m1:02d}-01,{y}-{m2:02d}-01,P{m2 - m1}M)"))
    return out


def part_of_period_cases(rng):
    """"early 2019", "mid-March", "late 1990", "the end of next month", "the
    beginning of 2000" (the period's own timex; the part is in `mod`)."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        y, m = rng.randint(1950, 2030), rng.randint(1, 12)
        word = rng.choice(["early", "mid", "late", "the beginning of", "the end of", "the middle of"])
        k = rng.randrange(3)
        if k == 0:
            what, timex = str(y), str(y)
        elif k == 1:
            what, timex = MONTHS[m - 1], f"XXXX-{m:02d}"
        else:
            what, timex = f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
        target = f"mid-{what}" if word == "mid" and rng.random() < 0.5 else f"{word} {what}"
        out.append(case("part-of-period", doc, "It opened in {}.", target, "date", timex))
    for _ in range(40):
        doc = doc_date(rng)
        word, n = rng.choice([("this", 0), ("next", 1), ("last", -1)])
        unit = rng.choice(["week", "month", "year"])
        edge = rng.choice(["the end of", "the beginning of", "the start of"])
        if unit == "week":
            timex = iso_week(doc + datetime.timedelta(weeks=n))
        elif unit == "month":
            timex = add_months(doc.replace(day=1), n).strftime("%Y-%m")
        else:
            timex = str(doc.year + n)
        out.append(case("edge-of-period", doc, "It will be done by {}.", f"{edge} {word} {unit}", "date", timex))
    return out


def day_part_cases(rng):
    """A part of the day said from the writing: "this morning", "tonight",
    "last night", "tomorrow evening", "yesterday afternoon"."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        k = rng.randrange(4)
        part = rng.choice(list(PARTS))
        if k == 0:
            target, day = (f"this {part}" if part != "night" else "tonight"), doc
        elif k == 1:
            target, day = "last night", doc - datetime.timedelta(days=1)
            part = "night"
        elif k == 2:
            target, day = f"tomorrow {part}", doc + datetime.timedelta(days=1)
        else:
            if part == "night":
                continue
            target, day = f"yesterday {part}", doc - datetime.timedelta(days=1)
        out.append(case("day-part-deictic", doc, "They met {} in town.", target, "datetime", f"{day}T{PARTS[part]}"))
    return out


def clock_range_cases(rng):
    """Time ranges without a day: "from 3 to 5 pm", "between 9 and 11am", "3-5pm",
    "from 9am to 5pm"."""
    out = []
    for _ in range(60):
        h1 = rng.randint(1, 9)
        h2 = h1 + rng.randint(1, 3)
        pm = rng.random() < 0.5
        mer = rng.choice(["pm", " pm", "p.m.", " p.m."]) if pm else rng.choice(["am", " am", "a.m.", " a.m."])
        if h2 > 11:
            continue
        k = rng.randrange(4)
        if k == 0:
            target = f"from {h1} to {h2}{mer}"
        elif k == 1:
            target = f"between {h1} and {h2}{mer}"
        elif k == 2:
            target = f"{h1}-{h2}{mer}"
        else:
            target = f"from {h1}{mer} to {h2}{mer}"
        o = 12 if pm else 0
        out.append(case("time-range", None, "The shop opens {} on weekdays.", target, "time",
                        f"(T{h1 + o:02d},T{h2 + o:02d},PT{h2 - h1}H)"))
    return out


def fraction_duration_cases(rng):
    """Durations with a half: "two and a half days", "an hour and a half", "half an
    hour", "1.5 hours", and large counts in words ("one hundred and twenty days")."""
    out = []
    units = [("minute", "M", True), ("hour", "H", True), ("day", "D", False), ("week", "W", False),
             ("month", "M", False), ("year", "Y", False)]
    for _ in range(60):
        unit, letter, is_time = rng.choice(units)
        n = rng.randint(1, 9)
        k = rng.randrange(4)
        p = "PT" if is_time else "P"
        if k == 0:
            target = f"{num2words(n)} and a half {unit}s"
        elif k == 1:
            target = f"{'an' if unit == 'hour' else 'a'} {unit} and a half" if n == 1 else f"{num2words(n)} {unit}s and a half"
        elif k == 2:
            target = f"{n}.5 {unit}s"
        else:
            target, n = f"half {'an' if unit == 'hour' else 'a'} {unit}", 0
        value = f"{n}.5" if n else "0.5"
        timex = p + value + letter
        out.append(case("duration-half", None, "It took {} to finish.", target, "duration", timex))
    for _ in range(40):
        unit, letter, is_time = rng.choice(units)
        n = rng.randint(100, 999)
        target = f"{num2words(n)} {unit}s"
        out.append(case("duration-words-large", None, "It took {} to finish.", target, "duration",
                        ("PT" if is_time else "P") + f"{n}{letter}"))
    return out


def set_word_cases(rng):
    """Sets: "each morning", "every week", "every other day", "Tuesday
    afternoons", "once a week", "every Friday"."""
    out = []
    for _ in range(60):
        k = rng.randrange(5)
        if k == 0:
            part = rng.choice(list(PARTS))
            target, timex = f"{rng.choice(['each', 'every'])} {part}", "T" + PARTS[part]
        elif k == 1:
            unit, letter = rng.choice(UNITS)
            target, timex = f"{rng.choice(['each', 'every'])} {unit}", f"P1{letter}"
        elif k == 2:
            unit, letter = rng.choice(UNITS)
            target, timex = f"once a {unit}", f"P1{letter}"
        elif k == 3:
            w, part = rng.randrange(7), rng.choice(list(PARTS))
            target, timex = f"{WEEKDAYS[w]} {part}s", f"XXXX-WXX-{w + 1}T{PARTS[part]}"
        else:
            w = rng.randrange(7)
            target, timex = f"{rng.choice(['each', 'every'])} {WEEKDAYS[w]}", f"XXXX-WXX-{w + 1}"
        out.append(case("set-words", None, "They meet {} in town.", target, "set", timex))
    return out


def two_digit_year_cases(rng):
    """Years written with two digits after a month: "April of 87", "15 April of 03"."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        yy = rng.choice([rng.randint(50, 99), rng.randint(0, 29)])
        y = 1900 + yy if yy >= 50 else 2000 + yy
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.5:
            target, kind, timex = f"{MONTHS[m - 1]} of {yy:02d}", "date", f"{y}-{m:02d}"
        else:
            target, kind, timex = f"{d} {MONTHS[m - 1]} of {yy:02d}", "date", f"{y}-{m:02d}-{d:02d}"
        out.append(case("two-digit-year", doc, "She was born in {}.", target, kind, timex))
    return out


def datetime_word_cases(rng):
    """A day and a clock without a linking word, or with a deictic part of the day:
    "Monday 3pm", "tonight at 9pm", "tomorrow morning at 7"."""
    out = []
    for _ in range(50):
        doc = doc_date(rng)
        h = rng.randint(1, 11)
        k = rng.randrange(3)
        if k == 0:
            w = rng.randrange(7)
            target, timex = f"{WEEKDAYS[w]} {h}pm", f"XXXX-WXX-{w + 1}T{h + 12:02d}"
        elif k == 1:
            hh = h + 12 if h >= 6 else h
            target, timex = f"tonight at {h}{'pm' if h >= 6 else 'am'}", f"{doc}T{hh:02d}"
        else:
            part = rng.choice(["morning", "evening"])
            day = doc + datetime.timedelta(days=1)
            hh = h + 12 if part == "evening" else h
            target, timex = f"tomorrow {part} at {h}", f"{day}T{hh:02d}"
        out.append(case("datetime-words", doc, "They met {} in town.", target, "datetime", timex))
    return out


def present_cases(rng):
    """Deictic words for the present."""
    out = []
    for word in ["right now", "at the moment", "at this time", "at present", "at the minute"]:
        for _ in range(4):
            out.append(case("present-words", doc_date(rng), "It is happening {}, they said.", word, "datetime", "PRESENT_REF"))
    return out


def all_cases(rng):
    return (relative_cases(rng) + counted_period_cases(rng) + calendar_period_cases(rng) + week_of_cases(rng)
            + date_range_cases(rng) + part_of_period_cases(rng) + day_part_cases(rng) + clock_range_cases(rng)
            + fraction_duration_cases(rng) + set_word_cases(rng) + two_digit_year_cases(rng) + datetime_word_cases(rng)
            + present_cases(rng) + more.clock_from_now_cases(rng) + more.day_hour_range_cases(rng) + more.zone_cases(rng)
            + more.numeric_range_cases(rng) + more.weekend_cases(rng) + more.bare_hour_range_cases(rng) + more.datetime_range_cases(rng)
            + more.after_next_cases(rng) + more.couple_cases(rng) + more.clock_day_part_cases(rng)
            + more.day_edge_cases(rng) + more.week_named_by_day_cases(rng) + more.nth_weekday_cases(rng)
            + more.set_day_part_cases(rng) + more.day_clock_part_cases(rng) + more.few_period_cases(rng) + more.minutes_to_cases(rng)
            + extra.weekday_range_cases(rng) + extra.weekday_of_month_cases(rng)
            + extra.week_commencing_cases(rng) + extra.every_other_cases(rng)
            + extra.weekday_range_lower_cases(rng) + extra.weekday_of_month_short_cases(rng))
