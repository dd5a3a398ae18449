"""Measuring the signals: per-field accuracy on a labelled set, and stress on GoEmotions
against plain VADER in the same run. Used by ``warmdesk eval signals``."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

STRESS_EMOTIONS = {
    "anger", "annoyance", "disappointment", "disapproval", "disgust", "fear", "nervousness",
    "sadness", "grief", "remorse", "embarrassment",
}  # fmt: skip


def ratio(hits: int, total: int) -> float:
    return hits / total if total else float("nan")


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    ranked = sorted(zip(scores, positive, strict=True))
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        average_rank = (i + j + 1) / 2
        rank_sum += average_rank * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg) if n_pos and n_neg else 0.0


def evaluate_labelled(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from warmdesk.signals.analyze import analyze, to_record

    stated = exact = none = false_deadline = 0
    step_tp = step_fp = step_fn = 0
    abuse_tp = abuse_fp = abuse_fn = 0
    agree: dict[str, list[int]] = {
        k: [0, 0]
        for k in (
            "affected_scope",
            "business_process",
            "workaround",
            "fluency",
            "stress",
            "language",
        )
    }
    for row in rows:
        labels = row["labels"]
        record = to_record(analyze(row["text"], datetime.fromisoformat(row["sent_at"]), row["tz"]))
        if labels["deadline_at"]:
            stated += 1
            found = record["deadline_at"]
            exact += bool(found) and datetime.fromisoformat(found) == datetime.fromisoformat(
                labels["deadline_at"]
            )
        else:
            none += 1
            false_deadline += record["deadline_at"] is not None
        wanted, got = set(labels["tried_steps"]), set(record["tried_steps"])
        step_tp += len(wanted & got)
        step_fp += len(got - wanted)
        step_fn += len(wanted - got)
        abuse_tp += labels["abusive"] and record["abusive"]
        abuse_fp += (not labels["abusive"]) and record["abusive"]
        abuse_fn += labels["abusive"] and not record["abusive"]
        predicted = {**record, "stress": record["stress"]["level"]}
        for key, pair in agree.items():
            pair[0] += predicted[key] == labels[key]
            pair[1] += 1
    step_p, step_r = ratio(step_tp, step_tp + step_fp), ratio(step_tp, step_tp + step_fn)
    abuse_p, abuse_r = ratio(abuse_tp, abuse_tp + abuse_fp), ratio(abuse_tp, abuse_tp + abuse_fn)
    return {
        "messages": len(rows),
        "deadline_exact": ratio(exact, stated),
        "deadline_stated": stated,
        "false_deadline_rate": ratio(false_deadline, none),
        "no_deadline": none,
        "steps_precision": step_p,
        "steps_recall": step_r,
        "abuse_precision": abuse_p,
        "abuse_recall": abuse_r,
        "agreement": {key: ratio(hit, total) for key, (hit, total) in agree.items()},
    }


def evaluate_goemotions(split: Path) -> dict[str, Any] | None:
    if not split.exists():
        return None
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from warmdesk.signals.stress import analyze_stress

    names = (split.parent / "labels.txt").read_text(encoding="utf-8").split()
    texts, positive = [], []
    with split.open(encoding="utf-8") as handle:
        for text, ids, _ in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(text)
            positive.append(any(names[int(i)] in STRESS_EMOTIONS for i in ids.split(",")))
    vader = SentimentIntensityAnalyzer()
    vader_scores = [-vader.polarity_scores(t)["compound"] for t in texts]
    ours = [analyze_stress(t) for t in texts]
    results: dict[str, Any] = {"rows": len(texts)}
    for name, scores, flags in (
        ("vader_negative_compound", vader_scores, [s >= 0.05 for s in vader_scores]),
        ("warmdesk_stress", [s.score for s in ours], [s.level != "low" for s in ours]),
    ):
        tp = sum(f and p for f, p in zip(flags, positive, strict=True))
        precision, recall = ratio(tp, sum(flags)), ratio(tp, sum(positive))
        results[name] = {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "roc_auc": roc_auc(scores, positive),
        }
    return results
