"""The shipped answer model (`prompts/exemplars/answer_model.npz`): per-slot softmax weights over
e5 vectors, the e5 model they were trained for, and a digest of the labelled answers they were
trained on (a test fails when the corpus changed and the model was not retrained:
`make answer-model`). A missing file or one for another e5 model means no second opinion."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.nlu.answer_model import AnswerModel, SlotModel

from .embedding import MODEL_TAG

SHIPPED_MODEL = "answer_model.npz"


def load_answer_model(path: Path) -> tuple[AnswerModel, str] | None:
    """The model and the digest of its training data; None when absent or for another e5."""
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["model"]) != MODEL_TAG:
            return None
        slots = {
            str(slot): SlotModel(
                tuple(str(c) for c in data[f"classes:{slot}"]),
                data[f"weights:{slot}"].astype(np.float32),
            )
            for slot in data["slots"].tolist()
        }
        return AnswerModel(slots), str(data["digest"])


def save_answer_model(path: Path, model: AnswerModel, digest: str) -> None:
    arrays: dict[str, np.ndarray] = {
        "model": np.array(MODEL_TAG),
        "digest": np.array(digest),
        "slots": np.array(sorted(model.slots)),
    }
    for slot, m in model.slots.items():
        arrays[f"classes:{slot}"] = np.array(m.classes)
        arrays[f"weights:{slot}"] = m.weights.astype(np.float32)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    tmp.replace(path)
