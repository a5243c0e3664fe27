"""The engine's Markdown turned into Slack's mrkdwn, and cut into pieces Block Kit accepts."""

from __future__ import annotations

import re

SECTION_LIMIT = 3000  # characters in one section block's text

_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_TABLE_SEP = re.compile(r"^\|?[\s:|-]+\|?$")
_CODE_SPAN = re.compile(r"(`[^`\n]+`)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+|mailto:[^)\s]+)\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_BOLD_MARK = "\x00"


def escape(text: str) -> str:
    """Slack's three control characters, escaped as its API asks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_rules(markdown: str) -> list[str]:
    """Split at horizontal rules (`---`) outside code blocks; Slack shows them as dividers."""
    parts: list[list[str]] = [[]]
    in_code = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
        if not in_code and _RULE.match(line):
            parts.append([])
            continue
        parts[-1].append(line)
    return [text for part in parts if (text := "\n".join(part).strip())]


def to_mrkdwn(markdown: str) -> str:
    """Convert Markdown (bold, italics, headings, links, lists, tables, code) to mrkdwn."""
    out: list[str] = []
    in_code = in_table = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            out.append("```")  # Slack shows a language tag as text: drop it
            in_code = not in_code
            continue
        if in_code:
            out.append(escape(line))
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            if _TABLE_SEP.match(stripped):
                continue
            cells = [_inline(c.strip()) for c in stripped.strip("|").split("|")]
            row = " · ".join(c for c in cells if c)
            out.append(f"*{_unbold(row)}*" if not in_table else f"• {row}")
            in_table = True
            continue
        in_table = False
        out.append(_block_line(line))
    return "\n".join(out).strip("\n")


def _block_line(line: str) -> str:
    if heading := _HEADING.match(line):
        return f"*{_unbold(_inline(heading.group(1)))}*"
    quote = ""
    if line.lstrip().startswith(">"):
        quote, line = "> ", line.lstrip()[1:].lstrip()
    if bullet := _BULLET.match(line):
        line = f"{bullet.group(1)}• {line[bullet.end() :]}"
    return quote + _inline(line)


def _inline(text: str) -> str:
    pieces = _CODE_SPAN.split(text)
    for i, piece in enumerate(pieces):
        if i % 2:  # a `code span`: escaped, otherwise untouched
            pieces[i] = escape(piece)
            continue
        piece = escape(piece)
        piece = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", piece)
        piece = _BOLD.sub(lambda m: f"{_BOLD_MARK}{m.group(1) or m.group(2)}{_BOLD_MARK}", piece)
        piece = _ITALIC.sub(r"_\1_", piece)
        piece = _STRIKE.sub(r"~\1~", piece)
        pieces[i] = piece.replace(_BOLD_MARK, "*")
    return "".join(pieces)


def _unbold(text: str) -> str:
    return text.replace("*", "") if text.count("*") % 2 == 0 else text


def chunks(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Cut text into pieces of at most `limit` characters, at paragraph or line breaks."""
    pieces: list[str] = []
    current = ""
    for para in _split_long(text, limit):
        candidate = f"{current}\n\n{para}" if current else para
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = para
    if current:
        pieces.append(current)
    return pieces


def _split_long(text: str, limit: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n\n"):
        while len(para) > limit:
            cut = para.rfind("\n", 0, limit)
            cut = cut if cut > 0 else limit
            out.append(para[:cut])
            para = para[cut:].lstrip("\n")
        if para:
            out.append(para)
    return out
