"""A deterministic engine for tests: audio sized by text length, calls recorded.

It writes a real WAV file (a tone whose pitch depends on the text) so that everything
downstream -- decoding, joining, encoding, tagging -- runs for real.  ``fail`` makes it
raise for chosen texts a chosen number of times, to exercise retries without patching.
"""

from __future__ import annotations

import hashlib
import math
import threading
import wave
from pathlib import Path

from ..errors import TransientEngineError
from ..model import Utterance
from .base import VoiceInfo

RATE = 16_000


class FakeEngine:
    name = "fake"
    suffix = ".wav"

    def __init__(self, seconds_per_char: float = 0.02, fail: dict[str, int] | None = None):
        self.seconds_per_char = seconds_per_char
        self.calls: list[Utterance] = []
        self._fail = dict(fail or {})
        self._lock = threading.Lock()

    def synthesize(self, utt: Utterance, out: Path) -> None:
        with self._lock:
            self.calls.append(utt)
            for needle, times in self._fail.items():
                if needle in utt.spoken and times > 0:
                    self._fail[needle] = times - 1
                    raise TransientEngineError(f"fake failure for {needle!r}")
        seconds = max(0.1, len(utt.spoken) * self.seconds_per_char)
        digest = hashlib.sha256(f"{utt.voice.name}|{utt.spoken}".encode()).digest()
        freq = 200 + digest[0] * 2
        frames = bytearray()
        for i in range(int(seconds * RATE)):
            value = int(8000 * math.sin(2 * math.pi * freq * i / RATE))
            frames += value.to_bytes(2, "little", signed=True)
        with wave.open(str(out), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(bytes(frames))

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("fake-anchor", "zh-CN", "Male"), VoiceInfo("fake-reader", "zh-CN", "Female")]
