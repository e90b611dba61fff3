#!/usr/bin/env python3
"""Converts hand-written parts/<kind>.txt (lines 'F:|N:|A:|I: text') into sentences.jsonl. No text is generated."""
import json, glob, os
LAB = {'F': 'fine', 'N': 'negative', 'A': 'asks_outcome', 'I': 'informal'}
out = []
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parts', '*.txt'))):
    kind = os.path.basename(p)[:-4]
    for n, line in enumerate(open(p, encoding='utf-8'), 1):
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(':', 1)
        out.append({'text': text.strip(), 'label': LAB[tag], 'kind': kind})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sentences.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
