"""The synthesize stage with the fake engine: order, dedup, retries, clip checks, Ctrl-C."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from audiopaper.cache import ClipCache
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import ConfigError, EngineOutdatedError, SynthesisError, TransientEngineError
from audiopaper.model import Clip, Utterance, Voice
from audiopaper.synthesize import RetryPolicy, check_clip, duration_bounds, rushed, synthesize

TITLES = {"p1-s03": "我市出台居民服务一卡通“新规”"}


def utt(spoken: str, uid: str = "p1-s03-u004", story: str | None = "p1-s03", voice: str = "cmn") -> Utterance:
    return Utterance(uid, story, "body", spoken, spoken, Voice(voice))


def story(n: int) -> list[Utterance]:
    return [
        utt(f"第{i}段，" + "新闻" * (1 + (i * 7) % 5), uid=f"p1-s01-u{i:03d}", story="p1-s01")
        for i in range(n)
    ]


class Sleeps(list):
    """A RetryPolicy sleep that records instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def cache(tmp_path):
    return ClipCache(tmp_path / "cache")


def run(utts, engine, cache, tmp_path, **options):
    options.setdefault("retry", RetryPolicy(sleep=Sleeps()))
    return synthesize(utts, engine, cache, tmp_path / "work", story_titles=TITLES, **options)


def test_clips_come_back_in_running_order(cache, tmp_path):
    utts = story(12)
    engine = FakeEngine(delay=0.01)
    result = run(utts, engine, cache, tmp_path, connections=4)
    assert [c.utterance_id for c in result.clips] == [u.id for u in utts]
    for clip, u in zip(result.clips, utts, strict=True):
        assert clip.duration_s == pytest.approx(len(u.spoken) * 0.1, abs=0.001)
        assert clip.path.exists() and clip.engine == "fake" and not clip.cached
    assert (result.synthesized, result.cached, result.retries) == (12, 0, 0)
    assert not list((tmp_path / "work").iterdir())  # temporary clips are cleaned up


def test_identical_clips_are_synthesized_once(cache, tmp_path):
    utts = [utt("本报讯。", uid="a"), utt("今日要闻。", uid="b"), utt("本报讯。", uid="c")]
    engine = FakeEngine()
    result = run(utts, engine, cache, tmp_path)
    assert len(engine.calls) == 2 and result.synthesized == 2
    assert result.clips[0].path == result.clips[2].path
    assert [c.utterance_id for c in result.clips] == ["a", "b", "c"]


def test_progress_is_called_once_per_clip_from_the_calling_thread(cache, tmp_path):
    run(story(3), FakeEngine(), cache, tmp_path)  # three cached
    seen = []
    utts = story(6)
    run(utts, FakeEngine(), cache, tmp_path, progress=lambda c: seen.append((c, threading.current_thread())))
    assert sorted(c.utterance_id for c, _ in seen) == sorted(u.id for u in utts)
    assert {t for _, t in seen} == {threading.current_thread()}
    assert [c.cached for c, _ in seen[:3]] == [True] * 3


def test_transient_failures_are_retried_with_growing_delays(cache, tmp_path):
    sleeps = Sleeps()
    engine = FakeEngine(fail={"坏": 3})
    policy = RetryPolicy(attempts=5, base_delay=0.5, jitter=0.0, sleep=sleeps)
    result = run([utt("好消息。", uid="a"), utt("坏消息。", uid="b")], engine, cache, tmp_path, retry=policy)
    assert [u.id for u in engine.calls].count("b") == 4
    assert result.retries == 3 and result.synthesized == 2
    assert sleeps == [0.5, 1.0, 2.0]


def test_backoff_is_capped_and_jittered():
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0, jitter=0.5)
    assert [RetryPolicy(jitter=0).delay(n) for n in range(1, 7)] == [0.5, 1, 2, 4, 8, 8]
    delays = [policy.delay(4) for _ in range(200)]
    assert all(2.0 <= d <= 4.0 for d in delays) and len(set(delays)) > 1


def test_failure_after_all_attempts_names_the_story_and_chunk(cache, tmp_path):
    sleeps = Sleeps()
    engine = FakeEngine(fail={"坏": 99})
    utts = [*story(4), utt("坏消息。")]
    with pytest.raises(SynthesisError) as caught:
        run(utts, engine, cache, tmp_path, retry=RetryPolicy(attempts=3, sleep=sleeps))
    message = str(caught.value)
    assert message.startswith(
        "could not synthesize story p1-s03 “我市出台居民服务一卡通“新规”” (chunk p1-s03-u004)"
    )
    assert "after 3 attempts: fake failure" in message and "\n" not in message
    assert [u.id for u in engine.calls].count("p1-s03-u004") == 3 and len(sleeps) == 2


def test_failure_in_the_intro_says_so(cache, tmp_path):
    with pytest.raises(SynthesisError, match=r"could not synthesize the intro \(chunk intro-u000\)"):
        run(
            [utt("各位听众早上好。", uid="intro-u000", story=None)],
            FakeEngine(fail={"早上好": 9}),
            cache,
            tmp_path,
        )


@pytest.mark.parametrize(
    "error", [EngineOutdatedError("edge-tts is outdated (HTTP 403)"), ConfigError("no voice x")]
)
def test_errors_a_retry_cannot_fix_are_raised_at_once(cache, tmp_path, error):
    sleeps = Sleeps()
    engine = FakeEngine(errors={"拒绝": error})
    with pytest.raises(type(error)):
        run(
            [utt("拒绝服务。"), *story(5)],
            engine,
            cache,
            tmp_path,
            connections=1,
            retry=RetryPolicy(sleep=sleeps),
        )
    assert len(engine.calls) == 1 and sleeps == []  # not retried, and the rest was cancelled
    assert cache.info().entries == 0


@pytest.mark.parametrize("injected", ["short", "silent"])
def test_truncated_or_silent_clips_are_retried(cache, tmp_path, injected):
    engine = FakeEngine(**{injected: {"截断": 2}})
    result = run([utt("这段音频曾被截断了。")], engine, cache, tmp_path)
    assert len(engine.calls) == 3 and result.retries == 2
    assert result.clips[0].duration_s == pytest.approx(1.0)


def test_a_clip_that_is_always_short_fails_with_the_reason(cache, tmp_path):
    with pytest.raises(SynthesisError, match="after 2 attempts: audio too short"):
        run(
            [utt("总是太短。")],
            FakeEngine(short={"太短": 9}),
            cache,
            tmp_path,
            retry=RetryPolicy(attempts=2, sleep=Sleeps()),
        )


def test_clip_check_bounds(tmp_path):
    assert duration_bounds("今天天气很好。") == pytest.approx((6 * 0.08, 10 + 7 * 1.5))
    assert duration_bounds("GDP增长5")[0] == pytest.approx(2 * 0.08 + 4 * 0.02)
    assert duration_bounds("。！")[0] == 0.0
    assert duration_bounds("今天天气很好。", "+50%")[0] == pytest.approx(6 * 0.08 / 1.5)
    assert duration_bounds("今天天气很好。", "-50%")[0] == pytest.approx(6 * 0.08)
    slow = tmp_path / "slow.wav"
    FakeEngine(seconds_per_char=3.0).synthesize(utt("慢慢读。"), slow)  # 12 s for 4 characters
    assert check_clip(slow, "慢慢读。") == pytest.approx(12.0)
    FakeEngine(seconds_per_char=3.0).synthesize(utt("慢" * 5), slow)  # 15 s: more than 10 + 1.5
    with pytest.raises(TransientEngineError, match="too long"):
        check_clip(slow, "慢")


def test_empty_spoken_text_is_a_bug(cache, tmp_path):
    with pytest.raises(ValueError, match="p1-s03-u004"):
        run([utt("  ")], FakeEngine(), cache, tmp_path)


def test_ctrl_c_leaves_complete_entries_and_a_rerun_does_only_the_rest(cache, tmp_path):
    utts = story(16)
    done = []

    def interrupt(clip):
        done.append(clip)
        if len(done) == 3:
            raise KeyboardInterrupt

    engine = FakeEngine(delay=0.02)
    with pytest.raises(KeyboardInterrupt):
        run(utts, engine, cache, tmp_path, connections=2, progress=interrupt)
    info = cache.info()
    assert 3 <= info.entries < 16  # finished and in-flight clips were stored; pending ones cancelled
    assert info.broken == 0  # nothing half-written
    assert len(engine.calls) == info.entries
    rerun = FakeEngine()
    result = run(utts, rerun, cache, tmp_path, connections=2)
    assert len(rerun.calls) == 16 - info.entries
    assert (result.cached, result.synthesized) == (info.entries, 16 - info.entries)
    assert [c.utterance_id for c in result.clips] == [u.id for u in utts]


def _paragraphs(n: int) -> list[Utterance]:
    voice = Voice("fake-reader")
    text = "市有关部门今天发布消息将进一步优化营商环境推动重点项目建设第{}段。"
    return [Utterance(f"s1-u{i:03d}", "s1", "body", text.format(i), text.format(i), voice) for i in range(n)]


def test_a_clip_cut_in_half_without_an_error_is_asked_for_again(tmp_path):
    utts = _paragraphs(8)
    engine = FakeEngine(seconds_per_char=0.2, half={"第3段": 1})
    result = synthesize(utts, engine, ClipCache(tmp_path / "cache"), tmp_path / "work", connections=2)
    durations = [clip.duration_s for clip in result.clips]
    assert durations[3] == pytest.approx(durations[2], rel=0.01)  # the whole clip, not the half
    assert sum("第3段" in u.spoken for u in engine.calls) == 2
    assert result.retries >= 1


def test_a_voice_that_really_reads_one_clip_fast_is_accepted_after_one_more_try(tmp_path):
    utts = _paragraphs(8)
    engine = FakeEngine(seconds_per_char=0.2, half={"第3段": 100})
    result = synthesize(utts, engine, ClipCache(tmp_path / "cache"), tmp_path / "work", connections=2)
    assert sum("第3段" in u.spoken for u in engine.calls) == 2
    assert len(result.clips) == 8


def test_rushed_needs_enough_peers_and_text():
    utts = _paragraphs(4)
    clips = [Clip(u.id, Path("x"), 1.0 if i else 0.2, "fake") for i, u in enumerate(utts)]
    assert rushed(utts, clips) == []  # four clips are too few to know the voice's pace
    utts = _paragraphs(6)
    clips = [Clip(u.id, Path("x"), 1.0 if i else 0.2, "fake") for i, u in enumerate(utts)]
    assert rushed(utts, clips) == [0]
