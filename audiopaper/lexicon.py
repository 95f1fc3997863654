"""The pronunciation lexicon: whole-word replacements applied before numbers are read.

Engines misread some words: polyphones (行长, 长三角), names, and abbreviations a paper
wants spelled out.  The lexicon is data an editor can change without touching code::

    voices/lexicon.toml            shared by every paper
    voices/papers/<slug>.toml      one paper's overrides, e.g. voices/papers/zzrb.toml

Both files hold one table, ``[replace]``, mapping the printed word to what the engine is
given (a homophone spelling the engine reads right, or the spelled-out form)::

    [replace]
    "行长" = "航长"
    "郑大一附院" = "郑州大学第一附属医院"

A paper file names its paper with ``paper = "郑州日报"`` so ``load_lexicon("郑州日报")`` and
``load_lexicon("zzrb")`` (the file's stem, the slug from ``voices/papers.toml``) both find
it.  A paper entry beats a shared entry with the same key; mapping a word to itself
switches a shared entry off for that paper.  Matching is longest first, in one pass, so a
longer identity entry ("银行长期" = "银行长期") protects a context from a shorter one, and a
replacement is never replaced again.  Latin keys match whole words only (GDP is not
replaced inside GDPR).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .config import voices_dir
from .errors import ConfigError

SHARED_FILE = "lexicon.toml"
PAPERS_DIR = "papers"
_TOP_KEYS = {"replace", "paper", "description"}


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex for many literal words, as a trie, so matching cost does not grow with the count.

    Alternatives at each node are ordered longest-first, which makes the leftmost match the
    longest one.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _word_pattern(keys: Iterable[str]) -> re.Pattern[str] | None:
    latin = [k for k in keys if k[0].isascii() and k[0].isalnum() or k[-1].isascii() and k[-1].isalnum()]
    other = [k for k in keys if k not in set(latin)]
    parts = []
    if latin:  # whole words: GDP not inside GDPR, G60 not inside G601
        parts.append(
            rf"(?<![A-Za-z0-9])(?:{_trie_pattern(sorted(latin, key=len, reverse=True))})(?![A-Za-z0-9])"
        )
    if other:
        parts.append(_trie_pattern(other))
    return re.compile("|".join(parts)) if parts else None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word → spoken replacement pairs, and the files they came from (for messages)."""

    entries: tuple[tuple[str, str], ...] = ()
    sources: tuple[str, ...] = ()
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _table: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        table = dict(self.entries)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_pattern", _word_pattern(table))

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str], sources: Iterable[str] = ()) -> Lexicon:
        return cls(tuple(mapping.items()), tuple(sources))

    def __len__(self) -> int:
        return len(self._table)

    def get(self, word: str) -> str | None:
        return self._table.get(word)

    def apply(self, text: str) -> str:
        """Replace every listed word in one left-to-right pass, longest match first."""
        if self._pattern is None:
            return text
        table = self._table
        return self._pattern.sub(lambda m: table.get(m.group(0), m.group(0)), text)


def _read_table(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _entries(data: Mapping, path: Path) -> dict[str, str]:
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} (expected [replace], paper, description)")
    table = data.get("replace", {})
    if not isinstance(table, dict):
        raise ConfigError(f'{path}: \'replace\' must be a table of "word" = "spoken" pairs')
    out: dict[str, str] = {}
    for word, spoken in table.items():
        if not isinstance(spoken, str):
            raise ConfigError(f"{path}: [replace] {word!r} must map to a string, not {type(spoken).__name__}")
        if not word.strip() or not spoken.strip():
            raise ConfigError(f"{path}: [replace] {word!r}: word and replacement must not be empty")
        out[word.strip()] = spoken.strip()
    return out


def _paper_file(papers: Path, paper: str) -> Path | None:
    """voices/papers/<paper>.toml by slug, else the paper file whose ``paper =`` names it."""
    direct = papers / f"{paper}.toml"
    if direct.is_file():
        return direct
    for path in sorted(papers.glob("*.toml")):
        if _read_table(path).get("paper") == paper:
            return path
    return None


def load_lexicon(paper: str | None = None, *, root: Path | None = None) -> Lexicon:
    """The shared lexicon with ``paper``'s overrides on top (root: env AUDIOPAPER_VOICES_DIR, else voices/).

    A missing shared file or paper file is not an error (nothing to replace); a file that
    exists but does not parse, or holds a bad entry, is a ConfigError naming file and key.
    """
    folder = root or voices_dir()
    merged: dict[str, str] = {}
    sources: list[str] = []
    shared = folder / SHARED_FILE
    if shared.is_file():
        merged.update(_entries(_read_table(shared), shared))
        sources.append(str(shared))
    if paper and (folder / PAPERS_DIR).is_dir():
        own = _paper_file(folder / PAPERS_DIR, paper)
        if own is not None:
            merged.update(_entries(_read_table(own), own))
            sources.append(str(own))
    return Lexicon.from_mapping(merged, sources)
