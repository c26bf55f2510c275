"""What every helper process the build starts needs: to end with the build that started it."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Process initializer: end this process when the build that started it dies, even by
    kill -9, which gives the build no chance to stop it (an orphan would keep extracting, and
    keep the multiprocessing resource tracker alive). On Linux the kernel sends SIGKILL on
    the parent's death; elsewhere a thread watches for a new parent process."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before the request took effect
                os._exit(1)
            return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watcher", daemon=True).start()
