import json
exec(open('notes_clean.py').read())
exec(open('notes_mut.py').read())
LAB = {'sent_fine.txt':'fine','sent_neg.txt':'negative','sent_ask.txt':'asks_outcome','sent_inf.txt':'informal'}
KIND = {'T':'thank_you','C':'check_in','R':'rejection_reply','O':'offer','W':'withdrawal'}
with open('sentences.jsonl','w') as f:
    for fn,lab in LAB.items():
        for line in open(fn, encoding='utf-8'):
            line=line.strip()
            if not line: continue
            k,t=line.split('|',1)
            f.write(json.dumps({'text':t.strip(),'label':lab,'kind':KIND[k]},ensure_ascii=False)+'\n')
notes=[]
for k,t in CLEAN: notes.append({'text':t,'kind':k,'codes':[]})
for i,code,old,new in COPIES:
    k,t=CLEAN[i]
    assert t.count(old)==1,(i,old)
    notes.append({'text':t.replace(old,new),'kind':k,'codes':[code]})
for i,t in GENERIC:
    k,_=CLEAN[i]; assert k=='thank_you'
    notes.append({'text':t,'kind':k,'codes':['generic']})
for k,codes,t in EXTRA: notes.append({'text':t,'kind':k,'codes':codes})
with open('notes.jsonl','w') as f:
    for n in notes: f.write(json.dumps(n,ensure_ascii=False)+'\n')
print(len(notes))
