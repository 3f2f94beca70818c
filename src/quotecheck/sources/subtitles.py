"""Subtitles (WebVTT ``.vtt`` and SubRip ``.srt``): the cues' words, each cue's time kept.

A quote from a video is found by its words, but an editor checks it by playing the clip:
so each cue becomes a turn labelled with its time range, and the report's locator for a
match points at that time (``file.vtt#t=00:01:02.000,00:01:05.500``, the media-fragment form).
"""

from __future__ import annotations

import html
import re
from typing import Final

from quotecheck.extract.lexicon import CUE_FORMS
from quotecheck.model import Turn
from quotecheck.sources.transcript import LABEL, full_name, speaker_name

TIMING = re.compile(
    r"^(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>]+)>")
BRACKETED: Final = re.compile(r"[\[(](?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,2})[\])][ \t]*")
"""A speaker named in brackets at a cue's start, as captions for the deaf name one ("[Vera Sal]
We go.", "(VERA SAL) We go."); a sound ("[Crowd Cheering]") names no one (``bracket_name``)."""
TAG = re.compile(r"</?[A-Za-z][^>]*>|\{\\[^}]*\}")


def subtitle_text(raw: str) -> tuple[str, tuple[Turn, ...]]:
    """The cues' words joined by spaces (cue breaks fall mid-sentence), one turn per cue.

    The speaker comes from a ``<v Name>`` voice tag or a ``NAME:`` label, and stays until
    the next one: captions name a speaker when the speaker changes. Captions that name two
    speakers or more in brackets at a cue's start ("[Vera Sal] …", "[Marek Dunne] …") name them
    so too; one bracketed tag alone ("[Frank Signal Noise]") may be a sound's note that opens
    with a given name. A bracketed tag that is no name ends the turn (``own_direction``)."""
    parts: list[str] = []
    turns: list[Turn] = []
    length = 0
    speaker: str | None = None
    """A speaker named in a cue goes on speaking until another is named."""
    lines = raw.split("\n")
    tags = {m["name"].lower() for m in map(BRACKETED.match, lines) if m and bracket_name(m["name"])}
    i = 0
    while i < len(lines):
        timing = TIMING.match(lines[i].strip())
        i += 1
        if not timing:
            continue
        cue: list[str] = []
        while i < len(lines) and lines[i].strip():
            cue.append(lines[i].strip())
            i += 1
        body = " ".join(cue)
        voice = VOICE.search(body)
        words = " ".join(html.unescape(TAG.sub("", body)).split())
        label = None if voice else LABEL.match(words)
        if label:  # "SMITH: …" in the cue, as in a transcript
            words = words[label.end() :]
        tagged = None if voice or label else BRACKETED.match(words)
        if tagged and len(tags) > 1 and bracket_name(tagged["name"]):
            speaker = speaker_name(tagged["name"])
            words = words[tagged.end() :]
        elif tagged and not own_direction(tagged["name"], speaker):
            speaker = None  # "[Crowd Cheering]", "[Mira Vantreight]": who speaks next is not told
        if voice:
            speaker = voice["name"].strip()
        elif label:
            speaker = speaker_name(label.group("label"))
        if not words:
            continue
        if parts:
            parts.append(" ")
            length += 1
        times = f"{clock(timing['start'])},{clock(timing['end'])}"
        turns.append(Turn(length, length + len(words), speaker, times))
        parts.append(words)
        length += len(words)
    return "".join(parts), tuple(turns)


def bracket_name(name: str) -> bool:
    """A bracketed tag that is a person's name: each word capitalised, name-shaped as a
    heading's (``full_name``: "Vera Sal", "VERA SAL", "Bertil Omand"), no later word a verb
    (``acting``): not a sound or a note ("Crowd Cheering", "Jack Hammering", "Vera Laughs")."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and full_name(name) and not acting(words[1:])


def acting(words: list[str]) -> bool:
    """Some word is a verb of what someone or something does, as a caption's note of a sound or
    an action has one ("Laughs", "Sighs", "Continues", "Playing", "Hammering")."""
    return any(w.lower() in CUE_FORMS or (len(w) > 4 and w.lower().endswith("ing")) for w in words)


def own_direction(name: str, speaker: str | None) -> bool:
    """A bracketed note of what the one speaking does ("(VERA LAUGHS)", "[Vera Sighs]" while
    Vera Sal speaks): her words go on after it. Any other bracketed tag that is no name (a
    sound, a name the captions do not know) ends her turn."""
    words = name.split()
    given = speaker.split()[0].lower() if speaker else ""
    return bool(given) and words[0].lower() == given and acting(words[1:])


def clock(value: str) -> str:
    """``1:02,5`` and ``00:01:02.500`` alike → ``00:01:02.500``."""
    value = value.replace(",", ".")
    head, _, frac = value.partition(".")
    fields = [int(f) for f in head.split(":")]
    while len(fields) < 3:
        fields.insert(0, 0)
    h, m, s = fields
    return f"{h:02d}:{m:02d}:{s:02d}.{frac.ljust(3, '0')[:3]}"
