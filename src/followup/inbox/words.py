"""The sender's own words: quoted history, signature and "Sent from my ..." lines removed.

Measured against the maintained parsers on our reference replies (see
docs/delivery.md, "Reading replies"): none kept the sender's words without
also keeping the candidate's quoted ones in Outlook's unquoted header blocks
or in the languages we meet, so the cutting is ours, line by line:

- an attribution line ("On ... wrote:", "Le ... a écrit :", "Am ... schrieb
  ...:", Gmail's Russian "..., Name <address>:", wrapped over up to three
  lines) followed by `>` lines starts a quote that is skipped, and the words
  written below it (Thunderbird's bottom posting) are kept; followed by
  unquoted text, it ends the sender's words;
- a header block ("From: ... Sent: ... To: ... Subject:" in the languages of
  Outlook), an "Original Message" or underscore separator, or the signature
  delimiter "-- " ends them;
- quoted lines (`>`) and mobile footers ("Sent from my iPhone", "Get Outlook
  for iOS", "Envoyé de mon iPhone") are dropped.
"""

from __future__ import annotations

import re
import unicodedata

# The words an attribution line ends on, in the languages mail clients write.
WROTE = (
    r"wrote|writes|a écrit|schrieb|escribió|ha scritto|scrisse|escreveu|schreef|skrev|"
    r"napisał(?:\(a\))?|kirjoitti|έγραψε|yazdı|написал(?:а)?|пишет|написав|napsal(?:\(a\))?"
)
ATTRIBUTION_END = re.compile(
    rf"(?:\b(?:{WROTE})\b(?:[^:]|\d:\d)*|[\w.+-]+@[\w.-]+\s*>?\)?)\s*:\s*$", re.I
)
# How an attribution line starts: "On", "Le", "Am", "El", "Il giorno", "Em",
# "Op", "Den", "W dniu", "Dne", or a weekday/date (Gmail in Russian), or a name
# followed by "wrote".
ATTRIBUTION_START = re.compile(
    r"^(?:(?:on|le|am|el|il|em|op|den|w dniu|dne)\b|\d+|\w{2,3},\s+\d|[^\W\d_][\w .'-]* (?:"
    + WROTE
    + r")\b)",
    re.I,
)
ATTRIBUTION_MAX = 300
DATE_LIKE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2}")
UNDER_QUOTE_ADDRESS = re.compile(r"<[^<>\s]+@[^<>\s]+>\s*$")
SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message|message d'origine|message transféré|"
    r"ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|"
    r"messaggio originale|messaggio inoltrato|mensagem original|oorspronkelijk bericht|"
    r"doorgestuurd bericht|исходное сообщение|пересылаемое сообщение|原始邮件)\s*-{2,}|"
    r"_{10,}|begin forwarded message:|début du message réexpédié\s*:)\s*$",
    re.I,
)
HEADER_KEYS = (
    r"from|sent|date|to|subject|cc|de|envoyé|à|objet|von|gesendet|an|betreff|datum|"
    r"enviado(?: el)?|para|asunto|fecha|da|inviato|a|oggetto|data|assunto|van|verzonden|aan|"
    r"onderwerp|från|skickat|till|ämne|od|wysłano|do|temat|от|отправлено|дата|кому|тема|копия"
)
HEADER_LINE = re.compile(rf"^\*?(?:{HEADER_KEYS})\s*:\*?(?:\s|$)", re.I)
FROM_LINE = re.compile(r"^\*?(?:from|de|von|van|da|från|od|от)\s*:\*?(?:\s|$)", re.I)
SIGNATURE = re.compile(r"^--\s?$")
MOBILE = re.compile(
    r"^(?:sent from (?:my )?\S.*|sent via \S.*|get outlook for \S.*|"
    r"envoyé (?:de|depuis) (?:mon|l'application) .*|von meinem .* gesendet|gesendet von .*|"
    r"enviado (?:desde|de) mi .*|inviato da .*|enviado do meu .*|verzonden (?:met|vanaf) .*|"
    r"отправлено (?:с|из) .*)$",
    re.I,
)


def _attribution(lines: list[str], index: int) -> int | None:
    """The index of the last line of an attribution starting at `index`, or None."""
    first = lines[index].strip()
    # Attribution lines are short; a long line is text (and keeps the search linear).
    if not first or first.startswith(">") or len(first) > ATTRIBUTION_MAX:
        return None
    joined = first
    # Only a line that starts as an attribution does ("Hi," above "On ... wrote:" is theirs).
    reach = 3 if ATTRIBUTION_START.match(first) else 1
    for end in range(index, min(index + reach, len(lines))):
        if end > index:
            part = lines[end].strip()
            if not part or part.startswith(">") or len(part) > ATTRIBUTION_MAX:
                break
            joined = f"{joined} {part}"
        if ATTRIBUTION_END.search(joined) and (
            ATTRIBUTION_START.match(joined) or "@" in joined or re.search(r"\d", joined)
        ):
            return end
    # Any other short line right above a quote that names a date or an address
    # ("2011/8/29 Roman <roman@example.com>", old Gmail) introduces the quote.
    if _next_text(lines, index + 1).startswith(">") and (
        UNDER_QUOTE_ADDRESS.search(first)
        or (first.endswith(":") and ("@" in first or DATE_LIKE.search(first)))
    ):
        return index
    return None


def _header_block(lines: list[str], index: int) -> bool:
    """Whether a quoted message's header block starts at `index`, unquoted.

    Outlook's "From: ... Sent: ... To: ... Subject:", in its languages, and
    Hotmail's, which starts with "Date:": a header line, another within the
    next three lines, and a From among them. Outlook 2003 puts a value on
    the line after its name, so lines between are allowed.
    """
    if not HEADER_LINE.match(lines[index].strip()):
        return False
    window = [line.strip() for line in lines[index : index + 8] if line.strip()][:6]
    headers = [line for line in window if HEADER_LINE.match(line)]
    if FROM_LINE.match(window[0]):
        return len(headers) >= 2 and any(HEADER_LINE.match(line) for line in window[1:4])
    return len(headers) >= 3 and any(FROM_LINE.match(line) for line in headers)


def _next_text(lines: list[str], index: int) -> str:
    return next((line.strip() for line in lines[index:] if line.strip()), "")


def own_lines(text: str) -> list[str]:
    """The lines the sender wrote, in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if SEPARATOR.match(stripped) or SIGNATURE.match(lines[index].rstrip("\n")):
            break
        if _header_block(lines, index):
            break
        end = _attribution(lines, index)
        if end is not None:
            if not _next_text(lines, end + 1).startswith(">"):
                break  # the history follows unquoted: nothing after is theirs
            index = end + 1  # a quote follows: skip it, keep what they wrote below
            continue
        if not stripped.startswith(">") and not MOBILE.match(stripped):
            kept.append(lines[index])
        index += 1
    return kept


def own_words(text: str, limit: int | None = None) -> str | None:
    """Their own words on one line (at most `limit` characters); None when nothing is left."""
    lines = own_lines(text)
    # A rule of dashes or a lone dash left above the cut belongs to the history.
    while lines and not any(c.isalnum() for c in lines[-1]):
        lines.pop()
    visible = "".join(
        c if c.isspace() or not unicodedata.category(c).startswith("C") else " "
        for c in "\n".join(lines)
    )
    words = " ".join(visible.split())
    if limit is not None:
        words = words[:limit].rstrip()
    return words or None
