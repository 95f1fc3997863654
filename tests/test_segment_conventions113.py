"""Labels of a kind of item, page banners, cross-references and web furniture met on the
unseen62 and unseen63 batches (fixer A2)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken

STORY = ("全市口袋公园建设提速", "　　本报讯（记者 王  明）" + BODY, "　　" + MORE)


def test_related_news_over_a_headline_is_no_kicker_and_never_read() -> None:
    ed = seg(*STORY, "相关新闻", "我市今年招聘特岗教师320名", "　　本报讯（记者 孙  颖）" + BODY)
    assert heads(ed)[1] == (None, "我市今年招聘特岗教师320名", None)
    assert "相关新闻" not in spoken(ed)


def test_related_link_over_a_headline_stays_the_box_kicker() -> None:
    ed = seg(*STORY, "相关链接", "“菜篮子”价格监测怎么做", "　　" + BODY)
    assert heads(ed)[1] == ("相关链接", "“菜篮子”价格监测怎么做", None)


def test_a_photo_kind_label_over_a_credited_photo_item_is_never_read() -> None:
    for label in ("摄影", "图片", "随手拍", "读者随手拍"):
        ed = seg(*STORY, label, "秋韵", "北山脚下的银杏林渐渐染黄，游人在林间漫步。", "陶  然　摄")
        assert heads(ed)[-1][0] is None, label
        assert label not in spoken(ed)


def test_a_readers_photo_item_credited_in_its_caption_is_titled_by_its_own_headline() -> None:
    ed = seg(
        *STORY,
        "读者随手拍",
        "雨后彩虹挂城头",
        "　　8月18日傍晚，一场阵雨过后，城区上空出现一道彩虹，引得不少市民驻足拍照。（读者 龙建国 摄）",
    )
    assert heads(ed)[-1] == (None, "雨后彩虹挂城头", None)
    assert "随手拍" not in spoken(ed) and "龙建国" not in spoken(ed)


def test_a_photo_kind_label_over_a_story_without_a_credit_is_left() -> None:
    ed = seg(*STORY, "摄影", "老城影像展开幕", "　　本报讯（记者 孙  颖）" + BODY)
    assert heads(ed)[-1][0] == "摄影"


def test_a_supplement_named_by_the_page_is_no_essay_kicker() -> None:
    ed = seg(
        *STORY,
        "潭影",
        "外婆的腌菜坛",
        "□ 林晓岚",
        "　　外婆家的灶屋角落里，常年摆着一排大大小小的腌菜坛。",
        "“潭影”副刊征稿：欢迎投寄散文、诗歌、随笔，来稿请发送至fk@163.com",
    )
    assert heads(ed)[-1] == (None, "外婆的腌菜坛", None)
    assert "潭影" not in spoken(ed)


def test_a_short_label_the_page_does_not_call_a_supplement_stays_the_kicker() -> None:
    ed = seg(
        *STORY, "潭影", "外婆的腌菜坛", "□ 林晓岚", "　　外婆家的灶屋角落里，常年摆着一排大大小小的腌菜坛。"
    )
    assert heads(ed)[-1][0] == "潭影"


def test_an_epapers_story_count_phone_prompt_and_run_on_copyright_are_never_read() -> None:
    ed = seg(
        "凯山日报 · 数字报",
        "往期回顾 | 版面目录 | 上一版 | 下一版 | 本版PDF",
        "本版文章（5）",
        *STORY,
        "扫一扫　在手机上阅读本版",
        "凯山日报社主办　凯山日报社版权所有，未经书面授权禁止使用",
    )
    assert [s.title for s in ed.stories] == ["全市口袋公园建设提速"]
    assert "本版文章" not in spoken(ed) and "手机" not in spoken(ed) and "版权" not in spoken(ed)


def test_a_sentence_on_reading_by_phone_in_a_story_is_read() -> None:
    ed = seg(*STORY, "　　市民扫一扫就能在手机上阅读本版内容，十分方便。")
    assert "扫一扫" in spoken(ed)
