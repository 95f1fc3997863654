"""Transcript files show the printed text with times a player can follow."""

import io
import json

from audiopaper.model import Chapter, Cue, Edition, Paragraph, Story
from audiopaper.transcript import chapters_json, timestamp, write_json, write_srt, write_text, write_vtt

CUES = [Cue(0.0, 2.5, "第一句。"), Cue(2.5, 3661.0456, "第二句，显示原文2023年。")]


def test_timestamps():
    assert timestamp(3661.0456) == "01:01:01.046"
    assert timestamp(0.5, ",") == "00:00:00,500"


def test_vtt_and_srt_share_cues_but_not_format():
    vtt, srt = io.StringIO(), io.StringIO()
    write_vtt(CUES, vtt)
    write_srt(CUES, srt)
    assert vtt.getvalue().startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n第一句。\n")
    assert srt.getvalue().startswith("1\n00:00:00,000 --> 00:00:02,500\n第一句。\n\n2\n")
    assert "显示原文2023年" in vtt.getvalue()


def test_text_transcript_has_headline_stack_times_and_marked_paragraph_kinds():
    story = Story(
        "p1-s01", "标题", (Paragraph("body", "正文。"), Paragraph("subhead", "小标题"), Paragraph("caption", "图片。")),
        kicker="引题", subtitle="副题", byline="本报讯(记者 王红)",
    )  # fmt: skip
    out = io.StringIO()
    write_text(
        Edition("郑州日报", "2023-12-02", (1,), (story,)), [Chapter("p1-s01", "标题", 65.0, 90.0)], out
    )
    text = out.getvalue()
    assert "[00:01:05] 第1条\n引题\n标题\n副题\n本报讯(记者 王红)\n" in text
    assert "【小标题】小标题" in text and "【图片说明】图片。" in text


def test_chapters_json_and_atomic_json(tmp_path):
    data = chapters_json([Chapter("s1", "标题", 4.0, 18.5)], "郑州日报")
    write_json(tmp_path / "chapters.json", data)
    loaded = json.loads((tmp_path / "chapters.json").read_text(encoding="utf-8"))
    assert loaded["version"] == "1.2.0"
    assert loaded["chapters"] == [{"startTime": 4.0, "endTime": 18.5, "title": "标题"}]
    assert [p.name for p in tmp_path.iterdir()] == ["chapters.json"]
