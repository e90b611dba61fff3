#!/usr/bin/env python3
"""Validates sentences.jsonl and notes.jsonl; prints count tables in Markdown."""
import json, os, sys, collections, itertools
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["fine", "negative", "asks_outcome", "informal"]
KINDS = ["thank_you", "check_in", "rejection_reply", "offer", "withdrawal"]
CODES = ["negative", "asks_outcome", "informal", "spelling", "generic"]
errs = []
S = []
for i, l in enumerate(open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8"), 1):
    try: r = json.loads(l)
    except Exception as e: errs.append(f"sentences:{i} bad JSON {e}"); continue
    if set(r) != {"text", "label", "kind"}: errs.append(f"sentences:{i} keys {sorted(r)}")
    if r.get("label") not in LABELS: errs.append(f"sentences:{i} label {r.get('label')}")
    if r.get("kind") not in KINDS: errs.append(f"sentences:{i} kind {r.get('kind')}")
    if not 5 <= len(r["text"].split()) <= 45: errs.append(f"sentences:{i} length")
    S.append(r)
dup = [t for t, c in collections.Counter(r["text"].strip().lower() for r in S).items() if c > 1]
if dup: errs.append(f"duplicate sentences: {dup}")
N = []
for i, l in enumerate(open(os.path.join(HERE, "notes.jsonl"), encoding="utf-8"), 1):
    try: r = json.loads(l)
    except Exception as e: errs.append(f"notes:{i} bad JSON {e}"); continue
    if set(r) != {"text", "kind", "codes"}: errs.append(f"notes:{i} keys {sorted(r)}")
    if r.get("kind") not in KINDS: errs.append(f"notes:{i} kind")
    if not isinstance(r.get("codes"), list) or any(c not in CODES for c in r["codes"]): errs.append(f"notes:{i} codes {r.get('codes')}")
    if len(set(r["codes"])) != len(r["codes"]): errs.append(f"notes:{i} repeated code")
    if len(r["codes"]) > 2: errs.append(f"notes:{i} more than two faults")
    if "generic" in r["codes"] and r["kind"] != "thank_you": errs.append(f"notes:{i} generic on non-thank_you")
    if not 60 <= len(r["text"].split()) <= 220: errs.append(f"notes:{i} length")
    N.append(r)
dupn = [t for t, c in collections.Counter(r["text"] for r in N).items() if c > 1]
if dupn: errs.append("duplicate notes")

def table(rows, cols, cell, rowname):
    out = ["| " + rowname + " | " + " | ".join(cols) + " | total |", "|" + "---|" * (len(cols) + 2)]
    for r in rows:
        vals = [cell(r, c) for c in cols]
        out.append(f"| {r} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    tot = [sum(cell(r, c) for r in rows) for c in cols]
    out.append("| **total** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    return "\n".join(out)

lc = collections.Counter(r["label"] for r in S)
kc = collections.Counter(r["kind"] for r in S)
lk = collections.Counter((r["label"], r["kind"]) for r in S)
md = []
md.append(f"### Sentences ({len(S)})\n\nBy label:\n\n| label | n | % |\n|---|---|---|")
for l in LABELS: md.append(f"| {l} | {lc[l]} | {100*lc[l]/len(S):.1f} |")
md.append("\nBy kind:\n\n| kind | n |\n|---|---|")
for k in KINDS: md.append(f"| {k} | {kc[k]} |")
md.append("\nLabel × kind:\n")
md.append(table(LABELS, KINDS, lambda r, c: lk[(r, c)], "label \\ kind"))
sub = json.load(open(os.path.join(HERE, "subtle_counts.json")))
nonfine = len(S) - lc["fine"]
md.append(f"\nSubtle non-fine sentences (marked `Ns|`/`As|`/`Is|` in parts/*.txt, not exported): "
          + ", ".join(f"{k} {v}" for k, v in sub.items()) + f"; total {sum(sub.values())} of {nonfine} non-fine ({100*sum(sub.values())/nonfine:.0f}%).")
cc = collections.Counter(c for r in N for c in r["codes"])
nk = collections.Counter(r["kind"] for r in N)
combo = collections.Counter("+".join(r["codes"]) if r["codes"] else "(clean)" for r in N)
md.append(f"\n### Notes ({len(N)})\n\nBy code (a note with two codes counts under both):\n\n| code | n |\n|---|---|")
md.append(f"| (clean, no code) | {sum(1 for r in N if not r['codes'])} |")
for c in CODES: md.append(f"| {c} | {cc[c]} |")
md.append("\nBy kind:\n\n| kind | n | clean | with faults |\n|---|---|---|---|")
for k in KINDS:
    cl = sum(1 for r in N if r["kind"] == k and not r["codes"])
    md.append(f"| {k} | {nk[k]} | {cl} | {nk[k]-cl} |")
md.append("\nBy code combination:\n\n| codes | n |\n|---|---|")
for c, n in sorted(combo.items(), key=lambda x: (-x[1], x[0])): md.append(f"| {c} | {n} |")
ck = collections.Counter((c, r["kind"]) for r in N for c in (r["codes"] or ["(clean)"]))
md.append("\nCode × kind:\n")
md.append(table(["(clean)"] + CODES, KINDS, lambda r, c: ck[(r, c)], "code \\ kind"))
tables = "\n".join(md)
open(os.path.join(HERE, "tables.md"), "w", encoding="utf-8").write(tables + "\n")
print(tables)
if errs:
    print("\nERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("\nVALID: all lines JSON, labels/kinds/codes allowed, no repeated code, no duplicate sentence.")
