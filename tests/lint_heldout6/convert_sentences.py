#!/usr/bin/env python3
"""Converts hand-written parts/*.txt (CODE|text lines) to sentences.jsonl. Does not generate text."""
import json, glob, os, sys
LAB = {"F": "fine", "N": "negative", "A": "asks_outcome", "I": "informal"}
out, seen, problems, subtle = [], set(), [], {}
for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "parts", "*.txt"))):
    kind = os.path.basename(path)[:-4]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        code, text = line.split("|", 1)
        text = text.strip()
        assert code in LAB or (code[:1] in LAB and code[1:] == "s"), (path, n, code)
        if code.endswith("s"):
            subtle[LAB[code[0]]] = subtle.get(LAB[code[0]], 0) + 1
        code = code[0]
        wc = len(text.split())
        if not 5 <= wc <= 45:
            problems.append(f"{path}:{n} {wc} words: {text}")
        key = text.lower()
        if key in seen:
            problems.append(f"{path}:{n} duplicate: {text}")
            continue
        seen.add(key)
        out.append({"text": text, "label": LAB[code], "kind": kind})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "sentences")
json.dump(subtle, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "subtle_counts.json"), "w"))
print("subtle (source-marked):", subtle)
for p in problems:
    print("PROBLEM", p)
