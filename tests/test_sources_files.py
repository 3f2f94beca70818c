"""Local source files of every kind: subtitles, saved API responses, archives, HTML, Markdown."""

from __future__ import annotations

import json
from pathlib import Path

import quotecheck
from quotecheck.model import Source, SourceProblem
from quotecheck.sources import FileSources

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.200
<v Alice Grant>We will not close the harbour

2
00:00:04.200 --> 00:00:07.500
<v Alice Grant>this winter. The fishing fleet depends on it.

3
00:01:02.000 --> 00:01:05.000
<v Ben Okafor>The repairs start in May.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
The repairs will cost about

2
00:00:03,000 --> 00:00:05,500
<i>4 million pounds</i>.
"""


def read(path: Path) -> list[Source | SourceProblem]:
    return list(FileSources([str(path)]).collect())


def test_subtitles_keep_cue_times_as_the_locator(tmp_path: Path) -> None:
    path = tmp_path / "meeting.vtt"
    path.write_text(VTT, encoding="utf-8")
    [source] = read(path)
    assert isinstance(source, Source) and source.kind == "subtitles"
    assert source.text.startswith("We will not close the harbour this winter. The fishing fleet")
    at = source.text.index("fishing")
    assert source.locator_at(at) == f"{path}#t=00:00:04.200,00:00:07.500"
    assert source.speaker_at(at) == "Alice Grant"
    assert source.speaker_at(source.text.index("repairs")) == "Ben Okafor"


def test_srt_cues_and_tags(tmp_path: Path) -> None:
    path = tmp_path / "clip.srt"
    path.write_text(SRT, encoding="utf-8")
    [source] = read(path)
    assert isinstance(source, Source)
    assert source.text == "The repairs will cost about 4 million pounds."
    assert source.locator_at(source.text.index("million")).endswith("#t=00:00:03.000,00:00:05.500")


def test_subtitle_match_names_the_cue_in_the_json_report(tmp_path: Path) -> None:
    (tmp_path / "meeting.vtt").write_text(VTT, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Alice Grant said: “The fishing fleet depends on it.”\n", encoding="utf-8")
    report = quotecheck.check([article], sources=[tmp_path / "meeting.vtt"])
    from quotecheck.report.json_format import report_dict

    match = report_dict(report)["articles"][0]["quotes"][0]["match"]
    assert match["source"].endswith("meeting.vtt#t=00:00:04.200,00:00:07.500")


def test_saved_api_response_gives_one_source_per_post(tmp_path: Path) -> None:
    response = {
        "data": [
            {
                "id": "11",
                "text": "Ferries &amp; buses run as normal https://t.co/abc",
                "author_id": "5",
                "created_at": "2026-03-04T10:00:00.000Z",
                "entities": {
                    "urls": [
                        {
                            "start": 34,
                            "end": 50,
                            "url": "https://t.co/abc",
                            "expanded_url": "https://x.com/HarbourBoard/status/11/photo/1",
                            "display_url": "pic.x.com/abc",
                            "media_key": "3_11",
                        }
                    ]
                },
            }
        ],
        "includes": {"users": [{"id": "5", "name": "Harbour Board", "username": "HarbourBoard"}]},
        "errors": [
            {
                "resource_id": "12",
                "detail": "Could not find tweet with ids: [12].",
                "title": "Not Found Error",
                "type": "https://api.twitter.com/2/problems/resource-not-found",
            }
        ],
    }
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(response), encoding="utf-8")
    post, problem = read(path)
    assert isinstance(post, Source) and isinstance(problem, SourceProblem)
    assert post.text == "Ferries & buses run as normal"
    assert (post.handle, post.author) == ("@HarbourBoard", "Harbour Board")
    assert post.locator == f"{path}#https://x.com/i/status/11"
    assert "deleted" in problem.message


def test_json_of_another_shape_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"items": []}', encoding="utf-8")
    [problem] = read(path)
    assert isinstance(problem, SourceProblem) and "not a saved X API v2 response" in problem.message


def test_archive_export_with_its_account(tmp_path: Path) -> None:
    folder = tmp_path / "archive" / "data"
    folder.mkdir(parents=True)
    account = [
        {"account": {"username": "AliceGrantMayor", "accountDisplayName": "Alice Grant", "accountId": "1"}}
    ]
    (folder / "account.js").write_text("window.YTD.account.part0 = " + json.dumps(account), encoding="utf-8")
    tweets = [
        {
            "tweet": {
                "id_str": "21",
                "full_text": "@BenOkafor Thanks Ben. The harbour stays open.",
                "created_at": "Wed Mar 04 10:15:00 +0000 2026",
                "in_reply_to_status_id_str": "20",
                "entities": {"urls": [], "media": []},
            }
        },
        {
            "tweet": {
                "id_str": "22",
                "full_text": "RT @HarbourBoard: Meeting moved to Thursday at 7pm in the town hall.",
                "created_at": "Wed Mar 04 11:00:00 +0000 2026",
                "entities": {},
            }
        },
    ]
    (folder / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets), encoding="utf-8")
    reply, retweet = read(tmp_path / "archive")
    assert isinstance(reply, Source) and isinstance(retweet, Source)
    assert reply.text == "Thanks Ben. The harbour stays open."
    assert (reply.handle, reply.author, reply.published) == (
        "@AliceGrantMayor",
        "Alice Grant",
        "2026-03-04T10:15:00Z",
    )
    assert retweet.text == "Meeting moved to Thursday at 7pm in the town hall."
    assert retweet.handle == "@HarbourBoard"


def test_html_file_is_read_for_its_main_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><meta name='author' content='Dana Reyes'></head><body><nav><a href='/'>Home</a>"
        " <a href='/sport'>Sport pages</a></nav><article><h1>Harbour</h1><p>The mayor spoke for an hour"
        " about the plans for the harbour and the fleet.</p><p>“We will not close the harbour this"
        " winter,” she said to the board.</p></article><footer>Newsletter sign-up</footer></body></html>",
        encoding="utf-8",
    )
    [page] = read(path)
    assert isinstance(page, Source) and page.kind == "page"
    assert "We will not close the harbour this winter" in page.text
    assert "Newsletter" not in page.text and "Sport pages" not in page.text
    assert page.author == "Dana Reyes"


def test_markdown_front_matter_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "statement.md"
    path.write_text(
        "---\nauthor: Alice Grant\ndate: 2026-03-04\nurl: https://harbour.example.gov/statement\n---\n"
        "We will not close the harbour this winter.\n",
        encoding="utf-8",
    )
    [source] = read(path)
    assert isinstance(source, Source)
    assert (source.author, source.published, source.locator) == (
        "Alice Grant",
        "2026-03-04",
        "https://harbour.example.gov/statement",
    )
    assert source.text == "We will not close the harbour this winter.\n"


def test_subtitle_speaker_labels_carry_on_until_the_next(tmp_path: Path) -> None:
    path = tmp_path / "clip.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nALICE GRANT: We will not close\n\n"
        "2\n00:00:03,000 --> 00:00:05,500\nthe harbour this winter.\n\n"
        "3\n00:00:06,000 --> 00:00:08,000\nBEN OKAFOR: The work starts in May.\n",
        encoding="utf-8",
    )
    [source] = read(path)
    assert isinstance(source, Source)
    assert source.text == "We will not close the harbour this winter. The work starts in May."
    assert source.speaker_at(source.text.index("winter")) == "Alice Grant"
    assert source.speaker_at(source.text.index("May")) == "Ben Okafor"
