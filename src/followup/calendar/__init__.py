"""Calendar: every interview and every action of the plan as RFC 5545 events.

`build` is pure (facts, the previous SEQUENCEs and `now` in; bytes out);
`feed` loads the facts from the store, keeps the SEQUENCEs and serves the
secret, revocable subscription URL.
"""
