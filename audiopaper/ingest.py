"""Read page dumps from disk into Pages: decoding, sanity checks, and metadata from names.

Real page dumps arrive as UTF-8, UTF-8 with a BOM, UTF-16, or -- very often for Chinese
text -- GB18030/GBK.  Anything that is not text (a PDF, an image) or is empty is refused
with one clear line rather than read aloud as noise.  Paper, date and page number come
from options first, then from the file name (``zzrb-2023-12-02-p01.txt``,
``郑州日报2023年12月2日第01版.txt``), then from the masthead ("郑州日报客户端",
"2023年12月2日 星期六").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path

from .config import voices_dir
from .errors import ConfigError, InputError
from .model import Page

TEXT_SUFFIXES = (".txt", ".text")
_DATE_IN_NAME = re.compile(
    r"(?<!\d)(\d{4})(?:[-_.]?(\d{2})[-_.]?(\d{2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?!\d)"
)
# A masthead date line: "2023年12月2日 星期六", "2011-05-19 星期四", "今天是：2018年4月27日".
_DATE_IN_TEXT = re.compile(
    r"(?<!\d)(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})(?!\d)\s*日?"
)
_DATE_LINE_CUE = re.compile(
    r"星期[一二三四五六日天]|周[一二三四五六日]|农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|第\s*\S{1,4}\s*[版期]"
)
_PAGE_IN_NAME = re.compile(r"(?:(?:^|[-_.\s])(?:page|[a-z]|第)?|第)0*(\d{1,3})版?$", re.IGNORECASE)
_SLUG_IN_NAME = re.compile(r"^([a-z]{2,12})(?=[-_\d])", re.IGNORECASE)
_UNSAFE_IN_NAME = re.compile(r"[\\/:*?\"<>|\x00-\x1f\s]+|\.\.+")
# Invisible characters that web pages and PDF extractions scatter through text (zero-width
# spaces and joiners, direction marks, soft hyphens, stray BOMs): "记\u200b者" is 记者.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_PAPER_IN_TEXT = re.compile(r"([\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|商报|都市报|青年报|法治报|经济报|报))")


@dataclass(frozen=True, slots=True)
class NameHints:
    slug: str | None
    date: str | None
    page: int | None


def hints_from_name(path: Path) -> NameHints:
    """Paper slug, ISO date and page number as far as the file name tells them."""
    stem = path.stem
    slug = m.group(1).lower() if (m := _SLUG_IN_NAME.match(stem)) else None
    if slug in ("p", "page", "pages", "ban"):  # "page3.txt" names a page, not a paper
        slug = None
    iso = None
    if m := _DATE_IN_NAME.search(stem):
        month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        iso = _valid_date(m.group(1), month, day)
    rest = _DATE_IN_NAME.sub("", stem)
    m = _PAGE_IN_NAME.search(rest)
    page = int(m.group(1)) if m and 0 < int(m.group(1)) < 1000 else None
    return NameHints(slug, iso, page)


def _valid_date(year: str, month: str, day: str) -> str | None:
    """The ISO date of year, month and day as printed ("2023", "12", "2"), or None if no such day."""
    try:
        return Date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str:
    """An ISO date from a user option (2023-12-02, 20231202, 2023/12/2, 2023年12月2日)."""
    m = re.fullmatch(r"\s*(\d{4})\s*[-/.年_]?\s*(\d{1,2})\s*[-/.月_]?\s*(\d{1,2})\s*日?\s*", text)
    iso = m and _valid_date(m.group(1), m.group(2), m.group(3))
    if not iso:
        raise ConfigError(f"--date {text!r} is not a date; use YYYY-MM-DD, e.g. 2023-12-02")
    return iso


def known_papers(root: Path | None = None) -> dict[str, str]:
    """Slug -> paper name, from voices/papers.toml (e.g. zzrb -> 郑州日报)."""
    path = (root or voices_dir()) / "papers.toml"
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    return {slug: str(entry.get("name", slug)) for slug, entry in data.items() if isinstance(entry, dict)}


def paper_slug(paper: str, hint: str | None = None) -> str:
    """The folder name for a paper: its known slug, else the file-name prefix, else the name.

    A name becomes one safe path component: "--paper ../../x" must not write outside --out.
    """
    for slug, name in known_papers().items():
        if name == paper:
            return slug
    safe = _UNSAFE_IN_NAME.sub("_", hint or paper).strip(" ._")
    return safe or "paper"


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode page bytes; return (text, encoding name). Raise InputError for non-text."""
    if not data.strip():
        raise InputError(f"{source} is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(f"{source} is not valid {codec} text: {exc.reason}") from exc
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise InputError(f"{source} is not a text file (binary data); give a plain-text page dump")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is neither UTF-8 nor GB18030/GBK text (bad byte at offset {exc.start})"
        ) from exc
    if _cjk_ratio(text) < 0.2:
        raise InputError(f"{source} is not UTF-8, and read as GB18030 it is not Chinese text")
    return text, "gb18030"


def _looks_binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(2, len(head) // 100)


def _cjk_ratio(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef") / len(visible)


def read_page(
    path: Path,
    *,
    paper: str | None = None,
    date: str | None = None,
    number: int | None = None,
    default_paper: str | None = None,
    default_date: str | None = None,
) -> Page:
    """Read one page dump. Options win over what the file name and masthead say; the defaults
    (what the edition's other pages say) serve only when neither says anything."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder; give its page files or the folder alone") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    text, encoding = decode_text(data, str(path))
    if _cjk_ratio(text) < 0.05:
        raise InputError(f"{path} contains no Chinese text")
    hints = hints_from_name(path)
    text = _INVISIBLE.sub("", text)
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if lines and lines[-1] == "":
        lines = lines[:-1]
    paper = (
        paper
        or known_papers().get(hints.slug or "")
        or _paper_from_masthead([path.stem])
        or _paper_from_masthead(lines)
        or default_paper
    )
    if not paper:
        raise _no_paper(path)
    date = date or hints.date or _date_from_masthead(lines) or default_date
    if not date:
        raise _no_date(path)
    return Page(paper, date, number or hints.page or 1, lines, str(path), encoding)


def _paper_from_masthead(lines: Sequence[str]) -> str | None:
    for line in lines[:12]:
        if m := _PAPER_IN_TEXT.search(line):
            return m.group(1)
    return None


def _date_from_masthead(lines: Sequence[str]) -> str | None:
    """The printed date of the issue: a short line near the top with a date and a weekday,
    lunar date or issue number, or a line that is nothing but the date.  A date inside a
    story's text ("2023年12月1日，…") is not the paper's date."""
    for line in [line.strip() for line in lines if line.strip()][:15]:
        if len(line) > 60 or not (m := _DATE_IN_TEXT.search(line)):
            continue
        bare = not _DATE_IN_TEXT.sub("", line).strip(" \u3000：:今天是")
        if bare or _DATE_LINE_CUE.search(line):
            if iso := _valid_date(m.group(1), m.group(2), m.group(3)):
                return iso
    return None


def expand_inputs(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for its text files in name order."""
    if not paths:
        raise InputError("no input given: name a page file, several, or a folder")
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"folder {path} has no .txt page files")
            files.extend(found)
        else:
            files.append(path)
    unique = list(dict.fromkeys(files))  # the same file named twice is still one page
    return unique


def read_pages(paths: Sequence[Path], *, paper: str | None = None, date: str | None = None) -> list[Page]:
    """Read an edition: pages numbered from file names, else by the order given, sorted.

    Inside pages rarely print the masthead: a page that names no paper (or no date) takes the
    one its edition's other pages agree on; pages naming two papers are still refused.
    """
    files = expand_inputs(paths)
    if len(files) == 1:
        pages = [read_page(files[0], paper=paper, date=date)]
    else:
        pages = _settle_identity(
            [
                read_page(p, paper=paper, date=date, default_paper=_UNKNOWN, default_date=_UNKNOWN_DATE)
                for p in files
            ]
        )
    numbered = [hints_from_name(p).page for p in files]
    if len(files) > 1 and (None in numbered or len(set(numbered)) != len(numbered)):
        pages = [_renumber(page, i + 1) for i, page in enumerate(pages)]
    pages.sort(key=lambda p: p.number)
    first = pages[0]
    for page in pages[1:]:
        if page.paper != first.paper or page.date != first.date:
            raise InputError(
                f"{page.source} is {page.paper} {page.date} but {first.source} is "
                f"{first.paper} {first.date}: build one edition at a time"
            )
    return pages


# What a page of an edition names when it names no paper or date: settled by its other pages.
_UNKNOWN = "\0unknown paper"
_UNKNOWN_DATE = "\0unknown date"


def _settle_identity(pages: list[Page]) -> list[Page]:
    """Give a page that names no paper (or date) the one the edition's other pages agree on.

    Disagreeing pages lend nothing: the page is refused as read_page refuses it alone, and
    the "one edition at a time" error still names pages that disagree.
    """
    papers = {p.paper for p in pages} - {_UNKNOWN}
    dates = {p.date for p in pages} - {_UNKNOWN_DATE}
    settled = []
    for page in pages:
        if page.paper == _UNKNOWN:
            if len(papers) != 1:
                raise _no_paper(Path(page.source))
            page = replace(page, paper=next(iter(papers)))
        if page.date == _UNKNOWN_DATE:
            if len(dates) != 1:
                raise _no_date(Path(page.source))
            page = replace(page, date=next(iter(dates)))
        settled.append(page)
    return settled


def _no_paper(path: Path) -> InputError:
    return InputError(f"cannot tell which paper {path.name} is from; pass --paper, e.g. --paper 郑州日报")


def _no_date(path: Path) -> InputError:
    return InputError(f"cannot tell the date of {path.name}; pass --date YYYY-MM-DD")


def _renumber(page: Page, number: int) -> Page:
    return replace(page, number=number)
