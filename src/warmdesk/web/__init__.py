"""HTTP entry points shared by every feature: app wiring, auth dependencies, errors."""
