from datetime import timedelta

import pytest

from warmdesk.signals.abuse import analyze_abuse
from warmdesk.signals.fluency import analyze_fluency
from warmdesk.signals.language import detect_language
from warmdesk.signals.stress import NON_ENGLISH_SHARE, StressContext, analyze_stress
from warmdesk.signals.tried import find_tried_steps
from warmdesk.signals.types import Evidence, Level, StressSignal


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
        # A plain problem report is some stress, however politely put.
        ("My laptop won't connect to the VPN. Can you help?", Level.MEDIUM),
        ("The printer on floor 2 is jammed.", Level.MEDIUM),
        ("Still waiting for a reply on my VPN ticket.", Level.MEDIUM),
        ("URGENT: payroll is down and I need it fixed ASAP!!", Level.HIGH),
        ("Outlook is broken again?!", Level.HIGH),
        ("I'm fed up with this laptop, it crashed again and I lost my work", Level.HIGH),
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
        ("WHY does it NEVER SAVE", "WHY", "all_caps"),
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
    assert [item.quote for item in matching][:1] == [quote]
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


def test_one_or_two_capitalised_words_are_emphasis_not_shouting() -> None:
    cues = {item.cue for item in analyze_stress("I tried Edge AND Firefox, NOT Chrome").evidence}
    assert "all_caps" not in cues


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


def test_sentiment_is_a_vader_style_compound() -> None:
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


def _deadline(text: str, quote: str, minutes: float) -> StressContext:
    start = text.index(quote)
    return StressContext(
        deadline=Evidence(start, start + len(quote), quote, "deadline"),
        time_left=timedelta(minutes=minutes),
    )


def test_a_near_deadline_adds_more_stress_than_a_far_one() -> None:
    text = "The projector will not show my slides, I present at 3pm."
    near = analyze_stress(text, _deadline(text, "at 3pm", minutes=25))
    far = analyze_stress(text, _deadline(text, "at 3pm", minutes=60 * 30))
    none = analyze_stress(text)
    assert near.score > far.score > none.score
    assert [e.cue for e in near.evidence if e.quote == "at 3pm"] == ["deadline_within_hour"]


def test_abuse_aimed_at_people_is_high_stress() -> None:
    text = "You lot are clowns, fix my account."
    insult = Evidence(0, 17, text[:17], "insult")
    signal = analyze_stress(text, StressContext(abuse=(insult,)))
    assert signal.level is Level.HIGH
    assert "abuse" in {e.cue for e in signal.evidence}


def test_other_languages_skip_the_english_wording_model() -> None:
    text = "Bonjour, mon imprimante ne marche plus depuis ce matin, merci"
    signal = analyze_stress(text, StressContext(english=False))
    assert "wording" not in {e.cue for e in signal.evidence}
    assert signal.score == pytest.approx(NON_ENGLISH_SHARE)


def test_the_wording_model_gives_its_words_as_evidence() -> None:
    signal = analyze_stress("Honestly I am scared and sad about this laptop")
    assert {e.quote for e in signal.evidence if e.cue == "wording"} <= {"scared", "sad"}
    assert any(e.cue == "wording" for e in signal.evidence)


def test_anchored_cue_scans_find_what_full_scans_find() -> None:
    # The anchors only skip places where no cue can start: the result must not change.
    import json
    from pathlib import Path

    from warmdesk.signals.stress_cues import find_stress_cues

    labelled = Path(__file__).parents[2] / "data" / "signals" / "messages.jsonl"
    texts = [json.loads(line)["text"] for line in labelled.read_text("utf-8").splitlines()]
    texts += [
        "in 5mins the client is waiting!!! F***ING printer, NOT URGENT my foot",
        "İstanbul office: still not working?! \u00a0no rush",
        "a.s.a.p please, fed-up with this, can\u2019t log in",
    ]
    for text in texts:
        assert find_stress_cues(text) == find_stress_cues(text, anchored=False), text
