"""The linter: what in a run of notes would cost the candidate, and how to fix it.

`lint(notes, interview)` is pure: note values in, findings out, sorted by
file, line, code and message. The codes are a fixed vocabulary (`Code`),
documented in docs/writing.md with the rule book's sources:

1. `spelling`: words neither in the dictionary (see `spelling.py`) nor known
   from the interview, the header, the greeting or the signature; a name one
   letter off an interviewer's or the company's is caught too.
2. `too_long`: more words than the kind allows (a thank-you: 150).
3. `informal`, `asks_outcome`, `negative`: the phrase rules of `rules.py`,
   then the tone model (`tone.py`) on each sentence no rule reported.
4. `generic`: a thank-you that names nothing specific to its interviewer.
5. `missing_name`: a thank-you whose greeting does not name its interviewer.
6. `duplicate`: two notes of the run that share too much of their wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache, lru_cache, partial

from followup.etiquette.model import Interview, Interviewer, slug
from followup.writing import rules
from followup.writing.budget import OutOfTime, never
from followup.writing.kinds import WORD_LIMIT, NoteKind
from followup.writing.note import Note
from followup.writing.spelling import (
    COMMON,
    PREFIXES,
    RUN_ONS,
    SLIPS,
    Speller,
    dictionary_names,
    load_words,
    speller,
)
from followup.writing.text import (
    HONORIFICS,
    LineIndex,
    Token,
    count_words,
    fold,
    greeting_name,
    likeness,
    same_stem,
    sentences,
    tokens,
    within_one_edit,
    words,
)

# Turns an offset in the text being checked into a line of the note's file.
_LineAt = Callable[[int], int]


class Code(StrEnum):
    SPELLING = "spelling"
    TOO_LONG = "too_long"
    INFORMAL = "informal"
    ASKS_OUTCOME = "asks_outcome"
    NEGATIVE = "negative"
    GENERIC = "generic"
    DUPLICATE = "duplicate"
    MISSING_NAME = "missing_name"
    # The time budget ran out before this note was checked in full.
    STOPPED = "stopped"


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    code: Code
    message: str

    def as_dict(self) -> dict[str, str | int]:
        return {
            "file": self.file,
            "code": self.code.value,
            "message": self.message,
            "line": self.line,
        }


# Two notes sharing this share of their three-word runs are copies with the
# names changed. Our own drafts to one panel stay below 0.25 (tests/test_draft.py).
DUPLICATE_AT = 0.5
# Without topics to look for, a thank-you needs at least this many distinct
# words beyond the stock vocabulary of thank-you notes (data/stock_words.txt),
# the names, the company and the role. In the corpus, form letters have at
# most 2 and real notes at least 7. And one sentence at least must name
# something by meaning (the specificity model, `_names_something`).
SPECIFIC_WORDS = 4
# A sentence names a detail of the conversation only with at least this many
# words outside the stock and form-letter words, the names, the company and
# the role (see `_names_something`).
SENTENCE_DETAIL_WORDS = 3
# A note is a few hundred words; past this many characters (about 3,000
# words) the linter reads no further than the count of words (see `lint`).
SCAN_CHARS = 20_000
# `followup lint` refuses a file longer than this (or than SCAN_CHARS) as not a note.
NOTE_WORDS_AT_MOST = 3_000
# Interviewer and company names shorter than this are not checked for near
# misses: too many short words are one letter away from them.
NAME_MIN = 4

GREETING = re.compile(
    r"^\s*(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings|to\s+whom)\b", re.I
)
SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|kindest|warm|warmest|many)\s+)?(?:regards|wishes|thanks|thank\s+you|"
    r"(?:sincerely|faithfully|truly|respectfully|cordially|gratefully)(?:\s+yours)?|cheers|"
    r"yours(?:\s+(?:sincerely|truly|faithfully))?|best|"
    r"with\s+(?:(?:warm|warmest|kind|kindest|best|many)\s+)?(?:thanks|gratitude|appreciation|"
    r"wishes|regards)|all\s+the\s+best)\s*[,.!]?\s*$",
    re.I,
)
# The e-mail signature delimiter ("-- " on its own line) above the name.
SIGNATURE_DASHES = re.compile(r"^\s*(?:--|—|–)\s*$")
# A subject line at the top of the body: "Subject: ...", "Subject line: ...", "Re: ...".
SUBJECT_LINE = re.compile(r"^\s*(?:subject(?:\s+line)?|re)\s*:", re.I)
# A sign-off and the writer's name on one line: "Thanks, Alex", "Best - Sam".
SIGN_OFF_NAMED = re.compile(
    r"^\s*(?i:(?:(?:best|kind|kindest|warm|warmest|many)\s+)?(?:regards|wishes|thanks|thank\s+you|"
    r"sincerely|cheers|respectfully|best|all\s+the\s+best))\s*[,\-–—]\s*"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$"
)
# A greeting sharing its line with the first sentence: "Maria, many thanks for ...",
# "Dear Dr Okafor, thank you for ...", "Hi Tom! Thanks so much for ...".
INLINE_GREETING = re.compile(
    r"^(?P<greeting>\s*(?:(?i:dear|hi|hello|good\s+(?:morning|afternoon|evening))\s+)?"
    r"(?P<name>(?:(?i:mr|mrs|ms|mx|miss|dr|prof)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"\s*(?:,|(?P<bang>!)(?=\s)))\s*(?P<rest>\S.*)$"
)
# Words that open a sentence with a comma after them: not a name greeting.
SENTENCE_OPENERS = frozenset(
    {
        "however", "yesterday", "today", "tomorrow", "again", "also", "firstly", "secondly",
        "thirdly", "finally", "overall", "meanwhile", "still", "besides", "otherwise",
        "therefore", "instead", "anyway", "indeed", "sorry", "thanks", "please", "yes", "no",
        "well", "so", "now", "then", "first", "second", "third", "last", "lastly", "personally",
        "separately", "further", "furthermore", "moreover", "regardless", "hello", "hi", "dear",
        "sir", "madam", "everyone", "all", "team", "friends", "great", "ok", "okay", "sure",
        "congratulations", "apologies", "greetings", "welcome", "unfortunately", "thank",
        "cheers", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "as", "in", "on", "at", "for", "since", "after",
        "before", "when", "while", "if", "although", "though", "because", "once", "recently",
    }
)  # fmt: skip
# A signature block without a sign-off is at most this many lines.
SIGNATURE_LINES = 4
HYPHEN_PREFIXES = frozenset(PREFIXES) | {"e", "ex", "x", "mid", "non", "post", "vice", "mis"}
# Words of a greeting that are not somebody's name.
SALUTATION = frozenset(
    {
        "dear", "hi", "hello", "hey", "good", "morning", "afternoon", "evening", "greetings",
        "hiring", "manager", "team", "sir", "sirs", "madam", "whom", "to", "it", "may",
        "concern", "all", "everyone", "there", "recruiter", "recruiting", "committee", "panel",
        "folks", "friends", "colleagues", "respected", "and", "or", "the", "interviewer",
        "interviewers",
        "talent", "acquisition", "hr", "human", "resources",
    } | HONORIFICS
)  # fmt: skip


def _name_parts(name: str) -> set[str]:
    """The words of a name that a greeting can use: not titles, not lone initials."""
    return {w for w in words(name) if w not in HONORIFICS and len(w) > 1}


@lru_cache(maxsize=1)
def stock_words() -> frozenset[str]:
    return load_words("stock_words.txt")


def form_words() -> frozenset[str]:
    """The form letter's words (form_words.txt): no detail of a conversation."""
    return load_words("form_words.txt")


@dataclass(frozen=True)
class Context:
    """What the linter knows beyond the notes; empty without `--interview`."""

    people: tuple[Interviewer, ...] = ()
    # Folded words of the names, company, role, titles and topics: known words.
    known: frozenset[str] = frozenset()
    # Names and company words as written, for catching a misspelled name.
    names: frozenset[str] = frozenset()
    company: str = ""
    role: str = ""

    @classmethod
    def of(cls, interview: Interview | None) -> Context:
        if interview is None:
            return cls()
        people = interview.interviewers
        texts = [interview.company, interview.role]
        for person in people:
            texts += [person.name, person.title or "", *person.topics]
        # Hyphenated names are checked part by part ("Jean-Luc"), so know both.
        known = frozenset(
            fold(piece)
            for text in texts
            for t in tokens(text)
            for piece in (t.text, *t.text.split("-"))
        )
        name_texts = [interview.company, *(p.name for p in people)]
        names = frozenset(
            part
            for text in name_texts
            for t in tokens(text)
            for part in t.text.split("-")
            if len(part) >= NAME_MIN and part[0].isupper()
        )
        return cls(people, known, names, interview.company, interview.role)

    def person(self, text: str) -> Interviewer | None:
        """The interviewer a `To:` value names: 'Priya Raman <priya@x.example>' or the address."""
        name, address = split_to(text)
        for person in self.people:
            if name and person.key == slug(name):
                return person
            if address and person.email and person.email.lower() == address.lower():
                return person
        return None


def split_to(text: str) -> tuple[str, str | None]:
    """'Priya Raman <priya@x.example>' -> ('Priya Raman', 'priya@x.example')."""
    # Linear: an address starts only where its run of characters starts, and
    # <...> cannot span another '<' (a long run must not be rescanned per character).
    address = re.search(r"(?<![^\s<>])[^\s<>]+@[^\s<>]+", text)
    name = re.sub(r"<[^<>]*>|(?<![^\s<>])[^\s<>]+@[^\s<>]+", " ", text).strip(" \"'")
    return name, address.group() if address else None


def lint(
    notes: Sequence[Note],
    interview: Interview | None = None,
    words: Iterable[str] = (),
    out_of_time: OutOfTime = never,
) -> list[Finding]:
    """Every finding for a run of notes, sorted (file, line, code, message).

    A note longer than `SCAN_CHARS` (a paste of the wrong file, or typing into
    the web page's editor) is reported `too_long` on its full count, but only
    its first `SCAN_CHARS` characters are read for everything else, so the
    time stays bounded however much text arrives.

    `out_of_time` (see `budget`) is asked before each check of each note;
    once it says yes, every note not checked in full gets one `stopped`
    finding saying so, and notes too alike are not compared.
    """
    context = Context.of(interview)
    # The `words` setting: the candidate's own trade vocabulary, known like names.
    extra = frozenset(fold(w) for w in words)
    if extra:
        context = replace(context, known=context.known | extra)
    check = speller()
    readings = [_Reading(scanned(note), context) for note in notes]
    findings: set[Finding] = set()
    spent = False
    for note, reading in zip(notes, readings, strict=True):
        findings.update(_too_long(note))
        for step in _checks(reading, context, check):
            spent = spent or out_of_time()
            if spent:
                findings.add(_stopped(note))
                break
            findings.update(step())
    if not spent:
        findings.update(_duplicates(readings))
    return sorted(findings)


def _stopped(note: Note) -> Finding:
    return _finding(
        note.name,
        note.body_line,
        Code.STOPPED,
        "Not checked in full: the time for checking ran out first; check this note on its own.",
    )


def scanned(note: Note) -> Note:
    """The part of `note` the checks read: all of it, up to `SCAN_CHARS`."""
    if len(note.body) <= SCAN_CHARS:
        return note
    cut = note.body.rfind(" ", 0, SCAN_CHARS)
    return replace(note, body=note.body[: cut if cut > 0 else SCAN_CHARS])


def is_generic(note: Note, interview: Interview | None = None) -> bool:
    """Whether `lint` would call this thank-you `generic` (drafting checks its own)."""
    context = Context.of(interview)
    return any(True for _ in _generic(_Reading(note, context), context))


# A letter three times in a row: a stretched word ('sooo'), which `informal` reports.
STRETCHED = re.compile(r"([^\W\d_])\1\1")
KISSES = re.compile(r"[ \t]+x{1,3}$")


def _signature_block(block: Sequence[str], most: int = SIGNATURE_LINES) -> bool:
    """A few short lines, none ending a sentence, the first a name."""
    if len(block) > most:
        return False
    if any(line.endswith((".", "!", "?", ",")) or len(line.split()) > 8 for line in block):
        return False
    # Kisses after the name ("Jade xx") are informal (a phrase rule), not prose.
    name = KISSES.sub("", block[0]).split()
    # Lowercase particles may stand inside a name: "Pieter de la Cruz", "Siti binti Ali".
    return (
        1 <= len(name) <= 5
        and name[0][0].isupper()
        and name[-1][0].isupper()
        and all(w[0].isupper() or len(w) <= PARTICLE_MAX for w in name)
    )


@dataclass
class _Reading:
    """One note, split into the parts the checks need."""

    note: Note
    context: Context
    lines: list[str] = field(init=False)
    _index: LineIndex = field(init=False)
    greeting: int | None = field(init=False)
    # Where the greeting ends on its line, when a sentence shares the line
    # ("Maria, many thanks for ..."); None when it is the whole line.
    greeting_end: int | None = field(init=False)
    sign_off: int | None = field(init=False)
    person: Interviewer | None = field(init=False)

    def __post_init__(self) -> None:
        self.lines = self.note.body.split("\n")
        self._index = LineIndex(self.note.body)
        first = next((i for i, line in enumerate(self.lines) if line.strip()), 0)
        # A subject written into the body ("Subject line: Thank you", "Re:
        # ...", as published samples show it) comes before the greeting.
        if SUBJECT_LINE.match(self.lines[first]):
            first = next(
                (i for i, line in enumerate(self.lines) if i > first and line.strip()), first
            )
        line = self.lines[first].strip()
        is_greeting = GREETING.match(line) or (
            len(line.split()) <= 5 and line.endswith((",", ":", "!")) and not SIGN_OFF.match(line)
        )
        self.greeting_end = None
        inline = INLINE_GREETING.match(self.lines[first])
        if (
            inline
            and len(inline.group("rest").split()) >= 3
            # "Hi Tom! Thanks so much for ...": an exclamation ends a greeting
            # only after a greeting word ("Wow! Thanks" names nobody).
            and (
                GREETING.match(line)
                or (not inline.group("bang") and self._is_name(inline.group("name")))
            )
        ):
            is_greeting = True
            self.greeting_end = inline.end("greeting")
        self.greeting = first if is_greeting else None
        self.sign_off = next(
            (
                i
                for i, line in enumerate(self.lines)
                if i != self.greeting
                and (
                    SIGN_OFF.match(line)
                    or SIGN_OFF_NAMED.match(line)
                    or (SIGNATURE_DASHES.match(line) and i > (self.greeting or 0))
                )
            ),
            None,
        )
        if self.sign_off is None:
            self.sign_off = self._bare_signature()
        self.person = self._addressee()

    def _is_name(self, text: str) -> bool:
        """Whether the words before a comma opening the note name a person."""
        parts = [w for w in words(text) if w not in HONORIFICS]
        if not parts:
            return False
        named = set(words(split_to(self.note.to or "")[0]))
        for person in self.context.people:
            named |= set(words(person.name))
        if all(p in named for p in parts):
            return True
        # "Maria, many thanks": one or two capitalised words and a comma open a
        # note with a name, unless they are a word that opens a sentence
        # ("However, ...", "Yesterday, ...", "Sadly, ...").
        check = speller()
        return len(parts) <= 2 and all(
            p in dictionary_names()
            or not check.known(p)
            or (p not in SENTENCE_OPENERS and not p.endswith("ly"))
            for p in parts
        )

    def _bare_signature(self) -> int | None:
        """The blank line above a signature block with no sign-off line above it.

        The last paragraph is a signature when it is a few short lines, none
        ending a sentence, and opens with a name: "Ngozi Adeyemi" or
        "Ngozi Adeyemi\nSenior Planner | +44 20 7946 0000".
        """
        end = len(self.lines)
        while end > 0 and not self.lines[end - 1].strip():
            end -= 1
        start = end
        while start > 0 and self.lines[start - 1].strip():
            start -= 1
        # A P.S. after the name ("Adebayo Ogunleye" / blank / "P.S. I've
        # attached ..."): the signature is the paragraph above it.
        if start < end and POSTSCRIPT.match(self.lines[start].strip()):
            end = start
            while end > 0 and not self.lines[end - 1].strip():
                end -= 1
            start = end
            while start > 0 and self.lines[start - 1].strip():
                start -= 1
        block = [line.strip() for line in self.lines[start:end]]
        first_content = (self.greeting or 0) + 1
        if not block or start <= first_content or len(block) > SIGNATURE_LINES + 2:
            return self._signature_below(start, end, first_content)
        if _signature_block(block):
            return self._sign_off_above(start)
        # "Sincerly," (a sign-off, misspelled) or one we do not know ("Ngā mihi
        # nui", "Com os melhores cumprimentos,") over the name: the signature
        # starts there.
        opening = block[0]
        if (
            len(block) > 1
            and len(opening.split()) <= 4
            and not opening.endswith((".", "!", "?"))
            and _signature_block(block[1:], SIGNATURE_LINES + 1)
        ):
            return start - 1
        return None

    def _signature_below(self, start: int, end: int, first_content: int) -> int | None:
        """A signature right under the last sentence, with no blank line
        between (a note pasted with single line breaks, "... closely." /
        "Mariam Al-Sayed" / "Technical Artist"): the lines after the last one
        that ends a sentence, when they are a name block, or a short line
        ending in a comma (a sign-off we do not know: "Ngā mihi,") over one.
        The line where it starts, or None."""
        top = end
        while top > start and not self.lines[top - 1].rstrip().endswith((".", "!", "?", ":")):
            top -= 1
        block = [line.strip() for line in self.lines[top:end]]
        if not block or top <= first_content:
            return None
        if _signature_block(block):
            return top
        opening = block[0]
        if (
            len(block) > 1
            and len(opening.split()) <= 4
            and opening.endswith(",")
            and _signature_block(block[1:], SIGNATURE_LINES + 1)
        ):
            return top
        return None

    def _sign_off_above(self, start: int) -> int:
        """Where a signature block that starts at `start` begins: the blank
        line above it, or above the sign-off we do not know when that stands
        alone a blank line higher ("Ngā mihi," / blank / "Rawiri Tūhoe-Pene",
        the space published samples leave for a handwritten signature): a
        line of a few words ending in a comma, the whole paragraph, most of
        whose words English lacks (a courtesy in another language). One in
        English words ("Catch ya later,") stays the note's, for the tone
        model to read."""
        above = start - 1
        while above > 0 and not self.lines[above - 1].strip():
            above -= 1
        if above <= (self.greeting or 0) + 1:
            return start - 1
        line = self.lines[above - 1].strip()
        alone = above - 1 == 0 or not self.lines[above - 2].strip()
        if not (alone and line.endswith(",") and len(line.split()) <= 4):
            return start - 1
        check = speller()
        found = words(line)
        # Words English lacks or rarely writes ("Le meas,": "meas" is in the
        # dictionary, and no one writes it): half of them make it foreign.
        foreign = sum(
            not check.known(word) or check.frequency(word) < RARE_ENGLISH for word in found
        )
        if foreign * 2 >= len(found) and not any(word in rules.SLANG for word in found):
            return above - 2
        return start - 1

    def _addressee(self) -> Interviewer | None:
        if self.note.to:
            found = self.context.person(self.note.to)
            if found is not None:
                return found
        for person in self.context.people:
            if _name_parts(person.name) & set(words(self.greeting_text)):
                return person
        return None

    @property
    def greeting_text(self) -> str:
        if self.greeting is None:
            return ""
        return self.lines[self.greeting][: self.greeting_end]

    @property
    def signature_text(self) -> str:
        # The sign-off line too: "Thanks, Alex" names the writer on that line;
        # up to the first line of prose after it (a P.S. is the note's words).
        if self.sign_off is None:
            return ""
        block: list[str] = []
        for line in self.lines[self.sign_off :]:
            if _prose_line(line):
                break
            block.append(line)
        return "\n".join(block)

    @property
    def core_span(self) -> tuple[int, int]:
        """Where the note's own words start and end in the body (offsets)."""
        starts = [0]
        for line in self.lines:
            starts.append(starts[-1] + len(line) + 1)
        start = 0
        if self.greeting is not None:
            start = starts[self.greeting + 1]
            if self.greeting_end is not None:
                start = starts[self.greeting] + self.greeting_end
        end = starts[self.sign_off] if self.sign_off is not None else len(self.note.body)
        return start, max(start, end)

    @property
    def core(self) -> str:
        """The body without greeting and signature: what the note actually says."""
        start, end = self.core_span
        return self.note.body[start:end]

    @property
    def to_name(self) -> str:
        """The name in the `To:` header, without any address."""
        return split_to(self.note.to or "")[0]

    def names(self) -> set[str]:
        """Every word that names a person here, folded (for masking and specificity)."""
        found = set(words(self.to_name))
        found |= {fold(t.text) for t in tokens(self.greeting_text) if t.text[0].isupper()}
        if self.person is not None:
            found |= set(words(self.person.name))
        return found - SALUTATION

    def line(self, offset: int) -> int:
        """The file line of an offset into the body."""
        return self.line_at(self._index.line(offset))

    def line_at(self, row: int) -> int:
        """The file line of the body's line `row` (0-based)."""
        return self.note.body_line + row


def _checks(
    reading: _Reading, context: Context, check: Speller
) -> Iterator[Callable[[], Iterable[Finding]]]:
    """The checks of one note, one step at a time, so a budget can stop between them."""
    note = reading.note
    yield lambda: _spelling(reading, context, check)
    for text, line_at in _segments(reading):
        yield partial(_phrases, note.name, text, line_at, note.kind)
    yield lambda: _tone(reading)
    if note.kind is NoteKind.THANK_YOU:
        yield lambda: _missing_name(reading, context)
        yield lambda: _generic(reading, context)


def _segments(reading: _Reading) -> Iterator[tuple[str, _LineAt]]:
    """The subject line and the body, each with a way to turn offsets into file lines."""
    note = reading.note
    if note.subject and note.subject_line is not None:
        subject_line = note.subject_line
        yield note.subject, lambda _offset: subject_line
    yield note.body, reading.line


def _finding(file: str, line: int, code: Code, message: str) -> Finding:
    return Finding(file=file, line=line, code=code, message=message)


# --- spelling -------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """What the spelling check knows about one note beyond the dictionary."""

    # From the interview and the To: header: right by definition.
    certain: frozenset[str]
    # Capitalised mid-sentence, or in the greeting or signature: names, we guess.
    proper: frozenset[str]
    # Names as written (interviewers, company, To:), to catch one a letter off.
    names: frozenset[str]


def _spelling(reading: _Reading, context: Context, check: Speller) -> Iterator[Finding]:
    note = reading.note
    body_tokens = list(tokens(note.body))
    to_words = re.findall(r"[^\W\d_]+", reading.to_name)
    # The writer's own address in the signature names them ("ngozi.adeyemi@...").
    for local in re.findall(r"([\w.+-]+)@[\w-]+\.[\w.-]+", note.body):
        to_words += [w for w in re.findall(r"[^\W\d_]+", local) if len(w) >= NAME_MIN]
    proper = set(_proper_words(reading, body_tokens))
    # A capitalised possessive names someone or something, even opening a
    # sentence ("Zillow's growth", "Dennis's team"): a slip rarely takes 's.
    proper |= {
        fold(POSSESSIVE.sub("", t.text))
        for t in body_tokens
        if t.text[0].isupper() and POSSESSIVE.search(t.text)
    }
    # The subject line names the post and the employer in title case
    # ("Thank you - Analyst interview at Zillow"): proper nouns, not slips.
    proper |= {
        fold(t.text) for t in tokens(note.subject or "") if t.text[0].isupper() and not t.initial
    }
    known = Words(
        certain=context.known | {fold(w) for w in to_words},
        proper=frozenset(proper),
        names=context.names | {w for w in to_words if len(w) >= NAME_MIN},
    )
    greeting_line = None if reading.greeting is None else reading.line_at(reading.greeting)
    signature = _signature_lines(reading)
    cleared: set[str] = set()  # words of the signature found fine: not tested again
    seen: set[str] = set()
    for text, line_at in _segments(reading):
        found = list(tokens(text))
        elsewhere = _other_language(text, found, check)
        for n, token in enumerate(found):
            if _foreign(text, token) or _name_particle(text, found, n) or n in elsewhere:
                continue
            line = line_at(token.start)
            in_greeting = text is note.body and line == greeting_line
            in_signature = text is note.body and line in signature
            for i, part in enumerate(_parts(token.text)):
                key = fold(part)
                if key in seen:
                    continue
                initial = token.initial and i == 0
                if in_signature:
                    if key in cleared:
                        continue
                    message = _sign_off_slip(part, known, check)
                    if message is None:
                        cleared.add(key)
                elif in_greeting and part.islower():
                    # "Kia ora koutou,": only a slip for a greeting word counts.
                    message = _sign_off_slip(part, known, check, GREETING_WORDS)
                elif clipped := _dropped_g(part, check):
                    # "lettin", "checkin'": speech written down, not a slip.
                    seen.add(key)
                    message = f"'{part}' drops its g, as in speech: write '{clipped}'"
                    yield _finding(note.name, line, Code.INFORMAL, message)
                    continue
                else:
                    message = _misspelled(part, initial, in_greeting, known, check)
                if message is not None:
                    seen.add(key)
                    yield _finding(note.name, line, Code.SPELLING, message)


def _dropped_g(part: str, check: Speller) -> str | None:
    """The common -ing word a lower-case unknown word is without its g
    ("lettin" for "letting"), or None."""
    key = fold(part)
    if not part.islower() or len(key) < DROPPED_G_MIN or not key.endswith("in"):
        return None
    if check.known(key):
        return None
    full = key + "g"
    return full if check.known(full) and check.frequency(full) >= COMMON else None


DROPPED_G_MIN = 5


# A line of the signature block has at most this many words, or ends no
# sentence; a longer sentence after the sign-off ("P.S. ...") is prose.
SIGNATURE_WORDS = 8
SIGNATURE_SENTENCE_WORDS = 5


def _signature_lines(reading: _Reading) -> frozenset[int]:
    """The file lines of the sign-off and signature: from the sign-off line to
    the first line of prose after it."""
    if reading.sign_off is None:
        return frozenset()
    found: set[int] = set()
    for row in range(reading.sign_off, len(reading.lines)):
        if _prose_line(reading.lines[row]):
            break
        found.add(reading.line_at(row))
    return frozenset(found)


def _prose_line(line: str) -> bool:
    """A line after the sign-off that is prose, not signature: long, or a
    sentence ("P.S. I have attached the sample you asked for.")."""
    line = line.strip()
    size = len(line.split())
    return size > SIGNATURE_WORDS or (
        size > SIGNATURE_SENTENCE_WORDS and line.endswith((".", "!", "?"))
    )


def _foreign(text: str, token: Token) -> bool:
    """A word with a letter English does not use ("Siobhán", "Wiśniewski", "Ōtara",
    "whānau"), or cut off by a combining accent ("Kẹ́hìndé"): not checked against
    an English dictionary."""
    end = token.start + len(token.text)
    if text[max(token.start - 1, 0) : end + 1].isascii():
        return False  # the common case, tested fast
    if any(c.isalpha() and not c.isascii() for c in token.text):
        return True
    before = text[token.start - 1] if token.start > 0 else ""
    after = text[end] if end < len(text) else ""
    return any(
        c and (unicodedata.combining(c) or (c.isalpha() and not c.isascii()))
        for c in (before, after)
    )


# A stretch of a sentence between punctuation marks ("Diolch am eich amser –
# thank you for your time"): what a phrase in another language is written as.
_PHRASE_BREAK = re.compile(r"[,;:.!?()\[\]\"–—]|\s-\s|\n")
PHRASE_WORDS = 3
# The share of a phrase's words English does not know for it to be in
# another language, when one of them is nothing like an English word.
PHRASE_UNKNOWN = 2 / 3


def _other_language(text: str, found: Sequence[Token], check: Speller) -> frozenset[int]:
    """The tokens (by index) of phrases in another language inside an English
    note ("Diolch am eich amser – thank you for your time"): a phrase of
    `PHRASE_WORDS` words or more between punctuation marks, most of whose words
    the dictionary lacks, one of them not one edit from any English word. A
    phrase of slips ("Thnak yuo for teh") has an English word one edit from
    each slip; a phrase in Welsh or Māori has words nothing like English."""
    if not found:
        return frozenset()
    breaks = [m.start() for m in _PHRASE_BREAK.finditer(text)]
    out: set[int] = set()
    phrase: list[int] = []
    at = 0

    def close() -> None:
        keys = [fold(found[i].text) for i in phrase]
        unknown = [k for k in keys if not (k.isalpha() and check.known(k))]
        if (
            len(phrase) >= PHRASE_WORDS
            and len(unknown) >= PHRASE_UNKNOWN * len(keys)
            and any(k.isalpha() and not check.neighbours(k) for k in unknown)
        ):
            out.update(phrase)
            return
        out.update(_foreign_run(found, phrase, keys, check))

    for i, token in enumerate(found):
        while at < len(breaks) and breaks[at] < token.start:
            close()
            phrase = []
            at += 1
        phrase.append(i)
    close()
    return frozenset(out)


# A word English has but rarely writes ("fawr", "sana", "po" are in the
# dictionary, as names, loans or abbreviations): in a run of words of another
# language it is one of them, not English.
RARE_ENGLISH = 2_000
FOREIGN_STREAK = 3


def _foreign_run(
    found: Sequence[Token], phrase: list[int], keys: list[str], check: Speller
) -> set[int]:
    """The words of short runs in another language inside an English phrase
    ("Diolch yn fawr iawn once again for your time", "this offer is poa
    kabisa"): a word the dictionary lacks with no English word one edit from
    it or two edits from a common one, lowercase or opening the sentence (a
    capital inside one is a name's), together with the unknown or rarely
    written words (or words of one or two letters) next to it, when two or
    more of them are unknown; and any `FOREIGN_STREAK` unknown words in a row. A slip
    next to it stays a slip when a common English word stands between them:
    "Diolch eto" is Welsh, "teh" in "Gracias for teh tour" is not."""

    def foreign_like(k: str) -> bool:
        return k.isalpha() and (
            not check.known(k) or check.frequency(k) < RARE_ENGLISH or len(k) <= 2
        )

    out: set[int] = set()
    # A word said twice ("boda boda", "pula pula") is a word of another
    # language, never a slip: a slip is not repeated on the spot.
    for at in range(len(phrase) - 1):
        if keys[at] == keys[at + 1] and keys[at].isalpha() and not check.known(keys[at]):
            out.update(phrase[at : at + 2])
    # Three unknown words in a row are a phrase, whatever they resemble:
    # "Go raibh maith agat" ("faith", "gat"); three slips in a row are rare.
    streak: list[int] = []
    for at, index in enumerate([*phrase, -1]):
        if index >= 0 and keys[at].isalpha() and not check.known(keys[at]):
            streak.append(index)
            continue
        if len(streak) >= FOREIGN_STREAK:
            out.update(streak)
        streak = []
    for at, index in enumerate(phrase):
        token, key = found[index], keys[at]
        if not (token.text.islower() or token.initial) or not key.isalpha():
            continue
        if check.known(key) or check.neighbours(key) or check.two_edits(key):
            continue  # an English word, or a slip for one ("tommorow")
        left = at
        while left > 0 and foreign_like(keys[left - 1]) and found[phrase[left - 1]].text.islower():
            left -= 1
        right = at
        while right + 1 < len(phrase) and foreign_like(keys[right + 1]):
            if not found[phrase[right + 1]].text.islower():
                break
            right += 1
        run = phrase[left : right + 1]
        if sum(not check.known(keys[phrase.index(i)]) for i in run) >= 2:
            out.update(run)
    return out


# A lowercase word this short between two capitalised ones is part of a name:
# "Nurul Izzati binti Rahman", "Muhammad bin Ismail", "Ludwig van Beethoven".
PARTICLE_MAX = 5


def _name_particle(text: str, found: Sequence[Token], n: int) -> bool:
    token = found[n]
    if not token.text.islower() or len(token.text) > PARTICLE_MAX or not 0 < n < len(found) - 1:
        return False
    before, after = found[n - 1], found[n + 1]
    return (
        before.text[0].isupper()
        and after.text[0].isupper()
        and text[before.start + len(before.text) : token.start] == " "
        and text[token.start + len(token.text) : after.start] == " "
    )


# The words of English sign-offs: in the sign-off and signature lines, where
# names, titles and sign-offs in other languages ("Ngā mihi", "Terima kasih",
# "Com os melhores cumprimentos") stand, only a slip for one of these (or a
# known slip) is reported: "Sincerly," "Best regrads,".
SIGN_OFF_WORDS = frozenset(
    {
        "regards", "wishes", "thanks", "thank", "sincerely", "cheers", "respectfully", "yours",
        "truly", "faithfully", "best", "kind", "kindest", "warm", "warmest", "many", "with",
        "gratitude", "appreciation", "all", "the", "you", "again", "warmly", "gratefully",
        "cordially",
    }
)  # fmt: skip


# Words that make a To: line a group, not a person.
GROUP_WORDS = frozenset(
    {"panel", "team", "committee", "board", "recruitment", "recruiting", "hiring", "talent",
     "hr", "department", "office", "staff", "resources", "careers", "admissions", "selection"}
)  # fmt: skip


# The words of English greetings, for lowercase words of the greeting line.
GREETING_WORDS = frozenset(
    {"hello", "morning", "afternoon", "evening", "everyone", "there", "greetings", "whom",
     "concern", "hiring", "manager", "team", "recruiting", "committee", "panel"}
)  # fmt: skip


def _sign_off_slip(
    word: str, words_known: Words, check: Speller, vocabulary: frozenset[str] = SIGN_OFF_WORDS
) -> str | None:
    """Why a word of the signature block looks misspelled: only as a slip for a
    sign-off word ("Sincerly", "regrads"), even with a capital."""
    key = fold(word)
    # Short sign-off words are a letter from too many names ("Bess", "Ali").
    meant = next(
        (w for w in sorted(vocabulary) if len(w) >= NAME_MIN + 1 and within_one_edit(key, w)),
        None,
    )
    if meant is None or key in words_known.certain or check.known(key):
        return None
    if word[0].isupper():
        meant = meant[:1].upper() + meant[1:]
    return f"'{word}' is not in the dictionary: did you mean '{meant}'?"


def _parts(word: str) -> Iterator[str]:
    """The pieces of a word to look up: hyphens split, possessives dropped, digits skipped.

    A prefix before a hyphen ("multi-agency", "co-founder") is not a word of
    its own, so it is not looked up.
    """
    word = word.replace("’", "'")
    if any(c.isdigit() for c in word):
        return
    pieces = word.split("-")
    for i, part in enumerate(pieces):
        part = re.sub(r"'s?$", "", part)
        if i < len(pieces) - 1 and fold(part) in HYPHEN_PREFIXES:
            continue
        if len(part) > 1:
            yield part


def _misspelled(
    word: str,
    initial: bool,
    in_greeting: bool,
    words_known: Words,
    check: Speller,
) -> str | None:
    """Why `word` looks misspelled, or None when it is fine."""
    if sum(c.isupper() for c in word) > 1:
        return None  # an acronym or a product name (SQL, GitHub)
    key = fold(word)
    if key in rules.SLANG or (STRETCHED.search(key) and not tripled_slip(key)):
        return None  # reported once, as informal ('sooo' is stretched, not a slip for 'soon')
    if key in words_known.certain:
        return None
    capital = word[0].isupper()
    if capital:
        near = _near_name(word, words_known.names)
        # In a greeting a capitalised word is a name, so check names first.
        if in_greeting and near:
            return _name_message(word, near)
        if check.known(key):
            return None
        if near:
            return _name_message(word, near)
        # A month or weekday a letter off is a slip wherever it stands ("Febuary").
        if _calendar_slip(key):
            pass
        # Used as a name elsewhere in the note, capitalised mid-sentence, or
        # with no common word one slip away that is not itself a name
        # ("Subramaniam" is not "Subramanian" misspelled): a name we were not told.
        elif key in words_known.proper or not initial or not _slip_of_common(key, check):
            return None
    elif key in words_known.proper or check.known(key):
        return None
    elif not (
        key in SLIPS
        or key in RUN_ONS
        or check.slip(key)
        or check.two_edits(key)
        or _long_slip(key, check)
        or _letter_slip(key, check)
    ):
        # No common word a slip away ("glulam", "kveik", "planogram",
        # "merienda"): a word of a trade or another language, not a typo.
        return None
    if key in SLIPS:
        meant = SLIPS[key]
        return f"'{word}' is a word, but rarely the one meant: did you mean '{meant}'?"
    suggestion = check.suggestion(key)
    hint = ""
    common = check.two_edits(key)
    if common and (not suggestion or check.frequency(suggestion) < COMMON):
        # "greatful": "grateful", not the rare "greatfull"; two edits away is
        # a guess, and the word may be of the writer's trade ("sinigang").
        suggestion = common
        hint = " (a word of your trade can be added with followup config words)"
    if suggestion:
        if capital:
            suggestion = suggestion[:1].upper() + suggestion[1:]
        return f"'{word}' is not in the dictionary: did you mean '{suggestion}'?{hint}"
    return (
        f"'{word}' is not in the dictionary: check its spelling (a name is fine with a capital "
        "letter; with --interview, the interview's names and topics are known; a word of "
        "your trade can be added with followup config words)"
    )


# Words people stretch for effect ("goood", "tooo", "sooon"): a tripled
# letter in one of them is emphasis, not a key pressed twice.
EMPHATIC = frozenset(
    {"good", "cool", "too", "soon", "sweet", "really", "well", "all", "sorry", "happy", "wee"}
)


def tripled_slip(word: str) -> bool:
    """A letter typed once too often ("weeek", "meeeting", "committtee"): one
    run of exactly three letters which, written twice, makes a dictionary word
    that nobody stretches for effect. Stretching ("sooo", "thaaanks",
    "goood") is the informal rule's."""
    key = fold(word)
    runs = [m for m in re.finditer(r"([^\W\d_])\1+", key) if len(m.group()) >= 3]
    if len(runs) != 1 or len(runs[0].group()) != 3:
        return False
    run = runs[0]
    meant = key[: run.start()] + run.group()[:2] + key[run.end() :]
    return len(meant) >= TRIPLED_MIN and meant not in EMPHATIC and speller().in_dictionary(meant)


TRIPLED_MIN = 4


def _letter_slip(key: str, check: Speller) -> bool:
    """Letters typed in the wrong order or a double letter typed once
    ("ledgres", "worklaod", "franknes"): a dictionary word is that slip away,
    however rare it is. The classic typing slips; a trade word a swap or a
    doubled letter away from another word is rare, where one letter changed
    ("kveik" and "kvell") is not."""
    if len(key) < LETTER_SLIP:
        return False
    for near in check.neighbours(key):
        if _swapped(key, near):
            return True
        if len(near) == len(key) + 1 and any(
            near[i] == near[i + 1] and near[:i] + near[i + 1 :] == key for i in range(len(near) - 1)
        ):
            return True
    return False


# A word this long (letters) with letters swapped or a double letter dropped
# against a dictionary word is a slip for it (see `_letter_slip`).
LETTER_SLIP = 6


def _long_slip(key: str, check: Speller) -> bool:
    """A long word one edit from a dictionary word, however rare that word
    ("reconcilliations", "certifcation", "standardisaton"): words that long
    are of an office, not common (and British forms are not counted at all),
    so `Speller.slip` misses them; a trade word that long is seldom one
    letter off another dictionary word."""
    return len(key) >= LONG_SLIP and bool(check.neighbours(key))


# A word this long (letters) one edit from a dictionary word is a slip for it
# (see `_long_slip`).
LONG_SLIP = 10


POSSESSIVE = re.compile(r"['’]s\b")
# Capitalised words at a sentence start this long or shorter are names
# unless plainly a slip (see `_slip_of_common`).
SHORT_NAME = 5
CALENDAR = frozenset(
    {
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    }
)  # fmt: skip


def _calendar_slip(key: str) -> bool:
    """'febuary', 'wendesday': a month or weekday one edit away."""
    return len(key) >= NAME_MIN and any(within_one_edit(key, day) for day in CALENDAR)


def _slip_of_common(key: str, check: Speller) -> bool:
    """A common word one edit away that is not also a name: `key` is a slip for it."""
    if key in SLIPS or key in RUN_ONS:
        return True
    names = dictionary_names()
    # Not the word without its capital ("Iyer" is not "yer" misspelled).
    near = [
        w
        for w in check.neighbours(key)
        if check.frequency(w) >= COMMON and w not in names and w != key[1:]
    ]
    if len(key) > SHORT_NAME:
        return bool(near)
    # A short name is a letter from many short words ("Ravi", "Kemi", "Siti",
    # "Noor", "Cian"): only two letters swapped ("Teh") or no vowel ("Thnk")
    # make it a slip.
    return not set(key) & set("aeiouy") or any(_swapped(key, w) for w in near)


def _swapped(a: str, b: str) -> bool:
    """Whether `b` is `a` with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1


def _near_name(word: str, names: frozenset[str]) -> str | None:
    key = fold(word)
    for name in sorted(names):
        folded = fold(name)
        if folded != key and len(key) >= NAME_MIN and within_one_edit(key, folded):
            return name
    return None


def _name_message(word: str, name: str) -> str:
    return f"'{word}' looks like a misspelling of '{name}': check the name"


# --- length ---------------------------------------------------------------------


def note_words(note: Note) -> int:
    """The words of a note's body; past `SCAN_CHARS`, the rest counted by spaces (fast)."""
    head = scanned(note).body
    return count_words(head) + len(note.body[len(head) :].split())


def oversized(note: Note) -> int | None:
    """The word count of a note too long to be one (the wrong file), else None."""
    count = note_words(note)
    if count > NOTE_WORDS_AT_MOST or len(note.body) > SCAN_CHARS:
        return count
    return None


def _too_long(note: Note) -> Iterator[Finding]:
    limit = WORD_LIMIT[note.kind]
    count = note_words(note)
    if count > limit:
        what = "a thank-you" if note.kind is NoteKind.THANK_YOU else "this kind of note"
        yield _finding(
            note.name,
            note.body_line,
            Code.TOO_LONG,
            f"{count} words; {what} should be at most {limit}: keep one topic, one strength "
            "and your thanks, and cut the rest",
        )


# --- phrase rules ---------------------------------------------------------------


def _phrases(file: str, text: str, line_at: _LineAt, kind: NoteKind) -> Iterator[Finding]:
    # Word processors curl apostrophes ("you’ve"); the rules are written with
    # straight ones. Same length, so offsets still point into the note.
    text = text.replace("’", "'")
    stretched = rules.STRETCHED_WORD
    yield from _apply(
        file, text, line_at, Code.INFORMAL, (r for r in rules.INFORMAL if r is not stretched)
    )
    for match in stretched.pattern.finditer(text):
        if tripled_slip(match.group()):
            continue  # a key pressed once too often: the spelling check reports it
        said = match.group()
        yield _finding(
            file, line_at(match.start()), Code.INFORMAL, stretched.advice.format(match=said)
        )
    for match in rules.SLANG_WORDS.finditer(text):
        word = match.group()
        yield _finding(
            file,
            line_at(match.start()),
            Code.INFORMAL,
            f"'{word}' is text-speak or slang: use {rules.SLANG[word.lower()]}",
        )
    for match in rules.LETTER_WORDS.finditer(text):
        plain = "you" if match.group() == "u" else "are"
        yield _finding(
            file,
            line_at(match.start()),
            Code.INFORMAL,
            f"'{match.group()}' is text-speak: write '{plain}'",
        )
    # A real word in the wrong place is a spelling mistake a dictionary misses.
    yield from _apply(file, text, line_at, Code.SPELLING, rules.HOMOPHONES)
    # Except in thanks for being told the outcome ("Thank you for phoning me to
    # let me know the outcome": sets 10 and 13, studied, read it as asking).
    yield from _apply(
        file,
        text,
        line_at,
        Code.ASKS_OUTCOME,
        rules.ASKS_OUTCOME,
        unless=lambda m: bool(
            rules.THANKS_FOR_TELLING.search(_sentence_at(text, m.start(), m.end()))
        ),
    )
    pressure = rules.NEGATIVE[rules.PRESSURE]
    yield from _apply(
        file, text, line_at, Code.NEGATIVE, (r for r in rules.NEGATIVE if r is not pressure)
    )
    yield from _pressure(file, text, line_at, pressure, kind)
    # Disappointment is honest in a reply to a rejection, impatience elsewhere.
    if kind is not NoteKind.BRIDGE:
        yield from _apply(file, text, line_at, Code.NEGATIVE, (rules.DISAPPOINTED,))
    # Saying you took another offer is the point of a withdrawal, not pressure.
    if kind is not NoteKind.WITHDRAWAL:
        for match in rules.OTHER_OFFER.pattern.finditer(text):
            # An answer to their question ("You asked whether I had other
            # offers: I have one") is not pressure either.
            if rules.THEY_ASKED.search(_sentence_at(text, match.start(), match.end())):
                continue
            said = " ".join(match.group().split())
            message = rules.OTHER_OFFER.advice.format(match=said)
            yield _finding(file, line_at(match.start()), Code.NEGATIVE, message)
    for start, sentence in sentences(text):
        if rules.NEGATIVE_EMPLOYER.search(sentence):
            gripe = rules.NEGATIVE_GRIPE.search(sentence)
            if gripe:
                yield _finding(
                    file,
                    line_at(start + gripe.start()),
                    Code.NEGATIVE,
                    rules.EMPLOYER_ADVICE.format(match=gripe.group()),
                )


def _offer_is_the_reason(kind: NoteKind, sentence: str) -> bool:
    """A withdrawal's sentence giving an offer elsewhere as the reason."""
    return kind is NoteKind.WITHDRAWAL and rules.OFFER_ELSEWHERE.search(sentence) is not None


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` (as `text.sentences` splits it: a line wrapped
    mid-sentence stays one sentence) around the span start..end."""
    for offset, sentence in sentences(text):
        if offset <= start < offset + len(sentence):
            return text[offset : max(end, offset + len(sentence))]
    return text[start:end]


def _pressure(
    file: str, text: str, line_at: _LineAt, pressure: rules.Rule, kind: NoteKind
) -> Iterator[Finding]:
    """The pressure rule, unless the words before take it back ("no need to
    reply urgently"); "asap" about the writer's own step is informal instead.
    In a withdrawal, the writer's own deadline to the employer whose offer is
    the reason ("offered another post and need to respond by Friday") is the
    reason too."""
    for match in pressure.pattern.finditer(text):
        said = " ".join(match.group().split())
        before = re.split(r"[.!?;\n]", text[max(0, match.start() - 80) : match.start()])[-1]
        if rules.WAIVED.search(before):
            continue
        if _offer_is_the_reason(kind, _sentence_at(text, match.start(), match.end())) and (
            rules.OWN_DEADLINE.search(before)
        ):
            continue
        if said.lower().startswith(("asap", "a.s.a.p")) and rules.OWN_ASAP.search(before):
            message = rules.OWN_ASAP_ADVICE.format(match=said)
            yield _finding(file, line_at(match.start()), Code.INFORMAL, message)
            continue
        message = pressure.advice.format(said, *match.groups(), match=said)
        yield _finding(file, line_at(match.start()), Code.NEGATIVE, message)


def _apply(
    file: str,
    text: str,
    line_at: _LineAt,
    code: Code,
    found: Iterable[rules.Rule],
    unless: Callable[[re.Match[str]], bool] | None = None,
) -> Iterator[Finding]:
    for item in found:
        for match in item.pattern.finditer(text):
            if unless is not None and unless(match):
                continue
            said = " ".join(match.group().split())
            message = item.advice.format(said, *match.groups(), match=said)
            yield _finding(file, line_at(match.start()), code, message)


# --- tone and intent from meaning ----------------------------------------------

# Sentences shorter than this many words are left to the phrase rules ("Thanks!").
TONE_MIN_WORDS = 2
QUOTE_CHARS = 90
POSTSCRIPT = re.compile(r"^P\.?\s?S\.?\s*", re.I)
TONE_ADVICE = {
    Code.ASKS_OUTCOME: "reads as asking whether you got the job: ask where the process "
    "stands or offer anything they need, and let them tell you",
    Code.NEGATIVE: "reads as negative (impatience, badgering, pressure, desperation or a "
    "complaint): leave it out or say what you look forward to instead; a follow-up only "
    "helps when it stays positive",
    Code.INFORMAL: "reads as too casual for a note to an interviewer: say it plainly, "
    "as you would to a colleague you respect",
}


def _quote(sentence: str) -> str:
    text = " ".join(sentence.split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 3].rsplit(" ", 1)[0] + "..."
    return text


# The first word of a sentence, after any opening quote or bracket.
_OPENING_WORD = re.compile(r"^([\"“‘'(\[]*)([A-Z][^\W_]*)(?=['’]s\b|[^\w'’-]|$)")


def _in_english(text: str) -> str:
    """The sentence without its phrases in another language (`_other_language`):
    the tone model knows English only, and read "Diolch yn fawr iawn once again
    for your time" as chatty for words it has never seen. A sentence with
    fewer than `TONE_MIN_WORDS` words left is read whole."""
    found = list(tokens(text))
    foreign = _other_language(text, found, speller())
    if not foreign:
        return text
    kept, at = [], 0
    for n in sorted(foreign):
        token = found[n]
        kept.append(text[at : token.start])
        at = token.start + len(token.text)
    kept.append(text[at:])
    plain = " ".join("".join(kept).split()).lstrip(" ,;:")
    if count_words(plain) < TONE_MIN_WORDS:
        return text
    return plain[:1].upper() + plain[1:]


def _opening_name(text: str, proper: Callable[[], frozenset[str]]) -> str:
    """The sentence with a name that opens it ("Zillow's growth was a
    theme", "Dennis explained ...") standing in as the tone model's one name,
    as the model already reads names inside a sentence: an unknown word there
    says nothing about tone, but the model read it as slang. A name is a
    word the dictionary lacks that takes a possessive, is a first name or
    place of the dictionaries' names list, or is written with a capital
    elsewhere in the note (`proper()`); an unknown interjection ("Woohoo, I'm
    thrilled") is not one, and the model still reads it."""
    from followup.writing.tone import NAME_STANDIN

    match = _OPENING_WORD.match(text)
    if match is None:
        return text
    key = fold(match.group(2))
    if speller().known(key):
        return text
    possessive = POSSESSIVE.match(text[match.end(2) : match.end(2) + 2] or "") is not None
    if not (possessive or key in dictionary_names() or key in proper()):
        return text
    return text[: match.start(2)] + NAME_STANDIN + text[match.end(2) :]


def _proper_words(reading: _Reading, body: list[Token] | None = None) -> frozenset[str]:
    """Words the note writes with a capital inside a sentence, or in its
    greeting, signature or To: header: names. `body`: the body's tokens, when
    the caller has them already."""
    found = {
        fold(t.text)
        for t in (tokens(reading.note.body) if body is None else body)
        if t.text[0].isupper() and not t.initial
    }
    for text in (reading.greeting_text, reading.signature_text, reading.to_name):
        found |= {fold(t.text) for t in tokens(text) if t.text[0].isupper()}
    return frozenset(found)


def _not_the_outcome(text: str) -> bool:
    """A sentence the model read as asking for the outcome that asks where the
    process stands ("the status of my application", "the hiring timeline",
    "when I might hear"), how to start ("can I start on the 3rd?") or what
    the writer should do ("whether my name should appear as Nour K. on the
    badge") and nothing of the verdict, or that tells of an offer already made ("I am
    pleased to have been selected")."""
    if rules.ALREADY_CHOSEN.search(text):
        return True
    if rules.OUTCOME_CUE.search(text):
        return False
    if rules.START_LOGISTICS.search(text) or rules.PRACTICAL_ASK.search(text):
        return True
    process = rules.STATUS_OF_PROCESS.search(text) or rules.TIMELINE_ASK.search(text)
    return bool(process) and not rules.OUTCOME_ASKED.search(text)


def _tone(reading: _Reading) -> Iterator[Finding]:
    """The model's reading of each sentence the phrase rules left clean.

    Only the note's own words: never the greeting, the signature or the
    subject. A sentence a phrase rule reports is the rule's (its message says
    exactly what matched), so the model does not report it again.
    """
    from followup.writing.tone import classifier

    note = reading.note
    start, end = reading.core_span
    core = note.body[start:end].replace("’", "'")
    found: list[tuple[int, str]] = []
    clauses: list[tuple[int, str]] = []
    for offset, sentence in sentences(core):
        text = sentence.strip()
        text = POSTSCRIPT.sub("", text)
        if count_words(text) >= TONE_MIN_WORDS:
            at = start + offset + (len(sentence) - len(sentence.lstrip()))
            found.append((at, text))
            clauses += [(at + i, clause) for i, clause in _clauses(text)]
    sentences_read = len(found)
    found += clauses
    if not found:
        return
    # The note's names, read only if a sentence opens with an unknown word.
    proper = cache(lambda: _proper_words(reading))
    texts = [_opening_name(_in_english(t), proper) for _, t in found]
    verdicts = classifier().classify(texts, [note.kind.value] * len(found))
    for n, ((offset, text), verdict) in enumerate(zip(found, verdicts, strict=True)):
        if verdict.label == "fine":
            continue
        code = Code(verdict.label)
        # A clause alone is read for the question and the complaint only (a
        # fragment, "the way the signs echo the logo", can read as chatty),
        # and only when the model is sure: torn from its sentence, "it has now
        # been three weeks since my interview" reads sharper than it is.
        if n >= sentences_read and (
            code is Code.INFORMAL
            or verdict.confidence < CLAUSE_SURE
            or PLAIN_WAIT.fullmatch(_CLAUSE_LEAD.sub("", text))
            or (code is Code.ASKS_OUTCOME and not _verdict_of_the_writer(text))
        ):
            continue
        if any(f.code in TONE_ADVICE for f in _phrases("", text, lambda _o: 0, note.kind)):
            continue
        # "I have been offered a role elsewhere and must answer them soon":
        # in a withdrawal, the reason, not impatience.
        if code is Code.NEGATIVE and _offer_is_the_reason(note.kind, text):
            continue
        if code is Code.NEGATIVE and rules.COURTEOUS_WAIT.fullmatch(text):
            continue
        if code is Code.ASKS_OUTCOME and _not_the_outcome(text):
            continue
        if rules.COURTESY_OPENING.fullmatch(text):
            continue
        line = reading.line(offset)
        yield _finding(note.name, line, code, f"'{_quote(text)}' {TONE_ADVICE[code]}")


# A long sentence's later clauses, after a comma and one of these words, a
# semicolon or a dash: in a note the mistake is often a clause added to a
# courteous sentence ("I would welcome feedback, although seven weeks seemed
# a long time to wait"; "..., and would love to know how I compared with the
# other finalists"; "...; my current director would never allow it"), which
# the model reads as the courteous sentence it mostly is. Round twelve added
# ", and", ";" and dashes to round eleven's last clause after ", although"
# and its kin, and reads every later clause, not only the last.
# The clause keeps its word ("Which was a far cry from ...", "But I cannot
# pretend ..."): it says how the clause bears on the sentence; "and" says nothing.
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and\s+|(?=(?:although|though|as|particularly|especially|which|but|while|"
    r"whereas)\b))|\s*;\s+|\s+[–—]\s+|\s+-\s+",
    re.I,
)
_CLAUSE_LEAD = re.compile(
    r"^(?:although|though|as|particularly|especially|which|but|while|whereas)\s+", re.I
)
# "many of whom, as you said, have given for decades": a parenthesis that
# cites them is no clause of its own, and what follows it is the same clause.
_AS_THEY_SAID = re.compile(
    r",\s+as\s+(?:you|we|they|he|she|agreed|discussed|mentioned|requested|promised|"
    r"planned)(?:\s+(?:said|say|mentioned|noted|explained|suggested|described|discussed|"
    r"agreed|pointed\s+out|put\s+it|asked|requested|hoped))?\s*,",
    re.I,
)
CLAUSE_SENTENCE_WORDS = 14
CLAUSE_WORDS = 6
CLAUSE_SURE = 0.9
# "as it has now been three weeks since my second interview": the elapsed
# time said plainly is the reason for a check-in, whatever the model makes of
# it torn from its sentence.
PLAIN_WAIT = re.compile(
    r"it\s+(?:has|had|is)\s+(?:now\s+|already\s+|just\s+)?(?:been\s+)?(?:over\s+|about\s+|"
    r"almost\s+|nearly\s+|more\s+than\s+)?(?:a|an|one|two|three|four|five|six|\d+|a\s+few|"
    r"several|a\s+couple\s+of)\s+(?:days?|weeks?|months?)\s+since\s+[^,;!?]*[.]?",
    re.I,
)


# The verdict a clause asks is the writer's: the writer named after the
# question word ("how I compared", "whether the panel sees me as ...") or a
# word of the verdict. Torn from its sentence, "I would be grateful to know
# whether that is still the plan" asks of a plan the sentence named before.
_WRITER_ASKED = re.compile(
    r"\b(?:whether|if|how|where|what)\b[^.?!]*?\b(?:i|me|my|i'm|i've|i'd)\b", re.I
)


def _verdict_of_the_writer(text: str) -> bool:
    return bool(_WRITER_ASKED.search(text) or rules.OUTCOME_CUE.search(text))


def _clauses(text: str) -> list[tuple[int, str]]:
    """The later clauses of a long sentence (each with its offset in `text`
    and its words as a sentence of their own), for the model to read alone:
    what follows each break (`_CLAUSE_BREAK`) up to the next one, when it has
    `CLAUSE_WORDS` words or more."""
    if count_words(text) < CLAUSE_SENTENCE_WORDS:
        return []
    # A citing parenthesis is blanked to spaces of the same length, so the
    # offsets still point into `text`.
    plain = _AS_THEY_SAID.sub(lambda m: "," + " " * (len(m.group()) - 1), text)
    breaks = list(_CLAUSE_BREAK.finditer(plain))
    found: list[tuple[int, str]] = []
    for n, match in enumerate(breaks):
        end = breaks[n + 1].start() if n + 1 < len(breaks) else len(plain)
        clause = " ".join(plain[match.end() : end].split()).strip(" ,")
        if count_words(clause) < CLAUSE_WORDS:
            continue
        if not clause.endswith((".", "!", "?")):
            clause += "."
        found.append((match.end(), clause[:1].upper() + clause[1:]))
    return found


# --- addressed to the person, about the person ----------------------------------


def _missing_name(reading: _Reading, context: Context) -> Iterator[Finding]:
    note = reading.note
    line = reading.line_at(reading.greeting or 0)
    greeting = {fold(w) for w in words(reading.greeting_text)}
    expected = reading.person.name if reading.person else reading.to_name
    if reading.greeting is None:
        opening = f"'Dear {greeting_name(expected)},'" if expected else "'Dear' and their name"
        who = expected or "the interviewer"
        yield _finding(
            note.name,
            line,
            Code.MISSING_NAME,
            f"no greeting: open with {opening} so the note is plainly for {who}",
        )
        return
    # A note to a panel or a team ("To: Interview panel, Porirua Libraries")
    # greets them as a group ("Kia ora koutou,", "Dear all,"): no one's name is due.
    if expected and reading.person is None and set(words(expected)) & GROUP_WORDS:
        return
    if expected:
        parts = _name_parts(expected)
        # A name one letter off is there, misspelled: `spelling` says so.
        near = any(within_one_edit(g, p) for g in greeting for p in parts if len(p) >= NAME_MIN)
        if not parts & greeting and not near:
            yield _finding(
                note.name,
                line,
                Code.MISSING_NAME,
                f"the greeting does not name {expected}: "
                f"open with 'Dear {greeting_name(expected)},'",
            )
        return
    company = set(words(context.company))
    named = [
        t.text
        for t in tokens(reading.greeting_text)
        if t.text[0].isupper() and fold(t.text) not in SALUTATION | company
    ]
    if not named:
        people = ", ".join(p.name for p in context.people) or "the interviewer"
        yield _finding(
            note.name,
            line,
            Code.MISSING_NAME,
            f"the greeting names nobody: address {people} by name, e.g. 'Dear Priya,'"
            if not context.people
            else f"the greeting names nobody: address the note to one of {people} by name",
        )


def _generic(reading: _Reading, context: Context) -> Iterator[Finding]:
    note = reading.note
    # The company and the role are the same in every note of the run.
    shared = set(words(f"{context.company} {context.role}")) | named_post(reading.core)
    said = [w for w in words(reading.core) if w not in shared]
    person = reading.person
    if person is not None and person.topics:
        topic_words = [
            w
            for topic in person.topics
            for w in words(topic)
            if len(w) >= 3 and w not in stock_words()
        ] or [
            # A topic made only of everyday words ("hiring", "team culture")
            # is still their topic: naming it is specific.
            w
            for topic in person.topics
            for w in words(topic)
            if len(w) >= 3
        ]
        if any(same_stem(w, t) for w in said for t in topic_words):
            return
        yield _finding(
            note.name,
            note.body_line,
            Code.GENERIC,
            f"mentions none of what you discussed with {person.name} "
            f"({'; '.join(person.topics)}): name one topic and what you took from it",
        )
        return
    # Their job title is about them too ("from your side as Staff Engineer").
    if person is not None and person.title:
        title = " ".join(words(person.title))
        if f" {title} " in f" {' '.join(words(reading.core))} ":
            return
    people = {w for person in context.people for w in words(person.name)}
    ignored = stock_words() | reading.names() | people
    specific = {w for w in said if w not in ignored and len(w) > 1}
    if len(specific) >= SPECIFIC_WORDS and _names_something(reading, ignored | shared):
        return
    who = person.name if person else (reading.to_name or "this interviewer")
    yield _finding(
        note.name,
        note.body_line,
        Code.GENERIC,
        f"says nothing specific to {who}: mention a topic you discussed with them, or what "
        "you took from it, so it cannot be mistaken for a form letter",
    )


# "the Senior Town Planner post at Harrowgate Planning": the post and its
# employer as a form letter names them, in title case before "role",
# "position", "post" ... and after "at", "with" or "for".
_POST_NOUNS = r"(?:role|position|post|job|vacancy|opportunity|opening)"
_TITLED = r"(?:[A-Z][\w'&-]*|&|of|and|the|for)"
_NAMED_POST = re.compile(
    rf"\b(?P<post>(?:[A-Z][\w'&-]*[ \t]+)(?:{_TITLED}[ \t]+){{0,5}}){_POST_NOUNS}\b"
    rf"(?:[ \t]+(?:at|with|in|for)[ \t]+(?:the[ \t]+)?"
    rf"(?P<firm>[A-Z][\w'&-]*(?:[ \t]+{_TITLED}){{0,5}}))?"
)


def named_post(text: str) -> set[str]:
    """The words of the post and employer a note names in title case ("the
    Paralegal position at Hargreaves & Mir Solicitors"): like the interview's
    company and role, the same in any note for this job, so no detail of the
    conversation. Only title-case words are taken, so "the data platform role"
    keeps its words."""
    found: set[str] = set()
    for match in _NAMED_POST.finditer(text):
        for group in ("post", "firm"):
            part = match.group(group) or ""
            for raw in part.split():
                if raw[:1].isupper() and raw.lower() not in _NOT_TITLE:
                    found.update(words(raw))
    return found


_NOT_TITLE = frozenset({"the", "a", "an", "this", "that", "your", "our", "my", "i"})


def _names_something(reading: _Reading, ignored: frozenset[str] | set[str]) -> bool:
    """Whether a sentence of the note names something of this interview, by
    meaning (the specificity model of `tone.py`): "I enjoyed learning about
    the innovative culture" could follow any interview; "your plan for the
    Leeds depot rota" could not.

    Only sentences with `SENTENCE_DETAIL_WORDS` words outside `ignored` and
    the form letter's words are asked: "It was a pleasure to meet the panel
    and to learn about the exciting work that your team is doing" reads to
    the model like a detail, but every one of its words could close any
    thank-you."""
    from followup.writing.tone import specificity

    # A name is no detail of the conversation (round twelve): "bring them to
    # Highveld Animal Hospital", "the position of Hospital Pharmacist at
    # Hospital Pulau Pinang" name the employer as any form letter for it would.
    plain = ignored | form_words() | _proper_words(reading)
    texts = [" ".join(s.split()) for _, s in sentences(reading.core.replace("’", "'"))]
    asked = [
        t
        for t in texts
        if count_words(t) >= TONE_MIN_WORDS
        and len({w for w in words(t) if w not in plain and len(w) > 1}) >= SENTENCE_DETAIL_WORDS
    ]
    return specificity().any_specific(asked)


# --- across the run -------------------------------------------------------------


def _duplicates(readings: Sequence[_Reading]) -> Iterator[Finding]:
    for i, a in enumerate(readings):
        for b in readings[i + 1 :]:
            score = likeness(a.core, b.core, mask=a.names() | b.names())
            if score < DUPLICATE_AT:
                continue
            share = round(score * 100)
            for this, other in ((a, b), (b, a)):
                yield _finding(
                    this.note.name,
                    this.note.body_line,
                    Code.DUPLICATE,
                    f"shares {share}% of its wording with {other.note.name}: interviewers "
                    "compare notes, so give each its own topic and sentences",
                )
