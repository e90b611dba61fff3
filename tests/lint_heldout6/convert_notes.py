#!/usr/bin/env python3
"""Converts hand-written nparts/*.py (NOTES = [dict(...)]) to notes.jsonl. Does not generate text."""
import json, glob, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
out, problems = [], []
for path in sorted(glob.glob(os.path.join(HERE, "nparts", "*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for i, n in enumerate(mod.NOTES):
        text = n["text"].strip()
        wc = len(text.split())
        if not 60 <= wc <= 220:
            problems.append(f"{path}#{i} {wc} words")
        out.append({"text": text, "kind": n["kind"], "codes": list(n["codes"])})
with open(os.path.join(HERE, "notes.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "notes")
for p in problems: print("PROBLEM", p)
