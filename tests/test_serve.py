"""Serving the output folder: podcast apps need byte ranges answered with 206."""

import threading
import urllib.error
import urllib.request

import pytest

from audiopaper.serve import IGNORE, OutputServer, parse_range


@pytest.mark.parametrize(
    "header, expected",
    [
        ("bytes=0-99", (0, 99)),
        ("bytes=100-", (100, 999)),
        ("bytes=-100", (900, 999)),
        ("bytes=990-2000", (990, 999)),
        ("bytes=1000-", None),
        ("bytes=-0", None),
        ("bytes=5-1", IGNORE),
        ("items=0-1", IGNORE),
        ("bytes=-", IGNORE),
        ("bytes=0-1,5-6", IGNORE),
        ("bytes=abc", IGNORE),
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, 1000) == expected


@pytest.fixture
def server(tmp_path):
    (tmp_path / "ep.mp3").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "secret").write_text("x")
    srv = OutputServer(tmp_path, port=0, verbose=False)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def fetch(url, **headers):
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10)


def test_range_request_gets_206_with_exact_bytes(server):
    with fetch(server + "/ep.mp3", Range="bytes=10-19") as resp:
        assert resp.status == 206
        assert resp.headers["Content-Range"] == "bytes 10-19/10240"
        assert resp.headers["Content-Type"] == "audio/mpeg"
        assert resp.read() == bytes(range(10, 20))


def test_whole_file_and_feed_type(server):
    with fetch(server + "/ep.mp3") as resp:
        assert resp.status == 200 and len(resp.read()) == 10240
        assert resp.headers["Accept-Ranges"] == "bytes"
    with fetch(server + "/feed.xml") as resp:
        assert resp.headers["Content-Type"].startswith("application/rss+xml")


def test_unsatisfiable_range_and_hidden_files(server):
    with pytest.raises(urllib.error.HTTPError) as err:
        fetch(server + "/ep.mp3", Range="bytes=99999-")
    assert err.value.code == 416
    with pytest.raises(urllib.error.HTTPError) as err:
        fetch(server + "/.cache/secret")
    assert err.value.code == 404


@pytest.mark.parametrize("header", ["bytes=5-1", "bytes=0-1,5-6", "pages=1-2", "bytes=x-"])
def test_malformed_or_multi_range_gets_the_whole_file(server, header):
    with fetch(server + "/ep.mp3", Range=header) as resp:
        assert resp.status == 200 and len(resp.read()) == 10240
