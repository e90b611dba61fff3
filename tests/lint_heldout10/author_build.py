#!/usr/bin/env python3
"""Convert hand-written source files to JSON lines. Adds no text of its own:
copies are made by applying the hand-written old->new replacements in notes_src.txt."""
import json

KINDS = {"t": "thank_you", "c": "check_in", "r": "rejection_reply", "o": "offer", "w": "withdrawal"}
LABELS = {"f": "fine", "n": "negative", "a": "asks_outcome", "i": "informal"}

with open("sentences_src.txt", encoding="utf-8") as f, open("sentences.jsonl", "w", encoding="utf-8") as out:
    for line in f:
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        lab, kind, text = line.split("|", 2)
        out.write(json.dumps({"text": text.strip(), "label": LABELS[lab], "kind": KINDS[kind]}, ensure_ascii=False) + "\n")

blocks = []
cur = None
with open("notes_src.txt", encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("@@ "):
            cur = {"head": line[3:].split(), "body": []}
            blocks.append(cur)
        else:
            cur["body"].append(line)

originals, records = {}, []
for b in blocks:
    h = b["head"]
    if h[0] == "COPY":
        src_id, code = h[1], h[2]
        text, kind = originals[src_id]
        pairs = [l for l in b["body"] if l.strip()]
        assert len(pairs) % 2 == 0, h
        for i in range(0, len(pairs), 2):
            assert pairs[i].startswith("- ") and pairs[i + 1].startswith("+ "), h
            old, new = pairs[i][2:], pairs[i + 1][2:]
            assert text.count(old) == 1, (h, old)
            text = text.replace(old, new)
        records.append({"id": src_id + "-" + code, "source": src_id, "text": text, "kind": kind, "codes": [code]})
    else:
        nid, kind, codes = h
        text = "\n".join(b["body"]).strip("\n")
        codes = [] if codes == "-" else codes.split(",")
        if not codes:
            originals[nid] = (text, kind)
        records.append({"id": nid, "source": None, "text": text, "kind": kind, "codes": codes})

with open("notes.jsonl", "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps({"text": r["text"], "kind": r["kind"], "codes": r["codes"]}, ensure_ascii=False) + "\n")
with open("notes_index.tsv", "w", encoding="utf-8") as out:
    out.write("line\tid\tcopy_of\tkind\tcodes\n")
    for i, r in enumerate(records, 1):
        out.write(f"{i}\t{r['id']}\t{r['source'] or ''}\t{r['kind']}\t{','.join(r['codes'])}\n")
print(len(records), "notes written")
