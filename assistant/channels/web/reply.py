"""What one coach reply looks like to the browser, as plain data: text, buttons, files, and the
side panels (task list, plan) to refresh with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .actions import ActionSpec
from .progress import Progress

CHART_NAME = "feasibility.svg"


@dataclass(frozen=True)
class Attachment:
    name: str
    content: bytes
    mime: str
    kind: Literal["file", "image"] = "file"


@dataclass(frozen=True)
class Lead:
    """A coach message shown just before the reply (the verdict and its chart)."""

    text: str
    attachments: list[Attachment] = field(default_factory=list)


@dataclass(frozen=True)
class PlanPanel:
    title: str
    markdown: str
    chart: bytes | None = None
    editor: dict[str, Any] | None = None  # props of the PlanEditor element (edit controls)
    key: str = ""  # changes whenever anything shown changes


@dataclass(frozen=True)
class Reply:
    """One coach message for the browser, and the side panels to refresh with it."""

    text: str
    language: str
    actions: list[ActionSpec] | None = None  # None: leave the current buttons alone
    attachments: list[Attachment] = field(default_factory=list)
    progress: Progress | None = None
    plan: PlanPanel | None = None
    lead: Lead | None = None  # shown as a message of its own, before this one
