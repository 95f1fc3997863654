"""The pronunciation lexicon: TOML files → whole-word replacements applied before numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.errors import ConfigError
from audiopaper.lexicon import Lexicon, load_lexicon
from audiopaper.normalize import normalize


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def voices(tmp_path: Path) -> Path:
    write(tmp_path / "lexicon.toml", '[replace]\n"行长" = "航长"\n"长三角" = "常三角"\n')
    write(tmp_path / "papers" / "zzrb.toml", 'paper = "郑州日报"\n[replace]\n"行长" = "杭长"\n')
    return tmp_path


def test_user_entry_changes_reading(voices):
    lexicon = load_lexicon(root=voices)
    assert normalize("银行行长说", lexicon=lexicon) == "银行航长说"
    assert normalize("银行行长说") == "银行行长说"


def test_paper_override_beats_shared_entry(voices):
    by_slug = load_lexicon("zzrb", root=voices)
    by_name = load_lexicon("郑州日报", root=voices)
    assert by_slug == by_name
    assert normalize("行长谈长三角", lexicon=by_name) == "杭长谈常三角"
    assert load_lexicon("人民日报", root=voices).get("行长") == "航长"


def test_env_var_sets_the_root(voices, monkeypatch):
    monkeypatch.setenv("AUDIOPAPER_VOICES_DIR", str(voices))
    assert load_lexicon().get("长三角") == "常三角"


def test_malformed_toml_names_the_file(voices):
    write(voices / "papers" / "zzrb.toml", '[replace]\n"行长" = \n')
    with pytest.raises(ConfigError, match=r"zzrb\.toml"):
        load_lexicon("zzrb", root=voices)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('[replace]\n"行长" = 3\n', "行长"),
        ('[replace]\n"行长" = ""\n', "行长"),
        ('[words]\n"a" = "b"\n', "words"),
    ],
)
def test_bad_entry_names_file_and_key(voices, body, key):
    write(voices / "lexicon.toml", body)
    with pytest.raises(ConfigError, match=rf"lexicon\.toml.*{key}"):
        load_lexicon(root=voices)


def test_missing_files_mean_an_empty_lexicon(tmp_path):
    assert len(load_lexicon("zzrb", root=tmp_path)) == 0


def test_longest_match_wins_in_one_pass():
    lexicon = Lexicon.from_mapping({"行长": "航长", "银行长期": "银行长期", "航长": "XX"})
    assert lexicon.apply("银行长期贷款，行长") == "银行长期贷款，航长"  # no re-replacement of 航长


def test_latin_keys_match_whole_words():
    lexicon = Lexicon.from_mapping({"GDP": "国内生产总值"})
    assert lexicon.apply("GDP与GDPR") == "国内生产总值与GDPR"


def test_lexicon_runs_before_numbers():
    lexicon = Lexicon.from_mapping({"G60": "G六零"})
    assert normalize("G60科创走廊有2个", lexicon=lexicon) == "G六零科创走廊有两个"


def test_shipped_lexicon_loads_and_applies(monkeypatch):
    monkeypatch.delenv("AUDIOPAPER_VOICES_DIR", raising=False)
    lexicon = load_lexicon("郑州日报")
    assert normalize("上海铁路闵行站", lexicon=lexicon) == "上海铁路敏航站"
    assert normalize("相处长达十年的处长", lexicon=lexicon) == "相处长达十年的处掌"
    assert any(src.endswith("zzrb.toml") for src in lexicon.sources)
