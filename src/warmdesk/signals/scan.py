"""One pass over a message that the cue scanners share, and regexes run only where they can match.

Python's ``re`` tries a pattern at every position of the text, and a case-insensitive
pattern that starts with a lookbehind gets none of its shortcuts: each such scan costs a few
microseconds per message whatever it finds. Most cue patterns can only start at a handful
of words ("payroll", "the whole", "restarted"), so an ``Anchored`` pattern is tried only
where one of its first words starts, found with ``str.find`` in the lower-case text. The
result is the same as ``pattern.finditer(text)``: the text and the pattern are unchanged.

That shortcut needs the lower-case text to line up with the text and to fold case as
``re.IGNORECASE`` does. ``str.lower`` differs from it for a few characters (dotted capital
I, dotless i, long s, final sigma, some Greek and Cyrillic letters); a text with any of
them has no word set, and every pattern is then run over the whole text as before.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from warmdesk.signals.spans import clip

# Characters whose case folding under ``re.IGNORECASE`` is not ``str.lower``: U+0130 lowers
# to two characters, U+03A3 depends on what follows it, and the rest are the letters that
# ``re`` treats as extra case variants (``re._casefix``) of another letter.
_UNFOLDABLE = re.compile(
    "[\u0130\u0131\u017f\u00b5\u0345\u0390\u03a3\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc"
    "\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434"
    "\u043e\u0441\u0442\u044a\u0463\u1c80-\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b"
    "\ufb05\ufb06]"
)
_WORD_RE = re.compile(r"\w+")
_NON_WORD_RE = re.compile(r"\W")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END_RE = re.compile(r"[.!?]\s")
_NUMBER_RE = re.compile(r" (\d\w*)")  # a word that begins with a digit, in ``spaced``
_ESCAPE_RE = re.compile(r"\\.")
# For ASCII text, one bytes.translate turns every non-word character into a space.
_WORD_BYTES = bytes(
    i if chr(i) in string.ascii_letters + string.digits + "_" or i > 127 else 32 for i in range(256)
)
_NON_DIGIT_BYTES = bytes(i for i in range(256) if not chr(i).isdigit() or i > 127)


@dataclass(frozen=True, slots=True)
class TextScan:
    """A message as the cue scanners read it: clipped, lower-cased, and its words.

    ``spaced`` is the lower-case text with every non-word character made a space and one
    space added at each end, so ``spaced.find(" word ")`` finds ``word`` standing alone at
    the same offset in ``text``. ``words`` is its set of words and ``numbers`` those that
    begin with a digit. Both are None when the text has a character that ``str.lower``
    folds differently from ``re.IGNORECASE``: the scanners then try every offset.
    """

    text: str
    lower: str
    spaced: str | None
    words: frozenset[str] | None
    numbers: tuple[str, ...] = ()
    # Where each word asked about stands, kept for the next pattern that asks.
    _spots: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def has_any(self, vocabulary: frozenset[str]) -> bool:
        """False only when no word of ``vocabulary`` is in the text (True when unsure)."""
        return self.words is None or not vocabulary.isdisjoint(self.words)

    def hits(self, vocabulary: frozenset[str]) -> frozenset[str] | None:
        """The text's words within ``vocabulary`` (None when the text has no word set): the
        ``hits`` argument of every ``Anchored`` whose words are all in the vocabulary."""
        return None if self.words is None else vocabulary & self.words

    def starts(
        self,
        words: Iterable[str],
        prefixes: tuple[str, ...] = (),
        digits: bool = False,
        sentences: bool = False,
    ) -> list[int]:
        """Sorted offsets where one of ``words`` stands alone, one of ``prefixes`` occurs,
        (with ``digits``) a word that begins with a digit stands, or (with ``sentences``) a
        sentence starts: at 0 and after ".", "!" or "?" and a space. Only for a scan with
        words. An offset may be listed twice."""
        spots = self._spots
        spaced = self.spaced or ""
        found: list[int] = []
        for word in (*words, *self.numbers) if digits else words:
            at_word = spots.get(word)
            if at_word is None:
                # Where `` word `` stands in ``spaced`` is where ``word`` stands in the text,
                # as ``spaced`` has one extra character in front.
                at_word = spots[word] = []
                needle = f" {word} "
                at = spaced.find(needle)
                while at >= 0:
                    at_word.append(at)
                    at = spaced.find(needle, at + len(needle) - 1)
            found += at_word
        if prefixes:
            lower = self.lower
            for prefix in prefixes:
                at = lower.find(prefix)
                while at >= 0:
                    found.append(at)
                    at = lower.find(prefix, at + 1)
        if sentences:
            found.append(0)
            found.extend(match.end() for match in _SENTENCE_END_RE.finditer(self.lower))
        if len(found) > 1:
            found.sort()
        return found


def scan_text(text: str) -> TextScan:
    """Clip ``text`` to what the scanners read, lower-case it and collect its words."""
    clipped = clip(text)
    lower = clipped.lower()
    if clipped.isascii():
        encoded = lower.encode("ascii")
        spaced = f" {encoded.translate(_WORD_BYTES).decode('ascii')} "
        has_digit = bool(encoded.translate(None, _NON_DIGIT_BYTES))
    elif _UNFOLDABLE.search(clipped):
        return TextScan(clipped, lower, None, None)
    else:
        spaced = f" {_NON_WORD_RE.sub(' ', lower)} "
        has_digit = _DIGIT_RE.search(lower) is not None
    words = frozenset(spaced.split())
    if not has_digit:
        return TextScan(clipped, lower, spaced, words)
    return TextScan(clipped, lower, spaced, words, tuple(set(_NUMBER_RE.findall(spaced))))


def scan_of(text: str, scan: TextScan | None) -> TextScan:
    """The scan of ``text``: ``scan`` when it was made from this text, else a new one."""
    if scan is not None and (scan.text is text or scan.text == clip(text)):
        return scan
    return scan_text(text)


@dataclass(frozen=True, slots=True)
class Anchored:
    """A regex with the words one of which starts every match it can make.

    ``words`` are whole lower-case words, ``prefixes`` lower-case strings that may start
    anywhere, and ``digits`` adds every word that begins with a digit. ``needs``, when
    given, holds words one of which every match contains as a whole word. The unit tests
    check all of these against the pattern, so a new alternative cannot be silently skipped.
    """

    pattern: re.Pattern[str]
    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    digits: bool = False
    needs: frozenset[str] | None = None
    sentences: bool = False  # a match may also start a sentence with any word
    # For some first words, words one of which a match that starts there also holds.
    follows: dict[str, frozenset[str]] | None = None
    # The pattern without IGNORECASE, when it is written in lower case: it tells on the
    # lower-case text, several times faster, where the pattern fails (most tries do).
    lower_case: re.Pattern[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.pattern.flags & re.IGNORECASE and _written_in_lower_case(self.pattern.pattern):
            folded = re.compile(self.pattern.pattern, self.pattern.flags & ~re.IGNORECASE)
            object.__setattr__(self, "lower_case", folded)

    def possible(self, scan: TextScan, hits: frozenset[str] | None = None) -> bool:
        """False when the text lacks every word a match must start with, or every word of
        ``needs``; True when a match may be there (or the text has no word set).

        ``hits``, when given, stands for ``scan.words``: the text's words within a vocabulary
        that holds all of this pattern's words and needs (see ``vocabulary``). A caller with
        many patterns intersects the text's words with it once instead of once per pattern.
        """
        seen = scan.words if hits is None else hits
        if seen is None:
            return True
        if self.needs is not None and self.needs.isdisjoint(seen):
            return False
        return (
            not self.words.isdisjoint(seen)
            or bool(self.prefixes)
            or self.sentences
            or (self.digits and bool(scan.numbers))
        )

    def _starts(self, scan: TextScan, seen: frozenset[str]) -> list[int]:
        """Where a match may start in a scan with words (``seen`` stands for its words)."""
        if self.needs is not None and self.needs.isdisjoint(seen):
            return []
        words = self.words
        if words.isdisjoint(seen):  # most patterns, most texts: nothing to intersect
            if self.prefixes or self.sentences or (self.digits and scan.numbers):
                return scan.starts((), self.prefixes, self.digits, self.sentences)
            return []
        present: Iterable[str] = words & seen
        if self.follows is not None:
            follows = self.follows
            present = [
                word
                for word in present
                if word not in follows or not follows[word].isdisjoint(seen)
            ]
        if present or self.prefixes or self.sentences or (self.digits and scan.numbers):
            return scan.starts(present, self.prefixes, self.digits, self.sentences)
        return []

    def finditer(
        self, scan: TextScan, hits: frozenset[str] | None = None, lower: bool = False
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(scan.text)``, trying only where they can start.

        With ``lower``, the matches may be read from ``scan.lower`` instead (same offsets,
        group texts in lower case), which saves reading each match twice.
        """
        seen = scan.words if hits is None else hits
        if seen is None:
            return self.pattern.finditer(scan.text)
        starts = self._starts(scan, seen)
        if not starts:
            return iter(())
        if self.lower_case is None:
            return matches_at(self.pattern, scan.text, starts)
        if lower:
            return matches_at(self.lower_case, scan.lower, starts)
        return _confirmed_at(self.lower_case, scan.lower, self.pattern, scan.text, starts)

    def search(
        self, scan: TextScan, hits: frozenset[str] | None = None, lower: bool = False
    ) -> re.Match[str] | None:
        """``pattern.search(scan.text)``, trying only where a match can start (the first
        match of ``finditer``)."""
        seen = scan.words if hits is None else hits
        if seen is None:
            return self.pattern.search(scan.text)
        starts = self._starts(scan, seen)
        if not starts:
            return None
        twin = self.lower_case
        if twin is None or lower:
            pattern, text = (self.pattern, scan.text) if twin is None else (twin, scan.lower)
            for start in starts:
                match = pattern.match(text, start)
                if match is not None:
                    return match
            return None
        lowered = scan.lower
        for start in starts:
            if twin.match(lowered, start) is not None:
                match = self.pattern.match(scan.text, start)
                if match is not None:
                    return match
        return None


@dataclass(frozen=True, slots=True)
class AnchorIndex:
    """Which of a list of ``Anchored`` patterns may match a text, from one look at its words
    (instead of one set operation per pattern)."""

    vocabulary: frozenset[str]  # every word the patterns start with or need
    starters: dict[str, tuple[int, ...]]  # word -> the patterns that can start with it
    always: frozenset[int]  # patterns with prefixes or digits: words cannot rule them out
    size: int

    @classmethod
    def of(cls, patterns: Iterable[Anchored]) -> AnchorIndex:
        listed = list(patterns)
        starters: dict[str, list[int]] = {}
        for index, pattern in enumerate(listed):
            for word in pattern.words:
                starters.setdefault(word, []).append(index)
        always = frozenset(i for i, p in enumerate(listed) if p.prefixes or p.digits or p.sentences)
        return cls(
            vocabulary(listed),
            {word: tuple(indices) for word, indices in starters.items()},
            always,
            len(listed),
        )

    def select(
        self, scan: TextScan, hits: frozenset[str] | None = None
    ) -> tuple[list[int], frozenset[str] | None]:
        """The indices, in order, of the patterns whose first words are in the text, and
        the text's words within the vocabulary (the ``hits`` argument of ``Anchored``);
        every index and None when the text has no word set. ``hits`` may be given, when
        taken with a vocabulary that holds this one."""
        if scan.words is None:
            return list(range(self.size)), None
        if hits is None:
            hits = self.vocabulary.intersection(scan.words)
        chosen = set(self.always)
        for word in hits:
            chosen.update(self.starters.get(word, ()))
        return sorted(chosen), hits


def anchor(pattern: re.Pattern[str], starts: str, needs: str = "") -> Anchored:
    """An ``Anchored`` pattern from a short spec: ``starts`` lists its first words separated
    by spaces, with ``word*`` for a prefix that may begin anywhere, ``#`` for any word that
    begins with a digit and ``^`` for the start of any sentence; ``needs`` lists the words
    one of which every match contains."""
    spec = starts.split()
    return Anchored(
        pattern,
        frozenset(word for word in spec if not word.endswith("*") and word not in ("#", "^")),
        tuple(word[:-1] for word in spec if word.endswith("*")),
        "#" in spec,
        frozenset(needs.split()) if needs else None,
        "^" in spec,
    )


@dataclass(frozen=True, slots=True)
class PhraseGates:
    """For a regex that matches a list of literal phrases: the words an ``Anchored`` needs.

    Every match of a phrase holds each of its words whole, so the phrase's longest word after
    the first (the first alone for one word) is a good gate: ``needs`` holds them all and
    ``follows`` those of the phrases that start with each first word.
    """

    words: frozenset[str]  # the first word of each phrase
    needs: frozenset[str]
    follows: dict[str, frozenset[str]]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> PhraseGates:
        split = [_WORD_RE.findall(phrase.lower()) for phrase in phrases]
        gates = [max(words[1:] or words, key=len) for words in split]
        follows: dict[str, set[str]] = {}
        for words, gate in zip(split, gates, strict=True):
            follows.setdefault(words[0], set()).add(gate)
        return cls(
            frozenset(follows),
            frozenset(gates),
            {first: frozenset(after) for first, after in follows.items()},
        )


def _written_in_lower_case(source: str) -> bool:
    """True when a pattern names no upper-case letter and no case-sensitive group, so that
    without IGNORECASE it matches the lower-case text exactly where it matches the text."""
    bare = _ESCAPE_RE.sub("", source)
    return "(?-i" not in bare and bare == bare.lower()


def vocabulary(patterns: Iterable[Anchored]) -> frozenset[str]:
    """Every word the patterns start with, need or look for after their first word."""
    words: set[str] = set()
    for pattern in patterns:
        words |= pattern.words | (pattern.needs or frozenset())
        for after in (pattern.follows or {}).values():
            words |= after
    return frozenset(words)


def _confirmed_at(
    lower_pattern: re.Pattern[str],
    lower: str,
    pattern: re.Pattern[str],
    text: str,
    starts: Iterable[int],
) -> Iterator[re.Match[str]]:
    """``matches_at(pattern, text, starts)``, asking the lower-case twin first where a match
    is (it fails faster), and reading only those on the text."""
    done = 0
    for start in starts:
        if start < done or lower_pattern.match(lower, start) is None:
            continue
        match = pattern.match(text, start)
        if match is not None:  # always, when the twin matched
            yield match
            done = max(match.end(), start + 1)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields when matches can only begin at ``starts``
    (sorted): each match is tried where the previous one ended or later."""
    done = 0
    for start in starts:
        if start < done:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            done = max(match.end(), start + 1)
