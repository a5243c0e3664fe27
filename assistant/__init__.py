"""Problem Definition Coach: define an ML problem before you build anything.

from assistant import Coach
coach = Coach()
turn = coach.start()
turn = coach.reply(turn.session_id, "I want to make our customers happy")
"""

from assistant.composition import Coach, build_deps
from assistant.domain.errors import InvalidSessionId, PlanImportError, SessionNotFound
from assistant.domain.events import Event
from assistant.domain.plan import ProblemPlan
from assistant.domain.turn import Turn
from assistant.engine.deps import CoachDeps

__all__ = [
    "Coach",
    "CoachDeps",
    "Event",
    "InvalidSessionId",
    "PlanImportError",
    "ProblemPlan",
    "SessionNotFound",
    "Turn",
    "build_deps",
]
