"""Why the bot could not start, in a form the CLI can say in one line: the Slack Web API was not
reachable for `auth.test`, or it refused the token."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.error import URLError

from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError


@dataclass(frozen=True)
class StartupProblem:
    kind: str
    """`unreachable` (network, proxy, DNS, TLS) or `refused` (Slack answered with an error)."""
    reason: str
    """Slack's error code (`invalid_auth`, …) or the network error, one line."""


def startup_problem(exc: BaseException) -> StartupProblem | None:
    """The problem behind an exception raised while building the bolt app; None if it is not
    one of these (a bug: let it surface)."""
    api_error = exc if isinstance(exc, SlackApiError) else exc.__context__
    if isinstance(exc, BoltError | SlackApiError) and isinstance(api_error, SlackApiError):
        response = api_error.response
        code = response.get("error") if hasattr(response, "get") else None
        return StartupProblem("refused", str(code or response.status_code))
    if isinstance(exc, URLError):
        return StartupProblem("unreachable", _line(exc.reason))
    if isinstance(exc, OSError):
        return StartupProblem("unreachable", _line(exc))
    if isinstance(exc, BoltError):
        return StartupProblem("refused", _line(exc))
    return None


def _line(reason: object) -> str:
    return " ".join(str(reason).split())[:200] or type(reason).__name__
