// str case mapping and the case predicates, as CPython's unicodeobject.c defines them:
// full (multi-character) mappings, the final-sigma rule of lower(), titlecase for the
// first letter of title() and capitalize(), and full case folding for casefold()
// (UnicodeCaseFolding.swift holds the foldings that differ from lowercasing). The
// character properties come from the Swift standard library's Unicode data.

import TaipanSyntax

extension StrOps {
    static func props(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }
    static func isCased(_ c: UInt32) -> Bool { props(c)?.isCased ?? false }
    static func isUpperChar(_ c: UInt32) -> Bool { props(c)?.isUppercase ?? false }
    static func isLowerChar(_ c: UInt32) -> Bool { props(c)?.isLowercase ?? false }
    static func isTitleChar(_ c: UInt32) -> Bool { props(c)?.generalCategory == .titlecaseLetter }

    static func appendMapping(_ c: UInt32, _ kind: Int, into out: inout [UInt32]) {
        if c < 0x80 {
            switch kind {
            case 0: out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
            default: out.append(c >= 0x61 && c <= 0x7A ? c - 32 : c)
            }
            return
        }
        guard let p = props(c) else { out.append(c); return }
        let text = kind == 0 ? p.lowercaseMapping : kind == 1 ? p.uppercaseMapping : p.titlecaseMapping
        for u in text.unicodeScalars { out.append(u.value) }
    }

    /// The lowercase of s[i]: a capital sigma ending a word becomes a final sigma.
    static func appendLower(_ s: [UInt32], _ i: Int, into out: inout [UInt32]) {
        guard s[i] == 0x3A3 else { appendMapping(s[i], 0, into: &out); return }
        func ignorable(_ c: UInt32) -> Bool { props(c)?.isCaseIgnorable ?? false }
        var j = i - 1
        while j >= 0 && ignorable(s[j]) { j -= 1 }
        var final = j >= 0 && isCased(s[j])
        if final {
            j = i + 1
            while j < s.count && ignorable(s[j]) { j += 1 }
            final = j == s.count || !isCased(s[j])
        }
        out.append(final ? 0x3C2 : 0x3C3)
    }

    static let caseFolding: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for line in caseFoldingText.split(separator: "\n") {
            let parts = line.split(separator: ":")
            guard parts.count == 2, let code = UInt32(parts[0], radix: 16) else { continue }
            table[code] = parts[1].split(separator: " ").compactMap { UInt32($0, radix: 16) }
        }
        return table
    }()

    static func mapped(_ s: Value, _ body: ([UInt32], inout [UInt32]) -> Void) -> Value {
        let points = codePoints(StrRef(s))
        var out: [UInt32] = []
        out.reserveCapacity(points.count)
        body(points, &out)
        return StrRef.create(codePoints: out).value
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
    @inline(__always) static func asciiUpper(_ b: UInt8) -> UInt8 { b &- 0x61 < 26 ? b & 0xDF : b }

    /// The ASCII fast paths of lower/upper/capitalize.
    enum AsciiCase { case lower, upper, capitalize }

    /// An ASCII str mapped byte by byte, without decoding to code point arrays.
    static func asciiMapped(_ s: StrRef, _ mapping: AsciiCase) -> Value {
        let n = s.count
        let out = StrRef.allocate(count: n, width: 1, ascii: true)
        let from = s.data.assumingMemoryBound(to: UInt8.self)
        let to = out.data.assumingMemoryBound(to: UInt8.self)
        switch mapping {
        case .lower: for i in 0..<n { to[i] = asciiLower(from[i]) }
        case .upper: for i in 0..<n { to[i] = asciiUpper(from[i]) }
        case .capitalize:
            for i in 0..<n { to[i] = asciiLower(from[i]) }
            if n > 0 { to[0] = asciiUpper(from[0]) }
        }
        return out.value
    }

    /// islower/isupper of ASCII text: some letter in `wanted`, none in `unwanted`.
    static func asciiCased(_ bytes: UnsafeBufferPointer<UInt8>, wanted: ClosedRange<UInt8>, unwanted: ClosedRange<UInt8>) -> Bool {
        var cased = false
        for b in bytes {
            if unwanted.contains(b) { return false }
            if wanted.contains(b) { cased = true }
        }
        return cased
    }

    static func installCaseMethods() {
        let str = BuiltinTypes.str
        /// `ascii`, when given, maps an ASCII str byte by byte.
        func method(_ name: String, ascii: AsciiCase? = nil,
                    _ body: @escaping ([UInt32], inout [UInt32]) -> Void) {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect("str.\(name)", count: 0)
                if let ascii, StrRef(s).isASCII { return asciiMapped(StrRef(s), ascii) }
                return mapped(s, body)
            }
        }
        method("lower", ascii: .lower) { s, out in
            for i in s.indices { appendLower(s, i, into: &out) }
        }
        method("upper", ascii: .upper) { s, out in for c in s { appendMapping(c, 1, into: &out) } }
        method("casefold") { s, out in
            for c in s {
                if let folded = caseFolding[c] { out += folded } else { appendMapping(c, 0, into: &out) }
            }
        }
        method("swapcase") { s, out in
            for i in s.indices {
                if isUpperChar(s[i]) {
                    appendLower(s, i, into: &out)
                } else if isLowerChar(s[i]) {
                    appendMapping(s[i], 1, into: &out)
                } else {
                    out.append(s[i])
                }
            }
        }
        method("capitalize", ascii: .capitalize) { s, out in
            for i in s.indices {
                if i == 0 { appendMapping(s[0], 2, into: &out) } else { appendLower(s, i, into: &out) }
            }
        }
        method("title") { s, out in
            var previousCased = false
            for i in s.indices {
                if previousCased { appendLower(s, i, into: &out) } else { appendMapping(s[i], 2, into: &out) }
                previousCased = isCased(s[i])
            }
        }
        /// `ascii`, when given, answers for an ASCII str from its bytes.
        func test(_ name: String, ascii: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil,
                  _ body: @escaping ([UInt32]) -> Bool) {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect("str.\(name)", count: 0)
                let text = StrRef(s)
                if let ascii, text.isASCII {
                    return .bool(ascii(UnsafeBufferPointer(start: text.data.assumingMemoryBound(to: UInt8.self), count: text.count)))
                }
                return .bool(body(codePoints(text)))
            }
        }
        test("islower", ascii: { asciiCased($0, wanted: 0x61...0x7A, unwanted: 0x41...0x5A) }) { s in
            var cased = false
            for c in s {
                if isUpperChar(c) || isTitleChar(c) { return false }
                if isLowerChar(c) { cased = true }
            }
            return cased
        }
        test("isupper", ascii: { asciiCased($0, wanted: 0x41...0x5A, unwanted: 0x61...0x7A) }) { s in
            var cased = false
            for c in s {
                if isLowerChar(c) || isTitleChar(c) { return false }
                if isUpperChar(c) { cased = true }
            }
            return cased
        }
        test("istitle") { s in
            var cased = false, previousCased = false
            for c in s {
                if isUpperChar(c) || isTitleChar(c) {
                    if previousCased { return false }
                    previousCased = true
                    cased = true
                } else if isLowerChar(c) {
                    if !previousCased { return false }
                    previousCased = true
                    cased = true
                } else {
                    previousCased = false
                }
            }
            return cased
        }
        test("isidentifier") { s in
            guard let first = s.first, first == 0x5F || (props(first)?.isXIDStart ?? false) else { return false }
            return s.dropFirst().allSatisfy { props($0)?.isXIDContinue ?? false }
        }
        test("isprintable") { s in s.allSatisfy(isPythonPrintable) }
    }
}
