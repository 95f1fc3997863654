"""An archive photo's note after its caption is never read (the thirty-sixth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

from audiopaper.segment_noise import classify_noise

HEAD = "老旧小区节能改造完工"
BYLINE = "本报讯（记者 孔  明）"


def test_an_archive_photo_note_closing_a_caption_is_not_read_but_the_caption_is() -> None:
    # The caption sits between two halves of a paragraph: the sentence is read whole, then the
    # caption, never its note "（资料照片）".
    ed = seg(
        HEAD,
        BYLINE + "今年5月，这里被列入全市老旧住宅节能改造试点，",
        "▲施工人员在宿舍楼外墙安装保温板。（资料照片）",
        "外墙加装了保温板，单层木窗全部换成了塑钢窗。",
        MORE,
    )
    assert heads(ed) == [(None, HEAD, None)]
    said = spoken(ed)
    assert "资料照片" not in said
    assert "施工人员在宿舍楼外墙安装保温板。" in said
    assert "今年5月，这里被列入全市老旧住宅节能改造试点，外墙加装了保温板，单层木窗全部换成了塑钢窗。" in said


def test_an_archive_photo_note_keeps_its_keepers_name_or_stands_alone() -> None:
    for note in ("（本报资料图片）", "新华社资料照片", "（档案照片）", "资料图"):
        assert classify_noise(note) == "photo credit", note
    ed = seg(HEAD, BYLINE + BODY, "市民在新建的口袋公园里散步。（本报资料图片）", MORE)
    assert "资料图片" not in spoken(ed)
    assert "市民在新建的口袋公园里散步。" in spoken(ed)


def test_archive_material_in_a_sentence_is_news() -> None:
    # "资料" in the text is no note: "据资料显示", "查阅了大量档案图片" are read.
    for line in ("据资料显示，该楼建于上世纪七十年代。", "他查阅了大量档案图片。", "资料显示"):
        assert classify_noise(line) == "", line
    last = "工作人员翻出一张泛黄的档案照片。"
    ed = seg(HEAD, BYLINE + BODY, last)
    assert texts(ed)[0][-1].endswith(last)
    assert 3 not in reasons(ed)
