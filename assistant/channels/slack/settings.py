"""`SlackSettings`: the Slack bot's configuration, read from `SLACK_*` environment variables."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class SlackSettings(BaseSettings):
    """Tokens and Web API options. Every field can be set as `SLACK_<NAME>` in the environment."""

    model_config = SettingsConfigDict(env_prefix="SLACK_", extra="ignore")

    bot_token: SecretStr | None = None
    """Bot User OAuth Token (`xoxb-...`), needed in both modes."""
    app_token: SecretStr | None = None
    """App-level token (`xapp-...`, scope `connections:write`), needed for Socket Mode."""
    signing_secret: SecretStr | None = None
    """Signing Secret that verifies requests to the HTTP endpoint."""
    api_url: str = "https://slack.com/api/"
    """Base URL of the Slack Web API (tests point it at a fake server on localhost)."""
    rate_limit_retries: int = 3
    """How often a Web API call answered with 429 is retried after its Retry-After."""
    workers: int = 8
    """Threads that run coaching turns after the ack (turns of one thread still run in order)."""
    verify_token: bool = True
    """Call `auth.test` at start-up to check the bot token and learn the bot's user id."""
    max_body_bytes: int = Field(default=1_000_000, ge=10_000)
    """Largest request body the HTTP endpoint reads; a larger one is refused with 413."""

    def secret(self, name: str) -> str:
        """The value of a token field, or a clear error naming the variable to set."""
        value = getattr(self, name)
        if value is None or not value.get_secret_value():
            raise MissingSlackSetting(f"SLACK_{name.upper()} is not set")
        return str(value.get_secret_value())


class MissingSlackSetting(ValueError):
    """A token the chosen mode needs is not configured."""
