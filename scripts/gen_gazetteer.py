#!/usr/bin/env python3
"""Regenerate ``patterns/gazetteer/provinces.json`` from its public source.

Source: the MIT-licensed ``vietnamadminunits`` package (https://github.com/tranngocminhhieu/
vietnamadminunits), its bundled SQLite table ``admin_units_legacy`` (63 provinces with GSO
codes, their districts and the ASCII keywords of districts merged away before 2025) and
its ``converter_2025.json`` (which pre-2025 provinces make up each of the 34 units of
Nghị quyết 202/2025/QH15).

What this script adds by hand (each line below says why):
- the 63-era name of code 46: the package already calls it "Huế" (a centrally-run city
  from 2025-01-01, Nghị quyết 175/2024/QH15); before that it was "Thừa Thiên Huế";
- spelling variants seen on real pages (Đăk Lăk, Daklak, TT-Huế, BR-VT, TP.HCM ...);
- district-level names that the package's 2025 snapshot no longer lists by their
  accented name (the old "thành phố Huế").

Run ``python scripts/gen_gazetteer.py`` to rewrite the file; ``build()`` returns the
same data in memory (tests compare it with the committed file).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "patterns" / "gazetteer" / "provinces.json"

# the 63-era name where the package uses a later one
NAME_63 = {"46": "Thừa Thiên Huế"}
# renamings inside the 63-province era: (code, new name, effective date)
RENAMED = {"46": {"name": "Huế", "type": "thành phố", "from": "2025-01-01"}}
# the display name of a unit where its short name alone is ambiguous
DISPLAY = {"79": "Thành phố Hồ Chí Minh"}
# spelling variants found on real pages (besides the name itself, its tone-mark
# alternates and its ASCII form, which are derived)
VARIANTS: dict[str, list[str]] = {
    "01": ["Hà Nội", "HN"],
    "06": ["Bắc Cạn"],
    "46": ["Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế", "TTH", "Huế"],
    "62": ["Kontum"],
    "64": ["Gialai"],
    "66": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk", "Đăk Lắk", "Daklak", "Dak Lak", "ĐắkLắk"],
    "67": ["Đăk Nông", "Đắc Nông", "Daknong", "Dak Nong"],
    "77": ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "BR-VT", "BRVT", "Bà Rịa Vũng Tàu"],
    "79": [
        "Thành phố Hồ Chí Minh",
        "TP. Hồ Chí Minh",
        "TP Hồ Chí Minh",
        "Tp. Hồ Chí Minh",
        "Tp Hồ Chí Minh",
        "TP.HCM",
        "TP. HCM",
        "TP HCM",
        "TPHCM",
        "Tp.HCM",
        "Tp HCM",
    ],
}
# names that count as this province only after "tỉnh", "thành phố" or "TP": a bare
# "Hồ Chí Minh" is the President ("tư tưởng Hồ Chí Minh"), a bare "Hà Nội" is fine
NEEDS_PREFIX = {"79": ["Hồ Chí Minh", "Ho Chi Minh", "HCM"], "01": ["HN"], "46": ["TTH"]}
# district-level units missing from the package's accented names
EXTRA_DISTRICTS = [
    {"province": "46", "name": "Huế", "type": "thành phố", "code": "474"},
    {"province": "46", "name": "Nam Đông", "type": "huyện", "code": "482"},
]


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def _package_dir() -> Path:
    import vietnamadminunits

    return Path(vietnamadminunits.__file__).resolve().parent


def _type(t: str) -> str:
    t = t.strip().lower()
    return {"tỉnh": "tỉnh", "thành phố": "thành phố"}.get(t, t)


def build() -> dict[str, Any]:
    pkg = _package_dir()
    con = sqlite3.connect(pkg / "data" / "dataset.db")
    con.row_factory = sqlite3.Row
    conv = json.loads((pkg / "data" / "converter_2025.json").read_text(encoding="utf-8"))

    new_units = {}
    for r in con.execute(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey FROM admin_units"
    ):
        new_units[r["provinceKey"]] = {
            "code": r["provinceCode"],
            "name": DISPLAY.get(r["provinceCode"], r["provinceShort"]),
            "type": _type(r["province"][: -len(r["provinceShort"])]),
        }

    old_to_new = {}
    for new_key, old_keys in conv["DICT_PROVINCE"].items():
        for ok in old_keys:
            old_to_new[ok] = new_key

    provinces = []
    old_key_code = {}
    for r in con.execute(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey "
        "FROM admin_units_legacy ORDER BY provinceCode"
    ):
        code = r["provinceCode"]
        old_key_code[r["provinceKey"]] = code
        name = NAME_63.get(code, DISPLAY.get(code, r["provinceShort"]))
        ptype = "tỉnh" if code in NAME_63 else _type(r["province"][: -len(r["provinceShort"])])
        succ = new_units[old_to_new[r["provinceKey"]]]
        variants = [name, r["provinceShort"], *VARIANTS.get(code, [])]
        variants += [ascii_fold(v) for v in list(variants)]
        bare_not_ok = {w for v in NEEDS_PREFIX.get(code, []) for w in (v, ascii_fold(v))}
        seen: list[str] = []
        for v in variants:
            if v not in seen and v not in bare_not_ok:
                seen.append(v)
        entry: dict[str, Any] = {
            "code": code,
            "name": name,
            "type": ptype,
            "variants": seen,
            "needs_prefix": NEEDS_PREFIX.get(code, []),
            "successor_2025": succ["name"],
            "successor_2025_code": succ["code"],
        }
        if code in RENAMED:
            entry["renamed"] = RENAMED[code]
        provinces.append(entry)

    provinces_2025 = []
    for new_key, old_keys in sorted(
        conv["DICT_PROVINCE"].items(), key=lambda kv: new_units[kv[0]]["code"]
    ):
        u = new_units[new_key]
        provinces_2025.append({**u, "merged_from": sorted(old_key_code[k] for k in old_keys)})

    districts = []
    for r in con.execute(
        "SELECT DISTINCT provinceCode, districtShort, districtType, districtCode, districtAlias "
        "FROM admin_units_legacy ORDER BY provinceCode, districtCode"
    ):
        districts.append(
            {
                "province": r["provinceCode"],
                "name": r["districtShort"],
                "type": _type(r["districtType"]),
                "code": r["districtCode"],
                # ASCII keys of districts merged into this one (type word + name, no spaces)
                "merged_keys": json.loads(r["districtAlias"]) if r["districtAlias"] else [],
            }
        )
    known = {(d["province"], d["type"], d["name"]) for d in districts}
    for d in EXTRA_DISTRICTS:
        if (d["province"], d["type"], d["name"]) not in known:
            districts.append({**d, "merged_keys": []})
    con.close()
    return {
        "about": "Provinces (63-province map, GSO codes), their districts and the 2025 "
        "reorganisation (Nghị quyết 202/2025/QH15). Generated by scripts/gen_gazetteer.py "
        "from vietnamadminunits (MIT); do not edit by hand.",
        "source": "vietnamadminunits",
        "provinces": provinces,
        "provinces_2025": provinces_2025,
        "districts": districts,
    }


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dump(build()), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
