"""Score records against gold annotations (the format of the project's gold files).

A researcher who annotates a sample of their own pages measures the tool with
``vnextract eval GOLD_DIR RECORDS``. The figures:

- precision / recall / F1 (``PRF``) for documents (by canonical number), issuers (every
  document's issuing body, against lists of acceptable names), dates (full calendar dates),
  bodies (named bodies, some optional), reform areas (codes) and targets (matched on value
  and unit);
- token F1 of the main text against the gold ``body``, averaged over pages;
- accuracy (``Accuracy``) for title, author, published date, province, each matched
  document's date and issuer, and each matched target's deadline, index and metric.

Names are compared without regard to case, spacing, Unicode form, tone-mark placement
(hoà = hòa) and the usual abbreviations (UBND, HĐND, MTTQ, TT&TT ...). An optional gold
item is neither required nor wrong. A second, different spelling of one gold body is a
false positive. Records are matched to gold files by ``id``, else by the file stem of
their ``source`` (a string, or an object with ``path`` or ``url``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Json = dict[str, Any]

PRF_FIELDS = ("documents", "issuers", "dates", "bodies", "reform_areas", "targets")
ACCURACY_FIELDS = (
    "title",
    "author",
    "published",
    "province",
    "document_date",
    "document_issuer",
    "target_deadline",
    "target_index",
    "target_metric",
)
TEXT_ERROR_BELOW = 0.95  # a page whose text F1 is lower is listed among the errors
METRIC_OVERLAP_OK = 0.3  # token Jaccard from which a target's metric counts as right

# ---------------------------------------------------------------------------- names

# new-style tone placement at a syllable's end -> old style (hoà -> hòa, uỷ -> ủy)
_TONE_PAIRS = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_RE = re.compile(r"(?<!q)(" + "|".join(_TONE_PAIRS) + r")(?!\w)")

# abbreviations of body names and what they stand for; longer forms are tried first
_ABBREVIATIONS = (
    (r"tt\s*&\s*tt|tt-tt|tttt", "thông tin và truyền thông"),
    (r"ubmttq", "ủy ban mặt trận tổ quốc"),
    (r"ubnd", "ủy ban nhân dân"),
    (r"hđnd", "hội đồng nhân dân"),
    (r"mttq", "mặt trận tổ quốc"),
    (r"bhxh", "bảo hiểm xã hội"),
    (r"tp\.?", "thành phố"),
)
_ABBREVIATION_RES = [
    (re.compile(r"(?<!\w)(?:" + short + r")(?!\w)"), full) for short, full in _ABBREVIATIONS
]


def norm(value: object) -> str:
    """Case-, space-, Unicode- and tone-placement-insensitive form of a value."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFC", str(value)).lower()
    s = s.replace("\u0111", "đ").replace("\u00f0", "đ")  # Icelandic ð typed for đ
    s = _TONE_RE.sub(lambda m: _TONE_PAIRS[m.group(1)], s)
    return " ".join(s.split()).strip(" .,:;")


def norm_body(value: object) -> str:
    """``norm`` plus the expansion of the usual abbreviations of body names."""
    s = norm(value)
    for rx, full in _ABBREVIATION_RES:
        s = rx.sub(full, s)
    return " ".join(s.split())


def norm_number(value: object) -> str:
    """A document number in one form: upper case, Đ, ASCII hyphens, no 'Số', no spaces."""
    s = unicodedata.normalize("NFC", str(value or "")).upper()
    s = s.replace("\u00d0", "Đ").replace("\u0110", "Đ")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"^(SỐ|SO)[:\s]*", "", s)
    return re.sub(r"\s+", "", s)


def tokens(value: object) -> list[str]:
    return re.findall(r"\w+", norm(value))


def name_of(value: object, *keys: str) -> str | None:
    """A value given as a string, or as an object holding it under one of ``keys``."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for key in (*keys, "name", "value", "code", "text"):
            if value.get(key) is not None:
                return str(value[key])
    return str(value)


def overlap(a: object, b: object) -> float:
    """Jaccard overlap of the token sets of two strings."""
    ta, tb = set(tokens(a)), set(tokens(b))
    union = ta | tb
    return len(ta & tb) / len(union) if union else 0.0


# ---------------------------------------------------------------------------- counters


@dataclass
class PRF:
    """True positives, false positives and false negatives; an empty side scores 1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> Json:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    ok: int = 0
    n: int = 0

    def add(self, correct: bool) -> None:
        self.n += 1
        self.ok += bool(correct)

    def row(self) -> Json:
        return {"acc": round(self.ok / self.n, 4) if self.n else None, "ok": self.ok, "n": self.n}


@dataclass
class Scores:
    prf: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in PRF_FIELDS})
    acc: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in ACCURACY_FIELDS}
    )
    text_f1: list[float] = field(default_factory=list)
    text_p: list[float] = field(default_factory=list)
    text_r: list[float] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- loading


def load_records(path: Path) -> dict[str, Json]:
    """Records from a JSON Lines file or a folder of ``.json`` files, by id and source stem.

    The first record wins when two share a key."""
    records: list[Json] = []
    if path.is_dir():
        for f in sorted(path.glob("*.json")):
            records.append(json.loads(f.read_text(encoding="utf-8")))
    else:
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    out: dict[str, Json] = {}
    for rec in records:
        for key in _record_keys(rec):
            out.setdefault(key, rec)
    return out


def _record_keys(rec: Json) -> list[str]:
    keys = [rec.get("id")]
    src = rec.get("source")
    if isinstance(src, dict):
        src = src.get("path") or src.get("url")
    if src:
        keys.append(Path(str(src).split("?")[0].rstrip("/")).stem)
    return [str(k) for k in keys if k]


def load_gold(gold_dir: Path) -> list[Json]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json"))]


# ---------------------------------------------------------------------------- matching


def match_names(
    gold_items: Iterable[Json], predicted: Iterable[str | None], errors: list[str], label: str
) -> tuple[int, int, int]:
    """(tp, fp, fn) of predicted names against gold items ``{names, optional}``.

    A repeated name counts once; a name matching an optional item is neither right nor
    wrong; a second distinct spelling of one required item is a false positive."""
    gold = [
        ({norm_body(n) for n in item["names"]}, bool(item.get("optional", False)))
        for item in gold_items
    ]
    matched = [False] * len(gold)
    tp = fp = 0
    seen: set[str] = set()
    for name in predicted:
        n = norm_body(name)
        if not n or n in seen:
            continue
        seen.add(n)
        hit = next((i for i, (alts, _) in enumerate(gold) if n in alts), None)
        if hit is None:
            fp += 1
            errors.append(f"{label} FP: {name}")
        elif matched[hit]:
            if not gold[hit][1]:
                fp += 1
                errors.append(f"{label} FP (second spelling): {name}")
        else:
            matched[hit] = True
            if not gold[hit][1]:
                tp += 1
    fn = 0
    for (alts, optional), was_matched in zip(gold, matched, strict=True):
        if not was_matched and not optional:
            fn += 1
            errors.append(f"{label} FN: {sorted(alts)[0]}")
    return tp, fp, fn


def target_key(target: Json) -> tuple[object, str]:
    """What a predicted target must share with a gold one to match: value and unit."""
    v = target.get("value")
    key: object
    if isinstance(v, int | float) and not isinstance(v, bool):
        key = round(float(v), 3)
    elif v is None:
        key = None
    else:
        try:
            key = round(float(str(v).replace(",", ".")), 3)
        except ValueError:
            key = norm(v)
    return key, norm(target.get("unit"))


def _metric(target: Json) -> object:
    return target.get("metric") or target.get("text")


# ---------------------------------------------------------------------------- per field


def _score_text(s: Scores, gold: Json, rec: Json, err: list[str]) -> None:
    g, p = Counter(tokens(gold.get("body", ""))), Counter(tokens(rec.get("text", "")))
    common = sum((g & p).values())
    prec = common / sum(p.values()) if p else 0.0
    rec_ = common / sum(g.values()) if g else 1.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    s.text_f1.append(f1)
    s.text_p.append(prec)
    s.text_r.append(rec_)
    if f1 < TEXT_ERROR_BELOW:
        err.append(f"text F1 {f1:.3f} (P {prec:.3f} R {rec_:.3f})")


def _score_metadata(s: Scores, gold: Json, rec: Json, err: list[str]) -> None:
    for key, got in (
        ("title", rec.get("title")),
        ("author", rec.get("author")),
        ("province", name_of(rec.get("province"), "name")),
    ):
        ok = norm(gold.get(key)) == norm(got)
        s.acc[key].add(ok)
        if not ok:
            err.append(f"{key}: gold {gold.get(key)!r} got {got!r}")
    ok = str(rec.get("published") or "")[:10] == str(gold.get("published") or "")[:10]
    s.acc["published"].add(ok)
    if not ok:
        err.append(f"published: gold {gold.get('published')!r} got {rec.get('published')!r}")


def _score_documents(s: Scores, gold: Json, rec: Json, err: list[str]) -> None:
    gdocs = {norm_number(d["number"]): d for d in gold.get("documents", []) if d.get("number")}
    pdocs: dict[str, Json] = {}
    for d in rec.get("documents") or []:
        n = norm_number(d.get("number"))
        if n:
            pdocs.setdefault(n, d)
    both = gdocs.keys() & pdocs.keys()
    s.prf["documents"].add(len(both), len(pdocs) - len(both), len(gdocs) - len(both))
    err.extend(f"document FP: {n}" for n in pdocs.keys() - gdocs.keys())
    err.extend(f"document FN: {n}" for n in gdocs.keys() - pdocs.keys())
    for n in both:
        gd, pd = gdocs[n], pdocs[n]
        ok = str(gd.get("date") or "") == str(pd.get("date") or "")[:10]
        s.acc["document_date"].add(ok)
        if not ok:
            err.append(f"{n} date: gold {gd.get('date')} got {pd.get('date')}")
        alternatives = {norm_body(x) for x in gd.get("issuer") or []}
        got = name_of(pd.get("issuer"), "name")
        ok = norm_body(got) in alternatives if alternatives else not norm_body(got)
        s.acc["document_issuer"].add(ok)
        if not ok:
            err.append(f"{n} issuer: gold {sorted(alternatives)} got {got!r}")
    issuers = [name_of(d.get("issuer"), "name") for d in rec.get("documents") or []]
    s.prf["issuers"].add(
        *match_names(
            [{"names": alts} for alts in gold.get("issuers", [])],
            [n for n in issuers if n],
            err,
            "issuer",
        )
    )


def _score_sets(s: Scores, gold: Json, rec: Json, err: list[str]) -> None:
    s.prf["bodies"].add(
        *match_names(
            gold.get("bodies", []),
            [name_of(b, "name") for b in rec.get("bodies") or []],
            err,
            "body",
        )
    )
    gdates = set(gold.get("dates", []))
    pdates = {str(name_of(d, "value", "date"))[:10] for d in rec.get("dates") or []}
    pdates = {d for d in pdates if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)}
    _add_sets(s.prf["dates"], gdates, pdates, err, "date")
    gareas = set(gold.get("reform_areas", []))
    pareas = {name_of(x, "code") for x in rec.get("reform_areas") or []}
    _add_sets(s.prf["reform_areas"], gareas, pareas, err, "reform area")


def _add_sets(prf: PRF, gold: set[Any], pred: set[Any], err: list[str], label: str) -> None:
    both = gold & pred
    prf.add(len(both), len(pred) - len(both), len(gold) - len(both))
    err.extend(f"{label} FP: {x}" for x in sorted(pred - gold, key=str))
    err.extend(f"{label} FN: {x}" for x in sorted(gold - pred, key=str))


def _score_targets(s: Scores, gold: Json, rec: Json, err: list[str]) -> None:
    """Each gold target (required ones first) takes the best unused prediction with the
    same value and unit: deadline counts twice, then index, then metric overlap."""
    gts = sorted(gold.get("targets", []), key=lambda t: bool(t.get("optional", False)))
    pts: list[Json] = list(rec.get("targets") or [])
    used = [False] * len(pts)
    tp = 0
    for gt in gts:
        best: int | None = None
        best_score = -1.0
        for i, pt in enumerate(pts):
            if used[i] or target_key(pt) != target_key(gt):
                continue
            score = (
                2 * (str(pt.get("deadline")) == str(gt.get("deadline")))
                + (norm(pt.get("index")) == norm(gt.get("index")))
                + overlap(_metric(pt), gt.get("metric"))
            )
            if score > best_score:
                best, best_score = i, score
        if best is None:
            if not gt.get("optional"):
                err.append(
                    f"target FN: {gt.get('value')} {gt.get('unit')} by {gt.get('deadline')}: "
                    f"{gt.get('metric')}"
                )
            continue
        used[best] = True
        if gt.get("optional"):
            continue
        tp += 1
        pt = pts[best]
        s.acc["target_deadline"].add(str(pt.get("deadline")) == str(gt.get("deadline")))
        if gt.get("index"):
            s.acc["target_index"].add(norm(pt.get("index")) == norm(gt.get("index")))
        s.acc["target_metric"].add(overlap(_metric(pt), gt.get("metric")) >= METRIC_OVERLAP_OK)
    for i, pt in enumerate(pts):
        if not used[i]:
            err.append(
                f"target FP: {pt.get('value')} {pt.get('unit')} by {pt.get('deadline')}: "
                f"{_metric(pt)}"
            )
    required = sum(1 for t in gts if not t.get("optional"))
    s.prf["targets"].add(tp, used.count(False), required - tp)


# ---------------------------------------------------------------------------- the whole


def score(gold: Iterable[Json], records: Mapping[str, Json]) -> tuple[Json, list[str]]:
    """The figures over every gold article, and one line per miss or false hit."""
    s = Scores()
    for g in gold:
        doc_id = str(g["id"])
        rec = records.get(doc_id)
        if rec is None:
            s.missing.append(doc_id)
            rec = {}
        err: list[str] = []
        _score_text(s, g, rec, err)
        _score_metadata(s, g, rec, err)
        _score_documents(s, g, rec, err)
        _score_sets(s, g, rec, err)
        _score_targets(s, g, rec, err)
        s.errors.extend(f"{doc_id} {e}" for e in err)
    return _result(s), s.errors


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def _result(s: Scores) -> Json:
    return {
        "documents_scored": len(s.text_f1),
        "missing_records": s.missing,
        "text_f1_mean": _mean(s.text_f1),
        "text_f1_min": round(min(s.text_f1), 4) if s.text_f1 else None,
        "text_p_mean": _mean(s.text_p),
        "text_r_mean": _mean(s.text_r),
        **{k: v.row() for k, v in s.prf.items()},
        **{k: v.row() for k, v in s.acc.items()},
    }


def score_paths(gold_dir: Path, records_path: Path) -> tuple[Json, list[str]]:
    return score(load_gold(gold_dir), load_records(records_path))


def format_table(result: Json) -> str:
    """The figures as a plain-text table."""
    lines = [f"{'field':18} {'P':>6} {'R':>6} {'F1':>6}   (tp/fp/fn)     accuracy"]
    lines.append(
        f"{'text (tokens)':18} {result['text_p_mean'] or 0:6.3f} "
        f"{result['text_r_mean'] or 0:6.3f} {result['text_f1_mean'] or 0:6.3f}   "
        f"mean over pages; min F1 {result['text_f1_min']}"
    )
    for k in PRF_FIELDS:
        r = result[k]
        lines.append(
            f"{k:18} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}   ({r['tp']}/{r['fp']}/{r['fn']})"
        )
    for k in ACCURACY_FIELDS:
        r = result[k]
        acc = "n/a" if r["acc"] is None else f"{r['acc']:.3f}"
        lines.append(f"{k:18} {'':>6} {'':>6} {'':>6}   {'':14} {acc} ({r['ok']}/{r['n']})")
    missing = result["missing_records"]
    if missing:
        lines.append(f"no record for {len(missing)} gold file(s): {', '.join(missing[:10])}")
    return "\n".join(lines)
