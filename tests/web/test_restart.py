"""A chat start that survives the page swapping its socket (`assistant/channels/web/restart.py`):
Chainlit's page may open a second socket under the same session id while the chat starts; the
server had sent the settings and the page texts to the first one, and Chainlit does not start
the chat again. Here two socket.io clients play the page's two sockets against the real app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .chainlit_server import Server, running_chainlit
from .socket_client import ChatClient, login

pytestmark = pytest.mark.e2e

SECRET = "r" * 24 + "-not-a-secret-test-value"
START = ("chat_settings", "window_message")
"""What `on_chat_start` sends: the settings (the ⚙ button) and the page script's texts."""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("restart")
    env = {"COACH_AUTH_USERS": "ann:ann-pw", "CHAINLIT_AUTH_SECRET": SECRET}
    with running_chainlit(root, env) as live:
        yield live


def _tab(server: Server, first: ChatClient | None = None) -> ChatClient:
    """A socket of a new chat's page (no chat to resume); with `first`, its second socket."""
    token = login(server.url, "ann", "ann-pw")
    return ChatClient(server.url, token, "", first.session_id if first else None)


def test_a_socket_swapped_while_the_chat_started_gets_the_start_again(server: Server) -> None:
    first = _tab(server).open()  # the chat started on the first socket
    assert all(event in first.names() for event in START)
    second = _tab(server, first).connect()  # the page's second socket, same session
    try:
        second.wait_for(*START, timeout=20)
        settings = next(data for event, data in second.events if event == "chat_settings")
        assert [widget["id"] for widget in settings][:1] == ["language"]
        assert any(event == "task_end" for event in second.names())  # Chainlit's own, still
    finally:
        second.close()
        first.close()


def test_a_chat_with_a_first_message_is_left_alone_on_a_new_socket(server: Server) -> None:
    first = _tab(server).open()
    first.say("/help")  # the chat's first interaction
    again = _tab(server, first).connect()
    try:
        again.wait_for("clear_call_fn", timeout=20)  # Chainlit's answer to the new socket
        again.sio.sleep(1.0)
        assert not any(event in again.names() for event in START), again.names()
    finally:
        again.close()
        first.close()
