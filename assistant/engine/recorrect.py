"""A correction that went to the wrong answer, turned down at once ("아니 가설 말고요 보유
데이터를 고쳐달라는거였어요", "not the goal, the objectives"): the answer it changed gets its old
value back, and the answer now named is asked (its question, with what it holds now). Not
filled with the correction's words: in a walk "아니 임팩트 말고요 … 목표 하나만 …" named the
goal by a word of the answer, and moving the words there overwrote the goal. Only in the turn
right after the correction; named again with a new answer ("repeated decision = YES"), the same
answer is corrected again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.domain.state import LastCorrection, SessionState
from assistant.domain.turn import Turn
from assistant.nlu.matching import find, normalize
from assistant.nlu.slot_names import named_slot, turned_away

from .recording import record
from .slot_context import previous_slots

if TYPE_CHECKING:
    from .flow import Interview
    from .revise import Reader

# Turning a correction down opens with a no ("no no, …", "아니 …", "not the goal, …") or says
# what was meant instead ("X 말고", "I meant", "instead"); a "not" further on is part of an
# answer ("road calls down to under 20. the bus bit isn't the goal, not sure how it got in").
_OPENS_NO = re.compile(r"^\W*(?:아니|아뇨|잘못|틀렸|not\b|wrong\b|no\b|nope\b|nah\b)")
_MEANT_INSTEAD = re.compile(r"말고|\bmeant\b|\binstead\b")


def moved(
    iv: Interview,
    state: SessionState,
    memo: LastCorrection,
    text: str,
    read: Reader | None = None,
) -> Turn | None:
    """The turn that moves the last correction (`memo`) to the answer `text` names, or that
    corrects the same answer again when `text` names it with a new answer; else None."""
    low = normalize(text)
    if not (_OPENS_NO.search(low) or _MEANT_INSTEAD.search(low)):
        return None
    content, lang = iv.content, state.language
    names = content.slot_names(lang)
    lex = content.lexicons[lang]
    among = [s for s in [*previous_slots(state), state.current or ""] if s and s != memo.slot]
    target = named_slot(text, lex, among, names)
    if target is None and named_slot(text, lex, [memo.slot], names) and read is not None:
        # "no thats wrong again. repeated decision = YES": the same answer, corrected again
        from .revise import edit_command

        rest = _after_name(text, names[memo.slot])
        return edit_command(iv, state, f"{memo.slot} {rest}".strip(), read)
    if target is None and not turned_away(text, names[memo.slot]):
        return None
    record(state, memo.slot, memo.before)
    note = content.say(lang, "correction.moved", wrong=content.label(lang, memo.slot))
    if target is None:  # "아니 보유 데이터 말고요 <a name we do not know>": ask which one
        return iv.reask(state, [note, content.say(lang, "correction.which")], "question")
    if target == state.current and not state.edit:  # the question being asked: answer it
        rest = _after_turn_down(text, names[target])
        if rest and read is not None:
            turn = iv.apply(state, rest, read(state, rest))
            return turn.model_copy(update={"text": f"{note}\n\n{turn.text}"})
        return iv.reask(state, [note], "question")
    from .revise import ask_edit  # asked, not filled: the answer named may not be what was said

    turn = ask_edit(iv, state, target)
    return turn.model_copy(update={"text": f"{note}\n\n{turn.text}"})


# a remark that the last correction landed in the wrong answer ("that went to the wrong place",
# "that's not what I meant", "엉뚱한 데 들어갔네요", "잘못 들어갔어요")
_WRONG_PLACE = re.compile(
    r"\bwrong\s+(?:place|answer|one|field|question|spot|box|slot|section)\b|\bnot what i meant\b"
    r"|\bnot where i meant\b|잘못\s*(?:들어|갔|간|고쳐|고치|바뀌|바꾸)|엉뚱한|그게\s*아니",
    re.IGNORECASE,
)


def aside_moved(
    iv: Interview, state: SessionState, memo: LastCorrection, said: str, text: str, read: Reader
) -> Turn | None:
    """ "hmm that's not what i meant, that went to the wrong place. anyway: <answer>": a remark
    before "anyway" that turns the last correction down puts that answer's old value back, and
    the answer after it answers the question being asked; None when the remark says no such
    thing (or there is no remark before `text`)."""
    at = said.rfind(text)
    aside = normalize(said[:at]) if at > 0 else ""
    if not aside or not (_WRONG_PLACE.search(aside) or _OPENS_NO.search(aside)):
        return None
    record(state, memo.slot, memo.before)
    content, lang = iv.content, state.language
    note = content.say(lang, "correction.moved", wrong=content.label(lang, memo.slot))
    turn = iv.apply(state, text, read(state, text))
    return turn.model_copy(
        update={"text": f"{note} {content.say(lang, 'correction.put_it')}\n\n{turn.text}"}
    )


def _after_name(text: str, names: list[str]) -> str:
    """What follows the answer's name in `text` ("… repeated decision = YES" -> "YES")."""
    low = normalize(text)
    ends = [end for _, end, _ in find(low, names)]
    return low[max(ends) :].strip(" =:,.-—") if ends else ""


def _after_turn_down(text: str, names: list[str]) -> str:
    """The sentences after the one that names the question ("아니 반복되는 판단 말고요 윤리
    질문이요. 윤리적 문제 없어요" -> "윤리적 문제 없어요")."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    named = [i for i, p in enumerate(parts) if find(normalize(p), names)]
    return " ".join(parts[named[0] + 1 :]).strip() if named else ""
