"""The candidate's debrief notes, turned to face the person who will read them.

A debrief is written about the company ("their team ships weekly"); a note
quotes it to the company, so it must say "your team ships weekly". And a
debrief line often starts with what the note's own sentence already says
("I forgot to mention that..."), which would read twice.

1. `to_reader`: "their", "they", "them", "the company's" and the company's
   own possessive become "your", "you", "yours". A pronoun is left alone when
   something else in its sentence could be what it points to ("the engineers
   said they deploy daily", "Priya said they..."): then it already reads
   right as it stands.
2. `without_lead`: drops a lead-in such as "I forgot to mention that" or
   "What stood out was" that the note's sentence says for it.
3. `first_person`: whether a note is the candidate's own view ("I liked
   that..."), which needs a lead-in that does not say "to me" again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Third person -> second person, for pronouns that mean the company or team.
PRONOUNS = {
    "they": "you",
    "them": "you",
    "their": "your",
    "theirs": "yours",
    "themselves": "yourselves",
    "they're": "you're",
    "they've": "you've",
    "they'd": "you'd",
    "they'll": "you'll",
}
PRONOUN = re.compile(
    r"(?<![\w'’-])(they(?:['’](?:re|ve|d|ll))?|them(?:selves)?|theirs?)(?![\w'’-])", re.I
)
SENTENCE_BREAK = re.compile(r"[.!?;]\s+")
# fmt: off
# Words that are somebody "they" could mean, plural or not.
PEOPLE = frozenset({
    "people", "staff", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
    "nobody", "children", "men", "women", "folk", "folks", "he", "she", "both", "others",
    "crew", "customers", "clients", "patients", "users",
})
# Words just before a plural noun that make it a noun: "the engineers", "two
# managers" ("the team writes" is a verb, so "team" is not one of them).
DETERMINERS = frozenset({
    "the", "these", "those", "some", "many", "most", "all", "both", "several", "few", "other",
    "our", "his", "her", "my", "its", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "whose", "such", "more",
})
# Words that may stand between the two: "the senior engineers", "my fellow candidates".
ADJECTIVES = frozenset({
    "senior", "junior", "other", "new", "same", "whole", "fellow", "lead", "older", "younger",
    "two", "three", "four", "five", "many", "few", "former", "current",
})
# Words ending in -s that are not plural nouns.
NOT_PLURAL = frozenset({
    "this", "is", "was", "has", "does", "its", "us", "yours", "always", "across", "unless",
    "perhaps", "plus", "thus", "process", "business", "less", "news", "series", "various",
    "analysis", "bus", "status", "focus", "campus", "bonus", "whereas", "as", "ours",
})
# fmt: on
LEAD = re.compile(
    r"^\s*(?:(?:i\s+)?(?:forgot|meant|wanted|should\s+have\s+(?:liked\s+)?|wish\s+i\s+had|"
    r"didn['’]?t\s+get|did\s+not\s+get|never\s+got)\s*(?:to\s+)?"
    r"(?:mention(?:ed)?|say|said|tell\s+(?:them|you)|bring\s+up|brought\s+up|add|added)"
    r"(?:\s+(?:to\s+(?:them|you)|in\s+the\s+interview))?(?:\s+that)?\s*[:,]?\s+|"
    r"(?:what|the\s+thing\s+that|one\s+thing\s+that|something\s+that)\s+stood\s+out"
    r"(?:\s+to\s+me)?(?:\s+(?:was|is))?(?:\s+that)?\s*[:,-]?\s+|"
    r"stood\s+out\s*[:,-]\s*)",
    re.I,
)
# A note that starts where its lead-in was cut: "that I speak Spanish".
BARE_THAT = re.compile(r"^\s*that\s+(?=(?:i|i['’](?:m|ve|d|ll)|my|we|our)\b)", re.I)
FIRST_PERSON = re.compile(r"^\s*(?:i|i['’](?:m|ve|d|ll)|my|me)\b", re.I)


def to_reader(text: str, company: str, names: Iterable[str] = ()) -> str:
    """`text` about the company, rewritten to speak to it; `names` are the interviewers'."""
    text = _company_possessive(text, company)
    people = PEOPLE | {w.lower() for name in names for w in re.findall(r"[\w'’-]+", name)}
    out: list[str] = []
    start = 0
    swapped = False
    for match in PRONOUN.finditer(text):
        before = text[_sentence_start(text, match.start()) : match.start()]
        word = match.group()
        lower = word.lower()
        if lower == "themselves":
            # Reflexive: it means whoever the last "they" meant.
            swap = swapped
        elif lower == "them":
            # An object is as often a thing ("they share them") as the company:
            # only when nothing plural came before it in the sentence.
            swap = not _has_antecedent(before, people) and not any(
                _plural_noun(w.lower()) for w in re.findall(r"[\w'’-]+", before)
            )
        else:
            swap = swapped = not _has_antecedent(before, people)
        out.append(text[start : match.start()])
        out.append(_swap(word) if swap else word)
        start = match.end()
    out.append(text[start:])
    return "".join(out)


def without_lead(text: str) -> str:
    """'I forgot to mention that I hold a CKA.' -> 'I hold a CKA.'"""
    match = LEAD.match(text) or BARE_THAT.match(text)
    if match is None or not text[match.end() :].strip():
        return text
    rest = text[match.end() :]
    # A sentence again: "that my team won..." -> "My team won...".
    return rest[:1].upper() + rest[1:]


def first_person(text: str) -> bool:
    """True for the candidate's own view: 'I liked that...', 'My sense was...'."""
    return FIRST_PERSON.match(text) is not None


def _company_possessive(text: str, company: str) -> str:
    names = [re.escape(company)]
    first = company.split()[0] if company.split() else ""
    if len(first) >= 4 and first != company:
        names.append(re.escape(first))
    names.append(r"the\s+company")
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(names)})(?:['’]s|s['’]|['’])(?![\w])", re.I)

    def swap(match: re.Match[str]) -> str:
        # A capital where a sentence starts; "the company's" opening a fragment stays lower.
        ended = re.search(r"[.!?]\s+$", text[: match.start()]) is not None
        capital = ended or (match.start() == 0 and match.group()[:1].isupper())
        return "Your" if capital else "your"

    return pattern.sub(swap, text)


def _sentence_start(text: str, offset: int) -> int:
    last = 0
    for match in SENTENCE_BREAK.finditer(text, 0, offset):
        last = match.end()
    return last


def _has_antecedent(before: str, people: frozenset[str] | set[str]) -> bool:
    """Whether something in `before` (same sentence) could be what "they" means."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", before)]
    for i, word in enumerate(words):
        if word in people:
            return True
        if not _plural_noun(word) or i == 0:
            continue
        if words[i - 1] in DETERMINERS:
            return True
        if i >= 2 and words[i - 1] in ADJECTIVES and words[i - 2] in DETERMINERS:
            return True
    return False


def _plural_noun(word: str) -> bool:
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s", "us", "is"))
        and word not in NOT_PLURAL
    )


def _swap(word: str) -> str:
    plain = PRONOUNS[word.lower().replace("’", "'")]
    if "’" in word:
        plain = plain.replace("'", "’")
    if word.isupper() and len(word) > 1:
        return plain.upper()
    return plain[:1].upper() + plain[1:] if word[:1].isupper() else plain
