"""A reading does not depend on the process: options whose totals tie are ranked in the order
their evidence came, not in the order of a set (string hashing differs from process to process,
so a tie went one way after one restart and the other way after the next)."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
from assistant.content.lexicon import lexicons
from assistant.nlu.reader import read_option
from assistant.settings import PROJECT_ROOT
lex = lexicons(PROJECT_ROOT / "prompts")["en"]
options = {"labeled": ["tagged"], "unlabeled": ["raw"], "no_data": ["nothing"]}
r = read_option("tagged and raw", options, lex)
print(r.value, r.confidence)
"""


def test_a_tie_reads_the_same_under_every_hash_seed() -> None:
    seen = set()
    for seed in range(6):  # without the fix, all six agree with odds 1 in 32
        out = subprocess.run(
            [sys.executable, "-c", PROGRAM],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
        )
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen
