"""How fast ``warmdesk.signals.analyze`` reads a message, against VADER alone, in one run.

    .venv/bin/python -m benchmarks.signals_speed   # writes benchmarks/results/signals-speed-*.md

Messages of 30-80 words come from the labelled set in ``tests/data/signals/`` (our own
words). Single core, in-process: per-message latency with ``perf_counter_ns`` over several
passes, after a warm-up. Targets (issue #3): at least 2,000 messages/s, and at least 0.7x
the throughput of VADER alone on the same messages.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.report import git_revision, machine_info, now_iso

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "data" / "signals" / "messages.jsonl"
TARGET_PER_SECOND = 2000.0
TARGET_RATIO = 0.7


def load_messages(min_words: int = 30, max_words: int = 80) -> list[dict[str, Any]]:
    """Messages of 30-80 words: the labelled set's longer messages as they are, and its
    shorter English ones joined in order (as a writer adds a second and third thought)."""
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]
    chosen: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None
    for row in rows:
        words = len(row["text"].split())
        if min_words <= words <= max_words:
            chosen.append(row)
            continue
        if words > max_words or row["labels"]["language"] != "en":
            continue
        if pending is None:
            pending = dict(row)
        else:
            pending["text"] = f"{pending['text']} {row['text']}"
        if len(pending["text"].split()) >= min_words:
            if len(pending["text"].split()) <= max_words:
                chosen.append(pending)
            pending = None
    if len(chosen) < 50:
        raise SystemExit(f"only {len(chosen)} messages of {min_words}-{max_words} words")
    return chosen


def measure(
    call: Callable[[dict[str, Any]], object], messages: list[dict[str, Any]], passes: int
) -> dict[str, float]:
    for message in messages[:50]:
        call(message)
    samples: list[int] = []
    started = time.perf_counter()
    for _ in range(passes):
        for message in messages:
            before = time.perf_counter_ns()
            call(message)
            samples.append(time.perf_counter_ns() - before)
    elapsed = time.perf_counter() - started
    samples.sort()
    return {
        "messages": len(samples),
        "per_second": len(samples) / elapsed,
        "p50_us": samples[len(samples) // 2] / 1000,
        "p99_us": samples[int(len(samples) * 0.99)] / 1000,
        "mean_us": statistics.fmean(samples) / 1000,
    }


def _row(name: str, figures: dict[str, float]) -> str:
    return (
        f"| {name} | {figures['per_second']:,.0f} | {figures['p50_us']:.0f} "
        f"| {figures['p99_us']:.0f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args()

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from warmdesk.signals.analyze import analyze

    messages = load_messages()
    for message in messages:
        message["sent"] = datetime.fromisoformat(message["sent_at"])
    vader = SentimentIntensityAnalyzer()
    baseline = measure(lambda m: vader.polarity_scores(m["text"]), messages, args.passes)
    ours = measure(lambda m: analyze(m["text"], m["sent"], m["tz"]), messages, args.passes)
    ratio = ours["per_second"] / baseline["per_second"]
    verdict = ours["per_second"] >= TARGET_PER_SECOND and ratio >= TARGET_RATIO
    revision = git_revision(ROOT)
    lines = [
        f"# Signals speed — {now_iso()}",
        "",
        f"Commit `{revision['sha']}`. Overall: **{'PASS' if verdict else 'FAIL'}** "
        f"(≥ {TARGET_PER_SECOND:,.0f} messages/s and ≥ {TARGET_RATIO}x VADER alone).",
        "",
        f"{len(messages)} messages of 30-80 words built from the labelled set, "
        f"{args.passes} passes, one core, in-process.",
        "",
        "| what | messages/s | p50 µs | p99 µs |",
        "|---|---:|---:|---:|",
        _row("VADER alone (baseline)", baseline),
        _row("warmdesk `analyze()` (all signals)", ours),
        "",
        f"Ratio: {ratio:.2f}x VADER alone.",
        "",
        f"Machine: {json.dumps(machine_info())}",
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromisoformat(now_iso()).strftime("%Y-%m-%d")
    path = args.out / f"signals-speed-{stamp}-{revision['sha']}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(f"wrote {path}")
    return 0 if verdict else 1


if __name__ == "__main__":
    raise SystemExit(main())
