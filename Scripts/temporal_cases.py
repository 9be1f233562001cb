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
    """The nth weekday of a month: "the first Monday of March" is XXXX-03-WXX-1-#1."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        n, w, m = rng.randint(1, 4), rng.randrange(7), rng.randint(1, 12)
        ordinal = rng.choice([ORDINALS[n - 1], f"{n}{['st', 'nd', 'rd', 'th'][n - 1]}"])
        target = f"the {ordinal} {WEEKDAYS[w]} {rng.choice(['of', 'in'])} {MONTHS[m - 1]}"
        out.append(case("nth-weekday", doc, "The vote is on {}.", target, "date", f"XXXX-{m:02d}-WXX-{w + 1}-#{n}"))
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


def all_cases(rng):
    return (relative_cases(rng) + counted_period_cases(rng) + calendar_period_cases(rng) + week_of_cases(rng)
            + date_range_cases(rng) + part_of_period_cases(rng) + day_part_cases(rng) + clock_range_cases(rng)
            + fraction_duration_cases(rng) + set_word_cases(rng) + two_digit_year_cases(rng) + datetime_word_cases(rng)
            + present_cases(rng) + clock_from_now_cases(rng) + day_hour_range_cases(rng) + zone_cases(rng)
            + numeric_range_cases(rng) + weekend_cases(rng) + bare_hour_range_cases(rng) + datetime_range_cases(rng)
            + after_next_cases(rng) + couple_cases(rng) + clock_day_part_cases(rng)
            + day_edge_cases(rng) + week_named_by_day_cases(rng) + nth_weekday_cases(rng)
            + set_day_part_cases(rng) + day_clock_part_cases(rng) + few_period_cases(rng) + minutes_to_cases(rng))
