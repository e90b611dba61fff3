import json,glob,importlib.util
from collections import Counter
allnotes=[]
for fn in sorted(glob.glob('/work/heldout5/nparts/n*.py')):
    spec=importlib.util.spec_from_file_location('m',fn); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    allnotes+=m.NOTES
with open('/work/heldout5/notes.jsonl','w',encoding='utf-8') as f:
    for n in allnotes: f.write(json.dumps({"text":n["text"],"kind":n["kind"],"codes":n["codes"]},ensure_ascii=False)+'\n')
print(len(allnotes),'clean',sum(1 for n in allnotes if not n['codes']))
print(Counter(c for n in allnotes for c in n['codes']),Counter(n['kind'] for n in allnotes))
