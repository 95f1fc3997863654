"""Local stand-ins for outside services, for tests and offline demos.

Names load on first use, so ``python -m audiopaper.fakes.readaloud`` runs its module once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .readaloud import Faults, ReadAloudServer, SpeechRequest

__all__ = ["Faults", "ReadAloudServer", "SpeechRequest"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import readaloud

        return getattr(readaloud, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
