"""Generated classes of one-sided and point ranges for Scripts/build_number_cases.py,
in Recognizers-Text's conventions (its English NumberRange grammar: an
equality is the range [n, n]; "or equal to" after a comparison, or a
comparison after an equality, makes one inclusive bound; "than" may follow
a trailing comparative when no number does).

A case is (class, "-", text, target, "range", "min..max" with an open side empty, "-").
"""
from num2words import num2words

FRAMES = ["The total is {}.", "His score was {} this year.", "They said it is {} now."]
# For phrases that end in "equal to": the sentence ends after them.
ENDED = ["The total is {}.", "His score was {}.", "They said it is {}."]


def fmt(v):
    return str(int(v))


def amount(rng):
    """A random number, in digits or in words."""
    n = rng.randint(2, 9999)
    return n, (str(n) if rng.random() < 0.6 else num2words(n).replace(",", ""))


def equal_cases(rng):
    """"equal to 170", "equals five hundred": the point range [n, n]."""
    out = []
    for words in ["equal to", "equals", "equalling", "equaling"]:
        for _ in range(10):
            n, text = amount(rng)
            target = f"{words} {text}"
            out.append(("range-equal", "-", rng.choice(FRAMES).format(target), target, "range", f"{fmt(n)}..{fmt(n)}", "-"))
    return out


def or_equal_cases(rng):
    """A comparison and an equality said of one number: "more than 50 or equal to",
    "equal to 50 or less", "less than 50 or equal": one inclusive bound."""
    out = []
    lower_side = [("more than", True), ("greater than", True), ("higher than", True), ("less than", False), ("fewer than", False),
                  ("lower than", False)]
    trailing = [("or more", True), ("or greater", True), ("or above", True), ("or less", False), ("or fewer", False), ("or below", False)]
    # Each form: its comparisons, the phrase it makes of one and the number, and its sentences.
    forms = [(lower_side, lambda words, text: f"{words} {text} {rng.choice(['or equal to', 'or equal'])}", ENDED),
             (trailing, lambda words, text: f"equal to {text} {words}", FRAMES)]
    for sides, phrase, frames in forms:
        for _ in range(30):
            n, text = amount(rng)
            words, is_min = rng.choice(sides)
            target = phrase(words, text)
            value = f"{fmt(n)}.." if is_min else f"..{fmt(n)}"
            out.append(("range-or-equal", "-", rng.choice(frames).format(target), target, "range", value, "-"))
    return out


def trailing_than_cases(rng):
    """"200 or greater than": "than" after a trailing comparative belongs to it; with
    a number after it ("5000 or more than 4500") it opens a range of its own."""
    out = []
    for _ in range(30):
        n, text = amount(rng)
        # A number that may be a year takes the date reading ("2016 or later"), a class of its own.
        while 1000 <= n <= 2999:
            n, text = amount(rng)
        words, is_min = rng.choice([("or greater than", True), ("or more than", True), ("or less than", False),
                                    ("or fewer than", False), ("or higher than", True), ("or lower than", False)])
        target = f"{text} {words}"
        value = f"{fmt(n)}.." if is_min else f"..{fmt(n)}"
        out.append(("range-trailing-than", "-", f"His score is {target}", target, "range", value, "-"))
    for _ in range(20):
        n, text = amount(rng)
        m = rng.randint(2, 9999)
        words, is_min = rng.choice([("more than", True), ("less than", False), ("greater than", True), ("fewer than", False)])
        target = f"{words} {m}"
        value = f"{fmt(m)}.." if is_min else f"..{fmt(m)}"
        out.append(("range-trailing-than", "-", f"His score is {text} or {target}.", target, "range", value, "-"))
    return out


def all_cases(rng):
    return equal_cases(rng) + or_equal_cases(rng) + trailing_than_cases(rng)
