#!/usr/bin/env python3
"""Convert the hand-written source files in src/ to JSON lines.
This script only parses and re-orders text written by hand; it writes none of its own."""
import json, random, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
KINDS = {"thank_you", "check_in", "rejection_reply", "offer", "withdrawal"}
ABBR = {"t": "thank_you", "c": "check_in", "r": "rejection_reply", "o": "offer", "w": "withdrawal"}

def sentences():
    out = []
    for label in ["fine", "negative", "asks", "informal"]:
        lab = "asks_outcome" if label == "asks" else label
        for line in open(os.path.join(SRC, f"sentences_{label}.txt"), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            k, text = line.split("\t", 1)
            out.append({"text": text.strip(), "label": lab, "kind": ABBR[k]})
    return out

def blocks(fn):
    res = []
    cur = None
    for line in open(os.path.join(SRC, fn), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("### "):
            cur = [line[4:].split(), []]
            res.append(cur)
        else:
            cur[1].append(line)
    return res

def notes():
    clean = {}
    out = []
    for hdr, lines in blocks("notes_clean.txt"):
        nid, kind = hdr[0], hdr[1]
        text = "\n".join(lines).strip()
        clean[nid] = (kind, text)
        out.append((nid, {"text": text, "kind": kind, "codes": []}))
    for hdr, lines in blocks("notes_copies.txt"):
        nid, base, codes = hdr[0], hdr[1], hdr[2:]
        kind, text = clean[base]
        body = "\n".join(lines)
        pairs = re.findall(r"@@old\n(.*?)\n@@new\n(.*?)(?=\n@@old\n|\Z)", body, re.S)
        assert pairs, nid
        for old, new in pairs:
            new = new.rstrip("\n")
            assert text.count(old) == 1, (nid, old)
            text = text.replace(old, new)
        out.append((nid, {"text": text, "kind": kind, "codes": codes}))
    for hdr, lines in blocks("notes_extra.txt"):
        nid, kind, codes = hdr[0], hdr[1], hdr[2:]
        out.append((nid, {"text": "\n".join(lines).strip(), "kind": kind, "codes": codes}))
    return out

if __name__ == "__main__":
    rnd = random.Random(11)
    s = sentences()
    rnd.shuffle(s)
    with open(os.path.join(HERE, "sentences.jsonl"), "w", encoding="utf-8") as f:
        for r in s:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = notes()
    rnd.shuffle(n)
    with open(os.path.join(HERE, "notes.jsonl"), "w", encoding="utf-8") as f:
        for _, r in n:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SRC, "note_order.txt"), "w", encoding="utf-8") as f:
        for i, (nid, r) in enumerate(n, 1):
            f.write(f"{i}\t{nid}\t{r['kind']}\t{','.join(r['codes'])}\n")
    print(len(s), "sentences;", len(n), "notes")
