"""A poem signed under its title, and a poem's title printed inside the essay above it.

* A 副刊 may sign a poem under its title, not at its foot (``春山（外一首）`` / ``许  禾`` /
  ``河水一寸寸变暖`` / … / ``雨夜`` / two lines / ``读书`` / ``在书页间寻找老街`` /
  ``——读散文集《青石巷》`` / ``钱  朗`` / prose).  Line by line the verse looks like a headline
  stack, and so does the next piece's stack under it; what ends the poem is the next piece's
  writer: a name alone over prose.  Its stack over the name is the next piece's: the title, with
  its ``——`` subtitle when it has one.  The line over that title is the next piece's column only
  when the piece reviews a work (a ``——读…`` subtitle, or the work named in book marks in its
  title: ``书香`` / ``在《青石巷》里读懂老街`` / ``□钱  朗``): a 副刊 sets its reviews under a
  column of their own, and so is a column named as one (``书边小札``, ``读书札记``, see
  :data:`audiopaper.segment_heads.COLUMN_NAME`); over any other title the line is the poem's last.
  The name under the title may be letter-spaced, marked (``□``, ``——``) or hollow-marked (``○许禾``).  The poem's lines are
  text (an inner poem's title, ``雨夜``, read with them), the name under the title its byline.
  Never over prose straight after the verse (those are a story's sub-heads), and four verse lines
  at least.
* A poem's title may be set inside the essay above it, cutting an open sentence (``…扁担吱呀吱呀地`` /
  ``立秋`` / ``响个不停。``), while lower down, under that essay's finished
  text, a signed run of verse has no title of its own (``凉风从山口吹来`` / … / ``□何  苗``): the
  short line is that poem's title, moved over its verse, and the cut sentence joins again.  Only
  a short line set solid (a credit set apart, ``插图　程  远``, is no title) and only over a poem
  whose first line sits right under the essay's finished prose.

Why a module of its own: :mod:`audiopaper.segment_verse` reads a poem from its signature at the
foot; both cases here anchor elsewhere (the signature on top, the title displaced).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import SIGNED_NAME
from .segment_heads import COLUMN_NAME
from .segment_lines import Line, compact
from .segment_namelines import is_signed_name
from .segment_signoffs import is_finished_text, is_spaced_name, signature_name
from .segment_verse import (
    PART_TITLE,
    VERSE_MAX,
    VERSE_MIN_LINES,
    closes_verse,
    is_prose,
    is_verse_like,
    verse_run,
)

__all__ = ["lower_cut_titles", "mark_top_signed_verse"]

STACK_MAX = 3  # flush lines of the next piece's stack under an indented poem
COLUMN_MAX = 6  # characters of a review column's label over the title
CUT_TITLE_MAX = 8  # characters of a poem's title printed inside the essay above
# A review's subtitle naming what was read: "——读散文集《青石巷》", "——评电影《X》".
REVIEW_SUBTITLE = re.compile(r"^——\s*(?:读|评|观|看|品)")
# A hollow mark before the poet's name, as a 副刊 sets it under a title: "○许禾", "☆林  溪".
HOLLOW_MARKED = re.compile(r"^[○◇☆★]\s*(?P<sig>\S.*)$")


def signs_on_top(ln: Line) -> bool:
    """``许  禾``, ``○许禾``: a name alone (letter-spaced or after its mark) under a title."""
    if ln.kind != "heading":
        return False
    if m := HOLLOW_MARKED.match(ln.text.strip()):
        return SIGNED_NAME.match(m["sig"]) is not None
    return is_spaced_name(ln.text) or signature_name(ln.text, marked_only=True) is not None


def writes_under(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is the next piece's writer: a name alone over its prose."""
    ln = lines[k]
    named = is_signed_name(ln) or signs_on_top(ln) or (ln.kind == "byline" and not ln.rest)
    return named and k + 1 < len(lines) and is_prose(lines[k + 1])


def next_stack(lines: list[Line], k: int, floor: int) -> tuple[int, bool]:
    """The first line of the next piece's stack over its writer ``lines[k]``, and whether that
    line is a review's column (see the module)."""
    top = k - 1
    sub = compact(lines[top].text).startswith("——") and top - 1 > floor
    if sub:
        top -= 1
    review = (sub and REVIEW_SUBTITLE.match(compact(lines[top + 1].text))) or "《" in lines[top].text
    above = lines[top - 1] if top - 1 > floor else None
    if above is None or above.kind != "heading" or not is_column(above):
        return top, False
    if review or COLUMN_NAME.fullmatch(compact(above.text)):  # a named column ("书边小札") too
        return top - 1, True
    return top, False


def is_column(ln: Line) -> bool:
    """A short bare label over a review's title: no book marks, no stop, no name."""
    text = compact(ln.text)
    return len(text) <= COLUMN_MAX and "《" not in text and is_verse_like(ln) and not is_spaced_name(ln.text)


def indented_verse(ln: Line) -> bool:
    """``　　一针一线，缝着``: a short line taken for a headline but set at a paragraph's indent,
    where no headline stands: a verse line of a page that indents its poems' lines."""
    return ln.kind == "heading" and ln.indent > 0 and len(compact(ln.text)) <= VERSE_MAX


def flush_stack(lines: list[Line], first: int, j: int) -> int | None:
    """Where the next piece's stack starts when the poem's lines (``first`` on) are all set at a
    paragraph's indent and one to three flush headline lines over prose follow them
    (``　　回家的路`` / ``读者来信`` / ``谢谢你，送我回家的公交司机`` / ``　　编辑同志：…``)."""

    def flush_head(k: int) -> bool:
        return lines[k].kind in ("heading", "label") and lines[k].indent == 0

    f, e = j, j
    while f > first and flush_head(f - 1):
        f -= 1
    while e < len(lines) and flush_head(e):
        e += 1
    if not 1 <= e - f <= STACK_MAX or f - first < VERSE_MIN_LINES or e == len(lines):
        return None
    if not is_prose(lines[e]) or any(lines[k].indent == 0 for k in range(first, f)):
        return None
    return f


def mark_top_signed_verse(lines: list[Line]) -> list[Line]:
    """Read each poem signed under its title (see the module's docstring)."""
    out = list(lines)
    for s in range(1, len(lines) - 1):
        title = lines[s - 1]
        prev = lines[s - 2] if s >= 2 else None
        if title.kind != "heading" or not signs_on_top(lines[s]) or signs_on_top(title):
            continue
        if prev is not None and prev.kind in ("heading", "label"):
            continue
        j = s + 1
        while (
            j < len(lines)
            and (is_verse_like(lines[j]) or indented_verse(lines[j]))
            and not writes_under(lines, j)
        ):
            j += 1
        column = False
        if j < len(lines) and writes_under(lines, j):
            end, column = next_stack(lines, j, s)
        elif j == len(lines) or lines[j].kind == "noise":
            end = j
        elif (f := flush_stack(lines, s + 1, j)) is not None:
            end = f
        else:
            continue  # prose under the short lines: a story's sub-heads, never verse
        verses = [k for k in range(s + 1, end) if not PART_TITLE.match(compact(lines[k].text))]
        if len(verses) < VERSE_MIN_LINES:
            continue
        out[s - 1] = replace(title, opens=True)
        name = HOLLOW_MARKED.sub(r"\g<sig>", lines[s].text.strip())
        out[s] = replace(lines[s], kind="byline", rest="", byline=(signature_name(name) or (name,))[0])
        for k in verses:
            out[k] = replace(lines[k], kind="body", rest=lines[k].text.strip(), open=False)
        if column:  # the review's column over its title: its kicker, never a verse line
            out[end] = replace(lines[end], kind="label", rest=compact(lines[end].text))
    return out


def cuts_sentence(lines: list[Line], h: int) -> bool:
    """``lines[h]``, a short headline-shaped line, sits inside an open sentence of text."""
    ln = lines[h]
    if ln.kind != "heading" or h == 0 or h + 1 >= len(lines) or len(compact(ln.text)) > CUT_TITLE_MAX:
        return False
    before, after = lines[h - 1], lines[h + 1]
    return (
        is_verse_like(ln)
        and not re.search(r"\s", ln.text.strip())  # never a credit set apart ("插图　林  晓")
        and before.kind == "body"
        and before.open
        and after.kind == "body"
        and not after.indent
        and after.jump_in is None
    )


def lower_cut_titles(lines: list[Line]) -> list[Line]:
    """Move a poem's title printed inside the essay above down over its verse (see the module)."""
    out = list(lines)
    for s in range(1, len(lines)):
        if not closes_verse(out, s) or (run := verse_run(out, s)) is None:
            continue
        top = run[0]
        if top < 2 or not is_finished_text(out[top - 1]) or not is_prose(out[top - 1]):
            continue  # a title over the verse already, or no essay's prose above
        h = top - 1
        while h > 0 and out[h].kind == "body":
            h -= 1
        if not cuts_sentence(out, h):
            continue
        moved = replace(out.pop(h), opens=True)
        out.insert(top - 1, moved)
    return out
