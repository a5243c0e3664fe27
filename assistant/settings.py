"""The one place that reads the environment: `Settings` with the `COACH_` prefix."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """Where sessions and the vector index live when nothing else is configured."""
    return Path(user_data_dir("problem-definition-coach", appauthor=False))


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as `COACH_<NAME>` in the environment."""

    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    """Folder for the SQLite database and the embedded Chroma index."""
    db_url: str | None = None
    """SQLAlchemy URL of the session store; default is SQLite in `data_dir`."""
    language: Literal["auto", "en", "ko"] = "auto"
    """Interview language; `auto` picks it from the user's first message."""
    depth: Literal["full", "quick"] = "full"
    """`full` asks every slot; `quick` only the core slots."""
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    """Question templates, UI strings and LLM prompts."""
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    """Lecture cards, `knowledge/<lang>/<concept>.md`."""
    knowledge: Literal["chroma", "none"] = "chroma"
    """Retriever for teaching turns: the Chroma index, or none (teach from slot texts only)."""
    chroma_host: str | None = None
    """Chroma server host; when set, the index lives on that server instead of `data_dir`."""
    chroma_port: int = 8000
    """Chroma server port."""
    chroma_collection: str = "coach_cards"
    """Name of the Chroma collection that holds cards and ingested notes."""
    llm: Literal["offline", "openai"] = "offline"
    """Which brain runs: the offline rules, or an OpenAI-compatible chat model."""
    base_url: str | None = None
    """Base URL of the OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp)."""
    model: str = "gpt-4o-mini"
    """Chat model name sent to the endpoint."""
    llm_timeout: float = Field(default=30.0, gt=0)
    """Seconds one turn may spend on the LLM, retries included; then the offline brain answers
    the turn."""
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("COACH_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    """API key of the endpoint (`OPENAI_API_KEY`); local servers (llama.cpp, Ollama) need none."""
    llm_max_retries: int = Field(default=2, ge=0, le=5)
    """Retries of one LLM request on 429/5xx, timeouts and dropped connections (with backoff)."""
    llm_max_tokens: int = Field(default=600, ge=16)
    """Most tokens the model may generate per call (sent as `max_tokens` in the request body)."""
    llm_temperature: float = Field(default=0.2, ge=0.0, le=2.0)
    """Sampling temperature of the LLM brain."""
    llm_tool_choice: Literal["auto", "required", "forced"] = "auto"
    """`auto`: find out which tool choice the server honours (`required`, which lets the model
    search the lecture first; the named coach turn; or JSON in the text) and keep it for the
    process; `required` or `forced` (the named coach turn) pin one."""
    understanding: Literal["e5", "cues"] = "e5"
    """How the offline brain reads typed answers: lexicon cues plus e5 similarity to example
    answers (`e5`), or cues only (`cues`: no embedding model is loaded)."""
    embed_threads: int | None = Field(default=None, ge=1, le=64)
    """Threads of the e5 engine for one embedding; default two where the process may use two or
    more CPUs, else one (`assistant/knowledge/e5_runtime.py` has the measurements)."""
    max_followups: int = 2
    """Follow-up questions per slot before the answer is recorded and the gap noted."""
    max_import_bytes: int = Field(default=1_000_000, ge=1_000)
    """Largest plan file `coach import` (and `Coach.import_plan`) accepts, in bytes."""

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL actually used."""
        if self.db_url:
            return self.db_url
        return f"sqlite:///{self.data_dir / 'coach.db'}"
