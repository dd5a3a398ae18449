"""The shared pre-pass and the anchored regexes: same matches as a plain scan, always."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

import pytest

from tests.unit.signals.regex_start import cased_literals, sample_matches, uncovered
from warmdesk.signals import abuse, deadline_words, fluency, impact, timeparse, tried, tried_foreign
from warmdesk.signals.scan import _UNFOLDABLE, Anchored, matches_at, scan_text

LABELLED = Path(__file__).parents[2] / "data" / "signals" / "messages.jsonl"
MODULES = (abuse, fluency, impact, timeparse, tried, tried_foreign)


def _anchored(value: object, path: str) -> Iterator[tuple[str, Anchored]]:
    if isinstance(value, Anchored):
        yield path, value
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _anchored(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _anchored(item, f"{path}[{key!r}]")


ANCHORED = [
    found
    for module in MODULES
    for name, value in vars(module).items()
    for found in _anchored(value, f"{module.__name__}.{name}")
]
TEXTS = [json.loads(line)["text"] for line in LABELLED.read_text(encoding="utf-8").splitlines()]
TEXTS += [
    "",
    "I",
    "The whole FINANCE floor can't log in. Need it by 9! Tried Edge, cleared cookies.",
    "Straße \u0130stanbul \u017fpam café naïve \u2013 \u201cquoted\u201d \u2019tis "
    "2026-11-20 14:30 ΑΣ",
    "you IDIOTS!! i'll find where you live. Nobody can print: 12 of us, whole company.",
]


def test_every_pattern_is_found_by_the_search() -> None:
    assert len(ANCHORED) > 60  # the walk above found the patterns


@pytest.mark.parametrize(("name", "anchored"), ANCHORED, ids=[name for name, _ in ANCHORED])
def test_first_words_cover_every_way_a_match_can_start(name: str, anchored: Anchored) -> None:
    missed = uncovered(
        anchored.pattern, anchored.words, anchored.prefixes, anchored.digits, anchored.sentences
    )
    assert not missed, f"{name} can start with {missed}: add them to its first words"


@pytest.mark.parametrize(("name", "anchored"), ANCHORED, ids=[name for name, _ in ANCHORED])
def test_anchored_matches_are_the_plain_matches(name: str, anchored: Anchored) -> None:
    samples = sample_matches(anchored.pattern, 150)
    assert samples, f"{name}: no sample matches were generated"
    for text in [*TEXTS, *samples, " ".join(samples[:20])]:
        scan = scan_text(text)
        expected = [m.span() for m in anchored.pattern.finditer(scan.text)]
        assert [m.span() for m in anchored.finditer(scan)] == expected, (name, text)
        assert [m.span() for m in anchored.finditer(scan, lower=True)] == expected, (name, text)
    for text in samples:
        words = set(re.findall(r"\w+", text.lower()))
        if anchored.needs is not None:
            assert not anchored.needs.isdisjoint(words), f"{name} matched {text!r} without a need"
        first = re.match(r"\w*", text[1:].lower())
        follows = (anchored.follows or {}).get(first.group() if first else "")
        if follows is not None:
            assert not follows.isdisjoint(words), f"{name} matched {text!r} without a follower"


def test_lower_case_twins_read_the_same_as_the_patterns() -> None:
    twins = [getattr(timeparse._LOWER_CASE, field.name) for field in fields(timeparse._LOWER_CASE)]
    twins += [anchored.lower_case for _, anchored in ANCHORED if anchored.lower_case is not None]
    twins.append(tried._CLAUSE_BREAK_LOWER)
    for pattern in twins:
        assert not pattern.flags & re.IGNORECASE
        assert cased_literals(pattern) == [], pattern.pattern


def test_lower_case_stands_in_for_ignorecase_except_on_unfoldable_text() -> None:
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if 0xD800 <= point <= 0xDFFF or _UNFOLDABLE.match(char):
            continue
        lower = char.lower()
        assert len(lower) == 1, hex(point)
        assert ord(lower) == _sre.unicode_tolower(point), hex(point)
    for key, variants in _EXTRA_CASES.items():
        for variant in variants:
            assert _UNFOLDABLE.match(chr(key)) or _UNFOLDABLE.match(chr(variant)), hex(key)


def test_the_scan_words_are_the_lower_case_word_runs() -> None:
    for text in TEXTS:
        scan = scan_text(text)
        if scan.words is None:
            assert _UNFOLDABLE.search(text)
            continue
        assert scan.words == set(re.findall(r"\w+", text.lower()))
        assert set(scan.numbers) == {w for w in scan.words if w[0].isdecimal()}
        assert len(scan.spaced or "") == len(scan.text) + 2


def test_matches_at_is_finditer_where_matches_can_start() -> None:
    pattern = re.compile(r"\bab+")
    text = "ab abbb xab ab"
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    assert [m.span() for m in matches_at(pattern, text, starts)] == [
        m.span() for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    "text", ["", "a" * 1_000_000, "\x00\xff" * 300_000, "😡🔥" * 200_000, "<p>" * 100_000]
)
def test_bad_input_is_clipped_and_scanned(text: str) -> None:
    scan = scan_text(text)
    assert len(scan.text) <= 20_000
    assert scan.text == text[: len(scan.text)]


def test_the_foreign_insult_check_is_the_plain_search() -> None:
    texts = [*TEXTS, "vous êtes NULS", "nuls", "annuls", "INCAPABLES", "sukkels!", "Idiot"]
    for text in texts:
        expected = abuse._ANY_FOREIGN_INSULT.search(text[:20_000]) is not None
        assert abuse._has_foreign_insult(scan_text(text)) is expected, text


@pytest.mark.parametrize(
    ("pattern", "needs", "ed_words"),
    [
        (deadline_words.HARD_PAST_RE, deadline_words.HARD_PAST_WORDS, False),
        (deadline_words.SOFT_PAST_RE, deadline_words.SOFT_PAST_WORDS, True),
        (deadline_words.NO_DEADLINE_RE, deadline_words.NO_DEADLINE_WORDS, False),
        (tried._DONE_LATER, tried._DONE_LATER_NEEDS, False),
        (tried._RETRACTED_AFTER, tried._RETRACTED_NEEDS, False),
    ],
)
def test_word_gates_hold_a_word_of_every_match(
    pattern: re.Pattern[str], needs: frozenset[str], ed_words: bool
) -> None:
    samples = sample_matches(pattern, 300)
    assert samples
    for text in samples:
        words = set(re.findall(r"\w+", text.lower()))
        assert not needs.isdisjoint(words) or (
            ed_words and any(word.endswith("ed") for word in words)
        ), text


def test_every_event_phrase_starts_with_an_event_word() -> None:
    assert (
        uncovered(deadline_words.EVENT_TAIL_RE, deadline_words.EVENT_FIRST_WORDS, (), False) == []
    )
