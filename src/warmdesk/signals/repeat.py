"""Repeat contact: is a new ticket the same problem the requester reported recently?"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][\w'-]{2,}", re.UNICODE)
# Words that say nothing about which problem it is.
_STOP_TEXT = """the and for with that this from have has had not but are was were you your our
    can cant can't cannot could would should will won't its it's i'm im again still please
    help need needs issue issues problem problems working work works doesn't dont don't
    isn't today now just any some all there here when what why how who also very really
    get got getting keep keeps since after before into onto about hello thanks thank hi
    urgent asap"""
_STOP = frozenset(_STOP_TEXT.split())
REPEAT_WINDOW_DAYS = 7
SIMILAR_FROM = 0.34


def problem_words(text: str) -> frozenset[str]:
    """The words that name the problem: lower-cased, without filler and very short words."""
    return frozenset(
        word for word in (w.lower() for w in _WORD.findall(text[:5_000])) if word not in _STOP
    )


@dataclass(frozen=True)
class Resemblance:
    score: float  # 0..1 (Jaccard of problem words, nudged by a shared category)
    shared: tuple[str, ...]  # the evidence: words both reports use


def resemblance(new: str, old: str, same_category: bool) -> Resemblance:
    a, b = problem_words(new), problem_words(old)
    if not a or not b:
        return Resemblance(0.0, ())
    shared = a & b
    score = len(shared) / len(a | b)
    if same_category and shared:
        score = min(1.0, score + 0.15)
    return Resemblance(round(score, 3), tuple(sorted(shared)))


def is_repeat(found: Resemblance) -> bool:
    return found.score >= SIMILAR_FROM and len(found.shared) >= 2
