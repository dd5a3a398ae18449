"""Measuring the signals: per-field accuracy on a labelled set, and stress on GoEmotions
against plain VADER in the same run. Used by ``warmdesk eval signals``."""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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


# Targets from issue #3, as (what, how to read it from a report, the bar, higher is better).
@dataclass(frozen=True, slots=True)
class Target:
    name: str
    value: Callable[[dict[str, Any]], float | None]
    bar: Callable[[dict[str, Any]], float | None]
    higher_is_better: bool = True

    def verdict(self, report: dict[str, Any]) -> tuple[float | None, float | None, bool | None]:
        value, bar = self.value(report), self.bar(report)
        if value is None or bar is None or math.isnan(value):
            return value, bar, None
        return value, bar, value >= bar if self.higher_is_better else value <= bar


def _labelled(key: str) -> Callable[[dict[str, Any]], float | None]:
    return lambda report: report["labelled"][key]


def _constant(bar: float) -> Callable[[dict[str, Any]], float | None]:
    return lambda _report: bar


def _goemotions(name: str) -> Callable[[dict[str, Any]], float | None]:
    def read(report: dict[str, Any]) -> float | None:
        results = report.get("goemotions")
        return float(results[name]["f1"]) if results else None

    return read


def _vader_plus(margin: float) -> Callable[[dict[str, Any]], float | None]:
    def read(report: dict[str, Any]) -> float | None:
        vader = _goemotions("vader_negative_compound")(report)
        return None if vader is None else vader + margin

    return read


TARGETS: tuple[Target, ...] = (
    Target("deadline exact to the minute (stated)", _labelled("deadline_exact"), _constant(0.90)),
    Target(
        "false deadlines (none stated)",
        _labelled("false_deadline_rate"),
        _constant(0.03),
        higher_is_better=False,
    ),
    Target("steps tried, precision", _labelled("steps_precision"), _constant(0.90)),
    Target("steps tried, recall", _labelled("steps_recall"), _constant(0.80)),
    Target("abuse, precision", _labelled("abuse_precision"), _constant(0.90)),
    Target("stress F1 on GoEmotions test", _goemotions("warmdesk_stress"), _vader_plus(0.05)),
)


def _id_number(row: dict[str, Any]) -> int:
    digits = "".join(filter(str.isdigit, str(row["id"])))
    return int(digits) if digits else 0


def split_by_id(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The labelled set's two halves: even ids (used for tuning) and odd ids (held out)."""
    even = [row for row in rows if _id_number(row) % 2 == 0]
    odd = [row for row in rows if _id_number(row) % 2 == 1]
    return even, odd


def _figure(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "n/a"
    return f"{value:.3f}"


def render_markdown(report: dict[str, Any]) -> str:
    """The evaluation as a Markdown page: targets with PASS/FAIL, then every figure, with the
    held-out half beside the whole set."""
    lines = [
        f"# Signals evaluation — {report.get('when', '')}",
        "",
        f"Commit `{report.get('git', {}).get('sha', '?')}`. Labelled set: "
        f"{report['labelled']['messages']} messages in our own words "
        "(`tests/data/signals/`); the even ids were used for tuning, the odd ids are held out.",
        "",
        "| target | measured | bar | result |",
        "|---|---:|---:|---|",
    ]
    for target in TARGETS:
        value, bar, passed = target.verdict(report)
        result = "n/a (no data)" if passed is None else ("PASS" if passed else "FAIL")
        sign = "≥" if target.higher_is_better else "≤"
        lines.append(f"| {target.name} | {_figure(value)} | {sign} {_figure(bar)} | {result} |")
    lines += _labelled_table(report)
    lines += _goemotions_table(report.get("goemotions"))
    return "\n".join(lines) + "\n"


def _labelled_table(report: dict[str, Any]) -> list[str]:
    whole, held_out = report["labelled"], report.get("held_out")
    lines = ["", "## Labelled set", "", "| figure | all | held-out half |", "|---|---:|---:|"]
    keys = [
        "deadline_exact",
        "false_deadline_rate",
        "steps_precision",
        "steps_recall",
        "abuse_precision",
        "abuse_recall",
    ]
    for key in keys:
        other = held_out[key] if held_out else None
        lines.append(f"| {key.replace('_', ' ')} | {_figure(whole[key])} | {_figure(other)} |")
    for key, value in whole["agreement"].items():
        other = held_out["agreement"][key] if held_out else None
        name = f"agreement: {key.replace('_', ' ')}"
        lines.append(f"| {name} | {_figure(value)} | {_figure(other)} |")
    return lines


def _goemotions_table(results: dict[str, Any] | None) -> list[str]:
    if not results:
        return ["", "GoEmotions: not run (the data was not found)."]
    lines = [
        "",
        f"## GoEmotions test split ({results['rows']} comments)",
        "",
        "| detector | precision | recall | F1 | ROC-AUC |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in ("vader_negative_compound", "warmdesk_stress"):
        r = results[name]
        lines.append(
            f"| {name} | {_figure(r['precision'])} | {_figure(r['recall'])} | "
            f"{_figure(r['f1'])} | {_figure(r['roc_auc'])} |"
        )
    return lines
