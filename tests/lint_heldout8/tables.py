#!/usr/bin/env python3
"""Prints markdown count tables from the JSONL files (counts only)."""
import json, collections
S=[json.loads(l) for l in open('sentences.jsonl',encoding='utf-8')]
N=[json.loads(l) for l in open('notes.jsonl',encoding='utf-8')]
C=collections.Counter
LB=['fine','negative','asks_outcome','informal']; KD=['thank_you','check_in','rejection_reply','offer','withdrawal']
def t(title,cnt,keys):
    out=[f'**{title}**','','| value | n |','|---|---|']+[f'| {k} | {cnt[k]} |' for k in keys]+[f'| total | {sum(cnt.values())} |','']
    return '\n'.join(out)
o=[t('Sentences by label',C(s['label'] for s in S),LB),t('Sentences by kind',C(s['kind'] for s in S),KD)]
x=C((s['label'],s['kind']) for s in S)
o+=['**Sentences label × kind**','','| label | '+' | '.join(KD)+' | total |','|---'*(len(KD)+2)+'|']
for l in LB: o.append(f'| {l} | '+' | '.join(str(x[(l,k)]) for k in KD)+f' | {sum(x[(l,k)] for k in KD)} |')
o.append('')
cc=C(c for n in N for c in n['codes']); cc['(none)']=sum(1 for n in N if not n['codes'])
o.append(t('Notes by code (a note with two codes counts under both)',cc,['(none)','negative','asks_outcome','informal','spelling','generic']).replace('| total |','| code assignments |'))
o.append(t('Notes by kind',C(n['kind'] for n in N),KD))
combo=C('+'.join(n['codes']) or '(clean)' for n in N)
o.append(t('Notes by code combination',combo,[k for k,_ in combo.most_common()]))
print('\n'.join(o))
