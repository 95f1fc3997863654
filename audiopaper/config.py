"""Settings for a build, and voice profiles from ``voices/*.toml``.

A profile says, per engine, which voice reads each role (announcer, headline, body), at
what rate, pitch and volume, and how long the pauses between parts are.  Profiles are
data so that an editor can tune the sound without touching code.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .model import ROLES, Voice

DEFAULT_BASE_URL = "http://localhost:8000/"
ENGINES = ("auto", "edge", "espeak")
_RATE = re.compile(r"^[+-]\d+%$")
_PITCH = re.compile(r"^[+-]\d+Hz$")


def voices_dir() -> Path:
    """The folder with voice profiles, lexicon and paper data (env AUDIOPAPER_VOICES_DIR wins)."""
    env = os.environ.get("AUDIOPAPER_VOICES_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "voices"


@dataclass(frozen=True, slots=True)
class Pauses:
    """Silence, in seconds, inserted by us (edge-tts blocks SSML breaks)."""

    after_intro: float = 1.2
    after_headline: float = 0.8
    between_paragraphs: float = 0.5
    between_stories: float = 2.0
    before_outro: float = 1.5


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    description: str
    voices: dict[str, dict[str, Voice]]  # engine -> role -> Voice
    pauses: Pauses = Pauses()
    read_dateline: bool = True

    def voice(self, engine: str, role: str) -> Voice:
        try:
            return self.voices[engine][role]
        except KeyError:
            raise ConfigError(
                f"voice profile {self.name!r} has no {role} voice for engine {engine!r}"
            ) from None


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a build needs besides its input files."""

    out: Path = Path("output")
    engine: str = "auto"
    profile: str = "default"
    paper: str | None = None
    date: str | None = None
    base_url: str | None = None  # None: keep the feed's, else DEFAULT_BASE_URL
    connections: int = 4
    bitrate: str = "64k"
    cache_dir: Path | None = None
    feed_title: str | None = None
    report: Path | None = None

    @property
    def cache_root(self) -> Path:
        env = os.environ.get("AUDIOPAPER_CACHE_DIR")
        return self.cache_dir or (Path(env) if env else self.out / ".cache" / "clips")


def list_profiles(root: Path | None = None) -> list[str]:
    folder = root or voices_dir()
    return sorted(p.stem for p in folder.glob("*.toml") if p.stem not in ("lexicon", "papers"))


def load_profile(name: str, root: Path | None = None) -> Profile:
    """Load a voice profile by name (voices/NAME.toml) or by path to a TOML file."""
    path = Path(name)
    if path.suffix != ".toml":
        path = (root or voices_dir()) / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(list_profiles(root)) or "none"
        raise ConfigError(f"unknown voice profile {name!r} (known: {known})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse_profile(data, str(path))


PROFILE_KEYS = ("name", "description", "read_dateline", "pauses", "voices")


def parse_profile(data: dict, source: str) -> Profile:
    for key in data:
        if key not in PROFILE_KEYS:
            raise ConfigError(f"{source}: unknown setting {key!r} (use {', '.join(PROFILE_KEYS)})")
    read_dateline = data.get("read_dateline", True)
    if not isinstance(read_dateline, bool):
        raise ConfigError(f"{source}: read_dateline must be true or false, not {read_dateline!r}")
    voices: dict[str, dict[str, Voice]] = {}
    if not isinstance(data.get("voices", {}), dict):
        raise ConfigError(f"{source}: voices must be tables like [voices.edge]")
    for engine, roles in (data.get("voices") or {}).items():
        if not isinstance(roles, dict):
            raise ConfigError(f"{source}: [voices.{engine}] must be a table")
        voices[engine] = {}
        for role, spec in roles.items():
            where = f"{source}: voices.{engine}.{role}"
            if role not in ROLES:
                raise ConfigError(f"{where}: unknown role (use {', '.join(ROLES)})")
            if isinstance(spec, str):
                spec = {"voice": spec}
            if not isinstance(spec, dict) or not isinstance(spec.get("voice"), str):
                raise ConfigError(f'{where}: needs voice = "NAME"')
            voice = Voice(
                spec["voice"], spec.get("rate", "+0%"), spec.get("pitch", "+0Hz"), spec.get("volume", "+0%")
            )
            check_prosody(voice, where)
            voices[engine][role] = voice
    pause_data = data.get("pauses") or {}
    if not isinstance(pause_data, dict):
        raise ConfigError(f"{source}: [pauses] must be a table of seconds, e.g. between_stories = 2.0")
    known = set(Pauses.__dataclass_fields__)
    unknown = set(pause_data) - known
    if unknown:
        raise ConfigError(f"{source}: unknown pause {sorted(unknown)[0]!r} (use {', '.join(sorted(known))})")
    try:
        pauses = Pauses(**{k: float(v) for k, v in pause_data.items()})
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: pauses must be numbers of seconds") from exc
    if not all(0 <= v <= 30 for v in (getattr(pauses, k) for k in known)):  # NaN fails too
        raise ConfigError(f"{source}: pauses must be between 0 and 30 seconds")
    return Profile(
        name=str(data.get("name", Path(source).stem)),
        description=str(data.get("description", "")),
        voices=voices,
        pauses=pauses,
        read_dateline=read_dateline,
    )


_BASE_URL = re.compile(r"^https?://[^\s/?#@]+(?:/[^\s?#]*)?$")


def check_base_url(url: str) -> str:
    """A public http(s) URL of a folder, ending in "/", or ConfigError."""
    if not _BASE_URL.match(url):
        raise ConfigError(
            f"--base-url {url!r} is not an http(s) URL of a folder, e.g. https://example.org/paper/"
        )
    return url if url.endswith("/") else url + "/"


def check_prosody(voice: Voice, where: str) -> None:
    """Rates and volumes look like +10%, pitches like -5Hz (what edge-tts accepts)."""
    if not _RATE.match(voice.rate):
        raise ConfigError(f"{where}: rate {voice.rate!r} must look like +10% or -5%")
    if not _RATE.match(voice.volume):
        raise ConfigError(f"{where}: volume {voice.volume!r} must look like +0% or -10%")
    if not _PITCH.match(voice.pitch):
        raise ConfigError(f"{where}: pitch {voice.pitch!r} must look like +0Hz or -5Hz")
