"""`Coach.configure` (and set_language / set_depth / set_brain): channels change a session's
settings through the engine, never by sending chat commands; `commands()` and `is_stale`."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.engine.command_names import NAMES
from assistant.engine.commands import COMMANDS


def test_configure_changes_only_what_differs_and_says_so(coach: Coach) -> None:
    sid = coach.start(language="auto").session_id
    turn = coach.configure(sid, language="ko", depth="quick")
    assert turn is not None and turn.language == "ko"
    state = coach.state(sid)
    assert (state.language, state.language_fixed, state.depth) == ("ko", True, "quick")
    assert turn.has("settings_changed")
    assert coach.configure(sid, language="ko", depth="quick") is None
    assert coach.configure(sid, language="auto") is None  # auto keeps what the session has
    assert [m.role for m in coach.transcript(sid)] == ["coach", "coach"]  # no user line
    assert coach.set_language(sid, "en") is not None and coach.state(sid).language == "en"
    assert coach.set_depth(sid, "full") is not None and coach.state(sid).depth == "full"


def test_an_open_language_is_fixed_even_when_it_is_the_same(coach: Coach) -> None:
    sid = coach.start(language="auto").session_id
    assert not coach.state(sid).language_fixed
    assert coach.set_language(sid, "en") is not None
    assert coach.state(sid).language_fixed


def test_unknown_settings_are_refused(coach: Coach) -> None:
    sid = coach.start(language="en").session_id
    for bad in ({"language": "fr"}, {"depth": "deep"}, {"brain": "gpt"}):
        with pytest.raises(ValueError):
            coach.configure(sid, **bad)


def test_the_brain_is_a_setting_of_the_session(coach: Coach) -> None:
    sid = coach.start(language="en", brain="offline").session_id
    assert coach.brains == ("offline",)
    assert coach.state(sid).brain == "offline"
    assert coach.set_brain(sid, "offline") is None  # already so


def test_the_command_list_is_the_engines(coach: Coach) -> None:
    assert coach.commands() == NAMES
    assert set(NAMES) == {*COMMANDS, "review", "edit"}
    sid = coach.start(language="en").session_id
    turn = coach.command(sid, "skip")
    assert turn.has("command", name="skip") and coach.transcript(sid)[-2].text == "/skip"
    with pytest.raises(ValueError):
        coach.command(sid, "reboot")


def test_stale_buttons(coach: Coach) -> None:
    sid = coach.start(language="en").session_id
    assert not coach.is_stale(sid, "why.statement")
    coach.reply(sid, "8% of our subscribers cancel every month and we want to predict churn")
    assert coach.is_stale(sid, "why.statement")
    assert coach.is_stale(sid, None)  # no offer is open
    assert coach.is_stale("no-such-session", "why.statement")
    assert coach.is_stale("\x00bad", None)
