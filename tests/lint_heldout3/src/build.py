import json, random
SEED = 20261202
KIND = {"T":"thank_you","C":"check_in","R":"rejection_reply","W":"withdrawal","O":"offer"}
FILES = {"fine":"fine.txt","negative":"negative.txt","asks_outcome":"asks.txt","informal":"informal.txt"}
rows = []
for label, fn in FILES.items():
    for line in open(f"/work/heldout3/src/{fn}", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip(): continue
        k, text = line.split("|", 1)
        rows.append({"text": text.strip(), "label": label, "kind": KIND[k]})
texts = [r["text"] for r in rows]
assert len(texts) == len(set(texts)), "duplicate sentence"
rng = random.Random(SEED)
rng.shuffle(rows)
with open("/work/heldout3/sentences.jsonl", "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
exec(open("/work/heldout3/src/notes_clean.py", encoding="utf-8").read())
exec(open("/work/heldout3/src/notes_flawed.py", encoding="utf-8").read())
notes = [{"text": t, "kind": k, "codes": []} for k, t in CLEAN] + \
        [{"text": t, "kind": k, "codes": c} for k, c, t in FLAWED]
rng2 = random.Random(SEED + 1)
rng2.shuffle(notes)
with open("/work/heldout3/notes.jsonl", "w", encoding="utf-8") as f:
    for n in notes: f.write(json.dumps(n, ensure_ascii=False) + "\n")
print(len(rows), len(notes))
