"""How well the signals read messages: ``warmdesk eval signals`` with this repository's
paths, writing ``benchmarks/results/signals-eval-<date>-<sha>.json``.

    .venv/bin/python -m benchmarks.signals_eval

- Labelled set (``tests/data/signals/messages.jsonl``, our own words): deadline exact to
  the minute where one is stated, false deadlines where none is, steps tried
  (precision/recall over message-step pairs), abuse (precision/recall), and the agreement
  of scope, process, workaround, fluency, stress level and language with the labels.
- Every figure for the whole set and for its held-out half (odd ids; the even ids were used
  for tuning), and each issue target marked PASS or FAIL (Markdown beside the JSON).
- GoEmotions test split (``../shared/data/goemotions``, Apache-2.0): stress as a detector
  of the negative emotions the issue lists, against plain VADER (negative compound) in the
  same run. Skipped with a message when the data is not there.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.report import git_revision, now_iso
from warmdesk.signals.evaluation import (
    evaluate_goemotions,
    evaluate_labelled,
    render_markdown,
    split_by_id,
)

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "data" / "signals" / "messages.jsonl"
GOEMOTIONS = ROOT.parent / "shared" / "data" / "goemotions"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--goemotions-split", type=Path, default=GOEMOTIONS / "test.tsv")
    args = parser.parse_args()
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]
    report = {
        "when": now_iso(),
        "git": git_revision(ROOT),
        "labelled": evaluate_labelled(rows),
        "held_out": evaluate_labelled(split_by_id(rows)[1]),
        "goemotions": evaluate_goemotions(args.goemotions_split),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"signals-eval-{report['when'][:10]}-{report['git']['sha']}"
    page = render_markdown(report)
    stem.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    stem.with_suffix(".md").write_text(page, encoding="utf-8")
    (args.out / "signals-eval-latest.md").write_text(page, encoding="utf-8")
    print(page)
    print(f"wrote {stem}.md and .json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
