#!/usr/bin/python3
"""Validate sentences.jsonl and notes.jsonl in this folder. Prints counts and error total."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"fine","negative","asks_outcome","informal"}
KINDS = {"thank_you","check_in","rejection_reply","offer","withdrawal"}
CODES = {"negative","asks_outcome","informal","spelling","generic"}
errors = []
def err(m): errors.append(m)
def load(name, keys):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line"); continue
            try: o = json.loads(line)
            except Exception as e: err(f"{name}:{n}: bad JSON {e}"); continue
            if not isinstance(o, dict) or set(o) != keys:
                err(f"{name}:{n}: keys {sorted(o) if isinstance(o, dict) else type(o)} != {sorted(keys)}"); continue
            rows.append((n, o))
    return rows
wc = lambda t: len(t.split())
# sentences
S = load("sentences.jsonl", {"text","label","kind"})
seen = set(); lab = Counter(); kin = Counter(); lk = Counter()
for n, o in S:
    t = o["text"]
    if not isinstance(t, str) or not t.strip(): err(f"sentences:{n}: empty text"); continue
    if o["label"] not in LABELS: err(f"sentences:{n}: bad label {o['label']}")
    if o["kind"] not in KINDS: err(f"sentences:{n}: bad kind {o['kind']}")
    if "\n" in t: err(f"sentences:{n}: newline in sentence")
    if not 5 <= wc(t) <= 45: err(f"sentences:{n}: {wc(t)} words")
    key = " ".join(t.lower().split())
    if key in seen: err(f"sentences:{n}: duplicate text")
    seen.add(key); lab[o["label"]] += 1; kin[o["kind"]] += 1; lk[(o["label"], o["kind"])] += 1
if len(S) < 320: err(f"only {len(S)} sentences (<320)")
for l in LABELS - {"fine"}:
    if lab[l] < 50: err(f"label {l}: {lab[l]} < 50")
share = lab["fine"] / max(1, len(S))
if not 0.40 <= share <= 0.50: err(f"fine share {share:.3f} outside 0.40-0.50")
# notes
N = load("notes.jsonl", {"text","kind","codes"})
nseen = set(); nk = Counter(); cc = Counter(); clean = 0; ck = Counter()
for n, o in N:
    t = o["text"]
    if not isinstance(t, str) or not t.strip(): err(f"notes:{n}: empty text"); continue
    if o["kind"] not in KINDS: err(f"notes:{n}: bad kind {o['kind']}")
    c = o["codes"]
    if not isinstance(c, list): err(f"notes:{n}: codes not a list"); continue
    if len(set(c)) != len(c): err(f"notes:{n}: repeated code")
    for x in c:
        if x not in CODES: err(f"notes:{n}: bad code {x}")
    if "generic" in c and o["kind"] != "thank_you": err(f"notes:{n}: generic on {o['kind']}")
    if not 60 <= wc(t) <= 250: err(f"notes:{n}: {wc(t)} words")
    lines = [x for x in t.split("\n") if x.strip()]
    if len(lines) < 4: err(f"notes:{n}: too few lines for greeting/body/sign-off/signature")
    key = " ".join(t.lower().split())
    if key in nseen: err(f"notes:{n}: duplicate text")
    if key in seen: err(f"notes:{n}: same text as a sentence")
    nseen.add(key); nk[o["kind"]] += 1
    if not c: clean += 1; ck[o["kind"]] += 1
    for x in c: cc[x] += 1
if len(N) < 75: err(f"only {len(N)} notes (<75)")
if clean < 40: err(f"only {clean} clean notes (<40)")
for x in CODES:
    if cc[x] < 7: err(f"code {x}: {cc[x]} notes < 7")
print("sentences:", len(S), dict(lab), f"fine share {share:.3f}")
print("sentence kinds:", dict(kin))
for l in sorted(LABELS):
    print("  ", l, {k: lk[(l, k)] for k in sorted(KINDS)})
print("notes:", len(N), "clean:", clean, "kinds:", dict(nk), "clean by kind:", dict(ck))
print("notes per code:", dict(cc))
print("single-code notes:", sum(1 for _, o in N if len(o["codes"]) == 1),
      "multi-code notes:", sum(1 for _, o in N if len(o["codes"]) > 1))
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
