"""A one-line progress bar on standard error: acts done, acts per second and the estimated time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h{rest // 60:02d}m" if hours else f"{rest // 60}m{rest % 60:02d}s"


class Progress:
    """Redrawn at most five times a second, and only on a terminal unless ``enabled`` says otherwise."""

    def __init__(self, total: int, label: str = "acts", stream: TextIO | None = None, enabled: bool | None = None):
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = self._drawn = time.monotonic()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else float("inf")
        width = 30
        filled = width * self.done // self.total if self.total else width
        eta = _duration(left) if left != float("inf") else "?"
        return (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {self.label}  "
                f"{rate:.1f} {self.label}/s  {eta} left")

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.2 or self.done == self.total):
            self._drawn = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.total:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()
