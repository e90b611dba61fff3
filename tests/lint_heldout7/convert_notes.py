#!/usr/bin/env python3
"""Converts hand-written nparts/n*.txt into notes.jsonl. Each note starts with a header line
'### <kind>: <code>, <code>' followed by the note text written by hand. No text is generated."""
import json, glob, os
here = os.path.dirname(os.path.abspath(__file__))
out = []
for p in sorted(glob.glob(os.path.join(here, 'nparts', 'n*.txt'))):
    cur = None
    for line in open(p, encoding='utf-8'):
        if line.startswith('### '):
            if cur: out.append(cur)
            kind, codes = line[4:].split(':', 1)
            cur = {'text': '', 'kind': kind.strip(),
                   'codes': [c.strip() for c in codes.split(',') if c.strip()]}
        else:
            cur['text'] += line
    if cur: out.append(cur)
for r in out:
    r['text'] = r['text'].strip('\n')
with open(os.path.join(here, 'notes.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
