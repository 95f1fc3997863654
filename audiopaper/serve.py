"""Serve the output folder to podcast apps on the local network, byte ranges included.

Podcast apps (Apple's above all) fetch episodes with ``Range:`` requests and refuse a
server that answers them with the whole file; Python's ``http.server`` does exactly that.
This handler answers a single byte range with 206 and Content-Range, a range past the
end with 416, a malformed or multi-range header with the whole file (RFC 9110), and
serves the feed and transcripts with the right media types.
"""

from __future__ import annotations

import re
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml; charset=utf-8",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}


class RangeRequestHandler(SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler plus single byte ranges; hidden files are never served."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if any(part.startswith(".") for part in Path(self.path.split("?", 1)[0]).parts):
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        header = self.headers.get("Range")
        if not header or not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        span = parse_range(header, size)
        if span == IGNORE:
            return super().send_head()
        if span is None:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        start, end = span
        stream = path.open("rb")
        stream.seek(start)
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self._remaining = end - start + 1
        return stream

    def end_headers(self):
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def copyfile(self, source, outputfile):
        remaining = getattr(self, "_remaining", None)
        if remaining is None:
            return super().copyfile(source, outputfile)
        self._remaining = None
        while remaining > 0:
            chunk = source.read(min(64 * 1024, remaining))
            if not chunk:
                break
            outputfile.write(chunk)
            remaining -= len(chunk)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)


IGNORE = "ignore"


def parse_range(header: str, size: int) -> tuple[int, int] | str | None:
    """(first, last) byte of a single ``bytes=`` range; None if no byte of the file is in it
    (answered 416); ``IGNORE`` for a header that is malformed, in another unit or asks for
    several ranges, which RFC 9110 says to answer with the whole file (200), as if absent."""
    m = _RANGE.match(header.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return IGNORE
    if not m.group(1):  # suffix range: the last N bytes
        length = int(m.group(2))
        return (max(0, size - length), size - 1) if length and size else None
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else size - 1
    if m.group(2) and end < start:
        return IGNORE
    if start >= size:
        return None
    return start, min(end, size - 1)


class OutputServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path, host: str = "127.0.0.1", port: int = 8000, verbose: bool = True):
        self.verbose = verbose
        super().__init__((host, port), partial(RangeRequestHandler, directory=str(folder)))
