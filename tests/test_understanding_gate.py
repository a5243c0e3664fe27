"""The dev split of the answer corpus gates the reader, so a lexicon or exemplar edit cannot
quietly make it worse (the holdout is only reported, by bench/understanding.py)."""

from __future__ import annotations

from collections import Counter

from assistant.brains.offline import OfflineBrain
from assistant.composition import exemplars
from assistant.content.bundle import load_content
from assistant.knowledge.embedding import query_key
from assistant.knowledge.exemplar_index import SHIPPED
from assistant.knowledge.vectors import load_vectors
from assistant.settings import Settings
from bench.understanding.corpus import context, items, score

# Per tuning split and language: (least share read right, most share silently wrong, most
# feasibility answers recorded in the wrong direction), about two points under what was measured
# when the gate was last raised (dev en 92.9% / ko 91.2% right; dev2 en 89.8 / ko 89.4; dev3 en
# 85.0 / ko 91.9; dev4 en 90.7 / ko 90.7; dev5 en 79.7 / ko 82.5, tuned on for five rounds; dev6
# en 88.0 / ko 84.3, tuned on for three; dev7 en 85.2 / ko 80.2, tuned on for two).
# A split joins the gate once its reading has been tuned.
GATES = {
    ("dev", "en"): (0.905, 0.025, 0),
    ("dev", "ko"): (0.89, 0.025, 0),
    ("dev2", "en"): (0.875, 0.025, 0),
    ("dev2", "ko"): (0.865, 0.025, 0),
    ("dev3", "en"): (0.83, 0.03, 1),
    ("dev3", "ko"): (0.895, 0.02, 0),
    ("dev4", "en"): (0.885, 0.03, 1),
    ("dev4", "ko"): (0.875, 0.02, 0),
    ("dev5", "en"): (0.77, 0.03, 0),
    ("dev5", "ko"): (0.80, 0.01, 0),
    ("dev6", "en"): (0.86, 0.02, 0),
    ("dev6", "ko"): (0.82, 0.01, 0),
    ("dev7", "en"): (0.83, 0.03, 0),
    ("dev7", "ko"): (0.78, 0.04, 0),
}


def _read_splits() -> dict[tuple[str, str], Counter[str]]:
    settings = Settings(knowledge="none")
    content = load_content(settings.prompts_dir)
    brain = OfflineBrain(content, None, exemplars(settings, content))
    counts: dict[tuple[str, str], Counter[str]] = {key: Counter() for key in GATES}
    for item in items():
        key = (item.split, item.lang)
        if key in counts:
            outcome, _ = score(item, brain.read(context(item), item.text))
            counts[key][outcome] += 1
    return counts


def test_tuning_splits_read_right_and_never_flip_a_feasibility_answer_silently() -> None:
    for key, c in _read_splits().items():
        least_right, most_wrong, most_flipped = GATES[key]
        n = sum(c.values())
        assert n, key
        assert c["right"] / n >= least_right, (key, c)
        assert (c["wrong"] + c["wrong_direction"]) / n <= most_wrong, (key, c)
        assert c["wrong_direction"] <= most_flipped, (key, c)


def test_shipped_exemplar_vectors_are_current() -> None:
    settings = Settings()
    banks = load_content(settings.prompts_dir).exemplars
    shipped = load_vectors(settings.prompts_dir / "exemplars" / SHIPPED)
    texts = {
        t for b in banks.values() for g in b.groups().values() for ts in g.values() for t in ts
    }
    missing = [t for t in texts if query_key(t) not in shipped]
    assert not missing, f"run `coach index --save-exemplar-vectors` ({len(missing)} missing)"
