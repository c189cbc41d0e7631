#!/usr/bin/env python3
"""Mutation fuzzer for Taipan's tokenizer and parser.

Takes standard library files (chosen by --seed), damages each with a few random
mutations (bytes deleted, inserted or swapped; tokens deleted, duplicated or swapped;
brackets, quotes, backslashes, indentation, NUL and non-ASCII bytes, encoding
cookies, very deep nesting ...), writes the results to a temporary directory and runs
`taipan -X parse-only` over them in batches. Taipan must answer every file with exit
status 0 or 1 and nothing on stderr but well-formed error reports, as python3 prints
them. A crash, a signal, a timeout or any other output is a bug: the batch is re-run
file by file, and each culprit is saved with a note of how it was made to --out.

With --oracle, also check that Taipan accepts exactly the files CPython accepts (as
`python3 FILE` would at the parser stage: ast.parse, plus the whole file must decode);
mismatches are counted and saved apart from bugs.

Usage: tools/fuzz_parser.py [--count N] [--seed S] [--taipan PATH] [--oracle]
                            [--batch N] [--jobs N] [--timeout SECS] [--out DIR] [--keep]
Exit status: 1 if there are bugs, else 2 if --oracle found mismatches, else 0.
The last line reads `N passed, N failed`, counting mutated files with and without bugs.
"""

import argparse
import concurrent.futures
import io
import os
import random
import shutil
import sys
import tempfile
import time
import tokenize

import _common

# Fragments worth inserting: each is likely to confuse a tokenizer or a parser.
SNIPPETS = [
    "(", ")", "[", "]", "{", "}", "'", '"', "'''", '"""', "\\", "\\\n", "\n", "\r",
    "\r\n", "\t", "\x0c", " ", "    ", "\x00", "#", ":", ";", ",", ".", "...", "=",
    ":=", "==", "->", "*", "**", "@", "!", "$", "?", "`", "~", "f'", 'f"{', "}'",
    "rb'", 'b"', "u'", "{}", "!r}", "{x=}", "0x", "0b1", "0o", "1_", "1e", "1j", ".5",
    "09", "1__0", "if ", "else", "elif ", "for ", "in ", "while ", "def ", "class ",
    "lambda ", "yield ", "await ", "async ", "return ", "import ", "from ", " as ",
    "with ", "try:", "except ", "except* ", "finally:", "raise ", "del ", "global ",
    "nonlocal ", "pass", "break", "match ", "case ", "_", "not ", " and ", " or ",
    " is ", "None", "True", "False", "print ", "x = ", "*a", "**k", "/",
    "\u00e9", "\u20ac", "\u00a0", "\u65e5\u672c", "\U0001F600", "\u200b", "\ufeff",
    "\u210c", "e\u0301", "\u00b7", "\u2028",
]
RAW_BYTES = [b"\x00", b"\x80", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"]
COOKIES = ["latin-1", "utf-8", "ascii", "uft-8", "utf-16", "cp1252", "euc-jp", "bogus"]
# Repeated fragments for very deep nesting and very long chains: Taipan must fail
# (or succeed) politely rather than overflow its native stack.
DEEP = [
    ("(", ""), ("[", ""), ("{", ""), ("f(", ""), ("(", ")"), ("[", "]"), ("{1:", "}"),
    ("-", ""), ("not ", ""), ("lambda: ", ""), ("a.", ""), ("[0]", ""), ("()", ""),
    (" + 1", ""), (" if 1 else 1", ""), ("**2", ""), ("await ", ""), ("*", ""),
    ("9", ""), ("x, ", ""), ('"s" ', ""),
]
DEPTHS = [10, 99, 100, 101, 199, 200, 201, 300, 1000, 4300, 4301, 10000, 30000]


def token_spans(data, rng):
    """Byte spans (start, end) of the tokens in a random window of about 40 lines of
    `data`, found with the tokenize module; [] if it cannot tokenize there."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        return []
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    # Split at \n only, as tokenize's readline does (splitlines() would also split
    # at \r and \x0c).
    lines = data.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if not lines:
        return []
    first = rng.randrange(len(lines))
    window = lines[first:first + 40]
    base = sum(len(l) for l in lines[:first])
    if first == 0 and data.startswith(b"\xef\xbb\xbf"):
        window[0] = window[0][3:]
        base = 3
    try:
        text = [l.decode(codec) for l in window]
    except (UnicodeDecodeError, LookupError):
        return []
    starts = [base]
    for l in window:
        starts.append(starts[-1] + len(l))

    def offset(row, col):
        return starts[row - 1] + len(text[row - 1][:col].encode(codec))

    spans = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO("".join(text)).readline):
            if tok.type == tokenize.ENDMARKER or tok.start[0] > len(text) or tok.end[0] > len(text):
                continue
            start, end = offset(*tok.start), offset(*tok.end)
            if end > start:
                spans.append((start, end))
    except (tokenize.TokenError, SyntaxError, UnicodeEncodeError):
        pass  # keep the tokens found before the trouble
    return spans


def token_mutation(data, rng):
    """Delete, duplicate, swap or replace tokens; None if no tokens were found."""
    spans = token_spans(data, rng)
    if len(spans) < 2:
        return None
    kind = rng.choice(["delete", "duplicate", "swap", "swap-adjacent", "replace"])
    i = rng.randrange(len(spans) - 1)
    a = spans[i]
    b = spans[i + 1] if kind == "swap-adjacent" else spans[rng.randrange(i + 1, len(spans))]
    ta, tb = data[a[0]:a[1]], data[b[0]:b[1]]
    if kind == "delete":
        out = data[:a[0]] + data[a[1]:]
    elif kind == "duplicate":
        out = data[:a[1]] + b" " + ta + data[a[1]:]
    elif kind == "replace":
        out = data[:a[0]] + tb + data[a[1]:]
    else:
        out = data[:a[0]] + tb + data[a[1]:b[0]] + ta + data[b[1]:]
    return out, f"token {kind} at byte {a[0]} ({ta[:20]!r}, {tb[:20]!r})"


def line_bounds(data, rng):
    """(start, end) of a random line, end just past its newline."""
    pos = rng.randrange(len(data) + 1)
    start = data.rfind(b"\n", 0, pos) + 1
    end = data.find(b"\n", pos)
    return start, (len(data) if end < 0 else end + 1)


def byte_mutation(data, rng):
    kind = rng.choice(["delete", "insert", "insert", "insert", "raw", "swap", "truncate",
                       "deep", "line", "line", "indent", "cookie", "bom", "blocks"])
    pos = rng.randrange(len(data) + 1)
    if kind == "delete" and data:
        n = rng.randint(1, 8)
        return data[:pos] + data[pos + n:], f"delete {n} bytes at {pos}"
    if kind == "insert":
        s = rng.choice(SNIPPETS).encode("utf-8")
        return data[:pos] + s + data[pos:], f"insert {s!r} at {pos}"
    if kind == "raw":
        s = rng.choice(RAW_BYTES) if rng.random() < 0.5 else bytes(
            rng.randrange(256) for _ in range(rng.randint(1, 4)))
        return data[:pos] + s + data[pos:], f"insert raw {s!r} at {pos}"
    if kind == "swap" and len(data) > 1:
        i, j = sorted(rng.sample(range(len(data)), 2))
        b = bytearray(data)
        b[i], b[j] = b[j], b[i]
        return bytes(b), f"swap bytes {i} and {j}"
    if kind == "truncate":
        return data[:pos], f"truncate at {pos}"
    if kind == "deep":
        (open_, close), n = rng.choice(DEEP), rng.choice(DEPTHS)
        s = (open_ * n + ("x" if close else "") + close * n).encode()
        return data[:pos] + s + data[pos:], f"insert {open_!r}*{n}{' balanced' if close else ''} at {pos}"
    if kind == "blocks":
        n = rng.choice([50, 99, 100, 101, 150])
        start, _ = line_bounds(data, rng)
        s = "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n"
        return data[:start] + s.encode() + data[start:], f"{n} nested blocks at {start}"
    if kind == "line" and data:
        start, end = line_bounds(data, rng)
        line = data[start:end]
        how = rng.choice(["delete", "duplicate", "swap", "crlf"])
        if how == "delete":
            return data[:start] + data[end:], f"delete line at {start}"
        if how == "duplicate":
            return data[:end] + line + data[end:], f"duplicate line at {start}"
        if how == "crlf":
            return data[:start] + line.replace(b"\n", b"\r\n") + data[end:], f"CRLF line at {start}"
        s2, e2 = line_bounds(data, rng)
        if e2 <= start:
            return data[:s2] + line + data[e2:start] + data[s2:e2] + data[end:], f"swap lines at {s2}, {start}"
        if s2 >= end:
            return data[:start] + data[s2:e2] + data[end:s2] + line + data[e2:], f"swap lines at {start}, {s2}"
    if kind == "indent" and data:
        start, _ = line_bounds(data, rng)
        s = rng.choice([b" ", b"    ", b"\t", b" \t", b"\x0c"])
        if rng.random() < 0.3 and data[start:start + 1] in (b" ", b"\t"):
            return data[:start] + data[start + 1:], f"unindent line at {start}"
        return data[:start] + s + data[start:], f"indent line at {start} with {s!r}"
    if kind == "cookie":
        cookie = f"# -*- coding: {rng.choice(COOKIES)} -*-\n".encode()
        return cookie + data, f"prepend {cookie!r}"
    if kind == "bom":
        return b"\xef\xbb\xbf" + data, "prepend a UTF-8 BOM"
    s = rng.choice(SNIPPETS).encode("utf-8")  # a choice that did not apply: insert instead
    return data[:pos] + s + data[pos:], f"insert {s!r} at {pos}"


def mutate(data, rng):
    """1 to 3 mutations, token mutations first (their spans come from the original)."""
    notes = []
    if rng.random() < 0.5:
        done = token_mutation(data, rng)
        if done:
            data, note = done
            notes.append(note)
    for _ in range(rng.randint(0 if notes else 1, 2)):
        data, note = byte_mutation(data, rng)
        notes.append(note)
    return data, notes


def cpython_accepts(data):
    return _common.cpython_parse(data)[0] is not None


def bad_output(rc, out, err, nfiles):
    """None if this is how python3 could have answered, else what is wrong, and the
    error reports found."""
    reports, problem = _common.parse_error_reports(err)
    if rc == "timeout" or not isinstance(rc, int) or rc < 0 or rc not in (0, 1):
        return _common.describe_status(rc), reports
    if out:
        return f"wrote to stdout: {out[:200]!r}", reports
    if problem:
        return problem, reports
    if rc == 0 and reports:
        return f"exit status 0 after {len(reports)} error reports", reports
    if rc == 1 and not reports:
        return "exit status 1 without an error report", reports
    if len(reports) > nfiles:
        return f"{len(reports)} error reports for {nfiles} files", reports
    return None, reports


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--taipan", default=_common.default_taipan())
    ap.add_argument("--oracle", action="store_true", help="compare acceptance with CPython")
    ap.add_argument("--batch", type=int, default=50, help="files per taipan invocation")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60, help="seconds per taipan invocation")
    ap.add_argument("--max-bytes", type=int, default=100_000, help="skip larger source files")
    ap.add_argument("--out", default="/tmp/taipan-fuzz-failures")
    ap.add_argument("--keep", action="store_true", help="keep the directory of mutated files")
    args = ap.parse_args()
    _common.check_taipan(args.taipan)
    taipan = os.path.abspath(args.taipan)
    started = time.time()

    sources = [p for p in _common.python_files([_common.stdlib_dir()])
               if 0 < os.path.getsize(p) <= args.max_bytes]
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="taipan-fuzz-")
    mutants = []  # (path, source it came from, mutation notes)
    for i in range(args.count):
        origin = rng.choice(sources)
        with open(origin, "rb") as f:
            data, notes = mutate(f.read(), rng)
        path = os.path.join(work, f"m{i:05d}.py")
        with open(path, "wb") as f:
            f.write(data)
        mutants.append((path, origin, notes))
    print(f"{args.count} mutants of {len(set(m[1] for m in mutants))} stdlib files "
          f"(seed {args.seed}) in {work}, made in {time.time() - started:.1f} s")
    accepts = {}
    if args.oracle:
        for path, _, _ in mutants:
            with open(path, "rb") as f:
                accepts[path] = cpython_accepts(f.read())

    def run_batch(batch):
        """[(path, problem)] for bugs, [(path, taipan accepts)] for oracle mismatches,
        and how many files taipan accepted."""
        paths = [m[0] for m in batch]
        rc, out, err = _common.run([taipan, "-X", "parse-only", *paths], args.timeout)
        problem, reports = bad_output(rc, out, err, len(paths))
        if not problem and not args.oracle:
            return [], [], len(paths) - len(reports)
        if not problem:
            named = {os.path.basename(os.fsdecode(n)) for n, _ in reports if n}
            rejected = {os.path.basename(p) for p in paths if not accepts[p]}
            if named <= rejected and len(reports) == len(rejected):
                return [], [], len(paths) - len(reports)
        # Something is off somewhere in this batch: find where, one file at a time.
        bugs, mismatches, accepted = [], [], 0
        for path in paths:
            rc1, out1, err1 = _common.run([taipan, "-X", "parse-only", path], args.timeout)
            problem1, _ = bad_output(rc1, out1, err1, 1)
            if problem1:
                bugs.append((path, problem1, err1))
                continue
            accepted += rc1 == 0
            if args.oracle and (rc1 == 0) != accepts[path]:
                mismatches.append((path, rc1 == 0))
        if problem and not bugs:
            # Only the batch as a whole misbehaves (state carried from file to file?).
            bugs.append((None, f"batch of {paths[0]} .. {paths[-1]}: {problem}", err))
        return bugs, mismatches, accepted

    batches = [mutants[i:i + args.batch] for i in range(0, len(mutants), args.batch)]
    bugs, mismatches, accepted = [], [], 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for b, m, a in pool.map(run_batch, batches):
            bugs += b
            mismatches += m
            accepted += a

    origin_of = {m[0]: m for m in mutants}

    def save(path, subdir, note):
        dest = os.path.join(args.out, subdir)
        os.makedirs(dest, exist_ok=True)
        name = f"seed{args.seed}-{os.path.basename(path)}"
        shutil.copyfile(path, os.path.join(dest, name))
        _, origin, notes = origin_of[path]
        with open(os.path.join(dest, name[:-3] + ".txt"), "w") as f:
            f.write(f"from: {origin}\nmutations:\n" + "".join(f"  {n}\n" for n in notes) + note)
        return os.path.join(dest, name)

    for path, problem, err in bugs:
        if path is None:
            print(f"BUG {problem}")
            continue
        tail = err[-2000:].decode("utf-8", "backslashreplace")
        saved = save(path, "bugs", f"problem: {problem}\nstderr (tail):\n{tail}")
        print(f"BUG {saved}: {problem}")
    for path, taipan_accepts in mismatches:
        verdict = ("taipan accepts, CPython rejects" if taipan_accepts
                   else "taipan rejects, CPython accepts")
        saved = save(path, "oracle", verdict + "\n")
        print(f"MISMATCH {saved}: {verdict}")

    if not args.keep:
        shutil.rmtree(work)
    print(f"taipan accepted {accepted} and rejected {args.count - accepted - len(bugs)} files "
          f"in {len(batches)} batches; {time.time() - started:.1f} s in all")
    if args.oracle:
        cp = sum(accepts.values())
        print(f"oracle: CPython accepted {cp}; {len(mismatches)} mismatches"
              + (f", saved under {args.out}/oracle" if mismatches else ""))
    if bugs:
        print(f"bugs saved under {args.out}/bugs")
    print(f"{args.count - len(bugs)} passed, {len(bugs)} failed")
    return 1 if bugs else 2 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
