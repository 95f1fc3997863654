"""Engine registry: names to engines, and the ``auto`` choice.

``auto`` uses edge (Microsoft's neural voices) when the Read Aloud service answers, else
the offline espeak engine with a one-line warning.  Engines import their heavy
dependencies lazily, so listing or choosing one costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from .base import Engine, VoiceInfo

NAMES = ("auto", "edge", "espeak", "fake")


def create_engine(
    name: str, *, warn: Callable[[str], None] | None = None, probe_timeout: float = 3.0
) -> Engine:
    """Build the named engine; ``auto`` probes the edge service first."""
    if name == "edge":
        from .edge import EdgeEngine

        return EdgeEngine()
    if name == "espeak":
        from .espeak import EspeakEngine

        return EspeakEngine()
    if name == "fake":
        from .fake import FakeEngine

        return FakeEngine()
    if name == "auto":
        from .edge import EdgeEngine

        edge = EdgeEngine()
        reason = edge.probe(timeout=probe_timeout)
        if reason is None:
            return edge
        if warn:
            warn(f"edge voices unavailable ({reason}); reading with the offline espeak voice")
        from .espeak import EspeakEngine

        return EspeakEngine()
    raise ConfigError(f"unknown engine {name!r} (choose from {', '.join(n for n in NAMES if n != 'fake')})")


def close_engine(engine: Engine) -> None:
    close = getattr(engine, "close", None)
    if close is not None:
        close()


__all__ = ["Engine", "VoiceInfo", "create_engine", "close_engine", "NAMES"]
