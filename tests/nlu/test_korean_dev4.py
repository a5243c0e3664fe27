"""Korean readings tuned on dev4: questions asked with a polite verb and "?", requests to explain,
"…인지 헷갈려요" / "…되는지 알고 싶어요"; don't-knows after an echo of the question or with a
"not decided yet" sentence; correction openers ("바로잡을게요", "방금 거 수정"); an embedded
question that starts after a linking word; "안 돼 있어요" is no yes. Sentences written for these
tests, cue evidence only."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu import ko_rules
from assistant.nlu.corrections import correction
from assistant.nlu.matching import find
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "고객 동의 받은 데이터도 여기 들어가요?",
        "월별로 나눠서 보는 게 나아요?",
        "이 점수는 정답으로 봐요 아니면 비슷한 신호?",
        "베이스라인이 정확히 뭔지 설명 좀 부탁드려요",
        "이 부분은 저도 좀 여쭤보고 싶었어요",
        "목표에 기간까지 넣어야 하는 건지 헷갈려요",
        "사내 설문도 데이터로 쳐도 되는지 알고 싶어요",
    ],
)
def test_a_korean_question_back_without_an_interrogative_ending(text: str) -> None:
    assert is_question(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "한 달에 한 번 정도?",
        "아마 있을걸요? 주문할 때마다 상태 코드가 남으니까요",
        "고객이 다음 달에 해지할지 알고 싶어요",
        "재고가 바닥나는 날짜를 미리 알고 싶어요",
    ],
)
def test_a_korean_guess_fragment_or_wish_is_no_question(text: str) -> None:
    assert not is_question(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "정답 데이터요? 음 모르겟어요",
        "저도 잘 몰라요. 그건 운영팀 소관이라서",
        "아직 본사에서 안 정해졌어요. 제가 답을 드리기는 어렵네요",
    ],
)
def test_a_korean_dont_know_with_an_echo_a_reason_or_an_open_decision(text: str) -> None:
    assert is_dont_know(text, KO)


def test_a_not_decided_sentence_with_a_known_fact_is_no_dont_know() -> None:
    assert not is_dont_know("예산은 아직 안 정해졌어요. 데이터는 3년치 있어요", KO)


@pytest.mark.parametrize(
    "text",
    ["하나 바로잡을게요. 규칙으로는 안 된다고 했던 거요", "아 방금 거 수정. 라벨은 없어요"],
)
def test_a_korean_correction_opener(text: str) -> None:
    assert correction(text, KO) is not None


def test_a_correction_opener_names_the_slot_it_fixes() -> None:
    reading = read(
        "data.labels",
        "아 방금 거 수정. 모델 따로 말고 하나로 합쳐서 갈게요",
        ["goals.multi_objective"],
    )
    assert reading.move == "correct"
    assert reading.target == "goals.multi_objective"


def test_an_embedded_question_starts_after_a_linking_word() -> None:
    text = "기준이 딱 떨어지는 정답이 없는 일이라 의미가 있을지 모르겠어요"
    spans = [text[s:e].strip() for s, e in ko_rules.embedded_questions(text)]
    assert spans == ["의미가 있을지"]  # "정답이 없는" states a stance: its cues are read
    said = "정답이 없는 일이라 의미가 있을지.. 결국 고객이 뭘 고를지 맞히는 거예요"
    reading = read_polar(said, KO, "objective")
    assert reading.value != "yes" or reading.confidence < CONFIRM_BELOW


def test_not_done_yet_is_no_generic_yes() -> None:
    text = "성공 기준은 아직 합의가 안 돼 있어요"
    assert any(text[s:e].startswith("안 돼 있") for s, e in ko_rules.idioms(text))
    assert "있" not in "".join(read_polar(text, KO, "objective").evidence)


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("pattern", "비 오는 날엔 주문량이 확 달라져요", "yes"),
        ("pattern", "고객마다 완전히 케바케라서요", "no"),
        ("complexity", "요인들이 서로 맞물려 있어서요", "yes"),
        ("complexity", "조건 서너 개면 커버돼요", "no"),
        ("data", "협력사에서 납품 기록을 받을 수 있어요", "yes"),
        ("data", "보안 때문에 밖으로 못 꺼내요", "no"),
        ("repetition", "하루에 문의가 수백 건 들어와요", "yes"),
        ("repetition", "1년에 두 번 정도 해요", "no"),
        ("error_cost", "잘못 나가면 사람이 다쳐요", "yes"),
        ("error_cost", "좀 틀린다고 회사가 망하진 않아요", "no"),
        ("explainability", "민원이 오면 건별로 답변해야 해요", "yes"),
        ("explainability", "결과만 맞으면 괜찮아요", "no"),
        ("cost", "인건비 생각하면 충분히 투자할 만해요", "yes"),
        ("cost", "지금 방식으로도 되는데 굳이 돈을 쓸까 싶어요", "no"),
        ("ethics", "개인정보는 안 들어가요", "no"),
        ("objective", "기준이 팀마다 달라서 하나로 못 박기가 어려워요", "no"),
    ],
)
def test_common_korean_feasibility_phrasings(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, KO, criterion).value == value


def test_trailing_off_after_saying_so_denies_it() -> None:
    """ "반복이라고 하긴 좀…": the person will not call it repeated."""
    assert read_polar("분기마다 하는 거라 반복이라고 하긴 좀..", KO, "repetition").value == "no"


def test_depending_on_something_is_unsure() -> None:
    reading = read_polar("결국 참여율이 얼마나 오르냐에 달렸어요", KO, "cost")
    assert reading.value == "unsure"


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("labels", "주문마다 유형이 태깅돼 있어요", "labeled"),
        ("labels", "원본만 있고 라벨은 이제부터 달아야 해요", "unlabeled"),
        ("labels", "불만 키워드로 걸러낼 수는 있어요", "similar_labels"),
        ("strategy", "처음엔 매출 하나로 좁히려고요", "single"),
        ("strategy", "목표별로 나눠서 만들게요", "separate_models"),
        ("baseline", "현장 팀장 판단이 기준이에요", "other"),
        ("output_use", "회원님들께 앱에서 바로 보여드릴 거예요", "customer_facing"),
        ("output_use", "사람 검토 없이 바로 배치돼요", "internal_automation"),
    ],
)
def test_common_korean_choice_phrasings(kind: str, text: str, value: str) -> None:
    assert read_option(text, getattr(KO, kind), KO).value == value


def test_a_correction_reporting_several_models_fixes_the_strategy() -> None:
    said = "하나 바로잡을게요. 모델 여러 개 쓴다고 했던 건 취소하고 재고 예측 하나만 할게요"
    reading = read("metrics.baseline", said, ["goals.multi_objective", "data.labels"])
    assert reading.move == "correct"
    assert reading.target == "goals.multi_objective"


def test_not_knowing_what_to_aim_at_proposes_no_objective_and_confirms() -> None:
    reading = read("feasibility.objective", "무엇을 최적화해야 하는지부터 아직 감이 안 와요", [])
    assert reading.value["supports_ml"] is False
    assert reading.confidence < CONFIRM_BELOW


def test_not_knowing_how_to_check_a_pattern_stays_unsure() -> None:
    reading = read("feasibility.pattern", "패턴이 있는지 어떻게 봐야 할지 감이 안 와요", [])
    assert reading.value["supports_ml"] is None


def test_jom_a_bit_is_no_hedge() -> None:
    """ "좀" says how much ("좀 틀려도": wrong by a bit), not how sure the person is."""
    reading = read_polar("배송 시간이 좀 틀려도 큰 문제 없어요", KO, "error_cost")
    assert reading.value == "no"
    assert reading.confidence >= 0.9
    assert read_polar("아마 큰 문제 없어요", KO, "error_cost").confidence < 0.9


def test_a_cue_opening_with_a_particle_follows_its_noun() -> None:
    """ "로 치면" is written after its noun ("환불로 치면"), not as a word of its own."""
    reading = read_option("환불 요청을 불만족으로 치면 얼추 맞아요", KO.labels, KO)
    assert reading.value == "similar_labels"
    assert (
        find("아마존으로 간다", ["아마"]) == []
    )  # a cue opening with a word still needs its start


def test_explained_by_is_a_pattern() -> None:
    assert read_polar("판매량은 요일이랑 기온으로 거의 설명돼요", KO, "pattern").value == "yes"


def test_a_cue_may_be_followed_by_a_glued_bound_noun() -> None:
    """People leave out the space before 것/수/듯: "큰일나는것도 아니고" is "큰일 나는 것도
    아니고" (a walk's answer to the error-cost question), "네쪽에 더 가까운" leans yes."""
    assert find("큰일나는것도 아니고요", ["큰일 나"]) != []
    assert find("할수있어요", ["할 수 있"]) != []
    assert find("네쪽에 더 가까운 것 같아요", ["네쪽에 더 가까"]) != []
    assert find("큰일나무", ["큰일 나"]) == []  # 무 is neither an ending nor a bound noun
    reading = read_polar("큰일나는것도 아니고 그냥 다시 하면 돼요", KO, "error_cost")
    assert (reading.value, reading.confidence >= 0.9) == ("no", True)
    assert read_polar("네쪽에 더 가까운 것 같아요", KO, "repetition").value == "yes"
