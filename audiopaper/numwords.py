"""Digit strings as Mandarin words: cardinals, decimals, years and digit-by-digit codes.

These are the building blocks that :mod:`audiopaper.numerals` and :mod:`audiopaper.codes`
pick from by context, plus the :class:`Rule` shape those context rules share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

DIGITS = "零一二三四五六七八九"
PHONE_DIGITS = "零幺二三四五六七八九"  # anchors say 幺 for 1 in phone numbers and hotlines
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")


def digits(s: str, *, phone: bool = False) -> str:
    """Read every digit on its own: 0371 → 零三七一 (phone=True: 零三七幺), 2024 → 二零二四."""
    table = PHONE_DIGITS if phone else DIGITS
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def _group(n: int) -> str:
    """A number below 10,000, with 零 for inner gaps: 1005 → 一千零五, 110 → 一百一十."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + _SMALL_UNITS[pos])
    return "".join(out)


def cardinal(s: str, *, liang: bool = True) -> str:
    """An integer in words: 6600 → 六千六百, 15 → 十五, 120000000 → 一亿二千万.

    A leading 2 before 千, 万 or 亿 is read 两 (两千, 两万) as anchors say it, unless
    ``liang`` is off.  Leading zeros and numbers over 16 digits are read digit by digit,
    since no one says them as amounts.
    """
    s = s.replace(",", "")
    if not s.isdigit():
        raise ValueError(f"not a digit string: {s!r}")
    if len(s) > 16 or (len(s) > 1 and s[0] == "0"):
        return digits(s)
    n = int(s)
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            zero = bool(out)
            continue
        if out and (zero or g < 1000):
            out.append("零")
        out.append(_group(g) + _BIG_UNITS[i])
        zero = False
    text = "".join(out)
    if text.startswith("一十"):  # 10 → 十, 15 → 十五, 100000 → 十万
        text = text[1:]
    if liang and text.startswith("二") and text[1:2] in ("千", "万", "亿"):
        text = "两" + text[1:]
    return text


def decimal(s: str) -> str:
    """A decimal: 35.8 → 三十五点八, 0.5 → 零点五, 3,245.67 → 三千二百四十五点六七."""
    whole, _, frac = s.replace(",", "").partition(".")
    head = cardinal(whole, liang=False) if whole else "零"
    return head + ("点" + digits(frac) if frac else "")


def year(s: str) -> str:
    """A calendar year, digit by digit: 2024 → 二零二四."""
    return digits(s)


class Rule(NamedTuple):
    """A pattern, its reading (replacement text or function), and the characters it needs.

    ``needs`` lets a line skip a rule with a plain ``in`` test when none of its trigger
    characters occur (most lines have no colon, slash or tilde).
    """

    pattern: re.Pattern[str]
    reading: str | Callable[[re.Match[str]], str]
    needs: str = ""


def rule(pattern: str, reading: str | Callable[[re.Match[str]], str], needs: str = "") -> Rule:
    """A :class:`Rule` from a pattern string."""
    return Rule(re.compile(pattern), reading, needs)
