"""`coach doctor`'s tool-choice line: which `tool_choice` form the LLM endpoint honours, found
with one tiny request per form (what a session would find on its first turns)."""

from __future__ import annotations

from assistant.settings import Settings

Check = tuple[bool | None, str]
PROBE_TOKENS = 32


def check_tool_choice(settings: Settings) -> Check:
    if settings.llm != "openai":
        return None, "not used by the offline brain"
    from assistant.brains.llm.client import make_chat_model
    from assistant.brains.llm.toolchoice import probe, tool_choice_for

    overrides: dict[str, object] = {"max_retries": 0}
    if settings.base_url:
        overrides["extra_body"] = {"max_tokens": PROBE_TOKENS}
    else:
        overrides["max_tokens"] = PROBE_TOKENS
    model = make_chat_model(settings, **overrides)
    choice = tool_choice_for(
        settings.base_url, settings.model, settings.llm_tool_choice, settings.knowledge != "none"
    )
    try:
        probe(model, choice)
    except Exception as exc:
        return False, f"the tool-choice probe failed: {exc}"
    if not choice.works:
        return False, f"{choice.how}; the model answered no tool call in any form"
    return True, f"uses {choice.form!r}: {choice.how}"
