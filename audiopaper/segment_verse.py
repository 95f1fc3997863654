"""A poem: short verse lines under its title, signed at the end, are its text.

``春天的书架`` / ``把冬天读完的书`` / ``一本一本放回去`` / … / ``慢慢读下去`` / ``——宗小禾``: a poem's
lines are short and carry no sentence stops, so line by line each looks like a headline
(:func:`audiopaper.segment_lines.is_headline_like`).  What tells them apart is the piece's shape:
a run of such lines under one title, closed by the poet's signature (after a dash, a bullet or in
brackets, or set flush right) with the next piece or nothing after it.  A 组诗 numbers its parts
(``春天的几种写法（组诗）`` / ``一、柳`` / four lines / ``二、燕`` / … / ``□ 卢  苇``): the numbered
part titles stay sub-heads.

A bare name letter-spaced (``茶也刚好凉了`` / ``季  川``) signs a poem too, when only the page's
furniture or the next story's headline over prose follows it -- never a part's title
(``秋  收``) over more verse; and a name signing the prose above (``…一口香。`` / ``柯  蓝``) is
never the next poem's title.

Why a module of its own, and why before the walk: the run is told only as a whole, from its
signature back up to its title; the verse lines are then marked as text, each its own line
(never joined: a verse line ends where the poet ended it), and the signature is read as the
poem's byline by :mod:`audiopaper.segment_signoffs`.

A 副刊 may set the kind of piece over the poem's title (``诗歌`` / ``秋日，在澜水边`` / verse lines /
``■祁  远``): that label names the kind, not the poem, so the title is the line under it; the label
is left for :mod:`audiopaper.segment_kindlabels` (a label of the page's parts, never read).

Never a stack of headlines: those stand over text or a byline, not over a signature that ends
the piece; and a poem has four lines at least.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact
from .segment_namelines import is_signed_name
from .segment_signoffs import ends_piece, is_finished_text, is_spaced_name, signature_name

VERSE_MAX = 16  # characters of a verse line
STOPS = re.compile(r"[，。！？；：,.!?;:、“”（）()]")
VERSE_MIN_LINES = 4  # verse lines of the shortest poem taken
STACK_MAX = 3  # lines of the next story's headline stack under a poem's bare signature
# A line of classical verse, five or seven characters closed by its comma or stop ("九九重阳后，",
# "霜风上北山。"): the one shape of verse line that carries a stop, and only at its end.
CLASSICAL = re.compile(r"^(?:[\u4e00-\u9fa5]{5}|[\u4e00-\u9fa5]{7})[，。！？；]$")
# The kind of a 副刊's piece set as a label over its title: "诗歌", "新诗", "散文", "随笔".
GENRE_LABEL = re.compile(r"^[【〔\[]?(?:诗歌|新诗|诗词|诗苑|诗|散文|随笔|小说|小小说|散文诗)[】〕\]]?$")
# A 组诗's numbered part: "一、柳", "二、燕", "三．秧".
PART_TITLE = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]\s*\S{1,8}$")


def is_signature(ln: Line) -> bool:
    """The poet's signature: a name marked by a dash, bullet or brackets, or set flush right."""
    if ln.kind == "byline":
        return ln.reason == "signed flush right" or signature_name(ln.text, marked_only=True) is not None
    return ln.kind in ("heading", "body", "label") and signature_name(ln.text, marked_only=True) is not None


def closes_verse(lines: list[Line], s: int) -> bool:
    """``lines[s]`` signs the poem above: a marked or flush-right signature with the piece's end
    after it; or a bare name letter-spaced (``季  川``) with nothing after it but the page's
    furniture or a headline over prose -- never a part title (``秋  收``) over more verse."""
    nxt = lines[s + 1] if s + 1 < len(lines) else None
    if is_signature(lines[s]):
        return ends_piece(nxt)
    if lines[s].kind not in ("heading", "body") or not is_spaced_name(lines[s].text) or not ends_piece(nxt):
        return False
    k = s + 1
    while k < len(lines) and k - s <= STACK_MAX + 1 and lines[k].kind in ("heading", "label"):
        if k > s + 1 and writes_next(lines, k):
            return True
        if k - s > STACK_MAX:
            break
        k += 1
    after = lines[k] if k < len(lines) else None
    return after is None or k == s + 1 or is_prose(after)


def writes_next(lines: list[Line], k: int) -> bool:
    """``lines[k]``, a name alone under the next story's headline stack, is that story's byline
    over its text (``鲁  川`` / ``书香莲桥`` / ``在文字里…`` / ``——读…`` / ``文　叶  澜`` / text)."""
    return is_signed_name(lines[k]) and k + 1 < len(lines) and is_prose(lines[k + 1])


def is_prose(ln: Line) -> bool:
    """A line of the next story under its headline: a credit, or text longer than any verse line."""
    if ln.kind in ("byline", "noise"):
        return True
    return ln.kind in ("body", "field") and len(compact(ln.text)) > VERSE_MAX


def signs_prose(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is a bare letter-spaced name under finished text (``…一口香。`` / ``柯  蓝``):
    the signature of the piece above, never a poem's title."""
    prev = lines[k - 1] if k else None
    return is_spaced_name(lines[k].text) and prev is not None and is_finished_text(prev)


def is_verse_like(ln: Line) -> bool:
    """Short, flush, no stop or comma inside: a verse line (or the poem's title above them).
    Taken for a headline, or for a cut text line when it ends on a word like 在 or 地.  A line
    of classical verse (``九九重阳后，`` / ``霜风上北山。``) is one too: 5 or 7 characters, its
    comma or stop at its end only."""
    text = compact(ln.text)
    if ln.indent or len(text) > VERSE_MAX or ln.jump_in is not None or ln.jump_out is not None:
        return False
    if ln.kind == "body" and CLASSICAL.match(text):
        return True
    return ln.kind == "heading" or (ln.kind == "body" and not STOPS.search(text))


def verse_run(lines: list[Line], s: int) -> tuple[int, int] | None:
    """``(title, end)``: the poem's title index and the index past its last verse line, when
    ``lines[s]`` is a signature closing a run of verse lines under one title; else ``None``."""
    k = s - 1
    while k >= 0 and is_verse_like(lines[k]) and not signs_prose(lines, k):
        k -= 1
    while k + 1 < s and lines[k + 1].kind != "heading":  # the title is set as a headline
        k += 1
    title = k + 1
    if GENRE_LABEL.match(compact(lines[title].text)) and lines[title + 1].kind == "heading":
        title += 1  # "诗歌" / "秋日，在澜水边" / verse: the label names the kind, the title is under it
    if s - title < 1 + VERSE_MIN_LINES:
        return None
    verses = [ln for ln in lines[title + 1 : s] if not PART_TITLE.match(compact(ln.text))]
    return (title, s) if len(verses) >= VERSE_MIN_LINES else None


def mark_verse(lines: list[Line]) -> list[Line]:
    """Mark each poem's verse lines as its text (see the module's docstring)."""
    out = list(lines)
    for s in range(1, len(lines)):
        if not closes_verse(lines, s):
            continue
        if (run := verse_run(lines, s)) is None:
            continue
        title, end = run
        # The title opens a piece of its own, never a sub-head of the text above it.
        out[title] = replace(lines[title], opens=True)
        for k in range(title + 1, end):
            if not PART_TITLE.match(compact(lines[k].text)):
                out[k] = replace(lines[k], kind="body", rest=lines[k].text.strip(), open=False)
    return out
