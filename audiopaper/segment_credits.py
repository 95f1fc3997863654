"""Where a byline line goes, as the story being read decides: the story above, or a new one.

Why a module of its own: these are facts about one byline and the draft it meets (is the
story's text done, does its headline hold a note, has it been credited already), apart from
the walk over the page in :mod:`audiopaper.segment_page`, which only acts on the answer.

* A credit after a story's text, followed by a headline or nothing, signs that story:
  ``（记者 张三）``, ``新华社南昌12月3日电``, ``●石  言``, ``　　　　　　　　何  苗``.
* A note of a few paragraphs under a headline still leads the story the byline under it
  credits: ``社区食堂：…`` / ``编者按：…。`` / ``本报今起推出…栏目。`` / ``都市报记者 李  娜``.
* A source under a wire story that names another outlet than its dateline's is read, the
  paper's word on where it took the story: ``新华社昆明11月7日电（记者 …）…`` / ``（据新华网）``;
  one naming the byline's own agency (``新华社记者 赵  明`` / ``（据新华社）``) says nothing new.
* Under a headline credited on a line of its own, a bare dateline leading the text is the
  text's first words, not a new story: ``记者　孙立平　报道`` / ``本报汶北讯　1月26日，…``.
* So under a web story's author field: ``作者：本报记者 樊永刚　来源：…`` / ``本报讯　10月14日，…``
  keeps the field's byline and reads ``本报讯``; a dateline naming its reporters replaces the
  field's byline: ``本报讯（记者 郭  宁）…``, ``新华社北京3月23日电（记者 …）…``.
* A photo printed as its own item is done with its caption: a dateline leading text after it
  opens the next story, its headline perhaps set inside that text (``金秋胡杨林`` /
  ``10月19日，游客在…景色迷人。新华社记者乔峰摄`` / ``据新华社北京10月21日电　记者从…``).
"""

from __future__ import annotations

import re

from .segment_boxes import EDITORS_NOTE
from .segment_bylines import BULLETS
from .segment_draft import Draft
from .segment_heads import SIGNATURE_LINE
from .segment_lines import Line

# A dateline names its paper's newsroom ("本报讯", "新华社…电"); "通讯员" is a reporter's role.
DATELINE_WORD = re.compile(r"(?<!通)讯|电")
NOTE_PARAS = 3  # paragraphs an editor's note may run to between a headline and its byline


def signs_story_above(cur: Draft | None, ln: Line, nxt: Line | None) -> bool:
    """``ln``, a credit with no text of its own, signs ``cur``'s finished text."""
    if cur is None or not cur.has_body() or ln.rest:
        return False
    bare_dateline = ln.byline.endswith(("电", "讯")) and not re.search(r"电|讯", cur.byline or "")
    # "　　　　　　　　何  苗": a name set flush right signs the piece above it, whatever follows.
    signed = ln.reason == "signed flush right"
    return (nxt is None or nxt.kind in ("heading", "label", "noise") or signed) and (
        (signed and cur.byline is None)
        or (ln.text.startswith(("(", "（")) and cur.byline is None)
        or bare_dateline
        or ln.reason == "bracketed dateline"
        or (SIGNATURE_LINE.match(ln.text) is not None and cur.byline is None)
        or (ln.text.startswith(tuple(BULLETS)) and cur.byline is None)
    )


def note_runs_on(cur: Draft | None, ln: Line) -> bool:
    """``cur`` holds only its headline and an editor's note in a few paragraphs; ``ln`` credits it."""
    if cur is None or ln.rest:
        return False
    paras = cur.paras
    return (
        cur.title is not None
        and cur.byline is None
        and 2 <= len(paras) <= NOTE_PARAS
        and paras[0].lead
        and paras[0].parts[0].startswith(EDITORS_NOTE)
        and all(p.kind == "body" for p in paras)
        and not paras[-1].open
    )


def dateline_leads_text(cur: Draft | None, ln: Line) -> bool:
    """``ln`` is a bare dateline leading the first text of ``cur``, credited on a line of its own."""
    return (
        cur is not None
        and cur.title is not None
        and bool(cur.byline)
        and not DATELINE_WORD.search(cur.byline or "")
        and ln.byline.endswith(("电", "讯"))
        and not cur.has_body()
        and bool(ln.rest)
    )


def dateline_after_photo(cur: Draft | None, ln: Line) -> bool:
    """``ln``, a dateline leading text, follows a photo story's finished caption(s) and nothing else.

    A photo story (a lone short headline over a caption and its credit) has no text of its own,
    so the dateline starts the next piece, whose headline may come after its first words (``据新华社北京10月21日电　记者从教育部获悉，…`` /
    ``高校毕业生就业服务月`` / ``11月启动`` / ``高校毕业生就业服务月活动，…``).
    """
    return (
        cur is not None
        and cur.photo
        and cur.byline is None
        and bool(ln.rest)
        and DATELINE_WORD.search(ln.byline) is not None
        and bool(cur.paras)
        and all(p.kind == "caption" and not p.lead for p in cur.paras)
        and not cur.paras[-1].open
    )


def byline_opens_story(cur: Draft, ln: Line) -> bool:
    """``ln``, a byline the page walk did not give ``cur``, opens a new story: ``cur`` has its text,
    or its credit and ``ln`` leads text, or it is a photo story done with its caption."""
    return cur.has_body() or (cur.byline is not None and bool(ln.rest)) or dateline_after_photo(cur, ln)


# A story's source in brackets after its text: "（据新华网）", the outlet it was taken from.
SOURCE = re.compile(r"[（(]\s*据(?P<org>[^）)\s]{2,10})\s*[）)]")


def names_writers(ln: Line) -> bool:
    """``ln``, a dateline leading a story's text, names who wrote it (``本报讯（记者 郭  宁）…``);
    a bare one (``本报讯　…``, ``新华社北京3月23日电　…``) names only the newsroom."""
    return bool(ln.rest) and not ln.byline.strip().endswith(("电", "讯"))


def reads_source(cur: Draft | None, ln: Line) -> bool:
    """``ln`` is a bracketed source naming an outlet other than ``cur``'s credited one."""
    m = SOURCE.fullmatch(ln.byline.strip()) if ln.reason == "bracketed dateline" else None
    if cur is None or m is None or not cur.has_body() or not cur.byline:
        return False
    agency = re.match(r"[\u4e00-\u9fa5]{2,4}?(?:社|网|报|台)", cur.byline.strip())
    return agency is not None and agency.group(0) != m["org"]


def note_cut_by_headline(cur: Draft | None, text: str, ln_open: bool, nxt: Line | None) -> bool:
    """An editor's note after a story's finished text, cut by a headline: it leads that headline.

    A whole note over a bullet's name (``编者按：…敬请关注。`` / ``□ 杨绍华``) is not cut: it stays.
    """
    return (
        cur is not None
        and cur.has_body()
        and not cur.last_open()
        and text.startswith(EDITORS_NOTE)
        and ln_open
        and nxt is not None
        and nxt.kind == "heading"
    )
