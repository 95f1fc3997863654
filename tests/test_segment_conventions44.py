"""Byline conventions met on the thirty-sixth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_desk_credit_alone_under_the_headline_is_the_byline() -> None:
    ed = seg("中小学开学“安全第一课”", "本报综合", BODY, MORE)
    assert heads(ed) == [(None, "中小学开学“安全第一课”", None)]
    assert ed.stories[0].byline == "本报综合"
    assert texts(ed) == [[BODY, MORE]]


def test_a_desk_credit_naming_another_paper_or_compiled_report_is_the_byline() -> None:
    ed = seg("多地出台措施稳就业", "晚报综合报道", BODY)
    assert ed.stories[0].byline == "晚报综合报道"
    assert heads(ed) == [(None, "多地出台措施稳就业", None)]


def test_a_sentence_opening_with_the_paper_compiling_is_text_not_a_byline() -> None:
    # Only the credit alone on its line is a byline; the paper compiling as a sentence's subject is text.
    line = "本报综合各地消息，今年全市新建口袋公园十二处。"
    ed = seg("多地出台措施稳就业", "本报讯（记者 王  斌）" + BODY, line)
    assert ed.stories[0].byline == "本报讯（记者 王 斌）"
    assert texts(ed) == [[BODY, line]]


def test_a_press_houses_reporter_alone_under_the_headline_is_the_byline() -> None:
    ed = seg("市青少年足球联赛开赛", "枫川日报社全媒体记者　韩  峰", BODY, MORE)
    assert heads(ed) == [(None, "市青少年足球联赛开赛", None)]
    assert ed.stories[0].byline == "枫川日报社全媒体记者 韩 峰"
    assert texts(ed) == [[BODY, MORE]]


def test_a_press_house_without_a_reporters_role_is_not_a_byline() -> None:
    # The house named with its address or an imprint is no credit: nobody is said to have written it.
    ed = seg("市青少年足球联赛开赛", "枫川日报社出版发行", BODY)
    assert ed.stories[0].byline is None
