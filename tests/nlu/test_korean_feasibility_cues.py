"""Korean feasibility cues as people say them (해요체, 반말, 합니다체): each answer below is read
by its cue alone, without the exemplars (the cues added for round 4 of the reading work; without
them these answers had no cue, or only a weak one, and were confirmed at best)."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.nlu.reader import read_polar
from assistant.settings import Settings

KO = load_content(Settings().prompts_dir).lexicons["ko"]

CASES = [
    ("complexity", "룰로는 안 돼요, 해 봤는데 예외가 끝이 없더라고요", "yes"),
    ("complexity", "팀장님이 다 감으로 합니다", "yes"),
    ("complexity", "별거 없어요. 수량이랑 단가 곱하는 계산식이면 끝", "no"),
    ("data", "주문 내역은 시스템에 다 있어요", "yes"),
    ("data", "그런 기록은 하나도 안 남겨요", "no"),
    ("error_cost", "이건 틀리면 절대 안 됩니다", "yes"),
    ("error_cost", "틀려도 별일 없어요, 다음 날 고치면 돼", "no"),
    ("ethics", "피해 볼 사람은 없어요. 창고 정리 순서라서", "no"),
    ("explainability", "근거를 보여줘야 현장에서 움직여요", "yes"),
    ("explainability", "결과만 맞으면 돼요. 이유는 아무도 안 궁금해해요", "no"),
    ("cost", "계산해 보니 해볼 만하네요", "yes"),
    ("cost", "배보다 배꼽이 더 클 것 같아요, 그냥 사람이 하는 게 싸요", "no"),
    ("pattern", "비 오는 날엔 어김없이 주문이 몰려요", "yes"),
    ("pattern", "그날그날 달라서 저희도 알 수가 없어요", "no"),
    ("objective", "전체 주문 중 늦은 건수 비율이요", "yes"),
    ("objective", "좋은 상담이 뭔지 팀마다 의견이 갈려요", "no"),
    ("repetition", "매주 해요. 한 번에 수백 건씩", "yes"),
    ("repetition", "몇 년에 한 번 할까 말까 한 일이에요", "no"),
]


@pytest.mark.parametrize(("criterion", "text", "expected"), CASES)
def test_korean_feasibility_cue_reads_the_answer(criterion: str, text: str, expected: str) -> None:
    assert read_polar(text, KO, criterion).value == expected
