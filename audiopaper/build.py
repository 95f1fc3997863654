"""The whole pipeline: page files (or an edited running order) to an episode in the feed.

ingest -> segment -> normalize + script -> synthesize (cached) -> assemble -> tags ->
transcripts -> feed.  The episode folder gets manifests (edition.json, clips.json,
episode.json) beside the MP3 and transcripts.  Nothing a listener or editor can see is
replaced until the new episode is published: the MP3 has a new, content-hashed name, the
folder's other files are moved in only once the feed names it, and a build that fails
takes back its new MP3 and any folder it created.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import date as Date
from pathlib import Path

from . import __version__
from .assemble import Timeline, assemble, assemble_steps
from .cache import ClipCache
from .config import Profile, Settings, load_profile
from .engines import Engine, close_engine, create_engine
from .errors import ConfigError, InputError, OrderError, OutputError, disk_reason
from .feed import FeedEpisode, FeedInfo, episode_guid, load_state, update_feed
from .ingest import paper_slug, read_pages
from .lexicon import load_lexicon
from .model import ROLES, Chapter, Cue, Edition, Episode
from .normalize import normalize, normalize_byline
from .order import edition_to_dict, load_order, looks_like_order
from .script import plan
from .segment import segment
from .site import episode_page, index_page, write_page
from .synthesize import RetryPolicy, synthesize
from .tags import Tags, write_tags
from .transcript import chapters_json, write_file, write_json, write_srt, write_text, write_vtt


class Reporter:
    """Progress and warnings from a build; the CLI draws bars, tests collect, default is silent."""

    def start(self, stage: str, total: int) -> None: ...

    def advance(self, stage: str, n: int = 1) -> None: ...

    def finish(self, stage: str) -> None: ...

    def warn(self, message: str) -> None: ...


@dataclass
class BuildResult:
    episode: Episode
    episode_dir: Path
    feed: Path
    files: dict[str, Path]
    report: dict = field(default_factory=dict)


def load_edition(inputs: Sequence[Path], settings: Settings, warn: Callable[[str], None] = print) -> Edition:
    """An Edition from page files, a folder of pages, or one edited running-order JSON."""
    if len(inputs) == 1 and looks_like_order(inputs[0]):
        edition = load_order(inputs[0])
        edition = replace(edition, paper=settings.paper or edition.paper, date=settings.date or edition.date)
        try:
            Date.fromisoformat(edition.date)
        except ValueError:
            raise OrderError(
                f"{inputs[0]}: edition.date: {edition.date!r} is not a date (YYYY-MM-DD)"
            ) from None
        if not edition.pages or not edition.paper.strip():
            raise OrderError(f"{inputs[0]}: edition: needs a paper name and at least one page")
        return edition
    pages = read_pages(inputs, paper=settings.paper, date=settings.date)
    for page in pages:
        if page.encoding != "utf-8":
            warn(f"{page.source} is not UTF-8; read it as {page.encoding.upper()}")
    return segment(pages)


def build_episode(
    inputs: Sequence[Path],
    settings: Settings,
    *,
    engine: Engine | None = None,
    reporter: Reporter | None = None,
    retry: RetryPolicy | None = None,
) -> BuildResult:
    """Build (or rebuild) one edition's episode and publish it in ``settings.out/feed.xml``."""
    reporter = reporter or Reporter()
    clock = _Clock({})
    out = settings.out
    _writable(out)
    if settings.report:
        _writable(settings.report.parent)  # fail before the work, not after publishing

    with clock("segment"):
        edition = load_edition(inputs, settings, reporter.warn)
    if not edition.stories:
        raise InputError("no stories found in the input: nothing to read")

    slug = paper_slug(edition.paper, _slug_hint(inputs))
    episode_dir = out / slug / edition.date
    new_dirs = [d for d in (episode_dir.parent, episode_dir) if not d.exists()]
    _writable(episode_dir)
    try:
        return _build(edition, slug, episode_dir, settings, engine, reporter, retry, clock)
    except BaseException:  # a failed first build leaves no empty episode folder behind
        for folder in reversed(new_dirs):
            try:
                folder.rmdir()
            except OSError:
                break
        raise


def _build(
    edition: Edition,
    slug: str,
    episode_dir: Path,
    settings: Settings,
    engine: Engine | None,
    reporter: Reporter,
    retry: RetryPolicy | None,
    clock: _Clock,
) -> BuildResult:
    out = settings.out
    profile = load_profile(settings.profile)
    owns_engine = engine is None
    engine = engine or create_engine(settings.engine, warn=reporter.warn)
    try:
        check_voices(profile, engine)
        with clock("normalize"):
            lexicon = load_lexicon(edition.paper)
            utterances = plan(
                edition,
                profile,
                engine.name,
                speak=lambda text: normalize(text, lexicon=lexicon),
                speak_byline=lambda byline: normalize_byline(byline, read=True),
            )
        titles = {s.id: s.title for s in edition.stories}
        reporter.start("synthesize", len(utterances))
        with clock("synthesize"):
            cache = ClipCache(settings.cache_root)
            workdir = Path(tempfile.mkdtemp(prefix=".work-", dir=_writable(settings.cache_root)))
            try:
                result = synthesize(
                    utterances,
                    engine,
                    cache,
                    workdir,
                    connections=settings.connections,
                    retry=retry or RetryPolicy(),
                    progress=lambda clip: reporter.advance("synthesize"),
                    story_titles=titles,
                )
            except OSError as exc:  # an engine writing its clip: the disk, not the network
                raise OutputError(f"cannot write clips to {settings.cache_root}: {disk_reason(exc)}") from exc
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
        reporter.finish("synthesize")
    finally:
        if owns_engine:
            close_engine(engine)

    reporter.start("encode", assemble_steps(result.clips))
    title = f"{edition.paper} {edition.date} 有声版"
    with clock("assemble"):
        tags = Tags(
            title, edition.paper, edition.date, edition.paper,
            f"{len(edition.stories)}条新闻 · 朗读引擎 {engine.name} · audiopaper {__version__}",
        )  # fmt: skip
        audio, line, fresh = _encode(
            utterances, result.clips, titles, tags, episode_dir, f"{slug}-{edition.date}", settings,
            step=lambda: reporter.advance("encode"),
        )  # fmt: skip
    reporter.finish("encode")

    files = {
        "audio": audio,
        "vtt": episode_dir / "transcript.vtt",
        "srt": episode_dir / "transcript.srt",
        "text": episode_dir / "transcript.txt",
        "chapters": episode_dir / "chapters.json",
        "edition": episode_dir / "edition.json",
        "clips": episode_dir / "clips.json",
        "episode": episode_dir / "episode.json",
    }
    episode = Episode(
        edition.paper, edition.date, title, audio, line.duration_s, engine.name,
        line.chapters, line.cues, len(edition.stories),
    )  # fmt: skip
    # The episode folder's files are written aside and moved in only once the feed names
    # the new episode: a build that fails before publishing leaves the published episode's
    # transcripts and manifests matching the MP3 the feed points to.
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=episode_dir))
    aside = lambda key: staging / files[key].name  # noqa: E731
    try:
        with clock("transcript"):
            write_file(aside("vtt"), lambda s: write_vtt(line.cues, s))
            write_file(aside("srt"), lambda s: write_srt(line.cues, s))
            write_file(aside("text"), lambda s: write_text(edition, line.chapters, s))
            write_json(aside("chapters"), chapters_json(line.chapters, title))
            write_json(aside("edition"), edition_to_dict(edition))
            write_json(aside("clips"), [{**asdict(c), "path": str(c.path)} for c in result.clips])
            write_json(aside("episode"), _episode_manifest(episode, utterances, line))
        with clock("feed"):
            rel = lambda p: p.relative_to(out).as_posix()  # noqa: E731
            feed = update_feed(
                out,
                FeedEpisode(
                    guid=episode_guid(slug, edition.date),
                    title=title,
                    paper=edition.paper,
                    date=edition.date,
                    audio=rel(audio),
                    length=audio.stat().st_size,
                    duration_s=line.duration_s,
                    description=_description(edition),
                    engine=engine.name,
                    transcript=rel(files["vtt"]),
                    chapters=rel(files["chapters"]),
                ),
                FeedInfo(title=settings.feed_title or "", base_url=settings.base_url),
            )
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if fresh:  # encoded by this build and never published
            audio.unlink(missing_ok=True)
        raise
    try:
        for path in staging.iterdir():
            path.replace(episode_dir / path.name)  # a rename in one folder: no space needed
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    files["feed"] = feed
    with clock("site"):
        saved, listed = load_state(out)
        files["page"] = episode_dir / "index.html"
        write_page(files["page"], episode_page(edition, line.chapters, title, audio.name, "../../feed.xml"))
        write_page(out / "index.html", index_page(listed, saved.get("title", title)))
    report = {
        "engine": engine.name,
        "stories": len(edition.stories),
        "utterances": len(utterances),
        "clips_synthesized": result.synthesized,
        "clips_cached": result.cached,
        "retries": result.retries,
        "audio_seconds": line.duration_s,
        "stage_seconds": {k: round(v, 3) for k, v in clock.timings.items()},
        "total_seconds": round(sum(clock.timings.values()), 3),
        "outputs": {k: str(v) for k, v in files.items()},
    }
    if settings.report:
        write_json(settings.report, report)
    return BuildResult(episode, episode_dir, feed, files, report)


def _encode(utterances, clips, titles, tags: Tags, folder: Path, stem: str, settings: Settings, step):
    """Assemble and tag the MP3, unless the same script was already encoded; say whether
    the file is new (so a build that then fails can take it back).

    The episode key covers everything that shapes the bytes: clips, pauses, texts (for
    cues), titles, tags and bitrate.  A warm rebuild reuses the published file untouched,
    which keeps its enclosure URL and bytes stable and the rebuild fast.
    """
    key = hashlib.sha256(
        json.dumps(
            [[(c.path.name, c.duration_s, u.text, u.pause_after_s, u.story_id) for u, c in zip(utterances, clips, strict=True)],
             titles, asdict(tags), settings.bitrate, __version__],
            ensure_ascii=False,
        ).encode()
    ).hexdigest()  # fmt: skip
    previous = _previous_timeline(folder / "episode.json", key)
    if previous is not None:
        return (*previous, False)
    # A name of its own: two builds of the same date at once must not share a half file.
    part = folder / f".episode-{os.getpid()}-{uuid.uuid4().hex[:8]}.mp3.part"
    try:
        line = assemble(utterances, clips, part, titles, bitrate=settings.bitrate, step=step)
        write_tags(part, tags, line.chapters)
    except BaseException:  # Ctrl-C or a failure: leave no half episode behind
        part.unlink(missing_ok=True)
        raise
    digest = hashlib.sha256(part.read_bytes()).hexdigest()[:10]
    # The name carries a content hash: a published enclosure URL never changes its bytes.
    audio = folder / f"{stem}-{digest}.mp3"
    fresh = not audio.exists()  # the same bytes may be published already (a lost episode.json)
    part.replace(audio)
    return audio, replace(line, key=key), fresh


def _previous_timeline(manifest: Path, key: str) -> tuple[Path, Timeline] | None:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        audio = Path(data["audio_path"])
        if data.get("key") != key or not audio.is_file():
            return None
        line = Timeline(
            data["duration_s"],
            tuple(Chapter(**c) for c in data["chapters"]),
            tuple(Cue(**c) for c in data["cues"]),
            tuple(data["starts_s"]),
            key,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return audio, line


def check_voices(profile: Profile, engine: Engine) -> None:
    """Refuse a profile naming a voice the engine lacks, before any synthesis starts."""
    known = {v.name for v in engine.voices()}
    for role in ROLES:
        voice = profile.voice(engine.name, role)
        if voice.name not in known and voice.name.split("+")[0] not in known:
            raise ConfigError(
                f"voice {voice.name!r} ({role} voice of profile {profile.name!r}) is not a {engine.name} voice; "
                f"see `audiopaper voices --engine {engine.name}`"
            )


def _episode_manifest(episode: Episode, utterances, line: Timeline) -> dict:
    data = asdict(episode)
    data["audio_path"] = str(episode.audio_path)
    data["key"] = line.key
    data["starts_s"] = list(line.starts_s)
    data["utterances"] = [
        {
            "id": u.id,
            "story_id": u.story_id,
            "role": u.role,
            "voice": u.voice.name,
            "text": u.text,
            "spoken": u.spoken,
        }
        for u in utterances
    ]
    return data


def _description(edition: Edition) -> str:
    lines = [f"{edition.paper} {edition.date}，共{len(edition.stories)}条新闻："]
    lines += [f"{n}. {s.title}" for n, s in enumerate(edition.stories, 1)]
    return "\n".join(lines)


def _slug_hint(inputs: Sequence[Path]) -> str | None:
    from .ingest import expand_inputs, hints_from_name

    try:
        files = expand_inputs(inputs)
    except InputError:
        return None
    return hints_from_name(files[0]).slug if files else None


def _writable(folder: Path) -> Path:
    """The folder, created if need be; OutputError if we cannot write there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):  # a probe of its own: builds may run side by side
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {disk_reason(exc)}") from None
    return folder


class _Clock:
    """``with clock("stage"):`` adds the block's wall time to ``timings[stage]``."""

    def __init__(self, timings: dict[str, float]):
        self.timings = timings

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0
