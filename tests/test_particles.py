"""Korean particles after a rendered value fit its last sound (a walk showed “룰”라는 답은: the
particle was fixed in the template whatever the user's word ended with)."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.domain.particles import resolve
from assistant.settings import Settings


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“룰”(이)라는 답", "“룰”이라는 답"),
        ("“라벨 없어요”(이)라는 답", "“라벨 없어요”라는 답"),
        ("“노출”(은)는", "“노출”은"),
        ("“회사”(을)를", "“회사”를"),
        ("“서울”(으)로", "“서울”로"),
        ("“부산”(으)로", "“부산”으로"),
        ("“model”(은)는", "“model”은"),
        ("“AI”(은)는", "“AI”는"),
        ("“CRM”(이)라는", "“CRM”이라는"),
        ("“3”(을)를", "“3”을"),
        ("**레이블**(이)가", "**레이블**이"),
        ("no marker (here)", "no marker (here)"),
        # walk: “…수십 개라서요.”이라는 답은, “…ㅎㅎ”이라는 답은
        ("“변수가 수십 개라서요.”(이)라는 답", "“변수가 수십 개라서요.”라는 답"),
        ("“개발자가 아니라서요 ㅎㅎ”(이)라는 답", "“개발자가 아니라서요 ㅎㅎ”라는 답"),
        ("“라벨 있음.”(이)라는 답", "“라벨 있음.”이라는 답"),
    ],
)
def test_markers_take_the_form_that_fits(text: str, want: str) -> None:
    assert resolve(text) == want


def test_the_confirmation_fits_the_users_word() -> None:
    content = load_content(Settings().prompts_dir)
    said = content.say("ko", "confirm.reading", evidence="룰", label="기준", value="규칙 기반")
    assert said.startswith("“룰”이라는 답은")
    said = content.say(
        "ko", "confirm.reading", evidence="라벨 없어요", label="레이블", value="없음"
    )
    assert said.startswith("“라벨 없어요”라는 답은")
