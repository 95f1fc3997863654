"""Lines never read aloud, met on the fourteenth and fifteenth batches of unseen pages: service
rows, credits, chrome, boxes (tables, weather, classifieds) and pointers to other pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

STORY = ("全市新增家庭农场326家", "本报讯（记者 程  亮）" + BODY, MORE)


def test_a_hotline_led_by_its_hours_is_never_read() -> None:
    ed = seg("24小时新闻热线：0937-5991110", *STORY)
    assert reasons(ed)[1] == "masthead"
    assert heads(ed) == [(None, "全市新增家庭农场326家", None)]


def test_an_app_prompt_beside_a_hotline_is_never_a_kicker() -> None:
    ed = seg("扫码下载“潇浦+”客户端　教育热线：0731-85536000", "寒假将至", *STORY)
    assert reasons(ed)[1] == "reader service"
    assert heads(ed) == [("寒假将至", "全市新增家庭农场326家", None)]


def test_a_hotline_row_closed_by_its_reward_is_never_read() -> None:
    ed = seg(*STORY, "晚报新闻热线：0558-2110110　报料有奖")
    assert reasons(ed)[4] == "reader service"
    assert "报料有奖" not in spoken(ed)


def test_a_hotline_in_a_sentence_is_still_read() -> None:
    line = "市民发现暖气漏水，可拨打供热公司24小时热线8456789报修。"
    ed = seg(*STORY, line)
    assert texts(ed)[0][-1] == line


def test_a_row_of_bracketed_keywords_and_a_reporting_teams_credit_are_never_read() -> None:
    ed = seg(
        *STORY,
        "两会热词",
        "【保增长】【惠民生】【调结构】【低碳】【城镇化】",
        "本报两会报道组：汪春阳　方  璐　储  蕾　报料热线：0556-5532222",
    )
    assert reasons(ed)[5] == "keywords"
    assert reasons(ed)[6] == "credit"
    assert len(ed.stories) == 1 and "保增长" not in spoken(ed)


def test_a_column_label_in_brackets_before_text_is_still_read() -> None:
    line = "【记者追踪】市民反映的路灯问题，三天后就解决了。"
    ed = seg(*STORY, line)
    assert texts(ed)[0][-1] == line


def test_a_row_of_page_tabs_with_sections_is_chrome() -> None:
    ed = seg("版面导航：A01 要闻 | A02 要闻 | A03 综合 | A04 经济 | A05 民生", *STORY)
    assert reasons(ed)[1] == "chrome"
    assert len(ed.stories) == 1


def test_the_papers_publisher_and_address_are_a_footer() -> None:
    ed = seg(*STORY, "主办：塞川日报社　地址：塞川市朔方路168号")
    assert reasons(ed)[4] == "masthead"


def test_an_events_organiser_and_address_are_not_a_footer() -> None:
    line = "主办：市文化馆　地址：人民路1号"
    ed = seg(*STORY, line)
    assert 4 not in reasons(ed)


def test_a_headline_over_table_rows_and_nothing_else_is_the_tables_title() -> None:
    ed = seg(
        *STORY,
        "本周农产品价格行情",
        "早籼稻　1.36元/斤　持平",
        "生猪　6.9元/斤　上涨",
        "数据来源：市农产品价格监测中心",
        "全国夏收小麦已过七成",
        "新华社北京6月10日电　" + MORE,
    )
    assert reasons(ed)[4] == "table"
    assert [s.title for s in ed.stories] == ["全市新增家庭农场326家", "全国夏收小麦已过七成"]


def test_a_headline_over_table_rows_then_text_heads_its_story() -> None:
    ed = seg(
        "本周农产品价格行情",
        "早籼稻　1.36元/斤　持平",
        "生猪　6.9元/斤　上涨",
        "本报讯（记者 程  亮）" + BODY,
    )
    assert [s.title for s in ed.stories] == ["本周农产品价格行情"]


def test_a_forecast_signed_by_its_weather_office_is_never_read() -> None:
    ed = seg(
        *STORY,
        "农业气象",
        "预计本周我市以多云天气为主，11日至12日有一次中到大雨过程，日平均气温26℃～28℃。",
        "荆塘市气象台　荆塘市农业局　联合发布",
    )
    assert {reasons(ed)[n] for n in (4, 5, 6)} == {"weather"}
    assert len(ed.stories) == 1


def test_a_weather_label_over_a_story_without_a_forecaster_is_a_title() -> None:
    ed = seg("今明天气", "本报讯（记者 冯小川）预计本周我市以多云天气为主，日平均气温26℃～28℃。")
    assert [s.title for s in ed.stories] == ["今明天气"]


def test_a_weather_box_set_in_cells_and_its_index_with_advice_are_never_read() -> None:
    ed = seg(
        *STORY,
        "额川天气",
        "今天　晴　23℃～38℃　东风3级",
        "明天　晴　24℃～37℃　东南风2到3级",
        "紫外线指数：很强　紫外线强度高，外出请做好防护",
    )
    assert {reasons(ed)[n] for n in (4, 5, 6, 7)} == {"weather"}
    assert len(ed.stories) == 1


def test_classifieds_under_their_label_are_never_read() -> None:
    ed = seg(
        *STORY,
        "分类广告",
        "招聘：某物流公司招聘货车司机5名，持B照以上，待遇面议。电话：13909418866",
        "出租：城南新区临街商铺一间，约120平方米，适合餐饮。电话：8356721",
    )
    assert {reasons(ed)[n] for n in (4, 5, 6)} == {"advertisement"}
    assert len(ed.stories) == 1


def test_a_bare_cross_reference_is_skipped_and_a_named_one_is_a_teaser() -> None:
    ed = seg(*STORY, "相关报道见A05版", "相关新闻详见A05版：开学季 这份安全提示请收好")
    assert reasons(ed)[4] == "cross-reference"
    assert [(t.text, t.page) for t in ed.teasers] == [("开学季 这份安全提示请收好", 5)]
    assert "相关" not in spoken(ed)


def test_guide_items_with_a_page_code_are_teasers() -> None:
    ed = seg("导读", "◆苇塘籍运动员载誉归来（A08）", "◆我市举办秋季人才招聘会（A10）", *STORY)
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("苇塘籍运动员载誉归来", 8),
        ("我市举办秋季人才招聘会", 10),
    ]
    assert [s.title for s in ed.stories] == ["全市新增家庭农场326家"]


def test_a_bulleted_brief_ending_in_a_number_in_brackets_is_read() -> None:
    line = "◆市图书馆冬季开放时间调整为每天9时至17时（3）"
    ed = seg("城事简讯", line, "◆市血站将在人民广场开展无偿献血活动。")
    assert not ed.teasers
    assert texts(ed)[0][0] == line


def test_a_sections_briefs_named_like_a_paper_are_a_story_not_a_masthead() -> None:
    ed = seg(
        "经济快报", "★2025年，全市规模以上工业增加值同比增长7.6%。", "★戈阳国际陆港发运中欧班列突破300列。"
    )
    assert [s.title for s in ed.stories] == ["经济快报"]
    assert 1 not in reasons(ed)


def test_a_papers_name_in_kuaibao_form_is_still_its_masthead() -> None:
    ed = seg("都市快报", *STORY)
    assert reasons(ed)[1] == "masthead"


def test_a_contact_line_under_a_box_of_bulleted_items_is_the_pages_service_strip() -> None:
    ed = seg(
        "教育简讯",
        "●白塬学院今年招收本科新生4100人，比去年增加300人。",
        "●市青少年活动中心秋季兴趣班开始报名，设有舞蹈、书法、编程等课程。",
        "资助政策咨询电话：0356-2286123（工作日8:30-17:30）",
    )
    assert reasons(ed)[4] == "reader service"
    assert "咨询电话" not in spoken(ed)


def test_a_contact_line_under_a_notices_text_is_read() -> None:
    ed = seg(
        "停水通知",
        "因供水管网改造，7月21日9时至21时，市南区香港路沿线停水，请用户提前储水。",
        "咨询电话：96606",
    )
    assert "咨询电话：96606" in spoken(ed)


def test_a_row_of_app_prompts_after_a_story_is_never_read_as_its_sub_head() -> None:
    ed = seg(
        *STORY, "扫码关注“鹭汀晚报健康”微信公众号　获取更多健康资讯", "下载“戈阳+”客户端　扫码阅读更多内容"
    )
    assert reasons(ed)[4] == reasons(ed)[5] == "chrome"
    assert [p.kind for p in ed.stories[0].paragraphs] == ["body", "body"]


def test_a_sentence_naming_an_official_account_is_read() -> None:
    line = "农民工遇到欠薪问题，可通过“戈阳人社”微信公众号投诉。"
    ed = seg(*STORY, line)
    assert texts(ed)[0][-1] == line


def test_a_note_on_whose_pictures_fill_the_page_and_a_sites_copyright_rows_are_never_read() -> None:
    ed = seg(
        *STORY,
        "本版图片除署名外均由通讯员提供",
        "本网站所有内容未经书面授权不得转载或镜像",
        "蒙ICP备12001876号-1　蒙公网安备15020302000188号",
    )
    assert reasons(ed)[4] == "photo credit"
    assert reasons(ed)[5] == reasons(ed)[6] == "chrome"
    assert len(texts(ed)[0]) == 2


def test_a_dotted_date_with_its_weekday_is_the_masthead() -> None:
    ed = seg("2017.11.3　星期五", *STORY)
    assert reasons(ed)[1] == "masthead"
