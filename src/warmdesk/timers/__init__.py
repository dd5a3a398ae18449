"""Timers: due-time work stored as rows, so nothing is lost across restarts.

Features schedule a timer inside their own transaction (``service.schedule``) and register
a handler for its kind (``handlers.register_timer_handler``); the worker fires each due
timer exactly once (``service.fire_due_timers``).
"""
