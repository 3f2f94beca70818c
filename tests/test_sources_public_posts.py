"""Posts read without a paid API, replayed from cassettes: X through oEmbed, Bluesky through
the public AppView, Mastodon through the instance's API. Each kept raw in the store; every
failure a problem for that post."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.oembed import OEmbedPosts, read_embed
from quotecheck.sources.posts import POST_URL
from quotecheck.sources.public_posts import PublicPosts, post_link
from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.sources.xapi import XPosts
from quotecheck.store import Store

Cassette = Callable[[str], Any]
P1, GONE, PROTECTED = "1897000000000000101", "1897000000000000199", "1897000000000000198"
ALICE_POST = "https://bsky.app/profile/alicegrant.bsky.social/post/3mdq2kzv7fs2a"
BEN_STATUS = "https://toot.example.net/@benokafor/113900000000000001"


def split(items: list[Source | SourceProblem]) -> tuple[list[Source], list[SourceProblem]]:
    return [i for i in items if isinstance(i, Source)], [i for i in items if isinstance(i, SourceProblem)]


def public(urls: list[str], store: Store | None = None, **kwargs: Any) -> list[Source | SourceProblem]:
    links = [link for url in urls if (link := post_link(url)) is not None]
    assert len(links) == len(urls), "every URL here is a post"
    return list(PublicPosts(links, SnapshotPolicy(store, **kwargs)).collect())


# --- recognising post addresses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "service"),
    [
        (ALICE_POST, "bluesky"),
        ("https://bsky.app/profile/did:plc:4n3xq7vwk2yhb6rlmfz5ctdp/post/3mdq2kzv7fs2a", "bluesky"),
        ("https://bsky.app/profile/news.example.org/post/3kabc22xyz/?ref=share", "bluesky"),
        (BEN_STATUS, "mastodon"),
        ("https://toot.example.net/@alicegrant@social.example.org/113900000000000002", "mastodon"),
        ("https://social.example.org/users/alicegrant/statuses/113899000000000777", "mastodon"),
    ],
)
def test_post_addresses_are_recognised(url: str, service: str) -> None:
    link = post_link(url)
    assert link is not None and link.service == service


@pytest.mark.parametrize(
    "url",
    [
        "https://bsky.app/profile/alicegrant.bsky.social",  # a profile, not a post
        "https://toot.example.net/@benokafor",  # an account page
        "https://news.example.org/2026/03/harbour-stays-open",
        "https://medium.example.com/@writer/why-the-harbour-matters-1a2b3c",  # a slug, not a status id
        "https://x.com/AliceGrantMayor/status/1897000000000000101",  # X: the API or oEmbed, elsewhere
    ],
)
def test_other_addresses_are_not_posts_of_these_services(url: str) -> None:
    assert post_link(url) is None


# --- X through oEmbed ---------------------------------------------------------------------


def test_oembed_gives_the_words_author_handle_and_day(cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    oembed = OEmbedPosts(SnapshotPolicy(store), {P1: "AliceGrantMayor"})
    with cassette("oembed_posts"):
        [post], problems = split(list(oembed.posts([P1], "no X API token")))
    assert problems == []
    assert post.text == (
        "We will not close the harbour this winter. Boats & crews stay where they are.\n\n"
        "Details: https://t.co/Hb7WinTer1"
    )  # the photo's pic.twitter.com link is dropped, as the API reader drops it
    assert (post.kind, post.locator) == ("post", POST_URL.format(id=P1))
    assert (post.author, post.handle, post.published) == ("Alice Grant", "@AliceGrantMayor", "2026-03-03")
    assert post.via == "oembed" and post.notice is not None and "oEmbed" in post.notice
    kept = store.latest("post", POST_URL.format(id=P1))
    assert kept is not None and kept.meta["via"] == "oembed"
    assert json.loads(kept.raw)["provider_name"] == "Twitter"  # the answer kept as received


def test_oembed_deleted_and_protected_posts_are_problems_remembered_as_gone(
    cassette: Cassette, tmp_path: Path
) -> None:
    store = Store(tmp_path / "store")
    oembed = OEmbedPosts(SnapshotPolicy(store), {GONE: "AliceGrantMayor"})
    with cassette("oembed_posts"):
        posts, problems = split(list(oembed.posts([GONE, PROTECTED], "no X API token (X_BEARER_TOKEN)")))
    assert posts == []
    gone, protected = problems
    assert gone.message.startswith("no X API token (X_BEARER_TOKEN); X's oEmbed: the post: deleted")
    assert "HTTP 404" in gone.message
    assert "protected or suspended account" in protected.message
    policy = SnapshotPolicy(store, offline=True)
    remembered = policy.gone(POST_URL.format(id=GONE))
    assert remembered is not None and "deleted" in remembered.message


@pytest.mark.parametrize(
    "markup",
    [
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Harbour open.</p>&mdash; Alice Grant '
        '(@AliceGrantMayor) <a href="https://twitter.com/AliceGrantMayor/status/1?ref_src=twsrc%5Etfw">March 3, 2026</a>'
        "</blockquote>",
        # an older embed: no data-dnt, a title-case handle link before the date
        '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Harbour open.</p>— Alice Grant '
        '(@AliceGrantMayor) <a href="https://twitter.com/AliceGrantMayor/status/1">March 3, 2026</a></blockquote>\n',
    ],
)
def test_the_embed_byline_gives_name_handle_and_date(markup: str) -> None:
    assert read_embed({"html": markup}) == ("Harbour open.", "Alice Grant", "@AliceGrantMayor", "2026-03-03")


def test_an_embed_without_its_blockquote_is_a_problem_not_a_crash() -> None:
    from quotecheck.sources.public_posts import Unavailable

    with pytest.raises(Unavailable, match="without the post's html"):
        read_embed({"type": "rich"})
    with pytest.raises(Unavailable, match="without the post's words"):
        read_embed({"html": "<div>nothing here</div>"})


def test_a_refused_token_falls_back_to_oembed(x_token: str, cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    policy = SnapshotPolicy(store)
    provider = XPosts(
        [P1], [], policy, notify=lambda m: None, fallback=OEmbedPosts(policy, {P1: "AliceGrantMayor"})
    )
    with cassette("x_refused_then_oembed"):
        [post], problems = split(list(provider.collect()))
    assert problems == [] and post.via == "oembed" and post.handle == "@AliceGrantMayor"
    assert x_token not in (tmp_path / "store").joinpath("store.sqlite3").read_bytes().decode("latin-1")


# --- Bluesky ------------------------------------------------------------------------------


def test_bluesky_post_through_the_public_appview(cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("bluesky_posts"):
        [post], problems = split(public([ALICE_POST], store))
    assert problems == []
    assert post.text == (  # the shortened link given in full, from its facet
        "The north quay stays in public hands. No sale, no lease, no developer deal: "
        "https://council.example.gov/quay/statement-2026-03"
    )
    assert (post.author, post.handle, post.published) == (
        "Alice Grant",
        "@alicegrant.bsky.social",
        "2026-03-03T19:05:00.000Z",
    )
    assert post.locator == ALICE_POST and post.via is None
    kept = store.latest("post", ALICE_POST)
    assert kept is not None and kept.meta["did"] == "did:plc:4n3xq7vwk2yhb6rlmfz5ctdp"
    assert json.loads(kept.raw)["thread"]["$type"] == "app.bsky.feed.defs#threadViewPost"
    # fetched once: the next run, even offline, reads the store
    [again] = public([ALICE_POST], store, offline=True)
    assert isinstance(again, Source) and again.snapshot == post.snapshot


def test_bluesky_reply_without_display_name_is_by_its_handle(cassette: Cassette) -> None:
    url = "https://bsky.app/profile/benokafor.bsky.social/post/3mdq4pxa2wk2b"
    with cassette("bluesky_posts"):
        [post] = public([url])
    assert isinstance(post, Source)
    assert (post.author, post.handle) == (None, "@benokafor.bsky.social")
    assert post.speaker_at(0) == "@benokafor.bsky.social"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        (
            "https://bsky.app/profile/alicegrant.bsky.social/post/3mdq2kzv7fs2z",
            "post deleted or never existed",
        ),
        ("https://bsky.app/profile/alicegrant.bsky.social/post/3mdq2kzv7fs2y", "notFoundPost"),
        (
            "https://bsky.app/profile/nobody-here.bsky.social/post/3mdq2kzv7fs2a",
            "no Bluesky account @nobody-here",
        ),
        ("https://bsky.app/profile/alicegrant.bsky.social/post/3mdq2kzv7fs2x", "other than JSON (text/html)"),
    ],
)
def test_bluesky_failures_are_problems_for_that_post(
    url: str, reason: str, cassette: Cassette, tmp_path: Path
) -> None:
    with cassette("bluesky_posts"):
        [problem] = public([url], Store(tmp_path / "store"))
    assert isinstance(problem, SourceProblem) and problem.locator == url
    assert reason in problem.message


# --- Mastodon -----------------------------------------------------------------------------


def test_mastodon_status_as_plain_text_with_author_and_date(cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("mastodon_posts"):
        [post], problems = split(public([BEN_STATUS], store))
    assert problems == []
    assert post.text == (
        "Every invoice for the repairs will be published online, line by line.\n\n"
        "Thanks to @harbourboard for a long meeting & a clear vote.\n"
        "Minutes: https://council.example.gov/minutes/2026-03-03"
    )
    assert (post.author, post.handle, post.published) == (
        "Ben Okafor",
        "@benokafor@toot.example.net",
        "2026-03-03T21:15:00.000Z",
    )
    kept = store.latest("post", BEN_STATUS)
    assert kept is not None and json.loads(kept.raw)["account"]["acct"] == "benokafor"


def test_a_boost_is_the_boosted_authors_words(cassette: Cassette) -> None:
    with cassette("mastodon_posts"):
        [post] = public(["https://toot.example.net/@benokafor/113900000000000002"])
    assert isinstance(post, Source)
    assert post.text == "The harbour stays open all winter. That was never in doubt."
    assert (post.author, post.handle) == ("Alice Grant", "@alicegrant@social.example.org")


def test_a_content_warning_comes_before_the_words(cassette: Cassette) -> None:
    with cassette("mastodon_posts"):
        [post] = public(["https://toot.example.net/@benokafor/113900000000000005"])
    assert isinstance(post, Source)
    assert post.text == "Harbour repairs, long\n\nThe survey found cracks along the whole north wall."


@pytest.mark.parametrize(
    ("status_id", "reason", "gone"),
    [
        (
            "113900000000000099",
            "deleted, private or never existed (HTTP 404 Not Found: Record not found)",
            True,
        ),
        ("113900000000000003", "rate limit reached (HTTP 429 Too Many Requests: Too many requests)", False),
        ("113900000000000004", "answered something other than JSON", False),
    ],
)
def test_mastodon_failures_are_problems_for_that_post(
    status_id: str, reason: str, gone: bool, cassette: Cassette, tmp_path: Path
) -> None:
    store = Store(tmp_path / "store")
    url = f"https://toot.example.net/@benokafor/{status_id}"
    with cassette("mastodon_posts"):
        [problem] = public([url], store)
    assert isinstance(problem, SourceProblem) and reason in problem.message
    assert (SnapshotPolicy(store).gone(url) is not None) is gone  # only a gone post is not asked again


def test_offline_never_asks_the_services(tmp_path: Path) -> None:
    problems = public([ALICE_POST, BEN_STATUS], Store(tmp_path / "store"), offline=True)
    assert [p.locator for p in problems if isinstance(p, SourceProblem)] == [ALICE_POST, BEN_STATUS]
    assert all("offline and not in the store" in p.message for p in problems if isinstance(p, SourceProblem))


@pytest.mark.parametrize(
    ("handle", "speaker", "same"),
    [
        ("@benokafor@toot.example.net", "Ben Okafor", True),  # the user part, not the instance
        ("@benokafor@toot.example.net", "Tom Reyes", False),
        ("@ben_okafor@social.example.org", "Councillor Ben Okafor", True),
        ("@benokafor.bsky.social", "Ben Okafor", True),
        ("@benokafor.bsky.social", "Tom Reyes", False),
    ],
)
def test_a_post_known_only_by_its_handle_is_attributed_by_it(handle: str, speaker: str, same: bool) -> None:
    from quotecheck.match.names import same_person

    assert same_person(speaker, handle) is same
