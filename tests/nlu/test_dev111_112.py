"""Answers from the mixed dev111 corpus (written blind in session 39, read unseen at the start of
session 40) and dev112 (written blind and read unseen in session 40), each read by its mechanism,
with guards beside them.

Corrections: a return opened "before I forget, about …", "one thing on …", "ugh sorry, on …",
"thinking back to …" or "can I go back to the very first thing you asked" revises when it says
the earlier answer was too woolly, undersold, forgotten or softened ("let me soften what I said
about the money"); "rethinking what I just said" and "scrap the combined loss idea" take the
previous answer back; "forget the paper, …" drops the old option from the new answer; Korean
names the problem statement as "맨 처음에 문제 뭐냐고 물어보셨을 때" or "문제 말할 때" and says it
was "두루뭉술하게" put.

Stances: "not acceptable even once" closing the answer is catastrophic; a yes or no said for one
case ("A small invoice, no. A big one …") gives way to "it really varies from case to case";
"Kind of hinges on …" opens a not-sure; "… so partly?" sums up; "Partly." or "Possibly." as a
whole first sentence; "No no, it's definitely worth it" waves a
doubt away; Korean "치명적까진 아냐" is no question, "룰로는 절대 안 되죠" says rules won't do,
"아뇨 … 아닌데요, 그래도 … 치명적인 건 맞아요" turns at 그래도, "건마다 달라요" is not sure.

Moves: "better for X or for Y? …" and "not sure how a goal is different" ask back, so do "…이 뭐예요?
… 거기 들어가나" and "… 어디예요? … 경우는요" and "…라는 건지 …라는 건지요"; "you'd have to ask the
guy who …", "hm, genuinely don't know yet", "확인이 안되요. 복귀하면 여쭤볼게요", "아직 안
정해졌어요. 위에서 정하겠죠 뭐" and "Not decided. That's the product team's call" do not know; an
option said before a dash ("labeled — we know exactly who …") is no question back to the asked
model. Aims: a rank ("품질 1등 공장") measures nothing; "월 열몇 건", "한 자릿수" do."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang
from assistant.nlu.answer_parts import maybe_alone

from .offline_reading import (
    assert_asks,
    assert_corrects,
    assert_not_recorded_as,
    assert_read,
    read_answer,
    read_at,
    read_shipped,
)


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "feasibility.complexity",
            "feasibility.objective",
            "Before I forget, about the problem statement right at the start — I was too woolly. The real issue is that 6.5% of the bottles we make get rejected at the cold end. That's the number I want to move.",
            "en",
            "why.statement",
        ),
        (
            "feasibility.explainability",
            "feasibility.error_cost",
            "hmm, rethinking what I just said — every flagged invoice gets a second look from an analyst before any money goes out, so one bad call wouldn't sink us.",
            "en",
            "feasibility.error_cost",
        ),
        (
            "goals.goal",
            "feasibility.cost",
            "Let me soften what I said about the money. The licensing alone might eat the savings — I'm really not sure anymore it beats the simpler option.",
            "en",
            "feasibility.cost",
        ),
        (
            "business.output_use",
            "business.model",
            "One thing on what we'd compare against — I forgot we already run a scoring model from our old vendor. That's the real benchmark, not the rules.",
            "en",
            "metrics.baseline",
        ),
        (
            "feasibility.data",
            "feasibility.complexity",
            "oh sorry, about the rules question — I undersold it. Looking at the data it's not just past no-shows, weather, time of day and referral source all mix together. So yes, too complex for a few rules.",
            "en",
            "feasibility.complexity",
        ),
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "sorry, can I go back to the very first thing you asked, about the problem. I was being vague. it's really that 30% of intro members don't convert to monthly and we want that under 20%.",
            "en",
            "why.statement",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "actually scrap the combined loss idea, our QA lead wants two separate models, one for cosmetic defects and one for critical ones",
            "en",
            "goals.multi_objective",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "thinking back to your 'what would be better' question, I'll put a number on it: 300 fewer empty slots a month across the clinics.",
            "en",
            "situation.desired_outcome",
        ),
        (
            "feasibility.cost",
            "feasibility.explainability",
            "근데 맨 처음에 문제 뭐냐고 물어보셨을 때 너무 두루뭉술하게 말한 거 같아서요. 정확히는 첫 결제 후 3개월 안에 해지하는 수강생 비율을 지금 22%에서 낮추는 거예요",
            "ko",
            "why.statement",
        ),
        (
            "business.output_use",
            "business.model",
            "아 그리고 맨 처음에 문제 말할 때 비효율적이라고만 했는데 숫자로 바꿀게요. 민원 재배정이 월 400건이에요 그게 문제",
            "ko",
            "why.statement",
        ),
    ],
)
def test_corrections_reach_the_question_they_name(
    slot: str, previous: str, text: str, lang: Lang, target: str
) -> None:
    assert_corrects(slot, previous, text, lang, target)


def test_corrected_values() -> None:
    forgot = "One thing on what we'd compare against — I forgot we already run a scoring model from our old vendor. That's the real benchmark, not the rules."
    assert read_at("business.output_use", "business.model", forgot, "en").value["kind"] == (
        "existing_model"
    )
    dropped = "ugh sorry, on what we compare against — forget the paper, the ETA model in the TMS is the real benchmark, that's what ops trusts"
    reading = read_at("business.output_use", "business.model", dropped, "en")
    assert reading.target == "metrics.baseline" and reading.value["kind"] != "paper"  # dropped
    scrapped = "actually scrap the combined loss idea, our QA lead wants two separate models, one for cosmetic defects and one for critical ones"
    reading = read_at("data.labels", "goals.multi_objective", scrapped, "en")
    assert reading.value["strategy"] == "separate_models"
    rethought = "hmm, rethinking what I just said — every flagged invoice gets a second look from an analyst before any money goes out, so one bad call wouldn't sink us."
    reading = read_at("feasibility.explainability", "feasibility.error_cost", rethought, "en")
    assert reading.value["supports_ml"] is True  # not catastrophic


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.error_cost",
            "hospital shuttle routes. if the forecast says we're covered and we aren't, dialysis patients don't get to their appointments. not acceptable even once",
            "en",
            False,
        ),
        (
            "feasibility.data",
            "wash visits we have for every member. why they cancel, not really — there's a free-text box half of them skip. so partly?",
            "en",
            None,
        ),
        (
            "feasibility.cost",
            "No no, it's definitely worth it, the waste alone is six figures a year.",
            "en",
            True,
        ),
        (
            "feasibility.pattern",
            "Possibly. A chunk of no-shows are the same people over and over, but plenty look random - weather, buses, a sick kid.",
            "en",
            None,
        ),
        (
            "feasibility.error_cost",
            "하루 빵 좀 남거나 모자란 거야 담날 조정하면 되지 뭐. 치명적까진 아냐",
            "ko",
            True,
        ),
        (
            "feasibility.complexity",
            "아뇨 룰로는 절대 안 되죠.. 로판 좋아하는 사람도 회귀물은 싫어하고 이런 게 끝도 없어서요",
            "ko",
            True,
        ),
        (
            "feasibility.error_cost",
            "아뇨 뭐 사람이 다치고 그런 건 아닌데요, 그래도 용량 미달 제품 한 번 대형 유통사로 나가면 납품 정지라.. 치명적인 건 맞아요",
            "ko",
            False,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


def test_a_bare_not_sure_outweighs_the_facts_it_sorts() -> None:
    text = "Partly. Till sales yes, but stockouts were never logged, so we can't see what we would have sold on those days."
    reading = read_shipped("feasibility.data", text)
    assert reading.value["supports_ml"] is None, reading  # the exemplars say no


def test_an_option_before_a_dash_is_no_question_back() -> None:
    text = "labeled — we know exactly who cancelled and when"
    assert_read("data.labels", text, "en", "labeled", shipped=True)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (  # the "no" is the small invoice's: the answer weighs cases (a tie in cues alone)
            "feasibility.error_cost",
            "A small invoice, no. A big one from a new client, could be serious. It really varies from case to case.",
            "en",
            True,
        ),
        (
            "feasibility.repetition",
            "Kind of hinges on what we'd use it for — per load it's daily, but if it's just for the trailer replacement plan, that's once a year.",
            "en",
            False,
        ),
        (
            "feasibility.error_cost",
            "대부분은 부서 다시 넘기면 그만인데 안전 관련 민원이 엉뚱한 데 가면 사고로 이어질 수도 있어서.. 건마다 달라요",
            "ko",
            False,
        ),
    ],
)
def test_not_recorded_as_a_side(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_not_recorded_as(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "situation.desired_outcome",
            "better for the patients or for the clinic's books? those pull in slightly different directions",
            "en",
        ),
        (
            "goals.goal",
            "isnt that the same as the problem I described at the start? not sure how a goal is different",
            "en",
        ),
        ("data.labels", "유사 레이블이 뭐예요? 불량 유형 코드 같은 것도 거기 들어가나", "ko"),
        (
            "business.output_use",
            "내부 업무 자동화랑 의사결정 돕는 거랑 경계가 어디예요? 담당자가 한 번 확인만 하는 경우는요",
            "ko",
        ),
        (
            "goals.goal",
            "Goal을 기관 전체 KPI 수준으로 말하라는 건지 저희 팀 과제 수준으로 말하라는 건지요",
            "ko",
        ),
        ("data.labels", "하나 여쭤볼게요 레이블이 뭐예요", "ko"),  # guard: asking the coach
    ],
)
def test_asks_back(slot: str, text: str, lang: Lang) -> None:
    assert_asks(slot, text, lang)


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "data.labels",
            "you'd have to ask the guy who runs our POS exports, I've never looked at what's actually in there",
            "en",
        ),
        ("metrics.baseline", "hm, genuinely don't know yet, haven't got that far", "en"),
        (
            "business.output_use",
            "Not decided. That's the product team's call and they haven't said.",
            "en",
        ),
        (
            "data.labels",
            "데이터 담당자가 휴가 중이라 레이블 있는지 없는지 확인이 안되요. 복귀하면 여쭤볼게요",
            "ko",
        ),
        ("business.output_use", "그건 아직 안 정해졌어요. 위에서 정하겠죠 뭐", "ko"),
    ],
)
def test_not_knowing(slot: str, text: str, lang: Lang) -> None:
    assert read_answer(slot, text, lang=lang).move == "unknown"


@pytest.mark.parametrize(
    ("slot", "text", "lang", "move"),
    [
        ("goals.goal", "품질 1등 공장 되기 ㅋㅋ 대표님 단골 멘트임", "ko", "followup"),
        ("goals.goal", "업계 1위 되기", "ko", "followup"),
        (
            "situation.desired_outcome",
            "위조 때문에 사후에 회수 소송 거는 게 월 열몇 건인데 그게 한 자릿수로 떨어져 있겠죠",
            "ko",
            "answer",
        ),
        ("goals.goal", "업계 1위 유지하고 점유율 35% 이상", "ko", "answer"),  # guard
    ],
)
def test_measurable_aims(slot: str, text: str, lang: Lang, move: str) -> None:
    assert read_answer(slot, text, lang=lang).move == move


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.cost", "No no, not worth it at all", "en", False),
        (
            "feasibility.error_cost",
            "For the big clients, yes. One wrong call there and we lose the account.",
            "en",
            False,
        ),
        (
            "business.output_use",
            "아직 안 정해졌는데 아마 상담원들이 보고 판단하는 데 쓸 거예요",
            "ko",
            "decision_support",
        ),
    ],
)
def test_guards_keep_their_reading(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


def test_guards_moves() -> None:
    told = "you'd have to ask the guy who runs our POS exports, he tags every return"
    assert read_answer("data.labels", told).move != "unknown"
    assert read_answer("feasibility.cost", "Possibly, yes.").move == "answer"
    assert maybe_alone("possibly. it depends on the region", possibly=True)
    assert not maybe_alone("possibly. it depends on the region")  # at ethics: it grants the harm


# Guards from the second read of the round: each of these was read right before it, and an
# earlier, broader form of the round's rules read it wrongly.
@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang"),
    [
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "About the data — we'd only use records members consented to; the old consent rules were too loose, so we tightened them last year.",
            "en",
        ),
        (
            "metrics.business",
            "data.labels",
            "On the cost side, I forgot we also pay overtime every time a truck is late — about $40k a month.",
            "en",
        ),
        (
            "feasibility.repetition",
            "feasibility.data",
            "Thinking back on the data we pulled last quarter, it's every single shift, three times a day.",
            "en",
        ),
        (
            "goals.goal",
            "feasibility.cost",
            "Qualify the leads better so reps stop wasting calls on tyre-kickers.",
            "en",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "Tone down the cost side a bit — one combined score is fine for us.",
            "en",
        ),
        (
            "situation.desired_outcome",
            "why.statement",
            "Scrap the paper forms and have the rota built automatically every Friday.",
            "en",
        ),
        (
            "feasibility.repetition",
            "feasibility.data",
            "About the very first thing the pickers do each morning — it's the same route plan every day.",
            "en",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "문제가 뭐냐면요, 알고 보니 라벨이 절반은 잘못 달려 있더라고요",
            "ko",
        ),
    ],
)
def test_guards_no_correction(slot: str, previous: str, text: str, lang: Lang) -> None:
    assert read_at(slot, previous, text, lang).move != "correct"


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.cost",
            "Yes, clearly worth it — we lose $300k a year. Payback time depends on the vendor, so it depends.",
            "en",
            True,
        ),
        ("feasibility.cost", "Possibly. Yes, it's worth it.", "en", True),
        (
            "feasibility.error_cost",
            "Possibly... a wrong call on a bridge inspection is a safety issue.",
            "en",
            False,
        ),
        ("feasibility.error_cost", "No no, it's an annoyance more than a disaster.", "en", True),
        (
            "business.output_use",
            "We'd need to ask the planners to approve each suggestion before it goes out.",
            "en",
            "decision_support",
        ),
        (
            "feasibility.repetition",
            "You'd have to ask the night shift — they do it every single hour.",
            "en",
            True,
        ),
        (
            "business.output_use",
            "모델 결과 보고 최종 결정은 본사에서 정하겠죠",
            "ko",
            "decision_support",
        ),
        (
            "feasibility.pattern",
            "아니요 거의 랜덤이에요. 그래도 명절 전엔 좀 몰리긴 해요",
            "ko",
            False,
        ),
        ("feasibility.complexity", "규칙으로는 도저히 못 하겠더라고요", "ko", True),
    ],
)
def test_guards_from_the_second_read(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.error_cost",
            "Mistakes get fixed at the next stocktake. It can't happen once the scanner's in place anyway.",
            "en",
            False,
        ),
        (
            "feasibility.explainability",
            "Some customers ask why they got flagged, most don't. Really case by case.",
            "en",
            False,
        ),
    ],
)
def test_guards_not_recorded_from_the_second_read(
    slot: str, text: str, lang: Lang, value: object
) -> None:
    assert_not_recorded_as(slot, text, lang, value)


def test_guards_moves_from_the_second_read() -> None:
    own = "Catastrophic for the patient or for us? For the patient, yes, a missed dialysis slot is dangerous."
    assert read_answer("feasibility.error_cost", own).move == "answer"
    doubt = "Would it beat our spreadsheet? Not sure how it would be any different."
    assert read_answer("feasibility.cost", doubt).move == "answer"
    unlabeled = "결과가 맞았는지는 확인이 안 돼요. 사후 추적을 안 하거든요"
    assert read_answer("data.labels", unlabeled, lang="ko").move != "unknown"
    assert read_answer("data.labels", "데이터 담당자한테 여쭤볼게요", lang="ko").move == "unknown"
    assert read_answer("goals.goal", "매출 올리는 게 목표 아냐", lang="ko").move == "teach"
    assert read_answer("goals.goal", "수십 개 지점 운영 효율화", lang="ko").move == "followup"
    assert read_answer("goals.goal", "업계 3위에서 1위로 올라가기", lang="ko").move == "answer"
    assert (
        read_answer("goals.goal", "Have no 1-star reviews on Google by the end of the year").move
        == "answer"
    )
