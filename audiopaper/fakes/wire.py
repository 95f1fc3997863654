"""The Read Aloud wire format as the fake speaks it: SSML in, frames and MP3 audio out.

Split from ``readaloud`` (the server and its faults) so each stays readable: this module
knows what edge-tts sends and parses, nothing about connections or failures.
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import subprocess
import threading
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass

TICKS_PER_SECOND = 10_000_000
SAMPLE_RATE = 24_000
MAX_AUDIO_S = 600.0  # the service cuts audio at 10 minutes


@dataclass(frozen=True, slots=True)
class SpeechRequest:
    """One synthesis request as the fake received it (voice as a short name)."""

    voice: str
    text: str
    rate: str
    pitch: str
    volume: str
    fault: str | None = None


def _voice_short_name(name: str) -> str:
    """``Microsoft Server Speech Text to Speech Voice (zh-CN-liaoning, XiaobeiNeural)`` -> short name."""
    match = re.fullmatch(r"Microsoft Server Speech Text to Speech Voice \((.+), (.+)\)", name.strip())
    return f"{match.group(1)}-{match.group(2)}" if match else name.strip()


def parse_ssml(ssml: str) -> SpeechRequest:
    """Voice, prosody and plain text (entities resolved) of edge-tts' SSML; ValueError if malformed."""
    try:
        root = ET.fromstring(ssml)
    except ET.ParseError as exc:
        raise ValueError(f"malformed SSML: {exc}") from exc
    voice = next((el for el in root.iter() if el.tag.endswith("voice")), None)
    prosody = next((el for el in root.iter() if el.tag.endswith("prosody")), None)
    if voice is None or prosody is None:
        raise ValueError("SSML without voice or prosody")
    return SpeechRequest(
        voice=_voice_short_name(voice.get("name", "")),
        text="".join(prosody.itertext()),
        rate=prosody.get("rate", "+0%"),
        pitch=prosody.get("pitch", "+0Hz"),
        volume=prosody.get("volume", "+0%"),
    )


def _speakable(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def _percent(value: str) -> float:
    match = re.fullmatch(r"([+-]\d+)%", value)
    return int(match.group(1)) / 100 if match else 0.0


def _hertz(value: str) -> float:
    match = re.fullmatch(r"([+-]\d+)Hz", value)
    return float(match.group(1)) if match else 0.0


def _mp3_frame_offsets(data: bytes) -> list[int]:
    """Start offsets of the MPEG-2 layer III frames in ``data`` (what our ffmpeg call writes)."""
    bitrates = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
    rates = (22050, 24000, 16000)
    offsets, pos = [], 0
    while pos + 4 <= len(data):
        head = int.from_bytes(data[pos : pos + 4], "big")
        if head >> 21 != 0x7FF or (head >> 12) & 0xF in (0, 15) or (head >> 10) & 3 == 3:
            break
        length = 72 * bitrates[(head >> 12) & 0xF] * 1000 // rates[(head >> 10) & 3] + ((head >> 9) & 1)
        offsets.append(pos)
        pos += length
    return offsets


class _Renderer:
    """Encodes tone MP3s with the bundled ffmpeg, cached per (voice, prosody, text)."""

    def __init__(self, seconds_per_char: float, size: int = 256):
        self.seconds_per_char = seconds_per_char
        self._cache: collections.OrderedDict[tuple, bytes] = collections.OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def seconds(self, req: SpeechRequest) -> float:
        units = sum(1 for ch in req.text if _speakable(ch))
        return min(MAX_AUDIO_S, units * self.seconds_per_char / max(0.1, 1.0 + _percent(req.rate)))

    def render(self, req: SpeechRequest) -> bytes:
        key = (req.voice, req.rate, req.pitch, req.volume, req.text)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        from ..ffmpeg import executable

        freq = max(40.0, 110 + hashlib.sha256(req.voice.encode()).digest()[0] * 0.75 + _hertz(req.pitch))
        gain = min(1.0, max(0.01, 0.5 * (1.0 + _percent(req.volume))))
        # A 5 Hz tremolo gives one "syllable" per 0.2 s, so level-based tools see speech-like audio.
        args = [
            executable(), "-nostdin", "-hide_banner", "-v", "error",
            "-f", "lavfi", "-i", f"sine=frequency={freq:.1f}:sample_rate={SAMPLE_RATE}:duration={self.seconds(req):.3f}",
            "-af", f"tremolo=f=5:d=0.6,volume={gain:.3f}",
            "-ac", "1", "-ar", str(SAMPLE_RATE), "-c:a", "libmp3lame", "-b:a", "48k",
            "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3", "pipe:1",
        ]  # fmt: skip
        audio = subprocess.run(args, capture_output=True, check=True).stdout
        with self._lock:
            self._cache[key] = audio
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return audio


def _text_frame(request_id: str, path: str, body: dict) -> str:
    return (
        f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
        f"Path:{path}\r\n\r\n{json.dumps(body, ensure_ascii=False)}"
    )


def _audio_frame(request_id: str, stream_id: str, data: bytes) -> bytes:
    # Path:audio is never the first line: edge-tts reads the two length bytes into line one.
    content = "Content-Type:audio/mpeg\r\n" if data else ""
    headers = f"X-RequestId:{request_id}\r\n{content}X-StreamId:{stream_id}\r\nPath:audio\r\n".encode()
    return len(headers).to_bytes(2, "big") + headers + data


def _boundaries(req: SpeechRequest, seconds: float, words: bool) -> list[tuple[int, int, str]]:
    """(offset, duration, text) in 100 ns ticks: per sentence, or per character for WordBoundary."""
    pieces = (
        [ch for ch in req.text if _speakable(ch)]
        if words
        else re.findall(r"[^。！？；!?;]+[。！？；!?;]*", req.text)
    )
    pieces = [p.strip() for p in pieces if any(_speakable(ch) for ch in p)]
    total = sum(sum(1 for ch in p if _speakable(ch)) for p in pieces) or 1
    out, start = [], 0.0
    for piece in pieces:
        length = seconds * sum(1 for ch in piece if _speakable(ch)) / total
        out.append((int(start * TICKS_PER_SECOND), int(length * TICKS_PER_SECOND), piece))
        start += length
    return out
