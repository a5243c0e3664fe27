"""Answers from the mixed dev113 corpus (written blind in session 40 and read unseen with that
session's starting reader and after its first round), each read by its mechanism, with guards.

"Sure, no need." agrees with the no that follows it; "…, I was too quick to say no there" closes a
correction of the previous answer; "Sorry, back to what would be better if this worked. I said …"
goes back to that question (its question words name the topic, they ask nothing); "oh and the
comparison thing - … Forgot that exists." revises the question it names; "isnt that what I already said at the start, … no" asks
back; "I'd have to look at what's in those tables", "I figured whoever builds it would tell me" and
"That hasn't been decided yet and it's not my call" do not know. Korean: "아 그 전에 하나만요.
처음에 문제 물어보셨을 때 대충 말씀드렸는데 …" and "그 전에, 데이터 모을 수 있냐고 물어보셨을 때
…" go back to the question they name; the first name said picks the question ("오류 비용 질문":
error cost, not cost); "…말씀하시는 겁니까" asks (-ㅂ니까, not the -니까 of a reason)."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_asks, assert_corrects, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "feasibility.cost",
            "feasibility.explainability",
            "Our designers will absolutely want to know why their pattern got buried. So every ranking does need to be explainable, I was too quick to say no there.",
            "en",
            "feasibility.explainability",
        ),
        (
            "goals.goal",
            "feasibility.cost",
            "Sorry, back to what would be better if this worked. I said 'feel more safe' but what I mean is less than 20 chargebacks a month.",
            "en",
            "situation.desired_outcome",
        ),
        (
            "business.output_use",
            "business.model",
            "oh and the comparison thing - we should compare with the vendor fraud score we already use, not the rules. Forgot that exists.",
            "en",
            "metrics.baseline",
        ),
        (
            "situation.desired_outcome",
            "why.statement",
            "아 그 전에 하나만요. 처음에 문제 물어보셨을 때 대충 말씀드렸는데 정확히는 고령 조합원 계좌에서 빠져나가는 피해액을 월 2천만 원 아래로 줄이는 거예요",
            "ko",
            "why.statement",
        ),
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "그 전에, 데이터 모을 수 있냐고 물어보셨을 때 있다고 했잖아요. 확인해보니 작년에 서버 바꾸면서 다 날아갔대요 ㅠ",
            "ko",
            "feasibility.data",
        ),
        (  # guard: the first name said wins ("오류 비용", not the cost question's "비용 질문")
            "data.labels",
            "goals.multi_objective",
            "그 전에 하나만요, 오류 비용 질문에서 치명적이라고 했던 거 좀 과했어요. 상담원이 어차피 한 번 더 보니까 하나 틀려도 괜찮아요",
            "ko",
            "feasibility.error_cost",
        ),
        (  # guard: "그 전에 <topic> 물어보셨을 때" still names the topic
            "goals.multi_objective",
            "goals.objectives",
            "그 전에 큰 목표 물어보셨을 때 제가 처리기간 며칠로 줄인다고 숫자 박았잖아요, 그거 아직 확정 아니라서 빼주세요. 그냥 '시민 불편 줄이기' 정도로만요",
            "ko",
            "goals.goal",
        ),
        (  # guards from the second read: this case and the next two
            "metrics.business",
            "data.labels",
            "About the problem with the labels. I said they're reliable, but half of them are wrong.",
            "en",
            "data.labels",
        ),
        (
            "business.model",
            "metrics.baseline",
            "Back to the data labels question - I said we have them, but only the QA team's defect tags.",
            "en",
            "data.labels",
        ),
        (
            "metrics.business",
            "data.labels",
            "데이터 라벨 질문 다시요. 라벨 있다고 했는데 절반은 없어요.",
            "ko",
            "data.labels",
        ),
    ],
)
def test_corrections_reach_the_question_they_name(
    slot: str, previous: str, text: str, lang: Lang, target: str
) -> None:
    assert_corrects(slot, previous, text, lang, target)


def test_the_data_gone_is_a_no() -> None:
    text = "그 전에, 데이터 모을 수 있냐고 물어보셨을 때 있다고 했잖아요. 확인해보니 작년에 서버 바꾸면서 다 날아갔대요 ㅠ"
    reading = read_at("feasibility.ethics", "feasibility.repetition", text, "ko")
    assert reading.value["supports_ml"] is False


def test_sure_no_need_is_a_no() -> None:
    text = "Sure, no need. If the order suggestion is good nobody cares why."
    assert_read("feasibility.explainability", text, "en", True)  # need not explain: supports ML
    assert_read("feasibility.explainability", "Sure, every one of them.", "en", False)  # guard


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "goals.goal",
            "isnt that what I already said at the start, problem and goal are the same thing no",
            "en",
        ),
        (
            "feasibility.ethics",
            "단속 구역 정하는 게 특정 동네를 차별하는 것처럼 보일 수 있다, 이런 걸 말씀하시는 겁니까",
            "ko",
        ),
        (
            "goals.goal",
            "목표(Goal)랑 앞에서 말씀드린 나아질 점이 어떻게 다른 건지 잘 모르겠습니다. 같은 걸 다시 말씀드리면 되는 겁니까",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: Lang) -> None:
    assert_asks(slot, text, lang)


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("data.labels", "Not sure tbh. I'd have to look at what's actually in those tables first."),
        (
            "metrics.baseline",
            "Not decided. No idea yet, I figured whoever builds it would tell me.",
        ),
        (
            "business.output_use",
            "That hasn't been decided yet and it's not my call, so I can't say.",
        ),
    ],
)
def test_not_knowing(slot: str, text: str) -> None:
    assert read_answer(slot, text).move == "unknown"


def test_guards() -> None:
    because = read_answer("feasibility.cost", "비용이 많이 드니까", lang="ko")
    assert because.move == "answer"  # -니까 of a reason asks nothing
    asked_back = "당연하죠. 감독기관에서 거절 사유 물어보면 뭐라고 할 겁니까"  # a rhetorical one
    assert_read("feasibility.explainability", asked_back, "ko", False)
    stated = "Isn't that obvious? Yes, every order is logged."
    assert read_answer("feasibility.data", stated).move == "answer"


# Guards from the second read of the dev113 round: each was read right before it, and an earlier,
# broader form of the round's rules read it wrongly.
@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.data",
            "Don't they already log every order in the ERP, so yes we have years of it",
            "en",
            True,
        ),
        (
            "feasibility.repetition",
            "Isn't it obvious, we do this every single morning for 300 stores",
            "en",
            True,
        ),
        (
            "feasibility.data",
            "Yes, no need to collect anything new, it's all in Salesforce already",
            "en",
            True,
        ),
        (
            "feasibility.complexity",
            "Yes, no need to even try rules, there are hundreds of interacting factors",
            "en",
            True,
        ),
        ("metrics.baseline", "지난달 매출 보고 찍었어요", "ko", "previous_behavior"),
        ("feasibility.error_cost", "고객에 따라 갈리는데 대형 거래처면 치명적이에요", "ko", False),
    ],
)
def test_guards_keep_their_reading(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


def test_guards_moves_from_the_second_read() -> None:
    asks = "About what kind of labels you need. I don't understand, do you mean tags on each ticket"
    assert read_answer("data.labels", asks).move == "teach"
    rules = "About the rules thing, I forgot it was there, but ops has a 15-rule checklist."
    assert read_answer("metrics.baseline", rules).move == "answer"
    assert (
        read_answer("feasibility.pattern", "패턴이야 당연히 있는 거 아닙니까", lang="ko").move
        != "teach"
    )
    many = "No idea how many rules exactly, we'd have to look at hundreds of edge cases, way too many to hand-code."
    assert read_answer("feasibility.complexity", many).move == "answer"
