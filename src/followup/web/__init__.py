"""The web UI: the agenda, the interview record, the plan as a picture, drafts with live linting.

A Django app over the same store and core as the command line. Views are the
shell: they read facts through the store's services (or the agenda's one
query), call the pure core (`etiquette`, `writing`, and `timeline` and `mail`
here) with an explicit `now`, and write only through `store.services`, so the
guardrails and the replan after each change apply exactly as on the command
line. `followup serve` runs it with Waitress on 127.0.0.1.
"""
