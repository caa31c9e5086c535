"""Documents: the seeds' gold bodies, issuer resolution, dedupe, tables and spans."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract.documents import find
from extractor.patterns import load
from extractor.types import Context

GOLD = sorted((Path(__file__).resolve().parent.parent / "corpus" / "gold").glob("*.json"))


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFC", s or "").lower()
    s = s.replace("ubnd", "ủy ban nhân dân").replace("uỷ", "ủy")
    return " ".join(s.split())


def _gold_ctx(g: dict[str, Any]) -> Context:
    return Context(
        text=g["body"],
        published=g.get("published"),
        province=g.get("province"),
        title=g.get("title"),
    )


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_documents_gold_numbers_dates_issuers(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    docs = find(_gold_ctx(g))
    got = {d.number: d for d in docs if d.number}
    assert set(got) == {d["number"] for d in g["documents"]}
    for gd in g["documents"]:
        d = got[gd["number"]]
        assert d.date == gd["date"], d
        assert d.issuer is not None
        assert _norm(d.issuer.name) in {_norm(x) for x in gd["issuer"]}, d.issuer


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_documents_gold_issuers_numbered_or_not(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    names = {_norm(d.issuer.name) for d in find(_gold_ctx(g)) if d.issuer}
    gold = [{_norm(x) for x in alts} for alts in g.get("issuers", [])]
    assert all(names & alts for alts in gold), (names, gold)
    assert all(any(n in alts for alts in gold) for n in names), (names, gold)


def test_documents_spans_point_at_surface() -> None:
    for path in GOLD:
        g = json.loads(path.read_text(encoding="utf-8"))
        for d in find(_gold_ctx(g)):
            assert g["body"][d.start : d.end] == d.surface


def test_documents_one_per_number_first_span_kept() -> None:
    text = (
        "Theo Quyết định số 3478/QĐ-UBND ngày 10/12/2021 của UBND tỉnh. "
        "Quyết định 3478 / QĐ-UBND nêu rõ; Quyết định số 3478/qđ-UBND cũng vậy."
    )
    docs = find(Context(text=text))
    assert [d.number for d in docs] == ["3478/QĐ-UBND"]
    assert docs[0].start == text.index("3478")
    assert docs[0].date == "2021-12-10"


def test_documents_text_words_win_over_symbol_code() -> None:
    text = "Nghị quyết số 76/NQ-TTg ngày 15/7/2021 của Chính phủ về cải cách."
    (doc,) = find(Context(text=text, province="Bình Dương"))
    assert doc.issuer is not None and doc.issuer.name == "Chính phủ"
    (doc,) = find(Context(text="Nghị quyết số 76/NQ-TTg ngày 15/7/2021.", province="Bình Dương"))
    assert doc.issuer is not None and doc.issuer.name == "Thủ tướng Chính phủ"


def test_documents_joint_circular_keeps_every_coded_issuer() -> None:
    # thuvienphapluat.vn, QĐ 97/2009/QĐ-UBND Nghệ An: the text's body pattern stops at "và"
    text = (
        "Căn cứ Thông tư liên tịch số 01/2009/TTLT-BTP-BNV ngày 28 tháng 4 năm 2009 "
        "của Bộ Tư pháp và Bộ Nội vụ về việc hướng dẫn chức năng, nhiệm vụ."
    )
    (doc,) = find(Context(text=text, province="Nghệ An"))
    assert doc.issuer is not None and doc.issuer.name == "Bộ Tư pháp, Bộ Nội vụ"
    assert doc.issuer.surface == "Bộ Tư pháp"
    # a body the symbol does not code keeps the text's word
    text = "Thông tư liên tịch số 01/2009/TTLT-BTP-BNV của Văn phòng Chính phủ về việc này."
    (doc,) = find(Context(text=text, province="Nghệ An"))
    assert doc.issuer is not None and doc.issuer.name == "Văn phòng Chính phủ"


def test_documents_body_of_the_at_clause_issues_the_number() -> None:
    # thainguyentv.vn 2020: "ý kiến chỉ đạo của <body> tại <type> số N"
    text = (
        "Theo ý kiến của Ban Thường vụ Tỉnh ủy tại Thông báo số 714-TB/TU ngày 25/4/2024. "
        "Theo ý kiến của UBND huyện Phú Lương tại Văn bản số 123/UBND-NC ngày 2/5/2024."
    )
    got = {d.number: d.issuer.name for d in find(Context(text=text, province="Thái Nguyên"))}
    assert got == {
        "714-TB/TU": "Ban Thường vụ Tỉnh ủy Thái Nguyên",
        "123/UBND-NC": "Ủy ban nhân dân huyện Phú Lương",
    }


def test_documents_signed_by_order_of_the_body_named_after_thua_lenh() -> None:
    # https://hiephoidoanhnghieptuyenquang.com/2018/11/27/ubnd-tinh-co-y-kien-ve-de-xuat-cua-so-tai-nguyen-moi-truong/
    # the office's deputy head signs "thừa lệnh" the chairman: the committee issues the letter,
    # and the date before "thừa lệnh" dates it
    text = (
        "Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND "
        "tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất "
        "của Sở TM & MT."
    )
    (doc,) = find(Context(text=text, province="Tuyên Quang"))
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân tỉnh Tuyên Quang"
    assert doc.date == "2018-11-23"
    # without "thừa lệnh" the office that signs is the issuer, as before
    text = "Ngày 10/6, Văn phòng UBND tỉnh đã có Công văn số 1204/VP-TH về việc họp."
    (doc,) = find(Context(text=text, province="Tuyên Quang", published="2024-06-12"))
    assert doc.issuer is not None and doc.issuer.name.startswith("Văn phòng")


def test_documents_central_steering_committee_code() -> None:
    # https://vinhlinh.quangtri.gov.vn/vi/chi-tiet/-/view-article/1/1647698202167/1750662283729
    text = (
        "Ngày 23/6/2025, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng "
        "tạo và chuyển đổi số đã tổ chức Hội nghị trực tuyến quán triệt triển khai Kế hoạch số "
        "02-KH/BCĐTW từ Trung ương đến cấp xã."
    )
    (doc,) = find(Context(text=text, province="Quảng Trị"))
    assert doc.system == "party"
    assert doc.issuer is not None and doc.issuer.name == "Ban Chỉ đạo Trung ương"


def test_documents_regulation_issued_by_a_number_cited_again_is_no_second_document() -> None:
    # http://thutuchanhchinh.vn/noidung/tintuc/Lists/NghienCuuTraoDoi/View_Detail.aspx?ItemID=70
    # the second citation of the number carries "của Thủ tướng Chính phủ ban hành Quy chế":
    # the Quy chế is that decision's content
    text = (
        "Quyết định số 93/2007/QĐ-TTg về cơ chế một cửa, cơ chế một cửa liên thông đã được "
        "ban hành từ năm 2007. Qua đánh giá, tổng kết việc thực hiện Quyết định số "
        "93/2007/QĐ-TTg ngày 22/6/2007 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ "
        "chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương."
    )
    docs = find(Context(text=text))
    assert [(d.number, d.date) for d in docs] == [("93/2007/QĐ-TTg", "2007-06-22")]


def test_documents_issuer_drops_a_person_read_as_place() -> None:
    # m.baomoi.com (HNM 2009): the chairman's name after "UBND TP" is no city
    text = "Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT-UBND về kỷ cương."
    (doc,) = find(Context(text=text))
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân thành phố"
    # a district the gazetteer knows keeps its name, family-name-like or not
    text = "UBND huyện Hà Quảng đã ban hành Quyết định số 11/QĐ-UBND về kỷ cương."
    (doc,) = find(Context(text=text, province="Cao Bằng"))
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân huyện Hà Quảng"
    # http://www.caobang.gov.vn/content/5-x%C3%A3-%C4%91%E1%BA%A1t-chu%E1%BA%A9n-n%C3%B4ng-th%C3%B4n-m%E1%BB%9Bi-n%C4%83m-2018
    # the body resolves without the chairman's name: the surface drops it too
    text = "Ngày 14/01/2019, Chủ tịch UBND tỉnh Hoàng Xuân Ánh đã ký Quyết định số 46/QĐ-UBND."
    (doc,) = find(Context(text=text, province="Cao Bằng"))
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân tỉnh Cao Bằng"
    assert doc.issuer.surface == "UBND tỉnh"


def test_documents_symbol_code_takes_article_province() -> None:
    text = "Thực hiện Kế hoạch số 12/KH-UBND và Nghị quyết số 18-NQ/TU."
    with_p = {d.number: d.issuer.name for d in find(Context(text=text, province="Kon Tum"))}
    without = {d.number: d.issuer.name for d in find(Context(text=text))}
    assert with_p == {
        "12/KH-UBND": "Ủy ban nhân dân tỉnh Kon Tum",
        "18-NQ/TU": "Tỉnh ủy Kon Tum",
    }
    assert without == {"12/KH-UBND": "Ủy ban nhân dân tỉnh", "18-NQ/TU": "Tỉnh ủy"}


def test_documents_department_code_resolves_to_department() -> None:
    (doc,) = find(
        Context(text="Công văn số 2231/SNV-CCHC&PC ngày 28/9/2018.", province="Hải Phòng")
    )
    assert doc.type == "CV" and doc.date == "2018-09-28"
    assert doc.issuer is not None and doc.issuer.name.startswith("Sở Nội vụ")


def test_documents_date_before_issuing_clause_not_stolen() -> None:
    # the first date belongs to the first document; the second clause has none
    text = (
        "Thực hiện Quyết định số 1291/QĐ-TTg ngày 07/10/2019 của Thủ tướng Chính phủ, "
        "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính."
    )
    docs = {d.number: d for d in find(Context(text=text))}
    assert docs["1291/QĐ-TTg"].date == "2019-10-07"
    assert docs["1291/QĐ-TTg"].issuer.name == "Thủ tướng Chính phủ"  # type: ignore[union-attr]
    assert docs["12/KH-UBND"].date is None
    assert docs["12/KH-UBND"].issuer.surface == "UBND tỉnh"  # type: ignore[union-attr]


def test_documents_type_tables_cover_codes_and_keep_d_apart() -> None:
    pf = load("documents")
    state, party = pf.data["state_types"], pf.data["party_types"]
    for code in pf.defs["type_code"].strip("(?:)").split("|"):
        assert code in state, code
    for code in pf.defs["party_code"].strip("(?:)").split("|"):
        assert code in party, code
    assert state["HĐ"] == "Hợp đồng" and state["HD"] == "Hướng dẫn"
    assert state["ĐA"] == "Đề án" and state["DA"] == "Dự án"
    for word, code in pf.data["type_words"].items():
        assert code is None or code in state or code in party, word


def test_documents_title_number_lands_on_the_body_citation() -> None:
    # honggai.halongcity.gov.vn (2021): the number is only in the headline
    title = "Những nhiệm vụ, giải pháp trọng tâm của Nghị quyết số 09-NQ/TU về Chuyển đổi số"
    text = (
        "Tại Quảng Ninh, Đề án và Nghị quyết của Ban Thường vụ Tỉnh ủy về chuyển đổi số "
        "toàn diện tỉnh giai đoạn 2021-2025 đã và đang được triển khai."
    )
    (d,) = find(Context(text=text, title=title, province="Quảng Ninh"))
    assert (d.number, d.type, d.pattern) == ("09-NQ/TU", "NQ", "doc.title.cited")
    assert text[d.start : d.end] == "Nghị quyết"
    assert d.issuer is not None and d.issuer.name == "Ban Thường vụ Tỉnh ủy Quảng Ninh"
    # no citation of a resolution in the body: nothing to place the number on
    other = "Tỉnh đã triển khai Kế hoạch về chuyển đổi số năm 2022."
    assert find(Context(text=other, title=title, province="Quảng Ninh")) == []
    # the body numbers it itself: one document, the body's
    numbered = "Theo Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số."
    docs = find(Context(text=numbered, title=title, province="Quảng Ninh"))
    assert [(x.number, x.pattern) for x in docs] == [("09-NQ/TU", "doc.party")]


def test_documents_own_header_gives_number_and_date_once() -> None:
    # ls1.hethongphapluat.com: Kế hoạch 4851/KH-UBND of Bình Dương (2018), flattened
    text = (
        "Số: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |\n\n"
        "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai xác định Chỉ số CCHC của các "
        "sở, ban, ngành."
    )
    docs = find(Context(text=text, province="Bình Dương"))
    # the later "ban hành kế hoạch" is the same plan, not a second, unnumbered one
    assert [(d.number, d.date) for d in docs] == [("4851/KH-UBND", "2018-10-11")]
    assert docs[0].issuer is not None
    assert docs[0].issuer.name == "Ủy ban nhân dân tỉnh Bình Dương"
    # another body's plan is still its own document
    other = text + " Sở Nội vụ đã ban hành kế hoạch kiểm tra cải cách hành chính."
    assert [d.number for d in find(Context(text=other, province="Bình Dương"))] == [
        "4851/KH-UBND",
        None,
    ]


def test_documents_unnumbered_needs_an_issuing_report() -> None:
    text = (
        "Ngày 03/12/2021, Sở Thông tin và Truyền thông đã ban hành kế hoạch thực hiện. "
        "Các sở, ngành chủ động xây dựng, ban hành kế hoạch CCHC. "
        "UBND tỉnh vừa ban hành Kế hoạch 8370/KH-UBND."
    )
    docs = find(Context(text=text, published="2021-12-07"))
    unnumbered = [d for d in docs if d.number is None]
    assert len(unnumbered) == 1
    assert unnumbered[0].date == "2021-12-03" and unnumbered[0].type == "KH"
    assert [d.number for d in docs if d.number] == ["8370/KH-UBND"]


_FRAGMENTS = [
    "Quyết định số ",
    "3478/QĐ-UBND",
    "199-KH/TU",
    " ngày 10/12/2021",
    " của UBND tỉnh",
    " về việc ban hành",
    ", ",
    "UBND tỉnh ban hành Kế hoạch ",
    "0262.3852.431",
    "49/53",
    " Sở Nội vụ đã ban hành kế hoạch",
    "\n\n",
    "/",
    "-",
    "số",
    "Ngày 10 tháng 9 năm 2021, ",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14), st.text(max_size=20))
def test_documents_any_text_gives_valid_spans(parts: list[str], noise: str) -> None:
    text = "".join(parts) + noise
    docs = find(Context(text=text, published="2021-12-15", province="Đắk Lắk"))
    numbers = [d.number for d in docs if d.number]
    assert len(numbers) == len(set(numbers))
    for d in docs:
        assert text[d.start : d.end] == d.surface
        assert d.date is None or len(d.date) == 10


def test_documents_letter_numbered_with_issuer_code_only() -> None:
    # hoabinh.gov.vn: "Công văn số 5025/VPUBND", dated by the sentence's "Ngày 10/6"
    text = (
        "Ngày 10/6, Văn phòng Ủy ban nhân dân tỉnh đã có Công văn số 5025/VPUBND về việc "
        "Triển khai Kế hoạch Ngày Chuyển đổi số quốc gia năm 2024."
    )
    (d,) = find(Context(text=text, published="2024-06-12", province="Hòa Bình"))
    assert (d.number, d.type, d.date) == ("5025/VPUBND", "CV", "2024-06-10")
    assert d.issuer is not None and d.issuer.name.startswith("Văn phòng Ủy ban nhân dân tỉnh")
    # not after a bare type word, nor a ratio or a score
    for text in ("Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009", "văn bản số 14/63 tỉnh"):
        assert [d.number for d in find(Context(text=text))] == []


def test_documents_bare_district_committee_is_the_district_named_before() -> None:
    # dakrlap.daknong.gov.vn: "của UBND huyện" after the district was named
    text = (
        "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành "
        "Kế hoạch hoạt động. Thực hiện Kế hoạch số 358/KH-UBND ngày 18/01/2023 của UBND huyện "
        "về chuyển đổi số huyện năm 2023."
    )
    docs = find(Context(text=text, province="Đắk Nông"))
    by_number = {d.number: d for d in docs}
    issuer = by_number["358/KH-UBND"].issuer
    assert issuer is not None and issuer.name == "Ủy ban nhân dân huyện Đắk R'Lấp"
    plan = by_number[None]
    assert plan.issuer is not None
    # the committee's canonical name, with the gazetteer's spelling of the district
    assert plan.issuer.name == "Ban Chỉ đạo chuyển đổi số huyện Đắk R'Lấp"
    assert plan.issuer.surface == "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp"


def test_documents_later_citation_dates_a_document_first_cited_without_date() -> None:
    # baomoi.net.vn (2025): the lead names the resolution, the body gives its date
    text = (
        "Bộ Nội vụ vừa ban hành Kế hoạch thực hiện Nghị quyết 71/NQ-CP nhằm đẩy nhanh quá trình "
        "chuyển đổi số quốc gia. Trong Kế hoạch thực hiện Nghị quyết 71/NQ-CP ngày 1/4/2025, Bộ "
        "Nội vụ đặt ra loạt mục tiêu mang tính đột phá."
    )
    docs = [d for d in find(Context(text=text)) if d.number]
    # one document, its span the first citation's
    assert [(d.number, d.date, d.start) for d in docs] == [
        ("71/NQ-CP", "2025-04-01", text.index("71/NQ-CP"))
    ]


def test_documents_date_glued_to_the_symbol_and_header_without_bars() -> None:
    # dinhhung.yendinh.thanhhoa.gov.vn: a commune's plan pasted from a word processor
    text = (
        "Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025\n\n"
        "Thực hiện 263/KH-UBNDngày 31/12/2024 của Chủ tịch Ủy ban nhân dân huyện Yên Định về "
        "Ban hành Kế hoạch cải cách hành chính trên địa bàn huyện Yên Định năm 2025."
    )
    by_number = {d.number: d for d in find(Context(text=text, province="Thanh Hóa"))}
    assert by_number["01/KH-UBND"].date == "2025-01-03"
    plan = by_number["263/KH-UBND"]
    assert (plan.surface, plan.date) == ("263/KH-UBND", "2024-12-31")
    assert plan.issuer is not None and plan.issuer.name == "Ủy ban nhân dân huyện Yên Định"


def test_documents_header_that_lost_its_type_code_dates_the_cited_number() -> None:
    # vanbanphapluat.co (quyet-dinh-1281-qd-ubnd ... ha-tinh-2014): the page's own header
    # reads "Số: 1281/-UBND"; the decision is cited elsewhere as 1281/QĐ-UBND
    text = (
        "Quyết định 1281/QĐ-UBND năm 2014 công bố thủ tục hành chính được bổ sung thuộc "
        "thẩm quyền giải quyết của Sở Y tế tỉnh Hà Tĩnh\n\nỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\n"
        "Số: 1281/-UBND\n\nHà Nội, ngày 13 tháng 05 năm 2014\n\nQUYẾT ĐỊNH\n"
    )
    (d,) = find(Context(text=text, province="Hà Tĩnh"))
    assert (d.number, d.date) == ("1281/QĐ-UBND", "2014-05-13")
    # two candidates (a decision and a plan of that number): neither is dated
    both = text.replace("\n\nỦY BAN", " và Kế hoạch 1281/KH-UBND\n\nỦY BAN")
    assert [d.date for d in find(Context(text=both, province="Hà Tĩnh"))] == [None, None]


def test_documents_date_before_the_head_of_the_issuing_body() -> None:
    # muonglat.thanhhoa.gov.vn: the chairman signs for the people's committee
    text = (
        "Ngày 18/3/2022, Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định số 969/QĐ-UBND về việc "
        "giao chỉ tiêu thực hiện chuyển đổi số cấp huyện, cấp xã."
    )
    (d,) = find(Context(text=text, province="Thanh Hóa"))
    assert (d.number, d.date) == ("969/QĐ-UBND", "2022-03-18")
    assert d.issuer is not None and d.issuer.name == "Ủy ban nhân dân tỉnh Thanh Hóa"


def test_documents_commune_header_names_the_issuing_commune() -> None:
    # dinhhung.yendinh.thanhhoa.gov.vn 2025: the commune's plan, its header cells joined
    text = (
        "Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025\n\n"
        "Thực hiện 263/KH-UBNDngày 31/12/2024 của Chủ tịch Ủy ban nhân dân huyện Yên Định về "
        "Ban hành Kế hoạch cải cách hành chính trên địa bàn huyện Yên Định năm 2025. Ủy ban "
        "nhân dân xãban hành Kế hoạch Cải cách hành chính xãĐịnh Hưng năm 2025, cụ thể như sau:"
    )
    docs = {d.number: d for d in find(Context(text=text, province="Thanh Hóa"))}
    assert docs["01/KH-UBND"].issuer.name == "Ủy ban nhân dân xã Định Hưng"
    assert docs["01/KH-UBND"].date == "2025-01-03"
    # a province's header naming its own province keeps the province's committee
    text2 = (
        "Số: 4851/KH-UBND Bình Dương, ngày 11 tháng 10 năm 2018\n\nKế hoạch tại huyện Bình Dương."
    )
    d2 = find(Context(text=text2, province="Bình Dương"))[0]
    assert d2.issuer.name == "Ủy ban nhân dân tỉnh Bình Dương"


def test_documents_code_issuer_of_a_city_named_with_its_level() -> None:
    # hethongphapluat.com (HCM, Kế hoạch 667/KH-SKHĐT 2022): a bare UBND symbol in an article
    # about Thành phố Hồ Chí Minh, whose name includes its level
    text = (
        "Quyết định 25/2020/QĐ-UBND quy định về tổ chức đánh giá việc giải quyết thủ tục hành "
        "chính theo cơ chế một cửa, một cửa liên thông trên địa bàn thành phố Hồ Chí Minh"
    )
    doc = find(Context(text=text, province="Thành phố Hồ Chí Minh"))[0]
    assert doc.issuer.name == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    hn = find(Context(text="Quyết định 25/2020/QĐ-UBND của thành phố", province="Hà Nội"))[0]
    assert hn.issuer.name == "Ủy ban nhân dân thành phố Hà Nội"


def test_documents_issuer_merger_steering_committee_not_the_government() -> None:
    # https://lsvn.vn/tag/cong-van-12cvbcd.html: the committee's name ends "của Chính phủ"
    text = (
        "(LSVN) - Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, Phó Trưởng Ban Chỉ đạo sắp xếp đơn vị "
        "hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp của Chính "
        "phủ đã ký Công văn 12/CV-BCĐ gửi Tỉnh ủy, Thành ủy."
    )
    (doc,) = find(Context(text=text))
    assert doc.number == "12/CV-BCĐ"
    assert doc.issuer is not None and doc.issuer.name == (
        "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng "
        "mô hình tổ chức chính quyền địa phương 2 cấp"
    )


def test_documents_bare_district_issuer_is_the_portals_district() -> None:
    # a district portal (quangtrach.quangbinh.gov.vn) cites "của UBND huyện" without its name
    text = "Thực hiện Kế hoạch số 12/KH-UBND ngày 3/3/2023 của UBND huyện về cải cách hành chính."
    url = "https://quangtrach.quangbinh.gov.vn/3cms/x.htm"
    (doc,) = find(Context(text=text, province="Quảng Bình", url=url))
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân huyện Quảng Trạch"
    (doc,) = find(Context(text=text, province="Quảng Bình"))
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân huyện"


def test_documents_pdf_text_without_hyphens() -> None:
    # https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm:
    # the PDF's text lost every hyphen, the header's motto stands between number and date
    text = (
        "Số: 1961/QĐUBND CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM Độc lập  Tự do  Hạnh phúc Kiên "
        "Giang, ngày 28 tháng 8 năm 2019\n\nCăn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm "
        "2011 của Chính phủ ban hành Chương trình Tổng thể cải cách hành chính nhà nước;\n\n"
        "Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ "
        "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm "
        "2018 của Chính phủ."
    )
    docs = find(Context(text=text, province="Kiên Giang"))
    got = [(d.number, d.date, d.issuer.name if d.issuer else None) for d in docs if d.number]
    assert got == [
        ("1961/QĐ-UBND", "2019-08-28", "Ủy ban nhân dân tỉnh Kiên Giang"),
        ("30c/NQ-CP", "2011-11-08", "Chính phủ"),
        ("01/2018/TT-VPCP", "2018-11-23", "Văn phòng Chính phủ"),
        ("61/2018/NĐ-CP", "2018-04-23", "Chính phủ"),
    ]
    # a letter's own fused code is not a type and an issuer
    letter = find(Context(text="Công văn số 123/KHĐT-TH của Sở Kế hoạch và Đầu tư."))
    assert [d.number for d in letter] == ["123/KHĐT-TH"]


def test_documents_joint_symbol_with_ampersand_codes() -> None:
    # https://hethongphapluat.com/quyet-dinh-1811-qd-ubnd-nam-2020-...
    text = (
        "Căn cứ Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày 15/02/2012 của Bộ Tài "
        "chính, Bộ Kế hoạch & đầu tư, Bộ Thông tin và Truyền thông hướng dẫn quản lý kinh phí."
    )
    (doc,) = find(Context(text=text, province="Nghệ An"))
    assert doc.issuer is not None and doc.issuer.name == (
        "Bộ Tài chính, Bộ Kế hoạch và Đầu tư, Bộ Thông tin và Truyền thông"
    )


def test_documents_article_number_is_no_document_and_old_ub_code() -> None:
    # an article of a decree written with a slash is the decree's article, not a document
    text = "Căn cứ điểm a khoản 2 Điều 12 Nghị định số 24/2014/NĐ-CP; thực hiện Điều 5/NĐ-CP."
    assert [d.number for d in find(Context(text=text))] == ["24/2014/NĐ-CP"]
    # the older "UB" code is the people's committee (documents.yaml cites thuvienphapluat.vn,
    # Tiền Giang: "Quyết định số 01/1999/QĐ.UB ngày 15/01/1999")
    old = "Quyết định số 123/QĐ-UB-NC ngày 5/5/1998 về tổ chức bộ máy."
    (doc,) = find(Context(text=old, province="Tiền Giang"))
    assert doc.number == "123/QĐ-UB-NC" and doc.date == "1998-05-05"
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân tỉnh Tiền Giang"
