"""Writes the hand-authored cassettes for posts read without a paid API and for dead links:
X's oEmbed, Bluesky's public AppView, Mastodon's public API and the Wayback Machine, each
in the shape the service documents and returns (see README.md for where each shape comes
from). The people, posts and pages are invented for the tests.

Run from the repository: .venv/bin/python cassettes/write_post_cassettes.py (needs PyYAML,
which vcrpy brings). Requests carry no credentials: none of these services needs one.
"""
import json, pathlib
from urllib.parse import urlencode

import yaml

OUT = pathlib.Path(__file__).resolve().parent
UA = "quotecheck/0.1 (+quote verification; one request per page)"
DATE = "Wed, 04 Mar 2026 09:00:00 GMT"


def request(uri, accept="application/json"):
    return {"body": None, "headers": {"Accept": [accept], "User-Agent": [UA]}, "method": "GET", "uri": uri}


def answer(uri, body, code=200, message="OK", content_type="application/json; charset=utf-8", headers=None,
           accept="application/json"):
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    h = {"Content-Type": [content_type], "Date": [DATE], "Content-Length": [str(len(text.encode("utf-8")))]}
    h.update(headers or {})
    return {"request": request(uri, accept), "response": {"body": {"string": text}, "headers": h,
                                                          "status": {"code": code, "message": message}}}


class Plain(yaml.SafeDumper):
    def ignore_aliases(self, data):  # each cassette reads on its own: no &id001 anchors
        return True


def write(name, interactions):
    (OUT / name).write_text(yaml.dump({"interactions": interactions, "version": 1}, Dumper=Plain,
                                      allow_unicode=True, sort_keys=False, width=100))


# --- X's oEmbed (publish.twitter.com/oembed): the embed of a post, no token --------------------
OEMBED = "https://publish.twitter.com/oembed"
P1, GONE, PROTECTED = "1897000000000000101", "1897000000000000199", "1897000000000000198"


def oembed_uri(post_id, handle="AliceGrantMayor"):
    page = f"https://twitter.com/{handle}/status/{post_id}"
    return f"{OEMBED}?{urlencode({'url': page, 'omit_script': 'true', 'dnt': 'true'})}"


def oembed_body(post_id, p_html, name, handle, day, lang="en"):
    return {
        "url": f"https://twitter.com/{handle}/status/{post_id}",
        "author_name": name,
        "author_url": f"https://twitter.com/{handle}",
        "html": (f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="{lang}" dir="ltr">{p_html}</p>'
                 f"&mdash; {name} (@{handle}) "
                 f'<a href="https://twitter.com/{handle}/status/{post_id}?ref_src=twsrc%5Etfw">{day}</a></blockquote>\n'),
        "width": 550,
        "height": None,
        "type": "rich",
        "cache_age": "3153600000",
        "provider_name": "Twitter",
        "provider_url": "https://twitter.com",
        "version": "1.0",
    }


OEMBED_HEADERS = {"Cache-Control": ["must-revalidate, max-age=3153600000"], "Server": ["tsa_b"],
                  "Strict-Transport-Security": ["max-age=631138519"], "X-Content-Type-Options": ["nosniff"]}
post1_html = ('We will not close the harbour this winter. Boats &amp; crews stay where they are.<br><br>Details: '
              '<a href="https://t.co/Hb7WinTer1">https://t.co/Hb7WinTer1</a> '
              '<a href="https://t.co/PhOto00001">pic.twitter.com/PhOto00001</a>')
oembed_post1 = answer(oembed_uri(P1), oembed_body(P1, post1_html, "Alice Grant", "AliceGrantMayor", "March 3, 2026"),
                      headers=OEMBED_HEADERS)
oembed_gone = answer(oembed_uri(GONE), "", 404, "Not Found", content_type="text/html; charset=utf-8",
                     headers=OEMBED_HEADERS)
oembed_protected = answer(oembed_uri(PROTECTED, "i"), "", 403, "Forbidden", content_type="text/html; charset=utf-8",
                          headers=OEMBED_HEADERS)
write("oembed_posts.yaml", [oembed_post1, oembed_gone, oembed_protected])

# --- the X API refusing the token (401), then the same post through oEmbed -------------------
API = "https://api.twitter.com/2/tweets?" + urlencode({
    "expansions": "author_id,referenced_tweets.id,referenced_tweets.id.author_id",
    "tweet.fields": "created_at,author_id,entities,note_tweet,referenced_tweets",
    "user.fields": "name,username", "ids": P1})
unauthorized = {"request": {"body": None, "headers": {"Accept": ["*/*"], "Accept-Encoding": ["gzip, deflate"],
                                                      "Connection": ["keep-alive"],
                                                      "User-Agent": ["Python/3.11 Requests/2.32.3 Tweepy/4.14.0"]},
                            "method": "GET", "uri": API},
                "response": {"body": {"string": json.dumps({"title": "Unauthorized", "type": "about:blank",
                                                            "status": 401, "detail": "Unauthorized"})},
                             "headers": {"content-type": ["application/problem+json"], "date": [DATE],
                                         "server": ["envoy"]},
                             "status": {"code": 401, "message": "Unauthorized"}}}
write("x_refused_then_oembed.yaml", [unauthorized, oembed_post1])

# --- Bluesky: the public AppView (resolveHandle, getPostThread) -------------------------------
APPVIEW = "https://public.api.bsky.app/xrpc/"
ALICE = {"did": "did:plc:4n3xq7vwk2yhb6rlmfz5ctdp", "handle": "alicegrant.bsky.social", "displayName": "Alice Grant"}
BEN = {"did": "did:plc:7d2kq4m5ztx3wcnbe6hyrsla", "handle": "benokafor.bsky.social", "displayName": ""}
BSKY_HEADERS = {"Access-Control-Allow-Origin": ["*"], "Cache-Control": ["public, max-age=5"],
                "Vary": ["Accept-Encoding"], "X-Powered-By": ["Express"]}


def resolve_uri(handle):
    return f"{APPVIEW}com.atproto.identity.resolveHandle?{urlencode({'handle': handle})}"


def thread_uri(did, rkey):
    return f"{APPVIEW}app.bsky.feed.getPostThread?" + urlencode(
        {"uri": f"at://{did}/app.bsky.feed.post/{rkey}", "depth": 0, "parentHeight": 0})


def author(who):
    out = {"did": who["did"], "handle": who["handle"]}
    if who["displayName"]:
        out["displayName"] = who["displayName"]
    out.update({"avatar": f"https://cdn.bsky.app/img/avatar/plain/{who['did']}/bafkreib3wqyh6jm2lsjwd4mhyxgqj3nohs5z7bbkmhqcl3vdlxu7wywnke@jpeg",
                "associated": {"chat": {"allowIncoming": "following"}}, "labels": [],
                "createdAt": "2024-11-12T10:00:00.000Z"})
    return out


def thread(who, rkey, text, created, facets=None, reply=None):
    record = {"$type": "app.bsky.feed.post", "createdAt": created, "langs": ["en"], "text": text}
    if facets:
        record["facets"] = facets
    if reply:
        record["reply"] = reply
    return {"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {
        "uri": f"at://{who['did']}/app.bsky.feed.post/{rkey}",
        "cid": "bafyreih4xq2ljz6w5cvm7ndxbq3oy5twgrbzfe2a7kckp6qusn4jd3yqdm",
        "author": author(who), "record": record, "bookmarkCount": 0, "replyCount": 4, "repostCount": 9,
        "likeCount": 31, "quoteCount": 1, "indexedAt": created.replace(".000Z", ".412Z"), "labels": []},
        "replies": []}}


R1, R_GONE, R_BEN = "3mdq2kzv7fs2a", "3mdq2kzv7fs2z", "3mdq4pxa2wk2b"
bsky_text = "The north quay stays in public hands. No sale, no lease, no developer deal: council.example.gov/quay…"
link_start = len(bsky_text.encode("utf-8")) - len("council.example.gov/quay…".encode("utf-8"))
bsky_facets = [{"index": {"byteStart": link_start, "byteEnd": len(bsky_text.encode("utf-8"))},
                "features": [{"$type": "app.bsky.richtext.facet#link",
                              "uri": "https://council.example.gov/quay/statement-2026-03"}]}]
resolve_alice = answer(resolve_uri(ALICE["handle"]), {"did": ALICE["did"]}, headers=BSKY_HEADERS)
thread_alice = answer(thread_uri(ALICE["did"], R1), thread(ALICE, R1, bsky_text, "2026-03-03T19:05:00.000Z", bsky_facets),
                      headers=BSKY_HEADERS)
not_found = answer(thread_uri(ALICE["did"], R_GONE),
                   {"error": "NotFound", "message": f"Post not found: at://{ALICE['did']}/app.bsky.feed.post/{R_GONE}"},
                   400, "Bad Request", headers=BSKY_HEADERS)
no_handle = answer(resolve_uri("nobody-here.bsky.social"),
                   {"error": "InvalidRequest", "message": "Unable to resolve handle"}, 400, "Bad Request",
                   headers=BSKY_HEADERS)
# a reply by Ben, who has no display name: the handle is all there is
ben_reply = {"root": {"uri": f"at://{ALICE['did']}/app.bsky.feed.post/{R1}", "cid": "bafyreih4xq2ljz6w5cvm7ndxbq3oy5twgrbzfe2a7kckp6qusn4jd3yqdm"},
             "parent": {"uri": f"at://{ALICE['did']}/app.bsky.feed.post/{R1}", "cid": "bafyreih4xq2ljz6w5cvm7ndxbq3oy5twgrbzfe2a7kckp6qusn4jd3yqdm"}}
thread_ben = answer(thread_uri(BEN["did"], R_BEN),
                    thread(BEN, R_BEN, "The repairs come first, then we talk about the quay.", "2026-03-03T20:40:00.000Z",
                           reply=ben_reply), headers=BSKY_HEADERS)
resolve_ben = answer(resolve_uri(BEN["handle"]), {"did": BEN["did"]}, headers=BSKY_HEADERS)
deleted_in_thread = answer(thread_uri(ALICE["did"], "3mdq2kzv7fs2y"), {"thread": {
    "$type": "app.bsky.feed.defs#notFoundPost", "uri": f"at://{ALICE['did']}/app.bsky.feed.post/3mdq2kzv7fs2y",
    "notFound": True}}, headers=BSKY_HEADERS)
not_json = answer(thread_uri(ALICE["did"], "3mdq2kzv7fs2x"), "<html><body>Service unavailable</body></html>",
                  content_type="text/html; charset=utf-8")
write("bluesky_posts.yaml", [resolve_alice, thread_alice, not_found, no_handle, resolve_ben, thread_ben,
                             deleted_in_thread, not_json])

# --- Mastodon: any instance's /api/v1/statuses/:id --------------------------------------------
INSTANCE = "toot.example.net"
MASTO_HEADERS = {"Cache-Control": ["max-age=60, public"], "Vary": ["Accept, Origin"], "X-Content-Type-Options": ["nosniff"],
                 "X-RateLimit-Limit": ["300"], "X-RateLimit-Remaining": ["299"],
                 "X-RateLimit-Reset": ["2026-03-04T09:05:00.000000Z"]}


def account(acct, display, account_id):
    user = acct.split("@")[0]
    home = acct.split("@")[1] if "@" in acct else INSTANCE
    return {"id": account_id, "username": user, "acct": acct, "display_name": display, "locked": False, "bot": False,
            "discoverable": True, "group": False, "created_at": "2022-11-15T00:00:00.000Z",
            "note": "<p>Harbour town councillor.</p>", "url": f"https://{home}/@{user}",
            "uri": f"https://{home}/users/{user}",
            "avatar": f"https://{INSTANCE}/system/accounts/avatars/109/349/320/original/avatar.png",
            "avatar_static": f"https://{INSTANCE}/system/accounts/avatars/109/349/320/original/avatar.png",
            "header": f"https://{INSTANCE}/headers/original/missing.png",
            "header_static": f"https://{INSTANCE}/headers/original/missing.png",
            "followers_count": 412, "following_count": 150, "statuses_count": 873, "last_status_at": "2026-03-03",
            "emojis": [], "fields": []}


def status(status_id, acct, display, account_id, content, created, spoiler="", reblog=None, reply_to=None):
    user = acct.split("@")[0]
    return {"id": status_id, "created_at": created, "in_reply_to_id": reply_to,
            "in_reply_to_account_id": "109349320508690443" if reply_to else None, "sensitive": bool(spoiler),
            "spoiler_text": spoiler, "visibility": "public", "language": "en",
            "uri": f"https://{INSTANCE}/users/{user}/statuses/{status_id}",
            "url": f"https://{INSTANCE}/@{user}/{status_id}", "replies_count": 2, "reblogs_count": 5,
            "favourites_count": 17, "edited_at": None, "content": content, "reblog": reblog,
            "application": {"name": "Web", "website": None}, "account": account(acct, display, account_id),
            "media_attachments": [], "mentions": [], "tags": [], "emojis": [], "card": None, "poll": None}


S1, S_BOOST, S_GONE, S_LIMIT, S_BROKEN, S_WARN = ("113900000000000001", "113900000000000002", "113900000000000099",
                                                  "113900000000000003", "113900000000000004", "113900000000000005")
ben_content = ('<p>Every invoice for the repairs will be published online, line by line.</p>'
               '<p>Thanks to <span class="h-card" translate="no"><a href="https://toot.example.net/@harbourboard" '
               'class="u-url mention">@<span>harbourboard</span></a></span> for a long meeting &amp; a clear vote.<br />'
               'Minutes: <a href="https://council.example.gov/minutes/2026-03-03" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
               '<span class="invisible">https://</span><span class="ellipsis">council.example.gov/minutes/20</span>'
               '<span class="invisible">26-03-03</span></a></p>')
ben = status(S1, "benokafor", "Ben Okafor", "109349320508690443", ben_content, "2026-03-03T21:15:00.000Z")
original = status("113899000000000777", "alicegrant@social.example.org", "Alice Grant", "109000000000000001",
                  "<p>The harbour stays open all winter. That was never in doubt.</p>", "2026-03-03T18:00:00.000Z")
boost = status(S_BOOST, "benokafor", "Ben Okafor", "109349320508690443", "", "2026-03-03T21:20:00.000Z", reblog=original)
warned = status(S_WARN, "benokafor", "Ben Okafor", "109349320508690443",
                "<p>The survey found cracks along the whole north wall.</p>", "2026-03-03T21:30:00.000Z",
                spoiler="Harbour repairs, long")


def masto_uri(status_id):
    return f"https://{INSTANCE}/api/v1/statuses/{status_id}"


write("mastodon_posts.yaml", [
    answer(masto_uri(S1), ben, headers=MASTO_HEADERS),
    answer(masto_uri(S_BOOST), boost, headers=MASTO_HEADERS),
    answer(masto_uri(S_WARN), warned, headers=MASTO_HEADERS),
    answer(masto_uri(S_GONE), {"error": "Record not found"}, 404, "Not Found", headers=MASTO_HEADERS),
    answer(masto_uri(S_LIMIT), {"error": "Too many requests"}, 429, "Too Many Requests",
           headers={**MASTO_HEADERS, "X-RateLimit-Remaining": ["0"], "Retry-After": ["300"]}),
    answer(masto_uri(S_BROKEN), '{"id":"113900000000000004","created_at":"2026-03-03T21:',
           headers=MASTO_HEADERS),
])

# --- the Wayback Machine: CDX index, then the copy as first recorded (id_) --------------------
CDX = "https://web.archive.org/cdx/search/cdx"
DEAD = "https://council.example.gov/notices/north-quay"
NO_COPY = "https://council.example.gov/notices/never-archived"
LAPSED = "https://harbour-news.example/2026/03/quay"


def cdx_uri(url, to="20260304"):
    params = [("url", url), ("output", "json")]
    if to:
        params.append(("to", to))
    params += [("limit", "-1"), ("filter", "statuscode:200")]
    return f"{CDX}?{urlencode(params)}"


def cdx_rows(url, timestamp, digest="M4QJ7WQ5ZBXKFM3GQ3N5UY7DOH6XWQ2R", length="2841"):
    key = url.split("://", 1)[1]
    host, _, path = key.partition("/")
    surt = ",".join(reversed(host.split("."))) + ")/" + path
    return [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
            [surt, timestamp, url, "text/html", "200", digest, length]]


CDX_HEADERS = {"Server": ["nginx"], "X-App-Server": ["wwwb-app220"], "X-ts": ["200"], "X-Cache-Key": ["httpsweb.archive.org/cdx/search/cdx"]}
NOTICE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Public notice: the north quay | Harbour Town Council</title>
<meta name="author" content="Harbour Town Council">
<meta property="article:published_time" content="2026-02-27T09:00:00Z"></head>
<body>
<nav><a href="/">Council home</a> <a href="/notices">Notices</a> <a href="/contact">Contact</a></nav>
<main><article>
<h1>Public notice: the north quay</h1>
<p>The council gives notice of its plans for the north quay, following the survey of the harbour walls completed in January.</p>
<p>The quay will be offered to developers in the spring. Bids will be judged on price and on public access to the waterfront.</p>
<p>Residents may comment on the plans until the end of March at the town hall or by letter to the clerk.</p>
</article></main>
<footer><p>Harbour Town Council, Town Hall, Quay Street.</p></footer>
</body></html>
"""


def copy(url, timestamp, body):
    uri = f"https://web.archive.org/web/{timestamp}id_/{url}"
    return answer(uri, body, content_type="text/html; charset=utf-8", accept="text/html,text/plain;q=0.9,*/*;q=0.5",
                  headers={"Memento-Datetime": ["Mon, 02 Mar 2026 08:12:44 GMT"], "Server": ["nginx"],
                           "X-Archive-Src": ["spn2-20260302081244-wwwb-spn14.us.archive.org-8001.warc.gz"],
                           "Link": [f'<{url}>; rel="original"']})


def dead(url):
    return answer(url, "<html><body><h1>Page not found</h1></body></html>", 404, "Not Found",
                  content_type="text/html; charset=utf-8", accept="text/html,text/plain;q=0.9,*/*;q=0.5")


write("wayback_dead_link.yaml", [
    dead(DEAD),
    answer(cdx_uri(DEAD), cdx_rows(DEAD, "20260302081244"), headers=CDX_HEADERS),
    copy(DEAD, "20260302081244", NOTICE),
    dead(NO_COPY),
    answer(cdx_uri(NO_COPY), [], headers=CDX_HEADERS),
    answer(cdx_uri(LAPSED, to=None), cdx_rows(LAPSED, "20260301120000"), headers=CDX_HEADERS),
    copy(LAPSED, "20260301120000", NOTICE.replace("Public notice: the north quay", "Quay plans")),
])

# --- the CLI end to end: an X post (no token: oEmbed), a Bluesky post, a Mastodon post and a
# --- dead page, all linked from one article
write("cli_public_posts.yaml", [
    oembed_post1, resolve_alice, thread_alice, answer(masto_uri(S1), ben, headers=MASTO_HEADERS),
    dead(DEAD), answer(cdx_uri(DEAD), cdx_rows(DEAD, "20260302081244"), headers=CDX_HEADERS),
    copy(DEAD, "20260302081244", NOTICE),
])

# --- no X token, an article's two post links: one read through oEmbed, one gone (404), and a page
PAGE_URL = "https://news.example.org/2026/03/harbour-stays-open"
page = yaml.safe_load((OUT / "web_page.yaml").read_text())["interactions"][0]
write("cli_no_token_oembed.yaml", [oembed_post1, oembed_gone, page])
