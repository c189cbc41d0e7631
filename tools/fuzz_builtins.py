#!/usr/bin/env python3
"""Call fuzzer for Taipan's built-in functions, built-in type methods and native modules.

Lists (by introspection of python3) the builtins, the methods of the built-in types and
the functions and classes of the native modules Taipan provides, then calls them in
taipan with arguments drawn, deterministically from --seed, from a fixed pool of values
of every kind (small, huge and negative ints, floats, strs, bytes, containers, classes,
functions, objects with odd dunders): 0-3 positional arguments and sometimes a keyword.
Each batch is one script in which every call sits in `try: ... except BaseException:
pass`, so a correct interpreter prints nothing and exits 0 whatever the calls raise.

A batch is first run in python3: calls that are slow or fail there too are dropped (by
bisection) before taipan sees them. A taipan batch that dies by a signal, exits with a
status >= 128, prints a Swift runtime error ("Fatal error", "Segmentation fault", ...)
or times out is bisected down to the single call, which is reported with the way it
failed. Any other non-zero exit status is reported the same way.

Usage: tools/fuzz_builtins.py [--count N] [--seed S] [--taipan PATH] [--timeout SECS]
                              [--batch N] [--jobs N] [--list]
Exit status: 1 if a call crashed taipan, else 0. The last line reads
`N passed, N failed`, counting calls that ran cleanly and distinct crashing calls.
"""

import argparse
import builtins
import concurrent.futures
import os
import random
import resource
import subprocess
import sys
import tempfile
import types

import _common

MODULES = ["math", "sys", "itertools", "_collections", "time", "posix", "_io", "_string",
           "_sre", "gc", "_weakref", "errno", "_imp", "atexit", "_thread", "builtins"]

# Calls that would end the process, block, wait, signal, change global interpreter
# state for every later call, or touch things outside the batch's temporary directory.
DENY = {
    "builtins": {"exit", "quit", "input", "help", "breakpoint", "copyright", "credits",
                 "license"},
    "sys": {"exit", "setrecursionlimit", "settrace", "setprofile", "breakpointhook",
            "_current_frames", "set_asyncgen_hooks", "setswitchinterval", "setdlopenflags",
            "activate_stack_trampoline", "remote_exec", "_clear_type_cache"},
    "posix": {"_exit", "abort", "kill", "killpg", "fork", "forkpty", "execv", "execve",
              "spawnv", "spawnve", "posix_spawn", "posix_spawnp", "system", "close",
              "closerange", "dup2", "chdir", "fchdir", "chroot", "setsid", "setpgid",
              "setpgrp", "setuid", "setgid", "seteuid", "setegid", "setreuid", "setregid",
              "setresuid", "setresgid", "setgroups", "initgroups", "nice", "wait",
              "waitpid", "wait3", "wait4", "waitid", "mkfifo", "mknod", "pause",
              "sched_setaffinity", "sched_setscheduler", "sched_setparam", "setpriority",
              "tcsetpgrp", "login_tty", "read", "readv", "pread", "preadv", "lockf",
              "register_at_fork", "unshare", "setns", "putenv", "unsetenv", "umask",
              "eventfd_read", "splice", "copy_file_range", "sendfile", "posix_fallocate"},
    "time": {"sleep"},
    "_thread": {"start_new_thread", "start_new", "interrupt_main", "exit", "exit_thread",
                "start_joinable_thread", "_shutdown"},
    "gc": {"disable", "freeze", "set_debug", "set_threshold"},
    "atexit": {"register", "_run_exitfuncs"},
    "_io": {"open", "open_code", "FileIO", "TextIOWrapper", "BufferedReader",
            "BufferedWriter", "BufferedRandom", "BufferedRWPair"},
}
DENY["builtins"] |= {"open"}  # may close fd 1 or 2 when the file object dies

# Argument values: Python source, evaluated afresh for every call so that one call's
# mutations cannot leak into the next (bisection needs each call to stand alone).
POOL = [
    "0", "-1", "1", "3", "10", "2**31", "2**62", "2**63", "2**64", "2**100", "-2**63",
    "-2**62", "-2**100", "True", "IntSub(4)", "1.5", "-0.0", "float('nan')", "float('inf')",
    "1e308", "1j", "''", "'abc'", "'a\\tb c'", "'\\xe9\\U0001F600'", "'%s %d'", "'{0}'",
    "'utf-8'", "StrSub('x')", "b''", "b'x'", "b'%s'", "bytearray(b'ab')",
    "memoryview(b'ab')", "None", "[]", "[1, 2]", "[[1], 'a']", "ListSub([3])", "()",
    "(1, 2)", "('a', 1)", "{}", "{'a': 1}", "DictSub(a=1)", "{1, 2}", "SetSub([1])",
    "frozenset({3})", "range(3)", "range(2**62)", "slice(1, 2)", "slice(None, None, -1)",
    "iter([1, 2])", "{1: 2}.keys()", "{1: 2}.items()", "object()", "C", "C()", "f",
    "len", "int", "str", "type", "Seq()", "Bad()", "Huge()", "NotImplemented", "...",
    "lambda x: x", "print",
]
KEYWORDS = ["key", "default", "sep", "base", "encoding", "errors", "start", "reverse",
            "strict", "x", "maxsplit", "fillvalue", "dir_fd", "end", "file", "flush"]

# Defined at the top of every batch.
PRELUDE = '''\
class C: pass
def f(*args, **kwargs): return None
class IntSub(int): pass
class StrSub(str): pass
class ListSub(list): pass
class DictSub(dict): pass
class SetSub(set): pass
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3 or i < -3: raise IndexError(i)
        return i
class Bad:
    def __index__(self): return 'x'
    def __int__(self): return 'x'
    def __float__(self): return 'x'
    def __len__(self): return -1
    def __iter__(self): return 5
    def __hash__(self): return 'x'
    def __eq__(self, other): raise ZeroDivisionError
    def __lt__(self, other): return NotImplemented
    def __str__(self): return 5
    def __repr__(self): return 5
    def __bool__(self): return 'x'
class Huge:
    def __index__(self): return 2**100
    def __len__(self): return 2**62
    def __length_hint__(self): return 2**62
    def __getitem__(self, i): raise IndexError(i)
    def __iter__(self): return iter(())
'''

BUILTIN_TYPES = ["int", "bool", "float", "complex", "str", "bytes", "bytearray", "list",
                 "tuple", "dict", "set", "frozenset", "range", "slice", "memoryview",
                 "type", "object"]
# Types without a builtin name: prelude name -> source of an instance.
HIDDEN_TYPES = {
    "dict_keys": "{1: 2, 'a': 3}.keys()", "dict_values": "{1: 2}.values()",
    "dict_items": "{1: 2}.items()", "list_iterator": "iter([1, 2])",
    "tuple_iterator": "iter((1, 2))", "str_iterator": "iter('ab')",
    "dict_keyiterator": "iter({1: 2})", "set_iterator": "iter({1, 2})",
    "range_iterator": "iter(range(3))", "bytes_iterator": "iter(b'ab')",
    "reversed_type": "reversed([1, 2])", "generator": "(x for x in [1])",
    "function_type": "f", "builtin_function": "len",
    "exception_type": "BaseException('x')", "module_type": "sys",
}
# Receivers for the methods of the builtin types, beyond the ones in POOL.
RECEIVERS = {
    "int": ["0", "-1", "7", "2**100", "True", "IntSub(5)"], "bool": ["True", "False"],
    "float": ["1.5", "float('nan')", "-0.0", "1e308"], "complex": ["1j", "complex(1, 2)"],
    "str": ["''", "'abc'", "'a\\tb c'", "StrSub('x')", "'\\xe9\\U0001F600'", "'{0}'"],
    "bytes": ["b''", "b'abc'", "b'a\\tb c'"], "bytearray": ["bytearray()", "bytearray(b'abc')"],
    "list": ["[]", "[1, 2]", "ListSub([3])"], "tuple": ["()", "(1, 2)"],
    "dict": ["{}", "{'a': 1}", "DictSub(a=1)"], "set": ["set()", "{1, 2}", "SetSub([1])"],
    "frozenset": ["frozenset()", "frozenset({1, 2})"], "range": ["range(3)", "range(-2**62, 2**62, 3)", "range(5, 0, -2)"],
    "slice": ["slice(1, 2)", "slice(None, None, -1)"],
    "memoryview": ["memoryview(b'ab')", "memoryview(bytearray(b'ab'))"],
    "type": ["int", "C", "type", "SetSub"], "object": ["object()", "C()", "1"],
}


def module_targets(rng_unused=None):
    """(callable source, receivers or None) for everything callable in the native
    modules, and (constructor, methods) for the classes they define."""
    import importlib
    targets = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        deny = DENY.get(name, set())
        for attr in sorted(dir(module)):
            if attr in deny or (attr.startswith("__") and name != "builtins"):
                continue
            value = getattr(module, attr)
            if not callable(value):
                continue
            prefix = "" if name == "builtins" else name + "."
            if name == "builtins" and attr in BUILTIN_TYPES:
                targets.append((attr, None))
                continue
            targets.append((prefix + attr, None))
            if isinstance(value, type) and (name != "builtins" or not issubclass(value, BaseException)):
                receivers = [r for r in (instance_source(prefix + attr, value),) if r]
                for method in sorted(vars(value)):
                    if callable(getattr(value, method, None)) and method != "__new__":
                        targets.append((f"{prefix}{attr}.{method}", receivers or None))
    return targets


def instance_source(source, cls):
    for args in ("", "[1, 2]", "[1, 2], 2", "'ab'", "b'ab'"):
        try:
            cls(*eval(f"({args},)" if args else "()"))
        except BaseException:
            continue
        return f"{source}({args})"
    return None


def type_targets():
    targets = []
    for name in BUILTIN_TYPES:
        cls = getattr(builtins, name)
        receivers = RECEIVERS[name]
        for method in sorted(dir(cls)):
            if method in ("__new__", "__init_subclass__", "__subclasshook__"):
                continue
            if callable(getattr(cls, method, None)):
                targets.append((f"{name}.{method}", receivers))
    prelude_types = {}
    for name, source in HIDDEN_TYPES.items():
        cls = type(eval(source, {"f": lambda: None, "sys": sys}))
        prelude_types[name] = source
        for method in sorted(vars(cls)):
            if method in ("__new__",) or not callable(getattr(cls, method, None)):
                continue
            targets.append((f"{name}.{method}", [source]))
    return targets


def hidden_type_prelude():
    return "".join(f"{name} = type({source})\n" for name, source in HIDDEN_TYPES.items())


def all_targets():
    seen = set()
    result = []
    for target in module_targets() + type_targets():
        if target[0] not in seen:
            seen.add(target[0])
            result.append(target)
    return result


def make_call(rng, target):
    source, receivers = target
    args = []
    if receivers is not None:
        args.append(rng.choice(receivers) if rng.random() < 0.8 else rng.choice(POOL))
    args += [rng.choice(POOL) for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))]
    if rng.random() < 0.15:
        args.append(f"{rng.choice(KEYWORDS)}={rng.choice(POOL)}")
    return f"{source}({', '.join(args)})"


def script(calls):
    body = "".join(f"try: {call}\nexcept BaseException: pass\n" for call in calls)
    return "import sys, math, itertools, _collections, gc, time, posix, _io\n" + \
        PRELUDE + hidden_type_prelude() + body


CRASH_MARKERS = ("Fatal error", "Segmentation fault", "Illegal instruction",
                 "Stack dump", "Bus error", "Aborted")


def limit_memory():
    # A runaway allocation must fail in the child, not take the shared machine down.
    limit = 4 << 30
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(interpreter, calls, timeout, workdir):
    """None if the batch ran cleanly, else a short description of how it failed."""
    # Its own directory: calls may create, rename or remove files in the current one.
    with tempfile.TemporaryDirectory(dir=workdir, ignore_cleanup_errors=True) as cwd:
        path = os.path.join(cwd, "batch.py")
        with open(path, "w") as out:
            out.write(script(calls))
        try:
            proc = subprocess.run([interpreter, path], stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=timeout, cwd=cwd,
                                  env=_common.child_env(), preexec_fn=limit_memory)
        except subprocess.TimeoutExpired:
            return f"timed out after {timeout}s"
    err = proc.stderr.decode("utf-8", "replace")
    marker = next((m for m in CRASH_MARKERS if m in err), None)
    if proc.returncode < 0:
        return f"killed by signal {-proc.returncode}"
    if proc.returncode >= 128 or marker:
        line = next((l for l in err.splitlines() if marker and marker in l), "")
        return f"exit status {proc.returncode}: {line.strip()[:200]}"
    if proc.returncode != 0:
        return f"exit status {proc.returncode}: {err.strip().splitlines()[-1:]}"
    return None


def bisect(interpreter, calls, timeout, workdir, verdict):
    """The single calls (or smallest failing groups) in `calls`, which failed with
    `verdict`, as (calls, verdict) pairs."""
    if len(calls) == 1:
        return [(calls, verdict)]
    middle = len(calls) // 2
    found = []
    for half in (calls[:middle], calls[middle:]):
        v = run(interpreter, half, timeout, workdir)
        if v:
            found += bisect(interpreter, half, timeout, workdir, v)
    return found or [(calls, verdict)]  # only the combination fails


def fuzz_batch(taipan, calls, timeout, workdir):
    """(clean call count, [(calls, verdict)]) for one batch."""
    # python3 runs a batch in a fraction of a second: a shorter limit keeps the
    # bisection of its slow calls (range(2**62).count(x) ...) quick.
    quick = min(timeout, 2.0)
    verdict = run(sys.executable, calls, quick, workdir)
    if verdict:  # drop what python3 itself cannot run quickly and cleanly
        bad = {c for group, _ in bisect(sys.executable, calls, quick, workdir, verdict)
               for c in group}
        calls = [c for c in calls if c not in bad]
    verdict = run(taipan, calls, timeout, workdir) if calls else None
    if not verdict:
        return len(calls), []
    failures = bisect(taipan, calls, timeout, workdir, verdict)
    return len(calls) - sum(len(g) for g, _ in failures), failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--taipan", default=_common.default_taipan())
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=12000, help="calls in all")
    parser.add_argument("--batch", type=int, default=300, help="calls per process")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per batch")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", action="store_true", help="print the targets and stop")
    args = parser.parse_args()
    targets = all_targets()
    if args.list:
        for source, receivers in targets:
            print(source, receivers or "")
        return 0
    _common.check_taipan(args.taipan)
    # Batches run in a scratch folder: a relative path would not be found from there.
    args.taipan = os.path.abspath(args.taipan)
    rng = random.Random(args.seed)
    # Every target at least once, then random ones.
    order = list(targets)
    rng.shuffle(order)
    while len(order) < args.count:
        order.append(rng.choice(targets))
    calls = [make_call(rng, t) for t in order[:args.count]]
    batches = [calls[i:i + args.batch] for i in range(0, len(calls), args.batch)]
    passed = 0
    failures = {}
    with tempfile.TemporaryDirectory(prefix="fuzz_builtins") as workdir:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            jobs = [pool.submit(fuzz_batch, args.taipan, b, args.timeout, workdir)
                    for b in batches]
            for job in jobs:
                clean, found = job.result()
                passed += clean
                for group, verdict in found:
                    key = "; ".join(group)
                    if key not in failures:
                        failures[key] = verdict
                        print(f"CRASH: {key}\n    {verdict}", flush=True)
    print(f"{len(targets)} targets, {len(calls)} calls in {len(batches)} batches")
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
