"""Shared pytest fixtures."""

from __future__ import annotations

import pytest

# -- fake Read Aloud service (edge engine) ----------------------------------------------------


@pytest.fixture
def readaloud_server():
    """A fake Read Aloud service on 127.0.0.1 (random port), stopped afterwards.

    Audio runs at a speaker's pace (0.2 s per character) so the synthesize stage's length
    checks pass; tests that want shorter audio start their own ``ReadAloudServer``.
    """
    from audiopaper.fakes.readaloud import ReadAloudServer

    with ReadAloudServer() as server:
        yield server


@pytest.fixture
def readaloud(readaloud_server):
    """The ws:// endpoint URL of ``readaloud_server``, for EdgeEngine or AUDIOPAPER_EDGE_ENDPOINT."""
    return readaloud_server.url
