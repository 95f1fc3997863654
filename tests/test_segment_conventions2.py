"""Newspaper conventions met on the fourth batch of unseen pages (typical dailies), one small written page each."""

from __future__ import annotations

from audiopaper.model import Edition, Page
from audiopaper.segment import segment
from audiopaper.segment_noise import classify_noise

BODY = "记者从市里获悉，今年全市新建口袋公园十二处，新增绿地面积约三万平方米。"
MORE = "据介绍，这些公园将在年底前全部建成开放，方便市民就近休闲健身。"


def seg(*lines: str, number: int = 1) -> Edition:
    return segment([Page("测试报", "2024-01-01", number, lines)])


def heads(ed: Edition) -> list[tuple[str | None, str, str | None]]:
    return [(s.kicker, s.title, s.subtitle) for s in ed.stories]


def test_a_masthead_footer_of_address_postcode_and_licence_is_never_read() -> None:
    assert (
        classify_noise("地址：江城市解放路9号  邮编：410000  广告经营许可证：江工商广字008号") == "masthead"
    )
    assert classify_noise("地址：江城市解放路9号　邮编：410000") == "masthead"
    # One contact among other fields may be an event's info box.
    assert classify_noise("开放时间：每周二至周日  地址：江城市解放路9号") == ""


def test_a_kicker_and_a_subtitle_each_set_in_two_lines() -> None:
    ed = seg(
        "凝心聚力 奋勇争先",
        "奋力完成全年各项任务",
        "市政府召开全体会议",
        "总结前三季度工作 安排冬季重点任务",
        "张建国主持并讲话",
        "本报讯（记者 王  红）" + BODY,
    )
    assert heads(ed) == [
        (
            "凝心聚力 奋勇争先 奋力完成全年各项任务",
            "市政府召开全体会议",
            "总结前三季度工作 安排冬季重点任务 张建国主持并讲话",
        )
    ]
    # With no subtitle-shaped line at its foot, a stack stays kicker, title, subtitle.
    ed = seg(
        "开局之年看基层",
        "一个山村的数字账本",
        "来自青石村的蹲点报道",
        "村里的新变化",
        "本报记者 罗  兰",
        BODY,
    )
    assert heads(ed) == [("开局之年看基层", "一个山村的数字账本", "来自青石村的蹲点报道 村里的新变化")]


def test_two_parallel_lines_under_a_kicker_ending_in_qiangdiao_are_one_title() -> None:
    ed = seg(
        "李明在经开区调研制造业发展时强调",
        "以数字化转型赋能制造业",
        "加快建设现代化产业体系",
        "本报讯（记者 孙  禾）" + BODY,
    )
    assert heads(ed) == [
        ("李明在经开区调研制造业发展时强调", "以数字化转型赋能制造业 加快建设现代化产业体系", None)
    ]
    # A last line naming who attended is a subtitle, not the title's second half.
    ed = seg(
        "李明在经开区调研时强调", "以数字化转型赋能制造业", "王刚李强参加调研", "本报讯（记者 孙  禾）" + BODY
    )
    assert heads(ed) == [("李明在经开区调研时强调", "以数字化转型赋能制造业", "王刚李强参加调研")]


def test_a_second_line_giving_the_figure_is_a_subtitle_not_half_the_title() -> None:
    ed = seg("江城港三期码头建成投用", "年吞吐能力增至1500万吨", "本报讯（记者 舒  扬）" + BODY)
    assert heads(ed) == [(None, "江城港三期码头建成投用", "年吞吐能力增至1500万吨")]
