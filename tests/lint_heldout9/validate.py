#!/usr/bin/env python3
"""Validate sentences.jsonl and notes.jsonl. Prints errors and counts; exit code 1 if any error."""
import json, sys
from collections import Counter

LABELS = {"fine", "negative", "asks_outcome", "informal"}
KINDS = {"thank_you", "check_in", "rejection_reply", "offer", "withdrawal"}
CODES = {"negative", "asks_outcome", "informal", "spelling", "generic"}
errors = []

def words(t):
    return len(t.split())

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"{path}:{i}: blank line"); continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"{path}:{i}: invalid JSON ({e})")
    return rows

sents = load("sentences.jsonl")
seen = {}
for i, r in sents:
    if not isinstance(r, dict) or set(r) != {"text", "label", "kind"}:
        errors.append(f"sentences:{i}: keys {sorted(r) if isinstance(r, dict) else type(r)}"); continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        errors.append(f"sentences:{i}: empty text")
    if r["label"] not in LABELS: errors.append(f"sentences:{i}: bad label {r['label']}")
    if r["kind"] not in KINDS: errors.append(f"sentences:{i}: bad kind {r['kind']}")
    w = words(r["text"])
    if not 5 <= w <= 45: errors.append(f"sentences:{i}: {w} words")
    key = " ".join(r["text"].lower().split())
    if key in seen: errors.append(f"sentences:{i}: duplicate of line {seen[key]}")
    seen[key] = i

notes = load("notes.jsonl")
seen = {}
for i, r in notes:
    if not isinstance(r, dict) or set(r) != {"text", "kind", "codes"}:
        errors.append(f"notes:{i}: keys {sorted(r) if isinstance(r, dict) else type(r)}"); continue
    if r["kind"] not in KINDS: errors.append(f"notes:{i}: bad kind {r['kind']}")
    c = r["codes"]
    if not isinstance(c, list) or any(x not in CODES for x in c) or len(set(c)) != len(c):
        errors.append(f"notes:{i}: bad codes {c}")
    elif "generic" in c and r["kind"] != "thank_you":
        errors.append(f"notes:{i}: generic on non-thank_you note")
    w = words(r["text"])
    if not 60 <= w <= 250: errors.append(f"notes:{i}: {w} words")
    key = " ".join(r["text"].lower().split())
    if key in seen: errors.append(f"notes:{i}: duplicate of line {seen[key]}")
    seen[key] = i

# sentence texts must not duplicate whole notes either
sl = Counter(r["label"] for _, r in sents)
nc = Counter(x for _, r in notes for x in r["codes"])
clean = sum(1 for _, r in notes if not r["codes"])
if len(sents) < 320: errors.append(f"only {len(sents)} sentences")
if len(notes) < 80: errors.append(f"only {len(notes)} notes")
if clean < 40: errors.append(f"only {clean} clean notes")

for e in errors: print("ERROR", e)
print(f"sentences={len(sents)} labels={dict(sl)}")
print(f"notes={len(notes)} clean={clean} codes={dict(nc)}")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
