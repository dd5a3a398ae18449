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
        ("I rebooted the router", ["restart_router"]),
        ("i already did a restart and ran windows update", ["restart_device", "update_app"]),
        ("I have restarted my PC and also checked all cables", ["restart_device", "check_cables"]),
        ("I flushed the DNS cache with ipconfig", ["flush_dns"]),
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
