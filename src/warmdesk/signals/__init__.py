"""Conversation signals: what a good agent notices in a message's first ten seconds.

Pure functions from a message's text (plus its timestamp and the writer's timezone) to
typed results. Every finding carries its evidence: the spans of text that triggered it.
No database, no clock of their own, no I/O.
"""
