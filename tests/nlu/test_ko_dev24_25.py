"""Korean forms from the blind dev24 / dev25 corpora, each read by its mechanism: a not-sure
sentence closed by its ending without a full stop, an opening that says the answer varies by
case, adverbs that only go with a negation, a plain wish for a plan, a suggestion that the rules
would do, and the cues added at the feasibility and choice questions."""

from __future__ import annotations

from assistant.nlu import ko_stance

from .offline_reading import read_korean as read


def _polar(slot: str, text: str) -> object:
    return read(slot, text).value["supports_ml"]


def test_a_not_sure_sentence_closed_by_its_ending_leads() -> None:
    reading = read(
        "feasibility.cost", "애매하네요 돈은 아낄 것 같은데 서버를 새로 사야 하면 모르겠어요"
    )
    assert reading.value["supports_ml"] is None
    reading = read(
        "feasibility.repetition", "잘 모르겠어요 요즘 매주 하긴 하는데 내년엔 바뀔 수도 있고"
    )
    assert reading.value["supports_ml"] is None and reading.confidence >= 0.8
    # a "well" that opens the reasoning does not lead on its own
    assert not ko_stance.ends_sentence("글쎄요 그게 해가 되나", 0, 2)


def test_an_opening_that_says_it_varies_by_case_is_not_sure() -> None:
    text = "매장마다 달라서요 큰 매장은 날마다 하고 작은 매장은 거의 안 해요"
    assert _polar("feasibility.repetition", text) is None
    assert ko_stance.varies_opening("그건 부서마다 달라요. 어떤 데는 매일 써요")
    # a concession before the answer, or a criterion that varies, is no such opening
    assert not ko_stance.varies_opening("팀마다 다르긴 한데 대부분 매일 해요")
    assert not ko_stance.varies_opening("성공의 기준이 부서마다 달라서 숫자로 못 적어요")


def test_an_adverb_that_goes_with_a_negation_is_not_turned_round() -> None:
    text = "솔직히 지금 규칙표로도 충분해서 굳이 모델까지는 필요 없어 보여요"
    assert _polar("feasibility.cost", text) is False


def test_a_plain_wish_for_a_plan_is_the_plan() -> None:
    text = "두 지표가 다 중요해서 한 모델에서 같이 학습했으면 좋겠어요"
    assert read("goals.multi_objective", text).value["strategy"] == "combined_loss"
    assert ko_stance.wished("했으면 좋겠어요", 0)
    assert not ko_stance.wished("있었으면 좋겠는데", 0)


def test_a_suggestion_that_the_rules_would_do_is_no_yes() -> None:
    text = "규칙 몇 개로 되지 않을까 싶어요. 재고가 얼마 밑이면 발주하면 끝이라"
    assert _polar("feasibility.complexity", text) is not True


def test_feasibility_cues_seen_in_dev24_and_dev25() -> None:
    assert _polar("feasibility.explainability", "설명은 필요없어요 맞으면 그만이에요") is True
    assert _polar("feasibility.ethics", "누구한테 해 끼칠 일은 없어요. 재고 세는 거라") is True
    assert _polar("feasibility.complexity", "키워드 규칙으로 해 봤는데 다 깨졌어요") is True


def test_choice_cues_seen_in_dev24_and_dev25() -> None:
    use = read("business.output_use", "규제기관 보고서로 나가요 반기마다 내는 거")
    assert use.value["kind"] == "other"
    baseline = read("metrics.baseline", "업계 공개 벤치마크 점수를 기준으로 볼 거예요")
    assert baseline.value["kind"] == "paper"


def test_baseline_cues_seen_in_dev24_and_dev25() -> None:
    rules = read("metrics.baseline", "온도가 몇 도를 넘으면 경보를 울리는 임계값이 지금 기준이에요")
    assert rules.value["kind"] == "rule_based"
    naive = read("metrics.baseline", "어제 판매량 수 그대로 쓰는 거랑 비교해 볼게요")
    assert naive.value["kind"] == "dummy"


def test_a_negation_in_the_next_sentence_leaves_a_closed_cue() -> None:
    assert ko_stance.closed_before("복잡할 거 없어요 이틀 안 오면", 0, 7, 13)
    assert not ko_stance.closed_before("라벨이요 없어요", 0, 2, 5)


def test_a_contracted_ending_closes_the_sentence_before_a_negation() -> None:
    text = "그냥 재방문율 하나만 봐요 다른 건 크게 신경 안 써도 돼요"
    assert read("goals.multi_objective", text).value["strategy"] == "single"
    assert ko_stance.closed_before("하나만 봐요 나머지는 안 써요", 0, 3, 12)


def test_labels_said_to_be_missing_in_dev24() -> None:
    text = "사진은 수만 장 있는데 불량 태그는 하나도 안 달려 있어요"
    assert read("data.labels", text).value == "unlabeled"
