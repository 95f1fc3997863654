"""Structure conventions met on the unseen60 and unseen61 batches (fixer B2b): a short title
over a piece signed at its foot, photo items under a label, a speaker finishing a quote, the
numbered parts of a 组诗."""

from __future__ import annotations

from segkit import heads, seg, spoken, texts

ESSAY = (
    "小时候，每到冬天，村口总会来一个卖糖人的老汉。",
    "他推着一辆独轮车，孩子们就从四面八方围了过来。",
)


def test_a_short_title_over_an_essay_signed_at_its_foot_is_its_title_not_its_byline() -> None:
    ed = seg(
        "外婆的柿子树",
        "□邢晓燕",
        "外婆摘柿子有讲究，她从不让我们爬树。",
        "河边小品",
        "糖人担",
        *ESSAY,
        "                                        柯  蓝",
    )
    titles = [h[1] for h in heads(ed)]
    assert "糖人担" in titles
    essay = ed.stories[titles.index("糖人担")]
    assert essay.byline == "柯 蓝"
    assert "柯" not in spoken(ed)


def test_a_name_under_a_commentarys_title_with_no_signature_at_its_foot_is_still_its_byline() -> None:
    ed = seg(
        "苍岭漫谈",
        "养老，要让老人“说了算”",
        "马岩松",
        "社区养老服务中心建起来了，老人却不愿意去，问题出在哪里？",
        "说到底，养老服务要从老人的需要出发。",
    )
    assert ed.stories[0].title == "养老，要让老人“说了算”"
    assert ed.stories[0].byline == "马岩松"
    assert "马岩松" not in spoken(ed)


def test_a_photo_items_short_title_over_its_caption_and_credit_is_never_a_byline() -> None:
    ed = seg(
        "外婆的柿子树",
        "□邢晓燕",
        "外婆摘柿子有讲究，她从不让我们爬树。",
        "摄影",
        "秋韵",
        "北山脚下的银杏林渐渐染黄，游人在林间漫步。",
        "陶  然　摄",
    )
    titles = [h[1] for h in heads(ed)]
    assert "秋韵" in titles
    photo = ed.stories[titles.index("秋韵")]
    assert photo.byline is None
    assert texts(ed)[titles.index("秋韵")] == ["北山脚下的银杏林渐渐染黄，游人在林间漫步。"]
    assert "陶" not in spoken(ed)


def test_a_line_opening_with_the_speakers_full_stop_finishes_the_bare_quote_above() -> None:
    ed = seg(
        "“背篓医生”的32年",
        "本报记者　吕新宇",
        "",
        "鹰嘴岩村地处深山，村民居住分散。“老人走不动，我就上门去。”",
        "",
        "庞德顺说。32年来，他背坏了9个药篓。",
        "",
        "村民朱大娘患高血压多年，庞德顺每周都上门为她量血压。",
    )
    assert texts(ed)[0] == [
        "鹰嘴岩村地处深山，村民居住分散。“老人走不动，我就上门去。”庞德顺说。32年来，他背坏了9个药篓。",
        "村民朱大娘患高血压多年，庞德顺每周都上门为她量血压。",
    ]


def test_after_a_quote_its_speaker_was_named_before_the_speakers_line_is_a_paragraph_of_its_own() -> None:
    ed = seg(
        "“背篓医生”的32年",
        "本报记者　吕新宇",
        "",
        "庞德顺告诉记者：“老人走不动，我就上门去。”",
        "",
        "村医老王说。这些年山路修通了，出诊方便多了。",
    )
    assert len(texts(ed)[0]) == 2


POEMS = (
    "外婆的柿子树",
    "□邢晓燕",
    "外婆摘柿子有讲究，她从不让我们爬树。",
    "                                        甘  棠",
    "春天的几种写法（组诗）",
)


def test_a_poem_groups_first_numbered_part_title_is_a_sub_head_not_the_subtitle() -> None:
    ed = seg(
        *POEMS,
        "一、柳",
        "河岸上的柳树",
        "是最早听见春天的人",
        "它把消息",
        "一根一根垂到水里",
        "二、燕",
        "燕子回来的时候",
        "老屋的梁还在",
        "只是梁下的人",
        "换了一茬又一茬",
        "□ 卢  苇",
    )
    titles = [h[1] for h in heads(ed)]
    poem = ed.stories[titles.index("春天的几种写法（组诗）")]
    assert poem.subtitle is None
    subs = [p.text for p in poem.paragraphs if p.kind == "subhead"]
    assert subs == ["一、柳", "二、燕"]


def test_a_numbered_line_under_a_headline_with_no_second_part_below_stays_in_the_stack() -> None:
    ed = seg(
        "全市春耕工作会议召开",
        "一、部署十项重点任务",
        "本报记者　吕新宇",
        "记者从市里获悉，今年全市将新建高标准农田五万亩。",
    )
    assert heads(ed)[0] == (None, "全市春耕工作会议召开", "一、部署十项重点任务")
