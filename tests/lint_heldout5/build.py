import json,glob,sys
K={'T':'thank_you','C':'check_in','R':'rejection_reply','O':'offer','W':'withdrawal'}
L={'f':'fine','n':'negative','a':'asks_outcome','i':'informal'}
out=[]
for fn in sorted(glob.glob('/work/heldout5/parts/s*.txt')):
    for ln in open(fn,encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        lab,kind,text=ln.split('|',2)
        out.append({"text":text.strip(),"label":L[lab],"kind":K[kind]})
with open('/work/heldout5/sentences.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
from collections import Counter
print(len(out),Counter(o['label'] for o in out),Counter(o['kind'] for o in out))
