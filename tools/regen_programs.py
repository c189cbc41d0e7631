#!/usr/bin/env python3
"""Regenerate Tests/Programs/AREA/NAME.expected from CPython 3.11.

For every program (Tests/Programs/AREA/NAME.py; files starting with `_` and subfolders
are helper modules) this runs `python3 /absolute/path/NAME.py` from the repository root,
with PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1 and no other PYTHON* variables, and
writes NAME.expected beside it:

    exit: N
    stderr-last: LAST NON-EMPTY LINE OF STDERR    (nothing after the colon if none)
    THE EXACT BYTES OF STDOUT

The repository's path is written `<repo>`. Expected files are only ever written by this
script, never by hand. The interpreter is the one running this script (`python3` by its
first line) and must be CPython 3.11. An expected file is rewritten only when its
contents change. A program that times out gets no expected file.

Usage: tools/regen_programs.py [--timeout S] [PATH ...]   (default: all of Tests/Programs)
"""

import argparse
import concurrent.futures
import glob
import os
import platform
import sys

import _common
import _programs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("paths", nargs="*", help="programs or folders (default: all)")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11) or platform.python_implementation() != "CPython":
        sys.exit(f"refusing to write expected files: {sys.executable} is "
                 f"{platform.python_implementation()} {platform.python_version()}, not CPython 3.11")

    programs = _programs.program_files(args.paths)
    problems = written = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda p: _programs.run_program(sys.executable, p, args.timeout),
                           programs)
        for path, (rc, out, err) in zip(programs, results):
            name = _programs.display_name(path)
            if rc == "timeout" or rc < 0:
                print(f"{name}: {_common.describe_status(rc)}; no expected file written",
                      file=sys.stderr)
                problems += 1
                continue
            if rc == 0 and err.strip():
                # Usually a SyntaxWarning or a stray warning: rarely what the program means.
                print(f"note: {name} exits 0 but writes to stderr: "
                      f"{_programs.last_stderr_line(err)[:200]!r}", file=sys.stderr)
            data = _programs.render(rc, out, err)
            exp = _programs.expected_path(path)
            old = None
            if os.path.exists(exp):
                with open(exp, "rb") as f:
                    old = f.read()
            if old != data:
                with open(exp, "wb") as f:
                    f.write(data)
                written += 1
                print(f"{'updated' if old is not None else 'created'} {_programs.display_name(exp)}")

    # Expected files whose program was deleted would otherwise linger.
    if not args.paths:
        for exp in glob.glob(os.path.join(_programs.PROGRAMS, "*", "*.expected")):
            if not os.path.exists(exp[:-9] + ".py"):
                os.remove(exp)
                print(f"removed stale {_programs.display_name(exp)}")
    print(f"{len(programs) - problems} programs run, {written} expected files written, "
          f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
