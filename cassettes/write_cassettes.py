"""Writes the hand-authored cassettes: responses in the documented X API v2 shape (data,
includes, errors, meta, rate-limit headers) and small web pages, all text written for the tests.

Run from the repository: .venv/bin/python cassettes/write_cassettes.py (needs PyYAML, which vcrpy
brings). Requests carry no Authorization header: the tests replay with it filtered out.
"""
import json, yaml, pathlib
from urllib.parse import urlencode

OUT = pathlib.Path(__file__).resolve().parent
API = "https://api.twitter.com/2"
EXP = "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
TF = "created_at,author_id,entities,note_tweet,referenced_tweets"
UF = "name,username"
UA = "Python/3.11 Requests/2.32.3 Tweepy/4.14.0"

ALICE = {"id": "1500000000000000001", "name": "Alice Grant", "username": "AliceGrantMayor"}
BOARD = {"id": "1500000000000000002", "name": "Harbour Board", "username": "HarbourBoard"}
BEN = {"id": "1500000000000000003", "name": "Ben Okafor", "username": "BenOkafor"}

def x_headers(remaining="299", reset="1772600000", date="Wed, 04 Mar 2026 09:00:00 GMT", extra=None):
    h = {
        "api-version": ["2.150"],
        "cache-control": ["no-cache, no-store, max-age=0"],
        "content-disposition": ["attachment; filename=json.json"],
        "content-type": ["application/json; charset=utf-8"],
        "date": [date],
        "server": ["envoy"],
        "strict-transport-security": ["max-age=631138519"],
        "x-access-level": ["read"],
        "x-content-type-options": ["nosniff"],
        "x-frame-options": ["SAMEORIGIN"],
        "x-rate-limit-limit": ["300" if remaining != "0" else "15"],
        "x-rate-limit-remaining": [remaining],
        "x-rate-limit-reset": [reset],
        "x-xss-protection": ["0"],
    }
    h.update(extra or {})
    return h

def x_request(uri):
    return {"body": None, "headers": {"Accept": ["*/*"], "Accept-Encoding": ["gzip, deflate"],
            "Connection": ["keep-alive"], "User-Agent": [UA]}, "method": "GET", "uri": uri}

def x(uri, body, code=200, message="OK", **hk):
    return {"request": x_request(uri), "response": {"body": {"string": json.dumps(body, ensure_ascii=False, separators=(",", ":"))},
            "headers": x_headers(**hk), "status": {"code": code, "message": message}}}

def tweets_uri(ids):
    return f"{API}/tweets?" + urlencode({"expansions": EXP, "tweet.fields": TF, "user.fields": UF, "ids": ",".join(ids)})

def url_entity(text, short, expanded, display, media_key=None):
    start = text.index(short)
    e = {"start": start, "end": start + len(short), "url": short, "expanded_url": expanded, "display_url": display}
    if media_key:
        e["media_key"] = media_key
    return e

def write(name, interactions):
    (OUT / name).write_text(yaml.dump({"interactions": interactions, "version": 1}, allow_unicode=True, sort_keys=False, width=100))

# --- a post by URL: &amp;, a t.co link, a trailing photo link
P1 = "1897000000000000101"
t1 = "We will not close the harbour this winter. Boats &amp; crews stay where they are. Details: https://t.co/Hb7WinTer1 https://t.co/PhOto00001"
post1 = {"id": P1, "text": t1, "author_id": ALICE["id"], "created_at": "2026-03-03T18:20:00.000Z",
         "edit_history_tweet_ids": [P1],
         "entities": {"urls": [
             url_entity(t1, "https://t.co/Hb7WinTer1", "https://harbour.example.gov/winter-plan", "harbour.example.gov/winter-plan"),
             url_entity(t1, "https://t.co/PhOto00001", f"https://x.com/AliceGrantMayor/status/{P1}/photo/1", "pic.x.com/PhOto00001", "3_1897000000000000777")]}}
write("x_post_by_url.yaml", [x(tweets_uri([P1]), {"data": [post1], "includes": {"users": [ALICE]}})])

# --- a long post: text cut with "…", the whole in note_tweet
P2 = "1897000000000000102"
long_text = ("The harbour board met for four hours tonight. Here is what we decided, in full, because residents asked "
             "for the whole picture rather than a summary. First, the harbour stays open through the winter. Second, "
             "the repairs to the north wall begin in May and will be finished before the autumn storms. Third, every "
             "invoice for the work will be published on the council website, so anyone can see where the money goes.")
note_url = "https://t.co/NoTe000001"
post2 = {"id": P2, "text": long_text[:272].rstrip() + "…", "author_id": ALICE["id"],
         "created_at": "2026-03-03T21:05:00.000Z", "edit_history_tweet_ids": [P2],
         "note_tweet": {"text": long_text + " " + note_url,
                        "entities": {"urls": [url_entity(long_text + " " + note_url, note_url,
                                                         "https://harbour.example.gov/minutes", "harbour.example.gov/minutes")]}}}
write("x_note_tweet.yaml", [x(tweets_uri([P2]), {"data": [post2], "includes": {"users": [ALICE]}})])

# --- a retweet: Ben retweets Alice; the words are Alice's
P3, ORIG = "1897000000000000103", "1897000000000000090"
orig_text = "The repairs will cost about 4 million pounds, and the work starts in May. We will publish every invoice so residents can see where the money goes."
rt_text = ("RT @AliceGrantMayor: " + orig_text)[:140] + "…"
post3 = {"id": P3, "text": rt_text, "author_id": BEN["id"], "created_at": "2026-03-04T07:45:00.000Z",
         "edit_history_tweet_ids": [P3], "referenced_tweets": [{"type": "retweeted", "id": ORIG}],
         "entities": {"mentions": [{"start": 3, "end": 19, "username": "AliceGrantMayor", "id": ALICE["id"]}]}}
orig = {"id": ORIG, "text": orig_text, "author_id": ALICE["id"], "created_at": "2026-03-03T17:00:00.000Z",
        "edit_history_tweet_ids": [ORIG]}
write("x_retweet.yaml", [x(tweets_uri([P3]), {"data": [post3], "includes": {"users": [BEN, ALICE], "tweets": [orig]}})])

# --- a reply: a run of @mentions first
P4 = "1897000000000000104"
t4 = "@AliceGrantMayor @HarbourBoard The fleet needs the harbour open all year, not only this winter."
post4 = {"id": P4, "text": t4, "author_id": BEN["id"], "created_at": "2026-03-04T08:10:00.000Z",
         "edit_history_tweet_ids": [P4], "referenced_tweets": [{"type": "replied_to", "id": P1}],
         "entities": {"mentions": [{"start": 0, "end": 16, "username": "AliceGrantMayor", "id": ALICE["id"]},
                                   {"start": 17, "end": 30, "username": "HarbourBoard", "id": BOARD["id"]}]}}
write("x_reply.yaml", [x(tweets_uri([P4]), {"data": [post4], "includes": {"users": [BEN]}})])

# --- a deleted post: found and missing in one batch (200 with an errors entry)
GONE = "1897000000000000199"
deleted = {"data": [post1], "includes": {"users": [ALICE]}, "errors": [{
    "value": GONE, "detail": f"Could not find tweet with ids: [{GONE}].", "title": "Not Found Error",
    "resource_type": "tweet", "parameter": "ids", "resource_id": GONE,
    "type": "https://api.twitter.com/2/problems/resource-not-found"}]}
write("x_deleted.yaml", [x(tweets_uri([P1, GONE]), deleted)])

# --- 429 then success once the window resets
too_many = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}
write("x_rate_limited.yaml", [
    x(tweets_uri([P1]), too_many, 429, "Too Many Requests", remaining="0", reset="1772600030"),
    x(tweets_uri([P1]), {"data": [post1], "includes": {"users": [ALICE]}}, reset="1772600930")])

# --- 401: a token the API refuses
write("x_unauthorized.yaml", [x(tweets_uri([P1]), {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
                                401, "Unauthorized")])

# --- a timeline window with two pages
def timeline_uri(uid, token=None):
    q = {"start_time": "2026-03-01T12:00:00Z", "end_time": "2026-03-05T12:00:00Z", "max_results": "100",
         "expansions": EXP, "tweet.fields": TF, "user.fields": UF}
    if token:
        q["pagination_token"] = token
    return f"{API}/users/{uid}/tweets?" + urlencode(q)

user_uri = f"{API}/users/by/username/AliceGrantMayor?" + urlencode({"user.fields": UF})
T1, T2, T3 = "1897000000000000111", "1897000000000000112", "1897000000000000113"
page1 = {"data": [
    {"id": T1, "text": "Thank you to everyone who came to the harbour board meeting. We heard you.", "author_id": ALICE["id"],
     "created_at": "2026-03-04T06:30:00.000Z", "edit_history_tweet_ids": [T1]},
    {"id": T2, "text": "Our harbour is the heart of this town, and it is going to stay that way.", "author_id": ALICE["id"],
     "created_at": "2026-03-03T19:00:00.000Z", "edit_history_tweet_ids": [T2]}],
    "includes": {"users": [ALICE]},
    "meta": {"result_count": 2, "newest_id": T1, "oldest_id": T2, "next_token": "7140dibdnow9c7btw4827n9rkm0qb3wcvk1x3yh8m5fe4"}}
page2 = {"data": [
    {"id": T3, "text": "Meeting tonight at 7 in the town hall: the future of the harbour is on the agenda.", "author_id": ALICE["id"],
     "created_at": "2026-03-02T10:00:00.000Z", "edit_history_tweet_ids": [T3]}],
    "includes": {"users": [ALICE]},
    "meta": {"result_count": 1, "newest_id": T3, "oldest_id": T3, "previous_token": "77qpymm88g5h9vqklupzvd4nkf7kfoy2rpkkj3sk8ck5i"}}
write("x_timeline.yaml", [
    x(user_uri, {"data": ALICE}),
    x(timeline_uri(ALICE["id"]), page1, remaining="1499"),
    x(timeline_uri(ALICE["id"], page1["meta"]["next_token"]), page2, remaining="1498")])
write("x_timeline_rate_limited.yaml", [
    x(user_uri, {"data": ALICE}),
    x(timeline_uri(ALICE["id"]), page1, remaining="1"),
    x(timeline_uri(ALICE["id"], page1["meta"]["next_token"]), too_many, 429, "Too Many Requests", remaining="0", reset="1772603600")])

# --- web pages
def web(uri, body, code=200, message="OK", headers=None):
    h = {"Content-Type": ["text/html; charset=utf-8"], "Date": ["Wed, 04 Mar 2026 09:00:00 GMT"], "Server": ["nginx"]}
    if body is not None:
        h["Content-Length"] = [str(len(body.encode("utf-8")))]
    h.update(headers or {})
    return {"request": {"body": None, "headers": {"User-Agent": ["quotecheck/0.1 (+quote verification; one request per page)"]},
                        "method": "GET", "uri": uri},
            "response": {"body": {"string": body or ""}, "headers": h, "status": {"code": code, "message": message}}}

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour stays open, mayor says | Coastal Courier</title>
<meta name="author" content="Dana Reyes">
<meta property="article:published_time" content="2026-03-04T08:00:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Harbour stays open, mayor says</h1>
<p class="byline">By Dana Reyes</p>
<p>The harbour will stay open through the winter, Mayor Alice Grant told the harbour board on Tuesday evening, after a four-hour meeting in the town hall.</p>
<p>&ldquo;We will not close the harbour this winter. The fishing fleet depends on it,&rdquo; Grant said to applause from the public gallery.</p>
<p>Councillor Ben Okafor said the repairs to the north wall would cost about 4 million pounds and would start in May.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Ferry timetable changes for spring</a></li><li><a href="/b">Lifeboat crew rescue two walkers</a></li></ul></aside>
<footer><p>Subscribe to the Coastal Courier newsletter. &copy; 2026 Coastal Courier.</p></footer>
</body></html>
"""
PAGE_URL = "https://news.example.org/2026/03/harbour-stays-open"
write("web_page.yaml", [web(PAGE_URL, PAGE)])
write("web_redirect.yaml", [
    web("http://news.example.org/harbour", "", 301, "Moved Permanently", {"Location": ["https://news.example.org/harbour"]}),
    web("https://news.example.org/harbour", "", 302, "Found", {"Location": ["/2026/03/harbour-stays-open"]}),
    web(PAGE_URL, PAGE)])
write("web_redirect_to_file.yaml", [
    web("https://news.example.org/trap", "", 302, "Found", {"Location": ["file:///etc/passwd"]})])
big = "<html><body><article>" + "<p>Harbour news, again and again, to fill the page.</p>\n" * 60 + "</article></body></html>"
oversized = web("https://news.example.org/huge", big)
del oversized["response"]["headers"]["Content-Length"]  # no length given: the cap must hold while reading
write("web_oversized.yaml", [oversized, web("https://news.example.org/huge-declared", big)])
write("web_not_found.yaml", [web("https://news.example.org/gone", "<html><body>Not found</body></html>", 404, "Not Found")])

# --- the CLI end to end: an article's links, a post and a page, in one run
write("cli_article_links.yaml", [
    x(tweets_uri([P1, GONE]), deleted),
    web(PAGE_URL, PAGE)])


# --- 403: a token whose access level cannot read this endpoint
write("x_forbidden.yaml", [x(tweets_uri([P1]), {
    "client_id": "29000000", "detail": "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.",
    "registration_url": "https://developer.twitter.com/en/docs/projects/overview", "title": "Client Forbidden",
    "required_enrollment": "Appropriate Level of API Access", "reason": "client-not-enrolled",
    "type": "https://api.twitter.com/2/problems/client-forbidden"}, 403, "Forbidden")])


pdf = web("https://news.example.org/report.pdf", "%PDF-1.7 not text", headers={"Content-Type": ["application/pdf"]})
write("web_not_text.yaml", [pdf])
