"""Korean feasibility forms, second round: the organisation having no way to learn something
("저희가 알 길이 없어요") says what its data holds, not that the person does not know; and a last
sentence that is only a not-sure after contrasting facts ("… 클 수도 있지만 대부분은 사소한
거라… 뭐라 해야 할지") is the answer, as an opening not-sure is."""

from __future__ import annotations

from assistant.nlu import ko_stance
from assistant.nlu.signals import is_dont_know

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


def _polar(slot: str, text: str) -> object:
    return read(slot, text).value["supports_ml"]


def test_we_have_no_way_to_learn_it_is_no_data() -> None:
    text = "고객이 실제로 얼마에 샀는지는 저희가 알 길이 없어요. 거래가 밖에서 끝나서요"
    assert not is_dont_know(text, KO)
    assert not is_dont_know("우리 쪽에선 알 방법이 없어요", KO)
    assert _polar("feasibility.data", text) is False
    assert is_dont_know("그건 재무팀이 정해서 저는 알 길이 없어요", KO)  # the person's own


def test_a_closing_not_sure_after_contrasting_facts_concludes() -> None:
    assert ko_stance.varies_opening("피해가 클 수도 있지만 대부분은 사소한 거라… 뭐라 해야 할지")
    assert ko_stance.varies_opening(
        "정산은 필요할지도 모르고.. 추천 쪽은 아니고.. 딱 정리가 안 돼요"
    )
    assert not ko_stance.varies_opening("피해가 크지는 않아요. 뭐라 해야 할지")  # no contrast
    assert not ko_stance.varies_opening("비용은 들지만 충분히 남아요")  # no closing not-sure
    text = "고장이 늦게 잡히면 손해가 클 수도 있지만 대부분은 사소한 거라… 뭐라 해야 할지"
    assert _polar("feasibility.error_cost", text) is None
    assert read("feasibility.error_cost", text).confidence >= 0.7


def test_a_public_consequence_of_an_error_is_a_high_cost() -> None:
    # a high error cost speaks against ML (supports_ml False)
    assert _polar("feasibility.error_cost", "라벨이 한 번 잘못 찍히면 전량 리콜이에요.") is False
    assert _polar("feasibility.error_cost", "오판하면 바로 기사 나고 신뢰도 끝납니다") is False
    assert _polar("feasibility.error_cost", "틀려도 리콜까지 갈 일은 없어요") is True
