"""A deterministic engine for tests: audio sized by text length, calls recorded.

It writes a real WAV file (a tone whose pitch depends on the text) so that everything
downstream -- decoding, joining, encoding, tagging -- runs for real.  Failures are
injected by text, never by patching:

* ``fail={"needle": n}``: raise TransientEngineError for texts containing ``needle``, n times;
* ``short={"needle": n}``: write a truncated clip (0.05 s) n times, as edge-tts sometimes does;
* ``half={"needle": n}``: write only half the clip n times, a cut that no error reports;
* ``silent={"needle": n}``: write a clip of the right length but all silence, n times;
* ``errors={"needle": exc}``: raise ``exc`` (e.g. EngineOutdatedError) every time;
* ``delay``: seconds each call takes, to exercise concurrency and cancellation.

The default 0.1 s per character (10 characters a second) is fast for Mandarin but within
what the synthesize stage accepts as speech (at least 0.08 s per character).
"""

from __future__ import annotations

import functools
import hashlib
import math
import sys
import threading
import time
import wave
from array import array
from pathlib import Path

from ..errors import TransientEngineError
from ..model import Utterance
from .base import VoiceInfo

RATE = 16_000
SHORT_S = 0.05


@functools.cache
def _one_second(freq: int) -> bytes:
    """One second of a sine tone; an integer frequency makes it tile without a seam."""
    samples = array("h", (int(8000 * math.sin(2 * math.pi * freq * i / RATE)) for i in range(RATE)))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def tone(freq: int, seconds: float) -> bytes:
    """PCM s16le mono at RATE: ``seconds`` of a ``freq`` Hz tone."""
    size = int(seconds * RATE) * 2
    second = _one_second(freq)
    return (second * (size // len(second) + 1))[:size]


class FakeEngine:
    name = "fake"
    suffix = ".wav"

    def __init__(
        self,
        seconds_per_char: float = 0.1,
        fail: dict[str, int] | None = None,
        *,
        short: dict[str, int] | None = None,
        half: dict[str, int] | None = None,
        silent: dict[str, int] | None = None,
        errors: dict[str, Exception] | None = None,
        delay: float = 0.0,
    ):
        self.seconds_per_char = seconds_per_char
        self.calls: list[Utterance] = []
        self._fail = dict(fail or {})
        self._short = dict(short or {})
        self._half = dict(half or {})
        self._silent = dict(silent or {})
        self._errors = dict(errors or {})
        self.delay = delay
        self._lock = threading.Lock()

    @staticmethod
    def _take(counts: dict[str, int], text: str) -> str | None:
        for needle, times in counts.items():
            if needle in text and times > 0:
                counts[needle] = times - 1
                return needle
        return None

    def synthesize(self, utt: Utterance, out: Path) -> None:
        with self._lock:
            self.calls.append(utt)
            for needle, exc in self._errors.items():
                if needle in utt.spoken:
                    raise exc
            needle = self._take(self._fail, utt.spoken)
            if needle is not None:
                raise TransientEngineError(f"fake failure for {needle!r}")
            truncated = self._take(self._short, utt.spoken) is not None
            halved = self._take(self._half, utt.spoken) is not None
            quiet = self._take(self._silent, utt.spoken) is not None
        if self.delay:
            time.sleep(self.delay)
        seconds = max(0.1, len(utt.spoken) * self.seconds_per_char)
        if truncated:
            seconds = SHORT_S
        elif halved:
            seconds /= 2
        digest = hashlib.sha256(f"{utt.voice.name}|{utt.spoken}".encode()).digest()
        freq = 200 + digest[0] * 2
        frames = bytes(int(seconds * RATE) * 2) if quiet else tone(freq, seconds)
        with wave.open(str(out), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(frames)

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("fake-anchor", "zh-CN", "Male"), VoiceInfo("fake-reader", "zh-CN", "Female")]
