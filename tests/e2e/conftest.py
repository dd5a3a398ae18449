"""A live Warmdesk on loopback and Debian's Chromium driven by Playwright.

Never ``playwright install``: it downloads a browser, which this project must not need.
Without /usr/bin/chromium the browser tests skip with the reason shown, except when
``WARMDESK_REQUIRE_BROWSER=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.factories import Factory
from tests.support.postgres import free_port
from warmdesk.app import build_context, create_app
from warmdesk.context import AppContext
from warmdesk.settings import Settings

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("WARMDESK_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    if executable is None:
        reason = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("WARMDESK_REQUIRE_BROWSER") in {"1", "true", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@dataclass
class LiveDesk:
    url: str
    ctx: AppContext
    factory: Factory


@pytest.fixture
def live_desk(sqlite_template: Path, tmp_path: Path) -> Iterator[LiveDesk]:
    """Warmdesk served by uvicorn on a free loopback port, on a fresh migrated SQLite file."""
    database = tmp_path / "warmdesk.db"
    shutil.copyfile(sqlite_template, database)
    settings = Settings(
        env="test", data_dir=tmp_path / "data", database_url=f"sqlite:///{database}"
    )
    ctx = build_context(settings)
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, ctx=ctx), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the live server did not start")
        time.sleep(0.02)
    yield LiveDesk(url=f"http://127.0.0.1:{port}", ctx=ctx, factory=Factory(ctx))
    server.should_exit = True
    thread.join(timeout=10)
    ctx.sessions.kw["bind"].dispose()


@pytest.fixture
def new_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[object]:
    """Opens pages in separate browser contexts (separate sign-ins); fails on any page error."""
    contexts = []
    errors: list[str] = []

    def open_page(width: int = 1280, height: int = 860) -> Page:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("dialog", lambda dialog: errors.append(f"unexpected dialog: {dialog.message}"))
        page.on(
            "console",
            lambda message: errors.append(message.text) if message.type == "error" else None,
        )
        return page

    yield open_page
    failed = request.node.rep_call.failed if hasattr(request.node, "rep_call") else False
    if failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for index, context in enumerate(contexts):
            for page in context.pages:
                page.screenshot(
                    path=str(ARTIFACTS / f"{request.node.name}-{index}.png"), full_page=True
                )
    for context in contexts:
        context.close()
    assert errors == [], f"the browser reported errors: {errors}"


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, f"rep_{report.when}", report)
