"""Domain example banks: complete in both languages, validated at load, chosen by e5 similarity
of the problem statement (keywords without the model), with shipped vectors kept current."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.content.domains import DOMAINS, domain_banks
from assistant.content.loader import ContentError
from assistant.domain.slots import SLOT_BY_ID
from assistant.knowledge.domain_index import SHIPPED, domain_matcher
from assistant.knowledge.embedding import query_key
from assistant.knowledge.vectors import load_vectors
from assistant.nlu.domains import keyword_matcher

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
STATEMENTS = {
    "retail": [
        "We sell cakes and cookies online and want AI to sell more.",
        "편의점 도시락을 매일 발주하는데 30%를 버려요.",
    ],
    "subscriptions": [
        "New subscribers cancel in their first month.",
        "헬스장 신규 회원이 석 달 안에 회원권을 갱신하지 않아요.",
    ],
    "healthcare": [
        "Heart-failure patients are readmitted within 30 days of discharge.",
        "우리 병원 외래 환자들이 예약해 놓고 안 와요.",
    ],
    "logistics": [
        "Trucks arrive late at stores and drivers are overloaded.",
        "택배가 약속한 날보다 늦게 도착해요.",
    ],
    "content": [
        "Users of our music app skip most of the songs we recommend.",
        "우리 앱 사용자들이 영상 하나 보고 나가요.",
    ],
    "finance": [
        "Stolen cards cause chargebacks on our payment platform.",
        "대출 신청자 중 누가 연체할지 미리 알고 싶어요.",
    ],
    "manufacturing": [
        "Inspectors miss hairline cracks on the parts from line 2.",
        "공장 라인에서 불량품을 너무 늦게 찾아요.",
    ],
    "public": [
        "Citizens wait weeks for an answer from the city office.",
        "신입 공무원들이 1년 안에 그만둬요.",
    ],
}
UNRELATED = [
    "I want to make our customers happy",
    "사람들을 행복하게 만들고 싶어요",
    "Our chess club can't agree on a meeting schedule",
]


def test_eight_domains_with_an_example_for_every_slot_in_both_languages() -> None:
    banks = domain_banks(PROMPTS)
    assert set(banks) == {"en", "ko"}
    for bank in banks.values():
        assert tuple(bank.domains) == DOMAINS
        for domain in bank.domains.values():
            assert set(domain.examples) == set(SLOT_BY_ID)
            assert domain.dummy and domain.dummy_label and len(domain.profile) >= 3


def test_the_korean_bank_is_korean() -> None:
    for domain in domain_banks(PROMPTS)["ko"].domains.values():
        assert all(any("가" <= ch <= "힣" for ch in text) for text in domain.examples.values())


def _write_broken(tmp_path: Path, mutate: Any) -> Path:
    data = yaml.safe_load((PROMPTS / "domains" / "en.yaml").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    mutate(broken)
    (tmp_path / "domains").mkdir()
    (tmp_path / "domains" / "en.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    ko = (PROMPTS / "domains" / "ko.yaml").read_text(encoding="utf-8")
    (tmp_path / "domains" / "ko.yaml").write_text(ko, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (lambda d: d["domains"]["healthcare"]["examples"].pop("metrics.baseline"), "missing"),
        (lambda d: d["domains"].pop("finance"), "expected domains"),
        (lambda d: d["domains"]["retail"]["examples"].update({"metrics.vanity": "x"}), "unknown"),
        (lambda d: d["domains"]["retail"].pop("dummy"), "dummy"),
    ],
)
def test_a_broken_bank_fails_at_load(tmp_path: Path, mutate: Any, error: str) -> None:
    folder = _write_broken(tmp_path, mutate)
    domain_banks.cache_clear()
    try:
        with pytest.raises(ContentError, match=error):
            domain_banks(folder)
    finally:
        domain_banks.cache_clear()


def test_shipped_profile_vectors_are_current() -> None:
    shipped = load_vectors(PROMPTS / "domains" / SHIPPED)
    texts = {
        t for b in domain_banks(PROMPTS).values() for d in b.domains.values() for t in d.profile
    }
    missing = [t for t in texts if query_key(t) not in shipped]
    assert not missing, f"run `coach index --save-exemplar-vectors` ({len(missing)} missing)"


@pytest.mark.parametrize(
    ("domain", "statement"), [(d, s) for d, ss in STATEMENTS.items() for s in ss]
)
def test_the_statement_picks_its_domain(domain: str, statement: str) -> None:
    matcher = domain_matcher(domain_banks(PROMPTS), PROMPTS / "domains")
    assert matcher.match(statement).domain == domain


@pytest.mark.parametrize("statement", UNRELATED)
def test_an_unrelated_statement_keeps_the_general_examples(statement: str) -> None:
    matcher = domain_matcher(domain_banks(PROMPTS), PROMPTS / "domains")
    assert matcher.match(statement).domain is None


def test_without_the_model_keywords_decide() -> None:
    matcher = keyword_matcher(domain_banks(PROMPTS))
    assert matcher.match("Our clinic has too many no-show patients").domain == "healthcare"
    assert matcher.match("택배 배송이 늦어요").domain == "logistics"
    assert matcher.match("I want to make our customers happy").domain is None


@pytest.mark.parametrize(
    ("statement", "domain"),
    [
        # walks: an insurance call centre and a smart-farm greenhouse got no domain, so their
        # examples came from other kinds of problem
        (
            "저희 보험사 콜센터에서 상담 콜이 나중에 민원(complaint)으로 escalation 되는 경우가 "
            "많아요. 어떤 콜이 민원으로 번질지 미리 예측해서 팀장이나 시니어 상담사가 먼저 "
            "개입하고 싶어요.",
            "finance",
        ),
        ("보험금 청구 심사가 너무 오래 걸려서 자동으로 분류하고 싶어요", "finance"),
        (
            "Our insurance call centre sees many calls escalate into formal complaints to the "
            "regulator; we want to flag risky calls early.",
            "finance",
        ),
        ("Insurance claims take too long to process and we want to triage them.", "finance"),
        (
            "스마트팜 유리온실에서 병해(잿빛곰팡이병, 흰가루병 같은거) 발생을 미리 "
            "예측하고싶음. 지금은 농가에서 눈으로 보고 발견하면 이미 늦음",
            "manufacturing",
        ),
        ("축사에서 돼지 질병을 조기에 알아채고 싶어요", "manufacturing"),
        (
            "Our smart farm loses tomato yield to powdery mildew; growers spot it too late.",
            "manufacturing",
        ),
        ("We want to predict crop yield on our farms from weather and soil data.", "manufacturing"),
        ("우리 구청 민원 처리 기간을 줄이고 싶어요", "public"),
    ],
)
def test_insurance_and_farming_have_a_domain(statement: str, domain: str) -> None:
    matcher = domain_matcher(domain_banks(PROMPTS), PROMPTS / "domains")
    assert matcher.match(statement).domain == domain


@pytest.mark.parametrize(
    ("statement", "domain"),
    [
        # walk: a city bus operator got no domain, so its examples came from support tickets
        (
            "our buses run late a lot, esp on the crosstown routes in the pm peak, and riders miss "
            "transfers. we run ~180 buses on 32 routes for a mid size city transit authority",
            "logistics",
        ),
        ("Ridership on our bus network is falling and we want to know why.", "logistics"),
        ("시내버스가 퇴근 시간에 자주 늦어서 승객들이 환승을 놓쳐요", "logistics"),
        ("지하철 이용객 수를 역마다 예측하고 싶어요", "logistics"),
        ("We want to catch fraud in bank transfers", "finance"),
    ],
)
def test_city_transit_is_logistics(statement: str, domain: str) -> None:
    matcher = domain_matcher(domain_banks(PROMPTS), PROMPTS / "domains")
    assert matcher.match(statement).domain == domain


@pytest.mark.parametrize(
    ("statement", "domain"),
    [
        # walk: "recommendations" (content) and "churn" (subscriptions) tied, and no domain was
        # used at all; the nearest of the tied ones now decides
        (
            "my VP wants AI recommendations on the home screen, but the actual problem is new "
            "users listen to one show and churn in the first month",
            "subscriptions",
        ),
        ("Listeners of our podcast app never find a second show", "content"),
    ],
)
def test_tied_keywords_are_decided_by_the_nearest(statement: str, domain: str) -> None:
    matcher = domain_matcher(domain_banks(PROMPTS), PROMPTS / "domains")
    assert matcher.match(statement).domain == domain
