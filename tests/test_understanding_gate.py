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

# Measured on the dev split when the gate was last raised (en 89.4% / ko 88.1% right, 0.4% / 0.4%
# silently wrong), with about two points of slack per language.
MIN_RIGHT = {"en": 0.875, "ko": 0.86}
MAX_WRONG = {"en": 0.025, "ko": 0.025}
# dev2, the second tuning corpus written blind (en measured 85.4% right, 0.4% silently wrong);
# a language joins this gate once its reading of dev2 has been tuned.
MIN_RIGHT_DEV2 = {"en": 0.835}
MAX_WRONG_DEV2 = {"en": 0.025}


def test_dev_split_reads_right_and_never_flips_a_feasibility_answer_silently() -> None:
    settings = Settings(knowledge="none")
    content = load_content(settings.prompts_dir)
    brain = OfflineBrain(content, None, exemplars(settings, content))
    counts: dict[str, Counter[str]] = {"en": Counter(), "ko": Counter()}
    for item in items():
        if item.split == "dev":
            outcome, _ = score(item, brain.read(context(item), item.text))
            counts[item.lang][outcome] += 1
    for lang, c in counts.items():
        n = sum(c.values())
        assert c["right"] / n >= MIN_RIGHT[lang], (lang, c)
        assert (c["wrong"] + c["wrong_direction"]) / n <= MAX_WRONG[lang], (lang, c)
        assert c["wrong_direction"] <= 1, (lang, c)


def test_dev2_reads_right_and_never_flips_a_feasibility_answer_silently() -> None:
    settings = Settings(knowledge="none")
    content = load_content(settings.prompts_dir)
    brain = OfflineBrain(content, None, exemplars(settings, content))
    counts: dict[str, Counter[str]] = {lang: Counter() for lang in MIN_RIGHT_DEV2}
    for item in items():
        if item.split == "dev2" and item.lang in counts:
            outcome, _ = score(item, brain.read(context(item), item.text))
            counts[item.lang][outcome] += 1
    for lang, c in counts.items():
        n = sum(c.values())
        assert n, lang
        assert c["right"] / n >= MIN_RIGHT_DEV2[lang], (lang, c)
        assert (c["wrong"] + c["wrong_direction"]) / n <= MAX_WRONG_DEV2[lang], (lang, c)
        assert c["wrong_direction"] == 0, (lang, c)


def test_shipped_exemplar_vectors_are_current() -> None:
    settings = Settings()
    banks = load_content(settings.prompts_dir).exemplars
    shipped = load_vectors(settings.prompts_dir / "exemplars" / SHIPPED)
    texts = {
        t for b in banks.values() for g in b.groups().values() for ts in g.values() for t in ts
    }
    missing = [t for t in texts if query_key(t) not in shipped]
    assert not missing, f"run `coach index --save-exemplar-vectors` ({len(missing)} missing)"
