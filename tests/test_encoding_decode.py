"""Decoding page bytes: BOMs, declared charsets (right and wrong), windows-1258, NFC,
legacy TCVN3/VNI font encodings, and refusals with a reason."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from extractor.encoding import decode, meta_charset, vietnamese_score
from extractor.legacy_fonts import TCVN3_TO_UNICODE, VNI_PAIRS, VNI_SINGLES
from extractor.types import PageError

# a real sentence from the seed page 000 (Báo Đắk Lắk)
SENT = (
    "Theo Quyết định số 3478/QĐ-UBND, ngày 10/12/2021 của UBND tỉnh về việc ban hành "
    "Chương trình cải cách hành chính nhà nước giai đoạn 2021-2025, định hướng đến năm 2030 "
    "đặt ra mục tiêu: đến năm 2025, chỉ số cải cách hành chính tỉnh nằm trong nhóm 20 tỉnh dẫn đầu."
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(s: str) -> bytes:
    """Encode as windows-1258 does: base letters precomposed, tone marks combining."""
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out.append(base + "".join(c for c in d if c in _TONES))
    return "".join(out).encode("cp1258")


def page(body: str, charset: str) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>Portal</title></head><body><p>{body}</p></body></html>"
    )


def test_encoding_windows_1258_is_decoded_to_nfc() -> None:
    data = cp1258_bytes(page(SENT, "windows-1258"))
    assert b"\xcc" in data or b"\xec" in data or b"\xd2" in data  # combining tone bytes present
    d = decode(data, is_html=True)
    assert d.encoding == "windows-1258"
    assert SENT in d.text
    assert unicodedata.is_normalized("NFC", d.text)


def test_encoding_wrong_http_charset_with_right_meta_windows_1258() -> None:
    data = cp1258_bytes(page(SENT, "windows-1258"))
    d = decode(data, http_charset="utf-8", is_html=True)
    assert d.encoding == "windows-1258"
    assert SENT in d.text


def test_encoding_wrong_http_charset_latin1_for_a_utf8_page() -> None:
    data = page(SENT, "utf-8").encode("utf-8")
    d = decode(data, http_charset="iso-8859-1", is_html=True)
    assert d.encoding == "utf-8"
    assert SENT in d.text
    assert "Ã" not in d.text  # no mojibake


def test_encoding_wrong_meta_is_outvoted_by_the_bytes() -> None:
    # the page says windows-1252 but its bytes are windows-1258
    data = cp1258_bytes(page(SENT, "windows-1252"))
    d = decode(data, is_html=True)
    assert d.encoding == "windows-1258"
    assert SENT in d.text


def test_encoding_utf8_bom() -> None:
    d = decode(codecs.BOM_UTF8 + SENT.encode("utf-8"))
    assert d.text == SENT
    assert d.encoding == "utf-8"


def test_encoding_utf16_bom_is_not_binary() -> None:
    d = decode(codecs.BOM_UTF16_LE + SENT.encode("utf-16-le"))
    assert d.text == SENT


def test_encoding_nfd_text_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", SENT)
    assert nfd != SENT
    d = decode(nfd.encode("utf-8"))
    assert d.text == SENT


def _tcvn3(s: str) -> str:
    inv = {v: k for k, v in TCVN3_TO_UNICODE.items()}
    return "".join(inv.get(c, inv.get(c.lower(), c)) for c in s)


def _vni(s: str) -> str:
    inv: dict[str, str] = {}
    for k, v in {**VNI_PAIRS, **VNI_SINGLES}.items():
        inv.setdefault(v, k)
    return "".join(inv.get(c, c) if c not in "ìíÌÍ" else c for c in s)


def test_encoding_tcvn3_bytes_are_converted() -> None:
    legacy = _tcvn3(SENT)
    assert "QuyÕt ®Þnh" in legacy
    d = decode(page(legacy, "windows-1252").encode("cp1252"), is_html=True)
    assert d.converted_from == "TCVN3"
    assert SENT in d.text


def test_encoding_tcvn3_inside_a_unicode_page_keeps_the_unicode_chrome() -> None:
    chrome = "Cổng thông tin điện tử tỉnh Đắk Lắk - Trang chủ - Liên hệ"
    html = f"<html><body><div>{chrome}</div><p>{_tcvn3(SENT)}</p></body></html>"
    d = decode(html.encode("utf-8"), is_html=True)
    assert d.converted_from == "TCVN3"
    assert chrome in d.text and SENT in d.text


def test_encoding_vni_is_converted() -> None:
    legacy = _vni(SENT)
    assert "Quyeát ñònh" in legacy
    d = decode(page(legacy, "windows-1252").encode("cp1252"), is_html=True)
    assert d.converted_from == "VNI"
    assert SENT in d.text


@pytest.mark.parametrize(
    "text",
    [
        SENT,  # Unicode Vietnamese
        "Café au lait, crème brûlée et pâté: a French menu, déjà vu, naïve résumé.",
        "© 2021 Sở Thông tin và Truyền thông. Nhiệt độ 25°C, độ ẩm ±5%.",
    ],
)
def test_encoding_no_false_legacy_detection(text: str) -> None:
    d = decode(page(text, "utf-8").encode("utf-8"), is_html=True)
    assert d.converted_from is None
    assert text in d.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "binary"),
        (b"<html>\x00\x00\x00\x01\x02</html>", "binary"),
    ],
)
def test_encoding_refuses_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PageError) as err:
        decode(data)
    assert err.value.reason == reason


def test_encoding_meta_charset_forms() -> None:
    assert meta_charset(b'<meta charset="windows-1258">') == "windows-1258"
    assert (
        meta_charset(b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=UTF-8'>")
        == "UTF-8"
    )
    assert meta_charset(b"<p>charset=utf-8</p>") is None


def test_encoding_score_prefers_the_right_reading() -> None:
    right = SENT
    wrong = SENT.encode("utf-8").decode("cp1252", errors="replace")
    assert vietnamese_score(right) > 10 > vietnamese_score(wrong)


def test_encoding_utf8_with_a_broken_tail_stays_utf8() -> None:
    data = page(SENT, "utf-8").encode("utf-8") + "Hà Nội".encode()[:-1]  # cut mid-character
    d = decode(data, is_html=True)
    assert d.encoding == "utf-8"
    assert SENT in d.text


def test_encoding_control_byte_count_matches_byte_loop() -> None:
    """The binary check counts control bytes with bytes.translate; same count as a loop."""
    import random

    from extractor.encoding import _CONTROL_BYTES

    rng = random.Random(7)
    heads = [bytes(range(256)), b"", b"plain\r\n\ttext\x0b\x0c"]
    heads += [rng.randbytes(rng.randint(0, 400)) for _ in range(300)]
    for head in heads:
        loop = sum(1 for b in head if b < 9 or 13 < b < 32)
        assert len(head) - len(head.translate(None, _CONTROL_BYTES)) == loop
