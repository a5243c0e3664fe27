"""Talk about the conversation rather than the question. A message that only says the answer
was given already ("didn't I just say that", "방금 말한건데", "I told you already"): not an
answer to record. Which one it points at decides what
the coach can do: "just now" means the previous message; "before" could be any earlier answer."""

from __future__ import annotations

import re
from typing import Literal

from .lexicon import Lexicon
from .matching import find, normalize

Pointer = Literal["just_now", "before"]
# what may stand beside the complaint: endings, fillers, "that", "earlier", laughter
_LEFT_EN = re.compile(
    r"^(?:that|this|it|so|um|uh|well|hm+|lol|haha|sorry|but|though|yeah|yes|ok|okay|already"
    r"|earlier|before|above|here|there|like|just|i|the|answer|question"
    r"|twice|three|four|many|several|times|again|now|a|few|couple|of)$"
)
_LEFT_KO = re.compile(  # the ending of the complaint (말한 건데요, 말했잖아요), a pointer, laughter
    r"^(?:(?:거|건|것|게)?(?:데|는데|잖아|인데|예|에|이에)?(?:요|죠|용)?|그거|그건|이거|이건|이미|아까"
    r"|어요|어|던|던거요|위에|다|네|저|제가|[ㅋㅎㅠㅜ]+)$"
)


def already_said(text: str, lex: Lexicon) -> Pointer | None:
    """Whether the whole message says it was answered already, and pointing where."""
    low = normalize(text)
    for pointer, cues in (("just_now", lex.said_just_now), ("before", lex.said_before)):
        hits = find(low, cues)
        if not hits:
            continue
        left = low
        for start, end, _ in sorted(hits, reverse=True):
            left = left[:start] + " " + left[end:]
        words = re.findall(r"[a-z']+|[가-힣]+|[ㄱ-ㅎㅏ-ㅣ]+", left)
        if len(words) <= 4 and all(
            _LEFT_EN.match(w.strip("'")) or _LEFT_KO.match(w) for w in words
        ):
            return pointer  # type: ignore[return-value]
    return None


# "isnt this the same as the first question? ok: score every …", "you skipped my question.
# anyway: weekly review …", "… 암튼 주문 내역은 4년치 있어요"
_ASIDE_THEN = re.compile(
    r"(?:(?<=[.?!…])\s+|\s+-\s+|^)(?:but\s+)?(?:anyway|anyways|ok|okay|fine|whatever)"
    r"(?:,?\s+(?:so|then|concretely|seriously|honestly|fine))?\s*:\s*"
    r"|(?<=[.?!…])\s+(?:anyway|anyways)\s*,\s*"
    r"|(?:(?<=[.?!…])\s*|\s)(?:아무튼|어쨌든|암튼|여튼|그건 그렇고)\s*[,:]?\s*"
    # "… 아닌데.. 일단 넘어갈게요. 큰 목표는 …", "… but fine. moving on: …"
    r"|(?:(?<=[.?!…])\s*|\s)(?:일단|그럼|그냥)?\s*넘어(?:갈게요|가죠|가요|갈게|가고요)[.!~]*\s+"
    r"|(?<=[.?!…])\s+(?:moving on|let's move on|lets move on)\s*[.,:!]*\s+",
    re.IGNORECASE,
)


# a first sentence asking about the conversation itself: "isn't that the same as what I said at
# the start?", "didn't I already answer that?", "아까 말씀드린 거랑 같은 거 아니에요?"
_REMARK_FIRST = re.compile(
    r"^[^?]*\b(?:same as|same thing as|already (?:said|told|answered|asked)|said (?:that|this|it)"
    r"|asked (?:me )?(?:this|that)|at the start|you asked)\b[^?]*\?+\s+"
    r"|^[^?]*(?:말했|말씀드렸|말씀드린|물어보셨|물어보신|했잖|같은 질문)[^?]*\?+\s*",
    re.IGNORECASE,
)


def after_aside(text: str) -> str | None:
    """The answer after a remark about the conversation closed by "anyway:" / "ok:" / "아무튼";
    None when there is no such remark (or too little on either side of it)."""
    first = _REMARK_FIRST.match(text)
    if first and len(text[first.end() :].split()) >= 3:  # "isn't that the same as …? <answer>"
        rest = text[first.end() :].strip()
        return re.sub(
            r"^(?:ok|okay|anyway|anyways|fine|so|아무튼|암튼)\s*[:,]?\s+", "", rest, flags=re.I
        )
    marks = list(_ASIDE_THEN.finditer(text))
    m = marks[-1] if marks else None  # the last one: what follows it is the answer
    if m is None or m.start() == 0:
        return None
    before, after = text[: m.start()], text[m.end() :].strip()
    if len(before.split()) < 3 or len(after.split()) < 2:
        return None
    return after


# the remark's end: a sentence end, a comma, or a Korean ending followed by more ("방금 말한건데요
# recall@top5%요", "아까 말했잖아 ㅋㅋ 습도 85% 넘는 날")
_REMARK_END = re.compile(r"[.!?…;:,~]+\s*|(?<=[요아어죠데])\s+|(?<=[ㅋㅎㅠㅜ])\s+")


def said_then_answer(text: str, lex: Lexicon) -> str | None:
    """The answer beside a remark that only says it was said already, before it ("방금
    말한건데요. recall@top5%요.", "그건 아까 말씀드렸는데요, 민원 DB랑 …", "I told you already:
    weekly") or after it ("revpar index. ive said that like three times"); None otherwise."""
    for m in _REMARK_END.finditer(text.strip()):
        head, rest = text.strip()[: m.start()], text.strip()[m.end() :].strip()
        if not rest or not re.search(r"[a-z0-9가-힣]", rest, re.IGNORECASE):
            return None
        if already_said(head, lex) is not None:
            return rest
        if len(head.split()) > 6:
            break
    return _before_remark(text.strip(), lex)


def _before_remark(text: str, lex: Lexicon) -> str | None:
    """The answer before a last remark that it was said already ("revpar index. ive said that
    like three times")."""
    ends = [m for m in _REMARK_END.finditer(text) if m.end() < len(text)]
    if not ends:
        return None
    head, tail = text[: ends[-1].start()].strip(), text[ends[-1].end() :].strip()
    if head and re.search(r"[a-z0-9가-힣]", head, re.I) and already_said(tail, lex) is not None:
        return head
    return None


# what may open a remark that the last message was no question ("아 질문한 게 아니라요", "no,
# that wasn't a question"), and what may close it before the answer (an ending, laughter)
_REMARK_OPENER = re.compile(
    r"^(?:아|앗|어|음|아니|아뇨|아니요|그거|그건|저|제|no|oh|ah|um|sorry|lol|haha|[ㅋㅎㅠㅜ]+)$",
    re.IGNORECASE,
)
_REMARK_CLOSE = re.compile(
    r"^[가-힣]*(?:\s+(?:a question|anything))?(?:[\s.,!?~…:;\-]+|[ㅋㅎㅠㅜ]+|\b(?:lol|haha)\b)*",
    re.I,
)


def remark_then_answer(text: str, cues: tuple[str, ...]) -> str | None:
    """The answer after an opening remark that the previous message was not a question ("아
    질문한 게 아니라요 ㅎㅎ 어떤 조건에서 …", "that wasn't a question lol. which shifts …"): walk
    ko11 kept the remark in the answer. None without such a remark or an answer after it."""
    flat = text.replace("’", "'").strip()
    cue = re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)), re.I)
    m = cue.search(flat)
    if m is None or not all(
        _REMARK_OPENER.match(w.strip(",.!~")) for w in flat[: m.start()].split()
    ):
        return None
    rest = flat[m.end() :]
    rest = rest[_REMARK_CLOSE.match(rest).end() :].strip()  # type: ignore[union-attr]
    if len(rest.split()) < 2 or not re.search(r"[a-z0-9가-힣]", rest, re.I):
        return None
    return rest
