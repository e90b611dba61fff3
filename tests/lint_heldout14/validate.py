#!/usr/bin/python3
"""Validate sentences.jsonl and notes.jsonl. Prints counts; exits 1 on any error."""
import json, sys, collections
KINDS={'thank_you','check_in','rejection_reply','offer','withdrawal'}
LABELS={'fine','negative','asks_outcome','informal'}
CODES={'negative','asks_outcome','informal','spelling','generic'}
errs=[]
def load(fn, keys):
    rows=[]
    for i,line in enumerate(open(fn,encoding='utf-8'),1):
        if not line.strip(): errs.append(f'{fn}:{i} blank line'); continue
        try: o=json.loads(line)
        except Exception as e: errs.append(f'{fn}:{i} bad JSON {e}'); continue
        if not isinstance(o,dict) or set(o)!=keys: errs.append(f'{fn}:{i} keys {list(o) if isinstance(o,dict) else o}'); continue
        rows.append((i,o))
    return rows
S=load('sentences.jsonl',{'text','label','kind'})
lab=collections.Counter(); seen=set()
for i,o in S:
    t=o['text']
    if not isinstance(t,str) or not t.strip(): errs.append(f's:{i} empty text'); continue
    if o['label'] not in LABELS: errs.append(f's:{i} label {o["label"]}')
    if o['kind'] not in KINDS: errs.append(f's:{i} kind {o["kind"]}')
    n=len(t.split())
    if not 5<=n<=45: errs.append(f's:{i} {n} words')
    key=' '.join(t.lower().split())
    if key in seen: errs.append(f's:{i} duplicate')
    seen.add(key); lab[o['label']]+=1
if len(S)<300: errs.append(f'only {len(S)} sentences')
for l in LABELS-{'fine'}:
    if lab[l]<50: errs.append(f'label {l} only {lab[l]}')
share=lab['fine']/max(1,len(S))
if not 0.40<=share<=0.50: errs.append(f'fine share {share:.2f}')
N=load('notes.jsonl',{'text','kind','codes'})
cc=collections.Counter(); clean=0; nseen=set()
for i,o in N:
    t=o['text']
    if not isinstance(t,str) or not t.strip(): errs.append(f'n:{i} empty'); continue
    if o['kind'] not in KINDS: errs.append(f'n:{i} kind')
    if not isinstance(o['codes'],list) or any(c not in CODES for c in o['codes']) or len(set(o['codes']))!=len(o['codes']):
        errs.append(f'n:{i} codes {o["codes"]}'); continue
    if 'generic' in o['codes'] and o['kind']!='thank_you': errs.append(f'n:{i} generic on {o["kind"]}')
    n=len(t.split())
    if not 60<=n<=250: errs.append(f'n:{i} {n} words')
    if len([l for l in t.split('\n') if l.strip()])<4: errs.append(f'n:{i} too few lines (greeting/body/sign-off/signature)')
    key=' '.join(t.lower().split())
    if key in nseen: errs.append(f'n:{i} duplicate')
    nseen.add(key)
    if not o['codes']: clean+=1
    cc.update(o['codes'])
if len(N)<75: errs.append(f'only {len(N)} notes')
if clean<40: errs.append(f'only {clean} clean notes')
for c in CODES:
    if cc[c]<7: errs.append(f'code {c} on only {cc[c]} notes')
print('sentences',len(S),dict(lab),f'fine share {share:.3f}')
print('sentence kinds',dict(collections.Counter(o['kind'] for _,o in S)))
print('notes',len(N),'clean',clean,'codes',dict(cc))
print('note kinds',dict(collections.Counter(o['kind'] for _,o in N)))
for e in errs: print('ERROR',e)
print(f'{len(errs)} errors')
sys.exit(1 if errs else 0)
