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


# A weather box in the shapes of the thirtieth to thirty-sixth batches.


def test_a_weather_box_whose_days_have_no_colon_is_never_read_nor_its_forecaster() -> None:
    for box in (
        (
            "天气",
            "今天　晴　29℃～38℃　东南风2～3级",
            "明天　晴转多云　29℃～37℃",
            "市气象台昨天16时继续发布高温橙色预警",
        ),
        ("今日天气", "晴转多云　27℃～36℃　南风2～3级", "蔡原市气象台发布"),
        ("天气", "今天：多云转小雨　4℃～13℃　东北风3级", "明天：小雨转阴　3℃～10℃", "峨岭市气象台"),
    ):
        ed = seg(HEAD, BYLINE + BODY, MORE, *box, "广告")
        assert heads(ed) == [(None, HEAD, None)]
        assert all(reasons(ed)[k] == "weather" for k in range(4, 4 + len(box))), box


def test_a_trade_forecast_given_by_the_weather_office_is_the_box() -> None:
    ed = seg(
        HEAD,
        BYLINE + BODY,
        "农业气象",
        "未来三天：我市以晴到多云天气为主，气温14℃～28℃，利于田间作业。",
        "市气象局农业气象服务中心提供",
    )
    assert heads(ed) == [(None, HEAD, None)]
    assert [reasons(ed)[k] for k in (3, 4, 5)] == ["weather"] * 3


def test_a_weather_strip_on_one_line_is_never_read() -> None:
    for strip in (
        "今日天气　小雨转阴　9℃～15℃　偏北风2级",
        "天气预报　今天：小雪转阴　-3℃～4℃　西北风3～4级",
    ):
        ed = seg("今日8版", strip, HEAD, BYLINE + BODY)
        assert heads(ed) == [(None, HEAD, None)], strip
        assert reasons(ed)[2] == "weather"


def test_weather_words_in_a_headline_or_a_story_are_read() -> None:
    # No temperature cell: a headline on the weather heads its story.
    ed = seg("周末天气　晴好　适宜出游", "本报讯（记者 孔  明）" + BODY)
    assert heads(ed) == [(None, "周末天气 晴好 适宜出游", None)]
    # A day's cells away from a weather label are no box: read in the story they stand in.
    ed = seg(HEAD, BYLINE + "今天最高气温将达36℃，", "晴转多云　27℃～36℃", MORE)
    assert 3 not in reasons(ed)
    # The office's name alone is a box's last line only under the box.
    ed = seg(HEAD, BYLINE + BODY, "峨岭市气象台", "本报讯（记者 孔  明）" + MORE)
    assert reasons(ed).get(3) != "weather"


def test_a_wire_note_over_the_page_is_never_read() -> None:
    ed = seg(HEAD, "据新华社电　" + BODY, MORE, "本版稿件除署名外均据新华社电")
    assert heads(ed) == [(None, HEAD, None)]
    assert "除署名外" not in spoken(ed)
    assert classify_noise("本版稿件除署名外均据新华社电") != ""
    # A sentence of the story that names the wire is read.
    assert classify_noise("据新华社电，今年全市新建口袋公园十二处。") == ""
