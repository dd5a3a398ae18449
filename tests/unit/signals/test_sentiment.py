import json
import math
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from warmdesk.signals.sentiment import score_sentiment

LABELLED = Path(__file__).parents[2] / "data" / "signals" / "messages.jsonl"


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Thank you, this is great, it works perfectly", 1),
        ("This is terrible and awful", -1),
        ("This is not good", -1),
        ("It's not bad at all", 1),
        ("The printer is on floor 2", 0),
        ("", 0),
    ],
)
def test_compound_has_the_expected_sign(text: str, sign: int) -> None:
    compound = score_sentiment(text).compound
    assert (compound > 0.05) - (compound < -0.05) == sign


def test_boosters_capitals_and_exclamations_strengthen() -> None:
    plain = score_sentiment("this is bad").compound
    assert score_sentiment("this is really bad").compound < plain
    assert score_sentiment("this is BAD").compound < plain
    assert score_sentiment("this is bad!!!").compound < plain


def test_but_moves_the_weight_to_the_clause_after_it() -> None:
    assert score_sentiment("The screen is nice but the keyboard is awful").compound < 0
    assert score_sentiment("The screen is awful but the keyboard is nice").compound > 0


def test_follows_vader_on_our_own_messages() -> None:
    # Our one-pass reading should agree with the reference implementation it imitates.
    vader = SentimentIntensityAnalyzer()
    texts = [json.loads(line)["text"] for line in LABELLED.read_text("utf-8").splitlines()]
    ours = [score_sentiment(t).compound for t in texts]
    theirs = [vader.polarity_scores(t)["compound"] for t in texts]
    assert _correlation(ours, theirs) > 0.9


def _correlation(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))


def test_long_and_odd_text_is_bounded() -> None:
    assert -1.0 <= score_sentiment("bad " * 300_000).compound <= 1.0
    assert score_sentiment("\x00\xff🔥" * 10_000).compound == 0.0
