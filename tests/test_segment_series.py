"""A series of clauses cut by a column or a blank line: an item of the same frame goes on."""

from __future__ import annotations

from segkit import page

from audiopaper.segment import segment


def series_page(second: str):
    return segment(
        [
            page(
                "抓项目贵在快",
                "本报评论员",
                "",
                "应对国际金融危机，项目是最有力的支撑。",
                "",
                "抓项目，贵在一个“快”字。项目早一天开工，就早一天见效。对已经开工的项目，要倒排工期、挂图作战；",
                "",
                second,
            )
        ]
    )


def test_an_item_of_the_same_frame_after_a_semicolon_goes_on_across_a_blank_line():
    ed = series_page("对正在洽谈的项目，要紧盯不放、加快签约。")
    assert [p.text for p in ed.stories[0].paragraphs][-1].endswith(
        "挂图作战；对正在洽谈的项目，要紧盯不放、加快签约。"
    )


def test_a_sentence_of_another_frame_after_a_semicolon_is_its_own_paragraph():
    ed = series_page("全市上下要拿出只争朝夕的劲头，确保全年目标顺利完成。")
    assert [p.text for p in ed.stories[0].paragraphs][
        -1
    ] == "全市上下要拿出只争朝夕的劲头，确保全年目标顺利完成。"
