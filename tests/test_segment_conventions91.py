"""Box, table, weather and house-notice conventions met on unseen batches 52 and 55."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken


def test_a_signed_trade_forecast_with_its_span_days_and_advice_is_never_read() -> None:
    ed = seg(
        "良种推广显成效",
        "本报讯（记者 罗  田）" + BODY,
        "农业气象",
        "5月6日—12日天气趋势",
        "本周我市以晴到多云天气为主，9日前后有一次降雨过程。",
        "6日：晴　15℃—27℃",
        "7日：多云　16℃—28℃",
        "8日：小雨　14℃—22℃",
        "农事建议：抓住晴好天气抢收油菜，及时晾晒。",
        "白河县气象局　供稿",
        "春茶采摘进入旺季",
        "本报讯（记者 罗  田）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["良种推广显成效", "春茶采摘进入旺季"]
    assert "多云" not in spoken(ed) and "农事建议" not in spoken(ed)
    assert {reasons(ed)[n] for n in range(3, 11)} == {"weather"}


def test_a_weather_label_over_a_long_story_unsigned_is_still_a_headline() -> None:
    # Negative: with no forecaster closing it, the label heads a story that is read.
    ed = seg("农业气象", "5月6日—12日天气趋势", BODY, "6日：晴　15℃—27℃", MORE)
    assert ed.stories and "记者从市里获悉" in spoken(ed)


def test_a_tv_guide_dated_before_its_channel_and_timed_after_is_never_read() -> None:
    ed = seg(
        "主队主场险胜",
        "本报讯（记者 程  晓）" + BODY,
        "周末电视体育节目",
        "9月2日　体育频道　19:30　全国女排联赛",
        "9月3日　公共频道　15:00　田径大奖赛（录像）",
        "体坛快讯",
        "■" + MORE,
    )
    assert [s.title for s in ed.stories] == ["主队主场险胜", "体坛快讯"]
    assert "体育频道" not in spoken(ed) and "周末电视" not in spoken(ed)
    assert reasons(ed)[4] == "listing"


def test_a_fixtures_box_dated_and_timed_at_a_venue_is_still_read() -> None:
    # Negative: a row names a venue, not a channel: a box of coming fixtures is read.
    ed = seg(
        "本周赛程",
        "9月2日　体育中心　19:30　城东队—城西队",
        "9月3日　市体育馆　15:00　北区队—南区队",
    )
    assert "体育中心" in spoken(ed)
