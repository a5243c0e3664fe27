"""Where a Korean negation found after a cue belongs to a later predicate, not to the cue: the
one place that decides it, for every cue list (`ko_negation.negated_span`).

- A connective ending stands between them: "안전 관련이라 … 허용이 안 돼요", "주관적이라 못
  정해요"; or a sentence ends in between ("… 모델이요 ㅋㅋ 없어요").
- What only limits or does without is no denial: "노이즈밖에 안 나와요", "사유 없이는 못 보내요",
  "블랙박스여도 상관없다는".
- The cue ends in a concessive ending: "틀려봤자 고객이 안 사고 말아요".
- The cue says its own negation and goes on with -고: "개인정보도 안 쓰고 누굴 해칠 일은 없어요".
- The cue's word closes its sentence: "엑셀로 충분해요 돈 들일 필요 없을듯" (not "패턴이요
  없어요", a topic and what is said of it).
- The cue sits inside an embedded question the main predicate is about: "뭐가 반복되는 건지 감이
  안 와요" (not knowing, not "no repetition").
- The cue is a condition ("-아야/-어야", only if) with a new subject after it: "이유를 말해줘야
  민원이 안 들어와요"."""

from __future__ import annotations

import re

from .matching import with_final

# A whole word that links its clause to the next one: a verb with -아서/-어서, -고 after a
# past or 있다/없다/되다/않다/받다 stem, the copula after a noun ("출시 전이고", "제각각이고") or
# the word 가고 ("하나로 가고"), -니까, -면서, -므로, -더니, -어도; a noun with the copula (-이라,
# -라서). ("하고" and "에서" are also particles, so they are left out.)
LINKING_WORD = re.compile(
    r"(?:(?:[아어여해워와져쳐려돼봐켜펴꺼혀겨껴줘둬]|있어|없어)서|(?:[았었했였]|있|없|되|않|많|적|받|^가|(?<=[가-힣])이)고|"
    r"(?:으|이)?니까|면서|므로|더니|[아어해여워]도|[가-힣](?:이)?라서?|거나)[,.]?$"
)
# "-거나 하다" (do things like …) is one predicate with the verb before it: "결정하거나 하진 않아요"
_LIKE = re.compile(r"거나\s+(?=하)")
# "하고" as a word of its own (the verb 하다 with -고, no particle), or the cue's own next word
# ("하나만 최적화하고 비용은 … 안 넘게"), then a new topic: "하나만 하고 나머진 안 할래요"; not
# "-고 싶다/있다" (one predicate with what follows) nor "한 번 하고 끝나는 게 아니라" (a clause the
# negation takes whole)
_DO_AND = re.compile(
    rf"(?:^\s*[가-힣]*|\s)(?:하고|하구)[,.]?\s+(?!안\s|못\s|싶|있|계|말)[가-힣]*(?:은|는|[{with_final(4)}])\s+"
    r"(?!(?:게|거|것|건|걸)(?:\s|$))"
)
_NOT_DENYING = re.compile(r"밖에|없이|상관\s*$")  # only X; "X 없이는 못": X is needed; no matter
_FINAL = re.compile(
    r"(?:예요|에요|어요|아요|해요|돼요|죠|니다|이요|네요|래요|대요|거요|건요|게요|데요|고요|구요)[.!~]?$"
)
_CONCESSIVE = re.compile(r"(?:봤자|더라도|[아어여]도|해도|라도)$")
_OWN_NOT_THEN = re.compile(r"(?:^|\s)(?:안|못)\s*[가-힣]+$")
_AND_THEN = re.compile(r"고\s")
_ENDED = re.compile(r"(?:해요|돼요|[아어]요|이에요|예요|니다|네요|죠)[.!~ㅋㅎ]*$")
_EMBEDDED = re.compile(r"(?:건지|는지|은지|인지)\s")
# "-아야/-어야" (only if) and a new subject after it: "이유를 다 말해줘야 민원이 안 들어와요" (the
# complaints stop, the reasons are needed); not "-야 하다/되다", one predicate the negation takes
# whole ("꼭 설명해야 하는 건 아니에요")
_ONLY_IF = re.compile(
    r"[아어여해워와져쳐줘둬]야\s+(?!(?:하|되|돼|해|한|할|합|됩|된|될|함|됨)[가-힣]*(?:\s|$))"
    r"[가-힣]+(?:이|가|은|는|도)\s"
)


def later(text: str, start: int, end: int, negator_at: int) -> bool:
    """The negator at `negator_at` belongs to a later predicate than the cue at [start, end)."""
    return bool(
        _CONCESSIVE.search(text, 0, end)
        or (_OWN_NOT_THEN.search(text, start, end) and _AND_THEN.match(text, end))
        or _word_ends_sentence(text, start, end, negator_at)
        or blocked(text, end, negator_at)
        or _EMBEDDED.search(text, end, negator_at)
        or _only_if(text, start, negator_at)
    )


_NOT_THAT = re.compile(r"(?:는|은)\s*(?:건|게|것이|거)\s*$")  # "… 고객이 믿는 건 아니잖아요"
_NO_MATTER = re.compile(r"(?:백날|아무리)\s+(?:[가-힣]+\s+){0,3}$")  # "백날 설명해줘야 …"


def _only_if(text: str, start: int, negator_at: int) -> bool:
    """The cue is a condition "-아야/-어야" with a new subject after it (`_ONLY_IF`); not when the
    negation denies the whole "only if" ("꼭 이유를 알려줘야 고객이 믿는 건 아니잖아요") nor in a
    "no matter how much" ("백날 설명해줘야 사장님은 안 읽으세요")."""
    return bool(
        _ONLY_IF.search(text, start, negator_at)
        and not _NOT_THAT.search(text, 0, negator_at)
        and not _NO_MATTER.search(text, 0, start)
    )


def blocked(text: str, cue_end: int, negator_at: int) -> bool:
    """A connective ending, a sentence end or a word that does not deny stands between a cue and
    the negator found after it."""
    between = _LIKE.sub("거나하", text[cue_end:negator_at])  # "결정하거나 하진 않고": one verb
    if _NOT_DENYING.search(between):
        return True
    words = between.split()
    own = bool(between[:1].strip() and words)
    if own:  # the cue's word goes on: judge the whole word
        words[0] = text[text.rfind(" ", 0, cue_end) + 1 : cue_end] + words[0]
    inner = words[1:] if own else words  # a sentence ends in one of them ("… 모델이요 ㅋㅋ")
    linked = any(LINKING_WORD.search(w) for w in words) or _DO_AND.search(between)
    return bool(linked) or any(_FINAL.search(w) for w in inner)


def _word_ends_sentence(text: str, start: int, end: int, negator_at: int) -> bool:
    """The word the cue ends in closes its sentence before the negator (`_ENDED`)."""
    rest = text[end:]
    word_end = end + len(rest.split()[0]) if rest[:1].strip() else end
    return negator_at >= word_end and bool(_ENDED.search(text, start, word_end))
