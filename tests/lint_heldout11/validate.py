#!/usr/bin/env python3
"""Validate sentences.jsonl and notes.jsonl. Prints errors and counts; exit code 1 on any error."""
import json, os, sys, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"thank_you", "check_in", "rejection_reply", "offer", "withdrawal"}
LABELS = {"fine", "negative", "asks_outcome", "informal"}
CODES = {"negative", "asks_outcome", "informal", "spelling", "generic"}
errors = []

def wc(t):
    return len(t.split())

def load(fn):
    rows = []
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"{fn}:{i}: blank line"); continue
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"{fn}:{i}: bad JSON {e}"); continue
            if not isinstance(r, dict):
                errors.append(f"{fn}:{i}: not an object"); continue
            rows.append((i, r))
    return rows

# sentences
S = load("sentences.jsonl")
seen = {}
for i, r in S:
    if set(r) != {"text", "label", "kind"}:
        errors.append(f"sentences:{i}: keys {sorted(r)}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        errors.append(f"sentences:{i}: empty text")
    if r["label"] not in LABELS: errors.append(f"sentences:{i}: label {r['label']}")
    if r["kind"] not in KINDS: errors.append(f"sentences:{i}: kind {r['kind']}")
    n = wc(r["text"])
    if not 5 <= n <= 45: errors.append(f"sentences:{i}: {n} words")
    key = re.sub(r"\s+", " ", r["text"].strip().lower())
    if key in seen: errors.append(f"sentences:{i}: duplicate of line {seen[key]}")
    seen[key] = i
if len(S) < 300: errors.append(f"sentences: only {len(S)} lines")

# notes
N = load("notes.jsonl")
seen = {}
for i, r in N:
    if set(r) != {"text", "kind", "codes"}:
        errors.append(f"notes:{i}: keys {sorted(r)}"); continue
    if r["kind"] not in KINDS: errors.append(f"notes:{i}: kind {r['kind']}")
    c = r["codes"]
    if not isinstance(c, list) or any(x not in CODES for x in c) or len(set(c)) != len(c):
        errors.append(f"notes:{i}: codes {c}")
    if "generic" in c and r["kind"] != "thank_you":
        errors.append(f"notes:{i}: generic on non-thank_you")
    n = wc(r["text"])
    if not 60 <= n <= 250: errors.append(f"notes:{i}: {n} words")
    key = re.sub(r"\s+", " ", r["text"].strip().lower())
    if key in seen: errors.append(f"notes:{i}: duplicate of line {seen[key]}")
    seen[key] = i
if len(N) < 70: errors.append(f"notes: only {len(N)}")
clean = sum(1 for _, r in N if r.get("codes") == [])
if clean < 35: errors.append(f"notes: only {clean} clean")

# report
print("sentences:", len(S))
print("  by label:", dict(Counter(r["label"] for _, r in S)))
print("  by kind:", dict(Counter(r["kind"] for _, r in S)))
tab = Counter((r["label"], r["kind"]) for _, r in S)
ks = sorted(KINDS)
print("  label x kind:", "\t".join(ks))
for l in ["fine", "negative", "asks_outcome", "informal"]:
    print("   ", l, "\t".join(str(tab[(l, k)]) for k in ks))
w = [wc(r["text"]) for _, r in S]
print("  words min/max/mean:", min(w), max(w), round(sum(w)/len(w), 1))
print("notes:", len(N), "clean:", clean)
print("  by kind:", dict(Counter(r["kind"] for _, r in N)))
print("  code occurrences:", dict(Counter(x for _, r in N for x in r["codes"])))
print("  code sets:", dict(Counter(",".join(r["codes"]) or "(clean)" for _, r in N)))
w = [wc(r["text"]) for _, r in N]
print("  words min/max/mean:", min(w), max(w), round(sum(w)/len(w), 1))
print("errors:", len(errors))
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
