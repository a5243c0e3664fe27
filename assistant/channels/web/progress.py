"""The ten stages as a task list: done once passed or full, running where the interview is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import STAGES

from .strings import WebStrings

TaskState = Literal["ready", "running", "done"]


@dataclass(frozen=True)
class StageTask:
    stage: str
    title: str
    status: TaskState


@dataclass(frozen=True)
class Progress:
    """What the task list shows: a status line and one task per stage."""

    status: str
    tasks: tuple[StageTask, ...]


def stage_states(plan: ProblemPlan, stage: str | None, done: bool) -> dict[str, TaskState]:
    """Stages before the current one (or every stage once the interview is done) count as done,
    as does any stage whose slots are all filled; the current stage is running."""
    current = STAGES.index(stage) if stage in STAGES else (len(STAGES) if done else 0)
    states: dict[str, TaskState] = {}
    for i, name in enumerate(STAGES):
        p = plan.progress[name]
        if i < current or (p.total and p.filled == p.total):
            states[name] = "done"
        elif i == current and not done:
            states[name] = "running"
        else:
            states[name] = "ready"
    return states


def build_progress(
    content: Content,
    strings: WebStrings,
    plan: ProblemPlan,
    stage: str | None,
    done: bool,
    lang: str,
) -> Progress:
    states = stage_states(plan, stage, done)
    tasks = tuple(
        StageTask(
            stage=name,
            title=strings(
                lang,
                "progress.task",
                title=content.curricula[lang].stages[name].title,
                filled=plan.progress[name].filled,
                total=plan.progress[name].total,
            ),
            status=states[name],
        )
        for name in STAGES
    )
    filled = sum(p.filled for p in plan.progress.values())
    slots = sum(p.total for p in plan.progress.values())
    if done:
        status = strings(lang, "progress.done", filled=filled, slots=slots)
    else:
        number = STAGES.index(stage) + 1 if stage in STAGES else 1
        status = strings(
            lang, "progress.status", number=number, total=len(STAGES), filled=filled, slots=slots
        )
    return Progress(status=status, tasks=tasks)


MARKS = {"done": "✓", "running": "▶", "ready": "○"}


def progress_markdown(progress: Progress) -> str:
    """The same progress as Markdown, for the plan sidebar (which Chainlit shows in the place of
    the task list on wide screens)."""
    lines = [f"**{progress.status}**", ""]
    for task in progress.tasks:
        title = f"**{task.title}**" if task.status == "running" else task.title
        lines.append(f"- {MARKS[task.status]} {title}")
    return "\n".join(lines) + "\n"
