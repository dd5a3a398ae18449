"""Phrase banks for the office network and service outages."""

from __future__ import annotations

from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.tickets.domain import Category

INFRASTRUCTURE_TEAM = "Infrastructure"

NETWORK = CategoryText(
    category=Category.NETWORK,
    escalate_to=INFRASTRUCTURE_TEAM,
    slots={
        "place": (
            "the third-floor meeting rooms",
            "the training room",
            "the east wing",
            "the open-plan area on the second floor",
        ),
        "device": ("my laptop", "my desk phone", "the docking station"),
    },
    cases=(
        Case(
            subjects=("Wi-Fi keeps dropping in {place}", "Video calls freezing in {place}"),
            problem="The Wi-Fi in {place} keeps dropping out, several times an hour, for a minute "
            "or two each time. Video calls freeze every time it does.",
            tried=(
                "Turning Wi-Fi off and on again helps for about five minutes.",
                "Other people around me have the same problem.",
            ),
            question="Is it the whole floor or just your side? If you could ask a neighbour, "
            "that would really help.",
            answer="My neighbours have it too. It seems to be the whole east side.",
            action="Our monitoring shows one Wi-Fi access point in {place} restarting over and "
            "over. I've taken it out of service so your laptop uses the ones nearby, which "
            "should be steadier straight away.",
            checks="Several users in the same area confirm it; the access point logs show "
            "repeated restarts.",
            specialist_action="A software update on the floor's access points has a known "
            "roaming bug. I've rolled them back to the previous version.",
            fix="The Wi-Fi in {place} is stable again. We rolled back a faulty update on the "
            "access points, and monitoring has been clean since.",
            relapse="It's dropping again in {place}, same pattern as before.",
            vendor_wait="The faulty access point has to be replaced by {vendor}, who will swap it "
            "tomorrow morning. The nearby ones are covering until then.",
            vendor="the Wi-Fi vendor",
        ),
        Case(
            subjects=("No network at my desk", "Network socket dead at my desk"),
            problem="The network socket at my desk seems to have stopped working. {device} says "
            "no cable is connected.",
            tried=(
                "I've tried a different cable. Same thing.",
                "I moved to another desk and it works there, so it must be the socket.",
            ),
            question="Could you tell me the number on the wall socket at your desk? It's on a "
            "small label, something like 3B-14.",
            answer="The label says 4C-22.",
            action="Your socket's port on the switch was turned off, probably during the desk "
            "move. I'm turning it back on now.",
            checks="Port enabled on the switch and showing no link; cable swapped; still dead.",
            specialist_action="The cable between your socket and the switch is damaged in the "
            "floor box. I've moved you to a spare pair in the same socket.",
            fix="Your desk socket is live again. The port had been switched off in the desk "
            "move, and the damaged cable behind it is bypassed.",
            relapse="The socket worked for a day and now it's dead again.",
            vendor_wait="The cabling needs {vendor}'s electrician, who is booked for Thursday. "
            "Until then, the hot desk next to you has a working socket.",
            vendor="the building's cabling contractor",
        ),
        Case(
            subjects=("Internet very slow in {site}", "Everything online crawling in {site}"),
            problem="Everything on the internet is crawling in the {site} office today. Internal "
            "sites are fine.",
            tried=("Other people around me have the same problem.",),
            question="Could you run the speed test on the intranet homepage and send me the "
            "numbers?",
            answer="Download 3 Mbps, upload 0.8. Normally it's over 100.",
            action="The office internet line is running at full capacity. I'm finding out what's "
            "using it.",
            checks="Speed tests from two machines are well below normal, on the internet side "
            "only.",
            specialist_action="The office's main internet line has a fault and traffic moved to "
            "the slower backup line. I'm working with the provider to bring the main line back.",
            fix="The office internet is back to full speed. The main line had a fault on the "
            "provider's side, and it's repaired.",
            relapse="The internet has gone slow again this afternoon.",
            vendor_wait="The problem is on {vendor}'s side of the line, so they're sending an "
            "engineer. Their current estimate is tomorrow morning, and I'll confirm once they do.",
            vendor="our broadband supplier",
        ),
        Case(
            subjects=("Guest Wi-Fi for visitors not working",),
            problem="We have clients visiting tomorrow and the guest Wi-Fi password we were given "
            "doesn't work.",
            tried=("I tried it on my own phone and it's refused there too.",),
            question="How many visitors, and from what time to what time? I'll make the access "
            "last exactly that long.",
            answer="Six people, from nine until about five.",
            action="I've created guest Wi-Fi access for your visitors, valid tomorrow from 08:00 "
            "to 18:00. The details will come by text to your mobile.",
            checks="New guest passwords are refused too, on several devices.",
            specialist_action="The guest portal's certificate had expired, which made every "
            "password fail. I've renewed it and tested a sign-in.",
            fix="Guest Wi-Fi is ready for your visitors, and I've tested the details myself.",
            relapse="The visitors say the guest Wi-Fi is refusing them again.",
        ),
        Case(
            subjects=("Meeting-room screen can't connect",),
            problem="The screen in {place} says it has no network, so we can't share anything in "
            "meetings.",
            tried=("We've turned it off at the wall and back on.",),
            question="Does the screen show an error code in the corner? It's usually small and "
            "grey.",
            answer="It says NET-04.",
            action="The screen lost its network registration after the weekend's maintenance. "
            "I've registered it again; it should connect within ten minutes.",
            checks="Screen registered again; it still gets no address on the network.",
            specialist_action="The room's network port was moved to the wrong network during "
            "maintenance. I've put it back.",
            fix="The screen in {place} is back on the network, and I've tested sharing from a "
            "laptop.",
            relapse="The screen in {place} has lost the network again.",
        ),
    ),
    escalation_reasons=(
        "Needs switch and access point configuration access.",
        "Affects a whole area; looks like infrastructure rather than one device.",
    ),
    tags=("wifi", "office", "cabling"),
)

OUTAGE = CategoryText(
    category=Category.OUTAGE,
    escalate_to=INFRASTRUCTURE_TEAM,
    slots={
        "service": (
            "the CRM",
            "the intranet",
            "the time-tracking system",
            "the phone system",
            "the finance system",
        ),
    },
    cases=(
        Case(
            subjects=("{service} is down", "Urgent: {service} unavailable"),
            problem="{service} isn't loading for anyone in {dept}. We just get a blank page or an "
            "error.",
            tried=("We've tried different browsers and laptops.", "Refreshing doesn't help."),
            question="Roughly how many people are affected, and in which office? It helps me "
            "judge how wide this is.",
            answer="About fifteen of us, all in {site}.",
            action="I can confirm {service} is down, and I've raised it as a major incident. You "
            "don't need to do anything; I'll post updates on this ticket.",
            checks="Reproduced from several locations; the service health page shows errors.",
            specialist_action="The database behind {service} ran out of disk space overnight. "
            "I'm clearing space and restarting the service.",
            fix="{service} is back up for everyone. The database had run out of space; we've "
            "cleared it and added an alert that warns us well before it happens again.",
            relapse="{service} has gone down again.",
            vendor_wait="{service} is hosted by {vendor}, who have confirmed an outage on their "
            "side. Their current estimate for recovery is two hours.",
            vendor="the hosting provider",
        ),
        Case(
            subjects=("Is {service} down?", "Nobody in {dept} can log in to {service}"),
            problem="Is {service} down? None of us can log in since this morning.",
            tried=("It's the same for people at home and in the office.",),
            question="Is it completely down, or just slow? And does it fail on a particular page?",
            answer="Completely down. It fails on the login page.",
            action="I can reproduce it from here. I've alerted the infrastructure on-call engineer "
            "and I'll keep this ticket updated.",
            checks="Login page fails for every account tested, inside and outside the office.",
            specialist_action="Last night's configuration change broke the load balancer rule for "
            "{service}. I'm rolling it back.",
            fix="{service} works again after we rolled back last night's change. We're reviewing "
            "how it got through testing.",
            relapse="It's down again, same as before.",
        ),
        Case(
            subjects=("{service} timing out",),
            problem="{service} is up, but so slow it keeps timing out. Nobody in {dept} can finish "
            "anything.",
            tried=("We've tried different browsers and laptops.",),
            question="Does it time out on everything, or on one screen in particular?",
            answer="Mostly on search and reports.",
            action="{service} is responding very slowly for everyone, and I've raised it with our "
            "infrastructure team as urgent.",
            checks="Response times over 30 seconds for every user; no recent change on our side.",
            specialist_action="A runaway report was holding locks on the database behind "
            "{service}. I've stopped it and the backlog is clearing.",
            fix="{service} is back to normal speed. A runaway report was blocking the database; "
            "we've stopped it and limited how long reports can run.",
            relapse="{service} is timing out again.",
            vendor_wait="{vendor}, who host {service}, found a faulty storage node and are moving "
            "our data off it. They expect to finish within two hours.",
            vendor="the hosting provider",
        ),
    ),
    escalation_reasons=("Service-wide problem; needs the infrastructure on-call engineer.",),
    tags=("major-incident", "service-down"),
)
