"""Replies an agent might send, written for Warmdesk, with the promises they hold.

Every reply is sent on Monday 23 November 2026 at 13:05 UTC by an agent in London (UTC+0
then) to a requester in New York (UTC-5). ``due`` is the promise's due time in UTC, or
None when the reply promises nothing with a time. Rules (see ``commitments/parser.py``):
times without "your" are the agent's; "your time" and "your <event>" are the requester's;
a day without a time is 17:00 that day; morning 09:00, noon 12:00, afternoon and end of
day 17:00; a clock time already past today is tomorrow's.
"""

from __future__ import annotations

from datetime import UTC, datetime

SENT_AT = datetime(2026, 11, 23, 13, 5, tzinfo=UTC)
AGENT_TZ = "Europe/London"
REQUESTER_TZ = "America/New_York"


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


# (reply, due in UTC or None)
PROMISES: list[tuple[str, datetime | None]] = [
    # durations from the moment the reply is sent
    ("I'll update you in 10 minutes.", utc(23, 13, 15)),
    ("I'll check again in 30 minutes and let you know.", utc(23, 13, 35)),
    ("I will ring you back in 20 mins.", utc(23, 13, 25)),
    ("You'll hear from me within the hour.", utc(23, 14, 5)),
    ("I'll get back to you in half an hour.", utc(23, 13, 35)),
    ("We'll send you an update in 2 hours.", utc(23, 15, 5)),
    ("Let me restart the server and I'll message you in 15 minutes.", utc(23, 13, 20)),
    ("I'm going to look at the logs now and I'll update you within 45 minutes.", utc(23, 13, 50)),
    ("Give me 20 minutes and I'll come back to you with the result.", utc(23, 13, 25)),
    ("I'll have an answer for you in an hour.", utc(23, 14, 5)),
    ("Expect an update from me in 30 minutes.", utc(23, 13, 35)),
    ("We will update this ticket within 2 hours.", utc(23, 15, 5)),
    # clock times, the agent's own
    ("I'll have it fixed by 3pm.", utc(23, 15)),
    ("I'll update you by 4pm today.", utc(23, 16)),
    ("I will call you at 4.", utc(23, 16)),
    ("I'll send you the new link at 15:30.", utc(23, 15, 30)),
    ("We'll get back to you by 5.", utc(23, 17)),
    ("I'll update you before 6pm.", utc(23, 18)),
    ("I'll let you know by half past three.", utc(23, 15, 30)),
    ("I'll check in with you at 2:45.", utc(23, 14, 45)),
    ("The new account will be ready by 4pm.", utc(23, 16)),
    ("It will be fixed by 16:00.", utc(23, 16)),
    ("I'll confirm by noon.", utc(24, 12)),  # noon has passed: tomorrow's
    ("I'll call you at 9am.", utc(24, 9)),  # 09:00 has passed: tomorrow's
    # parts of the day and days
    ("I'll get back to you tomorrow morning.", utc(24, 9)),
    ("I'll update you first thing tomorrow.", utc(24, 9)),
    ("I'll follow up this afternoon.", utc(23, 17)),
    ("I'll update you by end of day.", utc(23, 17)),
    ("You'll have an update from us by EOD.", utc(23, 17)),
    ("We'll have the replacement laptop with you by Thursday.", utc(26, 17)),
    ("I'll follow up on Wednesday.", utc(25, 17)),
    ("I'll send the licence key tomorrow.", utc(24, 17)),
    ("I'll check again tomorrow at 10.", utc(24, 10)),
    ("I'll update you on Friday morning.", utc(27, 9)),
    ("I will chase the supplier and update you by Friday.", utc(27, 17)),
    ("We'll come back to you by the end of the week.", utc(27, 17)),
    ("I'll call you tonight.", utc(23, 18)),
    ("I'll update you by midday tomorrow.", utc(24, 12)),
    ("I'll get the shared drive back for you by lunchtime tomorrow.", utc(24, 12)),
    ("I'll let you know on the 30th.", utc(30, 17)),
    # the requester's own time
    ("I'll update you by 3pm your time.", utc(23, 20)),
    ("I'll have it working before your 2:30 call.", utc(23, 19, 30)),
    ("I'll call you at 11am your time tomorrow.", utc(24, 16)),
    ("We'll make sure it's fixed before your 4pm meeting.", utc(23, 21)),
    ("I'll get it sorted before your presentation at 3.", utc(23, 20)),
    ("I'll update you by end of your day.", utc(23, 22)),
    # explicit zones
    ("I'll update you by 18:00 UTC.", utc(23, 18)),
    ("I'll call you at 5pm New York time.", utc(23, 22)),
    # several promises in one reply: the first is listed here, the test reads all
    (
        "I'll reset it now and update you in 10 minutes; if that fails I'll call you by 2pm.",
        utc(23, 13, 15),
    ),
    # not promises
    ("I updated it 10 minutes ago.", None),
    ("It takes about an hour to sync.", None),
    ("If it happens again, message me.", None),
    ("The sync runs every 30 minutes.", None),
    ("I fixed the same issue last week by 3pm.", None),
    ("If it's not back by 3pm, let me know.", None),
    ("Shall I call you at 3?", None),
    ("Could you try again in 10 minutes?", None),
    ("Please restart and try again in 5 minutes.", None),
    ("I'll be in a meeting until 3pm.", None),
    ("I'm out of the office until Friday.", None),
    ("I'll get back to you shortly.", None),
    ("I'll look into it as soon as I can.", None),
    ("We'll sort it soon.", None),
    ("Your password expires in 10 days.", None),
    ("The reset email usually arrives within 10 minutes.", None),
    ("You should see the update in the portal within the hour.", None),
    ("Did it start working at 2pm?", None),
    ("The outage started at 9am and ended at 11am.", None),
    ("Your meeting is at 3pm, so I've prioritised it.", None),
    ("I called you at 12 but there was no answer.", None),
    ("I was going to call you at 2 but the line was busy.", None),
    ("Last time we updated you within an hour.", None),
    ("If I don't hear from you by Friday, I'll close the ticket.", None),
    ("Thanks, I'll close this now.", None),
    ("I'll keep an eye on it.", None),
    ("It has been down since 9am.", None),
    ("The licence renews on the 30th.", None),
    ("We're aiming to finish the migration in Q1.", None),
    ("It usually takes 2 days for the laptop to arrive.", None),
    ("I've escalated it to the network team, who work until 6pm.", None),
    ("Our office hours are 9 to 5.", None),
    ("You can reach the service desk 24 hours a day.", None),
    ("I will not be able to call you before 3pm.", None),
    ("Nobody will be in the office on Friday.", None),
    ("I won't update the ticket until the vendor replies.", None),
    ("Reply by 3pm if you want the old laptop kept.", None),
    ("Please send the logs by Friday.", None),
    ("Can you be at your desk at 4?", None),
]
