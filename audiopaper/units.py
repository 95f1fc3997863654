"""Measure symbols printed after numbers (35μg/m³, 120亿kW·h, 350km/h) and how they are said.

Data only, read by :mod:`audiopaper.numerals`: a symbol after a number becomes its Mandarin
name, and a slash between two symbols is 每 (μg/m³ → 微克每立方米, mg/L → 毫克每升).
Symbols that are also common words or codes on their own (G in 5G, K in 4K, D in 3D, S in
4S店) are not listed, so they stay letters.
"""

from __future__ import annotations

import re

_DOTS = "·•⋅・"  # kW·h is printed with any of these middle dots

UNITS: dict[str, str] = {
    # length, area, volume
    "km²": "平方公里", "km": "公里", "m²": "平方米", "m³": "立方米", "㎡": "平方米", "㎥": "立方米",
    "m": "米", "cm": "厘米", "mm": "毫米", "μm": "微米", "nm": "纳米", "㎞": "公里", "㎝": "厘米",
    "㎜": "毫米", "ha": "公顷",
    # mass and volume of liquids
    "t": "吨", "kg": "公斤", "g": "克", "mg": "毫克", "μg": "微克", "ng": "纳克", "㎏": "公斤",
    "㎎": "毫克", "L": "升", "mL": "毫升", "ml": "毫升", "㎖": "毫升",
    # power and energy
    "kW": "千瓦", "MW": "兆瓦", "GW": "吉瓦", "kWh": "千瓦时", "MWh": "兆瓦时", "GWh": "吉瓦时",
    "TWh": "太瓦时", "mAh": "毫安时",
    # other
    "dB": "分贝", "Hz": "赫兹", "kHz": "千赫兹", "MHz": "兆赫兹", "GHz": "吉赫兹", "kPa": "千帕",
    "MPa": "兆帕", "hPa": "百帕", "h": "小时", "min": "分钟",
} | {f"{p}W{dot}h": f"{name}时" for p, name in (("k", "千瓦"), ("M", "兆瓦"), ("G", "吉瓦")) for dot in _DOTS}  # fmt: skip
UNITS |= {k.replace("μ", "µ"): v for k, v in UNITS.items() if "μ" in k}  # micro sign U+00B5

# After a slash only (4S店, 90s are no seconds): 10m/s, 3t/d are per second, per day.
PER_UNITS: dict[str, str] = UNITS | {"s": "秒", "d": "天"}


def alternation(table: dict[str, str]) -> str:
    """The keys as one regex alternation, longest first (mg before m, kW·h before kW)."""
    return "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))


UNIT_FIRST_CHARS = "".join(sorted({k[0] for k in UNITS}))
