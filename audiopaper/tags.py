"""ID3v2.4 tags and chapters: the only module that uses mutagen.

Apple Podcasts, AntennaPod, Pocket Casts and Audiobookshelf read ID3 CHAP frames in MP3;
Overcast also needs the CTOC table of contents, so both are written.  Every mutagen call
goes through here; failures become one error naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, OutputError
from .model import Chapter


@dataclass(frozen=True, slots=True)
class Tags:
    title: str
    album: str  # the paper
    date: str  # ISO date
    artist: str
    comment: str = ""
    language: str = "zho"


@dataclass(frozen=True, slots=True)
class TagReport:
    """What a podcast app would read back from the file."""

    title: str
    album: str
    date: str
    version: tuple[int, int, int]
    chapters: tuple[Chapter, ...]
    toc: tuple[str, ...]  # chapter element ids in CTOC order


def write_tags(path: Path, tags: Tags, chapters: tuple[Chapter, ...]) -> None:
    """Replace the file's ID3 tag with title, album, date and one CHAP per chapter plus CTOC."""
    from mutagen import MutagenError
    from mutagen.id3 import (
        CHAP,
        COMM,
        CTOC,
        ID3,
        TALB,
        TCON,
        TDRC,
        TIT2,
        TLAN,
        TPE1,
        CTOCFlags,
        ID3NoHeaderError,
    )  # fmt: skip

    try:
        try:
            id3 = ID3(path)
            id3.delete(path)
        except ID3NoHeaderError:
            pass
        id3 = ID3()
        id3.add(TIT2(encoding=3, text=tags.title))
        id3.add(TALB(encoding=3, text=tags.album))
        id3.add(TPE1(encoding=3, text=tags.artist))
        id3.add(TDRC(encoding=3, text=tags.date))
        id3.add(TCON(encoding=3, text="Podcast"))
        id3.add(TLAN(encoding=3, text=tags.language))
        if tags.comment:
            id3.add(COMM(encoding=3, lang="chi", desc="", text=tags.comment))
        ids = [f"chp{i:03d}" for i in range(len(chapters))]
        for element_id, chapter in zip(ids, chapters, strict=True):
            id3.add(
                CHAP(
                    element_id=element_id,
                    start_time=round(chapter.start_s * 1000),
                    end_time=round(chapter.end_s * 1000),
                    sub_frames=[TIT2(encoding=3, text=chapter.title)],
                )
            )
        if ids:
            id3.add(
                CTOC(
                    element_id="toc",
                    flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                    child_element_ids=ids,
                    sub_frames=[TIT2(encoding=3, text=tags.title)],
                )
            )
        id3.save(path, v2_version=4)
    except OSError as exc:
        raise OutputError(f"cannot write tags to {path}: {exc.strerror or exc}") from exc
    except MutagenError as exc:  # mutagen wraps the OSError it met
        raise OutputError(f"cannot write tags to {path}: {exc}") from exc


def read_tags(path: Path) -> TagReport:
    """Read back what write_tags wrote, as a podcast app would."""
    from mutagen import MutagenError
    from mutagen.id3 import ID3

    try:
        id3 = ID3(path)
    except (MutagenError, OSError) as exc:
        raise InputError(f"cannot read ID3 tags of {path}: {exc}") from exc
    chapters = []
    titles = {}
    for frame in id3.getall("CHAP"):
        sub = frame.sub_frames.get("TIT2")
        title = str(sub.text[0]) if sub else frame.element_id
        titles[frame.element_id] = (frame.start_time, frame.end_time, title)
    tocs = id3.getall("CTOC")
    order = tuple(tocs[0].child_element_ids) if tocs else tuple(sorted(titles))
    for element_id in order:
        if element_id in titles:
            start, end, title = titles[element_id]
            chapters.append(Chapter(element_id, title, start / 1000, end / 1000))

    def text(key: str) -> str:
        frame = id3.get(key)
        return str(frame.text[0]) if frame and frame.text else ""

    return TagReport(text("TIT2"), text("TALB"), text("TDRC"), tuple(id3.version), tuple(chapters), order)
