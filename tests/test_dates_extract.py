"""Dates and periods: gold dates of the seeds, year inference, traps, spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract.dates import extract, find, plan_year, signing_lead
from extractor.patterns import load
from extractor.types import Context

GOLD = sorted((Path(__file__).resolve().parent.parent / "corpus" / "gold").glob("*.json"))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_dates_gold_full_dates(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    dates, _ = find(Context(text=g["body"], published=g.get("published")))
    assert {d.value for d in dates if d.precision == "day"} == set(g["dates"])
    for d in dates:
        assert g["body"][d.start : d.end] == d.surface


def test_dates_year_from_publication_never_the_clock() -> None:
    text = "Chiều 27-9, tại Trung tâm Hành chính tỉnh"
    for published, value in (("2021-09-27", "2021-09-27"), ("2019-10-02T08:00", "2019-09-27")):
        (d,) = find(Context(text=text, published=published))[0]
        assert (d.value, d.year_inferred, d.surface) == (value, True, "27-9")
    assert find(Context(text=text))[0] == ()
    assert find(Context(text=text, published="not a date"))[0] == ()


def test_dates_year_before_for_late_december_in_january() -> None:
    (d,) = find(Context(text="Sáng 30-12, hội nghị tổng kết", published="2022-01-04"))[0]
    assert d.value == "2021-12-30"


def test_dates_invalid_calendar_days_dropped() -> None:
    text = "ngày 31/2/2021, ngày 29/02/2021 và ngày 29/02/2024"
    assert [d.value for d in find(Context(text=text))[0]] == ["2024-02-29"]


def test_dates_ranges_give_two_dates_with_own_spans() -> None:
    text = "Hội nghị ngày 21 - 22/9/2023; đoàn làm việc trong các ngày 3-5/11."
    dates, _ = find(Context(text=text, published="2023-11-10"))
    assert [(d.value, d.surface) for d in dates] == [
        ("2023-09-21", "21"),
        ("2023-09-22", "22/9/2023"),
        ("2023-11-03", "3"),
        ("2023-11-05", "5/11"),
    ]


def test_dates_range_start_takes_the_end_year() -> None:
    # "từ ngày 1/7 đến 30/9/2025" in a page published in May 2025: July is more than the
    # allowed days ahead of publication, but the range's end dates it
    text = "Thời gian thực hiện từ ngày 1/7 đến 30/9/2025; từ 15/12 đến hết ngày 15/1/2026."
    dates, _ = find(Context(text=text, published="2025-05-01"))
    assert [d.value for d in dates] == ["2025-07-01", "2025-09-30", "2025-12-15", "2026-01-15"]
    # two dates in a list are no range
    dates, _ = find(Context(text="ngày 1/7, và ngày 30/9/2025", published="2025-05-01"))
    assert [d.value for d in dates] == ["2024-07-01", "2025-09-30"]


def test_dates_day_range_in_words_dates_both_days() -> None:
    text = (
        "Thời gian: từ ngày 01 đến ngày 15/10/2025; hội nghị trong 2 ngày 5 và 6/2/2024; "
        "từ ngày 20 đến hết ngày 15/12/2023."
    )
    dates, _ = find(Context(text=text, published="2025-05-01"))
    assert [(d.value, d.surface) for d in dates] == [
        ("2025-10-01", "01"),
        ("2025-10-15", "15/10/2025"),
        ("2024-02-05", "5"),
        ("2024-02-06", "6/2/2024"),
        # a start after its end is no range of one month: the dated end stays
        ("2023-12-15", "15/12/2023"),
    ]


def test_dates_precision_values() -> None:
    text = (
        "Từ tháng 7/2018; quý IV năm 2021; 6 tháng cuối năm 2023; "
        "so với năm 2020; ngày 10 tháng 9 năm 2021."
    )
    got = [(d.value, d.precision) for d in find(Context(text=text))[0]]
    assert got == [
        ("2018-07", "month"),
        ("2021-Q4", "quarter"),
        ("2023-H2", "half"),
        ("2020", "year"),
        ("2021-09-10", "day"),
    ]


def test_dates_traps_are_nothing() -> None:
    text = (
        "Quyết định số 30/2018/QĐ-UBND, số 2025/QĐ-UBND; 1646 lượt xem; "
        "ĐT 0262.3852.431 hoặc 0913 456 789; 49/53 dân tộc; 14/63 tỉnh; tỷ lệ 3/4; "
        "ngày 32/13/2021; phiên bản 1.10.2021."
    )
    assert find(Context(text=text, published="2021-09-27")) == ((), ())


def test_dates_periods_distinct_with_vision_and_year_not_repeated() -> None:
    text = (
        "Chương trình giai đoạn 2021-2025, định hướng đến năm 2030; "
        "giai đoạn 2021 - 2025, định hướng đến năm 2030 của tỉnh; giai đoạn 2021-2030."
    )
    out = extract(Context(text=text))
    periods = [(p.start_year, p.end_year, p.vision_year) for p in out["periods"]]  # type: ignore[attr-defined]
    assert periods == [(2021, 2025, 2030), (2021, 2030, None)]
    assert out["dates"] == []


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["ngày ", "Chiều ", "27", "-", "/", "9", "2021", " tháng ", " năm ", "quý I", ", ", "."]
        ),
        max_size=16,
    )
)
def test_dates_any_text_gives_valid_values_and_spans(parts: list[str]) -> None:
    text = "".join(parts)
    dates, periods = find(Context(text=text, published="2021-09-27"))
    for d in dates:
        assert text[d.start : d.end] == d.surface
        if d.precision == "day":
            assert len(d.value) == 10
    for p in periods:
        assert p.start_year < p.end_year


def test_dates_plan_year_gives_a_yearless_day_its_year() -> None:
    # baoquangnam.vn: no publication date, "kế hoạch ... năm 2025" in the same sentence
    text = "Ngày 3/4, UBND huyện Đông Giang ban hành kế hoạch chuyển đổi số năm 2025, tập trung."
    days = [d for d in find(Context(text=text))[0] if d.precision == "day"]
    assert [(d.value, d.year_inferred, d.surface) for d in days] == [("2025-04-03", True, "3/4")]
    # a day late in the year may be the year before: left out
    late = "Ngày 20/12, UBND huyện ban hành kế hoạch chuyển đổi số năm 2025."
    assert [d for d in find(Context(text=late))[0] if d.precision == "day"] == []
    # a goal's year is not the plan's
    goal = "Ngày 3/4, UBND tỉnh ban hành kế hoạch phấn đấu đến năm 2025."
    assert [d for d in find(Context(text=goal))[0] if d.precision == "day"] == []


def test_dates_plan_year_rule_examples() -> None:
    spec = load("dates").data["plan_year"]
    for ex in spec["examples"]:
        assert plan_year(ex["text"]) == ex["year"], ex
    for neg in spec["negatives"]:
        assert plan_year(neg) is None, neg


def test_dates_signing_lead_rule_examples() -> None:
    spec = load("dates").data["signing_lead"]
    for ex in spec["examples"]:
        assert signing_lead(ex), ex
    for neg in spec["negatives"]:
        assert not signing_lead(neg), neg


def test_dates_yearless_day_not_dated_by_a_cited_documents_signing_date() -> None:
    # http://nhandan.com.vn/index.php (no publication date): the meeting is in 2017, the
    # resolution it reviews was signed in 2012
    text = (
        "Thực hiện chương trình công tác năm 2017, chiều 19-10, tại Trụ sở T.Ư Ðảng (Hà Nội), "
        "tập thể Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy TP Hồ Chí Minh, sơ kết "
        "5 năm thực hiện Nghị quyết số 16, ngày 10-8-2012 của Bộ Chính trị về phương hướng."
    )
    days = [(d.value, d.surface) for d in find(Context(text=text))[0] if d.precision == "day"]
    assert days == [("2017-10-19", "19-10"), ("2012-08-10", "10-8-2012")]
    # with nothing else to go by, the document's date still dates the paragraph
    alone = "Chiều 19-10, Bộ Chính trị sơ kết Nghị quyết số 16, ngày 10-8-2012 của Bộ Chính trị."
    days = [d.value for d in find(Context(text=alone))[0] if d.precision == "day"]
    assert days == ["2012-10-19", "2012-08-10"]


def test_dates_full_date_with_spaced_dashes() -> None:
    # https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/DE-CUONG-...aspx: "Đăng ngày 17 - 05 - 2024";
    # the same spacing without a year was already a day, with one it was nothing
    text = "Đăng ngày 17 - 05 - 2024. Chiều 27 - 9 - 2021, UBND tỉnh họp; tăng 5 - 7 bậc."
    days = [(d.value, d.surface) for d in find(Context(text=text))[0]]
    assert days == [("2024-05-17", "17 - 05 - 2024"), ("2021-09-27", "27 - 9 - 2021")]
