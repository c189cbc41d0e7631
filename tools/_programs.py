"""What tools/regen_programs.py and tools/check_programs.py share: where the programs of
the differential corpus are, how a program is run, and the format of NAME.expected.

A program is Tests/Programs/AREA/NAME.py whose NAME does not start with `_`. Files that
start with `_` and everything in subfolders of an area are helper modules and packages
for the programs to import, never run on their own.

A program is run as `INTERPRETER /absolute/path/of/NAME.py` with the repository root as
the current directory, so sys.path[0] is the program's own folder for python3 and
taipan alike. The environment is _common.child_env() (no PYTHON* settings, a UTF-8
locale) plus PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1 (no __pycache__ folders
in Tests/).

NAME.expected is
    exit: N
    stderr-last: LINE
    STDOUT...
where N is the exit status, LINE the last non-empty line of stderr (nothing after the
colon if stderr is empty or blank) and STDOUT the exact bytes written to stdout. The
repository's absolute path is written `<repo>` in LINE and STDOUT, as in
Tests/SyntaxErrors."""

import os
import signal
import subprocess

import _common

PROGRAMS = os.path.join(_common.REPO, "Tests", "Programs")


def program_files(paths):
    """Absolute paths of the programs under the given files or folders (default: the
    whole corpus), sorted. A folder may be Tests/Programs, an area, or anything inside;
    a file given by name counts even if it would not be found by the walk."""
    if not paths:
        paths = [PROGRAMS]
    found = set()
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            found.add(p)
            continue
        if not os.path.isdir(p):
            raise SystemExit(f"no such file or folder: {p}")
        for d, dirs, files in os.walk(p):
            dirs.sort()
            for f in files:
                full = os.path.join(d, f)
                if f.endswith(".py") and is_program(full):
                    found.add(full)
    return sorted(found)


def is_program(path):
    """True for Tests/Programs/AREA/NAME.py with NAME not starting with `_`."""
    rel = os.path.relpath(path, PROGRAMS).split(os.sep)
    return len(rel) == 2 and not rel[0].startswith(("..", ".")) and not rel[1].startswith("_")


def display_name(path):
    rel = os.path.relpath(path, _common.REPO)
    return path if rel.startswith("..") else rel


def program_env(extra=None):
    env = _common.child_env()
    env.pop("TAIPAN_GC_STRESS", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def run_program(interpreter, path, timeout, extra_env=None):
    """Returns (returncode or 'timeout', stdout, stderr). The program runs in a session
    of its own, so that a timeout kills whatever it started too."""
    with subprocess.Popen([interpreter, path], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=_common.REPO,
                          env=program_env(extra_env), start_new_session=True) as p:
        try:
            out, err = p.communicate(timeout=timeout)
            return p.returncode, out, err
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = p.communicate()
            return "timeout", out, err


def last_stderr_line(stderr):
    for line in reversed(stderr.split(b"\n")):
        if line.strip():
            return line
    return b""


def render(rc, stdout, stderr):
    """The contents of an .expected file for this result (rc may also be 'timeout')."""
    last = hide_repo(last_stderr_line(stderr))
    head = b"exit: %s\nstderr-last:%s\n" % (str(rc).encode(), b" " + last if last else b"")
    return head + hide_repo(stdout)


def hide_repo(data):
    """_common.hide_repo_path, also for the repository's path as given (the programs
    are run by absolute path, which may go through a symbolic link)."""
    data = _common.hide_repo_path(data)
    return data.replace(os.fsencode(_common.REPO) + b"/", b"<repo>/")


def expected_path(path):
    return path[:-3] + ".expected"
