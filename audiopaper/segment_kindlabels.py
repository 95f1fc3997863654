"""Labels that name a kind of item or a part of the page, not a story: never a kicker, never read.

* A label naming the item under it as news related to the story before (``相关新闻``,
  ``相关报道``) alone over a headline and its text (``相关新闻`` / ``我市今年招聘特岗教师320名`` /
  ``本报讯…``): the item is a story titled by its own headline; the label is no one's.  Only those
  two: ``相关链接`` over facts is printed as the box's kicker, and over a pointer (``…详见A08版``)
  it is :mod:`audiopaper.segment_xrefs`'s.
* A bare label naming a photo item by its kind (``图片``, ``摄影``, ``新闻图片``, ``随手拍``,
  ``读者随手拍``, ``市民随手拍``) over the photo's short title and its caption with its credit
  (``摄影`` / ``秋韵`` / ``北山脚下…漫步。`` / ``陶  然　摄``; ``读者随手拍`` / ``雨后彩虹挂城头`` /
  ``…驻足拍照。（读者 龙建国 摄）``): like ``晚报图片`` (:func:`audiopaper.segment_labels.mark_photo_labels`)
  it names the item, not the story.  Over a headline and text with no photo's credit it is left.
* A supplement's own name over an essay, when the page names it so (``“潭影”副刊征稿：…`` in its
  house notice): ``潭影`` / ``外婆的腌菜坛`` / ``□ 林晓岚`` / text: the 副刊's name heads its
  pieces, not one; never the essay's kicker.  Only a name the page itself calls a 副刊.
* A bare label naming a literary kind (``散文``, ``诗歌``, ``随笔``, ``小小说``, ``杂文``) over a
  headline and its text or poem (``散文`` / ``老屋檐下的秋`` / text / ``易  澄``; ``诗歌`` /
  ``秋日，在河边`` / verse / ``■祁  远``): a 副刊 files its pieces by kind, so the label heads the
  kind, not the piece; the piece is titled by its own headline.  Only those bare words: a column
  named for a kind of writing (``书评``, ``艺评``, ``读书札记``) is the piece's kicker.
A short label at the top of a page called a 副刊 (``周末读本`` / ``腊八粥里的年味`` / ``文/苗  青``) is
left alone: it is the first piece's kicker, a column's name, as ``茗江夜话`` is in unseen23; no
layout tells it from a supplement's name the page does not print as one.

Why a module of its own: :mod:`audiopaper.segment_labels` is full.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_labels import PHOTO_TITLE_LINES, is_credited
from .segment_lines import Line, compact

__all__ = ["mark_kind_labels"]

# News related to the story before: "相关新闻", "【相关报道】".
RELATED_KIND = re.compile(r"[【〔\[]?相关(?:新闻|报道)[】〕\]]?")
# A photo item's kind: "图片", "摄影", "新闻图片", "随手拍", "读者随手拍".
PHOTO_KIND = re.compile(
    r"[【〔\[]?(?:新闻)?(?:图片|摄影)[】〕\]]?|[【〔\[]?(?:读者|市民|网友)?随手拍[】〕\]]?"
)
# A supplement the page names: "“潭影”副刊征稿：…", "本报“潭影”副刊…".
SUPPLEMENT = re.compile(r"“(?P<name>[\u4e00-\u9fa5]{2,6})”副刊")
# A literary kind a 副刊 files its pieces under: "散文", "诗歌", "【随笔】" (never "书评", a column).
LITERARY_KIND = re.compile(r"[【〔\[]?(?:散文|诗歌|诗词|新诗|随笔|杂文|小小说|微小说)[】〕\]]?")
STACK_MAX = 2  # headings of a headline stack under such a label, at most


def supplements(lines: list[Line]) -> set[str]:
    """The names the page calls its 副刊 (``“潭影”副刊征稿…`` -> {潭影})."""
    return {m["name"] for ln in lines for m in SUPPLEMENT.finditer(ln.text)}


def heads_story(lines: list[Line], i: int) -> bool:
    """A headline stack starts under ``lines[i]`` and text or a byline follows it."""
    k = i + 1
    while k < len(lines) and k - i <= STACK_MAX and lines[k].kind == "heading":
        k += 1
    return k > i + 1 and k < len(lines) and lines[k].kind in ("body", "byline")


def photo_item(lines: list[Line], i: int) -> bool:
    """A photo item under ``lines[i]``: its title, then its caption with a credit or the credit."""
    k = i + 1
    while k < len(lines) and k - i <= PHOTO_TITLE_LINES and lines[k].kind == "heading":
        k += 1
    return k > i + 1 and (
        is_credited(lines, k) or (k < len(lines) and lines[k].kind == "body" and is_credited(lines, k + 1))
    )


def mark_kind_labels(lines: list[Line]) -> list[Line]:
    """Make a label of a kind of item, or a 副刊's name the page gives, noise over its item:
    ``相关新闻`` / headline / text, ``摄影`` / ``秋韵`` / caption / ``X　摄``, ``潭影`` / essay,
    ``散文`` / headline / essay."""
    names = supplements(lines)
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        if ln.kind not in ("heading", "label"):
            continue
        label = compact(ln.rest or ln.text)
        if (
            (RELATED_KIND.fullmatch(label) and heads_story(lines, i))
            or (PHOTO_KIND.fullmatch(label) and photo_item(lines, i))
            or (label in names and heads_story(lines, i))
        ):
            out[i] = replace(ln, kind="noise", reason="section label")
        elif LITERARY_KIND.fullmatch(label) and heads_story(lines, i):
            out[i] = replace(ln, kind="noise", reason="section label")
            # The kind's label said a new piece starts: its headline never runs on the item above
            # (a photo's caption, ``秋韵`` / ``…银杏林。`` / ``散文`` / ``老屋檐下的秋``).
            out[i + 1] = replace(lines[i + 1], opens=True)
    return out
