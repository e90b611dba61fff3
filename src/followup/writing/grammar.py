"""The hand-made grammar the drafts need: free text turned into parts of sentences.

Small word lists, not a parser (issue #10): a strength as people write it
("cut costs by a third", "team player", "fluent in Spanish") becomes a clause
after "I"; a topic becomes a noun phrase that reads inside a sentence; a
debrief line continues a sentence after a colon in lower case where that is
certain. What the lists miss falls back to a form that reads right for most
noun phrases. Pure: no Django, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from followup.writing.text import words

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
    # "trained fourteen new starters": every number word, not only the round ones.
    "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "sixty",
    "seventy", "eighty", "ninety", "hundred", "dozen",
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
    # A practice, not a thing: "code review", "peer review".
    if text.lower().endswith(("code review", "code reviews", "peer review", "peer reviews")):
        return text
    # "building the leadership team": a gerund opens its own phrase.
    if pieces[0].lower().endswith("ing") and len(pieces[0]) > 5 and len(pieces) > 1:
        return text
    # The head is the last word before "of", "for", "in"...: "rollout of the app".
    breaks = [k for k, w in enumerate(pieces) if k and w.lower() in PHRASE_BREAKS]
    head = pieces[(breaks[0] if breaks else len(pieces)) - 1].lower().split("-")[-1]
    return f"the {text}" if head in COUNT_HEADS else text


NOTICE = re.compile(r"^(\w+)[- ](months?|weeks?)['’]?(?:s['’])? notice(?: period)?$", re.I)


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
    notice = NOTICE.match(text)
    if notice:
        # "three months' notice period" -> "my notice period is three months".
        unit = notice.group(2).lower().rstrip("s") + (
            "s" if notice.group(1).lower() not in ("one", "1", "a") else ""
        )
        return f"my notice period is {notice.group(1)} {unit}"
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
    following = plain[plain.index(verb) + 1] if verb and plain.index(verb) + 1 < len(plain) else ""
    # "chartered engineer with ten years...": a past form before a person noun is an adjective.
    if _past(verb) and following in PERSON_NOUNS and lead == verb:
        return f"I am {_article(text)} {text}"
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
    if NOTICE.match(fragment(strength)):
        return "availability"
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
