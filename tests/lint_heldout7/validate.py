#!/usr/bin/env python3
"""Validates sentences.jsonl and notes.jsonl and prints markdown count tables."""
import json, collections, os, sys
here = os.path.dirname(os.path.abspath(__file__))
LABELS = ['fine', 'negative', 'asks_outcome', 'informal']
KINDS = ['thank_you', 'check_in', 'rejection_reply', 'offer', 'withdrawal']
CODES = ['negative', 'asks_outcome', 'informal', 'spelling', 'generic']
err = []
S = [json.loads(l) for l in open(os.path.join(here, 'sentences.jsonl'), encoding='utf-8')]
N = [json.loads(l) for l in open(os.path.join(here, 'notes.jsonl'), encoding='utf-8')]
seen = set()
for i, r in enumerate(S):
    if set(r) != {'text', 'label', 'kind'}: err.append(('S keys', i))
    if r['label'] not in LABELS: err.append(('S label', i))
    if r['kind'] not in KINDS: err.append(('S kind', i))
    w = len(r['text'].split())
    if not 5 <= w <= 45: err.append(('S words', i, w))
    k = ' '.join(r['text'].lower().split())
    if k in seen: err.append(('S dup', i))
    seen.add(k)
seen = set()
for i, r in enumerate(N):
    if set(r) != {'text', 'kind', 'codes'}: err.append(('N keys', i))
    if r['kind'] not in KINDS: err.append(('N kind', i))
    if any(c not in CODES for c in r['codes']): err.append(('N code', i))
    if len(set(r['codes'])) != len(r['codes']): err.append(('N repeated code', i))
    if 'generic' in r['codes'] and r['kind'] != 'thank_you': err.append(('N generic kind', i))
    w = len(r['text'].split())
    if not 60 <= w <= 220: err.append(('N words', i, w))
    k = ' '.join(r['text'].lower().split())
    if k in seen: err.append(('N dup', i))
    seen.add(k)
def table(title, rows, cols, get):
    tot = len(cols) > 1
    out = [f'**{title}**', '', '| | ' + ' | '.join(cols) + (' | total |' if tot else ' |'), '|' + '---|' * (len(cols) + 1 + tot)]
    for r in rows:
        vals = [get(r, c) for c in cols]
        out.append(f'| {r} | ' + ' | '.join(map(str, vals)) + (f' | {sum(vals)} |' if tot else ' |'))
    return '\n'.join(out) + '\n'
lk = collections.Counter((r['label'], r['kind']) for r in S)
md = []
md.append(f'Sentences: {len(S)}\n')
md.append(table('Sentences by label', LABELS, ['count', '%'][:1], lambda r, c: sum(v for (l, k), v in lk.items() if l == r)))
md.append(table('Sentences by kind', KINDS, ['count'], lambda r, c: sum(v for (l, k), v in lk.items() if k == r)))
md.append(table('Sentences label × kind', LABELS, KINDS, lambda r, c: lk[(r, c)]))
md.append(f'Notes: {len(N)}\n')
md.append(table('Notes by code (a note may carry two)', CODES + ['(clean)'], ['count'],
                lambda r, c: sum(1 for n in N if (r in n['codes'] if r != '(clean)' else not n['codes']))))
md.append(table('Notes by kind', KINDS, ['count'], lambda r, c: sum(1 for n in N if n['kind'] == r)))
combo = collections.Counter(' + '.join(n['codes']) or '(clean)' for n in N)
md.append(table('Notes by code combination', sorted(combo, key=lambda x: -combo[x]), ['count'], lambda r, c: combo[r]))
md.append(table('Notes code × kind', CODES + ['(clean)'], KINDS,
                lambda r, c: sum(1 for n in N if n['kind'] == c and (r in n['codes'] if r != '(clean)' else not n['codes']))))
print('\n'.join(md))
print('ERRORS:', err if err else 'none', file=sys.stderr)
sys.exit(1 if err else 0)
