"""Segmentation: page text -> an :class:`~audiopaper.model.Edition` of stories in running order.

``segment(pages)`` classifies every line (:mod:`audiopaper.segment_lines`), re-reads lines by
the block they sit in (adverts, boxes of briefs, poems: :mod:`audiopaper.segment_blocks`),
groups the lines of each page into stories (:mod:`audiopaper.segment_page`), then joins
stories that jump between pages (``(下转二版)`` … ``(上接一版)``), drops stories printed
twice, and numbers them ``p{page}-s{NN}``.  Every non-blank input line ends up in exactly
one place: a story (its ``paragraphs[].lines`` or ``source_lines``), a teaser, or ``skipped``
with a reason; the tests prove this on every example page.

Pure: no files, clock or environment, so it can be tested and rerun on its own.

Where each convention lives, in the order the passes run (each module's docstring says what it
reads and why it is a module of its own):

1. **One line alone** -- :mod:`~audiopaper.segment_lines` gives every line a kind (heading,
   body, byline, field, caption, noise, teaser, jump) from its own text: page furniture,
   chrome, footers and imprints through :mod:`~audiopaper.segment_noise` (with ``chrome``,
   ``footers``, ``imprint``), datelines and bylines through
   :mod:`~audiopaper.segment_bylines`, jump markers through :mod:`~audiopaper.segment_jumps`,
   tip credits through :mod:`~audiopaper.segment_tips`.
2. **A line by its neighbours** -- :mod:`~audiopaper.segment_reread` runs, in this order: column
   labels taken for bylines (``asklabels``), hotline reply columns (``qa``), key-value lines cut
   by a column (``prose``); then :mod:`~audiopaper.segment_tails` (web headline lists
   ``navitems``, quip boxes, poems ``topverse``/``verse``, signatures ``signoffs``/``cowriters``,
   sentence tails set under the next headline); web headlines (``webheads``), headlines set as
   text (``heads``, ``namelines``, ``stackstarts``); then :mod:`~audiopaper.segment_blocks`, the
   boxes and labels that are never read or read as their own item (tables and their tails,
   weather, cartoons, notices, house calls, adverts, TV guides and listings, service rows,
   banners, page-part and kind labels, cross-references, event and briefs boxes, chronicles,
   poems under a byline); art credits; and items that open a story where they stand
   (:mod:`~audiopaper.segment_items`, ``bulletbox``, ``qa``).
3. **The walk** -- :mod:`~audiopaper.segment_page` reads the page top to bottom into drafts:
   headline stacks are split into kicker, title and subtitle by
   :mod:`~audiopaper.segment_split` (with ``runon``, ``clauses``, ``kickers``, ``boxkickers``,
   ``stackfix``, ``whendue``, ``headlabels``, ``titles``); paragraphs, sub-heads, captions,
   credits and insets by ``paras``, ``parts``, ``captions``, ``credits``, ``insets``,
   ``photos``, ``backrefs``.
4. **The edition** -- this module joins jumping halves, drops stories printed twice and
   numbers the rest.

Page numbers: a page header printed in the text (``第05版:都市新闻``, ``第Ａ０７版：城事``) wins
over the number the caller set, because e-paper dumps are often saved under arbitrary names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .model import Edition, Page, Skipped, Story, Teaser
from .segment_draft import Draft, ParaDraft
from .segment_lines import PAGE_NO, chinese_numeral, classify_line, parse_page_number
from .segment_noise import narrow
from .segment_page import assemble_page

__all__ = ["segment", "render_rows", "page_number", "page_numbers"]

HEADER_NO = re.compile(rf"^第?\s*(?P<no>{PAGE_NO})\s*版|^(?P<bare>[A-Z]\s*\d{{1,3}})(?:\s*[:：]|\s|$)")
# A front-page summary ends by pointing at its full story: "…控制在5.5%以内。（详见第2版）".
JUMP_TITLE_MATCH = 0.5  # a continuation's head this like the title names it, whatever else matches
SUMMARY_END = re.compile(rf"[（(]\s*(?:详见|见|参见)\s*第?\s*(?P<no>{PAGE_NO})\s*版\s*[）)]$")


def page_number(page: Page) -> int:
    """The page's number: its printed header (``第05版:都市新闻``, ``A05：本地新闻``,
    ``B5  副刊·渭河边`` -> 5) if any, else ``page.number``.

    An e-paper's page tabs (``版面导航`` / ``第A01版：要闻`` / ``第A02版：要闻`` / …, headers one
    after another) name every page of the issue; the page's own header is the one printed apart
    from them (``上一版　下一版`` / ``第A02版：要闻``), and the tabs' first one only if there is none.
    """
    found: list[tuple[int, int]] = []  # (index among the non-blank lines, page number)
    rows = [raw for raw in page.lines[:40] if raw.strip()]
    for i, raw in enumerate(rows):
        line = classify_line(0, raw)
        if line and line.kind == "noise" and line.reason == "page header":
            m = HEADER_NO.match(narrow(line.text))
            if m and (no := parse_page_number(m["no"] or m["bare"])):
                found.append((i, no))
    at = {i for i, _ in found}
    apart = [no for i, no in found if i - 1 not in at and i + 1 not in at]
    if apart and len(found) > len(apart):
        return apart[0]
    return found[0][1] if found else page.number


def page_numbers(pages: Sequence[Page]) -> list[int]:
    """Each page's number, in the order given: the printed ones when every page has its own;
    else the numbers the pages came with (file names, order given); else 1, 2, 3…

    Two pages may print the same number (a header misread, a page saved twice under two
    names); one number for two pages would mix their lines, so then none of them is trusted.
    """
    for numbers in ([page_number(p) for p in pages], [p.number for p in pages]):
        if len(set(numbers)) == len(numbers):
            return numbers
    return list(range(1, len(pages) + 1))


def segment(pages: Sequence[Page]) -> Edition:
    """Split ``pages`` into stories, teasers and skipped lines, in page order.

    Printed page numbers (page headers) set the reading order when every page has its own:
    e-paper dumps are often saved under names that sort in no useful order.
    """
    numbers = page_numbers(pages)
    order = sorted(range(len(pages)), key=numbers.__getitem__)
    pages, numbers = [pages[i] for i in order], [numbers[i] for i in order]
    drafts: list[Draft] = []
    teasers: list[Teaser] = []
    skipped: list[Skipped] = []
    for page, number in zip(pages, numbers, strict=True):
        lines = [c for i, raw in enumerate(page.lines, 1) if (c := classify_line(i, raw))]
        result = assemble_page(number, lines)
        drafts.extend(result.drafts)
        teasers.extend(result.teasers)
        skipped.extend(result.skipped)
    drafts = join_jumps(drafts)
    drafts = drop_summaries(drafts, teasers, skipped)
    kept, duplicates = drop_duplicates(drafts)
    add_jump_notes(kept, set(numbers))
    stories = number_stories(kept)
    by_draft = {id(d): s.id for d, s in zip(kept, stories, strict=True)}
    for dup, original in duplicates:
        reason = f"duplicate of {by_draft[id(original)]}"
        skipped.extend(Skipped(line, text, reason, page) for page, line, text in dup.all_lines())
    first = pages[0] if pages else None
    return Edition(
        paper=first.paper if first else "",
        date=first.date if first else "",
        pages=tuple(dict.fromkeys(numbers)),
        stories=tuple(stories),
        teasers=tuple(teasers),
        skipped=tuple(
            sorted(skipped, key=lambda s: (numbers.index(s.page) if s.page in numbers else 0, s.line))
        ),
    )


def similarity(a: str, b: str) -> float:
    """How alike two headlines are (0..1), ignoring spaces and punctuation."""
    a, b = (re.sub(r"[\W_]+", "", x) for x in (a, b))
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def join_jumps(drafts: list[Draft]) -> list[Draft]:
    """Append each ``(上接一版)`` continuation to the story that jumped to its page.

    Why: a listener should hear a story in full where it starts.  The continuation is found by
    the page it names and by its repeated (often shortened) headline; with no headline, the only
    open jump from that page is taken.
    """
    out: list[Draft] = []
    for d in drafts:
        if d.continued_from is not None:
            candidates = [s for s in out if s.continues_on == d.page and s.pages[-1] == d.continued_from]
            if candidates:
                heads = d.headline_text()
                best = max(candidates, key=lambda s: similarity(heads, s.headline_text()) if heads else 0.0)
                if heads and similarity(heads, best.headline_text()) < 0.3 and len(candidates) > 1:
                    best = candidates[0]
                retitle_by_jump(best, heads)
                best.absorb(d)
                continue
        out.append(d)
    return out


def retitle_by_jump(d: Draft, heads: str) -> None:
    """Make the line a continuation repeats the title, the line above it then the kicker.

    ``第五届伏牛山文化旅游节开幕`` / ``43个项目集中签约 总投资316亿元`` on page 1 and
    ``项目集中签约`` over ``(上接第一版)``: the jump repeats the title, so the second line is
    it and the first its kicker (read as title + subtitle, as two plain lines usually are).
    """
    if d.kicker or not d.subtitle or not d.title or not heads:
        return
    if similarity(heads, d.subtitle) == 1.0 and similarity(heads, d.title) < JUMP_TITLE_MATCH:
        d.kicker, d.title, d.subtitle = d.title, d.subtitle, None


def drop_summaries(drafts: list[Draft], teasers: list[Teaser], skipped: list[Skipped]) -> list[Draft]:
    """Drop a front-page summary whose full story is printed on a page of this edition.

    ``我市今年将新增城镇就业5万人`` / ``本报讯…以内。（详见第2版）`` on page 1 and the same
    headline on page 2: the listener hears the page-2 story once, and the page-1 headline
    becomes a teaser to it.  A summary whose page is missing stays: it is all there is.
    """
    kept = []
    for d in drafts:
        last = d.paras[-1].parts[-1] if d.paras and d.paras[-1].parts else ""
        m = SUMMARY_END.search(last.rstrip())
        target = parse_page_number(m["no"]) if m else None
        full = next(
            (
                o
                for o in drafts
                if o is not d and target in o.pages and similarity(o.title or "", d.title or "") >= 0.8
            ),
            None,
        )
        if not d.title or target is None or target == d.page or full is None:
            kept.append(d)
            continue
        head = re.sub(r"[\W_]+", "", d.title)
        lines = d.all_lines()
        at = next((x for x in lines if re.sub(r"[\W_]+", "", x[2]) == head), lines[0])
        teasers.append(Teaser(d.title, target, at[1], at[0]))
        reason = f"summary of a story on page {target}"
        skipped.extend(
            Skipped(line, text, reason, page) for page, line, text in lines if (page, line) != at[:2]
        )
    return kept


def drop_duplicates(drafts: list[Draft]) -> tuple[list[Draft], list[tuple[Draft, Draft]]]:
    """Keep the first of two stories with the same headline and nearly the same text."""
    kept: list[Draft] = []
    dups: list[tuple[Draft, Draft]] = []
    by_title: dict[str, list[Draft]] = {}
    for d in drafts:
        key = re.sub(r"[\W_]+", "", d.title or "")
        body = d.body_text()
        original = next(
            (
                k
                for k in by_title.get(key, [])
                if key and body and SequenceMatcher(None, body, k.body_text()).quick_ratio() > 0.8
            ),
            None,
        )
        if original is not None:
            dups.append((d, original))
        else:
            kept.append(d)
            by_title.setdefault(key, []).append(d)
    return kept, dups


def add_jump_notes(drafts: list[Draft], present: set[int]) -> None:
    """End a story whose other half is missing with ``本文转第三版`` instead of mid-thought."""
    for d in drafts:
        if d.continues_on is not None:
            d.paras.append(
                ParaDraft("body", [f"本文转第{chinese_numeral(d.continues_on)}版"], [], d.pages[-1])
            )
        if d.continued_from is not None and d.continued_from not in present:
            note = ParaDraft("body", [f"本文接第{chinese_numeral(d.continued_from)}版"], [], d.page)
            d.paras.insert(0, note)


def number_stories(drafts: list[Draft]) -> list[Story]:
    """Turn drafts into stories with ids ``p{page}-s{NN}`` counted per starting page."""
    counts: dict[int, int] = {}
    stories = []
    for d in drafts:
        counts[d.page] = counts.get(d.page, 0) + 1
        stories.append(d.to_story(f"p{d.page}-s{counts[d.page]:02d}"))
    return stories


def render_rows(ed: Edition) -> list[tuple[str, str, str, str]]:
    """Rows (section, where, text, note) for the CLI's audit table: stories, teasers, skipped lines."""
    rows: list[tuple[str, str, str, str]] = []
    for s in ed.stories:
        head = " ｜ ".join(x for x in (s.kicker, s.title, s.subtitle) if x)
        chars = sum(len(p.text) for p in s.paragraphs)
        notes = [f"{len(s.paragraphs)} 段 {chars} 字"]
        if s.byline:
            notes.insert(0, s.byline)
        if len(s.pages) > 1:
            notes.append("版 " + "+".join(map(str, s.pages)))
        if s.continued_from is not None:
            notes.append(f"上接{s.continued_from}版")
        if s.continues_on is not None:
            notes.append(f"下转{s.continues_on}版")
        rows.append(("story", s.id, head, " · ".join(notes)))
    rows.extend(("teaser", f"p{t.on_page}:{t.line}", t.text, f"→ {t.page}版") for t in ed.teasers)
    rows.extend(("skipped", f"p{k.page}:{k.line}", k.text, k.reason) for k in ed.skipped)
    return rows
