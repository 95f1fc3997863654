"""An unlabelled call for students or staff (a school's name and term over fields only) is an
advert, never read (segment_adverts); a column's ``（…供稿）`` under its text is read with that
text, never the next story's kicker (segment_sourcenotes)."""

from __future__ import annotations

from segkit import heads, reasons, seg, spoken, texts

STORY = (
    "留守儿童暑期有了“爱心课堂”",
    "本报讯（记者 石  磊）今年暑假，团市委将组织大学生志愿者，在全市农村学校开办“爱心课堂”，",
    "为留守儿童提供课业辅导和安全教育。",
)
CALL = (
    "某某市第二职业中学2010年秋季招生",
    "开设专业：数控技术、汽车运用与维修、护理",
    "报名地址：某某市城东路18号　咨询电话：0596-2213380",
)


def test_a_school_s_call_for_students_over_fields_is_an_advert() -> None:
    ed = seg(*STORY, *CALL)
    assert heads(ed) == [(None, "留守儿童暑期有了“爱心课堂”", None)]
    assert "招生" not in spoken(ed) and "开设专业" not in spoken(ed)
    assert reasons(ed)[4] == "advertisement"


def test_a_story_reporting_enrolment_is_read() -> None:
    ed = seg(
        "某某市第二职业中学2010年秋季招生",
        "本报讯（记者 何晓燕）记者从市教育局获悉，今年该校计划招收新生800人，开设专业12个。",
        "开设专业：数控技术、护理",
    )
    assert heads(ed) == [(None, "某某市第二职业中学2010年秋季招生", None)]
    assert "计划招收新生800人" in spoken(ed)


COLUMN = (
    "律师信箱",
    "房东扣着押金不退怎么办？",
    "　　读者陈女士：我租住的房子合同到期后，房东以墙面有污渍为由，",
    "扣下了2000元押金。请问这样合理吗？",
    "　　律师答：租赁期满后，房屋因正常使用产生的合理损耗，承租人不承担赔偿责任。",
    "　　（某某市律师协会供稿）",
)
BRIEFS = (
    "法治快讯",
    "　　◆11月4日，某某市公安局举行“110宣传日”集中宣传活动。",
    "　　◆日前，市检察院开通检察服务中心网上预约功能。",
)


def test_a_column_s_source_note_is_read_with_its_text() -> None:
    ed = seg(*COLUMN, *BRIEFS)
    assert heads(ed) == [("律师信箱", "房东扣着押金不退怎么办？", None), (None, "法治快讯", None)]
    assert texts(ed)[0][-1].endswith("（某某市律师协会供稿）")


def test_a_bracketed_label_over_a_story_is_not_a_source_note() -> None:
    ed = seg("（某某市律师协会供稿）", *BRIEFS)
    assert "某某市律师协会供稿" not in "".join(texts(ed)[0])
