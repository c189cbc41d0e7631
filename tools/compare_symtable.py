#!/usr/bin/env python3
"""Compare Taipan's symbol tables with CPython's, file by file.

For every .py file under the given paths (default: this python3's whole standard
library, site-packages excluded), run `taipan -X dump-symtable FILE` and compare its
stdout with the same dump made here from CPython's `symtable` module
(`symtable.symtable(source, path, 'exec')` on the file's bytes, walking get_children()
recursively). The dump, one line per table and per symbol:

    TYPE NAME line LINENO[ optimized][ nested]       (indented two spaces per level)
      params: NAME ...                               (functions: ste_varnames, in order)
      cellvars: NAME ...                             (functions and classes)
      freevars: NAME ...                             (functions and classes)
      NAME VALUE: PREDICATE ...                      (symbols sorted by name)

VALUE is the raw integer `_symtable` keeps for the symbol (its DEF_* flags | scope << 11),
and the predicates are the `symtable.Symbol.is_*` methods that return True. cellvars and
freevars are what CPython's compiler puts in co_cellvars and co_freevars, derived from the
table by its rules (checked against real code objects over the whole standard library):
the parameters that are cells in parameter order, then the other cells sorted (a class:
`__class__` if a method uses it); the FREE and DEF_FREE_CLASS names sorted.

Where CPython rejects the file while parsing, Taipan must exit 1 with a matching error
line (as in tools/compare_ast.py); where CPython's symtable pass (or its future-import
check) raises, Taipan must exit 1 and its last stderr line must be CPython's
`SyntaxError: message` (or `RecursionError: ...`) exactly.

Tests/SymbolTables holds small programs written to exercise the rules the standard
library rarely meets (mangling, class cells, walrus targets, future annotations, ...);
`--also Tests/SymbolTables` checks them on top of a --sample of the corpus.

Usage:
  tools/compare_symtable.py [--taipan PATH] [--jobs N] [--sample N --seed S]
                            [--also PATH] [--timeout SECS] [--show N]
                            [--list-failures FILE] [PATH ...]
Exits 1 if any file fails; the last line reads `N passed, N failed`.
"""

import argparse
import random
import sys
import symtable
import threading
import warnings

import _common
from _symtable import CELL, DEF_FREE_CLASS, FREE, SCOPE_MASK, SCOPE_OFF
from compare_ast import cpython_result

PREDICATES = ("referenced", "imported", "parameter", "global", "nonlocal", "declared_global",
              "local", "annotated", "free", "assigned", "namespace")

# symtable.symtable() runs CPython's parser and symtable pass in this process; the
# warnings filter is process-wide, so calls are serialised.
_cpython_lock = threading.Lock()


def code_variables(table):
    """(co_cellvars, co_freevars) of the code object CPython compiles from `table`."""
    symbols = table._table.symbols

    def scope(t, name):
        return (t._table.symbols.get(name, 0) >> SCOPE_OFF) & SCOPE_MASK

    if table.get_type() == "class":
        uses_class = any(scope(c, "__class__") == FREE for c in table.get_children())
        cells = ["__class__"] if uses_class else []
    else:
        params = table._table.varnames
        cells = [p for p in params if scope(table, p) == CELL]
        cells += sorted(n for n in symbols if scope(table, n) == CELL and n not in params)
    frees = sorted(n for n in symbols if scope(table, n) == FREE or symbols[n] & DEF_FREE_CLASS)
    return cells, frees


def dump_table(table, depth, out):
    indent = "  " * depth
    line = f"{indent}{table.get_type()} {table.get_name()} line {table.get_lineno()}"
    if table.is_optimized():
        line += " optimized"
    if table.is_nested():
        line += " nested"
    out.append(line)
    if table.get_type() == "function":
        out.append(f"{indent}  params:" + "".join(" " + v for v in table._table.varnames))
    if table.get_type() != "module":
        cells, frees = code_variables(table)
        out.append(f"{indent}  cellvars:" + "".join(" " + v for v in cells))
        out.append(f"{indent}  freevars:" + "".join(" " + v for v in frees))
    for name in sorted(table.get_identifiers()):
        sym = table.lookup(name)
        preds = [p for p in PREDICATES if getattr(sym, "is_" + p)()]
        out.append(f"{indent}  {name} {table._table.symbols[name]}: {' '.join(preds) or '-'}")
    for child in table.get_children():
        dump_table(child, depth + 1, out)


def cpython_symtable(source, path):
    """('ok', dump text) or ('error', the last stderr line python3 would print)."""
    with _cpython_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            top = symtable.symtable(source, path, "exec")
        except SyntaxError as e:
            return "error", f"{type(e).__name__}: {e.msg}"
        except RecursionError as e:
            return "error", f"RecursionError: {e}"
        out = []
        dump_table(top, 0, out)
    return "ok", "\n".join(out) + "\n"


def first_difference(want, got, context=3):
    w, g = want.splitlines(), got.splitlines()
    i = 0
    while i < min(len(w), len(g)) and w[i] == g[i]:
        i += 1
    # the enclosing table of the first differing line, for orientation
    table = next((w[j].strip() for j in range(min(i, len(w) - 1), -1, -1)
                  if w[j].lstrip().split(" ", 1)[0] in ("module", "class", "function")
                  and " line " in w[j]), "(none)")
    lo = max(0, i - context)
    out = [f"first difference at dump line {i + 1}, in table: {table}"]
    out += [f"      {l}" for l in w[lo:i]]
    out += [f"    cpython: {l}" for l in w[i:i + context]] or ["    cpython: <end of dump>"]
    out += [f"    taipan:  {l}" for l in g[i:i + context]] or ["    taipan:  <end of dump>"]
    return "\n".join(out)


def check_file(taipan, path, timeout):
    """(None if Taipan agrees with CPython on this file, else a description;
    whether CPython rejects the file)."""
    with open(path, "rb") as f:
        source = f.read()
    kind, value = cpython_result(source)
    rc, out, err = _common.run([taipan, "-X", "dump-symtable", path], timeout)
    last = err.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    stdout_note = f", {len(out)} bytes on stdout" if out else ""
    if kind == "error":  # rejected by CPython's parser
        if rc == 1 and any(last == n.encode() or last.startswith(n.encode() + b": ")
                           for n in value):
            return None, True
        return (f"CPython's parser raises {value[0]}; taipan: {_common.describe_status(rc)}, "
                f"last stderr line {last[:200]!r}{stdout_note}"), True
    kind, want = cpython_symtable(source, path)
    if kind == "error":
        if rc == 1 and last == want.encode():
            return None, True
        return (f"CPython's symtable raises {want!r}; taipan: {_common.describe_status(rc)}, "
                f"last stderr line {last[:200]!r}{stdout_note}"), True
    if rc != 0:
        tail = err.decode("utf-8", "backslashreplace").strip().splitlines()[-4:]
        return (f"CPython builds the tables; taipan: {_common.describe_status(rc)}\n"
                + "".join(f"    | {l}\n" for l in tail)), False
    got = out.decode("utf-8", "surrogateescape")
    if got != want:
        return first_difference(want, got), False
    return None, False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", default=_common.default_taipan())
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30, help="seconds per taipan run")
    ap.add_argument("--sample", type=int, help="check only N files, chosen by --seed")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="print details of the first N failures")
    ap.add_argument("--list-failures", metavar="FILE", help="write failing paths to FILE")
    ap.add_argument("--also", action="append", default=[], metavar="PATH",
                    help="also check every .py file under PATH (never sampled)")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    _common.check_taipan(args.taipan)

    roots = args.paths or [_common.stdlib_dir()]
    files = _common.python_files(roots)
    print(f"corpus: {len(files)} .py files under {', '.join(roots)}")
    if args.sample is not None and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
        print(f"sample: {len(files)} files (seed {args.seed})")
    if args.also:
        extra = [f for f in _common.python_files(args.also) if f not in files]
        print(f"also: {len(extra)} .py files under {', '.join(args.also)}")
        files += extra

    failures, rejected = _common.check_files(
        files, lambda p: check_file(args.taipan, p, args.timeout), args.jobs, args.show, args.list_failures)
    print(f"checked {len(files)} files ({rejected} rejected by CPython)")
    print(f"{len(files) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
