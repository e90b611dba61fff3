"""What each action asks of the candidate, in a few words, for every screen.

Plain data with no imports: the agenda's fast path reads it without loading
the rest of the rules.
"""

from __future__ import annotations

# How each kind of action reads before the person's name ("Check in with Priya"),
# in the plan and agenda of the command line and of the web UI alike.
ACTION_LABELS = {
    "prepare": "Prepare your questions",
    "debrief": "Write your debrief",
    "send_references": "Send references to",
    "thank_you": "Thank-you note to",
    "check_in": "Check in with",
    "call": "One call to",
    "move_on": "Move on",
    "bridge": "Bridge note to",
    "stay_in_touch": "Stay in touch with",
    "withdrawal": "Withdrawal note to",
}
