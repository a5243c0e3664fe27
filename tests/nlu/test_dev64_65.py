"""Answers from the blind dev64 and dev65 corpora (read unseen, tuned on in session 29) that were
misread or confirmed needlessly, each read by its mechanism: a "yeah" run on into an answer for
the other side ("Yeah it'd be fine, …"); "yeah nah"; "yes — well, no, …" repaired; an exclaimed
"no way" / "no chance" before the other side's cues; a choice read past an opening "no"; a bare
"maybe?" opening; a Korean final consonant typed apart ("업ㅅ어요"); "-긴요" (hardly); "-다고
생각했는데 해보니까" (a belief given up); a whether clause trailing off into "잘.."; a recorded
stand-in after "기록 안 하고"; "그것도 X로 쳐요" asking; "글쎄요" mulled before an answer; a
threshold rule named by its form ("reorder once stock drops under 200")."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.hangul_typos import joined
from assistant.nlu.signals import is_dont_know

from .offline_reading import CONTENT, assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.error_cost",
            "Yeah it'd be fine, if it guesses wrong someone just tries a different crown shape on",
            "en",
            True,  # not catastrophic: for ML
        ),
        ("feasibility.explainability", "yeah nah not needed", "en", True),
        (
            "feasibility.explainability",
            "yes — well, no, not every single one. a general sense of why is enough",
            "en",
            True,
        ),
        (
            "metrics.baseline",
            "what the buyers do now: reorder once stock drops under 200",
            "en",
            "rule_based",
        ),
        ("feasibility.pattern", "매출 로그 봐도 뭐 딱히 반복되는게 업ㅅ어요", "ko", False),
        ("feasibility.complexity", "복잡하긴요 그냥 사이즈표대로 하면 되는데", "ko", False),
        (
            "feasibility.complexity",
            "처음엔 단순하다고 생각했는데 해보니까 유약 두께랑 가마 안 위치까지 걸려서 규칙으로는 감당이 안 되네요",
            "ko",
            True,
        ),
        # guard: "-려니까" (trying to) keeps the rules and their failure in one clause
        (
            "feasibility.complexity",
            "사람이 보면 한눈에 아는 건데 그걸 룰로 적으려니까 안 되더라고요. 스크래치 모양이 다 제각각이라",
            "ko",
            True,
        ),
        (
            "feasibility.data",
            "있긴 있는데 엑셀이 여기저기 흩어져 있어서 쓸 수 있는 상태인지는 잘..",
            "ko",
            None,
        ),
        # guard: could not check is a not-sure, not the "no" of "안 되네요"
        (
            "feasibility.data",
            "음.. 예전 담당자가 엑셀로 뭘 정리했다던데 그 파일이 아직 살아있는지 확인이 안 되네요",
            "ko",
            None,
        ),
        (
            "data.labels",
            "말 부상 자체는 기록 안 하고 수의사 왕진 기록만 있어요 비슷한 거라도 되려나",
            "ko",
            "similar_labels",
        ),
        (
            "data.labels",
            "결제 로그는 잔뜩 있는데 그게 도난 건인지 아닌지 표시는 안 돼있죠",
            "ko",
            "unlabeled",
        ),
        (
            "business.output_use",
            "글쎄요 일단은 분기 리포트에 넣는 정도? 그 이상은 계획 없어요",
            "ko",
            "other",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "business.output_use",
            "actually no, not customers — it'd just load the refill lists onto the drivers' handhelds, nobody checks them",
            "en",
            "internal_automation",
        ),
        (
            "feasibility.pattern",
            "maybe? some designs fly off the racks and some flop and nobody here has ever worked out why",
            "en",
            None,
        ),
        (
            "feasibility.objective",
            "음 대충은요? 근데 관람 만족도를 숫자로 어떻게 바꿀지 감이 안 와서.. 될지 안될지 반반이에요",
            "ko",
            None,
        ),
        # guard: "possibly." grants the harm at the ethics question; it is no bare "maybe?"
        (
            "feasibility.ethics",
            "Possibly. Flagging employees as likely to quit could easily change how their managers treat them.",
            "en",
            False,
        ),
    ],
)
def test_read_with_the_shipped_exemplars(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value, shipped=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "wrong"),
    [
        (
            "feasibility.complexity",
            "No chance a handful of rules covers that — pipe metal, scale, cut-up height, wind pressure, they all play off each other.",
            False,
        ),
        ("feasibility.complexity", "no chance, it's way too tangled", False),
        ("feasibility.error_cost", "no way, it'd be a disaster", True),
    ],
)
def test_an_exclaimed_no_is_not_recorded_against_the_answer(
    slot: str, text: str, wrong: bool
) -> None:
    reading = read_answer(slot, text)
    recorded = reading.move == "answer" and reading.confidence >= CONFIRM_BELOW
    assert not (recorded and reading.value["supports_ml"] is wrong), reading


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.objective", "optimise like in the maths sense? not following sorry", "en"),
        (
            "feasibility.repetition",
            "반복이요? 프로그램 편성하는거 말씀하시는 거면 분기마다 한 번인데 그것도 반복으로 쳐요",
            "ko",
        ),
    ],
)
def test_questions_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_split_final_consonant_is_joined() -> None:
    assert joined("반복되는게 업ㅅ어요") == "반복되는게 없어요"
    assert joined("안ㅎ아요") == "않아요"
    assert joined("좋아요ㅋㅋ 진짜") == "좋아요ㅋㅋ 진짜"  # a laugh stays
    assert joined("그래ㅋ진짜") == "그래ㅋ진짜"  # no double final: left as typed
    # a statement of how one counts asks nothing
    assert (
        read_answer("feasibility.repetition", "저희는 리필도 반복으로 쳐요", lang="ko").move
        != "teach"
    )


def test_mulled_over_then_said_is_no_dont_know() -> None:
    lex = CONTENT.lexicons["ko"]
    assert not is_dont_know("글쎄요 일단은 분기 리포트에 넣는 정도? 그 이상은 계획 없어요", lex)
    # guard: what is not known, asked as "… 건지 … 건지", stays a don't-know
    said = "글쎄요 낙찰가를 맞히는 건지 유찰될지를 맞히는 건지 팀 안에서도 아직 의견이 갈려서요"
    assert is_dont_know(said, lex)
    assert is_dont_know("글쎄요..", lex)
