"""Child processes that do not outlive the process that started them: the build's workers and the Oxigraph server."""

from __future__ import annotations

import ctypes

PR_SET_PDEATHSIG = 1


def die_with_parent(signal_number: int) -> bool:
    """Ask Linux to send this process ``signal_number`` when its parent dies (kill -9, the OOM killer), so that it
    does not run on as an orphan. False where the request cannot be made (not Linux)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal_number)
    except (OSError, AttributeError):
        return False
    return True
