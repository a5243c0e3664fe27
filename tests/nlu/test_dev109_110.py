"""Answers from the blind dev109 corpus and the mixed dev110 corpus (both read unseen in session 39
with its starting reader, then tuned on) that were misread, each read by its mechanism, with
guards beside them.

dev109: "No way — well, actually yes" is repaired to its yes, also after the question echoed;
"nothing flags which …" is unlabeled data; "처음엔 돈 아깝다 했는데 계산해보니까 …" gives up
its first belief; two possibilities side by side that open the answer ("치명적일 수도 있고 아닐
수도..") lead it; "사고 날 수도" is catastrophic; "큰일이잖아요" grants the harm; "해를 끼친다는
게 … 직원한테도 해당되는 거예요" checks the coach's term against a case; "…했는지는 안 적는데 …
있긴 해요" names a stand-in label.

dev110 (written in the style of the first corpus, with moves and aims): a rate in words ("one
appointment in seven") or a fraction ("by a third") is measurable, whose days ("the drivers
days") are not; "doubt it" opens a no; "keep arguing over …" means no agreed
objective; "… - you mean like X?" asks; "I undersold the rules question", "going way back to
…", "before we get to that - on …" go back to a question; "…, now I think about it." closing
the first sentence revises the previous answer; someone else "would know" what the data holds;
"-threshold check" is a rule; "what our users compare us to" is another baseline; the copula
after 전/중 ends its clause ("출시 전이고"); "맞아요 그 질문 많이 받는데요" acknowledges the
question, not the criterion; "근거 없이는 못 해요" must explain; "할만함"; "X 질문 정정요";
"…다는 기준이 A 쪽이에요 B 쪽이에요" offers readings; "… 여부 정도는 있어요" stands in for
the label; "얘기해봐야 알 것 같아요" only says who would know; "추천만 띄우고 … 정하세요"
supports a decision; "아직 헷갈려요" is not sure (how to write the aim is not clear: confirmed)."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import (
    assert_asks,
    assert_corrects,
    assert_not_recorded_as,
    assert_read,
    read_answer,
    read_at,
)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.ethics",
            "Unethical? No way — well, actually yes, if it helps decide whose unit gets auctioned off for arrears, that's people's belongings gone.",
            "en",
            False,
        ),
        ("feasibility.pattern", "Yes — well, actually no, it's all over the place.", "en", False),
        (
            "data.labels",
            "we have years of race footage and sectional times but nothing flags which horses got interfered with",
            "en",
            "unlabeled",
        ),
        (
            "feasibility.cost",
            "솔직히 처음엔 돈 아깝다 했는데 계산해보니까 반년이면 회수되더라고요",
            "ko",
            True,
        ),
        (
            "feasibility.complexity",
            "처음엔 복잡하다 했는데 막상 해보니 규칙 몇 개면 돼요",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "음 치명적일 수도 있고 아닐 수도.. 케이스 바이 케이스",
            "ko",
            None,
        ),
        (
            "feasibility.error_cost",
            "한 번 놓치면 홀드 빠져서 사고 날 수도 있어요. 그래서 무서워요",
            "ko",
            False,
        ),
        ("feasibility.error_cost", "사고 날 일은 없어요", "ko", True),  # guard: denied
        (
            "feasibility.ethics",
            "현수막 문구 자동 필터링하다가 정당한 집회 현수막까지 막아버리면 그거 큰일이잖아요",
            "ko",
            False,
        ),
        (
            "data.labels",
            "완등했는지는 안 적는데 회원들이 앱에 남긴 루트 별점이 있긴 해요",
            "ko",
            "similar_labels",
        ),
        (
            "data.labels",
            "독자가 작품을 좋아하냐가 궁금한 건데 그건 기록이 없고.. 별점이랑 정주행 여부 정도는 있어요",
            "ko",
            "similar_labels",
        ),
        (
            "feasibility.pattern",
            "doubt it. the speciality stuff like boiler parts sells a couple times a year per store and its pure chance who walks in",
            "en",
            False,
        ),
        ("feasibility.pattern", "No doubt it. Weekly cycle.", "en", True),  # guard
        ("feasibility.pattern", "no doubt it's seasonal, spikes every december", "en", True),
        (
            "feasibility.objective",
            "Not yet. We keep arguing over whether a pause counts as churn, so there's no agreed right answer to measure against.",
            "en",
            False,
        ),
        (  # guard: a comma before "nobody" opens a clause of its own
            "feasibility.objective",
            "we couldnt, nobody agrees what a good layout is",
            "en",
            False,
        ),
        (  # guard: an answer, "you mean" restating it without a question mark
            "feasibility.objective",
            "yes - you mean the error in minutes, we log that already",
            "en",
            True,
        ),
        (
            "metrics.baseline",
            "the pixel-threshold check the camera vendor set up",
            "en",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "Spotify's recs, honestly. That's what our users compare us to.",
            "en",
            "other",
        ),
        (
            "data.labels",
            "신상품 수요 예측이라 아직 출시 전이고 참고할 데이터가 하나도 없어요",
            "ko",
            "no_data",
        ),
        ("feasibility.cost", "추천 좋아지면 결제로 바로 이어지니까 ㅇㅇ 할만함", "ko", True),
        (
            "feasibility.explainability",
            "행정처분이랑 연결되는 거라 근거 없이는 못 해요. 감사 때 하나하나 다 물어봐요",
            "ko",
            False,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.ethics", "해를 끼친다는 게 고객 말고 직원한테도 해당되는 거예요", "ko"),
        (
            "feasibility.objective",
            "gap between prediction and right answer - you mean like a loss function? sorry I'm not a data person",
            "en",
        ),
        ("situation.desired_outcome", "나아진다는 기준이 저희 부서 쪽이에요 민원인 쪽이에요", "ko"),
        ("data.labels", "not sure what labeled means, our data person would know", "en"),  # guard
        ("data.labels", "not sure what a proxy label is, our data person would know", "en"),
        ("feasibility.objective", "질문이 좀 헷갈려요 오차를 적으라는 거예요?", "ko"),  # guard
    ],
)
def test_asks_back(slot: str, text: str, lang: Lang) -> None:
    assert_asks(slot, text, lang)


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "data.labels",
            "Not sure what's actually in the warehouse tables tbh, our BI person would know",
            "en",
        ),
        (
            "metrics.baseline",
            "비교 대상은 아직 생각 안 해봤어요. 판독실이랑 얘기해봐야 알 것 같아요",
            "ko",
        ),
    ],
)
def test_not_knowing(slot: str, text: str, lang: Lang) -> None:
    assert read_answer(slot, text, lang=lang).move == "unknown"


def test_a_known_baseline_with_someone_to_ask_is_still_an_answer() -> None:
    text = "지금 쓰는 룰이랑 비교할 거예요. 팀장님이랑 얘기해봐야 알겠지만요"
    assert_read("metrics.baseline", text, "ko", "rule_based")


@pytest.mark.parametrize(
    ("slot", "text", "move"),
    [
        (
            "why.statement",
            "Outpatient no-shows. About one appointment in seven in physio and dermatology ends up empty and we can't refill it at short notice.",
            "answer",
        ),
        ("goals.goal", "cut redelivery costs by a third", "answer"),
        ("why.statement", "customers wait days for a refund", "answer"),  # guard: a time
        (
            "why.statement",
            "want to bring some AI into dispatch, the drivers days just feel chaotic",
            "followup",
        ),
    ],
)
def test_measurable_aims(slot: str, text: str, move: str) -> None:
    assert read_answer(slot, text).move == move


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "feasibility.data",
            "feasibility.complexity",
            "Sorry, I undersold the rules question. Colour, wall thickness, seed count and which mould it came from all interact - a handful of rules won't cut it.",
            "en",
            "feasibility.complexity",
        ),
        (
            "feasibility.cost",
            "feasibility.explainability",
            "Going way back to the pattern question: I pulled last year's permits over lunch, and heritage-zone applications run late almost every time. So yes, there is a pattern.",
            "en",
            "feasibility.pattern",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "Two separate models is better, now I think about it. One blended thing sounds like a nightmare to tune, so fraud and credit risk each get their own.",
            "en",
            "goals.multi_objective",
        ),
        (
            "business.output_use",
            "business.model",
            "Before we get to that - on what we compare against, forget the average-transit-time idea. The fair comparison is the routing rules dispatch uses today.",
            "en",
            "metrics.baseline",
        ),
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "아 방금 반복 질문 정정요ㅠ 이건 연말에 요금제 개편할 때 한 번 쓰는 거라 반복은 아니에요",
            "ko",
            "feasibility.repetition",
        ),
        (
            "feasibility.data",
            "feasibility.complexity",
            "아까 지금보다 뭐가 나아지냐고 물으셨을 때 하루 1,200개라고 했던 거요, 제가 숫자를 잘못 봤어요. 그거 빼고 그냥 오분류가 좀 줄었으면 하는 정도로 해주세요",
            "ko",
            "situation.desired_outcome",
        ),
        (
            "feasibility.cost",
            "feasibility.explainability",
            "그 전에 처음에 문제 말씀드린 거 바꿀게요. 앱에 애정 갖게 만들기 말고, 신작 2화로 넘어가는 비율 올리는 걸로 해주세요",
            "ko",
            "why.statement",
        ),
    ],
)
def test_corrections_reach_the_question_they_name(
    slot: str, previous: str, text: str, lang: Lang, target: str
) -> None:
    assert_corrects(slot, previous, text, lang, target)


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang"),
    [  # guards: the current question answered, no correction
        (
            "data.labels",
            "goals.multi_objective",
            "It's all labeled, now that I think about it. Every cancellation has a reason code.",
            "en",
        ),
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "이 질문 정정할 건 없고요, 해를 끼칠 일은 없어요",
            "ko",
        ),
    ],
)
def test_the_current_answer_is_no_correction(
    slot: str, previous: str, text: str, lang: Lang
) -> None:
    assert read_at(slot, previous, text, lang).move == "answer"


def test_a_familiar_question_acknowledged_is_no_yes() -> None:
    text = "맞아요 그 질문 많이 받는데요, 저희는 키워드 매칭으로만 돌려도 거의 다 맞게 가요. 틀리는 건 오타 난 민원 정도"
    assert_not_recorded_as("feasibility.complexity", text, "ko", True)
    assert_read("feasibility.complexity", "맞아요 규칙 몇 개로는 안 돼요", "ko", True)  # guard


def test_an_aim_not_yet_clear_is_confirmed_not_recorded() -> None:
    text = "대기시간 예측이면 분 단위 오차로 하면 될 것 같긴 한데, 진짜 하고 싶은 건 검사 순서 짜는 거라 그걸 숫자로 어떻게 적을지는 아직 헷갈려요"
    assert_not_recorded_as("feasibility.objective", text, "ko", True)
    assert_not_recorded_as("feasibility.objective", text, "ko", False)


# From the round's second read: forms near the new ones that must keep their reading.
GUARDS = [
    (
        "feasibility.pattern",
        "Doubt it's random, the same customers come back every week.",
        "en",
        True,
    ),
    (
        "feasibility.cost",
        "Doubt it's overkill, we lose thousands a month to bad forecasts.",
        "en",
        True,
    ),
    (
        "feasibility.error_cost",
        "Doubt it's harmless, a wrong call means a patient misses treatment.",
        "en",
        False,
    ),
    (
        "feasibility.pattern",
        "A pattern - you mean like seasonality? Absolutely, sales spike every December.",
        "en",
        True,
    ),
    ("feasibility.cost", "Worth the cost? Yes, actually, no question about it.", "en", True),
    ("business.output_use", "앱 홈에 추천만 띄우는 거예요", "ko", "customer_facing"),
    (
        "feasibility.pattern",
        "있어요. 그 질문 들었을 때 바로 떠오른 게 요일별 주문이에요",
        "ko",
        True,
    ),
]


@pytest.mark.parametrize(("slot", "text", "lang", "value"), GUARDS)
def test_guards_keep_their_reading(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "구매했는지는 안 적는데 방문 기록이랑 장바구니 데이터는 엄청 많이 있긴 해요",
            "ko",
            "similar_labels",
        ),
        ("feasibility.complexity", "상품명이 다 비슷비슷해서 직원들도 헷갈려요", "ko", None),
        (  # confirmed: the staff decide, but "추천" alone says customers
            "business.output_use",
            "판독의 워크리스트에 순서 추천만 띄우고 실제 순서는 선생님들이 정하세요",
            "ko",
            "customer_facing",
        ),
    ],
)
def test_guards_not_recorded_as(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_not_recorded_as(slot, text, lang, value)


def test_guards_asking_and_aims() -> None:
    assert_asks(
        "metrics.baseline", "Not sure I follow, our data team would know better anyway.", "en"
    )
    assert (
        read_answer(
            "goals.goal", "Roll out a pilot in two stores and see if staff are happier."
        ).move
        == "followup"
    )
    assert (
        read_answer("goals.goal", "Reduce the patients' days in hospital after knee surgery.").move
        == "answer"
    )
    assert read_answer("why.statement", "one in seven patients doesn't show up").move == "answer"


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang"),
    [
        (
            "feasibility.cost",
            "feasibility.explainability",
            "Yes, definitely, come to think of it.",
            "en",
        ),
        (
            "metrics.baseline",
            "data.labels",
            "I messed up the rules engine once, so now the manager just eyeballs it.",
            "en",
        ),
        ("why.statement", "", "주문서 오류 난 거 정정하는 데 시간이 너무 많이 들어요", "ko"),
    ],
)
def test_guards_no_correction(slot: str, previous: str, text: str, lang: Lang) -> None:
    assert read_at(slot, previous or None, text, lang).move != "correct"  # type: ignore[arg-type]
