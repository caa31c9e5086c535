"""Targets and results on the gold seeds, on the title's role, and on arbitrary text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract.targets import extract
from extractor.models import Result, Target
from extractor.types import Context

GOLD = sorted((Path(__file__).resolve().parent.parent / "corpus" / "gold").glob("*.json"))


def _tokens(s: str | None) -> set[str]:
    return set(re.findall(r"\w+", (s or "").lower()))


def _jaccard(a: str | None, b: str | None) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def _key(value: Any, unit: str) -> tuple[Any, str]:
    if isinstance(value, int | float):
        return (round(float(value), 3), unit)
    return (str(value).lower(), unit)


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_targets_seed_gold_matches(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    ctx = Context(text=gold["body"], title=gold.get("title"), published=gold.get("published"))
    got = [t for t in extract(ctx)["targets"] if isinstance(t, Target)]
    used = [False] * len(got)
    for g in sorted(gold.get("targets", []), key=lambda t: t.get("optional", False)):
        cands = [
            i
            for i, t in enumerate(got)
            if not used[i]
            and _key(t.value, t.unit) == _key(g["value"], g["unit"])
            and t.index == g.get("index")
        ]
        if not cands:
            assert g.get("optional"), f"{path.stem}: missing {g}"
            continue
        best = max(cands, key=lambda i: _jaccard(got[i].metric, g["metric"]))
        used[best] = True
        t = got[best]
        assert t.deadline == g["deadline"], (g, t)
        assert t.op == g["op"], (g, t)
        assert _jaccard(t.metric, g["metric"]) >= 0.3, (g["metric"], t.metric)
        if "baseline" in g:
            assert t.baseline == g["baseline"], (g, t)
    extra = [got[i] for i, u in enumerate(used) if not u]
    assert not extra, f"{path.stem}: targets not in gold: {extra}"


def test_targets_title_gives_deadline_but_no_targets() -> None:
    title = "Phấn đấu đến năm 2025, chỉ số cải cách hành chính tỉnh nằm trong nhóm 20 tỉnh dẫn đầu"
    out = extract(Context(text="Hội nghị diễn ra tại Hội trường tỉnh.", title=title))
    assert out["targets"] == [] and out["results"] == []
    out = extract(
        Context(
            text="Phấn đấu tối thiểu 90% người dân có tài khoản định danh điện tử.",
            title="Kế hoạch chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030",
            published="2021-08-01",
        )
    )
    (t,) = out["targets"]
    assert isinstance(t, Target) and t.deadline == 2025 and t.value == 90 and t.op == ">="


def test_targets_result_year_and_goal_in_one_paragraph() -> None:
    text = (
        "Năm 2022, Chỉ số PAR Index của tỉnh đạt 86,5%, xếp thứ 14/63, tăng 07 bậc so với năm "
        "2021. Năm 2023, tỉnh phấn đấu Chỉ số PAR Index nằm trong nhóm 10 tỉnh dẫn đầu."
    )
    out = extract(Context(text=text, published="2023-04-01"))
    results = [r for r in out["results"] if isinstance(r, Result)]
    assert {(r.unit, r.value) for r in results} == {("%", 86.5), ("rank", 14), ("rank_change", 7)}
    assert all(r.year == 2022 and r.index == "PAR" for r in results)
    (t,) = out["targets"]
    assert isinstance(t, Target)
    assert (t.value, t.unit, t.op, t.deadline, t.index) == (10, "rank", "top", 2023, "PAR")


def test_targets_lead_that_issues_a_plan_makes_uncued_numbers_goals() -> None:
    body = "Trong lĩnh vực chính quyền số, 100% văn bản được xử lý trên môi trường mạng."
    assert extract(Context(text=body, published="2025-02-01"))["targets"] == []
    lead = "UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với hàng loạt chỉ tiêu.\n\n"
    out = extract(Context(text=lead + body, published="2025-02-01"))
    (t,) = out["targets"]
    assert isinstance(t, Target) and (t.value, t.deadline) == (100, 2025)
    assert t.metric == "văn bản được xử lý trên môi trường mạng"
    report = "Theo báo cáo, dự ước đến hết năm 2025, 100% văn bản được xử lý trên môi trường mạng."
    out = extract(Context(text=lead + report, published="2025-02-01"))
    assert out["targets"] == [] and len(out["results"]) == 1


def test_targets_rank_topic_names_index_only_after_a_rank() -> None:
    text = "Phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về {topic}."
    for topic, code in (("chuyển đổi số", "DTI"), ("cải cách hành chính", "PAR")):
        (t,) = extract(Context(text=text.format(topic=topic), published="2025-01-01"))["targets"]
        assert isinstance(t, Target) and (t.unit, t.index) == ("rank", code)
    plain = "Kế hoạch chuyển đổi số đặt mục tiêu 90% hồ sơ được số hóa."
    (t,) = extract(Context(text=plain, published="2025-01-01"))["targets"]
    assert isinstance(t, Target) and t.index is None


def test_targets_empty_text() -> None:
    assert extract(Context(text="")) == {"targets": [], "results": []}
    assert extract(Context(text="   \n\n ")) == {"targets": [], "results": []}


_FRAGMENTS = [
    "Phấn đấu đến năm 2025, ",
    "Năm 2021, ",
    "tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%",
    "Chỉ số PAR Index và SIPAS tăng 5-7 bậc so với năm 2020",
    "xếp thứ 14/63",
    "nằm trong nhóm 20 tỉnh dẫn đầu",
    "thuộc “Nhóm tốt”",
    "đạt từ 69 điểm trở lên",
    "trên 2.000 tỷ đồng",
    "tối thiểu 5 dịch vụ công",
    "ngày 10/12/2021",
    "; ",
    ". ",
    "\n\n",
    ", ",
    "MỤC TIÊU CỤ THỂ\n\n",
    "(",
    ")",
    "9-9,5%",
    "- Thu ngân sách nhà nước: ",
    "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)",
    "ước đạt ",
    "có thêm 12 xã",
    "tăng ít nhất 1,5 lần",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12), st.text(max_size=20))
def test_targets_spans_point_at_surfaces(parts: list[str], noise: str) -> None:
    text = noise.join(parts)
    out = extract(Context(text=text, published="2022-01-01", title="Kế hoạch năm 2022"))
    for item in [*out["targets"], *out["results"]]:
        assert isinstance(item, Target)
        assert text[item.start : item.end] == item.surface
        assert item.surface and item.metric
        assert item.deadline is None or 1990 <= item.deadline <= 2100


def test_targets_restatement_needs_an_amount_before_the_parenthesis() -> None:
    from extractor.extract.targets import _EQUIV

    # dantri.com.vn 2025-10 and f247.com: an amount restated in another currency
    for before in ("đạt khoảng 8.500 USD (khoảng ", "68,37 triệu đồng ( tương đương "):
        assert _EQUIV.search(before)
    # a word ending in "đồng" before a parenthesis is no amount ("cộng đồng (", "Hội đồng (")
    for before in ("Quỹ hỗ trợ cộng đồng (", "kinh phí của Hội đồng ("):
        assert not _EQUIV.search(before)


def _run(text: str, title: str | None = None) -> tuple[list[Target], list[Result]]:
    out = extract(Context(text=text, title=title))
    return (
        [t for t in out["targets"] if isinstance(t, Target)],
        [r for r in out["results"] if isinstance(r, Result)],
    )


def test_targets_goals_counted_by_a_number_are_reported_not_set() -> None:
    # https://en.vneconomy.vn/thach-thuc-muc-tieu-kinh-te-so-chiem-30-gdp.htm (2023): under a
    # heading on the progress of the goals, shares of goals met are results, the goals stay goals
    text = (
        "Chiến lược đặt ra mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt tối thiểu 20% GDP.\n"
        "TIẾN ĐỘ THỰC HIỆN CÁC MỤC TIÊU CHIẾN LƯỢC KINH TẾ SỐ\n"
        "Bên cạnh đó có 15 mục tiêu đang được thực hiện (đạt tỷ lệ 88,2%); 2 mục tiêu có khả năng "
        "hoàn thành đến năm 2024, đạt tỷ lệ 11,76%; 6 mục tiêu có khả năng hoàn thành đến năm 2025 "
        "(đạt tỷ lệ 35,29%)."
    )
    goals, results = _run(text)
    assert [(t.value, t.deadline) for t in goals] == [(20, 2025)]
    assert [r.value for r in results] == [88.2, 11.76, 35.29]


def test_targets_goals_counted_in_a_report_sentence_are_results() -> None:
    # https://chatluongvacuocsong.vn/amp/kon-tum-nhung-thanh-qua-trong-cong-tac-chuyen-doi-so-d121692.html
    text = (
        "Kết quả, đến nay có 9/17 mục tiêu thực hiện đến năm 2025 đạt và vượt gồm: 100% hồ sơ "
        "công việc được xử lý trên môi trường mạng; 100% dịch vụ công trực tuyến mức độ 3, 4 "
        "được tích hợp lên Cổng dịch vụ công quốc gia."
    )
    goals, results = _run(text)
    assert goals == []
    assert len(results) == 2


def test_targets_share_after_existential_co_with_approximation_counts_what_follows() -> None:
    # https://baophapluat.vn/hoi-nghi-so-ket-3-nam-thuc-hien-chuong-trinh-mtqg-xay-dung-ntm-giai-doan-2021-2025-tag242238.html
    text = (
        "(PLVN) -Thực hiện Chương trình Mục tiêu Quốc gia (MTQG) xây dựng nông thôn mới (NTM) giai "
        "đoạn 2021 - 2025, đến nay cả nước đã có gần 74% xã đạt chuẩn NTM. Mục tiêu phấn đấu đến "
        "năm 2025 là 80% số xã đạt chuẩn NTM."
    )
    goals, results = _run(text)
    assert [(r.value, r.metric) for r in results] == [(74, "xã đạt chuẩn NTM")]
    assert [(t.value, t.deadline, t.metric) for t in goals] == [(80, 2025, "số xã đạt chuẩn NTM")]


def test_targets_metric_drops_a_trailing_con_or_cho() -> None:
    # https://www.yx-pays.com/nam-2016-co-khoang-25-so-xa-dat-chuan-ntm-99143027.htm (Tổ Quốc,
    # 2016) and https://m.thvl.vn/?p=563760 (2015)
    goals, _ = _run(
        "Phấn đấu đến hết năm 2016 cả nước có khoảng 25% số xã đạt chuẩn nông thôn mới; tỷ lệ số "
        "xã đạt dưới 10 tiêu chí còn khoảng 25%."
    )
    assert [t.metric for t in goals] == [
        "số xã đạt chuẩn nông thôn mới",
        "tỷ lệ số xã đạt dưới 10 tiêu chí",
    ]
    goals, _ = _run(
        "Dự thảo văn kiện đề ra chỉ tiêu giảm nghèo bình quân cho giai đoạn 2015 – 2020 là 1%/năm."
    )
    assert [(t.metric, t.deadline) for t in goals] == [("giảm nghèo bình quân", 2020)]


def test_targets_repeated_verb_before_the_next_value_is_not_in_the_metric() -> None:
    # http://baogialai.com.vn/channel/8211/201612/ia-grai-phan-dau-93-dan-so-tham-gia-bao-hiem-y-te-5513812/
    goals, _ = _run(
        "Theo đó, chỉ tiêu bao phủ BHYT từng năm cụ thể: năm 2018 đạt 87,98% dân số, đạt 91,93% "
        "dân số vào năm 2019 và đạt 93,12% dân số năm 2020."
    )
    assert [(t.value, t.deadline, t.metric) for t in goals] == [
        (87.98, 2018, "dân số"),
        (91.93, 2019, "dân số"),
        (93.12, 2020, "dân số"),
    ]


def test_targets_scores_listed_in_parentheses_keep_their_index() -> None:
    # https://baohomnay.com/Kinh-te/Dong-Nai-chua-the-cai-thien-xep-hang-Chi-so-PAPI-nam-2023-4493908.html
    _, results = _run(
        "Theo công bố, các tỉnh, thành dẫn đầu về chỉ số PAPI năm 2023 là: Thừa Thiên Huế (46,04 "
        "điểm) Thái Nguyên (45,78 điểm), Bắc Ninh (45,70 điểm), Sóc Trăng (45,61 điểm)."
    )
    assert [(r.metric, r.index) for r in results] == [
        ("Thừa Thiên Huế", "PAPI"),
        ("Thái Nguyên", "PAPI"),
        ("Bắc Ninh", "PAPI"),
        ("Sóc Trăng", "PAPI"),
    ]


def test_targets_score_after_with_measures_the_named_score() -> None:
    # https://soha.vn/nang-luc-canh-tranh-63-tinh-thanh-quang-ninh-giu-vung-ngoi-quan-quan-mot-tinh-mien-tay-bat-ngo-nhay-vot-8-bac-vuot-hai-phong-tro-thanh-a-quan-198240509103612281.htm
    _, results = _run(
        "Theo PCI 2023, với điểm số PCI tổng hợp năm 2023 đạt 71,25 điểm, Quảng Ninh tiếp tục là "
        "tỉnh đứng đầu Chỉ số PCI năm 2023."
    )
    assert [(r.value, r.metric, r.index) for r in results][:1] == [
        (71.25, "điểm số PCI tổng hợp", "PCI")
    ]


def test_targets_present_state_and_lived_span_report_results() -> None:
    # https://en.vneconomy.vn/thach-thuc-muc-tieu-kinh-te-so-chiem-30-gdp.htm (2023)
    goals, results = _run(
        "Hiện nay, tỷ lệ cơ cấu kinh tế số ICT trên kinh tế ngành đang khoảng 70:30, trong đó 70% "
        "cho kinh tế số ICT; nhưng mục tiêu trong thời gian tới con số này sẽ là 30% kinh tế số ICT."
    )
    assert [r.value for r in results] == [70] and [t.value for t in goals] == [30]
    # https://mst.gov.vn/chuyen-doi-so-hanh-chinh-cong-van-hanh-tren-du-lieu-197251031150517763.htm
    _, results = _run(
        "Sau 4 tháng vận hành mô hình chính quyền hai cấp, tỷ lệ dịch vụ công thực hiện hoàn toàn "
        "trên môi trường số đạt 37%, cho thấy bước chuyển rõ rệt."
    )
    assert [r.value for r in results] == [37]
    # a strong goal word still wins over the span: a plan's "sau 2 năm"
    goals, results = _run("Phấn đấu sau 2 năm, tỷ lệ hồ sơ trực tuyến đạt 80%.")
    assert [t.value for t in goals] == [80] and results == []


def test_targets_result_year_of_the_present_and_of_a_count_up_date() -> None:
    # https://en.vneconomy.vn/thach-thuc-muc-tieu-kinh-te-so-chiem-30-gdp.htm (2023): "Hiện nay"
    # reports now, not in the year of the goal's deadline in the sentence before
    _, results = _run(
        "Chiến lược đặt ra mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt tối thiểu 20% GDP và "
        "đến năm 2030 đạt tối thiểu 30%. Hiện nay, tỷ lệ cơ cấu kinh tế số ICT trên kinh tế ngành "
        "đang khoảng 70:30, trong đó 70% cho kinh tế số ICT."
    )
    assert [(r.value, r.year) for r in results] == [(70, None)]
    # the date a result is counted up to is its year, not the deadline of the sentence before
    _, results = _run(
        "Chiến lược đề ra 17 mục tiêu đến năm 2025. Tính đến tháng 6/2023, đã có 2 mục tiêu đã "
        "hoàn thành, đó là tỷ lệ dân số trưởng thành có điện thoại thông minh, chiếm tỷ lệ 11,8%."
    )
    assert [(r.value, r.year) for r in results] == [(11.8, 2023)]
    # a year before the result in its own sentence still gives it
    _, results = _run("Mục tiêu đến năm 2030 đạt 90%. Hiện nay, năm 2024 tỷ lệ này đạt 70%.")
    assert [(r.value, r.year) for r in results] == [(70, 2024)]


def test_targets_weak_goal_word_after_the_comma_is_no_goal_of_the_number() -> None:
    # http://lapthach.vinhphuc.gov.vn/pages/gioithieu.aspx?newsid=84: ", đảm bảo ..." says what
    # the harvest served; the figure compared with the year before is no goal
    goals, _ = _run(
        "Năng suất các loại cây trồng đều tăng nhẹ, riêng đối với cây lúa năng suất giảm 0,67 "
        "tạ/ha, đạt 99,04 % so với cùng kỳ 2019, đảm bảo về an ninh lương thực trên địa bàn."
    )
    assert goals == []
    # a goal word before the number still makes it a goal
    goals, _ = _run("Phấn đấu tỷ lệ hộ nghèo giảm còn 2,1%, đảm bảo an sinh xã hội.")
    assert [t.value for t in goals] == [2.1]


def test_targets_same_subject_with_two_objects_is_two_goals() -> None:
    # http://pbgdpl.camau.gov.vn/ca-mau-trien-khai-thuc-hien-chien-luoc-quoc-gia-phat-trien-kinh-te-so-va-xa-hoi-so-den-nam-2025.4588
    goals, _ = _run(
        "Mục tiêu cơ bản phát triển xã hội số đến năm 2025:\n\n"
        "- Hạ tầng mạng băng rộng cáp quang phủ 100% xã.\n\n"
        "- Hạ tầng mạng băng rộng cáp quang phủ 100% trường học, bệnh viện và trên 80% hộ gia "
        "đình có nhu cầu.\n\n- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%.\n\n"
        "Đến năm 2025, tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%."
    )
    assert [(t.value, t.deadline) for t in goals] == [
        (100, 2025),
        (100, 2025),
        (80, 2025),
        (80, 2025),
    ]


def test_targets_goal_restated_in_other_words_is_one_goal() -> None:
    # https://trungtamytehuyenmyloc.vn/my-loc-tang-cuong-trien-khai-van-dong-nhan-dan-tham-gia-bao-hiem-y-te/
    goals, _ = _run(
        "Thực hiện kế hoạch số 195/KH-UBND ngày 01/02/2023 của UBND huyện năm 2023 (trong đó chỉ "
        "tiêu bao phủ Bảo hiểm Y tế là 95,5%).\n\nĐể hoàn thành chỉ tiêu về tỷ lệ bao phủ BHYT đạt "
        "trên 95,5% theo kế hoạch 195/KH-UBND của UBND huyện. Phấn đấu, duy trì phát triển tỷ lệ "
        "bao phủ BHYT của huyện đạt trên 95,5% dân số."
    )
    assert [t.value for t in goals] == [95.5]
    # two goals of one value with different subjects stay two
    goals, _ = _run(
        "Đến năm 2025: tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%; tỷ lệ dân số "
        "từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng đạt 80%."
    )
    assert [t.value for t in goals] == [80, 80]


def test_targets_sentence_named_a_goal_by_the_next() -> None:
    # https://vtvgo.vn/kho-video/ha-noi-day-nhanh-tien-do-cap-can-cuoc-cong-dan-gan-chip-dien-tu-chuyen-dong-24h-818944.html
    goals, results = _run(
        "50% số dân cư trú từ 14 tuổi trở lên, đặc biệt là các trường hợp thường xuyên thực hiện "
        "các giao dịch phải được cấp căn cước công dân điện tử. Đây là mục tiêu mà TP. Hà Nội phải "
        "đạt được vào ngày 1/5 năm nay."
    )
    assert [(t.value, t.metric) for t in goals] == [(50, "số dân cư trú từ 14 tuổi trở lên")]
    assert results == []
    # "Đây là kết quả ..." names no goal
    goals, _ = _run("Tỷ lệ hồ sơ trực tuyến chiếm 50%. Đây là kết quả tốt.")
    assert goals == []


def test_targets_measure_opened_by_khi_or_voi_is_the_metric() -> None:
    # https://soha.vn/nang-luc-canh-tranh-63-tinh-thanh-quang-ninh-giu-vung-ngoi-quan-quan-mot-tinh-mien-tay-bat-ngo-nhay-vot-8-bac-vuot-hai-phong-tro-thanh-a-quan-198240509103612281.htm
    # (PCI 2023): the sub-index after "khi" / ", với" is what
    # the score measures, not the clause before it
    _, results = _run(
        "Năm 2023, địa phương này đã ghi dấu ấn rõ rệt trong việc giảm thiểu gánh nặng hành chính "
        "cho doanh nghiệp khi chỉ số thành phần (CSTP) Chi phí thời gian đạt 8,54 điểm. Năm 2023, "
        "Quảng Ninh tiếp tục triển khai hiệu quả các chương trình hỗ trợ doanh nghiệp, với CSTP Hỗ "
        "trợ doanh nghiệp đạt 7,72 điểm.",
        title="PCI 2023: Quảng Ninh giữ vững ngôi quán quân",
    )
    assert [r.metric for r in results] == [
        "chỉ số thành phần (CSTP) Chi phí thời gian",
        "CSTP Hỗ trợ doanh nghiệp",
    ]
    goals, _ = _run("Phấn đấu năm 2025, tỷ lệ người dân hài lòng khi giải quyết thủ tục đạt 95%.")
    assert [t.metric for t in goals] == ["tỷ lệ người dân hài lòng khi giải quyết thủ tục"]


def test_targets_share_of_a_plan_measures_the_number_before() -> None:
    # https://baobackan.com.vn/ubnd-tinh-bac-kan-hop-phien-thang-112023-post58394.html: the shares
    # of the budget are of the revenue; the topic opening the sentence is no part of the metric
    _, results = _run(
        "Về tình hình thu ngân sách, tổng thu ngân sách nhà nước năm 2023 ước đạt 856 tỷ đồng, "
        "bằng 104% dự toán trung ương giao, bằng 86% dự toán tỉnh giao."
    )
    assert [(r.value, r.metric) for r in results] == [
        (856, "tổng thu ngân sách nhà nước"),
        (104, "tổng thu ngân sách nhà nước"),
        (86, "tổng thu ngân sách nhà nước"),
    ]


def test_targets_last_place_with_a_score_is_a_result() -> None:
    # https://baohomnay.com/Kinh-te/Dong-Nai-chua-the-cai-thien-xep-hang-Chi-so-PAPI-nam-2023-4493908.html
    _, results = _run(
        "Chỉ số PAPI năm 2023 có nhiều thay đổi. Tỉnh Đắk Nông đứng cuối bảng với 38,97 điểm."
    )
    assert [(r.value, r.unit, r.index) for r in results] == [(38.97, "score", "PAPI")]


def test_targets_values_of_a_change_share_the_subject_before_them() -> None:
    # https://en.vneconomy.vn/thach-thuc-muc-tieu-kinh-te-so-chiem-30-gdp.htm (2023): the source
    # before the comma, the part of a year and the repeated "đã" are no part of the subject
    _, results = _run(
        "Theo ước tính của Bộ Thông tin và Truyền thông, tỷ lệ đóng góp của kinh tế số trong GDP "
        "tăng từ 11,91% năm 2021 lên 14,26% trong năm 2022 và 6 tháng đầu năm 2023 đã đạt gần 15%."
    )
    metric = "tỷ lệ đóng góp của kinh tế số trong GDP tăng"
    assert [(r.value, r.year, r.metric) for r in results] == [
        (11.91, 2021, metric),
        (14.26, 2022, metric),
        (15, 2023, metric),
    ]


def test_targets_a_lead_with_its_value_is_a_result() -> None:
    # https://vietnamhoinhap.vn/vi/ha-nam-dan-dau-ve-ty-le-ho-so-truc-tuyen-toan-trinh-50847.htm
    goals, results = _run(
        "Ở khối bộ, ngành, Bộ Công thương dẫn đầu với 1,488 triệu hồ sơ trực tuyến toàn trình, "
        "chiếm 83,48%, tiếp đến là Bộ Tài Chính, Bộ Tư pháp."
    )
    assert goals == [] and [r.value for r in results] == [83.48]


def test_targets_goal_restated_in_the_same_words_is_one_goal() -> None:
    # https://sct.binhthuan.gov.vn/cong-nghiep/chinh-phu-ban-hanh-nghi-quyet-dat-muc-tieu-tang-truong-cac-nganh-linh-vuc-va-dia-phuong-de-dat-8-904207
    goals, _ = _run(
        "Chính phủ vừa ban hành Nghị quyết số 25/NQ-CP ngày 05/02/2025 về mục tiêu tăng trưởng các "
        "ngành, lĩnh vực và địa phương bảo đảm mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở "
        "lên.\nTrong bối cảnh đó, nhằm thực hiện thắng lợi mục tiêu tăng trưởng cả nước năm 2025 "
        "đạt 8% trở lên, tạo nền tảng vững chắc."
    )
    assert [(t.value, t.op, t.deadline, t.metric) for t in goals] == [
        (8, ">=", 2025, "tăng trưởng cả nước")
    ]
    # the same share of two different things stays two goals
    goals, _ = _run("Phấn đấu đến năm 2025, 100% văn bản được ký số; 100% hồ sơ được số hóa.")
    assert len(goals) == 2


def test_targets_goal_set_in_a_named_programme_measures_what_follows() -> None:
    # https://tapchitaichinh.vn/infographics-muc-tieu-100-so-huyen-co-xa-dat-chuan-nong-thon-moi.html
    goals, _ = _run(
        "Mục tiêu đặt ra trong Chương trình công tác năm 2020 của Ban Chỉ đạo Trung ương Chương "
        "trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020 là 100% số huyện trên "
        "cả nước có xã được công nhận đạt chuẩn nông thôn mới trong năm 2020."
    )
    assert [(t.value, t.deadline, t.metric) for t in goals] == [
        (100, 2020, "số huyện trên cả nước có xã được công nhận đạt chuẩn nông thôn mới")
    ]


def test_targets_rank_change_metric_starts_after_the_goal_word() -> None:
    # https://skhcn.laichau.gov.vn/tin-tuc/tin-kh-cn-trong-tinh/cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi-cua-tinh-lai-chau-nam-2025.html
    goals, _ = _run(
        "Nhằm mục đích nâng cao hiệu quả hoạt động của các cấp chính quyền; phấn đấu chỉ số PAPI "
        "của tỉnh Lai Châu được duy trì, giữ vững và cải thiện thứ hạng trong năm 2025, tăng ít "
        "nhất 01 bậc so với năm 2024."
    )
    assert [(t.value, t.unit, t.deadline, t.baseline, t.index) for t in goals] == [
        (1, "rank_change", 2025, 2024, "PAPI")
    ]
    assert goals[0].metric.startswith("chỉ số PAPI của tỉnh Lai Châu")


def test_targets_places_where_something_is_to_be_completed_are_a_count() -> None:
    # https://muonglat.thanhhoa.gov.vn/portal/pages/print.aspx?p=6517 (Quyết định 969/QĐ-UBND,
    # Thanh Hóa 2022)
    out = extract(
        Context(
            text="Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố: Thành phố "
            "Thanh Hoá, thành phố Sầm Sơn, thị xã Bỉm Sơn, thị xã Nghi Sơn.",
            published="2022-03-20",
        )
    )
    (t,) = out["targets"]
    assert isinstance(t, Target)
    assert (t.value, t.unit, t.deadline) == (12, "count", 2025)
    assert t.metric == "hoàn thành chuyển đổi số tại 12 huyện"
    _, results = _run("Năm 2024, tỉnh đã hoàn thành chuyển đổi số tại 12 huyện.")
    assert [(r.value, r.unit) for r in results] == [(12, "count")]


def test_targets_rate_of_a_leader_is_the_metric_named_in_full_earlier() -> None:
    # https://kinhtedothi.vn/ha-nam-dan-dau-ca-nuoc-ve-ty-le-ho-so-truc-tuyen-toan-trinh.html
    title = "Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình"
    text = (
        "Với tỷ lệ 68,54%, tỉnh này đã vượt qua nhiều địa phương lớn.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình là một chỉ số quan trọng.\n"
        "Trong khối bộ, ngành, Bộ Công Thương dẫn đầu với tỷ lệ 83,48%, tương đương 1,488 triệu "
        "hồ sơ trực tuyến toàn trình."
    )
    _, results = _run(text, title)
    assert [(r.value, r.metric) for r in results] == [
        (68.54, "tỷ lệ hồ sơ trực tuyến toàn trình"),
        (83.48, "Tỷ lệ hồ sơ trực tuyến toàn trình"),
    ]


def test_targets_metric_drops_a_sentence_opener() -> None:
    # doanhnghiephoinhap.vn 2025 (q-probe p20), lite.baomoi.com 2025 (p16), Nghệ An press release
    # (p12): an opener or a comparison closing the figure before is no part of the subject
    cases = [
        (
            "Năm 2024 Bắc Giang bị ảnh hưởng nặng nề bởi bão số 3. Mặc dù vậy, tăng trưởng GRDP "
            "của địa phương này vẫn ước đạt 13,85%.",
            "tăng trưởng GRDP của địa phương này",
        ),
        (
            "Lượng khách du lịch 9 tháng ước đạt 8,43 triệu lượt, tăng 15% so với cùng kỳ, doanh "
            "thu du lịch ước đạt 10.217 tỷ đồng.",
            "doanh thu du lịch",
        ),
    ]
    for text, metric in cases:
        _, results = _run(text)
        assert results[-1].metric == metric


def test_targets_subject_before_a_closing_phan_dau_leaves_it_out() -> None:
    # https://infographics.vn/phan-dau-den-nam-2030-tuyen-quang-la-tinh-phat-trien-kha-toan-dien-ben-vung/218403.vna
    goals, _ = _run(
        "Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP. Thu ngân sách nhà nước trên địa bàn phấn đấu "
        "đạt 12.000 tỷ đồng.",
        "Phấn đấu đến năm 2030: Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững",
    )
    assert [(t.value, t.deadline, t.metric) for t in goals][-1] == (
        12000,
        2030,
        "Thu ngân sách nhà nước trên địa bàn",
    )


def test_targets_share_in_parentheses_after_a_count_measures_the_counted() -> None:
    # https://canthotv.vn/2022/12/15/page/10 and https://baothaibinh.com.vn/tags/news?tag=78%25%2Bx%C3%A3%2B%C4%91%E1%BA%A1t%2Bchu%E1%BA%A9n%2Bn%C3%B4ng%2Bth%C3%B4n%2Bm%E1%BB%9Bi
    _, results = _run(
        "Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến tháng 11/2022, cả nước đã có "
        "5.869/8.225 xã (71,4%) đạt chuẩn nông thôn mới."
    )
    assert [(r.value, r.metric) for r in results] == [(71.4, "xã đạt chuẩn nông thôn mới")]
    text = "Đến cuối năm 2022, cả nước có 6.009 xã (tỷ lệ 73,06%) đạt chuẩn NTM."
    results = extract(Context(text=text, published="2023-02-07"))["results"]
    assert [(r.value, r.metric) for r in results if isinstance(r, Result)] == [
        (73.06, "xã đạt chuẩn NTM")
    ]


def test_targets_clause_with_a_predicate_of_its_own_is_no_part_of_the_subject() -> None:
    # https://tapchicongsan.org.vn/en/thuc-tien-kinh-nghiem1/-/2018/827495/nhung-dinh-huong-lon-de-xay-dung%2C-phat-trien-tinh-binh-dinh-tu-nay-den-nam-2030%2C-tam-nhin-den-nam-2045.aspx
    _, results = _run(
        "Tỉnh Bình Định đã triển khai đồng bộ nhiều giải pháp và đạt được nhiều kết quả quan "
        "trọng. Giai đoạn 2015 - 2020, kinh tế của tỉnh Bình Định tăng trưởng khá, giá trị tổng sản phẩm "
        "trên địa bàn tỉnh (GRDP) bình quân hằng năm tăng 6,2%, quy mô kinh tế không ngừng mở rộng."
    )
    assert [(r.value, r.metric) for r in results] == [
        (6.2, "giá trị tổng sản phẩm trên địa bàn tỉnh (GRDP) bình quân hằng năm tăng")
    ]
