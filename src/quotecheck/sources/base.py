"""The interface every kind of source implements, and the gathering of them all."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from quotecheck.model import Source, SourceProblem


class SourceProvider(ABC):
    """Yields sources, or a :class:`SourceProblem` for each one that cannot be had.

    Problems are yielded rather than raised so that one missing page never stops a run.
    """

    @abstractmethod
    def collect(self) -> Iterator[Source | SourceProblem]: ...


def gather(providers: Iterable[SourceProvider]) -> tuple[list[Source], list[SourceProblem]]:
    sources: list[Source] = []
    problems: list[SourceProblem] = []
    for provider in providers:
        for item in provider.collect():
            (sources if isinstance(item, Source) else problems).append(item)  # type: ignore[arg-type]
    return sources, problems
