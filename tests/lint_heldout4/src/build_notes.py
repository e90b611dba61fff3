import json,re
from collections import Counter
KINDS={'thank_you','check_in','rejection_reply','offer','withdrawal'}
CODES={'negative','asks_outcome','informal','spelling','generic'}
notes=[]
for f in ['notesA.txt','notesB.txt','notesC.txt','notesD.txt','notesE.txt','notesF.txt']:
    parts=re.split(r'^=== ',open(f,encoding='utf-8').read(),flags=re.M)
    for p in parts:
        if not p.strip(): continue
        head,body=p.split('\n',1)
        kind,codes=[x.strip() for x in head.split('|')]
        codes=[c.strip() for c in codes.split(',') if c.strip()]
        assert kind in KINDS and all(c in CODES for c in codes),head
        if 'generic' in codes: assert kind=='thank_you'
        notes.append({'text':body.strip(),'kind':kind,'codes':codes})
with open('../notes.jsonl','w',encoding='utf-8') as o:
    for n in notes: o.write(json.dumps(n,ensure_ascii=False)+'\n')
print(len(notes),'clean',sum(1 for n in notes if not n['codes']))
print(Counter(n['kind'] for n in notes))
print(Counter(c for n in notes for c in n['codes']))
print(Counter(len(n['codes']) for n in notes))
