"""A content-addressed store of synthesized clips, shared by every build.

A clip is keyed by what determines its sound -- engine, voice, rate, pitch, volume and
the spoken text -- and by nothing else (not the utterance id, not the display text), so a
story that moves to another page or a rebuild after a crash reuses what was already paid
for.  Layout::

    root/ab/abcdef....wav    the audio, as the engine wrote it (.mp3 or .wav)
    root/ab/abcdef....json   sidecar: file, bytes, duration_s, engine, voice, chars, created

Every file is written to a temporary name in the same folder and moved into place with
``os.replace``; the audio goes first and the sidecar last, and the sidecar records the
audio's byte count.  An entry counts only when both exist and agree, so a build killed
at any instant (Ctrl-C, kill -9, power cut) never leaves a half clip that a later build
would trust.  Use is tracked by touching the audio's mtime on every hit, which makes
``prune(max_bytes=...)`` least-recently-used first.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .errors import OutputError
from .model import Utterance

KEY_VERSION = 1  # bump to invalidate every entry when the key recipe changes
STALE_TEMP_S = 3600.0  # a temporary file this old belongs to a build that died


def clip_key(engine_name: str, utt: Utterance) -> str:
    """The cache key of an utterance's audio: sha256 of engine, voice, prosody and spoken text."""
    voice = utt.voice
    recipe = [KEY_VERSION, engine_name, voice.name, voice.rate, voice.pitch, voice.volume, utt.spoken]
    return hashlib.sha256(json.dumps(recipe, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class CachedClip:
    path: Path
    duration_s: float


@dataclass(frozen=True, slots=True)
class CacheInfo:
    root: Path
    entries: int
    total_bytes: int
    audio_s: float
    engines: dict[str, int] = field(default_factory=dict)
    oldest: datetime | None = None  # least recently used entry
    newest: datetime | None = None  # most recently used entry
    broken: int = 0  # half entries, temporary files, scratch folders (of dead or running builds)


@dataclass(frozen=True, slots=True)
class PruneResult:
    removed: int
    freed_bytes: int
    kept: int
    kept_bytes: int
    dry_run: bool = False
    broken_removed: int = 0


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    audio: Path
    sidecar: Path
    bytes: int  # audio + sidecar
    duration_s: float
    engine: str
    used: float  # mtime of the audio: last hit or write


def _output_error(exc: OSError, path: Path) -> OutputError:
    """One message for a failed cache write: disk full, or the path that cannot be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(f"disk full while writing the clip cache at {path}")
    reason = exc.strerror or str(exc)
    return OutputError(f"cannot write the clip cache at {path}: {reason}")


class ClipCache:
    """The clip store under ``root`` (created on first write)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    key = staticmethod(clip_key)

    def _paths(self, key: str) -> tuple[Path, Path]:
        folder = self.root / key[:2]
        return folder, folder / f"{key}.json"

    def ensure_writable(self) -> None:
        """Raise OutputError now, before any synthesis, if clips could not be stored."""
        probe = self.root / f".probe-{uuid.uuid4().hex}.tmp"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise _output_error(exc, self.root) from None

    def get(self, key: str) -> CachedClip | None:
        """The stored clip for ``key``, or None when missing or incomplete (marks it used)."""
        _, sidecar = self._paths(key)
        entry = self._read(sidecar)
        if entry is None:
            return None
        try:
            os.utime(entry.audio)
        except OSError:
            pass  # a read-only cache still serves hits
        return CachedClip(entry.audio, entry.duration_s)

    def put(self, key: str, produced_file: Path, duration_s: float, meta: Mapping | None = None) -> Path:
        """Copy ``produced_file`` into the store under ``key``; return the stored path.

        ``meta`` adds fields to the sidecar (engine, voice, chars, ...).  The previous entry,
        if any, is replaced only once the new one is complete.
        """
        produced_file = Path(produced_file)
        folder, sidecar = self._paths(key)
        audio = folder / f"{key}{produced_file.suffix}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            size = self._copy_into_place(produced_file, audio)
            record = {
                "file": audio.name,
                "bytes": size,
                "duration_s": round(float(duration_s), 6),
                "created": time.time(),
                **dict(meta or {}),
            }
            self._write_atomic(sidecar, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as exc:
            raise _output_error(exc, folder) from None
        return audio

    def _copy_into_place(self, source: Path, target: Path) -> int:
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with open(source, "rb") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            size = tmp.stat().st_size
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return size

    def _write_atomic(self, target: Path, data: bytes) -> None:
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with open(tmp, "wb") as dst:
                dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _read(self, sidecar: Path) -> _Entry | None:
        """Parse one sidecar and check its audio; None for anything partial or corrupt."""
        try:
            record = json.loads(sidecar.read_text("utf-8"))
            audio = sidecar.with_name(str(record["file"]))
            size = int(record["bytes"])
            stat = audio.stat()
            extra = sidecar.stat().st_size
            duration = float(record["duration_s"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if size <= 0 or stat.st_size != size or duration <= 0 or audio.name.startswith("."):
            return None
        return _Entry(
            key=sidecar.stem,
            audio=audio,
            sidecar=sidecar,
            bytes=size + extra,
            duration_s=duration,
            engine=str(record.get("engine", "")),
            used=stat.st_mtime,
        )

    def _scan(self) -> tuple[list[_Entry], list[Path]]:
        """All complete entries, and all leftovers (temp files, audio without a sidecar, bad sidecars)."""
        entries: list[_Entry] = []
        leftovers: list[Path] = []
        for folder in self._folders():
            claimed: set[str] = set()
            files = sorted(folder.iterdir())
            for path in files:
                if path.suffix == ".json" and not path.name.startswith("."):
                    entry = self._read(path)
                    if entry is None:
                        leftovers.append(path)
                    else:
                        entries.append(entry)
                        claimed.add(entry.audio.name)
            leftovers += [p for p in files if p.suffix != ".json" and p.name not in claimed]
        if self.root.is_dir():  # scratch folders and probes of builds: ".work-*", ".probe-*"
            leftovers += sorted(p for p in self.root.iterdir() if p.name.startswith("."))
        return entries, leftovers

    def _folders(self) -> Iterator[Path]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                yield folder

    def info(self) -> CacheInfo:
        """Counts, sizes and ages of what the cache holds."""
        entries, leftovers = self._scan()
        engines: dict[str, int] = {}
        for entry in entries:
            engines[entry.engine] = engines.get(entry.engine, 0) + 1
        used = [entry.used for entry in entries]
        return CacheInfo(
            root=self.root,
            entries=len(entries),
            total_bytes=sum(entry.bytes for entry in entries),
            audio_s=sum(entry.duration_s for entry in entries),
            engines=dict(sorted(engines.items())),
            oldest=_when(min(used)) if used else None,
            newest=_when(max(used)) if used else None,
            broken=len(leftovers),
        )

    def prune(
        self,
        *,
        older_than_days: float | None = None,
        max_bytes: int | None = None,
        engine: str | None = None,
        dry_run: bool = False,
    ) -> PruneResult:
        """Remove entries not used for ``older_than_days``, then least recently used ones
        until the cache holds at most ``max_bytes``; only ``engine``'s entries if given.

        ``engine`` alone removes all of that engine's entries; no criterion at all removes
        only leftovers of interrupted builds -- temporary files, half entries, scratch
        folders -- which every prune clears once an hour old, so that a build running
        right now keeps its own.
        """
        entries, leftovers = self._scan()
        now = time.time()
        candidates = sorted(
            (e for e in entries if engine is None or e.engine == engine), key=lambda e: e.used
        )
        doomed: list[_Entry] = []
        if older_than_days is not None:
            cutoff = now - older_than_days * 86400
            doomed = [e for e in candidates if e.used < cutoff]
        elif engine is not None and max_bytes is None:
            doomed = list(candidates)
        if max_bytes is not None:
            total = sum(e.bytes for e in entries) - sum(e.bytes for e in doomed)
            chosen = {e.key for e in doomed}
            for entry in candidates:
                if total <= max_bytes:
                    break
                if entry.key not in chosen:
                    doomed.append(entry)
                    total -= entry.bytes
        stale = [p for p in leftovers if _age(p, now) > STALE_TEMP_S]
        if not dry_run:
            try:
                for entry in doomed:
                    entry.sidecar.unlink(missing_ok=True)  # sidecar first: never a trusted half
                    entry.audio.unlink(missing_ok=True)
                for path in stale:
                    if path.is_dir():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)
            except OSError as exc:
                raise _output_error(exc, self.root) from None
        freed = sum(e.bytes for e in doomed)
        return PruneResult(
            removed=len(doomed),
            freed_bytes=freed,
            kept=len(entries) - len(doomed),
            kept_bytes=sum(e.bytes for e in entries) - freed,
            dry_run=dry_run,
            broken_removed=len(stale),
        )


def _when(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0
