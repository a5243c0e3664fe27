"""Loaders for the files under `prompts/`: templates, curriculum, UI messages and lexicon.

Everything is validated at load time: a missing template, an unknown placeholder, or a language
that lacks a key fails loudly when the files are read, never mid-conversation.
"""
