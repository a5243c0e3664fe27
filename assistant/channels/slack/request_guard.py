"""What a POST to the Events endpoint must pass before bolt sees it: a declared, capped body
(413 over `SLACK_MAX_BODY_BYTES`), a numeric, recent timestamp and Slack's signature (401), and
a body Slack could have sent (400: JSON that is not an object, a form `payload` that is not a
JSON object). Refusals are logged by reason and size only, never with the body."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)
MAX_AGE = 60 * 5  # Slack's own rule: a request older than five minutes may be a replay


@dataclass(frozen=True)
class Refusal:
    status: int
    reason: str

    @property
    def status_line(self) -> str:
        return {
            400: "400 Bad Request",
            401: "401 Unauthorized",
            411: "411 Length Required",
            413: "413 Content Too Large",
        }[self.status]


class RequestGuard:
    """Reads and checks one request; `clock` is replaceable for tests."""

    def __init__(self, signing_secret: str, max_body: int, clock: Callable[[], float] = time.time):
        self.verifier = SignatureVerifier(signing_secret)
        self.max_body = max_body
        self.clock = clock

    def read(self, environ: Mapping[str, Any]) -> bytes | Refusal:
        """The body, read only when its declared length is within the cap."""
        declared = str(environ.get("CONTENT_LENGTH") or "").strip()
        if not (declared.isascii() and declared.isdigit()):
            return self._refuse(Refusal(411, "no Content-Length"), declared or "-")
        size = int(declared)
        if size > self.max_body:
            return self._refuse(Refusal(413, f"body over {self.max_body} bytes"), size)
        return bytes(environ["wsgi.input"].read(size))

    def check(self, headers: Mapping[str, str], body: bytes) -> Refusal | None:
        """None if Slack sent this; otherwise why not (the body itself is never logged)."""
        stamp = headers.get("x-slack-request-timestamp", "").strip()
        if not (stamp.isascii() and stamp.isdigit()):
            return self._refuse(Refusal(401, "missing or non-numeric timestamp"), len(body))
        if abs(self.clock() - int(stamp)) > MAX_AGE:
            return self._refuse(Refusal(401, "stale timestamp"), len(body))
        signature = headers.get("x-slack-signature", "")
        if not self.verifier.is_valid(body, stamp, signature):
            return self._refuse(Refusal(401, "bad signature"), len(body))
        if not _well_formed(headers.get("content-type", ""), body):
            return self._refuse(Refusal(400, "malformed body"), len(body))
        return None

    @staticmethod
    def _refuse(refusal: Refusal, size: object) -> Refusal:
        log.warning("refused a Slack request: %s (%s bytes)", refusal.reason, size)
        return refusal


def _well_formed(content_type: str, body: bytes) -> bool:
    """JSON must be an object; a form's `payload` (interactivity) must be a JSON object."""
    try:
        text = body.decode("utf-8")
        if content_type.split(";")[0].strip().lower() == "application/json":
            return isinstance(json.loads(text), dict)
        form = parse_qs(text, keep_blank_values=True)
        if "payload" in form:
            return isinstance(json.loads(form["payload"][0]), dict)
        return bool(form) or not text
    except (UnicodeDecodeError, ValueError):
        return False
