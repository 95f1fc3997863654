"""Running-order JSON: exact round trip, and editor mistakes named by field."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from audiopaper.errors import OrderError
from audiopaper.model import Page
from audiopaper.order import edition_from_dict, edition_to_dict, load_order, looks_like_order
from audiopaper.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DEMO = sorted((ROOT / "examples" / "edition-demo").glob("*.txt"))


@pytest.fixture(scope="module")
def order() -> dict:
    sample = ROOT / "examples" / "zzrb-2023-12-02-p01.txt"
    page = Page("郑州日报", "2023-12-02", 1, tuple(sample.read_text(encoding="utf-8").splitlines()))
    return edition_to_dict(segment([page]))


def test_schema_matches_the_documented_shape(order: dict) -> None:
    assert order["edition"] == {"paper": "郑州日报", "date": "2023-12-02", "pages": [1]}
    story = order["stories"][2]
    assert {
        k: story[k]
        for k in (
            "id",
            "pages",
            "kicker",
            "title",
            "subtitle",
            "byline",
            "continues_on",
            "continued_from",
            "lines",
        )
    } == {
        "id": "p1-s03",
        "pages": [1],
        "kicker": None,
        "title": "我市出台居民服务一卡通“新规”",
        "subtitle": "“小卡片”服务“大民生”",
        "byline": "本报讯(记者 董艳竹)",
        "continues_on": 2,
        "continued_from": None,
        "lines": [105, 135],
    }
    assert story["paragraphs"][1] == {
        "kind": "subhead",
        "text": "人社部门负责一卡通应用管理",
        "lines": [111],
        "page": 1,
    }
    assert (
        order["teasers"][0]["text"] == "前10个月我国服务进出口总额同比增长8.7%"
        and order["teasers"][0]["page"] == 3
    )
    assert {"line": 5, "text": "郑州日报客户端", "reason": "masthead", "page": 1} in order["skipped"]


def test_round_trip_through_json_text_is_exact(order: dict) -> None:
    ed = edition_from_dict(json.loads(json.dumps(order, ensure_ascii=False)))
    assert edition_to_dict(ed) == order


def test_round_trip_of_a_merged_multi_page_edition() -> None:
    pages = [
        Page("河川晚报", "2024-03-15", n, tuple(p.read_text(encoding="utf-8").splitlines()))
        for n, p in enumerate(DEMO, 1)
    ]
    ed = segment(pages)
    assert edition_from_dict(json.loads(json.dumps(edition_to_dict(ed)))) == ed


def test_minimal_hand_written_order_gets_defaults() -> None:
    ed = edition_from_dict(
        {
            "edition": {"paper": "报", "date": "2024-01-01", "pages": [1]},
            "stories": [{"id": "a", "title": "标题", "paragraphs": [{"kind": "body", "text": "正文。"}]}],
        }
    )
    assert ed.stories[0].pages == (1,) and ed.stories[0].paragraphs[0].lines == () and ed.teasers == ()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["stories"][2]["paragraphs"][0].update(kind="text"),
            "stories[2].paragraphs[0].kind: must be one of body, subhead, caption",
        ),
        (lambda d: d["stories"][0].pop("title"), "stories[0].title: missing"),
        (lambda d: d["stories"][1].update(title="  "), "stories[1].title: must not be empty"),
        (
            lambda d: d["stories"][3].update(continues_on="二"),
            "stories[3].continues_on: must be an integer or null",
        ),
        (
            lambda d: d["stories"][4].update(id="p1-s01"),
            "stories[4].id: duplicate id 'p1-s01' (also stories[0])",
        ),
        (
            lambda d: d["stories"][0].update(lines=[1]),
            "stories[0].lines: must be [first, last] line numbers or null",
        ),
        (
            lambda d: d["stories"][0]["paragraphs"][2].update(lines=[1, True]),
            "stories[0].paragraphs[2].lines[1]: must be an integer",
        ),
        (lambda d: d["edition"].update(pages="1"), "edition.pages: must be a list"),
        (lambda d: d.update(stories={}), "stories: must be a list"),
        (lambda d: d["skipped"][0].update(reason=None), "skipped[0].reason: must be a string"),
        (lambda d: d["teasers"].append("x"), "teasers[1]: must be an object"),
        (
            lambda d: d["stories"][0].update(continues_on=-1),
            "stories[0].continues_on: -1 is not a page number (1 to 999)",
        ),
        (
            lambda d: d["stories"][1].update(pages=[99]),
            "stories[1].pages: page 99 is not in edition.pages [1]",
        ),
        (lambda d: d["stories"][1].update(pages=[]), "stories[1].pages: must list at least one page"),
        (lambda d: d["edition"].update(pages=[0]), "edition.pages[0]: 0 is not a page number (1 to 999)"),
        (
            lambda d: d["stories"][2].update(subtitel=d["stories"][2].pop("subtitle")),
            "stories[2].subtitel: unknown field; did you mean 'subtitle'?",
        ),
        (
            lambda d: d["stories"][0]["paragraphs"][0].update(txt="改过的正文。"),
            "stories[0].paragraphs[0].txt: unknown field; did you mean 'text'?",
        ),
        (lambda d: d.update(storys=[]), "storys: unknown field; did you mean 'stories'?"),
    ],
)
def test_bad_edits_name_the_field(order: dict, edit, message: str) -> None:
    data = copy.deepcopy(order)
    edit(data)
    with pytest.raises(OrderError) as err:
        edition_from_dict(data)
    assert str(err.value) == message


def test_extra_keys_are_ignored(order: dict) -> None:
    data = copy.deepcopy(order)
    data["note"] = "edited by hand"
    data["stories"][0]["voice"] = "narrator"
    data["stories"][1]["_comment"] = "checked against the PDF"
    data["edition"]["editor"] = "王红"
    assert edition_from_dict(data) == edition_from_dict(order)


def test_load_order_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "order.json"
    path.write_text('{"edition": {\n  "paper": "报",,\n}}', encoding="utf-8")
    with pytest.raises(OrderError, match=r"order\.json: line 2 column 16: Expecting property name"):
        load_order(path)


def test_load_order_names_file_and_field(tmp_path: Path, order: dict) -> None:
    data = copy.deepcopy(order)
    del data["stories"][1]["paragraphs"]
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(OrderError, match=r"edited\.json: stories\[1\]\.paragraphs: missing$"):
        load_order(path)


def test_load_order_reads_an_edited_order(tmp_path: Path, order: dict) -> None:
    data = copy.deepcopy(order)
    data["stories"] = [data["stories"][2], data["stories"][0]]  # editor keeps two, reorders
    data["stories"][0]["title"] = "一卡通新规"
    path = tmp_path / "order.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    ed = load_order(path)
    assert [s.id for s in ed.stories] == ["p1-s03", "p1-s01"] and ed.stories[0].title == "一卡通新规"


def test_looks_like_order() -> None:
    assert looks_like_order(Path("out/order.json")) and looks_like_order(Path("A.JSON"))
    assert not looks_like_order(Path("examples/zzrb-2023-12-02-p01.txt"))
