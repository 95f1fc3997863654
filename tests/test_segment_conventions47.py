"""Lines never read aloud, given their true reason (the thirty-eighth unseen batch)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken

from audiopaper.segment_footers import footer_reason

IMPRINT = "滨江日报社出版　社址：滨江市人民路18号　订阅热线：0451-6222333　“滨江日报”客户端　扫码下载"


def test_imprint_row_naming_who_publishes_and_its_app_is_never_read() -> None:
    # Under a briefs box at the page's foot: it must not be read as the box's last item.
    ed = seg("滨江简讯", "　　●" + BODY, "　　●" + MORE, IMPRINT)
    assert IMPRINT not in spoken(ed)
    assert reasons(ed)[4] == "reader service"
    assert footer_reason(IMPRINT) == "reader service"


def test_address_and_line_with_no_paper_named_is_no_imprint() -> None:
    # A venue's address and booking line, an app among them: no paper named, no imprint.
    assert footer_reason("地址：人民路18号　咨询电话：0451-6222333　扫码预约") == ""
    # The publisher's note inside a sentence is news.
    assert footer_reason("滨江日报社出版的《城市记忆》一书昨日首发，全书收录老照片三百余幅。") == ""


def test_weather_label_over_day_rows_is_the_box_s_never_a_table_title() -> None:
    ed = seg(
        "滨江市区天气",
        "今天夜间　晴　北风3到4级　-9℃",
        "明天白天　晴转多云　北风2到3级　2℃",
        "滨江市气象台昨日17时发布",
    )
    assert [reasons(ed)[n] for n in (1, 2, 3, 4)] == ["weather"] * 4
    # A span of days in cells under the label is a day of the box too.
    ed = seg(
        "天气预报", "今天夜里到明天　多云　7℃～15℃", "后天　阴转小雨　9℃～14℃", "滨江市气象台1月17日16时发布"
    )
    assert [reasons(ed)[n] for n in (1, 2, 3, 4)] == ["weather"] * 4


def test_title_over_price_rows_stays_a_table_s() -> None:
    # Negative: only a weather label over weather days changes its reason.
    ed = seg("本周菜价", "大白菜　　1.20　　1.30", "西红柿　　3.50　　3.80", "黄瓜　　2.80　　2.60")
    assert reasons(ed)[1] == "table"


def test_copyright_row_may_name_who_runs_the_site_for_the_paper() -> None:
    row = "滨江都市报社主办　滨江网承办　版权所有　未经授权禁止转载"
    ed = seg("全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY, row)
    assert reasons(ed)[3] == "chrome" and row not in spoken(ed)
    # Who runs it alone is no copyright row.
    assert footer_reason("滨江网承办") == "" and reasons(seg("滨江网承办", BODY)).get(1) != "chrome"


def test_masthead_fields_in_one_row_are_the_masthead() -> None:
    assert footer_reason("滨江晚报　2009.8.20　星期四") == "masthead"
    assert footer_reason("第3126期　今日4版　　内部资料　免费交流　准印证号：（X）0025") == "masthead"
    ed = seg("滨江晚报　2009.8.20　星期四", "全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY)
    assert reasons(ed)[1] == "masthead"
    # Without a date or issue the cells may be a headline's: "滨江晚报　星期四" is left alone.
    assert footer_reason("滨江晚报　星期四") == ""


def test_the_paper_s_own_call_with_its_phone_is_a_house_notice() -> None:
    for row in (
        "本报“小记者”招募进行中　报名电话：0315-8066888",
        "2026年度《滨江日报》征订工作正在进行　订阅热线：0734-8821000",
        "欢迎订阅《滨江日报》　全年订价240元　订报热线：0593-22856110",
    ):
        assert footer_reason(row) == "house notice"
        ed = seg("全市新建口袋公园十二处", "本报讯（记者 王  刚）" + BODY, row)
        assert row not in spoken(ed)
    # Negative: without a phone, or not the paper's own call, it is no notice row.
    assert footer_reason("本报“小记者”招募进行中") == ""
    assert footer_reason("市图书馆志愿者招募进行中　报名电话：0315-8066888") == ""
