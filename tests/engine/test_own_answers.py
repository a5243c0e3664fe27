"""Answers written for this test, not taken from the answer corpus, at the slots the last reader
changes touched (Korean feasibility cost, data and error cost; not-sure leads; don't-know and
questions back). Each must be read right or confirmed, never recorded silently wrong: a check
that the dev-split tuning generalises beyond the corpus."""

from __future__ import annotations

from functools import cache

import pytest

from assistant.brains.offline import OfflineBrain
from assistant.composition import exemplars
from assistant.content.bundle import load_content
from assistant.settings import Settings
from bench.understanding.corpus import Item, context, score

F = "feasibility"
ANSWERS = [
    (
        "ko",
        f"{F}.cost",
        "yes",
        "처음엔 돈이 들겠지만 야간 검수 인력을 줄이는 것만으로도 충분히 남아요.",
    ),
    ("ko", f"{F}.cost", "yes", "네, 연간 절감액이 개발비의 몇 배는 돼요."),
    ("ko", f"{F}.cost", "no", "아니요, 한 달에 열 건 남짓이라 지금처럼 손으로 하는 게 싸요."),
    ("ko", f"{F}.cost", "no", "그 정도는 아니에요. 엑셀 평균만 써도 거의 똑같이 맞아요."),
    ("ko", f"{F}.cost", "yes", "서버비가 나가도 사람 새로 뽑는 비용에 비하면 싼 편이에요."),
    ("ko", f"{F}.cost", "yes", "시간과 돈을 들여서라도 꼭 해 볼 만해요."),
    ("ko", f"{F}.cost", "no", "돈을 들여서라도 할 일은 아니에요."),
    ("ko", f"{F}.cost", "yes", "들인 돈은 두 달이면 금방 뽑아요."),
    ("ko", f"{F}.cost", "unsure", "반반이에요. 효과는 보이는데 라이선스 비용이 만만치 않아서요."),
    ("ko", f"{F}.cost", "unsure", "애매해요. 견적을 받아 봐야 알 것 같아요."),
    ("ko", f"{F}.cost", "unsure", "계산을 안 해 봐서 이득일지 손해일지 모르겠어요."),
    ("ko", f"{F}.data", "yes", "네, 포스 결제 내역이 매장별로 오 년치 쌓여 있어요."),
    ("ko", f"{F}.data", "no", "아니요, 그런 기록은 어디에도 남기지 않아요."),
    ("ko", f"{F}.data", "unsure", "애매해요. 공장 쪽 기록은 있는데 협력사 쪽은 받아 봐야 알아요."),
    ("ko", f"{F}.data", "unsure", "반반이요. 일부 지점만 전산으로 관리해서요."),
    ("ko", f"{F}.error_cost", "yes", "네, 약 용량을 잘못 추천하면 환자가 위험해져요."),
    ("ko", f"{F}.error_cost", "no", "그렇진 않아요. 틀리면 다음 날 다시 주문하면 돼요."),
    ("ko", f"{F}.error_cost", "no", "그 정도는 아니에요. 쿠폰 하나 잘못 나가는 수준이에요."),
    ("ko", f"{F}.error_cost", "unsure", "중간 정도예요. 큰 사고는 아닌데 고객 불만은 생겨요."),
    ("ko", f"{F}.error_cost", "unsure", "케이스 바이 케이스예요. 금액이 크면 얘기가 달라져요."),
    ("ko", f"{F}.objective", "unsure", "애매하네요. 팀마다 좋은 결과의 기준이 달라서요."),
    ("ko", f"{F}.complexity", "unsure", "모르겠어요. 규칙을 만들어 본 적이 없어서요."),
    ("ko", f"{F}.pattern", "unsure", "반반이에요. 어떤 달은 뚜렷한데 어떤 달은 들쭉날쭉해요."),
    ("ko", f"{F}.repetition", "yes", "네, 매일 아침마다 하는 일이에요."),
    ("ko", f"{F}.ethics", "unsure", "글쎄요. 누가 불이익을 받을지는 더 봐야 알 것 같아요."),
    ("ko", "metrics.baseline", "dont_know", "아직 생각 안 해 봤어요."),
    ("ko", f"{F}.data", "dont_know", "잘 모르겟음"),
    ("ko", "data.labels", "question", "라벨이라는 게 사람이 붙인 정답을 말하는 거죠"),
    ("ko", f"{F}.cost", "question", "여기서 비용은 개발비를 말씀하시는 거죠"),
    ("en", f"{F}.cost", "unsure", "Not sure. The savings look real but so does the cloud bill."),
    (
        "en",
        f"{F}.error_cost",
        "unsure",
        "Hard to say. A wrong dose would be bad, a late reminder not.",
    ),
    ("en", f"{F}.data", "unsure", "Unclear. The stores keep receipts but we never pulled them."),
    ("en", f"{F}.pattern", "unsure", "No idea. We have never looked at it that way."),
    ("en", f"{F}.cost", "no", "No, a spreadsheet already gets us most of the way there."),
    ("en", f"{F}.error_cost", "yes", "Yes, a missed fault on a brake line can kill someone."),
]


@cache
def _brain() -> OfflineBrain:
    settings = Settings(knowledge="none")
    content = load_content(settings.prompts_dir)
    return OfflineBrain(content, None, exemplars(settings, content))


@pytest.mark.parametrize(("lang", "slot", "expect", "text"), ANSWERS)
def test_an_own_answer_is_read_right_or_confirmed(
    lang: str, slot: str, expect: str, text: str
) -> None:
    item = Item("own", lang, "dev", slot, text, expect, None, None, None)
    outcome, _ = score(item, _brain().read(context(item), text))
    assert outcome in ("right", "confirmed"), outcome


def test_most_own_answers_are_read_right_without_asking() -> None:
    outcomes = []
    for lang, slot, expect, text in ANSWERS:
        item = Item("own", lang, "dev", slot, text, expect, None, None, None)
        outcomes.append(score(item, _brain().read(context(item), text))[0])
    assert outcomes.count("right") >= 0.7 * len(ANSWERS), outcomes
