"""English readings from the dev17/dev18 round: "not unless …" opening an answer is a no; a
contracted negative pronoun ("nobody's going to …") negates; a conditional before "does that
count?", "X for whom, A or B?" with more after it and a yes-no question explained by "Because …"
ask back; "not sure what the auditors kept" is not sure of the facts, not of the question; a
closing "I don't really know (yet)" or "can't really tell" is the answer's not-sure; "one thing
for X and a different one for Y" counts separate models; rules that cannot be put into words
("couldn't tell you what the rules are", "nobody managed to get it on paper", "none of it fits
in an if-statement") read as too complex, a couple of if-statements as not. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


def _polar(criterion: str, text: str) -> tuple[str | None, float]:
    r = read_polar(text, EN, criterion)
    return r.value, r.confidence


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("ethics", "Not unless picking the wrong font size counts as harm.", "no"),
        ("explainability", "Not unless a customer complains, and they never do.", "no"),
        (
            "explainability",
            "If the totals look fine, nobody's going to audit why it chose one invoice.",
            "no",
        ),
        ("explainability", "Nothing's going to be audited case by case here.", "no"),
        ("complexity", "Two or three if-statements would cover it, that's what we do now.", "no"),
        ("complexity", "Three rules would do it: size, weight and destination.", "no"),
        (
            "complexity",
            "Dozens of signals weighed differently per client; nobody has ever managed to get "
            "that on paper.",
            "yes",
        ),
        ("complexity", "There's no way you could hand-code it, too many moving parts.", "yes"),
        (
            "complexity",
            "Mood, timing, the weather, all of it matters and none of it fits in an if-statement.",
            "yes",
        ),
    ],
)
def test_en_dev17_polar_readings(criterion: str, text: str, value: str) -> None:
    got, confidence = _polar(criterion, text)
    assert got == value, (text, got)
    assert confidence >= 0.55


@pytest.mark.parametrize(
    "text",
    [
        "If the ratings come from a contractor we barely trust, do those count?",
        "If the result sits in another database from the inputs, does that still count?",
        "Expensive for whom, the clinic or the patient? It matters a lot here.",
        "Does it need to be the same team deciding each time? Because it rotates by region.",
    ],
)
def test_en_dev17_questions_back(text: str) -> None:
    assert is_question(text, EN), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure what the old supplier kept before we switched. Could be years, could be "
        "nothing.",
        "I'm not sure what the inspectors expect here, their guidance isn't written yet.",
    ],
)
def test_en_dev17_not_sure_of_the_facts_is_no_question(text: str) -> None:
    assert not is_question(text, EN), text
    assert read_answer("feasibility.data", text).move == "answer"


@pytest.mark.parametrize(
    "text",
    ["I'm not sure what the baseline means here.", "I'm not sure what a combined loss is."],
)
def test_en_dev17_not_sure_what_a_term_means_still_asks(text: str) -> None:
    assert is_question(text, EN), text


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        (
            "pattern",
            "maybe? the same two products keep coming back, but those are also the ones we sell "
            "most. can't really tell",
        ),
        (
            "explainability",
            "Probably not for each one? But the branch heads are a suspicious lot, they might ask. "
            "I don't really know yet.",
        ),
    ],
)
def test_en_dev17_a_closing_not_sure_is_never_recorded_as_yes_or_no(
    criterion: str, text: str
) -> None:
    got, confidence = _polar(criterion, text)
    assert got is None or got == "unsure" or confidence < 0.6, (text, got, confidence)


def test_en_dev17_rules_that_cannot_be_told_are_no_not_sure() -> None:
    got, _ = _polar(
        "complexity",
        "Ten years of doing the rota by hand and I still couldn't tell you what the rules are.",
    )
    assert got == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "I'd want one thing predicting footfall and a completely different one flagging refunds.",
        "One system for the stock forecast, and a separate one for the fraud alerts.",
    ],
)
def test_en_dev17_one_thing_and_a_different_one_are_separate_models(text: str) -> None:
    r = read_answer("goals.multi_objective", text)
    assert r.move == "answer" and r.value["strategy"] == "separate_models", (text, r.value)
    options = {"separate_models": [], "single": ["one thing", "one system"], "combined_loss": []}
    assert read_option(text.lower(), options, EN).value == "separate_models"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("data", "It's not that we don't have it. Every visit is logged with its outcome.", "yes"),
        ("data", "It's not that nobody tracks it: the till records every sale.", "yes"),
        ("ethics", "I honestly don't see an ethical issue in forecasting parcel volumes.", "no"),
        ("ethics", "There's a real ethical issue if it ranks staff by a score.", "yes"),
        (
            "explainability",
            "The board has decided every automatic refusal has to come with a reason the client "
            "can read.",
            "yes",
        ),
        ("explainability", "It'd be nice to have, but it's not a must.", "no"),
        ("cost", "Even a small gain pays for the whole project many times over.", "yes"),
        ("cost", "Better forecasts would cover the cost within a quarter.", "yes"),
        ("data", "clicks, views, carts, per visitor per minute. we're drowning in it", "yes"),
        ("data", "We could start collecting it next week, the form already has the field.", "yes"),
        (
            "pattern",
            "When the lines jam it's always the same two docks on a Friday. You could set a "
            "watch by it.",
            "yes",
        ),
    ],
)
def test_en_dev17_cues_and_double_negations(criterion: str, text: str, value: str) -> None:
    got, confidence = _polar(criterion, text)
    assert got == value, (text, got)
    assert confidence >= 0.55


def test_en_dev17_it_is_not_that_with_what_it_is_instead_keeps_its_negation() -> None:
    from assistant.nlu.rewrites import rewritten

    said = "it's not that we don't have data, it's that it's a mess."
    assert rewritten(said) == said
    assert rewritten("it's not that we don't have it. it's all there.").startswith("we do have it")


@pytest.mark.parametrize(
    ("slot", "text", "key", "value"),
    [
        (
            "metrics.baseline",
            "The intake flowchart the nurses follow. If it can't beat that, why bother.",
            "kind",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "The warehouse system uses a fixed priority order: urgent first, then the rest.",
            "kind",
            "rule_based",
        ),
        (
            "business.output_use",
            "It's for my thesis, nobody at work will ever use it.",
            "kind",
            "other",
        ),
        (
            "business.output_use",
            "Mainly for the quarterly report to the investors, to show the trend.",
            "kind",
            "other",
        ),
    ],
)
def test_en_dev17_choice_cues(slot: str, text: str, key: str, value: str) -> None:
    r = read_answer(slot, text)
    assert r.move == "answer" and r.value[key] == value, (text, r.move, r.value)


def test_en_dev17_hang_on_actually_repairs_what_was_said() -> None:
    from assistant.nlu.self_repairs import repaired

    said = "We don't store the reasons — hang on, actually we do, the form requires one."
    assert repaired(said) == "we do, the form requires one."
    assert _polar("data", said)[0] == "yes"


def test_en_dev17_check_with_someone_whether_embeds_its_question() -> None:
    from assistant.nlu.en_stance import embedded_questions

    said = "i'd have to ask with the board whether they need the reasoning for each refusal."
    (start, end), *_ = embedded_questions(said)
    assert said[start:end].startswith("whether they need the reasoning")
    got, confidence = _polar(
        "explainability",
        "I'd have to check with the ombudsman whether they need the reasoning for each case.",
    )
    assert got != "yes" or confidence < 0.6


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        ("cost", "Jury's still out, finance hasn't priced the savings yet."),
        ("pattern", "Too early to say, the new line only started last month."),
        ("complexity", "I'm the wrong person to ask, the person who wrote the filter left."),
    ],
)
def test_en_dev17_more_ways_to_say_not_sure(criterion: str, text: str) -> None:
    got, _ = _polar(criterion, text)
    assert got == "unsure", (text, got)


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        (
            "pattern",
            "The planners can already tell which stores run out, so there's something there.",
            "yes",
        ),
        (
            "complexity",
            "It's not subtle: anything over the limit and a new address, that's it.",
            "no",
        ),
        ("repetition", "every morning at six someone decides how many vans go out.", "yes"),
        ("error_cost", "A wrong dose is a hospital visit. One mistake is one too many.", "yes"),
        ("cost", "Six figures to save ten minutes a week? They'd laugh me out of the room.", "no"),
        ("data", "It's not that we don't keep it, the app logs every single trip.", "yes"),
    ],
)
def test_en_dev17_second_round_cues(criterion: str, text: str, value: str) -> None:
    got, _ = _polar(criterion, text)
    assert got == value, (text, got)


@pytest.mark.parametrize(
    ("slot", "text", "key", "value"),
    [
        (
            "goals.multi_objective",
            "Fraud model over here, delay model over there, and the desk looks at both.",
            "strategy",
            "separate_models",
        ),
        (
            "goals.multi_objective",
            "They're different jobs, easier if each one is its own tool.",
            "strategy",
            "separate_models",
        ),
        (
            "goals.multi_objective",
            "A single model with some weighting between speed and price.",
            "strategy",
            "combined_loss",
        ),
        (
            "data.labels",
            "No churn flag as such, but a 'cancelled within a year' field, the nearest thing "
            "we have.",
            None,
            "similar_labels",
        ),
        (
            "metrics.baseline",
            "the if/else the desk uses: over 500 and abroad, block it",
            "kind",
            "rule_based",
        ),
        (
            "business.output_use",
            "It's for a grant application, to show the funder we can forecast demand.",
            "kind",
            "other",
        ),
    ],
)
def test_en_dev17_second_round_choices(slot: str, text: str, key: str | None, value: str) -> None:
    r = read_answer(slot, text)
    got = r.value[key] if key and isinstance(r.value, dict) else r.value
    assert r.move == "answer" and got == value, (text, r.move, r.value)


def test_en_dev17_no_idea_honestly_with_its_reason_is_a_dont_know() -> None:
    r = read_answer("goals.multi_objective", "No idea, honestly. I haven't looked at that at all.")
    assert r.move == "unknown"


def test_en_dev17_needing_to_know_whether_something_counts_asks_back() -> None:
    assert is_question("so I need to know whether customer reviews would count as labels", EN)


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("pattern", "Breakdowns cluster: the same few machines every August.", "yes"),
        ("data", "Every invoice is in the ledger going back ten years.", "yes"),
        ("data", "It's not that we couldn't get it, every visit is in the booking tool.", "yes"),
        ("repetition", "Every single evening, dozens of those a day.", "yes"),
        ("error_cost", "One bad forecast and we ship unsafe food to every store.", "yes"),
        ("explainability", "No one would ask for that case by case, the totals are enough.", "no"),
        ("cost", "The losses from the misses dwarf anything an engineer would cost.", "yes"),
        ("cost", "It would eat the whole annual budget of a club our size.", "no"),
    ],
)
def test_en_dev17_third_round_cues(criterion: str, text: str, value: str) -> None:
    got, _ = _polar(criterion, text)
    assert got == value, (text, got)


@pytest.mark.parametrize(
    ("slot", "text", "key", "value"),
    [
        (
            "data.labels",
            "We don't know which orders were fraud; what we do have is chargebacks per card.",
            None,
            "similar_labels",
        ),
        (
            "metrics.baseline",
            "A siren goes off if the level rises more than a metre in an hour. Beat that.",
            "kind",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "the courses students chose by themselves, before any suggestions",
            "kind",
            "previous_behavior",
        ),
        (
            "metrics.baseline",
            "There's a shared task on this, we'd compare with the scores reported there.",
            "kind",
            "paper",
        ),
        (
            "metrics.baseline",
            "Put it up against our most experienced dispatcher and see who does better.",
            "kind",
            "other",
        ),
        (
            "business.output_use",
            "The nurses would use the list as a starting point but still make the call themselves.",
            "kind",
            "decision_support",
        ),
        (
            "business.output_use",
            "Parents get it in the monthly newsletter as a reading suggestion.",
            "kind",
            "customer_facing",
        ),
    ],
)
def test_en_dev17_third_round_choices(slot: str, text: str, key: str | None, value: str) -> None:
    r = read_answer(slot, text)
    got = r.value[key] if key and isinstance(r.value, dict) else r.value
    assert r.move == "answer" and got == value, (text, r.move, r.value)


def test_en_dev17_a_hope_held_in_passing_then_denied_reads_as_its_opposite() -> None:
    got, _ = _polar(
        "pattern",
        "The planner went through a year of late orders, hoping they'd cluster by supplier. "
        "They don't.",
    )
    assert got == "no"


def test_en_dev17_a_negation_does_not_reach_past_a_comma_and_with() -> None:
    r = read_answer(
        "goals.multi_objective",
        "One model that trades speed against not upsetting drivers, with a weighting we set.",
    )
    assert r.value["strategy"] == "combined_loss", r.value


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("ethics", "Not in any way I can think of, it sorts screws by size.", "no"),
        ("ethics", "Not that I can think of. It only counts pallets.", "no"),
        ("complexity", "'over 30 degrees and no wind, open the vents' pretty much covers it", "no"),
        ("complexity", "Four conditions cover almost everything we see.", "no"),
        ("data", "it's all in the booking system, someone just has to pull it", "yes"),
    ],
)
def test_en_dev17_fourth_round_cues(criterion: str, text: str, value: str) -> None:
    got, _ = _polar(criterion, text)
    assert got == value, (text, got)


@pytest.mark.parametrize(
    ("slot", "text", "key", "value"),
    [
        (
            "goals.multi_objective",
            "I'd fold both into one training target with weights rather than keep two.",
            "strategy",
            "combined_loss",
        ),
        (
            "business.output_use",
            "it goes to the regulator as part of our annual compliance report",
            "kind",
            "other",
        ),
    ],
)
def test_en_dev17_fourth_round_choices(slot: str, text: str, key: str, value: str) -> None:
    r = read_answer(slot, text)
    assert r.move == "answer" and r.value[key] == value, (text, r.move, r.value)


def test_en_dev17_i_am_honestly_not_sure_opening_leads() -> None:
    from assistant.nlu.answer_parts import opens_alone

    said = "i'm honestly not sure. finance calls it serious, ops calls it minor."
    start = said.index("not sure")
    assert opens_alone(said, (start, start + len("not sure"), "not sure"))
    got, confidence = _polar("error_cost", said)
    assert got == "unsure" and confidence >= 0.6


def test_en_dev17_every_time_is_repetition() -> None:
    assert (
        _polar("repetition", "Every time a lorry arrives someone picks a bay for it.")[0] == "yes"
    )


def test_en_dev17_cues_with_n_t_match_without_the_apostrophe() -> None:
    from assistant.nlu.matching import find

    assert find("i dont know tbh, nobody looked", ["don't know"])
    assert find("rules wont cut it", ["won't cut it"])
    got, confidence = _polar(
        "complexity", "i dont know tbh. the team says it's obvious but never said how."
    )
    assert got == "unsure" and confidence >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "the chats are all stored, it's just that nobody ever noted which ones ended in a refund",
        "every photo is in the archive, but which ones were faulty was never written down",
    ],
)
def test_en_dev17_outcomes_never_noted_are_unlabeled(text: str) -> None:
    r = read_answer("data.labels", text)
    assert r.move == "answer" and r.value == "unlabeled", (text, r.value)
