"""The edge engine, run with the real edge-tts client against the local fake Read Aloud service."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from audiopaper import ffmpeg
from audiopaper.engines.base import Engine
from audiopaper.engines.edge import ENDPOINT_ENV, EdgeEngine, snapshot_voices
from audiopaper.errors import (
    ConfigError,
    EngineError,
    EngineOutdatedError,
    EngineUnavailableError,
    TransientEngineError,
)
from audiopaper.fakes.readaloud import Faults, ReadAloudServer
from audiopaper.model import Utterance, Voice

pytestmark = pytest.mark.network

ANCHOR = Voice("zh-CN-YunyangNeural", rate="+10%", pitch="-5Hz")
TEXT = "国务院常务会议研究部署下一阶段工作。会议指出，要稳住经济大盘！"  # 29 speakable characters


def utterance(text: str = TEXT, voice: Voice = ANCHOR, uid: str = "p1-s01-u001") -> Utterance:
    return Utterance(uid, "p1-s01", "body", text, text, voice)


def seconds(path: Path) -> float:
    return ffmpeg.duration_of(ffmpeg.decode(path))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_engine_satisfies_the_protocol(readaloud):
    engine = EdgeEngine(readaloud)
    assert isinstance(engine, Engine)
    assert (engine.name, engine.suffix) == ("edge", ".mp3")


def test_clip_decodes_and_its_length_follows_the_text(tmp_path):
    with ReadAloudServer(seconds_per_char=0.05) as server:
        engine = EdgeEngine(server.url)
        short, long = tmp_path / "short.mp3", tmp_path / "long.mp3"
        engine.synthesize(utterance("今天天气很好。", Voice("zh-CN-XiaoxiaoNeural")), short)  # 6 characters
        engine.synthesize(utterance(TEXT * 4, Voice("zh-CN-XiaoxiaoNeural")), long)  # 116 characters
    assert seconds(short) == pytest.approx(6 * 0.05, abs=0.2)
    assert seconds(long) == pytest.approx(116 * 0.05, abs=0.2)
    assert not list(tmp_path.glob("*.part"))


def test_fake_receives_voice_prosody_and_text_with_xml_special_characters(readaloud_server, tmp_path):
    text = "《人民日报》评论：A<B & C>D，“新质生产力”'引号'。"
    EdgeEngine(readaloud_server.url).synthesize(utterance(text), tmp_path / "a.mp3")
    (request,) = readaloud_server.requests
    assert (request.voice, request.rate, request.pitch, request.volume) == (
        "zh-CN-YunyangNeural",
        "+10%",
        "-5Hz",
        "+0%",
    )
    assert request.text == text


def test_regional_voice_names_survive_edge_tts_rewriting(readaloud_server, tmp_path):
    out = tmp_path / "a.mp3"
    EdgeEngine(readaloud_server.url).synthesize(utterance("你好", Voice("zh-CN-liaoning-XiaobeiNeural")), out)
    assert readaloud_server.requests[0].voice == "zh-CN-liaoning-XiaobeiNeural"
    assert seconds(out) > 0


def test_endpoint_comes_from_argument_then_environment(monkeypatch, readaloud):
    monkeypatch.setenv(ENDPOINT_ENV, readaloud)
    assert EdgeEngine().endpoint == readaloud
    assert EdgeEngine("ws://127.0.0.1:9/x?a=1").endpoint == "ws://127.0.0.1:9/x?a=1"
    monkeypatch.delenv(ENDPOINT_ENV)
    assert EdgeEngine().endpoint.startswith("wss://speech.platform.bing.com/")


def test_endpoint_must_be_a_websocket_url():
    with pytest.raises(ConfigError, match="ws://"):
        EdgeEngine("http://127.0.0.1:9/")


def test_edge_tts_globals_are_restored_after_a_call(readaloud, tmp_path):
    import edge_tts.communicate
    from edge_tts import constants

    EdgeEngine(readaloud).synthesize(utterance("你好"), tmp_path / "a.mp3")
    assert edge_tts.communicate.WSS_URL == constants.WSS_URL


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        (Faults(throttle_first=1), TransientEngineError),
        (Faults(server_error_first=1), TransientEngineError),
        (Faults(server_error_first=1, server_error_status=500), TransientEngineError),
        (Faults(drop_first=1), TransientEngineError),
        (Faults(no_audio_first=1), TransientEngineError),
        (Faults(forbidden_rate=1.0), EngineOutdatedError),
    ],
    ids=["429", "503", "500", "dropped", "no-audio", "403"],
)
def test_service_faults_map_to_audiopaper_errors(faults, error, tmp_path):
    out = tmp_path / "a.mp3"
    with ReadAloudServer(seconds_per_char=0.02, faults=faults) as server:
        with pytest.raises(error) as info:
            EdgeEngine(server.url).synthesize(utterance(), out)
    assert type(info.value) is error
    assert "\n" not in str(info.value)
    assert not out.exists()
    assert not list(tmp_path.iterdir())  # no .part left behind


def test_403_asks_for_an_edge_tts_upgrade(tmp_path):
    with ReadAloudServer(faults=Faults(forbidden_rate=1.0)) as server:
        with pytest.raises(EngineOutdatedError, match=r"HTTP 403.*upgrade edge-tts"):
            EdgeEngine(server.url).synthesize(utterance(), tmp_path / "a.mp3")
        # edge-tts retries once after a 403 (it assumes clock skew), then gives up.
        assert [kind for _, kind in server.faults_served] == ["forbidden", "forbidden"]


def test_a_single_403_is_absorbed_by_edge_tts_clock_skew_retry(tmp_path):
    with ReadAloudServer(seconds_per_char=0.02, faults=Faults(forbidden_first=1)) as server:
        EdgeEngine(server.url).synthesize(utterance(), tmp_path / "a.mp3")
    assert seconds(tmp_path / "a.mp3") > 0


def test_the_next_request_after_a_fault_succeeds(tmp_path):
    with ReadAloudServer(seconds_per_char=0.02, faults=Faults(drop_first=1)) as server:
        engine = EdgeEngine(server.url)
        with pytest.raises(TransientEngineError):
            engine.synthesize(utterance(), tmp_path / "a.mp3")
        engine.synthesize(utterance(), tmp_path / "a.mp3")
    assert seconds(tmp_path / "a.mp3") > 0


def test_truncated_audio_decodes_but_is_visibly_short(tmp_path):
    full, cut = tmp_path / "full.mp3", tmp_path / "cut.mp3"
    with ReadAloudServer(
        seconds_per_char=0.05, faults=Faults(truncate_first=1, truncate_fraction=0.4)
    ) as server:
        engine = EdgeEngine(server.url)
        engine.synthesize(utterance(), cut)  # no error: the service ends the turn normally
        engine.synthesize(utterance(), full)
    assert seconds(full) == pytest.approx(29 * 0.05 / 1.1, abs=0.2)
    assert seconds(cut) < 0.6 * seconds(full)


def test_unknown_voice_gets_no_audio(readaloud, tmp_path):
    with pytest.raises(TransientEngineError, match="no audio"):
        EdgeEngine(readaloud).synthesize(utterance(voice=Voice("zh-CN-RetiredNeural")), tmp_path / "a.mp3")


@pytest.mark.parametrize(
    "voice",
    [
        Voice("cmn"),
        Voice(ANCHOR.name, rate="10%"),
        Voice(ANCHOR.name, pitch="+5%"),
        Voice(ANCHOR.name, volume="x"),
    ],
    ids=["espeak-voice", "rate", "pitch", "volume"],
)
def test_bad_voice_settings_are_config_errors(readaloud_server, voice, tmp_path):
    with pytest.raises(ConfigError):
        EdgeEngine(readaloud_server.url).synthesize(utterance(voice=voice), tmp_path / "a.mp3")
    assert readaloud_server.requests == []


def test_overlong_chunk_is_refused_as_an_upstream_bug(readaloud_server, tmp_path):
    with pytest.raises(EngineError, match="too long") as info:
        EdgeEngine(readaloud_server.url).synthesize(utterance("字" * 1_501), tmp_path / "a.mp3")
    assert type(info.value) is EngineError
    assert readaloud_server.requests == []


def test_silent_service_times_out(tmp_path):
    with ReadAloudServer(latency=5.0) as server:
        engine = EdgeEngine(server.url, connect_timeout=0.2, receive_timeout=0.3)
        started = time.monotonic()
        with pytest.raises(TransientEngineError, match="no answer"):
            engine.synthesize(utterance(), tmp_path / "a.mp3")
    assert time.monotonic() - started < 2.0


def test_service_going_silent_mid_audio_times_out(tmp_path):
    with ReadAloudServer(seconds_per_char=0.05, faults=Faults(stall_first=1)) as server:
        engine = EdgeEngine(server.url, receive_timeout=0.3)
        started = time.monotonic()
        with pytest.raises(TransientEngineError, match="no answer"):
            engine.synthesize(utterance(TEXT * 4), tmp_path / "a.mp3")
        assert time.monotonic() - started < 2.0
    assert not list(tmp_path.iterdir())


def test_long_chunk_without_spaces_goes_out_whole(tmp_path):
    # edge-tts means to cut at 4,096 UTF-8 bytes, but only finds a cut at a space or newline:
    # 1,400 CJK characters (4,200 bytes) go out as one request.  Hence the caller's pre-split.
    text = "字" * 1_400
    out = tmp_path / "a.mp3"
    with ReadAloudServer(seconds_per_char=0.02) as server:
        EdgeEngine(server.url).synthesize(utterance(text), out)
    assert [len(r.text) for r in server.requests] == [1_400]
    assert seconds(out) == pytest.approx(1_400 * 0.02 / 1.1, abs=0.3)


def test_synthesize_works_inside_a_running_event_loop(readaloud, tmp_path):
    import asyncio

    async def main() -> None:
        EdgeEngine(readaloud).synthesize(utterance("你好"), tmp_path / "a.mp3")

    asyncio.run(main())
    assert seconds(tmp_path / "a.mp3") > 0


def test_nothing_listening_is_unavailable_at_once(tmp_path):
    engine = EdgeEngine(f"ws://127.0.0.1:{closed_port()}/consumer/speech/synthesize/readaloud/edge/v1?x=1")
    started = time.monotonic()
    with pytest.raises(EngineUnavailableError, match="cannot reach"):
        engine.synthesize(utterance(), tmp_path / "a.mp3")
    assert time.monotonic() - started < 1.0
    assert not list(tmp_path.iterdir())


def test_eight_threads_at_once_all_succeed(tmp_path):
    with ReadAloudServer(seconds_per_char=0.02, latency=0.05) as server:
        engine = EdgeEngine(server.url)
        errors: list[BaseException] = []

        def work(i: int) -> None:
            try:
                engine.synthesize(utterance(f"第{i}条新闻。" + TEXT, uid=f"u{i}"), tmp_path / f"{i}.mp3")
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert errors == []
    assert len(server.requests) == 8
    assert all(seconds(tmp_path / f"{i}.mp3") > 0.5 for i in range(8))


def test_calls_to_two_endpoints_at_once_each_reach_their_own(tmp_path):
    with ReadAloudServer(latency=0.3) as slow, ReadAloudServer() as fast:
        thread = threading.Thread(
            target=EdgeEngine(slow.url).synthesize, args=(utterance("慢"), tmp_path / "slow.mp3")
        )
        thread.start()
        deadline = time.monotonic() + 5
        while not slow.requests and time.monotonic() < deadline:
            time.sleep(0.01)
        EdgeEngine(fast.url).synthesize(utterance("快"), tmp_path / "fast.mp3")  # waits for the slow one
        thread.join(5)
    assert [r.text for r in slow.requests] == ["慢"]
    assert [r.text for r in fast.requests] == ["快"]


def test_voices_come_from_the_service_list():
    extra = {"Name": "x", "ShortName": "zh-CN-NewsAnchorNeural", "Gender": "Male", "Locale": "zh-CN"}
    from audiopaper.engines.edge import snapshot_entries
    from audiopaper.fakes.readaloud import EXTRA_VOICES

    with ReadAloudServer(voices=[*snapshot_entries(), *EXTRA_VOICES, extra]) as server:
        names = {v.name for v in EdgeEngine(server.url).voices()}
    assert {
        "zh-CN-NewsAnchorNeural",
        "zh-CN-YunyangNeural",
        "zh-TW-HsiaoChenNeural",
        "zh-HK-HiuMaanNeural",
    } <= names
    assert "zh-CN-shaanxi-XiaoniNeural" in names
    assert not any(name.startswith(("en-", "yue-", "wuu-")) for name in names)


def test_voices_fall_back_to_the_snapshot_when_the_service_is_down():
    started = time.monotonic()
    voices = EdgeEngine(
        f"ws://127.0.0.1:{closed_port()}/consumer/speech/synthesize/readaloud/edge/v1"
    ).voices()
    assert time.monotonic() - started < 1.0
    assert voices == snapshot_voices()
    yunyang = next(v for v in voices if v.name == "zh-CN-YunyangNeural")
    assert (yunyang.locale, yunyang.gender) == ("zh-CN", "Male")
    assert "News" in yunyang.description


def test_snapshot_has_the_mandarin_voices_we_name():
    names = {v.name for v in snapshot_voices()}
    assert {
        "zh-CN-YunyangNeural",
        "zh-CN-XiaoxiaoNeural",
        "zh-CN-YunxiNeural",
        "zh-CN-YunjianNeural",
        "zh-CN-XiaoyiNeural",
        "zh-CN-YunxiaNeural",
        "zh-CN-liaoning-XiaobeiNeural",
        "zh-CN-shaanxi-XiaoniNeural",
        "zh-TW-HsiaoChenNeural",
        "zh-TW-YunJheNeural",
        "zh-TW-HsiaoYuNeural",
        "zh-HK-HiuMaanNeural",
        "zh-HK-WanLungNeural",
        "zh-HK-HiuGaaiNeural",
    } <= names
    assert {v.locale for v in snapshot_voices()} == {
        "zh-CN",
        "zh-CN-liaoning",
        "zh-CN-shaanxi",
        "zh-TW",
        "zh-HK",
    }


def test_available_against_the_fake(readaloud):
    assert EdgeEngine(readaloud).available() is True
    assert EdgeEngine(readaloud).probe() is None


def test_unavailable_quickly_when_nothing_listens():
    engine = EdgeEngine(f"ws://127.0.0.1:{closed_port()}/consumer/speech/synthesize/readaloud/edge/v1")
    started = time.monotonic()
    assert engine.available() is False
    assert time.monotonic() - started < 1.0
    assert "connection refused" in (engine.probe() or "")


def test_available_is_bounded_by_its_timeout():
    with ReadAloudServer(latency=5.0) as server:
        started = time.monotonic()
        assert EdgeEngine(server.url).available(timeout=0.5) is False
        assert time.monotonic() - started < 1.5


def test_available_is_false_when_the_client_is_outdated():
    with ReadAloudServer(faults=Faults(forbidden_rate=1.0)) as server:
        engine = EdgeEngine(server.url)
        assert engine.available() is False
        assert "upgrade edge-tts" in (engine.probe() or "")
