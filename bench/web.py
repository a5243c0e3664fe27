"""The web app under load, driven over socket.io exactly as its frontend does (password login,
connect with a thread id, `client_message`, wait for `task_end`), beside the engine's own figure
in the same run. Goals (issue 10, on a 2-core machine): server CPU per turn <= 3x the engine's;
200 concurrent sessions, each sending a message every 10 s, with 0 errors and p95 <= 500 ms.

    .venv/bin/python bench/web.py [--turns 60] [--levels 20,50,200] [--rounds 6] [--every 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import socketio  # noqa: E402

from assistant import Coach, build_deps  # noqa: E402
from assistant.composition import warm_up  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from tests.web.chainlit_server import running_chainlit  # noqa: E402
from tests.web.socket_client import SOCKET_PATH, login  # noqa: E402

USER, PASSWORD = "bench", "bench-pw"
ENV = {"COACH_AUTH_USERS": f"{USER}:{PASSWORD}", "CHAINLIT_AUTH_SECRET": "b" * 32}
ANSWERS = [
    "8% of our subscribers cancel every month and we want to predict who will churn",
    "Subscribers in their first 3 months, and the retention team who calls them",
    "Because every lost subscriber costs us about 40 dollars a month",
    "Keep customers who would otherwise leave, measured by 90-day retention",
    "The retention team calls everyone, which is slow and expensive",
    "We have 2 years of viewing logs and billing history",
    "Yes",
    "Yes, cheaper than calling everyone",
    "No",
    "/plan",
    "I don't know",
    "Cut monthly churn from 8% to 6%",
]
TIMEOUT = 30.0


class Tab:
    """One browser tab: its own chat (thread) over its own socket.io connection."""

    def __init__(self, url: str, token: str):
        self.url, self.token = url, token
        self.thread = str(uuid.uuid4())
        self.sio = socketio.AsyncClient(reconnection=False)
        self.ends = 0
        self.texts: list[str] = []
        self.changed = asyncio.Event()
        self.sio.on("*", self._record)

    async def _record(self, event: str, data: Any = None) -> None:
        if event == "task_end":
            self.ends += 1
        elif event in ("new_message", "update_message") and isinstance(data, dict):
            self.texts.append(str(data.get("output") or ""))
        self.changed.set()

    async def _until(self, ends: int) -> None:
        while self.ends < ends:
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), TIMEOUT)

    async def open(self) -> None:
        auth = {"sessionId": str(uuid.uuid4()), "clientType": "webapp", "threadId": self.thread}
        auth |= {"userEnv": "{}", "chatProfile": None}
        await self.sio.connect(
            self.url,
            socketio_path=SOCKET_PATH,
            headers={"Cookie": f"access_token={self.token}"},
            auth=auth,
            transports=["websocket"],
            wait_timeout=TIMEOUT,
        )
        await self.sio.emit("connection_successful")
        await self._until(2)  # the chat has started (settings, task list)

    async def say(self, text: str) -> float:
        """Seconds from sending to the end of the coach's turn; raises on a failed turn."""
        ends, said = self.ends, len(self.texts)
        message = {"id": str(uuid.uuid4()), "threadId": self.thread, "name": "user"}
        message |= {"type": "user_message", "output": text, "createdAt": _now()}
        t0 = time.perf_counter()
        await self.sio.emit("client_message", {"message": message, "fileReferences": None})
        await self._until(ends + 1)
        elapsed = time.perf_counter() - t0
        if any("went wrong" in t for t in self.texts[said:]):
            raise RuntimeError("the turn failed")
        return elapsed

    async def close(self) -> None:
        await self.sio.disconnect()


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))] if ordered else 0.0


def engine_figure(turns: int, data_dir: Path) -> tuple[float, float]:
    """CPU and wall ms per turn of the engine alone (same settings, its own database)."""
    settings = Settings(data_dir=data_dir, knowledge="none")
    coach = Coach(build_deps(settings))
    warm_up(coach)  # as the web app does at startup
    sid = coach.start(language="auto").session_id
    coach.reply(sid, ANSWERS[0])  # warm up (the exemplar model loads)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i in range(turns):
        coach.reply(sid, ANSWERS[(i + 1) % len(ANSWERS)])
    return (
        (time.process_time() - cpu0) / turns * 1000,
        (time.perf_counter() - wall0) / turns * 1000,
    )


async def until_idle(pid: int, quiet_ms: float = 20.0, limit_s: float = 60.0) -> None:
    """Wait until the server spends under `quiet_ms` of CPU in half a second (its background
    warm-up has finished), so that the per-turn figure counts turns only, like the engine's."""
    deadline = time.perf_counter() + limit_s
    before = cpu_seconds(pid)
    while time.perf_counter() < deadline:
        await asyncio.sleep(0.5)
        now = cpu_seconds(pid)
        if (now - before) * 1000 < quiet_ms:
            return
        before = now


async def one_session(url: str, token: str, pid: int, turns: int) -> float:
    tab = Tab(url, token)
    await tab.open()
    await tab.say(ANSWERS[0])  # the session opens; the server warms up
    await until_idle(pid)  # the app compiles its cue patterns in the background at startup
    cpu0 = cpu_seconds(pid)
    times = [await tab.say(ANSWERS[(i + 1) % len(ANSWERS)]) for i in range(turns)]
    cpu = (cpu_seconds(pid) - cpu0) / turns * 1000
    await tab.close()
    ms = [t * 1000 for t in times]
    tenth = max(1, turns // 6)
    print(
        f"one session, {turns} turns: p50 {statistics.median(ms):.0f} ms"
        f" · p95 {pct(ms, 0.95):.0f} ms"
        f" · first {tenth} p50 {statistics.median(ms[:tenth]):.0f} ms"
        f" · last {tenth} p50 {statistics.median(ms[-tenth:]):.0f} ms"
        f" · server CPU {cpu:.1f} ms/turn"
    )
    return cpu


async def crowd(url: str, token: str, pid: int, users: int, rounds: int, every: float) -> None:
    tabs = [Tab(url, token) for _ in range(users)]
    opened = await asyncio.gather(*(t.open() for t in tabs), return_exceptions=True)
    errors = sum(isinstance(o, BaseException) for o in opened)
    times: list[float] = []

    async def user(tab: Tab, offset: float) -> None:
        nonlocal errors
        await asyncio.sleep(offset)
        for i in range(rounds):
            start = time.perf_counter()
            try:
                times.append(await tab.say(ANSWERS[i % len(ANSWERS)]))
            except Exception:
                errors += 1
            await asyncio.sleep(max(0.0, every - (time.perf_counter() - start)))

    live = [t for t, o in zip(tabs, opened, strict=True) if not isinstance(o, BaseException)]
    t0 = time.perf_counter()
    await asyncio.gather(*(user(t, every * i / len(live)) for i, t in enumerate(live)))
    wall = time.perf_counter() - t0
    await asyncio.gather(*(t.close() for t in live), return_exceptions=True)
    await asyncio.sleep(0.5)  # let the closed connections finish before the loop ends
    ms = [t * 1000 for t in times]
    print(
        f"{users:>4} sessions × {rounds} turns (one every {every:.0f} s each): "
        f"p50 {pct(ms, 0.5):.0f} ms · p95 {pct(ms, 0.95):.0f} ms · {len(ms) / wall:.1f} turns/s"
        f" · errors {errors} · server peak RSS {peak_rss_mib(pid):.0f} MiB"
    )


async def run(args: argparse.Namespace, url: str, pid: int) -> float:
    token = login(url, USER, PASSWORD)
    cpu = await one_session(url, token, pid, args.turns)
    for users in args.levels:
        await crowd(url, token, pid, users, args.rounds, args.every)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument(
        "--levels", type=lambda s: [int(x) for x in s.split(",")], default=[20, 50, 200]
    )
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--every", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine_cpu, engine_wall = engine_figure(args.turns, Path(tmp) / "engine")
        print(f"engine alone: {engine_cpu:.1f} ms CPU · {engine_wall:.1f} ms wall per turn")
        with running_chainlit(Path(tmp) / "web", ENV) as server:
            server_cpu = asyncio.run(run(args, server.url, server.pid))
        ratio = server_cpu / engine_cpu if engine_cpu else float("inf")
        print(f"server CPU per turn / engine CPU per turn: {ratio:.1f}× (goal ≤ 3×)")


if __name__ == "__main__":
    main()
