"""The fake Read Aloud service itself: fault plans, SSML parsing, endpoints and its command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from audiopaper import ffmpeg
from audiopaper.engines.edge import EdgeEngine
from audiopaper.errors import EngineError, TransientEngineError
from audiopaper.fakes.readaloud import (
    TRANSIENT_FAULTS,
    Faults,
    ReadAloudServer,
    _mp3_frame_offsets,
    parse_ssml,
)
from audiopaper.model import Utterance, Voice


def utterance(text: str, voice: str = "zh-CN-XiaoxiaoNeural") -> Utterance:
    return Utterance("u1", None, "body", text, text, Voice(voice))


def plan(faults: Faults, n: int) -> list[str | None]:
    pick = faults.picker()
    return [pick(i) for i in range(n)]


# -- fault plans ------------------------------------------------------------------------------


def test_first_n_requests_fail_then_the_service_recovers():
    assert plan(Faults(throttle_first=2), 4) == ["throttle", "throttle", None, None]
    assert plan(Faults(no_audio_first=1, truncate_first=3), 4) == ["no_audio", "truncate", "truncate", None]


def test_rates_are_reproducible_for_a_seed():
    faults = Faults(failure_rate=0.3, seed=7)
    first = plan(faults, 500)
    assert first == plan(faults, 500)
    assert first != plan(Faults(failure_rate=0.3, seed=8), 500)
    share = sum(kind is not None for kind in first) / len(first)
    assert 0.2 < share < 0.4


def test_failure_rate_draws_only_retryable_faults():
    kinds = set(plan(Faults(failure_rate=1.0), 300))
    assert kinds == set(TRANSIENT_FAULTS)
    assert "forbidden" not in kinds


def test_a_rate_of_one_is_persistent():
    assert set(plan(Faults(forbidden_rate=1.0), 50)) == {"forbidden"}


@pytest.mark.parametrize(
    "options",
    [{"drop_rate": 1.5}, {"failure_rate": -0.1}, {"throttle_first": -1}, {"server_error_status": 404}],
)
def test_nonsense_fault_settings_are_refused(options):
    with pytest.raises(ValueError):
        Faults(**options)


# -- wire format ------------------------------------------------------------------------------


def test_ssml_from_edge_tts_parses_back():
    from xml.sax.saxutils import escape

    from edge_tts.communicate import mkssml
    from edge_tts.data_classes import TTSConfig

    config = TTSConfig("zh-CN-shaanxi-XiaoniNeural", "-10%", "+5%", "+2Hz", "SentenceBoundary")
    request = parse_ssml(mkssml(config, escape("甲<乙> & 丙")))
    assert (request.voice, request.rate, request.volume, request.pitch) == (
        "zh-CN-shaanxi-XiaoniNeural",
        "-10%",
        "+5%",
        "+2Hz",
    )
    assert request.text == "甲<乙> & 丙"


def test_wire_frames_match_what_edge_tts_parses(readaloud_server):
    """One raw exchange: word boundaries in 100 ns ticks, binary audio headers, turn order."""
    import asyncio

    import aiohttp

    ssml = (
        "<speak version='1.0' xmlns='http://www.w3.org/2001/10/synthesis' xml:lang='en-US'>"
        "<voice name='Microsoft Server Speech Text to Speech Voice (zh-CN, YunyangNeural)'>"
        "<prosody pitch='+0Hz' rate='+0%' volume='+0%'>新闻&amp;联播</prosody></voice></speak>"
    )
    config = '{"context":{"synthesis":{"audio":{"metadataoptions":{"wordBoundaryEnabled":"true"}}}}}'

    async def exchange() -> list:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(readaloud_server.url + "&ConnectionId=1&Sec-MS-GEC=2") as ws:
                await ws.send_str(f"Content-Type:application/json\r\nPath:speech.config\r\n\r\n{config}")
                await ws.send_str(
                    f"X-RequestId:abc\r\nContent-Type:application/ssml+xml\r\nPath:ssml\r\n\r\n{ssml}"
                )
                messages = []
                async for msg in ws:  # like edge-tts, stop at turn.end; the service keeps the socket
                    messages.append(msg)
                    if msg.type == aiohttp.WSMsgType.TEXT and "Path:turn.end" in msg.data:
                        break
                return messages

    messages = asyncio.run(asyncio.wait_for(exchange(), 10))
    texts = [m.data for m in messages if m.type == aiohttp.WSMsgType.TEXT]
    paths = [t.split("Path:", 1)[1].split("\r\n", 1)[0] for t in texts]
    assert paths[:2] == ["turn.start", "response"] and paths[-1] == "turn.end"
    assert all(t.startswith("X-RequestId:abc\r\n") for t in texts)
    words = [
        json.loads(t.split("\r\n\r\n", 1)[1])["Metadata"][0] for t in texts if "Path:audio.metadata" in t
    ]
    assert [w["Data"]["text"]["Text"] for w in words] == list("新闻联播")
    assert all(w["Type"] == "WordBoundary" for w in words)
    offsets = [w["Data"]["Offset"] for w in words]
    assert offsets == sorted(offsets) and offsets[-1] == pytest.approx(3 * 0.2 * 10_000_000, rel=0.01)
    binary = [m.data for m in messages if m.type == aiohttp.WSMsgType.BINARY]
    length = int.from_bytes(binary[0][:2], "big")
    headers = binary[0][2 : 2 + length].decode().split("\r\n")
    assert headers[0].startswith("X-RequestId:") and "Path:audio" in headers[1:]
    assert "Content-Type:audio/mpeg" in headers
    assert binary[0][2 + length : 2 + length + 2] == b"\xff\xf3"  # an MP3 frame starts the data
    assert "Content-Type:audio/mpeg" not in binary[-1].decode()  # the empty end-of-audio message


def test_malformed_ssml_is_a_value_error():
    with pytest.raises(ValueError):
        parse_ssml("<speak><voice name='x'>")


def test_audio_is_24khz_mono_48kbps_mp3_and_deterministic(readaloud_server, tmp_path):
    engine = EdgeEngine(readaloud_server.url)
    paths = [tmp_path / f"{i}.mp3" for i in range(3)]
    engine.synthesize(utterance("新华社北京电。" * 10), paths[0])
    engine.synthesize(utterance("新华社北京电。" * 10), paths[1])
    engine.synthesize(utterance("新华社北京电。" * 10, "zh-CN-YunyangNeural"), paths[2])
    data = paths[0].read_bytes()
    assert data == paths[1].read_bytes()
    assert data != paths[2].read_bytes()
    header = int.from_bytes(data[:4], "big")
    assert header >> 21 == 0x7FF  # frame sync
    assert (header >> 19) & 3 == 2  # MPEG-2
    assert (header >> 12) & 0xF == 6  # 48 kbps
    assert (header >> 10) & 3 == 1  # 24,000 Hz
    assert (header >> 6) & 3 == 3  # mono
    assert len(_mp3_frame_offsets(data)) * 144 == len(data)  # frames all the way through


def test_volume_and_rate_change_the_audio(readaloud_server, tmp_path):
    engine = EdgeEngine(readaloud_server.url)
    normal, fast = tmp_path / "n.mp3", tmp_path / "f.mp3"
    engine.synthesize(utterance("字" * 100), normal)
    engine.synthesize(
        Utterance("u", None, "body", "字" * 100, "字" * 100, Voice("zh-CN-XiaoxiaoNeural", rate="+100%")),
        fast,
    )
    ratio = ffmpeg.duration_of(ffmpeg.decode(fast)) / ffmpeg.duration_of(ffmpeg.decode(normal))
    assert ratio == pytest.approx(0.5, abs=0.1)


def test_punctuation_only_text_gets_no_audio(readaloud, tmp_path):
    with pytest.raises(TransientEngineError, match="no audio"):
        EdgeEngine(readaloud).synthesize(utterance("……——！"), tmp_path / "a.mp3")


def test_voice_list_endpoint_serves_the_service_format(readaloud_server):
    with urllib.request.urlopen(readaloud_server.voices_url + "&Sec-MS-GEC=x", timeout=5) as response:
        voices = json.loads(response.read())
    yunyang = next(v for v in voices if v["ShortName"] == "zh-CN-YunyangNeural")
    assert yunyang["Name"] == "Microsoft Server Speech Text to Speech Voice (zh-CN, YunyangNeural)"
    assert yunyang["SuggestedCodec"] == "audio-24khz-48kbitrate-mono-mp3"
    assert any(v["Locale"] == "en-US" for v in voices)  # the real list is not Mandarin only


def test_plain_http_on_the_websocket_path_is_a_bad_request(readaloud_server):
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(readaloud_server.url.replace("ws://", "http://", 1), timeout=5)
    info.value.close()
    assert info.value.code == 400


def test_urls_name_the_bound_port():
    server = ReadAloudServer()
    with server:
        assert server.port != 0
        assert server.url.startswith(
            f"ws://127.0.0.1:{server.port}/consumer/speech/synthesize/readaloud/edge/v1?"
        )
        assert server.voices_url.startswith(
            f"http://127.0.0.1:{server.port}/consumer/speech/synthesize/readaloud/"
        )


def test_stop_is_bounded_with_requests_in_flight(tmp_path):
    server = ReadAloudServer(latency=30.0).start()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            EdgeEngine(server.url).synthesize(utterance("你好"), tmp_path / "a.mp3")
        except BaseException as exc:  # checked below
            errors.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    deadline = time.monotonic() + 5
    while not server.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    server.stop()
    thread.join(5)
    assert time.monotonic() - started < 3.0
    assert not thread.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], EngineError)


# -- command line -----------------------------------------------------------------------------


def run_module(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audiopaper.fakes.readaloud", *args],
        capture_output=True,
        text=True,
        timeout=30,
        **kwargs,
    )


def test_cli_help():
    proc = run_module("--port", "0", "--help")
    assert proc.returncode == 0
    assert proc.stderr == ""
    for flag in (
        "--latency",
        "--failure-rate",
        "--seed",
        "--forbidden-rate",
        "--drop-first",
        "--truncate-first",
    ):
        assert flag in proc.stdout


def test_cli_refuses_nonsense_fault_values():
    proc = run_module("--drop-rate", "2")
    assert proc.returncode == 2
    assert "drop_rate" in proc.stderr


@pytest.mark.network
def test_cli_serves_until_ctrl_c(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "audiopaper.fakes.readaloud", "--port", "0", "--seconds-per-char", "0.02"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("AUDIOPAPER_EDGE_ENDPOINT=ws://127.0.0.1:")
        url = line.split("=", 1)[1]
        out = tmp_path / "a.mp3"
        EdgeEngine(url).synthesize(utterance("人民日报评论员文章。"), out)
        assert ffmpeg.duration_of(ffmpeg.decode(Path(out))) > 0.1
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert "Traceback" not in stderr
