"""English reading rules, one per kind of misreading seen in English answers: the stance after
"it's not that …, it's that …", "I doubt", "no way" opening a clause, "depends how …", a closing
"I suppose so", questions back about the coach's own question, not knowing with a pointer to
who would know, corrections that name the earlier question, and "the time" that is no quantity.
Cue evidence only (no model), written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.content.bundle import load_content
from assistant.nlu import corrections, signals, slot_names
from assistant.nlu.clauses import clause_of, clauses, is_negated
from assistant.nlu.matching import find
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.similarity import Similarity
from assistant.settings import Settings

from .offline_reading import CONTENT, read_answer

EN = load_content(Settings().prompts_dir).lexicons["en"]


def test_the_clause_after_its_not_that_carries_the_stance() -> None:
    text = "It's not that there's no trend, it's that the trend shifts with the holidays."
    assert read_polar(text, EN, "pattern").value == "yes"


def test_a_negation_ends_where_a_comma_opens_a_new_subject() -> None:
    text = "there's no pattern, it's that the pattern is clear"
    start, end, _ = find(text, ["pattern"])[1]
    assert not is_negated(text, start, end, clause_of(clauses(text), start))
    first = find(text, ["pattern"])[0]
    assert is_negated(text, first[0], first[1], clause_of(clauses(text), first[0]))


def test_i_doubt_denies_what_follows_and_no_doubt_affirms_it() -> None:
    assert read_polar("Honestly I doubt it would pay off for us", EN, "cost").value == "no"
    assert read_polar("No doubt it pays off", EN, "cost").value == "yes"


def test_no_way_opening_a_clause_negates_the_clause_instead_of_answering_no() -> None:
    text = "No way a couple of rules could handle all those cases"
    assert read_polar(text, EN, "complexity").value == "yes"
    assert read_polar("No way.", EN, "complexity").value == "no"


def test_depends_how_opening_the_answer_is_a_not_sure() -> None:
    text = "Depends what you count as a repeat. Some weeks it comes up."
    assert read_polar(text, EN, "repetition").value == "unsure"


def test_a_closing_i_suppose_so_answers_yes() -> None:
    text = "Never really considered it. Could be unfair to some groups, so I guess so."
    assert read_polar(text, EN, "ethics").value == "yes"


def test_not_that_i_am_aware_of_is_a_no() -> None:
    text = "Not that I'm aware of. It only sends reminders."
    assert read_polar(text, EN, "ethics").value == "no"


def test_having_part_of_it_is_not_sure() -> None:
    text = "Partly. We have our own numbers but not the market ones."
    assert read_polar(text, EN, "data").value == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "I'd have to understand what you mean by error cost first.",
        "Not sure I follow, is this about the model or the data?",
        "Hmm, what sort of numbers are you looking for here",
        "Accuracy, or something like revenue?",
        "Explainable to whom?",
        "Why would we need a comparison if the model is good",
    ],
)
def test_a_question_about_the_coachs_question_is_a_question(text: str) -> None:
    assert signals.is_question(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "It's unclear what drives it, honestly.",
        "Yes, or at least most of the time.",
        "We log every order and keep the history.",
    ],
)
def test_an_answer_is_not_taken_for_a_question(text: str) -> None:
    assert not signals.is_question(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "I genuinely couldn't tell you.",
        "Can't say for sure, I'd need to check with operations first.",
        "No idea. That's a question for the finance people.",
        "Haven't really pictured it yet.",
    ],
)
def test_not_knowing_and_naming_who_would_know_is_dont_know(text: str) -> None:
    assert signals.is_dont_know(text, EN)


def test_not_knowing_a_detail_but_answering_is_an_answer() -> None:
    text = "I don't know the exact count, I'd have to check, but we log every order."
    assert not signals.is_dont_know(text, EN)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Scratch my earlier answer: we do have labels for most of it", None),
        ("Let me fix what I told you: the team reviews every score", None),
        (
            "About the data question earlier, I was too pessimistic: we keep three years of logs",
            "feasibility.data",
        ),
        ("Going back to the multiple objectives: one goal is enough", "goals.multi_objective"),
    ],
)
def test_english_corrections_are_recognised_and_named(text: str, slot: str | None) -> None:
    assert corrections.correction(text, EN) is not None
    among = ["feasibility.data", "goals.multi_objective", "metrics.baseline"]
    assert slot_names.named_slot(text, EN, among) == slot


def test_the_time_is_not_a_measurable_quantity() -> None:
    assert not signals.is_measurable("Everything would run calmly all the time", EN)
    assert signals.is_measurable("Cut the handling time of a ticket", EN)


def _sim(best: str, other: str, gap: float) -> Similarity:
    """Exemplar vectors where `best` is nearer than `other` by `gap` (cosine) to any answer."""
    a, b = np.zeros((1, 2), np.float32), np.zeros((1, 2), np.float32)
    a[0, 0], b[0, 0] = 1.0, 1.0 - gap
    return Similarity({best: a, other: b}, lambda _t: np.array([1.0, 0.0], np.float32))


def test_a_narrow_margin_is_sure_when_the_cue_and_the_exemplars_agree() -> None:
    """ "The basic stuff is there" names no strong cue; a generic "there is" and the nearest
    exemplars both say yes: two readings agree, so the coach need not ask."""
    text = "there is some of the basic stuff, I'd say"
    agreeing = read_polar(text, EN, "data", _sim("yes", "no", 0.004))
    assert agreeing.value == "yes"
    assert agreeing.confidence >= 0.7
    disagreeing = read_polar("there is nothing useful", EN, "data", _sim("no", "yes", 0.004))
    assert disagreeing.confidence < 0.7


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("data", "It exists, just scattered across a few tools.", "yes"),
        ("ethics", "Not impossible, people could be treated differently by area.", "yes"),
        ("error_cost", "Nothing we could shrug off, a bad call stops the line.", "yes"),
    ],
)
def test_general_phrases_read_without_a_cue_word_of_the_question(
    criterion: str, text: str, value: str
) -> None:
    assert read_polar(text, EN, criterion).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Possibly, yes. Some groups might be flagged more often.", "yes"),
        ("Given how it's used, no, nobody would be treated differently.", "no"),
    ],
)
def test_a_bare_yes_or_no_set_off_by_commas_in_the_first_sentence_answers(
    text: str, value: str
) -> None:
    assert read_polar(text, EN, "ethics").value == value


def test_surprised_if_not_is_a_yes_and_surprised_if_is_a_no() -> None:
    assert read_polar("I'd be surprised if it didn't follow the weather.", EN, "pattern").value == (
        "yes"
    )
    assert read_polar("Frankly I'd be surprised if anything repeats.", EN, "pattern").value == "no"


def test_a_short_opening_sentence_naming_one_option_outweighs_the_explanation() -> None:
    """ "Separate ones." answers; the combined loss named after it is the reason why not."""
    text = "Separate ones. Mixing everything into a combined loss would confuse the team."
    reading = read_option(text, EN.strategy, EN, negation=EN.negation_targets.get("strategy"))
    assert reading.value == "separate_models"


@pytest.mark.parametrize(
    "text", ["Beats me.", "We haven't decided yet.", "Your guess is as good as mine."]
)
def test_everyday_ways_of_not_knowing(text: str) -> None:
    assert signals.is_dont_know(text, EN)


def test_a_problem_that_nobody_can_foresee_is_not_a_dont_know() -> None:
    assert not signals.is_dont_know("We don't know which machines will fail next week", EN)


@pytest.mark.parametrize("text", ["Do you mean accuracy or revenue", "Hmm, can you rephrase that"])
def test_asking_the_coach_to_say_it_differently_is_a_question(text: str) -> None:
    assert signals.is_question(text, EN)


def test_depends_on_with_a_subject_states_a_cause_not_a_doubt() -> None:
    text = "Way too complex. The outcome depends on weather, staffing and traffic."
    assert read_polar(text, EN, "complexity").value == "yes"
    assert read_polar("It depends.", EN, "complexity").value == "unsure"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("complexity", "Our rules handle it well enough today.", "no"),
        ("data", "We don't have it in one place, but it would be easy to collect.", "yes"),
        ("cost", "Not when a spreadsheet already does most of it.", "no"),
    ],
)
def test_more_general_phrases(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, EN, criterion).value == value


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("labels", "We don't track outcomes at all, the sheets get thrown away.", "no_data"),
        ("output_use", "The system applies the discount by itself, nobody looks at it.", None),
    ],
)
def test_choice_phrases_for_untracked_data_and_hands_off_use(
    kind: str, text: str, value: str | None
) -> None:
    expected = value or "internal_automation"
    reading = read_option(text, getattr(EN, kind), EN, negation=EN.negation_targets.get(kind))
    assert reading.value == expected


def test_a_correction_names_its_question_by_its_label() -> None:
    asked = ["data.labels", "data.label_strategy", "data.reliability"]
    for text, target in [
        ("wait, about the labelling plan: three months for 5k images", "data.label_strategy"),
        ("wait, the data reliability answer: scanners drop a day at times", "data.reliability"),
    ]:
        reading = read_answer("constraints.resources", text, asked)
        assert (reading.move, reading.target) == ("correct", target), text


def test_an_aside_that_names_no_option_is_not_what_the_exemplars_read() -> None:
    """Seen in a walk: the trailing "though we're a city office, we don't make money" was the only
    part embedded, and 'something else' was recorded at 0.9 over the cue "decisions"."""
    from assistant.composition import exemplars

    settings = Settings()
    brain_exemplars = exemplars(settings, CONTENT)
    assert brain_exemplars is not None
    sim = brain_exemplars.similarity("en", "output_use")
    lex = CONTENT.lexicons["en"]
    text = (
        "supporting decisions - HR and managers, never shown to the employee. "
        "though we're a city office, we don't really make money, fyi"
    )
    got = read_option(
        text, lex.output_use, lex, negation=lex.negation_targets.get("output_use"), sim=sim
    )
    assert got.value == "decision_support" or got.confidence < 0.7


def test_a_denied_not_sure_is_no_not_sure_answer() -> None:
    """Seen in a walk: "that should be yes… I never meant not sure there" was recorded as not
    sure."""
    for text in ["that should be yes, I never meant not sure there", "yes, I never meant not sure"]:
        reading = read_answer("feasibility.repetition", text)
        assert reading.value is None or reading.value["supports_ml"] is not None, text
