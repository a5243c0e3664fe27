"""Settings -> a `ChatOpenAI` for any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp).

- structured output goes through tool calling, which all of them support (llama.cpp's server
  rejects `response_format` of type `json_schema`);
- `max_tokens` travels in the request body: LangChain sends `max_completion_tokens`, which
  llama.cpp ignores; only OpenAI itself (no base URL) gets the official field;
- the SDK does not retry (`max_retries=0`) and its timeout is only an upper bound: the brain
  gives each request what is left of the turn's budget and retries within it (`deadline.py`).
"""

from __future__ import annotations

from typing import Any

from langchain_openai import ChatOpenAI

from assistant.settings import Settings

LOCAL_KEY = "not-needed"  # local servers accept any key, but the SDK refuses to run without one


def make_chat_model(settings: Settings, **overrides: Any) -> ChatOpenAI:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else LOCAL_KEY
    options: dict[str, Any] = {
        "model": settings.model,
        "base_url": settings.base_url,
        "api_key": key,
        "timeout": settings.llm_timeout,
        "max_retries": 0,
        "temperature": settings.llm_temperature,
        "use_responses_api": False,
        "stream_usage": False,
    }
    if settings.base_url:
        options["extra_body"] = {"max_tokens": settings.llm_max_tokens}
    else:
        options["max_tokens"] = settings.llm_max_tokens
    # the turn's deadline bounds every streamed chunk; LangChain's own 120 s chunk timeout
    # would end a cold CPU server's first answer early
    options["stream_chunk_timeout"] = None
    options.update(overrides)
    return ChatOpenAI(**options)
