"""The candidate's debrief as sentences a note can carry, or nothing.

A debrief is private: written fast, about the interviewers, in the
candidate's own register ("jess liked that i've trained like 6 baristas").
A note may use it only as the candidate's own first-person sentence, or
rewritten where the rewriting is certain; anything else is left out (rule
book, "What a good note is", second edition). So every function here returns
`None` rather than guess:

- `register`: casual words brought to a note's register ("I'm" -> "I am",
  "Uni" -> "University", "like 6" -> "6", "!!" -> "."), never a change of meaning.
- `went_well_lines`: what went well with each interviewer, from lines that
  name them (or "she"/"he" when there is only one): "Priya liked my backfill
  strategy" -> "I was glad you liked my backfill strategy." for Priya.
- `forgot_line`: what the candidate forgot to say, in one of several forms, so
  each note of a panel says it in different words.
- `stood_out_line`: appreciation or a question, never a statement about the
  reader's own problems ("you are short-staffed" is left out).
- `topic_kind`: whether a topic is the work, the candidate's own story ("my
  move to consulting") or logistics (relocation, a start date), which a note
  thanks them for rather than praises as a perspective.

Pure: no Django, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.writing.grammar import as_sentence, continue_lower
from followup.writing.voice import first_person, to_reader, without_lead

# fmt: off
# Contractions whose expansion is certain ("I'd" could be "I had" or "I would": kept).
EXPANSIONS = {
    "i'm": "I am", "i've": "I have", "i'll": "I will", "don't": "do not", "doesn't": "does not",
    "didn't": "did not", "can't": "cannot", "won't": "will not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "haven't": "have not",
    "hasn't": "has not", "couldn't": "could not", "wouldn't": "would not", "it's": "it is",
    "we're": "we are", "we've": "we have", "that's": "that is",
}
# Casual words with one formal equivalent in a note.
FORMAL = {"uni": "University", "stats": "statistics", "approx": "approximately"}
# Words that mark a line as too casual to carry at all ("good chat about packaging").
TOO_CASUAL = frozenset({
    "chat", "stuff", "kinda", "sorta", "lol", "awesome", "cool", "gonna", "wanna", "vibe",
    "vibes", "nailed", "totally", "basically", "super", "ok", "okay", "yeah", "guy", "guys",
})
# A debrief line about the reader's own difficulties: never told to them (rule book).
PROBLEM = re.compile(
    r"\b(?:short[- ]staffed|understaffed|under-resourced|behind|struggl\w*|lost|losing|"
    r"shortage|short of|problems?|issues?|turnover|burn(?:ed|t)?[- ]out|overworked|"
    r"backlog|chaos|chaotic|messy|disorgani[sz]ed|late|overdue|failing|poor|bad|"
    r"need(?:s|ed)? (?:someone|somebody|a|an|to)|desperate|cuts?|layoffs?|redundanc\w*)\b",
    re.I,
)
# A topic about when and where one would work: thanked for, not praised as substance.
LOGISTICS = re.compile(
    r"\b(?:relocat\w*|start(?:ing)? date|notice(?: period)?|salary|pay|package|allowance|"
    r"benefits?|perks?|hybrid|remote|working from home|wfh|commut\w*|visa|parking|hours|"
    r"schedule|rota|shift pattern|holidays?|leave|pension|contract length|travel)\b",
    re.I,
)
# Past verbs of a shared moment, after "X and I" or "We": "we compared notes on ...".
SHARED = frozenset({
    "agreed", "compared", "discussed", "talked", "spent", "got", "went", "sketched",
    "worked", "looked", "walked", "covered", "explored", "shared", "swapped", "built",
    "drew", "reviewed", "debated",
})
# "X showed me ..." -> "Thank you for showing me ...". Not "stayed": an
# assessor staying to watch a lesson did their job, not the candidate a favour.
GERUNDS = {
    "showed": "showing", "took": "taking", "gave": "giving",
    "explained": "explaining", "introduced": "introducing", "walked": "walking",
    "shared": "sharing", "offered": "offering", "invited": "inviting",
}
# fmt: on
NUMBER_WORDS = dict(
    zip(
        "0123456789",
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        strict=True,
    )
)


def register(text: str) -> str:
    """`text` in a note's register: certain expansions only, meaning unchanged."""
    clean = " ".join(text.split())
    clean = re.sub(r"[!?]{2,}", ".", clean)
    clean = re.sub(r"!$", ".", clean)
    # "like 6 new baristas": a filler before a number.
    clean = re.sub(r"\blike (?=\d)", "", clean)

    def expand(match: re.Match[str]) -> str:
        word = match.group()
        key = word.lower().replace("’", "'")
        if key in EXPANSIONS:
            out = EXPANSIONS[key]
            return out[:1].upper() + out[1:] if word[:1].isupper() and out[0] != "I" else out
        if key in FORMAL:
            return FORMAL[key]
        return word

    clean = re.sub(r"\b[\w]+['’][\w]+\b|\b\w+\b", expand, clean)
    clean = re.sub(r"\bi\b", "I", clean)
    for pattern, formal in FORMAL_PHRASES:
        clean = pattern.sub(formal, clean)
    # "trained 6 new baristas": a small count in a sentence reads as a word.
    clean = re.sub(r"\b([0-9])\b(?=\s+[a-z])", lambda m: NUMBER_WORDS[m.group(1)], clean)
    if clean[:1].islower():
        clean = clean[:1].upper() + clean[1:]
    return clean


# Casual phrases with one formal equivalent.
FORMAL_PHRASES = ((re.compile(r"\bdo weekends\b"), "work weekends"),)
CASUAL_PHRASES = re.compile(r"\b(?:a lot|lots of|loads of|kind of|sort of)\b", re.I)


def casual(text: str) -> bool:
    if CASUAL_PHRASES.search(text):
        return True
    return any(w.lower() in TOO_CASUAL for w in re.findall(r"[\w'’-]+", text))


def clauses(text: str) -> list[str]:
    """A debrief line cut where a new thought starts: ';', '. ', ', and she...'."""
    parts = re.split(
        r";\s*|(?<=[.!?])\s+|,?\s+(?:and|but)\s+(?=(?!I\b)[A-Z]|she\b|he\b|they\b)|,\s+(?=(?:she|he|I)\s)",
        text,
    )
    found = []
    for part in (p.strip(" .") for p in parts if p and p.strip(" .")):
        # "Fiona asked about my clinics and I told her...": a new thought, unless
        # "and I" joins the subject ("Sarah and I got into...").
        at = part.find(" and I ")
        if at > 0 and len(part[:at].split()) > 2:
            found += [part[:at], part[at + len(" and ") :]]
        else:
            found.append(part)
    return found


def _names_of(name: str) -> list[str]:
    """How a debrief may name an interviewer: 'Priya', 'Priya Raman', 'Prof. Vogel', 'Raman'."""
    pieces = [p for p in re.findall(r"[\w'’-]+\.?", name)]
    titles = [p for p in pieces if p.endswith(".")]
    plain = [p for p in pieces if not p.endswith(".")]
    found = [name]
    if plain:
        found += [" ".join(plain), plain[0], plain[-1]]
        found += [f"{t} {plain[-1]}" for t in titles]
        found += [f"{t} {plain[-1]}" for t in ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.")]
    return sorted(set(found), key=len, reverse=True)


def subject_of(clause: str, people: Sequence[str], single: bool) -> tuple[int, str] | None:
    """Which interviewer a clause is about, and the clause after their name.

    'Priya liked my ...' -> (0, 'liked my ...'); 'she liked my ...' with one
    interviewer -> (0, 'liked my ...'); 'Sarah and I got into ...' -> (k, 'and I got into ...');
    'We agreed ...' with one interviewer -> (0, 'and I agreed ...').
    """
    for index, person in enumerate(people):
        for form in _names_of(person):
            if re.match(rf"{re.escape(form)}\b", clause, re.I):
                return index, clause[len(form) :].strip()
    if single:
        match = re.match(r"(?:she|he)\s+(.*)", clause, re.I)
        if match:
            return 0, match.group(1)
        match = re.match(r"we\s+(.*)", clause, re.I)
        if match:
            return 0, "and I " + match.group(1)
    return None


def _to_you(text: str) -> str | None:
    """Third person about the reader -> 'you'; None where 'her' is ambiguous."""
    text = re.sub(r"\b(told|asked|showed|gave|thanked|sent) (?:her|him)\b", r"\1 you", text)
    text = re.sub(r"\b(?:she|he)\b", "you", text)
    text = re.sub(r"\bhis\b", "your", text)
    text = re.sub(r"\bhim\b", "you", text)
    if re.search(r"\bher\b", text, re.I):
        return None
    text = re.sub(r"\byou was\b", "you were", text)
    agreement = {"has": "have", "does": "do", "says": "say", "seems": "seem", "likes": "like"}
    text = re.sub(r"\byou (has|does|says|seems|likes)\b", lambda m: "you " + agreement[m[1]], text)
    return text


def _glad_to_discuss(what: str, form: int) -> str:
    """'my approach' -> 'I was glad to have the chance to discuss my approach with you.'"""
    return [
        f"I was glad to have the chance to discuss {what} with you.",
        f"I enjoyed talking with you about {what}.",
    ][form % 2]


def went_well_sentence(rest: str, form: int) -> str | None:
    """A sentence to the interviewer from what went well with them, or None.

    `rest` follows their name: 'liked my backfill strategy', 'and I compared notes
    on ...', 'asked about my weight clinics', 'showed me the new sorter'.
    """
    rest = register(rest)
    rest = rest[:1].lower() + rest[1:] if rest[:2] != "I " else rest
    if casual(rest) or len(rest.split()) > 28:
        return None
    done = _to_you(rest)
    if done is None:
        return None
    rest = done
    # "She liked my model", "he seemed keen on my plan": the candidate's own
    # reading of the reader's feelings, never told to them as a fact. It
    # chooses what the note mentions; the sentence says only what happened
    # (the thing was discussed) and the candidate's own feeling about it.
    match = re.match(
        r"(?:really\s+|seemed\s+to\s+)?(?:liked?|loved?|enjoyed|enjoy|appreciated)\s+"
        r"(my|the)\s+(.+)",
        rest,
    )
    if match:
        return _glad_to_discuss(f"{match.group(1)} {match.group(2)}", form)
    match = re.match(r"(?:liked|loved|enjoyed|appreciated) (?:hearing )?that (I .+)", rest)
    if match:
        return [
            f"I was glad to tell you that {match.group(1)}.",
            f"I was glad of the chance to tell you that {match.group(1)}.",
        ][form % 2]
    match = re.match(
        r"(?:seemed|was|were) (?:keen on|interested in|impressed by|taken with) (my|the) (.+)",
        rest,
    )
    if match:
        return _glad_to_discuss(f"{match.group(1)} {match.group(2)}", form)
    match = re.match(r"asked (?:(?:good|sharp|great|lots of|many) )?questions about (.+)", rest)
    if match:
        return f"Thank you for your questions about {match.group(1)}."
    match = re.match(r"asked (about|for) (.+)", rest)
    if match:
        return f"Thank you for asking {match.group(1)} {match.group(2)}."
    match = re.match(r"(\w+) (me |us )?(.+)", rest)
    if match and match.group(1) in GERUNDS:
        return f"Thank you for {GERUNDS[match.group(1)]} {match.group(2) or ''}{match.group(3)}."
    match = re.match(r"and I (\w+) (.+)", rest)
    if match and match.group(1) in SHARED:
        verb, what = match.group(1), match.group(2)
        if verb == "agreed":
            return f"I was glad we agreed {what}."
        # Not "enjoyed": the topic line before it may say so already.
        return [
            f"It was a highlight for me when we {verb} {what}.",
            f"The part where we {verb} {what} was a highlight for me.",
        ][form % 2]
    return None


def went_well_lines(text: str | None, people: Sequence[str], form: int) -> dict[int, str]:
    """What went well with each interviewer, as one sentence to them: {index: sentence}."""
    if not text:
        return {}
    found: dict[int, str] = {}
    for clause in clauses(text):
        about = subject_of(clause, people, len(people) == 1)
        if about is None or about[0] in found:
            continue
        sentence = went_well_sentence(about[1], form + about[0])
        if sentence:
            found[about[0]] = sentence
    return found


def own_sentence(text: str) -> str | None:
    """A debrief line as the candidate's own first-person sentence, or None."""
    clean = register(without_lead(text))
    if casual(clean) or not first_person(clean):
        return None
    return as_sentence(clean)


# "I built a bus-times app that 2,000 students use": a past act and its object,
# which a note can also name as a thing ("the bus-times app I built, which ...").
PAST_ACT = re.compile(
    r"^I ((?:\w+ed)|built|led|ran|won|wrote|made|set up|taught|began|drew|grew|sold|began)"
    r" (?:a|an) ((?:[^,;:]|(?<=\d),(?=\d))+?)(?: that ((?:[^,;:]|(?<=\d),(?=\d))+))?$"
)
# Verbs whose "that" is what was said: "I showed a client that it paid".
TELLING = frozenset(
    {
        "showed",
        "convinced",
        "persuaded",
        "told",
        "assured",
        "reminded",
        "warned",
        "informed",
        "promised",
        "taught",
        "advised",
        "satisfied",
        "proved",
        "demonstrated",
        "reassured",
    }
)
# "I have a diving licence for scientific work" -> "my diving licence for scientific work".
HAVE_A = re.compile(r"^I have (?:a|an) ([^,;:]+)$")


def as_thing(clause: str) -> str | None:
    """A first-person clause named as a thing, where the rewriting is certain; else None.

    'I have a diving licence' -> 'my diving licence'; 'I introduced a mastery
    scheme that lifted passes' -> 'the mastery scheme I introduced, which lifted passes'.
    """
    have = HAVE_A.match(clause)
    if have:
        return f"my {have.group(1)}"
    act = PAST_ACT.match(clause)
    if act is None:
        return None
    verb, thing, rest = act.groups()
    if verb in TELLING:
        # "I convinced a client that ...": the "that" is what was said, not the thing.
        return None
    named = f"the {thing} I {verb}"
    return f"{named}, which {rest}" if rest else named


def forgot_line(text: str | None, form: int, day: str, topic: str | None = None) -> str | None:
    """What the candidate forgot to say, in form `form` of five: a different sentence per note.

    The forms differ in build, not only in their lead-in: the point first and
    the afterthought after it, the point named as a thing ("I meant to tell
    you about my diving licence"), or tied to the reader's `topic` when the
    two share a word (the caller judges that), so a panel's notes do not
    carry one sentence with four openings.
    """
    if not text:
        return None
    own = own_sentence(text)
    if own is None:
        return None
    clause = own.rstrip(".")
    lower = clause if clause.startswith("I ") else clause[:1].lower() + clause[1:]
    upper = lower[:1].upper() + lower[1:]
    if topic:
        return f"Since we talked about {topic}, I should add that {lower}."
    thing = as_thing(clause)
    forms = [
        f"I should have mentioned {day} that {lower}.",
        f"{upper}, which I did not get to say {day}.",
        f"I meant to tell you about {thing}." if thing else f"I meant to tell you that {lower}.",
        # The thing as the subject: "My diving licence ... did not come up on Monday."
        # Without a thing, the point after a lead-in ("It did not come up today,
        # but ..." read as negative to round six's tone model: docs/writing.md).
        f"{thing[:1].upper()}{thing[1:]}{',' if ', which' in thing else ''} did not come up {day}."
        if thing
        else f"In case it is useful, {lower}.",
        f"Afterwards I noticed I had not mentioned that {lower}.",
    ]
    return forms[form % len(forms)]


def _end_quote(text: str) -> str:
    """A sentence ending in a quotation, punctuated once: '... always."' not '... always.".'."""
    text = text.rstrip()
    if re.search(r"[.!?][\"”’']$", text):
        return text
    if re.search(r"[\"”’']$", text):
        return text + "."
    return as_sentence(text)


def stood_out_line(
    text: str | None, company: str, people: Sequence[str], names: set[str], form: int
) -> str | None:
    """What stood out, as appreciation or a question; None for their problems."""
    if not text:
        return None
    clean = register(without_lead(text))
    if casual(clean) or PROBLEM.search(clean) or re.match(r"(?:you|they|we)\s+need", clean, re.I):
        return None
    if first_person(clean):
        return _end_quote(to_reader(clean, company, people))
    first = clean.split()[0].lower() if clean.split() else ""
    # "Students run their own club": the pronoun is theirs, not the reader's.
    plural_subject = (
        first.endswith("s") and not first.endswith("ss") and first not in ("this", "its")
    )
    spoken = clean if plural_subject else to_reader(clean, company, people)
    if ":" in spoken or '"' in spoken or "“" in spoken:
        # A thing seen, quoted: "The practice motto on the wall: ...".
        head = continue_lower(spoken, names)
        return _end_quote(f"I also remember {head}")
    lower = continue_lower(spoken, names).rstrip(".")
    forms = [
        f"I was glad to hear that {lower}.",
        f"It was good to learn that {lower}.",
        f"I would be interested to hear more about how {lower}.",
    ]
    return forms[form % len(forms)]


def topic_kind(topic: str) -> str:
    """'own' (the candidate's story), 'logistics' (when and where) or 'work'."""
    if re.match(r"\s*(?:my|our)\b", topic, re.I):
        return "own"
    if LOGISTICS.search(topic):
        return "logistics"
    return "work"


def problem(text: str) -> bool:
    return PROBLEM.search(text) is not None
