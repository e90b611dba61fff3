#!/usr/bin/python3
"""Validate sentences.jsonl and notes.jsonl in this folder. Prints errors and counts; exit 1 on errors."""
import json, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {'fine','negative','asks_outcome','informal'}
KINDS = {'thank_you','check_in','rejection_reply','offer','withdrawal'}
CODES = {'negative','asks_outcome','informal','spelling','generic'}
errors = []
def err(m): errors.append(m)
def load(name, keys):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f'{name}:{n}: blank line'); continue
            try: o = json.loads(line)
            except Exception as e:
                err(f'{name}:{n}: bad JSON {e}'); continue
            if not isinstance(o, dict) or set(o) != keys:
                err(f'{name}:{n}: keys {sorted(o) if isinstance(o, dict) else type(o)} != {sorted(keys)}'); continue
            o['_line'] = n; rows.append(o)
    return rows
S = load('sentences.jsonl', {'text','label','kind'})
N = load('notes.jsonl', {'text','kind','codes'})
seen = {}
for o in S:
    n = o['_line']; t = o['text']
    if not isinstance(t, str) or not t.strip(): err(f'sentences:{n}: empty text'); continue
    if o['label'] not in LABELS: err(f'sentences:{n}: bad label {o["label"]}')
    if o['kind'] not in KINDS: err(f'sentences:{n}: bad kind {o["kind"]}')
    w = len(t.split())
    if not 5 <= w <= 45: err(f'sentences:{n}: {w} words')
    key = ' '.join(t.lower().split())
    if key in seen: err(f'sentences:{n}: duplicate of line {seen[key]}')
    seen[key] = n
lab = collections.Counter(o['label'] for o in S)
if len(S) < 320: err(f'only {len(S)} sentences')
for l in ('negative','asks_outcome','informal'):
    if lab[l] < 50: err(f'only {lab[l]} {l} sentences')
if S and not 0.40 <= lab['fine']/len(S) <= 0.50: err(f'fine share {lab["fine"]/len(S):.2f} not about 45%')
nseen = {}
for o in N:
    n = o['_line']; t = o['text']
    if not isinstance(t, str) or not t.strip(): err(f'notes:{n}: empty text'); continue
    if o['kind'] not in KINDS: err(f'notes:{n}: bad kind {o["kind"]}')
    c = o['codes']
    if not isinstance(c, list) or any(x not in CODES for x in c) or len(set(c)) != len(c):
        err(f'notes:{n}: bad codes {c}')
    elif 'generic' in c and o['kind'] != 'thank_you': err(f'notes:{n}: generic on {o["kind"]}')
    w = len(t.split())
    if not 60 <= w <= 250: err(f'notes:{n}: {w} words')
    if len([l for l in t.split('\n') if l.strip()]) < 4: err(f'notes:{n}: too few lines for greeting/body/sign-off/signature')
    if t in nseen: err(f'notes:{n}: duplicate of line {nseen[t]}')
    nseen[t] = n
if len(N) < 75: err(f'only {len(N)} notes')
clean = sum(1 for o in N if o['codes'] == [])
if clean < 40: err(f'only {clean} clean notes')
cc = collections.Counter(x for o in N for x in o['codes'])
for c in CODES:
    if cc[c] < 6: err(f'code {c} in only {cc[c]} notes')
print('sentences:', len(S), dict(lab))
print('sentence kinds:', dict(collections.Counter(o['kind'] for o in S)))
print('label x kind:', dict(collections.Counter((o['label'], o['kind']) for o in S)))
print('notes:', len(N), 'clean:', clean, 'codes:', dict(cc))
print('note kinds:', dict(collections.Counter(o['kind'] for o in N)))
print('single-code notes:', sum(1 for o in N if len(o['codes']) == 1), 'multi-code:', sum(1 for o in N if len(o['codes']) > 1))
for e in errors: print('ERROR', e)
print(f'{len(errors)} errors')
sys.exit(1 if errors else 0)
