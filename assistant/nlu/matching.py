"""Find lexicon cues in text. Latin cues match at word boundaries (with simple inflections);
Hangul cues match at the start of a word and may be followed only by particles and endings, so
"아마" is not found in "아마존" and a noun cue is not found inside a longer noun."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .hangul_typos import joined

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
MARKED = re.compile(r"[?？][\sㅠㅜㅋㅎ~!;^]*$")
"""A question mark that ends the message, maybe with a crying or laughing face after it."""


def with_final(jong: int) -> str:
    """Every Hangul syllable closed by the final consonant number `jong` (4 = ㄴ, 8 = ㄹ), for a
    character class: "[{with_final(4)}]데" is -ㄴ데 (는데, 은데, 인데 …)."""
    return "".join(chr(0xAC00 + 28 * i + jong) for i in range(19 * 21))


_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "＇": "'"})

# Syllables that may follow a Hangul cue inside the same word: particles (이 가 은 는 을 를 의 에
# 서 로 와 과 도 만 ...), the copula (이에요, 예요, 입니다, 인데 ...), 하다/되다 forms (해요, 한,
# 할, 합니다, 돼요, 된 ...) and verb endings (어요, 고, 는, 지, 게, 겠, 었, 죠, 네요 ...).
SUFFIX_SYLLABLES = (
    "이가은는을를의에서께한테로으와과도만까지부터처럼보다랑고들요나든라밖마조차뿐"
    "예입니었였야임인일며어아여기음면데죠네겠았시세거걸건게"
    "해했함할하합되돼됐된될됨됩"
    "던었는데요진긴잖까냐슴엇니라야값량치습더대구군려운워웠욤"
    "엔론"  # 에는 and 로는 run together: "결정엔 안 써요", "룰론 안 돼요"
)
_HANGUL_SYLLABLE = "\uac00-\ud7a3"
# Bound nouns people write glued to the word before ("큰일나는것도", "될듯", "할수있어요"): a cue
# may be followed by one of them (and its particles) inside the same spaceless word.
_BOUND = "것거수듯줄적뿐편"
_ATTACHED = re.compile(r"(?:으로|로|이라고|라고|만) ")  # a cue opening with a particle ("만 보면")


def normalize(text: str) -> str:
    """Lower-case, straight quotes, single spaces, split Hangul finals joined ("업ㅅ어요")."""
    return joined(_SPACES.sub(" ", text.translate(_QUOTES).lower()).strip())


@lru_cache(maxsize=8192)
def _pattern(cue: str) -> re.Pattern[str]:
    body = re.escape(cue.lower())
    if HANGUL.search(cue):
        glued = cue.startswith("*")  # "*봐야 알": an ending glued to any stem ("나와봐야 알아요")
        cue = cue.lstrip("*")
        body = _any_particle(cue.lower())
        attached = _ATTACHED.match(cue) or glued  # "로 치면" follows its noun: "시간으로 치면"
        left = f"(?<![{_HANGUL_SYLLABLE}])" if HANGUL.match(cue) and not attached else ""
        right = (
            f"(?=[{SUFFIX_SYLLABLES}]*(?:[{_BOUND}][{SUFFIX_SYLLABLES}]*)?(?![{_HANGUL_SYLLABLE}]))"
            if HANGUL.search(cue[-1])
            else ""
        )
        return re.compile(left + body + right)
    # a hyphen joins words: "no" is not found in "no-shows", "trivial" not in "non-trivial"
    left = r"(?<![a-z0-9])(?<![a-z0-9]-)" if cue[:1].isalnum() else ""
    if cue.endswith("*"):  # a stem: "discriminat*" finds "discriminate", "discrimination"
        return re.compile(left + re.escape(cue[:-1].lower()) + r"[a-z]*")
    body = body.replace("n't", "n'?t")  # typed without the apostrophe: "i dont know"
    # Latin cues also match simple inflections: "label" finds "labels", "labeled", "labeling".
    right = (
        r"(?:s|es|ed|d|ing)?(?![a-z0-9]|-[a-z])"
        if cue[-1:].isalpha()
        else (r"(?![a-z0-9]|-[a-z])" if cue[-1:].isalnum() else "")
    )
    return re.compile(left + body + right)


_PARTICLES = ("은", "는", "이", "가", "을", "를", "도", "만", "에")
_PARTICLE_GROUP = "(?:은|는|이|가|을|를|도|만|에|이나|라도|까지|까진|까지는)?"
# An adverb may stand between a noun and its predicate: "규칙성이 아예 없", "데이터가 거의 없".
_ADVERB = (
    r"(?:\s*(?:아예|전혀|딱히|별로|거의|정말|진짜|좀|꽤|아주|너무|많이|잘|다|아직|그렇게|딱|"
    r"확실히|분명히|충분히|따로|이미|항상|늘|전부|모두|하나도)(?=\s))?"
)
_MEANT = ("도", "만")  # "수도 있" (may) is not "수 있" (can), "라벨만" (only) not "라벨"


def _any_particle(cue: str) -> str:
    """A Korean phrase cue with any particle after its nouns: "정답이 있" also finds "정답은
    있", "정답도 있" and "정답 있"; an adverb may stand between its words ("정답이 거의 없",
    "숫자로 딱 안 떨어")."""
    words_ = cue.split(" ")
    out = []
    for i, word in enumerate(words_):
        last = i == len(words_) - 1
        if word == "수" and not last:  # "돌이킬 수가 없", "모을 수는 있" (not "수도 있": may)
            out.append("수(?:가|는)?")
        elif not last and len(word) > 1 and word[-1] in _PARTICLES and word[-1] not in _MEANT:
            out.append(re.escape(word[:-1]) + _PARTICLE_GROUP)
        else:
            out.append(re.escape(word))
    return (_ADVERB + r"\s*").join(out) if len(out) > 1 else out[0]


def find(text: str, cues: Iterable[str]) -> list[tuple[int, int, str]]:
    """All (start, end, cue) matches in already-normalized text, in text order."""
    hits = [(m.start(), m.end(), cue) for cue in cues for m in _pattern(cue).finditer(text)]
    return sorted(hits)


def covers(outer: tuple[int, int, str], inner: tuple[int, int, str]) -> bool:
    """A `find` match that takes in another: it starts before it and reaches into it ("오류 비용
    질문" is the error-cost name, not "비용 질문"), or holds it and is longer."""
    if outer[0] < inner[0] < outer[1]:
        return True
    return outer[0] == inner[0] and inner[1] < outer[1]


def has_any(text: str, cues: Iterable[str]) -> bool:
    return any(_pattern(cue).search(text) for cue in cues)


def starts_with_any(text: str, cues: Iterable[str]) -> bool:
    """True if the text opens with one of the cues (followed by a break, not more letters)."""
    return opening_end(text, cues) is not None


def opening_end(text: str, cues: Iterable[str]) -> int | None:
    """Where the first of `cues` the text opens with ends (`starts_with_any`), else None."""
    for cue in cues:
        m = _pattern(cue).match(text)
        if m and (
            HANGUL.search(cue) is None
            or _ends_word(text, m.end())
            or (len(cue) >= 3 and _FINAL_ENDING.match(text, m.end()))
        ):
            return m.end()
    return None


# A sentence-final ending after a stem cue of three or more characters ("그 정도는 아니" +
# "에요", "그렇진 않" + "아요"); connective endings (-지만, -는데, -고) are not final: what
# follows them may turn the answer ("그 정도는 아니지만 꽤 커요").
_FINAL_ENDING = re.compile(
    r"(?:이에요|에요|예요|어요|아요|여요|요|다|죠|지요|네요|습니다|음)(?=$|[^\w])"
)


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum() or text[end] in "요ㅋㅎㅠㅜ"


def mask(text: str, phrases: Iterable[str]) -> str:
    """Blank out fixed phrases ("감사합니다", "no doubt") so their words are not read as cues."""
    for phrase in phrases:
        text = _pattern(phrase).sub(lambda m: " " * len(m.group(0)), text)
    return text


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,.;:!?()]+", text) if w]


@lru_cache(maxsize=64)
def cue_list(*joined: str) -> tuple[str, ...]:
    """The cues of "a|b|c" strings (one per language), split once: asked on every turn."""
    return tuple(cue for text in joined for cue in text.split("|"))


def english_phrase(text: str, pattern: re.Pattern[str]) -> str | None:
    """The words of an English answer that `pattern` finds; None in a Korean answer."""
    m = None if HANGUL.search(text) else pattern.search(text)
    return m.group(0) if m else None


def phrase_opens(t: str, cues: Sequence[str]) -> bool:
    """A phrase cue within the first four words, after any opening interjection ("hmm, I'm not
    sure what … means"): on word edges in English ("show is" holds no "how is"); Korean endings
    attach ("무슨 뜻이에요" holds "무슨 뜻")."""
    w = whole = words(t)
    while w and w[0] in _INTERJECTIONS:
        w = w[1:]
    head = " ".join(w[:4])
    if HANGUL.search(t):
        return any(cue in head for cue in cues if " " in cue)
    if w and len(w) < len(whole) and w[0] in cues:
        return True  # "sorry whats optimize mean here": a one-word cue after the interjection
    return any(f" {cue} " in f" {head} " for cue in cues if " " in cue)


_INTERJECTIONS = frozenset(
    {"hmm", "hm", "um", "umm", "uh", "er", "oh", "ah", "well", "honestly", "sorry"}
)
