"""Settings -> ChatOpenAI: endpoint, key from the environment, timeout, bounded retries, and
max_tokens where llama.cpp reads it."""

from __future__ import annotations

import pytest

from assistant.brains.llm import make_chat_model
from assistant.settings import Settings


def test_local_endpoint(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    settings = Settings(
        llm="openai",
        base_url="http://127.0.0.1:9/v1",
        model="qwen",
        llm_timeout=7,
        llm_max_retries=3,
        llm_max_tokens=321,
    )
    model = make_chat_model(settings)
    assert model.openai_api_base == "http://127.0.0.1:9/v1" and model.model_name == "qwen"
    assert model.openai_api_key is not None
    assert model.openai_api_key.get_secret_value() == "sk-from-env"
    # the SDK neither retries nor waits longer than the turn's budget: the brain does both
    assert model.request_timeout == 7 and model.max_retries == 0
    assert model.extra_body == {"max_tokens": 321} and model.max_tokens is None
    assert model.use_responses_api is False


def test_openai_itself_gets_the_official_field_and_a_placeholder_key_is_never_needed():
    model = make_chat_model(Settings(llm="openai", llm_max_tokens=99))
    assert model.max_tokens == 99 and model.extra_body is None
    assert Settings(llm="openai").openai_api_key is None
