"""Split the answer corpus once into dev (70%) and holdout (30%) with a fixed seed.

Run once; the result is committed as `holdout.txt` (one id per line). Re-running refuses to
overwrite it: the holdout is only ever reported, never tuned on."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SEED = 20261201
HOLDOUT_SHARE = 0.3


def main() -> int:
    out = HERE / "holdout.txt"
    if out.exists():
        print(f"{out} exists: the split is fixed", file=sys.stderr)
        return 1
    holdout: list[str] = []
    for path in sorted((HERE / "corpus").glob("*.yaml")):
        ids = sorted(item["id"] for item in yaml.safe_load(path.read_text(encoding="utf-8")))
        rng = random.Random(f"{SEED}:{path.stem}")
        rng.shuffle(ids)
        holdout += sorted(ids[: round(len(ids) * HOLDOUT_SHARE)])
    out.write_text("\n".join(holdout) + "\n", encoding="utf-8")
    print(f"{len(holdout)} holdout ids written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
