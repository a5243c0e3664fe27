"""Channels: thin adapters (Slack, web) that translate messages to and from the `Coach` engine."""
