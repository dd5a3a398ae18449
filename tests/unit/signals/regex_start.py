"""What every match of a regex starts with, read from the regex itself (test helper).

``match_starts`` walks the parsed pattern (``re._parser``, private but stable since Python
2) and returns every way a match can begin, as ``Start`` values:

* ``Start("word", w)``: the match begins with the whole word ``w`` (a ``\\w+`` run, lower
  case) at a word start, so the text's word set holds ``w``;
* ``Start("prefix", p)``: the match begins with the lower-case literal ``p``;
* ``Start("digit", "")``: the match begins with a decimal digit;
* ``Start("sentence", "")``: the match begins a sentence (at 0, or after ``[.!?]\\s``).

Where the walk cannot tell (``\\w+``, ``.``, a negated class) it stops and reports the
literal read so far as a prefix, so the answer is always safe, if sometimes weak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MAX_STATES = 200_000
_MAX_SET = 12  # a character class this small is expanded char by char
_PREFIX_CAP = 8  # literal characters kept once the first word has ended


@dataclass(frozen=True, slots=True)
class Start:
    kind: str  # "word" | "prefix" | "digit" | "sentence"
    text: str


class _Unknown(Exception):
    pass


_UNKNOWN = [("unknown", None)]  # a stack frame: anything may follow


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _set_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a class matches, when it is a small set of literals and ranges."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            if av[1] - av[0] > _MAX_SET:
                return None
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_SET else None


def _only_non_word(items: list[tuple[Any, Any]]) -> bool:
    """True when every character the class matches is a non-word character."""
    for op, av in items:
        if op is c.CATEGORY:
            if av not in (c.CATEGORY_SPACE,):
                return False
        elif op is c.LITERAL:
            if _is_word(chr(av)):
                return False
        else:
            return False
    return True


def _covers_word(items: list[tuple[Any, Any]]) -> bool:
    """True when the class matches every word character (``\\w`` is one of its members)."""
    return all(op is not c.NEGATE for op, _ in items) and any(
        op is c.CATEGORY and av == c.CATEGORY_WORD for op, av in items
    )


def _first_is_non_word(seq: Any) -> bool:
    items = list(seq)
    if not items:
        return False
    op, av = items[0]
    if op is c.IN:
        return _only_non_word(av)
    if op is c.LITERAL:
        return not _is_word(chr(av))
    if op is c.CATEGORY:
        return bool(av == c.CATEGORY_SPACE)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _first_is_non_word(av[2])
    if op is c.SUBPATTERN:
        return _first_is_non_word(av[3])
    if op is c.BRANCH:
        return all(_first_is_non_word(branch) for branch in av[1])
    return False


def _last_is_non_word(seq: Any) -> bool:
    items = list(seq)
    if not items:
        return False
    op, av = items[-1]
    if op is c.IN:
        return _only_non_word(av)
    if op is c.LITERAL:
        return not _is_word(chr(av))
    if op is c.CATEGORY:
        return bool(av == c.CATEGORY_SPACE)
    if op is c.SUBPATTERN:
        return _last_is_non_word(av[3])
    if op is c.BRANCH:
        return all(_last_is_non_word(branch) for branch in av[1])
    return False


def _guards_word_start(op: Any, av: Any) -> bool:
    """A zero-width item at the match start that makes the character before it non-word."""
    if op is c.AT:
        return av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    if op is c.ASSERT_NOT and av[0] == -1:
        items = list(av[1])
        return len(items) == 1 and items[0][0] is c.IN and _covers_word(items[0][1])
    if op is c.ASSERT and av[0] == -1:
        return _last_is_non_word(av[1])
    return False


def _starts_sentence(op: Any, av: Any) -> bool:
    """``^`` or a lookbehind for sentence punctuation and a space: the match starts a sentence."""
    if op is c.AT:
        return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    if op is c.ASSERT and av[0] == -1:
        items = list(av[1])
        return (
            len(items) == 2
            and items[0][0] is c.IN
            and _set_chars(items[0][1]) == {".", "!", "?"}
            and _last_is_non_word(items[1:])
        )
    return False


def _ends_word(op: Any, av: Any) -> bool:
    """A zero-width item after word characters that makes the next character non-word."""
    if op is c.AT:
        return av in (c.AT_BOUNDARY, c.AT_END, c.AT_END_STRING)
    if op is c.ASSERT_NOT and av[0] == 1:
        items = list(av[1])
        return bool(items) and items[0][0] is c.IN and _covers_word(items[0][1])
    if op is c.ASSERT and av[0] == 1:
        return _first_is_non_word(av[1])
    return False


def match_starts(pattern: re.Pattern[str]) -> set[Start]:
    """Every way a match of ``pattern`` can begin (see the module docstring)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    found: set[Start] = set()
    budget = [_MAX_STATES]
    sentence = [0]  # > 0 while walking a branch that must start a sentence

    def emit(lit: str, word_start: bool, complete: bool) -> None:
        if lit and all(map(_is_word, lit)) and complete and word_start:
            found.add(Start("word", lit))
        elif not lit and sentence[0]:
            found.add(Start("sentence", ""))
        else:
            found.add(Start("prefix", lit))

    def walk(stack: tuple[tuple[Any, int], ...], lit: str, word_start: bool) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Unknown("too many ways to start")
        while stack and stack[-1][1] >= len(stack[-1][0]):
            stack = stack[:-1]
        if not stack:
            emit(lit, word_start, complete=False)
            return
        items, index = stack[-1]
        rest = (*stack[:-1], (items, index + 1))
        op, av = items[index]
        in_word = bool(lit) and all(map(_is_word, lit))
        if lit and not in_word and len(lit) >= _PREFIX_CAP:
            emit(lit, word_start, complete=False)
            return
        if op is c.LITERAL:
            take(rest, lit, word_start, {chr(av)})
        elif op is c.IN:
            chars = _set_chars(av)
            if chars is not None:
                take(rest, lit, word_start, chars)
            elif not lit and all(
                (o is c.CATEGORY and a == c.CATEGORY_DIGIT)
                or (o is c.RANGE and chr(a[0]).isdecimal() and chr(a[1]).isdecimal())
                for o, a in av
            ):
                found.add(Start("digit" if word_start else "prefix", ""))
            elif in_word and _only_non_word(av):
                emit(lit, word_start, complete=True)
            else:
                emit(lit, word_start, complete=False)
        elif op is c.CATEGORY:
            if av == c.CATEGORY_DIGIT and not lit:
                found.add(Start("digit" if word_start else "prefix", ""))
            elif av == c.CATEGORY_SPACE and in_word:
                emit(lit, word_start, complete=True)
            else:
                emit(lit, word_start, complete=False)
        elif op is c.SUBPATTERN:
            walk((*rest, (list(av[3]), 0)), lit, word_start)
        elif op is c.BRANCH:
            for branch in av[1]:
                walk((*rest, (list(branch), 0)), lit, word_start)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, body = av
            body_items = list(body)
            if high is not c.MAXREPEAT and high - low <= 4:
                for count in range(low, high + 1):
                    walk((*rest, (body_items * count, 0)), lit, word_start)
            else:
                walk((*rest, (body_items * low, 0)), lit, word_start)
                # one more copy, then anything: what is read by then is a safe prefix
                walk(((_UNKNOWN, 0), (body_items * (low + 1), 0)), lit, word_start)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            if not lit and _starts_sentence(op, av):
                sentence[0] += 1
                walk(rest, lit, True)
                sentence[0] -= 1
            elif not lit and _guards_word_start(op, av):
                walk(rest, lit, True)
            elif in_word and _ends_word(op, av):
                emit(lit, word_start, complete=True)
            else:
                walk(rest, lit, word_start)
        else:  # "unknown", ANY, GROUPREF, ...
            emit(lit, word_start, complete=False)

    def take(
        stack: tuple[tuple[Any, int], ...], lit: str, word_start: bool, chars: set[str]
    ) -> None:
        in_word = bool(lit) and all(map(_is_word, lit))
        for char in {ch.lower() for ch in chars}:
            if len(char) != 1:
                raise _Unknown(f"{char!r} lowers to more than one character")
            if in_word and not _is_word(char):
                emit(lit, word_start, complete=True)
            elif not lit and char.isdecimal():
                found.add(Start("digit" if word_start else "prefix", ""))
            else:
                walk(stack, lit + char, word_start)

    walk(((list(parsed), 0),), "", False)
    return found


def uncovered(
    pattern: re.Pattern[str],
    words: frozenset[str],
    prefixes: tuple[str, ...],
    digits: bool,
    sentences: bool = False,
) -> list[Start]:
    """The ways ``pattern`` can start that the words, prefixes and flags miss."""
    missed = []
    for start in sorted(match_starts(pattern), key=lambda s: (s.kind, s.text)):
        if start.kind == "digit":
            ok = digits
        elif start.kind == "sentence":
            ok = sentences
        elif start.kind == "word":
            ok = start.text in words or any(start.text.startswith(p) for p in prefixes if p)
        else:
            ok = any(start.text.startswith(p) for p in prefixes if p)
        if not ok:
            missed.append(start)
    return missed


_POOL = "aeiostnrlé'-_ .,!?\n0123456789"


def sample_matches(pattern: re.Pattern[str], count: int, seed: int = 7) -> list[str]:
    """Up to ``count`` random strings that ``pattern`` matches in full, each surrounded by a
    space (so lookbehinds and lookaheads have context): walks the parsed pattern choosing
    branches, repeat counts and class members at random, and keeps what really matches."""
    import random

    rng = random.Random(seed)
    parsed = _parser.parse(pattern.pattern, pattern.flags)

    def pick_from_class(items: list[tuple[Any, Any]]) -> str:
        negate = any(op is c.NEGATE for op, _ in items)
        for _ in range(50):
            char = rng.choice(_POOL) if negate or rng.random() < 0.3 else None
            if char is None:
                op, av = rng.choice([item for item in items if item[0] is not c.NEGATE])
                if op is c.LITERAL:
                    char = chr(av)
                elif op is c.RANGE:
                    char = chr(rng.randint(av[0], min(av[1], av[0] + 200)))
                elif av in (c.CATEGORY_DIGIT,):
                    char = rng.choice("0123456789")
                elif av in (c.CATEGORY_SPACE,):
                    char = rng.choice("  \n")
                elif av in (c.CATEGORY_WORD,):
                    char = rng.choice("abcxyz_9é")
                else:
                    char = rng.choice(_POOL)
            if re.fullmatch(_class_source(items), char, pattern.flags):
                return char
        return "a"

    def gen(seq: Any, depth: int) -> str:
        out = []
        for op, av in seq:
            if op is c.LITERAL:
                char = chr(av)
                out.append(char.upper() if rng.random() < 0.2 else char)
            elif op is c.NOT_LITERAL:
                out.append(rng.choice([ch for ch in _POOL if ord(ch) != av]))
            elif op is c.IN:
                out.append(pick_from_class(av))
            elif op is c.ANY:
                out.append(rng.choice(_POOL.replace("\n", "")))
            elif op is c.CATEGORY:
                out.append(pick_from_class([(op, av)]))
            elif op is c.SUBPATTERN:
                out.append(gen(av[3], depth + 1))
            elif op is c.BRANCH:
                out.append(gen(rng.choice(av[1]), depth + 1))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, body = av
                high = min(high, low + 3) if high is not c.MAXREPEAT else low + 3
                out.extend(gen(body, depth + 1) for _ in range(rng.randint(low, high)))
        return "".join(out)

    found: list[str] = []
    for _ in range(count * 20):
        body = gen(parsed, 0)
        text = f" {body} "
        match = pattern.match(text, 1)
        if match is not None and match.end() == len(text) - 1:
            found.append(text)
            if len(found) >= count:
                break
    return found


def _class_source(items: list[tuple[Any, Any]]) -> str:
    parts = []
    negate = ""
    for op, av in items:
        if op is c.NEGATE:
            negate = "^"
        elif op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY:
            parts.append(
                {
                    c.CATEGORY_DIGIT: r"\d",
                    c.CATEGORY_NOT_DIGIT: r"\D",
                    c.CATEGORY_SPACE: r"\s",
                    c.CATEGORY_NOT_SPACE: r"\S",
                    c.CATEGORY_WORD: r"\w",
                    c.CATEGORY_NOT_WORD: r"\W",
                }[av]
            )
    return f"[{negate}{''.join(parts)}]"


def cased_literals(pattern: re.Pattern[str]) -> list[str]:
    """Upper-case characters a pattern names, and case-sensitive groups: a pattern without
    any matches the lower-case text without IGNORECASE exactly as the text with it."""
    found: list[str] = []

    def walk(seq: Any) -> None:
        for op, av in seq:
            if op in (c.LITERAL, c.NOT_LITERAL):
                if chr(av) != chr(av).lower():
                    found.append(chr(av))
            elif op is c.IN:
                for item_op, item_av in av:
                    if item_op is c.LITERAL and chr(item_av) != chr(item_av).lower():
                        found.append(chr(item_av))
                    elif item_op is c.RANGE:
                        chars = "".join(map(chr, range(item_av[0], item_av[1] + 1)))
                        if chars != chars.lower():
                            found.append(chars)
            elif op is c.SUBPATTERN:
                if av[2] & re.IGNORECASE:
                    found.append("(?-i:...)")
                walk(av[3])
            elif op is c.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1])
            elif op is c.ATOMIC_GROUP:
                walk(av)

    walk(_parser.parse(pattern.pattern, pattern.flags))
    return found
