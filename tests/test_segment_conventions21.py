"""Story-structure conventions met on the twenty-fourth and twenty-fifth batches (stacks, breaks)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg

DATELINE = "本报讯（记者 韦丽萍）"


def test_a_deadline_line_under_a_start_line_is_the_title() -> None:
    # The start sets the scene; the work finished by a deadline is the news.
    ed = seg("春季道路“大修”启动", "城区37条破损路段5月底前修完", DATELINE + BODY, MORE)
    assert heads(ed) == [("春季道路“大修”启动", "城区37条破损路段5月底前修完", None)]


def test_an_amount_under_a_start_line_stays_the_subtitle() -> None:
    ed = seg("年末消费季启动", "发放数字消费券3000万元", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "年末消费季启动", "发放数字消费券3000万元")]
