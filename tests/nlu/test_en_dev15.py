"""English readings from the dev15/dev16 round: beliefs the answer overturns ("I used to think
…. But …", "the managers swear … The logs say otherwise") read as their opposite; a cue as the
subject of a predicate that fails ("simple checks won't get us there") or compared against the
ML side ("cheaper than any model") is negated; what an embedded question asks about ("… enough
to know whether X or Y") is not said; a yes or no that answers one case of several ("if A, maybe;
if B, probably not") answers neither; "X for whom?" asks back; a hyphenated "no-" negates
nothing; what a product does now is no human baseline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.nlu import answer_parts, en_stance, english, leads, self_repairs
from assistant.nlu.clauses import clauses
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


def _polar(criterion: str, text: str) -> str | None:
    return read_polar(text, EN, criterion).value


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        (
            "complexity",
            "We used to think one threshold on the temperature would do it. But the faults mix "
            "humidity, load and age in every combination.",
            "yes",
        ),
        (
            "pattern",
            "I was hoping there'd be a trend, but the orders look random week to week.",
            "no",
        ),
        (
            "pattern",
            "The buyers swear it's all luck. The sales ledger says otherwise: stock runs out "
            "before every long weekend.",
            "yes",
        ),
        (
            "pattern",
            "At first we assumed the breakdowns were pure luck, but they turned out to follow "
            "the mileage closely.",
            "yes",
        ),
    ],
)
def test_a_belief_the_answer_overturns_reads_as_its_opposite(
    criterion: str, text: str, value: str
) -> None:
    assert _polar(criterion, text) == value


def test_a_belief_kept_or_merely_reported_is_not_overturned() -> None:
    kept = "i thought about it. the orders follow the school calendar."
    assert en_stance.overturned(kept, clauses(kept)) == set()
    reported = "my boss thinks it's random. i'd have to look at the numbers."
    assert en_stance.overturned(reported, clauses(reported)) == set()


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        (
            "complexity",
            "A handful of simple rules won't get us there, the cases vary too much.",
            "yes",
        ),
        ("complexity", "Honestly a lookup table doesn't work here.", "yes"),
        (
            "cost",
            "Two clerks checking them by hand is cheaper than any model we could build.",
            "no",
        ),
        ("cost", "It's cheaper than the two contractors we'd otherwise hire.", "yes"),
    ],
)
def test_a_cue_whose_predicate_fails_or_that_the_ml_side_loses_to_is_negated(
    criterion: str, text: str, value: str
) -> None:
    assert _polar(criterion, text) == value


def test_what_an_embedded_question_asks_about_is_not_said() -> None:
    text = "We haven't looked at the tickets enough to know whether outages follow the weather."
    assert _polar("pattern", text) == "unsure"
    asked = "no idea if it's random or seasonal, but the queues follow payday"
    assert en_stance.embedded_questions(asked) == [(8, asked.index(", but"))]
    conceding = "whether it rains or shines, the queues follow payday."
    assert en_stance.embedded_questions(conceding) == []
    assert _polar("pattern", "Whether it rains or shines, the queues follow payday.") == "yes"


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        ("data", "I don't have a feel for how much of it was kept, so I can't really compare."),
        ("objective", "Maybe the forecast error per shift? I'm not convinced that's the real aim."),
    ],
)
def test_not_knowing_enough_to_judge_is_not_sure(criterion: str, text: str) -> None:
    assert _polar(criterion, text) == "unsure"


def test_a_hyphenated_no_negates_nothing() -> None:
    assert _polar("pattern", "The no-shows follow the weather and the weekday.") == "yes"


def test_a_yes_or_no_for_one_case_of_several_answers_neither() -> None:
    text = (
        "hard to tell. if the nurses double-check it, maybe; if it goes straight out, probably not."
    )
    assert leads.lead(text, EN) is None
    assert _polar("error_cost", text) == "unsure"
    assert leads.lead("if it rains we sell less. if it's sunny we sell more. so yes.", EN) == (
        "yes",
        "so yes",
    )


def test_a_first_belief_given_up_with_no_wait_is_a_repair() -> None:
    text = "Orders vary. I was about to say it's seasonal, but no wait, actually it's every day."
    assert self_repairs.repaired(text) == "Orders vary. it's every day."


def test_for_whom_asks_back() -> None:
    assert is_question("Harmful for whom, though — the shop, or the customers who get flagged?", EN)
    assert not is_question("Harmful to the customers, since the flag follows them for years.", EN)


def test_cues_for_patterns_seen_or_not_found_and_trade_offs_and_overlaps() -> None:
    assert _polar("pattern", "When we mapped the returns by store, two regions stood out.") == "yes"
    assert _polar("pattern", "Two consultants dug through the sales and came up empty.") == "no"
    strategy = read_option(
        "One model that trades off speed against cost, with a weight we can tune.",
        EN.strategy,
        EN,
        negation=EN.negation_targets.get("strategy"),
    )
    assert strategy.value == "combined_loss"
    labels = read_option(
        "Nothing says churned, but cancellations overlap with it a lot.",
        EN.labels,
        EN,
        negation=EN.negation_targets.get("labels"),
    )
    assert labels.value == "similar_labels"


def test_what_a_product_does_now_is_no_human_baseline() -> None:
    reading = read_answer(
        "metrics.baseline",
        "Recommending the genre they watched most. That's what the app does now.",
    )
    assert reading.value["kind"] == "previous_behavior"
    people = read_answer("metrics.baseline", "Whatever the planners decide now, by gut.")
    assert people.value["kind"] == "other"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("pattern", "Whenever the ferry is cancelled, the hotel fills up. Like clockwork.", "yes"),
        ("pattern", "Our best planners can spot a slow week from the first two days.", "yes"),
        ("objective", "The hours we planned versus the hours the job really took.", "yes"),
        ("complexity", "The warehouse runs it off a checklist and it works fine.", "no"),
        ("complexity", "Nobody could fit that into a checklist.", "yes"),
        ("ethics", "It would decide who gets a loan review first. That worries me.", "yes"),
        ("error_cost", "A wrong playlist means a dull evening. They'll live.", "no"),
        ("error_cost", "If the dose is off, the patient doesn't wake up.", "yes"),
        ("repetition", "It runs on every batch, several a day.", "yes"),
        ("cost", "Even a small lift would be worth way more than the build.", "yes"),
        ("data", "Whether the old files are still on the server, I couldn't tell you.", "unsure"),
    ],
)
def test_cues_of_the_dev16_round(criterion: str, text: str, value: str) -> None:
    assert _polar(criterion, text) == value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A fixed threshold on the sensor. If the model can't beat more than that, drop it.",
            "rule_based",
        ),
        ("If the model can't do better than the blocklist, we keep the blocklist.", "rule_based"),
        ("What a consultancy charged us last spring for the same job.", "other"),
        ("Recommending the shows they've watched before.", "previous_behavior"),
    ],
)
def test_what_a_comparison_is_made_with_is_not_denied(text: str, kind: str) -> None:
    assert read_answer("metrics.baseline", text).value["kind"] == kind


def test_a_repair_after_no_sorry() -> None:
    text = "It's monthly - no, sorry, that's the report. The check runs on every order."
    assert self_repairs.repaired(text) == "that's the report. The check runs on every order."


def test_ticked_off_is_labelled() -> None:
    labels = read_option(
        "The nurses have ticked off attended or missed for every visit since 2020.",
        EN.labels,
        EN,
        negation=EN.negation_targets.get("labels"),
    )
    assert labels.value == "labeled"


def test_a_not_sure_that_concludes_the_answer_is_its_answer() -> None:
    text = "Invoices look routine, but refunds are all over the place, so... I really don't know."
    assert english.concludes_unsure(text.lower())
    assert _polar("complexity", text) == "unsure"
    assert not english.concludes_unsure("i don't know why, but the rush always comes on fridays.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I wouldn't say there's nothing in it. Returns rise after every sale.", "yes"),
        ("I can't claim there's no trend: the rush comes every payday.", "yes"),
        ("The school calendar explains most of the dips.", "yes"),
        ("We looked at the weather and the calendar and found nothing.", "no"),
        ("We hoped the season would explain it, but it turned out it didn't.", "no"),
    ],
)
def test_double_negations_and_what_explains_or_was_not_found(text: str, value: str) -> None:
    assert _polar("pattern", text) == value


def test_a_yes_for_one_named_case_of_several_answers_neither() -> None:
    text = "For the big accounts, yes. For the walk-ins nobody would ever ask."
    assert leads.lead(text.lower(), EN) is None
    assert leads.lead("for one shop? no, we'd spend more than we'd save.", EN) is not None


def test_an_answer_that_ends_on_it_varies_is_not_sure() -> None:
    text = "Sometimes? A late parcel can be nothing or it can cost us the client, it really varies."
    assert english.concludes_unsure(text.lower())
    assert _polar("error_cost", text) == "unsure"


def test_a_share_between_objectives_is_no_split_into_models() -> None:
    strategy = read_option(
        "one model whose loss should mix waste and stockouts, maybe a 60/40 split",
        EN.strategy,
        EN,
        negation=EN.negation_targets.get("strategy"),
    )
    assert strategy.value == "combined_loss"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("cost", "We're four people. Nothing would justify a data team for this.", "no"),
        ("data", "Six years of invoices in the accounting system.", "yes"),
        (
            "objective",
            "Maybe wait time. I'm not sure that's the aim, so I can't commit to that.",
            "unsure",
        ),
        (
            "error_cost",
            "Most misses are nothing, but a few... I honestly don't know how to weigh that",
            "unsure",
        ),
        (
            "error_cost",
            "A late alert annoys the driver. Whether that is catastrophic I can't say.",
            "unsure",
        ),
        ("data", "Whether the archive still has them, I couldn't tell you.", "unsure"),
    ],
)
def test_conclusions_of_not_knowing_and_cues_of_the_dev14_residue(
    criterion: str, text: str, value: str
) -> None:
    assert _polar(criterion, text) == value


def test_nothing_saying_which_is_unlabelled() -> None:
    labels = read_option(
        "loads of door sensor logs, but nothing says which openings were break-ins",
        EN.labels,
        EN,
        negation=EN.negation_targets.get("labels"),
    )
    assert labels.value == "unlabeled"


def test_a_fronted_whether_is_not_said() -> None:
    text = "whether it's catastrophic, i can't say."
    assert en_stance.embedded_questions(text) == [(0, len("whether it's catastrophic"))]


def test_cues_for_patterns_seen_by_eye_and_questions_never_asked() -> None:
    assert (
        _polar("pattern", "You can eyeball it in the ticket queue, complaints come in waves.")
        == "yes"
    )
    assert _polar("data", "The supplier might share their logs; we've never asked.") == "unsure"


def test_one_score_and_the_call_left_to_people() -> None:
    strategy = read_option(
        "Fold it into one score and let the model push that down.",
        EN.strategy,
        EN,
        negation=EN.negation_targets.get("strategy"),
    )
    assert strategy.value == "combined_loss"
    use = read_answer(
        "business.output_use", "The nurse sees a flag and it's up to them what to do."
    )
    assert use.value["kind"] == "decision_support"


def test_the_embedded_stance_leaves_out_an_overturned_belief() -> None:
    text = (
        "i was hoping there'd be a trend, but it comes down to chance. we looked and found nothing."
    )
    assert (
        answer_parts.stance_text(text) == "but it comes down to chance we looked and found nothing"
    )
