import pytest

from warmdesk.signals.fluency import analyze_fluency
from warmdesk.signals.types import Level


@pytest.mark.parametrize(
    ("text", "level", "terms"),
    [
        ("DNS lookups fail on our subnet since the DHCP lease renewed", Level.HIGH,
         ["DNS", "subnet", "DHCP"]),
        ("Outlook won't open, error 0x80070005", Level.HIGH, ["0x80070005"]),
        ("The proxy rejects the certificate for the intranet", Level.HIGH,
         ["proxy", "certificate"]),
        ("I checked the event viewer and the registry key is missing", Level.HIGH,
         ["event viewer", "registry"]),
        ("My IP address is 10.1.4.22 and port 443 is blocked", Level.HIGH,
         ["IP address", "10.1.4.22", "port 443"]),
        ("PowerShell script fails after the kernel update", Level.HIGH,
         ["PowerShell", "kernel"]),
        ("VPN client version 5.1 drops every hour", Level.HIGH, ["client version"]),
        ("the internet thing is broken again", Level.LOW, ["the internet thing"]),
        ("the blue e doesn't do anything when I click it", Level.LOW,
         ["the blue e", "doesn't do anything"]),
        ("the screen went funny after lunch", Level.LOW, ["the screen went funny"]),
        ("The computer box makes a noise and it's broken", Level.LOW,
         ["The computer box", "it's broken"]),
        ("my laptop is slow", Level.MEDIUM, []),
        ("I cleared the cache and cookies", Level.MEDIUM, ["cache", "cookies"]),
        ("Please add me to the marketing mailing list", Level.MEDIUM, []),
    ],
)  # fmt: skip
def test_fluency_level_and_terms(text: str, level: Level, terms: list[str]) -> None:
    signal = analyze_fluency(text)
    assert signal.level is level
    assert [item.quote for item in signal.evidence] == terms
    for item in signal.evidence:
        assert text[item.start : item.end] == item.quote


def test_technical_terms_outweigh_one_vague_phrase() -> None:
    signal = analyze_fluency("the screen went funny after the DNS and DHCP changes")
    assert signal.level is Level.HIGH
    assert {item.cue for item in signal.evidence} == {"technical_term", "vague_term"}
