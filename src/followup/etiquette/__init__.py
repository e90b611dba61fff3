"""The rules core: the rule book (../shared/ETIQUETTE.md) as plain Python.

No Django, no I/O, no clock: every function takes its facts and `now`.
Where to find a rule: `planner.py` (the plan table and the check-in timing),
`guardrails.py` (contacts refused), `policy.py` (every hour and day count),
`phrases.py` (reading "we'll decide by Friday"), `businessdays.py` (holidays).
"""
