import math
from pathlib import Path

import pytest

from warmdesk.signals.evaluation import evaluate_goemotions, evaluate_labelled, f1, ratio, roc_auc


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
