"""Join clips into one episode MP3 and work out where every story and sentence starts.

Every clip is decoded to one PCM format, the pauses are inserted as PCM silence, and the
bytes are joined once and encoded once.  Chapter and cue times come from decoded lengths,
never from container metadata: ``ffmpeg -f concat -c copy`` over MP3s drifts by about
48 ms of encoder padding per file, which adds up to seconds over an edition.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import ffmpeg
from .model import Chapter, Clip, Cue, Utterance
from .script import sentences, split_text


@dataclass(frozen=True, slots=True)
class Timeline:
    duration_s: float
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    starts_s: tuple[float, ...]  # where each utterance starts
    key: str = ""  # hash of what shaped the encoded audio (set by build)


def timeline(utterances: Sequence[Utterance], durations: Sequence[float], titles: dict[str, str]) -> Timeline:
    """Chapters (one per story) and transcript cues from clip lengths and pauses. Pure."""
    starts: list[float] = []
    cues: list[Cue] = []
    t = 0.0
    for utt, length in zip(utterances, durations, strict=True):
        starts.append(t)
        cues.extend(_cues(utt, t, length))
        t += length + utt.pause_after_s
    total = t
    first: dict[str, int] = {}
    for i, utt in enumerate(utterances):
        if utt.story_id is not None:
            first.setdefault(utt.story_id, i)
    story_ids = list(first)
    chapters = []
    for k, sid in enumerate(story_ids):
        start = starts[first[sid]]
        if k + 1 < len(story_ids):
            end = starts[first[story_ids[k + 1]]]
        else:
            last = max(i for i, u in enumerate(utterances) if u.story_id == sid)
            end = starts[last] + durations[last] + utterances[last].pause_after_s
        chapters.append(Chapter(sid, titles.get(sid, sid), round(start, 3), round(end, 3)))
    return Timeline(round(total, 3), tuple(chapters), tuple(cues), tuple(starts))


MAX_CUE_CHARS = 80  # about four lines of a caption at twenty hanzi a line


def _cues(utt: Utterance, start: float, length: float) -> list[Cue]:
    """Split one clip's time among its sentences in proportion to their spoken length.

    An approximation (engines read at a near-constant rate), good to a second within a
    clip; it keeps captions short enough to follow: a sentence longer than
    ``MAX_CUE_CHARS`` is cut at its commas, and a run with no punctuation at all (a
    pasted table, a list of names) every ``MAX_CUE_CHARS`` characters.
    """
    parts = [piece for s in sentences(utt.text) for piece in split_text(s, MAX_CUE_CHARS)] or [utt.text]
    weights = [max(1, len(p.strip())) for p in parts]
    total = sum(weights)
    cues, t = [], start
    for part, weight in zip(parts, weights, strict=True):
        span = length * weight / total
        if part.strip():
            cues.append(Cue(round(t, 3), round(t + span, 3), part.strip(), utt.story_id))
        t += span
    return cues


def decode_clips(
    clips: Sequence[Clip], workers: int | None = None, step: Callable[[], None] = lambda: None
) -> list[bytes]:
    """Decode every clip to PCM, a few ffmpeg processes at a time, in order."""
    workers = workers or min(4, (os.cpu_count() or 2) * 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        decoded = []
        for pcm in pool.map(lambda c: ffmpeg.decode(c.path), clips):
            decoded.append(pcm)
            step()
        return decoded


def assemble_steps(clips: Sequence[Clip]) -> int:
    """How many times assemble() calls ``step``: once per clip, then measure, then encode."""
    return len(clips) + 2


def assemble(
    utterances: Sequence[Utterance],
    clips: Sequence[Clip],
    out: Path,
    titles: dict[str, str],
    *,
    bitrate: str = "64k",
    normalize_loudness: bool = True,
    step: Callable[[], None] = lambda: None,
) -> Timeline:
    """Write the episode MP3 (untagged) to ``out`` and return its timeline.

    Loudness is set to about -16 LUFS with a true peak under -1 dBTP (what Apple asks of
    podcasts): measure, then one linear gain, which keeps timing exact.
    """
    pcm = decode_clips(clips, step=step)
    durations = [ffmpeg.duration_of(p) for p in pcm]
    line = timeline(utterances, durations, titles)
    parts: list[bytes] = []
    for utt, data in zip(utterances, pcm, strict=True):
        parts.append(data)
        if utt.pause_after_s:
            parts.append(ffmpeg.silence(utt.pause_after_s))
    joined = b"".join(parts)
    if normalize_loudness:
        joined, _ = ffmpeg.normalize_loudness(joined)
    step()
    ffmpeg.encode_mp3([joined], out, bitrate=bitrate)
    step()
    return line
