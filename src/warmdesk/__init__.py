"""Warmdesk: an IT help desk that keeps the system fast and the conversation human."""

__version__ = "0.1.0"
