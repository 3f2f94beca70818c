"""Moved to :mod:`quotecheck.newsroom.policy`; kept so that imports written before the move
keep working."""

from quotecheck.newsroom.policy import (
    FailOn,
    HouseStyle,
    Policy,
    PolicyError,
    apply_policy,
    failures,
    parse_level,
    shown,
)

__all__ = [
    "FailOn",
    "HouseStyle",
    "Policy",
    "PolicyError",
    "apply_policy",
    "failures",
    "parse_level",
    "shown",
]
