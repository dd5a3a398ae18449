"""Phrase banks for software: crashes, installs, licences and updates."""

from __future__ import annotations

from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.demo.content.connectivity import INFRASTRUCTURE_TEAM
from warmdesk.tickets.domain import Category

SOFTWARE = CategoryText(
    category=Category.SOFTWARE,
    escalate_to=INFRASTRUCTURE_TEAM,
    slots={
        "app": (
            "the spreadsheet app",
            "the expenses app",
            "the CRM desktop client",
            "the PDF editor",
            "the design software",
            "the accounts package",
        ),
    },
    cases=(
        Case(
            subjects=("{app} crashes when I open a file", "{app} keeps closing itself"),
            problem="{app} closes itself every time I open the monthly report file.",
            tried=(
                "It happens with other files too, not just one.",
                "I've restarted and run the repair option in the settings.",
            ),
            question="Does it happen with a brand-new blank file, or only with your existing ones?",
            answer="Only with the existing ones. A blank file is fine.",
            action="I've repaired the installation remotely. Please save your work and restart "
            "when you get the prompt.",
            checks="Repair install done; the crash happens on a second machine with the same file.",
            specialist_action="The crash comes from a feature the update removed, which your "
            "report file still uses. I've converted the file and tested it.",
            fix="{app} no longer crashes on your report file. It used a feature the update "
            "removed, and the file is converted now.",
            relapse="{app} is crashing again on the same file.",
            vendor_wait="This is a bug in the latest version of {app}, and {vendor} have "
            "confirmed it. They're releasing a fix; meanwhile I've put you back on the previous "
            "version.",
            vendor="the app's maker",
        ),
        Case(
            subjects=("Please install {app}", "Request: {app} on my laptop"),
            problem="Could I have {app} installed on my laptop? I need it for a project starting "
            "next week.",
            tried=("I looked in the software catalogue, but it isn't listed.",),
            question="Has your manager approved the licence cost? It's a paid product, so I need "
            "their OK first.",
            answer="Yes, my manager approved it. She's copied in.",
            action="I've added {app} to your laptop from the software catalogue. It'll install "
            "within the hour, and you'll get a notification when it's ready.",
            checks="Not in the catalogue for this laptop model; manual install blocked by policy.",
            specialist_action="{app} needed packaging for our laptops first. I've built and tested "
            "the package, and it's in the catalogue for everyone now.",
            fix="{app} is installed and working on your laptop.",
            relapse="{app} won't start since this morning's restart.",
            vendor_wait="We're out of licences for {app}, so I've ordered more from {vendor}. "
            "They usually take two to three working days.",
            vendor="our licence reseller",
        ),
        Case(
            subjects=("Licence expired for {app}",),
            problem="{app} says my licence has expired and only opens in read-only mode.",
            tried=("I signed out of {app} and back in.",),
            question="Which version does it show under Help, then About?",
            answer="Version 16.0.2.",
            action="I've given you a licence from our pool, so it should leave read-only mode the "
            "next time you open it.",
            checks="Licence assigned from the pool; the app still reports it as expired.",
            specialist_action="Your licence was still tied to your old laptop. I've released it "
            "and activated it on your current one.",
            fix="Your {app} licence is active again, so it opens normally now.",
            relapse="The licence message has come back.",
            vendor_wait="We're out of licences for {app}, so I've ordered more from {vendor}. "
            "They usually take two to three working days.",
            vendor="our licence reseller",
        ),
        Case(
            subjects=("{app} very slow since the update",),
            problem="Since yesterday's update {app} takes minutes to open and freezes when I "
            "switch windows.",
            tried=("A colleague with the same laptop doesn't have the problem.",),
            question="Could you send me a screenshot of the add-ins list under Options? An old "
            "add-in is often the cause.",
            answer="Screenshot attached, there are four of them.",
            action="The update left a broken add-in behind. I've disabled it on your laptop; "
            "please restart {app}.",
            checks="Broken add-in disabled; the team needs it, and it fails to reinstall.",
            specialist_action="I've packaged a fixed version of the add-in and rolled it out to "
            "the affected laptops.",
            fix="{app} is back to normal speed. A broken add-in from the update was slowing it "
            "down, and it's fixed.",
            relapse="It's slow again since this morning's restart.",
            vendor_wait="The add-in's maker is preparing a fixed version; until then it stays "
            "switched off.",
            vendor="the add-in's maker",
        ),
        Case(
            subjects=("Macro stopped working after the update",),
            problem="A macro we've used for years in {app} stopped working after the update and "
            "now shows an error.",
            tried=("It fails the same way on my colleague's laptop.",),
            question="Could you send me the exact error text or a screenshot? The number at the "
            "end is the useful part.",
            answer="Screenshot attached, error 1004.",
            action="I've put the old macro security setting back for your team's template while I "
            "look at the error.",
            checks="Macro security restored for the template; error 1004 still appears.",
            specialist_action="The macro relies on a command the update removed. I've rewritten "
            "that part of the macro and tested it with your file.",
            fix="The macro works again after a small change to it.",
            relapse="The macro is failing again with the same error.",
        ),
        Case(
            subjects=("Can't install the update for {app}",),
            problem="The update for {app} fails every time with an error and keeps asking me to "
            "restart.",
            tried=("I've restarted three times now.",),
            question="Could you send me the error code it shows?",
            answer="It says 0x80070005.",
            action="That code means the installer lacked permission. I've run the update from "
            "our side; it should finish within half an hour.",
            checks="Update run with admin rights from the console; it fails on the same step.",
            specialist_action="An old version of {app} was left half-installed and blocked every "
            "update. I've removed it cleanly and installed the current one.",
            fix="{app} is up to date, and the update prompt has stopped.",
            relapse="The update prompt is back and failing again.",
        ),
    ),
    escalation_reasons=(
        "Needs packaging and deployment rights to roll out a fix.",
        "Looks like a bug in the new version; may need the vendor.",
    ),
    tags=("install", "licence", "update"),
)
