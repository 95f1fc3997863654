"""Plain, accessible web pages beside the feed: one per episode, and an index.

For listeners without a podcast app -- and for blind and low-vision readers using a screen
reader -- each episode page has the player with captions, a chapter list whose buttons
jump to each story, downloads, and the full transcript with one heading per story.  No
framework, no external assets; the only script moves the player to a chapter.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from .feed import FeedEpisode
from .model import Chapter, Edition
from .transcript import timestamp

STYLE = """body{font:18px/1.7 system-ui,sans-serif;max-width:44rem;margin:auto;padding:1rem;color:#111;background:#fff}
a{color:#0645ad}audio{width:100%}button{font:inherit;padding:.2rem .6rem;margin-right:.5rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}h3{margin-top:2.5rem}
.stack{color:#444}.caption{font-style:italic}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#8ab4f8}.stack{color:#bbb}}"""

SEEK = """document.querySelectorAll('button[data-t]').forEach(function(b){b.addEventListener('click',
function(){var a=document.getElementById('player');a.currentTime=+b.dataset.t;a.play();a.focus();});});"""


def _page(title: str, body: str, feed_href: str) -> str:
    return (
        '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="alternate" type="application/rss+xml" title="播客订阅" href="{escape(feed_href)}">\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def episode_page(
    edition: Edition, chapters: Sequence[Chapter], title: str, audio: str, feed_href: str
) -> str:
    """The HTML of one episode's page; ``audio`` is the MP3's name beside the page."""
    starts = {c.story_id: c.start_s for c in chapters}
    parts = [
        '<a class="skip" href="#transcript">跳到文字稿</a>',
        f"<header><h1>{escape(title)}</h1>",
        f'<p>{len(edition.stories)}条新闻。<a href="{escape(feed_href)}">播客订阅（RSS）</a></p></header>',
        f'<audio id="player" controls preload="metadata" src="{escape(audio)}">'
        '<track kind="captions" srclang="zh" label="中文字幕" src="transcript.vtt" default>'
        f'<a href="{escape(audio)}">下载音频</a></audio>',
        '<nav aria-labelledby="chapters"><h2 id="chapters">章节</h2><ol>',
    ]
    for n, story in enumerate(edition.stories, 1):
        at = starts.get(story.id, 0.0)
        parts.append(
            f'<li><button type="button" data-t="{at:.3f}" aria-label="从{timestamp(at)[:8]}播放第{n}条">'
            f"{timestamp(at)[:8]}</button>"
            f'<a href="#{escape(story.id)}">{escape(story.title)}</a></li>'
        )
    parts.append("</ol></nav>")
    parts.append(
        "<p>下载："
        f'<a href="{escape(audio)}">MP3</a> · <a href="transcript.txt">文字稿</a> · '
        '<a href="transcript.vtt">WebVTT 字幕</a> · <a href="transcript.srt">SRT 字幕</a></p>'
    )
    parts.append('<main id="transcript"><h2>文字稿</h2>')
    for n, story in enumerate(edition.stories, 1):
        parts.append(f'<article id="{escape(story.id)}">')
        if story.kicker:
            parts.append(f'<p class="stack">{escape(story.kicker)}</p>')
        parts.append(f"<h3>第{n}条　{escape(story.title)}</h3>")
        if story.subtitle:
            parts.append(f'<p class="stack">{escape(story.subtitle)}</p>')
        if story.byline:
            parts.append(f'<p class="stack">{escape(story.byline)}</p>')
        for paragraph in story.paragraphs:
            if paragraph.kind == "subhead":
                parts.append(f"<h4>{escape(paragraph.text)}</h4>")
            elif paragraph.kind == "caption":
                parts.append(f'<p class="caption">图片说明：{escape(paragraph.text)}</p>')
            else:
                parts.append(f"<p>{escape(paragraph.text)}</p>")
        parts.append("</article>")
    parts.append(f"</main>\n<script>{SEEK}</script>")
    return _page(title, "\n".join(parts), feed_href)


def index_page(episodes: Sequence[FeedEpisode], title: str) -> str:
    """The HTML of the output folder's index: every episode in the feed, newest first."""
    items = []
    for ep in episodes:
        folder = ep.audio.rsplit("/", 1)[0]
        minutes = round(ep.duration_s / 60)
        items.append(
            f'<li><a href="{escape(folder)}/index.html">{escape(ep.title)}</a>（约{minutes}分钟）</li>'
        )
    body = (
        f"<header><h1>{escape(title)}</h1>"
        '<p><a href="feed.xml">在播客应用中订阅（RSS）</a></p></header>\n'
        f"<main><h2>往期</h2><ol reversed>{''.join(items)}</ol></main>"
    )
    return _page(title, body, "feed.xml")


def write_page(path: Path, html: str) -> None:
    from .transcript import write_file

    write_file(path, lambda stream: stream.write(html))
