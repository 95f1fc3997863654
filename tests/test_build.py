"""The whole pipeline, run for real with the deterministic FakeEngine."""

import json
import shutil
from pathlib import Path

import feedparser
import pytest

from audiopaper import ffmpeg
from audiopaper.build import build_episode
from audiopaper.config import Settings
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import OutputError, SynthesisError
from audiopaper.synthesize import RetryPolicy
from audiopaper.tags import read_tags

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "zzrb-2023-12-02-p01.txt"
SMALL = Path(__file__).resolve().parent / "data" / "zzrb-2023-12-05-p01.txt"


class Interrupting(FakeEngine):
    """Presses Ctrl-C after a number of clips, as a user would mid-build."""

    def __init__(self, after: int):
        super().__init__()
        self.after = after

    def synthesize(self, utt, out):
        if len(self.calls) >= self.after:
            raise KeyboardInterrupt
        super().synthesize(utt, out)


@pytest.fixture
def settings(tmp_path):
    return Settings(out=tmp_path / "output", engine="fake", report=tmp_path / "report.json")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "output"
    settings = Settings(out=out, engine="fake", report=out.parent / "report.json")
    result = build_episode([SAMPLE], settings, engine=FakeEngine())
    return settings, result


@pytest.mark.slow
def test_sample_builds_an_episode_with_a_chapter_per_story(built):
    settings, result = built
    edition = json.loads((result.episode_dir / "edition.json").read_text(encoding="utf-8"))
    titles = [s["title"] for s in edition["stories"]]
    assert len(titles) >= 6
    tags = read_tags(result.episode.audio_path)
    assert [c.title for c in tags.chapters] == titles
    starts = [c.start_s for c in tags.chapters]
    assert starts[0] > 3 and starts == sorted(starts)
    assert (tags.album, tags.date) == ("郑州日报", "2023-12-02")
    decoded = ffmpeg.duration_of(ffmpeg.decode(result.episode.audio_path))
    assert abs(decoded - result.episode.duration_s) < 0.15
    assert tags.chapters[-1].end_s < result.episode.duration_s


@pytest.mark.slow
def test_feed_lists_the_episode_with_exact_length(built):
    settings, result = built
    parsed = feedparser.parse((settings.out / "feed.xml").read_bytes())
    assert not parsed.bozo
    [entry] = parsed.entries
    enclosure = entry.enclosures[0]
    assert int(enclosure.length) == result.episode.audio_path.stat().st_size
    assert (
        enclosure.href
        == "http://localhost:8000/" + result.episode.audio_path.relative_to(settings.out).as_posix()
    )
    assert int(entry.itunes_duration) == round(result.episode.duration_s)


@pytest.mark.slow
def test_report_and_manifests_name_the_engine_and_stages(built):
    settings, result = built
    report = json.loads(settings.report.read_text(encoding="utf-8"))
    assert report["engine"] == "fake"
    assert report["clips_synthesized"] > 0 and report["clips_cached"] == 0
    assert set(report["stage_seconds"]) >= {"segment", "normalize", "synthesize", "assemble", "feed"}
    assert report["audio_seconds"] == pytest.approx(result.episode.duration_s)
    episode = json.loads((result.episode_dir / "episode.json").read_text(encoding="utf-8"))
    assert episode["engine"] == "fake"
    vtt = (result.episode_dir / "transcript.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT") and "居民服务一卡通" in vtt
    page = (result.episode_dir / "index.html").read_text(encoding="utf-8")
    assert result.episode.audio_path.name in page and page.count("<article") == result.episode.stories
    assert "zzrb/2023-12-02/index.html" in (settings.out / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_warm_rebuild_synthesizes_nothing_and_replaces_the_episode(built):
    settings, first = built
    engine = FakeEngine()
    again = build_episode([SAMPLE], settings, engine=engine)
    assert engine.calls == []
    assert again.report["clips_synthesized"] == 0 and again.report["clips_cached"] > 0
    assert again.episode.audio_path == first.episode.audio_path  # same bytes, same URL
    parsed = feedparser.parse((settings.out / "feed.xml").read_bytes())
    assert len(parsed.entries) == 1


@pytest.mark.slow
def test_another_date_adds_an_episode(settings, tmp_path):
    other = tmp_path / "zzrb-2023-12-06-p01.txt"
    shutil.copy(SMALL, other)
    build_episode([SMALL], settings, engine=FakeEngine())
    build_episode([other], settings, engine=FakeEngine())
    parsed = feedparser.parse((settings.out / "feed.xml").read_bytes())
    assert [e.id for e in parsed.entries] == ["audiopaper:zzrb:2023-12-06", "audiopaper:zzrb:2023-12-05"]


def test_unwritable_output_fails_before_any_work(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    engine = FakeEngine()
    with pytest.raises(OutputError, match="cannot write"):
        build_episode([SMALL], Settings(out=blocker / "output"), engine=engine)
    assert engine.calls == []


@pytest.mark.slow
def test_failed_synthesis_publishes_nothing(settings):
    engine = FakeEngine(fail={"城市书房": 100})
    with pytest.raises(SynthesisError, match="p1-s02"):
        build_episode([SMALL], settings, engine=engine, retry=RetryPolicy(sleep=lambda s: None))
    assert not (settings.out / "feed.xml").exists()
    assert not list(settings.out.rglob("*.mp3"))
    assert not (settings.out / "zzrb").exists()  # no empty or half episode folder either


@pytest.mark.slow
def test_interrupted_build_resumes_with_only_the_missing_clips(settings):
    with pytest.raises(KeyboardInterrupt):
        build_episode([SMALL], settings, engine=Interrupting(after=3))
    assert not (settings.out / "feed.xml").exists()
    engine = FakeEngine()
    result = build_episode([SMALL], settings, engine=engine)
    assert result.report["clips_cached"] >= 3
    assert len(engine.calls) == result.report["clips_synthesized"]
    assert result.report["clips_synthesized"] + result.report["clips_cached"] <= result.report["utterances"]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs: room for the manifests, not for the episode. Needs root (CI is root)."""
    import os
    import subprocess

    mount = tmp_path / "tiny"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)]).returncode
    ):
        pytest.skip("cannot mount a small tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.slow
def test_full_disk_is_one_clear_error_and_leaves_no_half_episode(tiny_disk, tmp_path):
    settings = Settings(out=tiny_disk, cache_dir=tmp_path / "cache")
    with pytest.raises(OutputError, match="disk full"):
        build_episode([SMALL], settings, engine=FakeEngine())
    assert not list(tiny_disk.rglob("*.mp3")) and not list(tiny_disk.rglob("*.part"))
    assert not (tiny_disk / "feed.xml").exists()


@pytest.mark.slow
def test_a_rebuild_that_fails_to_publish_keeps_the_episode_the_feed_points_to(settings, tmp_path):
    first = build_episode([SMALL], settings, engine=FakeEngine())
    (settings.out / "episodes.json").write_text("{damaged", encoding="utf-8")
    changed = Settings(out=settings.out, engine="fake", cache_dir=tmp_path / "other-cache")
    with pytest.raises(OutputError, match="damaged"):
        build_episode([SMALL], changed, engine=FakeEngine(seconds_per_char=0.12))
    feed = feedparser.parse((settings.out / "feed.xml").read_bytes())
    published = settings.out / feed.entries[0].enclosures[0].href.removeprefix("http://localhost:8000/")
    assert published == first.episode.audio_path and published.exists()
    assert list(first.episode_dir.glob("*.mp3")) == [published]  # the unpublished new one is gone
    assert not list(first.episode_dir.glob(".*"))


@pytest.mark.slow
def test_a_failed_rebuild_leaves_transcripts_and_manifests_matching_the_published_episode(settings):
    first = build_episode([SMALL], settings, engine=FakeEngine())
    folder = first.episode_dir
    names = [
        "transcript.vtt",
        "transcript.txt",
        "chapters.json",
        "edition.json",
        "clips.json",
        "episode.json",
    ]
    before = {name: (folder / name).read_bytes() for name in names}
    edited = settings.out.parent / "zzrb-2023-12-05-p01.txt"
    edited.write_text(SMALL.read_text(encoding="utf-8").replace("城市书房", "城市书屋"), encoding="utf-8")
    with pytest.raises(SynthesisError):
        build_episode(
            [edited],
            settings,
            engine=FakeEngine(fail={"城市书屋": 100}),
            retry=RetryPolicy(sleep=lambda s: None),
        )
    assert {name: (folder / name).read_bytes() for name in names} == before
    assert list(folder.glob("*.mp3")) == [first.episode.audio_path]


@pytest.mark.slow
def test_two_builds_at_once_into_one_output_both_publish(tmp_path):
    """Two editors building different dates into the same feed at the same moment."""
    import threading

    out = tmp_path / "output"
    other = tmp_path / "zzrb-2023-12-06-p01.txt"
    shutil.copy(SMALL, other)
    errors = []

    def run(page, cache):
        try:
            build_episode([page], Settings(out=out, cache_dir=tmp_path / cache), engine=FakeEngine())
        except Exception as exc:  # noqa: BLE001 -- collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=a) for a in ((SMALL, "c1"), (other, "c2"), (SMALL, "c3"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert sorted(e.id for e in parsed.entries) == [
        "audiopaper:zzrb:2023-12-05",
        "audiopaper:zzrb:2023-12-06",
    ]
    for entry in parsed.entries:
        published = out / entry.enclosures[0].href.removeprefix("http://localhost:8000/")
        assert published.stat().st_size == int(entry.enclosures[0].length)
    assert not list(out.rglob("*.part"))
