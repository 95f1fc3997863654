"""Group the classified lines of one page into story drafts, teasers and skipped lines.

A headline stack (kicker, title, subtitle, column label) opens a story when it is followed by
a byline, is two or more lines, follows a jump marker, or heads an info box; a single
headline-like line inside a running story is a sub-head.  A body line that stops
mid-sentence is joined with the next body line (column breaks, ``…编队执行`` / ``任务情况。``),
even across a headline printed inside its own story's text, and so is a flush line after
``；`` that goes on with the series being listed (``着力…；着力…；`` / ``着力…``), any flush text
line in a dump that indents its paragraphs, or any text line after ``；`` in a dump that marks
paragraphs by neither indent nor blank lines (those rules live in :mod:`audiopaper.segment_paras`).
A caption, a photo story or a small box set inside a sentence cut by a column does not end
it: the sentence is joined across the caption, or picked up after the item's one paragraph
(those rules live in :mod:`audiopaper.segment_insets`).  Whether a byline signs the story above,
credits the one under way or opens a new one is decided in :mod:`audiopaper.segment_credits`.
Why here
and not in the classifier: these are decisions about neighbours, the classifier only sees one
line.
"""

from __future__ import annotations

from .model import Skipped, Teaser
from .segment_backrefs import names_back
from .segment_blocks import EDITORS_NOTE
from .segment_captions import hand_over_captions
from .segment_credits import (
    byline_opens_story,
    dateline_leads_text,
    names_writers,
    note_cut_by_headline,
    note_runs_on,
    reads_source,
    signs_story_above,
)
from .segment_draft import Draft, PageDrafts, ParaDraft
from .segment_heads import (
    ASIDE,
    is_dash_point,
    is_photo_story,
    stands_alone,
)
from .segment_insets import is_photo_between, rekick, resumes, retitle
from .segment_jumps import numbers_sections
from .segment_kickers import signs_piece
from .segment_lines import SIGNOFF, Line
from .segment_paras import goes_on, indents_paragraphs, is_dash_subhead
from .segment_parts import stacks_on
from .segment_reread import reread
from .segment_split import split_headline
from .segment_titles import listed_titles, mark_headline_lists, title_by_list
from .segment_webheads import unlist_lone_stack


class PageAssembler:
    """Walks one page's lines once, keeping the story being read (``cur``)."""

    def __init__(self, page: int, lines: list[Line]) -> None:
        self.page = page
        self.lines = reread(lines)
        self.out = PageDrafts()
        self.cur: Draft | None = None
        self.pending: list[tuple[ParaDraft, Line]] = []  # captions before their story opens
        self.prev: Line | None = None  # the line before the one being read
        self.next: Line | None = None  # the line after it
        self.titles: frozenset[str] = frozenset()  # the titles the page's headline list names
        # A story left mid-sentence by a small item set inside its column (a photo story, a box):
        # the text after that item's one paragraph finishes the sentence.
        self.interrupted: Draft | None = None
        # A headline read as a sub-head across an open sentence, and the story it was set in.
        self.spliced: tuple[Draft, list[Line]] | None = None
        self.web_author: Draft | None = None  # the story whose byline a web page's author field gave
        body = [ln for ln in self.lines if ln.kind == "body"]
        self.indented = indents_paragraphs(self.lines)
        # Its text opens indented under every headline: a flush line there is a paragraph's piece.
        printed = sorted(self.lines, key=lambda ln: ln.number)  # the order before hoist_tails
        self.indents = any(ln.indent for ln in body) and not any(
            a.kind == "heading" and b.kind == "body" and not b.indent
            for a, b in zip(printed, printed[1:], strict=False)
        )
        # Or a blank line parts them; a dump with neither gives each paragraph one line.
        self.unmarked = not any(ln.indent for ln in body) and not any(
            b.number - a.number > 1 and {a.kind, b.kind} <= {"body", "byline"}
            for a, b in zip(printed, printed[1:], strict=False)
        )

    def skip(self, line: Line, reason: str) -> None:
        self.out.skipped.append(Skipped(line.number, line.text, reason, self.page))

    def open_story(self) -> Draft:
        self.cur = Draft(self.page)
        self.out.drafts.append(self.cur)
        for para, line in self.pending:
            self.cur.paras.append(para)
            self.cur.texts[(self.page, line.number)] = line.text
        self.pending.clear()
        return self.cur

    def running(self) -> Draft | None:
        return self.cur if self.cur is not None and not self.cur.closed else None

    def run(self) -> PageDrafts:
        listed = unlist_lone_stack(self.lines, mark_headline_lists(self.lines))
        self.titles = listed_titles(self.lines, listed)
        lines = self.lines
        i = 0
        while i < len(lines):
            ln = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            self.prev = lines[i - 1] if i else None
            self.next = nxt
            if ln.number in listed:
                self.skip(ln, "headline list")
            elif ln.kind == "noise":
                self.skip(ln, ln.reason)
                if ln.reason == "web meta":
                    self.end_web_story()
            elif ln.kind == "teaser":
                self.out.teasers.append(Teaser(ln.rest, ln.jump_out, ln.number, self.page))
            elif ln.kind in ("heading", "label") and nxt is not None and nxt.kind == "page_ref":
                # "前10个月我国服务进出口总额同比增长8.7%" then "3版": a teaser to page 3.
                self.out.teasers.append(Teaser(ln.rest, nxt.jump_out, ln.number, self.page))
                self.skip(nxt, "teaser page")
                i += 2
                continue
            elif ln.kind == "page_ref":
                self.skip(ln, "page header")
            elif ln.kind == "jump_out":
                self.end_jump(ln)
            elif ln.kind in ("heading", "label") or (is_dash_point(ln) and self.headline_open()):
                j = i + 1
                while j < len(lines) and stacks_on(lines, j, listed):
                    if j + 1 < len(lines) and lines[j + 1].kind == "page_ref":
                        break  # "本报导读" / "高考在即 …" / "2版": the last line is a teaser
                    j += 1
                photo = j == i + 1 and is_photo_story(lines, i, inside=self.sentence_open())
                # A stack cut short by a teaser ("本报导读") heads no story it could be a sub-head of.
                alone = j + 1 < len(lines) and lines[j + 1].kind == "page_ref"
                self.take_stack(lines[i:j], lines[j] if j < len(lines) else None, own=photo or alone)
                if photo and self.cur is not None:
                    self.cur.photo = True
                i = j
                continue
            elif ln.kind == "byline":
                self.take_byline(ln, nxt)
            elif ln.kind == "jump_in":
                cur = self.running()
                if cur is None or cur.has_body():
                    cur = self.open_story()
                cur.continued_from = ln.jump_in
                cur.hold(self.page, ln)
            else:
                self.take_body(ln)
            i += 1
        self.finish()
        hand_over_captions(self.out.drafts, self.page)
        return self.out

    def sentence_open(self) -> bool:
        cur = self.running()
        return cur is not None and cur.last_open()

    def headline_open(self) -> bool:
        cur = self.running()
        return cur is not None and cur.title is not None and not cur.paras and cur.subtitle is None

    def end_jump(self, ln: Line) -> None:
        cur = self.running()
        if cur is None:
            self.skip(ln, "jump marker")
            return
        cur.continues_on = ln.jump_out
        cur.hold(self.page, ln)
        cur.closed = True

    def end_web_story(self) -> None:
        """A web story's fields after its text (``作者：陈  杰　来源：…　发布时间：…``) close it: the
        web page prints them at each story's foot, so a headline after them opens the next story
        (``数说湄江脱贫`` / ``●18.6万　…``), never a sub-head of the one they closed."""
        cur = self.running()
        if cur is not None and cur.has_body() and not cur.last_open():
            cur.closed = True

    def take_stack(self, stack: list[Line], nxt: Line | None, *, own: bool = False) -> None:
        """Open a story under ``stack``, or read it as sub-heads of the running one.

        ``own``: the stack heads no running story whatever follows (a photo story, a guide's label).
        """
        heads = [ln for ln in stack if ln.kind != "jump_in"]
        jump_in = next((ln.jump_in for ln in stack if ln.jump_in is not None), None)
        nxt_kind = nxt.kind if nxt is not None else None
        cur = self.running()
        self.interrupted = None
        if (
            cur is not None
            and cur.continued_from is not None
            and cur.title is None
            and not cur.paras
            and numbers_sections(stack)
        ):
            self.take_subheads(cur, stack, nxt_kind)
            return
        if (
            cur is not None
            and cur.title is None
            and nxt_kind in ("body", "caption", "field")
            and jump_in is None
            and cur.byline is not None
        ):
            # A story that starts with its dateline: "本报讯(记者 王红)健康素养…" comes first and
            # its headline "2024年郑州市居民健康素养监测启动" sits inside its own text.
            cur.kicker, cur.title, cur.subtitle = title_by_list(
                heads, split_headline(heads, signed=signs_piece(nxt)), self.titles
            )
            for ln in stack:
                cur.hold(self.page, ln)
            cur.join_next = cur.last_open() and nxt_kind == "body"
            return
        # "记者手记" / "让土豆走得更远" / text: a feature's own closing box, not a story.
        aside = cur is not None and cur.has_body() and nxt_kind == "body" and ASIDE.fullmatch(heads[0].rest)
        aside = aside or names_back(cur, heads, nxt)  # "专家提醒" / … / "谭秀英提醒，…"
        opens = not aside and (
            cur is None
            or own
            or any(ln.opens for ln in heads)
            # A note waiting for its piece ("编者按：…" printed over the headline) opens one.
            or any(para.lead and para.kind == "body" for para, _ in self.pending)
            or jump_in is not None
            # "全市冬季农田水利建设全面展开" / "（上接第一版）共完成土方量…": a continuation's
            # repeated headline, its marker leading the first text line.
            or (nxt is not None and nxt.jump_in is not None)
            or nxt_kind in (None, "byline", "field", "caption", "teaser", "noise", "jump_in")
            or (len(heads) >= 2 and not all(is_dash_point(ln) for ln in heads))
            or (cur.title is None and not cur.has_body())
            or stands_alone(heads, nxt)
        )
        if opens:
            if cur is not None and cur.title is None and not cur.paras and cur.byline is None:
                draft = cur
            else:
                draft = self.open_story()
                if (
                    cur is not None
                    and jump_in is None
                    and (
                        (cur.last_open() and nxt_kind in ("body", "caption"))
                        or is_photo_between(cur, heads, nxt)
                    )
                ):
                    self.interrupted = cur
            draft.kicker, draft.title, draft.subtitle = title_by_list(
                heads, split_headline(heads, signed=signs_piece(nxt)), self.titles
            )
            if jump_in is not None:
                draft.continued_from = jump_in
            for ln in stack:
                draft.hold(self.page, ln)
            if self.spliced is not None and self.spliced[0] is cur and cur is not draft:
                rekick(*self.spliced, draft, self.page)
            return
        self.take_subheads(cur, stack, nxt_kind)

    def take_subheads(self, cur: Draft, stack: list[Line], nxt_kind: str | None) -> None:
        """Read ``stack`` as sub-heads inside the running story ``cur``."""
        for ln in stack:
            text = (ln.rest or ln.text).lstrip("—").strip()
            para = ParaDraft("subhead", [text], [ln.number], self.page)
            cur.texts[(self.page, ln.number)] = ln.text
            if cur.last_open() and nxt_kind == "body":
                cur.deferred.append(para)
                cur.join_next = True
                self.spliced = (cur, stack)
            else:
                cur.paras.append(para)

    def take_byline(self, ln: Line, nxt: Line | None) -> None:
        cur = self.running()
        self.interrupted = None
        if ln.reason == "web author":
            # "作者：本报记者 柯  然　来源：…" between a web story's headline and its text names
            # its writer; a dateline leading the text ("新华社北京3月23日电（记者 …）") replaces it.
            if cur is not None and cur.title is not None and not cur.paras and cur.byline is None:
                cur.byline = ln.byline
                cur.hold(self.page, ln)
                self.web_author = cur
            else:
                self.skip(ln, "web meta")
                self.end_web_story()
            return
        if cur is not None and cur is self.web_author and not cur.paras and names_writers(ln):
            cur.byline = None  # the text's own dateline names the story's writers
        if signs_story_above(cur, ln, nxt) and cur is not None:
            # "（记者 张三）", a wire's "新华社南昌12月3日电", a column's "●石  言" or a commentary's
            # "●新华社记者  陶  然" at the end of its story.  A bracketed wire dateline under a
            # signed feature ("新华社记者 王  鹏" … "（新华社日内瓦10月12日电）") is held, not read.
            if reads_source(cur, ln):
                cur.paras.append(ParaDraft("body", [ln.byline.strip()], [ln.number], self.page))
                cur.texts[(self.page, ln.number)] = ln.text
                return
            if ln.reason == "bracketed dateline" and cur.byline is not None:
                cur.hold(self.page, ln)
                return
            cur.byline = f"{cur.byline} {ln.byline}" if cur.byline else ln.byline
            cur.hold(self.page, ln)
            return
        if note_runs_on(cur, ln) and cur is not None:
            for para in cur.paras:
                para.lead = True  # the note's paragraphs all lead the story
        if dateline_leads_text(cur, ln) and cur is not None:
            self.add_para(cur, "body", ln.text.strip(), ln)
            return
        if cur is None or byline_opens_story(cur, ln):
            spliced = self.spliced if cur is not None and cur.has_body() else None
            cur = self.open_story()
            if spliced is not None and ln.rest:
                retitle(*spliced, cur, self.page, self.titles)
        cur.byline = f"{cur.byline} {ln.byline}" if cur.byline else ln.byline
        if ln.jump_in is not None:
            cur.continued_from = ln.jump_in
        if ln.rest:
            self.add_para(cur, "body", ln.rest, ln)
        else:
            cur.hold(self.page, ln)
        if ln.jump_out is not None:
            cur.continues_on, cur.closed = ln.jump_out, True

    def take_body(self, ln: Line) -> None:
        cur = self.running()
        kind = "caption" if ln.kind == "caption" else "body"
        text = ln.rest or ln.text
        if is_dash_subhead(ln) and cur is not None and cur.has_body():
            kind, text = "subhead", text.lstrip("—").strip()
        # "岷江论坛" (never read) / "编者按：…" / the first piece's headline: the note leads that piece.
        after_label = self.prev is not None and self.prev.reason == "column label"
        if (cur is None or after_label) and (
            kind == "caption" or text.startswith(EDITORS_NOTE) or (self.pending and SIGNOFF.match(text))
        ):
            self.pending.append((ParaDraft(kind, [text], [ln.number], self.page, lead=True), ln))
            return
        if note_cut_by_headline(cur, text, ln.open, self.next):
            # "…切勿拖延。" / "编者按：冬季是…本期我们请来" / "孩子反复发烧　啥时候该去医院？" /
            # "儿科专家，就读者关心的问题进行解答。": after a finished story, a note over a headline
            # leads the next piece; cut by its headline, it goes on below it.
            self.pending.append((ParaDraft(kind, [text], [ln.number], self.page, ln.open, lead=True), ln))
            return
        if cur is None or (ln.jump_in is not None and cur.has_body()):
            cur = self.open_story()
        if cur is self.cur and resumes(self.interrupted, cur, ln, text, indented=self.indented):
            cur = self.cur = self.interrupted
            self.interrupted = None
        if ln.jump_in is not None:
            cur.continued_from = ln.jump_in
        if (
            text.startswith(EDITORS_NOTE)
            and cur.title is not None
            and not cur.has_body()
            and cur.byline is None
        ):
            # "开局之年看基层 / 一个山村的“数字账本” / 编者按：… / 本报记者 罗艾桦": the note leads
            # the story, and the byline after it still belongs to the same story.
            # A note cut by a column goes on in the next line, still the lead ("…校服价格偏高、" /
            # "款式过多。记者就此进行了调查。"), so the byline under it still opens no story.
            cur.paras.append(ParaDraft(kind, [text], [ln.number], self.page, ln.open, lead=True))
            cur.texts[(self.page, ln.number)] = ln.text
            return
        self.add_para(cur, kind, text, ln)
        if ln.jump_out is not None:
            cur.continues_on, cur.closed = ln.jump_out, True

    def add_para(self, cur: Draft, kind: str, text: str, ln: Line) -> None:
        cur.texts[(self.page, ln.number)] = ln.text
        last = cur.paras[-1] if cur.paras else None
        if kind == "caption" and cur.last_open():
            # "…我市周边游预订量明显上升，白杨沟、" / "5月底，游客在白杨沟景区骑马游览。" /
            # "胡杨林公园…已基本订满。": the photo sits in the column the sentence runs through;
            # the sentence is joined across it and the caption read after that paragraph.
            cur.deferred.append(ParaDraft(kind, [text], [ln.number], self.page))
            return
        if (
            kind == "body"
            and last is not None
            and goes_on(last, text, ln, indented=self.indented, unmarked=self.unmarked, indents=self.indents)
        ):
            last.parts.append(text)
            last.lines.append(ln.number)
            last.open = ln.open
            if last.open and any(p.kind == "caption" for p in cur.deferred):
                # The sentence runs on past another column ("…近年来，我市坚持把枸杞产业作为调结构、
                # 促增收的" / caption / "主导产业来抓，…培育加工企业57家，" / "枸杞产业综合产值…"):
                # the caption still waits for the paragraph's end.
                return
        else:
            cur.paras.append(ParaDraft(kind, [text], [ln.number], self.page, ln.open and kind == "body"))
        cur.paras.extend(cur.deferred)
        cur.deferred.clear()
        cur.join_next = False

    def finish(self) -> None:
        if self.pending:
            cur = self.cur or self.open_story()
            for para, line in self.pending:
                cur.paras.append(para)
                cur.texts[(self.page, line.number)] = line.text
            self.pending.clear()
        for d in self.out.drafts:
            d.paras.extend(d.deferred)
            d.deferred.clear()
        kept = []
        for d in self.out.drafts:
            if d.paras or d.byline:
                kept.append(d)
            else:  # a headline with nothing under it: nothing to read
                self.out.skipped.extend(
                    Skipped(ln, text, "headline without text", pg) for pg, ln, text in d.all_lines()
                )
        self.out.drafts = kept


def assemble_page(page: int, lines: list[Line]) -> PageDrafts:
    """Stories, teasers and skipped lines of one page, from its classified non-blank lines."""
    return PageAssembler(page, lines).run()
