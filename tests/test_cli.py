"""The audiopaper command as a user types it: one test per behaviour."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audiopaper import ffmpeg
from audiopaper.cli import app
from audiopaper.tags import read_tags

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "zzrb-2023-12-02-p01.txt"
SMALL = ROOT / "tests" / "data" / "zzrb-2023-12-05-p01.txt"
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def closed_port_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"ws://127.0.0.1:{port}/consumer/speech/synthesize/readaloud/edge/v1?TrustedClientToken=x"


def assert_one_line_error(result, *needles):
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0]


def test_every_command_and_option_has_help():
    commands = [
        [],
        ["build"],
        ["segment"],
        ["normalize"],
        ["voices"],
        ["cache"],
        ["cache", "info"],
        ["cache", "prune"],
    ]
    for words in commands:
        result = run(*words, "--help")
        assert result.exit_code == 0, words
        assert "Usage" in result.output
    for command in app.registered_commands:
        assert command.callback.__doc__, command.callback.__name__


def test_python_dash_m_runs_the_cli():
    proc = subprocess.run(
        [sys.executable, "-m", "audiopaper", "--help"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "build" in proc.stdout


def test_segment_json_prints_the_running_order_schema():
    result = run("segment", SAMPLE, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["edition"] == {"paper": "郑州日报", "date": "2023-12-02", "pages": [1]}
    story = next(s for s in data["stories"] if s["id"] == "p1-s03")
    assert story["title"] == "我市出台居民服务一卡通“新规”"
    assert story["subtitle"] == "“小卡片”服务“大民生”"
    assert story["byline"] == "本报讯(记者 董艳竹)"
    assert story["continues_on"] == 2
    assert {"kind": "subhead", "text": "人社部门负责一卡通应用管理"} in [
        {"kind": p["kind"], "text": p["text"]} for p in story["paragraphs"]
    ]
    assert {"line": 5, "text": "郑州日报客户端", "reason": "masthead"} in [
        {k: s[k] for k in ("line", "text", "reason")} for s in data["skipped"]
    ]
    assert any(
        t["text"] == "前10个月我国服务进出口总额同比增长8.7%" and t["page"] == 3 for t in data["teasers"]
    )


def test_segment_table_shows_stories_and_skipped_lines():
    result = run("segment", SAMPLE)
    assert result.exit_code == 0, result.output
    assert "居民服务一卡通" in result.stdout
    assert "Skipped lines" in result.stdout and "郑州日报客户端" in result.stdout


@pytest.mark.slow
@pytest.mark.network
def test_build_with_edge_through_the_fake_service(tmp_path, monkeypatch):
    from audiopaper.fakes.readaloud import ReadAloudServer

    report = tmp_path / "report.json"
    with ReadAloudServer(seconds_per_char=0.1) as server:  # a brisk but plausible reading speed
        monkeypatch.setenv("AUDIOPAPER_EDGE_ENDPOINT", server.url)
        result = run("build", SMALL, "--engine", "edge", "--out", tmp_path / "out", "--report", report)
        voices_used = {r.voice for r in server.requests}
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["engine"] == "edge" and data["stories"] == 2
    audio = Path(data["outputs"]["audio"])
    assert [c.title for c in read_tags(audio).chapters] == [
        "我市新增三条公交线路",
        "城市书房迎来第100万名读者",
    ]
    assert "engine edge" in result.stdout and str(audio) in result.stdout
    assert voices_used == {"zh-CN-YunxiNeural", "zh-CN-YunyangNeural", "zh-CN-XiaoxiaoNeural"}


@pytest.mark.slow
def test_auto_falls_back_to_espeak_with_a_warning_when_edge_is_unreachable(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOPAPER_EDGE_ENDPOINT", closed_port_url())
    report = tmp_path / "report.json"
    result = run("build", SMALL, "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.stderr and "espeak" in result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["engine"] == "espeak"
    # What Apple asks of podcasts: about -16 LUFS, true peak at most -1 dBTP.
    loudness = ffmpeg.measure_loudness(ffmpeg.decode(Path(data["outputs"]["audio"])))
    assert abs(loudness["input_i"] + 16) <= 1.0 and loudness["input_tp"] <= -1.0, loudness


def test_build_accepts_an_edited_running_order(tmp_path):
    order = json.loads(run("segment", SMALL, "--json").stdout)
    order["stories"] = order["stories"][::-1]
    order["stories"][0]["title"] = "编辑改过的标题"
    path = tmp_path / "order.json"
    path.write_text(json.dumps(order, ensure_ascii=False), encoding="utf-8")
    from audiopaper.build import load_edition
    from audiopaper.config import Settings

    edition = load_edition([path], Settings())
    assert edition.stories[0].title == "编辑改过的标题"
    assert edition.stories[1].title == "我市新增三条公交线路"


def test_invalid_running_order_names_the_field(tmp_path):
    order = json.loads(run("segment", SMALL, "--json").stdout)
    order["stories"][1]["paragraphs"][0]["kind"] = "poem"
    path = tmp_path / "order.json"
    path.write_text(json.dumps(order, ensure_ascii=False), encoding="utf-8")
    result = run("build", path, "--out", tmp_path / "out", "--engine", "espeak")
    assert_one_line_error(result, "stories[1].paragraphs[0].kind")
    assert not (tmp_path / "out" / "feed.xml").exists()


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "not a text file"),
    ],
)
def test_bad_input_files_give_one_line_and_write_nothing(tmp_path, make, needle):
    page = tmp_path / "zzrb-2023-12-02-p01.txt"
    make(page)
    out = tmp_path / "out"
    result = run("build", page, "--out", out, "--engine", "espeak")
    assert_one_line_error(result, needle)
    assert not list(out.rglob("*.mp3")) and not (out / "feed.xml").exists()


def test_gb18030_page_is_read_and_the_user_told(tmp_path):
    page = tmp_path / "zzrb-2023-12-05-p01.txt"
    page.write_bytes(SMALL.read_text(encoding="utf-8").encode("gb18030"))
    result = run("segment", page)
    assert result.exit_code == 0, result.output
    assert "GB18030" in result.stderr and "城市书房" in result.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--engine", "nuance"], "unknown engine 'nuance'"),
        (["--voices", "nosuch"], "unknown voice profile 'nosuch'"),
        (["--date", "2023-02-30"], "not a date"),
        (["--connections", "0"], "--connections"),
        (["--base-url", ""], "--base-url"),
        (["--base-url", "https://example.org/my pod/"], "--base-url"),
        (["--base-url", "example.org/pod/"], "--base-url"),
        (["--report", "/nonexistent-folder/r.json"], "does not exist"),
    ],
)
def test_bad_options_give_one_line(tmp_path, args, needle):
    result = run("build", SMALL, "--out", tmp_path / "out", *args)
    assert_one_line_error(result, needle)
    assert not (tmp_path / "out" / "feed.xml").exists()


def test_unknown_voice_in_profile_is_refused(tmp_path):
    profile = tmp_path / "mine.toml"
    profile.write_text(
        '[voices.espeak]\nannouncer = "cmn"\nheadline = "klingon"\nbody = "cmn"\n', encoding="utf-8"
    )
    result = run("build", SMALL, "--out", tmp_path / "out", "--engine", "espeak", "--voices", profile)
    assert_one_line_error(result, "klingon")


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", SMALL, "--out", blocker / "out", "--engine", "espeak")
    assert_one_line_error(result, "cannot write")


def test_normalize_reads_argument_file_and_stdin(tmp_path):
    assert run("normalize", "2024年").stdout.strip() == "二零二四年"
    text = tmp_path / "t.txt"
    text.write_text("17%\n\n拨打12345\n", encoding="utf-8")
    assert run("normalize", "--file", text).stdout.splitlines() == ["百分之十七", "", "拨打幺二三四五"]
    assert run("normalize", input="35.8万平方公里\n").stdout.strip() == "三十五点八万平方公里"


def test_voices_lists_mandarin_voices_and_marks_the_profile(monkeypatch):
    monkeypatch.setenv("AUDIOPAPER_EDGE_ENDPOINT", closed_port_url())
    result = run("voices", "--engine", "edge")
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.stdout.splitlines() if "zh-CN-YunyangNeural" in ln)
    assert "*" in line
    assert "zh-TW" in result.stdout and "zh-HK" in result.stdout


def test_cache_info_and_prune(tmp_path):
    (tmp_path / "cache").mkdir()
    result = run("cache", "info", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    assert "entries: 0" in result.stdout
    assert_one_line_error(run("cache", "prune", "--cache-dir", tmp_path / "cache"), "--older-than")
    assert_one_line_error(run("cache", "prune", "--max-size", "lots", "--cache-dir", tmp_path), "not a size")
    assert run("cache", "prune", "--max-size", "0", "--cache-dir", tmp_path / "cache").exit_code == 0


@pytest.mark.parametrize(
    "args, needle",
    [
        (["info", "--out", "{tmp}/outptu"], "no clip cache at"),
        (["prune", "--older-than", "1", "--cache-dir", "{tmp}/nocache"], "no clip cache at"),
        (["prune", "--older-than", "-1", "--cache-dir", "{tmp}/cache"], "must be 0 or more days"),
        (["prune", "--older-than", "nan", "--cache-dir", "{tmp}/cache"], "must be 0 or more days"),
        (["prune", "--engine", "egde", "--cache-dir", "{tmp}/cache"], "unknown engine 'egde'"),
    ],
)
def test_cache_commands_refuse_what_would_mislead_or_remove_everything(tmp_path, args, needle):
    cache = tmp_path / "cache" / "ab"
    cache.mkdir(parents=True)
    (cache / "keep.mp3").write_bytes(b"x")
    result = run("cache", *[a.format(tmp=tmp_path) for a in args])
    assert_one_line_error(result, needle)
    assert (cache / "keep.mp3").exists()


def test_not_a_terminal_means_no_progress_bars(tmp_path):
    env = {**os.environ, "AUDIOPAPER_EDGE_ENDPOINT": closed_port_url()}
    proc = subprocess.run(
        [sys.executable, "-m", "audiopaper", "segment", str(SMALL)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0
    assert "\x1b[" not in proc.stdout and "\x1b[" not in proc.stderr


@pytest.mark.network
def test_edge_refusing_this_client_says_upgrade_edge_tts(tmp_path, monkeypatch):
    from audiopaper.fakes.readaloud import Faults, ReadAloudServer

    with ReadAloudServer(seconds_per_char=0.1, faults=Faults(forbidden_rate=1.0)) as server:
        monkeypatch.setenv("AUDIOPAPER_EDGE_ENDPOINT", server.url)
        result = run("build", SMALL, "--engine", "edge", "--out", tmp_path / "out")
    assert_one_line_error(result, "HTTP 403", "pip install -U edge-tts")
    assert not (tmp_path / "out" / "feed.xml").exists()


def test_edge_with_no_network_is_one_line_and_publishes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOPAPER_EDGE_ENDPOINT", closed_port_url())
    result = run("build", SMALL, "--engine", "edge", "--out", tmp_path / "out")
    assert_one_line_error(result, "cannot reach")
    assert not list((tmp_path / "out").rglob("*.mp3")) and not (tmp_path / "out" / "feed.xml").exists()


@pytest.mark.parametrize(
    "profile, needle",
    [
        ("voices = [1, 2]\n", "voices must be tables"),
        ("pauses = 3\n", "[pauses] must be a table"),
        ("[pauses]\nbetween_stories = nan\n", "between 0 and 30"),
        ('read_dateline = "no"\n', "read_dateline must be true or false, not 'no'"),
        ("read_datelines = false\n", "unknown setting 'read_datelines'"),
    ],
)
def test_malformed_voice_profiles_are_one_line(tmp_path, profile, needle):
    path = tmp_path / "bad.toml"
    path.write_text(profile, encoding="utf-8")
    result = run("build", SMALL, "--out", tmp_path / "out", "--engine", "espeak", "--voices", path)
    assert_one_line_error(result, needle)


@pytest.mark.parametrize(
    "edit, needle",
    [
        (lambda o: o["edition"].update(date="2023-02-30"), "edition.date"),
        (lambda o: o["edition"].update(pages=[]), "at least one page"),
    ],
)
def test_running_orders_with_impossible_editions_are_one_line(tmp_path, edit, needle):
    order = json.loads(run("segment", SMALL, "--json").stdout)
    edit(order)
    path = tmp_path / "order.json"
    path.write_text(json.dumps(order, ensure_ascii=False), encoding="utf-8")
    result = run("build", path, "--out", tmp_path / "out", "--engine", "espeak")
    assert_one_line_error(result, needle)


def test_a_feed_state_of_the_wrong_shape_is_one_line(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "episodes.json").write_text("[]", encoding="utf-8")
    result = run("build", SMALL, "--out", out, "--engine", "espeak")
    assert_one_line_error(result, "is damaged")


def test_serve_refuses_a_port_out_of_range(tmp_path):
    assert_one_line_error(run("serve", "--out", tmp_path, "--port", "80000"), "not a port number")


def test_normalize_reads_gbk_from_stdin_like_from_a_file():
    result = runner.invoke(app, ["normalize"], input="增长17%\n".encode("gbk"))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "增长百分之十七"
