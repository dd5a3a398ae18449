import math
from pathlib import Path

import pytest

from warmdesk.signals.evaluation import (
    evaluate_goemotions,
    evaluate_labelled,
    f1,
    ratio,
    render_markdown,
    roc_auc,
    split_by_id,
)


def test_auc_counts_ordered_pairs_and_halves_ties() -> None:
    assert roc_auc([0.9, 0.8, 0.1, 0.2], [True, True, False, False]) == 1.0
    assert roc_auc([0.1, 0.2, 0.9, 0.8], [True, True, False, False]) == 0.0
    assert roc_auc([0.5, 0.5], [True, False]) == 0.5


def test_f1_and_ratio_edges() -> None:
    assert f1(0.5, 0.5) == 0.5
    assert f1(0.0, 0.0) == 0.0
    assert math.isnan(ratio(0, 0))


def test_labelled_messages_are_scored_field_by_field() -> None:
    row = {
        "id": "x",
        "text": "I already cleared the cache. Please fix it by noon.",
        "sent_at": "2026-11-23T09:00:00+00:00",
        "tz": "Europe/London",
        "labels": {
            "deadline_at": "2026-11-23T12:00:00+00:00",
            "affected_scope": "individual",
            "business_process": None,
            "workaround": None,
            "tried_steps": ["clear_cache"],
            "fluency": "medium",
            "abusive": False,
            "stress": "low",
            "language": "en",
        },
    }
    result = evaluate_labelled([row])
    assert result["deadline_exact"] == 1.0
    assert result["steps_precision"] == 1.0
    assert result["steps_recall"] == 1.0
    assert result["agreement"]["language"] == 1.0


def test_goemotions_is_skipped_without_the_data(tmp_path: Path) -> None:
    assert evaluate_goemotions(tmp_path / "missing.tsv") is None


@pytest.mark.parametrize("texts", [["I am so angry at this", "What a lovely day"]])
def test_goemotions_compares_with_vader_in_the_same_run(tmp_path: Path, texts: list[str]) -> None:
    (tmp_path / "labels.txt").write_text("anger\njoy\n", encoding="utf-8")
    split = tmp_path / "test.tsv"
    split.write_text(f"{texts[0]}\t0\ta1\n{texts[1]}\t1\ta2\n", encoding="utf-8")
    result = evaluate_goemotions(split)
    assert result is not None
    assert result["rows"] == 2
    assert set(result) == {"rows", "vader_negative_compound", "warmdesk_stress"}
    assert result["vader_negative_compound"]["roc_auc"] == 1.0


def _report(stress_f1: float) -> dict[str, object]:
    labelled = {
        "messages": 2,
        "deadline_exact": 0.95,
        "deadline_stated": 1,
        "false_deadline_rate": 0.01,
        "no_deadline": 1,
        "steps_precision": 1.0,
        "steps_recall": 0.7,
        "abuse_precision": float("nan"),
        "abuse_recall": float("nan"),
        "agreement": {"stress": 0.5},
    }
    detector = {"precision": 0.5, "recall": 0.5, "roc_auc": 0.8}
    return {
        "labelled": labelled,
        "held_out": labelled,
        "goemotions": {
            "rows": 10,
            "vader_negative_compound": {**detector, "f1": 0.57},
            "warmdesk_stress": {**detector, "f1": stress_f1},
        },
    }


def test_the_markdown_report_marks_each_target() -> None:
    page = render_markdown(_report(stress_f1=0.63))
    assert "| deadline exact to the minute (stated) | 0.950 | ≥ 0.900 | PASS |" in page
    assert "| false deadlines (none stated) | 0.010 | ≤ 0.030 | PASS |" in page
    assert "| steps tried, recall | 0.700 | ≥ 0.800 | FAIL |" in page
    assert "| abuse, precision | n/a | ≥ 0.900 | n/a (no data) |" in page
    assert "| stress F1 on GoEmotions test | 0.630 | ≥ 0.620 | PASS |" in page
    failing = render_markdown(_report(stress_f1=0.60))
    assert "| stress F1 on GoEmotions test | 0.600 | ≥ 0.620 | FAIL |" in failing


def test_the_halves_split_on_the_digits_of_the_id() -> None:
    even, odd = split_by_id([{"id": "m001"}, {"id": "m002"}, {"id": "m010"}])
    assert [row["id"] for row in even] == ["m002", "m010"]
    assert [row["id"] for row in odd] == ["m001"]
