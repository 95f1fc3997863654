"""Microsoft's Read Aloud voices through edge-tts: the online engine.

edge-tts is asyncio code that reads its service URLs from module globals; this engine hides
both.  ``synthesize`` is a plain blocking call, safe from many worker threads at once (each
runs its own short-lived event loop), and every edge-tts or aiohttp failure is mapped to
``audiopaper.errors`` in one place, ``_engine_error``, so the synthesize stage can tell
"retry" (TransientEngineError) from "give up" (EngineUnavailableError, EngineOutdatedError).

The endpoint is configurable (argument, else ``AUDIOPAPER_EDGE_ENDPOINT``) so that tests run
the real edge-tts client against ``audiopaper.fakes.readaloud`` on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import json
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Coroutine, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from ..errors import (
    ConfigError,
    EngineError,
    EngineOutdatedError,
    EngineUnavailableError,
    OutputError,
    TransientEngineError,
)
from ..model import Utterance, Voice
from .base import VoiceInfo

ENDPOINT_ENV = "AUDIOPAPER_EDGE_ENDPOINT"
TRUSTED_CLIENT_TOKEN = "6A5AA1D4EAFF4E9FB37E23D68491D6F4"  # the public token edge-tts sends
MAX_CHARS = 1_500  # the caller splits at ~1,000; more means a bug upstream
PROBE_TEXT = "测试"
PROBE_VOICE = "zh-CN-XiaoxiaoNeural"
MANDARIN_LOCALES = ("zh-CN", "zh-TW", "zh-HK")

log = logging.getLogger(__name__)
T = TypeVar("T")


# -- voice list -------------------------------------------------------------------------------


@functools.cache
def _snapshot_text() -> str:
    return resources.files("audiopaper").joinpath("data/edge_voices.json").read_text("utf-8")


def snapshot_entries() -> list[dict[str, Any]]:
    """The bundled voice-list snapshot, in the service's JSON format (fresh copies)."""
    return json.loads(_snapshot_text())


def snapshot_voices() -> list[VoiceInfo]:
    """Mandarin voices from the bundled snapshot: what ``voices()`` offers offline."""
    return _mandarin(snapshot_entries())


def _is_mandarin(locale: str) -> bool:
    return locale in MANDARIN_LOCALES or locale.startswith("zh-CN-")


def _mandarin(entries: list[dict[str, Any]]) -> list[VoiceInfo]:
    voices = []
    for entry in entries:
        locale = str(entry.get("Locale", ""))
        if not _is_mandarin(locale) or "ShortName" not in entry:
            continue
        tag = entry.get("VoiceTag") or {}
        categories = ", ".join(c.strip() for c in tag.get("ContentCategories", []) if c.strip())
        personalities = ", ".join(p.strip() for p in tag.get("VoicePersonalities", []) if p.strip())
        description = "; ".join(part for part in (categories, personalities) if part)
        voices.append(VoiceInfo(entry["ShortName"], locale, str(entry.get("Gender", "")), description))
    return sorted(voices, key=lambda v: (v.locale, v.name))


# -- endpoint ---------------------------------------------------------------------------------


def _default_endpoint() -> str:
    from edge_tts import constants

    return constants.WSS_URL


def _normalize_endpoint(endpoint: str) -> str:
    """Check the scheme and make sure a query exists: edge-tts appends ``&ConnectionId=...``."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("ws", "wss") or not parts.netloc:
        raise ConfigError(f"edge endpoint must be a ws:// or wss:// URL, not {endpoint!r}")
    query = parts.query or f"TrustedClientToken={TRUSTED_CLIENT_TOKEN}"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def voices_url_for(endpoint: str) -> str:
    """The voice-list URL on the same host: ``.../edge/v1`` becomes ``.../voices/list``."""
    parts = urlsplit(endpoint)
    path = parts.path
    if path.endswith("/edge/v1"):
        path = path[: -len("/edge/v1")] + "/voices/list"
    else:
        path = "/consumer/speech/synthesize/readaloud/voices/list"
    scheme = "https" if parts.scheme == "wss" else "http"
    return urlunsplit((scheme, parts.netloc, path, f"trustedclienttoken={TRUSTED_CLIENT_TOKEN}", ""))


_endpoint_lock = threading.Condition()
_endpoint_in_use: tuple[str, str] | None = None
_endpoint_users = 0


@contextlib.contextmanager
def _pointed_at(wss_url: str, voices_url: str, *, deadline: float | None = None) -> Iterator[None]:
    """Point edge-tts' module globals at our endpoint for the duration of a call.

    edge-tts reads ``communicate.WSS_URL`` and ``voices.VOICE_LIST`` at request time, so
    concurrent calls share them: calls for the same endpoint run together, a call for
    another endpoint waits until they finish (or until ``deadline``, a ``time.monotonic()``
    value).  The defaults come back after the last one.
    """
    global _endpoint_in_use, _endpoint_users
    import edge_tts.communicate
    import edge_tts.voices
    from edge_tts import constants

    wanted = (wss_url, voices_url)
    with _endpoint_lock:
        while _endpoint_users and _endpoint_in_use != wanted:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise TransientEngineError(f"edge-tts is busy with another endpoint ({_endpoint_in_use[0]})")
            _endpoint_lock.wait(left)
        edge_tts.communicate.WSS_URL, edge_tts.voices.VOICE_LIST = wanted
        _endpoint_in_use = wanted
        _endpoint_users += 1
    try:
        yield
    finally:
        with _endpoint_lock:
            _endpoint_users -= 1
            if not _endpoint_users:
                edge_tts.communicate.WSS_URL = constants.WSS_URL
                edge_tts.voices.VOICE_LIST = constants.VOICE_LIST
                _endpoint_in_use = None
                _endpoint_lock.notify_all()


# -- asyncio ----------------------------------------------------------------------------------


def _run_in_new_loop(coro: Coroutine[Any, Any, T]) -> T:
    # Not asyncio.run: on 3.11 it waits for the default executor, where a stuck DNS
    # lookup may sit for its own timeout.  loop.close() leaves those threads behind.
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        try:
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from synchronous code, even inside a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run_in_new_loop(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(_run_in_new_loop, coro).result()


# -- errors -----------------------------------------------------------------------------------


def _edge_tts_version() -> str:
    from edge_tts import __version__

    return __version__


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _engine_error(
    exc: BaseException, host: str, *, streaming: bool, timeout: float, voice: str = ""
) -> EngineError | None:
    """The audiopaper error for an edge-tts or aiohttp failure; None means a bug (re-raise).

    ``streaming`` says whether any message had arrived: an OSError before that means the
    service cannot be reached, after it the connection broke and a retry may work.
    """
    import aiohttp
    from edge_tts import exceptions as edge

    where = f"the Read Aloud service at {host}"
    if isinstance(exc, aiohttp.ClientResponseError):  # includes WSServerHandshakeError
        if exc.status == 403:
            return EngineOutdatedError(
                f"{where} refused edge-tts {_edge_tts_version()} (HTTP 403): "
                "upgrade edge-tts (pip install -U edge-tts)"
            )
        if exc.status == 429:
            return TransientEngineError(f"{where} is throttling requests (HTTP 429)")
        if exc.status >= 500:
            return TransientEngineError(f"{where} failed (HTTP {exc.status})")
        return EngineError(f"{where} answered HTTP {exc.status}: is the endpoint URL right?")
    if isinstance(exc, edge.SkewAdjustmentError):  # a 403 without a usable Date header
        return EngineOutdatedError(
            f"{where} refused edge-tts {_edge_tts_version()} ({_one_line(exc)}): "
            "upgrade edge-tts (pip install -U edge-tts)"
        )
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return EngineUnavailableError(f"cannot reach {where}: no connection within {timeout:g} s")
    if isinstance(exc, aiohttp.ClientConnectorError):  # includes DNS and TLS failures
        reason = exc.os_error
        if isinstance(reason, ConnectionRefusedError):
            return EngineUnavailableError(f"cannot reach {where}: connection refused")
        return EngineUnavailableError(f"cannot reach {where}: {reason.strerror or _one_line(reason)}")
    dropped = (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, ConnectionResetError)
    if isinstance(exc, dropped):
        return TransientEngineError(f"{where} dropped the connection: {_one_line(exc)}")
    if isinstance(exc, TimeoutError):
        return TransientEngineError(f"no answer from {where} within {timeout:g} s")
    if isinstance(exc, edge.NoAudioReceived):
        what = f"for {voice} " if voice else ""
        return TransientEngineError(f"{where} sent no audio {what}(a retired voice, or nothing speakable?)")
    if isinstance(exc, edge.EdgeTTSException):  # UnexpectedResponse, UnknownResponse, WebSocketError
        return TransientEngineError(f"{where} sent an unexpected answer: {_one_line(exc)}")
    if isinstance(exc, aiohttp.ClientError | OSError):
        if streaming:
            return TransientEngineError(f"connection to {where} broke: {_one_line(exc)}")
        return EngineUnavailableError(f"cannot reach {where}: {_one_line(exc)}")
    return None


# -- engine -----------------------------------------------------------------------------------


class EdgeEngine:
    """Synthesize with Microsoft's online neural voices (MP3, 24 kHz, 48 kbps, mono)."""

    name = "edge"
    suffix = ".mp3"

    # The service streams a message at least every second or two while it speaks; 20 s of
    # silence mid-answer is a stalled connection, better retried than waited out for 60 s.
    def __init__(
        self,
        endpoint: str | None = None,
        *,
        receive_timeout: float = 20.0,
        connect_timeout: float = 10.0,
    ):
        self.endpoint = _normalize_endpoint(endpoint or os.environ.get(ENDPOINT_ENV) or _default_endpoint())
        self.voices_url = voices_url_for(self.endpoint)
        self.host = urlsplit(self.endpoint).netloc
        self.receive_timeout = receive_timeout
        self.connect_timeout = connect_timeout

    def __repr__(self) -> str:
        return f"EdgeEngine({self.endpoint!r})"

    def synthesize(self, utt: Utterance, out: Path) -> None:
        """Write the MP3 for ``utt`` to ``out``, whole or not at all."""
        text = utt.spoken
        if not text.strip():
            raise EngineError(f"edge: utterance {utt.id} has no text to speak")
        if len(text) > MAX_CHARS:
            raise EngineError(
                f"text chunk too long for edge-tts: {utt.id} has {len(text)} characters "
                f"(at most {MAX_CHARS}); it should have been split at sentence ends"
            )
        audio = self._speak(text, utt.voice)
        part = out.with_suffix(f".{uuid.uuid4().hex[:8]}.part")
        try:
            part.write_bytes(audio)
            os.replace(part, out)
        except OSError as exc:
            raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from exc
        finally:
            part.unlink(missing_ok=True)

    def voices(self) -> list[VoiceInfo]:
        """Mandarin voices from the service's list, else from the bundled snapshot."""
        try:
            entries = self._list_voices()
        except EngineError as exc:
            log.info("edge voice list unavailable (%s); using the bundled snapshot", exc)
            return snapshot_voices()
        found = _mandarin(entries)
        return found or snapshot_voices()

    def probe(self, timeout: float = 3.0) -> str | None:
        """None when the service synthesizes a tiny text within ``timeout``, else why not."""
        try:
            self._speak(PROBE_TEXT, Voice(PROBE_VOICE), total=timeout)
        except EngineError as exc:
            return str(exc)
        return None

    def available(self, timeout: float = 3.0) -> bool:
        """Whether the service answers now (for the ``auto`` engine choice); at most ``timeout`` s."""
        return self.probe(timeout) is None

    # -- internals ----------------------------------------------------------------------------

    def _communicate(self, text: str, voice: Voice) -> Any:
        import edge_tts

        try:
            return edge_tts.Communicate(
                text,
                voice.name,
                rate=voice.rate,
                pitch=voice.pitch,
                volume=voice.volume,
                connect_timeout=max(1, math.ceil(self.connect_timeout)),
                receive_timeout=max(1, math.ceil(self.receive_timeout)),
            )
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"edge: bad voice settings for {voice.name!r}: {_one_line(exc)}") from exc

    def _speak(self, text: str, voice: Voice, *, total: float | None = None) -> bytes:
        communicate = self._communicate(text, voice)
        deadline = None if total is None else time.monotonic() + total
        with _pointed_at(self.endpoint, self.voices_url, deadline=deadline):
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            return _run(self._stream(communicate, voice.name, left))

    async def _stream(self, communicate: Any, voice: str, total: float | None) -> bytes:
        """Collect the audio, bounding the wait for every message (aiohttp's is unbounded)."""
        loop = asyncio.get_running_loop()
        chunks: list[bytes] = []
        streaming = False
        timeout = self.connect_timeout + self.receive_timeout
        try:
            async with asyncio.timeout(total):
                async with asyncio.timeout(timeout) as idle:
                    async with contextlib.aclosing(communicate.stream()) as messages:
                        async for message in messages:
                            streaming = True
                            timeout = self.receive_timeout
                            idle.reschedule(loop.time() + timeout)
                            if message["type"] == "audio":
                                chunks.append(message["data"])
        except Exception as exc:
            if total is not None and isinstance(exc, TimeoutError):
                timeout = min(timeout, total)
            error = _engine_error(exc, self.host, streaming=streaming, timeout=timeout, voice=voice)
            if error is None:
                raise
            raise error from exc
        # edge-tts ends quietly when the socket closes after some audio; only its byte
        # counter, reset at each turn.end, shows that the last turn never ended.
        if communicate.state.get("chunk_audio_bytes", 0):
            raise TransientEngineError(
                f"the Read Aloud service at {self.host} closed the connection before the end of the audio"
            )
        return b"".join(chunks)

    def _list_voices(self) -> list[dict[str, Any]]:
        import edge_tts

        async def fetch() -> list[dict[str, Any]]:
            timeout = self.connect_timeout + min(self.receive_timeout, 10.0)
            try:
                async with asyncio.timeout(timeout):
                    return list(await edge_tts.list_voices())
            except Exception as exc:
                error = _engine_error(exc, self.host, streaming=False, timeout=timeout)
                if error is None and isinstance(exc, ValueError | KeyError | TypeError):
                    error = TransientEngineError(f"unreadable voice list from {self.host}: {_one_line(exc)}")
                if error is None:
                    raise
                raise error from exc

        with _pointed_at(self.endpoint, self.voices_url):
            return _run(fetch())
