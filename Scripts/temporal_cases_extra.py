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
