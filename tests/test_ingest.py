"""Reading page dumps: encodings, refusals, and metadata from names."""

from pathlib import Path

import pytest

from audiopaper.errors import ConfigError, InputError
from audiopaper.ingest import hints_from_name, parse_date, read_page, read_pages

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "zzrb-2023-12-02-p01.txt"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "samples" / "zzrb-2023-12-02-p01.txt"


def test_sample_is_byte_for_byte_copy_of_shared_sample():
    if not SHARED.exists():
        pytest.skip("shared/ samples not beside this checkout")
    assert SAMPLE.read_bytes() == SHARED.read_bytes()


def test_sample_page_metadata_comes_from_its_name():
    page = read_page(SAMPLE)
    assert (page.paper, page.date, page.number, page.encoding) == ("郑州日报", "2023-12-02", 1, "utf-8")
    assert page.lines[4] == "郑州日报客户端"  # line 5, 1-based, as the running order reports it


@pytest.mark.parametrize(
    "name, expected",
    [
        ("zzrb-2023-12-02-p01.txt", ("zzrb", "2023-12-02", 1)),
        ("rmrb_20240210_p05.txt", ("rmrb", "2024-02-10", 5)),
        ("edition-2024-01-01-02.txt", ("edition", "2024-01-01", 2)),
        ("page3.txt", (None, None, 3)),
        ("notes.txt", (None, None, None)),
        ("zzrb-2023-13-40-p01.txt", ("zzrb", None, 1)),
        ("郑州日报2023年12月2日第01版.txt", (None, "2023-12-02", 1)),
        ("2024年3月5日-03.txt", (None, "2024-03-05", 3)),
        ("hcwb_20240305_A07.txt", ("hcwb", "2024-03-05", 7)),
        ("第12版.txt", (None, None, 12)),
    ],
)
def test_hints_from_file_names(name, expected):
    hints = hints_from_name(Path(name))
    assert (hints.slug, hints.date, hints.page) == expected


def test_paper_and_date_from_a_chinese_file_name(tmp_path):
    path = tmp_path / "河川晚报2024年3月5日第02版.txt"
    path.write_text("本报讯(记者 王红)河川市今天发布新规。\n", encoding="utf-8")
    page = read_page(path)
    assert (page.paper, page.date, page.number) == ("河川晚报", "2024-03-05", 2)


@pytest.mark.parametrize(
    "masthead, date",
    [
        ("2023年12月2日　星期六", "2023-12-02"),
        ("2019年11月7日　星期四　己亥年十月十一", "2019-11-07"),
        ("今天是：2018年4月27日 星期五", "2018-04-27"),
        ("2011-05-19 星期四", "2011-05-19"),
        ("2024年06月20日", "2024-06-20"),
        ("2022年03月16日 第05版：要闻", "2022-03-16"),
    ],
)
def test_date_from_the_masthead_when_the_name_has_none(tmp_path, masthead, date):
    path = tmp_path / "page.txt"
    path.write_text(f"河川晚报\n{masthead}\n本报讯(记者 王红)河川市今天发布新规。\n", encoding="utf-8")
    assert read_page(path).date == date
    assert read_page(path, date="2020-01-01").date == "2020-01-01"  # the option still wins


def test_a_date_in_a_story_is_not_the_papers_date(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "河川晚报\n本报讯 2023年12月1日，记者从市统计局获悉，全市经济运行稳中向好。\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="cannot tell the date"):
        read_page(path)


def test_gb18030_page_is_decoded_and_says_so(tmp_path):
    path = tmp_path / "zzrb-2023-12-02-p01.txt"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    page = read_page(path)
    assert page.encoding == "gb18030"
    assert page.lines == read_page(SAMPLE).lines


def test_gbk_page_is_decoded(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes("本报讯(记者 王红)郑州市今天发布新规。\n".encode("gbk"))
    page = read_page(path, paper="郑州日报", date="2023-12-02")
    assert page.lines[0].startswith("本报讯")


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "zzrb-2023-12-02-p01.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "第一行\r\n第二行\r\n".encode())
    assert read_page(path).lines == ("第一行", "第二行")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\n\t ", "is empty"),
        (b"%PDF-1.7\x00\x01\x02\x03binary", "not a text file"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"just english words here\n", "no Chinese text"),
    ],
)
def test_bad_files_are_refused_with_one_clear_message(tmp_path, content, message):
    path = tmp_path / "zzrb-2023-12-02-p01.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_page(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_page(tmp_path / "nope.txt")


def test_unknown_paper_and_date_ask_for_options(tmp_path):
    path = tmp_path / "page1.txt"
    path.write_text("本报讯 今天天气很好。\n", encoding="utf-8")
    with pytest.raises(InputError, match="--paper"):
        read_page(path)
    with pytest.raises(InputError, match="--date"):
        read_page(path, paper="某某日报")
    assert read_page(path, paper="某某日报", date="2024-01-05").number == 1


def test_paper_from_masthead(tmp_path):
    path = tmp_path / "2024-03-01-p01.txt"
    path.write_text("河南日报客户端\n\n本报讯 今天天气很好。\n", encoding="utf-8")
    assert read_page(path).paper == "河南日报"


def test_folder_of_pages_is_sorted_by_page_number(tmp_path):
    for n in (3, 1, 2):
        (tmp_path / f"zzrb-2023-12-02-p0{n}.txt").write_text(
            f"第{n}版内容。本报讯 新闻。\n", encoding="utf-8"
        )
    pages = read_pages([tmp_path])
    assert [p.number for p in pages] == [1, 2, 3]


def test_pages_without_numbers_follow_the_order_given(tmp_path):
    a, b = tmp_path / "b.txt", tmp_path / "a.txt"
    for p in (a, b):
        p.write_text("本报讯 新闻。\n", encoding="utf-8")
    pages = read_pages([a, b], paper="某报", date="2024-01-01")
    assert [(Path(p.source).name, p.number) for p in pages] == [("b.txt", 1), ("a.txt", 2)]


def test_pages_of_different_dates_are_refused(tmp_path):
    (tmp_path / "zzrb-2023-12-02-p01.txt").write_text("本报讯 新闻。\n", encoding="utf-8")
    (tmp_path / "zzrb-2023-12-03-p02.txt").write_text("本报讯 新闻。\n", encoding="utf-8")
    with pytest.raises(InputError, match="one edition at a time"):
        read_pages([tmp_path])


@pytest.mark.parametrize("text", ["2023-12-02", "20231202", "2023/12/2", "2023年12月2日"])
def test_parse_date_accepts_common_forms(text):
    assert parse_date(text) == "2023-12-02"


@pytest.mark.parametrize("text", ["tomorrow", "2023-02-30", "12/02/2023"])
def test_parse_date_refuses_nonsense(text):
    with pytest.raises(ConfigError, match="not a date"):
        parse_date(text)


@pytest.mark.parametrize(
    "paper, slug",
    [
        ("郑州日报", "zzrb"),
        ("../../escape", "escape"),
        ("a/b", "a_b"),
        ("..", "paper"),
        ("某某日报", "某某日报"),
    ],
)
def test_paper_folder_name_is_one_safe_path_component(paper, slug):
    from audiopaper.ingest import paper_slug

    assert paper_slug(paper) == slug


def test_a_paper_name_cannot_write_outside_the_output_folder(tmp_path):
    from audiopaper.build import build_episode
    from audiopaper.config import Settings
    from audiopaper.engines.fake import FakeEngine

    page = tmp_path / "page1.txt"
    page.write_text(
        "市区新增三条公交线路\n\n本报讯(记者 李明)市公交集团宣布新开通三条公交线路。\n", encoding="utf-8"
    )
    out = tmp_path / "deep" / "out"
    result = build_episode(
        [page], Settings(out=out, paper="../../escape", date="2023-12-02"), engine=FakeEngine()
    )
    assert result.episode.audio_path.resolve().is_relative_to(out.resolve())
    assert not (tmp_path / "escape").exists()


def test_the_same_file_named_twice_is_one_page(tmp_path):
    (tmp_path / "zzrb-2023-12-02-p01.txt").write_text("本报讯 新闻。\n", encoding="utf-8")
    page = tmp_path / "zzrb-2023-12-02-p01.txt"
    assert [p.number for p in read_pages([page, page])] == [1]


def test_invisible_characters_from_web_pages_are_dropped_on_reading(tmp_path):
    clean = read_page(SAMPLE)
    path = tmp_path / "zzrb-2023-12-02-p01.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    dirty = text.replace("记者", "记\u200b者").replace("。", "。\u200d").replace("郑州", "\ufeff郑\u00ad州")
    path.write_text(dirty, encoding="utf-8")
    page = read_page(path)
    assert page.lines == clean.lines


def test_an_inside_page_without_a_masthead_takes_its_edition_s_paper_and_date(tmp_path):
    front = tmp_path / "p01.txt"
    front.write_text("河川晚报\n2024年3月5日　星期二\n本报讯 新闻。\n", encoding="utf-8")
    inside = tmp_path / "p02.txt"
    inside.write_text("第02版：要闻\n本报讯 另一条新闻。\n", encoding="utf-8")
    pages = read_pages([tmp_path])
    assert [(p.paper, p.date, p.number) for p in pages] == [
        ("河川晚报", "2024-03-05", 1),
        ("河川晚报", "2024-03-05", 2),
    ]


def test_a_page_alone_without_a_masthead_is_still_refused(tmp_path):
    inside = tmp_path / "p02.txt"
    inside.write_text("第02版：要闻\n本报讯 另一条新闻。\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell which paper"):
        read_pages([inside])


def test_pages_naming_two_papers_lend_no_paper_to_a_bare_page(tmp_path):
    (tmp_path / "p01.txt").write_text("河川晚报\n2024年3月5日　星期二\n本报讯 新闻。\n", encoding="utf-8")
    (tmp_path / "p02.txt").write_text("郑州日报\n2024年3月5日　星期二\n本报讯 新闻。\n", encoding="utf-8")
    (tmp_path / "p03.txt").write_text("本报讯 第三条新闻。\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell which paper p03.txt"):
        read_pages([tmp_path])
