"""How an answer's opening decides it: a not-sure phrase that is the whole first sentence leads
like a yes or no word, and a Korean lead cue ending in a stem takes a sentence-final ending but
not a connective one (what follows -지만 may turn the answer). Cue evidence only (no model)."""

from __future__ import annotations

from assistant.content.bundle import load_content
from assistant.nlu import signals
from assistant.nlu.answer_parts import opens_alone
from assistant.nlu.matching import find, starts_with_any
from assistant.nlu.reader import read_polar
from assistant.settings import Settings

LEX = load_content(Settings().prompts_dir).lexicons


def test_a_not_sure_sentence_opening_the_answer_leads_it() -> None:
    reading = read_polar("반반이요. 인건비는 줄겠지만 서버 비용이 꽤 나와요", LEX["ko"], "cost")
    assert reading.value == "unsure"
    assert reading.confidence >= 0.7
    reading = read_polar("Not sure. The pilot looked good but it was tiny.", LEX["en"], "cost")
    assert reading.value == "unsure"


def test_a_not_sure_word_inside_a_longer_opening_does_not_lead() -> None:
    """ "애매" opens "애매한 부분은 하나도 없어요." but is not the whole sentence: no lead."""
    for text, leads in [
        ("애매한 부분은 하나도 없어요. 데이터가 다 있어요", False),
        ("애매하네요. 시즌마다 달라요", True),
        ("그건 애매해요", False),
    ]:
        hits = find(text, LEX["ko"].unsure)
        assert opens_alone(text, hits[0]) is leads, text


def test_a_korean_stem_lead_takes_a_final_ending_not_a_connective_one() -> None:
    cues = ["그 정도는 아니"]
    assert starts_with_any("그 정도는 아니에요. 틀리면 다시 하면 돼요", cues)
    assert starts_with_any("그 정도는 아닙니다", ["그 정도는 아닙니다"])
    assert not starts_with_any("그 정도는 아니지만 꽤 커요", cues)
    assert not starts_with_any("그 정도는 아니라서요", cues)
    assert not starts_with_any("네이버에서 봤어요", ["네"])  # a short cue still ends a word


def test_not_that_much_reads_as_no_for_error_cost() -> None:
    reading = read_polar(
        "그 정도는 아니에요. 틀리면 전화 한 통 더 하면 돼요", LEX["ko"], "error_cost"
    )
    assert reading.value == "no"
    assert reading.confidence >= 0.9


def test_neither_light_nor_fatal_is_not_read_as_no() -> None:
    reading = read_polar("치명적까진 아닌데 가볍지도 않아요. 중간쯤?", LEX["ko"], "error_cost")
    assert reading.value != "no" or reading.confidence < 0.7


def test_a_typed_dont_know_and_a_meaning_check_are_recognised() -> None:
    assert signals.is_dont_know("음 그건 아직 생각 안 해봤어요. 잘모르겟음", LEX["ko"])
    assert signals.is_question("레이블이라는 게 정답 데이터 말하는 거죠", LEX["ko"])
    assert not signals.is_question("레이블은 정답 데이터를 말하는 건데 그건 없어요", LEX["ko"])
