#!/usr/bin/env python3
"""Build the invented quote test set from marked-up sources.

Source files: src/*.txt beside this script. Each article starts with a header line
    ### inv-a-001 | 2026-03-04 | topic words
followed by the article text (paragraphs separated by blank lines) with inline markup:
    ⟦Qg|words⟧   direct quote, the words INSIDE the quote marks, attribution group g
    ⟦Mg|words⟧   mixed (partial) quote inside indirect speech, group g
    ⟦Sg|mention⟧ speaker mention for group g (⟦S1,3|he⟧ serves groups 1 and 3)
    ⟦Cg|cue⟧     cue for group g (⟦C1,3|said⟧ likewise)
Markup never nests. Quote marks themselves are written as plain text around ⟦Q…⟧.
Lines starting with '%%' are comments.

Usage: python3 build.py            -> writes inv-a.jsonl, inv-b.jsonl and prints counts
"""

import collections
import glob
import json
import os
import re
import sys
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = re.compile(r"⟦([QMSC])([\d,]+)\|(.*?)⟧", re.S)
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "hers"}
OPEN = '“‘"'
CLOSE = '”’"'


def parse_source(path):
    docs = []
    cur = None
    for line in Path(path).read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("%%"):
            continue
        if line.startswith("### "):
            parts = [p.strip() for p in line[4:].split("|")]
            cur = {"doc": parts[0], "date": parts[1], "raw": []}
            docs.append(cur)
        elif cur is not None:
            cur["raw"].append(line)
    for d in docs:
        d["raw"] = "".join(d["raw"]).strip("\n") + "\n"
    return docs


def build(d):
    raw = d["raw"]
    out, pos, last = [], 0, 0
    quotes, speakers, cues = [], collections.defaultdict(list), {}
    for m in TAG.finditer(raw):
        out.append(raw[last : m.start()])
        pos += m.start() - last
        kind, ids, body = m.group(1), [int(x) for x in m.group(2).split(",")], m.group(3)
        if "⟦" in body or "⟧" in body:
            raise ValueError(f"{d['doc']}: nested markup in {body[:40]!r}")
        s, e = pos, pos + len(body)
        out.append(body)
        pos = e
        last = m.end()
        if kind in "QM":
            assert len(ids) == 1, (d["doc"], body)
            quotes.append(
                {
                    "start": s,
                    "end": e,
                    "text": body,
                    "group": ids[0],
                    "type": "direct" if kind == "Q" else "mixed",
                }
            )
        elif kind == "S":
            for g in ids:
                speakers[g].append((s, e, body))
        else:
            for g in ids:
                assert g not in cues, (d["doc"], "two cues for group", g)
                cues[g] = body
    out.append(raw[last:])
    text = "".join(out).rstrip("\n")
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"{d['doc']}: unparsed markup")
    groups = sorted({q["group"] for q in quotes})
    for g in groups:
        if g not in speakers:
            print(f"WARN {d['doc']}: group {g} has no speaker", file=sys.stderr)
        if g not in cues:
            raise ValueError(f"{d['doc']}: group {g} has no cue")
    for g in speakers:
        assert g in groups, (d["doc"], "speaker for unknown group", g)
    # renumber groups 0.. in order of first appearance
    order = {}
    for q in quotes:
        order.setdefault(q["group"], len(order))
    recs = []
    for q in quotes:
        g = q["group"]
        sp = speakers.get(g, [])
        assert len(sp) <= 1, (d["doc"], "several speaker mentions for group", g)
        s0, s1, name = sp[0] if sp else (None, None, "")
        # checks
        assert text[q["start"] : q["end"]] == q["text"], d["doc"]
        before = text[q["start"] - 1] if q["start"] else ""
        after = text[q["end"]] if q["end"] < len(text) else "\n"
        assert before in OPEN, (d["doc"], "no opening mark before", q["text"][:40], before)
        assert after in CLOSE or after == "\n", (d["doc"], "no closing mark after", q["text"][-40:], after)
        if sp:
            assert text[s0:s1] == name and 0 <= s0 < s1 <= len(text)
        recs.append(
            {
                "start": q["start"],
                "end": q["end"],
                "text": q["text"],
                "speaker": name,
                "speaker_spans": [[s0, s1]] if sp else [],
                "cue": cues[g],
                "group": order[g],
                "type": q["type"],
                "pronoun_speaker": name.lower() in PRONOUNS,
            }
        )
    return {"doc": d["doc"], "publisher": "invented", "date": d["date"], "text": text, "quotes": recs}


def unlisted_marks(rec):
    """Count opening quote marks in the text that do not open a labelled quote.
    For straight quotes, pair them up; for ‘ count only ‘ (’ doubles as apostrophe)."""
    t = rec["text"]
    starts = {q["start"] for q in rec["quotes"]}
    spans = [(q["start"], q["end"]) for q in rec["quotes"]]
    nested = outside = 0
    straight = [i for i, c in enumerate(t) if c == '"']
    opens = [i for i, c in enumerate(t) if c in "“‘"] + straight[0::2]
    for i in opens:
        if i + 1 not in starts:
            if any(s <= i < e for s, e in spans):
                nested += 1
            else:
                outside += 1
    return nested, outside


def main():
    docs = []
    for p in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        docs.extend(parse_source(p))
    seen = set()
    sets = {"a": [], "b": []}
    for d in docs:
        assert d["doc"] not in seen, d["doc"]
        seen.add(d["doc"])
        rec = build(d)
        sets[d["doc"].split("-")[1]].append(rec)
    for k, recs in sets.items():
        recs.sort(key=lambda r: r["doc"])
        with open(os.path.join(HERE, f"inv-{k}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        qs = [q for r in recs for q in r["quotes"]]
        c = collections.Counter(q["type"] for q in qs)
        print(
            f"set {k}: articles={len(recs)} quotes={len(qs)} direct={c['direct']} mixed={c['mixed']} "
            f"pronoun={sum(q['pronoun_speaker'] for q in qs)} no_speaker={sum(not q['speaker_spans'] for q in qs)} "
            f"groups={sum(len({q['group'] for q in r['quotes']}) for r in recs)} "
            f"unlisted_outside={sum(unlisted_marks(r)[1] for r in recs)} nested_in_quotes={sum(unlisted_marks(r)[0] for r in recs)} words={sum(len(r['text'].split()) for r in recs)}"
        )


if __name__ == "__main__":
    main()
