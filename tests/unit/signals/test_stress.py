import pytest

from warmdesk.signals.abuse import analyze_abuse
from warmdesk.signals.fluency import analyze_fluency
from warmdesk.signals.language import detect_language
from warmdesk.signals.stress import analyze_stress
from warmdesk.signals.tried import find_tried_steps
from warmdesk.signals.types import Level, StressSignal


def _assert_quotes_match(text: str, signal: StressSignal) -> None:
    for evidence in signal.evidence:
        assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("not urgent, no rush", Level.LOW),
        ("Whenever you have time, could you look at my printer? Thanks!", Level.LOW),
        ("Could you reset my MFA when you get a chance? Thanks in advance", Level.LOW),
        ("Hi, I need access to the HR shared drive please.", Level.LOW),
        ("This is not urgent at all, the second monitor flickers sometimes", Level.LOW),
        ("It's not a big deal, the font looks weird in Outlook", Level.LOW),
        ("My laptop won't connect to the VPN. Can you help?", Level.LOW),
        ("Still waiting for a reply on my VPN ticket.", Level.MEDIUM),
        ("URGENT: payroll is down and I need it fixed ASAP!!", Level.MEDIUM),
        ("Outlook is broken again?!", Level.MEDIUM),
        ("I'm fed up with this laptop, it crashed again and I lost my work", Level.MEDIUM),
        ("this damn printer is useless!!", Level.HIGH),
        ("This is the THIRD time I'm writing about this. Nobody has answered. Ridiculous.",
         Level.HIGH),
        ("WHY IS NOTHING WORKING?! I NEED THIS NOW", Level.HIGH),
        ("Unacceptable. Still no answer after three days and my deadline is tomorrow!!",
         Level.HIGH),
    ],
)  # fmt: skip
def test_stress_level(text: str, level: Level) -> None:
    signal = analyze_stress(text)
    assert signal.level is level
    assert 0.0 <= signal.score <= 1.0
    _assert_quotes_match(text, signal)


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("I am so fed up with this", "fed up", "anger_word"),
        ("Please fix this immediately", "immediately", "urgency"),
        ("I need it asap", "asap", "urgency"),
        ("The VPN fails AGAIN", "AGAIN", "repeat"),
        ("WHY does it never save", "WHY", "all_caps"),
        ("Is anyone there??", "??", "repeated_punct"),
        ("Seriously?!", "?!", "repeated_punct"),
        ("third time I report this", "third time", "repeat"),
        ("nobody has answered my ticket", "nobody has answered", "waiting"),
        ("I am still waiting", "still waiting", "waiting"),
        ("the meeting starts in 5 minutes", "in 5 minutes", "time_pressure"),
        ("the deadline is today", "deadline", "time_pressure"),
        ("this damn printer jammed", "damn", "profanity"),
        ("this f***ing laptop", "f***ing", "profanity"),
        ("not urgent, thanks", "not urgent", "calm"),
        ("it isn't urgent", "urgent", "negated_urgency"),
    ],
)
def test_each_cue_is_found_with_its_span(text: str, quote: str, cue: str) -> None:
    signal = analyze_stress(text)
    matching = [item for item in signal.evidence if item.cue == cue]
    assert [item.quote for item in matching] == [quote]
    _assert_quotes_match(text, signal)


@pytest.mark.parametrize(
    "text",
    [
        "The VPN and SSO both fail when I open the PDF from SAP",
        "MFA prompt never arrives on my phone, HDMI output is fine",
        "I turned it off and on again",
    ],
)
def test_acronyms_and_steps_are_not_shouting_or_repetition(text: str) -> None:
    cues = {item.cue for item in analyze_stress(text).evidence}
    assert "all_caps" not in cues
    assert "repeat" not in cues


def test_negation_and_politeness_lower_the_score() -> None:
    urgent = analyze_stress("This is urgent, the scanner is down")
    calm = analyze_stress("This is not urgent, no rush, the scanner is down")
    assert calm.score < urgent.score
    assert calm.level is Level.LOW


def test_more_cues_mean_more_stress() -> None:
    plain = analyze_stress("The printer on floor 2 is jammed.")
    angry = analyze_stress(
        "The printer on floor 2 is jammed AGAIN!! Third time this week, useless."
    )
    assert angry.score > plain.score + 0.3


def test_sentiment_is_vader_compound() -> None:
    assert analyze_stress("Thank you, this is great, it works perfectly").sentiment > 0.5
    assert analyze_stress("This is terrible and awful").sentiment < -0.5


BAD_INPUTS = [
    "",
    "   \n\t ",
    "🔥😡🔥😡",
    "\x00\x01\x02\xff\ufffd" * 5_000,
    "<html><body><p>URGENT!!</p><script>x()</script>" + "<div>a</div>" * 20_000,
    "Mixed скрипты 混合 scripts مختلطة!!!",
    "word " * 200_000,  # 1 MB
    "!" * 1_000_000,
    "A" * 1_000_000,
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_input_gives_a_result(text: str) -> None:
    stress = analyze_stress(text)
    abuse = analyze_abuse(text)
    steps = find_tried_steps(text)
    fluency = analyze_fluency(text)
    language = detect_language(text)
    assert 0.0 <= stress.score <= 1.0
    assert isinstance(abuse.abusive, bool)
    assert all(step.evidence.quote for step in steps)
    assert fluency.level in set(Level)
    assert 0.0 <= language.confidence <= 1.0
