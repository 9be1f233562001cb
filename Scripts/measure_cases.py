"""Generated classes of measures (see Scripts/build_number_cases.py), drawn from a generator of
their own so that the earlier classes stay as they were:
- unit-glued-word: a unit whose symbol is an English word ("in", "st"), glued to digits, is
  that unit ("a 42in screen", "he weighs 15st"); "21st" stays the ordinal, as the English
  ordinal suffix of 21 is "st" (case ordinal-suffix);
- percent-glued: every percent word of the list glued to a number ("52pc", "3.5pct");
- comparison-glued: every comparison phrase of comparisons.tsv and every sign before a measure
  glued into one token (">30C", "more than 50mph"): the range bounds the measure, with its
  unit;
- temperature-conversion: a Fahrenheit figure written as news converts a Celsius one, glued
  with a capital F beside the glued Celsius ("35C (95F)", "95F (35C)", "-5C/23F"); a capital
  F alone stays unread ("13F" is a filing more often than a temperature);
- percent-fraction: a fraction of one per cent in words ("half a percent", "a quarter of a per
  cent", "three quarters of a percent"), and the hyphenated spelling "per-cent"."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD_LISTS = os.path.join(ROOT, "Sources/CopydeskStages/Resources/numbers/word-lists.tsv")
UNITS = os.path.join(ROOT, "Sources/CopydeskStages/Resources/numbers/units.tsv")
COMPARISONS = os.path.join(ROOT, "Sources/CopydeskStages/Resources/numbers/comparisons.tsv")
# Units news glues to digits ("30C", "50mph"), with the symbol the stage writes.
GLUED = [("km", "km"), ("kg", "kg"), ("mph", "mph"), ("cm", "cm"), ("mm", "mm"), ("C", "°C"), ("ft", "ft"), ("kw", "kW")]


def ordinal_suffix(n):
    return "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def glued_units():
    """(symbol, unit symbol of units.tsv) of the glued-unit list."""
    surfaces = {}
    with open(UNITS, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                surface, symbol, _ = line.rstrip("\n").split("\t")
                surfaces[surface] = symbol
    with open(WORD_LISTS, encoding="utf-8") as f:
        return [(p[1], surfaces[p[2]]) for p in (line.rstrip("\n").split("\t") for line in f)
                if p[0] == "glued-unit"]


def glued_word_unit_cases(rng):
    out = []
    units = glued_units()
    while len(out) < 60:
        glued, symbol = rng.choice(units)
        n = rng.randint(2, 120)
        if ordinal_suffix(n) == glued:
            out.append(("ordinal-suffix", "-", f"He finished {n}{glued} in the race.", f"{n}{glued}", "ordinal", str(n), "-"))
            continue
        frame = rng.choice(["They bought a {} screen.", "He weighs {} now.", "It is {} long, officials said."])
        out.append(("unit-glued-word", "-", frame.format(f"{n}{glued}"), f"{n}{glued}", "quantity", str(n), symbol))
    return out


def percent_words():
    with open(WORD_LISTS, encoding="utf-8") as f:
        return [p[1] for p in (line.rstrip("\n").split("\t") for line in f) if p[0] == "percent" and p[1].isalpha()]


def glued_percent_cases(rng):
    out = []
    for word in percent_words():
        for _ in range(10):
            v = rng.choice([str(rng.randint(1, 99)), f"{rng.randint(0, 99)}.{rng.randint(1, 9)}"])
            frame = rng.choice(["The vote was {} in favour.", "Growth slowed to {} last year.", "A {} rise was agreed."])
            out.append(("percent-glued", "-", frame.format(v + word), v + word, "percent", v, "-"))
    return out


def comparison_glued_cases(rng):
    with open(COMPARISONS, encoding="utf-8") as f:
        phrases = [p for p in (line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#"))
                   if p[1] in ("min", "max")]
    phrases += [[">", "min"], ["<", "max"], ["≥", "min"], ["≤", "max"]]
    out = []
    for phrase, bound in phrases:
        glued, symbol = rng.choice(GLUED)
        if (glued, symbol) == ("kw", "kW"):
            glued = "kW"
        n = rng.randint(2, 999)
        lead = phrase if phrase in "><≥≤" else phrase + " "
        target = f"{lead}{n}{glued}"
        value = f"{n}.." if bound == "min" else f"..{n}"
        out.append(("comparison-glued", "-", f"Readings of {target} were reported.", target, "range", value, symbol))
    return out


SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def superscript_cases(rng):
    out = []
    for _ in range(40):
        mantissa = f"{rng.randint(1, 9)}.{rng.randint(0, 99):02d}".rstrip("0").rstrip(".")
        e = rng.choice([x for x in range(-9, 13) if x not in (0, 1)])
        sign = rng.choice(["×", "x", "·"])
        sep = rng.choice(["", " "])
        target = f"{mantissa}{sep}{sign}{sep}10{str(e).translate(SUPERSCRIPTS)}"
        value = float(mantissa) * 10 ** e
        out.append(("scientific-superscript", "-", f"The sample held {target} cells.", target, "cardinal", repr(value), "-"))
    return out


def temperature_conversion_cases(rng):
    out = []
    for _ in range(40):
        c = rng.randint(-30, 45)
        f = round(c * 9 / 5 + 32)
        form = rng.randrange(3)
        text = (f"{c}C ({f}F)", f"{f}F ({c}C)", f"{c}C/{f}F")[form]
        out.append(("temperature-conversion", "-", f"Temperatures reached {text} on Monday.", f"{f}F", "quantity", str(f), "°F"))
    return out


def percent_fraction_cases(rng):
    out = []
    fractions = [("half a", 0.5), ("a half of a", 0.5), ("a quarter of a", 0.25), ("three quarters of a", 0.75),
                 ("a tenth of a", 0.1), ("a third of a", 1 / 3)]
    for _ in range(30):
        words, v = rng.choice(fractions)
        target = f"{words} {rng.choice(['percent', 'per cent', 'percentage point'])}"
        out.append(("percent-fraction", "-", f"Rates rose by {target} on Thursday.", target, "percent", repr(round(v, 15)) if v != 1 / 3 else "0.333333333333333", "-"))
    for _ in range(10):
        v = rng.randint(1, 99)
        target = f"{v} per-cent"
        out.append(("percent-fraction", "-", f"Rates rose by {target} on Thursday.", target, "percent", str(v), "-"))
    return out


def all_cases(rng):
    return (glued_word_unit_cases(rng) + glued_percent_cases(rng) + comparison_glued_cases(rng) + superscript_cases(rng)
            + temperature_conversion_cases(rng) + percent_fraction_cases(rng))
