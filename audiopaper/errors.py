"""Errors a user can act on.

Everything the CLI reports as a one-line ``Error: ...`` derives from AudiopaperError;
anything else escaping is a bug and keeps its traceback.

    AudiopaperError
    ├── InputError          missing, empty, binary or undecodable input files
    ├── OrderError          an edited running order (JSON) that does not validate
    ├── ConfigError         unknown engine, voice, profile or bad option values
    ├── OutputError         output folder not writable, disk full
    ├── FFmpegError         ffmpeg failed (message carries ffmpeg's stderr)
    ├── EngineError         a speech engine failed
    │   ├── EngineUnavailableError   cannot reach the service at all (no network)
    │   ├── EngineOutdatedError      the service refuses this client (HTTP 403)
    │   └── TransientEngineError     worth retrying: timeouts, 429/5xx, no or short audio
    └── SynthesisError      a clip still failed after all retries (names the story)
"""

from __future__ import annotations


class AudiopaperError(Exception):
    """Base of every error that is the user's or the environment's, not a bug."""


class InputError(AudiopaperError):
    pass


class OrderError(AudiopaperError):
    pass


class ConfigError(AudiopaperError):
    pass


class OutputError(AudiopaperError):
    pass


class FFmpegError(AudiopaperError):
    pass


class EngineError(AudiopaperError):
    pass


class EngineUnavailableError(EngineError):
    pass


class EngineOutdatedError(EngineError):
    pass


class TransientEngineError(EngineError):
    pass


class SynthesisError(AudiopaperError):
    pass


def disk_reason(exc: OSError) -> str:
    """The short reason for a failed write, naming a full disk plainly."""
    import errno

    return "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
