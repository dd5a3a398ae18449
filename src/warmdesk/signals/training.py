"""Training the wording model (``warmdesk train stress``) from GoEmotions.

Needs the ``train`` extra (scikit-learn); the product itself only reads the JSON it writes.
Trained on the train split; the decision threshold is the one where F1 on the dev split
peaks. The test split is never read here: ``warmdesk eval signals`` reports on it.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warmdesk.signals.evaluation import STRESS_EMOTIONS
from warmdesk.signals.sentiment import score_sentiment
from warmdesk.signals.wording import read, sentiment_features

MIN_DOCUMENTS = 2  # a word must appear in at least this many training comments
REGULARIZATION_C = 0.3
PRUNE_BELOW = 0.02  # weights smaller than this are dropped (size, not accuracy)


@dataclass(frozen=True, slots=True)
class Split:
    texts: list[str]
    stressed: list[bool]


def read_split(path: Path) -> Split:
    """A GoEmotions TSV split: text, comma-separated label ids, comment id."""
    names = (path.parent / "labels.txt").read_text(encoding="utf-8").split()
    texts: list[str] = []
    stressed: list[bool] = []
    with path.open(encoding="utf-8") as handle:
        for text, ids, _ in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(text)
            stressed.append(any(names[int(i)] in STRESS_EMOTIONS for i in ids.split(",")))
    return Split(texts, stressed)


def _features(texts: list[str]) -> tuple[list[list[str]], list[list[float]]]:
    readings = [read(text) for text in texts]
    words = [reading.features for reading in readings]
    numbers = [list(sentiment_features(reading.sentiment).values()) for reading in readings]
    return words, numbers


def _best_threshold(probabilities: list[float], stressed: list[bool]) -> tuple[float, float]:
    """The probability cut-off with the highest F1 (halfway to the next lower score), and
    that F1."""
    ranked = sorted(zip(probabilities, stressed, strict=True), reverse=True)
    positives = sum(stressed)
    best_f1, best_at, hits = 0.0, 0, 0
    for taken, (_, is_stressed) in enumerate(ranked, start=1):
        hits += is_stressed
        f1 = 2 * hits / (taken + positives)
        if f1 > best_f1:
            best_f1, best_at = f1, taken
    lowest_taken = ranked[best_at - 1][0] if best_at else 0.5
    next_lower = ranked[best_at][0] if best_at < len(ranked) else 0.0
    return (lowest_taken + next_lower) / 2, best_f1


def train_wording_model(goemotions: Path) -> dict[str, Any]:
    """Fit the model on ``train.tsv`` and choose its threshold on ``dev.tsv``."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    train, dev = read_split(goemotions / "train.tsv"), read_split(goemotions / "dev.tsv")
    train_words, train_numbers = _features(train.texts)
    dev_words, dev_numbers = _features(dev.texts)
    vectorizer = CountVectorizer(analyzer=lambda words: words, min_df=MIN_DOCUMENTS, binary=True)
    x_train = hstack([vectorizer.fit_transform(train_words), csr_matrix(train_numbers)]).tocsr()
    x_dev = hstack([vectorizer.transform(dev_words), csr_matrix(dev_numbers)]).tocsr()
    model = LogisticRegression(C=REGULARIZATION_C, max_iter=5000)
    model.fit(x_train, train.stressed)
    threshold, dev_f1 = _best_threshold(list(model.predict_proba(x_dev)[:, 1]), dev.stressed)
    coefficients = [float(c) for c in model.coef_[0]]
    vocabulary = vectorizer.get_feature_names_out()
    word_weights = {
        str(word): round(weight, 3)
        for word, weight in zip(vocabulary, coefficients, strict=False)
        if abs(weight) >= PRUNE_BELOW
    }
    numeric_names = list(sentiment_features(score_sentiment("")).keys())
    return {
        "version": datetime.now(UTC).strftime("goemotions-%Y%m%d"),
        "source": "GoEmotions train split (Demszky et al., 2020; Apache-2.0); "
        "threshold from the dev split",
        "positive_emotions": sorted(STRESS_EMOTIONS),
        "dev_f1": round(dev_f1, 4),
        "intercept": round(float(model.intercept_[0]), 4),
        "threshold": round(float(threshold), 4),
        "sentiment_weights": {
            name: round(weight, 4)
            for name, weight in zip(numeric_names, coefficients[len(vocabulary) :], strict=True)
        },
        "word_weights": dict(sorted(word_weights.items())),
    }


def write_model(model: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
