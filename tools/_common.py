"""Helpers shared by the scripts in tools/: paths, the file corpus, running taipan,
and recognising the error reports that CPython (and so Taipan) print."""

import ast
import concurrent.futures
import io
import os
import re
import subprocess
import sys
import sysconfig
import tokenize
import warnings

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_taipan():
    """$TAIPAN, else the release build, else the debug build (which may not exist yet)."""
    if os.environ.get("TAIPAN"):
        return os.environ["TAIPAN"]
    for build in ("release", "debug"):
        path = os.path.join(REPO, ".build", build, "taipan")
        if os.path.exists(path):
            return path
    return os.path.join(REPO, ".build", "release", "taipan")


def check_taipan(path):
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        sys.exit(f"taipan binary not found or not executable: {path} "
                 "(build with `swift build -c release`, or pass --taipan)")


def child_env():
    """The environment for python3 and taipan children: PYTHON* settings such as
    PYTHONWARNINGS would change what python3 prints, and a fixed UTF-8 locale keeps
    stderr bytes identical from one machine to the next."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["LC_ALL"] = "C.UTF-8"
    return env


def cpython_parse(source):
    """Parse a file's bytes as `python3 FILE` does up to the end of parsing.
    Returns (tree, None), or (None, the exception CPython raised).

    ast.parse(bytes) decodes only what the tokens need, so it accepts invalid UTF-8
    inside a comment; python3 FILE decodes every line and rejects such a file with
    "SyntaxError: Non-UTF-8 code starting with ...". Taipan follows python3 FILE,
    so a file that does not decode in its declared encoding counts as rejected."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like
            tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return None, e
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        source.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError) as e:
        return None, e
    return tree, None


def hide_repo_path(data):
    """Replace the repository's absolute path (as the kernel reports the current
    directory, symlinks resolved) by `<repo>` in bytes of program output."""
    root = os.fsencode(os.path.realpath(REPO))
    return data.replace(root + b"/", b"<repo>/")


def stdlib_dir():
    return sysconfig.get_path("stdlib")


def python_files(paths):
    """Every .py file under the given files/directories, sorted, as given (absolute
    or relative). Under the stdlib root, site-packages is not part of the stdlib."""
    stdlib = os.path.realpath(stdlib_dir())
    out = []
    for top in paths:
        if os.path.isfile(top):
            out.append(top)
            continue
        for d, dirs, files in os.walk(top):
            if os.path.realpath(d) == stdlib and "site-packages" in dirs:
                dirs.remove("site-packages")
            dirs.sort()
            out.extend(os.path.join(d, f) for f in sorted(files) if f.endswith(".py"))
    return out


def chunks_by_length(items, max_bytes=100_000):
    """Split a list of paths into chunks whose total length stays well under the
    kernel's command-line limit (ARG_MAX is about 2 MB here, but be modest)."""
    chunk, size = [], 0
    for item in items:
        n = len(os.fsencode(item)) + 1
        if chunk and size + n > max_bytes:
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += n
    if chunk:
        yield chunk


# What python3 prints to stderr when a file does not compile. A report is
#   [  File "NAME", line N]      (absent for encoding errors)
#   [    source line]            (absent when the line cannot be shown)
#   [    ^^^^]                   (absent for some tokenizer errors)
#   SyntaxError: message         (or IndentationError / TabError)
# and, before any report, the compiler may print warnings:
#   NAME:N: SyntaxWarning: message
#     source line
# CPython itself gives up on absurdly deep nesting with a bare `MemoryError` or
# `RecursionError: ...` line, and a file that starts with a UTF-8 BOM but holds invalid
# UTF-8 gets a bare `UnicodeDecodeError: ...` line; we accept those too.
ERROR_LINE = re.compile(rb"^(SyntaxError|IndentationError|TabError): .")
GIVE_UP_LINE = re.compile(rb"^(MemoryError|RecursionError: .+|UnicodeDecodeError: .+)$")
FILE_LINE = re.compile(rb'^  File "(.*)", line -?\d+$')
WARNING_LINE = re.compile(rb"^.*:\d+: [A-Za-z]*Warning: ")


def parse_error_reports(stderr):
    """Split stderr into error reports. Returns (reports, problem): reports is a list
    of (filename or None, last line) and problem is None if every line of stderr
    belongs to a well-formed report or warning, else a description of the first
    line that does not."""
    lines = stderr.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    else:
        if lines:
            return [], "stderr does not end with a newline"
    reports, i = [], 0
    while i < len(lines):
        line = lines[i]
        if WARNING_LINE.match(line):
            i += 1
            while i < len(lines) and lines[i].startswith(b"  ") and not FILE_LINE.match(lines[i]):
                i += 1
            continue
        name = None
        m = FILE_LINE.match(line)
        if m:
            name = m.group(1)
            i += 1
            # up to two indented lines: the source line and the caret line
            for _ in range(2):
                if i < len(lines) and lines[i].startswith(b"    "):
                    i += 1
        if i < len(lines) and (ERROR_LINE.match(lines[i]) or GIVE_UP_LINE.match(lines[i])):
            reports.append((name, lines[i]))
            i += 1
            continue
        bad = lines[i] if i < len(lines) else b"<end of stderr>"
        return reports, f"line {i + 1} of stderr is not part of an error report: {bad[:200]!r}"
    return reports, None


def run(cmd, timeout, cwd=None):
    """Run a command; returns (returncode or 'timeout', stdout, stderr)."""
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout, cwd=cwd, env=child_env())
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def describe_status(rc):
    if rc == "timeout":
        return "timed out"
    if isinstance(rc, int) and rc < 0:
        import signal
        try:
            return f"killed by {signal.Signals(-rc).name}"
        except ValueError:
            return f"killed by signal {-rc}"
    return f"exit status {rc}"


def check_files(files, check, jobs, show, list_failures):
    """Runs `check(path) -> (problem or None, cpython_rejects)` over files in parallel,
    printing the first `show` problems in full; returns (failures, rejected count)."""
    failures, rejected = [], 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for path, (problem, cpython_rejects) in zip(files, pool.map(check, files)):
            rejected += cpython_rejects
            if problem:
                failures.append(path)
                if len(failures) <= show:
                    print(f"FAIL {path}\n{problem}\n")
                else:
                    print(f"FAIL {path}")
    if list_failures:
        with open(list_failures, "w") as f:
            f.writelines(p + "\n" for p in failures)
    return failures, rejected
