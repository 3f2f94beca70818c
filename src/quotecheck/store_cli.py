"""``quotecheck store``: look into and look after the snapshot store.

Auditing: the JSON report names the snapshot each match came from (``match.snapshot``, the
start of the content hash); ``store show`` prints that snapshot as kept (where and when it
was retrieved, who wrote it, the text matched against, the raw response with ``--raw``),
``store list`` lists what is kept, and ``store export`` writes snapshots as JSON Lines (all
of them, or those a report cites) to keep beside a published story.

Upkeep: ``store info`` gives sizes and counts (snapshots, caches, the manifest of source
files, the match index) and ``store prune`` drops what is no longer needed.

Kept light: typer only at import, the store when a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from quotecheck.store import Snapshot, Store

STORE_EPILOG = """\
\b
Examples:
  quotecheck store list                            what the store beside you holds
  quotecheck store show 2b800f39f735f1d7           a snapshot a JSON report names (match.snapshot)
  quotecheck store show https://example.org/page   the latest version of a page, and its history
  quotecheck store export --report report.json -o evidence.jsonl
  quotecheck store info                            sizes, counts, what prune would drop
  quotecheck store prune --dry-run                 then without --dry-run
  quotecheck store info --store archive/.quotecheck
"""

store_app = typer.Typer(
    name="store",
    help="Look into the snapshot store (what was fetched, when, what a verdict rested on) and look after it.",
    epilog=STORE_EPILOG,
    add_completion=False,
    rich_markup_mode=None,
)


@store_app.callback(invoke_without_command=True)
def store_group(ctx: typer.Context) -> None:
    """Look into the snapshot store (what was fetched, when, and what a verdict rested on)
    and look after it (sizes, pruning)."""
    if ctx.invoked_subcommand is None:
        fail("store needs a command: list, show, export, info or prune (see quotecheck store --help)")


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="PATH",
        envvar="QUOTECHECK_STORE",
        help="Snapshot store folder (default: .quotecheck/ here).",
        show_default=False,
    ),
]


def fail(message: str) -> None:
    typer.echo(f"quotecheck: error: {message}", err=True)
    raise typer.Exit(2)


@contextmanager
def reading(store: Store) -> Iterator[None]:
    """Read the store, then close it; damage found on the way (a malformed file, a row
    that is not whole) is one line and exit 2, as in a check."""
    from quotecheck.errors import QuotecheckError

    try:
        yield
    except QuotecheckError as exc:
        fail(str(exc))
    finally:
        store.close()


def open_store(path: str | None) -> Store:
    """The store at ``path`` (or the default), which must exist: an audit creates nothing."""
    from quotecheck.store import DB_NAME, Store, store_dir

    root = store_dir(path)
    if not (root / DB_NAME).is_file():
        fail(
            f"{root}: no snapshot store here (fill one with `quotecheck fetch`, or name it with --store PATH)"
        )
    return Store(root)


def summary(snap: Snapshot) -> dict[str, Any]:
    """What a listing says about a snapshot (no text, no raw response)."""
    return {
        "snapshot": snap.short,
        "kind": snap.kind,
        "locator": snap.locator,
        "author": snap.author,
        "handle": snap.handle,
        "published": snap.published,
        "retrieved": snap.retrieved,
        "characters": len(snap.text),
    }


def record(snap: Snapshot, raw: bool) -> dict[str, Any]:
    """A snapshot whole, as exported: everything kept, the raw response in base64."""
    import base64

    data = {**summary(snap), "hash": snap.hash, "meta": snap.meta, "text": snap.text}
    del data["characters"]
    if raw:
        data["raw_base64"] = base64.b64encode(snap.raw).decode("ascii")
    return data


@store_app.command("list", epilog=STORE_EPILOG)
def list_snapshots(
    store: StoreOption = None,
    kind: Annotated[
        str | None, typer.Option("--kind", metavar="KIND", help="Only this kind: page, post, ...")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object a line instead of a table.")
    ] = False,
) -> None:
    """List the kept snapshots: snapshot id, kind, when retrieved, author, where from."""
    import json

    from tabulate import tabulate

    kept = open_store(store)
    with reading(kept):
        rows = [summary(s) for s in kept.snapshots(kind)]
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        typer.echo(f"no snapshots in {kept.root}" + (f" of kind {kind}" if kind else ""))
        return
    table = [
        [r["snapshot"], r["kind"], r["retrieved"], r["handle"] or r["author"] or "", r["locator"]]
        for r in rows
    ]
    typer.echo(tabulate(table, ["snapshot", "kind", "retrieved", "author", "source"], tablefmt="simple"))
    typer.echo(f"{len(rows)} snapshot{'s' if len(rows) != 1 else ''} in {kept.root}")


@store_app.command("show", epilog=STORE_EPILOG)
def show(
    key: Annotated[
        str,
        typer.Argument(
            metavar="SNAPSHOT|URL",
            help="A snapshot id as a report names it (match.snapshot; at least 4 hex digits), or a locator.",
            show_default=False,
        ),
    ],
    store: StoreOption = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="Write the raw response as fetched (bytes) instead.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="The snapshot as one JSON object.")] = False,
) -> None:
    """Show one snapshot: where and when it was retrieved, who wrote it, and the text a
    quote was checked against. A locator shows its latest version and lists the others."""
    import json

    kept = open_store(store)
    with reading(kept):
        found = kept.find(key)
    if not found:
        hint = ""
        if len(key) == 16 and all(c in "0123456789abcdef" for c in key.lower()):
            hint = (
                " (a local source file is not kept in the store: its snapshot id is the SHA-256 of its bytes)"
            )
        fail(f"{key}: no such snapshot in {kept.root}{hint}")
    hashes = {s.hash for s in found}
    if len(hashes) > 1 and len({s.locator for s in found}) > 1:
        fail(
            f"{key}: matches {len(found)} snapshots; give more of the id: {', '.join(s.short for s in found)}"
        )
    snap = found[-1]
    if raw:
        sys.stdout.buffer.write(snap.raw)
        sys.stdout.flush()
        return
    if as_json:
        typer.echo(json.dumps(record(snap, raw=False), ensure_ascii=False, indent=2))
        return
    fields = [
        ("snapshot", snap.hash),
        ("kind", snap.kind),
        ("source", snap.locator),
        ("author", snap.author),
        ("handle", snap.handle),
        ("published", snap.published),
        ("retrieved", snap.retrieved),
        ("raw", f"{len(snap.raw):,} bytes (--raw writes them)"),
    ]
    fields += [(f"meta.{k}", str(v)) for k, v in sorted(snap.meta.items())]
    for name, value in fields:
        if value:
            typer.echo(f"{name + ':':<12} {value}")
    older = found[:-1]
    if older:
        typer.echo(f"{'history:':<12} {len(older)} older version{'s' if len(older) != 1 else ''}:")
        for s in reversed(older):
            typer.echo(f"{'':<12} {s.short}  retrieved {s.retrieved}")
    typer.echo("")
    typer.echo(snap.text)


@store_app.command("export", epilog=STORE_EPILOG)
def export(
    store: StoreOption = None,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report", metavar="FILE", help="Only the snapshots this JSON report's matches rest on."
        ),
    ] = None,
    snapshot: Annotated[
        list[str] | None,
        typer.Option("--snapshot", metavar="ID", help="Only this snapshot (id or locator). Repeat for more."),
    ] = None,
    raw: Annotated[bool, typer.Option("--raw/--no-raw", help="Include the raw responses (base64).")] = True,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
    ] = None,
) -> None:
    """Write snapshots as JSON Lines, one whole snapshot a line (metadata, text, raw
    response): the evidence behind a report, to keep beside the published story."""
    import json

    from quotecheck.cli import write_output

    wanted = list(snapshot or [])
    if report is not None:
        wanted += cited(report)
    kept = open_store(store)
    missing: list[str] = []
    with reading(kept):
        if report is None and not snapshot:
            chosen = list(kept.snapshots())
        else:
            chosen, seen = [], set()
            for key in wanted:
                matches = kept.find(key)  # a locator: every version of it
                if not matches:
                    missing.append(key)
                for snap in matches:
                    if snap.hash not in seen:
                        seen.add(snap.hash)
                        chosen.append(snap)
    if missing and snapshot and any(m in snapshot for m in missing):
        fail(f"--snapshot {next(m for m in missing if m in snapshot)}: no such snapshot in {kept.root}")
    if missing:  # a report's local source files: their ids are file hashes, not in the store
        typer.echo(
            f"quotecheck: {len(missing)} cited snapshot{'s are' if len(missing) != 1 else ' is'} not in the store"
            f" (local source files are not kept there): {', '.join(missing)}",
            err=True,
        )
    text = "".join(json.dumps(record(s, raw), ensure_ascii=False) + "\n" for s in chosen)
    write_output(text, output)
    if output is not None:
        typer.echo(f"{len(chosen)} snapshot{'s' if len(chosen) != 1 else ''} written to {output}", err=True)


def cited(report: Path) -> list[str]:
    """The snapshot ids a JSON report's matches name (local files have none in the store)."""
    import json

    try:
        data = json.loads(report.read_text(encoding="utf-8"))
        matches = [q.get("match") for a in data["articles"] for q in a["quotes"]]
    except OSError as exc:
        fail(f"--report {report}: cannot read ({exc.strerror})")
        return []
    except (ValueError, KeyError, TypeError, AttributeError):
        fail(f"--report {report}: not a quotecheck JSON report (quotecheck --format json)")
        return []
    return list(dict.fromkeys(m["snapshot"] for m in matches if isinstance(m, dict) and m.get("snapshot")))


UnusedOption = Annotated[
    float,
    typer.Option(
        "--unused-days",
        metavar="DAYS",
        min=0,
        help="Index segments no run has used for DAYS can be dropped.",
    ),
]


def megabytes(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


@store_app.command(epilog=STORE_EPILOG)
def info(store: StoreOption = None, unused_days: UnusedOption = 30.0) -> None:
    """Sizes and counts: snapshots, caches, the manifest of source files, the match index,
    and what `store prune` would drop."""
    from tabulate import tabulate

    from quotecheck.errors import QuotecheckError
    from quotecheck.store_upkeep import store_info

    handle = open_store(store)
    try:
        facts = store_info(handle, unused_days)
    except QuotecheckError as exc:
        typer.echo(f"quotecheck: error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        handle.close()
    rows = [
        ("store", facts.root),
        ("schema version", facts.schema),
        ("database", megabytes(facts.database_bytes)),
        ("index files", megabytes(facts.index_bytes)),
        ("snapshots", ", ".join(f"{k} {v}" for k, v in sorted(facts.snapshots.items())) or "none"),
        ("cache entries", ", ".join(f"{k} {v}" for k, v in sorted(facts.cache.items())) or "none"),
        ("source files in the manifest", facts.manifest_files),
        ("index segments", f"{facts.segments} ({facts.segment_chars / 1e6:.1f} M characters)"),
    ]
    droppable = [
        ("manifest entries of files gone", len(facts.manifest_gone)),
        (f"segments unused for {unused_days:g} days or of an old version", len(facts.segments_unused)),
        ("index files no segment owns", len(facts.orphan_files)),
        ("free database pages", megabytes(facts.free_bytes)),
    ]
    typer.echo(tabulate(rows, tablefmt="plain"))
    typer.echo("\nstore prune would drop:")
    typer.echo(tabulate(droppable, tablefmt="plain"))


@store_app.command(epilog=STORE_EPILOG)
def prune(
    store: StoreOption = None,
    unused_days: UnusedOption = 30.0,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be dropped; drop nothing.")
    ] = False,
) -> None:
    """Drop what is no longer needed: manifest entries of files gone, index segments unused
    for a while, index files left by a killed run; then reclaim the free space. Snapshots
    (the record checks are repeated against) are never dropped."""
    from quotecheck.errors import QuotecheckError
    from quotecheck.store_upkeep import prune_store

    handle = open_store(store)
    try:
        done = prune_store(handle, unused_days, dry_run)
    except QuotecheckError as exc:
        typer.echo(f"quotecheck: error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        handle.close()
    verb = "would drop" if dry_run else "dropped"
    typer.echo(
        f"{verb} {done.manifest_entries} manifest entries, {done.segments} index segments, "
        f"{done.orphan_files} stray index files; "
        f"store {megabytes(done.bytes_before)} -> {megabytes(done.bytes_after)}"
    )
