"""What the browser app runs on, built once per process from settings: one `Coach` (every
session reads with the brain it chose: offline, or the LLM when one is configured), the app's
strings and the owners of web sessions. Tests install their own with `set_runtime`."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.composition import Coach, build_deps, store_engine
from assistant.content.bundle import Content
from assistant.engine.coach import Coach as EngineCoach
from assistant.settings import Settings

from .ownership import Ownership
from .prefs import Prefs
from .settings import WebSettings
from .strings import WebStrings, load_strings


@dataclass
class WebRuntime:
    settings: Settings
    web: WebSettings
    coach: EngineCoach
    strings: WebStrings
    ownership: Ownership
    defaults: Prefs = field(default_factory=Prefs)

    @classmethod
    def build(cls, settings: Settings | None = None, web: WebSettings | None = None) -> WebRuntime:
        """One coach; a broken LLM setup leaves the offline brain running alone."""
        coach = Coach(build_deps(settings or Settings(), llm_optional=True))
        return cls.assemble(coach, web)

    @classmethod
    def assemble(cls, coach: EngineCoach, web: WebSettings | None = None) -> WebRuntime:
        """A runtime around a coach built elsewhere (tests pass one with fakes)."""
        settings = coach.deps.settings
        return cls(
            settings=settings,
            web=web or WebSettings(),
            coach=coach,
            strings=load_strings(settings.prompts_dir),
            ownership=Ownership(store_engine(coach)),
            defaults=Prefs(
                language=settings.language, depth=settings.depth, brain=coach.deps.default_brain
            ),
        )

    @property
    def brains(self) -> tuple[str, ...]:
        return self.coach.brains

    @property
    def content(self) -> Content:
        return self.coach.content


_runtime: WebRuntime | None = None


def get_runtime() -> WebRuntime:
    """The process's runtime, built from settings on first use."""
    global _runtime
    if _runtime is None:
        _runtime = WebRuntime.build()
    return _runtime


def set_runtime(runtime: WebRuntime | None) -> None:
    """Install a runtime (tests), or `None` to build a fresh one from settings on next use."""
    global _runtime
    _runtime = runtime
