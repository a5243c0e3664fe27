"""Answers that take back what they began to say, within the same message: the answer is what
follows the repair, and what was taken back is not read.

- An answer said and taken back after a sentence break, in either language ("없어요. 아 아니다,
  내년부터 모을 수 있어요", "네 복잡.. 아 잠깐만요 다시 생각해보니 아니에요", "No. Wait, no, the
  tills do log every sale").
- English, also after a dash or a comma ("We do it once per project — well, no, actually once
  per floor", "We don't keep them — hang on, actually we do"), thinking aloud before the answer
  ("no wait, let me think... no. …"), and a first belief given up ("I was about to say it's
  complicated but actually no, …"; sentences before the given-up belief stay)."""

from __future__ import annotations

import re

from .matching import HANGUL

_TAKEN_BACK = re.compile(
    r"^[^.!?…]{1,80}(?:[.!?…]+|,(?=\s*(?:아|어|앗)\s))\s+(?:(?:아|어|앗)\s+)?"
    r"(?:아니다|아니지|아니네|아 아니|no wait|wait,? no|아니(?=\s+(?:확실히|분명히|틀림없이)\s)"
    r"|(?:잠깐만요?|잠시만요?)[,.!~…\s]+다시\s*생각해\s*보니(?:까)?"
    r"|actually,? no|scratch that|no,? actually)[,.!~…\s]+(?=\S)",
    re.IGNORECASE,
)
"""Either language: an answer, a sentence break (or a comma before 아/어/앗), the repair (also a
hedge made certain: "있을 거예요 아마도.. 아니 확실히 있어요")."""
_BARE_THEN_WAIT = re.compile(
    r"^(?:아뇨|아니요|아니오|아니|네|예|넵|no|nope|nah|yes|yeah|yep)[.…,!~]*\s+(?:아|어|앗|oh|ah),?\s*"
    r"(?:잠깐|잠깐만|잠깐만요|잠시만|wait)[,.!~…]+\s*(?=\S)",
    re.IGNORECASE,
)
"""Either language: a bare yes or no, then "아 잠깐," / "oh wait,": what follows answers."""
_AGAIN = re.compile(
    r"^(?:scratch that|actually,? no|no,? actually|no wait|wait,? no)[,.!~…\s]+(?=\S)", re.I
)
_THINKING = re.compile(
    r"^(?:(?:no|hmm+|um+|uh+|ok|okay|oh)[\s,]+)?(?:(?:wait|hold on|hang on)[\s,]+)?"
    r"let me think(?: about it| for a (?:sec|second|moment))?[\s.,…!-]+(?=\S)",
    re.IGNORECASE,
)
"""Thinking aloud that opens the answer: no correction of an earlier one."""
_REPAIRED = re.compile(
    r"^[^.!?]{1,80}?(?:[.!?]+\s+|\s*[—–]\s*|\s+-\s+|,\s+)(?:(?:well|hm+|oh|um+)[\s,]+)?"
    r"(?:no,?\s+actually|actually,?\s+no|no,?\s+wait|wait,?\s+no|scratch that|sorry,?\s+no"
    r"|no,?\s+sorry|(?:hang on|hold on|wait),?\s+actually|(?<=[—–-]\s)well,\s+no(?=[,.]))"
    r"[\s,.!…—–-]+(?=\S)",
    re.IGNORECASE,
)
"""English: a stance said, then repaired after any break (a dash, a comma, "well, …")."""
_WELL_ACTUALLY = re.compile(
    r"^(?:[^.!?]{1,25}\?\s+)?[^.!?]{1,60}?\s+[—–-]\s+well,?\s+actually,?\s+"
    r"(?=(?:yes|yeah|yep|no|nope)\b(?!\s+(?:doubt|question|problem|issue|way)\b))",
    re.IGNORECASE,
)
"""English: "Unethical? No way — well, actually yes, …": the stance turned after a dash (also
after the question echoed); the yes or no that follows answers."""
_BARE_TURNED = re.compile(
    r"^(?:yes|yeah|yep|no|nope|nah)[,.]?\s+well,?\s+"
    r"(?=(?:yes|yeah|no|nope)\b(?!\s+(?:doubt|question|problem|issue|way)\b))",
    re.IGNORECASE,
)
"""English: "Yes, well no. Defaults mostly follow …": a bare yes or no turned at once."""
_GIVEN_UP = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:at first,?\s+|initially,?\s+)?(?:i|we)(?:'d|\s+would)?\s*"
    r"(?:first\s+|initially\s+)?(?:thought|considered|thought about|have said|was about to say"
    r"|were about to say|was going to say|were going to say)\b[^.!?]{0,100}?,?\s+"
    r"but\s+(?:actually\s+|really\s+|then\s+)?no\b(?:[\s,]+(?:wait|hold on|hang on))?"
    r"(?:[\s,]+actually\b)?[\s,.!…—–-]+(?=\S)",
    re.IGNORECASE,
)
"""English: a first belief given up ("I first thought ride demand was chaos but no, …")."""


def repaired(text: str) -> str:
    """`text` without what it takes back; else `text` as it was."""
    t = text.strip()
    if m := _TAKEN_BACK.match(t) or _BARE_THEN_WAIT.match(t):
        t = t[m.end() :]
        while m := _AGAIN.match(t):  # "… actually no, scratch that, revenue only"
            t = t[m.end() :]
    if not HANGUL.search(t):
        if m := _THINKING.match(t):
            t = t[m.end() :]
        if m := _REPAIRED.match(t) or _WELL_ACTUALLY.match(t) or _BARE_TURNED.match(t):
            t = t[m.end() :]
        if m := _GIVEN_UP.search(t):
            t = (t[: m.start()] + " " + t[m.end() :]).strip()
    return t if t != text.strip() else text
