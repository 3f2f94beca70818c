"""Headless Chromium for the HTML report's tests, driven over the DevTools protocol.

Debian's ``chromium`` package, started with ``--remote-debugging-pipe``: the browser reads
commands on its file descriptor 3 and answers on 4 (JSON, each message ended by a NUL), so
no port is opened and no browser is downloaded. Launched headless, sandbox off (root in
CI), with every background service that would reach the network switched off and a fresh
profile. ``.ci/run`` installs the package.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

DEBIAN_BINARY = ("/usr/lib/chromium/chromium",)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
    # the flags above still leave sign-in and update checks that look up google.com names;
    # no name resolves (tests never reach the network; the report loads nothing anyway)
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def chromium_path() -> str:
    """The browser, or a skip on a developer's machine without it (CI must have it).
    Debian's /usr/bin/chromium is a shell script that sources its settings on low file
    descriptors and adds flags of its own: the binary it starts is used directly."""
    found = next((p for p in DEBIAN_BINARY if os.access(p, os.X_OK)), None)
    found = found or shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


class Browser:
    """One headless Chromium with one page, for the length of a ``with`` block."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        self.width, self.height = width, height
        self.profile = tempfile.TemporaryDirectory(prefix="qc-chromium-")
        self.next_id = 0
        self.buffer = b""
        self.session: str | None = None
        self.events: list[dict[str, Any]] = []

    def __enter__(self) -> Browser:
        commands_r, commands_w = os.pipe()
        replies_r, replies_w = os.pipe()

        def wire() -> None:  # in the child: the protocol's descriptors are 3 and 4
            ends = [os.dup(commands_r), os.dup(replies_w)]  # neither clobbers the other
            for target, end in zip((3, 4), ends, strict=True):
                if end != target:
                    os.dup2(end, target)
                os.set_inheritable(target, True)  # os.pipe()'s own ends are closed at exec

        self.process = subprocess.Popen(
            [chromium_path(), *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,
            close_fds=False,  # else 3 and 4 are closed after wire() ran
        )
        os.close(commands_r)
        os.close(replies_w)
        self.to_browser = os.fdopen(commands_w, "wb", buffering=0)
        self.from_browser = replies_r
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        attached = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)
        self.session = attached["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):  # it may be gone already
            self.call("Browser.close", session=False)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.to_browser.close()
        os.close(self.from_browser)
        self.profile.cleanup()

    def message(self) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, _, self.buffer = self.buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def call(self, method: str, params: dict[str, Any] | None = None, session: bool = True) -> Any:
        self.next_id += 1
        request: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            request["sessionId"] = self.session
        self.to_browser.write(json.dumps(request).encode() + b"\0")
        while True:
            reply = self.message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def open(self, path: Path) -> None:
        """Load a file and wait until it has loaded (its scripts have run)."""
        self.events = []
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self.message())

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def press(self, key: str) -> None:
        """A key as the keyboard gives it (keydown with its character, then keyup)."""
        code = f"Key{key.upper()}" if len(key) == 1 and key.isalpha() else key
        vk = ord(key.upper()) if len(key) == 1 else 9
        down = {"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk}
        if len(key) == 1:
            down["text"] = key
        self.call("Input.dispatchKeyEvent", down)
        self.call("Input.dispatchKeyEvent", {**down, "type": "keyUp", "text": ""})

    def screenshot(self, path: Path, full_page: bool = True) -> bytes:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            size = self.js("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
        data = base64.b64decode(self.call("Page.captureScreenshot", params)["data"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return data
