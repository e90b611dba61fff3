#!/usr/bin/env python3
"""Converts hand-written source files into JSONL. Generates no text."""
import json, glob, re, sys
L={'F':'fine','N':'negative','A':'asks_outcome','I':'informal'}
K={'T':'thank_you','C':'check_in','R':'rejection_reply','O':'offer','W':'withdrawal'}
KINDS=set(K.values()); CODES={'negative','asks_outcome','informal','spelling','generic'}
sents=[]
for f in ['src_fine.txt','src_neg.txt','src_ask.txt','src_inf.txt']:
    for n,line in enumerate(open(f,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        l,k,t=line.split(' ',2)
        sents.append({'text':t.strip(),'label':L[l],'kind':K[k]})
notes=[]
for f in sorted(glob.glob('src_notes*.txt')):
    raw=open(f,encoding='utf-8').read()
    for block in raw.split('=== ')[1:]:
        head,_,body=block.partition('\n')
        parts=head.split()
        notes.append({'text':body.strip('\n').rstrip()+'\n' if False else body.strip(),'kind':parts[0],'codes':parts[1:]})
with open('sentences.jsonl','w',encoding='utf-8') as o:
    for s in sents: o.write(json.dumps(s,ensure_ascii=False)+'\n')
with open('notes.jsonl','w',encoding='utf-8') as o:
    for s in notes: o.write(json.dumps(s,ensure_ascii=False)+'\n')
print(len(sents),'sentences',len(notes),'notes')
