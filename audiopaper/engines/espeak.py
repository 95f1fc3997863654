"""The offline engine: libespeak-ng (from the espeakng-loader wheel) driven through ctypes.

It needs no network and no model download, so it is the engine for tests, CI and a
laptop on a train; it sounds robotic and misreads polyphones, so it is not the default.

libespeak-ng keeps its voice, parameters and callback in process-wide globals, so one
process can synthesize one text at a time.  The engine therefore runs a small pool of
worker processes (``workers``, default one per core), each of which loads the library
once; ``synthesize`` may be called from many threads and simply queues work for the pool.

Prosody arrives in edge-tts notation and is mapped to espeak parameters:

======== ================ =====================================================
edge     example          espeak
======== ================ =====================================================
rate     ``"+10%"``       espeakRATE = 175 words/min x (1 + 10/100), in 80..450
pitch    ``"-5Hz"``       espeakPITCH = 50 + (-5), in 0..100 (50 is the voice's
                          own base; one unit moves the base by roughly 1 Hz for
                          the cmn voice); ``"+10%"`` is also accepted: 50 x 1.1
volume   ``"-20%"``       espeakVOLUME = 100 x (1 - 20/100), in 0..200
======== ================ =====================================================

Voice names are espeak's: a language voice (``cmn``, ``yue``, ``cmn-latn-pinyin``, ...),
optionally with a variant from ``espeak-ng-data/voices/!v`` (``cmn+f3``, ``yue+m2``).
"""

from __future__ import annotations

import errno
import functools
import os
import re
import threading
import time
from pathlib import Path

from ..errors import ConfigError, EngineError, EngineUnavailableError, OutputError, TransientEngineError
from ..model import Utterance
from .base import VoiceInfo

DEFAULT_RATE = 175  # espeak's own default, words per minute
RATE_RANGE = (80, 450)
DEFAULT_PITCH = 50
DEFAULT_VOLUME = 100
ALIASES = {"zh": "cmn", "zh-cmn": "cmn", "zh-yue": "yue"}
LOCALES = {"cmn": "zh-CN", "cmn-latn-pinyin": "zh-CN", "yue": "zh-HK", "yue-latn-jyutping": "zh-HK"}

_PERCENT = re.compile(r"^([+-]?\d+(?:\.\d+)?)%$")
_HERTZ = re.compile(r"^([+-]?\d+(?:\.\d+)?)Hz$")


def _percent(value: str, what: str) -> float:
    match = _PERCENT.match(value.strip())
    if not match:
        raise ConfigError(f"{what} {value!r} is not like '+10%' or '-5%'")
    return float(match.group(1))


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def espeak_parameters(rate: str, pitch: str, volume: str) -> tuple[int, int, int]:
    """Map edge-style prosody strings to (espeakRATE, espeakPITCH, espeakVOLUME)."""
    words_per_minute = _clamp(DEFAULT_RATE * (1 + _percent(rate, "rate") / 100), *RATE_RANGE)
    hertz = _HERTZ.match(pitch.strip())
    if hertz:
        espeak_pitch = _clamp(DEFAULT_PITCH + float(hertz.group(1)), 0, 100)
    else:
        try:
            espeak_pitch = _clamp(DEFAULT_PITCH * (1 + _percent(pitch, "pitch") / 100), 0, 100)
        except ConfigError:
            raise ConfigError(f"pitch {pitch!r} is not like '+5Hz' or '-10%'") from None
    espeak_volume = _clamp(DEFAULT_VOLUME * (1 + _percent(volume, "volume") / 100), 0, 200)
    return words_per_minute, espeak_pitch, espeak_volume


def _data_path() -> Path:
    try:
        import espeakng_loader

        return Path(espeakng_loader.get_data_path())
    except (ImportError, RuntimeError) as exc:
        raise EngineUnavailableError(
            f"espeak-ng is not installed (pip install espeakng-loader): {exc}"
        ) from None


def _check_library() -> None:
    """Fail early, in the parent, when libespeak-ng cannot even be loaded."""
    import ctypes

    _data_path()
    import espeakng_loader

    try:
        ctypes.CDLL(espeakng_loader.get_library_path())
    except OSError as exc:
        raise EngineUnavailableError(f"libespeak-ng cannot be loaded: {_one_line(exc)}") from None


@functools.cache
def _variants() -> dict[str, str]:
    """Variant name -> gender ("female"/"male"/""), from espeak-ng-data/voices/!v."""
    found: dict[str, str] = {}
    for path in sorted((_data_path() / "voices" / "!v").iterdir()):
        gender = ""
        for line in path.read_text("latin-1").splitlines():
            if line.startswith("gender"):
                gender = (line.split() + [""])[1]
        found[path.name] = gender
    return found


def check_voice(name: str) -> str:
    """Return the espeak voice for ``name``; ConfigError unless it is a language voice with
    an optional known variant.

    libespeak-ng silently ignores an unknown variant (``cmn+nosuch`` speaks as ``cmn``),
    so variants are checked against the data folder here.  The language tags ``zh``,
    ``zh-cmn`` and ``zh-yue``, which espeak's command line accepts but its voice-by-name
    call does not, are mapped to ``cmn`` and ``yue``.
    """
    base, _, variant = name.partition("+")
    base = ALIASES.get(base.lower(), base)
    if variant and variant not in _variants():
        raise ConfigError(
            f"espeak has no voice variant {variant!r} (in voice {name!r}); try cmn+f3 or cmn+m3"
        )
    if not base:
        raise ConfigError(f"espeak voice {name!r} has no language; try cmn or yue")
    return f"{base}+{variant}" if variant else base


# --- worker process side ---------------------------------------------------------------

_state: dict = {}


def _worker_init() -> None:
    """Load libespeak-ng once in this worker process (synchronous output, no exit on error)."""
    import ctypes
    import signal

    import espeakng_loader

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _watch_parent()
    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    synchronous, dont_exit = 2, 0x8000
    rate = lib.espeak_Initialize(synchronous, 0, espeakng_loader.get_data_path().encode(), dont_exit)
    if rate <= 0:
        raise RuntimeError("libespeak-ng could not initialize")
    chunks: list[bytes] = []
    callback_type = ctypes.CFUNCTYPE(
        ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
    )

    def collect(wav, samples, events):  # noqa: ARG001 -- libespeak's callback signature
        if samples > 0:
            chunks.append(ctypes.string_at(wav, samples * 2))
        return 0

    callback = callback_type(collect)
    lib.espeak_SetSynthCallback(callback)
    _state.update(lib=lib, rate=rate, chunks=chunks, callback=callback, voice=None)


def _watch_parent(interval: float = 0.5) -> None:
    """Exit when the parent dies: after a ``kill -9`` of the build nobody else would stop us.

    (The pool's queues stay open in the worker itself, so a dead parent never reads as EOF.)
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _synthesize_in_worker(text: str, voice: str, params: tuple[int, int, int], out: str) -> tuple[float, int]:
    """Synthesize ``text`` into the WAV file ``out`` (atomically); return its seconds and our pid."""
    import wave

    if "lib" not in _state:
        _worker_init()
    lib, chunks = _state["lib"], _state["chunks"]
    if _state["voice"] != voice:
        if lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise ConfigError(f"espeak has no voice {voice!r}; try cmn, cmn+f3 or yue")
        _state["voice"] = voice
    espeak_rate, espeak_volume, espeak_pitch = 1, 2, 3
    for parameter, value in zip((espeak_rate, espeak_pitch, espeak_volume), params, strict=True):
        lib.espeak_SetParameter(parameter, value, 0)
    chunks.clear()
    data = text.encode("utf-8") + b"\0"
    position_character, chars_utf8 = 1, 1
    status = lib.espeak_Synth(data, len(data), 0, position_character, 0, chars_utf8, None, None)
    if status != 0:
        raise TransientEngineError(f"espeak could not synthesize (status {status})")
    pcm = b"".join(chunks)
    chunks.clear()
    if not pcm:
        raise TransientEngineError("espeak produced no audio")
    target = Path(out)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with wave.open(str(tmp), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(_state["rate"])
            wav.writeframes(pcm)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise OutputError(f"disk full while writing {target}") from None
        raise OutputError(f"espeak could not write {target}: {exc.strerror or exc}") from None
    return len(pcm) / 2 / _state["rate"], os.getpid()


# --- parent side -----------------------------------------------------------------------


class EspeakEngine:
    """Offline Mandarin/Cantonese speech from libespeak-ng, in ``workers`` processes."""

    name = "espeak"
    suffix = ".wav"

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool = None
        self._started = False  # has any call succeeded? (tells a broken start from a crash)
        self.worker_pids: set[int] = set()  # processes that have served a call, for diagnostics
        self._lock = threading.Lock()

    def _executor(self):
        with self._lock:
            if self._pool is None:
                _check_library()
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_worker_init,
                )
            return self._pool

    def synthesize(self, utt: Utterance, out: Path) -> None:
        """Write a 22,050 Hz mono WAV of ``utt.spoken`` to ``out`` (whole file or error)."""
        from concurrent.futures.process import BrokenProcessPool

        voice = check_voice(utt.voice.name)
        params = espeak_parameters(utt.voice.rate, utt.voice.pitch, utt.voice.volume)
        pool = None
        try:
            pool = self._executor()
            future = pool.submit(_synthesize_in_worker, utt.spoken, voice, params, str(out))
            _, pid = future.result()
            self._started = True
            self.worker_pids.add(pid)
        except (ConfigError, EngineError, OutputError):
            raise
        except BrokenProcessPool:
            self._discard_pool(pool)
            if not self._started:
                raise EngineUnavailableError(
                    "espeak worker processes could not start (a script that uses the espeak engine"
                    " must guard its entry point with `if __name__ == '__main__':`)"
                ) from None
            raise TransientEngineError("an espeak worker process died; restarting the pool") from None
        except RuntimeError as exc:  # submit after close(), or a failed initializer
            self._discard_pool(pool)
            raise EngineError(f"espeak is not available: {_one_line(exc)}") from None
        except Exception as exc:
            raise EngineError(f"espeak failed: {type(exc).__name__}: {_one_line(exc)}") from None

    def _discard_pool(self, pool) -> None:
        """Drop a broken pool (only that one: another thread may have started a new one)."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def voices(self) -> list[VoiceInfo]:
        """The Chinese voices (cmn, yue and their Latin-script forms) with f*/m* variants."""
        variants = {n: g for n, g in _variants().items() if re.fullmatch(r"[fm]\d", n)}
        found = []
        for base, locale in LOCALES.items():
            found.append(VoiceInfo(base, locale, "", f"espeak-ng {base}"))
            for variant, gender in variants.items():
                found.append(
                    VoiceInfo(f"{base}+{variant}", locale, gender.capitalize(), f"espeak-ng {base} {variant}")
                )
        return found

    def close(self) -> None:
        """Stop the worker processes (waiting for calls in flight); the engine can restart."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> EspeakEngine:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
