"""A question about a word of the question just asked is about that question (walks: "what do you
mean by trust?" after "How far can you trust this data?" got the card on project constraints;
"확신이라는게 확률 몇% 이런거에요?" after "모델이 어느 정도 확신해야 …?" likewise)."""

from __future__ import annotations

from assistant import Coach
from assistant.brains.teacher import explain, teach
from assistant.domain.ports import Hit
from assistant.domain.slots import SLOT_BY_ID

from ..nlu.offline_reading import CONTENT
from .walking import at_slot


class OneCard:
    """A retriever that always finds the same card."""

    def __init__(self, concept: str, title: str) -> None:
        self.hit = Hit(concept=concept, title=title, text="A card.", source="s", lang="en", score=1)

    def search(self, query: str, k: int = 3, lang: str | None = None) -> list[Hit]:
        return [self.hit]

    def card(self, concept: str, lang: str) -> Hit | None:
        return None


ASKED_EN = (
    "How far can you trust this data: is it consistent, well labeled, and will it keep coming?"
)
ASKED_KO = "모델이 어느 정도 확신해야 그 예측대로 움직여도 될까요?"


def test_what_do_you_mean_by_a_word_of_the_question_explains_the_question() -> None:
    cards = OneCard("constraints.performance", "Project constraints")
    lex = CONTENT.lexicons["en"]
    reading = explain(
        CONTENT, cards, lex, "data.reliability", "what do you mean by trust?", None, ASKED_EN
    )
    assert reading.citations == [SLOT_BY_ID["data.reliability"].concept]
    reading = explain(
        CONTENT, cards, lex, "data.reliability", "what do you mean by essence?", None, ASKED_EN
    )
    assert reading.citations == ["constraints.performance"]  # not a word of the question: the card


def test_a_korean_question_about_a_word_of_the_question_explains_the_question() -> None:
    cards = OneCard("feasibility.ml_fails", "머신러닝이 답이 아닐 때")
    lex = CONTENT.lexicons["ko"]
    reading = teach(
        CONTENT, cards, lex, "constraints.threshold", "확신이라는게 확률 몇% 이런거에요?", ASKED_KO
    )
    assert reading.citations == [SLOT_BY_ID["constraints.threshold"].concept]
    assert "예" in (reading.teach or "")


def test_what_is_the_questions_own_concept_still_gets_its_card() -> None:
    cards = OneCard("baseline.start_simple", "Start with a simple baseline")
    lex = CONTENT.lexicons["en"]
    asked = "What simple baseline will the model have to beat?"
    reading = teach(CONTENT, cards, lex, "metrics.baseline", "what is a baseline?", asked)
    assert reading.citations == ["baseline.start_simple"] and "A card." in (reading.teach or "")


def test_a_question_on_the_questions_words_after_other_words_explains_the_question() -> None:
    """Walk: "여기서 비용은 개발 비용 말씀하시는 거예요, …?" at the cost question got the card
    on the business model, and "음 여기서 말하는 '진짜 문제'가 …?" at the essence question the
    card's generic summary: a filler or "여기서" before the question's own words hid them."""
    lex = CONTENT.lexicons["ko"]
    cost = CONTENT.slot("ko", "feasibility.cost").question
    message = (
        "여기서 비용은 개발 비용 말씀하시는 거예요, 아니면 운영하면서 드는 비용까지 포함이에요?"
    )
    cards = OneCard("business.understand", "비즈니스 모델 파악하기")
    reading = teach(CONTENT, cards, lex, "feasibility.cost", message, cost)
    assert reading.citations == ["feasibility.ml_fails"] and "A card." not in (reading.teach or "")
    essence = CONTENT.slot("ko", "why.essence").question
    message = (
        "음 여기서 말하는 '진짜 문제'가 정확히 뭘 말하는 거예요? 그냥 민원 줄이는 거 아닌가요?"
    )
    cards = OneCard("problem.definition", "문제 정의란 무엇인가")
    reading = teach(CONTENT, cards, lex, "why.essence", message, essence)
    assert reading.citations == ["problem.definition"] and "A card." not in (reading.teach or "")
    en = CONTENT.lexicons["en"]
    asked = CONTENT.slot("en", "feasibility.cost").question
    cards = OneCard("business.understand", "Understand the business model")
    message = "hmm so here, cost means building it or running it too?"
    reading = teach(CONTENT, cards, en, "feasibility.cost", message, asked)
    assert reading.citations == ["feasibility.ml_fails"]


def test_a_question_naming_another_cards_words_still_gets_that_card() -> None:
    lex = CONTENT.lexicons["ko"]
    essence = CONTENT.slot("ko", "why.essence").question
    cards = OneCard("problem.rules_first", "규칙 기반으로 먼저 풀어 보기")
    message = "규칙으로 먼저 풀어도 되는 문제인가요?"
    reading = teach(CONTENT, cards, lex, "why.essence", message, essence)
    assert reading.citations == ["problem.rules_first"] and "A card." in (reading.teach or "")


def test_what_to_know_said_as_an_indirect_question_is_an_answer(coach: Coach) -> None:
    """Walk: "어떤 콜 특성이 진짜 민원이랑 관련있는지요" at "what do you want to know?" was
    taken for a question back and answered with the card on project constraints."""
    sid = at_slot(coach, "problem.to_know", lang="ko")
    t = coach.reply(sid, "어떤 콜 특성이 진짜 민원이랑 관련있는지요")
    assert t.kind != "teach" and t.slot == "problem.quick_win"
    assert coach.plan(sid).problem.to_know == "어떤 콜 특성이 진짜 민원이랑 관련있는지요"


def test_what_to_know_said_as_an_indirect_question_before_a_remark_is_an_answer(
    coach: Coach,
) -> None:
    """Walk (warehouse picking): "어떤 조건(…)에서 오피킹이 나는지요. 그걸 알아야 로케이션
    재배치도 하죠" was taught the card on when ML fits, and the question was asked again."""
    sid = at_slot(coach, "problem.to_know", lang="ko")
    said = (
        "어떤 조건(SKU 조합, 피커 숙련도, 시간대)에서 오피킹이 나는지요. "
        "그걸 알아야 로케이션 재배치도 하죠"
    )
    t = coach.reply(sid, said)
    assert t.kind != "teach" and t.slot == "problem.quick_win"
    assert coach.plan(sid).problem.to_know == said
