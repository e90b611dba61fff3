#!/usr/bin/env python3
import json, collections, sys
LABELS={'fine','negative','asks_outcome','informal'}
KINDS={'thank_you','check_in','rejection_reply','offer','withdrawal'}
CODES={'negative','asks_outcome','informal','spelling','generic'}
err=[]
S=[json.loads(l) for l in open('sentences.jsonl',encoding='utf-8')]
N=[json.loads(l) for l in open('notes.jsonl',encoding='utf-8')]
seen=set()
for i,s in enumerate(S,1):
    if set(s)!={'text','label','kind'}: err.append(('keys',i))
    if s['label'] not in LABELS: err.append(('label',i))
    if s['kind'] not in KINDS: err.append(('kind',i))
    w=len(s['text'].split())
    if not 5<=w<=45: err.append(('words',i,w,s['text']))
    key=s['text'].lower().strip()
    if key in seen: err.append(('dup',i))
    seen.add(key)
seen=set()
for i,n in enumerate(N,1):
    if set(n)!={'text','kind','codes'}: err.append(('nkeys',i))
    if n['kind'] not in KINDS: err.append(('nkind',i))
    if any(c not in CODES for c in n['codes']): err.append(('code',i))
    if len(set(n['codes']))!=len(n['codes']): err.append(('repeat',i))
    if 'generic' in n['codes'] and n['kind']!='thank_you': err.append(('generic kind',i))
    w=len(n['text'].split())
    if not 60<=w<=220: err.append(('nwords',i,w,n['text'][:60]))
    if n['text'] in seen: err.append(('ndup',i))
    seen.add(n['text'])
for e in err: print(e)
print('errors:',len(err))
c=collections.Counter
print(c(s['label'] for s in S)); print(c(s['kind'] for s in S))
print(c(tuple(n['codes']) for n in N)); print(len(S),len(N))
