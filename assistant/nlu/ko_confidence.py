"""How sure a reading of a Korean answer is, from where its evidence comes.

The margin of the combined totals (`combination.combine`) treats a cue and a similarity point alike.
For Korean answers the two sources are not alike (measured by reading every exemplar with itself
left out of the index, and on the dev split):

- e5 similarity finds the topic of an answer well, its polarity badly where the answer negates:
  "블랙박스는 못 써요" sits next to the "no" exemplars of the explainability question. A yes/no
  reading that no cue backs is therefore confirmed, unless similarity alone was sure (a clear
  lead) and the answer has no negation or hedge ("항공기 부품이라 불량 하나면 큰일 납니다": on
  dev-dev4 every such reading was right).
- When the cues point to one option and similarity to another, the reading is confirmed unless
  the cues are clear (two clause weights ahead, no hedge: the cues' option is recorded), a whole
  clause's cue of an unhedged answer meets a similarity leaning elsewhere by a hair (`SIM_NEAR`:
  recorded), or the
  answer to a yes/no question negates and a whole-clause cue read the negation ("별로 안
  복잡해", "데이터가 없진 않은데요": e5 does not read negation); the option proposed is the
  cues' one unless similarity leads by far.
- Where similarity leans to an option the answer denies ("기존 모델은 없고요, 지금 … 기준표대로
  하는 거랑"), the one option its cues speak for is recorded.
- An answer that denies a cue of the option it is read as ("대시보드에 띄워 놓고 …, 그걸 보고
  뭘 결정하진 않고") contests that option: confirmed.
- An answer that concedes one side and cues the other too ("반복되긴 하는데 자주는 아니에요")
  weighs both: confirmed.
- An answer to the labels question that says the label is not known or recorded and that
  whether something else happened is ("가입 의향은 모르고 … 눌렀는지만 로그로 있어요") names a
  stand-in label (`ko_label_forms`): similar labels, recorded where similarity is near it.
- When a cue and similarity agree, a person would read the answer with confidence even if the
  margin is small ("매 로트마다 검사하니까 반복이라고 봐야죠"): recorded.

A yes or no word opening the answer (a lead) decides on its own, as before."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .answer_parts import maybe_alone
from .ko_label_forms import STANDS_IN, stand_in

POLAR = frozenset({"yes", "no", "unsure"})
YES_NO = ("yes", "no")
# A concession ("-긴 하는데", "-긴 한데", "-긴 하지만", "-긴 해도") granting one side before the
# other.
_CONCEDES = re.compile(r"긴\s*(?:하|한|해)(?:는데|데|지만|도)")
_NEGATION = re.compile(r"안 |안되|안돼|(?<!잘)못|않|없|아니|아닌|말고")  # 잘못: "wrongly"
SURE = 0.9
MAYBE = 0.55
CLEAR_CUES = 2.0
"""Cue margin (in clause weights) that outweighs a similarity pointing elsewhere."""
TRACE, UNSURE_CLEAR, UNSURE_SAID = 0.25, 1.75, 2.0
"""A cue score no larger than `TRACE` is a trace of a side (one word in a weighed clause); a
not-sure phrase that leads such traces by `UNSURE_CLEAR` says the answer is not sure; a not-sure
score of `UNSURE_SAID` (`combination.Tuning.unsure`) comes from such a phrase, not a hedge alone."""
FULL_CUE = 1.0
"""Cue margin of one whole-clause cue: with similarity agreeing, enough to record."""
SIM_NEAR = 0.01
"""A similarity lead (in cosine) too small to weigh against a whole-clause cue: on dev-dev4 every
unhedged reading whose cues led by a clause and whose similarity leaned elsewhere by less than
this followed the cues."""
SIM_OVERRULES = 0.025
"""How far (in cosine) similarity must lead the cues' option to be the one proposed instead."""
NOT_A_CUE = ("unsure",)
"""Options whose score may come from a hedge alone ("것 같아요"), not from a cue."""


def calibrated(
    text: str,
    value: str,
    confidence: float,
    cues: Mapping[str, float],
    sims: Mapping[str, float],
    lead_weight: float,
    hedge_penalty: float,
    hedged: bool = False,
) -> tuple[str, float]:
    """The value and confidence of reading a Korean answer `text`, given the `value` and
    `confidence` the margin gave, the cue scores and the similarity scores (cosines) per option.
    A cue score of `lead_weight` or more is a yes or no word opening the answer."""
    polar = set(sims) <= POLAR
    lead = max(cues.values(), default=0.0) >= lead_weight
    if lead or not sims:
        return value, confidence
    if stand_in(text, set(sims)):  # "X는 모르고 Y했는지만 있어요": a stand-in for the label
        against = max((s for o, s in cues.items() if o != "similar_labels"), default=0.0)
        if cues.get("similar_labels", 0.0) + STANDS_IN - against >= FULL_CUE:
            close = max(sims.values()) - sims.get("similar_labels", 0.0) < SIM_OVERRULES
            return "similar_labels", (round(SURE - hedge_penalty, 3) if close else MAYBE)
    if value in cues and cues[value] <= 0:
        return value, min(confidence, MAYBE)
    if value in YES_NO and _CONCEDES.search(text) and all(cues.get(o, 0.0) > 0 for o in YES_NO):
        return value, min(confidence, MAYBE)  # "반복되긴 하는데 자주는 아니에요": both sides
    positive = {o: s for o, s in cues.items() if s > 0}
    if not positive:
        plain = confidence >= SURE and not _NEGATION.search(text) and not hedge_penalty
        return value, (min(confidence, MAYBE) if polar and not plain else confidence)
    ranked = sorted(positive.values(), reverse=True)
    cue_value = max(positive, key=lambda o: positive[o])
    cue_margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)
    sim_value = max(sims, key=lambda o: sims[o])
    if cue_value != sim_value:
        # no word for yes or no, or only a trace of one beside a not-sure phrase ("반반인 거
        # 같아요. 성수기엔 확실히 이득인데 …": the weighing is the answer)
        said_unsure = cue_value == "unsure" and (len(ranked) == 1 or ranked[1] <= TRACE)
        plain = cue_value not in NOT_A_CUE and not hedge_penalty
        if cue_margin >= (CLEAR_CUES if plain else UNSURE_CLEAR) and (plain or said_unsure):
            return cue_value, max(confidence, round(SURE - hedge_penalty, 3))
        negates = _NEGATION.search(text) and cues.get("unsure", 0.0) <= 0
        if polar and cue_value in YES_NO and cue_margin >= FULL_CUE and negates:
            return cue_value, round(SURE - hedge_penalty, 3)  # a negation e5 cannot read
        if not polar and cues.get(sim_value, 0.0) < 0 and cue_margin >= FULL_CUE:
            return cue_value, round(SURE - hedge_penalty, 3)  # "기존 모델은 없고요, … 기준표"
        lead_of_sim = sims[sim_value] - sims.get(cue_value, min(sims.values()))
        if (
            cue_margin >= FULL_CUE
            and cue_value not in NOT_A_CUE
            and lead_of_sim < SIM_NEAR
            and not hedged
        ):
            return cue_value, SURE  # "… 사람이 다쳐요": similarity barely leans elsewhere
        # the reading is confirmed; the cues' option is the likelier one to propose, and so
        # is a clear cue after a concession ("자동으로 만들어지긴 하는데, … 승인 눌러야 실행돼요")
        conceded = _CONCEDES.search(text) and cue_margin >= FULL_CUE
        near = lead_of_sim < SIM_OVERRULES or conceded
        proposed = cue_value if near and cue_value in sims else value
        return proposed, min(confidence, MAYBE)
    said = cue_value not in NOT_A_CUE or ranked[0] >= UNSURE_SAID  # "몰라서요": no hedge alone
    agree = value == cue_value and said and cue_margin >= FULL_CUE
    if agree and round(MAYBE - hedge_penalty, 3) <= confidence < SURE - hedge_penalty:
        return value, round(SURE - hedge_penalty, 3)
    return value, confidence


# "뭘 맞춰야 하는 건지부터 애매해요", "숫자로 어떻게 적을지 감이 안 와요": not knowing what to
# optimize, at the objective question, says there is no objective to write down yet.
_WHAT_TO_AIM = re.compile(
    r"(?:뭘|무엇을|뭐를|무엇|어떻게|어떤\s*걸)\s*[^.!?]*?(?:지|건지)(?:부터|도|는|가|를|을)?\s+[^.!?]*?"
    r"(?:감이\s*안|애매|모르|헷갈|막막)"
)


# … and then weighs the odds of the whole question: still a not-sure ("… 감이 안 와서.. 될지
# 안될지 반반이에요")
_EVEN_ODDS = re.compile(r"될지\s*안\s*될지|반반|50\s*(?::|대)\s*50|오십\s*대\s*오십")
# … or opens on a bare "maybe?" before it ("아마..? 근데 … 감이 안 오네요", also after a filler:
# "음 아마..? …"): said outright (`answer_parts.maybe_alone`)


def unsure_of_the_aim(text: str) -> bool:
    """A Korean not-sure answer that does not know what or how to aim at (objective question):
    the coach proposes "no" and confirms it."""
    aim = _WHAT_TO_AIM.search(text)
    if aim is None:
        return False
    return not (_EVEN_ODDS.search(text, aim.end()) or maybe_alone(text.lstrip()))
