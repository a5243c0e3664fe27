"""A report of the earlier answer inside a correction: "I said [a few rules would be enough],
but …", "… 있다고 했는데 …". One English pattern gives what was said, where the report ends and
whether it opens the message; corrections.py and ko_corrections.py both use it."""

from __future__ import annotations

import re

from .matching import HANGUL

# English: "I said there's no pattern, but actually …" — the report runs to the turn word (or to
# a yes or no said "too fast": "I said yes too fast").
EN_REPORT = re.compile(
    r"\b(?:i|we)\s+(?:said|told you|answered|put|wrote|mentioned|picked|chose)\s+(?:that\s+)?"
    r"(?P<said>.+?)(?:(?:,?\s+|[.!?]\s+(?=but|actually|however|(?:it\s+)?turns\s+out))"
    r"(?P<turn>but|actually|really|however|though|(?:it\s+)?turns\s+out)\b"
    r"|(?:(?<=\byes)|(?<=\bno)|(?<=\bunsure)|(?<=\bmaybe))\s+too\s+(?:fast|quickly|soon|hastily)\b"
    # or to a clause that only denies it: "I said customers see it, they won't, …", "… . Let's not."
    r"|[,.;]\s+(?:(?:hmm+|um+|uh+|oh|well)[,\s]+)?(?P<denial>(?:no,?\s+)?not\s+really|nope|no"
    r"|wrong|not\s+true|let's\s+not"
    r"|that(?:'s|\s+is|\s+was)\s+(?:wrong|not\s+(?:right|true|correct|it))"
    r"|(?:it|they|that|this|we|those|these)(?:'s|'re|\s+is|\s+are|\s+was"
    r"|\s+were|\s+does|\s+do|\s+did|\s+wo|\s+ca|\s+will|\s+has|\s+have)?(?:n't|\s+not)"
    r"(?:\s+(?:exist|happen|apply))?(?:\s+(?:though|anymore|any\s+more))?)"  # "… exist"
    r"(?=\s*(?:[,.;!]|$))[,.;!]*(?:\s*(?:but\s+)?(?:actually|really)\b|\s*but\b)?"
    r"|\s*[—–;])",
    re.DOTALL | re.IGNORECASE,
)
SAID_VAGUELY = r"(?:대충|막연하게|애매하게|뭉뚱그려서?|두루뭉술하게)"
"""How an earlier answer was said too vaguely ("… 막연하게 말했는데"): a report of it."""
# Korean: "… 있다고 했는데 …", "… 아니라고 한 거 …", "… 있냐는 질문에 있다고 했는데 …",
# "… 매끄러워진다고만 했는데 …".
KO_REPORT = re.compile(
    r"[가-힣]*(?:다|라|자|냐)[고구](?:만|는)?\s*(?:했는데|했던\s*거요?|한\s*거요?|했던\s*건|한\s*건|했던\s*게|한\s*게|"
    r"했었는데|말했는데|말했었는데|답했는데|답변드렸는데|답변했는데|말씀드렸는데|말씀드렸었는데|적었는데|"
    r"했잖아요|했지만|했어요|"
    r"말씀드렸던\s*거요?|말했던\s*거요?|답했던\s*거요?)"
    r"(?:요)?[은는을를도,.]?"
    # a yes or no said as such: "yes 했던거", "아니요 한 거", "no로 답했는데"
    r"|(?<![A-Za-z가-힣])(?:yes|no|예스|노|네|예|아니요|아니오)(?:로|라고)?\s*(?:했던\s*거요?|한\s*거요?|"
    r"했는데|했었는데|답했는데|눌렀는데|골랐는데)"
    # said only vaguely: "아까 큰 목표 물어보셨을 때 막연하게 말했는데 …"
    rf"|{SAID_VAGUELY}\s*(?:말|얘기|적|답|말씀드)(?:했|었|렸)(?:는데|지만)(?:요)?"
)


def reports(low: str) -> bool:
    """The message reports an earlier answer, in either language."""
    return bool(EN_REPORT.search(low) or KO_REPORT.search(low))


# Any report of what was said before, with or without the turn word that ends it ("I said it
# goes straight into the customer app, it won't, …", "… 말씀드렸는데"): looser than the two above,
# for telling whether a text still quotes the old answer.
_MENTIONED = re.compile(
    r"\b(?:i|we)\s+(?:said|told you|answered|mentioned|put|wrote|picked|chose)\b"
    r"|(?:다|라|자|냐)고(?:만|는)?\s*(?:했|한|말)|말씀드렸|답변드렸|답했",
    re.IGNORECASE,
)


def quotes_report(text: str) -> bool:
    """`text` still holds a report of an earlier answer (in either language)."""
    return bool(_MENTIONED.search(text))


# said to someone else, or at another time: "I said to my boss …", "we said last quarter …"
_ELSEWHERE = re.compile(
    r"(?:to|with)\s+(?:my|our|the|his|her|their)\s+(?:boss|manager|team|client|customer|lead|ceo|"
    r"cto|director|stakeholders?|execs?|colleagues?|coworkers?|partners?|investors?|vp|vendors?|"
    r"suppliers?|agency|board|legal|finance|sales|marketing|ops|product|users?|customers)\b"
    r"|(?:to|with)\s+(?:them|him|her|everyone|everybody|people|management|leadership)\b"
    r"|(?:in|at|during)\s+(?:the|our|a)\s+(?:kickoff|kick-off|meeting|standup|stand-up|proposal|"
    r"deck|pitch|review|retro|planning|brief|offsite|all-hands|interview|workshop)\b"
    r"|(?:last|this|next)\s+(?:week|month|quarter|year|sprint)\b(?!')"
)


# "You know how I said nobody labels anything? The QA team actually …": reminded, then turned
_ASKED_IF_REMEMBERED = re.compile(
    r"^(?:you know how|remember (?:how|when|that))\s+(?:i|we)\s+(?:said|told you)\b"
    r"[^?.!]{1,80}\?\s+\S"
)


def opens_with_report(bare: str) -> bool:
    """ "I said it's repeated, but really …" opening the message, in one sentence, said to the
    coach (not "I said to my boss …")."""
    if _ASKED_IF_REMEMBERED.match(bare):
        return True
    m = EN_REPORT.match(bare)
    last = (m.group("turn") or "").split()[-1:] if m else []  # "turns out": "out"
    return bool(
        m
        and (last in (["but"], ["actually"], ["really"], ["out"]) or m.group("denial"))
        and not _ELSEWHERE.match(m.group("said"))
        and not re.search(r"[.!?]", m.group("said"))
    )


def after_denied_report(text: str) -> str:
    """An English answer that opens by reporting what was said, to the coach or to anyone, and
    denying it ("I said to my manager customers would see it, they won't, it's an internal
    dashboard …"): what follows the denial, where the answer is; else the text itself."""
    m = EN_REPORT.search(text)
    if m is None or m.group("denial") is None or m.start() > 40:
        return text
    rest = re.sub(r"^[\s,.;:!—–-]*(?:so|and|but)?[\s,]*", "", text[m.end() :])
    return rest if len(rest.split()) >= 2 else text


_KO_TURNED = re.compile(r"(?:는데|지만)(?:요)?[,.]?$")


def after_ko_report(text: str) -> str:
    """A Korean answer that opens by reporting what was said and turns from it ("고객 앱에 바로
    보여준다고 말씀드렸는데, 내부에서만 봐요"): what follows the report; else the text itself."""
    m = KO_REPORT.search(text) if HANGUL.search(text) else None
    if m is None or m.start() > 40 or not _KO_TURNED.search(m.group().strip()):
        return text
    if re.search(r"[.!?]", text[: m.start()]):  # the answer came first: "라벨은 없어요. …"
        return text
    rest = text[m.end() :].strip(" ,.")
    if _KO_AGREES.match(rest):  # "기존 모델이랑 비교하자고 했는데 그게 제일 나을 것 같아요"
        return text
    # a bare turn leans on the report ("라벨 있다고 했는데 사실 없어요": the labels are missing)
    return rest if len(_KO_TURN_WORD.sub("", rest).split()) >= 2 else text


_KO_AGREES = re.compile(r"(?:그게|그거|그건|그렇게|그대로|그쪽|그걸로|그것도|맞)")


_KO_TURN_WORD = re.compile(r"^(?:사실은?|실은|근데|그런데|하지만)\s+")


def reported_en(text: str) -> str | None:
    """The earlier answer as an English correction reports it ("a few rules would be enough")."""
    m = EN_REPORT.search(" ".join(text.split()))
    return m.group("said") if m else None


_JUST_BEFORE = re.compile(r"바로\s*(?:전|앞)|직전")


def up_to_report(text: str) -> str:
    """A Korean correction up to the end of its report of the answer just given ("바로 전에
    하나로 간다고 했는데"): the new answer after it names no question; the whole text when the
    report does not point at the question just before (a word of the new answer may name it:
    "… 안 난다고 했던 거 수정할게요. … 치명적이에요")."""
    m = KO_REPORT.search(text) if HANGUL.search(text) else None
    return text[: m.end()] if m and _JUST_BEFORE.search(text, 0, m.start()) else text


def report_head(text: str) -> str:
    """A Korean correction up to the end of its report of the earlier answer, wherever that was
    given ("아까 기존모델이라고 했던거 | 틀렸어요 그냥 룰베이스로 비교해요"); the whole text when it
    reports nothing."""
    m = KO_REPORT.search(text) if HANGUL.search(text) else None
    return text[: m.end()] if m else text


# a report of the old answer closing the message, after the new one
_REPORT_AT_CLOSE = re.compile(
    r"\s*[,;:—–-]\s*(?:i|we)\s+(?:said|told you|put|picked|chose|answered|wrote)\s+[^.!?,;]{1,60}?"
    r"\s+(?:by mistake|by accident|wrongly|in error|earlier|before|just now|too (?:fast|quickly))"
    r"[.!]*$",
    re.IGNORECASE,
)


def mistaken_at_close(low: str) -> bool:
    """The message closes by calling an earlier answer a slip ("we do have labels - I said
    unlabeled by mistake"): the new answer came first. Not "…, I said that before" (a reminder)."""
    m = _REPORT_AT_CLOSE.search(low)
    return bool(m and _SLIP.search(m.group()))


_SLIP = re.compile(r"\b(?:by mistake|by accident|wrongly|in error|too (?:fast|quickly))[.!]*$")


def closing_denial(text: str) -> str | None:
    """The clause that denies an English report closing the message, with nothing after it
    ("wait I said the existing model, nope" -> "nope"): the whole new answer is that no."""
    said = " ".join(text.split())
    last = next(reversed(list(EN_REPORT.finditer(said))), None)
    if last is None or last.group("denial") is None or said[last.end() :].strip(" .,!;"):
        return None
    return last.group("denial")


def without_closing_report(text: str) -> str:
    """`text` without a report of the old answer at its close, after the new one ("we do have
    labels - I said unlabeled by mistake" -> "we do have labels")."""
    return _REPORT_AT_CLOSE.sub("", text) or text
