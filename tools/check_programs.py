#!/usr/bin/env python3
"""Run the differential corpus Tests/Programs under Taipan and compare with CPython.

Each program Tests/Programs/AREA/NAME.py is run as `taipan /absolute/path/NAME.py` from
the repository root, in the environment tools/regen_programs.py gives python3
(PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, no other PYTHON* variables; with
`--gc-stress N` also TAIPAN_GC_STRESS=N). Its exit status, last non-empty stderr line
and stdout must equal NAME.expected exactly (see tools/_programs.py for the format).

Prints a unified diff (expected file against Taipan's result) for the first `--show`
failures, the passed/total count of each area, the names of all failing programs,
and a last line `N passed, N failed`. The exit status is 1 if any program failed.

Usage: tools/check_programs.py [--taipan PATH] [--gc-stress N] [--jobs 2]
                               [--timeout 30] [--show N] [PATH ...]
"""

import argparse
import concurrent.futures
import difflib
import os
import sys

import _common
import _programs


def text_lines(data):
    return data.decode("utf-8", "backslashreplace").splitlines(keepends=True)


def check(taipan, path, timeout, extra_env):
    """Returns None if the program passes, else a description of the difference."""
    exp = _programs.expected_path(path)
    if not os.path.exists(exp):
        return "no .expected file: run tools/regen_programs.py"
    with open(exp, "rb") as f:
        want = f.read()
    rc, out, err = _programs.run_program(taipan, path, timeout, extra_env)
    got = _programs.render(rc, out, err)
    if got == want:
        return None
    diff = difflib.unified_diff(text_lines(want), text_lines(got),
                                "expected (python3)", "taipan")
    report = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end\n"
                     for line in diff)
    if rc == "timeout" or rc < 0:
        report = f"taipan {_common.describe_status(rc)}\n" + report
    # The last stderr line alone rarely explains a crash or a wrong exception: show
    # the end of stderr when the status or that line differ.
    want_head = want.split(b"\n", 2)[:2]
    if err.strip() and got.split(b"\n", 2)[:2] != want_head:
        tail = err.rstrip(b"\n").split(b"\n")[-8:]
        report += "taipan stderr (last lines):\n" + "".join(
            "    " + line for line in text_lines(b"\n".join(tail) + b"\n"))
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", default=_common.default_taipan())
    ap.add_argument("--gc-stress", metavar="N", help="run with TAIPAN_GC_STRESS=N")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--show", type=int, default=10, metavar="N",
                    help="print the diffs of the first N failures (default 10)")
    ap.add_argument("--ratchet", metavar="FILE",
                    help="only the programs listed in FILE count: a listed program that fails is a "
                         "failure; the others are reported as not yet passing (the list may only grow)")
    ap.add_argument("--update-ratchet", metavar="FILE",
                    help="add every program that passes to FILE (never removes one)")
    ap.add_argument("paths", nargs="*", help="programs or folders (default: all)")
    args = ap.parse_args()
    _common.check_taipan(args.taipan)
    taipan = os.path.abspath(args.taipan)
    extra_env = {"TAIPAN_GC_STRESS": args.gc_stress} if args.gc_stress else {}

    programs = _programs.program_files(args.paths)
    failures = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda p: check(taipan, p, args.timeout, extra_env), programs)
        for path, problem in zip(programs, results):
            if problem is None:
                continue
            failures.append(path)
            if len(failures) <= args.show:
                print(f"FAIL {_programs.display_name(path)}\n{problem}", flush=True)
    areas = {}
    for path in programs:
        area = os.path.basename(os.path.dirname(path))
        passed, total = areas.get(area, (0, 0))
        areas[area] = (passed + (path not in failures), total + 1)
    if len(areas) > 1:
        print("by area: " + ", ".join(f"{a} {p}/{t}" for a, (p, t) in sorted(areas.items())))
    if failures:
        if len(failures) > args.show:
            print(f"... diffs of {len(failures) - args.show} more failures not shown (--show)")
        print("failing programs:")
        for path in failures:
            print(f"    {_programs.display_name(path)}")
    passing = [p for p in programs if p not in failures]
    if args.update_ratchet:
        listed = read_ratchet(args.update_ratchet)
        listed |= {_programs.display_name(p) for p in passing}
        with open(args.update_ratchet, "w") as f:
            f.write("# Programs of Tests/Programs that Taipan runs exactly as python3 does.\n")
            f.write("# Written by tools/check_programs.py --update-ratchet; entries are never removed.\n")
            for name in sorted(listed):
                f.write(name + "\n")
    if args.ratchet:
        listed = read_ratchet(args.ratchet)
        counted = [p for p in programs if _programs.display_name(p) in listed]
        regressions = [p for p in counted if p in failures]
        print(f"ratchet: {len(counted)} listed programs, {len(regressions)} of them failing; "
              f"{len(failures) - len(regressions)} unlisted programs not passing yet")
        for path in regressions:
            print(f"REGRESSION {_programs.display_name(path)}")
        print(f"{len(counted) - len(regressions)} passed, {len(regressions)} failed")
        return 1 if regressions else 0
    print(f"{len(programs) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


def read_ratchet(path):
    """The program names listed in a ratchet file (missing file: none)."""
    try:
        with open(path) as f:
            return {line.strip() for line in f if line.strip() and not line.startswith("#")}
    except FileNotFoundError:
        return set()


if __name__ == "__main__":
    sys.exit(main())
