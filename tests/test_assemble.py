"""Joining clips: chapter and cue times from decoded lengths, one real encode, ID3 chapters."""

import wave
from pathlib import Path

import pytest

from audiopaper import ffmpeg
from audiopaper.assemble import assemble, timeline
from audiopaper.model import Clip, Utterance, Voice
from audiopaper.tags import Tags, read_tags, write_tags

V = Voice("v")


def utt(uid, story, text, pause=0.0):
    return Utterance(uid, story, "body", text, text, V, pause)


UTTS = [
    utt("intro-u000", None, "开场。", 1.0),
    utt("s1-u000", "s1", "标题一。", 0.5),
    utt("s1-u001", "s1", "第一句。第二句长一些的句子。", 2.0),
    utt("s2-u000", "s2", "标题二。", 0.5),
    utt("s2-u001", "s2", "正文。", 2.0),
    utt("outro-u000", None, "结束。"),
]
DURATIONS = [3.0, 2.0, 10.0, 2.0, 4.0, 3.0]
TITLES = {"s1": "我市出台居民服务一卡通“新规”", "s2": "标题二"}


def test_chapters_start_where_each_story_starts():
    line = timeline(UTTS, DURATIONS, TITLES)
    assert [(c.story_id, c.title, c.start_s, c.end_s) for c in line.chapters] == [
        ("s1", TITLES["s1"], 4.0, 18.5),
        ("s2", "标题二", 18.5, 27.0),
    ]
    assert line.duration_s == 30.0


def test_cues_split_a_clip_by_sentence_length_and_never_overlap():
    line = timeline(UTTS, DURATIONS, TITLES)
    texts = [c.text for c in line.cues]
    assert texts[2:4] == ["第一句。", "第二句长一些的句子。"]
    first, second = line.cues[2], line.cues[3]
    assert first.start_s == 6.5 and second.end_s == 16.5
    assert (second.end_s - second.start_s) > (first.end_s - first.start_s)
    for a, b in zip(line.cues, line.cues[1:]):
        assert a.end_s <= b.start_s + 1e-9


def test_long_sentences_and_unpunctuated_runs_become_short_captions_in_order():
    clause = "市民可凭社保卡在全市公交地铁图书馆和公园办理各项业务"  # 26 characters
    long_sentence = "，".join([clause] * 12) + "。"
    run = "郑州" * 5000  # 10,000 characters and not one mark
    utts = [utt("s1-u000", "s1", long_sentence), utt("s1-u001", "s1", run), utt("s1-u002", "s1", "短句。")]
    line = timeline(utts, [40.0, 600.0, 1.0], TITLES)
    assert max(len(c.text) for c in line.cues) <= 80
    assert "".join(c.text for c in line.cues) == long_sentence + run + "短句。"
    assert all(c.text.endswith(("，", "。")) for c in line.cues if c.text[0] == "市")
    assert line.cues[-1].text == "短句。" and line.cues[-1].end_s == 641.0
    for a, b in zip(line.cues, line.cues[1:]):
        assert a.end_s <= b.start_s + 1e-9 and a.start_s < a.end_s


def tone(path: Path, seconds: float, rate: int = 22050) -> Path:
    import math

    period = [int(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(rate // 440 * 10)]
    frames = b"".join(v.to_bytes(2, "little", signed=True) for v in period)
    total = int(seconds * rate) * 2
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((frames * (total // len(frames) + 1))[:total])
    return path


@pytest.mark.slow
def test_assembled_episode_has_exact_length_loudness_and_chapters(tmp_path):
    clips = [Clip(u.id, tone(tmp_path / f"{u.id}.wav", d), d, "fake") for u, d in zip(UTTS, DURATIONS)]
    out = tmp_path / "ep.mp3"
    line = assemble(UTTS, clips, out, TITLES)
    assert line.duration_s == 30.0
    pcm = ffmpeg.decode(out)
    # MP3 adds at most a frame or two of padding; chapters computed from PCM stay exact.
    assert abs(ffmpeg.duration_of(pcm) - 30.0) < 0.12
    loud = ffmpeg.measure_loudness(pcm)
    assert abs(loud["input_i"] - ffmpeg.TARGET_LUFS) < 1.5
    assert loud["input_tp"] <= -0.9
    write_tags(
        out,
        Tags("郑州日报 2023-12-02 有声版", "郑州日报", "2023-12-02", "郑州日报", "7条新闻"),
        line.chapters,
    )
    report = read_tags(out)
    assert report.version[:2] == (2, 4)
    assert (report.title, report.album, report.date) == (
        "郑州日报 2023-12-02 有声版",
        "郑州日报",
        "2023-12-02",
    )
    assert [(c.title, c.start_s, c.end_s) for c in report.chapters] == [
        (TITLES["s1"], 4.0, 18.5),
        ("标题二", 18.5, 27.0),
    ]
    assert report.toc == ("chp000", "chp001")
    # Tagging twice replaces, never duplicates, the chapters.
    write_tags(out, Tags("t", "a", "2023-12-02", "a"), line.chapters[:1])
    assert len(read_tags(out).chapters) == 1
    assert abs(ffmpeg.duration_of(ffmpeg.decode(out)) - 30.0) < 0.12
