"""Language of a message (ISO 639-1) from function words and letters; no model, no download."""

from __future__ import annotations

import re

from warmdesk.signals.scan import TextScan
from warmdesk.signals.spans import clip
from warmdesk.signals.types import LanguageSignal


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


MAX_WORDS = 300
MIN_HITS = 2  # fewer function-word hits than this is "und" unless letters decide it

# Short, frequent function words for each language, chosen for Warmdesk. Words shared by
# several languages ("a", "de", "la", "en") still help: each hit adds to every language
# that has it, and the rarer, distinctive words settle it.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and is are was to of in it this that my i you we have has not can't don't "
        "with for on please thanks but again my what when why how would could should"
    ),
    "de": _words(
        "der die das und ist nicht ich mein meine mit für auf ein eine bitte danke aber "
        "wieder kann geht funktioniert habe sie wir es zu von bei den dem noch schon auch "
        "wie warum wenn oder sich hallo"
    ),
    "fr": _words(
        "le la les et est pas je mon ma mes avec pour sur un une merci mais encore peux "
        "ne fonctionne plus j'ai nous vous il elle ce cette des du au aux bonjour depuis "
        "très qui que quand"
    ),
    "es": _words(
        "el la los las y es no yo mi mis con para por un una gracias pero otra vez puedo "
        "funciona tengo nosotros usted que del al está hola desde muy cuando porque ya "
        "también"
    ),
    "it": _words(
        "il lo la gli le e è non io mio mia con per un una grazie ma ancora posso funziona "
        "ho noi che del della di al sono ciao anche quando perché già questo questa"
    ),
    "nl": _words(
        "de het een en is niet ik mijn met voor op maar weer kan werkt heb wij we dat van "
        "bij nog al ook hoe waarom als of dank bedankt graag hallo geen deze die"
    ),
    "pt": _words(
        "o a os as e é não eu meu minha com para por um uma obrigado obrigada mas outra "
        "vez posso funciona tenho nós você que do da no na em olá desde muito quando "
        "porque já também está"
    ),
}
# Letters that only (or mostly) one of the languages uses; each adds this many hits.
LETTER_HINTS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("de", re.compile(r"[ßäöü]"), 1.0),
    ("es", re.compile(r"[ñ¿¡]"), 1.5),
    ("pt", re.compile(r"[ãõ]"), 1.5),
    ("fr", re.compile(r"[èêëœîûù]"), 1.0),
    ("it", re.compile(r"\b\w+[àòù]\b"), 0.5),
    ("nl", re.compile(r"\b\w*ij\w*\b"), 0.5),
)
# Scripts that identify a language on their own (when most letters are in them).
SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
)
_ANY_OTHER_SCRIPT = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")  # _WORD on lower-case ASCII, and faster
# What each letter hint needs in the text to find anything (most messages have none).
_HINT_NEEDS: tuple[tuple[str, ...], ...] = (
    ("ß", "ä", "ö", "ü"),
    ("ñ", "¿", "¡"),
    ("ã", "õ"),
    ("è", "ê", "ë", "œ", "î", "û", "ù"),
    ("à", "ò", "ù"),
    ("ij",),
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SCAN_CHARS = 4_000
UNDETERMINED = LanguageSignal(code="und", confidence=0.0)
_HINTS = tuple(
    (code, pattern, worth, needs)
    for (code, pattern, worth), needs in zip(LETTER_HINTS, _HINT_NEEDS, strict=True)
)
_ASCII_HINTS = tuple(hint for hint in _HINTS if hint[3][0].isascii())
# word -> languages that use it, so each word costs one lookup.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, vocabulary in FUNCTION_WORDS.items() if word in vocabulary)
    for word in set().union(*FUNCTION_WORDS.values())
}


def _by_script(sample: str) -> LanguageSignal | None:
    if sample.isascii() or not _ANY_OTHER_SCRIPT.search(sample):
        return None
    latin = len(_LATIN_LETTER.findall(sample))
    for code, pattern in SCRIPT_LANGUAGES:
        count = len(pattern.findall(sample))
        if count > latin and count >= 2:
            return LanguageSignal(code=code, confidence=round(min(0.9, count / 10), 2))
    return None


def detect_language(text: str, scan: TextScan | None = None) -> LanguageSignal:
    """ISO 639-1 code of the message's language and a 0..1 confidence.

    Returns code "und" with confidence 0 when there is too little text to tell (emoji only,
    a word or two, junk). Reads only the start of long text. Never raises. ``scan`` is this
    text's ``scan_text``, when the caller already has it.
    """
    sample = text[:_SCAN_CHARS]
    by_script = _by_script(sample)
    if by_script is not None:
        return by_script
    # A scan's lower-case text starts with this one unless it holds a letter whose case
    # depends on what follows (final sigma), and then it has no word set.
    if scan is not None and scan.words is not None and scan.text == clip(text):
        lowered = scan.lower[:_SCAN_CHARS]
    else:
        lowered = sample.lower()
    ascii_only = lowered.isascii()
    words = (_ASCII_WORD if ascii_only else _WORD).findall(lowered)[:MAX_WORDS]
    hits = dict.fromkeys(FUNCTION_WORDS, 0.0)
    for word in filter(_LANGUAGES_OF.__contains__, words):
        for code in _LANGUAGES_OF[word]:
            hits[code] += 1
    # ASCII text has none of the accented letters, so only "ij" is worth looking for.
    for code, pattern, worth, needs in _ASCII_HINTS if ascii_only else _HINTS:
        if any(need in lowered for need in needs):
            hits[code] += worth * min(3, len(pattern.findall(lowered)))
    ranked = sorted(hits.values(), reverse=True)
    best_hits, second_hits = ranked[0], ranked[1]
    if best_hits < MIN_HITS or best_hits == second_hits:
        return UNDETERMINED
    best = max(hits, key=hits.__getitem__)  # the first language with the most hits
    margin = (best_hits - second_hits) / best_hits
    coverage = min(1.0, best_hits / 6)
    return LanguageSignal(code=best, confidence=round(0.3 + 0.7 * margin * coverage, 2))
