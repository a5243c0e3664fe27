"""Korean typed with a final consonant split off its syllable: "업ㅅ어요" for 없어요, "안ㅎ아요"
for 않아요. A lone consonant letter between two syllables joins the one before it when the two
make a double final (ㅂ+ㅅ = ㅄ); a laugh or a letter anywhere else ("좋아요ㅋㅋ", "ㅇㅇ") stays.
And "겟" typed for the ending "겠" ("모르겟어요"; not "타겟"), "않되요" or "안되요" for
"안 돼요", and spoken endings typed as said ("있다구 했는데", "없어여")."""

from __future__ import annotations

import re

# (final of the syllable before, lone letter) -> the double final, as final numbers (ㄱ = 1 …)
_DOUBLE = {
    (1, "ㅅ"): 3,
    (4, "ㅈ"): 5,
    (4, "ㅎ"): 6,
    (8, "ㄱ"): 9,
    (8, "ㅁ"): 10,
    (8, "ㅂ"): 11,
    (8, "ㅅ"): 12,
    (8, "ㅌ"): 13,
    (8, "ㅍ"): 14,
    (8, "ㅎ"): 15,
    (17, "ㅅ"): 18,
}
_SPLIT = re.compile(r"([\uac00-\ud7a3])([ㄱㅁㅂㅅㅈㅌㅍㅎ])(?=[\uac00-\ud7a3])")


def _join(m: re.Match[str]) -> str:
    syllable, letter = m.group(1), m.group(2)
    final = (ord(syllable) - 0xAC00) % 28
    double = _DOUBLE.get((final, letter))
    return chr(ord(syllable) + double - final) if double else m.group()


# "모르겟어요", "되겟죠": 겠 before an ending (not "타겟고객")
_GET = re.compile(r"(?<=[\uac00-\ud7a3])(?<!타)겟(?=어|습|죠|지|네|다|는데|고)")


# "않되요", "않돼": the negator 안 spelt as the 않 of "-지 않다" before 되다 (not after 지,
# where "하지 않되" is the connective "without doing …, but")
_AN_DOE = re.compile(r"(?<![\uac00-\ud7a3])(?<!지 )않\s*(?=[되돼됨됐])")


# spoken endings typed as said: "있다구 했는데" for 있다고, "없어여" for 없어요 (one letter for
# one, so a match's offsets stay those of the text)
_GU = re.compile(r"(?<=[\uac00-\ud7a3][다라자냐])구(?=\s*(?:했|한|하|말|요)|[\s.,!?~…]|$)")
_YEO = re.compile(r"(?<=[\uac00-\ud7a3][어아해에예])여(?=[\s.,!?~…ㅋㅎㅠㅜ^]|$)")


def spoken(text: str) -> str:
    """`text` with the spoken -다구 and -어여 read as -다고 and -어요, letter for letter."""
    return _YEO.sub("요", _GU.sub("고", text))


def joined(text: str) -> str:
    """`text` with split finals joined to their syllables, 겟 read as 겠, 않되 as 안 되, 되요 as
    돼요, and spoken endings as written (`spoken`)."""
    text = _AN_DOE.sub("안 ", _GET.sub("겠", _SPLIT.sub(_join, text))).replace("되요", "돼요")
    return spoken(text)
