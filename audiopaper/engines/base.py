"""The small protocol every speech engine implements.

An engine turns one Utterance (spoken text + voice) into one audio file.  It knows nothing
about caching, retries, concurrency or running order: the synthesize stage owns those, so
that every engine gets them alike.  Engines raise only errors from ``audiopaper.errors``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..model import Utterance


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    name: str  # what a profile names, e.g. "zh-CN-YunyangNeural" or "cmn"
    locale: str  # "zh-CN", "zh-TW", "zh-HK"
    gender: str = ""
    description: str = ""


@runtime_checkable
class Engine(Protocol):
    name: str  # "edge", "espeak", "fake"; part of every cache key
    suffix: str  # file suffix of what synthesize() writes, e.g. ".mp3" or ".wav"

    def synthesize(self, utt: Utterance, out: Path) -> None:
        """Write the audio for ``utt.spoken`` in ``utt.voice`` to ``out`` (whole file or error)."""
        ...

    def voices(self) -> list[VoiceInfo]:
        """Mandarin voices this engine offers."""
        ...
