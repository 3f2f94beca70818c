"""Writing a report or a baseline to the file a user names, whole or not at all.

A regular file is written under a temporary name beside it and renamed over it, so a
failed run never leaves half a report. Anything else is written into, never replaced:
``-o /dev/null`` or ``-o /dev/stdout`` (a CI step discarding or piping the report) would
otherwise replace the device with a regular file (as root, for every later user of it),
and a FIFO would lose its reader. A link is followed: the file it names is updated and
the link stays.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path


def replace_file(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path``; ``OSError`` when it cannot be
    written, with nothing left behind."""
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):  # a device, a FIFO: write into it
        with open(target, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        return
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # created as open() creates a file (0666 less the umask); an existing file keeps its mode
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        if mode is not None:
            os.chmod(tmp, stat.S_IMODE(mode))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
