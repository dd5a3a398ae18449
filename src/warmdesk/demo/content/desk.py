"""How the desk sounds: agent replies, handoff notes and other internal notes.

Replies follow the care rubric: the requester's name, the impact first, a concrete next
step with a time anchor ({anchor}, e.g. "14:30 today"), and a way back in on resolution.
A few hurried replies (``RUSHED_REPLIES``) fall short on purpose, as real ones do, so
the care coach has something to find in the demo.
"""

from __future__ import annotations

from warmdesk.demo.content.voices import Tone

AGENT_GREETINGS: tuple[str, ...] = ("Hi {name},", "Hello {name},", "Hi {name}, thanks for this.")
FOLLOW_UP_GREETINGS: tuple[str, ...] = ("Hi {name},", "Hello {name},", "Hi again {name},")
INTRO_GREETINGS: tuple[str, ...] = ("Hi {name},", "Hello {name},")  # a new agent's first word

EMPATHY: dict[Tone, tuple[str, ...]] = {
    Tone.CALM: (
        "Thanks for the clear description, it makes this much quicker to track down.",
        "Thanks for letting us know.",
        "Thanks for the detail, that really helps.",
    ),
    Tone.HURRIED: (
        "I know you're short on time, so here's where things stand.",
        "Understood, I'm on it now.",
        "Got it. Let's get you moving again quickly.",
    ),
    Tone.ANGRY: (
        "I'm sorry this has happened again. I can see why you're frustrated, and I'll stay "
        "with it until it's properly fixed.",
        "I'm sorry you've had to chase this. I've taken it on myself.",
        "That sounds really frustrating, especially after last time. Let's sort it for good.",
    ),
    Tone.GRATEFUL: (
        "Thank you for the kind words, and it's no bother at all.",
        "Happy to help, and thanks for the lovely message.",
        "No need to apologise, this is exactly what we're here for.",
    ),
}

IMPACT_ACKS: tuple[str, ...] = (
    "I can see {process} is due {deadline}, so I've treated this as urgent.",
    "Since this is blocking {process}, it's at the top of my list.",
    "I know {process} depends on this, so I'm keeping a close eye on it.",
)

PROMISES: tuple[str, ...] = (
    "I'll update you by {anchor}, sooner if it's fixed before then.",
    "You'll hear from me by {anchor} either way.",
    "I'll check back with you by {anchor}.",
    "I'll send you an update by {anchor}.",
)

AGENT_SIGNOFFS: tuple[str, ...] = ("{agent}", "Best,\n{agent}", "Thanks,\n{agent}\n{team}")

RUSHED_REPLIES: tuple[str, ...] = (
    "Hi, please restart your laptop and try again.",
    "Looking into it.",
    "Please follow the guide on the intranet and let us know.",
    "We apologize for any inconvenience. This is being investigated as per policy.",
)

QUESTION_LEADS: tuple[str, ...] = (
    "To make sure I fix the right thing, one quick question:",
    "One thing that would help me:",
    "Before I change anything, could you tell me one thing?",
)

QUESTION_TAILS: tuple[str, ...] = (
    "Once I have that I'll carry on, and I'll check back by {anchor} if I haven't heard from you.",
    "As soon as you reply I'll take it from there. No need to repeat anything you've "
    "already told me.",
)

PICKUP_INTROS: tuple[str, ...] = (
    "I'm {agent} from the {team} team. {prev_agent} has passed your ticket to me with "
    "everything you've told us, so there's no need to explain it again.",
    "{prev_agent} asked me to take a closer look. I'm {agent} in {team}, and I've read the "
    "whole history.",
)

# A specialist's first word when the fix is not theirs to make yet (a supplier is needed).
PICKUP_INVESTIGATING: tuple[str, ...] = (
    "I'm going through what {prev_agent} found and checking the settings on our side now.",
    "I'm starting with the logs on our side, so there's nothing you need to do for now.",
)

VENDOR_TAILS: tuple[str, ...] = (
    "I'll pass on their answer as soon as I have it, and check in with you by {anchor} regardless.",
    "I'm chasing them for an update by {anchor} and will let you know straight away.",
)

RESOLUTION_OPENERS: tuple[str, ...] = ("Good news! ", "All sorted. ", "That's fixed now. ", "")

REOPEN_PATHS: tuple[str, ...] = (
    "If anything still isn't right, just reply here and the ticket reopens with me.",
    "If it comes back, reply to this message within the next week and it comes straight "
    "back to me.",
    "If anything else looks odd, just reply. You won't need to explain it all again.",
)

CONFIRM_REQUESTS: tuple[str, ...] = (
    "Could you give it a try and let me know it works for you? I'll look in again by {anchor}.",
    "Would you mind checking on your side? I'll keep this open and look back in by {anchor}.",
)

CLOSING_AFTER_CONFIRM: tuple[str, ...] = (
    "Great, thanks for confirming, {name}. I'll mark this as resolved.",
    "Brilliant, glad it's working, {name}. Resolving this now.",
)

RELAPSE_RESPONSES: tuple[str, ...] = (
    "I'm sorry it's come back, {name}. I'm looking at it again now.",
    "Thanks for telling me straight away, {name}, that's useful and not a bother. I'm "
    "looking into it again now.",
)

HANDOFF_NOTE = (
    "Handing over to {target_team} (tier {tier}).\n"
    "Issue: {subject}\n"
    "Impact: {impact}\n"
    "Already tried: {checks}\n"
    "Why escalating: {reason}\n"
    "{name} knows {target_team} will pick this up; please don't ask them to repeat the "
    "steps above."
)

TIER3_NOTES: tuple[str, ...] = (
    "Bringing in tier 3: the fix needs a change to shared configuration I can't make alone. "
    "All findings are above; {name} has been kept up to date.",
    "Escalating to tier 3. I've ruled out the client side and the usual suspects (see my "
    "notes); this needs a platform-level look.",
)

VENDOR_NOTES: tuple[str, ...] = (
    "Logged with {vendor}, reference {ref}. They quote {eta}.",
    "Case {ref} opened with {vendor}; promised update {eta}.",
)

VENDOR_ETAS: tuple[str, ...] = (
    "end of day",
    "within 24 hours",
    "two working days",
    "tomorrow morning",
)

WORK_NOTES: tuple[str, ...] = (
    "{name} prefers a call to email; the mobile number is in the profile.",
    "Checked with {name}'s manager: fine to go ahead.",
    "Similar to a ticket from the same team last month; the same fix may apply.",
    "Left a voicemail too, in case the email gets buried.",
)

PRIORITY_OVERRIDES: tuple[str, ...] = (
    "presenting to the board this afternoon",
    "only approver for today's supplier payments",
    "travelling to a client site tomorrow morning",
    "covering the whole team's inbox this week",
)
