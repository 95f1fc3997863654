"""The synthesize stage: every utterance becomes a checked clip in the cache, or the stage fails.

Engines only turn one text into one file; this stage gives all of them the same
concurrency, retries, validation and caching:

* identical clips (same cache key) are synthesized once per run, and never again while
  the cache holds them;
* ``connections`` threads call the engine at once (a handful is polite to a web service;
  the espeak engine spreads its calls over its own worker processes);
* each produced file is decoded and checked -- a silent clip, or one too short for its
  text, is what a flaky service returns without an error -- and a bad clip or a
  ``TransientEngineError`` is retried with exponential backoff and jitter;
* errors a retry cannot fix (outdated client, no network, bad voice, disk full)
  propagate at once and cancel the rest;
* Ctrl-C cancels pending work and waits only for the calls already in flight, whose
  clips go into the cache, so a rerun synthesizes only what is missing.

The stage returns a clip for every utterance, in order, or raises: it never leaves a hole.
"""

from __future__ import annotations

import queue
import random
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import ffmpeg
from .cache import ClipCache, clip_key
from .engines.base import Engine
from .errors import FFmpegError, OutputError, SynthesisError, TransientEngineError
from .model import Clip, Utterance

# Validation bounds, independent of the engine.  Mandarin is read at about 3-6 characters
# a second (espeak's default: ~4); 0.08 s per CJK character (12.5 a second) is well
# below any sane reading, and a voice rate above "+0%" divides it further ("+50%": by 1.5).
# Latin letters and digits get 0.02 s each; punctuation and spaces count nothing.
MIN_S_PER_CJK = 0.08
MIN_S_PER_OTHER = 0.02
MAX_S_PER_CHAR = 1.5  # a clip this long is a service looping or padding with silence
MAX_S_FLOOR = 10.0
SILENCE_PEAK = 64  # of 32,767 (about -54 dBFS): nothing audible was produced

_RATE = re.compile(r"^([+-]?\d+(?:\.\d+)?)%$")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry a ``TransientEngineError`` or a bad clip."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.5  # each delay is shortened by a random fraction up to this
    sleep: Callable[[float], None] = time.sleep

    def delay(self, retry: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1 = the first retry)."""
        base = min(self.max_delay, self.base_delay * 2 ** (retry - 1))
        return base * (1 - self.jitter * (rng or random).random())


@dataclass(frozen=True, slots=True)
class SynthesisResult:
    clips: tuple[Clip, ...]  # one per utterance, in the same order
    synthesized: int  # distinct clips the engine produced in this run
    cached: int  # clips served from the cache
    retries: int  # failed attempts that were retried


def duration_bounds(spoken: str, rate: str = "+0%") -> tuple[float, float]:
    """The (shortest, longest) plausible seconds of speech for ``spoken`` read at ``rate``.

    A faster ``rate`` ("+50%") shortens the lower bound in proportion; a slower one leaves it.
    """
    cjk = len(_CJK.findall(spoken))
    other = sum(1 for ch in spoken if ch.isalnum()) - cjk
    shortest = MIN_S_PER_CJK * cjk + MIN_S_PER_OTHER * max(0, other)
    match = _RATE.match(rate.strip())
    speedup = max(1.0, 1.0 + float(match.group(1)) / 100) if match else 1.0
    return shortest / speedup, MAX_S_FLOOR + MAX_S_PER_CHAR * len(spoken)


def check_clip(path: Path, spoken: str, rate: str = "+0%") -> float:
    """Decode a produced clip and return its seconds; TransientEngineError if it is unusable."""
    try:
        pcm = ffmpeg.decode(path)
    except FFmpegError as exc:
        raise TransientEngineError(f"the engine wrote audio that does not decode ({exc})") from None
    seconds = ffmpeg.duration_of(pcm)
    shortest, longest = duration_bounds(spoken, rate)
    if seconds < shortest:
        raise TransientEngineError(
            f"audio too short: {seconds:.2f} s for {len(spoken)} characters (at least {shortest:.2f} s)"
        )
    if seconds > longest:
        raise TransientEngineError(f"audio too long: {seconds:.0f} s for {len(spoken)} characters")
    if _peak(pcm) < SILENCE_PEAK:
        raise TransientEngineError(f"audio is silent ({seconds:.2f} s)")
    return seconds


def _peak(pcm: bytes) -> int:
    """Largest sample of a PCM buffer, through pydub (which brings audioop on every Python).

    pydub only wraps the decoded bytes here: it never probes (there is no ffprobe) and never
    joins (``a + b`` in a loop is quadratic; assemble joins raw bytes once).
    """
    import warnings

    with warnings.catch_warnings():  # pydub warns at import when ffmpeg is not on PATH
        warnings.simplefilter("ignore")
        from pydub import AudioSegment

    even = pcm[: len(pcm) - len(pcm) % 2]
    if not even:
        return 0
    return AudioSegment(
        data=even, sample_width=ffmpeg.SAMPLE_WIDTH, frame_rate=ffmpeg.SAMPLE_RATE, channels=1
    ).max


class _Cancelled(Exception):
    """A job noticed that the run was stopped; never escapes the stage."""


@dataclass(slots=True)
class _Job:
    key: str
    utt: Utterance  # the first utterance with this key: named in errors
    indexes: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Produced:
    path: Path
    duration_s: float
    retries: int


def synthesize(
    utterances: Sequence[Utterance],
    engine: Engine,
    cache: ClipCache,
    workdir: Path,
    *,
    connections: int = 4,
    retry: RetryPolicy = RetryPolicy(),  # noqa: B008 -- frozen, so sharing the default is safe
    progress: Callable[[Clip], None] | None = None,
    story_titles: Mapping[str, str] | None = None,
) -> SynthesisResult:
    """Return a clip for every utterance (from the cache or the engine), in the same order.

    ``progress`` is called once per clip, cached ones first, always from the calling
    thread, so it needs no locking.  Raises SynthesisError when a clip still fails after
    ``retry.attempts`` tries, or the engine's own error when retrying cannot help.
    """
    for utt in utterances:
        if not utt.spoken.strip():
            raise ValueError(f"utterance {utt.id} has no spoken text (a bug in the caller)")
    if retry.attempts < 1 or connections < 1:
        raise ValueError("retry.attempts and connections must be at least 1")
    clips: list[Clip | None] = [None] * len(utterances)
    jobs: dict[str, _Job] = {}
    for index, utt in enumerate(utterances):
        key = clip_key(engine.name, utt)
        jobs.setdefault(key, _Job(key, utt)).indexes.append(index)

    cached = 0
    for key in list(jobs):
        hit = cache.get(key)
        if hit is None:
            continue
        for index in jobs.pop(key).indexes:
            clips[index] = Clip(utterances[index].id, hit.path, hit.duration_s, engine.name, cached=True)
            cached += 1
            if progress:
                progress(clips[index])

    retries = 0
    if jobs:
        cache.ensure_writable()
        try:
            Path(workdir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the work folder {workdir}: {exc.strerror or exc}") from None
        worker = _Worker(engine, cache, Path(workdir), retry, threading.Event(), story_titles or {})

        def store(job: _Job, produced: _Produced, report: bool) -> None:
            nonlocal retries
            retries += produced.retries
            for index in job.indexes:
                clips[index] = Clip(utterances[index].id, produced.path, produced.duration_s, engine.name)
                if progress and report:
                    progress(clips[index])

        _produce_all(list(jobs.values()), worker, connections, lambda job, p: store(job, p, True))
        # A service may cut audio short without an error; a clip read much faster than the
        # rest of its voice's clips is such a cut. Ask once more for each (counted as retries).
        again = [
            jobs[key] for key in {clip_key(engine.name, utterances[i]) for i in rushed(utterances, clips)}
        ]
        again = [job for job in again if job.key in jobs]
        if again:
            retries += len(again)
            worker.cancel.clear()
            _produce_all(again, worker, connections, lambda job, p: store(job, p, False))

    assert all(clip is not None for clip in clips), "synthesize left a hole"
    return SynthesisResult(tuple(clips), synthesized=len(jobs), cached=cached, retries=retries)  # type: ignore[arg-type]


# A clip counts as rushed when its voice read it in under RUSHED_SHARE of the time per
# character that voice's clips take in this run (their median), for clips long enough to
# judge.  Half a clip cut off reads as twice the speed; natural variation stays well
# inside this (numbers and names are normalized to hanzi before synthesis).
RUSHED_SHARE = 0.65
RUSHED_MIN_CJK = 20
RUSHED_MIN_PEERS = 5


def rushed(utterances: Sequence[Utterance], clips: Sequence[Clip | None]) -> list[int]:
    """Indexes of clips far faster than their voice's median rate: likely cut short. Pure."""
    rates: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for index, (utt, clip) in enumerate(zip(utterances, clips, strict=True)):
        cjk = len(_CJK.findall(utt.spoken))
        if clip is not None and cjk >= RUSHED_MIN_CJK:
            rates.setdefault((utt.voice.name, utt.voice.rate), []).append((index, clip.duration_s / cjk))
    suspects = []
    for peers in rates.values():
        if len(peers) < RUSHED_MIN_PEERS:
            continue
        ordered = sorted(rate for _, rate in peers)
        median = ordered[len(ordered) // 2]
        suspects += [index for index, rate in peers if rate < RUSHED_SHARE * median]
    return sorted(suspects)


def _produce_all(
    jobs: Sequence[_Job], worker: _Worker, connections: int, done: Callable[[_Job, _Produced], None]
) -> None:
    """Run jobs on ``connections`` threads; call ``done`` in this thread as each finishes."""
    executor = ThreadPoolExecutor(max_workers=connections, thread_name_prefix="synthesize")
    # Finished futures arrive through a queue: O(1) per clip, and a Ctrl-C while waiting
    # cannot leave futures' locks held (as it can inside concurrent.futures.wait()).
    finished: queue.SimpleQueue[Future] = queue.SimpleQueue()
    try:
        pending: dict[Future, _Job] = {}
        for job in jobs:
            future = executor.submit(worker.produce, job)
            pending[future] = job
            future.add_done_callback(finished.put)
        while pending:
            future = finished.get()
            job = pending.pop(future)
            try:
                produced = future.result()  # raises the job's error, stopping the run
            except _Cancelled:
                continue  # another job failed for good; its error is on its way
            done(job, produced)
    finally:
        worker.cancel.set()  # on any exit (error, Ctrl-C): no new attempts, no more sleeping
        executor.shutdown(wait=True, cancel_futures=True)


class _Worker:
    """Runs one job in a pool thread: synthesize, check, retry, store."""

    def __init__(self, engine, cache, workdir, retry, cancel, titles):
        self.engine, self.cache, self.workdir = engine, cache, workdir
        self.retry, self.cancel, self.titles = retry, cancel, titles
        self.rng = random.Random()

    def produce(self, job: _Job) -> _Produced:
        utt = job.utt
        last: Exception | None = None
        for attempt in range(1, self.retry.attempts + 1):
            if self.cancel.is_set():
                raise _Cancelled
            tmp = self.workdir / f".{job.key[:24]}.{attempt}{self.engine.suffix}"
            try:
                self.engine.synthesize(utt, tmp)
                seconds = check_clip(tmp, utt.spoken, utt.voice.rate)
            except TransientEngineError as exc:
                tmp.unlink(missing_ok=True)
                last = exc
                if attempt < self.retry.attempts:
                    self._pause(self.retry.delay(attempt, self.rng))
                continue
            except BaseException:
                tmp.unlink(missing_ok=True)
                self.cancel.set()  # retrying cannot help: stop the other jobs now
                raise
            try:
                meta = {
                    "engine": self.engine.name,
                    "voice": utt.voice.name,
                    "rate": utt.voice.rate,
                    "pitch": utt.voice.pitch,
                    "volume": utt.voice.volume,
                    "chars": len(utt.spoken),
                }
                path = self.cache.put(job.key, tmp, seconds, meta)
            except BaseException:
                self.cancel.set()  # disk full or cache gone: no point going on
                raise
            finally:
                tmp.unlink(missing_ok=True)
            return _Produced(path, seconds, attempt - 1)
        self.cancel.set()
        raise SynthesisError(self._failure(utt, last))

    def _pause(self, seconds: float) -> None:
        """Back off; a real sleep ends early when the run is cancelled."""
        if self.retry.sleep is time.sleep:
            self.cancel.wait(seconds)
        else:
            self.retry.sleep(seconds)

    def _failure(self, utt: Utterance, last: Exception | None) -> str:
        if utt.story_id is None:
            which = (
                "the outro" if "outro" in utt.id else "the intro" if "intro" in utt.id else "the intro/outro"
            )
        else:
            title = self.titles.get(utt.story_id)
            which = f"story {utt.story_id}" + (f" “{title}”" if title else "")
        reason = " ".join(str(last).split()) if last else "unknown error"
        return f"could not synthesize {which} (chunk {utt.id}) after {self.retry.attempts} attempts: {reason}"
