#!/usr/bin/env python3
"""Generate Sources/TaipanSyntax/Source/UnicodeNormalization.swift: NFKC normalisation of
identifiers (PEP 3131), with the tables taken from CPython's `unicodedata` (the oracle; Unicode
14.0.0 in CPython 3.11), so that `normalizeIdentifier` matches
`unicodedata.normalize('NFKC', name)` exactly.

The tables are not emitted as array literals (Swift's type checker is slow on large ones) but
as compact text in string literals, parsed on first use. The text is a stream of unsigned
numbers, each written as base-32 digits, most significant first: a digit d is the character
with code 0x23 + d (skipping the backslash 0x5C), and every digit but the last has 32 added.
Characters outside that alphabet (newlines, spaces) are ignored.

  decompositions: per code point with a decomposition mapping, in increasing order:
      code point - previous code point, count << 2 | kind, then each mapped code point as the
      zigzag-encoded difference from the previous mapped code point (across entries);
      kind 0: canonical and a primary composite (composes back from its 2 scalars),
      kind 1: canonical, never composed (singletons, composition exclusions),
      kind 2: compatibility.
  combining classes: runs of code points sharing a non-zero class:
      start - end of previous run, length, class.

Hangul syllables are decomposed and composed algorithmically.

Run: python3 tools/gen_unicode_nfkc.py
"""
import os
import sys
import unicodedata

SURROGATES = range(0xD800, 0xE000)
SBASE, SCOUNT = 0xAC00, 11172


def code_points():
    for c in range(0x110000):
        if c not in SURROGATES:
            yield c


def digit_char(d):
    c = 0x23 + d
    return chr(c + 1 if c >= 0x5C else c)


def varint(v):
    assert v >= 0
    digits = []
    while True:
        digits.append(v & 31)
        v >>= 5
        if not v:
            break
    digits.reverse()
    return "".join(digit_char(d + 32 if i < len(digits) - 1 else d) for i, d in enumerate(digits))


def zigzag(v):
    return v * 2 if v >= 0 else -v * 2 - 1


def decomposition_stream():
    out, prev_cp, prev_mapped, count, pairs, mapped_count = [], 0, 0, 0, 0, 0
    for c in code_points():
        d = unicodedata.decomposition(chr(c))
        if not d:
            continue
        fields = d.split()
        compat = fields[0].startswith("<")
        mapped = [int(x, 16) for x in (fields[1:] if compat else fields)]
        assert 1 <= len(mapped) < 32
        if compat:
            kind = 2
        elif len(mapped) == 2 and unicodedata.normalize("NFC", "".join(map(chr, mapped))) == chr(c):
            kind = 0
            pairs += 1
        else:
            kind = 1
        out.append(varint(c - prev_cp) + varint(len(mapped) << 2 | kind))
        for m in mapped:
            out.append(varint(zigzag(m - prev_mapped)))
            prev_mapped = m
        prev_cp = c
        count += 1
        mapped_count += len(mapped)
    assert prev_cp < 0x110000 and min(ord(c) for c in "".join(out)) >= 0x23
    return "".join(out), count, pairs, mapped_count


def combining_stream():
    runs = []  # [start, length, class]
    for c in code_points():
        k = unicodedata.combining(chr(c))
        if not k:
            continue
        if runs and runs[-1][0] + runs[-1][1] == c and runs[-1][2] == k:
            runs[-1][1] += 1
        else:
            runs.append([c, 1, k])
    out, prev_end = [], 0
    for start, length, k in runs:
        out.append(varint(start - prev_end) + varint(length) + varint(k))
        prev_end = start + length
    return "".join(out), len(runs)


def literal(text, width=120):
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    assert '"' not in text and "\\" not in text
    return '"""\n' + "".join("    " + line + "\n" for line in lines) + '    """'


SWIFT_CODE = r'''
// MARK: - API

/// `unicodedata.normalize('NFKC', s)` of CPython 3.11 (Unicode @UNIDATA@): identifiers that are
/// not pure ASCII are normalised so (PEP 3131). Full NFKC: recursive compatibility decomposition
/// (Hangul algorithmically), canonical ordering by combining class, then canonical composition
/// following CPython's `nfc_nfkc` step by step.
func normalizeIdentifier(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
    let tables = NFKCTables.shared
    var scalars: [UInt32] = []
    scalars.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars { tables.decompose(scalar.value, into: &scalars) }
    tables.reorder(&scalars)
    let composed = tables.compose(scalars)
    var result = String.UnicodeScalarView()
    for value in composed { result.append(Unicode.Scalar(value)!) }
    return String(result)
}

// MARK: - Implementation

private let hangulSBase: UInt32 = 0xAC00
private let hangulLBase: UInt32 = 0x1100
private let hangulVBase: UInt32 = 0x1161
private let hangulTBase: UInt32 = 0x11A7
private let hangulLCount: UInt32 = 19
private let hangulVCount: UInt32 = 21
private let hangulTCount: UInt32 = 28
private let hangulNCount: UInt32 = hangulVCount * hangulTCount
private let hangulSCount: UInt32 = hangulLCount * hangulNCount

private struct NFKCTables {
    static let shared = NFKCTables()

    /// Code point → (offset into `mappings`) << 5 | count: its decomposition mapping.
    let decompositions: [UInt32: UInt32]
    let mappings: [UInt32]
    /// Non-zero canonical combining classes.
    let combiningClasses: [UInt32: UInt8]
    /// first << 32 | second → primary composite.
    let compositions: [UInt64: UInt32]
    /// Code points that are the first of some primary composite's pair.
    let compositionFirsts: Set<UInt32>

    private init() {
        var decompositions: [UInt32: UInt32] = [:]
        decompositions.reserveCapacity(@DECOMP_COUNT@)
        var mappings: [UInt32] = []
        mappings.reserveCapacity(@MAPPED_COUNT@)
        var compositions: [UInt64: UInt32] = [:]
        compositions.reserveCapacity(@PAIR_COUNT@)
        var compositionFirsts = Set<UInt32>()
        NFKCTables.decode(nfkcDecompositionData) { next in
            var cp: UInt32 = 0
            var mapped: UInt32 = 0
            while let delta = next() {
                cp &+= delta
                let header = next()!
                let count = Int(header >> 2)
                let kind = header & 3
                let offset = UInt32(mappings.count)
                for _ in 0..<count {
                    let z = next()!
                    mapped = (z & 1) == 0 ? mapped &+ (z >> 1) : mapped &- ((z >> 1) &+ 1)
                    mappings.append(mapped)
                }
                decompositions[cp] = offset << 5 | UInt32(count)
                if kind == 0 {
                    let first = mappings[Int(offset)]
                    let second = mappings[Int(offset) + 1]
                    compositions[UInt64(first) << 32 | UInt64(second)] = cp
                    compositionFirsts.insert(first)
                }
            }
        }
        var combiningClasses: [UInt32: UInt8] = [:]
        combiningClasses.reserveCapacity(@CCC_COUNT@)
        NFKCTables.decode(nfkcCombiningClassData) { next in
            var end: UInt32 = 0
            while let gap = next() {
                let start = end &+ gap
                let length = next()!
                let ccc = UInt8(next()!)
                for c in start..<start + length { combiningClasses[c] = ccc }
                end = start + length
            }
        }
        self.decompositions = decompositions
        self.mappings = mappings
        self.combiningClasses = combiningClasses
        self.compositions = compositions
        self.compositionFirsts = compositionFirsts
    }

    /// Calls `body` with a function returning the next number of the encoded text, or nil at
    /// its end (see tools/gen_unicode_nfkc.py for the format).
    private static func decode(_ text: StaticString, _ body: (() -> UInt32?) -> Void) {
        text.withUTF8Buffer { bytes in
            var i = 0
            body {
                var value: UInt32 = 0
                while i < bytes.count {
                    let b = bytes[i]
                    i += 1
                    guard b >= 0x23 && b <= 0x63 && b != 0x5C else { continue }
                    let digit = UInt32(b < 0x5C ? b - 0x23 : b - 0x24)
                    value = value << 5 | (digit & 31)
                    if digit < 32 { return value }
                }
                return nil
            }
        }
    }

    @inline(__always)
    func combiningClass(_ c: UInt32) -> UInt8 {
        c < 0x300 ? 0 : combiningClasses[c] ?? 0
    }

    /// Appends the full compatibility decomposition of `c` to `out`.
    func decompose(_ c: UInt32, into out: inout [UInt32]) {
        if c < 0xA0 {
            out.append(c)
        } else if c >= hangulSBase && c < hangulSBase + hangulSCount {
            let s = c - hangulSBase
            out.append(hangulLBase + s / hangulNCount)
            out.append(hangulVBase + (s % hangulNCount) / hangulTCount)
            let t = s % hangulTCount
            if t != 0 { out.append(hangulTBase + t) }
        } else if let entry = decompositions[c] {
            let offset = Int(entry >> 5)
            for i in offset..<offset + Int(entry & 31) { decompose(mappings[i], into: &out) }
        } else {
            out.append(c)
        }
    }

    /// Canonical ordering: a stable sort by combining class of each run of non-starters.
    func reorder(_ s: inout [UInt32]) {
        guard s.count > 1 else { return }
        var prev = combiningClass(s[0])
        var i = 1
        while i < s.count {
            let cur = combiningClass(s[i])
            if prev == 0 || cur == 0 || prev <= cur {
                prev = cur
                i += 1
                continue
            }
            var o = i - 1
            while true {
                s.swapAt(o, o + 1)
                if o == 0 { break }
                o -= 1
                let prevComb = combiningClass(s[o])
                if prevComb == 0 || prevComb <= cur { break }
            }
            prev = combiningClass(s[i])
            i += 1
        }
    }

    /// Canonical composition of a decomposed, canonically ordered sequence, as CPython's
    /// `nfc_nfkc` does it.
    func compose(_ s: [UInt32]) -> [UInt32] {
        let n = s.count
        var out: [UInt32] = []
        out.reserveCapacity(n)
        var skipped = [Bool](repeating: false, count: n)
        var i = 0
        while i < n {
            if skipped[i] {
                i += 1
                continue
            }
            var code = s[i]
            if code >= hangulLBase && code < hangulLBase + hangulLCount && i + 1 < n
                && s[i + 1] >= hangulVBase && s[i + 1] < hangulVBase + hangulVCount {
                code = hangulSBase + ((code - hangulLBase) * hangulVCount + (s[i + 1] - hangulVBase)) * hangulTCount
                i += 2
                if i < n && s[i] > hangulTBase && s[i] < hangulTBase + hangulTCount {
                    code += s[i] - hangulTBase
                    i += 1
                }
                out.append(code)
                continue
            }
            out.append(code)
            guard compositionFirsts.contains(code) else {
                i += 1
                continue
            }
            var i1 = i + 1
            var comb: UInt8 = 0
            while i1 < n {
                let code1 = s[i1]
                let comb1 = combiningClass(code1)
                if comb != 0 {
                    if comb1 == 0 { break }
                    if comb >= comb1 {
                        i1 += 1  // blocked
                        continue
                    }
                }
                if let composite = compositions[UInt64(out[out.count - 1]) << 32 | UInt64(code1)] {
                    out[out.count - 1] = composite
                    skipped[i1] = true
                    i1 += 1
                    if !compositionFirsts.contains(composite) { break }
                } else {
                    if comb1 == 0 { break }
                    comb = comb1
                    i1 += 1
                }
            }
            i += 1
        }
        return out
    }
}

// MARK: - Tables

/// @DECOMP_COUNT@ decomposition mappings (@PAIR_COUNT@ primary composites).
private let nfkcDecompositionData: StaticString = @DECOMP_DATA@

/// @CCC_COUNT@ code points with a non-zero combining class, in @RUN_COUNT@ runs.
private let nfkcCombiningClassData: StaticString = @CCC_DATA@
'''


def main():
    if unicodedata.unidata_version != "14.0.0":
        sys.exit(f"expected CPython 3.11's Unicode 14.0.0, got {unicodedata.unidata_version}")
    decomp, decomp_count, pairs, mapped_count = decomposition_stream()
    ccc, runs = combining_stream()
    ccc_count = sum(1 for c in code_points() if unicodedata.combining(chr(c)))
    # The Swift code skips the table look-ups below these code points.
    assert not any(unicodedata.decomposition(chr(c)) for c in range(0xA0))
    assert not any(unicodedata.combining(chr(c)) for c in range(0x300))
    code = SWIFT_CODE
    for key, value in [("@UNIDATA@", unicodedata.unidata_version),
                       ("@DECOMP_COUNT@", str(decomp_count)), ("@PAIR_COUNT@", str(pairs)),
                       ("@MAPPED_COUNT@", str(mapped_count)), ("@CCC_COUNT@", str(ccc_count)),
                       ("@RUN_COUNT@", str(runs)),
                       ("@DECOMP_DATA@", literal(decomp)), ("@CCC_DATA@", literal(ccc))]:
        code = code.replace(key, value)
    header = ("// This file is generated by tools/gen_unicode_nfkc.py from CPython's unicodedata "
              f"(Unicode {unicodedata.unidata_version}). Do not edit!\n"
              "// swift-format-ignore-file\n")
    text = header + code
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "Sources", "TaipanSyntax", "Source", "UnicodeNormalization.swift")
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", path)


if __name__ == "__main__":
    main()
