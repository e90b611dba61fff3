import json
from sent_data import S
from notes_data import CLEAN, COPIES, GENERIC, EXTRA
with open("sentences.jsonl","w",encoding="utf-8") as f:
    for (label,kind),lst in S.items():
        for t in lst:
            f.write(json.dumps({"text":t,"label":label,"kind":kind},ensure_ascii=False)+"\n")
notes=[]
for kind,t in CLEAN: notes.append({"text":t,"kind":kind,"codes":[],"source":"clean"})
for i,old,new,code in COPIES:
    kind,t=CLEAN[i]
    assert t.count(old)==1,(i,old)
    notes.append({"text":t.replace(old,new),"kind":kind,"codes":[code]})
for i,t in GENERIC:
    assert CLEAN[i][0]=="thank_you"
    notes.append({"text":t.strip(),"kind":"thank_you","codes":["generic"]})
for kind,codes,t in EXTRA:
    notes.append({"text":t.strip(),"kind":kind,"codes":codes})
with open("notes.jsonl","w",encoding="utf-8") as f:
    for n in notes:
        f.write(json.dumps({"text":n["text"],"kind":n["kind"],"codes":n["codes"]},ensure_ascii=False)+"\n")
print(len(notes))
