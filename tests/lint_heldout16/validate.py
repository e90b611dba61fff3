#!/usr/bin/python3
"""Validate sentences.jsonl and notes.jsonl in this folder. Prints 'N errors'."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"thank_you", "check_in", "rejection_reply", "offer", "withdrawal"}
LABELS = {"fine", "negative", "asks_outcome", "informal"}
CODES = {"negative", "asks_outcome", "informal", "spelling", "generic"}
errors = []

def err(msg):
    errors.append(msg)

def words(t):
    return len(t.split())

def load(name, keys):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i}: blank line")
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                err(f"{name}:{i}: bad JSON ({e})")
                continue
            if not isinstance(o, dict) or set(o) != keys:
                err(f"{name}:{i}: keys must be exactly {sorted(keys)}")
                continue
            if not isinstance(o["text"], str) or not o["text"].strip():
                err(f"{name}:{i}: text must be a non-empty string")
                continue
            o["_line"] = i
            rows.append(o)
    return rows

# ---- sentences ----
S = load("sentences.jsonl", {"text", "label", "kind"})
for o in S:
    i = o["_line"]
    if o["label"] not in LABELS:
        err(f"sentences:{i}: bad label {o['label']!r}")
    if o["kind"] not in KINDS:
        err(f"sentences:{i}: bad kind {o['kind']!r}")
    w = words(o["text"])
    if not 5 <= w <= 45:
        err(f"sentences:{i}: {w} words (need 5-45)")
    if "\n" in o["text"]:
        err(f"sentences:{i}: newline in sentence")
if len(S) < 300:
    err(f"sentences: {len(S)} lines (need >= 300)")
lab = Counter(o["label"] for o in S)
if S:
    share = lab["fine"] / len(S)
    if not 0.40 <= share <= 0.50:
        err(f"sentences: fine share {share:.3f} (need 0.40-0.50)")
for l in LABELS - {"fine"}:
    if lab[l] < 50:
        err(f"sentences: label {l} has {lab[l]} (need >= 50)")
pairs = Counter((o["kind"], o["label"]) for o in S)
for k in KINDS:
    for l in LABELS:
        if pairs[(k, l)] == 0:
            err(f"sentences: no {l} sentence of kind {k}")

# ---- notes ----
N = load("notes.jsonl", {"text", "kind", "codes"})
clean = 0
code_count = Counter()
for o in N:
    i = o["_line"]
    if o["kind"] not in KINDS:
        err(f"notes:{i}: bad kind {o['kind']!r}")
    c = o["codes"]
    if not isinstance(c, list) or any(x not in CODES for x in c):
        err(f"notes:{i}: bad codes {c!r}")
        continue
    if len(set(c)) != len(c):
        err(f"notes:{i}: duplicate codes")
    if "generic" in c and o["kind"] != "thank_you":
        err(f"notes:{i}: generic only allowed on thank_you")
    if not c:
        clean += 1
    code_count.update(set(c))
    w = words(o["text"])
    if not 60 <= w <= 250:
        err(f"notes:{i}: {w} words (need 60-250)")
    lines = [x for x in o["text"].split("\n") if x.strip()]
    if len(lines) < 3:
        err(f"notes:{i}: layout needs greeting, body and signature on separate lines")
    if o["text"] != o["text"].strip():
        err(f"notes:{i}: leading/trailing whitespace")
if len(N) < 75:
    err(f"notes: {len(N)} notes (need >= 75)")
if clean < 40:
    err(f"notes: {clean} clean notes (need >= 40)")
for c in CODES:
    if code_count[c] < 7:
        err(f"notes: code {c} on {code_count[c]} notes (need >= 7)")
clean_kinds = Counter(o["kind"] for o in N if o["codes"] == [])
for k in KINDS:
    if clean_kinds[k] == 0:
        err(f"notes: no clean note of kind {k}")
# one-mistake copies: share first line with a clean note, exactly one code
firsts = {o["text"].split("\n")[0] for o in N if o["codes"] == []}
copies = sum(1 for o in N if len(o["codes"]) == 1 and o["text"].split("\n")[0] in firsts)
if copies < 25:
    err(f"notes: only {copies} one-mistake copies of clean notes (need about 30)")
# layout variety
to_hdr = sum(1 for o in N if o["text"].startswith("To:"))
if to_hdr < 2:
    err("notes: need some notes with a To: header line")

# ---- duplicates ----
seen = {}
for name, rows in (("sentences", S), ("notes", N)):
    for o in rows:
        key = re.sub(r"\s+", " ", o["text"].strip().lower())
        if key in seen:
            err(f"{name}:{o['_line']}: duplicate text (also {seen[key]})")
        else:
            seen[key] = f"{name}:{o['_line']}"

for e in errors:
    print(e)
print(f"sentences={len(S)} labels={dict(lab)} notes={len(N)} clean={clean} copies={copies} codes={dict(code_count)}")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
