"""Phrase banks for the demo, written for Warmdesk: one module per family of problems."""

from __future__ import annotations

from warmdesk.demo.content.accounts import ACCESS, PASSWORD
from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.demo.content.connectivity import NETWORK, OUTAGE
from warmdesk.demo.content.devices import HARDWARE, PRINTER
from warmdesk.demo.content.mail_security import EMAIL, SECURITY
from warmdesk.demo.content.remote_access import VPN
from warmdesk.demo.content.software import SOFTWARE
from warmdesk.tickets.domain import Category

CATEGORY_TEXTS: dict[Category, CategoryText] = {
    text.category: text
    for text in (
        ACCESS,
        PASSWORD,
        VPN,
        NETWORK,
        PRINTER,
        HARDWARE,
        EMAIL,
        SOFTWARE,
        OUTAGE,
        SECURITY,
    )
}

__all__ = ["CATEGORY_TEXTS", "Case", "CategoryText"]
