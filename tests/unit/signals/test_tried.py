import pytest

from warmdesk.signals.tried import STEP_NAMES, find_tried_steps


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("I restarted twice", ["restart_device"]),
        ("I've rebooted", ["restart_device"]),
        ("Rebooted. Still no network.", ["restart_device"]),
        ("turned it off and on again, nothing", ["restart_device"]),
        ("Yes I did restart it, three times", ["restart_device"]),
        ("It didn't work so I restarted", ["restart_device"]),
        ("already cleared the cache", ["clear_cache"]),
        ("tried another browser", ["different_browser"]),
        ("I've already tried a different browser and incognito mode", ["different_browser"]),
        ("I tried it on my phone and it works there", ["different_device"]),
        (
            "Restarted the laptop, cleared cookies, tried Firefox. Still nothing.",
            ["restart_device", "clear_cache", "different_browser"],
        ),
        ("I restarted Outlook and logged out and back in", ["restart_app", "sign_out_in"]),
        (
            "We power cycled the printer and checked the cables",
            ["power_cycle_printer", "check_cables"],
        ),
        ("I unplugged the printer and waited a minute", ["power_cycle_printer"]),
        ("I reset my password this morning but I'm still locked out", ["reset_password"]),
        ("Checked my spam folder already", ["check_spam_folder"]),
        ("I reconnected to the wifi, no change", ["reconnect_network"]),
        ("I've reinstalled Teams and updated Windows", ["reinstall_app", "update_app"]),
        ("booted into safe mode, same thing", ["safe_mode"]),
        (
            "Tried restarting, tried reinstalling, nothing helps.",
            ["restart_device", "reinstall_app"],
        ),
        ("I rebooted the router", []),
        ("i already did a restart and ran windows update", ["restart_device", "update_app"]),
        ("I have restarted my PC and also checked all cables", ["restart_device", "check_cables"]),
        ("I flushed the DNS cache with ipconfig", []),
        ("I disconnected and reconnected the VPN twice", ["reconnect_vpn"]),
        (
            "Hi, I logged out and logged back in, cleared the Teams cache and reinstalled it",
            ["sign_out_in", "clear_cache", "reinstall_app"],
        ),
    ],
)
def test_steps_the_writer_did(text: str, steps: list[str]) -> None:
    found = find_tried_steps(text)
    assert [item.step for item in found] == steps
    for item in found:
        assert item.step in STEP_NAMES
        assert text[item.evidence.start : item.evidence.end] == item.evidence.quote


@pytest.mark.parametrize(
    "text",
    [
        "should I restart?",
        "Have you tried restarting it?",
        "Do I need to restart after the update?",
        "you told me to clear the cache",
        "you said to power cycle the printer",
        "I'll try rebooting",
        "I'm going to reinstall Teams tonight",
        "I haven't restarted yet",
        "I haven't tried another browser",
        "How do I reset my password?",
        "I need to reset my password",
        "Can you reset my password please?",
        "my laptop restarted by itself during the call",
        "my colleague restarted the router",
        "Windows updated overnight and now nothing works",
        "Could I try it in safe mode?",
        "Whenever I restart, it loses the printer",
        "The laptop keeps restarting",
    ],
)
def test_asked_told_planned_or_negated_steps_are_left_out(text: str) -> None:
    assert find_tried_steps(text) == ()


def test_each_step_is_reported_once_with_the_first_mention() -> None:
    text = "I restarted, then restarted again, then rebooted once more"
    found = find_tried_steps(text)
    assert [item.step for item in found] == ["restart_device"]
    assert found[0].evidence.start == text.index("restarted")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        # "it" is re-filed by the last thing named before it
        ("The printer says offline. Turned it off and on again.", ["power_cycle_printer"]),
        ("This printer jammed again. Power cycled it twice.", ["power_cycle_printer"]),
        ("Outlook crashed and ate my draft. Restarted it, no luck.", ["restart_app"]),
        ("The VPN dropped again. Reconnected, dropped again.", ["reconnect_vpn"]),
        ("We switched it off at the wall", ["restart_device"]),
        ("Did a hard reset, nothing", ["restart_device"]),
        # cables, ports, chargers
        ("Cables checked.", ["check_cables"]),
        ("I already tried a different USB port", ["check_cables"]),
        ("I already unplug and plug again", ["check_cables"]),
        ("Jiggled the power cable and it woke up", ["check_cables"]),
        ("Checked both HDMI cables", ["check_cables"]),
        ("Ravi checked all the cables under the desks", ["check_cables"]),
        ("Unplugged the printer for 30 seconds and plugged it back in", ["power_cycle_printer"]),
        # networks
        (
            "Turned off the Wi-Fi and on again, forgot the network and rejoined",
            ["reconnect_network"],
        ),
        ("Reconnected to the office Wi-Fi", ["reconnect_network"]),
        # apps, accounts
        ("I opened and closed the app about ten times", ["restart_app"]),
        ("Closed Teams and opened it again", ["restart_app"]),
        (
            "Updated the Teams app, then uninstalled it and put it back",
            ["update_app", "reinstall_app"],
        ),
        (
            "reinstalled the client, updated it to the newest version",
            ["reinstall_app", "update_app"],
        ),
        ("Cleared the Teams cache, signed in again", ["clear_cache", "sign_out_in"]),
        ("I changed my password and signed out everywhere", ["reset_password", "sign_out_in"]),
        ("logged out/in, same thing", ["sign_out_in"]),
        ("My password reset I did two times and still locked", ["reset_password"]),
        ("The self-service reset keeps failing", ["reset_password"]),
        ("We have clear the cache like in your guide", ["clear_cache"]),
        ("Clearing cookies helps for a day or so", ["clear_cache"]),
        ("I restart laptop two times but same issue", ["restart_device"]),
        # other devices and browsers
        ("I used my phone for the call", ["different_device"]),
        ("I logged in from my personal laptop and it works there", ["different_device"]),
        ("I switched to the Chrome browser as suggested and it works", ["different_browser"]),
        ("It's not in my spam folder either", ["check_spam_folder"]),
        # the other languages of the desk
        ("J'ai déjà vidé le cache et redémarré le PC.", ["clear_cache", "restart_device"]),
        ("Scheiß Drucker! Habe ihn aus- und eingeschaltet.", ["power_cycle_printer"]),
        ("Ich habe ihn schon mehrmals neu gestartet.", ["restart_device"]),
        ("Il Wi-Fi non va. Ho già provato a riconnettermi.", ["reconnect_network"]),
        ("Ho provato in modalità provvisoria e funziona.", ["safe_mode"]),
    ],
)
def test_more_ways_of_saying_a_step_was_done(text: str, steps: list[str]) -> None:
    assert [item.step for item in find_tried_steps(text)] == steps


@pytest.mark.parametrize(
    "text",
    [
        "Kindly reset my password, I have forgot it",
        "Rebooted the router at home",
        "reinstalled the printer driver... no wait, I only downloaded it",
        "Instead of restarting, I just closed the lid and opened it again",
        "Ich habe ihn nicht neu gestartet.",
        "Je n'ai pas redémarré le PC.",
        "I reconnected.",
        "Should I clear the Teams cache?",
    ],
)
def test_requests_outside_steps_and_retractions_are_left_out(text: str) -> None:
    assert find_tried_steps(text) == ()
