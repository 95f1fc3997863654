"""Score segmentation against hand-written gold labels: ``python -m audiopaper.evaluate``.

Each case is a ``*.gold.json`` (or ``gold.json`` in an edition folder) under ``tests/pages``
naming its page files and, per story, the headline fields and the line spans that hold its
body text.  Per case it prints: story precision/recall/F1 (a story matches on its title),
body-character recall/precision on matched stories, column breaks repaired, jumps found, and
never-spoken lines leaked into what is read.  Why a gold format of line spans rather than
copied text: it is quick to write by hand and independent of how the segmenter joins lines.

Gold format::

    {"paper": "郑州日报", "date": "2023-12-02",
     "pages": [{"file": "p01.txt", "number": 1}],
     "stories": [{"title": "…", "kicker": null, "subtitle": null, "byline": "本报讯(记者 王红)",
                  "lines": [[1, 161, 167]],            # [page, first, last]: all of the story
                  "body": [[1, 161, 163], [1, 167, 167]], # the lines whose text is read
                  "skip": [[1, 39]],                  # lines inside it never read (credits)
                  "pages": [1], "continues_on": null, "continued_from": null}],
     "teasers": [{"text": "…", "page": 3}],
     "joins": [[1, 93, 1, 95]],                       # must end up in one paragraph
     "never_spoken_text": ["新华社记者李刚摄"]}

Lines outside every gold story (mastheads, teasers, chrome) must never be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .model import Edition, Page, Story
from .segment import segment

PAGES_DIR = Path(__file__).resolve().parent.parent / "tests" / "pages"
JUMP_MARK = re.compile(r"[（(]\s*(?:下转|紧转|转|上接|紧接|接)[^（()）]{1,8}[）)]")


@dataclass(frozen=True)
class Score:
    """The figures for one case; ``*_n`` are numerators, ``*_d`` denominators."""

    name: str
    gold_stories: int
    pred_stories: int
    matched: int
    body_match: int
    body_gold: int
    body_pred: int
    breaks_found: int
    breaks: int
    jumps_found: int
    jumps: int
    leaks: int
    misses: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.matched / self.pred_stories if self.pred_stories else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_stories if self.gold_stories else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def char_recall(self) -> float:
        return self.body_match / self.body_gold if self.body_gold else 1.0

    @property
    def char_precision(self) -> float:
        return self.body_match / self.body_pred if self.body_pred else 1.0


# Decorative brackets around column labels and sub-heads (``【记者追踪】``, ``〔新春走基层〕``):
# the segmenter drops them and a reader never voices them, so neither side counts them.
# Brackets are a pause, never a sound: compared without them once jump markers and unread
# credits are gone, so "(记者手记)" and a "（）" left by a removed credit cost nothing.
BRACKETS = re.compile(r"[（）()]")
UNVOICED = re.compile(r"[\s\u3000—【】〔〕〖〗［］■□◆◇●○◎▲△★☆]+")


def squash(text: str | None) -> str:
    """Text without spaces, dashes or decorative brackets, which a reader does not voice.

    ``——握指成拳…``, ``【记者追踪】`` and ``□ 林  泉`` compare equal to ``握指成拳…``, ``记者追踪`` and
    ``林泉`` (ornaments are never voiced); applied to
    gold and segmenter text alike, so neither is charged for characters nobody hears.
    """
    return UNVOICED.sub("", text or "")


def load_case(gold_path: Path) -> tuple[dict[str, Any], list[Page]]:
    """The gold labels and the pages they describe (read relative to the gold file)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pages = [
        Page(
            gold["paper"],
            gold["date"],
            spec["number"],
            tuple((gold_path.parent / spec["file"]).read_text(encoding="utf-8").splitlines()),
            str(gold_path.parent / spec["file"]),
        )
        for spec in gold["pages"]
    ]
    return gold, pages


def gold_body(
    story: dict[str, Any],
    lines: dict[tuple[int, int], str],
    hidden: list[str],
    last: frozenset[tuple[int, int]] = frozenset(),
) -> str:
    """The text a gold story should read: its body spans minus byline, markers, credits.

    Lines in ``last`` (those the segmenter read as photo captions) are put at the end: a
    caption printed inside a cut sentence is read after the sentence's paragraph, which
    is a better order to hear than the page's, and not a different text.
    """
    skip = {tuple(x) for x in story.get("skip", [])}
    text = tail = ""
    byline = squash(story.get("byline"))
    for page, first, last_n in story["body"]:
        for n in range(first, last_n + 1):
            line = squash(lines.get((page, n)))
            if not line or (page, n) in skip:
                continue
            if byline and line.startswith(byline):
                line = line[len(byline) :]
            if (page, n) in last:
                tail += line
            else:
                text += line
    text = JUMP_MARK.sub("", text + tail)
    for h in hidden:
        text = text.replace(squash(h), "")
    return BRACKETS.sub("", text)


def spoken_lines(story: Story, lines: dict[tuple[int, int], str]) -> set[tuple[int, int]]:
    """Lines whose text is read: paragraph lines, and held lines that are the headline or byline."""
    out = {key for p in story.paragraphs for key in p.sources()}
    heads = [squash(x) for x in (story.kicker, story.title, story.subtitle, story.byline) if x]
    for key in story.source_lines:
        line = squash(lines.get(key)).strip("（()）—")
        if line and any(line in h or h in line for h in heads):
            out.add(key)
    return out


def score_case(name: str, gold: dict[str, Any], pages: list[Page], ed: Edition | None = None) -> Score:
    """Compare the segmenter's edition for ``pages`` with ``gold``."""
    ed = ed or segment(pages)
    lines = {(p.number, i): text for p in pages for i, text in enumerate(p.lines, 1)}
    hidden = gold.get("never_spoken_text", [])
    by_title: dict[str, list[Story]] = {}
    for s in ed.stories:
        by_title.setdefault(squash(s.title), []).append(s)
    matched = body_match = body_gold = body_pred = jumps = jumps_found = 0
    misses = []
    for g in gold["stories"]:
        candidates = by_title.get(squash(g["title"]))
        expected_jump = (
            g.get("continues_on") is not None
            or g.get("continued_from") is not None
            or len(g.get("pages", [1])) > 1
        )
        jumps += expected_jump
        if not candidates:
            misses.append(f"missed: {g['title']}")
            continue
        s = candidates.pop(0)
        matched += 1
        for field in ("kicker", "subtitle", "byline"):
            if squash(g.get(field)) != squash(getattr(s, field)):
                misses.append(f"{s.id} {field}: {getattr(s, field)!r} (gold {g.get(field)!r})")
        captions = frozenset(key for p in s.paragraphs if p.kind == "caption" for key in p.sources())
        want = gold_body(g, lines, hidden, captions)
        read = [p for p in s.paragraphs if p.lines]
        got = BRACKETS.sub(
            "", squash("".join(p.text for p in sorted(read, key=lambda p: p.kind == "caption")))
        )
        common = sum(b.size for b in SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks())
        body_match, body_gold, body_pred = body_match + common, body_gold + len(want), body_pred + len(got)
        if common < max(len(want), len(got)):
            misses.append(f"{s.id} body: {len(want) - common} chars missing, {len(got) - common} extra")
        if expected_jump:
            pages_ok = list(s.pages) == g.get("pages", list(s.pages)[:1] if len(s.pages) == 1 else [])
            same = s.continues_on == g.get("continues_on") and s.continued_from == g.get("continued_from")
            jumps_found += pages_ok and same
            if not (pages_ok and same):
                misses.append(f"{s.id} jump: pages {list(s.pages)} {s.continued_from}->{s.continues_on}")
    misses.extend(f"extra: {s.id} {s.title}" for rest in by_title.values() for s in rest)
    in_story = {
        (page, n) for g in gold["stories"] for page, first, last in g["lines"] for n in range(first, last + 1)
    }
    never = {k for k, v in lines.items() if v.strip() and k not in in_story}
    never |= {tuple(x) for g in gold["stories"] for x in g.get("skip", [])}
    spoken = set().union(*(spoken_lines(s, lines) for s in ed.stories)) if ed.stories else set()
    leaked = spoken & never
    texts = " ".join(p.text for s in ed.stories for p in s.paragraphs)
    text_leaks = [h for h in hidden if squash(h) in squash(texts)]
    misses.extend(f"leaked: p{p}:{n} {lines[(p, n)].strip()[:30]}" for p, n in sorted(leaked))
    misses.extend(f"leaked text: {h}" for h in text_leaks)
    breaks_found = 0
    para_sets = [set(p.sources()) for s in ed.stories for p in s.paragraphs]
    for pa, a, pb, b in gold.get("joins", []):
        ok = any((pa, a) in ps and (pb, b) in ps for ps in para_sets)
        breaks_found += ok
        if not ok:
            misses.append(f"break not repaired: p{pa}:{a} / p{pb}:{b}")
    return Score(
        name,
        len(gold["stories"]),
        len(ed.stories),
        matched,
        body_match,
        body_gold,
        body_pred,
        breaks_found,
        len(gold.get("joins", [])),
        jumps_found,
        jumps,
        len(leaked) + len(text_leaks),
        tuple(misses),
    )


def find_cases(root: Path) -> list[Path]:
    return sorted([*root.rglob("*.gold.json"), *root.rglob("gold.json")])


def format_score(s: Score) -> str:
    return (
        f"{s.name:<40} stories P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f} | "
        f"body R {s.char_recall:.3f} P {s.char_precision:.3f} | breaks {s.breaks_found}/{s.breaks} | "
        f"jumps {s.jumps_found}/{s.jumps} | leaks {s.leaks}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audiopaper.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=PAGES_DIR, help="folder of gold files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    cases = find_cases(args.root)
    if not cases:
        print(f"no gold files under {args.root}", file=sys.stderr)
        return 1
    scores = []
    for path in cases:
        gold, pages = load_case(path)
        name = str(path.relative_to(args.root)).removesuffix(".gold.json").removesuffix("/gold.json")
        score = score_case(name, gold, pages)
        scores.append(score)
        print(format_score(score))
        if args.verbose:
            for miss in score.misses:
                print(f"    {miss}")
    print(format_score(total(scores)))
    return 0


def total(scores: list[Score]) -> Score:
    """All cases pooled (micro-averaged): every story and character counts once."""
    counts = {
        f: sum(getattr(s, f) for s in scores)
        for f in Score.__dataclass_fields__
        if f not in ("name", "misses")
    }
    return Score(name=f"TOTAL ({len(scores)} cases)", **counts)


if __name__ == "__main__":
    raise SystemExit(main())
