"""Phrase banks for email problems and security reports."""

from __future__ import annotations

from warmdesk.demo.content.accounts import IDENTITY_TEAM
from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.tickets.domain import Category

EMAIL = CategoryText(
    category=Category.EMAIL,
    escalate_to=IDENTITY_TEAM,
    slots={
        "mailbox": ("the shared {dept} mailbox", "the invoices mailbox", "the careers inbox"),
        "recipient": ("a client", "our auditors", "a supplier in Germany", "the bank"),
    },
    cases=(
        Case(
            subjects=("Emails to {recipient} bouncing", "Delivery failure emailing {recipient}"),
            problem="Every email I send to {recipient} comes straight back with a delivery "
            "failure.",
            tried=("I checked the address is right. I've emailed them for years.",),
            question="Could you forward me one of the bounce messages as an attachment? The "
            "code inside tells me which side is refusing it.",
            answer="Forwarded. It says 550 rejected by policy.",
            action="I've traced the bounces: {recipient}'s server rejects our mail because of a "
            "record on our side. I'm correcting it now.",
            checks="Bounce reviewed: their server rejects with a 550 policy code; other "
            "colleagues emailing the same domain are affected too.",
            specialist_action="Our domain's sending record was missing the new mail service, so "
            "some servers treated our mail as suspicious. I've corrected it; it takes up to an "
            "hour to spread.",
            fix="Email to {recipient} is delivering again. Their server had rejected ours because "
            "of an out-of-date record on our side, now corrected.",
            relapse="Bounced again just now, same error.",
            vendor_wait="{vendor} also have to update a setting on their side for this. I've "
            "asked them to do it today.",
            vendor="the mail filtering service",
        ),
        Case(
            subjects=("Can't see {mailbox}", "{mailbox} disappeared"),
            problem="{mailbox} has disappeared from my folder list. I need it to answer customers.",
            tried=("I've restarted the mail app and the laptop.",),
            question="Roughly when did it disappear? Was it after a restart or an update?",
            answer="It went after the update on Tuesday.",
            action="I've re-added your permission to {mailbox}. It should reappear in your folder "
            "list within the hour.",
            checks="Permissions applied again; the mailbox is still missing after an hour.",
            specialist_action="The update moved your mail app to a new profile that doesn't pick "
            "up shared mailboxes by itself. I've added {mailbox} to it directly.",
            fix="{mailbox} is back in your folder list and I've checked you can send from it.",
            relapse="{mailbox} vanished again this morning.",
        ),
        Case(
            subjects=("Mailbox full, can't send", "Mailbox full warning"),
            problem="I keep getting warnings that my mailbox is full, and now I can't send "
            "anything.",
            tried=("I deleted a load of old emails, but the warning is still there.",),
            question="Do you keep large attachments in your sent items? Those usually fill it.",
            answer="Yes, I send a lot of big PDFs to clients.",
            action="I've moved you to the larger mailbox size and started the archive, so you can "
            "send again right away.",
            checks="Mailbox size raised; the archive policy shows as applied but hasn't run.",
            specialist_action="Your archive wasn't running because of an old retention setting. "
            "I've fixed the setting and it's working through your older mail now.",
            fix="Your mailbox has plenty of room now, and older mail is archived where you can "
            "still search it.",
            relapse="The mailbox-full warning is back.",
        ),
        Case(
            subjects=("Mail app keeps asking for my password",),
            problem="My mail app asks for my password every few minutes, even though I type it "
            "correctly.",
            tried=("Webmail works fine; it's only the app on my laptop.",),
            question="Do you use the mail app on your phone too, and does it ask for the password "
            "there?",
            answer="The phone is fine, it's only the laptop.",
            action="I've cleared the saved sign-in the app was stuck on. Please close it, reopen "
            "it and sign in once.",
            checks="Saved credentials cleared and the app profile recreated; prompts continue.",
            specialist_action="The app was using an old sign-in method we switched off last "
            "month. I've moved your laptop to the new one.",
            fix="The password prompts have stopped: the mail app was holding on to an old way of "
            "signing in.",
            relapse="The password prompts are back.",
        ),
        Case(
            subjects=("Calendar invites not arriving", "Missing meeting invites"),
            problem="People tell me they've sent me meeting invites, but they never arrive.",
            tried=("I've checked the junk folder too.",),
            question="Who sent an invite that didn't arrive? One name and a rough time is enough "
            "for me to trace it.",
            answer="It was someone in Sales, yesterday around three.",
            action="I've traced yesterday's invite: it reached your mailbox but was moved straight "
            "out of the inbox. I'm checking your mail rules now.",
            checks="Message trace shows delivery to the mailbox, then a move out of the inbox.",
            specialist_action="A server-side mail rule was moving the invites out of your inbox. "
            "I've removed it and released the held messages.",
            fix="Invites are reaching you again. A rule was moving them aside, and it's gone.",
            relapse="Another invite went missing today.",
        ),
        Case(
            subjects=("Important email went to junk",),
            problem="An email from {recipient} with a signed contract went to junk. I only found "
            "it by chance.",
            tried=("I marked it as not junk, but I'm worried about the next one.",),
            question="Roughly when did it arrive? I'll find it in the filter logs.",
            answer="Yesterday morning, about ten.",
            action="I've added {recipient}'s domain to your trusted senders, so their mail lands "
            "in your inbox.",
            checks="Sender added to the trusted list; the filter still scores their mail as "
            "suspicious.",
            specialist_action="The filter scored the email as suspicious because of how their "
            "server signs mail. I've added an exception for their domain for everyone.",
            fix="Mail from {recipient} goes straight to your inbox now, and I've checked nothing "
            "else of theirs is sitting in junk.",
            relapse="Another one from them went to junk this morning.",
            vendor_wait="The filtering is done by {vendor}; they need to adjust it on their side, "
            "and I've asked them to.",
            vendor="the mail filtering service",
        ),
    ),
    escalation_reasons=(
        "Needs a mail-flow or DNS change; tier 1 has no access.",
        "Needs mail admin rights to look at server-side rules and traces.",
    ),
    tags=("mail-flow", "shared-mailbox", "calendar"),
)

SECURITY = CategoryText(
    category=Category.SECURITY,
    escalate_to=IDENTITY_TEAM,
    slots={
        "lure": (
            "a parcel delivery",
            "an unpaid invoice",
            "a shared document from the CEO",
            "a password expiry warning",
            "a voicemail",
        ),
    },
    cases=(
        Case(
            subjects=("Suspicious email about {lure}", "Is this email genuine?"),
            problem="I got an email about {lure} that looks off. The sender's address is strange "
            "and it wants me to log in.",
            tried=("I haven't clicked anything in it.", "I've told my team not to open it either."),
            question="Could you forward me the email as an attachment, without clicking anything "
            "in it?",
            answer="Forwarded as an attachment.",
            action="Thank you for checking before clicking, that's exactly right. I've blocked "
            "the sender and I'm removing the email from everyone's inbox.",
            checks="Sender blocked and the message quarantined for all recipients.",
            specialist_action="I've traced the campaign: it reached 40 people here and two "
            "clicked. Both have new passwords, and the link is blocked for everyone.",
            fix="The phishing email is gone from every inbox and the sender is blocked. Thanks "
            "for reporting it so quickly.",
            relapse="Another email just like that one arrived today.",
        ),
        Case(
            subjects=("I think I clicked a phishing link",),
            problem="I clicked a link in an email about {lure} and typed my password before I "
            "realised it wasn't our real sign-in page.",
            tried=("I changed my password straight away afterwards.",),
            question="Did you approve any sign-in prompt on your phone after that? Either answer "
            "is fine to tell me; it just changes what I check.",
            answer="No, I didn't approve anything.",
            action="Thank you for reporting this so quickly, it really helps. I've reset your "
            "password and signed you out everywhere, so whatever was typed on that page is "
            "already useless.",
            checks="Password reset and sessions revoked; the requester approved no MFA prompt.",
            specialist_action="I've been through your sign-in history and mailbox rules: there "
            "were two sign-in attempts and MFA stopped both. Nothing was accessed, and the "
            "address is blocked.",
            fix="All clear: your password is new, old sessions are gone, and the logs show "
            "nothing was accessed.",
            relapse="I had a sign-in alert this morning, should I worry?",
        ),
        Case(
            subjects=("Strange sign-in alert on my account",),
            problem="I had an alert saying someone signed in to my account from another country. "
            "It wasn't me.",
            tried=("I changed my password straight away.",),
            question="Roughly what time was the alert? I'll look at the sign-in logs from then.",
            answer="Around quarter past ten last night.",
            action="I've signed you out of every session and I'm going through the sign-in log "
            "now.",
            checks="Sessions revoked; the log shows a foreign attempt at the reported time.",
            specialist_action="The foreign attempt was stopped by MFA and nothing was accessed. "
            "I've added the address to the block list and turned on stricter checks for your "
            "account.",
            fix="Your account is safe: the attempt was blocked, nothing was accessed, and the "
            "stricter checks stay on.",
            relapse="Another sign-in alert came in this morning.",
        ),
        Case(
            subjects=("Lost my work phone",),
            problem="I left my work phone in a taxi last night. It has my email and the "
            "authenticator on it.",
            tried=("I've called the taxi company, no luck yet.",),
            question="Is the phone locked with a PIN or a fingerprint?",
            answer="Yes, it has a PIN.",
            action="I've wiped the company data on the lost phone and blocked it from your "
            "account. Your laptop isn't affected, and I'm ordering a replacement.",
            checks="Device wiped remotely and removed from the account.",
            specialist_action="I've checked the account activity since the phone went missing "
            "and there's nothing unusual. The replacement is enrolled and the old phone is "
            "removed for good.",
            fix="Your lost phone is wiped of company data and the new one is set up with the "
            "authenticator.",
            relapse="The new phone won't show my email.",
            vendor_wait="The replacement phone comes from {vendor}, who promise delivery within "
            "two working days.",
            vendor="the phone supplier",
        ),
        Case(
            subjects=("Pop-up saying my laptop is infected",),
            problem="A pop-up on my laptop says it's infected and gives a phone number to call.",
            tried=("I've turned the laptop off, just in case.",),
            question="Did you call the number or type anything into the pop-up?",
            answer="No, I just closed the laptop.",
            action="Please leave the laptop switched off; you did exactly the right thing. I'm "
            "arranging a scan and a loan machine for you.",
            checks="Laptop isolated from the network; the requester did not call the number.",
            specialist_action="The scan found an adware browser extension and nothing deeper. "
            "I've removed it and locked down extension installs.",
            fix="Your laptop came back clean from the scan and is ready for you. The pop-up came "
            "from a browser extension, now removed.",
            relapse="The pop-up came back this morning.",
            vendor_wait="{vendor} are analysing the file for us and usually report back within "
            "a working day. Until then, please keep using the loan laptop.",
            vendor="our security monitoring partner",
        ),
        Case(
            subjects=("Someone phoned asking for my password",),
            problem="Someone rang claiming to be from IT and asked for my password. I didn't "
            "give it, but I wanted to report it.",
            tried=("I wrote down the number they called from.",),
            question="Did they ask for anything else, like a code from your phone?",
            answer="They asked me to read out a code, but I hung up.",
            action="Thank you, you did exactly the right thing: we never ask for passwords or "
            "codes. I'm warning everyone in {dept} now.",
            checks="The caller's number is recorded; no credentials were shared.",
            specialist_action="The caller tried three other people today. I've blocked the "
            "number on our phone system and sent an all-staff warning.",
            fix="The number is blocked and everyone has been warned. Thanks again for "
            "reporting it.",
            relapse="They called again today from a different number.",
        ),
    ),
    escalation_reasons=(
        "Possible compromise: needs a security review of sign-in and mailbox logs.",
        "Needs the security team's tools and a second pair of eyes.",
    ),
    tags=("phishing", "lost-device", "account-review"),
)
