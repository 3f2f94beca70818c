"""``quotecheck store ...``: look after the snapshot store (sizes, counts, pruning).

A typer sub-app registered by ``cli.py``; imports nothing heavy until a command runs, so
``quotecheck --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from quotecheck.store import Store

STORE_EPILOG = """\
\b
Examples:
  quotecheck store info                     the store beside the current folder (.quotecheck/)
  quotecheck store info --store archive/.quotecheck
  quotecheck store prune --dry-run          what would be dropped
  quotecheck store prune --unused-days 7
"""

store_app = typer.Typer(
    help="Look after the snapshot store: what it holds, and pruning what is no longer needed.",
    invoke_without_command=True,
    rich_markup_mode=None,
    epilog=STORE_EPILOG,
)


@store_app.callback()
def store_group(ctx: typer.Context) -> None:
    """Look after the snapshot store: what it holds, and pruning what is no longer needed."""
    if ctx.invoked_subcommand is None:
        typer.echo(
            "quotecheck: error: store needs a command: info or prune (see quotecheck store --help)", err=True
        )
        raise typer.Exit(2)


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="PATH",
        envvar="QUOTECHECK_STORE",
        help="Snapshot store folder (default: .quotecheck/ in the current folder).",
    ),
]
UnusedOption = Annotated[
    float,
    typer.Option(
        "--unused-days",
        metavar="DAYS",
        min=0,
        help="Index segments no run has used for DAYS can be dropped.",
    ),
]


def open_store(path: str | None) -> Store:
    """The store at ``--store`` (or its default); one that does not exist is an error, not
    a new empty store."""
    from pathlib import Path

    from quotecheck.store import DB_NAME, Store, store_dir

    root = store_dir(path)
    if not (root / DB_NAME).exists():
        typer.echo(f"quotecheck: error: {root}: no snapshot store here (see --store)", err=True)
        raise typer.Exit(2)
    return Store(Path(root))


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
