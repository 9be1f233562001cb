#!/usr/bin/env python3
"""Generate the authoritative tables behind tag_numbers.

    pip install babel pint
    python3 Scripts/build_number_tables.py

Writes, under Sources/CopydeskStages/Resources/numbers/:

- currencies-cldr.tsv: every ISO 4217 code in CLDR (babel 2.x, Unicode
  licence v3), as a "code" (before or after the amount, or glued to it, and
  only in capitals: "TOP", "ALL" and "TRY" are words in lower case), with its English names in the singular and plural, the last
  word of a current currency's name when no other current currency shares
  it ("yen", "zloty"), and the symbols CLDR gives it in English and in the
  locales of the territories where it is legal tender (wide and narrow, every
  script), when a symbol names one currency only (or English picks one: "$",
  "£", "¥").
- units-pint.tsv: the SI and imperial/US units of pint's default
  definitions (pint 0.2x, BSD licence), with their symbols, names, British
  spellings and plurals, every SI prefix (name and symbol) on the units that
  take one, square and cubic forms of lengths, and data rates in bits a
  second ("Mbps").

The hand tables (currencies.tsv, units.tsv) win over these where both list
a surface: they keep what no source says (minor units, slang, BBC usage).
Surfaces that are common English words, that one table gives two meanings,
or that the temporal recogniser owns (time units) are left out; the lists of
those are below, each with the reason.
"""
import collections
import os
import re

from babel import Locale, numbers
from babel.core import get_global
import babel.localedata
import pint

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/CopydeskStages/Resources/numbers")

# Words of ordinary English that a currency or unit table would swallow after a
# number ("5 real problems", "10 den", "3 bar"... "in", "at", "are").
ENGLISH = set("""
a an are at be by da dam den do go he hi in is it le me mo my no of oh on or pa pc so to um up us we
gold silver real mark marks won rand lei leu lek som sum bar bars cup cups gal grain grains point points pole poles
pica line lines hand hands span spans link links chain chains rod rods foot tun stone stones ton tons
standard standards load loads cord cords cable cables mil mils barn barns shake shakes gauss degree degrees
ct cp gr bu hp sq cu ft dr pt qt am pm ms cc mg ma
""".split())

# ISO codes that are English words or well-known names in capitals ("ALL 5 solutions", "AMD 64",
# "TOP 10"): as codes they would turn headlines into money. Their names stay.
CODE_WORDS = set("all top try cup mop bob pen sos gel mad bam amd ron std".split())

HAND_CURRENCIES = os.path.join(OUT, "currencies.tsv")
HAND_UNITS = os.path.join(OUT, "units.tsv")


def ascii_lower(s):
    """Lower case as the stage folds words it looks up in phrase tables: ASCII letters only."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in s)


def hand_surfaces(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.split("\t")[0])
    return out


def token_like(s):
    """A surface the recogniser can see as its tokens: letters, or one
    symbol scalar, or letters and "$"; no stops or bidi marks inside."""
    if not s or any(c in s for c in ".\u200f\u200e\u200b\u202f\u00a0/"):
        return False
    if len(s) == 1:
        return not s.isalnum()
    if s.endswith("$") and s[:-1].isalpha():
        return True
    return s.isalpha()


def plural(name):
    words = name.split(" ")
    last = words[-1]
    if last.endswith("foot"):
        last = last[:-4] + "feet"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        last += "es"
    elif last.endswith("y") and not re.search(r"[aeiou]y$", last):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def currencies():
    en = Locale("en")
    tender = collections.defaultdict(set)  # code -> territories where it is legal tender today
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, is_tender in spans:
            if end is None and is_tender:
                tender[code].add(territory)
    recent = set()  # codes tender somewhere since 1990
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, is_tender in spans:
            if is_tender and (end is None or end[0] >= 1990):
                recent.add(code)
    rows = {}  # (surface, where) -> code

    def add(surface, code, where):
        # Symbols are looked up lower-cased in full, words through the phrase table's ASCII folding.
        surface = (surface.lower() if where == "symbol" else ascii_lower(surface)).strip()
        if not surface or surface in ENGLISH:
            return
        rows.setdefault((surface, where), code)

    # Funds, units of account and metals ("XAU" is gold, "XBA" a European composite unit): their
    # codes stay, their English names ("gold", "silver") are not money after a number.
    codes = sorted(numbers.list_currencies())
    for code in codes:
        # Codes of money in use since 1990 ("DEM", "FRF" still come up; "ARM", "BAD" do not).
        if code in recent and code.lower() not in CODE_WORDS:
            add(code, code, "code")
        if code.startswith("X") and code not in tender:
            continue
        plurals = en._data["currency_names_plural"].get(code) or {}
        names = {en._data["currency_names"].get(code, "")} | set(dict(plurals).values())
        for name in names:
            name = name.replace("(", "").replace(")", "")
            if name and all(token_like(w) for w in name.split()):
                add(name, code, "word")
    # The last word of a current currency's name, when it names one currency.
    last = collections.defaultdict(set)
    for code in tender:
        plurals = dict(en._data["currency_names_plural"].get(code) or {})
        for name in [en._data["currency_names"].get(code, "")] + list(plurals.values()):
            words = name.lower().split()
            if len(words) > 1 and token_like(words[-1]):
                last[words[-1]].add(code)
    for word, owners in sorted(last.items()):
        if len(owners) == 1:
            add(word, next(iter(owners)), "word")
    # Symbols: English first (it settles "$", "£", "¥"), then each currency's home locales.
    symbols = collections.defaultdict(set)
    for loc in [l for l in babel.localedata.locale_identifiers() if l == "en" or l.startswith("en_")]:
        for code, s in Locale.parse(loc).currency_symbols.items():
            if s != code and code in tender:
                symbols[s].add(code)
    english = {s: code for code, s in en.currency_symbols.items() if s != code}
    for loc in babel.localedata.locale_identifiers():
        try:
            L = Locale.parse(loc)
        except Exception:
            continue
        if L.territory is None:
            continue
        for code, s in L.currency_symbols.items():
            if s != code and L.territory in tender.get(code, ()):
                symbols[s].add(code)
    for s, owners in sorted(symbols.items()):
        code = english.get(s) if s in english else (next(iter(owners)) if len(owners) == 1 else None)
        if code is None or not token_like(s):
            continue
        letters = s.rstrip("$")
        if len(s) == 1 and s.isalpha():
            continue  # "R", "K", "L": a letter alone is no currency in running text
        if s.endswith("$") and len(s) > 1:
            # The tokenizer splits "R$" into "R" and "$"; spaced ("NT $") only after two letters,
            # since "a $ 1 billion" is an article.
            if len(letters) > 1:
                add(letters + " $", code, "symbol")
            add(s, code, "symbol")
        elif s.isalpha():
            if len(s) < 3 and s.isascii():
                continue  # "Ar", "Db", "Fc": two ASCII letters are abbreviations first ("10 db" is decibels)
            add(s, code, "word")
            add(s, code, "symbol")
        else:
            add(s, code, "symbol")
    hand = hand_surfaces(HAND_CURRENCIES)
    units = hand_surfaces(HAND_UNITS) | set(u for u, _, _ in pint_units())
    lines = []
    for (surface, where), code in sorted(rows.items()):
        if surface in hand or surface in units:
            continue
        lines.append(f"{surface}\t{code}\t{where}\t1")
    return lines


# pint unit names taken, by dimension; each with whether SI prefixes apply.
UNITS = [
    ("meter", "length", True), ("gram", "mass", True), ("liter", "volume", True), ("byte", "information", True),
    ("bit", "information", True), ("watt", "power", True), ("joule", "energy", True), ("hertz", "frequency", True),
    ("newton", "force", True), ("pascal", "pressure", True), ("volt", "voltage", True), ("ampere", "current", True),
    ("ohm", "resistance", True), ("electron_volt", "energy", True), ("calorie", "energy", True),
    ("watt_hour", "energy", True), ("tonne", "mass", False),
    ("inch", "length", False), ("foot", "length", False), ("yard", "length", False), ("mile", "length", False),
    ("nautical_mile", "length", False), ("light_year", "length", False), ("astronomical_unit", "length", False),
    ("parsec", "length", True), ("angstrom", "length", False), ("micron", "length", False),
    ("pound", "mass", False), ("ounce", "mass", False), ("stone", "mass", False), ("ton", "mass", False),
    ("long_ton", "mass", False), ("carat", "mass", False), ("grain", "mass", False),
    ("gallon", "volume", False), ("quart", "volume", False), ("pint", "volume", False), ("cup", "volume", False),
    ("fluid_ounce", "volume", False), ("tablespoon", "volume", False), ("teaspoon", "volume", False),
    ("barrel", "volume", False), ("bushel", "volume", False),
    ("acre", "area", False), ("hectare", "area", False),
    ("knot", "speed", False), ("mile_per_hour", "speed", False), ("kilometer_per_hour", "speed", False),
    ("horsepower", "power", False), ("psi", "pressure", False), ("bar", "pressure", True), ("atmosphere", "pressure", False),
    ("torr", "pressure", False), ("BTU", "energy", False), ("radian", "angle", False),
]
PREFIXES = ["kilo", "milli", "centi", "mega", "giga", "micro", "nano", "tera", "deci", "hecto", "deca", "pico",
            "peta", "exa", "femto", "atto", "zetta", "yotta", "zepto", "yocto"]
# Prefixes whose symbols are written on unit symbols in running text ("kW", "ms", "GHz"); the
# others ("aW", "EB", "daN") are laboratory notation whose two letters are mostly something else
# in news ("ea", "em", "dev"), so only their names are taken ("exabyte", "decagram").
# Mega before milli: the two fold to one lower-case surface, and in news "mhz", "mpa", "mev" are
# mega; the milli units people write ("mm", "ml", "mg") are in the hand table.
SYMBOL_PREFIXES = ["kilo", "mega", "giga", "tera", "milli", "micro", "nano", "centi", "peta"]
# Which unit symbols take prefix symbols, and which: the ones written that way ("kWh", "GHz", "nm").
PREFIXED_SYMBOLS = {
    "m": {"kilo", "milli", "micro", "nano", "centi"}, "g": {"kilo", "milli", "micro", "nano"}, "l": {"milli", "centi", "micro"},
    "B": {"kilo", "mega", "giga", "tera", "peta"}, "bit": {"kilo", "mega", "giga", "tera", "peta"},
    "W": {"kilo", "mega", "giga", "tera", "milli"}, "Wh": {"kilo", "mega", "giga", "tera"}, "Hz": {"kilo", "mega", "giga", "tera"},
    "J": {"kilo", "mega", "giga"}, "eV": {"kilo", "mega", "giga", "tera"}, "Pa": {"kilo", "mega", "giga", "hecto"},
    "V": {"kilo", "milli"}, "A": {"milli"}, "cal": {"kilo"}, "N": {"kilo"}, "bar": {"milli"}, "Ω": {"kilo", "mega"},
}
# Common abbreviations a prefixed symbol would take over ("TV", "GM", "ca.").
ABBREVIATIONS = {"tv", "tm", "gm", "ca", "cv", "pc", "na", "nb", "kt", "gl", "pl", "pg", "pv", "ta", "tw", "pw", "pb", "n", "j"}
# Aliases in pint's file that are internal names, not English: "cal_th", "Btu_iso", "octet".
SKIP_ALIAS = re.compile(r"(^(US|UK|international|avdp|avoirdupois|liquid|thermochemical|hydraulic|knot|EC)_)|(_(th|iso)$)|^octet$|^arc")
# Plurals English does not form with -s.
SAME_PLURAL = {"hertz", "feet", "inches", "square_feet", "cubic_feet", "lux", "siemens"}
# Spellings the definitions file does not hold.
BRITISH = {"meter": "metre", "liter": "litre"}


def first_column(name):
    return hand_surfaces(os.path.join(OUT, name))


# Multipliers and number words keep their meaning ("5b" is five billion, not five bytes).
NOT_UNITS = first_column("multipliers.tsv") | first_column("number-words.tsv")


def pint_units():
    reg = pint.UnitRegistry()
    out = []  # (surface lower, symbol, dimension)
    seen = set()

    def add(surface, symbol, dim):
        s = ascii_lower(surface).replace("_", " ")
        if s in seen or s in ENGLISH or s in ABBREVIATIONS or s in NOT_UNITS or not s:
            return
        seen.add(s)
        out.append((s, symbol, dim))

    def forms(name):
        d = reg._units[name]
        symbol = "ton" if name == "ton" else (d.symbol if d.symbol and d.symbol != "_" else name.replace("_", " "))
        names = [name] + [a for a in d.aliases if not SKIP_ALIAS.search(a)] + ([BRITISH[name]] if name in BRITISH else [])
        return symbol, names

    # Every unit's own symbol and names first, so that a prefixed form never takes a surface
    # a unit has by itself ("kn" is a knot before it is a kilonewton).
    for name, dim, _ in UNITS:
        symbol, names = forms(name)
        add(symbol, symbol, dim)
        for n in names:
            add(n, symbol, dim)
            if len(n) > 3 and not n.isupper() and n not in SAME_PLURAL:
                add(plural(n.replace("_", " ")), symbol, dim)
    for name, dim, prefixed in UNITS:
        if not prefixed:
            continue
        symbol, names = forms(name)
        for pname in PREFIXES:
            p = reg._prefixes[pname]
            for n in names:
                # Names take prefix names, symbols do not: the unit's own name
                # always ("megabit", "millibar"), an alias when it is a word.
                if n == name or len(n) > 3:
                    add(pname + n, p.symbol + symbol, dim)
                    if n not in SAME_PLURAL:
                        add(plural(pname + n), p.symbol + symbol, dim)
        for pname in SYMBOL_PREFIXES:
            if pname in PREFIXED_SYMBOLS.get(symbol, ()):
                add(reg._prefixes[pname].symbol + symbol, reg._prefixes[pname].symbol + symbol, dim)
    # Data rates, as news writes them: pint's "bps" (its alias of the baud, a bit a
    # second) with the prefix symbols of the bit ("8Mbps", "1.2 Gbps"), as bits a second.
    for pname in [""] + sorted(PREFIXED_SYMBOLS["bit"]):
        p = reg._prefixes[pname].symbol if pname else ""
        add(p + "bps", p + "bit/s", "data rate")
    # Square and cubic lengths, in words and in symbols.
    for name, sym in [("meter", "m"), ("metre", "m"), ("kilometer", "km"), ("kilometre", "km"), ("centimeter", "cm"),
                      ("centimetre", "cm"), ("millimeter", "mm"), ("millimetre", "mm"), ("foot", "ft"), ("inch", "in"),
                      ("yard", "yd"), ("mile", "mi")]:
        for power, word, short, sup in [(2, "square", "sq", "²"), (3, "cubic", "cu", "³")]:
            add(f"{word} {name}", sym + sup, "area" if power == 2 else "volume")
            add(f"{word} {plural(name)}", sym + sup, "area" if power == 2 else "volume")
            add(f"{short} {sym}", sym + sup, "area" if power == 2 else "volume")
            add(f"{sym}{power}", sym + sup, "area" if power == 2 else "volume")
            add(f"{sym}{sup}", sym + sup, "area" if power == 2 else "volume")
    return out


def units():
    hand = hand_surfaces(HAND_UNITS)
    return [f"{s}\t{sym}\t{dim}" for s, sym, dim in sorted(pint_units()) if s not in hand]


def write(name, header, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        for line in lines:
            f.write(line + "\n")
    print(f"{name}: {len(lines)} rows")


def main():
    write("currencies-cldr.tsv",
          "# Generated by Scripts/build_number_tables.py from CLDR (babel): do not edit; the hand table currencies.tsv wins.\n"
          "# surface\tISO 4217 code\twhere (symbol: before the number; word: after it)\tfactor\n",
          currencies())
    write("units-pint.tsv",
          "# Generated by Scripts/build_number_tables.py from pint's default definitions: do not edit; the hand table units.tsv wins.\n"
          "# surface (lower case; multi-word allowed)\tunit symbol\tdimension\n",
          units())


if __name__ == "__main__":
    main()
