"""A local stand-in for Microsoft's Read Aloud service, spoken to by the real edge-tts client.

It serves the websocket endpoint edge-tts synthesizes through and the voice-list endpoint,
on 127.0.0.1, so the edge engine's wire code -- URLs, frames, error mapping -- runs for real
in tests without the internet.  Audio is real MP3 (24 kHz, 48 kbps, mono, as the service
sends): a tone whose pitch depends on the voice, whose length follows the text, encoded
once per (voice, prosody, text) by the bundled ffmpeg.  ``Faults`` injects the failures seen
in the field (429, 403, 5xx, dropped connections, no audio, partial audio) by rate or for
the first N requests, so tests stay deterministic.

Wire format (what edge-tts 7.x parses, see ``edge_tts/communicate.py``)::

    client  text  "X-Timestamp:..\\r\\nContent-Type:..\\r\\nPath:speech.config\\r\\n\\r\\n{json}"
    client  text  "X-RequestId:ID\\r\\n..Path:ssml\\r\\n\\r\\n<speak>..</speak>"
    server  text  "X-RequestId:ID\\r\\nContent-Type:application/json; charset=utf-8\\r\\nPath:turn.start\\r\\n\\r\\n{json}"
    server  text  .. Path:response ..;  .. Path:audio.metadata .. {"Metadata": [..]}
    server  binary  2-byte big-endian length + "X-RequestId:ID\\r\\nContent-Type:audio/mpeg\\r\\n
                    X-StreamId:..\\r\\nPath:audio\\r\\n" + MP3 bytes
    server  binary  the same headers without Content-Type and no data (end of audio)
    server  text  .. Path:turn.end ..

Run ``python -m audiopaper.fakes.readaloud --help`` for a standalone server.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import collections.abc
import contextlib
import json
import random
import signal
import threading
import uuid
from dataclasses import dataclass, fields
from typing import Any
from xml.sax.saxutils import escape

from .wire import (
    SAMPLE_RATE,
    TICKS_PER_SECOND,
    SpeechRequest,
    _audio_frame,
    _boundaries,
    _mp3_frame_offsets,
    _Renderer,
    _speakable,
    _text_frame,
    parse_ssml,
)

WS_PATH = "/consumer/speech/synthesize/readaloud/edge/v1"
VOICES_PATH = "/consumer/speech/synthesize/readaloud/voices/list"
TRUSTED_CLIENT_TOKEN = "6A5AA1D4EAFF4E9FB37E23D68491D6F4"  # edge-tts' public client token

HTTP_FAULTS = ("throttle", "forbidden", "server_error")
STREAM_FAULTS = ("drop", "stall", "no_audio", "truncate")
FAULT_KINDS = HTTP_FAULTS + STREAM_FAULTS
# What ``failure_rate`` draws from: everything a retry may cure (403 is not one of them).
TRANSIENT_FAULTS = ("throttle", "server_error", "drop", "stall", "no_audio", "truncate")

FRAMES_PER_MESSAGE = 8  # MP3 frames per binary message (8 x 24 ms)
RECEIVE_LIMIT_S = 30.0  # how long the server waits for a client frame before hanging up


def _voice_entry(short_name: str, gender: str, friendly: str, categories: str, personalities: str) -> dict:
    """One voice-list entry in the service's format (short names without a region suffix)."""
    locale, name = short_name.rsplit("-", 1)
    return {
        "Name": f"Microsoft Server Speech Text to Speech Voice ({locale}, {name})",
        "ShortName": short_name,
        "Gender": gender,
        "Locale": locale,
        "SuggestedCodec": "audio-24khz-48kbitrate-mono-mp3",
        "FriendlyName": f"Microsoft {friendly}",
        "Status": "GA",
        "VoiceTag": {
            "ContentCategories": categories.split(","),
            "VoicePersonalities": personalities.split(","),
        },
    }


# Voices the full service list has besides Mandarin ones, so that filtering is exercised.
EXTRA_VOICES: tuple[dict[str, Any], ...] = (
    _voice_entry(
        "en-US-EmmaMultilingualNeural", "Female", "Emma Online (Natural) - English (United States)",
        "Conversation,Copilot", "Cheerful,Clear,Conversational",
    ),
    _voice_entry(
        "yue-CN-XiaoMinNeural", "Female", "XiaoMin Online (Natural) - Chinese (Cantonese, Simplified)",
        "General", "Friendly,Positive",
    ),
    _voice_entry(
        "wuu-CN-XiaotongNeural", "Female", "Xiaotong Online (Natural) - Chinese (Wu, Simplified)",
        "General", "Friendly,Positive",
    ),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Faults:
    """Which requests fail and how; every kind can be a rate and/or the first N requests.

    A request is one websocket connection (edge-tts opens one per text chunk, and once more
    after a 403).  Rates draw from ``random.Random(seed)`` in arrival order, so a run is
    reproducible.  ``failure_rate`` fails that share of requests with a transient kind.
    """

    failure_rate: float = 0.0
    seed: int = 0
    throttle_rate: float = 0.0  # HTTP 429 at the handshake
    throttle_first: int = 0
    forbidden_rate: float = 0.0  # HTTP 403 at the handshake ("token rules changed"); 1.0 = always
    forbidden_first: int = 0
    server_error_rate: float = 0.0  # HTTP ``server_error_status`` at the handshake
    server_error_first: int = 0
    server_error_status: int = 503
    drop_rate: float = 0.0  # connection cut mid-audio, without a close frame or turn.end
    drop_first: int = 0
    stall_rate: float = 0.0  # half the audio, then silence until the client gives up
    stall_first: int = 0
    no_audio_rate: float = 0.0  # turn.start, turn.end and no audio at all
    no_audio_first: int = 0
    truncate_rate: float = 0.0  # only ``truncate_fraction`` of the audio, then a normal turn.end
    truncate_first: int = 0
    truncate_fraction: float = 0.4

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("_rate") and not 0.0 <= value <= 1.0:
                raise ValueError(f"{f.name} must be between 0 and 1, not {value}")
            if f.name.endswith("_first") and value < 0:
                raise ValueError(f"{f.name} must not be negative, not {value}")
        if not 500 <= self.server_error_status <= 599:
            raise ValueError(f"server_error_status must be 5xx, not {self.server_error_status}")
        if not 0.0 <= self.truncate_fraction < 1.0:
            raise ValueError(f"truncate_fraction must be in [0, 1), not {self.truncate_fraction}")

    def picker(self) -> collections.abc.Callable[[int], str | None]:
        """A function from request index to the fault to serve (or None), deterministic."""
        rng = random.Random(self.seed)

        def pick(index: int) -> str | None:
            # Draw the same number of values for every request so the sequence never shifts.
            draws = [rng.random() for _ in FAULT_KINDS]
            generic, which = rng.random(), rng.randrange(len(TRANSIENT_FAULTS))
            for kind in FAULT_KINDS:
                if index < getattr(self, f"{kind}_first"):
                    return kind
            for kind, draw in zip(FAULT_KINDS, draws, strict=True):
                if draw < getattr(self, f"{kind}_rate"):
                    return kind
            if generic < self.failure_rate:
                return TRANSIENT_FAULTS[which]
            return None

        return pick


class ReadAloudServer:
    """The fake service on its own thread and event loop; ``start()`` returns once listening.

    ``url`` is what edge-tts uses as ``WSS_URL`` (it appends ``&ConnectionId=..&Sec-MS-GEC=..``),
    ``voices_url`` serves the voice list, ``requests`` records each synthesis request.
    ``latency`` delays every answer after the SSML arrives; ``voices`` replaces the voice list.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        latency: float = 0.0,
        seconds_per_char: float = 0.2,
        faults: Faults | None = None,
        voices: list[dict[str, Any]] | None = None,
    ):
        self.host = host
        self.port = port
        self.latency = latency
        self.faults = faults or Faults()
        self.requests: list[SpeechRequest] = []
        self.faults_served: list[tuple[int, str]] = []  # (request index, fault kind)
        self.handshakes = 0
        self._renderer = _Renderer(seconds_per_char)
        self._pick = self.faults.picker()
        if voices is None:
            from ..engines.edge import snapshot_entries

            voices = [*snapshot_entries(), *EXTRA_VOICES]
        self._voices = voices
        self._known = {v["ShortName"] for v in voices}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._tasks: set[asyncio.Task] = set()

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}{WS_PATH}?TrustedClientToken={TRUSTED_CLIENT_TOKEN}"

    @property
    def voices_url(self) -> str:
        return f"http://{self.host}:{self.port}{VOICES_PATH}?trustedclienttoken={TRUSTED_CLIENT_TOKEN}"

    def start(self) -> ReadAloudServer:
        if self._thread is not None:
            raise RuntimeError("server already started")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="readaloud-fake", daemon=True)
        self._thread.start()
        if not self._ready.wait(10) or self._startup_error is not None:
            self.stop()
            raise RuntimeError(f"fake Read Aloud server did not start: {self._startup_error}")
        return self

    def stop(self) -> None:
        """Stop serving: cancel open requests, close the socket, join the thread (bounded)."""
        if self._thread is None or self._loop is None:
            return
        with contextlib.suppress(RuntimeError):  # loop already closed
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._thread = None

    def __enter__(self) -> ReadAloudServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        from aiohttp import web

        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        app = web.Application()
        app.router.add_get(WS_PATH, self._synthesize)
        app.router.add_get(VOICES_PATH, self._voice_list)
        runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self.host, self.port)
            loop.run_until_complete(site.start())
            self.port = site.port
        except BaseException as exc:  # reported by start()
            self._startup_error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            for task in list(self._tasks):
                task.cancel()
            loop.run_until_complete(asyncio.gather(*self._tasks, return_exceptions=True))
            loop.run_until_complete(runner.cleanup())
            loop.close()

    # -- handlers ----------------------------------------------------------------------------

    async def _voice_list(self, request):
        from aiohttp import web

        if self.latency:
            await asyncio.sleep(self.latency)
        return web.json_response(self._voices)

    async def _synthesize(self, request):
        from aiohttp import web

        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            index = self.handshakes
            self.handshakes += 1
            fault = self._pick(index)
            if fault:
                self.faults_served.append((index, fault))
            if fault in HTTP_FAULTS:
                status = {"throttle": 429, "forbidden": 403}.get(fault, self.faults.server_error_status)
                return web.Response(status=status, text=f"fake Read Aloud: {fault}")
            ws = web.WebSocketResponse(max_msg_size=16 * 1024 * 1024)
            if not ws.can_prepare(request).ok:
                return web.Response(status=400, text="websocket upgrade expected")
            await ws.prepare(request)
            try:
                await self._converse(ws, request, fault)
            finally:
                await ws.close()
            return ws
        finally:
            self._tasks.discard(task)

    async def _converse(self, ws, request, fault: str | None) -> None:
        """Read speech.config and ssml, then answer as the service does (or as ``fault`` says)."""
        from aiohttp import WSMsgType

        words, ssml, request_id = False, None, uuid.uuid4().hex
        while ssml is None:
            msg = await ws.receive(timeout=RECEIVE_LIMIT_S)
            if msg.type != WSMsgType.TEXT:
                return
            head, _, body = msg.data.partition("\r\n\r\n")
            headers = dict(line.split(":", 1) for line in head.split("\r\n") if ":" in line)
            if headers.get("Path") == "speech.config":
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    options = json.loads(body)["context"]["synthesis"]["audio"]["metadataoptions"]
                    words = options.get("wordBoundaryEnabled") == "true"
            elif headers.get("Path") == "ssml":
                ssml, request_id = body, headers.get("X-RequestId", request_id)
        try:
            req = parse_ssml(ssml)
        except ValueError:
            return  # the service hangs up on SSML it cannot read; edge-tts sees no audio
        self.requests.append(SpeechRequest(req.voice, req.text, req.rate, req.pitch, req.volume, fault))
        if self.latency:
            await asyncio.sleep(self.latency)
        context = {"context": {"serviceTag": uuid.uuid4().hex}}
        await ws.send_str(_text_frame(request_id, "turn.start", context))
        speakable = any(_speakable(ch) for ch in req.text)
        if fault == "no_audio" or req.voice not in self._known or not speakable:
            await ws.send_str(_text_frame(request_id, "turn.end", context))
            return
        stream_id = uuid.uuid4().hex.upper()
        await ws.send_str(
            _text_frame(
                request_id, "response", {**context, "audio": {"type": "inline", "streamId": stream_id}}
            )
        )
        audio = await asyncio.get_running_loop().run_in_executor(None, self._renderer.render, req)
        await self._send_audio(ws, request, req, audio, request_id, stream_id, words, fault)
        if fault == "drop":
            return
        if fault == "stall":
            with contextlib.suppress(asyncio.TimeoutError):
                await ws.receive(timeout=RECEIVE_LIMIT_S)  # returns when the client hangs up
            return
        await ws.send_bytes(_audio_frame(request_id, stream_id, b""))
        await ws.send_str(_text_frame(request_id, "turn.end", context))
        with contextlib.suppress(asyncio.TimeoutError):
            await ws.receive(timeout=5)  # the client's close frame

    async def _send_audio(self, ws, request, req, audio, request_id, stream_id, words, fault) -> None:
        offsets = _mp3_frame_offsets(audio) or list(range(0, len(audio), 144))
        offsets.append(len(audio))
        cut = len(offsets) - 1
        if fault in ("drop", "stall", "truncate"):
            cut = max(1, int(cut * (self.faults.truncate_fraction if fault == "truncate" else 0.5)))
        seconds = self._renderer.seconds(req)
        marks = _boundaries(req, seconds, words)
        frame_s = 576 / SAMPLE_RATE
        for first in range(0, cut, FRAMES_PER_MESSAGE):
            last = min(first + FRAMES_PER_MESSAGE, cut)
            while marks and marks[0][0] <= last * frame_s * TICKS_PER_SECOND:
                offset, duration, text = marks.pop(0)
                kind = "WordBoundary" if words else "SentenceBoundary"
                data = {
                    "Offset": offset,
                    "Duration": duration,
                    "text": {"Text": escape(text), "Length": len(text), "BoundaryType": kind},
                }
                await ws.send_str(
                    _text_frame(request_id, "audio.metadata", {"Metadata": [{"Type": kind, "Data": data}]})
                )
            await ws.send_bytes(_audio_frame(request_id, stream_id, audio[offsets[first] : offsets[last]]))
        if fault == "drop" and request.transport is not None:
            request.transport.abort()  # no close frame, no turn.end: a cut connection


def main(argv: list[str] | None = None) -> int:
    """Serve the fake until Ctrl-C (or SIGTERM), printing the URLs to use."""
    parser = argparse.ArgumentParser(
        prog="python -m audiopaper.fakes.readaloud",
        description="Fake Microsoft Read Aloud service for edge-tts (local, deterministic, with fault injection).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--seconds-per-char", type=float, default=0.2, help="audio length per character")
    parser.add_argument(
        "--failure-rate", type=float, default=0.0, help="share of requests failing transiently"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for every rate")
    for kind in FAULT_KINDS:
        flag = kind.replace("_", "-")
        parser.add_argument(f"--{flag}-rate", type=float, default=0.0, help=f"share of requests with {kind}")
        parser.add_argument(f"--{flag}-first", type=int, default=0, help=f"first N requests get {kind}")
    parser.add_argument("--server-error-status", type=int, default=503)
    parser.add_argument("--truncate-fraction", type=float, default=0.4)
    args = parser.parse_args(argv)
    options = {f.name: getattr(args, f.name) for f in fields(Faults)}
    try:
        faults = Faults(**options)
    except ValueError as exc:
        parser.error(str(exc))
    server = ReadAloudServer(
        args.host, args.port, latency=args.latency, seconds_per_char=args.seconds_per_char, faults=faults
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server.start()
    print(f"AUDIOPAPER_EDGE_ENDPOINT={server.url}", flush=True)
    print(f"voices: {server.voices_url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
