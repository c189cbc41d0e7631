#!/usr/bin/env python3
"""Check Taipan's syntax error reports against Tests/SyntaxErrors/NAME.expected.

Each case NAME.py is run from the repository root as `taipan Tests/SyntaxErrors/NAME.py`
and as `taipan -X parse-only Tests/SyntaxErrors/NAME.py`; both must exit with the
recorded status, print nothing on stdout, and print exactly the recorded stderr (which
is what `python3 Tests/SyntaxErrors/NAME.py` printed; see tools/regen_syntax_errors.py).

With `--compile-errors` it checks Tests/CompileErrors instead: errors of CPython's
compiler stage (symbol tables, code generation), which `-X parse-only` does not see, so
each case is run as `taipan Tests/CompileErrors/NAME.py` only.

Usage: tools/check_syntax_errors.py [--taipan PATH] [--mode run|parse-only|both]
                                    [--compile-errors] [NAME ...]
Prints a unified diff per failing case, then a last line `N passed, N failed`.
"""

import argparse
import concurrent.futures
import difflib
import glob
import os
import sys

import _common

CASES = os.path.join("Tests", "SyntaxErrors")
COMPILE_CASES = os.path.join("Tests", "CompileErrors")


def check(taipan, rel, flags, timeout):
    """Returns None if the case passes, else a description of the difference."""
    if not os.path.exists(rel[:-3] + ".expected"):
        return "no .expected file: run tools/regen_syntax_errors.py"
    with open(rel[:-3] + ".expected", "rb") as f:
        header, _, want_err = f.read().partition(b"\n")
    want_rc = int(header.split(b":")[1])
    rc, out, err = _common.run([taipan, *flags, rel], timeout)
    err = _common.hide_repo_path(err)
    problems = []
    if rc != want_rc:
        problems.append(f"{_common.describe_status(rc)}, expected exit status {want_rc}")
    if out:
        problems.append(f"unexpected stdout: {out[:300]!r}")
    if err != want_err:
        diff = difflib.unified_diff(
            want_err.decode("utf-8", "backslashreplace").splitlines(keepends=True),
            err.decode("utf-8", "backslashreplace").splitlines(keepends=True),
            "expected stderr (python3)", "taipan stderr")
        problems.append("stderr differs:\n" + "".join(
            line if line.endswith("\n") else line + "\n\\ no newline\n" for line in diff))
    return "\n".join(problems) or None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", default=_common.default_taipan())
    ap.add_argument("--mode", choices=["run", "parse-only", "both"], default="both")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--compile-errors", action="store_true",
                    help="check Tests/CompileErrors (compiler-stage errors; run mode only)")
    ap.add_argument("names", nargs="*", help="case names (default: all)")
    args = ap.parse_args()
    _common.check_taipan(args.taipan)
    taipan = os.path.abspath(args.taipan)
    os.chdir(_common.REPO)

    folder = COMPILE_CASES if args.compile_errors else CASES
    if args.names:
        cases = [os.path.join(folder, n.removesuffix(".py") + ".py") for n in args.names]
    else:
        cases = sorted(glob.glob(os.path.join(folder, "*.py")))
    modes = {"run": [[]], "parse-only": [["-X", "parse-only"]],
             "both": [[], ["-X", "parse-only"]]}[args.mode]
    if args.compile_errors:
        modes = [[]]
    jobs = [(rel, flags) for rel in cases for flags in modes]

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda j: check(taipan, j[0], j[1], args.timeout), jobs)
        for (rel, flags), problem in zip(jobs, results):
            if problem:
                failed += 1
                print(f"FAIL {' '.join(['taipan', *flags, rel])}\n{problem}")
    print(f"{len(jobs) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
