"""Generated classes of dates and times for Scripts/build_number_cases.py: random
days in a dozen formats resolved against a document date, times, durations,
sets and the first composed pieces (see that script's header for the classes).
A case is (class, document date or "-", text, target, kind, value, unit or "-").
"""
import datetime

from num2words import num2words


def fmt(v):
    return repr(float(v)) if v != int(v) else str(int(v))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal_suffix(d):
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_cases(rng):
    out = []
    formats = [
        lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        lambda d: f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}",
        lambda d: f"{d.day}{ordinal_suffix(d.day)} {MONTHS[d.month - 1]} {d.year}",
        lambda d: f"the {d.day}{ordinal_suffix(d.day)} of {MONTHS[d.month - 1]} {d.year}",
        lambda d: f"{MONTHS[d.month - 1]} {d.day}{ordinal_suffix(d.day)}, {d.year}",
        lambda d: d.isoformat(),
        lambda d: f"{d.month}/{d.day}/{d.year}",
        lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
        lambda d: f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda d: f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year}",
        lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}",
    ]
    for k, f in enumerate(formats):
        for _ in range(25):
            day = datetime.date(rng.randint(1950, 2040), rng.randint(1, 12), rng.randint(1, 28))
            doc = datetime.date(rng.randint(1950, 2040), rng.randint(1, 12), rng.randint(1, 28))
            target = f(day)
            out.append((f"date", doc.isoformat(), f"It happened on {target}, they said.", target, "date", day.isoformat(), "-"))
    # Without a year, in a sentence in the past: the latest such day on or before the document date.
    for _ in range(50):
        doc = datetime.date(rng.randint(1950, 2040), rng.randint(1, 12), rng.randint(1, 28))
        month, dom = rng.randint(1, 12), rng.randint(1, 28)
        day = datetime.date(doc.year, month, dom)
        if day > doc:
            day = datetime.date(doc.year - 1, month, dom)
        target = f"{MONTHS[day.month - 1]} {day.day}" if rng.random() < 0.5 else f"{day.day} {MONTHS[day.month - 1]}"
        out.append(("date-no-year", doc.isoformat(), f"It happened on {target}, they said.", target, "date", day.isoformat(), "-"))
    # Deictic days against the document date.
    for word, shift in [("today", 0), ("yesterday", -1), ("tomorrow", 1)]:
        for _ in range(10):
            doc = datetime.date(rng.randint(1950, 2040), rng.randint(1, 12), rng.randint(1, 28))
            out.append(("date-deictic", doc.isoformat(), f"It happened {word}, they said.", word, "date",
                        (doc + datetime.timedelta(days=shift)).isoformat(), "-"))
    return out


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def some_day(rng, doc):
    """A day as text, its timex and its resolved date (None when unresolved)."""
    k = rng.randrange(4)
    if k == 0:
        w = rng.randrange(7)
        return WEEKDAYS[w], f"XXXX-WXX-{w + 1}"
    if k == 1:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        return f"{MONTHS[m - 1]} {d}", f"XXXX-{m:02d}-{d:02d}"
    if k == 2:
        y, m, d = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)
        return f"{MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"
    word, shift = rng.choice([("tomorrow", 1), ("yesterday", -1), ("today", 0)])
    return word, (doc + datetime.timedelta(days=shift)).isoformat()


def clock(rng):
    """A time of day as text and its timex part."""
    h = rng.randint(1, 11)
    m = rng.choice([0, 0, 15, 30, 45])
    pm = rng.random() < 0.5
    hh = h + 12 if pm else h
    k = rng.randrange(4)
    if k == 0:
        return (f"{h}{'pm' if pm else 'am'}" if m == 0 else f"{h}:{m:02d}{'pm' if pm else 'am'}"), (f"T{hh:02d}" if m == 0 else f"T{hh:02d}:{m:02d}")
    if k == 1:
        return (f"{h} {'p.m.' if pm else 'a.m.'}" if m == 0 else f"{h}:{m:02d} {'p.m.' if pm else 'a.m.'}"), (f"T{hh:02d}" if m == 0 else f"T{hh:02d}:{m:02d}")
    if k == 2:
        return f"{hh:02d}:{m:02d}", f"T{hh:02d}:{m:02d}"
    return f"{h}:{m:02d} {'pm' if pm else 'am'}", f"T{hh:02d}:{m:02d}"


def temporal_cases(rng):
    """Pieces composed: day and time, day and part of day, a time range on a day,
    durations summed and in words, sets with a count (TIMEX3 as Recognizers-Text writes it)."""
    out = []
    for _ in range(60):
        doc = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        day, dt = some_day(rng, doc)
        t, tt = clock(rng)
        target = f"{day} at {t}" if rng.random() < 0.7 else f"{t} on {day}"
        out.append(("date+time", doc.isoformat(), f"They met {target} in town.", target, "datetime", "timex:" + dt + tt, "-"))
    for _ in range(60):
        doc = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        day, dt = some_day(rng, doc)
        part = rng.choice(list(PARTS))
        if day == "today" or day == "yesterday" and part == "night":
            continue  # "this morning", "last night" are words of their own
        target = f"{day} {part}"
        out.append(("date+part-of-day", doc.isoformat(), f"They met {target}.", target, "datetime", "timex:" + dt + "T" + PARTS[part], "-"))
    for _ in range(60):
        doc = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        day, dt = some_day(rng, doc)
        h1 = rng.randint(1, 8)
        h2 = h1 + rng.randint(1, 3)
        forms = [f"{day} from {h1}pm to {h2}pm", f"{day} between {h1}pm and {h2}pm", f"from {h1}pm to {h2}pm {day}"]
        target = rng.choice(forms)
        timex = f"({dt}T{h1 + 12:02d},{dt}T{h2 + 12:02d},PT{h2 - h1}H)"
        out.append(("date+time-range", doc.isoformat(), f"They met {target}.", target, "datetime", "timex:" + timex, "-"))
    # Pairs of units from the larger, as a sum is written.
    pairs = [(("hours", "H", True), ("minutes", "M", True)), (("hours", "H", True), ("seconds", "S", True)),
             (("minutes", "M", True), ("seconds", "S", True)), (("days", "D", False), ("hours", "H", True)),
             (("years", "Y", False), ("months", "M", False)), (("days", "D", False), ("minutes", "M", True))]
    for _ in range(60):
        (ua, la, ta), (ub, lb, tb) = rng.choice(pairs)
        na, nb = rng.randint(2, 20), rng.randint(2, 50)
        timex = "P" + (f"T{na}{la}{nb}{lb}" if ta else f"{na}{la}" + (f"T{nb}{lb}" if tb else f"{nb}{lb}"))
        joiner = rng.choice([" and ", " ", ", "])
        target = f"{na} {ua}{joiner}{nb} {ub}"
        out.append(("duration-sum", "-", f"It took {target} to finish.", target, "duration", "timex:" + timex, "-"))
    for _ in range(60):
        n = rng.randint(2, 99)
        unit, letter, is_time = rng.choice([("minutes", "M", True), ("hours", "H", True), ("days", "D", False), ("weeks", "W", False),
                                            ("months", "M", False), ("years", "Y", False)])
        words = num2words(n)
        out.append(("duration-words", "-", f"It took {words} {unit} to finish.", f"{words} {unit}", "duration",
                    "timex:P" + ("T" if is_time else "") + f"{n}{letter}", "-"))
    for _ in range(60):
        k = rng.randrange(3)
        if k == 0:
            n = rng.randint(2, 12)
            unit, letter, is_time = rng.choice([("hours", "H", True), ("days", "D", False), ("weeks", "W", False), ("months", "M", False),
                                                ("years", "Y", False), ("minutes", "M", True)])
            target, timex = f"every {n} {unit}", "P" + ("T" if is_time else "") + f"{n}{letter}"
        elif k == 1:
            w = rng.randrange(7)
            t, tt = clock(rng)
            target, timex = f"every {WEEKDAYS[w]} at {t}", f"XXXX-WXX-{w + 1}{tt}"
        else:
            part = rng.choice(list(PARTS))
            target, timex = f"every {part}", "T" + PARTS[part]
        out.append(("set-count", "-", f"They meet {target} in town.", target, "set", "timex:" + timex, "-"))
    return out


def named_time_cases(rng):
    """Named times of the day with a day, and the present."""
    out = []
    for _ in range(20):
        doc = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        day, dt = some_day(rng, doc)
        target = f"{day} at noon" if rng.random() < 0.5 else f"noon on {day}"
        out.append(("named-time", doc.isoformat(), f"They met {target} in town.", target, "datetime", "timex:" + dt + "T12", "-"))
    for word in ["right now", "at the moment"]:
        doc = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        out.append(("present", doc.isoformat(), f"It is happening {word}, they said.", word, "datetime", "timex:PRESENT_REF", "-"))
    return out
