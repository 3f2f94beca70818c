"""quotecheck: check every quotation in a news draft against the record.

The library is what the CLI wires: ``quotecheck.check(["draft.md"], sources=["notes/"])``
returns a :class:`~quotecheck.model.Report`; ``quotecheck.assess`` also applies a newsroom's
policy and says what fails; ``quotecheck.fetch`` fills the snapshot store. Heavy modules
load only when used, so that ``quotecheck --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from quotecheck.api import assess as assess
    from quotecheck.api import check as check
    from quotecheck.api import fetch as fetch

__all__ = ["__version__", "assess", "check", "fetch"]


def __getattr__(name: str) -> Any:
    if name in {"check", "assess", "fetch"}:
        from quotecheck import api

        return getattr(api, name)
    raise AttributeError(name)
