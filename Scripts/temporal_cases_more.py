"""More generated classes of composed date/time language (see Scripts/temporal_cases.py)."""
import datetime

from num2words import num2words

from temporal_grammar import (MONTHS, WEEKDAYS, PARTS, SEASONS, ORDINALS, UNITS, doc_date, add_months, shift, iso_week, count_text, case)


def clock_from_now_cases(rng):
    """Minutes and hours counted from the writing (the document's midnight, as a
    document date has no time): "in 5 minutes", "3 hours from now", "within 10 minutes"."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        n = rng.randint(2, 11)
        unit, letter = rng.choice([("minute", "M"), ("hour", "H")])
        count = count_text(rng, n)
        at = datetime.datetime(doc.year, doc.month, doc.day) + datetime.timedelta(**{unit + "s": n})
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S")
        k = rng.randrange(3)
        if k == 0:
            target, timex = f"in {count} {unit}s", stamp
        elif k == 1:
            target, timex = f"{count} {unit}s from now", stamp
        else:
            target, timex = f"within {count} {unit}s", f"({doc}T00:00:00,{stamp},PT{n}{letter})"
        out.append(case("clock-from-now", doc, "I'll be back {}, she said.", target, "datetime", timex))
    return out


def day_hour_range_cases(rng):
    """A day and a range of hours: "Monday 2-4pm", "Friday from 9-11am", "tomorrow
    between 2 and 4pm", "March 3 from 10:30 to 3" (an end before the start is in the afternoon)."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        w = rng.randrange(7)
        day, dt = rng.choice([(WEEKDAYS[w], f"XXXX-WXX-{w + 1}"), ("tomorrow", (doc + datetime.timedelta(days=1)).isoformat())])
        h1 = rng.randint(1, 8)
        h2 = h1 + rng.randint(1, 3)
        mer = rng.choice(["pm", " pm", "am"]) if h2 < 12 else "pm"
        o = 12 if "p" in mer else 0
        target = rng.choice([f"{day} {h1}-{h2}{mer}", f"{day} from {h1}-{h2}{mer}", f"{day} from {h1} to {h2}{mer}",
                             f"{day} between {h1} and {h2}{mer}"])
        out.append(case("day-hour-range", doc, "They met {}.", target, "datetime",
                        f"({dt}T{h1 + o:02d},{dt}T{h2 + o:02d},PT{h2 - h1}H)"))
    for _ in range(40):
        h1, m1 = rng.randint(8, 11), rng.choice([0, 30])
        h2 = rng.randint(1, 5)
        start = f"{h1}:{m1:02d}"  # a bare "from 10 to 3" is numbers
        minutes = (h2 + 12) * 60 - (h1 * 60 + m1)
        dur = "PT" + (f"{minutes // 60}H" if minutes // 60 else "") + (f"{minutes % 60}M" if minutes % 60 else "")
        st = f"T{h1:02d}:{m1:02d}"
        target = rng.choice([f"from {start} to {h2}", f"between {start} and {h2}"])
        out.append(case("time-range-noon", None, "The office is open {} on weekdays.", target, "time",
                        f"({st},T{h2 + 12:02d},{dur})"))
    return out


ZONES = ["GMT", "UTC", "EST", "PST", "CET", "BST", "ET", "PT"]


def zone_cases(rng):
    """A clock with a time zone after it: the clock alone is the time ("at 7 PM CET")."""
    out = []
    for _ in range(40):
        h = rng.randint(1, 11)
        m = rng.choice([0, 15, 30, 45])
        pm = rng.random() < 0.5
        mer = rng.choice(["pm", " PM", " p.m."]) if pm else rng.choice(["am", " AM", " a.m."])
        text = (f"{h}:{m:02d}" if m else str(h)) + mer
        hh = h + 12 if pm else h
        timex = f"T{hh:02d}:{m:02d}" if m else f"T{hh:02d}"
        out.append(("time-zone", "-", f"The talks start at {text} {rng.choice(ZONES)} on weekdays.", text, "time",
                    "timex:" + timex, "-"))
    return out


def numeric_range_cases(rng):
    """Two numeric days with the year once: "5/1-5/7/2020", "from 10/1-11/2/2017"."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        y = rng.randint(1990, 2030)
        a = datetime.date(y, rng.randint(1, 11), rng.randint(1, 28))
        b = a + datetime.timedelta(days=rng.randint(1, 40))
        if b.year != y:
            continue
        body = f"{a.month}/{a.day}-{b.month}/{b.day}/{y}"
        target = body if rng.random() < 0.5 else f"from {body}"
        out.append(case("numeric-date-range", doc, "The show runs {}.", target, "date", f"({a},{b},P{(b - a).days}D)"))
    return out


def weekend_cases(rng):
    """"this weekend", "next weekend", "last weekend": the weekend of that ISO week."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        word, n = rng.choice([("this", 0), ("next", 1), ("last", -1)])
        out.append(case("weekend", doc, "They met {}.", f"{word} weekend", "date",
                        iso_week(doc + datetime.timedelta(weeks=n)) + "-WE"))
    return out


def bare_hour_range_cases(rng):
    """A day and two bare hours: "Monday 11-4" is (XXXX-WXX-1T11,XXXX-WXX-1T16,PT5H), "Friday from
    3-8" (T03,T08): an end not after the start is in the afternoon."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        w = rng.randrange(7)
        h1, h2 = rng.sample(range(1, 12), 2)
        end = h2 + 12 if h2 < h1 else h2
        target = rng.choice([f"{WEEKDAYS[w]} {h1}-{h2}", f"{WEEKDAYS[w]} from {h1}-{h2}"])
        dt = f"XXXX-WXX-{w + 1}"
        out.append(case("day-bare-hours", doc, "Can we meet {}?", target, "datetime",
                        f"({dt}T{h1:02d},{dt}T{end:02d},PT{end - h1}H)"))
    return out


def datetime_range_cases(rng):
    """From one day and clock to another: "from Monday 2pm to Tuesday 4pm" is
    (XXXX-WXX-1T14,XXXX-WXX-2T16,PT26H); the later day is the next one of its name."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        w1 = rng.randrange(7)
        w2 = (w1 + rng.randint(1, 3)) % 7
        h1, h2 = rng.randint(1, 11), rng.randint(1, 11)
        p1, p2 = rng.random() < 0.5, rng.random() < 0.5
        c1, c2 = h1 + (12 if p1 else 0), h2 + (12 if p2 else 0)
        hours = ((w2 - w1) % 7) * 24 + c2 - c1
        t1 = f"{WEEKDAYS[w1]} {h1}{'pm' if p1 else 'am'}"
        t2 = f"{WEEKDAYS[w2]} {h2}{'pm' if p2 else 'am'}"
        target = rng.choice([f"from {t1} to {t2}", f"between {t1} and {t2}", f"from {t1} until {t2}"])
        out.append(case("datetime-range", doc, "I'll be away {}.", target, "datetime",
                        f"(XXXX-WXX-{w1 + 1}T{c1:02d},XXXX-WXX-{w2 + 1}T{c2:02d},PT{hours}H)"))
    return out


def after_next_cases(rng):
    """"the week after next", "the month after next", "the year after next"."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        unit = rng.choice(["week", "month", "year"])
        if unit == "week":
            timex = iso_week(doc + datetime.timedelta(weeks=2))
        elif unit == "month":
            timex = add_months(doc.replace(day=1), 2).strftime("%Y-%m")
        else:
            timex = str(doc.year + 2)
        out.append(case("after-next", doc, "Sales will grow in {}.", f"the {unit} after next", "date", timex))
    return out


def couple_cases(rng):
    """"a couple of" is two: "a couple of hours" (PT2H), "a couple of days ago", "in a couple of weeks"."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        unit, letter = rng.choice(UNITS + [("hour", "H"), ("minute", "M")])
        is_time = unit in ("hour", "minute")
        k = rng.randrange(3) if not is_time else 0
        if k == 0:
            out.append(case("duration-couple", doc, "It took {} to finish.", f"a couple of {unit}s", "duration",
                            ("PT" if is_time else "P") + f"2{letter}"))
        elif k == 1:
            out.append(case("duration-couple", doc, "It opened {}, they said.", f"a couple of {unit}s ago", "date",
                            shift(doc, -2, letter).isoformat()))
        else:
            out.append(case("duration-couple", doc, "It will open {}, they said.", f"in a couple of {unit}s", "date",
                            shift(doc, 2, letter).isoformat()))
    return out


def clock_day_part_cases(rng):
    """A clock with a weekday and its part of the day: "7 o'clock on Friday evening" is
    XXXX-WXX-5T19, "8am on Monday morning", "Saturday night at 10"."""
    out = []
    for _ in range(40):
        w = rng.randrange(7)
        part = rng.choice(["morning", "afternoon", "evening", "night"])
        h = rng.randint(1, 11) if part == "morning" else rng.randint(1, 5) if part == "afternoon" else rng.randint(6, 11)
        hh = h if part == "morning" else h + 12
        k = rng.randrange(3)
        if k == 0:
            target = f"{h} o'clock on {WEEKDAYS[w]} {part}"
        elif k == 1:
            target = f"{h}{'am' if part == 'morning' else 'pm'} on {WEEKDAYS[w]} {part}"
        else:
            target = f"{WEEKDAYS[w]} {part} at {h}"
        out.append(case("clock-day-part", None, "They met {} in town.", target, "datetime", f"XXXX-WXX-{w + 1}T{hh:02d}"))
    return out


def day_edge_cases(rng):
    """A part of a day said from the writing: "later today", "mid today", "early in
    tomorrow" are a datetime range of that day (the part in `mod`)."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        word, n = rng.choice([("today", 0), ("tomorrow", 1), ("yesterday", -1)])
        edge = rng.choice(["mid", "early", "later", "earlier", "later in", "early in"])
        out.append(case("day-edge", doc, "It happens {}, they said.", f"{edge} {word}", "datetime",
                        (doc + datetime.timedelta(days=n)).isoformat()))
    return out


def week_named_by_day_cases(rng):
    """A week named by a day of it: "the week of March 5", "the week starting on February 4",
    "the week beginning 4 February" (the timex is that day's, as Recognizers-Text writes it)."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        day = rng.choice([f"{MONTHS[m - 1]} {d}", f"{d} {MONTHS[m - 1]}"])
        word = rng.choice(["of", "starting", "starting on", "beginning", "commencing"])
        out.append(case("week-of-day", doc, "They will meet in {}.", f"the week {word} {day}", "date", f"XXXX-{m:02d}-{d:02d}"))
    return out


def nth_weekday_cases(rng):
    """The nth weekday of a month: "the first Monday of March" is XXXX-03-WXX-1-#1; Sunday is 0 there
    ("XXXX-05-WXX-0-#2"), as Recognizers-Text's DayOfWeek table numbers it."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        n, w, m = rng.randint(1, 4), rng.randrange(7), rng.randint(1, 12)
        ordinal = rng.choice([ORDINALS[n - 1], f"{n}{['st', 'nd', 'rd', 'th'][n - 1]}"])
        target = f"the {ordinal} {WEEKDAYS[w]} {rng.choice(['of', 'in'])} {MONTHS[m - 1]}"
        out.append(case("nth-weekday", doc, "The vote is on {}.", target, "date", f"XXXX-{m:02d}-WXX-{(w + 1) % 7}-#{n}"))
    return out


def set_day_part_cases(rng):
    """Every weekday's part of the day: "every Monday morning" is XXXX-WXX-1TMO."""
    out = []
    for _ in range(30):
        w, part = rng.randrange(7), rng.choice(list(PARTS))
        target = f"{rng.choice(['every', 'each'])} {WEEKDAYS[w]} {part}"
        out.append(case("set-day-part", None, "They meet {} in town.", target, "set", f"XXXX-WXX-{w + 1}T{PARTS[part]}"))
    return out


def day_clock_part_cases(rng):
    """A day at a bare hour, then its part of the day: "Tuesday at 10 in the morning" is
    XXXX-WXX-2T10, "Friday at 7 in the evening" XXXX-WXX-5T19."""
    out = []
    for _ in range(30):
        w = rng.randrange(7)
        part = rng.choice(["morning", "afternoon", "evening"])
        h = rng.randint(6, 11) if part == "morning" else rng.randint(1, 5) if part == "afternoon" else rng.randint(6, 10)
        hh = h if part == "morning" else h + 12
        out.append(case("day-clock-part", None, "They met {}.", f"{WEEKDAYS[w]} at {h} in the {part}", "datetime",
                        f"XXXX-WXX-{w + 1}T{hh:02d}"))
    return out


def few_period_cases(rng):
    """"the next few days", "the past few weeks": a few is three, as Recognizers-Text counts it."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        unit, letter = rng.choice(UNITS)
        ahead = rng.random() < 0.5
        word = rng.choice(["next", "coming"] if ahead else ["last", "past"])
        if ahead:
            start = doc + datetime.timedelta(days=1)
            end = shift(start, 3, letter)
        else:
            end, start = doc, shift(doc, -3, letter)
        out.append(case("few-period", doc, "Sales grew in the {}.", f"{word} few {unit}s", "date", f"({start},{end},P3{letter})"))
    return out


def minutes_to_cases(rng):
    """Minutes to an hour: "quarter to eight" is T07:45, "ten minutes to 9" T08:50."""
    out = []
    for _ in range(30):
        h = rng.randint(2, 11)
        k = rng.randrange(3)
        if k == 0:
            text, m = f"{rng.choice(['quarter', 'a quarter'])} to {rng.choice([num2words(h), str(h)])}", 15
        else:
            m = rng.choice([5, 10, 20, 25])
            text = f"{rng.choice([num2words(m), str(m)])} minutes to {rng.choice([num2words(h), str(h)])}"
        out.append(("minutes-to", "-", f"The train left at {text}, they said.", text, "time", f"timex:T{h - 1:02d}:{60 - m:02d}", "-"))
    return out
