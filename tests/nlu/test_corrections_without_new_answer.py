"""Corrections of a choice that were recorded wrong at full confidence (session 46; cases from the
session-45 reviewer's probes, `bench/understanding/correction_probes.tsv`):
- a new answer that only says no ("… but actually no", "… 한 거 아니에요") was recorded as
  "something else", or as the text "actually no"; now nothing is recorded and the question is
  asked again (`Reading.gap_kind == DENIED`);
- for labels, a bare no or a "none" after a report of labels that were there means no labels
  ("아까 레이블 있다고 했는데 사실 없어요" was recorded as no data at all);
- a report ended by a clause that only denies it ("I said customers see it, they won't, …",
  "I told you … . It isn't. …") was read with the new answer, or as it;
- a report after the new answer ("we do have labels - I said unlabeled by mistake") was read
  as the new answer;
- a new answer no cue reads was recorded as "something else" at full confidence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.reading import DENIED
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import Lang
from assistant.nlu.denied_answers import takes_back_report
from assistant.nlu.matching import normalize
from bench.understanding.corpus import ORDER, Item, context

from .offline_reading import _shipped_brain

PROBES = Path(__file__).parents[2] / "bench/understanding/correction_probes.tsv"
ASKED_AFTER = {
    "goals.multi_objective": "data.labels",
    "data.labels": "data.label_strategy",
    "metrics.baseline": "metrics.success",
    "business.output_use": "business.impact",
    "goals.goal": "goals.objectives",
    "data.label_strategy": ORDER[ORDER.index("data.label_strategy") + 1],
}


def _read(previous: str, text: str, lang: Lang, plan: Any = None) -> Any:  # noqa: ANN401
    ctx = context(Item("t", lang, "t", ASKED_AFTER[previous], text, "", previous, None, None))
    if plan is not None:
        ctx = ctx.model_copy(update={"plan": ctx.plan.with_slot(previous, plan)})
    return _shipped_brain().read(ctx, text)


def _option(reading: Any) -> Any:  # noqa: ANN401
    value = reading.value
    return value.get("strategy") or value.get("kind") if isinstance(value, dict) else value


@pytest.mark.parametrize(
    ("previous", "text", "lang"),
    [
        ("metrics.baseline", "I said the existing model but actually no", "en"),
        ("business.output_use", "I said it goes to customers but actually no", "en"),
        ("metrics.baseline", "아까 기존 모델이랑 비교한다고 한 거 틀렸어요", "ko"),
        ("business.output_use", "방금 자동화라고 한 거 아니에요", "ko"),
        ("business.output_use", "아까 고객한테 보여준다고 했는데 아니에요", "ko"),
        ("goals.goal", "I said just one goal but actually no", "en"),
        ("metrics.baseline", "wait I said the existing model, nope", "en"),  # the denial closes
        ("metrics.baseline", "i said the existing model but nah not really tbh", "en"),
        ("metrics.baseline", "잠깐 기존 모델이라고 한 거 아님 ㅋㅋ", "ko"),
        (
            "data.label_strategy",
            "외주 맡긴다고 했는데 아니에요",
            "ko",
        ),  # no "아까": still a correction
        ("business.output_use", "I picked customer facing, hmm no not really", "en"),
    ],
)
def test_a_correction_that_only_says_no_records_nothing(
    previous: str, text: str, lang: Lang
) -> None:
    reading = _read(previous, text, lang)
    assert (reading.move, reading.target) == ("correct", previous), reading
    assert reading.value is None and reading.gap_kind == DENIED, reading


@pytest.mark.parametrize(
    ("text", "lang", "plan", "want"),
    [
        ("아까 레이블 있다고 했는데 사실 없어요", "ko", None, "unlabeled"),
        ("I said we have labels but actually no", "en", None, "unlabeled"),
        (
            "re the labels question, I told you we have a labelled set; that was the old system, the new one has none",
            "en",
            None,
            "unlabeled",
        ),
        ("아까 라벨 없다고 한 거 아니에요", "ko", "unlabeled", None),  # not said what instead
        ("wait i told you we had labels, we don't.", "en", None, "unlabeled"),
    ],
)
def test_labels_said_to_be_missing_after_all(text: str, lang: Lang, plan: Any, want: Any) -> None:  # noqa: ANN401
    reading = _read("data.labels", text, lang, plan)
    assert (reading.move, reading.target) == ("correct", "data.labels"), reading
    assert reading.value == want, reading


@pytest.mark.parametrize(
    ("previous", "text", "lang", "want"),
    [
        (
            "business.output_use",
            "Correction on the output use: I said customers see it directly, they won't, it's a report for managers",
            "en",
            "decision_support",
        ),
        (
            "business.output_use",
            "about how it's used: I said it shows up for customers in the app, it doesn't, staff use it",
            "en",
            None,
        ),
        (
            "business.output_use",
            "Wait, I told you it was shown to customers in the app. It isn't. Staff use it.",
            "en",
            None,
        ),
        (
            "goals.multi_objective",
            "Correction on the strategy: I said one model with a weighted loss combining both, nope, split",
            "en",
            "separate_models",
        ),
        (
            "data.labels",
            "Actually scratch that, we do have labels - I said unlabeled by mistake",
            "en",
            None,
        ),
        (
            "business.output_use",
            "I said customers see it, nope, actually it is internal automation",
            "en",
            "internal_automation",
        ),
        (
            "business.output_use",
            "I said it goes to customers; that's wrong; analysts look at it and decide",
            "en",
            "decision_support",
        ),
        (
            "business.output_use",
            "I said customers see it, not really, staff use it to decide",
            "en",
            "decision_support",
        ),
    ],
)
def test_the_report_is_not_the_new_answer(previous: str, text: str, lang: Lang, want: Any) -> None:  # noqa: ANN401
    """`want`: the option recorded; None: whatever is read is confirmed first, never recorded."""
    reading = _read(previous, text, lang)
    assert (reading.move, reading.target) == ("correct", previous), reading
    if want is None:
        assert reading.value is None or reading.confidence < CONFIRM_BELOW, reading
    else:
        assert _option(reading) == want and reading.confidence >= CONFIRM_BELOW, reading


def test_a_new_answer_no_cue_reads_is_not_recorded_as_something_else() -> None:
    text = "Wait, about how it's used: I said customers, but staff use it"
    reading = _read("business.output_use", text, "en")
    assert reading.move == "correct", reading
    assert reading.value is None or reading.confidence < CONFIRM_BELOW, reading


def test_the_probe_corrections_recorded_wrong_stay_few() -> None:
    """Of the reviewer's 138 probe corrections (read on a blank plan), at most 3 are recorded
    wrong (20 before session 46: "I said the existing model but actually no" as "something
    else", "… It isn't. Staff use it." as customer-facing), counting since session 47 those
    recorded whole as the answer to the question asked after (9 then: "I told you it's for the
    analysts only. Actually product wants …")."""
    wrong = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        previous, lang, want, text = line.split("\t")
        reading = _read(previous, text, lang)  # type: ignore[arg-type]
        recorded = reading.value is not None and reading.confidence >= CONFIRM_BELOW
        if recorded and (reading.move != "correct" or _option(reading) != want):
            wrong.append(text)
    assert len(wrong) <= 3, wrong


@pytest.mark.parametrize(
    "text", ["팀장님은 외주 맡긴다고 했는데 아니에요", "다들 된다고 했는데 아니에요"]
)
def test_someone_elses_word_taken_back_is_no_correction(text: str) -> None:
    assert not takes_back_report(normalize(text))


def test_a_bare_no_to_the_question_being_edited_records_nothing() -> None:
    """Said while an edit asks the baseline again, the no answers nothing: the options come."""
    text = "I said the existing model but actually no"
    ctx = context(Item("t", "en", "t", "metrics.baseline", text, "", "metrics.success", None, None))
    plan = ctx.plan.with_slot("metrics.baseline", {"kind": "existing_model", "description": "x"})
    ctx = ctx.model_copy(update={"previous": ["metrics.baseline", "metrics.success"], "plan": plan})
    reading = _shipped_brain().read(ctx, text)
    assert reading.move in ("clarify", "unknown") and reading.value is None, reading


PROBES_S46 = PROBES.with_name("correction_probes_s46.tsv")
PLAN_VALUE = {
    "labels": lambda v: v,
    "strategy": lambda v: {"strategy": v, "rationale": "x"},
    "baseline": lambda v: {"kind": v, "description": "x"},
    "output_use": lambda v: {"kind": v, "description": "x"},
}


def test_the_session_46_probes_recorded_wrong_stay_few() -> None:
    """The session-46 reviewer's corrections (with the plan's earlier value where given): at
    most 1 recorded as another option than a careful coach would, as a value when it would ask,
    or as the answer to the question asked after it (27 at the start of session 46, 7 at the
    start of 47)."""
    wrong = []
    for line in PROBES_S46.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        previous, lang, want, text, earlier = (line.split("\t") + [""])[:5]
        if previous.startswith("@") or want.startswith("TEXT"):
            continue  # first answers and written answers: read by hand
        kind = SLOT_BY_ID[previous].kind
        plan = PLAN_VALUE[kind](earlier) if earlier and kind in PLAN_VALUE else None
        ctx = context(Item("t", lang, "t", _after(previous), text, "", previous, None, None))
        if plan is not None:
            ctx = ctx.model_copy(update={"plan": ctx.plan.with_slot(previous, plan)})
        reading = _shipped_brain().read(ctx, text)
        recorded = reading.value is not None and reading.confidence >= CONFIRM_BELOW
        # recorded whole as the answer asked after it (3 at the start of session 47); a report
        # of data taken back may correct the data question itself ("I said we have data but …")
        elsewhere = reading.move != "correct"
        mistaken = reading.target == previous and str(_option(reading)) not in want.split("|")
        if recorded and (elsewhere or mistaken):
            wrong.append(text)
    assert len(wrong) <= 1, wrong


def _after(slot: str) -> str:
    return ORDER[ORDER.index(slot) + 1]


@pytest.mark.parametrize(
    ("previous", "text", "want"),
    [
        ("business.output_use", "자동화라고 말씀드렸던 거요 사실 고객용이에요", "customer_facing"),
        (
            "data.labels",
            "레이블 있다구 했는데 없어요",
            "unlabeled",
        ),  # "-다구": a report typed casually
    ],
)
def test_a_korean_report_taken_up_at_once_corrects(previous: str, text: str, want: str) -> None:
    reading = _read(previous, text, "ko")
    assert (reading.move, reading.target) == ("correct", previous), reading
    assert _option(reading) == want and reading.confidence >= CONFIRM_BELOW, reading
