"""The offline espeak engine, for real: libespeak-ng in worker processes, decoded by ffmpeg."""

from __future__ import annotations

import os
import signal
import time
import wave
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from audiopaper import ffmpeg
from audiopaper.cache import ClipCache
from audiopaper.engines.espeak import EspeakEngine, espeak_parameters
from audiopaper.errors import ConfigError, OutputError, TransientEngineError
from audiopaper.model import Utterance, Voice
from audiopaper.synthesize import synthesize

SENTENCE = "今天上午市政府召开新闻发布会。"  # 15 characters
ARTICLE = (
    "今天上午，市政府召开新闻发布会，介绍了居民服务一卡通的新规定。"
    "记者从会上获悉，明年起全市居民可凭一张卡办理医保、公交和图书借阅等业务。"
)


def utt(spoken: str, voice: str = "cmn", uid: str = "p1-s01-u001", **prosody: str) -> Utterance:
    return Utterance(uid, "p1-s01", "body", spoken, spoken, Voice(voice, **prosody))


@pytest.fixture(scope="module")
def engine():
    with EspeakEngine(workers=2) as eng:
        yield eng


def seconds(path: Path) -> float:
    return ffmpeg.duration_of(ffmpeg.decode(path))


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def test_a_chinese_sentence_becomes_a_wav_of_plausible_length(engine, tmp_path):
    out = tmp_path / "a.wav"
    engine.synthesize(utt(SENTENCE[:10]), out)
    assert out.read_bytes()[:4] == b"RIFF"
    assert 1.0 < seconds(out) < 10.0
    assert not list(tmp_path.glob(".*.tmp"))  # written via a temporary file, then renamed


def test_different_texts_sound_different(engine, tmp_path):
    engine.synthesize(utt("北京"), tmp_path / "a.wav")
    engine.synthesize(utt("上海"), tmp_path / "b.wav")
    engine.synthesize(utt("北京"), tmp_path / "c.wav")
    assert (tmp_path / "a.wav").read_bytes() != (tmp_path / "b.wav").read_bytes()
    # espeak varies a few samples from call to call, so "the same" means the same length, nearly
    assert seconds(tmp_path / "a.wav") == pytest.approx(seconds(tmp_path / "c.wav"), rel=0.05)


def test_calls_from_several_threads_use_both_workers(engine, tmp_path):
    texts = [f"{ARTICLE}第{n}条。" * 8 for n in range(8)]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda n: engine.synthesize(utt(texts[n]), tmp_path / f"{n}.wav"), range(8)))
    assert all(wav_seconds(tmp_path / f"{n}.wav") > 60 for n in range(8))
    assert len(engine.worker_pids) == 2


def test_prosody_maps_to_espeak_parameters(engine, tmp_path):
    assert espeak_parameters("+0%", "+0Hz", "+0%") == (175, 50, 100)
    assert espeak_parameters("+10%", "-5Hz", "-20%") == (193, 45, 80)
    assert espeak_parameters("+500%", "+90Hz", "+300%") == (450, 100, 200)  # clamped
    assert espeak_parameters("-10%", "+20%", "+0%") == (158, 60, 100)
    engine.synthesize(utt(ARTICLE), tmp_path / "normal.wav")
    engine.synthesize(utt(ARTICLE, rate="+50%"), tmp_path / "fast.wav")
    assert seconds(tmp_path / "fast.wav") < 0.8 * seconds(tmp_path / "normal.wav")


@pytest.mark.parametrize("voice", ["nosuch", "cmn+nosuch", "+f3"])
def test_an_unknown_voice_is_a_config_error_naming_it(engine, tmp_path, voice):
    with pytest.raises(ConfigError, match="nosuch|f3"):
        engine.synthesize(utt(SENTENCE, voice=voice), tmp_path / "x.wav")
    assert not (tmp_path / "x.wav").exists()


def test_language_tags_are_accepted_as_voice_names(engine, tmp_path):
    engine.synthesize(utt(SENTENCE, voice="zh"), tmp_path / "zh.wav")
    engine.synthesize(utt(SENTENCE, voice="zh-yue+m2"), tmp_path / "yue.wav")
    assert seconds(tmp_path / "zh.wav") > 1.0 and seconds(tmp_path / "yue.wav") > 1.0


def test_an_unwritable_output_is_an_output_error(engine, tmp_path):
    with pytest.raises(OutputError, match="no-such-folder"):
        engine.synthesize(utt(SENTENCE), tmp_path / "no-such-folder" / "x.wav")


def test_bad_prosody_is_a_config_error(engine, tmp_path):
    with pytest.raises(ConfigError, match="rate"):
        engine.synthesize(utt(SENTENCE, rate="fast"), tmp_path / "x.wav")


def test_variants_and_cantonese_speak(engine, tmp_path):
    engine.synthesize(utt(SENTENCE, voice="cmn+f3"), tmp_path / "f3.wav")
    engine.synthesize(utt(SENTENCE, voice="yue"), tmp_path / "yue.wav")
    engine.synthesize(utt(SENTENCE), tmp_path / "cmn.wav")
    assert len({(tmp_path / f"{n}.wav").read_bytes() for n in ("f3", "yue", "cmn")}) == 3


def test_voices_lists_mandarin_and_cantonese():
    voices = {v.name: v for v in EspeakEngine().voices()}
    assert voices["cmn"].locale == "zh-CN"
    assert voices["yue"].locale == "zh-HK"
    assert voices["cmn+f3"].gender == "Female"
    assert voices["yue+m2"].gender == "Male"


def test_close_then_reuse_restarts_the_pool(tmp_path):
    eng = EspeakEngine(workers=1)
    eng.synthesize(utt("你好"), tmp_path / "a.wav")
    eng.close()
    eng.synthesize(utt("再见"), tmp_path / "b.wav")
    eng.close()
    assert seconds(tmp_path / "b.wav") > 0.3


def test_a_crashed_worker_is_a_transient_error_and_the_pool_restarts(tmp_path):
    with EspeakEngine(workers=1) as eng:
        eng.synthesize(utt("你好"), tmp_path / "a.wav")
        os.kill(next(iter(eng.worker_pids)), signal.SIGKILL)
        time.sleep(0.3)  # the pool notices its dead worker
        with pytest.raises(TransientEngineError, match="died"):
            eng.synthesize(utt("再见"), tmp_path / "b.wav")
        eng.synthesize(utt("再见"), tmp_path / "b.wav")
    assert seconds(tmp_path / "b.wav") > 0.3


def test_espeak_clips_pass_the_synthesize_checks(engine, tmp_path):
    utts = [utt(f"第{n}段。{ARTICLE}", uid=f"p1-s01-u{n:03d}") for n in range(6)]
    result = synthesize(utts, engine, ClipCache(tmp_path / "cache"), tmp_path / "work")
    assert result.synthesized == 6 and result.retries == 0
    assert [c.utterance_id for c in result.clips] == [u.id for u in utts]
    assert all(c.engine == "espeak" and c.path.suffix == ".wav" for c in result.clips)


BUILD_SCRIPT = """
import signal, sys
from pathlib import Path
from audiopaper.cache import ClipCache
from audiopaper.engines.espeak import EspeakEngine
from audiopaper.model import Utterance, Voice
from audiopaper.synthesize import synthesize

def main():
    signal.signal(signal.SIGINT, signal.default_int_handler)  # a background shell ignores SIGINT
    root = Path(sys.argv[1])
    text = "今天上午，市政府召开新闻发布会，介绍了居民服务一卡通的新规定。" * 4
    utts = [Utterance(f"p1-s01-u{n:03d}", "p1-s01", "body", "", f"第{n}段。{text}", Voice("cmn")) for n in range(2000)]
    with EspeakEngine(workers=2) as engine:
        def progress(clip):
            print("pids", *sorted(engine.worker_pids), flush=True)
        try:
            synthesize(utts, engine, ClipCache(root / "cache"), root / "work", progress=progress)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
            sys.exit(130)

if __name__ == "__main__":
    main()
"""


def start_build(tmp_path: Path):
    import subprocess
    import sys

    script = tmp_path / "build.py"
    script.write_text(BUILD_SCRIPT, "utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path)], stdout=subprocess.PIPE, text=True)
    pids: set[int] = set()
    while len(pids) < 2:  # wait until both workers have served a clip
        line = proc.stdout.readline()
        assert line, "the build ended early"
        pids = {int(p) for p in line.split()[1:]}
    return proc, pids


def gone(pids: set[int], within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = set()
        for pid in pids:
            try:
                os.kill(pid, 0)
                alive.add(pid)
            except ProcessLookupError:
                pass
        if not alive:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_ctrl_c_stops_a_real_build_promptly_and_leaves_a_consistent_cache(tmp_path):
    proc, pids = start_build(tmp_path)
    proc.send_signal(signal.SIGINT)
    try:
        out, _ = proc.communicate(timeout=10)
    finally:
        proc.kill()  # never leave a runaway build behind a failed assertion
    assert proc.returncode == 130 and "interrupted" in out
    assert gone(pids)
    info = ClipCache(tmp_path / "cache").info()
    assert 1 <= info.entries < 2000 and info.broken == 0


@pytest.mark.slow
def test_workers_exit_when_the_build_is_killed(tmp_path):
    proc, pids = start_build(tmp_path)
    proc.kill()
    proc.communicate(timeout=10)
    assert gone(pids)  # no orphaned espeak processes
    assert ClipCache(tmp_path / "cache").info().entries >= 1  # and leftovers are not entries
