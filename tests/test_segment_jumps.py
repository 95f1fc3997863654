"""A sentence cut by a jump: its two halves are one paragraph of the merged story."""

from __future__ import annotations

import json

from segkit import BODY, MORE, page

from audiopaper.order import edition_from_dict, edition_to_dict
from audiopaper.segment import segment

FRONT = (
    "测试报",
    "城际公路全线通车",
    "本报讯（记者 王红）昨天上午，城际公路全线通车，两地车程缩短到四十分钟。",
    "据介绍，公路全长六十二公里，沿线设有服务区两处、收费站四个，通车后将",
    "（下转三版）",
    "全市新建口袋公园十二处",
    f"本报讯（记者 李明）{BODY}{MORE}",
)
BACK = (
    "城际公路全线通车",
    "（上接一版）",
    "带动沿线乡镇的农产品走出大山。",
    "交通部门提醒，通车初期车流量较大，请驾驶员注意安全。",
)


def merged():
    ed = segment([page(*FRONT, number=1), page(*BACK, number=3)])
    return ed, next(s for s in ed.stories if s.title == "城际公路全线通车")


def test_the_cut_sentence_is_one_paragraph_read_without_a_pause():
    ed, story = merged()
    texts = [p.text for p in story.paragraphs]
    assert (
        texts[1]
        == "据介绍，公路全长六十二公里，沿线设有服务区两处、收费站四个，通车后将带动沿线乡镇的农产品走出大山。"
    )
    assert texts[2] == "交通部门提醒，通车初期车流量较大，请驾驶员注意安全。"
    assert story.paragraphs[1].sources() == ((1, 4), (3, 3))
    assert story.pages == (1, 3) and story.continues_on is None


def test_a_finished_sentence_before_the_jump_stays_its_own_paragraph():
    front = list(FRONT)
    front[3] = "据介绍，公路全长六十二公里，沿线设有服务区两处、收费站四个。"
    ed = segment([page(*front, number=1), page(*BACK, number=3)])
    story = next(s for s in ed.stories if s.title == "城际公路全线通车")
    assert [p.text for p in story.paragraphs][1:3] == [front[3], "带动沿线乡镇的农产品走出大山。"]
    assert all(not p.more_lines for p in story.paragraphs)


def test_every_line_is_still_accounted_once_and_the_running_order_round_trips():
    ed, _ = merged()
    places = [key for s in ed.stories for p in s.paragraphs for key in p.sources()]
    places += [key for s in ed.stories for key in s.source_lines]
    places += [(k.page, k.line) for k in ed.skipped] + [(t.on_page, t.line) for t in ed.teasers]
    assert sorted(places) == sorted({(1, n) for n in range(1, 8)} | {(3, n) for n in range(1, 5)})
    order = json.loads(json.dumps(edition_to_dict(ed), ensure_ascii=False))
    assert [p for s in order["stories"] for p in s["paragraphs"] if "more_lines" in p][0]["more_lines"] == [
        [3, 3]
    ]
    assert edition_from_dict(order) == ed
