"""Long measurements for ``make bench``: one ``bench: NAME=VALUE`` line per figure.

Everything runs on this machine: the edge engine talks to the local fake Read Aloud
service (with per-request latency, like the real one), the offline engine runs espeak-ng.
Kept out of the test suite because the figures take minutes and depend on the machine.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

from .build import build_episode
from .config import Settings
from .engines.edge import EdgeEngine
from .fakes.readaloud import Faults, ReadAloudServer
from .model import Edition, Paragraph, Story
from .order import edition_to_dict

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "zzrb-2023-12-02-p01.txt"
LATENCY = 0.5


def say(name: str, value: object) -> None:
    print(f"bench: {name}={value}", flush=True)


def synthetic_edition(stories: int = 24) -> Edition:
    """A 24-story edition of plausible length per story, as a running order."""
    body = "市有关部门今天发布消息，将进一步优化营商环境，推动重点项目建设，保障和改善民生。"
    return Edition(
        "郑州日报",
        "2023-12-09",
        (1,),
        tuple(
            Story(
                f"p1-s{n:02d}",
                f"第{n}条测试新闻标题",
                (
                    Paragraph("body", f"第{n}条新闻第一段。" + body),
                    Paragraph("body", f"第{n}条新闻第二段。" + body),
                ),
                byline="本报讯(记者 王红)",
            )
            for n in range(1, stories + 1)
        ),
    )


def timed_build(inputs: list[Path], out: Path, engine, connections: int = 4) -> tuple[float, dict, Path]:
    settings = Settings(out=out, engine=engine.name, connections=connections, cache_dir=out / "cache")
    t0 = time.perf_counter()
    result = build_episode(inputs, settings, engine=engine)
    return time.perf_counter() - t0, result.report, result.episode.audio_path


def bench_connections(tmp: Path) -> None:
    order = tmp / "order24.json"
    order.write_text(json.dumps(edition_to_dict(synthetic_edition()), ensure_ascii=False), encoding="utf-8")
    with ReadAloudServer(latency=LATENCY, seconds_per_char=0.12) as server:
        walls: dict[int, float] = {}
        synth: dict[int, float] = {}
        for connections in (1, 4, 8):
            wall, report, _ = timed_build(
                [order], tmp / f"conn{connections}", EdgeEngine(server.url), connections
            )
            walls[connections], synth[connections] = wall, report["stage_seconds"]["synthesize"]
            say(f"edge_24_stories_{connections}_connections_wall_s", f"{wall:.2f}")
            say(f"edge_24_stories_{connections}_connections_synthesize_s", f"{synth[connections]:.2f}")
        say("edge_24_stories_requests", report["utterances"])
        say("speedup_4_connections_wall", f"{walls[1] / walls[4]:.2f}")
        say("speedup_4_connections_synthesize", f"{synth[1] / synth[4]:.2f}")
        say("speedup_8_connections_wall", f"{walls[1] / walls[8]:.2f}")
        _, _, clean = timed_build([order], tmp / "clean", EdgeEngine(server.url), 4)
    faults = Faults(failure_rate=0.2, seed=7)
    with ReadAloudServer(latency=LATENCY, seconds_per_char=0.12, faults=faults) as server:
        wall, report, flaky = timed_build([order], tmp / "flaky", EdgeEngine(server.url), 4)
    say("edge_24_stories_20pct_failures_wall_s", f"{wall:.2f}")
    say("edge_24_stories_20pct_failures_retries", report["retries"])
    say("edge_24_stories_20pct_failures_identical_mp3", _digest(flaky) == _digest(clean))


def bench_cold_warm(tmp: Path) -> None:
    with ReadAloudServer(latency=LATENCY, seconds_per_char=0.2) as server:
        cold, report, _ = timed_build([SAMPLE], tmp / "sample", EdgeEngine(server.url), 4)
        warm, again, _ = timed_build([SAMPLE], tmp / "sample", EdgeEngine(server.url), 4)
    say("sample_cold_build_s", f"{cold:.2f}")
    say("sample_warm_build_s", f"{warm:.3f}")
    say("sample_warm_over_cold_pct", f"{100 * warm / cold:.1f}")
    say("sample_audio_s", f"{report['audio_seconds']:.1f}")
    say("sample_warm_clips_synthesized", again["clips_synthesized"])


def bench_offline(tmp: Path) -> None:
    """espeak on the sample page's spoken text, engine alone and whole synthesize stage."""
    import wave
    from concurrent.futures import ThreadPoolExecutor

    from .config import load_profile
    from .engines.espeak import EspeakEngine
    from .ingest import read_page
    from .lexicon import load_lexicon
    from .normalize import normalize
    from .script import plan
    from .segment import segment

    edition = segment([read_page(SAMPLE)])
    lexicon = load_lexicon(edition.paper)
    utts = plan(edition, load_profile("default"), "espeak", speak=lambda t: normalize(t, lexicon=lexicon))
    for workers in (1, 2):
        with EspeakEngine(workers=workers) as engine:
            engine.synthesize(utts[0], tmp / "warm.wav")  # start the pool outside the clock
            paths = [tmp / f"espeak{workers}-{n}.wav" for n in range(len(utts))]
            t0 = time.perf_counter()
            with ThreadPoolExecutor(workers * 2) as pool:
                list(pool.map(engine.synthesize, utts, paths))
            wall = time.perf_counter() - t0
        audio = 0.0
        for path in paths:
            with wave.open(str(path)) as w:
                audio += w.getnframes() / w.getframerate()
        say(f"espeak_{workers}_process_engine_s", f"{wall:.2f}")
        say(f"espeak_{workers}_process_realtime_factor", f"{audio / wall:.0f}x")
        with EspeakEngine(workers=workers) as engine:
            _, report, _ = timed_build([SAMPLE], tmp / f"espeak{workers}", engine, connections=workers * 2)
        say(
            f"espeak_{workers}_process_build_synthesize_stage_s",
            f"{report['stage_seconds']['synthesize']:.2f}",
        )
        say(f"espeak_{workers}_process_build_total_s", f"{report['total_seconds']:.2f}")
    say("sample_espeak_audio_s", f"{audio:.0f}")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


BENCHES = {"offline": bench_offline, "cache": bench_cold_warm, "connections": bench_connections}


def main(argv: list[str]) -> None:
    """Run all benches, or those named: python -m audiopaper.bench connections"""
    for name in argv:
        if name not in BENCHES:
            raise SystemExit(f"unknown bench {name!r}; choose from {', '.join(BENCHES)}")
    with tempfile.TemporaryDirectory(prefix="audiopaper-bench-") as folder:
        for name in argv or BENCHES:
            BENCHES[name](Path(folder))


if __name__ == "__main__":
    main(sys.argv[1:])
