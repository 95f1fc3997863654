"""Conventions of lines never read, met on the forty-fourth batch of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

STORY = ("市区新增两条夜班公交线路", "本报讯（记者 程  琳）" + BODY, MORE)


def test_a_span_of_days_in_cells_under_a_weather_label_is_the_box_s() -> None:
    # "今天夜里到明天" set in cells (no colon) right under the box's label, one row, no table:
    # the label, the day and the indices under it are never read.
    ed = seg(
        *STORY,
        "安河天气",
        "今天夜里到明天　晴间多云　27℃～36℃　南风2～3级",
        "紫外线指数：很强　中暑指数：较易发生",
    )
    assert [s.title for s in ed.stories] == ["市区新增两条夜班公交线路"]
    assert spoken(ed) == BODY + MORE
    assert {reasons(ed)[n] for n in (4, 5, 6)} == {"weather"}


def test_a_span_of_days_elsewhere_is_never_the_box_s() -> None:
    # Negative: the same cells with no weather label right above are a story's, never skipped;
    # and a weather label over a story's text heads that story.
    line = "今天夜里到明天　晴间多云　27℃～36℃　南风2～3级"
    ed = seg("高温持续 注意防暑", line, BODY)
    assert "weather" not in reasons(ed).values()
    assert len(ed.stories) == 1 and spoken(ed) == BODY
    ed = seg("安河天气", "本报讯（记者 程  琳）今天夜里到明天，我市晴间多云，最高气温36℃。", MORE)
    assert [s.title for s in ed.stories] == ["安河天气"]
    assert spoken(ed) == "今天夜里到明天，我市晴间多云，最高气温36℃。" + MORE
