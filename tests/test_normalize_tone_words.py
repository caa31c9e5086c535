"""The tone-placement table of step 5 is generated data: ``patterns/normalize/tone_words.json``
must be what ``scripts/gen_tone_words.py`` builds from underthesea, and the pipeline must
not need underthesea to read it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extractor.normalize import _tone_words, _tone_words_fast, normalize_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import gen_tone_words  # noqa: E402


def test_normalize_tone_words_file_matches_its_source() -> None:
    built = gen_tone_words.build()
    assert gen_tone_words.OUT.read_text(encoding="utf-8") == gen_tone_words.render(built)
    # the words old-style pages use most are in it
    assert built["hoà"] == "hòa" and built["thuỷ"] == "thủy" and built["Hoà"] == "Hòa"


def test_normalize_tone_words_old_placement_rewritten_in_place() -> None:
    # old-style tone placement, as many provincial portals still type it
    src = "Hoà Bình đẩy mạnh hiện đại hoá nền hành chính, công tác thuỷ lợi và khoẻ mạnh."
    out = normalize_text(src)
    assert out == "Hòa Bình đẩy mạnh hiện đại hóa nền hành chính, công tác thủy lợi và khỏe mạnh."
    assert len(out) == len(src)  # one to one: spans survive
    assert _tone_words_fast(src) == _tone_words(src)


def test_normalize_tone_words_only_whole_words_change() -> None:
    # "hoà" inside a longer run of word characters is not the word "hoà"
    for src in ("xhoà", "hoàx", "hoà_1", "1hoà", "hoà-hoà hoà."):
        assert _tone_words_fast(src) == _tone_words(src)
    assert _tone_words_fast("xhoà") == "xhoà"


def test_normalize_tone_words_pipeline_runs_without_underthesea() -> None:
    code = (
        "import sys; from extractor.normalize import normalize_text; "
        "t = normalize_text('Hiện đại hoá hành chính ở Hoà Bình'); "
        "print(t, 'underthesea' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "Hiện đại hóa hành chính ở Hòa Bình False"


def test_normalize_tone_words_file_is_plain_json_mapping() -> None:
    data = json.loads(gen_tone_words.OUT.read_text(encoding="utf-8"))
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in data.items())
    assert all(len(k) == len(v) and k != v for k, v in data.items())
