"""The lexicon's shape: the cue words the offline reader reads answers with, one `Lexicon` per
language. The reader owns this type; `assistant.content.lexicon` loads it from
`prompts/lexicon/<lang>.yaml`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.domain.options import OPTION_GROUPS
from assistant.domain.slots import FEASIBILITY_SLOTS

Cues = list[str]
OTHER_ALLOWED = ("baseline", "output_use")  # choice groups whose answer may be "something else"


class Polar(BaseModel):
    """Cues that mean yes / no for one feasibility question."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    yes: Cues
    """Phrases that answer the question with yes."""
    no: Cues
    """Phrases that answer the question with no."""


class Restate(Polar):
    """An explicit new answer to a yes-no question inside a correction."""

    unsure: Cues = []
    """Phrases that set the answer to not sure ("put me down as not sure", "모름으로 바꿔")."""


class Lexicon(BaseModel):
    """All cue lists of one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str
    """`en` or `ko`."""
    lead_yes: Cues
    """Yes words that count only at the start of an answer ("yes, …", "네, …")."""
    lead_no: Cues
    """No words that count only at the start of an answer."""
    lead_yes_weak: Cues
    """Yes words that count only at the start and followed by a break ("right, …", "sure.")."""
    lead_no_weak: Cues
    """No words that count only at the start and followed by a break ("never.")."""
    hedges: Cues
    """Softeners ("I think", "아마", "것 같아요"): they lower confidence, not the value."""
    courtesy: Cues
    """Fixed phrases blanked out before reading ("감사합니다" holds 감사, "thank you", "at once"
    holds no "once")."""
    yes: Cues
    """Yes phrases anywhere in an answer."""
    no: Cues
    """No phrases anywhere in an answer."""
    unsure: Cues
    """Not-sure phrases."""
    dont_know: Cues
    """Whole answers that mean "I don't know"."""
    vague: Cues
    """Abstract aims that need a "what exactly?" follow-up."""
    directions: Cues
    """The direction words among `vague` ("reduce", "줄이"): with a named thing ("폐기는 줄이면서
    …"), what is missing is how much and how measured, not what the word means."""
    measurable: Cues
    """Signs of a measurable quantity (digits count too)."""
    generic_who: Cues
    """Who-words too generic to name a target group on their own."""
    question_lead: Cues
    """Phrases that make a message a question to the coach."""
    question_words: Cues
    """Interrogatives (what, which, 왜, 어떻게, 뭐): with a question ending or "?", a question."""
    question_endings: Cues
    """Sentence endings that ask (Korean -나요, -까요, -죠 … often typed without "?")."""
    question_endings_weak: Cues
    """Endings that ask only together with an interrogative ("어떻게 확인하는 거예요")."""
    corrections: Cues
    """Openers of a correction of an earlier answer ("wait, I meant", "아니 그게 아니라")."""
    retractions: Cues
    """Phrases that take an earlier answer back anywhere in a message's first sentence
    ("I was wrong about", "scratch that", "취소요", "잘못 말했어요")."""
    back_refs: Cues
    """Words pointing back at an earlier answer ("earlier", "the last one", "아까", "방금"):
    with a report of what was said ("I said …, but", "…다고 했는데"), a correction."""
    said_just_now: Cues
    """"I just said that" ("didn't I just say that", "방금 말한건데"): the answer is the user's
    previous message."""
    said_before: Cues
    """"I already said that" ("I told you already", "아까 말했는데요"): said somewhere before."""
    red_flag_topics: dict[str, Cues]
    """Per warning sign (ethics, error_cost, explainability): words that show which one a part of
    a free answer to the three signs is about ("윤리 문제도 없고", "one mistake isn't fatal")."""
    restate: Restate
    """An explicit new yes, no or not sure inside a correction ("make that a yes", "그렇다로
    바꿔", "put me down as not sure")."""
    slot_names: dict[str, Cues]
    """Words naming a question, by slot id, so a correction can say which answer it fixes."""
    topic_names: dict[str, Cues] = Field(default_factory=dict)
    """More ways to name a question's topic, read only where a message opens by going back to
    it ("about the rules thing", "back to whether it keeps coming up", "반복 여부요")."""
    ask_example: Cues
    """Phrases asking what the coach means or for an example."""
    model_metrics: Cues
    """Model metric names."""
    business_metrics: Cues
    """Business metric names."""
    data_sources: Cues
    """Kinds of data sources."""
    label_doubts: Cues
    """Doubts about the labels ("the reason codes are unreliable", "레이블은 불확실"): a caveat on
    the label answer that belongs to data.reliability."""
    stakes: Cues = Field(default_factory=list)
    """What a problem costs or risks ("건당 3~4시간", "a fine", "수확량이 날아가요"): said with a
    number after the problem statement, it answers why the problem matters (why.why_chain)."""
    bare_denials: Cues = Field(default_factory=list)
    """A correction's whole new answer when it only says no ("actually no", "그거 아니에요"):
    the old answer is taken back and no new one is given (`nlu/denied_answers.py`)."""
    label_nouns: Cues = Field(default_factory=list)
    """Words for labels ("labelled", "라벨"): a report naming them is about the labels."""
    data_nouns: Cues = Field(default_factory=list)
    """Words for data itself ("data", "데이터"): a new answer naming them is about the data."""
    label_sources: Cues = Field(default_factory=list)
    """Where the labels come from or how they are made ("CRM에 다 표시돼요", "match the claims to
    the calls"): said with the label answer, it answers data.label_strategy."""
    feasibility: dict[str, Polar]
    """Per feasibility criterion: answers without a yes/no word."""
    labels: dict[str, Cues]
    """Per data.labels value."""
    strategy: dict[str, Cues]
    """Per goals.multi_objective strategy."""
    baseline: dict[str, Cues]
    """Per metrics.baseline kind (`other` optional: a person's judgement, a competitor)."""
    output_use: dict[str, Cues]
    """Per business.output_use kind (`other` optional)."""
    negation_targets: dict[str, dict[str, str]]
    """Per choice group: the option a negated cue of another option points to
    ("not labelled" → unlabeled)."""

    @model_validator(mode="after")
    def _complete(self) -> Lexicon:
        want: dict[str, set[str]] = {
            "feasibility": {s.split(".")[1] for s in FEASIBILITY_SLOTS},
            **{name: set(options) for name, options in OPTION_GROUPS.items()},
        }
        from assistant.domain.slots import SLOT_BY_ID

        unknown = (set(self.slot_names) | set(self.topic_names)) - set(SLOT_BY_ID)
        if unknown:
            raise ValueError(f"prompts/lexicon/{self.lang}.yaml slot_names: unknown {unknown}")
        if set(self.red_flag_topics) != {"ethics", "error_cost", "explainability"}:
            raise ValueError(f"prompts/lexicon/{self.lang}.yaml red_flag_topics: three signs")
        for group, mapping in self.negation_targets.items():
            options = set(want.get(group, ()))
            if not options or not set(mapping) | set(mapping.values()) <= options:
                raise ValueError(
                    f"prompts/lexicon/{self.lang}.yaml negation_targets.{group}: unknown options"
                )
        for name, keys in want.items():
            have = set(getattr(self, name)) - ({"other"} if name in OTHER_ALLOWED else set())
            if have != keys:
                raise ValueError(
                    f"prompts/lexicon/{self.lang}.yaml {name}: missing {sorted(keys - have)}, "
                    f"unknown {sorted(have - keys)}"
                )
        return self
