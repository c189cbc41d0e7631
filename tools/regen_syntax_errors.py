#!/usr/bin/env python3
"""Regenerate Tests/SyntaxErrors/NAME.expected from CPython.

For every Tests/SyntaxErrors/NAME.py this runs `python3 Tests/SyntaxErrors/NAME.py`
from the repository root and writes NAME.expected: a first line `exit: N`, then the
exact bytes python3 wrote to stderr. Expected files are only ever written by this
script, never by hand.

python3 reports the script as an absolute path (the current directory, as getcwd()
gives it, joined with the argument), so the repository's location appears in stderr.
It is stored as `<repo>` to keep the files independent of where the checkout lives;
tools/check_syntax_errors.py substitutes it the same way.

Each case must be a *parser* error: `ast.parse` itself has to reject the file.
Errors CPython finds later, in the compiler ('return' outside function, duplicate
argument, ...), belong to a later stage and are refused here: they live in
Tests/CompileErrors, regenerated with `--compile-errors`, where each case must be one
that `ast.parse` accepts and `compile()` rejects.

Usage: tools/regen_syntax_errors.py [--compile-errors] [NAME ...]    (default: all cases)
"""

import argparse
import ast
import glob
import os
import sys
import warnings

import _common

CASES = os.path.join("Tests", "SyntaxErrors")
COMPILE_CASES = os.path.join("Tests", "CompileErrors")


def compile_stage_problem(source):
    """None if ast.parse accepts `source` and compile() rejects it, else why not."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
        except (SyntaxError, ValueError):
            return "ast.parse rejects it; parser errors belong in Tests/SyntaxErrors"
        except RecursionError:
            pass  # parsed, but too deep to become Python objects
        try:
            compile(source, "<case>", "exec")
        except (SyntaxError, RecursionError):
            return None
    return "compile() accepts it"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compile-errors", action="store_true",
                    help="regenerate Tests/CompileErrors (errors of the compiler stage)")
    ap.add_argument("names", nargs="*", help="case names (default: all)")
    args = ap.parse_args()
    os.chdir(_common.REPO)
    cases = COMPILE_CASES if args.compile_errors else CASES

    sources = sorted(glob.glob(os.path.join(cases, "*.py")))
    if args.names:
        sources = [os.path.join(cases, n.removesuffix(".py") + ".py") for n in args.names]
    problems = 0
    for rel in sources:
        with open(rel, "rb") as f:
            source = f.read()
        if args.compile_errors:
            problem = compile_stage_problem(source)
            if problem:
                print(f"{rel}: {problem}; only compiler-stage errors belong here", file=sys.stderr)
                problems += 1
                continue
        else:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    ast.parse(source)
                print(f"{rel}: ast.parse accepts it; only parser errors belong here", file=sys.stderr)
                problems += 1
                continue
            except (SyntaxError, ValueError):
                pass
        rc, out, err = _common.run([sys.executable, rel], timeout=60)
        if rc != 1 or out or not err:
            print(f"{rel}: unexpected python3 result ({_common.describe_status(rc)}, "
                  f"{len(out)} bytes of stdout)", file=sys.stderr)
            problems += 1
            continue
        with open(rel[:-3] + ".expected", "wb") as f:
            f.write(b"exit: %d\n" % rc + _common.hide_repo_path(err))

    # Expected files whose case was deleted would otherwise linger.
    if not args.names:
        for exp in glob.glob(os.path.join(cases, "*.expected")):
            if not os.path.exists(exp[:-9] + ".py"):
                os.remove(exp)
                print(f"removed stale {exp}")
    print(f"{len(sources) - problems} expected files written, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
