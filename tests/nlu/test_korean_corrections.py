"""Korean corrections: the answer a correction reports names the slot it fixes; a yes-no answer
taken back turns into its opposite (sure when the correction says the opposite, proposed when it
says nothing readable, confirmed when it seems to say the same again); what is gone is not there.
Cue evidence only (no exemplars), sentences written for these tests."""

from __future__ import annotations

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.corrections import corrected_part

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]
FEASIBILITY = [
    "feasibility.pattern",
    "feasibility.objective",
    "feasibility.complexity",
    "feasibility.data",
    "feasibility.repetition",
    "feasibility.ethics",
    "feasibility.error_cost",
    "feasibility.explainability",
]


def test_the_reported_answer_names_the_slot_a_correction_fixes() -> None:
    """Nothing names the error-cost question; "틀리면 큰일이라고 한 건" reports its answer."""
    reading = read(
        "feasibility.cost",
        "비용 얘기 전에, 아까 틀리면 큰일이라고 한 건 좀 과장이었어요. 틀려도 바로 고치면 되거든요",
        FEASIBILITY,
    )
    assert reading.move == "correct"
    assert reading.target == "feasibility.error_cost"
    assert reading.value["supports_ml"] is True  # errors are not costly after all
    assert reading.confidence >= CONFIRM_BELOW


def test_a_misclick_taken_back_turns_a_yes_into_a_no() -> None:
    reading = read(
        "data.labels",
        "앗 그 전 질문 자주 하냐는 거 예라고 했는데 잘못 눌렀어요. 1년에 한 번 하는 결정이에요",
        FEASIBILITY,
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.repetition")
    assert reading.value["supports_ml"] is False
    assert reading.confidence >= CONFIRM_BELOW


def test_a_correction_that_seems_to_say_the_same_again_is_confirmed() -> None:
    reading = read(
        "feasibility.ethics",
        "아까 데이터 있다고 한 거요, 다시 보니 기록은 계속 쌓이고 있어요",
        FEASIBILITY[:5],
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.data")
    assert reading.confidence < CONFIRM_BELOW


def test_what_is_gone_is_not_there() -> None:
    reading = read(
        "feasibility.ethics",
        "죄송한데 방금 데이터 있다고 한 거요, 알고 보니 그 기록 다 지워졌대요",
        FEASIBILITY[:5],
    )
    assert reading.target == "feasibility.data"
    assert reading.value["supports_ml"] is False


def test_the_report_of_the_earlier_answer_is_cut_off_whole() -> None:
    """No "요," left over from "…다고 한 거요,"."""
    part = corrected_part("방금 데이터 있다고 한 거요, 알고 보니 다 지워졌대요", KO)
    assert part.startswith("알고 보니")


def test_a_report_before_the_correction_opener_still_counts() -> None:
    """ "… 없다고 했던 거 정정할게요. …": the report stands before "정정할게요", and what
    follows says the opposite: recorded."""
    reading = read(
        "feasibility.ethics",
        "그 전 질문이요, 기록 없다고 했던 거 정정할게요. 창고 시스템에 3년치가 있대요",
        FEASIBILITY[:5],
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.data")
    assert reading.value["supports_ml"] is True
    assert reading.confidence >= CONFIRM_BELOW


def test_a_second_thought_points_back_at_the_reported_answer() -> None:
    """No "아까": "생각해 보니" / "확인해 보니" after a report of the earlier answer says the
    message takes it back."""
    reading = read(
        "metrics.baseline",
        "편향 없다고 한 거 생각해 보니 나이 많은 고객한테 불리하게 나올 수도 있겠어요",
        [*FEASIBILITY, "goals.multi_objective"],
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.ethics")
    reading = read(
        "data.labels",
        "기록 없다고 했던 건요, 확인해 보니 창고 서버에 4년치가 남아 있대요",
        [*FEASIBILITY, "goals.multi_objective"],
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.data")
    assert reading.value["supports_ml"] is True


def test_a_correction_may_name_the_earlier_answer_by_its_topic() -> None:
    """ "목표 말씀드린 거 고칠게요": the topic and a revising word, no quoted answer."""
    reading = read(
        "situation.desired_outcome",
        "목표 말씀드린 거 고칠게요. 반품률을 지금 12%에서 8%로 낮추는 거예요",
        ["why.statement", "goals.goal"],
    )
    assert (reading.move, reading.target) == ("correct", "goals.goal")
    assert reading.value.startswith("반품률을")
    reading = read(
        "goals.goal",
        "앞에서 문제 얘기한 게 좀 애매하게 말했네요. 다시 말하면 배송 지연 문의가 하루 40건이에요",
        ["why.statement"],
    )
    assert (reading.move, reading.target) == ("correct", "why.statement")


def test_a_topic_mentioned_without_revising_it_is_no_correction() -> None:
    reading = read(
        "situation.desired_outcome",
        "목표 말씀드린 거랑 이어지는데, 문의 응답을 하루 안에 끝내는 게 바라는 모습이에요",
        ["why.statement", "goals.goal"],
    )
    assert reading.move != "correct"


def test_going_back_to_a_named_question_is_a_correction_of_it() -> None:
    reading = read(
        "metrics.baseline",
        "라벨 질문으로 돌아가서요, 사실 정답 표시는 없고 환불 여부만 대신 쓸 수 있어요",
        ["data.labels", "goals.multi_objective"],
    )
    assert (reading.move, reading.target) == ("correct", "data.labels")
    assert reading.value == "similar_labels"


def test_a_retraction_that_names_the_new_value_is_kept() -> None:
    """ "… 없는 데이터로 정정할게요" says what is true now; it is not cut as a bare retraction."""
    reading = read(
        "goals.multi_objective",
        "잠깐만요, 아까 레이블 있다고 했는데 알아보니 다 빈칸이에요. "
        "레이블 없는 데이터로 정정할게요",
        ["data.labels"],
    )
    assert (reading.move, reading.target) == ("correct", "data.labels")
    assert reading.value == "unlabeled"


def test_pointing_back_to_lean_on_an_earlier_answer_is_no_correction() -> None:
    """Seen in a walk: each of these overwrote the previous answer (bare 아까 / 앞에서 말한 were
    correction openers)."""
    for slot, text in [
        ("situation.pain_points", "아까 말한대로 야간조요. 검사원들이 피곤해서 많이 놓쳐요"),
        ("situation.pain_points", "아까 말했듯이 유출불량이 제일 골치예요"),
        ("data.labels", "레이블이 있어요. 근데 앞에서 말한대로 차지백으로 확정되는거라 늦어요"),
    ]:
        reading = read(slot, text, ["situation.happening", "goals.objectives"])
        assert reading.move != "correct", text


def test_pointing_back_with_a_word_that_revises_still_corrects() -> None:
    for text in ["아까 말한대로 했는데 틀렸어요, 레이블은 없어요", "아까 답 고칠게요. 없어요"]:
        reading = read("data.reliability", text, ["data.labels"])
        assert reading.move == "correct", text


def test_a_correction_names_its_question_by_label_or_in_its_own_words() -> None:
    """Seen in a walk: "라벨링 계획 말한거 수정할게요" fixed the previous answer (데이터 신뢰성)
    instead of the label strategy."""
    asked = ["data.labels", "data.label_strategy", "data.reliability"]
    for text, target in [
        ("잠깐만요, 라벨링 계획 말한거 수정할게요. 석달에 5천장 정도요", "data.label_strategy"),
        ("잠깐만요, 레이블 확보 전략 고칠게요. 석달에 5천장이요", "data.label_strategy"),
        ("잠깐만요 데이터 신뢰성 답 고칠게요. 라벨 기준 문서는 있어요", "data.reliability"),
        ("잠깐, 데이터 신뢰성 말고 레이블 확보 전략 고칠게요. 5천장", "data.label_strategy"),
    ]:
        reading = read("constraints.resources", text, asked)
        assert (reading.move, reading.target) == ("correct", target), text


def test_a_reminder_of_an_earlier_answer_is_no_correction() -> None:
    """Seen in a walk: "아까 실시간 필요없다고 했잖아요" at the trade-off question overwrote the
    privacy answer with "ㅎ 하루 걸려도 괜찮아요"."""
    text = "정확도요. 아까 실시간 필요없다고 했잖아요ㅎ 하루 걸려도 괜찮아요"
    assert read("constraints.tradeoff", text, ["constraints.privacy"]).move != "correct"
    text = "아까 데이터 있다고 했잖아요, 그거 틀렸어요. 없어요"
    assert read("feasibility.repetition", text, ["feasibility.data"]).move == "correct"


def test_a_reminder_asked_back_is_no_correction() -> None:
    """Seen in a walk: "아까 하나만 한다고 했는데요? 퇴사 예측 하나요" in the review overwrote the
    impact answer with "요? 퇴사 예측 하나요"."""
    text = "아까 하나만 한다고 했는데요? 퇴사 예측 하나요"
    reading = read("business.impact", text, ["goals.multi_objective", "business.output_use"])
    assert reading.move != "correct"


def test_warning_signs_in_a_korean_sentence_are_read_part_by_part() -> None:
    from assistant.nlu.red_flags import read_signs

    text = "윤리쪽은 좀 걸려요… 한번 틀리는게 치명적이진 않은데 설명할수 있어야 해요"
    signs = read_signs(text, KO, ["ethics", "error_cost", "explainability"])
    assert signs["error_cost"].value == "no"


def test_just_said_and_said_again_is_no_correction() -> None:
    """Seen in a walk: at the ethics question "방금 없다고 했는데요;; 없어요" changed the repeated
    decision's answer to no."""
    reading = read(
        "feasibility.ethics", "방금 없다고 했는데요;; 없어요", ["feasibility.repetition"]
    )
    assert reading.move == "answer"
    assert reading.value["supports_ml"] is True  # no ethical risk


def test_a_compound_ethics_noun_names_the_sign() -> None:
    """Seen in a walk: "윤리문제는 딱히 없고, …" — the sign was asked again."""
    from assistant.nlu.red_flags import read_signs

    text = "윤리문제는 딱히 없고, 하루 발주 틀려도 폐기 좀 나는거라 치명적이진 않아요"
    signs = read_signs(text, KO, ["ethics", "error_cost", "explainability"])
    assert signs["ethics"].value == "no" and signs["error_cost"].value == "no"
