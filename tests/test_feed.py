"""The podcast feed: what feedparser (and so podcast apps) read from feed.xml."""

import feedparser
import pytest
from lxml import etree

from audiopaper.errors import OutputError
from audiopaper.feed import FeedEpisode, FeedInfo, episode_guid, feed_guid, update_feed

INFO = FeedInfo(title="", base_url="https://example.org/paper/")


def episode(out, date, size=1000, **kw):
    audio = out / "zzrb" / date / f"zzrb-{date}-abc.mp3"
    audio.parent.mkdir(parents=True, exist_ok=True)
    audio.write_bytes(b"\xff" * size)
    fields = dict(
        guid=episode_guid("zzrb", date), title=f"郑州日报 {date} 有声版", paper="郑州日报", date=date,
        audio=audio.relative_to(out).as_posix(), length=size, duration_s=612.4, description="共7条新闻",
        engine="espeak", transcript=f"zzrb/{date}/transcript.vtt", chapters=f"zzrb/{date}/chapters.json",
    )  # fmt: skip
    fields.update(kw)
    return FeedEpisode(**fields)


def test_feed_has_what_podcast_apps_require(tmp_path):
    feed_path = update_feed(tmp_path, episode(tmp_path, "2023-12-02", size=4321), INFO)
    parsed = feedparser.parse(feed_path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "郑州日报有声版"
    assert parsed.feed.language == "zh-cn"
    assert parsed.feed.image.href == "https://example.org/paper/cover.png"
    [entry] = parsed.entries
    assert entry.id == "audiopaper:zzrb:2023-12-02"
    assert entry.itunes_duration == "612"
    [enclosure] = entry.enclosures
    assert enclosure.href == "https://example.org/paper/zzrb/2023-12-02/zzrb-2023-12-02-abc.mp3"
    assert int(enclosure.length) == 4321 and enclosure.type == "audio/mpeg"
    ns = {
        "podcast": "https://podcastindex.org/namespace/1.0",
        "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    }
    root = etree.fromstring(feed_path.read_bytes())
    assert root.findtext("channel/podcast:guid", namespaces=ns) == feed_guid(
        "https://example.org/paper/feed.xml"
    )
    assert root.findtext("channel/itunes:explicit", namespaces=ns) == "false"
    assert root.find("channel/itunes:category", namespaces=ns).get("text") == "News"
    assert root.find("channel/itunes:owner/itunes:email", namespaces=ns) is not None
    transcript = root.find("channel/item/podcast:transcript", namespaces=ns)
    assert (
        transcript.get("url").endswith("zzrb/2023-12-02/transcript.vtt")
        and transcript.get("type") == "text/vtt"
    )
    assert (
        root.find("channel/item/podcast:chapters", namespaces=ns).get("type") == "application/json+chapters"
    )
    cover = tmp_path / "cover.png"
    assert cover.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(cover.read_bytes()[16:20], "big") == 1400


def test_podcast_guid_is_uuid5_of_feed_url_without_scheme():
    # The Podcasting 2.0 namespace documents this example value.
    assert feed_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"


def test_rebuilding_a_date_replaces_and_another_date_adds(tmp_path):
    update_feed(tmp_path, episode(tmp_path, "2023-12-02"), INFO)
    update_feed(tmp_path, episode(tmp_path, "2023-12-02", size=2000), INFO)
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert [int(e.enclosures[0].length) for e in parsed.entries] == [2000]
    update_feed(tmp_path, episode(tmp_path, "2023-12-03"), INFO)
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert [e.id for e in parsed.entries] == ["audiopaper:zzrb:2023-12-03", "audiopaper:zzrb:2023-12-02"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_episode_whose_audio_was_deleted_leaves_the_feed(tmp_path):
    first = episode(tmp_path, "2023-12-01")
    update_feed(tmp_path, first, INFO)
    (tmp_path / first.audio).unlink()
    update_feed(tmp_path, episode(tmp_path, "2023-12-02"), INFO)
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert [e.id for e in parsed.entries] == ["audiopaper:zzrb:2023-12-02"]


def test_damaged_state_is_reported_not_overwritten(tmp_path):
    (tmp_path / "episodes.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(OutputError, match="damaged"):
        update_feed(tmp_path, episode(tmp_path, "2023-12-02"), INFO)
    assert (tmp_path / "episodes.json").read_text(encoding="utf-8") == "{not json"
    assert not (tmp_path / "feed.xml").exists()


def test_the_mp3_a_rebuild_replaces_is_deleted_once_the_feed_stops_naming_it(tmp_path):
    first = episode(tmp_path, "2023-12-02")
    update_feed(tmp_path, first, INFO)
    newer = tmp_path / "zzrb" / "2023-12-02" / "zzrb-2023-12-02-def.mp3"
    newer.write_bytes(b"\xfe" * 10)
    unpublished = (
        tmp_path / "zzrb" / "2023-12-02" / "zzrb-2023-12-02-xyz.mp3"
    )  # another build's, not yet published
    unpublished.write_bytes(b"\xfd" * 10)
    update_feed(
        tmp_path,
        episode(tmp_path, "2023-12-02", size=10, audio="zzrb/2023-12-02/zzrb-2023-12-02-def.mp3"),
        INFO,
    )
    assert not (tmp_path / first.audio).exists()
    assert newer.exists() and unpublished.exists()


def test_a_build_without_a_base_url_keeps_the_published_one(tmp_path):
    update_feed(tmp_path, episode(tmp_path, "2023-12-02"), INFO)
    update_feed(tmp_path, episode(tmp_path, "2023-12-03"), FeedInfo(title="", base_url=None))
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert all(e.enclosures[0].href.startswith("https://example.org/paper/") for e in parsed.entries)


def test_feed_title_names_every_paper_it_carries_unless_one_was_given(tmp_path):
    update_feed(tmp_path, episode(tmp_path, "2023-12-02"), INFO)
    other = episode(
        tmp_path,
        "2024-03-05",
        guid=episode_guid("hcwb", "2024-03-05"),
        paper="河川晚报",
        title="河川晚报 有声版",
    )
    parsed = feedparser.parse(update_feed(tmp_path, other, INFO).read_bytes())
    assert parsed.feed.title == "河川晚报、郑州日报有声版"
    update_feed(tmp_path, other, FeedInfo(title="早间读报", base_url=None))
    parsed = feedparser.parse(update_feed(tmp_path, episode(tmp_path, "2023-12-03"), INFO).read_bytes())
    assert parsed.feed.title == "早间读报"  # a chosen title stays chosen


def test_a_feed_state_from_before_title_given_still_follows_its_papers(tmp_path):
    import json

    update_feed(tmp_path, episode(tmp_path, "2023-12-02"), INFO)
    state = json.loads((tmp_path / "episodes.json").read_text(encoding="utf-8"))
    del state["feed"]["title_given"]
    (tmp_path / "episodes.json").write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    other = episode(tmp_path, "2024-03-05", guid=episode_guid("hcwb", "2024-03-05"), paper="河川晚报")
    assert (
        feedparser.parse(update_feed(tmp_path, other, INFO).read_bytes()).feed.title
        == "河川晚报、郑州日报有声版"
    )
