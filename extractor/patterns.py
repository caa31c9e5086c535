"""The pattern engine: typed YAML rules, compiled once with ``regex``.

A pattern file (``patterns/<field>.yaml``) looks like this::

    field: documents          # the field it feeds; one file per field
    version: 1
    defs:                     # named sub-patterns
      num:   {regex: '\\d{1,5}'}
      code:  {alt: [QĐ, NQ, KH]}             # an alternation from a list
      sym:   {regex: '{num}/{code}', uses: [num, code]}
    patterns:
      - id: doc.numbered                     # unique across all files
        regex: '\\b{sym}\\b'
        uses: [sym]                          # every {name} must be declared here
        flags: [IGNORECASE]                  # default; [] for case-sensitive
        examples:                            # positive examples: they are tests
          - text: "Theo Quyết định số 3478/QĐ-UBND ngày 10/12/2021"
            match: "3478/QĐ-UBND"            # the surface the pattern must find
        negatives:                           # traps: the pattern must find nothing
          - "xem 1646 lượt"
    cases:                    # optional: whole-field cases run through the field's
      - text: "..."           # extractor by tests/test_patterns_examples.py
        context: {published: "2021-09-27"}
        expect: [{number: "3478/QĐ-UBND"}]
        exact: true           # no other items

``{name}`` references a def (a regex quantifier such as ``{1,5}`` or a Unicode class
``\\p{L}`` is not a reference). The loader rejects: an undeclared reference, an
unknown one, a cycle, an empty alternation (``alt: []``, an empty alternative, ``||``,
``(|``, ``|)``), a duplicate id, an example the pattern does not find and a negative
example it does find. Files are loaded once per process.

An ``alt`` list of plain words is compiled as a prefix tree (``không (?:dưới|quá)``
rather than ``không dưới|không quá``): the same matches, but the engine, which cannot
pre-check the first letter of case-insensitive alternatives, tries each first letter
once instead of once per word. ``PatternFile.defs`` keeps the list as written.

A case-insensitive pattern also gets a case-sensitive twin that ``Pattern.finditer`` runs
on the lower-cased text (``lowercase``): the engine is about twice as fast on it, and the
matches returned are the original's. And a pattern is not run at all on a text that
lacks the literal words every match of it contains (``prefilter``; the words are derived
once and stored in ``patterns/derived/prefilter.json`` by ``scripts/gen_prefilter.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from dataclasses import field as _dc_field  # PatternFile has a member named 'field'
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex
import yaml

from . import lowercase, prefilter
from .prefilter import admits

_REF = regex.compile(r"(?<!\\[pPNx])\{([A-Za-z_][A-Za-z0-9_]*)\}")
# escapes and character classes, which may hold a literal "|" or "(" (blanked out first)
_ESCAPE_OR_CLASS = regex.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]", regex.DOTALL)
# a group's opening: "(", "(?:", "(?>", "(?=", "(?!", "(?<=", "(?<!", "(?P<n>", "(?<n>", "(?i:"
_GROUP_OPEN = r"\((?:\?(?:[:>=!]|<[=!]|P?<\w+>|[a-zA-Z-]+:))?"
_EMPTY_ALT = regex.compile(rf"\|\||{_GROUP_OPEN}\||\|\)")
_FLAGS = {
    "IGNORECASE": regex.IGNORECASE,
    "MULTILINE": regex.MULTILINE,
    "DOTALL": regex.DOTALL,
    "VERBOSE": regex.VERBOSE,
}


# libyaml's parser when PyYAML has it: the same data as ``yaml.safe_load`` (the same
# SafeConstructor), about ten times faster, which is most of a process's start-up
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, parsed by libyaml when it is there. A document libyaml
    rejects is parsed again by PyYAML, so the error (and its message) is PyYAML's."""
    try:
        return yaml.load(text, Loader=_FAST_LOADER)  # CSafeLoader or SafeLoader: safe
    except yaml.YAMLError:
        return yaml.safe_load(text)


class PatternError(ValueError):
    """A pattern file is malformed; the message names the file and the rule."""


def patterns_dir() -> Path:
    """The pattern folder: the installed copy inside the wheel, else the repo's."""
    here = Path(__file__).resolve().parent
    for cand in (here / "patterns", here.parent / "patterns"):
        if cand.is_dir():
            return cand
    raise PatternError(f"no patterns/ folder next to {here}")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    match: str | None
    value: dict[str, Any] | None = None


@dataclass(frozen=True)
class Pattern:
    id: str
    source: str  # the regex as written, before references are expanded
    regex: regex.Pattern[str]
    examples: tuple[Example, ...] = ()
    negatives: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # any other keys: value maps, kinds...
    # a case-insensitive pattern's case-sensitive twin for lower-cased text (``lowercase``)
    twin: regex.Pattern[str] | None = None
    # literal strings every match contains (``prefilter.requirements``)
    need: tuple[frozenset[str], ...] = ()

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """The matches in ``text[pos:endpos]``: none when the text lacks a word every
        match needs (``prefilter``), else found by the twin when there is one."""
        end = len(text) if endpos is None else endpos
        if self.twin is not None:  # only case-insensitive patterns have a twin, and a need
            low = lowercase.lowered(text)
            if low is not None:
                if self.need and not admits(low, self.need):
                    return iter(())
                return lowercase.finditer(self.regex, self.twin, text, low, pos, end)
        return self.regex.finditer(text, pos, end)


@dataclass(frozen=True)
class PatternFile:
    field: str
    path: Path
    version: int
    defs: dict[str, str]  # expanded regex source of each def, alt lists as written
    patterns: tuple[Pattern, ...]
    cases: tuple[dict[str, Any], ...]
    data: dict[str, Any]  # other top-level keys (tables, gazetteer refs ...)
    # the same defs as compiled: alt lists of plain words as prefix trees (same matches)
    compiled_defs: dict[str, str] = _dc_field(default_factory=dict, repr=False)

    def get(self, pattern_id: str) -> Pattern:
        for p in self.patterns:
            if p.id == pattern_id:
                return p
        raise KeyError(f"{self.path.name}: no pattern {pattern_id!r}")

    def compile_def(self, name: str, flags: int = regex.IGNORECASE) -> regex.Pattern[str]:
        """A def as a pattern of its own (for code that needs a sub-pattern alone)."""
        return regex.compile(self.compiled_defs.get(name, self.defs[name]), flags | regex.UNICODE)


def _alt_items(items: list[Any], where: str) -> list[str]:
    if not items:
        raise PatternError(f"{where}: empty alternation (alt: [])")
    out = []
    for it in items:
        s = str(it)
        if s == "":
            raise PatternError(f"{where}: empty alternative in alt list")
        out.append(s)
    # longest first, so that 'TTLT' is tried before 'TT'
    out.sort(key=len, reverse=True)
    return out


def _alt(items: list[Any], where: str) -> str:
    return "(?:" + "|".join(_alt_items(items, where)) + ")"


# a character that makes an alt item a regex rather than a plain word
_META = regex.compile(r"[\\\[\](){}.*+?^$|#]")


def _plain_case(c: str) -> bool:
    """A character whose case variants are just its lower and upper case, so that two
    such characters with different lower cases never match the same text character,
    with or without IGNORECASE (not so: dotless i, long s, the Kelvin sign, final sigma)."""
    lo, up = c.lower(), c.upper()
    return len(lo) == 1 and len(up) == 1 and lo.upper() == up and up.lower() == lo


def _tree(words: list[str]) -> str:
    """Ordered alternatives (plain words, none empty) as a prefix tree with the same
    matches. Words whose first letters differ cannot match at the same place, so only
    the order of words sharing a first letter matters: it is kept, and a word that is a
    prefix of the others sharing it must come last (longest first), else they stay as
    they are."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    parts = []
    for ws in groups.values():
        head = ws[0]
        for w in ws[1:]:
            i = 0
            while i < min(len(head), len(w)) and head[i] == w[i]:
                i += 1
            head = head[:i]
        if len(ws) == 1 or not head:
            parts.append("|".join(ws))
            continue
        rest = [w[len(head) :] for w in ws]
        if "" not in rest:
            parts.append(f"{head}(?:{_tree(rest)})")
        elif rest.index("") == len(rest) - 1:
            parts.append(f"{head}(?:{_tree(rest[:-1])})?")
        else:
            parts.append("|".join(ws))
    return "|".join(parts)


def _alt_compiled(items: list[Any], where: str) -> str:
    """An alt list as compiled: a prefix tree when every item is a plain word."""
    words = _alt_items(items, where)
    if any(_META.search(w) or not all(_plain_case(c) for c in w) for w in words):
        return "(?:" + "|".join(words) + ")"
    return "(?:" + _tree(words) + ")"


def _check_regex_text(src: str, where: str) -> None:
    """Reject an empty alternative: "a||b", "(|a)", "(?:a|)", "|a", "a|"."""
    bare = _ESCAPE_OR_CLASS.sub("x", src)
    if _EMPTY_ALT.search(bare) or bare.startswith("|") or bare.endswith("|"):
        raise PatternError(f"{where}: empty alternative in regex {src!r}")


def _expand(src: str, uses: list[str], defs: dict[str, str], where: str) -> str:
    declared = set(uses)
    for name in _REF.findall(src):
        if name not in declared:
            raise PatternError(f"{where}: reference {{{name}}} is not declared in 'uses'")
        if name not in defs:
            raise PatternError(f"{where}: reference {{{name}}} names no def")
    for name in uses:
        if name not in defs:
            raise PatternError(f"{where}: 'uses' names {name!r}, which is not a def")

    def sub(m: regex.Match[str]) -> str:
        return "(?:" + defs[m.group(1)] + ")"

    return _REF.sub(sub, src)


def _flags(names: list[str] | None, where: str) -> int:
    if names is None:
        names = ["IGNORECASE"]
    f = regex.UNICODE | regex.VERSION0
    for n in names:
        if n not in _FLAGS:
            raise PatternError(f"{where}: unknown flag {n!r}")
        f |= _FLAGS[n]
    return f


def _resolve_defs(raw: dict[str, Any], where: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each def's expanded source as written, and as compiled (see ``_alt_compiled``)."""
    out: dict[str, str] = {}
    fast: dict[str, str] = {}
    visiting: set[str] = set()

    def resolve(name: str) -> str:
        if name in out:
            return out[name]
        if name in visiting:
            raise PatternError(f"{where}: def {name!r} refers to itself (cycle)")
        if name not in raw:
            raise PatternError(f"{where}: unknown def {name!r}")
        visiting.add(name)
        spec = raw[name]
        w = f"{where}: def {name!r}"
        if isinstance(spec, str):
            spec = {"regex": spec}
        if not isinstance(spec, dict):
            raise PatternError(f"{w}: must be a string or a mapping")
        uses = list(spec.get("uses") or [])
        for u in uses:
            if u not in raw:
                raise PatternError(f"{w}: 'uses' names {u!r}, which is not a def")
        sub = {u: resolve(u) for u in uses}
        sub_fast = {u: fast[u] for u in uses}
        if "alt" in spec:
            items = spec["alt"]
            if not isinstance(items, list):
                raise PatternError(f"{w}: alt must be a list")
            src = _alt(items, w)
            _check_regex_text(src, w)
            src_fast = _expand(_alt_compiled(items, w), uses, sub_fast, w)
            src = _expand(src, uses, sub, w)
        elif "regex" in spec:
            src = str(spec["regex"])
            if not src:
                raise PatternError(f"{w}: empty regex")
            _check_regex_text(src, w)
            src_fast = _expand(src, uses, sub_fast, w)
            src = _expand(src, uses, sub, w)
        else:
            raise PatternError(f"{w}: needs 'regex' or 'alt'")
        try:
            regex.compile(src_fast, regex.UNICODE | regex.IGNORECASE)
        except regex.error as e:
            raise PatternError(f"{w}: does not compile: {e}") from None
        visiting.discard(name)
        out[name] = src
        fast[name] = src_fast
        return src

    for name in raw:
        resolve(name)
    return out, fast


_KNOWN_KEYS = {"id", "regex", "uses", "flags", "examples", "negatives", "alt"}


def load_file(path: Path, *, check_examples: bool = True) -> PatternFile:
    """Load, expand, compile and (by default) self-test one pattern file."""
    where = path.name
    try:
        doc = read_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise PatternError(f"{where}: not valid YAML: {e}") from None
    if not isinstance(doc, dict) or "field" not in doc:
        raise PatternError(f"{where}: a pattern file is a mapping with a 'field' key")
    defs, compiled_defs = _resolve_defs(doc.get("defs") or {}, where)
    pats: list[Pattern] = []
    seen: set[str] = set()
    for i, spec in enumerate(doc.get("patterns") or []):
        if not isinstance(spec, dict) or "id" not in spec:
            raise PatternError(f"{where}: pattern #{i} has no id")
        pid = str(spec["id"])
        w = f"{where}: pattern {pid!r}"
        if pid in seen:
            raise PatternError(f"{w}: duplicate id")
        seen.add(pid)
        uses = list(spec.get("uses") or [])
        if "alt" in spec:
            if not isinstance(spec["alt"], list | None):
                raise PatternError(f"{w}: alt must be a list")
            src_raw = _alt(list(spec["alt"] or []), w)
            _check_regex_text(src_raw, w)
            src_compiled = _alt_compiled(list(spec["alt"] or []), w)
        else:
            src_raw = str(spec.get("regex") or "")
            if not src_raw:
                raise PatternError(f"{w}: empty regex")
            _check_regex_text(src_raw, w)
            src_compiled = src_raw
        src = _expand(src_compiled, uses, compiled_defs, w)
        try:
            rx = regex.compile(src, _flags(spec.get("flags"), w))
        except regex.error as e:
            raise PatternError(f"{w}: does not compile: {e}") from None
        examples = []
        for ex in spec.get("examples") or []:
            if isinstance(ex, str):
                ex = {"text": ex, "match": ex}
            if not isinstance(ex, dict) or "text" not in ex:
                raise PatternError(f"{w}: an example needs a 'text' (and usually a 'match')")
            examples.append(
                Example(text=str(ex["text"]), match=ex.get("match"), value=ex.get("value"))
            )
        negatives = tuple(str(x) for x in spec.get("negatives") or [])
        meta = {k: v for k, v in spec.items() if k not in _KNOWN_KEYS}
        twin = lowercase.twin(rx)
        # the prefilter pays on case-insensitive patterns, which the engine scans slowly;
        # a case-sensitive one (lists of names) is scanned faster than its words are checked
        need = _need(rx) if twin is not None else ()
        p = Pattern(pid, src_raw, rx, tuple(examples), negatives, meta, twin, need)
        if check_examples:
            _self_test(p, where)
        pats.append(p)
    data = {
        k: v for k, v in doc.items() if k not in {"field", "version", "defs", "patterns", "cases"}
    }
    return PatternFile(
        field=str(doc["field"]),
        path=path,
        version=int(doc.get("version", 1)),
        defs=defs,
        patterns=tuple(pats),
        cases=tuple(doc.get("cases") or []),
        data=data,
        compiled_defs=compiled_defs,
    )


@cache
def _need_table() -> dict[str, tuple[frozenset[str], ...]]:
    """The prefilter's requirements as generated (``scripts/gen_prefilter.py``): the
    ``regex`` parser that derives them costs about 0.3 s per process."""
    path = patterns_dir() / "derived" / "prefilter.json"
    try:
        return prefilter.parse_table(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _need(rx: regex.Pattern[str]) -> tuple[frozenset[str], ...]:
    """A pattern's prefilter requirements: from the generated table when it has this very
    pattern (same source, same flags), else derived now."""
    need = _need_table().get(prefilter.key(rx))
    return prefilter.requirements(rx) if need is None else need


def _self_test(p: Pattern, where: str) -> None:
    for ex in p.examples:
        found = [m.group() for m in p.finditer(ex.text)]
        if ex.match is None:  # "match: null": the pattern must find something
            if not found:
                raise PatternError(
                    f"{where}: pattern {p.id!r}: example {ex.text!r} should match, found nothing"
                )
            continue
        if str(ex.match) not in found:
            raise PatternError(
                f"{where}: pattern {p.id!r}: example {ex.text!r} should match {ex.match!r}, found {found!r}"
            )
    for neg in p.negatives:
        m = p.regex.search(neg)
        if m:
            raise PatternError(
                f"{where}: pattern {p.id!r}: negative example {neg!r} matches {m.group()!r}"
            )


@cache
def load(field_name: str) -> PatternFile:
    """The pattern file for a field (``patterns/<field>.yaml``), loaded once."""
    path = patterns_dir() / f"{field_name}.yaml"
    if not path.exists():
        raise PatternError(f"no pattern file {path}")
    return load_file(path)


def all_files() -> list[Path]:
    return sorted(patterns_dir().glob("*.yaml"))


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of every pattern and data file: records say which rules made them."""
    h = hashlib.sha256()
    for p in sorted(patterns_dir().rglob("*")):
        if p.is_file() and p.suffix in {".yaml", ".yml", ".json", ".tsv"}:
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]
