"""Transcripts and chapter files: WebVTT, SRT, plain text and Podcasting 2.0 JSON chapters.

All of them show the display text (what the paper printed), not the spoken form the
engines read.  VTT and SRT share one cue formatter and differ only in their decimal mark
and header; each writer only writes to a stream, ``write_file`` handles the file.
"""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .errors import OutputError, disk_reason
from .model import Chapter, Cue, Edition


def timestamp(seconds: float, decimal: str = ".") -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{decimal}{ms:03d}"


def write_vtt(cues: Sequence[Cue], stream: TextIO) -> None:
    stream.write("WEBVTT\n\n")
    for cue in cues:
        stream.write(f"{timestamp(cue.start_s)} --> {timestamp(cue.end_s)}\n{cue.text}\n\n")


def write_srt(cues: Sequence[Cue], stream: TextIO) -> None:
    for n, cue in enumerate(cues, 1):
        stream.write(f"{n}\n{timestamp(cue.start_s, ',')} --> {timestamp(cue.end_s, ',')}\n{cue.text}\n\n")


def write_text(edition: Edition, chapters: Sequence[Chapter], stream: TextIO) -> None:
    """A readable transcript: each story's headline stack, time, dateline and paragraphs."""
    starts = {c.story_id: c.start_s for c in chapters}
    stream.write(f"{edition.paper} {edition.date}\n\n")
    for n, story in enumerate(edition.stories, 1):
        at = timestamp(starts.get(story.id, 0.0))[:8]
        stream.write(f"[{at}] 第{n}条\n")
        for line in (story.kicker, story.title, story.subtitle):
            if line:
                stream.write(line + "\n")
        if story.byline:
            stream.write(story.byline + "\n")
        stream.write("\n")
        for paragraph in story.paragraphs:
            prefix = {"subhead": "【小标题】", "caption": "【图片说明】"}.get(paragraph.kind, "")
            stream.write(prefix + paragraph.text + "\n\n")


def chapters_json(chapters: Sequence[Chapter], title: str) -> dict:
    """Podcasting 2.0 JSON chapters (application/json+chapters)."""
    return {
        "version": "1.2.0",
        "title": title,
        "chapters": [{"startTime": c.start_s, "endTime": c.end_s, "title": c.title} for c in chapters],
    }


def write_file(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write a text file atomically: a reader never sees half of it."""
    buffer = io.StringIO(newline="\n")
    write(buffer)
    write_bytes(path, buffer.getvalue().encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> None:
    """Write a file atomically: a temporary name of its own, then a rename.

    The temporary name is unique per call, so two builds writing the same file never share one.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {disk_reason(exc)}") from exc


def write_json(path: Path, data: object) -> None:
    write_file(path, lambda s: json.dump(data, s, ensure_ascii=False, indent=2))
