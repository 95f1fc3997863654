"""The episode's script: an Edition becomes the ordered Utterances an engine reads.

Order: an intro (paper, date, weekday, number of stories); for each story "第N条" with its
kicker, title and subtitle in the headline voice, then the dateline and paragraphs in the
body voice; an outro.  Long paragraphs are cut at sentence ends into chunks of at most
MAX_CHUNK characters, because edge-tts only splits text at spaces and newlines and the
service cuts audio at ten minutes.  Pure: normalization is passed in as a function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date as Date

from .config import Profile
from .model import Edition, Story, Utterance

MAX_CHUNK = 1000
CAPTION_CUE = "图片说明："
WEEKDAYS = "一二三四五六日"
_SENTENCE = re.compile(r"[^。！？；!?;…]*(?:[。！？；!?;…]+[”’」』）)\]]*|$)")
_CLAUSE_END = re.compile(r"(?<=[，、：,:])")

Speak = Callable[[str], str]


def split_text(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Cut text into chunks of at most ``limit`` characters, at sentence ends where possible."""
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for piece in _pieces(text, limit):
        if current and len(current) + len(piece) > limit:
            chunks.append(current)
            current = ""
        current += piece
    if current:
        chunks.append(current)
    return chunks


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each keeping its end mark and any closing quote."""
    return [s for s in _SENTENCE.findall(text) if s]


def _pieces(text: str, limit: int) -> Iterator[str]:
    for sentence in sentences(text):
        if len(sentence) <= limit:
            yield sentence
            continue
        for clause in _CLAUSE_END.split(sentence):
            for start in range(0, len(clause), limit):
                yield clause[start : start + limit]


def weekday(iso: str) -> str:
    return "星期" + WEEKDAYS[Date.fromisoformat(iso).weekday()]


def intro_text(edition: Edition) -> str:
    y, m, d = (int(x) for x in edition.date.split("-"))
    pages = edition.pages
    if len(pages) == 1:
        where = f"第{pages[0]}版"
    else:
        where = (
            f"第{pages[0]}至{pages[-1]}版"
            if list(pages) == list(range(pages[0], pages[-1] + 1))
            else "多个版面"
        )
    return (
        f"这里是{edition.paper}有声版。今天是{y}年{m}月{d}日，{weekday(edition.date)}。"
        f"本期为您播报{where}，共{len(edition.stories)}条新闻。"
    )


def outro_text(edition: Edition) -> str:
    y, m, d = (int(x) for x in edition.date.split("-"))
    return f"以上是{edition.paper}{y}年{m}月{d}日的全部内容。感谢收听，我们下期再会。"


def headline_text(number: int, story: Story) -> str:
    parts = [f"第{number}条。"]
    if story.kicker:
        parts.append(_sentence(story.kicker))
    parts.append(_sentence(story.title))
    if story.subtitle:
        parts.append(_sentence(story.subtitle.lstrip("—－- ")))
    return "".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(("。", "！", "？", "…", "”")) else text + "。"


def plan(
    edition: Edition,
    profile: Profile,
    engine: str,
    *,
    speak: Speak,
    speak_byline: Speak | None = None,
) -> tuple[Utterance, ...]:
    """The running script of an episode; every utterance has non-empty spoken text."""
    pauses = profile.pauses
    out: list[Utterance] = []

    def add(prefix: str, story_id: str | None, role: str, parts: list[tuple[str, str]], pause: float) -> None:
        voice = profile.voice(engine, role)
        for i, (shown, said) in enumerate(parts):
            uid = f"{prefix}-u{sum(1 for u in out if u.id.startswith(prefix + '-')):03d}"
            out.append(
                Utterance(uid, story_id, role, shown, said, voice, pause if i == len(parts) - 1 else 0.0)
            )

    add("intro", None, "announcer", chunk(intro_text(edition), speak), pauses.after_intro)
    for n, story in enumerate(edition.stories, 1):
        add(story.id, story.id, "headline", chunk(headline_text(n, story), speak), pauses.after_headline)
        texts: list[list[tuple[str, str]]] = []
        if story.byline and profile.read_dateline and speak_byline is not None:
            said = speak_byline(story.byline)
            if said.strip():
                texts.append([(story.byline, said)])
        texts += [
            chunk(p.text, _captioned(speak) if p.kind == "caption" else speak) for p in story.paragraphs
        ]
        texts = [parts for parts in texts if parts]
        for i, parts in enumerate(texts):
            last = i == len(texts) - 1
            add(
                story.id,
                story.id,
                "body",
                parts,
                pauses.between_stories if last else pauses.between_paragraphs,
            )
        if not texts and out:  # nothing but a headline: the story pause still follows it
            out[-1] = replace(out[-1], pause_after_s=pauses.between_stories)
    add("outro", None, "announcer", chunk(outro_text(edition), speak), 0.0)
    return tuple(out)


def _captioned(speak: Speak) -> Speak:
    """A photo caption is announced as one, so a listener knows it describes a picture."""
    return lambda text: f"{CAPTION_CUE}{said}" if (said := speak(text)).strip() else ""


def chunk(text: str, speak: Speak, limit: int = MAX_CHUNK) -> list[tuple[str, str]]:
    """(display, spoken) pairs for one paragraph, each spoken part at most ``limit`` characters.

    Sentences are normalized one by one and packed greedily, so the transcript shows the
    same sentences that each audio chunk says.  Parts that say nothing are dropped.
    """
    said = speak(text)
    if len(said) <= limit:
        return [(text, said)] if said.strip() else []
    pairs: list[tuple[str, str]] = []
    for sentence in sentences(text):
        spoken = speak(sentence)
        if not spoken.strip():
            continue
        for part in split_text(spoken, limit):
            shown = sentence if len(part) == len(spoken) else part
            if pairs and len(pairs[-1][1]) + len(part) <= limit:
                pairs[-1] = (pairs[-1][0] + shown, pairs[-1][1] + part)
            else:
                pairs.append((shown, part))
    return pairs
