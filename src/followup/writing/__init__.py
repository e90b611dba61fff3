"""Writing the messages and checking them: drafting from templates, and the linter.

Both halves are pure: they take an interview, a plan or note text, and return
plain values. Nothing here reads the clock or any file except the package's
own templates, word lists, spelling dictionary and tone model.

- `kinds`: the kinds of message and the word limit of each.
- `note`: a note file's text (optional `To:`/`Subject:`/`Kind:` header) as a value.
- `drafting`: drafts for the plan's open actions, rendered from `templates/`.
- `lint`: the findings for one run of notes; `spelling`, `rules` and `tone` feed it.
"""
