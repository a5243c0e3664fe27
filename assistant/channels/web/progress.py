"""The ten stages as a task list: done once passed or full, running where the interview is,
skipped where the depth asks nothing. Counts are those of the depth in use (`coverage`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.content.bundle import Content
from assistant.domain.coverage import StageCount, stage_counts
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import STAGES

from .strings import WebStrings

TaskState = Literal["ready", "running", "done", "skipped"]


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


def stage_states(
    counts: dict[str, StageCount], stage: str | None, done: bool
) -> dict[str, TaskState]:
    """Stages the depth skips are skipped; stages before the current one (or every stage once
    the interview is done) count as done, as does any stage whose slots are all filled; the
    current stage is running."""
    current = STAGES.index(stage) if stage in STAGES else (len(STAGES) if done else 0)
    states: dict[str, TaskState] = {}
    for i, name in enumerate(STAGES):
        count = counts[name]
        if count.skipped:
            states[name] = "skipped"
        elif i < current or count.complete:
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
    depth: str = "full",
) -> Progress:
    counts = stage_counts(plan, depth)
    states = stage_states(counts, stage, done)
    tasks = tuple(
        StageTask(
            stage=name,
            title=_title(strings, lang, content.curricula[lang].stages[name].title, counts[name]),
            status=states[name],
        )
        for name in STAGES
    )
    filled = sum(c.filled for c in counts.values())
    slots = sum(c.total for c in counts.values())
    if done:
        status = strings(lang, "progress.done", filled=filled, slots=slots)
    else:
        number = STAGES.index(stage) + 1 if stage in STAGES else 1
        status = strings(
            lang, "progress.status", number=number, total=len(STAGES), filled=filled, slots=slots
        )
    return Progress(status=status, tasks=tasks)


def _title(strings: WebStrings, lang: str, title: str, count: StageCount) -> str:
    if count.skipped:
        return strings(lang, "progress.task_skipped", title=title)
    return strings(lang, "progress.task", title=title, filled=count.filled, total=count.total)


MARKS = {"done": "✓", "running": "▶", "ready": "○", "skipped": "–"}


def progress_markdown(progress: Progress) -> str:
    """The same progress as Markdown, for the plan sidebar (which Chainlit shows in the place of
    the task list on wide screens)."""
    lines = [f"**{progress.status}**", ""]
    for task in progress.tasks:
        title = f"**{task.title}**" if task.status == "running" else task.title
        lines.append(f"- {MARKS[task.status]} {title}")
    return "\n".join(lines) + "\n"
