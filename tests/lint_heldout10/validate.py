#!/usr/bin/env python3
"""Validate sentences.jsonl and notes.jsonl; print count tables. Exit 1 on any error."""
import json, re, sys
from collections import Counter

LABELS = {"fine", "negative", "asks_outcome", "informal"}
KINDS = ["thank_you", "check_in", "rejection_reply", "offer", "withdrawal"]
CODES = ["negative", "asks_outcome", "informal", "spelling", "generic"]
errors = []

def words(t):
    return len([w for w in t.split() if re.search(r"\w", w)])

def load(path, keys):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append(f"{path}:{n} invalid JSON ({e})"); continue
            if not isinstance(d, dict) or set(d) != keys:
                errors.append(f"{path}:{n} keys {sorted(d) if isinstance(d, dict) else type(d)} != {sorted(keys)}"); continue
            rows.append((n, d))
    return rows

sents = load("sentences.jsonl", {"text", "label", "kind"})
seen = {}
for n, d in sents:
    t = d["text"]
    if not isinstance(t, str) or not t.strip(): errors.append(f"sentences:{n} empty text"); continue
    if d["label"] not in LABELS: errors.append(f"sentences:{n} bad label {d['label']}")
    if d["kind"] not in KINDS: errors.append(f"sentences:{n} bad kind {d['kind']}")
    wc = words(t)
    if not 5 <= wc <= 45: errors.append(f"sentences:{n} {wc} words")
    key = re.sub(r"\W+", " ", t.lower()).strip()
    if key in seen: errors.append(f"sentences:{n} duplicate of line {seen[key]}")
    seen[key] = n
if len(sents) < 300: errors.append(f"only {len(sents)} sentences")

notes = load("notes.jsonl", {"text", "kind", "codes"})
seen = {}
for n, d in notes:
    t = d["text"]
    if d["kind"] not in KINDS: errors.append(f"notes:{n} bad kind {d['kind']}")
    c = d["codes"]
    if not isinstance(c, list) or any(x not in CODES for x in c) or len(set(c)) != len(c):
        errors.append(f"notes:{n} bad codes {c}")
    if "generic" in c and d["kind"] != "thank_you": errors.append(f"notes:{n} generic on non-thank_you")
    wc = words(t)
    if not 60 <= wc <= 250: errors.append(f"notes:{n} {wc} words")
    key = re.sub(r"\s+", " ", t).strip()
    if key in seen: errors.append(f"notes:{n} duplicate of line {seen[key]}")
    seen[key] = n
if len(notes) < 70: errors.append(f"only {len(notes)} notes")
clean = sum(1 for _, d in notes if not d["codes"])
if clean < 35: errors.append(f"only {clean} clean notes")

def table(title, rows, cols):
    print(f"\n{title}")
    print("| | " + " | ".join(cols) + " | total |")
    print("|" + "---|" * (len(cols) + 2))
    for r, cnt in rows:
        print(f"| {r} | " + " | ".join(str(cnt[c]) for c in cols) + f" | {sum(cnt.values())} |")

print(f"sentences: {len(sents)}   notes: {len(notes)} (clean {clean})")
lab = ["fine", "negative", "asks_outcome", "informal"]
table("Sentences label x kind", [(k, Counter(d["label"] for _, d in sents if d["kind"] == k)) for k in KINDS]
      + [("total", Counter(d["label"] for _, d in sents))], lab)
table("Notes code x kind (a note with two codes counts in both)",
      [(k, Counter(x for _, d in notes if d["kind"] == k for x in (d["codes"] or ["clean"]))) for k in KINDS]
      + [("total", Counter(x for _, d in notes for x in (d["codes"] or ["clean"])))], ["clean"] + CODES)
wcs = [words(d["text"]) for _, d in notes]; swc = [words(d["text"]) for _, d in sents]
print(f"\nsentence words min/max {min(swc)}/{max(swc)}; note words min/max {min(wcs)}/{max(wcs)}")
print(f"\n{len(errors)} errors")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
