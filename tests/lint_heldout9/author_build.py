#!/usr/bin/env python3
"""Convert the hand-written source files into JSON lines. Adds no text of its own:
sentences are copied verbatim; copy-notes are the clean note with the hand-written
replacements from notes_copies_src.txt applied (each old string must occur exactly once)."""
import json, re

KIND = {"t": "thank_you", "c": "check_in", "r": "rejection_reply", "o": "offer", "w": "withdrawal"}
LABEL = {"f": "fine", "n": "negative", "a": "asks_outcome", "i": "informal"}

def sentences():
    out = []
    for line in open("sentences_src.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        lab, kind, text = line.split("|", 2)
        out.append({"text": text.strip(), "label": LABEL[lab], "kind": KIND[kind]})
    return out

HDR = re.compile(r"^### (.*)$")

def blocks(path):
    cur, body = None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = HDR.match(line)
        if m:
            if cur is not None:
                yield cur, body
            cur = dict(kv.split("=", 1) for kv in m.group(1).split())
            body = []
        elif cur is not None:
            body.append(line.rstrip())
        # lines before the first header are comments
    if cur is not None:
        yield cur, body

def codes(s):
    return [c for c in s.split(",") if c]

def notes():
    out, clean = [], {}
    for path in ("notes_clean_src.txt", "notes_extra_src.txt"):
        for h, body in blocks(path):
            text = "\n".join(body).strip()
            if path == "notes_clean_src.txt":
                assert codes(h["codes"]) == [], h
                clean[h["id"]] = (text, h["kind"])
            out.append({"id": h["id"], "text": text, "kind": h["kind"], "codes": codes(h["codes"])})
    copies = []
    for h, body in blocks("notes_copies_src.txt"):
        src, kind = clean[h["from"]]
        assert kind == h["kind"], h
        text = src
        pairs = [l for l in body if l.startswith("<<< ") or l.startswith(">>> ")]
        assert len(pairs) % 2 == 0 and pairs, h
        for i in range(0, len(pairs), 2):
            old, new = pairs[i][4:], pairs[i + 1][4:]
            assert pairs[i].startswith("<<< ") and pairs[i + 1].startswith(">>> "), h
            assert text.count(old) == 1, (h["id"], old)
            text = text.replace(old, new)
        copies.append({"id": h["id"], "text": text, "kind": h["kind"],
                       "codes": codes(h["codes"]), "copy_of": h["from"]})
    return out, copies

if __name__ == "__main__":
    s = sentences()
    with open("sentences.jsonl", "w", encoding="utf-8") as f:
        for r in s:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    base, copies = notes()
    # order: clean notes, then copies, then extra notes (kept as in files but interleaving not needed)
    clean = [n for n in base if not n["codes"]]
    extra = [n for n in base if n["codes"]]
    with open("notes.jsonl", "w", encoding="utf-8") as f:
        for n in clean + copies + extra:
            rec = {"text": n["text"], "kind": n["kind"], "codes": n["codes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # side file mapping ids (not part of the required schema)
    with open("notes_ids.tsv", "w", encoding="utf-8") as f:
        f.write("line\tid\tcopy_of\n")
        for i, n in enumerate(clean + copies + extra, 1):
            f.write(f"{i}\t{n['id']}\t{n.get('copy_of', '')}\n")
    print(len(s), "sentences;", len(clean), "clean notes,", len(copies), "copies,", len(extra), "extra")
