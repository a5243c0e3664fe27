"""Korean particles after a value whose last sound is known only when the text is rendered.

A Korean template writes a particle that depends on the word before it in both forms, the
optional part in brackets: "“{evidence}”(이)라는 답", "“{evidence}”(은)는". Once the values are in,
each marker becomes the form that fits the last syllable before it (quotes and emphasis skipped,
and so are a sentence's end and laughter: "…라서요.”", "…ㅎㅎ”"): after a final consonant
"(이)라는" → "이라는", after a vowel → "라는"; "(으)로" also takes "로" after ㄹ. Digits and Latin
letters are read the way Korean speakers say them (1 일, "model" 모델, "rule" 룰); a marker after
anything else keeps the form with the vowel's."""

from __future__ import annotations

import re

_MARKERS = {
    "(이)라는": ("이라는", "라는"),
    "(은)는": ("은", "는"),
    "(을)를": ("을", "를"),
    "(이)가": ("이", "가"),
    "(과)와": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)라고": ("이라고", "라고"),
    "(이)에요": ("이에요", "예요"),
}
_MARKER = re.compile("|".join(re.escape(m) for m in _MARKERS))
_SKIP = "”’\"'*_)] ….!?~,;ㅋㅎㅠㅜ"  # closing marks, sentence ends, laughter
_DIGIT_CODA = {
    "0": True,
    "1": True,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": True,
    "8": True,
    "9": False,
}  # 영 일 이 삼 사 오 육 칠 팔 구
_RIEUL = 8  # the final-consonant index of ㄹ


def resolve(text: str) -> str:
    """`text` with every particle marker replaced by the form that fits the word before it."""
    if "(" not in text:
        return text
    return _MARKER.sub(lambda m: _form(text[: m.start()], m.group(0)), text)


def _form(before: str, marker: str) -> str:
    closed, rieul = _coda(before.rstrip(_SKIP))
    with_coda, without = _MARKERS[marker]
    if marker == "(으)로" and rieul:
        return without
    return with_coda if closed or closed is None else without


def _coda(word: str) -> tuple[bool | None, bool]:
    """Whether the last sound of `word` closes on a consonant (None when unknown), and whether
    that consonant is ㄹ."""
    if not word:
        return None, False
    ch = word[-1]
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        return jong != 0, jong == _RIEUL
    if ch.isdigit():
        return _DIGIT_CODA[ch], ch in "178"
    low = word.lower()
    if re.search(r"[a-z]$", low):
        if re.search(r"(?:l|le|ll)$", low):
            return True, True
        return bool(re.search(r"(?:m|n|ng)$", low)), False
    return None, False
