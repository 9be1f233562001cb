"""Generated classes of ranges (see Scripts/temporal_cases.py), drawn from a generator of their
own (Scripts/build_number_cases.py) so that the earlier classes stay as they were:
- clock ranges written with a dash: news and notices write opening hours and schedules as
  "9am-5pm", "9.30am–1pm", "09:00-17:30", with a hyphen, an en dash or an em dash, spaced or
  not, the meridiem glued or spaced;
- weekday ranges whose first day is said from the writing ("from next Monday to Friday");
- "around" as a verb's particle before a range, which approximates nothing;
- a day's clock and a later clock joined by a dash or "to" ("tomorrow 10am – 2pm"), the
  day's range of hours."""
import datetime

from temporal_grammar import MONTHS, WEEKDAYS, doc_date, case

DASHES = ["-", "\u2013", "\u2014", " - ", " \u2013 "]


def clock(rng, h, minute, meridiem):
    """A twelve-hour clock as news writes it: "9am", "9.30am", "9:30 pm", "9 p.m."."""
    sep = rng.choice([":", "."]) if minute else ""
    digits = f"{h}{sep}{minute:02d}" if minute else f"{h}"
    return digits + (rng.choice(["", " "]) + meridiem if meridiem else "")


def span(m1, m2):
    """The ISO duration between two minutes of the day."""
    d = m2 - m1
    return f"PT{d // 60}H" + (f"{d % 60}M" if d % 60 else "") if d >= 60 else f"PT{d}M"


def stamp(m, minutes_written):
    return f"T{m // 60:02d}" + (f":{m % 60:02d}" if minutes_written else "")


def clock_range_dash_cases(rng):
    """Two twelve-hour clocks joined by a dash: "9am-5pm" is (T09,T17,PT8H), "9.30am–1pm"
    (T09:30,T13,PT3H30M); the first clock's meridiem may be left to the second ("9-11.30am")."""
    out = []
    while len(out) < 60:
        a = rng.randint(6 * 60, 12 * 60 - 1) // 30 * 30
        b = a + rng.randint(1, 10) * 30
        if b >= 24 * 60:
            continue
        dotted = rng.random() < 0.3
        mer = lambda m: ("a.m." if dotted else "am") if m < 12 * 60 else ("p.m." if dotted else "pm")
        h = lambda m: (m // 60 - 1) % 12 + 1
        shared = mer(a) == mer(b) and rng.random() < 0.4
        left = clock(rng, h(a), a % 60, "" if shared else mer(a))
        right = clock(rng, h(b), b % 60, mer(b))
        target = left + rng.choice(DASHES) + right
        out.append(("clock-range-dash", "-", f"The office is open {target} on weekdays.", target, "time",
                    f"timex:({stamp(a, a % 60)},{stamp(b, b % 60)},{span(a, b)})", "-"))
    return out


def clock24_range_dash_cases(rng):
    """Two 24-hour clocks joined by a dash: "09:00-17:30" is (T09:00,T17:30,PT8H30M)."""
    out = []
    while len(out) < 40:
        a = rng.randint(0, 22 * 2) * 30
        b = a + rng.randint(1, 16) * 30
        if b >= 24 * 60:
            continue
        pad = rng.random() < 0.5
        f = lambda m: (f"{m // 60:02d}" if pad else f"{m // 60}") + f":{m % 60:02d}"
        target = f(a) + rng.choice(DASHES) + f(b)
        out.append(("clock24-range-dash", "-", f"Trains run {target} on weekdays.", target, "time",
                    f"timex:(T{a // 60:02d}:{a % 60:02d},T{b // 60:02d}:{b % 60:02d},{span(a, b)})", "-"))
    return out


def relative_weekday_range_cases(rng):
    """A weekday range whose first day is said from the writing: "from next Monday to Friday"
    is that Monday and the Friday of its week, (2019-09-09,2019-09-13,P4D) written on
    2019-09-05; "this" is the week of the writing and "last" the one before it."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        w1 = rng.randrange(6)
        w2 = rng.randrange(w1 + 1, 7)
        rel, weeks = rng.choice([("next", 1), ("this", 0), ("last", -1)])
        monday = doc - datetime.timedelta(days=doc.weekday()) + datetime.timedelta(weeks=weeks)
        a, b = monday + datetime.timedelta(days=w1), monday + datetime.timedelta(days=w2)
        target = rng.choice([f"from {rel} {WEEKDAYS[w1]} to {WEEKDAYS[w2]}", f"from {rel} {WEEKDAYS[w1]} until {WEEKDAYS[w2]}",
                             f"between {rel} {WEEKDAYS[w1]} and {WEEKDAYS[w2]}", f"{rel} {WEEKDAYS[w1]} to {WEEKDAYS[w2]}"])
        out.append(case("relative-weekday-range", doc, "They will be away {}, she said.", target, "date",
                        f"({a},{b},P{w2 - w1}D)"))
    return out


def particle_around_cases(rng):
    """"around" as a verb's particle before a range ("swapped the shifts around from Monday to
    Wednesday") approximates nothing: the range is the expression, without "around"."""
    out = []
    for _ in range(30):
        doc = doc_date(rng)
        w1, w2 = rng.sample(range(7), 2)
        verb = rng.choice(["swapped the shifts", "moved the meetings", "switched the rota", "turned things",
                           "shuffled the schedule", "changed the order"])
        target = rng.choice([f"from {WEEKDAYS[w1]} to {WEEKDAYS[w2]}", f"between {WEEKDAYS[w1]} and {WEEKDAYS[w2]}"])
        out.append(case("particle-around", doc, f"They {verb} around {{}}, she said.", target, "date",
                        f"(XXXX-WXX-{w1 + 1},XXXX-WXX-{w2 + 1},P{(w2 - w1) % 7}D)"))
    return out


def day_clock_range_cases(rng):
    """A day, a clock with its meridiem, a dash or "to", and a later clock: "tomorrow 10am – 2pm"
    is (2019-09-06T10,2019-09-06T14,PT4H) on 2019-09-05, "Monday 9am to 5pm" the weekday's."""
    out = []
    for _ in range(40):
        doc = doc_date(rng)
        k = rng.randrange(3)
        if k == 0:
            w = rng.randrange(7)
            day, stamp = WEEKDAYS[w], f"XXXX-WXX-{w + 1}"
        elif k == 1:
            word, offset = rng.choice([("today", 0), ("tomorrow", 1), ("yesterday", -1)])
            day, stamp = word, (doc + datetime.timedelta(days=offset)).isoformat()
        else:
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            day, stamp = rng.choice([f"{d} {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {d}"]), f"XXXX-{m:02d}-{d:02d}"
        a = rng.randint(7, 11)
        b = rng.randint(a + 1, a + 8)
        left = f"{a}am" if a < 12 else f"{a - 12 if a > 12 else 12}pm"
        right = f"{b}am" if b < 12 else f"{b - 12 if b > 12 else 12}pm"
        joiner = rng.choice(["-", " - ", " \u2013 ", "\u2014", " to "])
        target = f"{day} {left}{joiner}{right}"
        out.append(case("day-clock-range", doc, "The sale runs {}, the shop said.", target, "datetime",
                        f"({stamp}T{a:02d},{stamp}T{b:02d},PT{b - a}H)"))
    return out


def all_cases(rng):
    return (clock_range_dash_cases(rng) + clock24_range_dash_cases(rng) + relative_weekday_range_cases(rng) + particle_around_cases(rng)
            + day_clock_range_cases(rng))
