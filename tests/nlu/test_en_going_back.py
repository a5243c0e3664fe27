"""English corrections that go back to an earlier answer: by the earlier question's topic ("one
more thing on the harm bit from a while back - …", "that repeat-decision question - …", "when
you asked what data we have …"), by pointing at it ("on my last answer, thinking more about it,
…", "can we go back one, …", "I said yes too fast just now"), or by sharpening it ("sharper
version of that: …"). Cue evidence only (no exemplars), sentences written for these tests."""

from __future__ import annotations

from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.slots import SLOTS

from .offline_reading import read_answer


def _before(slot: str, last: str | None = None) -> list[str]:
    ids = [s.id for s in SLOTS]
    asked = ids[: ids.index(slot)]
    return [s for s in asked if s != last] + [last] if last else asked


def test_one_more_thing_on_a_topic_from_a_while_back() -> None:
    text = (
        "One more thing on the harm bit from a while back - it only schedules machine "
        "maintenance, no person is ever scored, so no risk"
    )
    reading = read_answer("goals.goal", text, _before("goals.goal"))
    assert (reading.move, reading.target) == ("correct", "feasibility.ethics")


def test_on_my_last_answer_thinking_more_about_it() -> None:
    text = (
        "oh, on my last answer, thinking more about it, the ranking could push older "
        "applicants down without anyone noticing, so there is a risk"
    )
    previous = _before("feasibility.error_cost", last="feasibility.ethics")
    reading = read_answer("feasibility.error_cost", text, previous)
    assert (reading.move, reading.target) == ("correct", "feasibility.ethics")


def test_wanting_to_revisit_a_named_question() -> None:
    text = "I wanted to revisit the complexity question, the routing depends on dozens of factors"
    reading = read_answer("feasibility.cost", text, _before("feasibility.cost"))
    assert (reading.move, reading.target) == ("correct", "feasibility.complexity")


def test_thinking_about_a_topic_again() -> None:
    text = "thinking about the single vs multiple objectives thing again, put both into one loss"
    reading = read_answer("business.output_use", text, _before("business.output_use"))
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective")
    assert reading.value["strategy"] == "combined_loss"


def test_who_has_the_problem_is_the_target_users() -> None:
    text = "Going back to who has the problem: it's the four night-shift dispatchers, not everyone"
    reading = read_answer("data.labels", text, _before("data.labels"))
    assert (reading.move, reading.target) == ("correct", "why.target_users")


def test_when_you_asked_names_the_earlier_question() -> None:
    text = (
        "earlier when you asked what data we have I was too brief. We keep three years of "
        "delivery scans and driver shift logs"
    )
    reading = read_answer("metrics.baseline", text, _before("metrics.baseline"))
    assert (reading.move, reading.target) == ("correct", "situation.available_data")


def test_restating_the_problem_from_the_start() -> None:
    text = "could I restate the problem from the start? planners lose a day a week fixing rosters"
    reading = read_answer("problem.to_solve", text, _before("problem.to_solve"))
    assert (reading.move, reading.target) == ("correct", "why.statement")


def test_a_question_named_on_its_own_then_revised() -> None:
    text = "that repeat-decision question - thinking about it, we only set the tariff once a year"
    reading = read_answer("feasibility.explainability", text, _before("feasibility.explainability"))
    assert (reading.move, reading.target) == ("correct", "feasibility.repetition")
    assert reading.value["supports_ml"] is False


def test_the_current_question_named_on_its_own_is_an_answer() -> None:
    text = "the cost one - thinking about it, yes, it pays for itself within a year"
    reading = read_answer("feasibility.cost", text, _before("feasibility.cost"))
    assert reading.move == "answer"


def test_question_words_that_only_name_the_correction() -> None:
    text = "Correction on what counts as success: it works if it catches 8 in 10 late shipments"
    previous = _before("metrics.baseline", last="metrics.success")
    reading = read_answer("metrics.baseline", text, previous)
    assert (reading.move, reading.target) == ("correct", "metrics.success")
    asked = read_answer("metrics.baseline", "Correction on what counts as success?", previous)
    assert asked.move == "teach"


def test_going_back_one_with_a_report() -> None:
    text = "sorry can we go back one, I said no but we do this same check hundreds of times a day"
    previous = _before("feasibility.ethics", last="feasibility.repetition")
    reading = read_answer("feasibility.ethics", text, previous)
    assert (reading.move, reading.target) == ("correct", "feasibility.repetition")
    assert reading.value["supports_ml"] is True


def test_a_yes_said_too_fast_now_unsure_stays_unsure() -> None:
    text = (
        "I said yes too fast just now. a simple spreadsheet might do as well, honestly can't tell"
    )
    previous = _before("goals.goal", last="feasibility.cost")
    reading = read_answer("goals.goal", text, previous)
    assert (reading.move, reading.target) == ("correct", "feasibility.cost")
    assert reading.value["supports_ml"] is None  # unsure, not the opposite of the yes


def test_a_sharper_version_of_the_last_answer() -> None:
    text = "Sorry, sharper version of that: flag each parcel that will miss its truck, a day ahead"
    previous = _before("feasibility.pattern", last="problem.to_solve")
    reading = read_answer("feasibility.pattern", text, previous)
    assert (reading.move, reading.target) == ("correct", "problem.to_solve")
    assert reading.value.startswith("flag each parcel")


def test_on_the_fence_is_unsure() -> None:
    reading = read_answer("feasibility.cost", "On the fence. The quote looks fine but who knows")
    assert reading.value["supports_ml"] is None


def test_a_yes_that_ends_on_the_fence_is_not_recorded_as_yes() -> None:
    text = (
        "I guess so? Maybe the gap to the final price, but speed matters too, so I'm on the fence."
    )
    reading = read_answer("feasibility.objective", text)
    assert reading.value["supports_ml"] is None or reading.confidence < CONFIRM_BELOW  # asked


def test_an_earlier_choice_taken_back_without_an_opener() -> None:
    previous = _before("data.labels", last="goals.multi_objective")
    text = "actually no, not a single mixed loss, I'd rather keep two separate models for the two"
    reading = read_answer("data.labels", text, previous)
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective")
    assert reading.value["strategy"] == "separate_models"
    answer = read_answer("data.labels", "nope, not labelled at all, just raw exports", previous)
    assert (answer.move, answer.value) == ("answer", "unlabeled")  # the labels question's answer
