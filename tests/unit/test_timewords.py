from datetime import UTC, datetime

import pytest

from warmdesk.timewords import when

NOW = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # a Monday


@pytest.mark.parametrize(
    ("moment", "tz", "words"),
    [
        (datetime(2026, 11, 23, 14, 30, tzinfo=UTC), "Europe/London", "14:30 today"),
        (datetime(2026, 11, 23, 14, 30, tzinfo=UTC), "America/New_York", "09:30 today"),
        (datetime(2026, 11, 24, 9, 0, tzinfo=UTC), "Europe/London", "tomorrow 09:00"),
        # 23:30 UTC Monday is already Tuesday in Tokyo
        (datetime(2026, 11, 23, 23, 30, tzinfo=UTC), "Asia/Tokyo", "tomorrow 08:30"),
        (datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "Europe/London", "Thursday 09:00"),
        (datetime(2026, 12, 7, 9, 0, tzinfo=UTC), "Europe/London", "Mon 07 Dec 09:00"),
        (datetime(2026, 11, 23, 14, 30, tzinfo=UTC), "Not/AZone", "14:30 today"),
    ],
)
def test_times_in_the_readers_words(moment: datetime, tz: str, words: str) -> None:
    assert when(moment, tz, NOW) == words
