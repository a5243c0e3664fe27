"""Korean readings of the coach's words offered back, and what the coach meant asked.

- Readings after a question word: "어떤 데이터요 배합 레시피요 아니면 클레임", "누구한테
  설명하는 거요? 유족이요 이사회요".
- Readings set side by side after the coach's term: "해를 끼친다는게 누구 기준이에요 작가요
  업소요", "해를 끼친다는 게 직원한테요 손님한테요" (not "비용이라는 게 인건비랑 서버비요 둘 다
  커요", nor "… 건 없어요 개인정보도 없어요", which state).
- A reading put as a plain statement after the coach's words: "고객한테 보인다는 게 … 띄우는
  것도 포함이에요".
- What was meant, asked anywhere in the message: "뭘 말하는 건데요, …", "관객 데이터 말씀하시는
  건지 단원들 훈련 기록인지", "… 예로 드시는 건지 알려주세요"."""

from __future__ import annotations

import re

# A question word and its asking ending (or a term: "치명적이라는 게"), then two readings or
# more: "A요 B요", "A 쪽이야 B 쪽이야", "A 쪽인지 B 쪽인지"
_ASKED_WH = re.compile(
    r"^[^.!?]{0,30}?(?<![가-힣])(?:(?:어떤|어느|무슨|누구|누가|뭘|무엇)[^.!?]{0,25}?"
    r"(?:이에요|예요|에요|거요|건가요|인가요|요|거야|이야)|(?P<term>[^.!?\s]+(?:이)?라는\s*(?:게|건)))"
    r"[?？]?\s+"
)
_READINGS = re.compile(
    r"^(?:[가-힣A-Za-z]+\s+){0,4}[가-힣A-Za-z]+(?:요|이야|거야|인지|건지)[,\s]+(?:(?:아니면|아님|혹은)\s+)?"
    r"(?:[가-힣A-Za-z]+\s+){0,2}[가-힣A-Za-z]+[?？.!~]*$"
)
# The coach's words quoted first and a reading of them put as a plain statement: "완전히
# 설명한다는게 … 다 보여줘야 한다는 거예요", "고객한테 보인다는 게 … 띄우는 것도 포함이에요",
# "데이터라 하시면 … 사진도 포함이에요? 아니면 숫자 기록만이요"
_READING_PUT = re.compile(
    r"^[^.!?]{0,20}[가-힣](?:(?:다|라)는\s*(?:게|건)|라(?:고)?\s*하시면|라고\s*하면)\s"
    r"[^.!?]*(?:포함(?:이에요|인가요|돼요|되나요"
    r"|되는\s*(?:거예요|건가요|거죠|건지)|인\s*(?:건지|거죠|건가요|거예요))"
    r"|(?:라는|다는)\s*(?:거|건|것)(?:예요|에요|이에요|인가요)|치는\s*(?:거예요|건가요|거죠|건지))[?？~]*"
    # "… 아니면 … 거만", "… 잘 이해가 안 가서"
    # "… 포함되는 거죠 학부모님은요": another reading asked after it
    r"(?:\s+(?:아니면|아님|혹은)\s[^.!?]{1,40}|\s+[^.!?]{1,40}(?:건지|인지)"
    r"|\s+(?!(?:저|저희|제|우리|지금|현재|아직|아직까지|원칙적으로|일단|보통)(?:은요|는요))"
    r"[^.!?\s]{1,12}(?:은요|는요)"
    r"|[.~]*\s+(?:잘\s*)?이해가\s*(?:잘\s*)?안\s*(?:가서|돼서|되서)(?:요)?)?$"
)
# The coach's criterion checked against a case, or its term against a plain reading: "치명적이라는
# 기준에 손님 한 명 잃는 것도 들어가요", "로스 합친다는 게 그냥 두 개 더하는 거예요", "해를
# 끼친다는 게 고객 말고 직원한테도 해당되는 거예요"
_CASE_CHECKED = re.compile(  # not the speaker explaining: "제가 합친다는 게 그냥 …", "네 …"
    r"^(?!\s*(?:네|예|제가|저희가|저희는|우리가|사내)(?![가-힣]))(?:"
    r"[^.!?]{0,20}[가-힣](?:다|라)는\s*(?:기준|범위|정의)에\s[^.!?]*(?:것|거)도\s*"
    r"(?:들어가(?:요|나요)|해당(?:돼요|되나요))"
    r"|[^.!?]{0,20}[가-힣]다는\s*게\s+그냥\s[^.!?]*[가-힣]는\s*거(?:예요|에요)"
    r"|[^.!?]{0,20}[가-힣]다는\s*게\s[^.!?]*[가-힣]도\s*(?:해당되|포함되|들어가)는\s*거(?:예요|에요))"
    r"[?？~]*$"
)
# What the coach meant, asked back; each searched anywhere in the message.
# "뭘 말하는", "누가 보냐는 거죠", "어떤 데이터 말씀하시는 건지?", "정확히 뭘 적으라는 건지..",
# "if문 같은 거 말씀하시는 거죠"
_WHAT_IS_MEANT = (
    r"뭘\s*(?:말하는|말씀하시는)|냐는\s*(?:거|건|말|얘기)\s*(?:죠|지요|예요|에요|인가요|이에요)"
    r"|(?:어떤|무슨|어느)\s*[가-힣]+\s*(?:말하는|말씀하시는|말씀하는)\s*(?:건지|거지|건가요|거죠|건데|거[에예]요)"
    # "… 시기 얘기하시는건지 아님 … 패턴인지": readings offered
    r"|(?:말|얘기)(?:하시는|씀하시는|하는)\s*(?:건지|거지|거죠|건가요)\s+(?:아님|아니면|혹은)\s"
    # "… 외부 홈페이지 말씀이세요 아니면 알림도 포함인지"
    r"|말씀(?:이세요|인가요|이신가요|이신지|인지)[?？,\s]+(?:아님|아니면|혹은)\s"
    # "… 개발비만 말하는 거예요, 아니면 유지보수까지 다 포함해서": the other reading left hanging
    # (not "… 얘기하는 거예요, 아니면 매출은 의미가 없거든요", which states)
    r"|(?:말|얘기)(?:하시는|씀하시는|하는)\s*(?:거예요|거에요)[,\s]+(?:아님|아니면|혹은)\s"
    r"[^.!?]*[가-힣](?<![요다죠])[?？.~…]*$"
    # "관객 데이터 말씀하시는 건지 단원들 훈련 기록인지": two readings, the second left hanging
    r"|(?:말|얘기)(?:하시는|씀하시는)\s*(?:건지|거지)\s+[^.!?]{1,30}(?:인지|건지)[.?？~…]*$"
    r"|(?:뭘|무엇을|어떤\s*걸)\s*(?:[가-힣]+\s+)?[가-힣]+(?:라는|라시는)\s*(?:건지|거지|건가요|거죠)"
    r"|같은\s*(?:거|걸)\s*(?:말씀하시는|말하는)\s*(?:거죠|거예요|건가요|건지)"
    # two readings put side by side: "고객이 학부모님을 말하는 거예요 아이들을 말하는 거예요"
    r"|(?:말하는|말씀하시는|얘기하는)\s*(?:거|건)(?:예요|에요|야)[?？,.~]*\s+[^.!?]{1,30}"
    r"(?:말하는|말씀하시는|얘기하는)\s*(?:거|건)(?:예요|에요|야)[?？~]*$"
)
# "최적화라는 말이 좀 어려운데 그러니까 뭘 맞추는지를 정하라는 거예요", "최적화라는 말이 잘 감이
# 안 오는데 loss function 같은 걸 정해 달라는 거예요": a hard term, then a reading
_HARD_TERM = (
    r"(?:라는|이라는)\s*(?:말|단어|게)(?:이|가)?\s*(?:좀\s*|잘\s*)?(?:어려운데|어렵네요|헷갈리는데|생소한데"
    r"|감이\s*(?:잘\s*)?안\s*오는데|(?:잘\s*)?안\s*와닿는데|와닿지\s*않는데)"
    r"[^.!?]*(?:라는|다는)\s*(?:거예요|거죠|건가요|말씀이죠|말씀인가요)[?？~]*$"
)
# "로스를 결합한다는 게 무슨 말인지 잘.." (not "… 무슨 말인지 알겠어요"), "… 직접 정의해야
# 된다는 말씀이신지", the coach's term echoed and its degree or way asked ("완전히 설명한다는게
# 어느 수준까지예요 …", "로스를 결합한다는 게 정확히 어떤 방식이에요")
_MEANING_OF = (
    r"[가-힣](?:다|라)는\s*(?:게|건)\s*무슨\s*(?:말|뜻|의미)(?:인지(?!\s*(?:알|이해))"
    # "최적화한다는 게 무슨 말이에요 그냥 잘 맞추면 되는 거 아닌가" (not "… 무슨 말이에요 당연히
    # 있죠 …", which answers)
    r"|(?:이에요|예요|이죠|인가요)[?？]*"
    r"(?:\s*$|\s[^.!?]*(?:아닌가|아닌가요|아니에요|건가요|거죠|인가요)[?？~.]*$))"
    r"|[가-힣](?:다|라)는\s*(?:말씀|말|얘기|뜻)(?:이신지|인지|이신가요|인가요|이세요)[?？~.…]*$"
    r"|[가-힣](?:다|라)는\s*(?:게|건)\s+(?:정확히\s+|구체적으로\s+)?(?:어느|어떤|무슨)\s*"
    r"(?:수준|정도|뜻|의미|방식|식)(?:까지)?(?:이에요|예요|에요|인가요|이죠|이요)"
)
# "로스를 합친다는게 뭔지 잘 몰라서.. 그게 모델 하나에 목표 두개 넣는 거예요": a guess checked
_GUESS_CHECKED = (
    r"뭔지\s*(?:잘\s*)?(?:몰라서|모르겠는데|모르겠어서|모르는데)[.…,\s]+(?:그게|그건|그러니까|혹시)\s"
    r"[^.!?]*(?:거|건)(?:예요|에요|죠|지요|인가요)[?？~]*$"
)
# "로스를 결합한다는게 구체적으로 어떻게 하는건지 잘 몰라서요 그렇게 하면 …"
_HOW_NOT_KNOWN = (
    r"[가-힣](?:다|라)는\s*(?:게|건)\s[^.!?]{0,30}(?:뭔지|어떻게\s*하는\s*(?:건지|거지))\s*(?:잘\s*)?"
    r"(?:몰라서|감이\s*안\s*(?:와서|잡혀서)|이해가\s*안\s*(?:돼서|되서|가서))(?:요)?[.…,\s]+\S"
)
# "어떤 걸 예로 드시는 건지 알려주세요 …": what the coach means, to be told (not "뭐가 모자랄
# 건지 알려주세요 이런 알림": what the model should tell)
_TELL_ME = (
    r"[가-힣]시는\s*(?:건지|거지)\s*(?:좀\s*)?"
    r"(?:알려\s*주세요|알려\s*주실래요|설명해\s*주세요|말씀해\s*주세요)"
)
# "… 그런것도 데이터로 쳐주는건지 궁금하네", "… 어떻게들 쓰는지 궁금한데": wondering aloud
_WONDERING = (
    r"(?:는|은|인|ㄴ|던)\s*(?:건|거)?지\s*(?:가\s*|도\s*)?궁금(?:하네요?|해서요?|한데요?|해요|합니다|하다|함)?"
    r"[\s.~!?ㅎㅋ…]*$"
)
_MEANT = re.compile(
    "|".join(
        (
            _WHAT_IS_MEANT,
            _HARD_TERM,
            _MEANING_OF,
            _GUESS_CHECKED,
            _HOW_NOT_KNOWN,
            _WONDERING,
            _TELL_ME,
        )
    )
)


def offers_readings(t: str) -> bool:
    """Readings of the coach's words offered back after a question or put as a statement after
    them, or what was meant asked.
    After a term the readings must be set side by side ("A 입장에서요 B 입장에서요", or "아니면"
    between them), not "비용이라는 게 인건비랑 서버비요 둘 다 커요"."""
    for asked in (_ASKED_WH.match(t), _TERM_DA.match(t)):  # "해를 끼친다는 게 A요 B요"
        rest = t[asked.end() :] if asked else ""
        if asked and _READINGS.match(rest):
            words = rest.rstrip("?？.!~ ").split()
            last = words[-1][:-1] if words[-1].endswith("지요") else words[-1]  # "… 얘기인지요"
            side_by_side = _EITHER.search(rest) or any(w.endswith(last[-2:]) for w in words[:-1])
            said = bool(_PREDICATE.search(words[-1]))  # "… 건 없어요 개인정보도 없어요": states
            if not asked.group("term") or (side_by_side and not said):
                return True
    return bool(_MEANT.search(t) or _READING_PUT.match(t) or _CASE_CHECKED.match(t))


# a verb's ending ("… 없어요"), not a copula's ("A예요 B예요" offers readings)
_PREDICATE = re.compile(r"(?:[아어여해워와돼봐져쳐]요|습니다)$")
_TERM_DA = re.compile(  # also "나아진다는 기준이 A 쪽이에요 B 쪽이에요"
    r"^(?P<term>(?:[^.!?\s]+\s+){0,2}[^.!?\s]+다는\s*(?:게|건|(?:기준|말|뜻|범위)(?:이|은)))\s+"
)


_EITHER = re.compile(r"(?:^|\s)(?:아니면|아님|혹은)\s")
