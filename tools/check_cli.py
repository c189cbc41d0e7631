#!/usr/bin/env python3
"""Compare Taipan's command line with python3's: for each case (flags, a small program,
stdin, environment) run both and compare stdout, stderr and the exit status.

The programs live in a temporary directory that is the working directory of both runs.
Before comparing, the executables' paths in the output become EXE, and the interactive
banner's version line becomes BANNER. Cases marked `last` compare only the last line of
stderr (tracebacks print source lines and carets that are not the command line's
business); cases marked `line` compare only the line numbers in stderr.

Usage: tools/check_cli.py [--taipan PATH] [--show N] [NAME-SUBSTRING ...]
Prints a diff per failing case, then a last line `N passed, N failed`.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import _common

FILES = {
    "show.py": "import sys\nprint(sys.argv, __name__, __file__.endswith('/' + sys.argv[0]), sys.path[0] == __file__.rsplit('/', 1)[0])\n",
    "flags.py": (
        "import sys\n"
        "names = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',\n"
        "         'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'isolated',\n"
        "         'dev_mode', 'utf8_mode', 'safe_path', 'int_max_str_digits']\n"
        "print([(n, getattr(sys.flags, n)) for n in names])\n"
        "print(sys._xoptions, sys.warnoptions, __debug__)\n"
    ),
    "asserts.py": (
        "def f():\n    'the doc'\n    return 1\n"
        "print(__debug__, f.__doc__)\n"
        "if __debug__:\n    print('debug branch')\n"
        "assert False, 'assertion ran'\n"
        "print('after assert')\n"
    ),
    "mod.py": "import sys\nprint('mod', __name__, sys.argv[1:], sys.argv[0].endswith('/mod.py'))\n",
    "pkg/__init__.py": "print('pkg init', __name__)\n",
    "pkg/__main__.py": "import sys\nprint('pkg main', __name__, sys.argv[1:], __package__)\n",
    "pkg/sub.py": "print('sub', __name__, __package__)\n",
    "nomain/__init__.py": "",
    "app/__main__.py": "import sys\nprint('app', __name__, sys.argv)\n",
    "emptydir/.keep": "",
    "lib/helper.py": "value = 'from PYTHONPATH'\n",
    "raise.py": "def f():\n    raise ValueError('bad value')\nf()\n",
    "exit3.py": "import sys\nprint('before')\nsys.exit(3)\n",
    "exitmsg.py": "import sys\nsys.exit('a message')\n",
    "skip.py": "this line is not python\nimport sys\n1/0\n",
    "startup.py": "started = 'yes'\n",
    "syntax.py": "x = (1,\n",
}

# (name, arguments, stdin, extra environment, compare: 'all' or 'last')
CASES = [
    ("file with arguments", ["show.py", "a", "-b"], None, {}, "all"),
    ("-- then file", ["--", "show.py", "x"], None, {}, "all"),
    ("-c with arguments", ["-c", "import sys; print(sys.argv)", "a", "-V"], None, {}, "all"),
    ("-c has no __file__", ["-c", "print('__file__' in globals(), __name__)"], None, {}, "all"),
    ("combined -uc", ["-uc", "import sys; print(sys.argv)", "z"], None, {}, "all"),
    ("-c joined to its argument", ["-cprint(42)"], None, {}, "all"),
    ("-m module", ["-m", "mod", "x", "-y"], None, {}, "all"),
    ("-m package runs __main__", ["-m", "pkg", "q"], None, {}, "all"),
    ("-m submodule", ["-m", "pkg.sub"], None, {}, "all"),
    ("-m missing module", ["-m", "nosuch"], None, {}, "all"),
    ("-m missing submodule", ["-m", "pkg.nosuch"], None, {}, "all"),
    ("-m package without __main__", ["-m", "nomain"], None, {}, "all"),
    ("directory with __main__.py", ["app", "1"], None, {}, "all"),
    ("directory without __main__.py", ["emptydir"], None, {}, "all"),
    ("missing file", ["nosuch.py"], None, {}, "all"),
    ("stdin program", [], "import sys\nprint('stdin', sys.argv, __name__)\n", {}, "all"),
    ("- reads stdin", ["-", "a"], "import sys\nprint(sys.argv)\n", {}, "all"),
    ("flags: none", ["flags.py"], None, {}, "all"),
    ("flags: -O", ["-O", "flags.py"], None, {}, "all"),
    ("flags: -OO -B -s -S -q", ["-OO", "-B", "-s", "-S", "-q", "flags.py"], None, {}, "all"),
    ("flags: -bb -d", ["-b", "-b", "-d", "flags.py"], None, {}, "all"),
    ("flags: -I", ["-I", "flags.py"], None, {}, "all"),
    ("flags: -E -P", ["-E", "-P", "flags.py"], None, {}, "all"),
    ("flags: -X options", ["-X", "a=b", "-Xc", "-X", "dev", "-X", "utf8", "flags.py"], None, {}, "all"),
    ("flags: -X int_max_str_digits", ["-X", "int_max_str_digits=5000", "flags.py"], None, {}, "all"),
    ("flags: -W", ["-W", "ignore", "-Wdefault", "flags.py"], None, {}, "all"),
    ("flags: environment", ["flags.py"], None,
     {"PYTHONOPTIMIZE": "2", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONWARNINGS": "ignore", "PYTHONSAFEPATH": "1"}, "all"),
    ("flags: -E ignores the environment", ["-E", "flags.py"], None, {"PYTHONOPTIMIZE": "2"}, "all"),
    ("asserts run", ["asserts.py"], None, {}, "last"),
    ("-O skips asserts", ["-O", "asserts.py"], None, {}, "all"),
    ("-OO drops docstrings", ["-OO", "asserts.py"], None, {}, "all"),
    ("PYTHONPATH", ["-c", "import sys, helper; print(helper.value, sys.path[1].endswith('/lib'), sys.path[1][0])"],
     None, {"PYTHONPATH": "lib"}, "all"),
    ("-E ignores PYTHONPATH", ["-E", "-c", "import sys; print([p for p in sys.path if p.endswith('/lib')])"],
     None, {"PYTHONPATH": "lib"}, "all"),
    ("-I ignores PYTHONPATH", ["-I", "-c", "import sys; print([p for p in sys.path if p.endswith('/lib')], '' in sys.path)"],
     None, {"PYTHONPATH": "lib"}, "all"),
    ("sys.path[0] for -c", ["-c", "import sys; print(repr(sys.path[0]))"], None, {}, "all"),
    ("sys.path[0] for a file", ["show.py"], None, {}, "all"),
    ("-x skips the first line", ["-x", "skip.py"], None, {}, "last"),
    ("-x keeps line numbers", ["-x", "skip.py"], None, {}, "line"),
    ("uncaught exception", ["raise.py"], None, {}, "last"),
    ("SystemExit status", ["exit3.py"], None, {}, "all"),
    ("SystemExit message", ["exitmsg.py"], None, {}, "all"),
    ("SystemExit from -c", ["-c", "raise SystemExit(7)"], None, {}, "all"),
    ("KeyboardInterrupt", ["-c", "raise KeyboardInterrupt"], None, {}, "last"),
    ("syntax error in a file", ["syntax.py"], None, {}, "all"),
    ("syntax error in -c", ["-c", "1 +"], None, {}, "all"),
    ("-V", ["-V"], None, {}, "all"),
    ("--version", ["--version"], None, {}, "all"),
    ("-h", ["-h"], None, {}, "all"),
    ("--help", ["--help"], None, {}, "all"),
    ("unknown option", ["-z"], None, {}, "all"),
    ("unknown long option", ["--foo"], None, {}, "all"),
    ("-c without argument", ["-c"], None, {}, "all"),
    ("-X without argument", ["-X"], None, {}, "all"),
    ("-m without argument", ["-m"], None, {}, "all"),
    ("options after -c are arguments", ["-c", "import sys; print(sys.argv)", "-z", "--foo"], None, {}, "all"),
    ("-i after -c, stdin piped", ["-i", "-c", "x = 5"], "x * 2\nprint('in repl', x)\n", {}, "all"),
    ("-i after SystemExit", ["-i", "-c", "x = 1; raise SystemExit(3)"], "x\n", {}, "all"),
    ("-i without program", ["-i"], "1 + 1\nif True:\n    print('block')\n\n1/0\n'end'\n", {}, "last"),
    ("-q -i, stdin piped", ["-q", "-i"], "y = 3\ny\n", {}, "all"),
    ("-i exit status", ["-q", "-i"], "import sys\nsys.exit(4)\n", {}, "all"),
    ("-i with PYTHONSTARTUP", ["-q", "-i"], "started\n", {"PYTHONSTARTUP": "startup.py"}, "all"),
    ("-u output order", ["-u", "-c", "import sys; print('out'); sys.stderr.write('err\\n'); print('out2')"],
     None, {}, "all"),
]


def normalise(text, executables):
    for e in executables:
        text = text.replace(e, "EXE")
    text = re.sub(r"Python 3\.11\.\d+ \(.*\) \[.*\] on linux", "BANNER", text)
    return text


def run(command, args, stdin, env, cwd):
    try:
        p = subprocess.run([command, *args], input=(stdin or "").encode(), capture_output=True,
                           env=env, cwd=cwd, timeout=60)
    except subprocess.TimeoutExpired:
        return "", "timed out", None
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taipan", default=_common.default_taipan())
    parser.add_argument("--show", type=int, default=10, help="diffs to print")
    parser.add_argument("names", nargs="*")
    options = parser.parse_args()
    _common.check_taipan(options.taipan)
    taipan = os.path.abspath(options.taipan)
    python = shutil.which("python3")
    python_executable = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                                       capture_output=True, text=True).stdout.strip()
    taipan_executable = os.path.realpath(taipan)

    passed = failed = shown = 0
    with tempfile.TemporaryDirectory() as directory:
        for path, text in FILES.items():
            os.makedirs(os.path.dirname(os.path.join(directory, path)), exist_ok=True)
            with open(os.path.join(directory, path), "w") as f:
                f.write(text)
        for name, args, stdin, extra, compare in CASES:
            if options.names and not any(n in name for n in options.names):
                continue
            env = _common.child_env() | extra
            expected = run(python, args, stdin, env, directory)
            actual = run(taipan, args, stdin, env, directory)
            expected = [normalise(x, [python_executable, python]) if isinstance(x, str) else x for x in expected]
            actual = [normalise(x, [taipan_executable, taipan]) if isinstance(x, str) else x for x in actual]
            if compare == "line":
                expected[1] = re.findall(r"line \d+", expected[1])
                actual[1] = re.findall(r"line \d+", actual[1])
            if compare == "last":
                expected[1] = (expected[1].rstrip("\n").split("\n") or [""])[-1]
                actual[1] = (actual[1].rstrip("\n").split("\n") or [""])[-1]
            if expected == actual:
                passed += 1
                continue
            failed += 1
            print(f"FAIL {name}: {' '.join(args)}")
            if shown < options.show:
                shown += 1
                for label, e, a in zip(("stdout", "stderr", "exit"), expected, actual):
                    if e != a:
                        print(f"  {label}: python3 {e!r}\n  {' ' * len(label)}  taipan  {a!r}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
