"""Background work: timers and retries, claimed from rows with a due time."""
