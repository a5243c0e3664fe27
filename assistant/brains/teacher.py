"""Teaching turns: a short answer from the lecture cards to a question the user asked."""

from __future__ import annotations

import re

from assistant.content.bundle import Content
from assistant.content.lexicon import Lexicon
from assistant.domain.ports import Retriever
from assistant.domain.slots import SLOT_BY_ID
from assistant.nlu.matching import HANGUL, find, normalize

from .base import Reading

_WORD = re.compile(r"[a-z][a-z'-]+|[가-힣]+")
_SENTENCE_END = re.compile(r"(?<=[?？!.])\s+")
# fmt: off
_FUNCTION_WORDS = frozenset([
    "a", "an", "the", "of", "by", "to", "in", "on", "for", "and", "or", "is", "are", "be", "it",
    "this", "that", "these", "those", "here", "there", "you", "your", "me", "my", "i", "we",
    "our", "do", "does", "did", "mean", "means", "meant", "word", "term", "what", "which",
    "how", "why", "when", "where", "by", "with", "as", "about", "again", "exactly", "please",
    "just", "really",
    "이에요", "예요", "인가요", "건가요", "거예요", "말이에요", "뭐예요", "뭔가요", "요",
    "그", "이", "저", "건", "게", "걸", "그게", "이게", "말씀", "말씀이에요",
    "하시는", "하신"
])
# fmt: on


def summary_of(text: str, limit: int = 420) -> str:
    """The first paragraph of a card (its summary), trimmed to `limit` characters."""
    body = text.strip()
    if body.startswith("---"):
        body = body.split("---", 2)[-1].strip()
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip() and not p.startswith("#")]
    first = paragraphs[0] if paragraphs else body
    first = " ".join(first.split())
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def explain_slot(content: Content, lang: str, slot_id: str, domain: str | None = None) -> Reading:
    """ "What do you mean?" — why the slot matters, with an example answer from the user's
    domain when it is known."""
    text = content.slot(lang, slot_id)
    return Reading(
        move="teach",
        teach=content.say(
            lang, "teach_example", why=text.why, example=content.example(lang, slot_id, domain)
        ),
        citations=[SLOT_BY_ID[slot_id].concept],
    )


def explain(
    content: Content,
    retriever: Retriever | None,
    lex: Lexicon,
    slot_id: str,
    question: str,
    domain: str | None = None,
    asked: str = "",
) -> Reading:
    """ "What do you mean?" about the current question, or about the concept the message names
    ("what do you mean by essence?" gets the card on defining a problem, not the current
    question's explanation). A word taken from the question just `asked` ("what do you mean by
    trust?" after "how far can you trust this data?") is about that question."""
    named = named_words(question, lex)
    if named and retriever is not None and not quotes_the_question(named, asked):
        reading = from_cards(content, retriever, lex.lang, " ".join(named))
        if reading is not None and not about_the_question(content, lex, reading, question, asked):
            return reading
    return explain_slot(content, lex.lang, slot_id, domain)


def quotes_the_question(named: list[str], asked: str) -> bool:
    """Every named word comes from the question asked (a Korean word by its first two syllables:
    "확신이라는게" quotes "확신해야")."""
    words = _WORD.findall(normalize(asked))
    stems = {w[:2] for w in words if HANGUL.search(w) and len(w) >= 2}
    return bool(words) and all(
        (w[:2] in stems) if HANGUL.search(w) else (w in words) for w in named
    )


def named_words(question: str, lex: Lexicon) -> list[str]:
    """The words of a "what do you mean by …?" message besides the asking itself."""
    t = normalize(question)
    for start, end, _ in reversed(find(t, lex.ask_example)):
        t = t[:start] + " " + t[end:]
    out = []
    for word in _WORD.findall(t):
        if word in _FUNCTION_WORDS or word in lex.question_words:
            continue
        if HANGUL.search(word) and len(word) < 2:
            continue
        out.append(word)
    return out


def teach(
    content: Content,
    retriever: Retriever | None,
    lex: Lexicon,
    slot_id: str,
    question: str,
    asked: str = "",
    domain: str | None = None,
) -> Reading:
    """Answer a user's question from the best-matching card; the slot's own text if none, or
    when the question is about a word of the question just `asked` ("확신이라는게 확률 몇%
    이런거에요?" after "모델이 어느 정도 확신해야 …?")."""
    reading = from_cards(content, retriever, lex.lang, question)
    if reading and about_the_question(content, lex, reading, question, asked):
        return explain_slot(content, lex.lang, slot_id, domain)
    return reading or explain_slot(content, lex.lang, slot_id, domain)


def about_the_question(
    content: Content, lex: Lexicon, reading: Reading, question: str, asked: str
) -> bool:
    """Whether a question back is about the question just `asked` rather than about the card
    found: its first sentence takes words from the asked question ("여기서 '진짜 문제'가 뭘 말하는
    거예요?", "비용은 개발비예요 운영비예요?") that the card's title does not name ("what is a
    baseline?" asks for its card), and no more of its words come from the title than from the
    question ("규칙으로 먼저 풀어도 되는 문제인가요?" asks for the card on rules). The asked
    question's own concept then answers it."""
    if not reading.citations:
        return False
    first = _SENTENCE_END.split(question.strip(), maxsplit=1)[0]
    title = normalize(content.concepts.get(lex.lang, {}).get(reading.citations[0], ""))
    words = named_words(first, lex)
    quoted = [w for w in words if quotes_the_question([w], asked)]
    titled = [w for w in words if quotes_the_question([w], title)]
    return bool(quoted) and not quotes_the_question(quoted, title) and len(titled) <= len(quoted)


def from_cards(
    content: Content, retriever: Retriever | None, lang: str, question: str
) -> Reading | None:
    """The best-matching card (or note) as a teaching reading; None when nothing matches."""
    hits = retriever.search(question, k=1, lang=lang) if retriever else []
    if not hits:
        return None
    hit = hits[0]
    if hit.concept is None:
        text = content.say(lang, "teach_notes", source=hit.source, summary=summary_of(hit.text))
        return Reading(move="teach", teach=text)
    text = content.say(lang, "teach_answer", title=hit.title, summary=summary_of(hit.text))
    return Reading(move="teach", teach=text, citations=[hit.concept])
