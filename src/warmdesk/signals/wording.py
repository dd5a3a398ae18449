"""The wording model: how likely a message's words carry a negative, stressed feeling.

A logistic model over the message's words (a negated word counts as its own feature, so
"not happy" is not "happy") and its lexicon sentiment, trained on the GoEmotions train split
by ``warmdesk train stress`` (see ``signals/training.py`` and ``signals/data/README.md``).
Scoring is a dictionary lookup per word: no numpy, no scikit-learn at run time.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from warmdesk.signals.lexicon import word_set
from warmdesk.signals.sentiment import NEGATORS, Sentiment, score_words, shouted_words

MODEL_FILE = "stress_wording.json"
NEGATION_SCOPE = 3  # words after a negator that are read as negated
MAX_MODEL_CHARS = 5_000

# Words, emoticons and clause marks, read from lower-cased text (sentiment shares the pass;
# one Python loop over the tokens measured faster than extra regex passes).
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[:;=8][-']?[()\[\]dpo/\\|*]|<3|[!?.,;:]")
_CLAUSE_END = frozenset(".,;:!?")
# Politeness that support writers use when calm ("please", "kindly"): on Reddit these words
# lean towards remorse and annoyance, in a help desk they do not. The model does not read
# them (sentiment still does).
POLITENESS: frozenset[str] = word_set("please pls plz kindly")


@dataclass(frozen=True, slots=True)
class Reading:
    """One pass over a message: the model's features and the lexicon sentiment."""

    features: list[str]
    sentiment: Sentiment


def read(text: str, lowered: str | None = None) -> Reading:
    """Read (the start of) ``text`` once: words for the model, with ``not_`` before each of
    the words that follow a negator in the same clause and ``!``/``?`` as words of their own;
    and the words' sentiment. ``lowered`` is ``text.lower()`` when the caller has it."""
    sample = text[:MAX_MODEL_CHARS]
    lower = (lowered if lowered is not None else text.lower())[:MAX_MODEL_CHARS]
    words: list[str] = []
    features: list[str] = []
    negated = exclamations = questions = 0
    for token in _TOKEN.findall(lower.replace("\u2019", "'")):
        if token in _CLAUSE_END:
            negated = 0
            if token == "!":
                exclamations += 1
                features.append(token)
            elif token == "?":
                questions += 1
                features.append(token)
            continue
        words.append(token)
        if token in POLITENESS:
            continue
        if token in NEGATORS or token.endswith("n't"):
            negated = NEGATION_SCOPE
            features.append(token)
        elif negated:
            features.append("not_" + token)
            negated -= 1
        else:
            features.append(token)
    sentiment = score_words(words, shouted_words(sample), exclamations, questions)
    return Reading(features, sentiment)


def model_tokens(text: str) -> list[str]:
    """The model's features for ``text`` (see :func:`read`)."""
    return read(text).features


def sentiment_features(sentiment: Sentiment) -> dict[str, float]:
    """The numeric features the model reads besides the words."""
    return {
        "compound": sentiment.compound,
        "negative_compound": max(0.0, -sentiment.compound),
        "negative": sentiment.negative,
        "positive": sentiment.positive,
    }


@dataclass(frozen=True, slots=True)
class WordingModel:
    version: str
    intercept: float
    word_weights: dict[str, float]
    sentiment_weights: dict[str, float]
    threshold: float  # the probability at which the model's F1 on GoEmotions dev peaks

    def logit(self, features: list[str], sentiment: Sentiment) -> float:
        weights = self.word_weights
        total = self.intercept + sum(weights.get(word, 0.0) for word in set(features))
        for name, value in sentiment_features(sentiment).items():
            total += self.sentiment_weights.get(name, 0.0) * value
        return total

    def probability(self, features: list[str], sentiment: Sentiment) -> float:
        logit = max(-30.0, min(30.0, self.logit(features, sentiment)))
        return 1.0 / (1.0 + math.exp(-logit))

    def strongest_words(self, features: list[str], count: int = 3) -> list[str]:
        """The words that pushed the score up most (for evidence)."""
        weights = self.word_weights
        pushing = [(weights[w], w) for w in set(features) if weights.get(w, 0.0) >= 1.0]
        return [word for _, word in sorted(pushing, reverse=True)[:count]]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WordingModel:
        return cls(
            version=str(data["version"]),
            intercept=float(data["intercept"]),
            word_weights={str(k): float(v) for k, v in data["word_weights"].items()},
            sentiment_weights={str(k): float(v) for k, v in data["sentiment_weights"].items()},
            threshold=float(data["threshold"]),
        )


@functools.cache
def shipped_model() -> WordingModel:
    """The model that ships in ``warmdesk/signals/data/`` (read once)."""
    text = resources.files("warmdesk.signals").joinpath("data", MODEL_FILE).read_text("utf-8")
    return WordingModel.from_json(json.loads(text))
