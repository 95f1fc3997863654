"""The only module that runs ffmpeg.

imageio-ffmpeg ships a static ffmpeg but no ffprobe, so nothing here (nor pydub) may
probe: every clip is decoded to one PCM format -- signed 16-bit, mono, ``SAMPLE_RATE`` --
and lengths are computed from the decoded byte count.  ffmpeg runs from an argv list
(no shell, ``-nostdin``); a failure becomes one FFmpegError carrying ffmpeg's last line.
"""

from __future__ import annotations

import functools
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from .errors import FFmpegError, OutputError

SAMPLE_RATE = 24_000  # edge-tts' native rate; espeak's 22,050 Hz is resampled up
SAMPLE_WIDTH = 2
CHANNELS = 1
BYTES_PER_SECOND = SAMPLE_RATE * SAMPLE_WIDTH * CHANNELS

# Apple asks for about -16 LUFS integrated with true peak at most -1 dBTP.
TARGET_LUFS = -16.0
TARGET_TRUE_PEAK = -1.5
LIMIT = 10 ** (-2.5 / 20)  # the limiter's sample-peak ceiling: MP3 encoding overshoots ~1 dB
MAX_GAIN = 24.0  # dB; beyond this a clip is near silence and gain would only raise noise


@functools.cache
def executable() -> str:
    """Path of the bundled ffmpeg binary."""
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def _last_line(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else "no message"


def _run(args: list[str], *, stdin: bytes | None = None, what: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [executable(), "-nostdin", "-hide_banner", *args],
            input=stdin,
            capture_output=True,
            check=True,
        )
    except subprocess.CalledProcessError as exc:
        raise FFmpegError(f"ffmpeg could not {what}: {_last_line(exc.stderr)}") from exc


def decode(path: Path) -> bytes:
    """Decode any audio file to raw PCM (s16le, mono, SAMPLE_RATE)."""
    proc = _run(
        ["-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(SAMPLE_RATE), "-"],
        what=f"decode {path.name}",
    )
    return proc.stdout


def duration_of(pcm: bytes) -> float:
    """Seconds of audio in a PCM buffer of our format."""
    return len(pcm) / BYTES_PER_SECOND


def silence(seconds: float) -> bytes:
    """PCM silence of the given length, aligned to whole samples."""
    samples = max(0, round(seconds * SAMPLE_RATE))
    return b"\x00" * (samples * SAMPLE_WIDTH * CHANNELS)


def measure_loudness(pcm: bytes) -> dict[str, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of a PCM buffer, by ffmpeg's ebur128.

    ebur128 measures 26 minutes of speech in about 2 s; loudnorm's analysis takes 15 s.
    """
    return _ebur128(pcm, None, keep=False)[1]


def filter_and_measure(pcm: bytes, audio_filter: str) -> tuple[bytes, dict[str, float]]:
    """Run PCM through a filter chain; return the result and its loudness, in one pass."""
    return _ebur128(pcm, audio_filter, keep=True)


def _ebur128(pcm: bytes, audio_filter: str | None, keep: bool) -> tuple[bytes, dict[str, float]]:
    chain = f"{audio_filter}," if audio_filter else ""
    fmt = ["-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1"]
    out = [*fmt, "-"] if keep else ["-f", "null", "-"]
    proc = _run(
        ["-v", "info", *fmt, "-i", "-", "-af", f"{chain}ebur128=peak=true:framelog=quiet", *out],
        stdin=pcm,
        what="measure loudness",
    )
    text = proc.stderr.decode("utf-8", "replace")
    summary = text[text.rfind("Summary:") :]
    loudness = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if not loudness or not peak:
        raise FFmpegError("ffmpeg could not measure loudness: no ebur128 summary")
    return proc.stdout, {"input_i": float(loudness.group(1)), "input_tp": float(peak.group(1))}


def limiter(gain_db: float) -> str:
    """A gain, then a look-ahead limiter for the peaks that gain pushes up.

    The limiter compensates its own delay (``latency``), so every sample keeps its time and
    chapter marks stay exact; its -2.5 dBFS sample-peak ceiling keeps the true peak of the
    encoded MP3 under -1 dBTP.
    """
    return f"volume={gain_db:.2f}dB,alimiter=limit={LIMIT:.3f}:attack=5:release=50:level=false:latency=true"


def normalize_loudness(pcm: bytes, tolerance: float = 0.3, rounds: int = 3) -> tuple[bytes, dict[str, float]]:
    """PCM at TARGET_LUFS (within ``tolerance``) with limited peaks, and its final loudness.

    Limiting lowers loudness a little, by an amount that depends on the voice, so the gain
    is corrected from the measured result (one correction usually suffices).  Measured on
    the sample page read by espeak: -18.6 LUFS / +0.2 dBTP in; the MP3 -16.6 / -1.5 out.
    """
    measured = measure_loudness(pcm)
    if measured["input_i"] == float("-inf"):
        return pcm, measured  # silence: nothing to normalize
    gain = TARGET_LUFS - measured["input_i"]
    out, after = pcm, measured
    for _ in range(rounds):
        gain = min(gain, MAX_GAIN)
        out, after = filter_and_measure(pcm, limiter(gain))
        if abs(after["input_i"] - TARGET_LUFS) <= tolerance or gain >= MAX_GAIN:
            break
        gain += TARGET_LUFS - after["input_i"]
    return out, after


def encode_mp3(chunks: Iterable[bytes], out: Path, *, bitrate: str = "64k") -> None:
    """Stream PCM chunks into one ffmpeg and write a mono MP3 (no tags; tags.py adds them).

    Joining happens once, in ffmpeg's input pipe, so memory stays flat and time linear.
    """
    args = [
        executable(), "-nostdin", "-hide_banner", "-v", "error", "-y",
        "-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "-",
    ]  # fmt: skip
    args += ["-ar", str(SAMPLE_RATE), "-ac", "1", "-c:a", "libmp3lame", "-b:a", bitrate]
    args += ["-id3v2_version", "0", "-write_xing", "1", "-f", "mp3", str(out)]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        for chunk in chunks:
            proc.stdin.write(chunk)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    stderr = proc.stderr.read() if proc.stderr else b""
    if proc.wait() != 0:
        message = _last_line(stderr)
        if "No space left" in message:
            raise OutputError(f"disk full while writing {out}")
        raise FFmpegError(f"ffmpeg could not encode {out.name}: {message}")
