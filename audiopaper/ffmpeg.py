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
    proc = _run(
        [
            "-v", "info", "-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "-",
            "-af", "ebur128=peak=true:framelog=quiet", "-f", "null", "-",
        ],
        stdin=pcm,
        what="measure loudness",
    )  # fmt: skip
    text = proc.stderr.decode("utf-8", "replace")
    summary = text[text.rfind("Summary:") :]
    loudness = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if not loudness or not peak:
        raise FFmpegError("ffmpeg could not measure loudness: no ebur128 summary")
    return {"input_i": float(loudness.group(1)), "input_tp": float(peak.group(1))}


def loudness_gain(measured: dict[str, float]) -> float:
    """dB of gain that brings speech to TARGET_LUFS without pushing the true peak past
    TARGET_TRUE_PEAK.  A plain gain keeps every sample where it was, so timing is exact."""
    if measured["input_i"] == float("-inf"):
        return 0.0  # silence: nothing to normalize
    return round(min(TARGET_LUFS - measured["input_i"], TARGET_TRUE_PEAK - measured["input_tp"]), 2)


def encode_mp3(
    chunks: Iterable[bytes], out: Path, *, bitrate: str = "64k", audio_filter: str | None = None
) -> None:
    """Stream PCM chunks into one ffmpeg and write a mono MP3 (no tags; tags.py adds them).

    Joining happens once, in ffmpeg's input pipe, so memory stays flat and time linear.
    """
    args = [
        executable(), "-nostdin", "-hide_banner", "-v", "error", "-y",
        "-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "-",
    ]  # fmt: skip
    if audio_filter:
        args += ["-af", audio_filter]
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
