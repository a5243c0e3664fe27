"""The LLM brain: any OpenAI-compatible chat model behind the same interface as the offline brain.

Built only when `COACH_LLM=openai`; importing it loads LangChain, so the offline path never does.
"""

from __future__ import annotations

from assistant.brains.base import Brain
from assistant.content.bundle import Content
from assistant.domain.ports import Retriever
from assistant.settings import Settings

from .brain import LLMBrain, LLMOutputError
from .client import make_chat_model
from .prompts import llm_prompts
from .toolchoice import tool_choice_for

__all__ = ["LLMBrain", "LLMOutputError", "build_llm_brain", "make_chat_model"]


def build_llm_brain(
    settings: Settings,
    content: Content,
    retriever: Retriever | None,
    offline: Brain | None = None,
) -> LLMBrain:
    can_search = retriever is not None and settings.llm_tool_choice != "forced"
    return LLMBrain(
        make_chat_model(settings),
        content,
        llm_prompts(settings.prompts_dir),
        retriever,
        name=f"llm:{settings.model}",
        can_search=can_search,
        timeout=settings.llm_timeout,
        retries=settings.llm_max_retries,
        tools=tool_choice_for(
            settings.base_url, settings.model, settings.llm_tool_choice, can_search
        ),
        offline=offline,
    )
