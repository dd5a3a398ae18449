import pytest

from warmdesk.signals.repeat import is_repeat, problem_words, resemblance


def test_problem_words_drop_filler() -> None:
    assert problem_words("Hi, the VPN is STILL not working again, please help!") == {"vpn"}


@pytest.mark.parametrize(
    ("new", "old", "same_category"),
    [
        ("VPN disconnects every hour", "VPN keeps disconnecting every hour from home", True),
        ("Printer on floor 3 jams again", "Floor 3 printer jams on every page", True),
        (
            "Outlook asks for my password all the time",
            "Outlook password prompt keeps coming back",
            True,
        ),
    ],
)
def test_the_same_problem_told_twice_is_a_repeat(new: str, old: str, same_category: bool) -> None:
    found = resemblance(new, old, same_category)
    assert is_repeat(found), found
    assert found.shared


@pytest.mark.parametrize(
    ("new", "old", "same_category"),
    [
        ("VPN disconnects every hour", "New starter needs a laptop", False),
        ("Printer jams", "Printer toner order for floor 2", True),
        ("", "VPN disconnects", True),
        ("Need access to the finance share", "Need a new monitor for my desk", False),
    ],
)
def test_different_problems_are_not(new: str, old: str, same_category: bool) -> None:
    assert not is_repeat(resemblance(new, old, same_category))
