import pytest

from warmdesk.signals.abuse import analyze_abuse
from warmdesk.signals.types import Level


@pytest.mark.parametrize(
    ("text", "severity", "quote"),
    [
        ("You idiots broke my email again", Level.MEDIUM, "You idiots"),
        ("your useless team never answers anything", Level.LOW, "your useless team"),
        ("you people are clueless", Level.LOW, "you people are clueless"),
        ("Honestly you are hopeless", Level.LOW, "you are hopeless"),
        ("the IT guys are morons", Level.MEDIUM, "the IT guys are morons"),
        ("you f***ing morons, fix it", Level.HIGH, "you f***ing morons"),
        ("I'll find where you live", Level.HIGH, "I'll find where you live"),
        ("I know where you work.", Level.HIGH, "I know where you work"),
        ("I will kill whoever pushed this update", Level.HIGH, "I will kill whoever"),
        ("fuck you", Level.HIGH, "fuck you"),
        ("shut up and fix it", Level.MEDIUM, "shut up"),
        ("you'll regret this", Level.MEDIUM, "you'll regret this"),
        ("I'll get you fired for this", Level.MEDIUM, "get you fired"),
        ("Are you stupid? I said the VPN, not the printer", Level.LOW, "you stupid"),
    ],
)
def test_insults_and_threats_at_people_are_abuse(text: str, severity: Level, quote: str) -> None:
    signal = analyze_abuse(text)
    assert signal.abusive is True
    assert signal.severity is severity
    assert quote in [item.quote for item in signal.evidence]
    for item in signal.evidence:
        assert text[item.start : item.end] == item.quote


@pytest.mark.parametrize(
    "text",
    [
        "this f***ing printer is jammed again",
        "damn laptop won't boot",
        "you stupid printer!",
        "what a useless piece of software",
        "this useless laptop keeps freezing",
        "your support portal is useless",
        "I feel like such an idiot, I deleted the folder",
        "You must think I'm stupid, but I really did restart it",
        "I don't think you're incompetent, but this is slow",
        "Thank you so much, you're a star",
        "you guys are amazing",
        "I'll kill the process and try again",
        "I'll find you the log file",
        "Can you find me a new charger?",
        "I'm going to escalate this to your manager",
        "Useless. Completely useless system.",
        "This is the worst week ever, shit keeps breaking",
    ],
)
def test_swearing_at_things_and_criticism_are_not_abuse(text: str) -> None:
    signal = analyze_abuse(text)
    assert signal.abusive is False
    assert signal.severity is None
    assert signal.evidence == ()


@pytest.mark.parametrize(
    "text",
    [
        "Which moron in IT decided to push an update during payroll?",
        "Are you all brain dead over there?",
        "I don't know what you clowns do all day",
        "Are you actually this thick or just pretending?",
        "Are you illiterate?",
        "Tell that idiot Dave to stop touching my computer",
        "What a bunch of clueless amateurs.",
        "Useless, lazy, overpaid. That's your whole department.",
        "the idiots in IT did it again",
        "Vous êtes une bande d'incapables.",
        "Ihr seid alle Idioten.",
        "you should all be fired",
        "Fix it by 2pm or I'll come down there and drag you out by your collar",
    ],
)
def test_more_insults_and_threats_at_people(text: str) -> None:
    assert analyze_abuse(text).abusive is True


@pytest.mark.parametrize(
    "text",
    [
        "What a useless piece of junk this laptop is",
        "The idiot-proof guide in the wiki didn't help",
        "I don't think you're idiots, the system is just slow",
        "this bunch of cables is a mess",
    ],
)
def test_more_complaints_that_are_not_abuse(text: str) -> None:
    assert analyze_abuse(text).abusive is False
