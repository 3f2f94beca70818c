#!/usr/bin/env python3
"""Print articles with their labels inline, for proofreading: «quote»[g type → speaker / cue], speaker mentions in {…}."""

import json
import sys
from pathlib import Path

fn = sys.argv[1]
only = set(sys.argv[2:])
for line in Path(fn).read_text(encoding="utf-8").splitlines():
    r = json.loads(line)
    if only and r["doc"] not in only:
        continue
    t = r["text"]
    ins = []
    for q in r["quotes"]:
        ins.append((q["start"], 1, "«"))
        ins.append(
            (
                q["end"],
                0,
                f"»[{q['group']}{q['type'][0]}→{q['speaker']}/{q['cue']}{'/P' if q['pronoun_speaker'] else ''}]",
            )
        )
    seen = set()
    for q in r["quotes"]:
        for s0, s1 in q["speaker_spans"]:
            if (s0, s1) in seen:
                continue
            seen.add((s0, s1))
            ins.append((s0, 2, "{"))
            ins.append((s1, -1, "}"))
    out = t
    for pos, _, m in sorted(ins, key=lambda x: (x[0], x[1]), reverse=True):
        out = out[:pos] + m + out[pos:]
    print(f"=== {r['doc']}\n{out}\n")
