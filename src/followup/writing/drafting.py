"""Drafts for the plan's open actions, written from the interview record.

`drafts(interview, plan)` is pure and deterministic: the same record and plan
give the same words. The wording lives in `templates/` (one subject and one
body template per kind of message, Jinja2, plain text); this module only
chooses the facts each message should carry:

1. For each open action that needs words (see `kinds.FOR_ACTION`), gather
   the facts: the person, the company and role, the topics discussed with
   that person, the strengths that fit those topics, and the debrief notes
   (turned to speak to the company by `voice`). Before the interview has
   ended, only what may be said before it is drafted; a `Notice` names the rest.
2. Spread what is shared across the panel: each interviewer gets the
   strengths closest to their topics, rotated so neighbours differ; what the
   candidate forgot to say and what stood out go to one interviewer each,
   preferring one the file says nothing else about.
3. Render, and while a note is over its word limit, leave out the longest
   optional fact (what stood out, what was forgotten, a second strength or
   topic) and render again. A fact too long to quote is left out at once.
   A thank-you that names nothing of its reader, by the linter's own
   `generic` test, asks them one question about the role instead.
4. Say which missing facts and settings would make the drafts better (`Hint`).

Thank-you sentences come in several forms, spread across the panel by
`shapes`, so notes to one panel differ in wording as well as in facts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from followup.etiquette.history import read_history
from followup.etiquette.model import Action, Interview, Interviewer, OutcomeKind, Plan
from followup.etiquette.planner import Timeframe, long_date
from followup.writing.kinds import FOR_ACTION, LABEL, WORD_LIMIT, NoteKind
from followup.writing.lint import is_generic, stock_words
from followup.writing.note import Note, parse_note
from followup.writing.text import count_words, fold, same_stem, tokens, words
from followup.writing.text import greeting_name as greeting_for
from followup.writing.voice import first_person, to_reader, without_lead


@dataclass(frozen=True)
class Draft:
    action_id: str
    kind: NoteKind
    to: str | None
    email: str | None
    subject: str
    body: str

    def as_dict(self) -> dict[str, str | None]:
        return {
            "action_id": self.action_id,
            "kind": self.kind.value,
            "to": self.to,
            "email": self.email,
            "subject": self.subject,
            "body": self.body,
        }

    def as_note(self) -> Note:
        """The draft as the linter reads it: its note file, parsed."""
        return parse_note(self.note_text(), self.action_id)

    @property
    def header_to(self) -> str | None:
        if self.to and self.email:
            return f"{self.to} <{self.email}>"
        return self.to or self.email

    def note_text(self) -> str:
        """The draft as a note file that `followup lint` reads back."""
        header = [f"To: {self.header_to}"] if self.header_to else []
        header += [f"Subject: {self.subject}", f"Kind: {self.kind.value}"]
        return "\n".join([*header, "", self.body.rstrip("\n")]) + "\n"


@dataclass(frozen=True, order=True)
class Hint:
    """A fact missing from the interview file that would improve the drafts."""

    field: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


@dataclass(frozen=True)
class Notice:
    """Messages of the plan not drafted yet, and why."""

    action_ids: tuple[str, ...]
    message: str
    # When they will be drafted: the end of the interview.
    not_before: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "action_ids": list(self.action_ids),
            "message": self.message,
            "not_before": self.not_before.isoformat(),
        }


@dataclass(frozen=True)
class Drafts:
    drafts: tuple[Draft, ...]
    hints: tuple[Hint, ...]
    notices: tuple[Notice, ...] = ()


# Sentence forms of a thank-you: how many the template has for each part, and
# a step that shifts the cycle every time it wraps round. Interviewer v takes
# form (v + (v // count) * step) % count. These steps, found by trying every
# combination, keep any two notes of a panel of up to five from sharing more
# than one of opening, topic line, strength line, extra line and closing
# (up to eight: more than two).
SHAPES: dict[str, tuple[int, int]] = {
    "opening": (5, 3),
    "about": (3, 0),
    "strength": (4, 3),
    "extra": (3, 1),
    "closing": (3, 2),
    "sign_off": (3, 1),
    "subject": (3, 0),
}


def shapes(v: int) -> dict[str, int]:
    """The sentence form of each part for the interviewer at place `v` of the panel."""
    return {part: (v + (v // count) * step) % count for part, (count, step) in SHAPES.items()}


# Facts a note over its word limit can do without, longest first; the one
# strength goes last, and the first topic never (it is what makes the note
# specific to its reader).
OPTIONAL = ("stood_out", "forgot", "strength_2", "topic_2")
# A free-text fact longer than this is not quoted in a note at all: a
# thank-you carries one or two sentences of it, not a paragraph.
FACT_WORDS = 40
# Where each droppable fact comes from in the interview file, and what it is.
FACT_FIELDS = {
    "stood_out": ("debrief.stood_out", "what stood out"),
    "forgot": ("debrief.forgot_to_mention", "what you forgot to mention"),
    "strength_1": ("strengths", "your strength"),
    "strength_2": ("strengths", "a second strength"),
    "topic_1": ("interviewers[{i}].topics", "the topic"),
    "topic_2": ("interviewers[{i}].topics", "a second topic"),
}

# fmt: off
# First words after which a free-text note can continue a sentence in lower case.
LOWER_LEAD = frozenset({
    "a", "an", "the", "their", "its", "his", "her", "our", "your", "my", "this", "that",
    "these", "those", "how", "what", "when", "where", "why", "who", "which", "all", "every",
    "each", "some", "many", "most", "much", "one", "two", "three", "people", "everyone",
    "everybody", "you", "we", "it", "there", "both", "several", "no", "nobody", "only",
    "even", "any", "they", "teams", "engineers", "staff",
})
# How a strength as people write it becomes a clause after "I" (see
# `strength_clause`). Small lists, not a grammar: what they miss falls back
# to "I bring ...", which reads right for most noun phrases.
#
# Openings of a strength written as "cut costs by a third" (past) or "lead
# teams" (present), and modals and verbs of liking: they read on after "I".
VERB_LEADS = frozenset({
    "led", "built", "ran", "grew", "cut", "wrote", "made", "took", "drove", "won", "brought",
    "taught", "set", "sold", "rebuilt", "began", "spoke", "held", "kept", "met", "put",
    "rewrote", "shipped", "launched", "saved", "halved", "doubled", "tripled", "reduced",
    "designed", "delivered", "managed", "created", "scaled", "migrated", "automated",
    "mentored", "introduced", "owned", "lead", "build", "run", "grow", "write", "make", "drive",
    "bring", "teach", "sell", "ship", "launch", "save", "design", "deliver", "manage", "create",
    "scale", "migrate", "automate", "mentor", "own", "know", "speak", "have", "hold",
    "can", "will", "could", "would", "am", "love", "enjoy", "like", "thrive", "care", "work",
    "learn", "adapt", "communicate", "listen", "solve", "handle", "stay", "keep", "get",
    "understand", "read", "juggle", "pick", "believe", "relish", "excel", "rarely", "never",
    "spent", "oversaw", "became", "co-founded", "founded", "sped", "hit", "beat", "got",
})
# Adverbs that may open a verb or adjective phrase: "always deliver", "highly organised".
ADVERBS = frozenset({
    "always", "highly", "very", "extremely", "deeply", "genuinely", "really", "truly", "quite",
    "consistently", "naturally", "fully", "exceptionally", "particularly",
})
# Adjectives a strength starts or ends with: "passionate about", "organised and reliable".
# Words ending in ADJECTIVE_ENDINGS count too, unless listed in NOT_ADJECTIVES.
ADJECTIVES = frozenset({
    "fluent", "certified", "bilingual", "trilingual", "experienced", "skilled", "comfortable",
    "proficient", "familiar", "qualified", "licensed", "trained", "strong", "excellent", "good",
    "great", "organised", "organized", "reliable", "patient", "calm", "curious", "adaptable",
    "flexible", "friendly", "hardworking", "hard-working", "dedicated", "motivated", "punctual",
    "proactive", "resourceful", "confident", "available", "able", "eager", "keen", "diligent",
    "thorough", "honest", "dependable", "quick", "fast", "careful", "committed", "driven",
    "ambitious", "approachable", "personable", "outgoing", "methodical", "versatile", "happy",
    "willing", "ready", "used", "accustomed", "deep", "solid", "proven", "hands-on", "sharp",
    "natural", "exceptional", "efficient", "seasoned", "talented", "accomplished",
    "outstanding", "caring", "easygoing", "meticulous", "resilient", "warm", "fair", "kind",
    "independent", "competent", "diplomatic", "fearless", "tireless", "open",
    "numerate", "literate", "articulate", "adept", "savvy", "humble", "steady", "unflappable",
    "detail-oriented", "self-motivated", "self-directed", "multilingual", "passionate",
    "compassionate", "considerate", "accurate", "oriented", "minded", "focused", "interested",
})
ADJECTIVE_ENDINGS = (
    "ful", "ous", "ive", "able", "ible", "ical", "-oriented", "-minded", "-driven", "-focused",
    "-motivated", "-savvy", "-led", "-friendly",
)
NOT_ADJECTIVES = frozenset({
    "executive", "representative", "detective", "objective", "initiative", "relative", "native",
    "incentive", "perspective", "deliverable", "variable", "table", "cable", "vegetable",
    "timetable", "receivable", "payable", "retail",
})
# Nouns for the kind of person one is: "a team player", "a quick learner".
PERSON_NOUNS = frozenset({
    "player", "person", "learner", "leader", "communicator", "self-starter", "listener",
    "speaker", "solver", "problem-solver", "writer", "thinker", "manager", "engineer",
    "developer", "designer", "analyst", "mentor", "coach", "teacher", "nurse", "chef", "cook",
    "negotiator", "presenter", "collaborator", "organiser", "organizer", "planner", "doer",
    "generalist", "specialist", "expert", "professional", "native", "advocate", "champion",
    "graduate", "worker", "hire", "fit", "master", "accountant", "consultant", "assistant",
})
# Nouns that take no "a": "I bring deep knowledge of SQL".
MASS_NOUNS = frozenset({
    "experience", "knowledge", "expertise", "leadership", "management", "training", "insight",
    "understanding", "judgement", "judgment", "patience", "energy", "enthusiasm", "empathy",
    "creativity", "attention", "care", "fluency", "focus", "discipline", "integrity",
    "resilience", "curiosity", "initiative", "ownership", "rigour", "rigor", "stamina",
    "proficiency", "familiarity", "know-how", "literacy", "numeracy", "passion", "drive",
})
# Words after which a noun phrase's head has ended: "eye for detail", "years of Python".
PHRASE_BREAKS = frozenset({
    "of", "in", "with", "for", "to", "at", "on", "across", "from", "about", "under", "and",
    "or", "who", "that", "which", "by", "as", "through", "within", "around", "between",
})
# Words that already open a noun phrase: no "a" is added after "I bring".
DETERMINERS = frozenset({
    "a", "an", "the", "my", "our", "some", "over", "more", "many", "several", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty",
    "years", "both", "plenty", "lots", "a lot",
})
# What sort of strength a clause states (see `strength_kind`), so its lead-in
# fits: "I can start immediately" is not experience, nor a reason to do the
# job well. Words that make a strength about when and where one can work:
AVAILABILITY = frozenset({
    "start", "starting", "immediately", "available", "availability", "relocate", "relocating",
    "relocation", "notice", "travel", "commute", "weekends", "shifts", "nights", "evenings",
    "full-time", "part-time", "on-site", "onsite", "remote", "remotely",
})
# After "I am": a qualification rather than a trait ("fluent in Spanish").
SKILL_WORDS = frozenset({
    "fluent", "bilingual", "trilingual", "multilingual", "certified", "qualified", "licensed",
    "trained", "proficient", "native", "knowledge", "expertise", "proficiency", "fluency",
    "skills", "skill", "literate", "numerate", "accredited", "registered", "chartered",
})
# After "I am" or "I bring": time spent in a trade ("ten years of Python").
EXPERIENCE_WORDS = frozenset({
    "experience", "experienced", "seasoned", "years", "decade", "decades", "background",
    "record", "career", "history", "months",
})
# After "I": verbs of habit and liking, which say how one works, not what one did.
TRAIT_VERBS = frozenset({
    "love", "enjoy", "like", "thrive", "care", "work", "adapt", "learn", "listen",
    "communicate", "relish", "excel", "rarely", "never", "stay", "keep", "handle", "juggle",
    "get", "believe", "pick", "solve", "understand",
})
# Past forms that do not end in -ed: "led", "ran", "spent".
IRREGULAR_PAST = frozenset({
    "led", "built", "ran", "grew", "cut", "wrote", "made", "took", "drove", "won", "brought",
    "taught", "set", "sold", "rebuilt", "began", "spoke", "held", "kept", "met", "put",
    "rewrote", "spent", "oversaw", "became", "co-founded", "sped", "hit", "beat", "got",
})
# Words that open the object of a verb: after "trained" or "organised" they
# make it a verb ("trained twelve nurses") rather than an adjective ("trained in").
OBJECT_LEADS = DETERMINERS - {"years"} | {
    "the", "his", "her", "their", "them", "all", "every", "each", "new", "junior", "staff",
    "dozens", "hundreds", "thousands", "eleven", "thirty", "forty", "fifty", "over",
}
# Heads of a topic that need "the" when written bare: "patient portal" is
# "the patient portal" in a sentence; "team culture", "hiring", "dbt tests" and
# "observability" read right as they are.
COUNT_HEADS = frozenset({
    "policy", "portal", "rotation", "system", "platform", "project", "roadmap", "launch",
    "migration", "process", "pipeline", "programme", "program", "model", "app", "application",
    "tool", "dashboard", "budget", "plan", "menu", "redesign", "rollout", "upgrade", "audit",
    "review", "framework", "product", "service", "website", "site", "api", "database",
    "warehouse", "stack", "schedule", "rota", "structure", "initiative", "campaign",
    "curriculum", "course", "unit", "ward", "clinic", "kitchen", "line", "station", "contract",
    "trial", "study", "survey", "backlog", "release", "feature", "report", "proposal", "grant",
    "exhibition", "collection", "brand", "store", "merger", "acquisition", "expansion",
    "transition", "move", "reorganisation", "reorganization", "strategy", "pilot",
    "partnership", "team", "role", "office", "handbook", "playbook", "library",
    "repository", "monorepo", "integration", "engine", "network", "fleet", "lab", "department",
    "desk", "newsletter", "podcast", "game", "map", "interface",
})
# Words that already open a noun phrase, or a clause, in a topic.
TOPIC_LEADS = frozenset({
    "the", "a", "an", "your", "their", "our", "my", "its", "this", "that", "these", "those",
    "how", "what", "why", "when", "where", "who", "which", "whether", "each", "every", "some",
    "any", "all", "both",
})
# fmt: on
# A bare weekday names a day of the past week; older interviews are dated.
RECENT_DAYS = 6


# A phone number in a signature line: digits with the usual separators, seven
# digits or more ("+1 917 555 0199", "(020) 7946 0018").
PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")


@dataclass(frozen=True)
class Sender:
    """Who signs: from the user's settings, when the store knows them."""

    name: str | None = None
    # Lines under the sign-off; defaults to the name alone.
    signature: str | None = None
    # The `phone` setting; without it, a number found in the signature.
    number: str | None = None

    @property
    def sign(self) -> str | None:
        return self.signature or self.name

    @property
    def phone(self) -> str | None:
        """The `phone` setting, else the first phone number in the signature."""
        if self.number:
            return self.number
        for line in (self.signature or "").splitlines():
            for match in PHONE.finditer(line):
                if sum(c.isdigit() for c in match.group()) >= 7:
                    return match.group().strip()
        return None


# What may be written before the interview has ended: every other message
# looks back on it ("thank you for meeting with me", "when we met").
BEFORE_THE_END = frozenset({NoteKind.WITHDRAWAL})


def drafts(
    interview: Interview,
    plan: Plan,
    sender: Sender | None = None,
    now: datetime | None = None,
) -> Drafts:
    """A draft for every open action of `plan` that needs words, with hints.

    Given `now` (the moment `plan` was made for), messages that look back on
    the interview are not drafted before it has ended; a notice says when
    they will be.
    """
    writer = _Writer(interview, plan, sender or Sender(), now)
    wanted = [a for a in plan.open_actions() if a.kind in FOR_ACTION]
    early: list[Action] = []
    if now is not None and now.astimezone(UTC) < interview.end.astimezone(UTC):
        early = [a for a in wanted if FOR_ACTION[a.kind] not in BEFORE_THE_END]
        wanted = [a for a in wanted if a not in early]
    found = tuple(writer.draft(a) for a in wanted)
    notices = (_not_yet(interview, early),) if early else ()
    # One hint per fact, in the order found, however many drafts it concerns.
    return Drafts(drafts=found, hints=tuple(dict.fromkeys(writer.hints(found))), notices=notices)


def _not_yet(interview: Interview, actions: Sequence[Action]) -> Notice:
    """'Not drafted yet: the thank-you notes to Priya Raman and Marcus Bell...'."""
    thanked = [a.to for a in actions if FOR_ACTION[a.kind] is NoteKind.THANK_YOU and a.to]
    parts = []
    if thanked:
        notes = "the thank-you note" if len(thanked) == 1 else "the thank-you notes"
        parts.append(f"{notes} to {_and(thanked)}")
    for action in actions:
        kind = FOR_ACTION[action.kind]
        if kind is not NoteKind.THANK_YOU:
            parts.append(f"the {LABEL[kind][0].lower()}{LABEL[kind][1:]}")
    end = interview.local_end
    when = f"{end:%H:%M} on {long_date(end.date())} ({interview.timezone})"
    return Notice(
        action_ids=tuple(a.id for a in actions),
        message=f"Not drafted yet: {_and(list(dict.fromkeys(parts)))}. They look back on the "
        f"interview, so they are drafted once it has ended, at {when}.",
        not_before=end,
    )


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- turning the candidate's free text into parts of sentences ------------------


def fragment(text: str) -> str:
    """Free text without its final stop, to continue a sentence."""
    return " ".join(text.split()).rstrip(" .;,:")


def as_sentence(text: str) -> str:
    clean = " ".join(text.split()).rstrip(" ;,:")
    return clean if clean.endswith((".", "!", "?")) else clean + "."


def continue_lower(text: str, names: Collection[str] | None = None) -> str:
    """'Their team writes...' -> 'their team writes...' when it can run on after a colon.

    Given the interview's `names` (people, company, capitalised words of its
    topics), a debrief line is lowered too when its first word is a common
    plural, adverb or gerund that names nothing of the interview: 'Analysts
    join...' -> 'analysts join...'; 'Epic', 'Harbor' or 'I' stay as written.
    """
    pieces = text.split(maxsplit=2)
    first = pieces[0] if pieces else ""
    if not (first[:1].isupper() and first[1:].islower()):
        return text
    if first.lower() in LOWER_LEAD or (names is not None and _common_word(pieces, names)):
        return text[:1].lower() + text[1:]
    return text


def _common_word(pieces: Sequence[str], names: Collection[str]) -> bool:
    """Whether a sentence's first word is capitalised only because it comes first."""
    from followup.writing.spelling import COMMON, speller

    word = pieces[0].lower().strip(",;:")
    following = pieces[1] if len(pieces) > 1 else ""
    if word in names or following[:1].isupper() or not word.isalpha():
        return False
    check = speller()
    if word.endswith("ly") or word.endswith("ing"):
        return check.frequency(word) >= COMMON
    # A plural whose singular is common: "analysts", "nurses", "families"; not "James".
    stems = []
    if word.endswith("ies"):
        stems = [word[:-3] + "y"]
    elif word.endswith(("ses", "xes", "zes", "ches", "shes")):
        stems = [word[:-1], word[:-2]]
    elif word.endswith("s") and not word.endswith("ss"):
        stems = [word[:-1]]
    return any(check.frequency(stem) >= COMMON for stem in stems if len(stem) > 2)


def topic_phrase(topic: str) -> str:
    """A topic as a noun phrase that reads inside a sentence: 'the patient portal'."""
    text = fragment(topic)
    pieces = text.split()
    if not pieces or pieces[0].lower() in TOPIC_LEADS:
        return text
    # The head is the last word before "of", "for", "in"...: "rollout of the app".
    breaks = [k for k, w in enumerate(pieces) if k and w.lower() in PHRASE_BREAKS]
    head = pieces[(breaks[0] if breaks else len(pieces)) - 1].lower().split("-")[-1]
    return f"the {text}" if head in COUNT_HEADS else text


def strength_clause(strength: str) -> str:
    """A strength as a clause in the first person, whatever form it was written in.

    'cut costs by a third' -> 'I cut costs by a third'; 'can start immediately'
    -> 'I can start immediately'; 'passionate about accessibility' -> 'I am
    passionate about accessibility'; 'team player' -> 'I am a team player';
    'mentoring juniors' -> 'I bring experience in mentoring juniors'; 'deep
    knowledge of SQL' -> 'I bring deep knowledge of SQL'.
    """
    text = fragment(strength)
    pieces = text.split()
    if not pieces:
        return text
    lead = pieces[0].lower()
    if lead in ("i", "i'm", "i've"):
        return "I" + text[1:]
    known = lead in VERB_LEADS | ADVERBS | ADJECTIVES | DETERMINERS | PERSON_NOUNS | MASS_NOUNS
    if known and pieces[0][:1].isupper() and pieces[0][1:].islower():
        text = text[:1].lower() + text[1:]
    pieces = text.split()
    plain = [w.lower().strip(",;") for w in pieces]
    # The words before the first preposition or conjunction: the phrase's head is last.
    core = next((plain[:k] for k, w in enumerate(plain) if k and w in PHRASE_BREAKS), plain)
    verb = next((w for w in plain if w not in ADVERBS), "")
    if verb in VERB_LEADS or (_past(verb) and not _adjective(verb)):
        return f"I {text}"
    # "trained twelve new nurses": a past form that can be an adjective
    # ("trained in ACLS", "a trained nurse") is a verb when an object follows.
    after = plain[plain.index(verb) + 1] if verb and plain.index(verb) + 1 < len(plain) else ""
    if _past(verb) and (after in OBJECT_LEADS or after[:1].isdigit()):
        return f"I {text}"
    # "comfortable presenting to clinicians": an adjective with a gerund after it.
    gerund = len(core) == 2 and core[1].endswith("ing") and core[1] not in ("working", "leading")
    if _adjective(core[-1]) or (_adjective(lead) and (len(core) == 1 or gerund)):
        return f"I am {text}"
    head = core[-1]
    if lead.endswith("ing") and len(lead) > 5 and not _adjective(lead):
        return f"I bring experience in {continue_lower(text)}"
    if head in PERSON_NOUNS or head.split("-")[-1] in PERSON_NOUNS:
        return f"I am {text}" if lead in ("a", "an") else f"I am {_article(text)} {text}"
    countable = not (
        lead in DETERMINERS
        or head in MASS_NOUNS
        or (head.endswith("s") and not head.endswith("ss"))
        or not pieces[len(core) - 1][:1].islower()  # a name, a product, an acronym
    )
    return f"I bring {_article(text)} {text}" if countable else f"I bring {continue_lower(text)}"


def strength_kind(strength: str) -> str:
    """What a strength says of the candidate, so its lead-in can fit it.

    'availability' (can start immediately, willing to relocate), 'trait'
    (team player, love solving hard problems), 'skill' (fluent in Spanish,
    deep knowledge of SQL, I hold a CPA licence), 'achievement' (cut costs
    by a third, led the move to dbt) or 'experience' (ten years of Python,
    background in nursing, lead teams).
    """
    plain = words(strength_clause(strength))
    if len(plain) < 2:
        return "experience"
    verb, rest = plain[1], plain[2:]
    head = set(rest[:4])
    if verb in ("can", "could", "will", "would", "am", "bring") and AVAILABILITY & set(plain):
        return "availability"
    if SKILL_WORDS & head and verb in ("am", "bring"):
        return "skill"
    if EXPERIENCE_WORDS & head and verb in ("am", "bring"):
        return "experience"
    if verb in ("am", "bring"):
        # "a team player", "a keen eye for detail", "a strong work ethic".
        return "trait"
    if verb in ("hold", "speak", "know", "have", "can", "could"):
        return "skill"
    if verb in TRAIT_VERBS or verb in ADVERBS:
        return "trait"
    if verb in IRREGULAR_PAST or _past(verb):
        return "achievement"
    return "experience"


def _adjective(word: str) -> bool:
    if word in ADJECTIVES:
        return True
    return word not in NOT_ADJECTIVES and len(word) > 4 and word.endswith(ADJECTIVE_ENDINGS)


def _past(word: str) -> bool:
    """'reduced', 'spearheaded': a verb in the past, as achievements are written."""
    return word.endswith("ed") and len(word) > 4 and "-" not in word


def _article(text: str) -> str:
    """'a' or 'an' by sound: 'an ICU nurse', 'a user researcher', 'an MBA', 'a UX lead'."""
    head = text.split()[0] if text.split() else ""
    if len(head) > 1 and head.isupper() and head.isalpha():
        # An acronym is said letter by letter: "an MBA", "an SRE", "a UX designer".
        return "an" if head[0] in "AEFHILMNORSX" else "a"
    first = text.lower()
    vowel = first[:1] in "aeiou" and not first.startswith(("uni", "use", "usu", "eu", "one"))
    return "an" if vowel or first.startswith(("hour", "honest")) else "a"


def _content(text: str) -> list[str]:
    return [w for w in words(text) if len(w) >= 3 and w not in stock_words()]


def overlap(a: str, b: Sequence[str]) -> int:
    """How many content words of `a` share a stem with words of the texts `b`."""
    theirs = [w for text in b for w in _content(text)]
    return sum(1 for w in _content(a) if any(same_stem(w, t) for t in theirs))


# --- the writer -----------------------------------------------------------------


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("followup.writing", "templates"),
        autoescape=False,  # plain-text email, not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def tidy(text: str) -> str:
    """Paragraphs are separated by blank lines; lines within one are joined."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        line = " ".join(block.split())
        line = re.sub(r"\s+([,.;:!?])", r"\1", line)
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


class _Writer:
    def __init__(
        self, interview: Interview, plan: Plan, sender: Sender, now: datetime | None = None
    ) -> None:
        self.interview = interview
        self.sender = sender
        self.now = now
        self.timeframe = Timeframe(interview, plan.derived)
        self.people = interview.interviewers
        self.index = {p.key: i for i, p in enumerate(self.people)}
        # (interviewer, fact, why) for each fact a draft had to leave out.
        self.dropped: list[tuple[Interviewer, str, str]] = []
        # Keys of the people whose thank-you had to ask a question for want of facts.
        self.asked: set[str] = set()
        self._assign_debrief()

    # -- who gets which shared fact -------------------------------------------------

    def _assign_debrief(self) -> None:
        """What was forgotten and what stood out each go to one interviewer.

        The one whose topics are closest; on a tie, someone about whom the
        file says nothing else (no topics, title or strengths), so their
        note has a fact to carry; then the contact person takes what was
        forgotten and the next interviewer what stood out, so a panel of two
        gets one each.
        """
        debrief = self.interview.debrief
        contact = self.index[self.interview.contact_person.key]
        n = len(self.people)
        bare = {i for i, p in enumerate(self.people) if not self._knows_about(p)}

        def best(text: str, start: int, avoid: int | None) -> int:
            order = [(start + k) % n for k in range(n)]
            if avoid is not None and n > 1:
                order = [i for i in order if i != avoid]
            return max(
                order,
                key=lambda i: (
                    overlap(text, self.people[i].topics),
                    i in bare,
                    -order.index(i),
                ),
            )

        self.forgot_to: int | None = None
        self.stood_out_to: int | None = None
        if debrief.forgot_to_mention:
            self.forgot_to = best(debrief.forgot_to_mention, contact, None)
        if debrief.stood_out:
            self.stood_out_to = best(debrief.stood_out, contact + 1, self.forgot_to)

    def _knows_about(self, person: Interviewer) -> bool:
        """Whether the file holds something a thank-you to `person` can name."""
        return bool(person.topics or person.title or self.interview.strengths)

    def debrief_text(self, text: str) -> str:
        """A debrief line as the note quotes it: to the reader, without its lead-in."""
        names = [p.name for p in self.people]
        return as_sentence(to_reader(without_lead(text), self.interview.company, names))

    def run_on(self, text: str) -> str:
        """A debrief line continuing a sentence after a colon: lower case unless a name."""
        interview = self.interview
        names = {w for n in [p.name for p in self.people] + [interview.company] for w in words(n)}
        # Capitalised words of the topics and strengths are names too ("Epic rollout").
        said = [t for p in self.people for t in p.topics] + list(interview.strengths)
        names |= {fold(t.text) for s in said for t in tokens(s) if t.text[:1].isupper()}
        return continue_lower(text, names)

    def strengths_for(self, i: int) -> list[str]:
        """One strength, two if the second also fits this person's topics."""
        strengths = self.interview.strengths
        if not strengths:
            return []
        topics = self.people[i].topics
        n = len(strengths)
        ranked = sorted(range(n), key=lambda k: (-overlap(strengths[k], topics), (k - i) % n))
        chosen = [strengths[ranked[0]]]
        # The lead-in fits the first strength's kind; a second of another kind
        # would not read after it ("experience ...: I can start immediately").
        same = n > 1 and strength_kind(strengths[ranked[1]]) == strength_kind(chosen[0])
        if same and overlap(strengths[ranked[1]], topics) > 0:
            chosen.append(strengths[ranked[1]])
        return chosen

    # -- facts shared by every kind -------------------------------------------------

    def base(self, person: Interviewer) -> dict[str, Any]:
        interview = self.interview
        day = interview.local_start.date()
        topics = list(person.topics)
        return {
            "name": person.name,
            "first_name": greeting_for(person.name),
            "title": person.title,
            "phone": person.phone,
            "company": interview.company,
            "role": interview.role,
            # "for someone joining as an ICU Registered Nurse".
            "a_role": f"{_article(interview.role)} {interview.role}",
            "weekday": self.day_name(day),
            # The weekday alone is past: "on Tuesday 17 November" reads as a date.
            "dated": self.day_name(day) != f"{day:%A}",
            "interview_date": self.full_day(day),
            "topic": self.topic(topics[0]) if topics else None,
        }

    def topic(self, text: str) -> str:
        """A topic as the note says it: 'how they run critiques' -> 'how you run critiques'."""
        names = [p.name for p in self.people]
        return topic_phrase(to_reader(text, self.interview.company, names))

    def day_name(self, day: date) -> str:
        """'Tuesday' within six days of the draft's `now`; 'Tuesday 17 November' after.

        A bare weekday more than a week old would name the wrong Tuesday.
        """
        if self.now is None:
            return f"{day:%A}"
        today = self.now.astimezone(self.interview.tz).date()
        if 0 <= (today - day).days <= RECENT_DAYS:
            return f"{day:%A}"
        return self.full_day(day)

    def some_day(self, day: date | None) -> str | None:
        return self.full_day(day) if day else None

    def full_day(self, day: date) -> str:
        """'Monday 23 November', with the year only when it is not this year's.

        "This year" is the draft's and the interview's: a note written in
        January about a December interview dates both days in full.
        """
        today = self.now.astimezone(self.interview.tz).date() if self.now else None
        years = {self.interview.local_start.year} | ({today.year} if today else set())
        year = "" if years == {day.year} else f" {day.year}"
        return f"{day:%A} {day.day} {day:%B}{year}"

    def draft(self, action: Action) -> Draft:
        kind = FOR_ACTION[action.kind]
        person = self.interview.interviewer(action.to or "") or self.interview.contact_person
        context = self.base(person)
        if kind is NoteKind.THANK_YOU:
            context |= self.thank_you_facts(person)
        elif kind is NoteKind.CHECK_IN and action.id.startswith("check_in:"):
            context |= self.reply_timing_facts(int(action.id.partition(":")[2]))
        elif kind is NoteKind.CHECK_IN or kind is NoteKind.VOICEMAIL:
            context |= self.timing_facts()
        elif kind is NoteKind.STAY_IN_TOUCH:
            context["number"] = int(action.id.partition(":")[2] or 1)
        elif kind is NoteKind.WITHDRAWAL:
            context |= self.withdrawal_facts()
        if kind in (NoteKind.BRIDGE, NoteKind.STAY_IN_TOUCH):
            stood_out = self.interview.debrief.stood_out
            context["stood_out"] = self.run_on(self.debrief_text(stood_out)) if stood_out else None
        subject, body = self.render(kind, context, person)
        return Draft(
            action_id=action.id,
            kind=kind,
            to=person.name,
            email=None if kind is NoteKind.VOICEMAIL else person.email,
            subject=subject,
            body=body,
        )

    def render(
        self, kind: NoteKind, context: dict[str, Any], person: Interviewer
    ) -> tuple[str, str]:
        env = environment()
        subject_template = env.get_template(f"{kind.value}.subject.j2")
        body_template = env.get_template(f"{kind.value}.body.j2")
        for fact in FACT_FIELDS:
            if context.get(fact) and count_words(context[fact]) > FACT_WORDS:
                context[fact] = None
                self.dropped.append((person, fact, f"is over {FACT_WORDS} words"))
        if context.get("question"):
            self.ask(context, person)
        for first, second in (("strength_1", "strength_2"), ("topic_1", "topic_2")):
            if context.get(second) and not context.get(first):
                context[first], context[second] = context[second], None
        # A written note ends with the signature; the word limit counts it.
        sign = self.sender.sign if kind is not NoteKind.VOICEMAIL else None
        limit = WORD_LIMIT[kind] - (count_words(sign) if sign else 0)
        while True:
            body = tidy(body_template.render(context))
            present = [fact for fact in OPTIONAL if context.get(fact)]
            if count_words(body) > limit and present:
                # Over the limit: leave out the longest optional fact and try again.
                fact = max(present, key=lambda f: count_words(context[f]))
                context[fact] = None
                self.dropped.append((person, fact, f"would take the note over {limit} words"))
                continue
            # Every draft passes our own linter: a thank-you that names too
            # little about its reader asks them one question about the role.
            if (
                kind is NoteKind.THANK_YOU
                and not context["question"]
                and self.generic(body, person)
            ):
                self.ask(context, person)
                continue
            break
        subject = " ".join(subject_template.render(context).split())
        if sign:
            body = body.rstrip("\n") + "\n" + sign.strip() + "\n"
        elif kind is NoteKind.VOICEMAIL:
            if self.sender.name:
                body = body.replace("(your name)", self.sender.name)
            if self.sender.phone:
                body = body.replace("(your number)", self.sender.phone)
        return subject, body

    def ask(self, context: dict[str, Any], person: Interviewer) -> None:
        """Nothing on file names this reader: say something that is still about them.

        While the candidate is in the running, one question about the role;
        after a withdrawal or a rejection, where things stand and the full
        date of the interview, and nothing about what they said.
        """
        context["question"] = True
        self.asked.add(person.key)
        if context.get("closed"):
            day = self.interview.local_start.date()
            context["weekday"] = self.full_day(day)
            context["dated"] = True

    def generic(self, body: str, person: Interviewer) -> bool:
        note = Note(name=person.key, body=body, kind=NoteKind.THANK_YOU, to=person.name)
        return is_generic(note, self.interview)

    def thank_you_facts(self, person: Interviewer) -> dict[str, Any]:
        i = self.index[person.key]
        debrief = self.interview.debrief
        topics = [self.topic(t) for t in person.topics[:2]]
        # After a withdrawal (or a rejection) the note thanks them and no longer
        # makes the case for hiring the candidate: no strengths, no selling point.
        closed = self.closed
        chosen = [] if closed else self.strengths_for(i)
        strengths = [strength_clause(s) for s in chosen]
        forgot = debrief.forgot_to_mention if self.forgot_to == i and not closed else None
        stood_out = debrief.stood_out if self.stood_out_to == i else None
        stood_out_text = self.debrief_text(stood_out) if stood_out else None
        return {
            "shape": shapes(i),
            "topic_1": topics[0] if topics else None,
            "topic_2": topics[1] if len(topics) > 1 else None,
            "strength_1": strengths[0] if strengths else None,
            "strength_2": strengths[1] if len(strengths) > 1 else None,
            "strength_kind": strength_kind(chosen[0]) if chosen else None,
            # "Some of my own experience...: ...years of experience" says it twice.
            "strength_experience": any(
                w.startswith("experience") for s in strengths for w in words(s)
            ),
            "forgot": self.run_on(self.debrief_text(forgot)) if forgot else None,
            "stood_out": self.run_on(stood_out_text) if stood_out_text else None,
            "stood_out_mine": bool(stood_out_text and first_person(stood_out_text)),
            # Nothing on file names this reader: ask them one question about the role.
            "question": not (topics or person.title or strengths or forgot or stood_out),
            "closed": closed,
            "outcome": self.interview.outcome.kind.value if self.interview.outcome else None,
        }

    def withdrawal_facts(self) -> dict[str, Any]:
        """Whether the interview took place before the withdrawal, and its day.

        Withdrawn before it started, there is no conversation to look back on:
        the note thanks them for the invitation and gives up the interview.
        """
        outcome = self.interview.outcome
        before = outcome is not None and outcome.at.astimezone(
            UTC
        ) < self.interview.start.astimezone(UTC)
        day = self.interview.local_start.date()
        return {"before_interview": before, "interview_day": self.full_day(day)}

    @property
    def closed(self) -> bool:
        """The candidate withdrew or was turned down: interest is no longer the point."""
        outcome = self.interview.outcome
        return outcome is not None and outcome.kind in (OutcomeKind.WITHDRAWN, OutcomeKind.REJECTED)

    def timing_facts(self) -> dict[str, Any]:
        timeframe = self.timeframe
        sent = read_history(self.interview).check_in_sent
        return {
            "reply_date": None,
            "follow_up_on": self.some_day(timeframe.follow_up_on),
            "decision_by": self.some_day(timeframe.decision_by),
            "few_days": timeframe.few_days,
            "check_in_sent": self.some_day(
                sent.astimezone(self.interview.tz).date() if sent else None
            ),
        }

    def reply_timing_facts(self, number: int) -> dict[str, Any]:
        """A later check-in answers their reply: its date and timeframe, not the interview's."""
        from followup.etiquette.planner import check_ins_of

        # Which reply opened the round does not depend on the policy, only when it opens.
        rounds = check_ins_of(self.interview).rounds
        request = rounds[number - 1].request if 0 < number <= len(rounds) else None
        if request is None:
            return self.timing_facts()
        replied = request.reply.at.astimezone(self.interview.tz).date()
        return {
            "reply_date": self.full_day(replied),
            "follow_up_on": self.some_day(request.follow_up_on),
            "decision_by": self.some_day(request.decision_by),
            "few_days": request.few_days,
            "check_in_sent": None,
        }

    # -- what would make them better -----------------------------------------------

    def hints(self, found: Sequence[Draft]) -> Iterator[Hint]:
        kinds = {d.kind for d in found}
        thanked = [d.to for d in found if d.kind is NoteKind.THANK_YOU]
        interview = self.interview
        for name in thanked:
            person = interview.interviewer(name or "")
            if person is None:
                continue
            where = f"interviewers[{self.index[person.key]}]"
            if not person.topics and person.key in self.asked and self.closed:
                yield Hint(
                    f"{where}.topics",
                    f"Add what you discussed with {person.name}: with nothing specific to them "
                    "on file, their thank-you can only thank them for their time on the day.",
                )
            elif not person.topics and person.key in self.asked:
                yield Hint(
                    f"{where}.topics",
                    f"Add what you discussed with {person.name}: with nothing specific to them "
                    "on file, their thank-you asks them a general question about the role instead.",
                )
            elif not person.topics:
                yield Hint(
                    f"{where}.topics",
                    f"Add what you discussed with {person.name}: without it their thank-you "
                    "cannot mention anything specific to them.",
                )
            if not person.title:
                yield Hint(
                    f"{where}.title",
                    f"Add {person.name}'s title: it shows you noted who they are.",
                )
        # After a withdrawal or a rejection a thank-you carries neither your
        # strengths nor what you forgot to say: no hint asks for them.
        if thanked and not interview.strengths and not self.closed:
            yield Hint(
                "strengths",
                "List one or two of your strengths that fit the role, so each thank-you can "
                "say why you would do the job well.",
            )
        wants_stood_out = {NoteKind.THANK_YOU, NoteKind.BRIDGE, NoteKind.STAY_IN_TOUCH}
        if kinds & wants_stood_out and not interview.debrief.stood_out:
            yield Hint(
                "debrief.stood_out",
                "Note what stood out to you about the company: it makes a note unmistakably yours.",
            )
        if (
            NoteKind.THANK_YOU in kinds
            and not interview.debrief.forgot_to_mention
            and not self.closed
        ):
            yield Hint(
                "debrief.forgot_to_mention",
                "If there was something you meant to say in the interview and did not, note "
                "it: a thank-you is the place to add it.",
            )
        if kinds & {NoteKind.CHECK_IN, NoteKind.VOICEMAIL} and not (
            self.timeframe.follow_up_on or self.timeframe.decision_by or self.timeframe.few_days
        ):
            yield Hint(
                "next_step",
                "Record what they said about timing (e.g. 'a decision by Friday'): the "
                "check-in should name the timeframe they gave.",
            )
        if NoteKind.VOICEMAIL in kinds and not interview.contact_person.phone:
            where = f"interviewers[{self.index[interview.contact_person.key]}]"
            yield Hint(f"{where}.phone", f"Add {interview.contact_person.name}'s phone number.")
        for person, fact, why in self.dropped:
            field_name, what = FACT_FIELDS[fact]
            field_name = field_name.format(i=self.index[person.key])
            yield Hint(
                field_name,
                f"The note to {person.name} leaves out {what}, which {why}; "
                "shorten it in the interview file to keep it.",
            )
        yield from self.setting_hints(kinds)

    def setting_hints(self, kinds: set[NoteKind]) -> Iterator[Hint]:
        """What your settings could add: a name to sign with, a number to say."""
        sender = self.sender
        written = kinds - {NoteKind.VOICEMAIL}
        if not sender.name and ((written and not sender.sign) or NoteKind.VOICEMAIL in kinds):
            yield Hint(
                "config.name",
                "Set your name, so the drafts are signed and the voicemail script says it: "
                'followup config name "Your Name".',
            )
        if NoteKind.VOICEMAIL in kinds and not sender.phone:
            yield Hint(
                "config.phone",
                "The voicemail script leaves '(your number)' for you to say: give your phone "
                'number once and the script will say it: followup config phone "+1 555 0100".',
            )
