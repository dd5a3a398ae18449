"""Demo data: a realistic IT desk (three customers, a tiered desk, 60 days of tickets),
generated from a fixed seed and replayed through the real services.

``seed_demo(ctx, now=...)`` seeds it once; ``DEMO_LOGINS`` says how to sign in.
"""

from __future__ import annotations

from warmdesk.demo.logins import DEMO_LOGINS, DemoLogin
from warmdesk.demo.seeder import DemoSeedError, DemoSummary, seed_demo

__all__ = ["DEMO_LOGINS", "DemoLogin", "DemoSeedError", "DemoSummary", "seed_demo"]
