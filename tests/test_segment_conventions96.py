"""Box conventions met on the unseen56 and unseen57 batches (fixer A1): weather, notices, house calls, charts."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken


def test_a_trade_weather_box_with_ranged_degrees_and_its_tip_is_never_read() -> None:
    ed = seg(
        "秋粮收购有序推进",
        "本报讯（记者 宋  禾）" + BODY,
        MORE,
        "农事天气",
        "9月5日　多云转小雨　22～30℃",
        "9月6日　小雨　21～27℃",
        "农事提示：未来三天有降雨过程，请抓紧抢收已成熟的早稻，晾晒作物注意防雨。",
        "市气象台提供",
    )
    assert [h[1] for h in heads(ed)] == ["秋粮收购有序推进"]
    assert "降雨" not in spoken(ed) and "农事天气" not in spoken(ed)
    assert {reasons(ed)[k] for k in (4, 5, 6, 7)} == {"weather"}


def test_a_label_over_a_story_with_ranged_degrees_in_its_text_stays_a_story() -> None:
    ed = seg(
        "农事天气",
        "本报讯（记者 宋  禾）预计本周我市以晴为主，气温22～30℃，利于秋收。",
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["农事天气"]
    assert "利于秋收" in spoken(ed)
