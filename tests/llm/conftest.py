from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Coach, CoachDeps
from assistant.brains.llm import LLMBrain
from assistant.brains.llm.prompts import llm_prompts
from assistant.brains.llm.toolchoice import ToolChoice, forget
from assistant.brains.offline import OfflineBrain
from assistant.settings import Settings
from tests.fakes import FakeRetriever

from .fakes import RecordingChatModel


@pytest.fixture
def model() -> RecordingChatModel:
    return RecordingChatModel()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", knowledge="none", language="en")


@pytest.fixture(autouse=True)
def _fresh_tool_choice() -> Iterator[None]:
    """Each test finds out its fake server's tool choice anew (ports are reused)."""
    forget()
    yield
    forget()


@pytest.fixture
def brain(model: RecordingChatModel, settings: Settings) -> LLMBrain:
    from assistant.content.bundle import load_content

    content = load_content(settings.prompts_dir)
    retriever = FakeRetriever()
    return LLMBrain(
        model,
        content,
        llm_prompts(settings.prompts_dir),
        retriever,
        name="llm:fake",
        offline=OfflineBrain(content, retriever),
        tools=ToolChoice(form="required", works=True),  # as found on an earlier turn
    )


@pytest.fixture
def coach(brain: LLMBrain, settings: Settings) -> Coach:
    return Coach(CoachDeps.build(settings, brain=brain, retriever=brain.retriever))  # type: ignore[arg-type]
