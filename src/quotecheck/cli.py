"""The command line: parses options, calls the library, prints the report, sets the exit code.

Kept thin and light at start-up: the pipeline is imported only when a check runs, so
``quotecheck --help`` answers at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from quotecheck import __version__
from quotecheck.report import FORMATS

DEFAULT_FAIL_ON = "altered,stitched,misattributed,not_found"
EPILOG = """\
\b
Examples:
  quotecheck draft.md --source transcripts/     check a draft against a folder
  quotecheck story.html -s notes.txt -f markdown -o report.md
  cat draft.txt | quotecheck - --format json    read the article from stdin
  pbpaste | quotecheck - --stdin-format markdown   say what stdin holds

\b
Sources on the web and in posts:
  quotecheck draft.md -s https://x.com/JimBridenstine/status/ID
  quotecheck draft.md -s https://bsky.app/profile/HANDLE/post/RKEY
  quotecheck draft.md -s https://mastodon.social/@USER/ID
  quotecheck fetch draft.md --account "Jim Bridenstine=@JimBridenstine"
  quotecheck draft.md --offline                 only what the store already holds
  quotecheck draft.docx --no-wayback            dead links stay dead (no archive copy)
  Posts on X: the X API with a bearer token in X_BEARER_TOKEN (or TWITTER_BEARER_TOKEN);
  without one, X's public embed (oEmbed). A dead page: its Wayback Machine copy.

\b
What a verdict rested on (the snapshot store):
  quotecheck store list                         what was fetched, when, from where
  quotecheck store show SNAPSHOT                a snapshot a JSON report names (match.snapshot)
  quotecheck store export --report r.json       the evidence behind a report, as JSON Lines

\b
CI:
  quotecheck drafts/ --changed-since origin/main --format github
  quotecheck drafts/*.md --fail-on error --min-level warning -f sarif -o qc.sarif
  quotecheck drafts/*.md --write-baseline .quotecheck-baseline.json

\b
The snapshot store (and the index of large source folders):
  quotecheck store info                         sizes, counts, what can be dropped
  quotecheck store prune                        drop it

\b
Exit codes: 0 nothing reached the failure level, 1 something did,
            2 bad usage or input. --no-exit: 0 whatever was found.
"""


class DefaultToCheck(TyperGroup):
    """``quotecheck ARTICLE...`` runs ``check``: the group's name is the main job's name."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] != "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, standalone_mode: bool = True, **kwargs: Any
    ) -> Any:
        """Usage errors as one line on stderr and exit 2, like every other bad input
        (click's own form is four lines: usage, hint, blank, error)."""
        if not standalone_mode:
            return super().main(args, prog_name, standalone_mode=False, **kwargs)
        # Recent typer vendors click: take its exception classes from typer's own.
        usage_error: type[Exception] = next(
            c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
        )
        click_exception: type[Exception] = next(
            c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
        )
        try:
            code = super().main(args, prog_name, standalone_mode=False, **kwargs)
        except usage_error as exc:
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx is not None else "quotecheck"
            message = exc.format_message()  # type: ignore[attr-defined]
            typer.echo(f"quotecheck: error: {message} (see {where} --help)", err=True)
            sys.exit(2)
        except click_exception as exc:
            exc.show()  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        except typer.Abort:
            typer.echo("Aborted!", err=True)
            sys.exit(1)
        except BrokenPipeError:  # `quotecheck store list | head`: the reader has gone
            stdout_gone()
            typer.echo(
                "quotecheck: error: standard output was closed before the output was written", err=True
            )
            sys.exit(2)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=DefaultToCheck,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Check every quotation in a news draft against the record.",
)


from quotecheck.store_cli import store_app  # noqa: E402  (typer only: keeps --help fast)

app.add_typer(store_app, name="store")


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"quotecheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=show_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Check every quotation in a news draft against the record."""


def fail(message: str) -> NoReturn:
    """One clear line on stderr and exit code 2: bad usage or input, never a traceback."""
    typer.echo(f"quotecheck: error: {message}", err=True)
    raise typer.Exit(2)


def refuse_a_store_file(chosen: str | None) -> None:
    """A store that is a file would be ignored whenever the run needs no store (a small
    local check, a fetch of a draft with no links, which then said "0 sources kept in
    FILE"): say so now."""
    if not chosen:
        return
    path = Path(chosen)
    if path.exists() and not path.is_dir():
        fail(f"--store {chosen}: is not a folder (the snapshot store is a folder)")
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:  # `--store notes.txt/store` can never be made
        fail(f"--store {chosen}: {blocker} is a file, so the store folder cannot be made there")


def check_article_names(articles: list[str]) -> None:
    if articles.count("-") > 1:
        fail("standard input (-) can be given only once")
    if any(not name.strip() for name in articles):  # "$DRAFT" unset: pathlib reads "" as "."
        fail("ARTICLE: an empty path (name a file; - reads standard input)")


def given(ctx: typer.Context, value: str, name: str) -> str | None:
    """The option's value if the user gave it, None if it is the default: the config file
    then decides (command line > config file > default)."""
    source = ctx.get_parameter_source(name)
    return None if source is None or source.name == "DEFAULT" else value


@app.command(epilog=EPILOG)
def check(
    ctx: typer.Context,
    articles: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="ARTICLE",
            help="Articles to check: .txt, .md, .html or .docx files; - reads standard input. "
            "With --changed-since or --files-from: files or folders that narrow the list.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source",
            "-s",
            metavar="PATH",
            help="A source file or folder (searched recursively), or a page or post URL. Repeat for more.",
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"Report format: {', '.join(FORMATS)} [default: table].",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE instead of stdout."),
    ] = None,
    config_path: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="Settings file (quotecheck.toml or a pyproject.toml with [tool.quotecheck]); "
            "default: the nearest one above the first article.",
        ),
    ] = None,
    min_level: Annotated[
        str | None,
        typer.Option(
            "--min-level", metavar="LEVEL", help="Show findings at LEVEL or above: error, warning, info."
        ),
    ] = None,
    no_exit: Annotated[
        bool,
        typer.Option(
            "--no-exit", help="Exit 0 whatever was found (report-only runs); 2 still means bad input."
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Findings recorded in FILE are known: they show but never fail.",
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline", metavar="FILE", help="Record every current finding in FILE, then exit 0."
        ),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REV",
            help="Check only articles changed since git revision REV (e.g. origin/main).",
        ),
    ] = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from",
            metavar="FILE",
            help="Check only the articles listed in FILE (one a line; - stdin).",
        ),
    ] = None,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            metavar="LEVEL|VERDICTS",
            help="What makes the exit code 1: a finding level (error, warning, info: that level or above) "
            "and/or comma-separated verdicts; none: never.",
        ),
    ] = DEFAULT_FAIL_ON,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="No progress on stderr (none either when stderr is not a terminal)."
        ),
    ] = False,
    whole_page: Annotated[
        bool | None,
        typer.Option(
            "--whole-page/--body-only",
            help="Read every part of a saved page (menus, teasers, sign-up boxes, comments); "
            "by default only the article body is read [default: --body-only].",
            show_default=False,
        ),
    ] = None,
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            metavar="PATH",
            envvar="QUOTECHECK_STORE",
            help="Snapshot store folder (default: .quotecheck/ beside the first article).",
        ),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Never use the network: only stored snapshots and local files.")
    ] = False,
    refresh: Annotated[
        bool,
        typer.Option("--refresh", help="Fetch again what the store already has (old snapshots are kept)."),
    ] = False,
    no_links: Annotated[
        bool, typer.Option("--no-links", help="Do not fetch the pages and posts the article links to.")
    ] = False,
    account: Annotated[
        list[str] | None,
        typer.Option(
            "--account",
            metavar="NAME=@HANDLE",
            help="A speaker's account on X: their posts around the article's date are fetched. Repeat for more.",
        ),
    ] = None,
    allow_private_hosts: Annotated[
        bool,
        typer.Option(
            "--allow-private-hosts",
            help="Also fetch from intranet addresses (127.0.0.1, 10.x, 192.168.x, ...): off by default, "
            "so that a link in a draft cannot reach inside the network quotecheck runs in.",
        ),
    ] = False,
    stdin_format: Annotated[
        str | None,
        typer.Option(
            "--stdin-format",
            metavar="FORMAT",
            help="What the article on standard input (-) is: markdown, html or text. By default it "
            "is HTML only when it opens with <!doctype html> or <html>, Markdown only when it opens "
            "with front matter (---) or a # heading, else text; a Word draft is known by its bytes.",
        ),
    ] = None,
    no_wayback: Annotated[
        bool,
        typer.Option(
            "--no-wayback",
            help="Do not look dead links (404, 410, no such host) up in the Wayback Machine "
            "(by default its last copy from before the article's date stands in).",
        ),
    ] = False,
) -> None:
    """Check the quotes in ARTICLE... against the sources and print a report.

    Each quote gets a verdict: exact, equivalent (case or punctuation only), edited (marked
    edits: "…", [brackets], [sic]), altered, stitched, misattributed, not_found, or
    unverified when there is no source to check against.
    """
    if output_format is not None and output_format not in FORMATS:
        fail(f"unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
    articles = list(articles or [])
    check_article_names(articles)
    if stdin_format is not None:
        from quotecheck.article import STDIN_FORMATS

        if stdin_format not in STDIN_FORMATS:
            fail(f"unknown --stdin-format {stdin_format!r} (choose from {', '.join(STDIN_FORMATS)})")
        if "-" not in articles:
            fail("--stdin-format says what standard input is: give - as the ARTICLE to read it")
    if "-" in articles and (changed_since is not None or files_from is not None):
        # the selection keeps files only: the draft on standard input was dropped unread
        option = "--changed-since" if changed_since is not None else "--files-from"
        fail(f"{option} chooses the articles from files: - (standard input) cannot be one of them")

    from quotecheck.api import assess
    from quotecheck.errors import QuotecheckError
    from quotecheck.newsroom.run import Options, prepare
    from quotecheck.report import formatter

    try:
        plan = prepare(
            Options(
                articles=articles,
                sources=source or [],
                output_format=output_format,
                fail_on=given(ctx, fail_on, "fail_on"),
                min_level=min_level,
                config=config_path,
                baseline=baseline,
                changed_since=changed_since,
                files_from=files_from,
                writing_baseline=write_baseline is not None,
            )
        )
    except QuotecheckError as exc:
        fail(str(exc))
        return
    articles, output_format = plan.articles, plan.output_format
    if not articles and not plan.selected:
        fail("give at least one ARTICLE (or --changed-since REV / --files-from FILE)")

    progress = None
    if not quiet and sys.stderr.isatty() and len(articles) > 1:

        def progress(path: str) -> None:
            typer.echo(f"checking {path}", err=True)

    config_accounts = [f"{name}={handle}" for name, handle in plan.config.accounts.items()]
    paths, remote = remote_options(
        articles,
        plan.sources,  # --source, else the config's sources
        store or plan.config.store,  # --store or QUOTECHECK_STORE, else the config's store
        offline,
        refresh,
        no_links,
        [*config_accounts, *(account or [])],  # --account wins over the config's accounts
        quiet,
        without_wayback(plan.config.fetch_limits(allow_private_hosts), no_wayback),
    )
    refuse_a_store_file(store or plan.config.store)
    # A mistyped source path would leave every quote unverified and the run green: bad input.
    missing = next((p for p in paths if not Path(p).exists()), None)
    if missing is not None:
        fail(f"{'--source' if source else 'sources (config file)'} {missing}: no such file or folder")
    for option, target in (("--output", output), ("--write-baseline", write_baseline)):
        if target is not None and target.is_dir():
            fail(f"{option} {target}: is a folder; name a file")
    if output is not None and write_baseline is not None and output.resolve() == write_baseline.resolve():
        fail(f"--output and --write-baseline name the same file ({output}): one would overwrite the other")
    # the snapshot store is read too: `-o .quotecheck/store.sqlite3` would replace it
    inputs = [*(a for a in articles if a != "-"), *paths, *store_files(remote.store)]
    known = [str(baseline)] if baseline else []  # --write-baseline may rewrite --baseline: README
    for option, target, reads in (
        ("--output", output, [*inputs, *known]),
        ("--write-baseline", write_baseline, inputs),
    ):
        clobbered = overwrites(target, reads)
        if clobbered is not None:  # `-o draft.md` for `-o draft-report.md` would destroy the draft
            fail(f"{option} {target} would overwrite {clobbered}, which this run reads")
    try:
        from quotecheck.article import Document, load_document
        from quotecheck.progress import Progress

        reading_whole = plan.config.whole_page if whole_page is None else whole_page
        drafts: list[str | Document] = [
            load_document("-", stdin_format, whole_page=reading_whole) if a == "-" and stdin_format else a
            for a in articles
        ]
        outcome = assess(
            drafts,
            sources=paths,
            thresholds=plan.thresholds,
            progress=progress,
            remote=remote,
            policy=plan.policy,
            baseline=plan.baseline,
            whole_page=reading_whole,
            bars=Progress.for_terminal(quiet),
        )
        report = outcome.report
        if write_baseline is not None:
            from quotecheck.newsroom.baseline import write_baseline as record

            count = record(report, write_baseline)
            if not quiet:
                typer.echo(f"quotecheck: wrote {count} findings to {write_baseline}", err=True)
    except QuotecheckError as exc:
        fail(str(exc))
        return
    from quotecheck.report import Terminal

    terminal = Terminal.detect(sys.stdout) if output is None else Terminal()
    text = formatter(output_format, terminal).render(report)
    write_output(text, output)
    if output_format == "github":
        try:
            plan.github_summary(report)
        except QuotecheckError as exc:
            fail(str(exc))
    if outcome.failed and not no_exit and write_baseline is None:
        raise typer.Exit(1)


def remote_options(
    articles: list[str],
    sources: list[str],
    store: str | None,
    offline: bool,
    refresh: bool,
    no_links: bool,
    accounts: list[str],
    quiet: bool,
    limits: Any = None,
) -> tuple[list[str], Any]:
    """Split ``--source`` into local paths and URLs, and describe what may be fetched."""
    from quotecheck.errors import QuotecheckError
    from quotecheck.sources.remote import open_remote

    urls, paths = split_sources(sources)
    try:
        remote = open_remote(
            articles,
            store=store,
            offline=offline,
            refresh=refresh,
            urls=urls,
            follow_links=not no_links,
            accounts=accounts,
            limits=limits,
            notify=notifier(quiet),
        )
    except QuotecheckError as exc:
        fail(str(exc))
    return paths, remote


def without_wayback(limits: Any, no_wayback: bool) -> Any:
    """The fetch limits with the Wayback Machine turned off when ``--no-wayback`` says so
    (the config file's ``[fetch] wayback`` otherwise)."""
    if not no_wayback:
        return limits
    from dataclasses import replace

    return replace(limits, wayback=False)


def split_sources(sources: list[str]) -> tuple[list[str], list[str]]:
    """``--source`` values as (URLs, local paths)."""
    if any(not s.strip() for s in sources):  # "" is the current folder: every file in it a source
        fail("--source: an empty path (name a file, a folder or a URL; . for the current folder)")
    urls = [s for s in sources if s.lower().startswith(("http://", "https://"))]
    return urls, [s for s in sources if s not in urls]


def notifier(quiet: bool) -> Any:
    def notify(message: str) -> None:
        if not quiet:
            typer.echo(f"quotecheck: {message}", err=True)

    return notify


FETCH_EPILOG = """\
\b
Examples:
  quotecheck fetch draft.md              then, without the network: quotecheck draft.md --offline
  quotecheck fetch draft.md --account "Jim Bridenstine=@JimBridenstine"
"""


@app.command(epilog=FETCH_EPILOG)
def fetch(
    articles: Annotated[
        list[str],
        typer.Argument(
            metavar="ARTICLE", help="Articles whose linked pages and posts to fetch.", show_default=False
        ),
    ],
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source", "-s", metavar="URL", help="A page or post URL to fetch too. Repeat for more."
        ),
    ] = None,
    store: Annotated[
        str | None,
        typer.Option("--store", metavar="PATH", envvar="QUOTECHECK_STORE", help="Snapshot store folder."),
    ] = None,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Fetch again what the store already has.")
    ] = False,
    account: Annotated[
        list[str] | None,
        typer.Option("--account", metavar="NAME=@HANDLE", help="A speaker's account on X. Repeat for more."),
    ] = None,
    config_path: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="Settings file; default: the nearest one above the first article.",
        ),
    ] = None,
    allow_private_hosts: Annotated[
        bool, typer.Option("--allow-private-hosts", help="Also fetch from intranet addresses.")
    ] = False,
    no_wayback: Annotated[
        bool, typer.Option("--no-wayback", help="Do not look dead links up in the Wayback Machine.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No messages or progress on stderr.")] = False,
) -> None:
    """Fill the snapshot store ahead of time, so that later checks can run --offline (in CI).

    Exit code 0 when everything was fetched, 1 when some sources could not be.
    """
    from quotecheck.api import fetch as fetch_sources
    from quotecheck.errors import QuotecheckError
    from quotecheck.newsroom.config import load_config
    from quotecheck.progress import Progress

    check_article_names(articles)
    try:
        config = load_config(config_path, next((a for a in articles if a != "-"), None))
    except QuotecheckError as exc:
        fail(str(exc))
    urls, paths = split_sources(source or [])
    if paths:
        fail(f"--source {paths[0]}: fetch takes URLs; local files need no fetching")
    refuse_a_store_file(store or config.store)
    config_accounts = [f"{name}={handle}" for name, handle in config.accounts.items()]
    try:
        done = fetch_sources(
            articles,
            urls,
            store=store or config.store,
            refresh=refresh,
            accounts=[*config_accounts, *(account or [])],  # --account wins over the config's
            limits=without_wayback(config.fetch_limits(allow_private_hosts), no_wayback),
            notify=notifier(quiet),
            bars=Progress.for_terminal(quiet),
        )
    except QuotecheckError as exc:
        fail(str(exc))
        return
    problems = done.problems
    typer.echo(
        f"{done.kept} sources kept in {done.store}" + (f", {len(problems)} missing" if problems else "")
    )
    for problem in problems:
        typer.echo(f"missing: {problem.locator}: {problem.message}", err=True)
    if problems:
        raise typer.Exit(1)


def store_files(store: Any) -> list[str]:
    """The snapshot store's database and index files: `-o .quotecheck/store.sqlite3` would
    replace every snapshot kept (paid reads of posts among them) with a report."""
    if store is None:
        return []
    return [str(p) for p in (*store.database_files, store.index_dir)]


def overwrites(target: Path | None, inputs: list[str]) -> str | None:
    """The input (an article, a source file or a file in a source folder) that writing
    ``target`` would replace, if any."""
    if target is None or not target.exists():
        return None
    where = target.resolve()
    for name in inputs:
        path = Path(name).resolve()
        if where == path:
            return name
        if path in where.parents:
            return f"a file in {name}"
    return None


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:  # a full disk behind `> report.txt`, a reader gone (`| head`)
            stdout_gone()
            fail(f"standard output: cannot write the report ({exc.strerror or exc})")
        return
    from quotecheck.writing import replace_file

    try:
        replace_file(output, text)  # whole or not at all: a failed run never leaves half a report
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror})")


def stdout_gone() -> None:
    """Point standard output at /dev/null: what is still buffered for a closed pipe or a full
    disk would fail again when Python flushes it at exit ("Exception ignored ...", code 120)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor behind stdout (a test runner's buffer)
        pass


def main(args: Any = None) -> None:
    app(args=args, prog_name="quotecheck")
