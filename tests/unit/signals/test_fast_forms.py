"""The faster forms the signals use read exactly what the plain forms read.

Each shortcut (a regex rewritten so that ``re`` can skip ahead, a check that avoids a scan, a
look-up instead of a chain of group tests) is compared here with the form it replaces, on the
labelled set and on odd text.
"""

from __future__ import annotations

import re

import pytest

from tests.unit.signals.regex_start import match_starts, sample_matches
from tests.unit.signals.test_scan import ANCHORED
from tests.unit.signals.test_scan import TEXTS as SCAN_TEXTS
from warmdesk.signals import abuse, sentiment, stress_cues, timeparse, wording
from warmdesk.signals.dates import ATOM_PREFIXES
from warmdesk.signals.scan import scan_text

# The labelled set and the scan tests' odd texts, and some of them shouted or case-flipped.
TEXTS = [
    *SCAN_TEXTS,
    *(t.upper() for t in SCAN_TEXTS[:60]),
    *(t.swapcase() for t in SCAN_TEXTS[60:120]),
]


def test_every_atom_starts_where_the_chain_looks_ahead() -> None:
    """The chain tries ``_FIRST`` before each of its atoms (each stands after a non-word
    character), so every atom must start with a digit or one of ``ATOM_PREFIXES``, and "the"
    only before a number ("the 5th of May")."""
    guarded = re.compile(rf"(?<![\w:/.-]){timeparse._ATOM}", re.I)
    for start in match_starts(guarded):
        assert start.kind == "digit" or any(start.text.startswith(p) for p in ATOM_PREFIXES), start
    first = re.compile(timeparse._FIRST, re.I)
    for text in sample_matches(guarded, 800):
        assert first.match(text.strip()), text


def test_the_chain_reads_as_without_the_inner_lookaheads() -> None:
    plain = re.compile(
        rf"(?<![\w:/.-]){timeparse._FIRST}{timeparse._ATOM_PLAIN}"
        rf"(?:{timeparse._SEP}{timeparse._ATOM_PLAIN}){{0,2}}",
        re.I,
    )
    samples = sample_matches(plain, 400)
    for text in [*TEXTS, *samples, " ".join(samples[:40])]:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in timeparse._CHAIN_RE.finditer(text)] == expected, text


def _kind_by_groups(atom: re.Match[str]) -> str:
    for name in ("today", "tomorrow", "wd"):
        if atom.group(name):
            return name
    if atom.group("iy") or atom.group("dd") or atom.group("mmon") or atom.group("dom"):
        return "date"
    for name in ("eod", "eow", "eom", "part", "hfr"):
        if atom.group(name):
            return name
    return "bare" if atom.group("bare") or atom.group("bare2") else "clock"


def test_an_atoms_kind_is_the_group_it_matched() -> None:
    samples = sample_matches(timeparse._ATOM_RE, 600)
    atoms = [m for text in [*TEXTS, *samples] for m in timeparse._ATOM_RE.finditer(text)]
    assert len({_kind_by_groups(atom) for atom in atoms}) == 11
    for atom in atoms:
        assert timeparse.atom_kind(atom) == _kind_by_groups(atom), atom.group()


@pytest.mark.parametrize("lower", [False, True])
def test_search_is_the_first_match(lower: bool) -> None:
    for text in TEXTS:
        scan = scan_text(text)
        for _, anchored in ANCHORED:
            first = next(anchored.finditer(scan, lower=lower), None)
            found = anchored.search(scan, lower=lower)
            assert (found and found.span()) == (first and first.span()), text


def test_capitalised_words_are_found_as_before() -> None:
    plain = re.compile(r"(?<![\w'])[A-Z][A-Z']{2,}(?![\w'])")
    for text in [*TEXTS, "NO WAY 'HELLO' O'NEIL DON'T A'BC ABC'D X1YZ", "ÀBC ABC"]:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in stress_cues._CAPS_WORD.finditer(text)] == expected, text


def test_the_foreign_stems_are_the_regex() -> None:
    stems = re.compile(r"incap|incomp|idiot|imbéc|imbec|crétin|unfähig|inútil|sukkel")
    for text in [*TEXTS, "crétin", "UNFÄHIG", "inútil!", "sukkel", "IDIOTS"]:
        scan = scan_text(text)
        if scan.words is None:
            continue
        expected = "nuls" in scan.words or stems.search(scan.lower) is not None
        assert abuse._has_foreign_insult(scan) is expected, text


def test_sentiment_reads_capitals_only_when_they_can_matter() -> None:
    for text in [*TEXTS, "this is BAD", "NOT good at ALL", "so VERY bad", "GREAT!!"]:
        sample = text[: sentiment.MAX_SENTIMENT_CHARS]
        words = sentiment._TOKEN.findall(sample.lower().replace("\u2019", "'"))
        expected = sentiment.score_words(words, sentiment.shouted_words(sample), 1, 2)
        assert sentiment.score_sample_words(words, sample, 1, 2) == expected, text


def _features_by_loop(tokens: list[str]) -> list[str]:
    features: list[str] = []
    negated = 0
    for token in tokens:
        if token in wording._CLAUSE_END:
            negated = 0
            if token in "!?":
                features.append(token)
            continue
        if token in wording.POLITENESS:
            continue
        if token in sentiment.NEGATORS or token.endswith("n't"):
            negated = wording.NEGATION_SCOPE
            features.append(token)
        elif negated:
            features.append("not_" + token)
            negated -= 1
        else:
            features.append(token)
    return features


def test_features_are_the_negation_loop() -> None:
    extra = ["not so bad, but no. never again!", "don't know? can't say; won't", "please not"]
    for text in [*TEXTS, *extra]:
        tokens = wording._TOKEN.findall(text.lower().replace("\u2019", "'"))
        assert wording.read(text).features == _features_by_loop(tokens), text


def test_cues_are_switched_off_as_on_the_text_as_written() -> None:
    extra = ["it is NOT urgent", "Isn't really broken", "not a problem", "on again", "WASNT down"]
    for text in [*TEXTS, *extra]:
        scan = scan_text(text)
        if scan.words is None:
            continue
        for kind in ("urgency", "anger_word", "problem", "repeat", "calm"):
            for start in range(0, len(scan.text) + 1, 3):
                expected = stress_cues._accepted(kind, scan.text, start)
                assert stress_cues._accepted(kind, scan.lower, start, True) == expected, text
