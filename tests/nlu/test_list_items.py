"""List answers cut into items: enumerations on one line count as items (a walk's three numbered
objectives were read as one, and the trade-off question was skipped); commas split only lists of
short phrases, never inside brackets or between the clauses of a sentence."""

from __future__ import annotations

import pytest

from assistant.nlu.list_items import split_items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "1) flag at-risk routes by 10am 2) cut redeliveries 3) answer complaint emails faster",
            ["flag at-risk routes by 10am", "cut redeliveries", "answer complaint emails faster"],
        ),
        (
            "1. 이미지로 불량 의심품 자동 분류 2. 오탐은 감당할 수준으로 3. 센서 이상 샷 격리",
            ["이미지로 불량 의심품 자동 분류", "오탐은 감당할 수준으로", "센서 이상 샷 격리"],
        ),
        ("① 불량 검출 ② 오탐 줄이기", ["불량 검출", "오탐 줄이기"]),
        (
            "Our goals: 1) fewer misses 2) fewer false alarms",
            ["fewer misses", "fewer false alarms"],
        ),
        ("- scan logs\n- driver rosters", ["scan logs", "driver rosters"]),
        ("hire date, department, grade", ["hire date", "department", "grade"]),
        (
            "reduce late deliveries, and cut redelivery costs",
            ["reduce late deliveries", "cut redelivery costs"],
        ),
        ("매출 데이터, 고객 정보, 쿠폰 이력", ["매출 데이터", "고객 정보", "쿠폰 이력"]),
    ],
)
def test_items(text: str, items: list[str]) -> None:
    assert split_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("weather (snow, heavy rain), scan logs", ["weather (snow, heavy rain)", "scan logs"]),
        (
            "승인 거래 로그(가맹점, 금액, 시간), 차지백 이력",
            ["승인 거래 로그(가맹점, 금액, 시간)", "차지백 이력"],
        ),
    ],
)
def test_commas_inside_brackets_stay(text: str, items: list[str]) -> None:
    assert split_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "승인 거래 로그 3년치 있고요, 라벨은 차지백으로 확정돼요",
        "we log every scan, but nobody cleans it",
        "We have scan logs for 2 years, driver rosters, and weather we could get if we asked",
        "it went from 2.5 days to 3 days last year",
    ],
)
def test_a_sentence_with_commas_stays_whole(text: str) -> None:
    assert split_items(text) == [text]


def test_a_comma_inside_a_numbered_item_stays_in_it() -> None:
    """Seen in a walk: "3) don't blow up the depot workload, max ~10 extra inspections a week"
    became two objectives."""
    text = (
        "1) catch road calls before they happen 2) fewer tows "
        "3) don't blow up the depot workload, max ~10 extra inspections a week"
    )
    assert split_items(text) == [
        "catch road calls before they happen",
        "fewer tows",
        "don't blow up the depot workload, max ~10 extra inspections a week",
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (  # walk (ko, smart farm): three items glued across sentences, "외 2가지" for five
            "위에 말한 센서데이터 3년치. 양액기 로그, 방제일지(엑셀, 농가마다 형식 다름), "
            "카톡 사진들. 기상청 외부날씨도 붙일수잇음",
            [
                "위에 말한 센서데이터 3년치",
                "양액기 로그",
                "방제일지(엑셀, 농가마다 형식 다름)",
                "카톡 사진들",
                "기상청 외부날씨도 붙일수잇음",
            ],
        ),
        (
            "POS sales for 3 years. Weather data, promo calendar.",
            ["POS sales for 3 years", "Weather data", "promo calendar"],
        ),
        ("Our CRM. It has every call since 2019.", ["Our CRM. It has every call since 2019"]),
    ],
)
def test_short_sentences_each_name_an_item(text: str, items: list[str]) -> None:
    assert split_items(text) == items
