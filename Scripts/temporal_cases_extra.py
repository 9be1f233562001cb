"""Further generated classes of date/time language (see Scripts/temporal_cases.py), each with
the span, kind and timex Recognizers-Text writes for it."""
import datetime

from temporal_grammar import MONTHS, WEEKDAYS, doc_date, case

# Weekday abbreviations Recognizers-Text takes alone (its SingleWeekDayRegex: "Sat" and
# "Sun" only after "on", so not at the ends of a range).
WEEKDAY_ABBREVIATIONS = [["Mon"], ["Tue", "Tues"], ["Wed"], ["Thu", "Thur", "Thurs"], ["Fri"]]


def weekday_range_cases(rng):
    """Two weekdays joined into one date range: "Monday to Friday", "from Tuesday through
    Thursday", "between Monday and Wednesday", "Mon-Fri". Recognizers-Text merges the two
    days (each its own timex) with the days between them: (XXXX-WXX-1,XXXX-WXX-5,P4D);
    "Friday to Monday" runs over the weekend (P3D)."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        w1, w2 = rng.sample(range(7), 2)
        short = w1 < 5 and w2 < 5 and rng.random() < 0.3
        a = rng.choice(WEEKDAY_ABBREVIATIONS[w1]) if short else WEEKDAYS[w1]
        b = rng.choice(WEEKDAY_ABBREVIATIONS[w2]) if short else WEEKDAYS[w2]
        target = rng.choice([f"{a} to {b}", f"from {a} to {b}", f"{a} through {b}", f"from {a} through {b}",
                             f"between {a} and {b}", f"{a}-{b}", f"{a} - {b}", f"from {a} until {b}", f"{a} thru {b}"])
        frame = rng.choice(["The office is open {}.", "They will be away {}, she said.", "Talks run {} in Geneva."])
        out.append(case("weekday-range", doc, frame, target, "date",
                        f"(XXXX-WXX-{w1 + 1},XXXX-WXX-{w2 + 1},P{(w2 - w1) % 7}D)"))
    return out


def rt_weekday(w):
    """Recognizers-Text's number of a weekday (0 Monday … 6 Sunday here) in the timex of a weekday
    of a month: its English DayOfWeek table, where Sunday is 0 ("XXXX-05-WXX-0-#2")."""
    return (w + 1) % 7


def nth_of_month(y, m, w, n):
    """The nth weekday w of month m of year y, or None past the month's end."""
    first = datetime.date(y, m, 1)
    d = first + datetime.timedelta(days=(w - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == m else None


CARDINALS = [("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4),
             ("fifth", 5), ("5th", 5), ("last", 5)]


def weekday_of_month_cases(rng):
    """The last (or fifth) weekday of a month, and any weekday counted in this, next or last month:
    "the last Friday of June", "last Monday in March", "the fifth Sunday of August", "the second
    Tuesday of next month". Recognizers-Text counts "last" as the fifth and, when the month has
    no fifth such day in the year of the writing (for a named month) or in that month (for
    "next month"), writes the fourth: XXXX-06-WXX-5-#4 when June has four Fridays."""
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        w = rng.randrange(7)
        if rng.random() < 0.6:
            word, n = rng.choice(CARDINALS[8:])
            m, y = rng.randint(1, 12), doc.year
            month = MONTHS[m - 1]
        else:
            word, n = rng.choice(CARDINALS)
            rel, step = rng.choice([("this", 0), ("next", 1), ("last", -1)])
            at = datetime.date(doc.year + (doc.month - 1 + step) // 12, (doc.month - 1 + step) % 12 + 1, 1)
            m, y = at.month, at.year
            month = f"{rel} month"
        if n == 5 and nth_of_month(y, m, w, 5) is None:
            n = 4
        the = "the " if rng.random() < 0.6 else ""
        target = f"{the}{word} {WEEKDAYS[w]} {rng.choice(['of', 'in'])} {month}"
        out.append(case("weekday-of-month", doc, "The vote is on {}, officials said.", target, "date",
                        f"XXXX-{m:02d}-WXX-{rt_weekday(w)}-#{n}"))
    return out


def week_commencing_cases(rng):
    """A week named by its first day in British news style, without "the": "w/c 4 February", "week
    commencing Feb 4", "week beginning 4th March 2019", "week of June 7". Recognizers-Text's
    WeekOfRegex takes "w/c" and "week of/commencing/starting/beginning" alike, and the week's
    timex is the day's: XXXX-02-04, or 2019-03-04 with the year; "w/c the 4th" is XXXX-XX-04."""
    out = []
    short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
    for _ in range(50):
        doc = doc_date(rng)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        name = rng.choice([MONTHS[m - 1], short[m - 1]])
        suffix = "th" if 4 <= d <= 20 or d >= 24 else ["st", "nd", "rd"][d % 10 - 1]
        day = rng.choice([f"{d} {name}", f"{name} {d}", f"{d}{suffix} {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {d}{suffix}"])
        timex = f"XXXX-{m:02d}-{d:02d}"
        if rng.random() < 0.3:
            y = rng.randint(1990, 2030)
            day, timex = f"{day} {y}" if day[0].isdigit() else f"{day}, {y}", f"{y}-{m:02d}-{d:02d}"
        word = rng.choice(["w/c", "w/c", "week commencing", "week beginning", "week starting", "week starting on", "week of"])
        frame = rng.choice(["Please book a meeting for {}.", "Tickets go on sale {}, organisers said.", "The trial resumes {}."])
        out.append(case("week-commencing", doc, frame, f"{word} {day}", "date", timex))
    # A day of an unnamed month ("the week of the 18th" in the tuning specs): XXXX-XX-18.
    for _ in range(20):
        doc = doc_date(rng)
        d = rng.randint(1, 31)
        suffix = "th" if 4 <= d <= 20 or d >= 24 else ["st", "nd", "rd"][d % 10 - 1]
        word = rng.choice(["w/c", "week commencing", "the week of", "the week beginning", "week starting"])
        frame = rng.choice(["Please book a meeting for {}.", "The trial resumes {}, the court said."])
        out.append(case("week-commencing", doc, frame, f"{word} the {d}{suffix}", "date", f"XXXX-XX-{d:02d}"))
    return out


def every_other_cases(rng):
    """Sets of every second unit: "every other week", "every alternate day", "every second year"
    (Recognizers-Text's EachUnitRegex with its "other" group: P2W); "every other Monday" keeps the
    weekday's timex (XXXX-WXX-1: its parser drops the "other" there). Counts
    ("twice a week", "three times a day") are no set there: no rule of its English grammar reads them."""
    out = []
    units = [("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y")]
    for _ in range(40):
        unit, letter = rng.choice(units)
        target = f"{rng.choice(['every', 'every', 'each'])} {rng.choice(['other', 'alternate', 'second'])} {unit}"
        out.append(case("set-every-other", None, rng.choice(["They meet {} in town.", "The magazine comes out {}."]),
                        target, "set", f"P2{letter}"))
    for _ in range(15):
        w = rng.randrange(7)
        target = f"every {rng.choice(['other', 'alternate'])} {WEEKDAYS[w]}"
        out.append(case("set-every-other", None, "They meet {} in town.", target, "set", f"XXXX-WXX-{w + 1}"))
    return out


def weekday_range_lower_cases(rng):
    """Weekday ranges in lower case, as queries write them: "mon-fri", "from tues to thurs",
    "monday through wednesday" (the class weekday-range; generated after the other classes so
    that theirs stay as they were)."""
    out = []
    for _ in range(20):
        doc = doc_date(rng)
        w1, w2 = rng.sample(range(5), 2) if rng.random() < 0.6 else rng.sample(range(7), 2)
        short = w1 < 5 and w2 < 5
        a = rng.choice(WEEKDAY_ABBREVIATIONS[w1]).lower() if short else WEEKDAYS[w1].lower()
        b = rng.choice(WEEKDAY_ABBREVIATIONS[w2]).lower() if short else WEEKDAYS[w2].lower()
        target = rng.choice([f"{a}-{b}", f"from {a} to {b}", f"{a} through {b}", f"between {a} and {b}"])
        out.append(case("weekday-range", doc, "can you book the room {} please", target, "date",
                        f"(XXXX-WXX-{w1 + 1},XXXX-WXX-{w2 + 1},P{(w2 - w1) % 7}D)"))
    return out


def weekday_of_month_short_cases(rng):
    """Abbreviated weekdays counted in a month: "the first Mon of March", "last Fri in June" (the
    class weekday-of-month; generated after the other classes so that theirs stay as they were)."""
    out = []
    short = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for _ in range(15):
        doc = doc_date(rng)
        w, m = rng.randrange(7), rng.randint(1, 12)
        word, n = rng.choice(CARDINALS)
        if n == 5 and nth_of_month(doc.year, m, w, 5) is None:
            n = 4
        target = f"{rng.choice(['the ', ''])}{word} {short[w]} {rng.choice(['of', 'in'])} {MONTHS[m - 1]}"
        out.append(case("weekday-of-month", doc, "The vote is on {}, officials said.", target, "date",
                        f"XXXX-{m:02d}-WXX-{rt_weekday(w)}-#{n}"))
    return out
