// Newline handling shared by TextIOWrapper and StringIO: which line ends a mode splits on,
// universal-newline translation on reading, and '\n' translation on writing.
//
// Newline modes as CPython spells them: None (universal: split on \r, \n, \r\n and
// translate them to \n), '' (split on all three, keep them), '\n', '\r', '\r\n' (split on
// that one only; on writing, '\n' becomes it).

enum TextNewlines {
    static let cr: UInt32 = 13, lf: UInt32 = 10
    /// The kinds seen (for the `newlines` attribute): bits 1 \r, 2 \n, 4 \r\n.
    static let seenCR = 1, seenLF = 2, seenCRLF = 4

    enum Mode: Int {
        case universal = 0, untranslated = 1, lf = 2, cr = 3, crlf = 4

        var translatesOnRead: Bool { self == .universal }
        var splitsOnAll: Bool { self == .universal || self == .untranslated }
        var writeEnding: [UInt32]? {
            switch self {
            case .cr: return [TextNewlines.cr]
            case .crlf: return [TextNewlines.cr, TextNewlines.lf]
            default: return nil
            }
        }
    }

    /// The mode of a `newline` argument (None or str), with CPython's errors.
    static func mode(_ v: Value?, of function: String, quoted: Bool = false) throws(PyException) -> Mode {
        guard let v, !v.isIdentical(.none) else { return .universal }
        guard StrOps.isStr(v) else {
            throw typeError("\(function) argument 'newline' must be str or None, not \(TypeRef(v.type).nameString)")
        }
        switch StrRef(v).string {
        case "": return .untranslated
        case "\n": return .lf
        case "\r": return .cr
        case "\r\n": return .crlf
        default:
            let shown = quoted ? try Runtime.reprString(v) : StrRef(v).string
            throw pyError(ExceptionTypes.named("ValueError"), "illegal newline value: \(shown)")
        }
    }

    static func value(_ mode: Mode) -> Value {
        switch mode {
        case .universal: return .none
        case .untranslated: return StrRef.create("").value
        case .lf: return StrRef.create("\n").value
        case .cr: return StrRef.create("\r").value
        case .crlf: return StrRef.create("\r\n").value
        }
    }

    /// \r\n and \r become \n (recording the kinds seen in `seen`).
    static func translate(_ text: [UInt32], seen: inout Int, translate: Bool) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == cr {
                if i + 1 < text.count && text[i + 1] == lf {
                    seen |= seenCRLF
                    if translate { out.append(lf) } else { out.append(cr); out.append(lf) }
                    i += 2
                    continue
                }
                seen |= seenCR
                out.append(translate ? lf : cr)
            } else {
                if c == lf { seen |= seenLF }
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// The `newlines` attribute from the kinds seen.
    static func seenValue(_ seen: Int) -> Value {
        var kinds: [String] = []
        if seen & seenCR != 0 { kinds.append("\r") }
        if seen & seenLF != 0 { kinds.append("\n") }
        if seen & seenCRLF != 0 { kinds.append("\r\n") }
        if kinds.isEmpty { return .none }
        if kinds.count == 1 { return StrRef.create(kinds[0]).value }
        let t = TupleRef.allocate(kinds.count)
        for (i, k) in kinds.enumerated() { t[i] = StrRef.create(k).value }
        return t.value
    }

    /// '\n' replaced by the mode's line ending, for writing.
    static func forWriting(_ text: [UInt32], _ mode: Mode) -> [UInt32] {
        guard let ending = mode.writeEnding, text.contains(lf) else { return text }
        var out: [UInt32] = []
        out.reserveCapacity(text.count + 8)
        for c in text {
            if c == lf { out += ending } else { out.append(c) }
        }
        return out
    }

    /// Where the first line of `text[start...]` ends (one past its line ending), or nil if
    /// no ending is there yet. A \r at the very end may begin a \r\n: `atEnd` says no more
    /// text will come, so it ends the line.
    static func lineEnd<C: RandomAccessCollection>(_ text: C, from start: Int, _ mode: Mode, atEnd: Bool) -> Int?
        where C.Element: FixedWidthInteger, C.Index == Int {
        let lf: C.Element = 10, cr: C.Element = 13
        var i = start
        let n = text.endIndex
        while i < n {
            let c = text[i]
            switch mode {
            case .universal, .untranslated:
                if c == lf { return i + 1 }
                if c == cr {
                    if i + 1 < n { return text[i + 1] == lf ? i + 2 : i + 1 }
                    return atEnd ? i + 1 : nil
                }
            case .lf:
                if c == lf { return i + 1 }
            case .cr:
                if c == cr { return i + 1 }
            case .crlf:
                if c == cr && i + 1 < n && text[i + 1] == lf { return i + 2 }
            }
            i += 1
        }
        return nil
    }
}
