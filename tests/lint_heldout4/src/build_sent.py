import json
K={'T':'thank_you','C':'check_in','R':'rejection_reply','O':'offer','W':'withdrawal'}
rows=[]
for f,lab in [('fine1.txt','fine'),('fine2.txt','fine'),('neg.txt','negative'),('ask.txt','asks_outcome'),('inf.txt','informal')]:
    for line in open(f,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        k,t=line.split(':: ',1)
        rows.append({'text':t.strip(),'label':lab,'kind':K[k]})
import random; random.seed(4); random.shuffle(rows)
texts=[r['text'] for r in rows]; assert len(texts)==len(set(texts))
with open('../sentences.jsonl','w',encoding='utf-8') as o:
    for r in rows: o.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
print(len(rows),Counter(r['label'] for r in rows),Counter(r['kind'] for r in rows))
