"""The ``audiopaper`` command: options -> Settings -> one library call -> paths printed.

Every AudiopaperError is turned into one ``Error: ...`` line and exit code 1 in one place
(``_Group.invoke``); Ctrl-C says how to resume.  Progress bars go to stderr only when it
is a terminal, so scripts and cron jobs get quiet, parseable output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from .config import ENGINES, Settings, check_base_url
from .engines import NAMES as ENGINE_REGISTRY
from .errors import AudiopaperError, ConfigError


class _Group(TyperGroup):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AudiopaperError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo(
                "Interrupted: finished clips are cached; run the same command again to resume.", err=True
            )
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_Group,
    help="Turn a Chinese newspaper page or edition into a Mandarin podcast episode with chapters, "
    "transcript and RSS feed.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
cache_app = typer.Typer(
    cls=_Group, help="Inspect and prune the cache of synthesized clips.", no_args_is_help=True
)
app.add_typer(cache_app, name="cache")

Inputs = Annotated[
    list[Path],
    typer.Argument(
        metavar="PAGES",
        help="Page text files (UTF-8 or GB18030), a folder of pages, or an edited running-order .json.",
    ),
]
PaperOpt = Annotated[
    str | None,
    typer.Option("--paper", help="Paper name, e.g. 郑州日报 (default: from file name or masthead)."),
]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Edition date YYYY-MM-DD (default: from file name or masthead).")
]


def _settings(**values) -> Settings:
    from .ingest import parse_date

    if values.get("date"):
        values["date"] = parse_date(values["date"])
    engine = values.get("engine")
    if engine is not None and engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if values.get("base_url") is not None:
        values["base_url"] = check_base_url(values["base_url"])
    if values.get("report") is not None and not values["report"].parent.is_dir():
        raise ConfigError(f"--report {values['report']}: folder {values['report'].parent} does not exist")
    if values.get("connections", 1) < 1 or values.get("connections", 1) > 32:
        raise ConfigError("--connections must be between 1 and 32")
    return Settings(**{k: v for k, v in values.items() if v is not None})


@app.command()
def build(
    inputs: Inputs,
    paper: PaperOpt = None,
    date: DateOpt = None,
    engine: Annotated[
        str, typer.Option(help="Speech engine: auto (edge if reachable, else espeak), edge or espeak.")
    ] = "auto",
    voices: Annotated[
        str, typer.Option("--voices", help="Voice profile: a name in voices/ or a .toml path.")
    ] = "default",
    out: Annotated[Path, typer.Option(help="Output folder for episodes and feed.xml.")] = Path("output"),
    base_url: Annotated[
        str | None,
        typer.Option(
            help="Public URL of the output folder, for enclosure links "
            "(default: the one the feed already uses, else http://localhost:8000/)."
        ),
    ] = None,
    connections: Annotated[int, typer.Option(help="Parallel requests to the speech service (1-32).")] = 4,
    report: Annotated[
        Path | None, typer.Option(help="Write a JSON build report (stage times, cache use) here.")
    ] = None,
    feed_title: Annotated[
        str | None,
        typer.Option(
            help="Feed title, kept for later builds (default: '<paper>有声版', naming each paper the feed carries)."
        ),
    ] = None,
) -> None:
    """Build the audio edition of PAGES and publish it in OUT/feed.xml."""
    from .build import build_episode
    from .console import TerminalReporter

    settings = _settings(
        paper=paper, date=date, engine=engine, profile=voices, out=out, base_url=base_url,
        connections=connections, report=report, feed_title=feed_title,
    )  # fmt: skip
    with TerminalReporter() as reporter:
        result = build_episode(inputs, settings, reporter=reporter)
    ep, rep = result.episode, result.report
    minutes, seconds = divmod(round(ep.duration_s), 60)
    typer.echo(
        f"{ep.paper} {ep.date}: {ep.stories} stories, {minutes}:{seconds:02d} of audio, engine {ep.engine} "
        f"({rep['clips_synthesized']} clips synthesized, {rep['clips_cached']} from cache)"
    )
    typer.echo(f"episode: {ep.audio_path}\nfeed:    {result.feed}")


@app.command("segment")
def segment_cmd(
    inputs: Inputs,
    paper: PaperOpt = None,
    date: DateOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the running order as JSON (editable, buildable).")
    ] = False,
) -> None:
    """Show the stories found on PAGES in running order, and every line left unread and why."""
    from .build import load_edition
    from .order import edition_to_dict

    edition = load_edition(inputs, _settings(paper=paper, date=date), warn=lambda m: typer.echo(m, err=True))
    if as_json:
        typer.echo(json.dumps(edition_to_dict(edition), ensure_ascii=False, indent=2))
        return
    from .console import print_edition

    print_edition(edition)


@app.command("normalize")
def normalize_cmd(
    text: Annotated[str | None, typer.Argument(help="Text to normalize (default: --file or stdin).")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read text from this file.")] = None,
    paper: Annotated[str | None, typer.Option(help="Apply this paper's lexicon overrides too.")] = None,
) -> None:
    """Print the spoken form of TEXT line by line, as the voices will read it."""
    from .ingest import decode_text
    from .lexicon import load_lexicon
    from .normalize import normalize_lines

    if text is None and file is not None:
        try:
            text, _ = decode_text(file.read_bytes(), str(file))
        except OSError as exc:
            raise ConfigError(f"cannot read {file}: {exc.strerror or exc}") from None
    elif text is None:
        if sys.stdin.isatty():
            raise ConfigError("give TEXT, --file FILE, or pipe text on stdin")
        text, _ = decode_text(sys.stdin.buffer.read(), "standard input")  # GBK pipes too
    for line in normalize_lines(text.splitlines(), lexicon=load_lexicon(paper)):
        typer.echo(line)


@app.command("voices")
def voices_cmd(
    engine: Annotated[str | None, typer.Option(help="Only this engine (edge or espeak).")] = None,
    voices: Annotated[str, typer.Option("--voices", help="Mark the voices this profile uses.")] = "default",
) -> None:
    """List the Mandarin voices of each engine; * marks those the profile uses."""
    from .config import load_profile
    from .console import print_voices

    profile = load_profile(voices)
    names = [engine] if engine else ["edge", "espeak"]
    for name in names:
        if name not in ("edge", "espeak"):
            raise ConfigError(f"unknown engine {name!r} (choose from edge, espeak)")
    print_voices(names, profile)


@cache_app.command("info")
def cache_info(
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder (default: OUT/.cache/clips).")] = None,
    out: Annotated[Path, typer.Option(help="Output folder whose cache to use.")] = Path("output"),
) -> None:
    """Show how many clips are cached, their size and audio length."""
    from .cache import ClipCache

    info = ClipCache(_existing_cache(out, cache_dir)).info()
    for key, value in _as_dict(info).items():
        typer.echo(f"{key}: {value}")


@cache_app.command("prune")
def cache_prune(
    older_than: Annotated[float | None, typer.Option(help="Remove clips unused for this many days.")] = None,
    max_size: Annotated[
        str | None,
        typer.Option(help="Shrink the cache to this size (e.g. 500M, 2G), least recently used first."),
    ] = None,
    engine: Annotated[str | None, typer.Option(help="Only clips of this engine.")] = None,
    dry_run: Annotated[bool, typer.Option(help="Only say what would be removed.")] = False,
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder (default: OUT/.cache/clips).")] = None,
    out: Annotated[Path, typer.Option(help="Output folder whose cache to use.")] = Path("output"),
) -> None:
    """Remove cached clips by age, total size or engine."""
    from .cache import ClipCache

    if older_than is None and max_size is None and engine is None:
        raise ConfigError("say what to prune: --older-than DAYS, --max-size SIZE or --engine NAME")
    if older_than is not None and not 0 <= older_than < float("inf"):
        raise ConfigError(f"--older-than {older_than:g} must be 0 or more days")
    if engine is not None and engine not in ENGINE_NAMES:
        raise ConfigError(f"unknown engine {engine!r} (choose from {', '.join(ENGINE_NAMES)})")
    cache = ClipCache(_existing_cache(out, cache_dir))
    result = cache.prune(
        older_than_days=older_than, max_bytes=_size(max_size), engine=engine, dry_run=dry_run
    )
    for key, value in _as_dict(result).items():
        typer.echo(f"{key}: {value}")


@app.command("serve")
def serve_cmd(
    out: Annotated[
        Path, typer.Option(help="Output folder to serve (feed.xml, episodes, transcripts).")
    ] = Path("output"),
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 for phones on the same network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve OUT to podcast apps, answering byte-range requests (206) as they require."""
    from .serve import OutputServer

    if not 0 <= port <= 65535:
        raise ConfigError(f"--port {port} is not a port number (0-65535)")
    if not (out / "feed.xml").is_file():
        raise ConfigError(f"{out} has no feed.xml yet; run audiopaper build first")
    try:
        server = OutputServer(out, host, port)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    typer.echo(f"serving {out} at http://{host}:{server.server_address[1]}/feed.xml (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("stopped")
    finally:
        server.server_close()


# What a cached clip can name as its engine ("auto" is a choice, never a clip's engine).
ENGINE_NAMES = tuple(name for name in ENGINE_REGISTRY if name != "auto")


def _existing_cache(out: Path, cache_dir: Path | None) -> Path:
    """The cache folder, which must exist: a mistyped --out should not read as an empty cache."""
    root = _settings(out=out, cache_dir=cache_dir).cache_root
    if not root.is_dir():
        raise ConfigError(f"no clip cache at {root}: nothing was built there (check --out or --cache-dir)")
    return root


def _size(text: str | None) -> int | None:
    if text is None:
        return None
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    number, unit = text.strip().upper().rstrip("B"), ""
    if number and number[-1] in units:
        number, unit = number[:-1], number[-1]
    try:
        value = float(number) * units[unit]
    except ValueError:
        raise ConfigError(f"--max-size {text!r} is not a size; use e.g. 500M or 2G") from None
    if value < 0:
        raise ConfigError("--max-size cannot be negative")
    return int(value)


def _as_dict(value) -> dict:
    from dataclasses import asdict, is_dataclass

    return asdict(value) if is_dataclass(value) else dict(value)


def main() -> None:
    app(prog_name="audiopaper")
