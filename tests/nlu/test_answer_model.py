"""The answer model's second opinion: trained per question, it lifts an unsure cue reading when it
picks the same value confidently, reads on its own only where the cues are unsure or read nothing
and it is very sure, never touches a sure cue reading, and stays out of corrections."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.brains.base import SlotContext
from assistant.brains.offline import OfflineBrain
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOT_BY_ID, SLOTS
from assistant.knowledge.answer_model_file import load_answer_model, save_answer_model
from assistant.nlu.answer_model import (
    AGREE_AT,
    AGREE_CHOICE_AT,
    FIT_L2,
    GUESS_AT,
    GUESSED,
    L2,
    OVERRULE_AT,
    RECORD_GUESS_AT,
    AnswerModel,
    _features,
    _softmax,
    agree_at,
    train,
    train_fitted,
)
from assistant.nlu.reader import Interpretation

from .offline_reading import CONTENT, AlwaysVotes, brain_with

DIM = 384
UNSURE_YES = "데이터는 있긴 한데 좀 noisy해요. 그래도 쓸 수는 있어요"  # feasibility.data


def _axis(i: int, noise: float = 0.0, seed: int = 0) -> np.ndarray:
    v = np.zeros(DIM, np.float32)
    v[i] = 1.0
    v += np.random.default_rng(seed).normal(0, noise, DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def test_a_trained_model_votes_for_the_class_an_answer_is_near() -> None:
    samples = {
        "feasibility.data": [(_axis(0, 0.05, s), "yes") for s in range(8)]
        + [(_axis(1, 0.05, s), "no") for s in range(8)]
        + [(_axis(2, 0.05, s), "unsure") for s in range(8)]
    }
    model = train(samples)
    vote = model.vote("feasibility.data", _axis(1, 0.05, 99))
    assert vote is not None and vote.value == "no" and vote.probability >= AGREE_AT
    assert model.agrees("feasibility.data", _axis(0, 0.05, 99), "yes")
    assert not model.agrees("feasibility.data", _axis(0, 0.05, 99), "no")
    assert model.vote("data.labels", _axis(0)) is None  # no model for that question


def test_the_fitted_model_reaches_the_optimum_of_its_objective() -> None:
    """`train_fitted` (the shipped answer model) fits to convergence: the gradient of its penalized
    loss at the weights it returns is several times smaller than where `train`'s light fit
    stops, it still votes for the nearer class, and the same samples give the same weights."""
    classes = ("no", "unsure", "yes")
    samples = {
        "feasibility.data": [(_axis(2, 0.1, s), "yes") for s in range(60)]
        + [(_axis(0, 0.1, s), "no") for s in range(60, 120)]
        + [(_axis(1, 0.1, s), "unsure") for s in range(120, 180)]
    }
    x = _features(np.stack([v for v, _ in samples["feasibility.data"]])).astype(np.float64)
    y = np.eye(3)[[classes.index(label) for _, label in samples["feasibility.data"]]]

    def steepest(model: AnswerModel, l2: float) -> float:
        w = model.slots["feasibility.data"].weights.astype(np.float64)
        return float(np.abs(x.T @ (_softmax(x @ w) - y) / len(x) + l2 * w / len(x)).max())

    light, fitted = train(samples), train_fitted(samples)
    assert steepest(fitted, FIT_L2) < 3e-5 and steepest(fitted, FIT_L2) * 5 < steepest(light, L2)
    vote = fitted.vote("feasibility.data", _axis(0, 0.1, 999))
    assert vote is not None and vote.value == "no" and vote.probability >= AGREE_AT
    again = train_fitted(samples).slots["feasibility.data"].weights
    assert np.array_equal(again, fitted.slots["feasibility.data"].weights)


def test_the_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = train({"data.labels": [(_axis(0), "labeled"), (_axis(1), "unlabeled")]})
    save_answer_model(tmp_path / "m.npz", model, "abc")
    loaded = load_answer_model(tmp_path / "m.npz")
    assert loaded is not None and loaded[1] == "abc"
    assert loaded[0].vote("data.labels", _axis(1)) == model.vote("data.labels", _axis(1))
    assert load_answer_model(tmp_path / "missing.npz") is None


_Always, _brain = AlwaysVotes, brain_with


def _read(brain: OfflineBrain, slot: str, text: str, previous: list[str] | None = None):  # noqa: ANN202
    asked = [s.id for s in SLOTS][: [s.id for s in SLOTS].index(slot)]
    if previous:
        asked = [s for s in asked if s not in previous] + previous
    ctx = SlotContext(slot_id=slot, language="ko", plan=ProblemPlan.new("t", "ko"), previous=asked)
    return brain.read(ctx, text)


def test_an_unsure_reading_the_model_agrees_with_is_recorded() -> None:
    alone = _read(_brain(None), "feasibility.data", UNSURE_YES)
    assert alone.value["supports_ml"] is True and alone.confidence < CONFIRM_BELOW  # precondition
    agreed = _read(_brain(_Always("yes", 0.9)), "feasibility.data", UNSURE_YES)
    assert agreed.value == alone.value and agreed.confidence == CONFIRM_BELOW
    assert agreed.evidence == alone.evidence


@pytest.mark.parametrize(
    "vote", [_Always("no", OVERRULE_AT - 0.01), _Always("yes", AGREE_AT - 0.01)]
)
def test_a_mildly_disagreeing_or_unsure_model_changes_nothing(vote: AnswerModel) -> None:
    alone = _read(_brain(None), "feasibility.data", UNSURE_YES)
    read = _read(_brain(vote), "feasibility.data", UNSURE_YES)
    assert (read.value, read.confidence) == (alone.value, alone.confidence)


def test_a_very_sure_vote_overrules_an_unsure_cue_reading_but_never_a_sure_one() -> None:
    read = _read(_brain(_Always("no", OVERRULE_AT)), "feasibility.data", UNSURE_YES)
    assert read.value["supports_ml"] is False and read.confidence == CONFIRM_BELOW
    sure = "네, 3년치 주문 데이터가 다 있어요"
    alone = _read(_brain(None), "feasibility.data", sure)
    assert alone.confidence >= CONFIRM_BELOW and alone.value["supports_ml"] is True  # precondition
    read = _read(_brain(_Always("no", 0.99)), "feasibility.data", sure)
    assert (read.value, read.confidence) == (alone.value, alone.confidence)


UNREAD = "로트마다 최종 테스트 pass/fail이 로트 ID에 붙어서 저장됩니다"  # labeled, no cue word


def test_where_the_cues_read_nothing_a_vote_is_a_guess_to_confirm_or_if_sure_recorded() -> None:
    assert _read(_brain(None), "data.labels", UNREAD).move == "clarify"  # precondition
    guess = _read(_brain(_Always("labeled", RECORD_GUESS_AT - 0.01)), "data.labels", UNREAD)
    assert guess.move == "answer" and guess.value == "labeled"
    assert guess.confidence == GUESSED < CONFIRM_BELOW  # asked, not recorded unasked
    sure = _read(_brain(_Always("labeled", RECORD_GUESS_AT)), "data.labels", UNREAD)
    assert (sure.move, sure.value, sure.confidence) == ("answer", "labeled", CONFIRM_BELOW)
    for weak in (_Always("labeled", GUESS_AT - 0.01), _Always("unsure", 0.99)):
        assert _read(_brain(weak), "data.labels", UNREAD).move == "clarify"
    unsure = _read(_brain(_Always("unsure", 0.99)), "feasibility.data", "음… 글쎄요 그건 좀")
    assert unsure.move != "answer" or unsure.value["supports_ml"] is None


def test_a_correction_quoting_the_old_value_is_not_seconded() -> None:
    # seen on the dev corpus: the old answer quoted in the correction made the model agree
    text = (
        "아 설명 가능성 질문이요, 전부 다 설명해야 한다고 했는데 "
        "법무팀 확인해 보니 거절 건만 사유 알려주면 된대요"
    )
    previous = ["feasibility.explainability"]
    alone = _read(_brain(None), "goals.goal", text, previous)
    read = _read(_brain(_Always("yes", 0.99)), "goals.goal", text, previous)
    assert read.move == alone.move == "correct"
    assert read.confidence == alone.confidence < CONFIRM_BELOW


def test_a_reading_torn_between_its_words_and_the_exemplars_is_not_seconded() -> None:
    # the exemplars outvoted the cues (english.overruled): an e5 model agreeing with the
    # exemplars is no independent voice, so the answer is confirmed
    text = "Schedulers would see suggested shifts and can drag things around before they publish"
    brain = _brain(_Always("internal_automation", 0.99))
    spec = SLOT_BY_ID["business.output_use"]
    ctx = SlotContext(slot_id=spec.id, language="en", plan=ProblemPlan.new("t", "en"))
    read = brain._option(ctx, spec, text + " the rota.", CONTENT.lexicons["en"])
    assert read.torn and read.value == "internal_automation"  # 'would see': decision support
    assert brain.read(ctx, text + " the rota.").confidence < CONFIRM_BELOW
    torn = Interpretation("internal_automation", 0.4, [], torn=True)
    assert brain._seconded(spec, text, torn) == torn
    lifted = brain._seconded(spec, text, Interpretation("internal_automation", 0.4, []))
    assert lifted.confidence == CONFIRM_BELOW


def test_a_choice_whose_own_cue_the_answer_negates_is_not_seconded() -> None:
    # seen on the dev corpus once the model had learned "dashboard" means decision support:
    # the answer says nobody decides anything from the dashboard ("other")
    text = "그냥 대시보드에 띄워 놓고 모니터링하는 용도요, 누가 그걸 보고 뭘 결정하진 않고"
    brain = _brain(_Always("decision_support", 0.99))
    spec = SLOT_BY_ID["business.output_use"]
    ctx = SlotContext(slot_id=spec.id, language="ko", plan=ProblemPlan.new("t", "ko"))
    read = brain._option(ctx, spec, text, CONTENT.lexicons["ko"])
    assert read.torn and read.value == "decision_support"
    assert _read(brain, spec.id, text).confidence < CONFIRM_BELOW


def test_a_choice_is_seconded_at_a_lower_probability_than_a_feasibility_answer() -> None:
    # a wrong feasibility reading can turn the verdict; a choice's cannot
    assert agree_at("data.labels") == AGREE_CHOICE_AT < AGREE_AT == agree_at("feasibility.data")
    between = (AGREE_CHOICE_AT + AGREE_AT) / 2
    model = _Always("labeled", between)
    assert model.agrees("data.labels", _axis(0), "labeled")
    assert not _Always("yes", between).agrees("feasibility.data", _axis(0), "yes")


class _Leaning:
    """A similarity that leans to not sure, far enough to outvote one cue."""

    def scores(self, text: str) -> dict[str, float]:
        return {"yes": 0.80, "no": 0.80, "unsure": 0.83}


def test_an_unsure_only_the_exemplars_give_against_a_cue_is_not_seconded() -> None:
    # seen on dev2 once dev26/dev27 were trained on: "I guess there's a privacy angle …, so I
    # don't think this adds any harm" read unsure by the exemplars, no by its cues; a model
    # agreeing with the exemplars is no independent voice
    from assistant.nlu.combination import combine
    from assistant.nlu.evidence import Evidence

    ev = Evidence()
    ev.add("no", 1.0, "don't think this adds any harm")
    read = combine("so I don't think this adds any harm", ev, _Leaning(), hedged=False)  # type: ignore[arg-type]
    assert read.value == "unsure" and read.torn
    unsure = Evidence()
    unsure.add("unsure", 2.0, "not sure")
    assert not combine("not sure", unsure, _Leaning(), hedged=False).torn  # type: ignore[arg-type]
