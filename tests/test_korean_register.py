"""What the coach says in Korean is in one register, 해요체: no 합니다체 sentence endings in the
strings, the curriculum, the review, the Slack and CLI texts, the welcome pages or the lecture
cards the coach teaches from (the exemplars and the lexicon hold users' words, not the coach's),
and one name for the dummy baseline everywhere."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.domain.particles import resolve

ROOT = Path(__file__).resolve().parents[1]
COACH_TEXTS = [
    *ROOT.glob("prompts/ui/*ko*.yaml"),
    ROOT / "prompts/curriculum/ko.yaml",
    ROOT / "prompts/slack/ko.yaml",
    ROOT / "prompts/cli/ko.yaml",
    ROOT / "chainlit_ko-KR.md",
    *ROOT.glob("knowledge/ko/*.md"),
]
FORMAL = re.compile(r"니다(?![가-힣])|십시오|습니까|ㅂ니까")


def _coach_lines(path: Path) -> list[str]:
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]


def test_the_coach_speaks_korean_in_one_register() -> None:
    formal = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in COACH_TEXTS
        for line in _coach_lines(path)
        if FORMAL.search(line)
    ]
    assert formal == []


def test_the_reviews_questions_too() -> None:
    # its word lists (users' words) may hold formal endings; its questions may not
    text = (ROOT / "prompts/review/ko.yaml").read_text(encoding="utf-8")
    questions = re.findall(r"question: >-\n((?:      .*\n)+)", text)
    assert questions and not any(FORMAL.search(q) for q in questions)


def test_one_name_for_the_dummy_baseline() -> None:
    ui = (ROOT / "prompts/ui/ko.yaml").read_text(encoding="utf-8")
    curriculum = (ROOT / "prompts/curriculum/ko.yaml").read_text(encoding="utf-8")
    assert 'choice.baseline.dummy: "허수아비 모델' in ui and "허수아비 모델" in curriculum
    for path in [*COACH_TEXTS, ROOT / "prompts/review/ko.yaml"]:
        for line in _coach_lines(path):
            if line.lstrip().startswith('- "'):  # a card's example question, in users' words
                continue
            # the card mentions the other name once, to say it is the same thing
            assert "더미" not in line or "더미 모델이라고도" in line, line


def test_particle_markers_only_follow_a_filled_in_value() -> None:
    """A particle written as "(이)라는" or "(을)를" reads as a form, not a person. It may stand
    right after a `{value}` (quotes or emphasis between), where rendering picks the form that fits
    the value (`domain.particles`); anywhere else it would reach the user as written."""
    placeholder = re.compile(r"\((?:이|을|를|은|는|가|과|와|으)\)[가-힣]*")
    after_value = re.compile(r"\}[”’*_]*$")
    found = [
        f"{path.name}: {line.strip()}"
        for path in COACH_TEXTS
        for line in _coach_lines(path)
        for m in placeholder.finditer(line)
        if not after_value.search(line[: m.start()]) or resolve(m.group(0)) == m.group(0)
    ]
    assert found == []
