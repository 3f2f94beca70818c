"""What a newsroom decides about findings: configuration, policy (levels, house style,
what fails, what shows), suppression comments, baselines and the changed articles of a
CI run. ``decide`` applies them all, in one place, for the CLI and the library alike.

>>> from quotecheck.newsroom import FailOn, Policy
>>> Policy(fail_on=FailOn.parse("error")).fail_on.describe()
'findings at level error or above'
"""

from __future__ import annotations

from quotecheck.newsroom.config import Config, load_config
from quotecheck.newsroom.decide import Outcome, decide, thresholds_for
from quotecheck.newsroom.policy import FailOn, HouseStyle, Policy, PolicyError, parse_level

__all__ = [
    "Config",
    "FailOn",
    "HouseStyle",
    "Outcome",
    "Policy",
    "PolicyError",
    "decide",
    "load_config",
    "parse_level",
    "thresholds_for",
]
