"""The buttons under a coach message: quick answers from the turn, then the fixed tools.
Pure data; the Chainlit module turns them into `cl.Action`s."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.domain.turn import Turn

from .strings import WebStrings

# Action names, as registered with @cl.action_callback.
CHOICE = "choice"
SKIP, BACK, SHOW_PLAN = "skip", "back", "show_plan"
EXPORT_JSON, EXPORT_MARKDOWN = "export_json", "export_markdown"
TOOLS = (SKIP, BACK, SHOW_PLAN, EXPORT_JSON, EXPORT_MARKDOWN)
ASKING_TOOLS = (SKIP, BACK, SHOW_PLAN)
"""While a question is open only these sit under it (the files arrive at the end); Show plan
stays, since on a phone the plan sidebar opens only when asked (`view.py`): one tap away.
Once the interview is over, the plan and the exports."""
DONE_TOOLS = (BACK, SHOW_PLAN, EXPORT_JSON, EXPORT_MARKDOWN)
ICONS = {
    SKIP: "skip-forward",
    BACK: "undo-2",
    SHOW_PLAN: "clipboard-list",
    EXPORT_JSON: "file-json",
    EXPORT_MARKDOWN: "file-text",
}
# The engine's commands (by name) behind the tools that change the interview.
COMMANDS = {SKIP: "skip", BACK: "back", SHOW_PLAN: "plan"}
MAX_CHOICES = 8


@dataclass(frozen=True)
class ActionSpec:
    name: str
    label: str
    tooltip: str
    payload: dict[str, str] = field(default_factory=dict)
    icon: str | None = None


def turn_actions(strings: WebStrings, turn: Turn) -> list[ActionSpec]:
    """Quick answers (sent back as the user's words, "Why does this matter?" among them) first,
    then the tools: Skip and Back while a question is open, the plan and exports at the end."""
    lang = turn.language
    specs = [
        ActionSpec(
            name=CHOICE,
            label=c.label,
            tooltip=strings(lang, "action.choice.tooltip", label=c.label),
            payload={"text": c.label, "slot": turn.slot or ""},
        )
        for c in turn.choices[:MAX_CHOICES]
    ]
    for name in DONE_TOOLS if turn.done or turn.slot is None else ASKING_TOOLS:
        specs.append(
            ActionSpec(
                name=name,
                label=strings(lang, f"action.{name}"),
                tooltip=strings(lang, f"action.{name}.tooltip"),
                icon=ICONS[name],
            )
        )
    return specs
