"""A yes or no said outright is quoted by the clause that says it, never by the message's first
word (walk 10: "I read “vs” as Worth the cost: Yes")."""

from __future__ import annotations

import pytest

from assistant.nlu.reader import read_polar

from .offline_reading import CONTENT

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("criterion", "said", "quoted"),
    [
        (
            "cost",
            "vs a rule, yes, 1% revpar is 1.2M. vs buying one, honestly not sure",
            "vs a rule, yes",
        ),
        (
            "cost",
            "For one venue? No, we'd spend more than we'd save",
            "no, we'd spend more than we'd save",
        ),
        (
            "cost",
            "It hasn't worked in years, so yes, I'd pay for it",
            "it hasn't worked in years, so yes",
        ),
        ("pattern", "Potentially, yes.", "potentially, yes"),
        (
            "pattern",
            "I think so, the late buses are always the same routes",
            "i think so, the late buses are always the same routes",
        ),
        (
            "pattern",
            "the same six routes run late every single week, so yes",
            "the same six routes run late every single week, so yes",
        ),
        ("error_cost", "if it misses a fire, then yes", "if it misses a fire, then yes"),
        (  # walk 11: the hedge alone ("yeah kind of") was quoted
            "explainability",
            "yeah kind of, dispatchers need to see why a trip is flagged or they ignore it",
            "yeah kind of, dispatchers need to see why a trip is flagged",
        ),
    ],
)
def test_a_lead_is_quoted_by_its_clause(criterion: str, said: str, quoted: str) -> None:
    reading = read_polar(said, EN, criterion)
    assert reading.evidence[0] == quoted


def test_a_long_clause_is_quoted_by_the_words_nearest_the_yes() -> None:
    said = (
        "we tried a bunch of things over the last three years and none of it ever stuck with "
        "the drivers, so yes"
    )
    quote = read_polar(said, EN, "pattern").evidence[0]
    assert quote.endswith("so yes") and len(quote.split()) <= 12 and not quote.startswith("and ")


def test_a_cue_inside_the_lead_clause_is_not_quoted_again() -> None:
    assert read_polar("아니요, 패턴은 없어요", KO, "pattern").evidence == ["아니요, 패턴은 없어요"]
