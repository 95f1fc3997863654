"""The clip cache: keys, atomic entries, what counts as a hit, info and prune."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import pytest

from audiopaper.cache import ClipCache, clip_key
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import OutputError
from audiopaper.model import Utterance, Voice
from audiopaper.synthesize import synthesize

DAY = 86400


def utt(spoken: str = "今天天气很好。", uid: str = "p1-s01-u001", **voice: str) -> Utterance:
    return Utterance(uid, "p1-s01", "body", f"display {spoken}", spoken, Voice(**{"name": "cmn", **voice}))


def produced(tmp_path: Path, name: str = "clip.wav", size: int = 1000) -> Path:
    path = tmp_path / name
    path.write_bytes(b"x" * size)
    return path


def put(
    cache: ClipCache,
    tmp_path: Path,
    spoken: str,
    *,
    size: int = 1000,
    engine: str = "fake",
    used: float | None = None,
) -> str:
    key = clip_key(engine, utt(spoken))
    stored = cache.put(key, produced(tmp_path, size=size), 1.5, {"engine": engine})
    if used is not None:
        os.utime(stored, (used, used))
    return key


def test_key_depends_on_sound_not_on_ids_or_display_text():
    base = utt()
    key = clip_key("edge", base)
    assert len(key) == 64
    same = [
        dataclasses.replace(base, id="p9-s09-u999"),
        dataclasses.replace(base, story_id=None, role="headline", text="other display", pause_after_s=2.0),
    ]
    assert {clip_key("edge", u) for u in same} == {key}
    different = [
        dataclasses.replace(base, spoken="今天天气不好。"),
        dataclasses.replace(base, voice=Voice("cmn+f3")),
        dataclasses.replace(base, voice=Voice("cmn", rate="+10%")),
        dataclasses.replace(base, voice=Voice("cmn", pitch="-2Hz")),
        dataclasses.replace(base, voice=Voice("cmn", volume="-10%")),
    ]
    keys = {clip_key("edge", u) for u in different} | {clip_key("espeak", base)}
    assert len(keys) == 6 and key not in keys


def test_put_then_get_returns_the_stored_file_and_duration(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    key = clip_key("fake", utt())
    stored = cache.put(key, produced(tmp_path), 2.25, {"engine": "fake", "voice": "cmn"})
    assert stored == tmp_path / "cache" / key[:2] / f"{key}.wav"
    assert stored.read_bytes() == b"x" * 1000
    hit = cache.get(key)
    assert hit is not None and hit.path == stored and hit.duration_s == 2.25
    sidecar = json.loads(stored.with_suffix(".json").read_text("utf-8"))
    assert sidecar["engine"] == "fake" and sidecar["bytes"] == 1000 and sidecar["created"] > 0
    assert not list(stored.parent.glob(".*"))  # no temporary files left behind
    assert cache.get(clip_key("fake", utt("别的"))) is None


def test_a_hit_marks_the_entry_used(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    key = put(cache, tmp_path, "旧", used=time.time() - 10 * DAY)
    assert cache.info().oldest.timestamp() < time.time() - 9 * DAY
    cache.get(key)
    assert cache.info().oldest.timestamp() > time.time() - 60


@pytest.mark.parametrize(
    "damage", ["zero-byte audio", "no sidecar", "no audio", "bad sidecar", "short audio"]
)
def test_partial_entries_are_misses(tmp_path, damage):
    cache = ClipCache(tmp_path / "cache")
    key = put(cache, tmp_path, "完整")
    audio = cache.get(key).path
    sidecar = audio.with_suffix(".json")
    if damage == "zero-byte audio":
        audio.write_bytes(b"")
    elif damage == "no sidecar":
        sidecar.unlink()
    elif damage == "no audio":
        audio.unlink()
    elif damage == "bad sidecar":
        sidecar.write_text('{"file": "', "utf-8")
    else:
        audio.write_bytes(b"x" * 10)  # a copy cut short: the sidecar says 1000 bytes
    assert cache.get(key) is None
    assert cache.info().entries == 0


def test_a_stray_temporary_file_is_ignored_and_a_build_redoes_the_clip(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    u = utt("中断的写入。")
    key = clip_key("fake", u)
    folder = tmp_path / "cache" / key[:2]
    folder.mkdir(parents=True)
    (folder / f".{key}.wav.1234abcd.tmp").write_bytes(b"RIFF half a clip")  # killed mid-copy
    (folder / f"{key}.wav").write_bytes(b"")  # or killed before the data reached the disk
    assert cache.get(key) is None
    assert cache.info().broken == 2
    engine = FakeEngine()
    result = synthesize([u], engine, cache, tmp_path / "work")
    assert len(engine.calls) == 1 and result.synthesized == 1
    assert cache.get(key).path.stat().st_size > 1000


def test_second_run_synthesizes_nothing_and_returns_the_same_clips(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    utts = [utt(f"第{n}句。", uid=f"p1-s01-u{n:03d}") for n in range(5)]
    first = synthesize(utts, FakeEngine(), cache, tmp_path / "work")
    engine = FakeEngine()
    second = synthesize(utts, engine, ClipCache(tmp_path / "cache"), tmp_path / "work")
    assert engine.calls == []
    assert (second.synthesized, second.cached) == (0, 5)
    assert [(c.path, c.duration_s) for c in second.clips] == [(c.path, c.duration_s) for c in first.clips]
    assert all(c.cached for c in second.clips) and not any(c.cached for c in first.clips)


def test_info_counts_entries_bytes_seconds_and_engines(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    assert cache.info().entries == 0 and cache.info().oldest is None  # no folder yet
    put(cache, tmp_path, "一", engine="edge", used=time.time() - 3 * DAY)
    put(cache, tmp_path, "二", engine="edge")
    put(cache, tmp_path, "三", engine="espeak", size=500)
    info = cache.info()
    assert info.entries == 3
    assert info.audio_s == pytest.approx(4.5)
    assert info.total_bytes > 2500  # audio plus sidecars
    assert info.engines == {"edge": 2, "espeak": 1}
    assert (info.newest - info.oldest).total_seconds() > 2.9 * DAY
    assert info.broken == 0


def test_prune_by_size_removes_least_recently_used_first(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    now = time.time()
    old = put(cache, tmp_path, "最旧", used=now - 30)
    middle = put(cache, tmp_path, "较旧", used=now - 20)
    new = put(cache, tmp_path, "最新", used=now - 10)
    cache.get(old)  # used just now: the oldest by creation, the newest by use
    one_entry = cache.info().total_bytes // 3
    result = cache.prune(max_bytes=one_entry + 100)
    assert (result.removed, result.kept) == (2, 1)
    assert cache.get(old) is not None
    assert cache.get(middle) is None and cache.get(new) is None
    assert result.kept_bytes <= one_entry + 100


def test_prune_dry_run_removes_nothing(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    keys = [put(cache, tmp_path, f"第{n}条", used=time.time() - 40 * DAY) for n in range(3)]
    result = cache.prune(older_than_days=30, dry_run=True)
    assert result.dry_run and result.removed == 3 and result.freed_bytes > 3000
    assert all(cache.get(k) is not None for k in keys)


def test_prune_by_age_and_by_engine(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    stale = put(cache, tmp_path, "旧闻", engine="edge", used=time.time() - 40 * DAY)
    fresh = put(cache, tmp_path, "新闻", engine="edge")
    offline = put(cache, tmp_path, "离线", engine="espeak", used=time.time() - 40 * DAY)
    assert cache.prune(older_than_days=30, engine="edge").removed == 1
    assert cache.get(stale) is None and cache.get(fresh) and cache.get(offline)
    assert cache.prune(engine="espeak").removed == 1
    assert cache.get(offline) is None and cache.get(fresh)


def test_prune_clears_leftovers_of_dead_builds_but_not_of_running_ones(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    keep = put(cache, tmp_path, "好的")
    folder = cache.get(keep).path.parent
    dead, running = folder / ".dead.wav.0000.tmp", folder / ".running.wav.1111.tmp"
    dead.write_bytes(b"x")
    running.write_bytes(b"x")
    dead_work, running_work = tmp_path / "cache" / ".work-dead", tmp_path / "cache" / ".work-now"
    for scratch in (dead_work, running_work):
        scratch.mkdir()
        (scratch / ".abc.1.wav").write_bytes(b"x")
    for path in (dead, dead_work):
        os.utime(path, (time.time() - 2 * 3600,) * 2)
    assert cache.info().broken == 4
    result = cache.prune()
    assert (result.removed, result.broken_removed) == (0, 2)
    assert not dead.exists() and not dead_work.exists()
    assert running.exists() and running_work.exists() and cache.get(keep)


def test_an_unwritable_cache_is_an_output_error_naming_the_path(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache = ClipCache(blocker / "clips")
    with pytest.raises(OutputError, match="not-a-folder"):
        cache.ensure_writable()
    with pytest.raises(OutputError, match="not-a-folder"):
        cache.put(clip_key("fake", utt()), produced(tmp_path), 1.0)
    engine = FakeEngine()
    with pytest.raises(OutputError, match="not-a-folder"):
        synthesize([utt()], engine, cache, tmp_path / "work")
    assert engine.calls == []  # found out before paying for any synthesis
