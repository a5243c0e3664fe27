"""What the engine accepts from outside, the same on every database: message text cleaned of what
no reader should see or store, and session ids checked. Pure functions; channels and the CLI use
them too, so a message means the same wherever it comes from."""

from __future__ import annotations

import re
import unicodedata

from .errors import InvalidSessionId

MAX_SESSION_ID = 200
"""Longest session id, in characters (the id column of both databases holds 200)."""

# ANSI / VT100 escape sequences: CSI (ESC [ … or the C1 CSI), OSC (ESC ] … BEL or ESC \),
# and the two-character ESC sequences.
_ANSI = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-Z\\-_]"
)
# Zero-width characters that carry no meaning here (ZWJ and ZWNJ stay: emoji and some scripts
# need them inside words).
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u180e"))
# Letters and symbols that draw nothing (Hangul fillers, the blank Braille pattern).
_BLANK_LETTERS = set("\u115f\u1160\u3164\uffa0\u2800")
_KEEP_CONTROLS = {"\n", "\t"}


def clean_text(text: str) -> str:
    """A message as the engine stores and reads it: lone surrogates (invalid UTF-8 decoded with
    `surrogateescape`, broken UTF-16) become U+FFFD, terminal escape sequences, NUL and the other
    control characters (but newline and tab) and zero-width spaces are removed, line ends are
    `\\n`, the text is NFC-normalized and trimmed. Text that shows nothing becomes ""."""
    text = _pair_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    text = "".join(ch for ch in text if ch in _KEEP_CONTROLS or unicodedata.category(ch) != "Cc")
    text = unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH)).strip()
    return text if is_visible(text) else ""


def clean_line(text: str) -> str:
    """`clean_text` on one line: newlines and tabs become spaces (titles, names)."""
    return " ".join(clean_text(text).split())


def is_visible(text: str) -> bool:
    """Whether the text shows anything: not only spaces, format characters and blank letters."""
    return any(
        not ch.isspace()
        and ch not in _BLANK_LETTERS
        and unicodedata.category(ch) not in ("Cf", "Cc", "Mn", "Me")
        for ch in text
    )


def storable(text: str) -> str:
    """The least a database needs: no NUL (PostgreSQL refuses it in text) and no lone surrogate
    (UTF-8 cannot encode it). For text that did not come through `clean_text`."""
    return _pair_surrogates(text).replace("\x00", "")


def check_session_id(session_id: object) -> str:
    """The id itself, or `InvalidSessionId`: empty, longer than 200 characters, or containing a
    control character (NUL included) or a lone surrogate. The same rule on every database."""
    if not isinstance(session_id, str) or not session_id:
        raise InvalidSessionId(session_id, "empty")
    if len(session_id) > MAX_SESSION_ID:
        raise InvalidSessionId(session_id, "too_long")
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in session_id):
        raise InvalidSessionId(session_id, "bad_characters")
    return session_id


def shown_id(session_id: str, limit: int = 60) -> str:
    """A session id that is safe to print: cleaned to one line and shortened."""
    line = clean_line(session_id)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _pair_surrogates(text: str) -> str:
    """Join surrogate pairs into their characters; a lone surrogate becomes U+FFFD."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
