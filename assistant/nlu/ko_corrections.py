"""Corrections that report the earlier answer ("아까 규칙으로는 안 된다고 한 거 취소요", "I said a
few rules would be enough, but …", "한 번만 하는 거라고 했잖아요 그거 잘못 말했어요"): the report
names the answer being fixed even when no question is named, and a yes-no answer taken back turns
into its opposite: what the correction now says is sure when it is the opposite of the report,
and the opposite is proposed when it says nothing readable ("… 잘못 눌렀어요"); one that seems to
say the same again is confirmed.

A correction may also name the earlier answer by its topic, not by what it said ("목표 말씀드린 거
고칠게요", "앞에 문제 말한 게 너무 두루뭉술했네요. 다시 말하면 …"): a topic report, a word
pointing back or a retraction, and a word that revises."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from assistant.domain.reading import Reading
from assistant.domain.slots import SLOT_BY_ID, SlotSpec

from .evidence import YES_NO_OPPOSITE
from .lexicon import Lexicon
from .matching import HANGUL, find, has_any, normalize
from .reader import read_polar
from .reports import reported_en

# The reported answer runs from its sentence's start to the quoting ending -다고 / -라고 / -냐는.
_REPORT = re.compile(
    r"[^.!?]*?[가-힣]*(?:다|라|자|냐)(?:고|구|는)\s*(?:했|한|말했|답했|말씀드렸|적었|거)"
)
# "목표 말씀드린 거", "앞에 문제 말한 게", "데이터 얘기했던 건": an earlier answer by its topic.
TOPIC_REPORT = re.compile(
    r"(?<![가-힣])(?:말한|말했던|말씀드린|말씀드렸던|얘기한|얘기했던|이야기한|적은|적었던|답한|답했던)"
    r"\s*(?:거|게|건|것|부분)(?![가-힣])"
)
# … and a first-person word that revises it ("고칠게요", "다시 말하면", "두루뭉술", "잘못 말했어요";
# not "수정 요청" nor "잘못된 건 없어요").
REVISES = re.compile(
    r"고칠(?:게|께|래|까)|고쳐\s*(?:서\s*)?(?:말|쓸|적|볼|주)|다시\s*말|정정|"
    r"수정(?:할|하겠|해서|해\s*주|이요|합니다|하면)|바꿀(?:게|께|래)|바꿔\s*(?:서\s*)?(?:말|주|볼)|"
    r"잘못\s*(?:말|얘기|이야기|적|답|썼|골|눌|알|생각)|틀렸|두루뭉술|뭉뚱그|애매하게|막연하게|대충\s*(?:말|답)"
)
# A third person saying it ("팀장님이 말한 거"): not the person's own earlier answer.
_THIRD_PARTY = re.compile(
    r"(?<![가-힣])(?!제가|저희가|내가|우리가|같이|많이)[가-힣]+(?:이|가|께서)\s*$"
)
# Words that report finding something out ("확인해 보니", "알고 보니"): with a report and no first
# person nor retraction, they pass on what someone else said ("… 다고 했어요").
_FOUND_OUT = re.compile(r"보니|다시\s*생각해")
_FIRST_PERSON = re.compile(r"(?<![가-힣])(?:제가|저희가|내가|우리가|저는|전|제)(?![가-힣])")
# A report told as plain news ("… 남아 있다고 했어요"), not one taken up to be turned ("… 있다고
# 했는데", "… 있다고 했던 거").
_NEWS = re.compile(r"(?:다|라)고\s*했어요")
_TAKEN_UP = re.compile(
    r"(?:다|라|자|냐)고\s*(?:했는데|했던|한\s*[거건게]|했었|했잖|했지만|말했|답했|말씀)"
)
# "아까 말한대로 …", "앞에서 말씀드렸듯이 …", "아까 말했는데요 …": the earlier answer cited in
# support of this one (or the person noting they said it already), not taken back.
_CITES = re.compile(
    r"(?:말한|말했던|말씀드린|말씀드렸던|얘기한|얘기했던|이야기한|적은|적었던|답한|말씀하신)\s*"
    r"(?:대로|것처럼|거처럼|것\s*같이|바와\s*같이)|(?:말했|말씀드렸|얘기했|적었|답했)(?:듯이|잖아|는데)"
    r"|(?:말한|말씀드린|얘기한)\s*(?:건데|거잖아|거예요|거에요)|(?:다|라)고\s*했잖"
    r"|(?:말햇|얘기햇|말씀드렷)(?:듯이?|잖아|는데)"  # typed fast: "아까 말햇듯 …"
    # "아까 말한 룰이요", "아까 세부 목표로 말씀드린 거요": what was said earlier, pointed at
    r"|(?:아까|앞에서|처음에|전에|이미)\s+(?:[가-힣]+\s+){0,3}?"
    r"(?:말한|말씀드린|얘기한|말했던|말씀드렸던|얘기했던)(?![가-힣])"
)
# "… 했잖아요" reminds; only "했는데 / 했던 거 / 한 건" take a report up to turn it
_TURNED = re.compile(  # … or reminded, then changed since ("…다고 했잖아요, 그거 … 없어져서")
    r"(?:다|라|자|냐)고\s*(?:했는데|했던|한\s*[거건게]|했었|했지만|(?:말|답|얘기)했(?:었)?는데|말씀드렸(?:었)?는데)"
    r"|(?:다|라)고\s*했잖아요?[,.]?\s*(?:근데|그런데|그거|그게|그건)\s[^?]*?(?:없어졌|없어져|바뀌었|바뀌어서|"
    r"바꼈|그만뒀|그만둬서|사라졌|옛날\s*얘기|예전\s*얘기)"
)
_REMINDS = re.compile(
    r"(?:다|라)고\s*(?:했는데|했잖아|말했는데|말씀드렸는데)요?\s*\?"
    # "방금 없다고 했는데요;; 없어요": just said, and said again (not a correction)
    r"|방금\s[^.?!;]*?(?:다|라)고\s*(?:했는데|말했는데|말씀드렸는데)요?\s*(?:[;!ㅠㅜ]|\.{2,}|$)"
)
# A closing sentence that takes up what the message just said as the new answer ("팀장님이 따로
# 하자고 하시네요. 그걸로 바꿀게요"): an earlier answer is changed to it.
_ADOPTS = re.compile(
    r"(?<![가-힣])(?:그걸로|그거로|그렇게|그쪽으로|이걸로|이렇게)\s*(?:다시\s*)?(?:바꿀|수정할|정정할|고칠|변경할)"
    r"(?:게|께)요?[.!~ㅋㅎ\s]*$"
)
SURE, MAYBE = 0.9, 0.55


def reported(text: str) -> str | None:
    """The earlier answer as the correction reports it ("아까 규칙으로는 안 된다", "I said a few
    rules would be enough, but …"), if it does; with the question it quotes ("반복되냐는 거
    '가끔'이라고 했"), the answer after it."""
    found = [m.group(0) for m in _REPORT.finditer(normalize(text))]
    ends = [i for i, f in enumerate(found) if not _QUOTES_QUESTION.search(f)]
    said = "".join(found[: (ends[0] if ends else 0) + 1])
    return said if HANGUL.search(said) else reported_en(text)


_QUOTES_QUESTION = re.compile(r"냐는\s*거$")


def cites_earlier(low: str, lex: Lexicon) -> bool:
    """A Korean message that points back at an earlier answer to lean on it ("아까 말한대로
    야간조요", "앞에서 말했듯이 …", "아까 하나만 한다고 했는데요? …"), with no word that revises
    or takes it back."""
    if REVISES.search(low) or has_any(low, lex.retractions):
        return False
    if _REMINDS.search(low):  # asked back: "I said so, didn't I?"
        return True
    return bool(_CITES.search(low)) and not _TURNED.search(low)  # "… 했는데 사실은": turned


def revisits(text: str, lex: Lexicon) -> bool:
    """A Korean message that takes up an earlier answer by its topic to revise it."""
    low = normalize(text)
    sentences = re.split(r"(?<=[.!?])\s+", low, maxsplit=2)
    first = sentences[0]
    m = TOPIC_REPORT.search(first)
    if not m or _THIRD_PARTY.search(first[: m.start()]):
        return False
    if not REVISES.search(" ".join(sentences[:2]), m.end()):  # the same or the next sentence
        return False
    return m.start() <= 20 or has_any(first[: m.start()], lex.back_refs)


def after_opener(rest: str, cue: str) -> str:
    """What follows a correction opener, from the end of its word ("잘못 말했|어요ㅋㅋ …")."""
    rest = re.sub(r"^[가-힣]+", "", rest) if HANGUL.match(cue[-1]) else rest
    return rest.lstrip(" ,.:;!~-—–ㅋㅎ")


def adopts(low: str) -> bool:
    """The message closes by changing an earlier answer to what it just said."""
    return bool(_ADOPTS.search(low))


def hearsay(low: str, lex: Lexicon) -> bool:
    """A report pointed back at only by finding out ("IT팀에 확인해 보니 로그는 다 남아 있다고
    했어요"), without the person as its speaker or a retraction: what someone else said."""
    refs = [r for r in lex.back_refs if r in low]
    if not refs or not all(_FOUND_OUT.search(r) for r in refs):
        return False
    if _FIRST_PERSON.search(low) or has_any(low, lex.retractions):
        return False
    return bool(_NEWS.search(low)) and not _TAKEN_UP.search(low)


def reported_slot(text: str, lex: Lexicon, among: list[str]) -> str | None:
    """The slot (of `among`, most recent first) whose own cues the reported answer uses."""
    said = reported(text)
    if not said:
        return None
    for slot_id in reversed(among):
        if find(said, slot_cues(SLOT_BY_ID[slot_id], lex)):
            return slot_id
    return None


def slot_cues(spec: SlotSpec, lex: Lexicon) -> list[str]:
    """The cues that answer `spec`'s question: its yes and no words, or its options'."""
    if spec.kind == "feasibility":
        polar = lex.feasibility[spec.field]
        return [*polar.yes, *polar.no]
    options: Mapping[str, list[str]] = getattr(lex, spec.kind, {}) if spec.kind else {}
    return [c for cues in options.values() for c in cues] if isinstance(options, dict) else []


# The question quoted before the answer it got ("반복되냐는 거 '가끔'이라고 했는데")
_ASKED = re.compile(
    r"냐(?:는|고)\s*(?:거|것|건|질문(?:에서|에)?|물어보셨을\s*때|하셨을\s*때)(?![가-힣])"
)


def _old_value(said: str, lex: Lexicon, field: str) -> str | None:
    """The yes or no taken back: the answer after the question it quotes, else the whole report
    (a bare "있다고" after "데이터 있냐는 질문에" says yes to it)."""
    asked = _ASKED.search(said)
    answer = read_polar(said[asked.end() :], lex, field).value if asked else None
    return answer if answer in YES_NO_OPPOSITE else read_polar(said, lex, field).value


def against_report(reading: Reading, said: str, spec: SlotSpec, lex: Lexicon) -> Reading:
    """A feasibility correction's reading, given the answer `said` takes back."""
    old_text = reported(said) if spec.kind == "feasibility" and reading.move == "answer" else None
    old = _old_value(old_text, lex, spec.field) if old_text else None
    if old not in YES_NO_OPPOSITE:
        return reading
    value: dict[str, Any] = reading.value or {}
    supports = value.get("supports_ml")
    new = None if supports is None else ("yes" if supports != spec.against_ml else "no")
    if new == YES_NO_OPPOSITE[old]:
        return reading.model_copy(update={"confidence": max(reading.confidence, SURE)})
    if new is None and reading.gap != "unknown":  # not "I said yes too fast, can't tell"
        flipped = {"supports_ml": (YES_NO_OPPOSITE[old] == "yes") != spec.against_ml}
        answer = {**flipped, "answer": value.get("answer", said)}
        return reading.model_copy(update={"value": answer, "confidence": MAYBE, "gap": None})
    # "아까 있다고 했는데 사실 잘 모르겠어요": a yes or no taken back for not knowing
    if new is None and has_any(normalize(str(value.get("answer", ""))), lex.unsure):
        return reading.model_copy(update={"confidence": max(reading.confidence, SURE)})
    # it seems to say again what it takes back: ask
    return reading.model_copy(update={"confidence": min(reading.confidence, MAYBE)})
