"""What the browser app runs on, built once per process from settings: the coaches (offline,
and an LLM one sharing the same store when configured) and the app's strings. Tests install
their own with `set_runtime`."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from assistant import Coach, CoachDeps
from assistant.content.bundle import Content
from assistant.settings import Settings

from .ownership import Ownership
from .prefs import Prefs
from .settings import WebSettings
from .strings import WebStrings, load_strings

log = logging.getLogger(__name__)


@dataclass
class WebRuntime:
    settings: Settings
    web: WebSettings
    coaches: dict[str, Coach]
    strings: WebStrings
    ownership: Ownership
    defaults: Prefs = field(default_factory=Prefs)

    @classmethod
    def build(cls, settings: Settings | None = None, web: WebSettings | None = None) -> WebRuntime:
        settings = settings or Settings()
        offline = Coach(CoachDeps.build(settings.model_copy(update={"llm": "offline"})))
        coaches = {"offline": offline}
        if settings.llm == "openai":
            try:
                deps = CoachDeps.build(
                    settings, store=offline.deps.store, retriever=offline.deps.retriever
                )
                coaches["llm"] = Coach(deps)
            except Exception:  # a broken LLM setup must not take the offline coach down
                log.exception("the LLM brain could not be built; the offline brain runs alone")
        return cls.assemble(settings, coaches, web)

    @classmethod
    def assemble(
        cls, settings: Settings, coaches: dict[str, Coach], web: WebSettings | None = None
    ) -> WebRuntime:
        """A runtime around coaches built elsewhere (tests pass fakes here)."""
        default_brain = "llm" if "llm" in coaches else "offline"
        return cls(
            settings=settings,
            web=web or WebSettings(),
            coaches=coaches,
            strings=load_strings(settings.prompts_dir),
            ownership=Ownership(coaches["offline"].deps.store.engine),
            defaults=Prefs(language=settings.language, depth=settings.depth, brain=default_brain),
        )

    @property
    def brains(self) -> tuple[str, ...]:
        return tuple(self.coaches)

    @property
    def content(self) -> Content:
        return self.coaches["offline"].deps.content

    def coach(self, brain: str) -> Coach:
        return self.coaches.get(brain) or self.coaches["offline"]


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
