"""The coach's review of a plan: checks against the lecture, findings, readiness per stage.

Pure: `run.review_plan(plan, words, texts)` takes the cue words and the question templates as
arguments (loaded from prompts/review/ by the content layer) and does no I/O. Import from the
submodules (`model`, `words`, `run`); this package imports nothing so that `plan.py` can use
`model` without a cycle.
"""
