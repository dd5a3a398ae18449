"""How requesters sound: greetings, closings and follow-ups in four tones."""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    CALM = "calm"
    HURRIED = "hurried"
    ANGRY = "angry"
    GRATEFUL = "grateful"


# An empty string means "no greeting line": hurried people often skip it.
GREETINGS: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: ("Hello,", "Hi team,", "Hi there,", "Hi IT,", "Good day,"),
    Tone.HURRIED: ("", "", "Hi,", "Quick one:"),
    Tone.ANGRY: ("", "Hi,", "Hello,"),
    Tone.GRATEFUL: (
        "Hi lovely IT people,",
        "Hello team, I hope you're well.",
        "Hi all, sorry to bother you.",
        "Hi, I hope your week is going well.",
    ),
}

# Added after the problem by angry writers: the signals a stress detector looks for.
ANGRY_ADDITIONS: tuple[str, ...] = (
    "This is the third time this month.",
    "I reported this before, was told it was fixed, and now it's broken again.",
    "I have now lost most of the morning to this!!",
    "Honestly, this keeps happening.",
    "I need this SORTED today.",
    "Still not working, and nobody has called me.",
)

HURRIED_ADDITIONS: tuple[str, ...] = (
    "Sorry to rush you.",
    "I'm about to go into a meeting.",
    "I'm on my phone, so excuse the short message.",
)

CLOSERS: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: (
        "Thanks in advance.",
        "Thanks for your help.",
        "Let me know if you need anything else from me.",
        "Thanks.",
    ),
    Tone.HURRIED: (
        "Can someone call me asap?",
        "Please help quickly!",
        "Need this fixed as soon as possible please.",
        "Call my mobile if that's easier.",
    ),
    Tone.ANGRY: (
        "Please fix it properly this time.",
        "I expect a call back today.",
        "Can someone actually look at this, please.",
        "I don't want to have to chase this again.",
    ),
    Tone.GRATEFUL: (
        "Thank you so much, you're always a great help!",
        "Really appreciate it. No rush if you're busy.",
        "Thanks a million in advance!",
        "Many thanks, you lot are stars.",
    ),
}

SIGNOFFS: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: (
        "Best,\n{name}",
        "Best regards,\n{full_name}",
        "{name}",
        "Kind regards,\n{full_name}\n{job_title}, {dept}",
    ),
    Tone.HURRIED: ("{name}", "- {name}", "Sent from my phone"),
    Tone.ANGRY: ("{name}", "{full_name}", "Regards,\n{full_name}"),
    Tone.GRATEFUL: ("Cheers,\n{name}", "Thank you!\n{name}", "Best wishes,\n{name}"),
}

# What the requester says about business impact. {process} and {deadline} are words
# such as "the payroll run" and "14:00 today".
IMPACT_LINES: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: (
        "I need this working for {process} by {deadline}.",
        "It's holding up {process}, which is due {deadline}.",
    ),
    Tone.HURRIED: (
        "{process} is due {deadline}, so this is urgent!",
        "I need this before {deadline} for {process}.",
    ),
    Tone.ANGRY: (
        "We have {process} due {deadline} and I can't do anything. This is not acceptable.",
        "{process} is due {deadline}. I can't afford another delay.",
    ),
    Tone.GRATEFUL: (
        "If possible it would be great to have it sorted before {deadline}, as it's needed "
        "for {process}.",
        "No pressure, but {process} is due {deadline}, so sooner would be wonderful.",
    ),
}

SCOPE_LINES: tuple[str, ...] = (
    "It's not just me: {affected} have the same problem.",
    "{affected} are affected, as far as I can tell.",
)

WORKAROUND_LINES: dict[str, tuple[str, ...]] = {
    "yes": (
        "I can get by on a colleague's machine for now.",
        "I can limp along with the web version in the meantime.",
    ),
    "no": ("There's no way round it that I know of.", "I can't do anything else until it works."),
    "unknown": ("I'm not sure if there's another way to do it.",),
}

NUDGES: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: (
        "Hi, just checking whether there's any news on this?",
        "Hello, any update on this one? Thanks.",
    ),
    Tone.HURRIED: (
        "Any update? I really need this soon.",
        "Chasing this. Is someone on it?",
        "Any news?? Running out of time here.",
    ),
    Tone.ANGRY: (
        "Still nothing?? This is really holding me up.",
        "Is anyone actually looking at this? I've heard nothing.",
        "Hello?? It has been hours.",
    ),
    Tone.GRATEFUL: (
        "Hi, sorry to chase. Just wondering if there's any news? Thanks!",
        "Hello again, no rush, but is there any update?",
    ),
}

# Wraps a category answer ({answer}) in the writer's voice.
ANSWER_WRAPS: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: ("{answer}", "Hi {agent}, {answer}", "Thanks {agent}. {answer}"),
    Tone.HURRIED: ("{answer}", "{answer} Can we go ahead now?"),
    Tone.ANGRY: ("{answer} Can we get on with it now, please?", "{answer}"),
    Tone.GRATEFUL: (
        "Hi {agent}, of course! {answer} Thanks for looking into it.",
        "Thanks so much, {agent}. {answer}",
    ),
}

CONFIRMATIONS: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: ("Yes, that's working now. Thanks, {agent}.", "Confirmed, all good on my side."),
    Tone.HURRIED: ("Works now, thanks!", "Yes, fixed. Thanks."),
    Tone.ANGRY: (
        "It's working now. Thanks for sorting it, {agent}.",
        "OK, it works. Let's hope it stays that way.",
    ),
    Tone.GRATEFUL: (
        "It works!! Thank you so much {agent}, you've saved my day.",
        "All working. Thank you for being so quick and so patient with me!",
    ),
}

RELAPSE_TAILS: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: ("Could you take another look?", "Sorry to come back on this one."),
    Tone.HURRIED: ("Need this fixed today please!", "Can someone look again asap?"),
    Tone.ANGRY: ("This is getting ridiculous.", "I thought this was fixed!!"),
    Tone.GRATEFUL: ("Sorry to be a pain! Thanks for looking again.",),
}

DUPLICATE_INTROS: tuple[str, ...] = (
    "Sending this again in case the first one didn't get through.",
    "Not sure my earlier message arrived, so resending:",
    "Re-sending from the portal, I emailed about this earlier too.",
)

LATE_RETURNS: tuple[str, ...] = (
    "Hi, the same problem is back. {relapse}",
    "Hello again. I'm afraid this has started happening again. {relapse}",
    "Sorry to bring this up again, but {relapse_lc}",
)

PHONE_INTROS: tuple[str, ...] = (
    "(Logged from a phone call.)",
    "(Called the service desk.)",
)
