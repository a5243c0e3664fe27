"""A scripted test brain, like pydantic-ai's `FunctionModel`: its readings come from a function
of (slot context, message), so engine tests decide exactly what the brain read, without the
offline reader's lexicon. It records every call; `StreamingBrain` also streams text first."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

from assistant import Coach, build_deps
from assistant.domain.reading import Reading, SlotContext
from assistant.settings import Settings

from .fakes import FakeRetriever

ReadFn = Callable[[SlotContext, str], Reading]


class ScriptedBrain:
    def __init__(self, fn: ReadFn, name: str = "scripted"):
        self.fn = fn
        self.name = name
        self.calls: list[tuple[str, str]] = []

    def read(self, ctx: SlotContext, message: str) -> Reading:
        self.calls.append((ctx.slot_id, message))
        return self.fn(ctx, message)

    async def aread(self, ctx: SlotContext, message: str) -> Reading:
        return self.read(ctx, message)


class StreamingBrain(ScriptedBrain):
    """Streams `chunks` before each reading (as the LLM brain streams its reply)."""

    def __init__(self, fn: ReadFn, chunks: Sequence[str], name: str = "llm:fake"):
        super().__init__(fn, name)
        self.chunks = list(chunks)

    async def astream(self, ctx: SlotContext, message: str) -> AsyncIterator[str | Reading]:
        for chunk in self.chunks:
            yield chunk
        yield self.read(ctx, message)


def answers(ctx: SlotContext, message: str) -> Reading:
    """Every message answers the slot being asked, as said (typed slots: the first option)."""
    return Reading(move="answer", value=message)


def coach_with(tmp_path: Path, brain: ScriptedBrain, **settings: object) -> Coach:
    """A coach whose default brain is `brain` (the offline brain stays as the fallback)."""
    s = Settings(data_dir=tmp_path / "data", knowledge="none", **settings)  # type: ignore[arg-type]
    return Coach(build_deps(s, brain=brain, retriever=FakeRetriever()))  # type: ignore[arg-type]


def offline_reader(coach: Coach) -> ReadFn:
    """The coach's own offline reading, for scripted brains that only add streaming."""
    return coach.deps.brains["offline"].read
