"""The podcast feed: ``output/feed.xml`` rebuilt from ``output/episodes.json``.

The JSON state is the source of truth: one entry per (paper, date) keyed by a guid that
never changes, so rebuilding a date replaces its episode instead of adding a twin.  The
XML is rendered by feedgen with its podcast (iTunes) extension, plus a small extension for
what feedgen lacks: Podcasting 2.0 ``podcast:guid``, ``podcast:locked``,
``podcast:transcript`` and ``podcast:chapters``, and ``itunes:explicit`` as Apple now
documents it (true/false; feedgen only knows yes/no/clean).  Both files are written to a
temporary name and renamed, so a reader never sees half a feed.
"""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from .config import DEFAULT_BASE_URL
from .errors import OutputError
from .transcript import write_bytes

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
CHINA = timezone(timedelta(hours=8))
COVER_NAME = "cover.png"


@dataclass(frozen=True, slots=True)
class FeedEpisode:
    guid: str
    title: str
    paper: str
    date: str
    audio: str  # path relative to the output folder
    length: int  # exact bytes of the MP3
    duration_s: float
    description: str
    engine: str
    transcript: str | None = None  # relative path of the VTT
    chapters: str | None = None  # relative path of the JSON chapters


@dataclass(frozen=True, slots=True)
class FeedInfo:
    title: str
    base_url: str | None  # None: keep the URL the feed already uses
    description: str = "由 audiopaper 朗读的报纸有声版：每条新闻一个章节，附完整文字稿。"
    author: str = "audiopaper"
    owner_email: str = "audiopaper@example.com"
    language: str = "zh-cn"


def episode_guid(slug: str, date: str) -> str:
    return f"audiopaper:{slug}:{date}"


def feed_guid(feed_url: str) -> str:
    """Podcasting 2.0 podcast:guid: UUIDv5 of the feed URL without its scheme."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def url_for(base_url: str, relative: str) -> str:
    return base_url.rstrip("/") + "/" + quote(relative)


def load_state(out: Path) -> tuple[dict, list[FeedEpisode]]:
    path = out / "episodes.json"
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        episodes = [FeedEpisode(**e) for e in data.get("episodes", [])]
    except (ValueError, TypeError, AttributeError) as exc:
        raise OutputError(f"{path} is damaged ({exc}); move it away to start a new feed") from exc
    if not isinstance(data.get("feed", {}), dict):
        raise OutputError(f"{path} is damaged (feed is not a table); move it away to start a new feed")
    return data.get("feed", {}), episodes


def update_feed(out: Path, episode: FeedEpisode, info: FeedInfo) -> Path:
    """Add or replace one episode and rewrite feed.xml; return its path.

    Builds of different dates may finish at the same moment: the read-modify-write of the
    feed state happens under an exclusive lock, so neither episode is lost.
    """
    with _locked(out / ".feed.lock"):
        return _update_feed(out, episode, info)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    try:
        handle = path.open("a")
    except OSError as exc:
        raise OutputError(f"cannot write {path.parent}: {exc.strerror or exc}") from exc
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _update_feed(out: Path, episode: FeedEpisode, info: FeedInfo) -> Path:
    saved, episodes = load_state(out)
    replaced = [e.audio for e in episodes if e.guid == episode.guid and e.audio != episode.audio]
    episodes = [e for e in episodes if e.guid != episode.guid and (out / e.audio).exists()]
    episodes.append(episode)
    episodes.sort(key=lambda e: (e.date, e.paper), reverse=True)
    # A title given with --feed-title is kept for good; otherwise it names the papers the
    # feed carries, so a second paper built into the same folder is not filed under the first.
    papers = sorted({e.paper for e in episodes})
    given = saved.get("title_given")
    if given is None:  # a state from before "title_given": a "<paper>有声版" title was the default
        given = saved.get("title") not in {f"{paper}有声版" for paper in papers}
    chosen = info.title or (saved.get("title") if given else None)
    title = chosen or (f"{'、'.join(papers)}有声版" if len(papers) <= 3 else "有声报纸")
    # A build without --base-url keeps the published URL: a cron job that forgets the flag
    # must not point every subscriber at localhost.
    base_url = info.base_url or saved.get("base_url") or DEFAULT_BASE_URL
    info = FeedInfo(**{**asdict(info), "title": title, "base_url": base_url})
    write_cover(out / COVER_NAME)
    state = {
        "feed": {"title": info.title, "title_given": bool(chosen), "base_url": info.base_url},
        "episodes": [asdict(e) for e in episodes],
    }
    write_bytes(out / "episodes.json", json.dumps(state, ensure_ascii=False, indent=2).encode())
    write_bytes(out / "feed.xml", render(episodes, info))
    for audio in replaced:  # the feed no longer names it: nobody is sent there any more
        (out / audio).unlink(missing_ok=True)
    return out / "feed.xml"


def render(episodes: list[FeedEpisode], info: FeedInfo) -> bytes:
    from feedgen.feed import FeedGenerator

    feed_url = url_for(info.base_url, "feed.xml")
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcast20", Podcast20Feed, Podcast20Entry, atom=False)
    fg.title(info.title)
    fg.link(href=info.base_url, rel="alternate")
    fg.description(info.description)
    fg.language(info.language)
    fg.generator("audiopaper")
    fg.podcast.itunes_author(info.author)
    fg.podcast.itunes_owner(name=info.author, email=info.owner_email)
    fg.podcast.itunes_category("News", "Daily News")
    fg.podcast.itunes_image(url_for(info.base_url, COVER_NAME))
    fg.podcast.itunes_type("episodic")
    fg.podcast.itunes_summary(info.description)
    fg.image(url=url_for(info.base_url, COVER_NAME), title=info.title, link=info.base_url)
    fg.podcast20.guid = feed_guid(feed_url)
    for ep in reversed(episodes):  # feedgen prepends: add oldest first so the newest leads
        fe = fg.add_entry()
        fe.guid(ep.guid, permalink=False)
        fe.title(ep.title)
        fe.description(ep.description)
        fe.enclosure(url_for(info.base_url, ep.audio), str(ep.length), "audio/mpeg")
        fe.pubDate(datetime.fromisoformat(ep.date).replace(hour=6, tzinfo=CHINA))
        fe.podcast.itunes_duration(round(ep.duration_s))
        fe.podcast.itunes_author(ep.paper)
        if ep.transcript:
            fe.podcast20.transcript = url_for(info.base_url, ep.transcript)
        if ep.chapters:
            fe.podcast20.chapters = url_for(info.base_url, ep.chapters)
    return fg.rss_str(pretty=True)


class Podcast20Feed:
    """Channel-level tags feedgen lacks (an extension class as feedgen expects)."""

    def __init__(self) -> None:
        self.guid: str | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, rss):
        from lxml import etree

        channel = rss[0]
        explicit = etree.SubElement(channel, f"{{{ITUNES_NS}}}explicit")
        explicit.text = "false"
        locked = etree.SubElement(channel, f"{{{PODCAST_NS}}}locked")
        locked.text = "no"
        if self.guid:
            etree.SubElement(channel, f"{{{PODCAST_NS}}}guid").text = self.guid
        return rss

    def extend_atom(self, feed):
        return feed


class Podcast20Entry:
    def __init__(self) -> None:
        self.transcript: str | None = None
        self.chapters: str | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, item):
        from lxml import etree

        if self.transcript:
            el = etree.SubElement(item, f"{{{PODCAST_NS}}}transcript")
            el.attrib.update({"url": self.transcript, "type": "text/vtt", "language": "zh-cn"})
        if self.chapters:
            el = etree.SubElement(item, f"{{{PODCAST_NS}}}chapters")
            el.attrib.update({"url": self.chapters, "type": "application/json+chapters"})
        explicit = etree.SubElement(item, f"{{{ITUNES_NS}}}explicit")
        explicit.text = "false"
        return item

    def extend_atom(self, entry):
        return entry


def write_cover(path: Path, size: int = 1400) -> None:
    """A plain 1400x1400 PNG cover (Apple's minimum) if none is there; a user's own is kept."""
    if path.exists():
        return
    top, bottom = (178, 34, 34), (120, 16, 16)  # newspaper red, darker at the foot
    rows = []
    for y in range(size):
        colour = top if y < size * 0.72 else bottom
        band = (250, 246, 238) if size * 0.30 < y < size * 0.42 else colour
        rows.append(b"\x00" + bytes(band) * size)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    write_bytes(path, png)
