"""A short line under a notice's signed date opens the next item (the fifty-first unseen batch)."""

from __future__ import annotations

from segkit import BODY, heads, seg

NOTICE = [
    "停水通知",
    "因城东水厂配水管网改造施工，9月10日22:00至9月11日8:00，城东区将停止供水。",
    "请广大用户提前做好储水准备。由此带来的不便，敬请谅解。",
    "南池市自来水有限公司",
    "2021年9月7日",
]


def test_a_short_line_under_a_notice_s_date_is_the_next_story_s_kicker() -> None:
    ed = seg(
        *NOTICE,
        "新学期",
        "孩子上学后家长午睡变“奢侈”？",
        "——“双减”首周，记者走访多所学校",
        "本报记者 黄  鑫",
        BODY,
    )
    assert heads(ed)[-1] == ("新学期", "孩子上学后家长午睡变“奢侈”？", "“双减”首周，记者走访多所学校")
    assert [b for b in (s.byline for s in ed.stories) if b] == ["本报记者 黄 鑫"]


def test_a_name_under_a_commentary_s_title_is_still_its_byline() -> None:
    ed = seg("苍岭漫谈", "养老，要让老人“说了算”", "马岩松", BODY)
    assert ed.stories[0].byline == "马岩松"
