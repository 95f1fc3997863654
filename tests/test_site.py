"""The episode web page a screen-reader user would open."""

from html.parser import HTMLParser

from audiopaper.feed import FeedEpisode
from audiopaper.model import Chapter, Edition, Paragraph, Story
from audiopaper.site import episode_page, index_page


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html):
    outline = Outline()
    outline.feed(html)
    return outline


EDITION = Edition(
    "郑州日报", "2023-12-02", (1,),
    (
        Story("p1-s01", "标题<一>", (Paragraph("body", "正文 & 更多。"), Paragraph("subhead", "小标题"))),
        Story("p1-s02", "标题二", (Paragraph("caption", "市民赏花。"),), byline="本报讯(记者 王红)"),
    ),
)  # fmt: skip
CHAPTERS = [Chapter("p1-s01", "标题<一>", 4.0, 60.5), Chapter("p1-s02", "标题二", 60.5, 90.0)]


def test_episode_page_has_player_captions_chapter_buttons_and_transcript():
    html = episode_page(EDITION, CHAPTERS, "郑州日报 2023-12-02 有声版", "ep.mp3", "../../feed.xml")
    page = parse(html)
    assert ("html", {"lang": "zh-CN"}) in page.attrs
    audio = next(a for t, a in page.attrs if t == "audio")
    assert audio["src"] == "ep.mp3"
    assert (
        "track",
        {"kind": "captions", "srclang": "zh", "label": "中文字幕", "src": "transcript.vtt", "default": None},
    ) in page.attrs
    buttons = [a["data-t"] for t, a in page.attrs if t == "button"]
    assert buttons == ["4.000", "60.500"]
    assert page.tags.count("h3") == 2 and "h4" in page.tags
    text = "".join(page.text)
    assert "第1条　标题<一>" in text and "正文 & 更多。" in text and "图片说明：市民赏花。" in text
    assert "<一>" not in html  # escaped, not markup


def test_index_lists_episodes_with_links():
    ep = FeedEpisode(
        "g",
        "郑州日报 2023-12-02 有声版",
        "郑州日报",
        "2023-12-02",
        "zzrb/2023-12-02/a.mp3",
        10,
        600.0,
        "",
        "espeak",
    )
    page = parse(index_page([ep], "郑州日报有声版"))
    links = [a["href"] for t, a in page.attrs if t == "a"]
    assert "zzrb/2023-12-02/index.html" in links and "feed.xml" in links
