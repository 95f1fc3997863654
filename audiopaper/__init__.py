"""audiopaper: a Chinese newspaper page becomes a Mandarin podcast episode."""

__version__ = "0.1.0"
