"""Fixtures for the browser app: a runtime around the faked-retriever coach, and a service."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Coach
from assistant.channels.web.runtime import WebRuntime
from assistant.channels.web.service import ChatService
from assistant.channels.web.settings import WebSettings
from tests.fakes import make_coach


@pytest.fixture
def coach(tmp_path: Path) -> Coach:
    return make_coach(tmp_path)


@pytest.fixture
def runtime(coach: Coach) -> WebRuntime:
    return WebRuntime.assemble(coach, WebSettings())


@pytest.fixture
def service(runtime: WebRuntime) -> ChatService:
    return ChatService(runtime)


QUICK_TO_FEASIBILITY = [
    "/quick",
    "Subscribers of our streaming service in their first 3 months, and the retention team",
    "Keep customers who would otherwise leave, measured by 90-day retention",
    "We have 2 years of viewing logs and billing history",
    "Predict which subscribers will cancel in the next 30 days",
]
ONE_BY_ONE = "Ask me one by one"
"""Declines the checks proposed at the start of feasibility, so each is asked."""
STATEMENT = "8% of our subscribers cancel every month and I want to predict who will churn."
