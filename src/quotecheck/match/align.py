"""Word-level alignment of a quote (or one "…" segment of it) inside a window of a source.

Semi-global: the whole quote must be aligned, the source's words before and after are
free, so the span found is exactly the quoted passage however many words were dropped or
added. An editor's [bracketed] words cost less against a source word than against
nothing, so "[the agency]" is set opposite the "we" it stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.model import DiffOp, Span
from quotecheck.normalize import Normalized, Token

EQUAL, SUB, BRACKET_SUB, INDEL, DROP = 0, 10, 6, 10, 6
"""Costs: a source word the quote leaves out (DROP) costs less than a word it adds, so an
unmarked omission is still found as the passage it shortens."""


@dataclass(frozen=True)
class Opcode:
    """One step of an alignment: ``tag`` is equal, replace, added (quote only) or dropped
    (source only); ``[q0, q1)`` quote tokens, ``[s0, s1)`` source tokens."""

    tag: str
    q0: int
    q1: int
    s0: int
    s1: int


@dataclass(frozen=True)
class Placement:
    """Where a run of quote tokens sits among a window's tokens, and at what cost."""

    s0: int
    s1: int
    cost: int
    opcodes: tuple[Opcode, ...]


def sub_cost(q: Token, s: Token) -> int:
    if q.key == s.key:
        return EQUAL
    if q.bracketed:
        return BRACKET_SUB
    return SUB


def placements(
    quote: list[Token], source: list[Token], max_cost: int, limit: int = 8, text: str = ""
) -> list[Placement]:
    """The best places of ``quote`` in ``source`` (local minima of cost, at most ``max_cost``).

    ``text``: the normalized text the source tokens are in; with it, a placement does not
    reach into the sentence before (or after) the one the quote's matched words are in."""
    m, n = len(quote), len(source)
    if m == 0 or n == 0:
        return []
    skeys = [t.key for t in source]
    prev = [0] * (n + 1)
    back: list[bytearray] = [bytearray(n + 1)]
    for i in range(1, m + 1):
        qt = quote[i - 1]
        qk = qt.key
        mismatch = BRACKET_SUB if qt.bracketed else SUB
        cur = [0] * (n + 1)
        cur[0] = i * INDEL
        row = bytearray(n + 1)
        row[0] = 1
        for j in range(1, n + 1):
            diag = prev[j - 1] + (EQUAL if skeys[j - 1] == qk else mismatch)
            up = prev[j] + INDEL
            left = cur[j - 1] + DROP
            if diag <= up and diag <= left:
                cur[j] = diag
            elif up <= left:
                cur[j] = up
                row[j] = 1
            else:
                cur[j] = left
                row[j] = 2
        back.append(row)
        prev = cur
    ends = [
        j
        for j in range(1, n + 1)
        if prev[j] <= max_cost
        and (j == 1 or prev[j] <= prev[j - 1])
        and (j == n or prev[j] < prev[j + 1] or prev[j] == prev[j + 1] == 0)
    ]
    ends.sort(key=lambda j: prev[j])
    found: list[Placement] = []
    for j in ends[:limit]:
        placed = trace(back, m, j, prev[j], quote, source)
        found.append(within_sentence(placed, source, text) if text else placed)
    return found


ABBREVIATED = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
     "prof", "rev", "no", "vs", "inc", "co", "corp", "ltd", "mt", "ft"}
)  # fmt: skip
SENTENCE_STOP = re.compile(r"[.!?…]")


def sentence_break(text: str, left: Token, right: Token) -> bool:
    """A sentence ends between two source words: a stop in the gap, a capital after it,
    and no abbreviation or initial before it ("Mr. Lee", "J. Smith")."""
    gap = text[left.end : right.start]
    if not SENTENCE_STOP.search(gap) or not right.text[:1].isupper():
        return False
    return not (gap.lstrip()[:1] == "." and (len(left.text) == 1 or left.key in ABBREVIATED))


def within_sentence(placed: Placement, source: list[Token], text: str) -> Placement:
    """The placement without the source words before the sentence the quote's first
    matched word opens (or after the sentence its last matched word ends): a quote's
    leading "Um, and" set against the end of the previous sentence ("…said Lee. And we…")
    is words the quote adds, not a name it changed."""
    ops = list(placed.opcodes)
    equal = [k for k, op in enumerate(ops) if op.tag == "equal"]
    if not equal:
        return placed
    s0, s1 = placed.s0, placed.s1
    first, last = ops[equal[0]], ops[equal[-1]]
    cut = next(
        (b for b in range(first.s0 - 1, s0 - 1, -1) if sentence_break(text, source[b], source[b + 1])), None
    )
    if cut is not None and equal[0] > 0:
        s0 = cut + 1
        head = [Opcode("replace" if first.s0 > s0 else "added", 0, first.q0, s0, first.s0)]
        ops = [*head, *ops[equal[0] :]]
        equal = [k - equal[0] + 1 for k in equal]
    last_k = equal[-1]
    cut = next(
        (b for b in range(last.s1 - 1, s1 - 1) if sentence_break(text, source[b], source[b + 1])), None
    )
    if cut is not None and last_k < len(ops) - 1:
        s1 = cut + 1
        q_end = ops[-1].q1
        tail = [Opcode("replace" if s1 > last.s1 else "added", last.q1, q_end, last.s1, s1)]
        ops = [*ops[: last_k + 1], *tail]
    if s0 == placed.s0 and s1 == placed.s1:
        return placed
    return Placement(s0, s1, placed.cost, tuple(op for op in ops if op.q1 > op.q0 or op.s1 > op.s0))


def trace(
    back: list[bytearray], m: int, n_end: int, cost: int, quote: list[Token], source: list[Token]
) -> Placement:
    steps: list[tuple[bool, bool, bool]] = []  # (words equal, uses a quote word, uses a source word)
    i, j = m, n_end
    while i > 0:
        move = back[i][j]
        if move == 0:
            steps.append((quote[i - 1].key == source[j - 1].key, True, True))
            i, j = i - 1, j - 1
        elif move == 1:
            steps.append((False, True, False))
            i -= 1
        else:
            steps.append((False, False, True))
            j -= 1
    steps.reverse()
    return Placement(j, n_end, cost, tuple(blocks(steps, j)))


def blocks(steps: list[tuple[bool, bool, bool]], s_start: int) -> list[Opcode]:
    """Runs of matching words become ``equal``; a run of anything else one change block
    (replace, added or dropped), so "[the agency]" for "the people" is judged as one."""
    ops: list[Opcode] = []
    qi, sj = 0, s_start
    k = 0
    while k < len(steps):
        eq = steps[k][0]
        q0, s0 = qi, sj
        while k < len(steps) and steps[k][0] == eq:
            qi += steps[k][1]
            sj += steps[k][2]
            k += 1
        if eq:
            tag = "equal"
        elif qi > q0 and sj > s0:
            tag = "replace"
        elif qi > q0:
            tag = "added"
        else:
            tag = "dropped"
        ops.append(Opcode(tag, q0, qi, s0, sj))
    return ops


@dataclass(frozen=True)
class Side:
    """Tokens of normalized text, with the map back to the original written text."""

    norm: Normalized
    tokens: list[Token]
    original: str
    """The full text as written (the quote, or the whole source)."""
    base: int = 0
    """Where the normalized window starts in ``original``."""

    def span(self, t0: int, t1: int) -> tuple[int, int]:
        """Original (full-text) offsets of tokens ``[t0, t1)``."""
        if t1 <= t0:
            if t0 < len(self.tokens):
                at = self.base + self.norm.offsets[self.tokens[t0].start]
            else:
                at = self.base + self.norm.offsets[len(self.norm.text)]
            return at, at
        a, b = self.norm.original_span(self.tokens[t0].start, self.tokens[t1 - 1].end)
        return self.base + a, self.base + b

    def written(self, t0: int, t1: int) -> str:
        a, b = self.span(t0, t1)
        return self.original[a:b]


def diff_ops(quote: Side, source: Side, ops: list[Opcode]) -> list[DiffOp]:
    """DiffOps (see model.DiffOp) with the words as written on both sides; equal runs are
    split where the written forms differ, so case and punctuation changes are shown."""
    result: list[DiffOp] = []
    for op in ops:
        if op.tag != "equal":
            result.append(make_op(op.tag, quote, source, op.q0, op.q1, op.s0, op.s1))
            continue
        for a, b in equal_runs(quote, source, op):
            result.append(make_op("equal", quote, source, a, b, op.s0 + (a - op.q0), op.s0 + (b - op.q0)))
    return result


def make_op(tag: str, quote: Side, source: Side, q0: int, q1: int, s0: int, s1: int) -> DiffOp:
    return DiffOp(
        tag,
        tuple(t.text for t in quote.tokens[q0:q1]),
        tuple(t.text for t in source.tokens[s0:s1]),
        quote.written(q0, q1),
        source.written(s0, s1),
        Span(*quote.span(q0, q1)),
        Span(*source.span(s0, s1)),
    )


def equal_runs(quote: Side, source: Side, op: Opcode) -> list[tuple[int, int]]:
    """Split equal words ``[op.q0, op.q1)`` into stretches written alike and stretches not."""
    qt, st = quote.tokens, source.tokens
    qtext, stext = quote.norm.text, source.norm.text

    def same(k: int) -> bool:
        q, s = qt[op.q0 + k], st[op.s0 + k]
        if q.text != s.text:
            return False
        if k + 1 < op.q1 - op.q0:
            q2, s2 = qt[op.q0 + k + 1], st[op.s0 + k + 1]
            return qtext[q.end : q2.start] == stext[s.end : s2.start]
        return True

    runs: list[tuple[int, int]] = []
    n = op.q1 - op.q0
    i = 0
    while i < n:
        j = i
        if same(i):
            while j + 1 < n and same(j + 1):
                j += 1
        else:
            while j + 1 < n and not same(j):
                j += 1  # a differing gap after word j joins word j + 1 to the stretch
        runs.append((op.q0 + i, op.q0 + j + 1))
        i = j + 1
    return runs


# rapidfuzz-style names from the quote's side, kept for the rendering of diffs.
def render_diff(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """wdiff style: ``[-source words-]{+quote words+}`` around the words that differ."""
    parts: list[str] = []
    for op in ops:
        if op.op == "equal":
            parts.append(" ".join(op.quote_words))
            continue
        if op.source_words:
            parts.append("[-" + " ".join(op.source_words) + "-]")
        if op.quote_words:
            parts.append("{+" + " ".join(op.quote_words) + "+}")
    return " ".join(parts)
