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


def test_a_section_call_for_letters_over_how_to_send_them_is_never_read() -> None:
    ed = seg(
        "社区路灯修好了",
        "本报讯（记者 唐  宁）" + BODY,
        "本版征集读者来信",
        "欢迎广大读者来信反映身边的问题，来信请寄：本报群工部，或发送电子邮件至dz@example.com。",
        "“家长课堂”征集问题",
        "您在孩子教育中遇到哪些困惑？欢迎发送邮件至jz@example.com，本刊将邀请专家解答。",
    )
    assert [s.title for s in ed.stories] == ["社区路灯修好了"]
    assert "欢迎" not in spoken(ed)
    assert reasons(ed)[3] == reasons(ed)[6] == "house notice"


def test_a_story_about_a_call_opening_with_its_lead_is_read() -> None:
    # Negative: the call's heading names no page or column as the caller, and a lead opens it.
    ed = seg(
        "我市征集城市文明公约",
        "本报讯（记者 唐  宁）近日，市文明办面向社会征集城市文明公约，欢迎市民发送邮件至wm@example.com。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["我市征集城市文明公约"]
    assert "wm@example.com" in spoken(ed)


def test_terms_for_contributions_under_their_label_are_never_read() -> None:
    ed = seg(
        "理论动态",
        "●" + BODY,
        "●" + MORE,
        "来稿须知：本版欢迎理论研究、学习体会类文章，来稿请注明作者姓名、单位、联系电话。",
    )
    assert "来稿" not in spoken(ed)
    assert reasons(ed)[4] == "call for contributions"


def test_a_labelled_risk_disclaimer_is_never_read_but_a_story_warning_is() -> None:
    ed = seg(
        "三大股指震荡走高",
        "本报讯（记者 樊一鸣）" + BODY,
        "温馨提示：股市有风险，投资需谨慎。本版内容仅供参考，据此操作风险自担。",
    )
    assert "风险" not in spoken(ed)
    assert reasons(ed)[3] == "disclaimer"
    # Negative: one warning inside a sentence of the story is its text.
    ed = seg(
        "三大股指震荡走高", "本报讯（记者 樊一鸣）" + BODY, "分析人士提示：股市有风险，短期不宜盲目追高。"
    )
    assert "不宜盲目追高" in spoken(ed)


def test_summary_rows_and_an_as_of_note_under_a_tables_rows_are_the_tables() -> None:
    ed = seg(
        "股指震荡走高",
        "本报讯（记者 樊一鸣）" + BODY,
        "上证综指　3090.98　+0.09%",
        "深证成指　9790.83　+0.43%",
        "创业板指　1664.19　+0.78%",
        "两市成交额　7520亿元",
        "本地板块　17家上涨　4家下跌",
        "（数据截至3月19日收盘）",
        "上市公司年报陆续出炉",
        "本报讯（记者 樊一鸣）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["股指震荡走高", "上市公司年报陆续出炉"]
    assert "成交额" not in spoken(ed) and "截至" not in spoken(ed)
    assert {reasons(ed)[n] for n in (6, 7, 8)} == {"table"}


def test_a_name_and_figure_line_with_text_under_it_after_a_table_is_still_read() -> None:
    # Negative: a headline of a name and a figure over text is a story's, not the table's.
    ed = seg(
        "上证综指　3090.98　+0.09%",
        "深证成指　9790.83　+0.43%",
        "全年粮食产量　152亿斤",
        "本报讯（记者 樊一鸣）" + BODY,
    )
    assert [s.title for s in ed.stories] == ["全年粮食产量 152亿斤"]


def test_a_cartoon_credited_as_its_picture_is_a_story_whose_credit_is_never_read() -> None:
    ed = seg(
        "问政要问到底",
        BODY,
        "（作者单位：市委党校）",
        "漫画",
        "“黄金周”堵车",
        "长假出游，人看人，车挨车。",
        "图/邢  磊",
        "城市之声",
        "●" + MORE,
    )
    assert "“黄金周”堵车" in [s.title for s in ed.stories]
    assert "长假出游，人看人，车挨车。" in spoken(ed)
    assert "邢" not in spoken(ed)
    assert reasons(ed)[7] == "cartoon"


def test_a_picture_credit_with_no_cartoon_label_above_is_not_a_cartoons() -> None:
    # Negative: far from a cartoon's label, 图/X is left to the photo credits.
    ed = seg("秋色满园", BODY, MORE, "图/邢  磊")
    assert reasons(ed).get(4) != "cartoon"
