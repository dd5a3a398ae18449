"""Phrase banks for access requests and password trouble."""

from __future__ import annotations

from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.tickets.domain import Category

IDENTITY_TEAM = "Identity & Access"

ACCESS = CategoryText(
    category=Category.ACCESS,
    escalate_to=IDENTITY_TEAM,
    slots={
        "system": (
            "the finance share",
            "the CRM",
            "the payroll portal",
            "the contracts site",
            "the reporting dashboards",
            "the HR case system",
            "the {dept} team drive",
        ),
        "approver": ("the team lead", "the head of {dept}", "the department director"),
    },
    cases=(
        Case(
            subjects=(
                "Access denied on {system}",
                "Lost access to {system} overnight",
                "Can't open {system} since my team move",
            ),
            problem='I get "access denied" when I open {system}. It worked without any trouble '
            "until yesterday, just after my move into {dept}.",
            tried=(
                "I've signed out and back in, and tried another browser. Same result.",
                "A colleague sitting next to me can open it fine, so I think it's my account.",
            ),
            question="When did it last work for you? A rough time helps me find the change in "
            "the logs.",
            answer="It last worked on Friday afternoon, around four I think.",
            action="Your account was dropped from the access group for {system} when your team "
            "changed, which explains it. I'm adding you back now and checking it reaches every "
            "server.",
            checks="Group membership in the directory is correct and has replicated; still "
            "denied from two machines.",
            specialist_action="I found the cause: {system} keeps its own role list, which isn't "
            "synced with the directory, so adding the group wasn't enough. I'm fixing the "
            "mapping now.",
            fix="You're back in the access group for {system}, and the role mapping now follows "
            "your directory group, so a team move won't break it again. You may need to sign out "
            "and in once.",
            relapse="Sorry, it's gone again. {system} says access denied this morning.",
            vendor_wait="The role change in {system} has to be made by {vendor}, who host it for "
            "us. I've raised it with them and asked for it to be done today.",
            vendor="the hosting provider",
        ),
        Case(
            subjects=("Need access to {system}", "Please add me to {system}"),
            problem="Could you give me access to {system}? {approver} has already approved it "
            "and is copied in.",
            tried=("I already asked through the portal last week but heard nothing back.",),
            question="Do you need read-only access, or will you be editing too? That decides "
            "which group I put you in.",
            answer="Read-only is fine for now, I mostly need to look things up.",
            action="I've sent the request to {approver} in the access system (it's one click for "
            "them), and I'll add you the moment it's approved.",
            checks="Approval is in place; the group was added but the app still refuses.",
            specialist_action="The permission change was stuck between the directory and "
            "{system}. I've forced a resync and I'm watching it go through.",
            fix="Your access to {system} is set up as {approver} approved. It was missing because "
            "the earlier request never reached the right queue.",
            relapse="I can see {system} now, but I can't save anything, and I need to.",
            vendor_wait="{vendor} manage the permissions for {system}. I've sent them the "
            "approved request and marked it urgent.",
            vendor="the app's support team",
        ),
        Case(
            subjects=("New starter needs access to {system}", "Access for a new starter in {dept}"),
            problem="We have someone joining {dept} on Monday and they will need {system} from "
            "day one.",
            tried=(
                "Their manager has approved it and is copied in.",
                "HR says the account itself is already created.",
            ),
            question="What's the new starter's name and start date, so I can match the account "
            "HR created?",
            answer="It's Jordan Ellis, starting Monday at nine.",
            action="I'm setting up the access now so it's ready before their first sign-in on "
            "Monday.",
            checks="Account exists and the access group is assigned, but the group rules don't "
            "apply to it.",
            specialist_action="The new account was created in the wrong part of the directory, "
            "so the group rules didn't apply. I've moved it and the access has followed.",
            fix="The new starter's access is ready: they'll see {system} as soon as they first "
            "sign in on Monday.",
            relapse="The new starter still can't see {system} this morning.",
        ),
        Case(
            subjects=(
                "{system}: no permission to view pages",
                "Signed in to {system} but everything is blocked",
            ),
            problem="{system} lets me sign in, but every page says I don't have permission to "
            "view it.",
            tried=(
                "I restarted twice in case it was something cached.",
                "I've tried the app and the web version.",
            ),
            question="Which page do you open first? Some pages need an extra role on top of the "
            "basic one.",
            answer="The first page after signing in, the dashboard.",
            action="I compared your permissions with a colleague's in {dept}, and you're missing "
            "one role in {system}. I've requested it.",
            checks="Compared with a colleague in the same team: one app role missing; it was "
            "re-added and removed again overnight.",
            specialist_action="A clean-up script misread your team change and removed your role. "
            "I've restored it and taken you off that script's list.",
            fix="Your role in {system} is back, and the clean-up script that removed it won't "
            "touch it again.",
            relapse="It worked for a day, but today {system} blocks every page again.",
            vendor_wait="{system} is run by {vendor}, and only they can restore the role. I've "
            "sent them the details and asked for it today.",
            vendor="the hosting provider",
        ),
    ),
    escalation_reasons=(
        "Needs admin rights on the app itself; tier 1 can only change directory groups.",
        "Looks like a sync fault rather than a missing approval.",
    ),
    tags=("permissions", "new-starter", "team-move"),
)

PASSWORD = CategoryText(
    category=Category.PASSWORD,
    escalate_to=IDENTITY_TEAM,
    slots={
        "system": ("email", "the payroll portal", "the expenses app", "the CRM", "the VPN"),
        "mfa": ("authenticator app", "text-message code", "security key"),
    },
    cases=(
        Case(
            subjects=("Locked out of {system}", "Account locked after too many attempts"),
            problem="I'm locked out of {system} after typing my password wrong a few times.",
            tried=(
                "I waited the 30 minutes it said and tried again. Still locked.",
                "Caps Lock is definitely off, I checked!",
            ),
            question="Do you still have email set up on another device, like a tablet or an "
            "old phone? One with a saved old password can keep locking you out.",
            answer="Oh, maybe. My old tablet still has email on it.",
            action="The lockout comes from an old session on another device that keeps trying "
            "the old password. I've cleared it and unlocked you.",
            checks="Unlocked twice; the account locks again within ten minutes, so something "
            "keeps retrying the old password.",
            specialist_action="The lockouts come from a mail app on an old tablet still signed "
            "in with your previous password. I've blocked that device, so they should stop.",
            fix="You're unlocked and the lockouts have stopped. They came from an old tablet "
            "still trying your previous password, and that device is signed out now.",
            relapse="Locked out again after lunch, and I haven't typed anything wrong!",
        ),
        Case(
            subjects=("Password expired and I can't change it", "New password not accepted"),
            problem="My password expired this morning and the change screen keeps saying the "
            "new one doesn't meet the rules, though I think it does.",
            tried=("I've tried four or five different passwords that follow the rules.",),
            question="What exactly does the message say after you enter the new password?",
            answer='It says "The password does not meet the length, complexity or history '
            'requirements".',
            action="The rules don't allow any of your last ten passwords, which is probably what's "
            "catching you. I've unlocked the account so you can try again with something new.",
            checks="Account unlocked; a compliant new password is still rejected.",
            specialist_action="A policy change last week raised the minimum length without "
            "updating the message on the change screen. I've corrected the message and checked "
            "your new password goes through.",
            fix="Your new password is set and works. The change screen now says what the rules "
            "really are: at least 14 characters, and none of your last ten.",
            relapse="The change screen is rejecting me again today.",
        ),
        Case(
            subjects=("New phone, {mfa} not working", "Can't finish signing in on my new phone"),
            problem="I've got a new phone and my {mfa} doesn't work any more, so I can't finish "
            "signing in.",
            tried=("I tried the self-service reset, but it sends the code to my old phone.",),
            question="Is the {mfa} on a new phone, or the same phone with the app reinstalled? "
            "The steps are a little different.",
            answer="New phone. The old one is in a drawer and won't switch on.",
            action="I've cleared your old {mfa} registration, so the next sign-in will ask you to "
            "set up the new one. It takes about a minute.",
            checks="MFA registration cleared once; the requester still gets an error when "
            "registering the new phone.",
            specialist_action="I've registered your sign-in methods again from scratch and added "
            "a backup, so a lost phone won't lock you out next time.",
            fix="Your {mfa} is set up on the new phone and I watched a test sign-in go through. "
            "I also added a backup method so this is easier next time.",
            relapse="It worked yesterday, but my {mfa} is asking me to register again.",
        ),
        Case(
            subjects=("Can't sign in since changing my password", "Old and new password rejected"),
            problem="I changed my password yesterday and since then {system} won't take either "
            "the old or the new one.",
            tried=("Webmail takes the new password fine; it's only {system}.",),
            question="Where did you change it: on the sign-in page, or on the laptop itself?",
            answer="On the sign-in page in the browser.",
            action="I've pushed your new password through to the office directory by hand. "
            "Please try {system} again in five minutes.",
            checks="New password works in the cloud but not on-site; manual push didn't stick.",
            specialist_action="Your account had a sync fault between the cloud directory and the "
            "office one, so the new password never reached {system}. I've fixed the fault and "
            "tested it.",
            fix="The password change has reached {system}, so one password works everywhere again.",
            relapse="I'm locked out of {system} again this morning, same as before.",
            vendor_wait="Passwords for {system} are managed by {vendor}, so the reset has to "
            "come from them. I've asked for it and passed on your contact details.",
            vendor="the provider who runs it for us",
        ),
        Case(
            subjects=("Password reset please", "Forgot my password after leave"),
            problem="I'm back from leave and can't remember my password at all.",
            tried=("The reset link wants a code from a phone number I no longer have.",),
            question="So I can confirm it's really you, could you call the desk from your work "
            "mobile? Then I'll reset it straight away.",
            answer="Done, I've just called and spoken to your colleague.",
            action="I've confirmed it's you and sent a one-time reset link to your work mobile. "
            "It's valid for 30 minutes.",
            checks="Identity confirmed by call-back; the reset link fails because the account "
            "was disabled while on leave.",
            specialist_action="Your account was switched off automatically after 30 days "
            "without a sign-in. I've switched it back on and updated your recovery phone.",
            fix="Your password is reset and you've signed in fine. Your recovery phone is up to "
            "date, so the reset link on the sign-in page will work on its own next time.",
            relapse="The new password stopped working this morning.",
        ),
    ),
    escalation_reasons=(
        "Needs the sign-in logs tier 1 can't read.",
        "Possibly a directory sync or sign-in policy fault; needs an identity admin.",
    ),
    tags=("lockout", "mfa", "self-service"),
)
