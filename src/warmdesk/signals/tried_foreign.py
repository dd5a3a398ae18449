"""Steps tried, in the other languages of the desk (de, fr, it, es, nl, pt).

Only the perfect tense that reports a done step is matched ("habe neu gestartet", "j'ai
vidé le cache", "ho riavviato"); a negator earlier in the sentence or a question drops it.
"""

from __future__ import annotations

import re

from warmdesk.signals.scan import anchor

# The same steps in the other languages of the labelled set, in the perfect tense that
# reports a done step ("habe neu gestartet", "j'ai vidé le cache", "ho riavviato").
_FOREIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    ("restart_device",
     r"\bneu\s+gestartet\b|\b(?:aus-|ausgeschaltet)\s+und\s+(?:wieder\s+)?eingeschaltet\b|"
     r"\bredémarré\b|\béteint\s+et\s+rallumé\b|\briavviat[oia]\b|\breiniciad[oa]\b|"
     r"\breiniciei\b|\bopnieuw\s+opgestart\b"),
    ("clear_cache",
     r"\b(?:vidé|effacé|vaciado|borrado|svuotato|limpei|geleegd|gewist)\s+(?:le\s+|la\s+|il\s+"
     r"|o\s+|de\s+)?(?:cache|caché|cookies)\b|\b(?:cache|cookies)\s+(?:geleert|gelöscht|"
     r"geleegd|gewist)\b"),
    ("reinstall_app",
     r"\bneu\s+installiert\b|\bréinstallé\b|\breinstalad[oa]\b|\breinstallat[oa]\b|"
     r"\breinstalei\b|\bopnieuw\s+geïnstalleerd\b"),
    ("reconnect", r"\briconness[oa]\b|\briconnettermi\b|\breconnecté\b|\breconectad[oa]\b"),
    ("safe_mode",
     r"\babgesicherten?\s+modus\b|\bmode\s+sans\s+échec\b|\bmodalità\s+provvisoria\b|"
     r"\bmodo\s+(?:seguro|de\s+segurança)\b|\bveilige\s+modus\b"),
    ("sign_out_in",
     r"\babgemeldet\s+und\s+(?:wieder\s+)?angemeldet\b|\bdéconnecté\s+et\s+reconnecté\b"),
)  # fmt: skip
# A perfect-tense helper or "tried" in the same sentence shows the foreign step was done.
_FOREIGN_DONE = re.compile(
    r"\b(?:habe|haben|hab|ausprobiert|versucht|j'ai|nous\s+avons|avons|ai|essayé|ho|abbiamo|"
    r"provato|he|hemos|probado|tenho|temos|tentei|heb|hebben|geprobeerd|déjà|schon|già|ya|já)\b",
    re.IGNORECASE,
)
_FOREIGN_NEGATED = re.compile(
    r"\b(?:nicht|kein|keine|pas|jamais|non|niet|geen|não|nunca|no)\b|\bn'", re.IGNORECASE
)

_FOREIGN_TRIGGERS: dict[str, tuple[str, ...]] = {
    "restart_device": ("gestartet", "eingeschaltet", "redémarr", "rallum", "riavviat",
                       "reinicia", "opgestart"),
    "clear_cache": ("cache", "cookies"),
    "reinstall_app": ("install",),
    "reconnect": ("riconne", "reconnect", "reconecta"),
    "safe_mode": ("modus", "mode", "modalità", "modo"),
    "sign_out_in": ("angemeldet", "reconnecté"),
}  # fmt: skip
# The first words of each pattern's matches (see ``scan.anchor``).
_FOREIGN_STARTS: dict[str, str] = {
    "restart_device": "aus ausgeschaltet neu opnieuw redémarré reiniciada reiniciado reiniciei "
    "riavviata riavviati riavviato éteint",
    "clear_cache": "borrado cache cookies effacé geleegd gewist limpei svuotato vaciado vidé",
    "reinstall_app": "neu opnieuw reinstalada reinstalado reinstalei reinstallata reinstallato "
    "réinstallé",
    "reconnect": "reconectada reconectado reconnecté riconnessa riconnesso riconnettermi",
    "safe_mode": "abgesicherte abgesicherten modalità mode modo veilige",
    "sign_out_in": "abgemeldet déconnecté",
}
FOREIGN_COMPILED = tuple(
    (
        step,
        _FOREIGN_TRIGGERS[step],
        anchor(re.compile(pattern, re.IGNORECASE), _FOREIGN_STARTS[step]),
    )
    for step, pattern in _FOREIGN_PATTERNS
)


def foreign_reported(text: str, match: re.Match[str]) -> bool:
    """True when the sentence around ``match`` reports the step as done (not negated or asked)."""
    sentence_start = max(text.rfind(char, 0, match.start()) for char in ".!?\n") + 1
    before = text[sentence_start : match.start()]
    if _FOREIGN_NEGATED.search(before):
        return False
    ends = [i for i in (text.find(char, match.end()) for char in ".!?\n") if i >= 0]
    end = min(ends) if ends else len(text)
    if text[end : end + 1] == "?":
        return False
    return bool(_FOREIGN_DONE.search(text, sentence_start, end))
