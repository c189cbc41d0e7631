#!/usr/bin/env python3
"""Compare Taipan's AST dump with CPython's, file by file.

For every .py file under the given paths (default: this python3's whole standard
library, site-packages excluded), run `taipan -X dump-ast FILE` (or
`-X dump-ast=attributes`) and compare its stdout with `ast.dump(ast.parse(source))`
computed here, in-process, from the file's bytes (so a coding cookie or a BOM applies,
as when CPython reads a file; a file that does not decode counts as rejected, as with
`python3 FILE`). Where CPython rejects the file, Taipan must exit 1 and
end stderr with a `SyntaxError: ...` line (or IndentationError/TabError, matching
CPython's class).

Usage:
  tools/compare_ast.py [--attributes | --both] [--taipan PATH] [--jobs N]
                       [--sample N --seed S] [--timeout SECS] [--show N]
                       [--list-failures FILE] [PATH ...]
Exits 1 if any file fails; the last line reads `N passed, N failed`.
"""

import argparse
import ast
import os
import random
import re
import sys

import _common

PLAIN, ATTRS = "dump-ast", "dump-ast=attributes"


def cpython_result(source):
    """('ok', tree), or ('error', the exception names Taipan's last stderr line may
    start with), as python3 parses these bytes."""
    tree, error = _common.cpython_parse(source)
    if tree is not None:
        return "ok", tree
    if isinstance(error, SyntaxError):  # includes IndentationError and TabError
        return "error", [type(error).__name__]
    if isinstance(error, UnicodeDecodeError):
        # python3 FILE says "SyntaxError: Non-UTF-8 code ...", or, after a UTF-8 BOM,
        # prints the UnicodeDecodeError itself.
        return "error", ["SyntaxError", "UnicodeDecodeError"]
    if isinstance(error, (MemoryError, RecursionError)):
        # too deeply nested for CPython's parser: it prints a bare MemoryError or
        # RecursionError; a SyntaxError is fine too
        return "error", ["SyntaxError", "MemoryError", "RecursionError"]
    return "error", ["SyntaxError"]  # other ValueErrors


def dump_path(text, upto):
    """Where position `upto` of an ast.dump string lies: a list of steps
    (field, list index or None, node type or None) from the root, found by scanning
    the text before it with a small tokenizer that skips string literals."""
    token = re.compile(r"""\s+|[A-Za-z_]\w*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|.""", re.S)
    stack = []      # one step per open bracket: [field, index, type]
    field = None    # set by `name=`, consumed by the bracket or comma that follows
    prev = None
    for m in token.finditer(text, 0, upto):
        tok = m.group()
        if tok.isspace():
            continue
        if tok == "=" and prev and prev[0].isalpha():
            field = prev
        elif tok in "([":
            typ = prev if tok == "(" and prev and prev[0].isalpha() else None
            stack.append([field, 0 if tok == "[" else None, typ])
            field = None
        elif tok in ")]":
            if stack:
                stack.pop()
            field = None
        elif tok == ",":
            if stack and stack[-1][1] is not None:
                stack[-1][1] += 1
            field = None
        prev = tok
    return [tuple(step) for step in stack]


def render_path(path):
    out = ""
    for field, index, typ in path:
        if index is not None:
            out += f".{field}[{index}]"
        elif field:
            out += f".{field}={typ}"
        else:
            out += f":{typ}" if out else typ
    return out or "(top)"


def source_location(tree, path):
    """Walk CPython's tree along a dump path; the line of the deepest node reached."""
    node, line = tree, None
    for field, index, _ in path:
        if field is None:
            continue  # a list element: the '[' step before it did the indexing
        node = getattr(node, field, None)
        if index is not None:
            node = node[index] if isinstance(node, list) and index < len(node) else None
        if node is None:
            break
        line = getattr(node, "lineno", line)
    return line


def first_difference(want, got, tree, width=70):
    i = 0
    n = min(len(want), len(got))
    while i < n and want[i] == got[i]:
        i += 1
    path = dump_path(want, i)
    where = render_path(path)
    line = source_location(tree, path)
    lo = max(0, i - width)
    return (f"first difference at character {i} of the dump, in {where}"
            + (f" (source line {line})" if line else "") + "\n"
            f"    cpython: {'…' if lo else ''}{want[lo:i + width]!r}\n"
            f"    taipan:  {'…' if lo else ''}{got[lo:i + width]!r}\n"
            f"             {' ' * (len(repr(want[lo:i])) - 1 + (1 if lo else 0))}^")


def check_file(taipan, path, modes, timeout):
    """(None if Taipan agrees with CPython on this file, else a description;
    whether CPython rejects the file)."""
    with open(path, "rb") as f:
        source = f.read()
    kind, value = cpython_result(source)
    if kind == "error":
        rc, out, err = _common.run([taipan, "-X", modes[0], path], timeout)
        last = err.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        if rc == 1 and any(last == n.encode() or last.startswith(n.encode() + b": ")
                           for n in value):
            return None, True
        stdout_note = f", {len(out)} bytes on stdout" if out else ""
        return (f"CPython raises {value[0]}; taipan: {_common.describe_status(rc)}, "
                f"last stderr line {last[:200]!r}{stdout_note}"), True
    problems = []
    for mode in modes:
        rc, out, err = _common.run([taipan, "-X", mode, path], timeout)
        want = ast.dump(value, include_attributes=(mode == ATTRS))
        if rc != 0:
            tail = err.decode("utf-8", "backslashreplace").strip().splitlines()[-4:]
            problems.append(f"[{mode}] CPython parses it; taipan: {_common.describe_status(rc)}\n"
                            + "".join(f"    | {l}\n" for l in tail))
            continue
        got = out.decode("utf-8", "surrogateescape")
        if got != want + "\n":
            problems.append(f"[{mode}] " + first_difference(want + "\n", got, value))
    return "\n".join(problems) or None, False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--attributes", action="store_true", help="compare dump-ast=attributes only")
    group.add_argument("--both", action="store_true", help="compare both dumps")
    ap.add_argument("--taipan", default=_common.default_taipan())
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30, help="seconds per taipan run")
    ap.add_argument("--sample", type=int, help="check only N files, chosen by --seed")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="print details of the first N failures")
    ap.add_argument("--list-failures", metavar="FILE", help="write failing paths to FILE")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    _common.check_taipan(args.taipan)
    modes = [ATTRS] if args.attributes else [PLAIN, ATTRS] if args.both else [PLAIN]

    roots = args.paths or [_common.stdlib_dir()]
    files = _common.python_files(roots)
    print(f"corpus: {len(files)} .py files under {', '.join(roots)}")
    if args.sample is not None and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
        print(f"sample: {len(files)} files (seed {args.seed})")

    failures, rejected = _common.check_files(
        files, lambda p: check_file(args.taipan, p, modes, args.timeout), args.jobs, args.show, args.list_failures)
    print(f"checked {len(files)} files ({rejected} rejected by CPython) with {', '.join(modes)}")
    print(f"{len(files) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
