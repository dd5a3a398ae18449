"""Phrase banks for VPN and remote access."""

from __future__ import annotations

from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.demo.content.connectivity import INFRASTRUCTURE_TEAM
from warmdesk.tickets.domain import Category

VPN = CategoryText(
    category=Category.VPN,
    escalate_to=INFRASTRUCTURE_TEAM,
    slots={
        "location": ("home", "a hotel", "the client's office", "the airport", "a co-working space"),
        "vpn_error": (
            '"Connection attempt failed"',
            '"Authentication timed out"',
            "error 809",
            '"Unable to reach gateway"',
        ),
    },
    cases=(
        Case(
            subjects=("VPN won't connect from {location}", "VPN error: {vpn_error}"),
            problem="I can't connect to the VPN from {location}. It tries for a minute and then "
            "says {vpn_error}.",
            tried=(
                "I've restarted the laptop twice and my router once.",
                "It worked fine on Friday from the same place.",
            ),
            question="Could you open the VPN client, click the cog, and send me the version "
            "number at the bottom?",
            answer="It says version 5.1.3.",
            action="Your client is an older version that no longer matches the gateway. I've "
            "pushed the update to your laptop; once it installs (about five minutes), please "
            "restart and try again.",
            checks="Client update pushed twice and failed to install; the old version is still "
            "refused by the gateway.",
            specialist_action="The update couldn't install because of a leftover driver from the "
            "old client. I've removed it remotely and installed the current version.",
            fix="The VPN connects cleanly again. The cause was an out-of-date client that no "
            "longer matched the gateway; you're on the current version now.",
            relapse="It worked for two days and now it's back to {vpn_error}.",
            vendor_wait="The VPN client needs a patch that {vendor} are preparing for this laptop "
            "model. I've asked them for a date and will pass it on.",
            vendor="the VPN vendor",
        ),
        Case(
            subjects=("VPN keeps dropping every few minutes", "VPN disconnects all the time"),
            problem="The VPN connects, but drops every ten minutes or so, and I lose whatever I "
            "was doing on the shared drive.",
            tried=("My phone hotspot gives exactly the same result, so it isn't the Wi-Fi.",),
            question="When it drops, does the icon go grey or show a warning triangle? That tells "
            "me whether it's the client or the connection.",
            answer="Warning triangle, then it reconnects by itself a minute later.",
            action="I've reset your VPN profile so it downloads fresh settings on the next "
            "connection, and I'm watching the gateway logs for your session.",
            checks="Profile reset; the gateway logs show the session arriving and dropping after "
            "about ten minutes.",
            specialist_action="The drops line up with the gateway hitting its session limit in "
            "the afternoon. I've moved your profile to the second gateway while we raise the "
            "limit.",
            fix="The drops are fixed: the gateway was running out of sessions in the afternoons, "
            "and we've doubled the limit.",
            relapse="The VPN is dropping again, same as last week.",
            vendor_wait="The gateway needs a licence upgrade from {vendor} to allow more "
            "sessions. It's ordered, and they've promised it within two working days.",
            vendor="the VPN vendor",
        ),
        Case(
            subjects=("VPN connected but nothing loads",),
            problem="The VPN says it's connected, but none of the internal sites load and the "
            "file shares don't appear.",
            tried=("I uninstalled and reinstalled the client, as the intranet page suggests.",),
            question="Which site or share did you try first? The file server moved last week.",
            answer="The finance share, it's the one I use most.",
            action="Your session reaches the gateway, so the connection itself is fine. I'm "
            "checking which internal addresses your profile is allowed to reach.",
            checks="Session established; internal addresses unreachable from the client.",
            specialist_action="The VPN route list was missing the new file server's addresses, "
            "which is why you connected but couldn't reach anything. It's added now.",
            fix="You can reach the internal sites over the VPN again. The route to the new file "
            "server was missing from the VPN settings, and it's now added for everyone.",
            relapse="Connected again today, but the shares are gone again.",
        ),
        Case(
            subjects=("Can't get on the VPN while travelling",),
            problem="I'm travelling this week and the VPN won't connect from {location}. It just "
            "spins.",
            tried=("Everything else on the internet works.",),
            question="What network are you on: hotel Wi-Fi or a phone hotspot? Some hotel "
            "networks block VPN traffic.",
            answer="Hotel Wi-Fi, the kind where you click accept on a page first.",
            action="Hotel networks often block the port we use, so I've switched your profile to "
            "the fallback mode that gets through most of them. Please disconnect and reconnect.",
            checks="Fallback mode enabled on the profile; the laptop still tries the blocked port.",
            specialist_action="An old policy on your laptop stopped it using the fallback mode. "
            "I've replaced the policy and tested the fallback from outside.",
            fix="The VPN works from {location} now, using the fallback mode that gets through "
            "hotel networks.",
            relapse="It connected yesterday, but from {location} today it fails again.",
        ),
        Case(
            subjects=("Remote access really slow",),
            problem="I'm working from {location} today and remote access is so slow it's "
            "practically unusable. A small spreadsheet takes minutes to open.",
            tried=("I ran a speed test and my own internet is fine.",),
            question="Is it slow all day, or at particular times?",
            answer="Seems random, but it's worse in the afternoon.",
            action="The VPN gateway you land on is very busy this afternoon. I've moved your "
            "profile to the quieter one.",
            checks="Moved to the second gateway; still slow, and others report the same.",
            specialist_action="The busy gateway had a faulty network card running at a tenth of "
            "its speed. I've taken it out of service until it's replaced.",
            fix="Remote access is back to normal speed. One gateway had a faulty network card; "
            "it's out of service until it's replaced.",
            relapse="It's crawling again this afternoon.",
            vendor_wait="The replacement network card comes from {vendor}, who promise it for "
            "tomorrow morning.",
            vendor="our hardware supplier",
        ),
        Case(
            subjects=("VPN certificate error",),
            problem="The VPN has stopped accepting me. It says the certificate on my laptop is "
            "not valid.",
            tried=("I've restarted twice.",),
            question="Could you tell me the laptop's asset number? It's on the sticker underneath.",
            answer="It says LT-20417.",
            action="Your attempts reach the gateway and fail the certificate check, so it isn't "
            "your network. I'm looking at the certificate on your laptop now.",
            checks="Laptop certificate expired; automatic renewal failed twice.",
            specialist_action="Your laptop's certificate didn't renew by itself. I've issued a "
            "new one and checked the gateway accepts it.",
            fix="Your laptop has a fresh certificate that the VPN accepts, and it should renew by "
            "itself from now on.",
            relapse="The certificate error is back today.",
        ),
    ),
    escalation_reasons=(
        "Needs gateway-side logs and configuration (tier 2 access only).",
        "Looks like the gateway or a policy, not the laptop.",
    ),
    tags=("remote", "travel", "gateway"),
)
