"""The curriculum files (prompts/curriculum/<lang>.yaml): complete in both languages, Socratic, and
validated at load so that a gap fails when the files are read, never mid-conversation."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.content.curriculum import TYPED_KINDS, Curriculum, SlotText, load_curriculum
from assistant.domain.slots import SLOT_BY_ID, SLOTS, STAGES

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
LANGS = ("en", "ko")
SAMPLE = {
    "answer": "make our customers happy",
    "vague": "happy",
    "options": "Yes / No / Not sure",
    "problem": "30% of listings sit unsold",
    "pain": "prices vary wildly",
    "phrase": "two engineers for three months",
    "dummy": "predicting that nobody cancels",
}


@pytest.fixture(scope="module")
def curricula() -> dict[str, Curriculum]:
    return {lang: load_curriculum(PROMPTS, lang) for lang in LANGS}


def _raw(lang: str = "en") -> dict[str, Any]:
    data = yaml.safe_load((PROMPTS / "curriculum" / f"{lang}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _templates(text: SlotText) -> Iterator[tuple[str, str]]:
    """Every coach utterance of one slot: (part name, template text)."""
    yield "question", text.question
    if text.linked is not None:
        yield "linked", text.linked
    if text.clarify is not None:
        yield "clarify", text.clarify
    if text.again is not None:
        yield "again", text.again
    for name in ("who", "what", "measure", "short"):
        yield f"followups.{name}", getattr(text.followups, name)


# --- the real files --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_loads(lang: str) -> None:
    cur = load_curriculum(PROMPTS, lang)
    assert cur.lang == lang
    assert set(cur.stages) == set(STAGES)
    assert set(cur.slots) == set(SLOT_BY_ID)


def test_both_languages_have_the_same_keys(curricula: dict[str, Curriculum]) -> None:
    en, ko = curricula["en"], curricula["ko"]
    assert list(en.stages) == list(ko.stages) == list(STAGES)
    assert list(en.slots) == list(ko.slots) == [s.id for s in SLOTS]  # interview order
    for slot_id in en.slots:
        assert (en.slots[slot_id].clarify is None) == (ko.slots[slot_id].clarify is None), slot_id
        assert (en.slots[slot_id].again is None) == (ko.slots[slot_id].again is None), slot_id


@pytest.mark.parametrize("lang", LANGS)
def test_every_coach_question_ends_with_one_question_mark(
    curricula: dict[str, Curriculum], lang: str
) -> None:
    for slot_id, text in curricula[lang].slots.items():
        for part, template in _templates(text):
            assert template.rstrip().endswith("?"), f"{lang}:{slot_id}.{part}: {template!r}"
        # Socratic: the main question asks one thing.
        assert text.question.count("?") == 1, f"{lang}:{slot_id}.question asks more than once"


@pytest.mark.parametrize("lang", LANGS)
def test_texts_are_filled_and_one_line(curricula: dict[str, Curriculum], lang: str) -> None:
    cur = curricula[lang]
    for stage_id, stage in cur.stages.items():
        assert stage.title.strip() and stage.intro.strip(), stage_id
    for slot_id, text in cur.slots.items():
        for field in ("label", "question", "why", "example"):
            value = getattr(text, field)
            assert value.strip(), f"{lang}:{slot_id}.{field} is empty"
            assert "\n" not in value, f"{lang}:{slot_id}.{field} spans several lines"


@pytest.mark.parametrize("lang", LANGS)
def test_typed_slots_clarify_with_options(curricula: dict[str, Curriculum], lang: str) -> None:
    for slot_id, text in curricula[lang].slots.items():
        kind = SLOT_BY_ID[slot_id].kind
        if kind in TYPED_KINDS:
            assert text.clarify is not None and "{options}" in text.clarify, slot_id
        else:
            assert text.clarify is None, f"{slot_id} is not typed but has a clarify question"
        if kind == "why_chain":  # the first why quotes the problem; the next ones do not
            assert text.again is not None and "{" not in text.again
            assert "{answer}" in text.question
        else:
            assert text.again is None, slot_id


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_renders(curricula: dict[str, Curriculum], lang: str) -> None:
    cur = curricula[lang]
    for slot_id, text in cur.slots.items():
        for part, _ in _templates(text):
            rendered = cur.template(slot_id, part).render(**SAMPLE)
            assert "{" not in rendered and "}" not in rendered, f"{lang}:{slot_id}.{part}"
        if text.reflect:
            assert "{" not in text.reflect.format(**SAMPLE)


@pytest.mark.parametrize("lang", LANGS)
def test_follow_ups_never_paste_the_answer(curricula: dict[str, Curriculum], lang: str) -> None:
    """Follow-ups are phrased from what is missing (who, what exactly, how measured); only the
    "what" follow-up may quote the one vague word."""
    for slot_id, text in curricula[lang].slots.items():
        for name in ("who", "what", "measure", "short"):
            template = getattr(text.followups, name)
            assert "{answer}" not in template, f"{lang}:{slot_id}.followups.{name}"
            if name != "what":
                assert "{" not in template, f"{lang}:{slot_id}.followups.{name}"


# Feasibility questions keep the fixed polarity of docs/architecture.md: a bare yes/no is clear.
EN_POLARITY = {
    "feasibility.pattern": ["pattern that could be learned"],
    "feasibility.objective": ["write down what the model should optimize"],
    "feasibility.complexity": ["too complex for a few hand-written rules"],
    "feasibility.data": ["does the data exist", "can you collect it"],
    "feasibility.repetition": ["made over and over"],
    "feasibility.ethics": ["could this use of ml be unethical or harm someone"],
    "feasibility.error_cost": ["would a single wrong prediction be catastrophic"],
    "feasibility.explainability": ["must every single decision be fully explainable"],
    "feasibility.cost": ["worth its cost compared with a simpler solution"],
}
KO_POLARITY = {
    "feasibility.pattern": ["학습할 수 있는 패턴이 있나요"],
    "feasibility.objective": ["최적화해야 하는지 적어 볼 수 있나요"],
    "feasibility.complexity": ["너무 복잡한가요"],
    "feasibility.data": ["데이터가", "모을 수 있나요"],
    "feasibility.repetition": ["반복해서", "내려지나요"],
    "feasibility.ethics": ["비윤리적이거나", "해를 끼칠 수 있나요"],
    "feasibility.error_cost": ["한 번만 틀려도 치명적"],
    "feasibility.explainability": ["완전히 설명할 수 있어야 하나요"],
    "feasibility.cost": ["비용만큼의 가치가 있나요"],
}


def test_feasibility_questions_keep_design_polarity(curricula: dict[str, Curriculum]) -> None:
    feasibility = {s.id for s in SLOTS if s.kind == "feasibility"}
    assert set(EN_POLARITY) == set(KO_POLARITY) == feasibility
    for lang, phrases in (("en", EN_POLARITY), ("ko", KO_POLARITY)):
        for slot_id, wanted in phrases.items():
            text = curricula[lang].slots[slot_id]
            # the question, the short follow-up and the clarify all ask the same yes/no question
            for part in (text.question, text.followups.short):
                for phrase in wanted:
                    assert phrase in part.lower(), f"{lang}:{slot_id}: {phrase!r} not in {part!r}"
            # never an either/or question, which a bare "yes" could not answer
            assert " or not" not in text.question.lower() and "아니면" not in text.question


def test_typed_questions_name_their_options(curricula: dict[str, Curriculum]) -> None:
    en = {slot_id: text.question.lower() for slot_id, text in curricula["en"].slots.items()}
    wanted = {
        "data.labels": ["labeled", "similar labels", "unlabeled", "no data at all"],
        "goals.multi_objective": ["single objective", "combined loss", "separate models"],
        "metrics.baseline": [
            "rules",
            "dummy model such as {dummy}",
            "own past behaviour",
            "existing model",
            "paper",
            "something else",
        ],
        "business.output_use": [
            "shown to customers",
            "internal work",
            "decisions",
            "something else",
        ],
    }
    for slot_id, phrases in wanted.items():
        for phrase in phrases:
            assert phrase in en[slot_id], f"{slot_id}: {phrase!r} missing"
    ko = {slot_id: text.question for slot_id, text in curricula["ko"].slots.items()}
    ko_wanted = {
        "data.labels": ["레이블이 있나요", "유사 레이블", "레이블 없는", "아예 없나요"],
        "goals.multi_objective": ["하나로", "로스를 결합", "따로"],
        "metrics.baseline": [
            "룰 베이스",
            "{dummy}",
            "허수아비 모델",
            "이전 행동",
            "기존 모델",
            "논문",
        ],
        "business.output_use": ["고객", "자동화", "의사결정"],
    }
    for slot_id, phrases in ko_wanted.items():
        for phrase in phrases:
            assert phrase in ko[slot_id], f"ko {slot_id}: {phrase!r} missing"


# A Korean particle whose form depends on the last syllable (은/는, 이/가, 을/를, 와/과, 으로/로)
# must never follow a variable directly: its right form depends on what the user typed.
_BAD_PARTICLE = re.compile(
    r"\{(?:answer|vague|options|problem|pain|phrase|dummy)\}[”\"’']?\s?(?:은|는|이|가|을|를|와|과|으로|로)"
)


# {vague} is a single word ("행복", "개선"): “행복”라는 reads wrong and “행복”이라는 breaks after a
# vowel, so it takes only 의 / 에 / " 하면", which never change form. {answer} is usually a whole
# sentence, and “…”라고 하셨어요 is the natural way to quote it.
_VAGUE_QUOTATIVE = re.compile(r"\{vague\}[”\"’']?(?:이)?라")


def test_korean_particles_never_follow_a_variable(curricula: dict[str, Curriculum]) -> None:
    for slot_id, text in curricula["ko"].slots.items():
        for part, template in _templates(text):
            assert not _BAD_PARTICLE.search(template), f"ko:{slot_id}.{part}: {template!r}"
            assert not _VAGUE_QUOTATIVE.search(template), f"ko:{slot_id}.{part}: {template!r}"


# --- broken copies of the real file fail at load --------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _drop_slot(d: dict[str, Any]) -> None:
    del d["slots"]["metrics.baseline"]


def _drop_stage(d: dict[str, Any]) -> None:
    del d["stages"]["constraints"]


def _drop_followup(d: dict[str, Any]) -> None:
    del d["slots"]["goals.goal"]["followups"]["measure"]


def _unknown_var_in_question(d: dict[str, Any]) -> None:
    d["slots"]["problem.to_solve"]["question"] = "What exactly do you want to solve, {name}?"


def _unknown_var_in_followup(d: dict[str, Any]) -> None:
    d["slots"]["why.statement"]["followups"]["who"] = 'You said "{vague}". Who has it?'


def _unknown_var_in_clarify(d: dict[str, Any]) -> None:
    d["slots"]["data.labels"]["clarify"] = 'You said "{answer}". Which fits: {options}?'


def _missing_clarify(d: dict[str, Any]) -> None:
    del d["slots"]["feasibility.ethics"]["clarify"]


def _answer_in_followup(d: dict[str, Any]) -> None:
    d["slots"]["problem.to_solve"]["followups"]["short"] = 'Could you split "{answer}" up?'


def _missing_linked(d: dict[str, Any]) -> None:
    del d["slots"]["why.target_users"]["linked"]


def _missing_again(d: dict[str, Any]) -> None:
    del d["slots"]["why.why_chain"]["again"]


def _no_question_mark(d: dict[str, Any]) -> None:
    d["slots"]["action.monitoring"]["question"] = "Tell me what you will monitor."


def _unknown_slot(d: dict[str, Any]) -> None:
    d["slots"]["metrics.vanity"] = copy.deepcopy(d["slots"]["metrics.model"])


def _unknown_field(d: dict[str, Any]) -> None:
    d["slots"]["why.essence"]["hint"] = "Think about it."


def _unbalanced_brace(d: dict[str, Any]) -> None:
    d["slots"]["why.essence"]["followups"]["short"] = "Could you say more about {answer?"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_drop_slot, "metrics.baseline"),
        (_drop_stage, "constraints"),
        (_drop_followup, "measure"),
        (_unknown_var_in_question, "name"),
        (_unknown_var_in_followup, "vague"),
        (_unknown_var_in_clarify, "answer"),
        (_missing_clarify, "clarify"),
        (_missing_again, "again"),
        (_answer_in_followup, "answer"),
        (_missing_linked, "linked"),
        (_no_question_mark, "question mark"),
        (_unknown_slot, "metrics.vanity"),
        (_unknown_field, "hint"),
        (_unbalanced_brace, "bad template"),
    ],
)
def test_broken_curriculum_fails_at_load(tmp_path: Path, mutate: Mutation, expected: str) -> None:
    data = _raw("en")
    mutate(data)
    (tmp_path / "curriculum").mkdir()
    (tmp_path / "curriculum" / "en.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    # ContentError and TemplateError are ValueErrors; pydantic wraps them in a ValidationError,
    # which is one too.
    with pytest.raises(ValueError, match=re.escape(expected)):
        load_curriculum(tmp_path, "en")


def test_untouched_copy_loads(tmp_path: Path) -> None:
    """The broken-copy tests fail for the mutation, not for the copying."""
    (tmp_path / "curriculum").mkdir()
    for lang in LANGS:
        (tmp_path / "curriculum" / f"{lang}.yaml").write_text(
            yaml.safe_dump(_raw(lang), allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        assert load_curriculum(tmp_path, lang) == load_curriculum(PROMPTS, lang)
