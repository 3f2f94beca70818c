"""Configuration: ``[tool.quotecheck]`` in pyproject.toml, or quotecheck.toml.

Found by walking up from the (first) article, as Vale finds ``.vale.ini``, so a newsroom
keeps one file at the root of its drafts repository; ``--config PATH`` wins over the walk,
and command-line options win over the file. Unknown keys are an error that names the key:
a misspelt ``treshold`` silently ignored would make a CI check pass that should fail.
Relative paths in the file are relative to the file, not to where quotecheck runs.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from quotecheck.errors import QuotecheckError
from quotecheck.model import Level
from quotecheck.newsroom.policy import FailOn, HouseStyle, Policy, PolicyError, parse_level

FILE_NAMES = ("quotecheck.toml", "pyproject.toml")
KEYS = (
    "sources", "store", "accounts", "aliases", "thresholds", "levels", "house_style",
    "fail_on", "min_level", "baseline", "format", "fetch", "whole_page",
)  # fmt: skip
HOUSE_KEYS = ("allow_filler_removal", "allow_grammar_fixes")
FETCH_KEYS = {
    "allow_private_hosts": bool, "deadline": float, "run_deadline": float, "max_links": int, "workers": int,
    "wayback": bool,
}  # fmt: skip
"""``[fetch]``: the FetchLimits a newsroom may set (seconds, counts; see sources.safe_http)."""
MAX_SECONDS = 86400
"""The longest deadline a config may set: ``deadline = 1e10`` (meant as "no deadline")
ended every fetch in a traceback from the deadline's timer thread."""
SCORES = frozenset({"found"})
"""Thresholds that are scores (0 to 100); the others count characters or words (0 or more)."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    """The file the settings came from (None: defaults only)."""
    sources: tuple[str, ...] = ()
    store: str | None = None
    accounts: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    levels: dict[str, Level] = field(default_factory=dict)
    house: HouseStyle = field(default_factory=HouseStyle)
    fail_on: FailOn | None = None
    min_level: Level | None = None
    baseline: str | None = None
    format: str | None = None
    fetch: dict[str, Any] = field(default_factory=dict)
    whole_page: bool = False
    """Read every part of a saved page, not only the article body (``--whole-page``)."""

    def fetch_limits(self, allow_private_hosts: bool = False) -> Any:
        """sources.safe_http.FetchLimits from ``[fetch]``; ``allow_private_hosts`` (the
        command-line switch) opens intranet addresses whatever the file says."""
        from dataclasses import replace

        from quotecheck.sources.addresses import HostPolicy
        from quotecheck.sources.safe_http import FetchLimits

        values = {k: v for k, v in self.fetch.items() if k != "allow_private_hosts"}
        private = allow_private_hosts or bool(self.fetch.get("allow_private_hosts"))
        return replace(FetchLimits(**values), hosts=HostPolicy(allow_private=private))

    def policy(self, fail_on: FailOn | None = None, min_level: Level | None = None) -> Policy:
        """The policy with command-line values (when given) over the file's."""
        base = Policy()
        return Policy(
            levels=self.levels,
            house=self.house,
            aliases=self.aliases,
            accounts=self.accounts,
            min_level=min_level or self.min_level or base.min_level,
            fail_on=fail_on or self.fail_on or base.fail_on,
        )


def find_config(start: Path) -> Path | None:
    """The nearest quotecheck.toml, or pyproject.toml with a [tool.quotecheck] table,
    in ``start`` or a folder above it."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "quotecheck.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and b"[tool.quotecheck" in pyproject.read_bytes():
            return pyproject
    return None


def load_config(explicit: str | Path | None = None, near: str | Path | None = None) -> Config:
    """``explicit`` (``--config``) if given, else the file found walking up from ``near``."""
    if explicit is not None:
        path = Path(explicit)
        if path.is_dir():
            raise QuotecheckError(
                f"--config {explicit}: is a folder; name the quotecheck.toml or pyproject.toml"
            )
        if not path.is_file():
            raise QuotecheckError(f"--config {explicit}: no such file")
    else:
        found = find_config(Path(near) if near is not None else Path.cwd())
        if found is None:
            return Config()
        path = found
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise QuotecheckError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise QuotecheckError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml" or isinstance(data.get("tool"), dict):
        table = data.get("tool", {}).get("quotecheck", {})
        where = f"{path} [tool.quotecheck]"
    else:
        table, where = data, str(path)
    if not isinstance(table, dict):
        raise QuotecheckError(f"{where}: must be a table")
    try:
        return parse_table(table, path, where)
    except PolicyError as exc:
        raise QuotecheckError(f"{where}: {exc}") from None


def parse_table(table: dict[str, Any], path: Path, where: str) -> Config:
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise QuotecheckError(f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(KEYS)})")
    base = path.parent

    def rel(value: Any, key: str) -> str:
        text: str = expect(value, str, key)
        if not text.strip():  # "" would be the config's own folder: every file in it a source
            raise PolicyError(f"{key}: an empty path")
        if "://" in text or Path(text).is_absolute():
            return text
        try:  # reports name sources as the user would type them from here
            return str((base / text).relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(base / text)

    sources = tuple(rel(s, "sources") for s in expect_list(table.get("sources", []), "sources"))
    accounts = {str(k): expect(v, str, f"accounts.{k}") for k, v in expect_table(table, "accounts").items()}
    aliases = {
        str(k): tuple(expect(x, str, f"aliases.{k}") for x in (v if isinstance(v, list) else [v]))
        for k, v in expect_table(table, "aliases").items()
    }
    thresholds = parse_thresholds(expect_table(table, "thresholds"))
    levels = {
        str(k): parse_level(expect(v, str, f"levels.{k}"), f"levels.{k}")
        for k, v in expect_table(table, "levels").items()
    }
    from quotecheck.verify import FINDING_CODES

    typo = sorted(set(levels) - FINDING_CODES)
    if typo:  # a misspelt code would silently keep its old level
        raise PolicyError(
            f"levels.{typo[0]}: unknown finding code (known: {', '.join(sorted(FINDING_CODES))})"
        )
    house_table = expect_table(table, "house_style")
    bad = sorted(set(house_table) - set(HOUSE_KEYS))
    if bad:
        raise QuotecheckError(f"{where}: unknown key 'house_style.{bad[0]}' (known: {', '.join(HOUSE_KEYS)})")
    house = HouseStyle(**{k: expect(v, bool, f"house_style.{k}") for k, v in house_table.items()})
    fail_on = None
    if "fail_on" in table:
        raw = table["fail_on"]
        fail_on = FailOn.parse(raw if isinstance(raw, str) else expect_list(raw, "fail_on"), "fail_on")
    min_level = (
        parse_level(expect(table["min_level"], str, "min_level"), "min_level")
        if "min_level" in table
        else None
    )
    return Config(
        fetch=parse_fetch(expect_table(table, "fetch")),
        path=path,
        sources=sources,
        store=rel(table["store"], "store") if "store" in table else None,
        accounts=accounts,
        aliases=aliases,
        thresholds=thresholds,
        levels=levels,
        house=house,
        fail_on=fail_on,
        min_level=min_level,
        baseline=rel(table["baseline"], "baseline") if "baseline" in table else None,
        format=expect(table["format"], str, "format") if "format" in table else None,
        whole_page=expect(table.get("whole_page", False), bool, "whole_page"),
    )


def parse_thresholds(table: dict[str, Any]) -> dict[str, float]:
    """Keys are the numeric fields of verify.Thresholds, whatever fields it has today
    (per-code levels have their own ``[levels]`` table)."""
    from quotecheck.verify import Thresholds

    defaults = Thresholds()
    known = [f.name for f in fields(Thresholds) if isinstance(getattr(defaults, f.name), int | float)]
    out: dict[str, float] = {}
    for key, value in table.items():
        if key not in known:
            raise PolicyError(f"unknown key 'thresholds.{key}' (known: {', '.join(known)})")
        wanted = type(getattr(defaults, key))
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (wanted is int and not isinstance(value, int))
        ):
            raise PolicyError(
                f"thresholds.{key}: expected {'a whole number' if wanted is int else 'a number'}, got {value!r}"
            )
        if math.isnan(value) or math.isinf(value):  # every comparison with nan is False: all pass
            raise PolicyError(f"thresholds.{key}: expected a number, got {value!r}")
        if value < 0:  # a sign slip: a negative score or distance would let everything through
            raise PolicyError(f"thresholds.{key}: expected 0 or more, got {value!r}")
        if key in SCORES and value > 100:  # a score is a percentage: above 100 nothing is ever found
            raise PolicyError(f"thresholds.{key}: a score from 0 to 100, got {value!r}")
        out[key] = wanted(value)
    return out


def parse_fetch(table: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        kind = FETCH_KEYS.get(key)
        if kind is None:
            raise PolicyError(f"unknown key 'fetch.{key}' (known: {', '.join(FETCH_KEYS)})")
        if kind is bool:
            out[key] = expect(value, bool, f"fetch.{key}")
            continue
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if (
            not number
            or (kind is int and not isinstance(value, int))
            or math.isnan(value)
            or math.isinf(value)
        ):
            wanted = "a whole number" if kind is int else "a number of seconds"
            raise PolicyError(f"fetch.{key}: expected {wanted}, got {value!r}")
        # a deadline of 0 or no worker at all would fetch nothing; max_links = 0 is --no-links
        bound = {"max_links": (0, "0 or more"), "workers": (1, "1 or more")}.get(key, (None, "more than 0"))
        if (value < bound[0]) if bound[0] is not None else (value <= 0):
            raise PolicyError(f"fetch.{key}: expected {bound[1]}, got {value!r}")
        if kind is float and value > MAX_SECONDS:  # a timer that long overflows the thread's wait
            raise PolicyError(f"fetch.{key}: expected at most {MAX_SECONDS} seconds (a day), got {value!r}")
        out[key] = kind(value)
    return out


def thresholds_of(config: Config) -> Any:
    """verify.Thresholds from the file; per-code levels go in too when verify takes them."""
    from quotecheck.verify import DEFAULT_THRESHOLDS, Thresholds

    values: dict[str, Any] = dict(config.thresholds)
    if config.levels and "levels" in {f.name for f in fields(Thresholds)}:
        values["levels"] = tuple((code, level.value) for code, level in config.levels.items())
    if not values:
        return DEFAULT_THRESHOLDS
    return Thresholds(**values)


def expect(value: Any, kind: type, key: str) -> Any:
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise PolicyError(f"{key}: expected {kind.__name__}, got {value!r}")
    return value


def expect_list(value: Any, key: str) -> list[Any]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise PolicyError(f"{key}: expected a list, got {value!r}")
    return value


def expect_table(table: dict[str, Any], key: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(f"{key}: expected a table, got {value!r}")
    return value
