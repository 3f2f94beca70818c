"""Build hook: compile the extraction rules (``quotecheck.extract``) with mypyc when we can.

Extraction is about 9,000 lines of typed rule code that mypyc, mypy's compiler for typed
Python, turns into a C extension running about twice as fast; the ``.py`` files stay the
source of truth and ship beside the compiled modules. Everything else is in pyproject.toml.

The build falls back to plain Python, with a one-line note, whenever compiling is not
wanted or not possible, so ``pip install .`` works on any machine with Python:

- ``QUOTECHECK_PURE=1`` in the environment asks for pure Python;
- an editable install (``pip install -e .``) is never compiled: a compiled module would
  shadow the ``.py`` beside it and hide every later edit from tests and runs;
- no mypyc (the package built without its build requirements), mypyc rejecting the code,
  or no working C compiler.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

COMPILED = sorted(str(p) for p in Path("src/quotecheck/extract").glob("*.py") if p.name != "lexicon.py")
"""The modules of the extract package but lexicon.py: that one is word lists built once at
import, which compiling would not speed up, and mypyc 2.4 takes 6.4 GB of memory to
compile it (390 MB for all the others together)."""

MYPY_FLAGS = ["--no-site-packages", "--ignore-missing-imports", "--follow-imports=silent"]
"""mypyc type-checks what it compiles and follows its imports. The build environment has
none of quotecheck's dependencies (requests, lxml, ...), so their types are left out in
every build alike (the same C whatever is installed), and the modules imported but not
compiled are read for their types without their errors (``mypy src`` checks those)."""

WHEEL_COMMANDS = {"bdist_wheel", "build", "build_ext", "install"}
"""Commands that build what gets installed (``editable_wheel``, ``egg_info``, ``sdist``
and ``dist_info`` do not, so they skip the ~20 s of type checking mypyc starts with)."""


def note(message: str) -> None:
    print(f"quotecheck build: {message}", file=sys.stderr)


def compiled_extensions() -> list[Any]:
    """mypyc's extensions for the extract package, or none (pure Python)."""
    if os.environ.get("QUOTECHECK_PURE", "") not in ("", "0"):
        note("QUOTECHECK_PURE is set: installing pure Python")
        return []
    if not WHEEL_COMMANDS & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        note("mypyc is not installed: installing pure Python")
        return []
    try:
        # -O1 runs as fast as mypyc's default -O3 on bench_extract (7.2 MB/s either way)
        # and compiles in about 20% less time; no C debug information; one C file per
        # module rather than one for all (a third less compile time again).
        return list(
            mypycify(
                [*MYPY_FLAGS, *COMPILED],
                opt_level="1",
                debug_level="0",
                group_name="quotecheck",
                multi_file=True,
            )
        )
    except (Exception, SystemExit) as error:  # mypyc reports type errors by exiting
        note(f"mypyc could not compile the extract package ({str(error)[:160]}): installing pure Python")
        return []


class BuildExtOrPure(build_ext):
    """build_ext that leaves pure Python behind when the C compiler fails, rather than
    failing the install or shipping half the compiled modules (the package's modules
    need the one shared library mypyc builds beside them)."""

    def run(self) -> None:
        if not self.extensions:
            return
        if self.inplace or getattr(self, "editable_mode", False):
            note("not compiling in place (an editable install stays pure Python)")
            self.extensions = []
            return
        try:
            super().run()
        except Exception as error:  # CCompilerError, CompileError, LinkError, OSError, ...
            note(
                f"the C compiler failed ({type(error).__name__}: {str(error)[:160]}): installing pure Python"
            )
            for ext in self.extensions:
                built = Path(self.get_ext_fullpath(ext.name))
                built.unlink(missing_ok=True)
            self.extensions = []


class BuildPyNoStale(build_py):
    """build_py that clears compiled modules an earlier build left in ``build/lib``: pip
    builds in the source tree, and setuptools packs all of ``build/lib`` into the wheel,
    so a pure build after a compiled one would otherwise ship the old compiled code."""

    def run(self) -> None:
        if not self.distribution.ext_modules:
            build_lib = Path(self.build_lib)
            for stale in [*build_lib.glob("quotecheck__mypyc*"), *build_lib.glob("quotecheck/**/*.so")]:
                stale.unlink()
        super().run()


setup(
    ext_modules=compiled_extensions(),
    cmdclass={"build_ext": BuildExtOrPure, "build_py": BuildPyNoStale},
)
