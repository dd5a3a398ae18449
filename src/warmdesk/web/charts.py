"""Tiny charts drawn on the server as SVG: no script, nothing to load, fine under the CSP."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sparkline:
    width: int
    height: int
    points: str  # for <polyline points="...">
    dots: list[tuple[float, float]]  # each value's position, for markers
    label: str  # what a screen reader says


def sparkline(
    values: Sequence[float],
    *,
    width: int = 160,
    height: int = 36,
    low: float = 0.0,
    high: float = 1.0,
    pad: float = 4.0,
    label: str = "",
) -> Sparkline | None:
    """Points for ``values`` scaled into ``width`` x ``height`` (``low`` at the bottom).
    None when there is nothing to draw."""
    if not values:
        return None
    span = (high - low) or 1.0
    step = (width - 2 * pad) / max(len(values) - 1, 1)
    dots = [
        (
            round(pad + i * step if len(values) > 1 else width / 2, 1),
            round(height - pad - (min(max(v, low), high) - low) / span * (height - 2 * pad), 1),
        )
        for i, v in enumerate(values)
    ]
    points = " ".join(f"{x},{y}" for x, y in dots)
    return Sparkline(width=width, height=height, points=points, dots=dots, label=label)
