import pytest

from warmdesk.signals.closure import is_closing_thanks


@pytest.mark.parametrize(
    "text",
    [
        "Thanks!",
        "Thank you so much, works now.",
        "Perfect, all good now. Cheers",
        "That did it, much appreciated 🙏",
        "Great job, problem solved.",
        "ty",
    ],
)
def test_closing_thanks(text: str) -> None:
    assert is_closing_thanks(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Thanks, but it's still not working.",
        "Thank you! One more thing: can you also add me to the sales channel?",
        "Thanks. It broke again this morning.",
        "It worked for an hour, now the same error is back.",
        "Cheers, although the printer fails on page 2.",
        "Why was this closed?",
        "thanks " * 30,
        "Fine.",
    ],
)
def test_replies_that_keep_the_ticket_open(text: str) -> None:
    assert not is_closing_thanks(text)
