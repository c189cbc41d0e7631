#!/usr/bin/env python3
"""Drive Taipan's interactive prompt through a pseudo-terminal, as a person would.

Each case types keys into `taipan` (started with no program, so stdin is a terminal and
the REPL with its line editor runs) and waits for the text python3 would show: results,
tracebacks, prompts. Terminal escape sequences and carriage returns are removed from the
output before matching.

Usage: tools/check_repl.py [--taipan PATH] [--verbose]
Prints one line per failing case, then a last line `N passed, N failed`.
"""

import argparse
import os
import pty
import re
import select
import signal
import sys
import time

import _common

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\r")


class Session:
    """A taipan child on a pty, with its output so far."""

    def __init__(self, taipan, args=(), env=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(taipan, [taipan, *args], env or os.environ)
        self.raw = b""
        self.mark = 0

    def clean(self):
        return ESCAPES.sub(b"", self.raw).decode("utf-8", "replace")

    def read_some(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.raw += data
        return True

    def expect(self, text, timeout=10.0):
        """Waits until `text` appears after the last match; moves the mark past it."""
        deadline = time.time() + timeout
        while True:
            output = self.clean()
            found = output.find(text, self.mark)
            if found >= 0:
                self.mark = found + len(text)
                return True
            left = deadline - time.time()
            if left <= 0 or not self.read_some(min(left, 0.5)) and self.exited():
                return False

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def exited(self):
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return True
        return pid != 0

    def wait_exit(self, timeout=10.0):
        """The exit status, or None if the child is still running after `timeout`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.read_some(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        return None

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


# Each case: a list of steps, ("send", keys) or ("expect", text); they run in one session
# that starts at the first prompt.
CASES = {
    "expression": [("send", "1 + 2\r"), ("expect", "1 + 2\n3\n>>> ")],
    "multi-line def and call": [
        ("send", "def f(x):\r"), ("expect", "... "),
        ("send", "    return x * 2\r"), ("expect", "... "),
        ("send", "\r"), ("expect", "\n>>> "),
        ("send", "f(21)\r"), ("expect", "42\n>>> "),
    ],
    "compound one-liner waits for an empty line": [
        ("send", "for i in range(2): print(i)\r"), ("expect", "... "),
        ("send", "\r"), ("expect", "0\n1\n>>> "),
    ],
    "open bracket continues": [
        ("send", "(1 +\r"), ("expect", "... "),
        ("send", " 5)\r"), ("expect", "6\n>>> "),
    ],
    "blank and comment lines": [
        ("send", "\r"), ("expect", "\n>>> "),
        ("send", "# a comment\r"), ("expect", "comment\n... "),
        ("send", "\r"), ("expect", "\n>>> "),
        ("send", "'after'\r"), ("expect", "'after'\n>>> "),
    ],
    "traceback, then the prompt": [
        ("send", "1/0\r"),
        ("expect", "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                   "ZeroDivisionError: division by zero\n>>> "),
    ],
    "syntax error, then the prompt": [
        ("send", "x = = 1\r"), ("expect", "SyntaxError: invalid syntax\n>>> "),
    ],
    "underscore holds the last result": [
        ("send", "6 * 7\r"), ("expect", "42\n>>> "),
        ("send", "None\r"), ("expect", "None\n>>> "),
        ("send", "_ + 1\r"), ("expect", "43\n>>> "),
    ],
    "sys.displayhook is used": [
        ("send", "import sys; sys.displayhook = lambda v: print('shown', v)\r"), ("expect", "v)\n>>> "),
        ("send", "5\r"), ("expect", "shown 5\n>>> "),
        ("send", "sys.displayhook = sys.__displayhook__\r"), ("expect", "__\n>>> "),
    ],
    "Ctrl-C stops a running loop": [
        ("send", "while True: pass\r"), ("expect", "... "),
        ("send", "\r"), ("sleep", 0.5), ("send", "\x03"),
        ("expect", "KeyboardInterrupt\n>>> "),
        ("send", "'alive'\r"), ("expect", "'alive'\n>>> "),
    ],
    "Ctrl-C at the prompt": [
        ("send", "abc"), ("send", "\x03"), ("expect", "KeyboardInterrupt\n>>> "),
        ("send", "2 + 2\r"), ("expect", "4\n>>> "),
    ],
    "history: up arrow recalls a line": [
        ("send", "1000 + 17\r"), ("expect", "1017\n>>> "),
        ("send", "2\r"), ("expect", "2\n>>> "),
        ("send", "\x1b[A\x1b[A\r"), ("expect", "1017\n>>> "),
    ],
    "editing: left arrow, Ctrl-A, Ctrl-E, backspace": [
        ("send", "12\x1b[D3\r"), ("expect", "132\n>>> "),
        ("send", "5\x01-\x05 + 1\r"), ("expect", "-4\n>>> "),
        ("send", "99\x7f8\r"), ("expect", "98\n>>> "),
        ("send", "junk\x157\r"), ("expect", "7\n>>> "),
    ],
    "input() reads from the terminal": [
        ("send", "input('? ') * 2\r"), ("expect", "? "),
        ("send", "ab\r"), ("expect", "'abab'\n>>> "),
    ],
}


def run_case(taipan, steps, verbose):
    session = Session(taipan, env=_common.child_env() | {"TERM": "xterm"})
    try:
        if not session.expect(">>> "):
            return "no first prompt; output: " + repr(session.clean()[-300:])
        for kind, arg in steps:
            if kind == "send":
                session.send(arg)
            elif kind == "sleep":
                time.sleep(arg)
            elif not session.expect(arg):
                return f"expected {arg!r}; output after the last match: {session.clean()[session.mark:][-400:]!r}"
        if verbose:
            print(session.clean())
        return None
    finally:
        session.close()


def check_exit(taipan, keys, expected_status, name):
    session = Session(taipan, env=_common.child_env() | {"TERM": "xterm"})
    try:
        if not session.expect(">>> "):
            return f"{name}: no first prompt"
        session.send(keys)
        status = session.wait_exit()
        if status != expected_status:
            return f"{name}: exit status {status}, expected {expected_status}; output {session.clean()[-300:]!r}"
        return None
    finally:
        session.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taipan", default=_common.default_taipan())
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    _common.check_taipan(options.taipan)
    taipan = os.path.abspath(options.taipan)

    passed = failed = 0
    results = [(name, run_case(taipan, steps, options.verbose)) for name, steps in CASES.items()]
    results.append(("Ctrl-D exits with status 0", check_exit(taipan, "\x04", 0, "Ctrl-D")))
    results.append(("exit(3) exits with status 3", check_exit(taipan, "exit(3)\r", 3, "exit(3)")))
    results.append(("Ctrl-D after a statement", check_exit(taipan, "x = 1\r\x04", 0, "Ctrl-D later")))
    for name, error in results:
        if error is None:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}: {error}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
