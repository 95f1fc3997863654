"""Segmentation of real and written pages: what a listener or editor would notice."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiopaper.model import Edition, Page, Paragraph
from audiopaper.segment import page_numbers, render_rows, segment

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
            places.update(p.sources())
        places.update(s.source_lines)
    places.update((t.on_page, t.line) for t in ed.teasers)
    places.update((k.page, k.line) for k in ed.skipped)
    return places


def assert_lossless(pages: list[Page], ed: Edition) -> None:
    numbers = page_numbers(pages)
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


def page_of(text: str, number: int = 1, paper: str = "测试报") -> Page:
    return Page(paper, "2024-01-01", number, tuple(text.splitlines()))


GOLD_PAGES = sorted(
    {p for gold in (ROOT / "tests" / "pages").rglob("*.txt") for p in [gold]}
    | set((ROOT / "examples").rglob("*.txt"))
)


@pytest.mark.parametrize("path", GOLD_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_and_test_page_is_lossless(path: Path) -> None:
    page = load(path)
    assert_lossless([page], segment([page]))


def demo_edition() -> tuple[list[Page], Edition]:
    files = sorted((ROOT / "examples" / "edition-demo").glob("*.txt"))
    pages = [load(f, n, "河川晚报", "2024-03-15") for n, f in enumerate(files, 1)]
    return pages, segment(pages)


def test_demo_edition_joins_the_jump_and_reads_it_where_it_starts() -> None:
    pages, ed = demo_edition()
    assert_lossless(pages, ed)
    tree = ed.stories[0]
    assert (tree.id, tree.kicker, tree.title, tree.pages) == (
        "p1-s01",
        "春季植树 全城添绿",
        "河川市掀起全民义务植树热潮",
        (1, 2),
    )
    assert tree.continues_on is None
    assert tree.paragraphs[-1].text.endswith(
        "全市将继续实施“增绿添彩”工程，加强古树名木保护，让城市绿意更浓。"
    )
    assert tree.paragraphs[-1].page == 2 and tree.paragraphs[-1].lines == (7, 9)
    assert (2, 3) in tree.source_lines and (2, 5) in tree.source_lines  # short headline and (上接第一版)


def test_demo_edition_reads_a_story_printed_twice_once() -> None:
    _, ed = demo_edition()
    titles = [s.title for s in ed.stories]
    assert titles.count("全市中小学春季开学安全检查结束") == 1
    assert {k.reason for k in ed.skipped if k.page == 2 and k.line in (11, 13, 15)} == {"duplicate of p1-s03"}


def test_demo_edition_notes_jumps_whose_other_half_is_missing() -> None:
    _, ed = demo_edition()
    by_title = {s.title: s for s in ed.stories}
    project = by_title["一季度重点项目观摩会召开"]
    assert project.continues_on == 3 and project.paragraphs[-1] == Paragraph("body", "本文转第三版", (), 1)
    assert "(转3版)" not in project.paragraphs[-2].text and project.paragraphs[-2].text.endswith("早见效。")
    orphan = next(s for s in ed.stories if s.continued_from == 5)
    assert orphan.id == "p2-s01" and orphan.paragraphs[0].text == "本文接第五版"
    assert [s.id for s in ed.stories] == ["p1-s01", "p1-s02", "p1-s03", "p2-s01", "p2-s02"]


def test_page_header_wins_over_the_callers_number() -> None:
    page = page_of("第05版:都市新闻\n\n标题一\n\n本报讯（记者 甲）今天下雨。", number=1)
    ed = segment([page])
    assert ed.pages == (5,) and ed.stories[0].id == "p5-s01" and ed.skipped[0].reason == "page header"


def test_chrome_headline_lists_and_credits_are_never_spoken() -> None:
    text = "\n".join(
        [
            "返回主页 | 版面导航 | PDF 版",
            "上一期  下一期",
            "本版新闻",
            "甲地修好了一条路",
            "乙地开通一条公交线",
            "甲地修好了一条路",
            "本报讯（记者 张三）昨天，甲地修好了一条路。",
            "乙地开通一条公交线",
            "本报记者 李四",
            "今天起，乙地开通一条公交线。",
            "图为通车现场。本报记者 王五 摄",
            "一版责编：赵六  版式设计：钱七  本期统筹：孙八",
            "【打印】  【关闭】",
        ]
    )
    page = page_of(text)
    ed = segment([page])
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("甲地修好了一条路", "本报讯（记者 张三）"),
        ("乙地开通一条公交线", "本报记者 李四"),
    ]
    assert [k.reason for k in ed.skipped] == [
        "chrome",
        "chrome",
        "headline list",
        "headline list",
        "headline list",
        "credit",
        "chrome",
    ]
    assert ed.stories[1].paragraphs[-1] == Paragraph("caption", "图为通车现场。", (11,), 1)
    assert_lossless([page], ed)


@pytest.mark.parametrize(
    ("line", "byline", "text"),
    [
        ("本报北京2月9日电  （记者甲、乙）今天天气晴。", "本报北京2月9日电 （记者甲、乙）", "今天天气晴。"),
        (
            "新华社上海12月1日电(记者 梅常伟)习近平到东海。",
            "新华社上海12月1日电(记者 梅常伟)",
            "习近平到东海。",
        ),
        ("新华社电  记者从海油获悉，平台并网。", "新华社电", "记者从海油获悉，平台并网。"),
        (
            "本报讯 记者 林涛 通讯员 方敏 11月7日，地铁开通。",
            "本报讯 记者 林涛 通讯员 方敏",
            "11月7日，地铁开通。",
        ),
        ("本报郑州讯（记者 程远）气温下降。", "本报郑州讯（记者 程远）", "气温下降。"),
        ("据新华社电 国务院日前印发通知。", "据新华社电", "国务院日前印发通知。"),
    ],
)
def test_datelines_become_the_byline(line: str, byline: str, text: str) -> None:
    ed = segment([page_of(f"一条新闻的标题\n\n{line}")])
    assert (ed.stories[0].byline, ed.stories[0].paragraphs[0].text) == (byline, text)


def test_reporter_in_body_text_is_not_a_dateline() -> None:
    ed = segment([page_of("标题\n\n本报记者从市电力公司获悉，今冬用电平稳。")])
    assert ed.stories[0].byline is None and ed.stories[0].paragraphs[0].text.startswith(
        "本报记者从市电力公司"
    )


def test_headline_stack_shapes() -> None:
    text = "\n".join(
        [
            "老街改造留住城市记忆——修旧如旧 一砖一瓦",
            "本报记者 宋佳",
            "正文一。",
            "（新春走基层）",
            "雪域高原上的“流动课堂”",
            "本报记者  格桑  王一鸣",
            "正文二。",
            "聚焦民生实事",
            "城东片区新建三所幼儿园",
            "——明年秋季可提供学位一千余个",
            "本报讯（记者 罗斌）正文三。",
        ]
    )
    heads = [(s.kicker, s.title, s.subtitle, s.byline) for s in segment([page_of(text)]).stories]
    assert heads == [
        (None, "老街改造留住城市记忆", "修旧如旧 一砖一瓦", "本报记者 宋佳"),
        ("新春走基层", "雪域高原上的“流动课堂”", None, "本报记者 格桑 王一鸣"),
        ("聚焦民生实事", "城东片区新建三所幼儿园", "明年秋季可提供学位一千余个", "本报讯（记者 罗斌）"),
    ]


def test_editors_note_and_signoff_lead_their_story_and_author_note_ends_it() -> None:
    text = "编者按：本版推出系列报道。\n——编  者\n湿地成了候鸟的家\n新华社记者 王晨\n候鸟来了。\n（作者为研究员）"
    (story,) = segment([page_of(text)]).stories
    assert [p.text for p in story.paragraphs] == [
        "编者按：本版推出系列报道。",
        "——编者",
        "候鸟来了。",
        "（作者为研究员）",
    ]
    assert story.byline == "新华社记者 王晨"


@pytest.mark.parametrize(
    ("marker", "out", "inward"),
    [
        ("（下转第2版）", 2, None),
        ("(下转十二版)", 12, None),
        ("转第6版", 6, None),
        ("（上接第一版）", None, 1),
        ("(上接A3版)", None, 3),
    ],
)
def test_jump_markers_in_both_numerals(marker: str, out: int | None, inward: int | None) -> None:
    text = f"标题\n\n本报讯（记者 甲）第一句。\n\n{marker}" if out else f"标题\n\n{marker}\n\n续上文的内容。"
    story = segment([page_of(text, number=9)]).stories[0]
    assert (story.continues_on, story.continued_from) == (out, inward)
    assert all("转" not in p.text and "接第" not in p.text[2:] for p in story.paragraphs if p.lines)


@pytest.mark.parametrize(
    ("lines", "teaser"),
    [
        (["前10个月服务进出口总额增长", "3版"], ("前10个月服务进出口总额增长", 3)),
        (["“双十一”快递业务量迎高峰 见第3版"], ("“双十一”快递业务量迎高峰", 3)),
        (["▶ 详见第5版 春耕备耕有序推进"], ("春耕备耕有序推进", 5)),
        (["春节假期旅游预订量大幅增长", "详见第四版"], ("春节假期旅游预订量大幅增长", 4)),
    ],
)
def test_teasers_point_elsewhere_and_are_not_stories(lines: list[str], teaser: tuple[str, int]) -> None:
    ed = segment([page_of("\n".join(["标题", "本报讯（记者 甲）正文。", *lines]))])
    assert [(t.text, t.page) for t in ed.teasers] == [teaser] and len(ed.stories) == 1


def test_continuation_is_matched_by_short_headline_among_several_jumps() -> None:
    p1 = "甲市地铁新线开通运营\n本报讯（记者 甲）地铁开通。\n（下转第2版）\n乙县春耕生产全面展开\n本报讯（记者 乙）春耕开始。\n（下转第2版）"
    p2 = "春耕生产全面展开\n（上接第1版）\n农机下田。\n地铁新线开通\n（上接第1版）\n乘客点赞。"
    ed = segment([page_of(p1, 1), page_of(p2, 2)])
    assert [(s.title, [p.text for p in s.paragraphs], s.pages) for s in ed.stories] == [
        ("甲市地铁新线开通运营", ["地铁开通。", "乘客点赞。"], (1, 2)),
        ("乙县春耕生产全面展开", ["春耕开始。", "农机下田。"], (1, 2)),
    ]


def generated_edition(pages: int = 24, chars: int = 400_000) -> list[Page]:
    """A big edition built from the sample's lines with varied numbers, for the timing test."""
    base = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    per_page = chars // pages
    out = []
    for n in range(1, pages + 1):
        lines: list[str] = []
        size = 0
        copy = 0
        while size < per_page:
            copy += 1
            for line in base:  # a distinct headline per copy, so no story is a duplicate
                tagged = line if not line or line.startswith(("本报", "新华社")) else f"{n}号{copy}{line}"
                lines.append(tagged)
                size += len(tagged)
        out.append(Page("郑州日报", "2023-12-02", n, tuple(lines)))
    return out


def test_24_page_edition_segments_in_under_two_seconds() -> None:
    pages = generated_edition()
    assert sum(len(line) for p in pages for line in p.lines) >= 400_000
    start = time.perf_counter()
    ed = segment(pages)
    elapsed = time.perf_counter() - start
    print(f"segmented 24 pages, {sum(len(p.lines) for p in pages)} lines, in {elapsed:.2f} s")
    assert len(ed.stories) >= 24 * 7 * 2 and elapsed < 2.0


def test_a_line_of_invisible_characters_is_accounted_for() -> None:
    page = page_of("\ufeff\n标题一行\n本报讯（记者 甲）今天下雨。\n\u200b")
    ed = segment([page])
    assert_lossless([page], ed)
    assert [k.reason for k in ed.skipped] == ["invisible characters", "invisible characters"]
    assert ed.stories[0].title == "标题一行"


def test_web_chrome_pdf_link_and_bulleted_headline_list_are_skipped() -> None:
    text = "\n".join(
        [
            "第Ｂ０３版：文体",
            "PDF下载",
            "本版标题导航",
            "·乙市图书馆延长开放时间",
            "·丙县举办农民运动会",
            "",
            "乙市图书馆延长开放时间",
            "本报讯（记者 甲）即日起，市图书馆每晚开放到九点。",
            "丙县举办农民运动会",
            "本报讯（记者 乙）运动会昨天开幕。",
        ]
    )
    page = page_of(text, number=1)
    ed = segment([page])
    assert ed.pages == (3,)  # full-width "Ｂ０３" read as B03
    assert [s.title for s in ed.stories] == ["乙市图书馆延长开放时间", "丙县举办农民运动会"]
    assert [k.reason for k in ed.skipped] == [
        "page header",
        "chrome",
        "headline list",
        "headline list",
        "headline list",
    ]
    assert_lossless([page], ed)


@pytest.mark.parametrize(
    "byline", ["记者　许舒婷　文/图", "本报记者 王晓静 文/图", "本报记者 张三 图/文", "通讯员 李四 报道"]
)
def test_byline_ending_in_a_work_credit_is_a_byline(byline: str) -> None:
    (story,) = segment([page_of(f"一条新闻的标题\n{byline}\n正文第一句。")]).stories
    assert (story.subtitle, story.byline) == (None, re.sub(r"[\s\u3000]+", " ", byline))


def test_headline_with_a_colon_before_a_dateline_opens_a_story() -> None:
    text = "甲地举行运动会\n本报讯（记者 甲）运动会开幕了。\n气象台：明天有雨\n本报讯（记者 乙）明天有雨。"
    ed = segment([page_of(text)])
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("甲地举行运动会", "本报讯（记者 甲）"),
        ("气象台：明天有雨", "本报讯（记者 乙）"),
    ]


def test_field_shaped_line_that_finishes_an_open_sentence_is_joined_but_info_fields_are_not() -> None:
    text = "\n".join(
        [
            "向环卫工人致敬",
            "本报讯（记者 甲）台风走后，他们第一个冲上街头。向这些默默付出的人",
            "道一声：辛苦了！",
            "隧道夜间封闭施工",
            "本报讯（记者 乙）隧道将夜间施工，具体安排",
            "封闭时间：周六23时至周日5时",
            "绕行建议：请绕行大桥",
        ]
    )
    first, second = segment([page_of(text)]).stories
    assert [p.text for p in first.paragraphs] == [
        "台风走后，他们第一个冲上街头。向这些默默付出的人道一声：辛苦了！"
    ]
    assert [p.text for p in second.paragraphs][1:] == ["封闭时间：周六23时至周日5时", "绕行建议：请绕行大桥"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("责任编辑  邓  柳  版式编辑  刘  芳", "credit"),
        ("美术编辑 王小明　校对 李四", "credit"),
        ("新华社发 曹一 作", "photo credit"),
        ("（新华社发 王鹏 作）", "photo credit"),
        ("人民网网址：http://www.people.com.cn", "chrome"),
        ("本版邮箱：jhrbjj@163.com", "masthead"),
        ("图片新闻", "section label"),
        ("鹭岛日报数字报", "masthead"),
    ],
)
def test_credits_addresses_and_section_labels_are_never_spoken(line: str, reason: str) -> None:
    page = page_of(f"标题一行\n本报讯（记者 甲）今天下雨。\n{line}")
    ed = segment([page])
    assert [(k.text, k.reason) for k in ed.skipped] == [(line, reason)]


@pytest.mark.parametrize("line", ["编辑部的故事", "校对 工作很重要的一点", "合作共赢谱新篇"])
def test_headlines_that_start_like_credits_are_not_credits(line: str) -> None:
    ed = segment([page_of(f"{line}\n本报讯（记者 甲）今天下雨。")])
    assert ed.stories[0].title == line and not ed.skipped


def test_graphic_credit_after_a_caption_is_dropped_from_the_caption() -> None:
    ed = segment(
        [
            page_of(
                "物流指数回升\n新华社北京12月3日电（记者 甲）指数回升。\n11月物流业景气指数走势图。新华社发 曹一 作"
            )
        ]
    )
    assert [p.text for p in ed.stories[0].paragraphs] == ["指数回升。", "11月物流业景气指数走势图。"]


def test_photo_only_story_is_not_a_sub_head_of_the_story_above() -> None:
    text = "\n".join(
        [
            "夜间市集开张",
            "本报讯（记者 甲）市集每周五开放。",
            "荷塘月色",
            "8月15日晚，市民在公园赏荷纳凉。",
            "本报记者 池远 摄",
            "航线增至五条",
            "本报讯（记者 乙）新航线开通。",
        ]
    )
    ed = segment([page_of(text)])
    assert [(s.title, [p.text for p in s.paragraphs]) for s in ed.stories] == [
        ("夜间市集开张", ["市集每周五开放。"]),
        ("荷塘月色", ["8月15日晚，市民在公园赏荷纳凉。"]),
        ("航线增至五条", ["新航线开通。"]),
    ]


def test_sub_head_followed_by_text_stays_a_sub_head() -> None:
    text = "夜间市集开张\n本报讯（记者 甲）市集每周五开放。\n非遗进市集\n传承人现场展示技艺。\n游客可以亲手体验。"
    (story,) = segment([page_of(text)]).stories
    assert [p.kind for p in story.paragraphs] == ["body", "subhead", "body", "body"]


def test_editors_note_between_headline_and_byline_stays_in_the_story() -> None:
    text = "\n".join(
        [
            "开局之年看基层",
            "一个山村的“数字账本”",
            "编者按：即日起，本报推出专栏。",
            "本报记者  罗艾桦",
            "村务上了手机。",
        ]
    )
    (story,) = segment([page_of(text)]).stories
    assert (story.kicker, story.title, story.byline) == (
        "开局之年看基层",
        "一个山村的“数字账本”",
        "本报记者 罗艾桦",
    )
    assert [p.text for p in story.paragraphs] == ["编者按：即日起，本报推出专栏。", "村务上了手机。"]


def test_letter_signature_is_its_byline_and_the_follow_up_label_stays_in_the_letter() -> None:
    text = "\n".join(
        [
            "【读者来信】",
            "小区门口的车谁来管",
            "编辑同志：",
            "门口停着三辆旧车。",
            "读者　王先生",
            "【记者追踪】",
            "记者来到现场。",
        ]
    )
    (story,) = segment([page_of(text)]).stories
    assert (story.kicker, story.title) == ("读者来信", "小区门口的车谁来管")
    assert story.byline == "读者 王先生"
    assert [p.text for p in story.paragraphs][-3:] == ["门口停着三辆旧车。", "记者追踪", "记者来到现场。"]


@pytest.mark.parametrize("line", ["我们一起合 作", "团队 协 作"])
def test_a_line_ending_in_a_spaced_zuo_is_not_a_graphic_credit(line: str) -> None:
    ed = segment([page_of(f"标题一行\n本报讯（记者 甲）今天下雨。\n{line}")])
    assert [k.reason for k in ed.skipped if "credit" in k.reason] == []


def test_two_pages_printing_the_same_number_keep_their_own_lines() -> None:
    first = Page(
        "报",
        "2024-01-01",
        1,
        ("第02版：要闻", "市里新建公园", f"本报讯（记者 王红）{'记者从市里获悉，今年新建公园十二处。'}"),
    )
    second = Page(
        "报",
        "2024-01-01",
        2,
        ("第02版：要闻", "市里新修道路", "本报讯（记者 李明）记者从市里获悉，今年新修道路八条。"),
    )
    ed = segment([first, second])
    assert page_numbers([first, second]) == [1, 2] and ed.pages == (1, 2)
    assert [(s.title, s.pages) for s in ed.stories] == [("市里新建公园", (1,)), ("市里新修道路", (2,))]
    assert_lossless([first, second], ed)
