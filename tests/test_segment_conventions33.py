"""Headline-stack conventions met on the thirty-second batch of unseen pages (unseen32)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_name_after_a_double_circle_under_a_commentary_title_is_its_byline() -> None:
    # "雀岭快评" / "项目开工要有“加速度”" / "◎岭  言" / text: the writer's signature, as with □.
    ed = seg("桥江快评", "项目开工要有“加速度”", "◎岭  言", BODY, MORE)
    assert heads(ed) == [("桥江快评", "项目开工要有“加速度”", None)]
    assert ed.stories[0].byline == "岭 言"
    assert "岭" not in "".join(texts(ed)[0])


def test_a_short_double_circle_line_between_paragraphs_stays_in_the_text() -> None:
    # "◎春耕" set between two paragraphs is a sub-head of the story, never its writer.
    ed = seg("项目开工要有“加速度”", "本报讯（记者 秦  悦）" + BODY, "◎春耕", MORE)
    assert ed.stories[0].byline == "本报讯（记者 秦 悦）"
    assert "◎春耕" in texts(ed)[0]


BYLINE = "本报讯（记者 凤  鸣）" + BODY


def test_a_line_saying_which_day_a_date_is_is_the_kicker() -> None:
    # "3月24日是世界防治结核病日" states the occasion; the line under it is the story's title.
    ed = seg("3月24日是世界防治结核病日", "咳嗽咳痰超过两周 要警惕肺结核", BYLINE, MORE)
    assert heads(ed) == [("3月24日是世界防治结核病日", "咳嗽咳痰超过两周 要警惕肺结核", None)]
    ed = seg("今天是第33个全国爱眼日", "青少年近视率逐年下降", BYLINE)
    assert heads(ed) == [("今天是第33个全国爱眼日", "青少年近视率逐年下降", None)]


def test_a_date_led_news_line_stays_the_title() -> None:
    # A date that starts the news ("…起城区限行调整") names no day: title + subtitle.
    ed = seg("3月24日起城区限行调整", "早晚高峰单双号通行", BYLINE)
    assert heads(ed) == [(None, "3月24日起城区限行调整", "早晚高峰单双号通行")]


def test_a_numbered_festival_opening_is_the_kicker_of_what_happened_there() -> None:
    # "第三届…艺术节开幕" is the occasion; "百名“老把式”同台亮绝活" the story's own title.
    ed = seg("第三届塬上民间艺术节开幕", "百名“老把式”同台亮绝活", BYLINE)
    assert heads(ed) == [("第三届塬上民间艺术节开幕", "百名“老把式”同台亮绝活", None)]


def test_a_session_or_an_unnumbered_festival_opening_keeps_its_subtitle() -> None:
    # A meeting's session, a leader's part in the opening, or a festival with no edition's
    # number over its programme: title + subtitle.
    for first, second in [
        ("市十四届人大三次会议隆重开幕", "刘建华作政府工作报告"),
        ("第五届伏牛山文化旅游节开幕", "王明出席并致辞"),
        ("歙川端午文化旅游节启幕", "12项活动持续至6月20日"),
    ]:
        assert heads(seg(first, second, BYLINE)) == [(None, first, second)]


CAPTION = "12月3日，在湟岭乡的冬季草场上，牧民赶着牦牛转场。"


def test_a_photo_pages_short_label_over_the_pictures_title_is_its_kicker() -> None:
    # "高原冬日" / "牦牛转场" / caption / credit: a label of four characters over the title.
    ed = seg("高原冬日", "牦牛转场", CAPTION, "（记者 才让东智 摄）", "全市开展冬季消防安全大检查", BYLINE)
    assert heads(ed) == [("高原冬日", "牦牛转场", None), (None, "全市开展冬季消防安全大检查", None)]
    assert texts(ed)[0] == [CAPTION]


def test_a_short_line_reporting_its_event_over_a_figure_keeps_its_subtitle() -> None:
    # "春运启动" / "首日发送旅客3万人次": an event reported done, its figure the subtitle; so is a
    # longer title over a figure ("菜价连续三周回落" / "白菜每斤降至八毛").
    assert heads(seg("春运启动", "首日发送旅客3万人次", BYLINE)) == [
        (None, "春运启动", "首日发送旅客3万人次")
    ]
    assert heads(seg("菜价连续三周回落", "白菜每斤降至八毛", BYLINE)) == [
        (None, "菜价连续三周回落", "白菜每斤降至八毛")
    ]
