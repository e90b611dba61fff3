#!/usr/bin/python3
import json, sys, collections
errs=[]
LABELS={"fine","negative","asks_outcome","informal"}
KINDS={"thank_you","check_in","rejection_reply","offer","withdrawal"}
CODES={"negative","asks_outcome","informal","spelling","generic"}
seen=set()
def load(fn):
    rows=[]
    for n,l in enumerate(open(fn,encoding="utf-8"),1):
        if not l.strip(): errs.append(f"{fn}:{n} blank line"); continue
        try: rows.append((n,json.loads(l)))
        except Exception as e: errs.append(f"{fn}:{n} bad JSON {e}")
    return rows
S=load("sentences.jsonl"); lab=collections.Counter()
for n,d in S:
    if not isinstance(d,dict) or set(d)!={"text","label","kind"}: errs.append(f"sentences:{n} keys"); continue
    if d["label"] not in LABELS: errs.append(f"sentences:{n} label")
    if d["kind"] not in KINDS: errs.append(f"sentences:{n} kind")
    w=len(d["text"].split())
    if not 5<=w<=45: errs.append(f"sentences:{n} {w} words")
    t=d["text"].strip().lower()
    if t in seen: errs.append(f"sentences:{n} duplicate")
    seen.add(t); lab[d["label"]]+=1
tot=sum(lab.values())
if tot<300: errs.append(f"only {tot} sentences")
if tot and not 0.40<=lab["fine"]/tot<=0.50: errs.append(f"fine share {lab['fine']/tot:.2f}")
for l in LABELS-{"fine"}:
    if lab[l]<50: errs.append(f"label {l} only {lab[l]}")
N=load("notes.jsonl"); cc=collections.Counter(); clean=0; kinds=collections.Counter()
for n,d in N:
    if not isinstance(d,dict) or set(d)!={"text","kind","codes"}: errs.append(f"notes:{n} keys"); continue
    if d["kind"] not in KINDS: errs.append(f"notes:{n} kind")
    c=d["codes"]
    if not isinstance(c,list) or len(set(c))!=len(c) or not set(c)<=CODES: errs.append(f"notes:{n} codes {c}")
    if "generic" in c and d["kind"]!="thank_you": errs.append(f"notes:{n} generic on {d['kind']}")
    w=len(d["text"].split())
    if not 60<=w<=250: errs.append(f"notes:{n} {w} words")
    if len([x for x in d["text"].split("\n") if x.strip()])<4: errs.append(f"notes:{n} layout (greeting/body/sign-off/signature)")
    t=d["text"].strip().lower()
    if t in seen: errs.append(f"notes:{n} duplicate")
    seen.add(t); cc.update(c); kinds[d["kind"]]+=1
    if not c: clean+=1
if len(N)<75: errs.append(f"only {len(N)} notes")
if clean<40: errs.append(f"only {clean} clean notes")
for c in CODES:
    if cc[c]<7: errs.append(f"code {c} on only {cc[c]} notes")
print("sentences:",tot,dict(lab))
print("notes:",len(N),"clean:",clean,"codes:",dict(cc),"kinds:",dict(kinds))
for e in errs: print("ERROR",e)
print(f"{len(errs)} errors"); sys.exit(1 if errs else 0)
