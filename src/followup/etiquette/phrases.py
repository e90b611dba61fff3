"""Read what an interviewer said about next steps, and derive dated facts from it.

`read_next_step("We'll decide by Friday; check back with me Monday", today, calendar)`
finds a decision date (Friday), an instructed follow-up date (Monday), a vague and
short "few days" window, and a "don't call us" request (ETIQUETTE.md, Vocabulary).

How a sentence is read, in four steps:

1. Time phrases ("by Friday", "in two weeks", "December 4", "after the 15th") are
   found by `timephrases.find_phrases`, a small table of regular expressions;
   each resolves, relative to `today` (the interview's local date), to a span
   of days. The few words just before a phrase ("by", "before", "after",
   "until", "the week of") say which day of that span matters.
2. Trigger words say who acts: "decide", "let you know", "hear from us" are the
   employer promising news (a decision date); "check back", "follow up with me",
   "feel free to email me" are the candidate being told when to make contact (a
   follow-up date). "Call", "email", "reach out" and the like are read from their
   object and subject: "we'll call you" is a promise, "call me" an instruction.
3. A time phrase belongs to the nearest trigger before it in its sentence, else
   to one right after it ("By Friday, we'll decide"). A time phrase with no
   trigger is not a promise ("Thanks for coming in on Tuesday") and is ignored,
   unless the sentence is nothing but a time phrase ("By Friday.").
4. Negated promises ("we won't decide by Friday") are ignored, except that "not
   until X" still dates the news to X.

Choices where the rule book is silent:

- A span ("next week", "in December") gives a decision date at its end (the latest
  moment they promised) and a follow-up date at its start (the first moment they
  invited). "Early next week" is Monday to Tuesday.
- Several decision dates: the latest (see the end of `read_next_step`); several
  follow-up dates: the latest too, so the check-in is never too soon.
- "Soon", "shortly", "ASAP" are not "a few days": they name no timeframe, and a
  recruiter's "soon" is often weeks. "A few weeks" is three weeks.
- "We'll call you" alone is a promise, not a request not to call.
- "If you haven't heard by Friday, follow up" dates their decision (Friday) and,
  as a condition of a contact they invite, the day to check back: the first
  working day after it (`_check_back_if_no_news`). Any no-news condition will do
  ("ping her if I hadn't heard anything by the 10th", "nudge them if nothing has
  arrived by Monday"); its "I" or "you" is not who makes the contact.
- "After the holidays" is the first working day once the country's year-end
  holidays are over; "once the New Year is under way" is January's first
  working week (`timephrases`).
- "~10 days", "ten days or so", "about ten days", "approx. 2 weeks", "a fortnight"
  are lengths of time, as "in ten days", said alone or reported by the candidate
  ("They said ten days or so", "her guess was about a week"); "by Wednesday or
  Thursday" is the later day.
- A sentence of nothing but time phrases and joining words ("About a week, maybe
  two", "give or take a week", "a week or so, maybe ten days") is their timeframe,
  to its latest day; "two weeks, give or take a few days" counts the margin too.
  Weekdays said just after a length narrow it (`_narrowed`): "about a week, maybe
  by Wednesday or Thursday" said on Monday 2 November is Thursday 12 November.
- "After Christmas", "after Thanksgiving", "after Diwali" are news once the day is
  over, on the first working day of the interview's calendar after it; a holiday
  that calendar lacks is taken from its home (India's Diwali, the US Thanksgiving,
  Ontario's for Canada). "Intimate you" (Indian English) is their news.
- "Please do not follow up", "kindly don't reach out", "no need to call us" are a
  request not to be called (the model has no stronger flag: the one check-in email
  stays, as for "don't chase us"); "don't follow up before the 15th" is a bound.
- Any negated chase ("please don't chase us", "they asked me not to chase",
  "they'd rather I didn't chase them") is a request not to be called.
- "After X" for a follow-up is the first business day after X; "we'll decide
  after X" promises nothing and is ignored.
- "End of day Friday", "EOD Friday", "COB tomorrow", "Friday close of business":
  the end of that day, one phrase ("before EOD Friday" is still Friday, "after
  COB Thursday" the next business day).
- Weekdays are the next one strictly after today; "4/12" follows the interview
  country's order (`MONTH_FIRST`: April 12 in the US, 4 December in GB); a month
  and day already past roll to next year; a past year or a date more than two
  years out is dropped. A date no calendar has ("30 February", "2/30") gives
  nothing, not a neighbouring day, and is quoted in `NextStep.unreadable`; so
  is a numeric date that only exists in the other order ("13/12" in the US).
  "4.12." and "4.12.2026" are read like "4/12".
- The candidate's own report of their words ("They will get back to me by
  Friday", "She said she would let me know") is their promise: a third-person
  subject turns "get back to me" and "let me know" into news for the candidate,
  and so does "they will call me" (`_promised_to_candidate`). An instruction
  reported by the candidate ("they asked me to check back on Monday", "I should
  follow up on 12/7") is the follow-up date (`_candidate_told`).
- Anyone at the employer who will contact the candidates ("the head will phone
  candidates", "HR will email all applicants", "the panel will ring finalists")
  gives the day of their news, whoever the subject (`_CANDIDATES_OBJECT`); so does
  any named subject's promise ("the principal will call on Friday",
  `_promised_by_someone`). "Feel free to email the head", "give the head a ring",
  "candidates may phone the office" stay the candidate's follow-up date.

Everything is pure: no clock, no I/O. Every date derived is on or after `today`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from typing import Final

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.model import NextStep
from followup.etiquette.timephrases import (
    CACHED_UP_TO,
    Kind,
    Lead,
    LeadKind,
    Phrase,
    Span,
    Spans,
    find_phrases,
    latest_day,
    monday_of,
    normalise,
    rx,
)

__all__ = ["read_next_step"]

# --------------------------------------------------------------------------
# Sentences, clauses and negation
# --------------------------------------------------------------------------

_SENTENCE_END: Final = rx(r"[.!?;]+(?=\s|$)|\n|\s-+\s|\s*\|\s*")
_ABBREVIATION: Final = rx(r"(?<![a-z])(?:[ap]\.m|e\.g|i\.e|mr|mrs|ms|dr|st|vs|approx)\Z")
_CLAUSE_BREAK: Final = rx(
    r"""[,;:()]|\s-+\s|(?<![a-z])(?:and|but|so|however|though|although|then|while|whereas
    |because|since|otherwise|unless)(?![a-z'])"""
)
_NEGATION: Final = rx(
    r"""(?<![a-z])(?:not|never|cannot|no|nothing|unlikely|won't|wont|don't|dont|can't|cant
    |doesn't|isn't|aren't|wasn't|shouldn't|wouldn't|couldn't|haven't|hasn't|didn't)(?![a-z])"""
)
# Negative words that do not negate the promise: the conditional "if you haven't
# heard by Friday" still dates their news to Friday, "don't hesitate to follow up"
# is an invitation, "no later than" is a deadline.
_NOT_A_NEGATION: Final = rx(
    r"""(?:haven't|have\s+not|hasn't|has\s+not|hadn't|had\s+not|don't|do\s+not|dont|didn't
      |did\s+not|havent|hadnt)\s+(?:yet\s+|still\s+)?(?:hear|heard|receive|received|get|gotten
      |got)(?![a-z])
    |(?:heard|hear|received|receive|got|gotten)\s+(?:nothing|no\s+(?:news|word|answer|reply
      |response|update))
    |(?:there's|there\s+is|there\s+has\s+been|is)\s+(?:still\s+)?no\s+(?:news|word|update
      |answer|decision)
    |(?:don't|do\s+not|dont)\s+hesitate
    |(?:no|not)\s+later\s+than|no\s+(?:problem|worries|matter|doubt)|not\s+only
    |(?:not|no|won't|will\s+not|shouldn't|should\s+not)\s+(?:take\s+)?(?:any\s+|much\s+)?
      (?:more|longer)\s+than"""
)
# What may come before a time phrase that opens its sentence ("Hopefully by Friday, ...").
_OPENING_FILLER: Final = rx(
    r"""\A[\s"'(\[*>-]*(?:(?:and|so|but|then|hopefully|ideally|probably|likely|also|again|well
    |ok|okay|anyway|realistically|honestly|just|um|uh|next\s+steps?)[\s,:]*)*\Z"""
)
# The candidate's report of a timeframe and nothing else: "They said ten days or
# so", "the recruiter reckoned about a week", "her guess was two weeks or so". As
# "By Friday." alone, it is their timeframe.
_REPORTED_OPENING: Final = rx(
    r"""\A[\s"'(\[*>-]*(?:[a-z']+\s+){0,3}?
    (?:said|says|say|told\s+(?:me|us)|mentioned|reckon(?:s|ed)?|thinks?|thought|estimated?
      |estimates|guess(?:es|ed)?|expects?|expected|indicated|suggested|quoted
      |(?:guess|estimate|timeline|timeframe|time\s+frame|expectation)\s+(?:was|is))
    \s+(?:that\s+)?(?:(?:it|this|that)(?:'ll|'d|\s+will|\s+would|\s+should|\s+might)?
      \s+(?:be|take)\s+)?(?:(?:maybe|probably|perhaps|likely)\s+)?\Z"""
)
_CLOSING_FILLER: Final = rx(
    r"""\A[\s.!?;,"')\]*]*(?:(?:at\s+the\s+latest|hopefully|probably|or\s+so|ish|latest)
    [\s.!?;,"')\]*]*)*\Z"""
)


class _Layout:
    """Sentences and clauses of the text; breaks inside a time phrase ("Dec. 4",
    "Friday, December 4") do not count."""

    def __init__(self, work: str, protected: Spans) -> None:
        self.sentences: list[tuple[int, int]] = []
        position = 0
        for m in _SENTENCE_END.finditer(work):
            if m.end() == m.start() or protected.strictly_inside(m.start()):
                continue
            if m.group().startswith(".") and _ABBREVIATION.search(
                work, max(0, m.start() - 8), m.start()
            ):
                continue  # "5 p.m. Friday", "e.g. Monday"
            self.sentences.append((position, m.start()))
            position = m.end()
        self.sentences.append((position, len(work)))
        self.sentence_starts = [start for start, _ in self.sentences]
        breaks = [
            m for m in _CLAUSE_BREAK.finditer(work) if not protected.strictly_inside(m.start())
        ]
        self.break_starts = [m.start() for m in breaks]
        self.break_ends = [m.end() for m in breaks]

    def sentence(self, position: int) -> tuple[int, int]:
        return self.sentences[bisect_right(self.sentence_starts, position) - 1]

    def clause_start(self, position: int) -> int:
        """Where the clause holding `position` begins (after a comma, "and", "but"...)."""
        sentence_start = self.sentence(position)[0]
        i = bisect_right(self.break_ends, position) - 1
        if i >= 0 and self.break_starts[i] >= sentence_start:
            return self.break_ends[i]
        return sentence_start


# "Get in touch if you have heard nothing by the 3rd", "ping her if I hadn't heard
# anything by the 10th", "nudge them if nothing has arrived by Monday": the date is
# their deadline, and the condition tells the candidate when to check back: the
# first working day after it, when a contact verb in the sentence says who acts.
_NO_NEWS_IF: Final = rx(
    r"""(?<![a-z])(?:if|in\s+case|should|unless)\s+(?:[a-z']+\s+){0,3}?
    (?:(?:haven't|have\s+not|hasn't|has\s+not|hadn't|had\s+not|don't|do\s+not|dont|didn't
        |did\s+not|doesn't|does\s+not|havent|hadnt|not|never)\s+
        (?:yet\s+|still\s+)?(?:heard|hear|received|receive|got|get|gotten|had|seen|see
          |arrived|come)
      |(?:heard|hear|received|receive|got|get|gotten|had|seen|see)\s+(?:nothing|no\s+(?:news
        |word|answer|reply|response|update))
      |no\s+(?:news|word|answer|reply|response|update|decision)|nothing)(?![a-z])"""
)


def _negated(work: str, start: int, end: int) -> bool:
    # A negation governs the words close after it; 120 characters is a long clause.
    window = _NO_NEWS_IF.sub(" ", work[max(start, end - 120) : end])
    cleaned = _NOT_A_NEGATION.sub(" ", window)
    return _NEGATION.search(cleaned) is not None


# --------------------------------------------------------------------------
# Triggers: who acts
# --------------------------------------------------------------------------


class _Role(Enum):
    DECISION = "decision"  # the employer will decide / get back
    FOLLOW_UP = "follow_up"  # the candidate is told when to make contact
    TASK = "task"  # the candidate must do something by then: not our business here


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    role: _Role


_EMPLOYER_WORDS: Final = rx(
    r"""(?<![a-z])(?:
      decid(?:e|es|ed|ing)|decisions?|make\s+(?:a|our|the|their|my)\s+(?:final\s+)?
        (?:call|choice|selection|pick|hire)
      |select(?:s|ed|ing|ion)?|choos(?:e|es|ing)|chosen|finali[sz](?:e|es|ed|ing)|offers?|verdict
      |outcome|results?|answers?|news|feedback|updates?|updating|revert
      |let\s+(?:you|the\s+candidates?|candidates|everyone|all\s+candidates)\s+know
      |(?:get|come|circle|report)\s+back\s+to\s+(?:you|everyone|all|candidates|each)
      |circle\s+back|hear(?:d|ing)?
      |be\s+in\s+touch|(?:be|get|stay)\s+in\s+contact|notif(?:y|ied|ication)|inform\s+you
      # Indian English: "we will intimate you", "intimation of the result".
      |intimat(?:e|es|ed|ing|ion)
      |respon(?:d|se)|repl(?:y|ies)|know\s+more|more\s+(?:info|information|details)
      |(?:we|you|i|they|to|should|will|would|may|might)(?:'ll|'d|\s+will|\s+should|\s+would
        |\s+may|\s+might)?\s+know(?!\s+(?:what|if|whether|that|about|how)(?![a-z]))
      |(?:it|this|that|process|decision|review)(?:'ll|\s+will|\s+should|\s+won't|\s+will\s+not
        |\s+shouldn't|\s+may|\s+might|\s+could|\s+can|\s+usually|\s+typically|\s+normally
        |\s+generally)?\s+(?:takes?|taking)
      |next\s+steps?|next\s+round|second\s+round|final\s+round|round\s+of\s+interviews
      |schedul(?:e|ed|ing)|wrap(?:ping)?\s+(?:things\s+|it\s+|this\s+|everything\s+)?up
      |fill(?:ing)?\s+(?:the|this)\s+(?:role|position|job|opening|seat|vacancy)
      |give\s+(?:us|me|them)(?!\s+an?\s+(?:quick\s+)?(?:call|ring|shout|buzz))
    )(?![a-z])"""
)
# Verbs of contact: the employer's promise or the candidate's instruction,
# depending on who does it to whom (`_contact_role`).
_CONTACT_WORDS: Final = rx(
    r"""(?<![a-z])(?:
      check(?:ing)?[\s-]+(?:back|in)|follow(?:ing)?[\s-]*ups?|reach(?:ing)?\s+out
      |touch(?:ing)?\s+base|get(?:ting)?\s+in\s+touch|contact(?:ing)?|call(?:ing)?
      |phon(?:e|ing)|ring|e-?mail(?:ing)?|ping(?:ing)?|message|text|write|nudge
      |get\s+back\s+to\s+(?:me|us)
      # To anyone: "drop me a line", "give the head a ring", "send HR a note".
      |drop\s+%whom%\s+an?\s+(?:quick\s+)?(?:line|note|e-?mail|message)
      |give\s+%whom%\s+an?\s+(?:quick\s+)?(?:call|ring|shout|buzz)
      |(?:send|shoot)\s+%whom%\s+an?\s+(?:quick\s+)?(?:e-?mail|note|message|line)
    )(?![a-z])""",
    whom=r"(?:me|us|(?:the|your|our)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+)",
)
# The candidate's own deadlines ("let us know by Friday", "send your references").
_TASK_WORDS: Final = rx(
    r"""(?<![a-z])(?:let\s+(?:me|us)\s+know
      |please\s+(?:respond|reply|confirm|send|submit|return|complete|sign)
      |send\s+(?:(?:me|us|over)\s+)*(?:your|the|any|those|these)|submit|complete\s+(?:the|your)
      |fill\s+out|your\s+availability)(?![a-z])"""
)
_OBJECT: Final = rx(r"\A\s+(?:back\s+)?(?:with\s+|to\s+)?(?P<who>you|me|us|from)(?![a-z])")
# The candidates as the ones contacted, right after the verb: "we'll phone
# candidates", "HR will email all applicants", "the panel will ring finalists",
# "write to the successful candidate". Whoever does it, that is news for them.
_CANDIDATES_OBJECT: Final = rx(
    r"""\A\s+(?:back\s+)?(?:with\s+|to\s+|round\s+)?
    (?:(?:all|each|every|both|any|the|our|those|these|of)\s+)*
    (?:(?:short-?listed|successful|unsuccessful|remaining|final|other|interviewed|selected)\s+)?
    (?:candidates?|applicants?|finalists?|interviewees?|everyone|everybody)(?![a-z])"""
)
_ARTICLE_END: Final = rx(r"(?<![a-z])(?:a|an|the|our|my|their|your|quick)\s+\Z")
_SUBJECT: Final = rx(
    r"""(?<![a-z])(?P<who>we|i|you|they|he|she|someone|somebody|recruiters?|recruiting|hr|team
    |manager|coordinator|one\s+of\s+us|our)(?![a-z])"""
)


# Someone other than the speaker and the reader: in a next step the candidate
# wrote in their own words ("They will get back to me", "She'll let me know"),
# "me" is the candidate, so the words are the employer's promise.
_THIRD_PERSON: Final = frozenset(
    {"they", "he", "she", "someone", "somebody", "recruiter", "recruiters", "recruiting"}
    | {"hr", "team", "manager", "coordinator"}
)


_LET_ME_KNOW: Final = rx(r"let\s+(?:me|us)\s+know")


def _reported(work: str, start: int, clause_start: int) -> bool:
    """The words at `start` are done by a third person, as the candidate reports it."""
    before = work[max(clause_start, start - 60) : start]
    subjects = list(_SUBJECT.finditer(before))
    return bool(subjects) and subjects[-1]["who"].lower() in _THIRD_PERSON


# What sits between a subject and a contact verb when the candidate was told to
# make contact, in their own words: "they asked me to check back", "recruiter
# told me to email her", "they said to follow up", "I should follow up", "I was
# told to check in". ETIQUETTE.md rule 1: an instruction to check back is the
# follow-up date, not the day of their news.
_INSTRUCTED: Final = rx(
    r"""\A(?:(?:ask(?:s|ed)?|tell|tells|told|instruct(?:s|ed)?|wants?|wanted|sa(?:id|y|ys)
      |suggest(?:s|ed)?|invit(?:e|es|ed)|encourag(?:e|es|ed)|advis(?:e|es|ed)
      |remind(?:s|ed)?|recommend(?:s|ed)?|prefer(?:s|red)?|(?:would|'d)\s+like|need(?:s|ed)?)
        \s+(?:(?:me|us|him|her|them|candidates?)\s+)?to
      |(?:should|ought\s+to|need\s+to|have\s+to|had\s+to|can|could|may|might
        |am\s+to|'m\s+to|was\s+to|am\s+supposed\s+to|'m\s+supposed\s+to|was\s+supposed\s+to
        |(?:am|'m|was|were|are|'re|'ve\s+been|have\s+been|got)\s+(?:told|asked|invited
          |encouraged|advised|welcome|free|allowed|meant)\s+to))
      \s+(?:(?:please|just|kindly|simply|definitely|go\s+ahead\s+and)\s+)?\Z"""
)
_SUGGESTED: Final = rx(
    r"(?<![a-z])(?:suggest(?:s|ed)?|recommend(?:s|ed)?|propos(?:e|es|ed)|insist(?:s|ed)?"
    r"|ask(?:s|ed)?)\s+(?:that\s+)?\Z"
)
# A future or promise just before the verb: "Ann will call me", "they're going to
# email me", "she promised to ring me" (no subject word needed: a name will do).
_PROMISED: Final = rx(
    r"""(?<![a-z'])(?:will|'ll|would|'d|shall|is\s+going\s+to|are\s+going\s+to|'s\s+going\s+to
    |'re\s+going\s+to|was\s+going\s+to|plans?\s+to|planned\s+to|promised\s+to|intends?\s+to
    |is\s+to|are\s+to)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:be\s+)?\Z"""
)


def _candidate_told(work: str, start: int, clause_start: int) -> bool:
    """The contact verb at `start` is the candidate's, as they were told to make it."""
    before = work[max(clause_start, start - 60) : start]
    subjects = list(_SUBJECT.finditer(before))
    if subjects:
        last = subjects[-1]
        who = last["who"].lower()
        tail = before[last.end() :].lstrip()
        if who in _THIRD_PERSON:
            return bool(_INSTRUCTED.match(tail)) and not _PROMISED.search(tail)
        if who in {"i", "we"}:
            # "I should follow up" is the candidate; "I'll reach out" stays the
            # recruiter's promise, as before. "She suggested I follow up": a bare
            # verb after a suggestion.
            if not tail and _SUGGESTED.search(before, 0, last.start()):
                return True
            return bool(_INSTRUCTED.match(tail)) and not tail.lower().startswith(
                ("said", "say", "tell", "told")
            )
        return False
    # No subject: "told to check back", "asked to follow up on Friday".
    return bool(_INSTRUCTED.match(before[-40:].lstrip())) or bool(
        re.search(r"(?:told|asked|invited|encouraged|advised)\s+to\s+\Z", before, re.I)
    )


def _promised_to_candidate(work: str, start: int, clause_start: int) -> bool:
    """Someone other than the reader will contact 'me': "they will call me"."""
    before = work[max(clause_start, start - 60) : start]
    subjects = list(_SUBJECT.finditer(before))
    if subjects and subjects[-1]["who"].lower() in {"you", "i", "we"}:
        return False  # "you can email me", "we will call me" is no promise to the candidate
    if _reported(work, start, clause_start):
        tail = before[subjects[-1].end() :].lstrip() if subjects else before
        return not _INSTRUCTED.match(tail)
    return bool(_PROMISED.search(before))


# Who may be the subject of a promise to contact and still be the candidate:
# "you will need to call", "candidates will phone the office", and "let's plan to
# touch base", which the candidate does too.
_CANDIDATE_SUBJECTS: Final = frozenset(
    {"you", "candidate", "candidates", "applicant", "applicants", "finalist", "finalists"}
    | {"let's", "lets", "us"}
)
_LAST_WORD: Final = rx(r"(?<![a-z'])[a-z']+(?=\s*\Z)")


def _promised_by_someone(before: str) -> bool:
    """A promise ("will", "is going to", "plans to") just before the verb, made by someone
    who is not the candidate: "the head will phone", "the panel is going to ring". Any
    noun will do as the subject, so "the principal" or "the governors" need no list."""
    promise = _PROMISED.search(before)
    if promise is None:
        return False
    subject = _LAST_WORD.search(before, 0, promise.start())
    return subject is not None and subject.group().lower() not in _CANDIDATE_SUBJECTS


def _contact_role(work: str, start: int, end: int, clause_start: int) -> _Role:
    words = work[start:end].lower()
    if re.search(r"(?<![a-z])(?:me|us)(?![a-z])", words):
        if _reported(work, start, clause_start) or _promised_to_candidate(
            work, start, clause_start
        ):
            return _Role.DECISION  # "they will get back to me", "the head will give me a call"
        return _Role.FOLLOW_UP  # "drop me a line", "give us a call"
    # The recipient inside "give everyone a call", or right after the verb.
    inside = words.split(None, 1)[1] if words.startswith(("give", "drop", "send", "shoot")) else ""
    if _CANDIDATES_OBJECT.match(work[end : end + 60]) or _CANDIDATES_OBJECT.match(f" {inside}"):
        return _Role.DECISION  # "the head will phone candidates", "give everyone a call"
    obj = _OBJECT.match(work[end : end + 30])
    if obj is not None:
        # "we'll call you" / "a call from us" versus "call me" / "check back with us";
        # but "they will call me", in the candidate's words, is their promise.
        if obj["who"].lower() in {"you", "from"}:
            return _Role.DECISION
        if _promised_to_candidate(work, start, clause_start):
            return _Role.DECISION
        return _Role.FOLLOW_UP
    if _candidate_told(work, start, clause_start):
        return _Role.FOLLOW_UP  # "they asked me to check back", "I should follow up"
    before = work[max(clause_start, start - 60) : start]
    if _ARTICLE_END.search(before):
        # A noun: "a follow-up" is the candidate's, "an email" is one they send you.
        noun_is_candidates = words.startswith(("follow", "check"))
        return _Role.FOLLOW_UP if noun_is_candidates else _Role.DECISION
    subjects = list(_SUBJECT.finditer(before))
    if subjects and subjects[-1]["who"].lower() != "you":
        return _Role.DECISION  # "I'll reach out next week", "our recruiter will call"
    if _promised_by_someone(before):
        return _Role.DECISION  # "the principal will phone", "the governors plan to write"
    return _Role.FOLLOW_UP  # "you can email me", "feel free to touch base", imperatives


def _find_triggers(work: str, protected: Spans, layout: _Layout) -> list[_Trigger]:
    found: list[tuple[int, int, _Role | None]] = []
    for regex, role in (
        (_TASK_WORDS, _Role.TASK),
        (_EMPLOYER_WORDS, _Role.DECISION),
        (_CONTACT_WORDS, None),
    ):
        found.extend((m.start(), m.end(), role) for m in regex.finditer(work))
    # Overlaps: the longest wins ("let us know" is a task, not "know").
    taken = Spans()
    chosen = [
        (start, end, role)
        for start, end, role in sorted(found, key=lambda t: (t[0] - t[1], t[0]))
        if not protected.overlaps(start, end) and taken.claim(start, end)
    ]
    triggers: list[_Trigger] = []
    conditions = [(m.start(), m.end()) for m in _NO_NEWS_IF.finditer(work)]
    for start, end, role in sorted(chosen, key=lambda t: t[0]):
        if role is None:
            clause_start = layout.clause_start(start)
            # "If I haven't heard by the 8th, to drop her a line": the "I" of the
            # condition is not who makes the contact.
            for condition_start, condition_end in conditions:
                if clause_start <= condition_start and condition_end <= start:
                    clause_start = condition_end
            role = _contact_role(work, start, end, clause_start)
        elif (
            role is _Role.TASK
            and _LET_ME_KNOW.match(work, start)
            and _reported(work, start, layout.clause_start(start))
        ):
            role = _Role.DECISION  # "she said she would let me know"
        triggers.append(_Trigger(start, end, role))
    return triggers


# --------------------------------------------------------------------------
# Reading one time phrase in its sentence
# --------------------------------------------------------------------------


def _role_of(
    phrase: Phrase,
    work: str,
    layout: _Layout,
    triggers: Sequence[_Trigger],
    starts: Sequence[int],
    timeframes: set[int],
) -> _Role | None:
    sentence_start, sentence_end = layout.sentence(phrase.body)
    first = bisect_left(starts, sentence_start)
    # Triggers never overlap a time phrase, so those starting before its body end
    # before it. "Give us two weeks": a trigger inside the lead counts as before.
    split = bisect_left(starts, phrase.body, first)
    if split > first:
        # The nearest trigger before the phrase: "decide by Friday; ... check back Monday".
        nearest = triggers[split - 1]
        if phrase.bare_today and phrase.start - nearest.end > 25:
            return None
        return nearest.role
    if phrase.bare_today:
        return None  # "Today" must follow its verb: "we'll let you know today"
    opens_sentence = phrase.start - sentence_start < 60 and bool(
        _OPENING_FILLER.match(work[sentence_start : phrase.start])
    )
    if split < len(triggers) and triggers[split].end <= sentence_end:
        # A trigger after the phrase counts within the same clause ("next week we'll
        # call you") or when the phrase opens the sentence ("By Friday, we'll decide").
        following = triggers[split]
        same_clause = layout.clause_start(following.start) == layout.clause_start(phrase.start)
        if same_clause or opens_sentence:
            return following.role
    # A sentence that is nothing but a time phrase ("By Friday."), or the candidate's
    # report of one ("They said ten days or so."), is, in this field, their timeframe.
    reported = phrase.start - sentence_start < 80 and bool(
        _REPORTED_OPENING.match(work[sentence_start : phrase.start])
    )
    if (
        (opens_sentence or reported)
        and sentence_end - phrase.end < 60
        and _CLOSING_FILLER.match(work[phrase.end : sentence_end])
    ):
        return _Role.DECISION
    if sentence_start in timeframes and not phrase.bare_today:
        return _Role.DECISION  # "About a week, maybe two."
    return None


# The words a timeframe is said with, when nothing else is: "about a week, maybe
# two", "ten days or so", "give or take a week", "by Wednesday or Thursday".
_JOINING_WORDS: Final = rx(
    r"""\A[\s,;:/&~+"'()\[\]*.!?-]*(?:(?:about|around|roughly|approximately|approx|maybe|perhaps
    |possibly|probably|likely|hopefully|ideally|realistically|or|and|so|to|give|take|more|less
    |a|little|bit|sooner|later|earlier|longer|shorter|at|the|latest|most|tops|max|ish|by|in
    |within|on|say
    |even|than|but|eta|timeline|timeframe|time\s+frame|estimate|estimated|expected|expect
    |next\s+steps?|ok|okay|well|um|then|either|any)(?![a-z'])[\s,;:/&~+"'()\[\]*.!?-]*)*\Z"""
)


def _timeframe_sentences(work: str, layout: _Layout, phrases: list[Phrase]) -> set[int]:
    """The sentences (by their start) made of time phrases and joining words alone: all
    of them are, in this field, their timeframe."""
    by_sentence: dict[tuple[int, int], list[Phrase]] = {}
    for phrase in phrases:
        by_sentence.setdefault(layout.sentence(phrase.body), []).append(phrase)
    found: set[int] = set()
    for (start, end), inside in by_sentence.items():
        rest, position = [], start
        for phrase in inside:
            rest.append(work[position : phrase.start])
            position = max(position, phrase.end)
        rest.append(work[position:end])
        if all(_JOINING_WORDS.match(part) for part in rest):
            found.add(start)
    return found


# What may join a length of time to the weekdays that narrow it: "about a week,
# maybe by Wednesday or Thursday", "ten days or so - say Friday".
_NARROWING: Final = rx(
    r"""\A[\s,;:-]*(?:(?:or|so|maybe|perhaps|possibly|probably|likely|hopefully|say|ideally
    |around|about|by|on|so\s+by)(?![a-z'])[\s,;:-]*)*\Z"""
)


def _narrowed(phrases: list[Phrase], work: str) -> list[Phrase]:
    """A weekday said just after a length of time falls within three days of its end.

    "About a week, maybe by Wednesday or Thursday" said on Monday 2 November means
    Wednesday or Thursday of the week after (11 or 12 November), not this week's, and
    not Monday 9 November: the weekdays narrow the estimate rather than replace it.
    Only joining words may come between ("; maybe", " - say"), never a full stop."""
    narrowed = list(phrases)
    for i in range(1, len(narrowed)):
        before, phrase = narrowed[i - 1], narrowed[i]
        if not (
            phrase.loose_weekday
            and isinstance(phrase.resolved, Span)
            and isinstance(before.resolved, Span)
            and before.resolved.elapsed
            and _NARROWING.match(work[before.end : phrase.body])
        ):
            continue
        earliest = before.resolved.last - timedelta(days=3)
        weeks = -(-(earliest - phrase.resolved.first).days // 7)
        if weeks > 0:
            shift = timedelta(days=7 * weeks)
            span = phrase.resolved
            narrowed[i] = replace(
                phrase, resolved=replace(span, first=span.first + shift, last=span.last + shift)
            )
    return narrowed


def _week_of(span: Span) -> Span:
    """'The week of December 7': that day to the Friday of its week."""
    friday = monday_of(span.first) + timedelta(days=4)
    return Span(span.first, max(span.first, friday), Kind.PERIOD)


def _decision_day(span: Span, lead: Lead, negated: bool, calendar: BusinessCalendar) -> date | None:
    """The latest day their promise covers, or None when no promise was made."""
    kind = lead.kind
    if kind is LeadKind.AFTER and span.elapsed:
        kind = LeadKind.AT  # "after two weeks" is in two weeks
    if kind is LeadKind.AFTER and span.resumes:
        # "We'll be in touch after the holidays", "not until after the summer":
        # news once the season is over, on its first working day.
        return calendar.on_or_after(span.last + timedelta(days=1))
    if kind is LeadKind.AFTER:
        # "We'll decide after the 15th" bounds nothing; "not until after the 15th"
        # at least dates the news to the first working day after it.
        return calendar.on_or_after(span.last + timedelta(days=1)) if negated else None
    if kind is LeadKind.UNTIL:
        # "We won't know until next week" dates the news; "interviewing until the 20th" doesn't.
        return span.last if negated else None
    if kind is LeadKind.FROM:
        return None
    if kind is LeadKind.BEFORE:
        if negated or span.kind is Kind.DEADLINE:
            return span.last  # "not before Friday"; "before the end of the month"
        return span.first - timedelta(days=1)
    return None if negated else span.last


def _follow_up_day(
    span: Span, lead: Lead, negated: bool, calendar: BusinessCalendar
) -> date | None:
    """The first day they said the candidate may make contact."""
    kind = lead.kind
    if kind is LeadKind.AFTER and span.elapsed:
        kind = LeadKind.AT
    if kind is LeadKind.AFTER:
        # "Reach out after the 15th": the first working day once the 15th is over.
        return calendar.on_or_after(span.last + timedelta(days=1))
    if kind is LeadKind.FROM:
        return span.first
    if kind in (LeadKind.UNTIL, LeadKind.BEFORE):
        # "Please don't follow up before the 15th" invites contact from the 15th.
        return span.first if negated else None
    return None if negated else span.first


def _no_news_condition(phrase: Phrase, work: str, layout: _Layout) -> re.Match[str] | None:
    """The condition the phrase dates ("if you haven't heard anything by Friday", "if
    nothing has come through by the 4th"), in the same clause just before it."""
    # It ends at most 80 characters before the phrase, so the few hundred before it
    # will do: a long sentence of many phrases is not read again for each.
    start = max(layout.sentence(phrase.body)[0], phrase.body - 400)
    condition = None
    for m in _NO_NEWS_IF.finditer(work, start, phrase.body):
        condition = m
    if (
        condition is None
        or phrase.body - condition.end() > 80
        or layout.clause_start(phrase.body) > condition.start()
    ):
        return None
    return condition


def _check_back_if_no_news(
    phrase: Phrase, work: str, layout: _Layout, triggers: Sequence[_Trigger]
) -> bool:
    """The phrase dates a condition ("if you haven't heard by Friday") of a contact the
    candidate is told to make in the same sentence ("... reach out")."""
    sentence_start, sentence_end = layout.sentence(phrase.body)
    condition = _no_news_condition(phrase, work, layout)
    if condition is None:
        return False
    return any(
        sentence_start <= t.start < sentence_end
        and t.role is _Role.FOLLOW_UP
        and not condition.start() <= t.start < phrase.end
        for t in triggers
    )


# --------------------------------------------------------------------------
# Calls
# --------------------------------------------------------------------------

# "We'll call you" on its own is a promise, not a request not to call: it does not
# set no_calls. Only an explicit "don't call", "no calls", "email only" does.
_NO_CALLS: Final = rx(
    r"""(?<![a-z])(?:
      (?:please\s+)?(?:do\s+not|don't|dont)\s+(?:phone|call|ring|telephone)(?![a-z])
        # "Don't call before Friday" allows calls after it: not a no-calls request.
        (?!(?:\s+(?:us|me|the\s+office))?\s+(?:before|until|till|prior)(?![a-z]))
        (?:\s+(?:us|me))?(?:,?\s+we'll\s+call\s+you)?
      |no\s+(?:phone\s+|telephone\s+)?calls?(?![a-z])(?:,?\s+please)?
      |(?:refrain|avoid)\s+(?:from\s+)?(?:calling|phoning|ringing)
      |(?:can't|cannot|can\s+not|unable\s+to|won't|will\s+not|don't|do\s+not|doesn't|does\s+not
        |are\s+not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:take|accept|return|answer)\s+
        (?:any\s+)?(?:phone\s+|telephone\s+)?calls
      # The whole request, quoted: "no need to chase us", not "no need to chase".
      |no\s+need\s+to\s+(?:(?:call|phone|chase|ring)(?:\s+(?:us|me))?|contact\s+us|follow\s+up
        |check\s+in|get\s+in\s+touch|reach\s+out)
      # "Please don't chase us, we will reach out": they will make the contact.
      # "Please don't chase us", "asked me not to chase", "they'd rather I didn't chase":
      # any negated chase of them.
      |(?:please\s+)?(?:do\s+not|don't|dont|didn't|did\s+not|not|never)\s+(?:to\s+)?
        (?:please\s+)?(?:chase|hound|pester)(?:\s+(?:us|me|them|him|her))?
        # Chasing them, not "the perfect answer"; "don't chase us before Friday" allows later.
        (?=\s*(?:[,;.!:)]|\s-|\Z)|\s+(?:we|i|they|he|she|as|and|please|for|about|on|regarding
          |so)(?![a-z']))
      |(?:please\s+)?(?:do\s+not|don't|dont)\s+(?:follow\s+up|contact\s+us|get\s+in\s+touch)
        \s+(?:by|via|over\s+the)\s+(?:phone|telephone)
      # "Please do not follow up, we will contact you", "kindly don't reach out to us":
      # the whole request, so "don't follow up before the 15th" still allows it after.
      |(?:(?:please|kindly)\s+)?(?:do\s+not|don't|dont)\s+(?:(?:please|kindly)\s+)?
        (?:follow[\s-]*up|reach\s+out|contact\s+us|get\s+in\s+touch|check\s+in)
        (?:\s+(?:with|to)\s+(?:us|me|them))?
        (?=\s*(?:[,;.!:)]|\s-|\Z)|\s+(?:we|i|they|as|and|please|on\s+this|regarding)(?![a-z']))
      |(?:please\s+)?(?:do\s+not|don't|dont)\s+(?:contact|chase)\s+us\s+in\s+the\s+meantime
      |(?:rather\s+than|instead\s+of)\s+(?:calling|phoning|(?:a\s+)?(?:phone\s+)?calls?)
      |(?:by|via|through)\s+e-?mail\s+only|e-?mail\s+only|only\s+(?:by|via|through)\s+e-?mail
    )(?![a-z])"""
)


# --------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------


def _after_triggers(
    phrase: Phrase, work: str, triggers: Sequence[_Trigger], starts: Sequence[int]
) -> Phrase:
    """Start the quoted phrase after a trigger its lead ran into ("check in on Monday")."""
    start = phrase.start
    i = bisect_left(starts, phrase.body) - 1
    while i >= 0 and triggers[i].end > phrase.start:
        start = max(start, triggers[i].end)
        i -= 1
    while start < phrase.body and work[start].isspace():
        start += 1
    if start == phrase.start:
        return phrase  # unchanged (phrases are frozen): no copy to make
    return replace(phrase, start=start)


READ_AT_MOST: Final = 20_000


def read_next_step(text: str | None, today: date, calendar: BusinessCalendar) -> NextStep:
    """Derive the decision date, follow-up date, few-days window and no-calls request.

    `today` is the interview's local date; every phrase is relative to it, and any
    derived date is on or after it. A pure function of its arguments (a calendar
    is its country and subdivision), so a reading is kept for the same text on the
    same day: an import plans thousands of interviews, many worded alike.
    """
    if text is None or not text.strip():
        return NextStep(text=text)
    if len(text) <= CACHED_UP_TO:
        return _kept_reading(text, today, calendar)
    return _read(text, today, calendar)


def _read(text: str, today: date, calendar: BusinessCalendar) -> NextStep:
    # Only the first READ_AT_MOST characters are read: the fields' limits keep
    # new text shorter, and a huge value stored before them must not stall a plan.
    work = normalise(text[:READ_AT_MOST]) if len(text) > CACHED_UP_TO else _normalised(text)
    phrases, unread = find_phrases(work, today, calendar)
    spans = tuple((phrase.body, phrase.end) for phrase in phrases)
    if len(work) <= CACHED_UP_TO:
        layout, triggers, starts = _kept_structure(work, spans)
    else:
        layout, triggers, starts = _structure(work, spans)
    phrases = [_after_triggers(phrase, work, triggers, starts) for phrase in phrases]
    phrases = _narrowed(phrases, work)
    timeframes = _timeframe_sentences(work, layout, phrases)
    latest = latest_day(today)

    decisions: list[date] = []
    follow_ups: list[date] = []
    few_days = False
    matched: list[tuple[int, str]] = []
    for phrase in phrases:
        role = _role_of(phrase, work, layout, triggers, starts, timeframes)
        if _no_news_condition(phrase, work, layout) is not None:
            role = _Role.DECISION  # "if nothing has come through by the 4th": their deadline
        if role is None or role is _Role.TASK:
            continue
        negated = _negated(work, layout.clause_start(phrase.start), phrase.body)
        if isinstance(phrase.resolved, str):
            # "We won't need more than a few days" is still a few days; a plainly
            # negated one ("not in a few days") is not.
            if negated and phrase.lead.kind is LeadKind.AT:
                continue
            few_days = True
            matched.append((phrase.start, text[phrase.start : phrase.end]))
            continue
        span = phrase.resolved
        if phrase.lead.week_of and span.kind is Kind.POINT:
            span = _week_of(span)
        bucket = decisions if role is _Role.DECISION else follow_ups
        try:
            if role is _Role.DECISION:
                day = _decision_day(span, phrase.lead, negated, calendar)
            else:
                day = _follow_up_day(span, phrase.lead, negated, calendar)
        except OverflowError:
            continue  # "after" a day at the very end of the calendar
        if day is None or not today <= day <= latest:
            continue
        bucket.append(day)
        matched.append((phrase.start, text[phrase.start : phrase.end]))
        if role is _Role.DECISION and _check_back_if_no_news(phrase, work, layout, triggers):
            follow_ups.append(calendar.on_or_after(day + timedelta(days=1)))

    no_calls = False
    for m in _NO_CALLS.finditer(work):
        no_calls = True
        matched.append((m.start(), text[m.start() : m.end()]))

    # Several dates: keep the latest. Checking in after the earliest would press
    # them before a later promise ("first round by Friday, a decision by the end of
    # the month") has run out, and a check-in that is too soon is refused anyway.
    return NextStep(
        text=text,
        decision_by=max(decisions, default=None),
        follow_up_on=max(follow_ups, default=None),
        few_days=few_days,
        no_calls=no_calls,
        matched=tuple(phrase for _, phrase in sorted(matched, key=lambda item: item[0])),
        unreadable=tuple(text[start:end] for start, end in unread),
    )


_kept_reading = lru_cache(maxsize=4096)(_read)
_normalised = lru_cache(maxsize=1024)(normalise)


def _structure(
    work: str, spans: tuple[tuple[int, int], ...]
) -> tuple[_Layout, tuple[_Trigger, ...], tuple[int, ...]]:
    """The sentences, clauses and trigger words of `work` around the time phrases at
    `spans`: the words and where the phrases stand, not the day they are read on."""
    protected = Spans()
    for body, end in spans:
        protected.claim(body, end)
    layout = _Layout(work, protected)
    triggers = tuple(_find_triggers(work, protected, layout))
    return layout, triggers, tuple(trigger.start for trigger in triggers)


# Kept per wording: a next step read on thousands of days finds its phrases in the
# same places on nearly all of them (read only, once built).
_kept_structure = lru_cache(maxsize=1024)(_structure)
