"""Generated classes of dates and times that compose pieces already found (see
Scripts/temporal_cases.py), drawn from a generator of their own (Scripts/build_number_cases.py)
so that the earlier classes stay as they were:
- machine timestamps as feeds, logs and mail headers write them, made by Python's own
  formatters: C's asctime ("Wed Oct 26 15:50:06 2016"), RFC 2822 dates (email.utils:
  "Wed, 26 Oct 2016 15:50:06 +0000", "... GMT") and ISO 8601 / RFC 3339 date-times
  (datetime.isoformat: "2016-10-26T15:50:06Z", "2016-10-26T15:50:06.123+01:00"); a numeric
  zone offset belongs to the span, a zone name does not (as in the class time-zone);
- the nth weekday of a month with its year ("the second Tuesday of May 2021");
- a day of a month or year counted by an ordinal ("the 15th day of next month",
  "the third day of March", "the 100th day of 2020");
- business days counted from the writing ("the next 4 business days", "the previous
  three working days"), as Recognizers-Text writes them: (first, day after last, P4BD);
- a part of the day named by the day after it ("the morning of 5 May",
  "on the night of Saturday");
- a range of days with the month after it ("4-22 January", "from 4 to 22 next month",
  "January 4-22, 2020");
- minutes past the hour ("a quarter past six", "twenty past eight", "10 minutes past 4");
- the 24-hour clock said with "hours" ("0800 hours", "at 1400 hrs");
- every holiday of Sources/CopydeskStages/Resources/numbers/holidays.tsv, title-cased with a
  year ("Valentine's Day 2004", "Good Friday 2019"), its day computed here from the table's
  rule (Easter by dateutil's Western computus);
- a bound on an approximate time ("after around 3:30pm", "until approximately 10am"), one
  expression as Recognizers-Text reads it (mod after-approx);
- a period counted back from the end of a month, as results are reported ("the three months
  to September", "the year to March 2005"): the months up to and including that one;
- a range of years with the second year written by its last two digits ("1973-90", "from
  1994-96", "the 2003-04 season"), as the year ranges of the class range-words are written
  ((1973-01-01,1990-01-01,P17Y)); two digits a month could be stay the month ("2003-07") unless
  they are the next year's;
- race times with a fraction of a second ("won in 7:39.89", "2:08:31.5") are durations
  (PT7M39.89S); without the fraction ("2:15:25") they stay clock times;
- a part of a decade of no named century, glued ("the mid-70s", "the late-nineties"), as the
  spaced "the mid '70s" is read: (XX70-01-01,XX80-01-01,P10Y);
- a period counted back from a day, or ending with a month or day ("the 12 months to 30
  September 2004", "the six months ending 31 December", "the year ended March 2005"): up to and
  including that day or month;
- a day counted one on from the writing by a step word ("the next day", "the following day",
  "the previous day"), as tomorrow and yesterday are;
- "in" and an amount of days to years in a clause that speaks of what is to come, by a future
  participle ("is expected to report in two weeks", "scheduled for release in 3 months") or the
  present of "to be" just before it ("the vote is in 10 days"), is the day that far on; the same
  after a past auxiliary ("was expected to finish in two weeks") or "as" ("as planned, in 3
  days") stays the duration.
"""
import datetime
import email.utils
import os

from dateutil.easter import easter

from num2words import num2words

from temporal_grammar import MONTHS, WEEKDAYS, PARTS, doc_date, case, add_months, shift

ORDINAL_WORDS = ["first", "second", "third", "fourth"]


def random_moment(rng):
    return datetime.datetime(rng.randint(1995, 2030), rng.randint(1, 12), rng.randint(1, 28),
                             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def timestamp_cases(rng):
    out = []
    frames = ["Published {} by the agency.", "Last-Modified: {}", "{}", "The entry dated {} was removed."]
    while len(out) < 80:
        t = random_moment(rng)
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S")
        form = rng.randrange(6)
        zone = datetime.timezone(datetime.timedelta(minutes=rng.choice([0, 60, -300, 330, 120, -480])))
        if form == 0:
            # C's asctime pads the day with a space: "Sep  2".
            target = t.strftime("%a %b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S %Y")
        elif form == 1:
            target = email.utils.format_datetime(t.replace(tzinfo=zone))
        elif form == 2:
            # The zone name is not part of the expression, as "7 PM CET" is the clock alone.
            target = email.utils.format_datetime(t.replace(tzinfo=datetime.timezone.utc), usegmt=True)[:-4]
        elif form == 3:
            target = t.isoformat() + "Z"
        elif form == 4:
            target = t.replace(tzinfo=zone, microsecond=rng.randint(0, 999) * 1000).isoformat(timespec="milliseconds")
        else:
            target = t.isoformat(timespec="minutes")
            stamp = t.strftime("%Y-%m-%dT%H:%M")
        out.append(case("timestamp", None, rng.choice(frames), target, "datetime", stamp))
    return out


def nth_weekday_year_cases(rng):
    """"the second Tuesday of May 2021" is XXXX-05-WXX-2-#2 with its year: 2021-05-WXX-2-#2."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        y, m, w, n = rng.randint(1995, 2030), rng.randint(1, 12), rng.randrange(7), rng.randint(1, 4)
        ordinal = rng.choice([ORDINAL_WORDS[n - 1], num2words(n, to="ordinal_num")])
        year = rng.choice([f" {y}", f", {y}"])
        target = f"the {ordinal} {WEEKDAYS[w]} {rng.choice(['of', 'in'])} {MONTHS[m - 1]}{year}"
        out.append(case("nth-weekday-year", doc, "The vote is on {}.", target, "date", f"{y}-{m:02d}-WXX-{(w + 1) % 7}-#{n}"))
    return out


def ordinal_day_of_cases(rng):
    """"the 15th day of next month" (2019-10-15 on 2019-09-05), "the third day of March"
    (XXXX-03-03), "the fifth day of the month" (this month's), "the 100th day of 2020"."""
    out = []
    while len(out) < 60:
        doc = doc_date(rng)
        k = rng.randrange(4)
        if k == 3:
            y, n = rng.randint(1995, 2030), rng.randint(1, 365)
            day = datetime.date(y, 1, 1) + datetime.timedelta(days=n - 1)
            words, timex = str(y), day.isoformat()
        else:
            n = rng.randint(1, 28)
            if k == 0:
                word, step = rng.choice([("next month", 1), ("last month", -1), ("this month", 0), ("the month", 0)])
                first = add_months(doc.replace(day=1), step)
                words, timex = word, first.replace(day=n).isoformat()
            elif k == 1:
                m = rng.randint(1, 12)
                words, timex = MONTHS[m - 1], f"XXXX-{m:02d}-{n:02d}"
            else:
                y, m = rng.randint(1995, 2030), rng.randint(1, 12)
                words, timex = f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{n:02d}"
        ordinal = num2words(n, to="ordinal") if rng.random() < 0.5 else num2words(n, to="ordinal_num")
        target = f"the {ordinal} day of {words}"
        out.append(case("ordinal-day-of", doc, "The payment is due on {}, the bank said.", target, "date", timex))
    return out


def business_days(doc, n, forward):
    """The n weekdays after (or before) `doc`, as (first, day after the last)."""
    days, d = [], doc
    while len(days) < n:
        d += datetime.timedelta(days=1 if forward else -1)
        if d.weekday() < 5:
            days.append(d)
    return (days[0], days[-1] + datetime.timedelta(days=1)) if forward else (days[-1], doc)


def business_day_cases(rng):
    """"the next 4 business days" on Monday 2018-08-20 is (2018-08-21,2018-08-25,P4BD); "the
    previous 4 business days" on Tuesday 2018-08-21 is (2018-08-15,2018-08-21,P4BD)."""
    out = []
    for _ in range(50):
        doc = doc_date(rng)
        n = rng.randint(2, 15)
        forward = rng.random() < 0.5
        word = rng.choice(["next", "coming", "following"] if forward else ["previous", "past", "last"])
        noun = rng.choice(["business days", "working days", "work days"])
        count = num2words(n) if rng.random() < 0.4 else str(n)
        a, b = business_days(doc, n, forward)
        target = f"{word} {count} {noun}"
        out.append(case("business-days", doc, "Refunds are paid within the {}.", target, "date", f"({a},{b},P{n}BD)"))
    return out


def part_of_day_of_cases(rng):
    """"the morning of 5 May" is XXXX-05-05TMO, "the night of Saturday" XXXX-WXX-6TNI, "the
    evening of 12 June 2018" 2018-06-12TEV: the part of the day the date after it names."""
    out = []
    for _ in range(50):
        doc = doc_date(rng)
        part = rng.choice(list(PARTS))
        k = rng.randrange(3)
        if k == 0:
            w = rng.randrange(7)
            day, stamp = WEEKDAYS[w], f"XXXX-WXX-{w + 1}"
        elif k == 1:
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            day, stamp = rng.choice([f"{d} {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {d}"]), f"XXXX-{m:02d}-{d:02d}"
        else:
            y, m, d = rng.randint(1995, 2030), rng.randint(1, 12), rng.randint(1, 28)
            day, stamp = rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}"]), f"{y}-{m:02d}-{d:02d}"
        target = f"the {part} of {day}"
        out.append(case("part-of-day-of", doc, rng.choice(["Police were called on {}.", "The attack came {}, they said."]),
                        target, "datetime", f"{stamp}T{PARTS[part]}"))
    return out


def day_range_of_month_cases(rng):
    """"4-22 January" is (XXXX-01-04,XXXX-01-22,P18D); "from 4 to 22 next month" the days of
    that month; "January 4-22, 2020" and "4-22 January 2020" have their year."""
    out = []
    while len(out) < 60:
        doc = doc_date(rng)
        lo = rng.randint(1, 20)
        hi = rng.randint(lo + 1, 28)
        k = rng.randrange(4)
        days = rng.choice([f"{lo}-{hi}", f"from {lo}-{hi}", f"from {lo} to {hi}", f"between {lo} and {hi}", f"{lo} to {hi}"])
        if k == 0:
            m = rng.randint(1, 12)
            target, y = f"{days} {rng.choice(['', 'of '])}{MONTHS[m - 1]}", "XXXX"
        elif k == 1:
            word, step = rng.choice([("next month", 1), ("last month", -1), ("this month", 0)])
            first = add_months(doc.replace(day=1), step)
            m, y = first.month, str(first.year)
            target = f"{days} {rng.choice(['', 'of '])}{word}"
        elif k == 2:
            m, y = rng.randint(1, 12), str(rng.randint(1995, 2030))
            target = f"{days} {MONTHS[m - 1]} {y}"
        else:
            m, y = rng.randint(1, 12), str(rng.randint(1995, 2030))
            target = f"{MONTHS[m - 1]} {lo}-{hi}, {y}"
        if target.startswith("between") and " and " not in target:
            continue
        out.append(case("day-range-of-month", doc, "The festival runs {}, organisers said.", target, "date",
                        f"({y}-{m:02d}-{lo:02d},{y}-{m:02d}-{hi:02d},P{hi - lo}D)"))
    return out


def minutes_past_cases(rng):
    """"half past seven" is T07:30, "a quarter past six" T06:15, "10 minutes past 4" T04:10."""
    out = []
    for _ in range(40):
        h = rng.randint(1, 11)
        k = rng.randrange(3)
        if k == 0:
            text, m = rng.choice([("half", 30), ("quarter", 15), ("a quarter", 15)])
        else:
            m = rng.choice([5, 10, 20, 25])
            text = rng.choice([num2words(m), str(m)]) + (" minutes" if k == 2 else "")
        text = f"{text} past {rng.choice([num2words(h), str(h)])}"
        out.append(("minutes-past", "-", f"The train left at {text}, they said.", text, "time", f"timex:T{h:02d}:{m:02d}", "-"))
    return out


def clock_hours_cases(rng):
    """"0800 hours" is T08:00; "at 1400 hrs" T14:00 (without the zero, only after a preposition of time)."""
    out = []
    for _ in range(40):
        h, m = rng.randint(0, 23), rng.choice([0, 0, 15, 30, 45])
        digits = f"{h:02d}{m:02d}"
        unit = rng.choice(["hours", "hrs"])
        if h < 10:
            target = f"{digits} {unit}"
            frame = rng.choice(["The raid began at {}, police said.", "By {} the roads were closed."])
        else:
            target = f"{digits} {unit}"
            frame = rng.choice(["The raid began at {}, police said.", "The curfew lasts until {}."])
        # "until" is part of the expression, as in "until tomorrow" (mod UNTIL).
        if frame.startswith("The curfew"):
            frame, target = "The curfew lasts {}.", f"until {target}"
        out.append(("clock-hours", "-", frame.format(target), target, "time", f"timex:T{h:02d}:{m:02d}", "-"))
    return out


HOLIDAYS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Sources/CopydeskStages/Resources/numbers/holidays.tsv")
WEEKDAY_CODES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def holiday_day(rule, y):
    """The day of a holidays.tsv rule in year y: "12-25", "11/4/thu", "05/last/mon", "easter-2", "+1" shifts."""
    shift = 0
    for sign in "+-":
        base, _, n = rule.rpartition(sign)
        if base and n.isdigit() and not (sign == "-" and base.isdigit()):
            rule, shift = base, int(n) * (1 if sign == "+" else -1)
            break
    if rule == "easter":
        day = easter(y)
    elif "/" in rule:
        m, nth, wd = rule.split("/")
        first = datetime.date(y, int(m), 1)
        if nth == "last":
            nxt = datetime.date(y + int(m) // 12, int(m) % 12 + 1, 1)
            day = nxt - datetime.timedelta(days=(nxt.weekday() - WEEKDAY_CODES[wd] - 1) % 7 + 1)
        else:
            day = first + datetime.timedelta(days=(WEEKDAY_CODES[wd] - first.weekday()) % 7 + 7 * (int(nth) - 1))
    else:
        m, d = rule.split("-")
        day = datetime.date(y, int(m), int(d))
    return day + datetime.timedelta(days=shift)


def title(name):
    """"valentine's day" -> "Valentine's Day", "st. patrick's day" -> "St. Patrick's Day"."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))


def holiday_cases(rng):
    out = []
    with open(HOLIDAYS, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    for name, rule in rows:
        y = rng.randint(1995, 2030)
        target = f"{title(name)} {y}"
        out.append(case("holiday", doc_date(rng), "The parade is on {}, organisers said.", target, "date", holiday_day(rule, y).isoformat()))
    return out


def bounded_approx_cases(rng):
    """"after around 3:30pm" is T15:30, the bound and the approximation both part of it."""
    out = []
    for _ in range(40):
        h, m = rng.randint(1, 12), rng.choice([0, 0, 15, 30, 45])
        pm = rng.random() < 0.5
        hour = (h % 12) + (12 if pm else 0)
        clock = f"{h}:{m:02d}{'pm' if pm else 'am'}" if m else f"{h}{'pm' if pm else 'am'}"
        timex = f"T{hour:02d}:{m:02d}" if m else f"T{hour:02d}"
        target = f"{rng.choice(['after', 'before', 'since', 'until'])} {rng.choice(['around', 'approximately', 'circa'])} {clock}"
        out.append(("bounded-approx", "-", f"The road was closed {target}, police said.", target, "time", "timex:" + timex, "-"))
    return out


def period_length(rng):
    """A period results are reported for: its count, unit, months and words ("the three months", "the year")."""
    n, unit = rng.choice([(3, "M"), (6, "M"), (9, "M"), (12, "M"), (1, "Y"), (2, "Y")])
    if unit == "Y" and n == 1:
        return n, unit, 12, "the year"
    words = num2words(n) if rng.random() < 0.6 else str(n)
    return n, unit, 12 * n if unit == "Y" else n, f"the {words} {'months' if unit == 'M' else 'years'}"


def period_to_month_cases(rng):
    """"the year to March 2005" is (2004-04-01,2005-04-01,P1Y); "the three months to September"
    (XXXX-07-01,XXXX-10-01,P3M), its year open as the month's is."""
    out = []
    for _ in range(50):
        m = rng.randint(1, 12)
        n, unit, months, length = period_length(rng)
        with_year = rng.random() < 0.5
        y = rng.randint(1995, 2030)
        end = add_months(datetime.date(y, m, 1), 1)
        start = add_months(end, -months)
        target = f"{length} to {MONTHS[m - 1]}" + (f" {y}" if with_year else "")
        show = (lambda d: d.isoformat()) if with_year else (lambda d: "XXXX" + d.isoformat()[4:])
        out.append(case("period-to-month", doc_date(rng), "Sales rose 4% in {}, the company said.", target, "date",
                        f"({show(start)},{show(end)},P{n}{unit})"))
    return out


def abbreviated_year_range_cases(rng):
    out = []
    while len(out) < 50:
        y = rng.randint(1850, 2030)
        end = y + 1 if rng.random() < 0.4 else y + rng.randint(2, 40)
        yy = end % 100
        if end // 100 != y // 100 and end != y + 1:
            continue  # across a century only the next year is written this way ("1999-00")
        if yy <= 12 and end != y + 1:
            continue  # "2003-07" is July 2003
        body = f"{y}-{yy:02d}"
        target = rng.choice([body, f"from {body}", f"between {body}"])
        frame = rng.choice(["He played for the club {}, it said.", "The figures cover {}."])
        out.append(case("abbreviated-year-range", None, frame, target, "date", f"({y}-01-01,{end}-01-01,P{end - y}Y)"))
    return out


def race_time_cases(rng):
    out = []
    for _ in range(40):
        long = rng.random() < 0.3
        h, m, sec = (rng.randint(1, 4) if long else 0), rng.randint(0, 59) if long else rng.randint(1, 29), rng.randint(0, 59)
        digits = rng.choice([1, 2, 2, 3])
        frac = str(rng.randint(1, 10 ** digits - 1)).zfill(digits)
        text = (f"{h}:{m:02d}:{sec:02d}.{frac}" if long else f"{m}:{sec:02d}.{frac}")
        f = frac.rstrip("0")
        secs = f"{sec}.{f}" if f else f"{sec}"
        timex = "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + secs + "S"
        out.append(("race-time", "-", f"She won the final in {text}, a season's best.", text, "duration", "timex:" + timex, "-"))
    return out


DECADE_WORDS = {20: "twenties", 30: "thirties", 40: "forties", 50: "fifties", 60: "sixties", 70: "seventies",
                80: "eighties", 90: "nineties"}


def hyphened_decade_cases(rng):
    out = []
    for _ in range(40):
        tens = rng.choice(list(DECADE_WORDS))
        part = rng.choice(["mid", "early", "late"])
        written = rng.choice([f"{tens}s", DECADE_WORDS[tens]])
        target = f"{part}-{written}"
        out.append(case("hyphened-decade", None, "Sales peaked in the {}, the firm said.", target, "date",
                        f"(XX{tens:02d}-01-01,XX{(tens + 10) % 100:02d}-01-01,P10Y)"))
    return out


def period_to_day_cases(rng):
    """"the three months to 30 June" is (XXXX-04-01,XXXX-07-01,P3M): the period ends with the day;
    "the year ended March 2005" is (2004-04-01,2005-04-01,P1Y), as "the year to March 2005"."""
    out = []
    for _ in range(60):
        n, unit, months, length = period_length(rng)
        joiner = rng.choice(["to", "ending", "ended"])
        y, m = rng.randint(1995, 2030), rng.randint(1, 12)
        with_year = rng.random() < 0.5
        if rng.random() < 0.25:
            # A month: only the joiners the class period-to-month does not draw.
            joiner = rng.choice(["ending", "ended"])
            written = MONTHS[m - 1] + (f" {y}" if with_year else "")
            end = add_months(datetime.date(y, m, 1), 1)
        else:
            # The last day of the month, or a day whose next day every month has.
            last = (add_months(datetime.date(y, m, 1), 1) - datetime.timedelta(days=1)).day
            d = last if rng.random() < 0.6 else rng.randint(1, 27)
            if rng.random() < 0.7:
                written = f"{d} {MONTHS[m - 1]}" + (f" {y}" if with_year else "")
            else:
                written = f"{MONTHS[m - 1]} {d}" + (f", {y}" if with_year else "")
            end = datetime.date(y, m, d) + datetime.timedelta(days=1)
        start = add_months(end, -months)
        target = f"{length} {joiner} {written}"
        show = (lambda x: x.isoformat()) if with_year else (lambda x: "XXXX" + x.isoformat()[4:])
        out.append(case("period-to-day", doc_date(rng), "Profits rose 4% in {}, the company said.", target, "date",
                        f"({show(start)},{show(end)},P{n}{unit})"))
    return out


def day_step_cases(rng):
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        word, n = rng.choice([("next", 1), ("following", 1), ("previous", -1)])
        frame = rng.choice(["He left the {}, officials said.", "The {}, the talks had stalled.", "They had met on the {}."])
        target = f"{word} day"
        out.append(case("day-step", doc, frame.replace("the {}", "the " + target).replace("The {}", "The " + target), target,
                        "date", (doc + datetime.timedelta(days=n)).isoformat()))
    return out


def tense_in_amount_cases(rng):
    units = [("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y")]
    future = ["A decision is {} {{}}, officials said.", "The report is {} for release {{}}.",
              "Talks are {} to resume {{}}.", "The new plant is {} to open {{}}."]
    past = ["The work was {} to take place in {{}}.", "The deal had been {} to close in {{}}.",
            "The bridge was finished, as {}, in {{}}."]
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        n = rng.randint(2, 12)
        unit, letter = rng.choice(units)
        amount = (str(n) if rng.random() < 0.5 else num2words(n)) + " " + unit + "s"
        participle = rng.choice(["expected", "scheduled", "due", "planned"])
        kind = rng.random()
        if kind < 0.45:
            frame = rng.choice(future).format(participle)
            out.append(case("tense-in-amount", doc, frame, "in " + amount, "date", shift(doc, n, letter).isoformat()))
        elif kind < 0.6:
            frame = rng.choice(["The vote is {}.", "The final is {}, and the team is ready.", "Our launch is {}."])
            out.append(case("tense-in-amount", doc, frame, "in " + amount, "date", shift(doc, n, letter).isoformat()))
        else:
            frame = rng.choice(past).format(participle)
            out.append(case("tense-in-amount", doc, frame, amount, "duration", f"P{n}{letter}"))
    return out


def tense_be_to_cases(rng):
    """"is set to", "are going to", "is about to", "is poised to": a weekday or
    "in" and an amount after them is to come; after "was"/"were" it is past,
    and "set" alone ("set a record") says nothing of what is to come. A
    weekday's timex stays XXXX-WXX-n: the tense shows in its resolved value."""
    subjects = [("The firm", "is", "was"), ("The talks", "are", "were"), ("The minister", "is", "was"),
                ("Voters", "are", "were"), ("It", "is", "was")]
    verbs = ["announce its plans", "resume", "sign the deal", "take place", "report"]
    def weekday_case(doc, frame, name, day):
        return ("tense-be-to", doc.isoformat(), frame.format(name), name, "date", day.isoformat(), "-")
    out = []
    for _ in range(60):
        doc = doc_date(rng)
        subject, present, past = rng.choice(subjects)
        marker = rng.choice(["set", "going", "about", "poised"])
        verb = rng.choice(verbs)
        wd = rng.choice([w for w in range(7) if w != doc.weekday()])
        ahead = doc + datetime.timedelta(days=(wd - doc.weekday()) % 7)
        behind = doc - datetime.timedelta(days=(doc.weekday() - wd) % 7)
        kind = rng.random()
        if kind < 0.4:
            frame = f"{subject} {present} {marker} to {verb} on {{}}."
            out.append(weekday_case(doc, frame, WEEKDAYS[wd], ahead))
        elif kind < 0.6:
            n = rng.randint(2, 12)
            unit, letter = rng.choice([("day", "D"), ("week", "W"), ("month", "M")])
            amount = (str(n) if rng.random() < 0.5 else num2words(n)) + " " + unit + "s"
            frame = f"{subject} {present} {marker} to {verb} {{}}."
            out.append(case("tense-be-to", doc, frame, "in " + amount, "date", shift(doc, n, letter).isoformat()))
        elif kind < 0.85:
            frame = f"{subject} {past} {marker} to {verb} on {{}}."
            out.append(weekday_case(doc, frame, WEEKDAYS[wd], behind))
        else:
            frame = f"{subject} set a record on {{}}."
            out.append(weekday_case(doc, frame, WEEKDAYS[wd], behind))
    return out


def all_cases(rng):
    return (timestamp_cases(rng) + nth_weekday_year_cases(rng) + ordinal_day_of_cases(rng) + business_day_cases(rng)
            + part_of_day_of_cases(rng) + day_range_of_month_cases(rng)
            + minutes_past_cases(rng) + clock_hours_cases(rng)
            + holiday_cases(rng) + bounded_approx_cases(rng) + period_to_month_cases(rng)
            + abbreviated_year_range_cases(rng) + race_time_cases(rng) + hyphened_decade_cases(rng)
            + period_to_day_cases(rng) + day_step_cases(rng) + tense_in_amount_cases(rng)
            + tense_be_to_cases(rng))
