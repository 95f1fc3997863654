"""The evaluation harness: gold files load, perfect output scores 1.0, and mistakes are counted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from audiopaper.evaluate import PAGES_DIR, Score, find_cases, load_case, main, score_case, squash, total
from audiopaper.model import Paragraph
from audiopaper.segment import segment

SAMPLE_GOLD = PAGES_DIR / "zzrb-2023-12-02-p01.gold.json"


def test_every_gold_file_loads_its_pages() -> None:
    cases = find_cases(PAGES_DIR)
    assert SAMPLE_GOLD in cases and len(cases) >= 8
    for path in cases:
        gold, pages = load_case(path)
        assert pages and gold["stories"]


def test_sample_scores_perfectly() -> None:
    gold, pages = load_case(SAMPLE_GOLD)
    s = score_case("sample", gold, pages)
    assert (s.f1, s.char_recall, s.char_precision) == (1.0, 1.0, 1.0)
    assert (s.breaks_found, s.breaks, s.jumps_found, s.jumps, s.leaks) == (6, 6, 3, 3, 0)


# Cases kept in the suite though they fall short, each with the reason; strict, so a fix that
# makes one pass fails here until it is taken off the list.
KNOWN_SHORT = {
    "unseen50/eqiao-metro-2026-02-11-a05.gold.json": (
        "two stories set interleaved across a column break (A's open line, B's headline and open "
        "dateline line, then A's tail, then B's tail): which tail finishes which sentence is told "
        "by meaning alone, not by layout"
    ),
}


def _case(path: Path) -> object:  # a pytest.param
    name = path.parent.name + "/" + path.name
    reason = KNOWN_SHORT.get(name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, id=name, marks=marks)


@pytest.mark.parametrize("path", [_case(p) for p in find_cases(PAGES_DIR)])
def test_every_case_meets_the_targets(path: Path) -> None:
    gold, pages = load_case(path)
    s = score_case(path.name, gold, pages)
    assert s.f1 >= 0.95 and s.char_recall >= 0.98 and s.char_precision >= 0.98, s.misses
    assert (s.breaks_found, s.jumps_found, s.leaks) == (s.breaks, s.jumps, 0), s.misses


def test_mistakes_lower_the_scores() -> None:
    gold, pages = load_case(SAMPLE_GOLD)
    ed = segment(pages)
    one_card = ed.stories[2]
    # Undo a column-break repair, leak the masthead into a story and drop the last story.
    split = (
        Paragraph("body", one_card.paragraphs[2].text[:20], one_card.paragraphs[2].lines[:1]),
        Paragraph("body", one_card.paragraphs[2].text[20:], one_card.paragraphs[2].lines[1:]),
        Paragraph("body", "郑州日报客户端", (5,)),
    )
    broken = dataclasses.replace(
        one_card, paragraphs=one_card.paragraphs[:2] + split + one_card.paragraphs[3:], continues_on=None
    )
    ed = dataclasses.replace(ed, stories=(*ed.stories[:2], broken, *ed.stories[3:6]))
    s = score_case("broken", gold, pages, ed)
    assert (s.matched, s.gold_stories, s.pred_stories) == (6, 7, 6)
    assert s.breaks_found == 5 and s.jumps_found == 2 and s.leaks == 1
    assert s.char_precision < 1.0
    assert "missed: 中央第二生态环境保护督察组督察进驻信息" in s.misses


def test_main_prints_one_line_per_case_then_the_pooled_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGES_DIR)]) == 0
    out = capsys.readouterr().out.splitlines()
    cases = len(find_cases(PAGES_DIR))
    assert len(out) == cases + 1
    assert any(
        line.startswith("zzrb-2023-12-02-p01") and "F1 1.00" in line and "breaks 6/6" in line for line in out
    )
    assert out[-1].startswith(f"TOTAL ({cases} cases)")


def test_total_pools_stories_and_characters_across_cases() -> None:
    a = Score("a", gold_stories=4, pred_stories=4, matched=4, body_match=100, body_gold=100, body_pred=100,
              breaks_found=1, breaks=1, jumps_found=0, jumps=0, leaks=0)  # fmt: skip
    b = Score("b", gold_stories=1, pred_stories=2, matched=0, body_match=0, body_gold=10, body_pred=20,
              breaks_found=0, breaks=1, jumps_found=1, jumps=1, leaks=3)  # fmt: skip
    pooled = total([a, b])
    assert (pooled.matched, pooled.gold_stories, pooled.pred_stories) == (4, 5, 6)
    assert pooled.char_recall == 100 / 110 and pooled.leaks == 3 and pooled.breaks == 2


def test_main_fails_without_gold_files(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 1


def test_squash_ignores_spaces_dashes_and_decorative_brackets_on_both_sides() -> None:
    assert squash("【记者追踪】") == squash("记者追踪") == "记者追踪"
    assert squash("——握指成拳 〔新春走基层〕") == "握指成拳新春走基层"
    assert squash("《人民日报》（记者 甲）") == "《人民日报》（记者甲）"  # title marks and parens are read
