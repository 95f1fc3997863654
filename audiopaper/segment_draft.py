"""Mutable drafts of stories while a page (and the pages it jumps to) are read.

Why mutable: a story grows line by line and may absorb a continuation pages later; it is
frozen into a :class:`~audiopaper.model.Story` only once the whole edition is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Paragraph, Skipped, Story, Teaser
from .segment_lines import Line, is_open


@dataclass
class ParaDraft:
    """A paragraph being built from one or more column pieces."""

    kind: str
    parts: list[str]
    lines: list[int]
    page: int
    open: bool = False
    lead: bool = False  # an editor's note or photo caption printed before its story's headline
    more: list[tuple[int, int]] = field(default_factory=list)  # lines on a later page

    def to_paragraph(self) -> Paragraph:
        return Paragraph(
            self.kind,  # type: ignore[arg-type]
            "".join(self.parts),
            tuple(self.lines),
            self.page,
            tuple(self.more),
        )


@dataclass
class Draft:
    """A story being built; mutable while its page (and its jumps) are read."""

    page: int
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    paras: list[ParaDraft] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)  # (page, line) not in paragraphs
    texts: dict[tuple[int, int], str] = field(default_factory=dict)  # raw text of every line held
    pages: list[int] = field(default_factory=list)
    continues_on: int | None = None
    continued_from: int | None = None
    closed: bool = False
    join_next: bool = False  # a headline interrupted an open sentence: join across it
    deferred: list[ParaDraft] = field(default_factory=list)  # sub-heads to place after that join
    photo: bool = False  # opened by a photo story's headline ("荷塘月色" / caption / credit)

    def __post_init__(self) -> None:
        self.pages = self.pages or [self.page]

    def has_body(self) -> bool:
        return any(p.kind != "caption" and not p.lead for p in self.paras)

    def last_open(self) -> bool:
        return bool(self.paras) and self.paras[-1].kind == "body" and self.paras[-1].open

    def hold(self, page: int, line: Line) -> None:
        """Account for a line that is not part of a paragraph (headline, byline, marker)."""
        self.source.append((page, line.number))
        self.texts[(page, line.number)] = line.text

    def headline_text(self) -> str:
        return " ".join(x for x in (self.kicker, self.title, self.subtitle) if x)

    def body_text(self) -> str:
        return "".join("".join(p.parts) for p in self.paras)

    def all_lines(self) -> list[tuple[int, int, str]]:
        return sorted((pg, ln, text) for (pg, ln), text in self.texts.items())

    def absorb(self, other: Draft) -> None:
        """Append a continuation printed on a later page.

        A sentence cut by the jump (the first half's last paragraph open, or its last line
        unfinished before an inline ``（下转第3版）``) goes on in the continuation's first
        paragraph: the two are one paragraph, read without a pause.
        """
        paras = list(other.paras)
        last = self.paras[-1] if self.paras else None
        # A jump marker run into the cut line ("…步行距离不超过200米，（下转第3版）") closes the
        # line for the page walk; the text before it still shows the sentence goes on.
        cut = last is not None and last.kind == "body" and (last.open or is_open(last.parts[-1]))
        if cut and paras and paras[0].kind == "body" and not paras[0].lead:
            head = paras.pop(0)
            last.parts.extend(head.parts)
            last.more.extend([(head.page, n) for n in head.lines] + head.more)
            last.open = head.open
        self.paras.extend(paras)
        self.source.extend(other.source)
        self.texts.update(other.texts)
        self.pages.extend(p for p in other.pages if p not in self.pages)
        self.continues_on = other.continues_on
        self.byline = self.byline or other.byline

    def to_story(self, story_id: str) -> Story:
        paragraphs = tuple(p.to_paragraph() for p in self.paras)
        first = [ln for pg, ln in self.texts if pg == self.page]
        return Story(
            id=story_id,
            title=self.title or fallback_title(paragraphs),
            paragraphs=paragraphs,
            kicker=self.kicker,
            subtitle=self.subtitle,
            byline=self.byline,
            pages=tuple(self.pages),
            continues_on=self.continues_on,
            continued_from=self.continued_from,
            lines=(min(first), max(first)) if first else None,
            source_lines=tuple(sorted(self.source)),
        )


@dataclass
class PageDrafts:
    drafts: list[Draft] = field(default_factory=list)
    teasers: list[Teaser] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def fallback_title(paragraphs: tuple[Paragraph, ...]) -> str:
    """A title for a story printed without one: its first clause, at most 30 characters."""
    for p in paragraphs:
        if p.lines:
            clause = re.split(r"[，。！？；：,!?;:]", p.text, maxsplit=1)[0].strip()
            return (clause or p.text.strip() or "无题")[:30]
    return "无题"
