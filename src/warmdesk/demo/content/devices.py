"""Phrase banks for printers and hardware."""

from __future__ import annotations

from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.demo.content.connectivity import INFRASTRUCTURE_TEAM
from warmdesk.tickets.domain import Category

PRINTER = CategoryText(
    category=Category.PRINTER,
    escalate_to=INFRASTRUCTURE_TEAM,
    slots={
        "printer": (
            "the big printer by reception",
            "the colour printer on the 3rd floor",
            "PRN-402 on the 4th floor",
            "the printer in the post room",
        ),
    },
    cases=(
        Case(
            subjects=("Printer not printing", "Print jobs stuck in the queue"),
            problem="Nothing I send to {printer} comes out. The jobs just sit in the queue saying "
            '"printing".',
            tried=(
                "I've turned it off and on again and cleared the queue on my side.",
                "Colleagues can't print to it either.",
            ),
            question="Is it just you, or can others print to it? If someone nearby could try a "
            "test page, that would help a lot.",
            answer="Others have the same problem. Nobody on our side can print.",
            action="A stuck job was blocking the queue on the print server, and I've cleared it. "
            "Your documents should start coming out now.",
            checks="Queue cleared and printer restarted; a test page from the server fails too.",
            specialist_action="The print server's spooler kept crashing on one driver. I've "
            "replaced the driver for that model and restarted the service.",
            fix="{printer} is printing again. A stuck job had blocked the queue; I cleared it and "
            "replaced the driver that kept jamming it.",
            relapse="{printer} has stopped again, same stuck queue.",
        ),
        Case(
            subjects=("Paper jam we can't clear", "Printer jammed again"),
            problem="{printer} has a paper jam none of us can clear. We've opened every door we "
            "can find.",
            tried=("We've followed the pictures on the printer's screen.",),
            question="Could you send me a photo of the printer's screen? The error code will tell "
            "me which part is stuck.",
            answer="Photo attached. It says error J-0421.",
            action="J-0421 is a jam deep inside, behind a panel we shouldn't force. I've marked "
            "the printer out of use so people print to the next one while it's fixed.",
            checks="Remote reset done; the jam sensor still reports J-0421 with no paper visible.",
            specialist_action="The printer's firmware misreads the jam sensor. I've updated it "
            "remotely so it stops halting for jams that aren't there.",
            fix="{printer} is working again: the jam is cleared and a worn roller replaced, so it "
            "should jam far less.",
            relapse="Jammed again this morning, I'm afraid.",
            vendor_wait="The jam needs a technician from {vendor}, who are booked for tomorrow "
            "morning. Until then, the printer on the next floor works.",
            vendor="the copier maintenance contractor",
        ),
        Case(
            subjects=("Can't add the printer to my laptop",),
            problem="I can't find {printer} in the list when I try to add it to my laptop.",
            tried=("I followed the printer guide on the intranet step by step.",),
            question="Could you check the asset tag on the front of the printer? It starts with "
            "PRN.",
            answer="The tag says PRN-402.",
            action="I've pushed the printer to your laptop again. It should appear in your list "
            "within a few minutes.",
            checks="Printer pushed twice; it doesn't appear on this or a second laptop.",
            specialist_action="The printer was missing from the directory after its network card "
            "was replaced. I've published it again, so everyone can find it.",
            fix="{printer} is on your laptop now and a test page printed fine.",
            relapse="The printer has vanished from my list again.",
        ),
        Case(
            subjects=("Only printing in black and white",),
            problem="{printer} only prints in black and white, even when I choose colour. I need "
            "colour for a client pack.",
            tried=("I tried printing from a different laptop; no luck there either.",),
            question="Which document are you printing, and from which app?",
            answer="It's a 40-page PDF from the contracts system.",
            action="An old setting on your account was forcing colour off. I've removed it.",
            checks="Account setting removed; colour is still refused for the whole team.",
            specialist_action="A cost rule from last year limits colour on the print server for "
            "all of {dept}. Your manager agreed to lift it for your team, and it's done.",
            fix="Colour printing works for you again. An old rule was forcing black and white, "
            "and it's removed.",
            relapse="Back to black and white only.",
            vendor_wait="The colour toner is empty, and {vendor} supply it; they've promised it "
            "for tomorrow.",
            vendor="the printer leasing company",
        ),
        Case(
            subjects=("Scanner not emailing scans",),
            problem="The scan-to-email button on {printer} says it has sent, but nothing arrives "
            "in my inbox.",
            tried=("I've checked my junk folder.",),
            question="What time did you last scan? I'll look for it in the mail logs.",
            answer="About twenty minutes ago.",
            action="Your scan reached our mail system but was held as suspicious. I've released "
            "it and I'm checking why.",
            checks="Scans are held by the mail filter; the sender address is not recognised.",
            specialist_action="The scanner's mail settings pointed at an old relay. I've updated "
            "them and sent a test scan.",
            fix="Scan-to-email works again. I sent a test scan to you to be sure.",
            relapse="Scans aren't arriving again.",
            vendor_wait="The scanner's settings can only be changed by {vendor}'s engineer, who "
            "is booked for Wednesday.",
            vendor="the copier maintenance contractor",
        ),
    ),
    escalation_reasons=(
        "Looks like the print server rather than one device.",
        "Needs print server admin rights.",
    ),
    tags=("print-queue", "scanner", "floor-3"),
)

HARDWARE = CategoryText(
    category=Category.HARDWARE,
    escalate_to=INFRASTRUCTURE_TEAM,
    slots={
        "asset": ("LT-20417", "LT-19862", "LT-21033", "LT-18790"),
    },
    cases=(
        Case(
            subjects=("Laptop won't turn on", "Laptop dead this morning"),
            problem="My laptop won't turn on. It was fine yesterday and now there's nothing "
            "at all.",
            tried=(
                "I've held the power button for 30 seconds, as the guide says.",
                "It's plugged in and the charging light comes on.",
            ),
            question="What does the light on the front do when you press the power button: "
            "nothing, blinking, or steady?",
            answer="It blinks orange three times and then nothing.",
            action="Three orange blinks means a hardware fault, so I've reserved a replacement "
            "for you at the IT bar on the ground floor. Bring the old one and we'll move your "
            "files across while you wait (about 20 minutes).",
            checks="Tested with a known-good charger and dock; three-blink hardware code.",
            specialist_action="The diagnostics show the main board has failed, so a repair isn't "
            "worth it. I've prepared a new laptop with your apps and restored your data.",
            fix="You're set up on your replacement laptop and all your files are there. The old "
            "one has gone for repair.",
            relapse="The new one won't turn on this morning either.",
            vendor_wait="The laptop is under warranty, so {vendor} will repair it. Collection is "
            "booked for tomorrow, and you have a loan laptop in the meantime.",
            vendor="the warranty repair service",
        ),
        Case(
            subjects=("Laptop battery dead within an hour",),
            problem="My laptop battery goes from full to empty in about an hour now, so I can't "
            "work away from my desk.",
            tried=("I've turned the screen brightness right down.",),
            question="Could you tell me the asset number on the sticker underneath? It starts "
            "with LT.",
            answer="The sticker says {asset}.",
            action="The battery report shows it holds less than a third of its original charge. "
            "I've ordered a new battery and will fit it at your desk.",
            checks="Battery report: 31% of design capacity; the charger also reads low.",
            specialist_action="The battery report also showed the charger delivering too little "
            "power. I've swapped both, and the laptop charges at full speed again.",
            fix="Your new battery is fitted and lasts a full day again.",
            relapse="The battery is back to lasting an hour.",
            vendor_wait="The battery comes from {vendor}, who estimate three working days.",
            vendor="the laptop supplier",
        ),
        Case(
            subjects=("Dropped my laptop and cracked the screen",),
            problem="I dropped my laptop on the train and there's a crack across the corner of "
            "the screen. It still works, but the crack is spreading.",
            tried=("I've stopped closing the lid in case it makes it worse.",),
            question="Are you in the office this week? If so I can swap it at the IT bar; if not, "
            "I'll courier a loan laptop to you.",
            answer="I'm in the office on Tuesday and Thursday.",
            action="I've booked the screen repair and set aside a loan laptop with your apps for "
            "Tuesday.",
            checks="Crack confirmed from photos; the screen flickers when the lid moves.",
            specialist_action="The crack damaged the screen cable too, so it's going for a full "
            "display replacement. Your loan laptop has your data on it.",
            fix="The screen has been replaced and the laptop is back with you.",
            relapse="The new screen has a flickering line at the bottom.",
            vendor_wait="{vendor} are replacing the screen under the accident cover. They've "
            "collected it and estimate three working days.",
            vendor="the warranty repair service",
        ),
        Case(
            subjects=("Docking station not detecting monitors",),
            problem="When I plug my laptop into the docking station, neither monitor wakes up.",
            tried=("Another docking station at a hot desk works, so it's this one.",),
            question="Which dock model is it? The name is on the top, something like WD19.",
            answer="It says WD19.",
            action="I've updated the docking station's firmware remotely. Please unplug it, wait "
            "ten seconds, and plug it back in.",
            checks="Firmware update applied; the dock still doesn't drive either monitor.",
            specialist_action="This is a known firmware fault in this dock model. I've rolled out "
            "the fixed version to every dock in {site}.",
            fix="The docking station drives both monitors again after the firmware update.",
            relapse="The monitors stopped waking up again after the weekend.",
        ),
        Case(
            subjects=("Need a replacement headset", "Headset microphone not working"),
            problem="My headset microphone has stopped working. People on calls say I sound like "
            "I'm underwater.",
            tried=("I tried a different USB port, and the laptop's own microphone works.",),
            question="Do you prefer one that covers both ears, or a lighter single-ear one?",
            answer="Both ears please, the office is noisy.",
            action="I've ordered a new headset. It'll be delivered to your desk tomorrow.",
            checks="Same fault with a second headset of the same model on this laptop.",
            specialist_action="The microphone problem comes from a driver the last update "
            "installed for this headset model. I've rolled it back on the affected laptops.",
            fix="The new headset is on your desk and I checked the microphone on a test call.",
            relapse="The new headset's microphone cuts out too.",
        ),
        Case(
            subjects=("Kit for a new starter in {dept}",),
            problem="Someone is joining {dept} on Monday and they'll need a laptop, a screen and "
            "a headset.",
            tried=("I've filled in the starter form already.",),
            question="Will they be in the office on day one, or working from home?",
            answer="In the office, at the desk next to mine.",
            action="I've booked the new starter's kit so it's set up and waiting on their desk on "
            "Monday morning.",
            checks="Kit prepared; the laptop refuses the starter's test sign-in.",
            specialist_action="The starter's account and laptop were in different groups, so the "
            "laptop wouldn't accept their sign-in. I've fixed the group and tested it.",
            fix="The new starter's laptop, screen and headset are set up and tested, ready for "
            "Monday.",
            relapse="The new starter's laptop won't connect to the screen.",
            vendor_wait="Our standard laptop is back-ordered at {vendor}, who promise delivery on "
            "Friday. I've set aside a loan laptop just in case.",
            vendor="the laptop supplier",
        ),
    ),
    escalation_reasons=(
        "Needs a repair-or-replace decision and data recovery.",
        "Looks like a fault across a batch of devices, not just this one.",
    ),
    tags=("warranty", "new-starter", "loan-laptop"),
)
