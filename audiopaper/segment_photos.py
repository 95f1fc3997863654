"""Photo stories: a photo printed as its own item, a short headline over its caption and credit.

Why a module of its own: whether a lone headline heads a photo (and so opens an item of its own
wherever it stands, never a sub-head of the story above) is decided by the few lines under it
(caption, credit), apart from the rest of a headline stack's conventions in
:mod:`audiopaper.segment_heads`, which re-exports :func:`is_photo_story`.
"""

from __future__ import annotations

from .segment_lines import Line, is_open

# A photo story's headline is a short phrase, at most one line of a news headline:
# "荷塘月色", "端午节前夕开展食品安全检查".
PHOTO_TITLE_MAX = 16
CAPTION_MAX = 120  # characters of a photo's caption line
# Captions over one credit: a photo story of two photos prints a caption under each, one line
# apiece, and credits them once ("春运第一天" / "1月26日是春运第一天。…" / "昨日，一名务工人员…。"
# / "晚报记者　邝  宇　摄").
CAPTIONS_MAX = 2


def is_caption_line(ln: Line) -> bool:
    """One finished line of text, short enough to be a photo's caption."""
    return ln.kind in ("body", "caption") and not is_open(ln.rest) and len(ln.rest) <= CAPTION_MAX


def caption_end(lines: list[Line], k: int) -> int | None:
    """The index after the caption starting at ``lines[k]``, or None if no caption starts there.

    A caption is one finished line, or one sentence cut by the column into two: an open line
    (``10月21日，…开设课程26门，``) and the finished line under it (``吸引1300多人次参加。``).
    """
    if k >= len(lines):
        return None
    if is_caption_line(lines[k]):
        return k + 1
    ln = lines[k]
    if ln.kind == "body" and is_open(ln.rest) and k + 1 < len(lines):
        rest = lines[k + 1]
        if rest.kind == "body" and is_caption_line(rest) and len(ln.rest) + len(rest.rest) <= 2 * CAPTION_MAX:
            return k + 2
    return None


def carries_credit(ln: Line) -> bool:
    """A marked caption with its photographer's credit run in: ``▲求职者在…咨询。都市报记者 孟庆阳 摄``."""
    return ln.kind == "caption" and ln.rest != ln.text


def is_photo_story(lines: list[Line], i: int, *, inside: bool = False) -> bool:
    """``荷塘月色`` / one caption / ``本报记者 池远 摄`` and no text: a photo printed as its own story.

    ``lines[i]`` is a lone short headline; the caption must be one finished line, followed by the
    photo credit (unless the caption carries it), and then by the next story or the page's end.
    Two photos may share the headline and the credit, each with its one-line caption:
    ``春运第一天`` / ``1月26日是春运第一天。…`` / ``昨日，一名务工人员…报平安。`` / ``晚报记者 邝宇 摄``.
    ``inside``: the running story stopped mid-sentence, so text may follow the photo story: the
    rest of that sentence (``…李有福告诉记者，`` / ``植树造林正当时`` / caption / credit / ``全膜…``).
    The credit may be set above the headline instead, under the photo: ``晚报记者　韩文涛　摄`` /
    ``冬储大白菜上市`` / one caption / the next story.  Or run into a marked caption under the
    photo story's one line of text: ``家门口的招聘会`` / ``9月7日，…达成就业意向310人。`` /
    ``▲求职者在招聘会上咨询岗位信息。都市报记者 孟庆阳 摄`` / the next box.  A ``——`` point is
    never a photo's headline: it is a point of the story it is set in.
    """
    head = lines[i]
    if head.kind != "heading" or len(head.rest.replace(" ", "")) > PHOTO_TITLE_MAX or i + 1 >= len(lines):
        return False
    if head.rest.startswith("——"):
        return False  # "——适度运动，释放压力": a point of the story it is set in, never a photo's title
    caption = lines[i + 1]
    end = caption_end(lines, i + 1)
    if end is None:
        return False
    after = i + 2
    credited_above = i > 0 and lines[i - 1].reason == "photo credit"
    if end > i + 2:
        # One caption cut by the column in two: only its photo credit may follow.
        if credited_above or end >= len(lines) or lines[end].reason != "photo credit":
            return False
        after = end + 1
    elif caption.kind == "body" and not credited_above:
        # More captions, each one finished line, may stand before the one credit.
        while after - (i + 1) < CAPTIONS_MAX and after < len(lines) and is_caption_line(lines[after]):
            after += 1
            if carries_credit(lines[after - 1]):
                break
        else:
            if after >= len(lines) or lines[after].reason != "photo credit":
                return False
            after += 1
    follow = ("heading", "label", "byline", "noise", "teaser", *(("body",) if inside else ()))
    return after >= len(lines) or lines[after].kind in follow
