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
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from typing import Any

from warmdesk.signals.lexicon import word_set
from warmdesk.signals.sentiment import NEGATORS, Sentiment, score_sample_words

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
# Tokens that are not features of their own, and tokens that may need more than appending.
_NOT_FEATURES = POLITENESS | frozenset(".,;:")
_NOT_PLAIN = _CLAUSE_END | POLITENESS | NEGATORS


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
    folded = lower.replace("\u2019", "'")
    tokens = _TOKEN.findall(folded)
    words = [token for token in tokens if token not in _CLAUSE_END]
    # Without a negator every token but politeness and ",.;:" is a feature as it stands
    # (a token can only end in "n't" when the text has one).
    contracted = "n't" in folded
    if contracted or not NEGATORS.isdisjoint(words):
        features = _negated_features(tokens, contracted)
    else:
        features = [token for token in tokens if token not in _NOT_FEATURES]
    sentiment = score_sample_words(words, sample, tokens.count("!"), tokens.count("?"))
    return Reading(features, sentiment)


def _negated_features(tokens: list[str], contracted: bool = True) -> list[str]:
    """The features of ``tokens``, reading negation: ``not_`` before each of the
    ``NEGATION_SCOPE`` words after a negator, up to the end of its clause. Without
    ``contracted`` no token ends in "n't"."""
    features: list[str] = []
    append = features.append
    negated = 0
    for token in tokens:
        if not negated and token not in _NOT_PLAIN and not (contracted and token.endswith("n't")):
            append(token)  # most tokens: a plain word outside any negation
        elif token in _CLAUSE_END:
            negated = 0
            if token == "!" or token == "?":
                append(token)
        elif token in POLITENESS:
            continue
        elif token in NEGATORS or (contracted and token.endswith("n't")):
            negated = NEGATION_SCOPE
            append(token)
        elif negated:
            append("not_" + token)
            negated -= 1
        else:
            append(token)
    return features


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
    # Read from the weights once: the words that can be evidence, and each sentiment
    # feature's weight in the order ``sentiment_features`` names them.
    _strong_words: frozenset[str] = field(init=False, repr=False, compare=False)
    _feature_weights: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        strong = frozenset(word for word, weight in self.word_weights.items() if weight >= 1.0)
        names = sentiment_features(Sentiment(0.0, 0.0, 0.0))
        weights = tuple(self.sentiment_weights.get(name, 0.0) for name in names)
        object.__setattr__(self, "_strong_words", strong)
        object.__setattr__(self, "_feature_weights", weights)

    def logit(self, features: list[str], sentiment: Sentiment) -> float:
        return self._logit(set(features), sentiment)

    def _logit(self, distinct: set[str], sentiment: Sentiment) -> float:
        total = self.intercept + sum(map(self.word_weights.get, distinct, repeat(0.0)))
        for weight, value in zip(
            self._feature_weights, sentiment_features(sentiment).values(), strict=True
        ):
            total += weight * value
        return total

    def probability(self, features: list[str], sentiment: Sentiment) -> float:
        return self.probability_of(set(features), sentiment)

    def probability_of(self, distinct: set[str], sentiment: Sentiment) -> float:
        """``probability`` of the features ``distinct`` holds (``set(features)``)."""
        logit = max(-30.0, min(30.0, self._logit(distinct, sentiment)))
        return 1.0 / (1.0 + math.exp(-logit))

    def strongest_words(self, features: list[str], count: int = 3) -> list[str]:
        """The words that pushed the score up most (for evidence)."""
        return self.strongest_of(set(features), count)

    def strongest_of(self, distinct: set[str], count: int = 3) -> list[str]:
        """``strongest_words`` of the features ``distinct`` holds (``set(features)``)."""
        weights = self.word_weights
        pushing = [(weights[w], w) for w in self._strong_words.intersection(distinct)]
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
