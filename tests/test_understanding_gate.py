"""The dev split of the answer corpus gates the reader, so a lexicon or exemplar edit cannot
quietly make it worse (the holdout is only reported, by bench/understanding.py).

The gate reads with the cues and exemplars alone: the answer model was trained on these very
splits, so with it the figures say little about a lexicon edit. The reader as shipped (with the
model's second opinion) must read at least as many right and no more wrong on every split."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from assistant.brains.offline import OfflineBrain
from assistant.composition import exemplars
from assistant.content.bundle import load_content
from assistant.knowledge.answer_model_file import SHIPPED_MODEL, load_answer_model
from assistant.knowledge.embedding import query_key
from assistant.knowledge.exemplar_index import SHIPPED
from assistant.knowledge.vectors import load_vectors
from assistant.nlu.answer_model import AnswerModel
from assistant.nlu.asked_model import ASKED
from assistant.settings import Settings
from bench.understanding.corpus import context, items, score
from bench.understanding.train import shipped_digest, training_set

# Reading every tuning answer three ways (cues alone, as shipped, without the asked model) embeds
# ~31,000 answers (~36,000 since session 45): about 10 minutes on the 2-core box of sessions
# 20-42, over 20 on session 43's slower one (AVX-512 FP16 / AMX), where a 1,200 s limit ran out.
pytestmark = pytest.mark.timeout(3000)

# Per tuning split and language: (least share read right, most share silently wrong, most
# feasibility answers recorded in the wrong direction), about two points under the cue-alone
# figures measured when the gate was last raised (session 13, after the dev17/dev18 tuning and the
# dev19 moves: from dev9 en 97.1% right down to dev17 ko 75.3%; dev19 holds corrections,
# questions back, don't-know and vague or concrete aims, where "wrong" is any move misread). The
# "cues alone" reader still has the e5 exemplars, only the answer model is left out. A split
# joins once its reading was tuned.
GATES = {
    ("dev", "en"): (0.925, 0.015, 0),
    ("dev", "ko"): (0.895, 0.015, 0),
    ("dev2", "en"): (0.885, 0.015, 0),
    ("dev2", "ko"): (0.885, 0.02, 0),
    ("dev3", "en"): (0.855, 0.025, 0),
    ("dev3", "ko"): (0.905, 0.01, 0),
    ("dev4", "en"): (0.895, 0.025, 0),
    ("dev4", "ko"): (0.89, 0.02, 0),
    ("dev5", "en"): (0.83, 0.025, 0),
    ("dev5", "ko"): (0.805, 0.01, 0),
    ("dev6", "en"): (0.885, 0.02, 0),
    ("dev6", "ko"): (0.84, 0.01, 0),
    ("dev7", "en"): (0.905, 0.01, 0),
    ("dev7", "ko"): (0.795, 0.035, 0),
    ("dev8", "en"): (0.87, 0.025, 0),
    ("dev8", "ko"): (0.76, 0.01, 0),
    ("dev9", "en"): (0.95, 0.01, 0),
    ("dev9", "ko"): (0.755, 0.02, 0),
    ("dev10", "en"): (0.895, 0.01, 0),
    ("dev10", "ko"): (0.795, 0.01, 0),
    ("dev11", "en"): (0.885, 0.01, 0),
    ("dev11", "ko"): (0.87, 0.01, 0),
    ("dev12", "en"): (0.915, 0.01, 0),
    ("dev12", "ko"): (0.84, 0.01, 0),
    ("dev13", "en"): (0.835, 0.01, 0),
    ("dev13", "ko"): (0.74, 0.01, 0),
    ("dev14", "en"): (0.775, 0.01, 0),
    ("dev14", "ko"): (0.815, 0.01, 0),
    ("dev15", "en"): (0.865, 0.01, 0),
    ("dev15", "ko"): (0.83, 0.01, 0),
    ("dev16", "en"): (0.86, 0.01, 0),
    ("dev16", "ko"): (0.77, 0.01, 0),
    ("dev17", "en"): (0.825, 0.01, 0),
    ("dev17", "ko"): (0.73, 0.01, 0),
    ("dev18", "en"): (0.835, 0.01, 0),
    ("dev18", "ko"): (0.755, 0.02, 0),
    ("dev19", "en"): (0.88, 0.11, 0),
    ("dev19", "ko"): (0.88, 0.04, 0),
    ("dev20", "en"): (0.80, 0.145, 0),  # moves, read unseen at 63.9% / 73.6% right; 81.9 / 12.5
    ("dev20", "ko"): (0.91, 0.075, 0),  # and 93.1% / 5.6% after the session-16 tuning
    # session 14: dev21 answers (read unseen at 85.2% / 75.3% right) and dev22 moves (50.0% /
    # 62.5%), after tuning
    ("dev21", "en"): (0.865, 0.03, 0),
    ("dev21", "ko"): (0.85, 0.025, 0),
    ("dev22", "en"): (0.855, 0.09, 0),
    ("dev22", "ko"): (0.91, 0.02, 0),
    # dev23 moves, written blind after the dev22 tuning: read unseen at 65.3% / 68.1% right
    # (shipped reader); English tuned a little after that, Korean in session 15
    ("dev23", "en"): (0.84, 0.105, 0),  # 86.1% / 8.3% after the session-16 tuning
    ("dev23", "ko"): (0.88, 0.045, 0),
    # session 15: dev24 and dev25 answers, read unseen by the shipped reader at 89.5% / 87.7% and
    # 88.9% / 89.5% right (en / ko), then tuned (cues alone 96.3% / 90.7% and 96.9% / 92.0%)
    ("dev24", "en"): (0.94, 0.01, 0),
    ("dev24", "ko"): (0.885, 0.015, 0),
    ("dev25", "en"): (0.945, 0.01, 0),
    ("dev25", "ko"): (0.90, 0.01, 0),
    # session 16: dev26 and dev27 answers, read unseen by the shipped reader at 91.4% / 90.1% and
    # 95.1% / 81.5% right (en / ko), then tuned (cues alone 96.3% / 91.4% and 92.6% / 84.0%)
    ("dev26", "en"): (0.94, 0.01, 0),
    ("dev26", "ko"): (0.89, 0.01, 0),
    ("dev27", "en"): (0.905, 0.01, 0),
    ("dev27", "ko"): (0.82, 0.015, 0),
    # session 17: dev28 answers, written blind at the end of session 16 and read unseen twice
    # (README); gated on the cues alone after two wrong-direction fixes
    ("dev28", "en"): (0.835, 0.015, 0),
    ("dev28", "ko"): (0.765, 0.015, 0),
    # dev30 and dev31 answers, written blind in session 17 and read unseen by the shipped reader
    # at 96.3% / 90.1% and 93.8% / 84.0% right (en / ko); gated on the cues alone after fixing
    # dev31's three Korean wrong-direction readings
    ("dev30", "en"): (0.89, 0.01, 0),
    ("dev30", "ko"): (0.815, 0.01, 0),
    ("dev31", "en"): (0.87, 0.01, 0),
    ("dev31", "ko"): (0.755, 0.01, 0),
    # dev32 and dev33 answers, written blind in session 17 and read unseen by the shipped reader
    # at 94.4% / 86.4% and 92.6% / 85.2% right (en / ko); gated on the cues alone after fixing
    # dev32's wrong-direction reading
    ("dev32", "en"): (0.87, 0.01, 0),
    ("dev32", "ko"): (0.735, 0.015, 0),
    ("dev33", "en"): (0.84, 0.015, 0),
    ("dev33", "ko"): (0.75, 0.015, 0),
    # dev29 (written blind in session 17, kept unseen until session 18), dev34 and dev35 (written
    # blind in session 18), read unseen by the shipped reader at 92.0% / 92.6%, 93.8% / 94.4% and
    # 93.2% / 84.0% right (en / ko); gated on the cues alone after fixing them. dev29's one
    # English wrong direction left ("We have 40 desks. I can eyeball it." at the cost question:
    # the exemplars side with the generic "we have" over the "eyeball" cues)
    ("dev29", "en"): (0.83, 0.02, 1),
    ("dev29", "ko"): (0.82, 0.015, 0),
    ("dev34", "en"): (0.845, 0.015, 0),
    ("dev34", "ko"): (0.80, 0.01, 0),
    ("dev35", "en"): (0.85, 0.015, 0),
    ("dev35", "ko"): (0.74, 0.01, 0),
    # dev37 and dev38 (written blind in session 18), read unseen by the shipped reader at 93.8% /
    # 88.9% and 91.4% / 90.7% right (en / ko); gated on the cues alone after fixing their five
    # wrong-direction readings
    ("dev37", "en"): (0.825, 0.03, 0),
    ("dev37", "ko"): (0.775, 0.01, 0),
    ("dev38", "en"): (0.80, 0.035, 0),
    ("dev38", "ko"): (0.79, 0.015, 0),
    # dev36 (written blind in session 18, kept unseen until session 19) and dev39 (written blind
    # in session 19), read unseen by the shipped reader at 90.1% / 86.4% and 90.1% / 89.5% right
    # (en / ko); gated on the cues alone after fixing their wrong readings
    ("dev36", "en"): (0.875, 0.015, 0),
    ("dev36", "ko"): (0.765, 0.01, 0),
    ("dev39", "en"): (0.885, 0.015, 0),
    ("dev39", "ko"): (0.745, 0.01, 0),
    # dev41 (written blind in session 19 after dev36 and dev39 were tuned on), read unseen by
    # the shipped reader at 92.0% / 84.0% right (en / ko); gated on the cues alone after fixing
    # its wrong readings
    ("dev41", "en"): (0.785, 0.01, 0),
    ("dev41", "ko"): (0.795, 0.01, 0),
    # dev40 and dev42 (written blind in session 19, kept unseen until session 20), read unseen by
    # the shipped reader at 93.2% / 90.1% and 90.7% / 89.5% right (en / ko); gated on the cues
    # alone after fixing their wrong readings
    ("dev40", "en"): (0.86, 0.01, 0),
    ("dev40", "ko"): (0.81, 0.01, 0),
    ("dev42", "en"): (0.875, 0.01, 0),
    ("dev42", "ko"): (0.755, 0.01, 0),
    # dev43 (written blind in session 20), read unseen by the shipped reader at 88.9% / 88.3%
    # right (en / ko, 4 / 1 wrong direction); gated on the cues alone after fixing them
    ("dev43", "en"): (0.825, 0.01, 0),
    ("dev43", "ko"): (0.745, 0.01, 0),
    # dev44 and dev45 (written blind in session 20, kept unseen until session 21), read unseen by
    # the shipped reader at 88.9% / 87.7% and 89.5% / 80.9% right (en / ko, 7 / 0 and 2 / 7
    # wrong direction); gated on the cues alone after fixing them. dev45's one English wrong
    # direction left ("Way too messy for that. Traffic, weather, … no.": the closing "no" leads)
    ("dev44", "en"): (0.90, 0.01, 0),
    ("dev44", "ko"): (0.75, 0.01, 0),
    ("dev45", "en"): (0.80, 0.025, 1),
    ("dev45", "ko"): (0.715, 0.01, 0),
    # dev46 (written blind at the end of session 20, kept unseen until session 21), read
    # unseen at 93.8% / 75.9% right (en / ko, 2 / 5 wrong direction) with the reader of session
    # 20's end; gated on the cues alone after fixing them. Its one Korean wrong direction left
    # ("거래 내역은 브로커들 카톡에만 흩어져 있습니다. … 모을 방법이 없어요": "scattered" reads as
    # data there)
    ("dev46", "en"): (0.91, 0.01, 0),
    ("dev46", "ko"): (0.765, 0.015, 1),
    # dev47 (written blind at the start of session 21, kept unseen until session 22), read
    # unseen at 91.4% / 92.0% right (en / ko, no wrong direction) by the shipped reader; gated
    # on cues and exemplars after fixing its misreadings (two Korean silently wrong left)
    ("dev47", "en"): (0.905, 0.01, 0),
    ("dev47", "ko"): (0.87, 0.015, 0),
    # dev48 (written with dev47, kept unseen until session 22), read unseen at 93.8% / 88.9%
    # right (en / ko, 2 / 1 wrong direction); gated on cues and exemplars after fixing them
    ("dev48", "en"): (0.935, 0.01, 0),
    ("dev48", "ko"): (0.84, 0.01, 0),
    # dev49 (written blind in session 22, kept unseen until session 23), read unseen at 94.4% /
    # 89.5% right (en / ko, 2 / 0 wrong direction); gated on cues and exemplars after fixing
    # its misreadings (none silently wrong left)
    ("dev49", "en"): (0.975, 0.01, 0),
    ("dev49", "ko"): (0.895, 0.01, 0),
    # dev50 (written with dev49, kept unseen until session 23), read unseen at 95.7% / 92.0%
    # right (en / ko, 1 / 1 wrong direction) after the dev49 round; gated on cues and exemplars
    # after fixing its misreadings (none silently wrong left)
    ("dev50", "en"): (0.935, 0.01, 0),
    ("dev50", "ko"): (0.91, 0.01, 0),
    # dev51 (written blind in session 23, kept unseen until session 24), read unseen at 95.7% /
    # 90.1% right (en / ko, no wrong direction); gated on cues and exemplars (91.4% / 88.9%)
    # after fixing its misreadings (none silently wrong left)
    ("dev51", "en"): (0.895, 0.01, 0),
    ("dev51", "ko"): (0.87, 0.01, 0),
    # dev52 (written with dev51, kept unseen until session 24), read unseen at 93.2% / 92.0%
    # right (en / ko, 2 / 1 wrong direction) after the dev51 round; gated on cues and exemplars
    # (90.7% / 87.7%) after fixing its misreadings (two English silently wrong left: a hedged
    # "depends what you count as …" read as a question back, a list of rules read as "other")
    ("dev52", "en"): (0.885, 0.02, 0),
    ("dev52", "ko"): (0.855, 0.01, 0),
    # dev53 (written blind in session 24), read unseen at 96.9% / 91.4% right at the session's
    # start and 97.5% / 93.8% after the dev51 and dev52 rounds (no wrong direction); gated on
    # cues and exemplars (96.3% / 86.4%) after fixing its misreadings (none silently wrong)
    ("dev53", "en"): (0.94, 0.01, 0),
    ("dev53", "ko"): (0.845, 0.01, 0),
    # dev54 (written blind in session 24, kept unseen until session 25), read unseen at 97.5% /
    # 91.4% right (en / ko, 1 / 1 wrong direction) at session 25's start; gated on cues and
    # exemplars (96.3% / 94.4%) after fixing its misreadings (none silently wrong left)
    ("dev54", "en"): (0.94, 0.01, 0),
    ("dev54", "ko"): (0.925, 0.01, 0),
    # dev55 (written with dev54, kept unseen until session 25), read unseen at 95.7% / 92.6%
    # right (en / ko, 1 / 2 wrong direction) after the dev54 round; gated on cues and exemplars
    # (92.6% / 88.3%) after fixing its misreadings (none silently wrong left)
    ("dev55", "en"): (0.905, 0.01, 0),
    ("dev55", "ko"): (0.86, 0.01, 0),
    # dev56 (written blind in session 25), read unseen at 94.4% / 93.8% right (en / ko, 3 / 2
    # wrong direction) at that session's start and after the dev54 and dev55 rounds; gated on
    # cues and exemplars (95.1% / 89.5%) after fixing its misreadings (one English silently wrong
    # left: a proxy named, then "but nothing on install quality itself", read as no data)
    ("dev56", "en"): (0.93, 0.01, 0),
    ("dev56", "ko"): (0.875, 0.01, 0),
    # dev57 (written blind in session 25), read unseen at 98.1% / 94.4% right (en / ko, no wrong
    # direction) at session 26's start; gated on cues and exemplars (95.7% / 94.4%) after fixing
    # its misreadings (none silently wrong left)
    ("dev57", "en"): (0.935, 0.01, 0),
    ("dev57", "ko"): (0.92, 0.01, 0),
    # dev58 (written blind in session 25) and dev59 (session 26), read unseen at 93.2% / 94.4%
    # and 96.3% / 92.0% right (en / ko; 0, 1, 0, 1 wrong direction) at session 27's start; gated
    # on cues and exemplars (96.9% / 92.6%, 95.1% / 86.4%) after fixing their misreadings (one
    # Korean silently wrong left: a team not agreed on the aim, labelled not sure, read as no)
    ("dev58", "en"): (0.95, 0.01, 0),
    ("dev58", "ko"): (0.905, 0.01, 0),
    ("dev59", "en"): (0.93, 0.01, 0),
    ("dev59", "ko"): (0.845, 0.01, 0),
    # dev60 (written blind in session 27), read unseen at 96.9% / 91.4% right (en / ko, 0 / 3
    # wrong direction) after the dev58 and dev59 round; gated on cues and exemplars (98.1% /
    # 91.4%) after fixing its misreadings (one English and two Korean silently wrong left: "i
    # think so? … but it depends", two ways of saying the aim is not settled, and a stand-in label
    # whose own record reads as a label)
    ("dev60", "en"): (0.96, 0.01, 0),
    ("dev60", "ko"): (0.895, 0.02, 0),
    # dev61 (written blind in session 27) and dev62 (session 28), read unseen at 96.3% / 96.3%
    # and 95.7% / 88.3% right (en / ko; 0, 0, 0, 4 wrong direction) at session 28's start; gated
    # on cues and exemplars (96.3% / 90.7%, 93.8% / 90.1%) after fixing their misreadings (one
    # English silently wrong left: "I said yes before but I have to correct that: …", labelled
    # an answer to the question asked, read as a correction of the one before)
    ("dev61", "en"): (0.945, 0.01, 0),
    ("dev61", "ko"): (0.89, 0.01, 0),
    ("dev62", "en"): (0.92, 0.015, 0),
    ("dev62", "ko"): (0.88, 0.01, 0),
    # dev63 (written blind in session 28), read unseen at 95.1% / 90.7% right (en / ko, 0 / 1
    # wrong direction); gated on cues and exemplars (93.8% / 88.3%) after fixing its misreadings
    # (one silently wrong left per language: "maybe? not sure if ink restocking counts as
    # repeated, …", labelled not sure, asks back; a question back about the loss read as an answer)
    ("dev63", "en"): (0.92, 0.015, 0),
    ("dev63", "ko"): (0.865, 0.015, 0),
    # dev64 (written blind in session 28) and dev65 (session 29), read unseen at 92.6% / 90.7%
    # (4 / 2 wrong direction, at session 28's start) and 95.1% / 95.7% right (0 / 0, at session
    # 29's start); gated on cues and exemplars (93.2% / 87.0%, 89.5% / 93.8%, none silently
    # wrong) after fixing their misreadings
    ("dev64", "en"): (0.91, 0.01, 0),
    ("dev64", "ko"): (0.85, 0.01, 0),
    ("dev65", "en"): (0.875, 0.01, 0),
    ("dev65", "ko"): (0.92, 0.01, 0),
    # dev66 (written blind in session 29), read unseen at 93.8% / 94.4% right (en / ko, 1 / 1
    # wrong direction); gated on cues and exemplars (93.8% / 88.3%, none silently wrong) after
    # fixing its misreadings
    ("dev66", "en"): (0.92, 0.01, 0),
    ("dev66", "ko"): (0.865, 0.01, 0),
    # dev67 (written blind in session 29), read unseen at 93.2% / 93.2% right (en / ko, 1 / 0
    # wrong direction) through the session's first two rounds; gated on cues and exemplars
    # (89.5% / 88.3%) after fixing its misreadings (one English silently wrong left: "over and
    # over per table or per hall? we've only got two halls", a question back read as an answer)
    ("dev67", "en"): (0.875, 0.01, 0),
    ("dev67", "ko"): (0.865, 0.01, 0),
    # dev68 (written blind in session 29; unseen through it, 97.5% / 97.5% right at its end) and
    # dev69 (written blind in session 30, read unseen at 95.7% / 94.4%, 0 / 2 wrong direction);
    # gated on cues and exemplars (93.8% / 91.4% and 95.7% / 92.6%, none silently wrong) after
    # fixing their misreadings in session 30
    ("dev68", "en"): (0.925, 0.01, 0),
    ("dev68", "ko"): (0.90, 0.01, 0),
    ("dev69", "en"): (0.945, 0.01, 0),
    ("dev69", "ko"): (0.915, 0.01, 0),
    # dev70 (written blind in session 30), read unseen at 93.8% / 88.3% right (en / ko, 0 / 3
    # wrong direction) at the session's start and after its first round; gated on cues and
    # exemplars (92.6% / 90.7%, none silently wrong) after fixing its misreadings
    ("dev70", "en"): (0.915, 0.01, 0),
    ("dev70", "ko"): (0.895, 0.01, 0),
    # dev71 (written blind in session 30), read unseen at 93.8% / 93.8% right (en / ko, 1 / 1
    # wrong direction) through the session's first two rounds; gated on cues and exemplars
    # (97.5% / 98.1%, none silently wrong) after fixing its misreadings
    ("dev71", "en"): (0.965, 0.01, 0),
    ("dev71", "ko"): (0.97, 0.01, 0),
    # dev72 (written blind in session 30; unseen through it, 96.3% / 95.1% right at its end, 0 / 1
    # wrong direction) and dev73 (written blind in session 31, read unseen at 95.7% / 93.8%, 0 / 2
    # wrong direction); gated on cues and exemplars (94.4% / 90.7% and 90.1% / 89.5%, none
    # silently wrong) after fixing their misreadings in session 31
    ("dev72", "en"): (0.935, 0.01, 0),
    ("dev72", "ko"): (0.895, 0.01, 0),
    ("dev73", "en"): (0.89, 0.01, 0),
    ("dev73", "ko"): (0.885, 0.01, 0),
    # dev74 (written blind in session 31, read unseen at 95.7% / 95.1% right, none in the wrong
    # direction, and at 96.3% / 95.1% after the session's first round) and dev75 (written blind
    # during that round, read unseen at 97.5% / 89.5%, 0 / 1 wrong direction); gated on cues and
    # exemplars (93.8% / 87.7% and 94.4% / 90.7%, none silently wrong) after fixing their
    # misreadings in the session's second round
    ("dev74", "en"): (0.93, 0.01, 0),
    ("dev74", "ko"): (0.865, 0.01, 0),
    ("dev75", "en"): (0.935, 0.01, 0),
    ("dev75", "ko"): (0.895, 0.01, 0),
    # dev76 (written blind in session 31, read unseen at 98.1% / 94.4% right, 0 / 1 wrong direction,
    # and at 98.1% / 95.1% after the session's second round); gated on cues and exemplars (97.5% /
    # 89.5%, none silently wrong) after fixing its misreadings in the session's third round
    ("dev76", "en"): (0.965, 0.01, 0),
    ("dev76", "ko"): (0.885, 0.01, 0),
    # dev77 and dev78 (written blind in session 31, unseen through it: 96.3% / 95.1% and 96.9% /
    # 93.2% right at its end, 0 / 1 and 1 / 2 wrong direction), dev79 and dev80 (written blind in
    # session 32, read unseen at 98.1% / 96.3% and 98.8% / 91.4%, 0 / 1 and 0 / 2 wrong
    # direction); gated on cues and exemplars (92.6% / 90.7%, 92.6% / 91.4%, 96.3% / 88.9%,
    # 95.7% / 85.8%; one silently wrong, in dev80 en) after fixing their misreadings in session 32
    ("dev77", "en"): (0.915, 0.01, 0),
    ("dev77", "ko"): (0.895, 0.01, 0),
    ("dev78", "en"): (0.915, 0.01, 0),
    ("dev78", "ko"): (0.905, 0.01, 0),
    ("dev79", "en"): (0.955, 0.01, 0),
    ("dev79", "ko"): (0.88, 0.01, 0),
    ("dev80", "en"): (0.945, 0.01, 0),
    ("dev80", "ko"): (0.85, 0.01, 0),
    # dev81 and dev82 (written blind in session 32, read unseen at 94.4% / 95.1% and 96.9% / 93.2%
    # right, 1 / 1 and 1 / 1 wrong direction, the same after its first round); gated on cues and
    # exemplars (92.6% / 93.2% and 95.1% / 89.5%, none silently wrong) after fixing their
    # misreadings in the session's second round
    ("dev81", "en"): (0.915, 0.01, 0),
    ("dev81", "ko"): (0.92, 0.01, 0),
    ("dev82", "en"): (0.94, 0.01, 0),
    ("dev82", "ko"): (0.885, 0.01, 0),
    # dev83 and dev84 (written blind in session 32, unseen through it: 96.9% / 95.7% and 97.5% /
    # 93.2% right at its end), dev85 and dev86 (written blind in session 33, read unseen at 95.1%
    # / 94.4% and 97.5% / 92.6%); gated on cues and exemplars (96.3% / 90.7%, 95.1% / 92.6%,
    # 92.6% / 90.7%, 93.8% / 86.4%; one silently wrong, in dev85 en) after fixing their
    # misreadings in session 33
    ("dev83", "en"): (0.95, 0.01, 0),
    ("dev83", "ko"): (0.895, 0.01, 0),
    ("dev84", "en"): (0.94, 0.01, 0),
    ("dev84", "ko"): (0.915, 0.01, 0),
    ("dev85", "en"): (0.915, 0.01, 0),
    ("dev85", "ko"): (0.895, 0.01, 0),
    ("dev86", "en"): (0.925, 0.01, 0),
    ("dev86", "ko"): (0.85, 0.01, 0),
    # dev87 and dev88 (written blind in session 33, unseen through it), dev89 and dev90 (written
    # blind in session 34; unseen at 96.9% / 89.5% and 96.3% / 92.0% right); gated on cues and
    # exemplars (95.7% / 89.5%, 93.2% / 90.1%, 96.3% / 90.1%, 95.1% / 90.1%; one silently wrong,
    # in dev87 ko) after fixing their misreadings in session 34
    ("dev87", "en"): (0.945, 0.01, 0),
    ("dev87", "ko"): (0.885, 0.01, 0),
    ("dev88", "en"): (0.92, 0.01, 0),
    ("dev88", "ko"): (0.89, 0.01, 0),
    ("dev89", "en"): (0.95, 0.01, 0),
    ("dev89", "ko"): (0.89, 0.01, 0),
    ("dev90", "en"): (0.94, 0.01, 0),
    ("dev90", "ko"): (0.89, 0.01, 0),
    # dev91 and dev92 (written blind in session 34, read unseen at 96.9% / 94.4% and 96.3% /
    # 93.2% right, en / ko); gated on cues and exemplars (93.8% / 92.6%, 95.1% / 90.1%) after
    # fixing their misreadings in session 34's second round
    ("dev91", "en"): (0.925, 0.01, 0),
    ("dev91", "ko"): (0.915, 0.01, 0),
    ("dev92", "en"): (0.94, 0.01, 0),
    ("dev92", "ko"): (0.89, 0.01, 0),
    # dev93 and dev94 (written blind in session 34, read unseen at 96.9% / 92.6% and 99.4% /
    # 96.3% right, en / ko), dev95 and dev96 (written blind in session 35, read unseen at 98.1% /
    # 96.3% and 97.5% / 92.6%); gated on cues and exemplars (90.7% / 87.0%, 95.7% / 89.5%, 95.1%
    # / 95.1%, 95.7% / 90.7%) after the session-35 round
    ("dev93", "en"): (0.895, 0.01, 0),
    ("dev93", "ko"): (0.86, 0.01, 0),
    ("dev94", "en"): (0.945, 0.01, 0),
    ("dev94", "ko"): (0.885, 0.01, 0),
    ("dev95", "en"): (0.94, 0.01, 0),
    # dev95 ko was read at 95.1% (154 of 162); on a machine whose e5 engine rounds differently
    # (AVX-512 FP16 / AMX: live vectors within 0.002 of the shipped ones, session 43) one borderline
    # answer reads 0.55 and is confirmed, the same before and after that session's rounds: 153
    ("dev95", "ko"): (0.94, 0.01, 0),
    ("dev96", "en"): (0.945, 0.01, 0),
    ("dev96", "ko"): (0.90, 0.01, 0),
    # dev97 and dev98 (written blind in session 35's first round, read unseen at 95.7% / 93.8% and
    # 97.5% / 95.7% right, en / ko); gated on cues and exemplars (92.6% / 92.0%, 94.4% / 92.0%)
    # after the session's second round
    ("dev97", "en"): (0.915, 0.01, 0),
    ("dev97", "ko"): (0.91, 0.01, 0),
    ("dev98", "en"): (0.935, 0.01, 0),
    ("dev98", "ko"): (0.91, 0.01, 0),
    # dev99 and dev100 (written blind in session 35, read unseen at 96.9% / 95.1% and 98.8% /
    # 96.9% right, en / ko), dev101 and dev102 (written blind in session 36, read unseen at
    # 97.5% / 95.7% and 97.5% / 96.9%); gated on cues and exemplars (95.7% / 92.6%, 98.1% / 90.7%,
    # 94.4% / 93.8%, 96.9% / 90.7%) after the session-36 round
    ("dev99", "en"): (0.945, 0.01, 0),
    ("dev99", "ko"): (0.915, 0.01, 0),
    ("dev100", "en"): (0.97, 0.01, 0),
    ("dev100", "ko"): (0.895, 0.01, 0),
    ("dev101", "en"): (0.93, 0.01, 0),
    ("dev101", "ko"): (0.925, 0.015, 0),
    ("dev102", "en"): (0.955, 0.01, 0),
    ("dev102", "ko"): (0.895, 0.01, 0),
    # dev103 (written blind in session 36's first round, read unseen at 96.9% / 95.7% right, en /
    # ko); gated on cues and exemplars (95.1% / 92.0%) after the session's second round
    ("dev103", "en"): (0.94, 0.01, 0),
    ("dev103", "ko"): (0.91, 0.01, 0),
    # dev104 to dev106 (written blind, read unseen in sessions 36 and 37: 95.7% / 95.7%, 98.8% /
    # 92.0%, 98.8% / 96.3% right, en / ko); gated on cues and exemplars after session 37's round
    # (95.1% / 92.0%, 93.8% / 89.5%, 93.2% / 90.1%)
    ("dev104", "en"): (0.94, 0.015, 0),
    ("dev104", "ko"): (0.91, 0.015, 0),
    ("dev105", "en"): (0.92, 0.01, 0),
    ("dev105", "ko"): (0.88, 0.025, 0),
    ("dev106", "en"): (0.92, 0.01, 0),
    ("dev106", "ko"): (0.89, 0.01, 0),
    # dev107 to dev118 and dev120 to dev123 (written blind in sessions 37 to 44, read unseen, tuned
    # on by rules there; moved into corpus/ and trained on in session 45): two points under the
    # cue-alone figures then; four keep the one wrong-direction reading the rules left
    ("dev107", "en"): (0.935, 0.02, 0),
    ("dev107", "ko"): (0.915, 0.01, 0),
    ("dev108", "en"): (0.935, 0.01, 0),
    ("dev108", "ko"): (0.915, 0.01, 0),
    ("dev109", "en"): (0.94, 0.01, 0),
    ("dev109", "ko"): (0.93, 0.01, 0),
    ("dev110", "en"): (0.905, 0.02, 0),
    ("dev110", "ko"): (0.86, 0.01, 0),
    ("dev111", "en"): (0.835, 0.01, 0),
    ("dev111", "ko"): (0.805, 0.01, 0),
    ("dev112", "en"): (0.92, 0.01, 0),
    ("dev112", "ko"): (0.91, 0.01, 0),
    ("dev113", "en"): (0.915, 0.025, 0),
    ("dev113", "ko"): (0.86, 0.02, 0),
    ("dev114", "en"): (0.855, 0.055, 1),
    ("dev114", "ko"): (0.82, 0.05, 0),
    ("dev115", "en"): (0.835, 0.095, 1),
    ("dev115", "ko"): (0.845, 0.065, 0),
    ("dev116", "en"): (0.915, 0.03, 0),
    ("dev116", "ko"): (0.815, 0.02, 1),
    ("dev117", "en"): (0.87, 0.03, 0),
    ("dev117", "ko"): (0.91, 0.02, 0),
    ("dev118", "en"): (0.93, 0.025, 0),
    ("dev118", "ko"): (0.885, 0.01, 0),
    ("dev120", "en"): (0.91, 0.03, 0),
    ("dev120", "ko"): (0.83, 0.03, 0),
    ("dev121", "en"): (0.955, 0.01, 0),
    ("dev121", "ko"): (0.89, 0.01, 0),
    ("dev122", "en"): (0.945, 0.01, 0),
    ("dev122", "ko"): (0.885, 0.025, 0),
    ("dev123", "en"): (0.86, 0.055, 1),
    ("dev123", "ko"): (0.79, 0.02, 0),
    # dev124 to dev128 (written blind in sessions 46 to 48, read unseen, tuned on by rules there;
    # moved into corpus/ and trained on in session 49): two points under the cue-alone figures
    ("dev124", "en"): (0.945, 0.025, 0),
    ("dev124", "ko"): (0.885, 0.045, 0),
    ("dev125", "en"): (0.96, 0.02, 0),
    ("dev125", "ko"): (0.935, 0.02, 0),
    ("dev126", "en"): (0.95, 0.02, 0),
    ("dev126", "ko"): (0.9, 0.02, 0),
    ("dev127", "ko"): (0.925, 0.025, 0),
    ("dev128", "ko"): (0.9, 0.025, 0),
}


Counts = dict[tuple[str, str], Counter[str]]
Readings = tuple[Counts, Counts, Counts]


@pytest.fixture(scope="module")
def read_splits() -> Readings:
    """Outcomes per split and language: the cue reader alone; the reader with the per-question
    models but not the asked model; and per language what the asked model changes in the
    shipped reader ("caught": questions back the others read as answers, "lost": answers taken
    for questions). The asked model only turns an answer into a teach turn, so the reading
    without it differs only where the shipped reader teaches: those alone are read again."""
    settings = Settings(knowledge="none")
    content = load_content(settings.prompts_dir)
    index = exemplars(settings, content)
    assert index is not None and index.model is not None, "no answer model: make answer-model"
    values_only = AnswerModel({k: m for k, m in index.model.slots.items() if k != ASKED})
    cues = OfflineBrain(content, None, index.without_model())
    shipped = OfflineBrain(content, None, index)
    unasked = OfflineBrain(content, None, index.with_model(values_only))
    alone: Counts = defaultdict(Counter)
    values: Counts = defaultdict(Counter)
    asked: Counts = defaultdict(Counter)
    for item in items():
        if item.split != "holdout":  # every tuning split, gated or not yet
            key = (item.split, item.lang)
            alone[key][score(item, cues.read(context(item), item.text))[0]] += 1
            reading = shipped.read(context(item), item.text)
            without = unasked.read(context(item), item.text) if reading.move == "teach" else reading
            values[key][score(item, without)[0]] += 1
            if reading.move == "teach" and without.move != "teach":
                change = "caught" if item.expect == "question" else "lost"
                asked[("all", item.lang)][change] += 1
            asked[("all", item.lang)]["answers"] += item.expect != "question"
    return alone, values, asked


def test_tuning_splits_read_right_and_never_flip_a_feasibility_answer_silently(
    read_splits: Readings,
) -> None:
    for key, c in ((k, read_splits[0][k]) for k in GATES):
        least_right, most_wrong, most_flipped = GATES[key]
        n = sum(c.values())
        assert n, key
        assert c["right"] / n >= least_right, (key, c)
        assert (c["wrong"] + c["wrong_direction"]) / n <= most_wrong, (key, c)
        assert c["wrong_direction"] <= most_flipped, (key, c)


def test_the_answer_models_second_opinion_never_reads_worse(read_splits: Readings) -> None:
    """Per split it reads no fewer right and flips no feasibility answer; per language it adds
    no silently wrong reading over all splits (a model trained on thousands of answers can side
    with a cue reading against one answer whose label the other corpora contradict). The asked
    model shipped in the same file is left out here: it has its own test below."""
    alone, both, _ = read_splits
    assert set(GATES) <= set(alone)
    for key in alone:
        assert both[key]["right"] >= alone[key]["right"], (key, alone[key], both[key])
        assert both[key]["wrong_direction"] <= alone[key]["wrong_direction"], key
    for lang in ("en", "ko"):
        keys = [k for k in alone if k[1] == lang]
        assert sum(both[k]["wrong"] for k in keys) <= sum(alone[k]["wrong"] for k in keys), lang
    gained = sum(both[k]["right"] - alone[k]["right"] for k in alone)
    assert gained > 0  # it seconds something: a model that never agrees would pass the rest


ASKED_LOSES_AT_MOST = 0.001
"""The share of a language's tuning answers the asked model may take for questions back. It is
trained on these very answers and still cannot fit them all (a linear model over e5 vectors):
none of 15,605 English and 15,601 Korean ones at the end of session 37, while it caught 2
questions back the other readers took for answers (messages with a question mark are left to
the rules). What it costs on answers it has not seen is
measured held out: `bench/understanding/question_probe.py`, `bench/understanding.py dev --loco`."""


def test_the_asked_model_catches_questions_and_loses_few_answers(read_splits: Readings) -> None:
    asked = read_splits[2]
    for lang in ("en", "ko"):
        c = asked[("all", lang)]
        assert c["lost"] <= ASKED_LOSES_AT_MOST * c["answers"], (lang, c)
    assert sum(c["caught"] for c in asked.values()) > 0  # it hears something the rules miss


def test_shipped_answer_model_is_trained_on_the_current_corpus() -> None:
    shipped = load_answer_model(Settings().prompts_dir / "exemplars" / SHIPPED_MODEL)
    assert shipped is not None, "run `make answer-model`"
    assert shipped[1] == shipped_digest(), (
        "the corpus or the exemplars changed: run `make answer-model`"
    )
    assert ASKED in shipped[0].slots, "the asked model is missing: run `make answer-model`"


def test_shipped_exemplar_vectors_are_current() -> None:
    settings = Settings()
    banks = load_content(settings.prompts_dir).exemplars
    shipped = load_vectors(settings.prompts_dir / "exemplars" / SHIPPED)
    texts = {
        t for b in banks.values() for g in b.groups().values() for ts in g.values() for t in ts
    }
    missing = [t for t in texts if query_key(t) not in shipped]
    assert not missing, f"run `coach index --save-exemplar-vectors` ({len(missing)} missing)"


def test_every_training_answer_has_its_own_id() -> None:
    # vectors are looked up by id while training: two answers sharing one would train on the
    # wrong text (seen when exemplar ids left out their option)
    ids = [i.id for i in training_set()]
    assert len(ids) == len(set(ids))
