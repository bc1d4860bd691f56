"""A Dialect made of a marker sniffer and a LineParser class: the shape every IOS-like dialect
package shares, so that a package only states its markers, features and parser."""

from __future__ import annotations

from collections.abc import Callable

from untapped.collect.files import Artifact
from untapped.dialects.base import Marker, MarkerSniffer, Sniff
from untapped.model.device import ParseResult


class MarkerDialect:
    def __init__(
        self,
        name: str,
        title: str,
        features: frozenset[str],
        markers: list[Marker],
        parser: Callable[[Artifact], object],
    ) -> None:
        self.name = name
        self.title = title
        self.features = features
        self._sniff = MarkerSniffer(markers)
        self._parser = parser

    def sniff(self, text: str) -> Sniff:
        return self._sniff(text)

    def parse(self, artifact: Artifact) -> ParseResult:
        result: ParseResult = self._parser(artifact).run()  # type: ignore[attr-defined]
        return result
