"""Which `tool_choice` a server honours, found out rather than configured.

Forms, in the order they are tried:
- `required`: the model must call a tool and may call `search_lecture` first (OpenAI, vLLM,
  llama.cpp's own server);
- `named`: the request names `coach_turn` (OpenAI, vLLM, llama-cpp-python, which constrains the
  output with a grammar);
- `auto`: the model may answer in text, and is asked to write the call as JSON there
  (`text_call` reads it).

A form is given up when the server rejects it before it ever worked (HTTP 400 or 422, or a 500
with no message or one about tools: llama-cpp-python's function-calling format fails an assertion
on `required`) or ignores it (answers in text instead of a tool call). The choice
is kept per endpoint and model for the rest of the process, so one session's discovery saves
every later turn the extra call. `COACH_LLM_TOOL_CHOICE=required|forced` pins a form instead.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Literal

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from pydantic import BaseModel

log = logging.getLogger(__name__)
Form = Literal["required", "named", "auto"]
ORDER: tuple[Form, ...] = ("required", "named", "auto")
REJECTED = {400, 422}
SETTING_TO_FORM: dict[str, Form] = {"required": "required", "forced": "named"}


@dataclass
class ToolChoice:
    """The form to use for one endpoint and model, and what has been learnt about it."""

    form: Form = "required"
    pinned: bool = False
    """Configured, not detected: never switched."""
    works: bool = False
    """A response in this form came back as a tool call."""
    failed: set[str] = field(default_factory=set)
    how: str = "not tried yet"
    """Why this form is used, for `coach doctor`."""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def answered(self, form: Form, with_tool_call: bool) -> None:
        """A response came back in `form`: as a tool call, or as text."""
        with self._lock:
            if form != self.form:
                return
            if with_tool_call or form == "auto":
                if not self.works and not self.failed:
                    self.how = f"the server honours tool_choice={_shown(form)}"
                self.works = True
                return
            if not self.works:
                self._give_up(form, f"the server ignored tool_choice={_shown(form)}")

    def rejected(self, form: Form, exc: BaseException) -> bool:
        """Whether `exc` says the server does not accept `form` (then the next form is used)."""
        if self.pinned or self.works or form != self.form:
            return False
        if not any(f not in self.failed and f != form for f in ORDER):
            return False  # nothing else to try: an error like any other
        if not isinstance(exc, openai.APIStatusError) or not _refusal(exc):
            return False
        with self._lock:
            self._give_up(form, f"the server rejected tool_choice={_shown(form)}")
        return True

    def _give_up(self, form: Form, why: str) -> None:
        if self.pinned:
            return
        self.failed.add(form)
        following = [f for f in ORDER if f not in self.failed]
        self.form = following[0] if following else "auto"
        self.how = f"{why}; using {_shown(self.form)}"
        log.info("tool choice: %s", self.how)


def _refusal(exc: openai.APIStatusError) -> bool:
    if exc.status_code in REJECTED:
        return True
    if exc.status_code != 500:
        return False
    body = exc.body if isinstance(exc.body, dict) else {}
    message = str(body.get("message") or "")
    return not message.strip() or "tool" in message.lower()


def _shown(form: Form) -> str:
    return {"required": '"required"', "named": "coach_turn (named)", "auto": '"auto" (JSON text)'}[
        form
    ]


_KNOWN: dict[tuple[str, str], ToolChoice] = {}
_KNOWN_LOCK = threading.Lock()


def tool_choice_for(base_url: str | None, model: str, setting: str, can_search: bool) -> ToolChoice:
    """The shared `ToolChoice` of an endpoint and model (one per process)."""
    key = (base_url or "openai", model)
    with _KNOWN_LOCK:
        if key not in _KNOWN:
            pinned = setting in SETTING_TO_FORM
            form = SETTING_TO_FORM.get(setting, "required" if can_search else "named")
            how = f"set by COACH_LLM_TOOL_CHOICE={setting}" if pinned else "not tried yet"
            _KNOWN[key] = ToolChoice(form=form, pinned=pinned, how=how)
        return _KNOWN[key]


def forget() -> None:
    """Drop what was learnt (tests)."""
    with _KNOWN_LOCK:
        _KNOWN.clear()


class ping(BaseModel):  # noqa: N801 - the class name is the tool name the model sees
    """Answer the health check (call it with ok=true)."""

    ok: bool


PROBE = [HumanMessage("Health check: call the function `ping` with ok=true.")]
CHOICES: dict[Form, str] = {"required": "required", "named": "ping", "auto": "auto"}


def probe(model: BaseChatModel, choice: ToolChoice) -> ToolChoice:
    """Find the form the server honours with a tiny request per form (`coach doctor`); what is
    found is kept in `choice` as a conversation would have found it."""
    for _ in ORDER:
        form = choice.form
        runnable = model.bind_tools([ping], tool_choice=CHOICES[form])
        try:
            ai = runnable.invoke(PROBE)
        except openai.APIStatusError as exc:
            if choice.rejected(form, exc):
                continue
            raise
        choice.answered(form, bool(ai.tool_calls or ai.invalid_tool_calls))
        if choice.works or choice.pinned or form == choice.form:
            break
    return choice
