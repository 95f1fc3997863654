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
    "TWh": "太瓦时", "mAh": "毫安时", "Wh": "瓦时", "W": "瓦", "kcal": "千卡",
    # chemistry, pressure, sound, frequency
    "mol": "摩尔", "mmol": "毫摩尔", "μmol": "微摩尔", "nmol": "纳摩尔", "Pa": "帕", "kPa": "千帕",
    "MPa": "兆帕", "hPa": "百帕", "mmHg": "毫米汞柱", "dB": "分贝", "Hz": "赫兹", "kHz": "千赫兹",
    "MHz": "兆赫兹", "GHz": "吉赫兹",
    # data: a number before GB is bytes (GB 2762 with the number after is a standard)
    "KB": "千字节", "MB": "兆字节", "GB": "吉字节", "TB": "太字节", "PB": "拍字节",
    "Mbps": "兆比特每秒", "Gbps": "吉比特每秒",
    # time
    "h": "小时", "min": "分钟",
} | {f"{p}W{dot}h": f"{name}时" for p, name in (("k", "千瓦"), ("M", "兆瓦"), ("G", "吉瓦")) for dot in _DOTS}  # fmt: skip
UNITS |= {k.replace("μ", "µ"): v for k, v in UNITS.items() if "μ" in k}  # micro sign U+00B5

# After a slash only (4S店, 90s are no seconds): 10m/s, 3t/d are per second, per day.
PER_UNITS: dict[str, str] = UNITS | {"s": "秒", "d": "天"}


def alternation(table: dict[str, str]) -> str:
    """The keys as one regex alternation, longest first (mg before m, kW·h before kW)."""
    return "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))


UNIT_FIRST_CHARS = "".join(sorted({k[0] for k in UNITS}))

# Hanzi units and measure words: a number before one is a quantity, never a bare year
# (1700毫升, 2000吨), and a slash between a currency or one of these and another is 每
# (2700美元/盎司, 80美元/桶).
MEASURE_WORDS: tuple[str, ...] = tuple(
    sorted(
        set(
            """
    毫升 升 毫克 微克 克 千克 公斤 斤 两 吨 万吨 盎司 磅 桶 加仑 立方米 立方 平方米 平方公里 平方千米
    公顷 亩 平米 米 厘米 毫米 公里 千米 英里 海里 码 英尺 英寸 千瓦时 千瓦 瓦 度 伏 安 焦 卡 千卡
    摄氏度 分贝 赫兹 帕 标箱 个 位 名 人 人次 次 户 家 所 座 栋 幢 套 间 室 厅 卫 层 辆 台 架 艘 列
    匹 头 只 条 尾 株 棵 颗 粒 枚 本 册 部 篇 首 幅 张 页 份 件 批 项 种 类 起 宗 笔 元 美元 欧元
    英镑 日元 港元 韩元 卢布 块 角 分 秒 分钟 小时 天 日 周 月 年 岁 倍 杯 碗 瓶 罐 盒 包 袋 箱
    双 对 副 把 根 支 片 块 瓣 口 顿 餐 场 轮 届 队 组 支 辆 趟 遍 班 节 课 门 所 床 张 吨公里 千伏
    兆瓦 吉瓦 千米每小时 公里每小时 例 剂 支 针 千人 万人 亿人 万元 亿元 万 亿 千 百 余 多
""".split()
        ),
        key=len,
        reverse=True,
    )
)

# Currency signs before a number, said as a word after it: £1.5亿 → 一点五亿英镑.
CURRENCY_SIGNS: dict[str, str] = {
    "HK$": "港元", "US$": "美元", "NT$": "新台币", "A$": "澳元", "C$": "加元", "S$": "新加坡元",
    "$": "美元", "＄": "美元", "¥": "元", "￥": "元", "€": "欧元", "£": "英镑", "₩": "韩元",
    "₹": "卢比", "₽": "卢布",
}  # fmt: skip
