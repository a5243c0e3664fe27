"""The curriculum: for every stage and slot, in each language, what the coach says.

Files: `prompts/curriculum/<lang>.yaml`. Each slot has a label, the question, one line on why it
matters, an example answer, and follow-up templates; typed slots also have a clarifying question.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from assistant.domain.slots import SLOT_BY_ID, STAGES

from .loader import LANGS, ContentError, load_model
from .templates import Template

TYPED_KINDS = {"feasibility", "labels", "strategy", "baseline", "output_use"}
LINKED_FROM: dict[str, tuple[str, str]] = {
    "why.target_users": ("problem", "why.statement"),
    "situation.desired_outcome": ("pain", "situation.pain_points"),
}
"""Slots with a `linked` question: its variable, and the earlier slot whose answer fills it."""
QUESTION_VARS: dict[str, set[str]] = {"why.why_chain": {"answer"}, "metrics.baseline": {"dummy"}}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Followups(_Strict):
    """Follow-up questions for an answer that is vague, too short, or lacks who / a measure."""

    who: str
    """Asks who exactly (the answer names no concrete people). No variables."""
    what: str
    """Asks what exactly a vague word means. Variables: {vague} (the word, never the answer)."""
    measure: str
    """Asks how it would be measured. No variables."""
    short: str
    """Asks for a little more (a few words only), phrased from what is missing. No variables."""


class SlotText(_Strict):
    """What the coach says about one slot, in one language."""

    label: str
    """Short name shown in the plan and the Markdown export."""
    question: str
    """The question (ends with a question mark). why.why_chain uses {answer} (the key phrase of
    the problem statement), metrics.baseline {dummy} (the domain's dummy baseline)."""
    linked: str | None = None
    """`LINKED_FROM` slots: the question tied to an earlier answer's key phrase ({problem},
    {pain}); asked instead of `question` when that answer has one."""
    why: str
    """One line on why this matters, tied to the slot's lecture concept."""
    example: str
    """An example answer, shown when the user asks for one."""
    followups: Followups
    """Follow-up templates."""
    clarify: str | None = None
    """Typed slots: asked when the answer cannot be read. Variables: {options}."""
    reflect: str | None = None
    """Free-text slots: the acknowledgement of an answer, one short sentence quoting its key
    phrase ({phrase}); without one a general acknowledgement is used. No praise."""
    again: str | None = None
    """why.why_chain only: the next "why does that matter?". No variables."""


class StageText(_Strict):
    """A stage's title and a one-paragraph introduction."""

    title: str
    """Shown in progress lists and the Markdown export."""
    intro: str
    """Said when the interview enters the stage."""


class Curriculum(_Strict):
    """All stage and slot texts of one language."""

    lang: str
    """`en` or `ko`."""
    stages: dict[str, StageText]
    """One entry per stage id."""
    slots: dict[str, SlotText]
    """One entry per slot id."""

    @model_validator(mode="after")
    def _complete(self) -> Curriculum:
        where = f"prompts/curriculum/{self.lang}.yaml"
        for kind, have, want in (
            ("stage", set(self.stages), set(STAGES)),
            ("slot", set(self.slots), set(SLOT_BY_ID)),
        ):
            if have != want:
                raise ContentError(
                    f"{where}: missing {kind}s {sorted(want - have)}, unknown {sorted(have - want)}"
                )
        for slot_id, text in self.slots.items():
            self._check_slot(where, slot_id, text)
        return self

    @staticmethod
    def _check_slot(where: str, slot_id: str, text: SlotText) -> None:
        kind = SLOT_BY_ID[slot_id].kind
        at = f"{where}: {slot_id}"
        Template(text=text.question, where=f"{at}.question").check(
            QUESTION_VARS.get(slot_id, set())
        )
        if not text.question.rstrip().endswith("?"):
            raise ContentError(f"{at}.question must end with a question mark")
        if slot_id in LINKED_FROM:
            if not text.linked:
                raise ContentError(f"{at}: needs a `linked` question")
            var = LINKED_FROM[slot_id][0]
            Template(text=text.linked, where=f"{at}.linked").check({var})
        elif text.linked:
            raise ContentError(f"{at}: only {sorted(LINKED_FROM)} have a `linked` question")
        for name, allowed in (
            ("who", set()),
            ("what", {"vague"}),
            ("measure", set()),
            ("short", set()),
        ):
            Template(text=getattr(text.followups, name), where=f"{at}.followups.{name}").check(
                allowed
            )
        if text.reflect is not None:
            Template(text=text.reflect, where=f"{at}.reflect").check({"phrase"})
        if kind in TYPED_KINDS:
            if not text.clarify:
                raise ContentError(f"{at}: typed slot needs `clarify`")
            Template(text=text.clarify, where=f"{at}.clarify").check({"options"})
        if kind == "why_chain":
            if not text.again:
                raise ContentError(f"{at}: why_chain needs `again`")
            Template(text=text.again, where=f"{at}.again").check(set())

    def template(self, slot_id: str, part: str) -> Template:
        """A slot's template by part name: question, linked, clarify, again, or
        followups.<name>."""
        text = self.slots[slot_id]
        if part.startswith("followups."):
            raw = getattr(text.followups, part.split(".", 1)[1])
        else:
            raw = getattr(text, part)
        if raw is None:
            raise ContentError(f"{self.lang}: {slot_id} has no {part}")
        return Template(text=raw, where=f"{self.lang}:{slot_id}.{part}")


def load_curriculum(prompts_dir: Path, lang: str) -> Curriculum:
    return load_model(Curriculum, prompts_dir / "curriculum" / f"{lang}.yaml", lang=lang)


@lru_cache(maxsize=8)
def curricula(prompts_dir: Path) -> dict[str, Curriculum]:
    """Both languages, loaded once per prompts folder."""
    return {lang: load_curriculum(prompts_dir, lang) for lang in LANGS}
