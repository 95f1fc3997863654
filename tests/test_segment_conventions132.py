"""Story-structure conventions met on the sixty-eighth batch of unseen pages: a 导读 box (read by
segment_xrefs.mark_guide_items)."""

from __future__ import annotations

from segkit import BODY, heads, reasons, seg, spoken

DATELINE = "本报讯（记者 韦丽萍）"
BOX = (
    "导读",
    "春季过敏高发　专家支招防护",
    "花粉过敏进入高峰期，医生提醒外出佩戴口罩、回家及时清洗鼻腔。",
    "详见A06版",
    "老城区这些路段下周起单行",
    "▶A04",
)


def test_each_entry_of_a_guide_box_is_a_teaser_its_summary_never_read() -> None:
    ed = seg(*BOX, "全市新建口袋公园十二处", DATELINE + BODY)
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("春季过敏高发 专家支招防护", 6),
        ("老城区这些路段下周起单行", 4),
    ]
    assert "花粉过敏" not in spoken(ed)
    assert reasons(ed)[3] == "teaser summary"


def test_a_photo_item_under_a_guide_box_is_its_own_story() -> None:
    ed = seg(
        *BOX,
        "樱花谷迎来赏花客流",
        "4月16日，游客在植物园樱花谷赏花。近日，园内晚樱进入盛花期。",
        "本报记者　仲  夏　摄",
        "全市新建口袋公园十二处",
        DATELINE + BODY,
    )
    assert [h[1] for h in heads(ed)] == ["樱花谷迎来赏花客流", "全市新建口袋公园十二处"]
    assert "游客在植物园樱花谷赏花" in spoken(ed)


def test_without_the_guide_label_a_headline_over_a_bare_arrow_is_no_teaser() -> None:
    ed = seg("全市新建口袋公园十二处", DATELINE + BODY, "老城区这些路段下周起单行", "▶A04")
    assert not ed.teasers
