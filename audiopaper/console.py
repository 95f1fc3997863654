"""What the CLI draws on a terminal: progress bars, the running-order table, voice lists.

Bars and tables go to stderr/stdout through rich only when that stream is a terminal;
otherwise warnings are plain lines and progress is silent, so cron jobs log cleanly.
"""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .build import Reporter
from .config import Profile
from .model import Edition

LABELS = {"synthesize": "朗读 synthesizing", "encode": "编码 encoding"}


class TerminalReporter(Reporter):
    """Rich progress bars on a terminal; warnings as single 'Warning:' lines on stderr."""

    def __init__(self) -> None:
        self.console = Console(stderr=True)
        self.enabled = sys.stderr.isatty()
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=self.console, transient=False,
        )  # fmt: skip
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> TerminalReporter:
        if self.enabled:
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.progress.stop()

    def start(self, stage: str, total: int) -> None:
        if self.enabled:
            self.tasks[stage] = self.progress.add_task(LABELS.get(stage, stage), total=total)

    def advance(self, stage: str, n: int = 1) -> None:
        if stage in self.tasks:
            self.progress.advance(self.tasks[stage], n)

    def finish(self, stage: str) -> None:
        if stage in self.tasks:
            task = self.tasks[stage]
            self.progress.update(task, completed=self.progress.tasks[task].total)

    def warn(self, message: str) -> None:
        if self.enabled:
            self.progress.console.print(f"[yellow]Warning:[/] {message}", highlight=False)
        else:
            print(f"Warning: {message}", file=sys.stderr)


def print_edition(edition: Edition) -> None:
    """The running order, then teasers and every skipped line, for an editor to audit."""
    console = _stdout()
    pages = ",".join(str(p) for p in edition.pages)
    console.print(f"[bold]{edition.paper}[/] {edition.date} · 版 {pages} · {len(edition.stories)} stories")
    table = Table(show_lines=False)
    for column in ("#", "id", "title", "byline", "paras", "chars", "jump"):
        table.add_column(column, overflow="fold")
    for n, story in enumerate(edition.stories, 1):
        chars = sum(len(p.text) for p in story.paragraphs)
        jump = " ".join(
            part
            for part in (
                f"←{story.continued_from}版" if story.continued_from else "",
                f"→{story.continues_on}版" if story.continues_on else "",
            )
            if part
        )
        head = story.title if not story.kicker else f"[dim]{story.kicker}[/]\n{story.title}"
        if story.subtitle:
            head += f"\n[dim]{story.subtitle}[/]"
        table.add_row(
            str(n), story.id, head, story.byline or "", str(len(story.paragraphs)), str(chars), jump
        )
    console.print(table)
    if edition.teasers:
        console.print("[bold]Teasers[/] (not read):")
        for teaser in edition.teasers:
            console.print(f"  {teaser.text} → {teaser.page}版", highlight=False)
    if edition.skipped:
        console.print(f"[bold]Skipped lines[/] ({len(edition.skipped)}, never read aloud):")
        for skip in edition.skipped:
            console.print(f"  p{skip.page}:{skip.line:<4} {skip.reason:<10} {skip.text}", highlight=False)


def print_voices(engines: list[str], profile: Profile) -> None:
    console = _stdout()
    for name in engines:
        if name == "edge":
            from .engines.edge import EdgeEngine

            voices = EdgeEngine().voices()
        else:
            from .engines.espeak import EspeakEngine

            with EspeakEngine() as engine:
                voices = engine.voices()
        used = {v.name for v in profile.voices.get(name, {}).values()}
        table = Table(title=f"{name} voices (* = used by profile {profile.name})")
        for column in ("", "voice", "locale", "gender", "description"):
            table.add_column(column)
        for voice in voices:
            table.add_row(
                "*" if voice.name in used else "", voice.name, voice.locale, voice.gender, voice.description
            )
        console.print(table)


def _stdout() -> Console:
    """A console for stdout; piped output gets wide lines instead of folded cells."""
    return Console(width=None if sys.stdout.isatty() else 200)
