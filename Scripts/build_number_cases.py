#!/usr/bin/env python3
"""Generate the property cases of tag_numbers from sources it was not tuned on.

    pip install num2words babel python-dateutil
    python3 Scripts/build_number_cases.py [--seed 11]

Writes Tests/NumberCases/cases.tsv (read by TagNumbersPropertyTests; CI
does not need Python for them). Each line:

    class <TAB> document date or - <TAB> text <TAB> target <TAB> kind <TAB> value <TAB> unit or -

A case passes when the stage, run on `text` with that document date, writes an
annotation whose text is `target`, of that kind, with that value (numbers
compared to 12 significant digits; dates by their resolved day; ranges as
`min..max`, an open side empty) and unit.

Classes, each from a source the rules were not written from:
- cardinal, ordinal, ordinal-digits, year: num2words (LGPL) for random values.
- decimal, grouped: random values written with digit groups and decimals.
- currency-code, currency-symbol, currency-name: every ISO code, symbol and
  English name of the generated CLDR table and the hand table, before or
  after a random amount.
- unit: every surface of the unit tables (pint and hand) after a random
  amount (one-letter symbols glued to it, as the stage wants them).
- percent, percent-words, percent-before: random values with each spelling
  of the percent words, after the number or before it ("per cent of 20").
- grouped-space, signed, scale, scale-money: digit groups with every space
  Unicode has for them, signs, and every scale word of the multiplier table.
- range-percent, comparison, range-words: bounds joined by dashes and
  words, and every comparison phrase and symbol (min.. or ..max).
- range-equal, range-or-equal, range-trailing-than: equalities as point
  ranges, a comparison and an equality said of one number, "than" after a
  trailing comparative: Scripts/range_cases.py.
- date+time, date+part-of-day, date+time-range, duration-sum,
  duration-words, set-count: temporal pieces composed, with the TIMEX3 of
  Recognizers-Text's conventions (value `timex:...` compares the timex).
- date: random days in a dozen formats, resolved against a random document
  date in another year; date-no-year: a day without its year in a sentence
  in the past, the latest such day up to the document date; date-deictic:
  today, yesterday, tomorrow.
- relative-ago, relative-in, counted-period, calendar-period, season,
  quarter-half, week-of, period-starting, date-range, month-range,
  part-of-period, edge-of-period, day-part-deictic, time-range,
  duration-half, duration-words-large, set-words, two-digit-year,
  datetime-words, present-words, clock-from-now, day-hour-range,
  time-range-noon, time-zone, numeric-date-range, weekend, day-bare-hours,
  datetime-range, after-next, duration-couple, clock-day-part,
  day-edge, week-of-day, nth-weekday, set-day-part, day-clock-part,
  few-period, minutes-to:
  Scripts/temporal_cases.py; weekday-range,
  weekday-of-month, week-commencing, set-every-other: Scripts/temporal_cases_extra.py.
- clock-range-dash, clock24-range-dash: clock ranges with any dash, spaced or
  not, each clock with its meridiem or the second's for both;
  relative-weekday-range: "from next Monday to Friday"; particle-around:
  "swapped the shifts around from Monday to Friday" is no approximation;
  day-clock-range: "tomorrow 10am – 2pm": Scripts/temporal_cases_ranges.py.
- unit-glued-word, ordinal-suffix, percent-glued, comparison-glued: unit
  symbols that are words glued to digits ("42in", "15st"), "21st" the
  ordinal, percent words glued ("52pc"), comparisons before a glued measure
  (">30C"), scientific-superscript ("1.5 × 10⁶"): Scripts/measure_cases.py.
- timestamp (asctime, RFC 2822, ISO 8601), nth-weekday-year, ordinal-day-of
  ("the 15th day of next month"), business-days, part-of-day-of ("the
  morning of 5 May"): Scripts/temporal_cases_composed.py.
"""
import argparse
import os
import random

from num2words import num2words

import date_cases as dates
import range_cases as comparisons
import temporal_cases as composed_temporal
import temporal_cases_ranges as ranges
import measure_cases as measures
import temporal_cases_composed as composed_more

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = os.path.join(ROOT, "Sources/CopydeskStages/Resources/numbers")
OUT = os.path.join(ROOT, "Tests/NumberCases/cases.tsv")

# Sentences that hold the target in running text, so that spans are tested too.
FRAMES = ["{}", "They counted {} in all.", "It was {}, officials said.", "About {} were seen."]


def rows(name):
    with open(os.path.join(TABLES, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def fmt(v):
    return repr(float(v)) if v != int(v) else str(int(v))


def framed(rng, target):
    return rng.choice(FRAMES).format(target)


def number_cases(rng):
    out = []
    for _ in range(300):
        n = rng.choice([rng.randint(0, 99), rng.randint(100, 9999), rng.randint(10_000, 999_999_999)])
        out.append(("cardinal", "-", framed(rng, num2words(n)), num2words(n), "cardinal", fmt(n), "-"))
    for _ in range(200):
        n = rng.choice([rng.randint(1, 99), rng.randint(100, 999_999)])
        words = num2words(n, to="ordinal")
        out.append(("ordinal", "-", f"She finished {words}.", words, "ordinal", fmt(n), "-"))
        digits = num2words(n, to="ordinal_num")
        out.append(("ordinal-digits", "-", f"the {digits} time", digits, "ordinal", fmt(n), "-"))
    for _ in range(150):
        y = rng.randint(1100, 2099)
        words = num2words(y, to="year")
        out.append(("year", "2020-06-15", f"It was built in {words}.", words, "date", str(y), "-"))
    for _ in range(150):
        whole = rng.randint(1000, 99_999_999)
        frac = rng.randint(1, 99)
        grouped = f"{whole:,}"
        out.append(("grouped", "-", framed(rng, grouped), grouped, "cardinal", fmt(whole), "-"))
        text = f"{grouped}.{frac:02d}"
        out.append(("decimal", "-", framed(rng, text), text, "cardinal", fmt(float(f"{whole}.{frac:02d}")), "-"))
    return out


def amount(rng):
    return rng.choice([rng.randint(1, 999), rng.randint(1000, 99999), round(rng.uniform(1, 1000), 2)])


def amount_text(v):
    return f"{v:,.2f}" if isinstance(v, float) else f"{v:,}"


def currency_cases(rng):
    out = []
    seen = set()
    for table in ("currencies.tsv", "currencies-cldr.tsv"):
        for surface, code, where, factor in rows(table):
            if surface in seen or float(factor) != 1:
                continue
            seen.add(surface)
            v = amount(rng)
            a = amount_text(v)
            if where == "symbol" and surface.isascii() and surface.isalpha():
                surface = surface.capitalize()  # "Rs", "Ksh", as they are written
            if where == "code":
                s = surface.upper()
                target = f"{s} {a}" if rng.random() < 0.5 else f"{a} {s}"
                out.append(("currency-code", "-", f"The bill came to {target} last year.", target, "money", fmt(v), code))
            elif where == "symbol":
                s = surface.replace(" $", "$")
                if s.endswith("$") and s[:-1].isascii():
                    s = s[:-1].upper() + "$"
                target = f"{s}{a}" if not s[-1].isalpha() else f"{s} {a}"
                out.append(("currency-symbol", "-", f"The bill came to {target} last year.", target, "money", fmt(v), code))
            else:
                target = f"{a} {surface}"
                out.append(("currency-name", "-", f"The bill came to {target} last year.", target, "money", fmt(v), code))
    return out


def unit_cases(rng):
    out = []
    seen = set()
    # Surfaces with a second meaning that context settles ("5 pounds" of money or weight, "5m"
    # metres or millions) are left to the hand-written tests.
    # "41W" is 41 weeks to the temporal recogniser as much as 41 watts.
    ambiguous = {r[0] for r in rows("currencies.tsv")} | {r[0] for r in rows("multipliers.tsv")} | {"w", "d", "h", "s"}
    for table in ("units.tsv", "units-pint.tsv"):
        for surface, symbol, dim in rows(table):
            if surface in seen or dim == "temperature" or surface in ambiguous:
                continue
            # Written as the symbol is ("5 GB"; "5 gb" would be gigabits).
            if surface == symbol.lower():
                surface = symbol
            seen.add(surface)
            v = rng.choice([rng.randint(2, 999), round(rng.uniform(1, 100), 1)])
            glue = "" if len(surface) == 1 or (not surface.isalpha() and len(surface) <= 2) else " "
            target = f"{v}{glue}{surface}"
            out.append(("unit", "-", f"It measured {target} in the test.", target, "quantity", fmt(v), symbol))
    return out


def percent_cases(rng):
    out = []
    for word in ["%", " %", " percent", " per cent", " percents", " pc", " pct", " percentage points"]:
        for _ in range(15):
            v = rng.choice([rng.randint(1, 100), round(rng.uniform(0, 100), 1)])
            target = f"{v}{word}"
            out.append(("percent", "-", f"Turnout rose by {target} this year.", target, "percent", fmt(v), "-"))
    for _ in range(30):
        v = rng.randint(1, 100)
        target = f"{num2words(v)} {rng.choice(['percent', 'per cent'])}"
        out.append(("percent-words", "-", f"Turnout rose by {target} this year.", target, "percent", fmt(v), "-"))
    for _ in range(20):
        v = rng.randint(1, 100)
        target = f"{rng.choice(['percent', 'per cent'])} of {v}"
        out.append(("percent-before", "-", f"They kept {target}.", target, "percent", fmt(v), "-"))
    return out


SPACES = {"space": " ", "no-break space": "\u00a0", "narrow no-break space": "\u202f", "thin space": "\u2009",
          "figure space": "\u2007"}


def format_cases(rng):
    """Digit groups with each space Unicode uses for them, signs, scales."""
    out = []
    for name, sp in SPACES.items():
        for _ in range(10):
            n = rng.randint(1000, 99_999_999)
            text = f"{n:,}".replace(",", sp)
            out.append(("grouped-space", "-", f"They counted {text} in all.", text, "cardinal", fmt(n), "-"))
    for _ in range(20):
        n = rng.randint(1, 9999)
        out.append(("signed", "-", f"It reached -{n} overnight.", f"-{n}", "cardinal", fmt(-n), "-"))
    for surface, factor in rows("multipliers.tsv"):
        if float(factor) < 1000 or surface in ("lakh", "lakhs", "crore", "crores"):
            continue
        v = rng.randint(2, 99)
        glued = len(surface) <= 3
        target = f"{v}{'' if glued else ' '}{surface}"
        out.append(("scale", "-", f"They raised {target} last year.", target, "cardinal", fmt(v * float(factor)), "-"))
        target = f"${v}{'' if glued else ' '}{surface}"
        out.append(("scale-money", "-", f"They raised {target} last year.", target, "money", fmt(v * float(factor)), "USD"))
    return out


def composed_number_cases(rng):
    """Scales composed with ordinals and fractions, written exponents, signs."""
    out = []
    for _ in range(40):
        # A numerator with a scale of its own ("three hundred thousandth"); a bare one ("two millionth")
        # Recognizers-Text reads as "two" and "millionth", and so does the stage.
        n = rng.randint(1, 9) * 100 * rng.choice([1000, 1_000_000, 1_000_000_000]) + rng.choice([0, rng.randint(1, 99) * 1000])
        words = num2words(n, to="ordinal")
        out.append(("ordinal-scale", "-", f"It was the {words} visitor.", words, "ordinal", fmt(n), "-"))
    for _ in range(60):
        den = rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 50, 100])
        num = rng.randint(2, den - 1)
        d = num2words(den, to="ordinal")
        d = "quarters" if den == 4 else ("halves" if den == 2 else d + "s")
        words = f"{num2words(num)} {d}"
        out.append(("fraction", "-", f"They kept {words} of it.", words, "cardinal", fmt(num / den), "-"))
    for _ in range(30):
        m = round(rng.uniform(1, 9.9), 1)
        e = rng.randint(2, 9)
        for text in [f"{m}e{e}", f"{m}E+{e:02d}", f"{m} x 10^{e}", f"{m}×10^{e}"]:
            out.append(("scientific", "-", f"They counted {text} in all.", text, "cardinal", fmt(float(f"{m}e{e}")), "-"))
    for _ in range(20):
        n = rng.randint(1, 999)
        out.append(("signed", "-", f"It reached \u2212{n} overnight.", f"\u2212{n}", "cardinal", fmt(-n), "-"))
    return out


def scaled_money_cases(rng):
    """Amounts with a scale, with every way of writing the currency around them."""
    out = []
    scales = [("m", 1e6), ("bn", 1e9), (" million", 1e6), (" billion", 1e9), ("k", 1e3), (" trillion", 1e12)]
    currencies = [("$", "USD", "before"), ("£", "GBP", "before"), ("€", "EUR", "before"), ("USD ", "USD", "before"),
                  ("EUR", "EUR", "before"), (" dollars", "USD", "after"), (" euros", "EUR", "after"), (" pounds", "GBP", "after"),
                  (" yen", "JPY", "after"), (" rupees", "INR", "after")]
    for _ in range(80):
        v = rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])
        (sc, f), (cur, code, where) = rng.choice(scales), rng.choice(currencies)
        if where == "after" and not sc.startswith(" "):
            continue
        target = f"{cur}{v}{sc}" if where == "before" else f"{v}{sc}{cur}"
        out.append(("money-scale", "-", f"They raised {target} last year.", target, "money", fmt(v * f), code))
    return out


def temperature_cases(rng):
    out = []
    forms = [("{}°C", "°C"), ("{} °C", "°C"), ("{} degrees Celsius", "°C"), ("{} degrees C", "°C"), ("{}℃", "°C"),
             ("{}°F", "°F"), ("{} degrees Fahrenheit", "°F"), ("{} deg F", "°F"), ("{} ℉", "°F"), ("{} degrees centigrade", "°C"),
             ("{}C", "°C")]
    for form, unit in forms:
        for _ in range(6):
            v = rng.choice([rng.randint(-30, 45), round(rng.uniform(-10, 40), 1)])
            target = form.format(v)
            out.append(("temperature", "-", f"It reached {target} at noon.", target, "quantity", fmt(v), unit))
    return out


def range_cases(rng):
    """Two bounds joined by each dash and word English uses, and one-sided comparisons."""
    out = []
    for joiner in ["-", "\u2013", " to ", " - ", " \u2013 "]:
        for _ in range(10):
            lo = rng.randint(1, 500)
            hi = lo + rng.randint(1, 500)
            target = f"{lo}{joiner}{hi}%"
            out.append(("range-percent", "-", f"Prices rose {target} this year.", target, "range", f"{fmt(lo)}..{fmt(hi)}", "-"))
    for words, lo_side in [("more than", True), ("less than", False), ("over", True), ("under", False), ("at least", True),
                           ("at most", False), ("fewer than", False), ("greater than", True), ("up to", False), ("above", True),
                           ("below", False), (">", True), ("<", False), ("\u2265", True), ("\u2264", False),
                           ("no more than", False), ("not more than", False), ("no less than", True), ("not less than", True),
                           ("no fewer than", True), ("in excess of", True), ("upwards of", True),
                           ("greater than or equal to", True), ("less than or equal to", False), ("a minimum of", True),
                           ("a maximum of", False)]:
        for _ in range(4):
            n = rng.randint(2, 9999)
            target = f"{words} {n}" if words[0].isalpha() else f"{words}{n}"
            value = f"{fmt(n)}.." if lo_side else f"..{fmt(n)}"
            out.append(("comparison", "-", f"They counted {target} in all.", target, "range", value, "-"))
    for _ in range(20):
        lo = rng.randint(1, 500)
        hi = lo + rng.randint(1, 500)
        for form in [f"between {lo} and {hi}", f"from {lo} to {hi}", f"more than {lo} and less than {hi}",
                     f"greater than {lo} but less than {hi}", f"at least {lo} and at most {hi}"]:
            out.append(("range-words", "-", f"They counted {form} in all.", form, "range", f"{fmt(lo)}..{fmt(hi)}", "-"))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=11)
    a = p.parse_args()
    rng = random.Random(a.seed)
    cases = (number_cases(rng) + format_cases(rng) + currency_cases(rng) + unit_cases(rng) + percent_cases(rng)
             + range_cases(rng) + dates.date_cases(rng) + dates.temporal_cases(rng) + composed_number_cases(rng)
             + scaled_money_cases(rng) + temperature_cases(rng) + dates.named_time_cases(rng))
    # The classes of composed date/time language (Scripts/temporal_cases.py), from a generator of their
    # own so that the cases above stay as they were.
    cases += composed_temporal.all_cases(random.Random(a.seed + 1))
    cases += comparisons.all_cases(random.Random(a.seed + 2))
    cases += ranges.all_cases(random.Random(a.seed + 3))
    cases += measures.all_cases(random.Random(a.seed + 4))
    cases += composed_more.all_cases(random.Random(a.seed + 5))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by Scripts/build_number_cases.py (seed %d): do not edit.\n" % a.seed)
        f.write("# class\tdate\ttext\ttarget\tkind\tvalue\tunit\n")
        for c in cases:
            assert all("\t" not in x and "\n" not in x for x in c), c
            f.write("\t".join(c) + "\n")
    print(f"{OUT}: {len(cases)} cases")


if __name__ == "__main__":
    main()
