#!/usr/bin/python3
"""Validate sentences.jsonl and notes.jsonl in this folder. Prints 'N errors'."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"thank_you", "check_in", "rejection_reply", "offer", "withdrawal"}
LABELS = {"fine", "negative", "asks_outcome", "informal"}
CODES = {"negative", "asks_outcome", "informal", "spelling", "generic"}
errors = []

def err(msg):
    errors.append(msg)

def load(name, keys):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err("%s missing" % name)
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d blank line" % (name, i))
                continue
            try:
                obj = json.loads(line)
            except Exception as e:
                err("%s:%d bad JSON: %s" % (name, i, e))
                continue
            if not isinstance(obj, dict) or set(obj) != keys:
                err("%s:%d keys %s, expected %s" % (name, i, sorted(obj) if isinstance(obj, dict) else obj, sorted(keys)))
                continue
            if not isinstance(obj["text"], str) or not obj["text"].strip():
                err("%s:%d empty or non-string text" % (name, i))
                continue
            obj["_line"] = i
            rows.append(obj)
    return rows

def words(t):
    return len(t.split())

# ---- sentences
sents = load("sentences.jsonl", {"text", "label", "kind"})
for s in sents:
    if s["label"] not in LABELS:
        err("sentences:%d bad label %r" % (s["_line"], s["label"]))
    if s["kind"] not in KINDS:
        err("sentences:%d bad kind %r" % (s["_line"], s["kind"]))
    n = words(s["text"])
    if not 5 <= n <= 45:
        err("sentences:%d has %d words (need 5-45)" % (s["_line"], n))
    if "\n" in s["text"]:
        err("sentences:%d contains a newline" % s["_line"])
if len(sents) < 300:
    err("only %d sentences (need >= 300)" % len(sents))
lab = Counter(s["label"] for s in sents)
if sents:
    share = lab["fine"] / len(sents)
    if not 0.40 <= share <= 0.50:
        err("fine share %.3f outside 0.40-0.50" % share)
for l in LABELS - {"fine"}:
    if lab[l] < 50:
        err("label %s has %d sentences (need >= 50)" % (l, lab[l]))
pairs = Counter((s["kind"], s["label"]) for s in sents)
for k in KINDS:
    for l in LABELS:
        if pairs[(k, l)] == 0:
            err("no sentence with kind=%s label=%s" % (k, l))

# ---- notes
notes = load("notes.jsonl", {"text", "kind", "codes"})
codecount = Counter()
clean_kinds = Counter()
for n in notes:
    i = n["_line"]
    if n["kind"] not in KINDS:
        err("notes:%d bad kind %r" % (i, n["kind"]))
    c = n["codes"]
    if not isinstance(c, list) or any(x not in CODES for x in c) or len(set(c)) != len(c):
        err("notes:%d bad codes %r" % (i, c))
        continue
    if len(c) > 2:
        err("notes:%d has more than two codes" % i)
    if "generic" in c and n["kind"] != "thank_you":
        err("notes:%d generic on non-thank_you" % i)
    codecount.update(c)
    if not c:
        clean_kinds[n["kind"]] += 1
    w = words(n["text"])
    if not 60 <= w <= 250:
        err("notes:%d has %d words (need 60-250)" % (i, w))
    lines = [x for x in n["text"].split("\n") if x.strip()]
    if len(lines) < 4:
        err("notes:%d has only %d non-empty lines (greeting/body/sign-off/signature)" % (i, len(lines)))
    if "\n\n" not in n["text"]:
        err("notes:%d has no paragraph breaks" % i)
if len(notes) < 75:
    err("only %d notes (need >= 75)" % len(notes))
if sum(clean_kinds.values()) < 40:
    err("only %d clean notes (need >= 40)" % sum(clean_kinds.values()))
for k in KINDS:
    if clean_kinds[k] == 0:
        err("no clean note of kind %s" % k)
for c in CODES:
    if codecount[c] < 7:
        err("code %s on %d notes (need >= 7)" % (c, codecount[c]))
# layout variety
if not any(n["text"].startswith("To:") for n in notes):
    err("no note with a To: header line")
if not any("," in n["text"].split("\n")[0] and len(n["text"].split("\n")[0].split()) > 6 for n in notes):
    err("no note whose greeting shares its line with the first sentence")

# ---- duplicates within and across files (case-insensitive)
seen = {}
for name, rows in (("sentences", sents), ("notes", notes)):
    for r in rows:
        key = " ".join(r["text"].lower().split())
        if key in seen:
            err("duplicate text: %s:%d and %s" % (name, r["_line"], seen[key]))
        else:
            seen[key] = "%s:%d" % (name, r["_line"])

for e in errors:
    print(e)
print("%d errors" % len(errors))
print("sentences: %d %s" % (len(sents), dict(lab)), file=sys.stderr)
print("notes: %d, clean %d %s, codes %s" % (len(notes), sum(clean_kinds.values()), dict(clean_kinds), dict(codecount)), file=sys.stderr)
sys.exit(1 if errors else 0)
