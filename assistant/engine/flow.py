"""The interview flow: ask a slot, apply a brain's reading, move on, finish. Pure: it changes a
`SessionState` and returns a `Turn`; the `Coach` persists both."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from assistant.content.bundle import Content
from assistant.domain.blank import is_blank
from assistant.domain.listening import confirmation_reason
from assistant.domain.policy import is_later, next_slot
from assistant.domain.reading import Reading, SlotContext
from assistant.domain.slots import SLOT_BY_ID, slots_for
from assistant.domain.state import Pending, SessionState
from assistant.domain.turn import Turn, TurnKind
from assistant.nlu.domains import DomainMatcher, keyword_matcher
from assistant.nlu.extract import join_answers, split_items

from . import ask_less, compose, confirm, proposals, settled, tailor, voice
from .voice import Phrasing

WHY_KINDS = frozenset({"question", "followup", "teach", "summary"})


class Interview:
    """Moves one session through the stages."""

    def __init__(
        self, content: Content, max_followups: int = 2, domains: DomainMatcher | None = None
    ):
        self.content = content
        self.max_followups = max_followups
        self.domains = domains or keyword_matcher(content.domains)

    # -- building turns ---------------------------------------------------------------
    def turn(
        self, state: SessionState, text: str, kind: TurnKind, citations: list[str] | None = None
    ) -> Turn:
        cites = list(dict.fromkeys(citations or []))
        if cites:
            state.plan = state.plan.with_citations(cites)
        slot = None if state.done else state.current
        choices = tailor.choices(self.content, state, slot) if slot else []
        if slot and kind in WHY_KINDS:
            choices.append(tailor.why_choice(self.content, state.language))
        return Turn(
            session_id=state.session_id,
            text=text.strip(),
            stage=slot.split(".")[0] if slot else None,
            slot=slot,
            kind=kind,
            citations=cites,
            plan=state.plan,
            done=state.done,
            language=state.language,
            depth=state.depth,
            choices=choices,
        )

    def context(self, state: SessionState) -> SlotContext:
        assert state.current is not None
        upcoming = [s.id for s in slots_for(state.depth) if is_later(s.id, state.current)]
        return SlotContext(
            slot_id=state.current,
            language=state.language,
            plan=state.plan,
            answers=list(state.answers),
            followups=state.followups,
            max_followups=self.max_followups,
            asked_gaps=list(state.asked_gaps),
            last_question=state.last_question,
            offered=list(state.offered),
            upcoming=upcoming,
            previous=[s for s in state.history if s != state.current],
            domain=state.domain,
            next_slot=self._next_if_answered(state),
        )

    def _next_if_answered(self, state: SessionState) -> str | None:
        """The slot asked next if the current one is answered (None during an edit or a walk)."""
        if state.edit is not None or state.walk is not None:
            return None
        nxt = next_slot(state.plan, state.depth, state.current, state.unconfirmed)
        return nxt.id if nxt else None

    # -- moving -----------------------------------------------------------------------
    def ask(
        self,
        state: SessionState,
        slot_id: str,
        prefix: list[str],
        kind: TurnKind = "question",
        citations: list[str] | None = None,
        phrased: Phrasing | None = None,
    ) -> Turn:
        """Ask `slot_id`, with a stage header when the stage changes; in the brain's words when
        it `phrased` the question for this slot. What earlier answers already settle is noted in
        passing instead (and the next slot asked); feasibility checks they answer are proposed
        together before the first feasibility question."""
        tailor.refresh(self, state)
        kept = None if state.edit else ask_less.settled_in_passing(self, state, slot_id)
        if kept is not None:
            state.current = slot_id
            state.reset_slot_cursor()
            return self.advance(state, [*prefix, kept], citations)
        previous_stage = state.history[-1].split(".")[0] if state.history else None
        new_stage = previous_stage != slot_id.split(".")[0]
        state.current = slot_id
        state.reset_slot_cursor()
        if not state.history or state.history[-1] != slot_id:
            state.history.append(slot_id)
        lang = state.language
        question = voice.question_for(slot_id, phrased) or compose.question_text(
            self.content, lang, slot_id, state.plan, state.said, state.domain
        )
        state.last_question = question
        state.offered = [c.value for c in self.content.choices(lang, slot_id)]
        stage = slot_id.split(".")[0]
        if stage == "feasibility" and stage not in state.proposed and state.edit is None:
            state.proposed.append(stage)
            items = settled.feasibility_proposals(state.plan, state.said)
            if items:
                header = [compose.stage_header(self.content, lang, stage)] if new_stage else []
                return proposals.ask(self, state, items, [*prefix, *header])
        if slot_id == proposals.RED_FLAGS[0] and ask_less.red_flags_open(state):
            state.proposed.append("red_flags")
            header = [compose.stage_header(self.content, lang, stage)] if new_stage else []
            return proposals.ask_red_flags(self, state, [*prefix, *header])
        block = compose.question_block(self.content, lang, slot_id, question, new_stage)
        cites = [*(citations or []), *compose.stage_citation(slot_id, new_stage)]
        return self.turn(state, "\n\n".join([*prefix, block]), kind, cites)

    def advance(
        self,
        state: SessionState,
        prefix: list[str],
        citations: list[str] | None = None,
        phrased: Phrasing | None = None,
    ) -> Turn:
        """Ask the next open slot, or finish. Announces the verdict when feasibility ends."""
        if state.edit is not None:  # an edit was answered: back to where the session was
            from .revise import after_edit

            return after_edit(self, state, prefix, list(citations or []))
        leaving = state.current
        nxt = next_slot(state.plan, state.depth, leaving, state.unconfirmed)
        cites = list(citations or [])
        if (
            leaving
            and leaving.startswith("feasibility.")
            and (nxt is None or nxt.stage != "feasibility")
        ):
            block, concepts = compose.verdict_block(self.content, state.language, state.plan)
            prefix = [*prefix, block]
            cites += concepts
        if nxt is None:
            return self.finish(state, prefix, cites)
        return self.ask(state, nxt.id, prefix, citations=cites, phrased=phrased)

    def ask_open(self, state: SessionState, prefix: list[str]) -> Turn:
        """Ask the current slot if it is still open, else the next open one."""
        return ask_less.ask_open(self, state, prefix)

    def record_quietly(self, state: SessionState, slot_id: str, value: Any) -> None:
        """Record a value the user confirmed without being asked its question."""
        if self._record(state, slot_id, value):
            state.plan = state.plan.without_open_question(slot_id)
            state.confirmed.append(slot_id)

    def finish(self, state: SessionState, prefix: list[str], citations: list[str]) -> Turn:
        state.done = True
        state.current = None
        state.reset_slot_cursor()
        text = compose.done_text(self.content, state.language, state.plan, state.depth)
        from .walk import at_end  # the review follows the summary

        return at_end(
            self, state, self.turn(state, "\n\n".join([*prefix, text]), "done", citations)
        )

    def reask(
        self,
        state: SessionState,
        prefix: list[str],
        kind: TurnKind = "summary",
        citations: list[str] | None = None,
    ) -> Turn:
        """Say something, then repeat the current question (or the end-of-interview note)."""
        if state.done or state.current is None:
            tail = self.content.say(state.language, "after_done")
            return self.turn(state, "\n\n".join([*prefix, tail]), kind, citations)
        parts = [
            *prefix,
            self.content.say(state.language, "back_to_question"),
            f"**{state.last_question}**",
        ]
        return self.turn(state, "\n\n".join(parts), kind, citations)

    # -- applying a reading -----------------------------------------------------------
    def apply(self, state: SessionState, message: str, reading: Reading) -> Turn:
        assert state.current is not None
        slot_id, lang = state.current, state.language
        label = self.content.label(lang, slot_id)
        if reading.move == "teach":
            return self.reask(state, [reading.teach or ""], "teach", reading.citations)
        if reading.move == "correct" and reading.target:
            return self._correct(state, message, reading)
        if not state.answers:
            state.said[slot_id] = message
        reading, known = ask_less.known_measure(self, state, message, reading)
        reading = tailor.label_led(self.content, state, message, reading)
        if reading.move in ("followup", "clarify"):
            state.answers.append(message)
            state.followups += 1
            state.asked_gaps.append(reading.gap_kind or reading.move)
            self._draft(state, slot_id)
            return self._ask_again(state, reading)
        if reading.move == "step":
            if not self._record(state, slot_id, reading.value):
                return self._unreadable(state, slot_id, label)
            return self._ask_again(
                state, reading, ask_less.ack(self, state, message, reading.value)
            )
        prefix: list[str] = [*voice.lead(reading), *([known] if known else [])]
        reason = None
        if reading.move == "answer" and slot_id not in state.confirmed:
            reason = confirmation_reason(slot_id, reading.value, reading.confidence, state.plan)
        if reason:
            said = join_answers([*state.answers, message])
            state.answers.append(message)
            pending = Pending(
                slot=slot_id,
                value=reading.value,
                evidence=reading.evidence,
                reason=reason,
                said=said,
            )
            self._draft(state, slot_id)
            lead = [*voice.lead(reading), *self._capture(state, reading.captured)]
            return confirm.ask(self, state, pending, lead)
        if reading.move == "unknown":
            state.plan = state.plan.with_open_question(slot_id, reading.gap or "unknown")
            key = "ack_unclear" if reading.gap == "unclear" else "ack_unknown"
            prefix.append(self.content.say(lang, key, label=label))
        elif not self._record(state, slot_id, reading.value):
            return self._unreadable(state, slot_id, label)
        elif reading.gap:
            state.plan = state.plan.with_open_question(slot_id, reading.gap)
            key = {"unknown": "ack_unknown", "unclear": "ack_unclear"}.get(reading.gap, "ack_gap")
            prefix.append(self.content.say(lang, key, label=label))
        else:
            state.plan = state.plan.without_open_question(slot_id)
            own = known or reading.reflection  # the brain's reflection stands for the template's
            if not own and (reflected := ask_less.ack(self, state, message, reading.value)):
                prefix.append(reflected)
        prefix.extend(self._capture(state, reading.captured))
        return self.advance(state, prefix, reading.citations, voice.phrasing(reading))

    # -- confirmations, corrections, drafts --------------------------------------------
    def record_confirmed(self, state: SessionState, pending: Pending, value: Any) -> Turn:
        """Record a confirmed value; then the next question (or, after a correction, the
        current one again)."""
        if not self._record(state, pending.slot, value):
            return self._unreadable(
                state, pending.slot, self.content.label(state.language, pending.slot)
            )
        state.plan = state.plan.without_open_question(pending.slot)
        if pending.correction:
            return self.reask(state, [self._corrected_note(state, pending.slot)], "summary")
        if pending.reason == "captured":
            return self.advance(state, [])
        if SLOT_BY_ID[pending.slot].kind == "feasibility" and value.get("supports_ml") is None:
            state.plan = state.plan.with_open_question(pending.slot, "unknown")
        return self.advance(state, [])

    def reask_with_options(self, state: SessionState) -> Turn:
        """The current question again, listing its options."""
        options = " / ".join(
            c.label for c in self.content.choices(state.language, state.current or "")
        )
        text = self.content.say(state.language, "confirm.which", options=options)
        return self.turn(state, text, "followup")

    def _correct(self, state: SessionState, message: str, reading: Reading) -> Turn:
        target = reading.target or ""
        if reading.value is None:
            return self.reask(
                state,
                [
                    self.content.say(
                        state.language,
                        "ack_unclear",
                        label=self.content.label(state.language, target),
                    )
                ],
                "followup",
            )
        reason = confirmation_reason(target, reading.value, reading.confidence, state.plan)
        if reason and target not in state.confirmed:
            pending = Pending(
                slot=target,
                value=reading.value,
                evidence=reading.evidence,
                reason=reason,
                said=message,
                correction=True,
            )
            return confirm.ask(self, state, pending, [])
        if not self._record(state, target, reading.value):
            return self.reask(state, [], "followup")
        state.plan = state.plan.without_open_question(target)
        return self.reask(state, [self._corrected_note(state, target)], "summary")

    def _corrected_note(self, state: SessionState, slot_id: str) -> str:
        lang = state.language
        shown = confirm.value_label(self.content, lang, slot_id, state.plan.get(slot_id))
        label = self.content.label(lang, slot_id)
        return self.content.say(lang, "corrected", label=label, value=compose._short(shown))

    def _draft(self, state: SessionState, slot_id: str) -> None:
        """Record what the user said so far while follow-ups run, so the plan never lacks it."""
        kind = SLOT_BY_ID[slot_id].kind
        said = join_answers(state.answers)
        if not said:
            return
        if kind == "text":
            self._record(state, slot_id, said)
        elif kind == "list":
            self._record(state, slot_id, split_items(said))
        elif kind == "feasibility":
            self._record(state, slot_id, {"supports_ml": None, "answer": said})

    def _ask_again(self, state: SessionState, reading: Reading, ack: str | None = None) -> Turn:
        tailor.refresh(self, state)  # a follow-up on the problem statement may show the domain
        state.last_question = reading.question or state.last_question
        text = reading.reply or f"**{state.last_question}**"
        if reading.reply is None and reading.gap_kind in ("short", "what") and state.current:
            example = self.content.example(state.language, state.current, state.domain)
            line = self.content.say(state.language, "example_line", example=example)
            text = f"{line}\n\n{text}"  # the turn still ends with its question
        if voice.lead(reading):  # the brain's own reflection of the answer
            text = "\n\n".join([*voice.lead(reading), text])
        elif ack and reading.reply is None:  # a brain-written reply reflects in its own words
            text = f"{ack}\n\n{text}"
        return self.turn(state, text, "followup", reading.citations)

    def _record(self, state: SessionState, slot_id: str, value: Any) -> bool:
        try:
            state.plan = state.plan.with_slot(slot_id, value)
        except (ValidationError, ValueError):
            return False
        return True

    def _unreadable(self, state: SessionState, slot_id: str, label: str) -> Turn:
        state.plan = state.plan.with_open_question(slot_id, "unclear")
        return self.advance(state, [self.content.say(state.language, "ack_unclear", label=label)])

    def _capture(self, state: SessionState, captured: dict[str, Any]) -> list[str]:
        notes = []
        for slot_id, value in captured.items():
            if slot_id not in SLOT_BY_ID or state.plan.get(slot_id) is not None:
                continue
            if is_blank(value):  # an empty value would skip that question unasked
                continue
            if not is_later(slot_id, state.current) or not self._record(state, slot_id, value):
                continue
            state.unconfirmed.append(slot_id)
            shown = display(value) or confirm.value_label(
                self.content, state.language, slot_id, value
            )
            notes.append(
                self.content.say(
                    state.language,
                    "captured",
                    label=self.content.label(state.language, slot_id),
                    value=compose._short(shown),
                )
            )
        return notes


def display(value: Any) -> str:
    """A captured value as the user said it (typed values show their free-text part; "" when
    it has none, never the value's repr)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    if isinstance(value, list):
        return "; ".join(display(v) for v in value if display(v))
    if isinstance(value, dict):
        for key in ("description", "rationale", "answer"):
            if isinstance(value.get(key), str) and value[key].strip():
                return str(value[key])
        return ""
    return str(value)
