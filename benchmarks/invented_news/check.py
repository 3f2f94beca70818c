#!/usr/bin/env python3
"""Independent format check of inv-a.jsonl / inv-b.jsonl (what score_extraction.py expects)."""

import itertools
import json
from pathlib import Path

ok = True
for fn in ("inv-a.jsonl", "inv-b.jsonl"):
    docs = set()
    for ln, line in enumerate(Path(fn).read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        for k in ("doc", "publisher", "date", "text", "quotes"):
            assert k in r, (fn, ln, k)
        assert r["doc"] not in docs
        docs.add(r["doc"])
        t = r["text"]
        prev = -1
        for q in r["quotes"]:
            assert set(q) == {
                "start",
                "end",
                "text",
                "speaker",
                "speaker_spans",
                "cue",
                "group",
                "type",
                "pronoun_speaker",
            }, q.keys()
            assert (
                isinstance(q["start"], int)
                and isinstance(q["end"], int)
                and 0 <= q["start"] < q["end"] <= len(t)
            )
            assert t[q["start"] : q["end"]] == q["text"], (r["doc"], q["text"][:40])
            assert q["start"] > prev
            prev = q["start"]
            assert q["type"] in ("direct", "mixed")
            for s0, s1 in q["speaker_spans"]:
                assert 0 <= s0 < s1 <= len(t) and t[s0:s1] == q["speaker"], (r["doc"], q["speaker"])
                # speaker span must not overlap any quote span
                for q2 in r["quotes"]:
                    assert s1 <= q2["start"] or s0 >= q2["end"], (r["doc"], q["speaker"])
        # quote spans do not overlap
        sp = sorted((q["start"], q["end"]) for q in r["quotes"])
        for (_a0, a1), (b0, _b1) in itertools.pairwise(sp):
            assert a1 <= b0, r["doc"]
    print(fn, "ok", len(docs), "articles")
