"""The values that pass between stages.

Every stage takes and returns these frozen dataclasses, so a stage can be run, tested and
resumed on its own.  Audio never sits in a dataclass: a :class:`Clip` or :class:`Episode`
points at a file.  Times are float seconds (``*_s``); ids are stable strings (``p1-s03``,
``p1-s03-u012``) so that caches, chapters and feeds keep working across rebuilds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ParagraphKind = Literal["body", "subhead", "caption"]
Role = Literal["announcer", "headline", "body"]
PARAGRAPH_KINDS: tuple[str, ...] = ("body", "subhead", "caption")
ROLES: tuple[str, ...] = ("announcer", "headline", "body")


@dataclass(frozen=True, slots=True)
class Page:
    """One printed page as read from disk: raw lines, index 0 is input line 1."""

    paper: str
    date: str  # ISO 8601, e.g. "2023-12-02"
    number: int
    lines: tuple[str, ...]
    source: str = ""  # the file it came from, for messages
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Paragraph:
    kind: ParagraphKind
    text: str  # what is read aloud (display form; jump markers already removed)
    lines: tuple[int, ...] = ()  # 1-based input line numbers it was built from
    page: int = 1
    # (page, line) of lines on a later page that finish it: a sentence cut by a jump
    # ("…城区（下转三版）" / "（上接一版）" / "北环路以北…") is one paragraph, read without a pause.
    more_lines: tuple[tuple[int, int], ...] = ()

    def sources(self) -> tuple[tuple[int, int], ...]:
        """Every (page, line) this paragraph was built from."""
        return tuple((self.page, n) for n in self.lines) + self.more_lines


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    pages: tuple[int, ...] = (1,)
    continues_on: int | None = None
    continued_from: int | None = None
    lines: tuple[int, int] | None = None  # first and last input line on its first page
    # Extra input lines this story accounts for (headline lines, bylines, markers), as
    # (page, line) pairs, so segmentation can prove every input line went somewhere.
    source_lines: tuple[tuple[int, int], ...] = ()

    @property
    def headline(self) -> str:
        """The title a listener sees in chapter lists: the title alone."""
        return self.title


@dataclass(frozen=True, slots=True)
class Teaser:
    """A headline printed here that points to a story on another page."""

    text: str
    page: int | None
    line: int | None = None
    on_page: int = 1  # the page the teaser is printed on


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input line that is never spoken, and why."""

    line: int
    text: str
    reason: str
    page: int = 1


@dataclass(frozen=True, slots=True)
class Edition:
    paper: str
    date: str
    pages: tuple[int, ...]
    stories: tuple[Story, ...]
    teasers: tuple[Teaser, ...] = ()
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True, slots=True)
class Voice:
    """One engine voice with its prosody, in edge-tts notation (rate "+10%", pitch "-2Hz")."""

    name: str
    rate: str = "+0%"
    pitch: str = "+0Hz"
    volume: str = "+0%"


@dataclass(frozen=True, slots=True)
class Utterance:
    """One chunk of speech: at most ~1,000 characters, cut at a sentence end."""

    id: str
    story_id: str | None  # None for the intro and outro
    role: Role
    text: str  # display text, for transcripts
    spoken: str  # what the engine is given
    voice: Voice
    pause_after_s: float = 0.0


@dataclass(frozen=True, slots=True)
class Clip:
    utterance_id: str
    path: Path
    duration_s: float
    engine: str
    cached: bool = False


@dataclass(frozen=True, slots=True)
class Chapter:
    story_id: str
    title: str
    start_s: float
    end_s: float


@dataclass(frozen=True, slots=True)
class Cue:
    start_s: float
    end_s: float
    text: str
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Episode:
    paper: str
    date: str
    title: str
    audio_path: Path
    duration_s: float
    engine: str
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    stories: int = 0
