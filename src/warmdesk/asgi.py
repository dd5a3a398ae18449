"""ASGI entry point: ``warmdesk.asgi:app``, with settings from the environment."""

from warmdesk.app import create_app
from warmdesk.settings import load_settings

app = create_app(load_settings(), freeze_startup_heap=True, in_process_worker=True)
