"""Segmentation of real and written pages: what a listener or editor would notice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiopaper.model import Edition, Page
from audiopaper.segment import page_number, render_rows, segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "zzrb-2023-12-02-p01.txt"


def load(path: Path, number: int = 1, paper: str = "郑州日报", date: str = "2023-12-02") -> Page:
    return Page(paper, date, number, tuple(path.read_text(encoding="utf-8").splitlines()), str(path))


@pytest.fixture(scope="module")
def sample() -> Edition:
    return segment([load(SAMPLE)])


def accounted(ed: Edition) -> Counter[tuple[int, int]]:
    """How many places each (page, line) ended up in."""
    places: Counter[tuple[int, int]] = Counter()
    for s in ed.stories:
        for p in s.paragraphs:
            places.update((p.page, n) for n in p.lines)
        places.update(s.source_lines)
    places.update((t.on_page, t.line) for t in ed.teasers)
    places.update((k.page, k.line) for k in ed.skipped)
    return places


def assert_lossless(pages: list[Page], ed: Edition) -> None:
    numbers = [page_number(p) for p in pages]
    expected = {(n, i) for p, n in zip(pages, numbers) for i, line in enumerate(p.lines, 1) if line.strip()}
    places = accounted(ed)
    assert {k: v for k, v in places.items() if v != 1} == {}
    assert set(places) == expected


def test_sample_running_order(sample: Edition) -> None:
    titles = [(s.id, s.title) for s in sample.stories]
    assert titles == [
        ("p1-s01", "习近平总书记谋划推动长三角一体化发展纪事"),
        ("p1-s02", "把握海警力量建设运用特点规律 提高海上维权执法能力"),
        ("p1-s03", "我市出台居民服务一卡通“新规”"),
        ("p1-s04", "何雄与河南大学校长张锁江院士会谈"),
        ("p1-s05", "市领导到中牟县接访"),
        ("p1-s06", "2024年郑州市居民健康素养监测启动"),
        ("p1-s07", "中央第二生态环境保护督察组督察进驻信息"),
    ]


def test_sample_one_card_story(sample: Edition) -> None:
    s = sample.stories[2]
    assert (s.subtitle, s.byline, s.continues_on, s.lines) == (
        "“小卡片”服务“大民生”",
        "本报讯(记者 董艳竹)",
        2,
        (105, 135),
    )
    assert s.paragraphs[0].text.startswith("推行居民服务一卡通，是")
    assert [p.text for p in s.paragraphs if p.kind == "subhead"] == [
        "人社部门负责一卡通应用管理",
        "明确13项服务事项",
        "推动多码融合应用",
    ]
    spoken = "".join(p.text for p in s.paragraphs)
    for joined in ("待遇补贴、金融服务", "其他公共服务待遇", "学校考试管理、奖学金"):
        assert joined in spoken
    assert "下转" not in spoken


def test_sample_coast_guard_story(sample: Edition) -> None:
    s = sample.stories[1]
    assert s.kicker == "习近平在视察武警海警总队东海海区指挥部时强调"
    assert s.byline == "新华社上海12月1日电(记者 梅常伟)"
    caption = s.paragraphs[0]
    assert caption.kind == "caption" and caption.text.endswith("这是习近平发表重要讲话。")
    assert "李刚摄" not in "".join(p.text for p in s.paragraphs)
    assert any("编队执行任务情况" in p.text for p in s.paragraphs)
    assert any("力量体系优化升级" in p.text for p in s.paragraphs)


def test_sample_dateline_before_headline(sample: Edition) -> None:
    s = sample.stories[5]
    assert s.byline == "本报讯(记者 王红)"
    assert s.paragraphs[0].text.startswith("健康素养水平是衡量")
    assert "郑州市2024年健康素养监测人群为全市范围内" in s.paragraphs[1].text
    assert s.paragraphs[1].lines == (163, 167)


def test_sample_long_story_jumps_to_page_three(sample: Edition) -> None:
    s = sample.stories[0]
    assert (s.byline, s.continues_on) == ("新华社记者", 3)
    assert s.paragraphs[-1].text == "本文转第三版" and s.paragraphs[-1].lines == ()
    assert [p.text for p in s.paragraphs if p.kind == "subhead"][1] == "握指成拳，以各自优势形成合力。"


def test_sample_info_box_is_a_story_of_fields(sample: Edition) -> None:
    s = sample.stories[6]
    assert [p.text for p in s.paragraphs][0] == "进驻时间：2023年11月22日至12月22日"
    assert all(p.kind == "body" for p in s.paragraphs) and len(s.paragraphs) == 4


def test_sample_teaser_and_masthead(sample: Edition) -> None:
    assert [(t.text, t.page, t.line) for t in sample.teasers] == [
        ("前10个月我国服务进出口总额同比增长8.7%", 3, 137)
    ]
    reasons = {k.text: k.reason for k in sample.skipped}
    assert reasons["郑州日报客户端"] == "masthead" and reasons["新闻热线:67655555"] == "masthead"


def test_sample_every_line_accounted_once(sample: Edition) -> None:
    assert_lossless([load(SAMPLE)], sample)


def test_render_rows_lists_stories_then_skipped(sample: Edition) -> None:
    rows = render_rows(sample)
    assert rows[2][:3] == ("story", "p1-s03", "我市出台居民服务一卡通“新规” ｜ “小卡片”服务“大民生”")
    assert ("skipped", "p1:5", "郑州日报客户端", "masthead") in rows
    assert ("teaser", "p1:137", "前10个月我国服务进出口总额同比增长8.7%", "→ 3版") in rows


lines_strategy = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "",
                "本报讯(记者 张三)今天。",
                "(下转二版)",
                "（上接第1版）",
                "标题一行",
                "3版",
                "新华社记者",
                "——副题",
            ]
        ),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(lines_strategy, min_size=1, max_size=3))
def test_segment_never_crashes_and_accounts_for_every_line(texts: list[list[str]]) -> None:
    pages = [Page("报", "2024-01-01", n, tuple(lines)) for n, lines in enumerate(texts, 1)]
    ed = segment(pages)
    assert_lossless(pages, ed)
    assert all(s.title for s in ed.stories)
