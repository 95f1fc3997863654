"""The running order as JSON: what ``audiopaper segment --json`` prints and an editor may edit.

``edition_to_dict`` and ``edition_from_dict`` round-trip an :class:`Edition` exactly.  Why the
validation is strict and names fields: the JSON is hand-edited (stories dropped, reordered,
retitled) before ``audiopaper build order.json``, and a mistake should read like
``stories[2].paragraphs[0].kind: must be one of body, subhead, caption`` rather than a
traceback deep in synthesis.  Keys we do not know are ignored, so tools may add their own
(``"note"``, ``"voice"``), unless they look like a misspelt field (``"subtitel"``): an edit
that silently does nothing is worse than an error.  Page numbers are 1 to 999, and a
story's pages are pages of the edition.
"""

from __future__ import annotations

import json
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from .errors import OrderError
from .model import PARAGRAPH_KINDS, Edition, Paragraph, Skipped, Story, Teaser

__all__ = ["edition_to_dict", "edition_from_dict", "load_order", "looks_like_order"]

MISSING = object()
MAX_PAGE = 999
FIELDS = {
    "": ("edition", "stories", "teasers", "skipped"),
    "edition": ("paper", "date", "pages"),
    "story": (
        "id", "pages", "kicker", "title", "subtitle", "byline", "paragraphs",
        "continues_on", "continued_from", "lines", "source_lines",
    ),
    "paragraph": ("kind", "text", "lines", "page", "more_lines"),
    "teaser": ("text", "page", "line", "on_page"),
    "skipped": ("line", "text", "reason", "page"),
}  # fmt: skip


def edition_to_dict(ed: Edition) -> dict[str, Any]:
    """The running-order JSON object of ``ed`` (plain dicts, lists, str, int, None)."""
    return {
        "edition": {"paper": ed.paper, "date": ed.date, "pages": list(ed.pages)},
        "stories": [
            {
                "id": s.id,
                "pages": list(s.pages),
                "kicker": s.kicker,
                "title": s.title,
                "subtitle": s.subtitle,
                "byline": s.byline,
                "paragraphs": [
                    {"kind": p.kind, "text": p.text, "lines": list(p.lines), "page": p.page}
                    | ({"more_lines": [list(x) for x in p.more_lines]} if p.more_lines else {})
                    for p in s.paragraphs
                ],
                "continues_on": s.continues_on,
                "continued_from": s.continued_from,
                "lines": list(s.lines) if s.lines is not None else None,
                "source_lines": [list(x) for x in s.source_lines],
            }
            for s in ed.stories
        ],
        "teasers": [
            {"text": t.text, "page": t.page, "line": t.line, "on_page": t.on_page} for t in ed.teasers
        ],
        "skipped": [{"line": k.line, "text": k.text, "reason": k.reason, "page": k.page} for k in ed.skipped],
    }


class Reader:
    """Typed access to one JSON object that reports failures by their path (``stories[2].title``)."""

    def __init__(self, data: Any, path: str, kind: str | None = None) -> None:
        if not isinstance(data, dict):
            raise OrderError(f"{path or '(top level)'}: must be an object")
        self.data = data
        self.path = path
        if kind is not None:
            known = FIELDS[kind]
            for key in data:
                if key not in known and (near := get_close_matches(str(key), known, n=1, cutoff=0.75)):
                    raise OrderError(f"{self.where(str(key))}: unknown field; did you mean {near[0]!r}?")

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, default: Any = MISSING) -> Any:
        if key not in self.data:
            if default is MISSING:
                raise OrderError(f"{self.where(key)}: missing")
            return default
        return self.data[key]

    def text(self, key: str, *, optional: bool = False, nonempty: bool = False) -> Any:
        value = self.get(key, None if optional else MISSING)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise OrderError(f"{self.where(key)}: must be a string{' or null' if optional else ''}")
        if nonempty and not value.strip():
            raise OrderError(f"{self.where(key)}: must not be empty")
        return value

    def integer(self, key: str, *, optional: bool = False, default: Any = MISSING) -> Any:
        value = self.get(key, None if optional and default is MISSING else default)
        if value is None and optional:
            return None
        if not is_int(value):
            raise OrderError(f"{self.where(key)}: must be an integer{' or null' if optional else ''}")
        return value

    def page(self, key: str, *, optional: bool = False, default: Any = MISSING) -> Any:
        value = self.integer(key, optional=optional, default=default)
        if value is not None and not 1 <= value <= MAX_PAGE:
            raise OrderError(f"{self.where(key)}: {value} is not a page number (1 to {MAX_PAGE})")
        return value

    def pages(self, key: str, default: Any = MISSING) -> tuple[int, ...]:
        values = self.ints(key, default)
        for i, v in enumerate(values):
            if not 1 <= v <= MAX_PAGE:
                raise OrderError(f"{self.where(key)}[{i}]: {v} is not a page number (1 to {MAX_PAGE})")
        if not values:
            raise OrderError(f"{self.where(key)}: must list at least one page")
        return values

    def places(self, key: str) -> tuple[tuple[int, int], ...]:
        """A list of ``[page, line]`` pairs, empty if absent."""
        out = []
        for i, pair in enumerate(self.items(key, [])):
            if not (isinstance(pair, list) and len(pair) == 2 and all(is_int(x) for x in pair)):
                raise OrderError(f"{self.where(key)}[{i}]: must be [page, line]")
            out.append((pair[0], pair[1]))
        return tuple(out)

    def items(self, key: str, default: Any = MISSING) -> list[Any]:
        value = self.get(key, default)
        if not isinstance(value, list):
            raise OrderError(f"{self.where(key)}: must be a list")
        return value

    def ints(self, key: str, default: Any = MISSING) -> tuple[int, ...]:
        values = self.items(key, default)
        for i, v in enumerate(values):
            if not is_int(v):
                raise OrderError(f"{self.where(key)}[{i}]: must be an integer")
        return tuple(values)


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def edition_from_dict(data: Any) -> Edition:
    """Validate running-order JSON and build the Edition; raise OrderError naming the bad field."""
    top = Reader(data, "", "")
    head = Reader(top.get("edition"), "edition", "edition")
    pages = head.pages("pages")
    stories = tuple(read_story(item, f"stories[{i}]") for i, item in enumerate(top.items("stories")))
    seen: dict[str, int] = {}
    for i, s in enumerate(stories):
        if s.id in seen:
            raise OrderError(f"stories[{i}].id: duplicate id {s.id!r} (also stories[{seen[s.id]}])")
        seen[s.id] = i
        for page in s.pages:
            if page not in pages:
                raise OrderError(f"stories[{i}].pages: page {page} is not in edition.pages {list(pages)}")
    teasers = []
    for i, item in enumerate(top.items("teasers", [])):
        r = Reader(item, f"teasers[{i}]", "teaser")
        teasers.append(
            Teaser(
                r.text("text"),
                r.page("page", optional=True),
                r.integer("line", optional=True),
                r.page("on_page", default=1),
            )
        )
    skipped = []
    for i, item in enumerate(top.items("skipped", [])):
        r = Reader(item, f"skipped[{i}]", "skipped")
        skipped.append(
            Skipped(r.integer("line"), r.text("text"), r.text("reason"), r.page("page", default=1))
        )
    return Edition(
        paper=head.text("paper"),
        date=head.text("date"),
        pages=pages,
        stories=stories,
        teasers=tuple(teasers),
        skipped=tuple(skipped),
    )


def read_story(item: Any, path: str) -> Story:
    r = Reader(item, path, "story")
    pages = r.pages("pages", [1])
    paragraphs = []
    for j, p in enumerate(r.items("paragraphs")):
        pr = Reader(p, f"{path}.paragraphs[{j}]", "paragraph")
        kind = pr.get("kind")
        if kind not in PARAGRAPH_KINDS:
            raise OrderError(f"{pr.where('kind')}: must be one of {', '.join(PARAGRAPH_KINDS)}")
        paragraphs.append(
            Paragraph(
                kind,
                pr.text("text", nonempty=True),
                pr.ints("lines", []),
                pr.page("page", default=pages[0]),
                pr.places("more_lines"),
            )
        )
    lines = r.get("lines", None)
    if lines is not None:
        if not (isinstance(lines, list) and len(lines) == 2 and all(is_int(x) for x in lines)):
            raise OrderError(f"{path}.lines: must be [first, last] line numbers or null")
        lines = (lines[0], lines[1])
    return Story(
        id=r.text("id", nonempty=True),
        title=r.text("title", nonempty=True),
        paragraphs=tuple(paragraphs),
        kicker=r.text("kicker", optional=True),
        subtitle=r.text("subtitle", optional=True),
        byline=r.text("byline", optional=True),
        pages=pages,
        continues_on=r.page("continues_on", optional=True),
        continued_from=r.page("continued_from", optional=True),
        lines=lines,
        source_lines=r.places("source_lines"),
    )


def load_order(path: Path) -> Edition:
    """Read a running order from a UTF-8 JSON file; OrderError names the file and line/column."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OrderError(f"{path}: cannot read running order: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OrderError(f"{path}: line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    try:
        return edition_from_dict(data)
    except OrderError as exc:
        raise OrderError(f"{path}: {exc}") from exc


def looks_like_order(path: Path) -> bool:
    """True for a ``.json`` file, which ``audiopaper build`` reads as a running order, not a page."""
    return Path(path).suffix.lower() == ".json"
