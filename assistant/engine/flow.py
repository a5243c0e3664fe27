"""The interview flow: ask a slot, apply a brain's reading, move on, finish. Pure: it changes a
`SessionState` and returns a `Turn`; the `Coach` persists both. Applying a reading lives in
`answers.py`, confirmed values and corrections in `corrections.py`, writing values into the plan
in `recording.py`."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import Content
from assistant.domain.policy import next_slot
from assistant.domain.reading import Reading, SlotContext
from assistant.domain.state import Pending, SessionState
from assistant.domain.turn import Turn, TurnKind
from assistant.nlu.domains import DomainMatcher, keyword_matcher

from . import answers, ask_less, compose, corrections, proposals, settled, tailor, voice
from .recording import record
from .slot_context import slot_context
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
        """What the brain is told with a message (`slot_context`)."""
        return slot_context(state, self.max_followups)

    # -- moving -----------------------------------------------------------------------
    def focus(self, state: SessionState, slot_id: str, phrased: Phrasing | None = None) -> str:
        """Make `slot_id` the question being asked (cursor, history, its wording and options);
        the question's text."""
        state.current = slot_id
        state.reset_slot_cursor()
        if not state.history or state.history[-1] != slot_id:
            state.history.append(slot_id)
        question = voice.question_for(slot_id, phrased) or compose.question_text(
            self.content, state.language, slot_id, state.plan, state.said, state.domain
        )
        state.last_question = question
        state.offered = [c.value for c in self.content.choices(state.language, slot_id)]
        return question

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
        question = self.focus(state, slot_id, phrased)
        lang = state.language
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
            from .editing import after_edit

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
        if record(state, slot_id, value):
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

    # -- applying a reading (answers.py), confirmations and corrections (corrections.py) ---
    def apply(self, state: SessionState, message: str, reading: Reading) -> Turn:
        """Apply a brain's reading of `message` to the slot asked now (`answers.apply`)."""
        return answers.apply(self, state, message, reading)

    def record_confirmed(self, state: SessionState, pending: Pending, value: Any) -> Turn:
        """Record a confirmed value; then the next question (or, after a correction, the
        current one again)."""
        return corrections.record_confirmed(self, state, pending, value)

    def reask_with_options(self, state: SessionState) -> Turn:
        """The current question again, listing its options."""
        return corrections.reask_with_options(self, state)
