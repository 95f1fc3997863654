"""Conventions of the unseen51 batch, story structure and bylines: a bullet-led reporter's
credit run into its text (``■本报记者 郝  帅　9月6日晚…``), a reader's signature naming the
city before 市民 (``汝川市民　蔡先生``) under a letter's title, and a web story's headline the
page's list of titles names, set right under the text of the story before."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts

TEXT = "9月6日晚11点多，家住城东的小刘下班回家，乘坐的电梯在5楼和6楼之间突然停住。"


def test_a_bullet_credit_run_into_its_text_is_the_byline() -> None:
    ed = seg("深夜被困电梯 小伙自救反被“夹”", f"■本报记者 郝  帅\u3000{TEXT}", MORE)
    story = ed.stories[0]
    assert story.byline == "本报记者 郝 帅"
    assert texts(ed) == [[TEXT, MORE]]
    assert "郝" not in spoken(ed)


def test_a_bullet_line_of_text_without_a_credit_stays_text() -> None:
    line = "■本报记者昨日走访了城东多个小区，发现电梯安全问题不容忽视。"
    ed = seg("深夜被困电梯 小伙自救反被“夹”", line, MORE)
    assert ed.stories[0].byline is None
    assert "本报记者昨日走访" in spoken(ed)


def test_a_credit_run_in_without_its_bullet_is_not_taken() -> None:
    ed = seg("深夜被困电梯 小伙自救反被“夹”", f"本报记者 郝  帅\u3000{TEXT}", MORE)
    assert ed.stories[0].byline is None


def test_a_citizens_signature_under_a_letters_title_is_its_byline() -> None:
    ed = seg("读者来信", "小区健身器材该修了", "汝川市民\u3000蔡先生", BODY, MORE)
    assert heads(ed) == [("读者来信", "小区健身器材该修了", None)]
    assert ed.stories[0].byline == "汝川市民 蔡先生"
    assert texts(ed) == [[BODY, MORE]]


def test_a_city_and_a_word_that_is_no_role_is_not_a_signature() -> None:
    ed = seg("读者来信", "小区健身器材该修了", "汝川市场\u3000新貌", BODY, MORE)
    assert ed.stories[0].byline is None


WEB_TOP = ("本版标题", "·杨桥籍作家新作获省文学奖", "·市民艺术节闭幕 近万人次参与")
FIELD = "作者：本报记者 庞小溪\u3000来源：杨桥晚报\u30002025-12-02"


def test_a_listed_web_headline_under_finished_text_opens_its_story() -> None:
    ed = seg(
        *WEB_TOP,
        "杨桥籍作家新作获省文学奖",
        "文/本报记者 许  言",
        BODY,
        "市民艺术节闭幕 近万人次参与",
        FIELD,
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["杨桥籍作家新作获省文学奖", "市民艺术节闭幕 近万人次参与"]
    assert ed.stories[1].byline == "本报记者 庞小溪"
    assert texts(ed) == [[BODY], [MORE]]


def test_the_same_line_unlisted_under_text_keeps_the_field_as_web_meta() -> None:
    # The page's list does not name it: nothing vouches for a headline between the text and
    # the field, which stays the web meta closing the story above (as before this rule).
    ed = seg(
        *WEB_TOP[:2],
        "杨桥籍作家新作获省文学奖",
        "文/本报记者 许  言",
        BODY,
        "市民艺术节闭幕 近万人次参与",
        FIELD,
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["杨桥籍作家新作获省文学奖"]
    assert reasons(ed)[7] == "web meta"
