import json
L={'F':'fine','N':'negative','A':'asks_outcome','I':'informal'}
K={'T':'thank_you','C':'check_in','R':'rejection_reply','O':'offer','W':'withdrawal'}
with open('sentences_src.txt',encoding='utf-8') as f, open('sentences.jsonl','w',encoding='utf-8') as o:
    for line in f:
        line=line.rstrip('\n')
        if not line: continue
        l,k,t=line.split('|',2)
        o.write(json.dumps({'text':t,'label':L[l],'kind':K[k]},ensure_ascii=False)+'\n')
