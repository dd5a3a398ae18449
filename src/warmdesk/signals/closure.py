"""Telling a closing "thanks, all good" from a reply that means "it's still broken"."""

from __future__ import annotations

import re

_THANKS = re.compile(
    r"\b(?:thanks?|thank\s+you|thx|ty|cheers|much\s+appreciated|appreciate\s+it|"
    r"(?:all|works?|working)\s+(?:good|fine|now|again)|all\s+sorted|sorted\s+now|"
    r"perfect|brilliant|great(?:\s+job)?|awesome|fixed(?:\s+now)?|that\s+(?:did|worked)"
    r"(?:\s+it)?|problem\s+solved|solved|resolved)\b",
    re.IGNORECASE,
)
# Anything that points at an open problem or a new question keeps the ticket alive.
_STILL_OPEN = re.compile(
    r"\?|\b(?:but|however|still|again|not|no\s+longer|isn't|doesn't|don't|didn't|won't|"
    r"can't|cannot|couldn't|wasn't|aren't|broken|error|fails?|failed|failing|issue|problem"
    r"(?!\s+solved)|another|also|one\s+more|back)\b",
    re.IGNORECASE,
)
MAX_CLOSING_WORDS = 25


def is_closing_thanks(text: str) -> bool:
    """True for a short reply that only thanks or confirms the fix ("Thanks, works now!"),
    so a resolved ticket need not reopen; false whenever anything still sounds open."""
    words = text.split()
    if not words or len(words) > MAX_CLOSING_WORDS:
        return False
    return bool(_THANKS.search(text)) and not _STILL_OPEN.search(text)
