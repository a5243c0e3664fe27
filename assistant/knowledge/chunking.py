"""Split a user's Markdown or plain-text notes into chunks by heading.

Each chunk keeps the path of headings above it (`Project design > Constraints`) as its title.
Leading YAML front matter is dropped, `#` lines inside code fences are not headings, sections with
no text are skipped, and a very long section is cut at paragraph boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
MAX_CHARS = 1500


@dataclass(frozen=True)
class Chunk:
    """One searchable piece of a note."""

    heading: str
    """Heading path, outermost first, joined with ' > '; empty for text before any heading."""
    text: str
    """The section's text, without its heading line."""


def _clean_heading(text: str) -> str:
    return re.sub(r"[*_`]+", "", text).strip()


def _split_long(text: str, limit: int) -> list[str]:
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for para in re.split(r"\n\s*\n", text):
        if current and len(current) + len(para) + 2 > limit:
            parts.append(current)
            current = para
        else:
            current = f"{current}\n\n{para}" if current else para
    if current:
        parts.append(current)
    return parts


def split_by_headings(text: str, max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Chunks of `text` in reading order."""
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n"), count=1)
    stack: list[tuple[int, str]] = []
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        m = None if in_fence else _HEADING.match(line)
        if m:
            level, title = len(m.group(1)), _clean_heading(m.group(2))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            sections.append((" > ".join(t for _, t in stack), []))
        else:
            sections[-1][1].append(line)
    chunks: list[Chunk] = []
    for heading, lines in sections:
        body = "\n".join(lines).strip()
        if not re.search(r"\w", body):
            continue
        chunks.extend(Chunk(heading=heading, text=part) for part in _split_long(body, max_chars))
    return chunks
