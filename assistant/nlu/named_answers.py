"""A message that names an earlier answer and gives it anew, without a correction opener:
"about the ethics answer: there's a risk but …", "no thats not the goal lol. goal = keep new
nurses …", "목표는 이거예요: …" said at a later question. Only an answer asked before the current
question counts (naming the current one is just answering it)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.domain.slots import SLOT_BY_ID

from .ko_corrections import reported, reported_slot, slot_cues
from .lexicon import Lexicon
from .matching import find, normalize
from .slot_names import named_slot
from .topic_returns import KO_BEFORE, returns_to

# "about the X answer:", "re the X one -", "back to the X question:", "X 답 말인데요,"
_ABOUT = re.compile(
    r"^\W*(?:about|re|regarding|on|back to|going back to|for"
    r"|(?:one more|a quick|quick)\s+(?:thought|thing|note)\s+(?:on|about))"
    r"\s+(?P<full>(?:the|my|your)?\s*(?P<name>.{2,40}?)"
    r"\s*(?:answer|question|one|bit|part)?)\s*(?::|\s[-—–]\s|,)\s*(?P<rest>.+)$"
    r"|^\W*(?P<kname>[가-힣 ]{2,20}?)\s*(?:답|질문|항목)?\s*말인데요?[,.]?\s*(?P<krest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# "goal = keep new nurses …", "goal: keep …" opening a sentence
_ASSIGNS = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*(?P<name>[^.!?=:]{2,30}?)\s*(?:=|:)\s*(?P<rest>[^=]+)$",
    re.DOTALL,
)


# "… 규칙 기반으로 바꿔주세요" (the answer named elsewhere in the message), "change the baseline
# to the threshold rule"
_CHANGE_KO = re.compile(
    r"(?P<value>[^.?!,]+?)\s*(?:으로|로)\s*(?:바꿔|고쳐|수정해|변경해)\s*(?:주세요|줘요|줘|주실래요)"
)
_CHANGE_EN = re.compile(
    r"\b(?:change|set|switch|make)\s+(?:the|my)\s+(?P<name>.{2,30}?)\s+(?:to|into)\s+(?P<value>.+)$",
    re.IGNORECASE,
)


def named_answer(
    text: str, lex: Lexicon, names: Mapping[str, list[str]], earlier: list[str]
) -> tuple[str, str] | None:
    """(slot id, the new answer) when `text` names one of the `earlier` answers (by `names`) and
    says what it is now; None otherwise."""
    flat = " ".join(text.split())
    if (m := _CHANGE_KO.search(flat)) and (slot := named_slot(flat, lex, earlier, names)):
        return slot, m.group("value").strip()
    if (m := _CHANGE_EN.search(flat)) and (slot := _slot_named(m.group("name"), names, earlier)):
        return slot, m.group("value").strip()
    for pattern in (_ABOUT, _ASSIGNS):
        for m in pattern.finditer(flat):
            name = m.group("name") if m.group("name") else (m.groupdict().get("kname") or "")
            rest = m.group("rest") if m.group("name") else (m.groupdict().get("krest") or "")
            full = m.groupdict().get("full") or ""  # "the cost one": the name is all of it
            slot = _slot_named(name, names, earlier) or _slot_named(full, names, earlier)
            if slot and len(rest.split()) >= 2:
                return slot, rest.strip()
    return None


def _slot_named(name: str, names: Mapping[str, list[str]], earlier: list[str]) -> str | None:
    """The earlier slot the whole `name` is (a name of it, give or take a particle)."""
    low = normalize(name).strip(" '\"")
    for slot in reversed(earlier):
        for hit in find(low, names.get(slot, [])):
            if len(low) - (hit[1] - hit[0]) <= 4:  # the name, not a sentence that contains it
                return slot
    return None


# "목표 얘기 전에", "goal 말하기 전에", "before the goal question": the question being asked, named
# as what the message comes before
_BEFORE = re.compile(
    rf"{KO_BEFORE}|\bbefore (?:the |my )?[a-z-]+(?: [a-z-]+)? (?:question|part|one)\b",
    re.IGNORECASE,
)


def names_current(
    text: str, lex: Lexicon, slot: str, previous: list[str], names: Mapping[str, list[str]]
) -> bool:
    """The message names the question being asked and neither names nor reports an earlier one
    ("비용 얘기 전에, 아까 틀리면 큰일이라고 한 건 …" reports the error-cost answer); one named
    only as what comes next ("goal 말하기 전에 …", "before the goal part, …") is not fixed."""
    if named_slot(_BEFORE.sub(" ", text), lex, [slot], names) is None:
        return False
    if named_slot(text, lex, previous, names) is not None:
        return False
    said = reported(text)  # "아까 레이블 있다고 했는데 …": the answer reported names this question
    return bool(said and named_slot(said, lex, [slot], names)) or (
        reported_slot(text, lex, previous) is None
    )


def revisited(
    text: str,
    lex: Lexicon,
    names: Mapping[str, list[str]],
    earlier: list[str],
    current: str,
    corrects: bool,
) -> tuple[str, str] | None:
    """(slot id, the new answer) for a message that goes back to an earlier answer by its topic
    (`topic_returns`) or, unless it is already read as a correction (`corrects`), names one and
    gives it anew."""
    back = returns_to(text, lex, names, earlier, current)
    return back or (None if corrects else named_answer(text, lex, names, earlier))


def about_current(
    text: str, lex: Lexicon, slot: str, previous: list[str], names: Mapping[str, list[str]]
) -> bool:
    """A correction that names no question but speaks only of the one being asked ("sorry I said
    yes a minute ago but actually the fleet size gets decided once a year, so no, not repeated",
    "아까 복잡하다고 한 거 정정할게요. … 규칙 몇 개면 충분해요"): its cues answer this question
    and none of the previous one's, so it answers this one again."""
    t = normalize(text)
    if not previous or not find(t, slot_cues(SLOT_BY_ID[slot], lex)):
        return False
    if named_slot(text, lex, previous, names) or reported_slot(text, lex, previous):
        return False  # "scratch that, the pattern answer: …", "기록 없다고 했던 건요, …"
    return not find(t, slot_cues(SLOT_BY_ID[previous[-1]], lex))
