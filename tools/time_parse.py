#!/usr/bin/env python3
"""Time Taipan's parser against CPython's on the standard library.

Taipan: `taipan -X parse-only FILE...` over every file (in a few invocations, so the
command line stays short), wall-clock and CPU time summed over the invocations.
CPython: in this python3 process, read each file's bytes and `ast.parse` them; only
reading and parsing are timed. Each side is measured --repeat times and the best run
is kept, since this machine is noisy.

Usage: tools/time_parse.py [--taipan PATH] [--repeat N] [PATH ...]
"""

import argparse
import ast
import gc
import os
import resource
import sys
import time
import warnings

import _common


def time_cpython(files):
    failures = 0
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in files:
            with open(path, "rb") as f:
                source = f.read()
            try:
                ast.parse(source)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                failures += 1
    elapsed = time.perf_counter() - start
    gc.collect()  # do not bill the next run for this one's garbage
    return elapsed, failures


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_taipan(taipan, files):
    """(wall seconds, CPU seconds, number of error reports); exits on a crash."""
    wall = cpu = 0.0
    reports = 0
    for chunk in _common.chunks_by_length(files):
        cpu0, t0 = children_cpu(), time.perf_counter()
        rc, out, err = _common.run([taipan, "-X", "parse-only", *chunk], timeout=600)
        wall += time.perf_counter() - t0
        cpu += children_cpu() - cpu0
        found, problem = _common.parse_error_reports(err)
        if rc not in (0, 1) or problem or out:
            sys.exit(f"taipan -X parse-only failed ({_common.describe_status(rc)}): "
                     f"{problem or err[-500:]!r}")
        reports += len(found)
    return wall, cpu, reports


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", default=_common.default_taipan())
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    _common.check_taipan(args.taipan)

    roots = args.paths or [_common.stdlib_dir()]
    files = _common.python_files(roots)
    size = sum(os.path.getsize(p) for p in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB, under {', '.join(roots)}")

    # Alternate the two so that a burst of load on the machine hurts both alike.
    best_t = best_c = None
    for _ in range(args.repeat):
        wall, cpu, reports = time_taipan(args.taipan, files)
        if best_t is None or wall < best_t[0]:
            best_t = (wall, cpu, reports)
        elapsed, failures = time_cpython(files)
        if best_c is None or elapsed < best_c[0]:
            best_c = (elapsed, failures)

    wall, cpu, reports = best_t
    elapsed, failures = best_c
    print(f"taipan -X parse-only: {wall:.3f} s wall, {cpu:.3f} s CPU ({reports} files rejected)")
    print(f"CPython ast.parse:    {elapsed:.3f} s ({failures} files rejected)")
    if reports != failures:
        print(f"warning: taipan rejected {reports} files, CPython {failures}")
    verdict = (f"taipan is {elapsed / wall:.2f}x faster" if wall <= elapsed
               else f"taipan is {wall / elapsed:.2f}x slower")
    print(f"ratio taipan/CPython: {wall / elapsed:.3f} ({verdict}; best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
