"""Local stand-ins for outside services, for tests and offline demos."""

from .readaloud import Faults, ReadAloudServer, SpeechRequest

__all__ = ["Faults", "ReadAloudServer", "SpeechRequest"]
