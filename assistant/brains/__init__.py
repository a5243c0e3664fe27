"""Brains read the user's message for the current slot. The engine keeps the stage policy."""
