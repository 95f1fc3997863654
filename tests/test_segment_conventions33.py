"""Headline-stack conventions met on the thirty-second batch of unseen pages (unseen32)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts


def test_a_name_after_a_double_circle_under_a_commentary_title_is_its_byline() -> None:
    # "雀岭快评" / "项目开工要有“加速度”" / "◎岭  言" / text: the writer's signature, as with □.
    ed = seg("桥江快评", "项目开工要有“加速度”", "◎岭  言", BODY, MORE)
    assert heads(ed) == [("桥江快评", "项目开工要有“加速度”", None)]
    assert ed.stories[0].byline == "岭 言"
    assert "岭" not in "".join(texts(ed)[0])


def test_a_short_double_circle_line_between_paragraphs_stays_in_the_text() -> None:
    # "◎春耕" set between two paragraphs is a sub-head of the story, never its writer.
    ed = seg("项目开工要有“加速度”", "本报讯（记者 秦  悦）" + BODY, "◎春耕", MORE)
    assert ed.stories[0].byline == "本报讯（记者 秦 悦）"
    assert "◎春耕" in texts(ed)[0]
