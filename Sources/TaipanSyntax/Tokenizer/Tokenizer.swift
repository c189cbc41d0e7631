// The tokenizer: UTF-8 source bytes (newlines already normalised to "\n") to the whole token
// array, which the parser then reads with free lookahead and backtracking.
//
// It follows CPython 3.11's tokenizer rules: indentation measured with tabs to multiples of 8
// and, for the consistency check, with tabs as 1 column (TabError when the two disagree);
// blank and comment-only lines produce no tokens; brackets join lines; a backslash joins the
// next line; f-strings are single STRING tokens (the parser takes them apart).

public struct Tokenizer {
    let src: [UInt8]
    /// Where tokenizing stops: the end of the source, or of an f-string replacement field.
    let end: Int
    var pos = 0
    var line: Int32 = 1
    var lineStart = 0
    var indents: [Int32] = [0]
    var altIndents: [Int32] = [0]
    var parens: [(char: UInt8, line: Int32, column: Int32)] = []
    var tokens: [Token] = []
    var atLineStart = true
    /// Tokenizing an f-string replacement field (see `tokenizeReplacementField`).
    var isReplacementField = false

    static let maxParenDepth = 200
    static let maxIndentDepth = 100

    public static func tokenize(_ src: [UInt8]) throws(SyntaxError) -> [Token] {
        var t = Tokenizer(src: src)
        t.tokens.reserveCapacity(src.count / 3 + 16)
        try t.run()
        return t.tokens
    }

    init(src: [UInt8]) {
        self.src = src
        self.end = src.count
    }

    /// Tokens of the expression in an f-string replacement field, `src[range]`, which starts
    /// on line `line` whose first byte is at `lineStart`. CPython parses the field as if it
    /// were parenthesised, so the result is framed by `(` and `)` tokens placed at the
    /// field's braces, and newlines inside are not tokens.
    static func tokenizeReplacementField(_ src: [UInt8], _ range: Range<Int>, line: Int32, lineStart: Int) throws(SyntaxError) -> [Token] {
        var t = Tokenizer(src: src, end: range.upperBound)
        t.pos = range.lowerBound
        t.line = line
        t.lineStart = lineStart
        t.atLineStart = false
        let open = Int32(range.lowerBound - 1 - lineStart)
        t.tokens.append(Token(kind: .lpar, start: Int32(range.lowerBound - 1), end: Int32(range.lowerBound),
                              range: SourceRange(line: line, column: open, endLine: line, endColumn: open + 1)))
        t.parens.append((UInt8(ascii: "("), line, open))
        t.isReplacementField = true
        try t.run()
        return t.tokens
    }

    private init(src: [UInt8], end: Int) {
        self.src = src
        self.end = end
    }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < end ? src[i] : 0 }

    var column: Int32 { Int32(pos - lineStart) }

    mutating func emit(_ kind: TokenKind, from start: Int, line startLine: Int32, column startColumn: Int32) {
        let range = SourceRange(line: startLine, column: startColumn, endLine: line, endColumn: column)
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(pos), range: range))
    }

    func error(_ message: String, line: Int32? = nil, column: Int32? = nil, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        SyntaxError(message, kind: kind, line: Int(line ?? self.line), column: Int(column ?? self.column))
    }

    mutating func run() throws(SyntaxError) {
        if !isReplacementField, let nul = src.firstIndex(of: 0) {
            let nulLine = 1 + src[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw SyntaxError("source code cannot contain null bytes", line: nulLine, column: -1)
        }
        while true {
            if atLineStart {
                atLineStart = false
                if parens.isEmpty {
                    if try !measureIndentation() { continue }
                }
            }
            skipBlanks()
            if pos >= end {
                try finish()
                return
            }
            let c = src[pos]
            switch c {
            case UInt8(ascii: "#"):
                while pos < end && src[pos] != 0x0A { pos += 1 }
            case 0x0A:
                if parens.isEmpty {
                    let col = column
                    pos += 1
                    // NEWLINE is zero-width, as CPython positions it.
                    let range = SourceRange(line: line, column: col, endLine: line, endColumn: col)
                    tokens.append(Token(kind: .newline, start: Int32(pos - 1), end: Int32(pos - 1), range: range))
                    atLineStart = true
                } else {
                    pos += 1
                }
                newLine()
            case UInt8(ascii: "\\"):
                try continuation()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "."):
                let next = byte(pos + 1)
                if next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") {
                    try number()
                } else {
                    try operatorToken()
                }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try string(prefixStart: pos)
            default:
                if isIdentifierStart(c) {
                    try nameOrString()
                } else {
                    try operatorToken()
                }
            }
        }
    }

    /// Records that `pos` now starts a new physical line.
    @inline(__always) mutating func newLine() {
        line += 1
        lineStart = pos
    }

    mutating func skipBlanks() {
        while pos < end {
            let c = src[pos]
            if c == 0x20 || c == 0x09 || c == 0x0C { pos += 1 } else { break }
        }
    }

    /// At the start of a logical line outside brackets: measures indentation and emits INDENT
    /// or DEDENT tokens. Returns false when the line was blank and has been consumed.
    mutating func measureIndentation() throws(SyntaxError) -> Bool {
        var col: Int32 = 0
        var altCol: Int32 = 0
        var continuationCol: Int32? = nil
        while pos < end {
            let c = src[pos]
            if c == 0x20 {
                col += 1; altCol += 1
            } else if c == 0x09 {
                col = (col / 8 + 1) * 8
                altCol += 1
            } else if c == 0x0C {
                col = 0; altCol = 0
            } else if c == UInt8(ascii: "\\") && byte(pos + 1) == 0x0A {
                // Indentation cannot be split by a backslash: the first one found decides.
                continuationCol = continuationCol ?? col
                pos += 2
                newLine()
                continue
            } else {
                break
            }
            pos += 1
        }
        let c = byte(pos)
        if pos < end && (c == UInt8(ascii: "#") || c == 0x0A) {
            // A blank or comment-only line: no tokens, no indentation change.
            while pos < end && src[pos] != 0x0A { pos += 1 }
            if pos < end {
                pos += 1
                newLine()
                atLineStart = true
                return false
            }
            return true
        }
        if pos >= end {
            return true  // End of file: `finish` closes the open blocks.
        }
        if let cc = continuationCol { col = cc; altCol = cc }
        let top = indents[indents.count - 1]
        if col == top {
            if altCol != altIndents[altIndents.count - 1] { throw tabError() }
        } else if col > top {
            if indents.count >= Tokenizer.maxIndentDepth {
                throw error("too many levels of indentation", column: -1, kind: .indentation)
            }
            if altCol <= altIndents[altIndents.count - 1] { throw tabError() }
            indents.append(col)
            altIndents.append(altCol)
            emit(.indent, from: pos, line: line, column: column)
        } else {
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                emit(.dedent, from: pos, line: line, column: column)
            }
            if col != indents[indents.count - 1] {
                var lineEnd = pos
                while lineEnd < end && src[lineEnd] != 0x0A { lineEnd += 1 }
                throw error("unindent does not match any outer indentation level",
                            column: Int32(lineEnd - lineStart), kind: .indentation)
            }
            if altCol != altIndents[altIndents.count - 1] { throw tabError() }
        }
        return true
    }

    func tabError() -> SyntaxError {
        // CPython reports tokenizer-level indentation errors without a column.
        error("inconsistent use of tabs and spaces in indentation", column: -1, kind: .tab)
    }

    mutating func continuation() throws(SyntaxError) {
        if byte(pos + 1) != 0x0A || pos + 1 >= end {
            if pos + 1 >= end {
                throw error("unexpected EOF while parsing", column: column + 1)
            }
            throw error("unexpected character after line continuation character", column: column + 1)
        }
        if pos + 2 >= end {
            throw error("unexpected EOF while parsing", column: column + 1)
        }
        pos += 2
        newLine()
    }

    mutating func finish() throws(SyntaxError) {
        if isReplacementField {
            // The closing parenthesis stands where the field's expression ends.
            let range = SourceRange(line: line, column: column, endLine: line, endColumn: column + 1)
            if parens.count > 1, let open = parens.last {
                let char = Character(Unicode.Scalar(open.char))
                throw SyntaxError("'\(char)' was never closed", line: Int(open.line), column: Int(open.column))
            }
            tokens.append(Token(kind: .rpar, start: Int32(pos), end: Int32(pos + 1), range: range))
            emit(.endMarker, from: pos, line: line, column: column)
            return
        }
        if let open = parens.last {
            let char = Character(Unicode.Scalar(open.char))
            throw SyntaxError("'\(char)' was never closed", line: Int(open.line), column: Int(open.column))
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            let range = SourceRange(line: line, column: column, endLine: line, endColumn: column)
            tokens.append(Token(kind: .newline, start: Int32(pos), end: Int32(pos), range: range))
        }
        while indents.count > 1 {
            indents.removeLast()
            emit(.dedent, from: pos, line: line, column: column)
        }
        emit(.endMarker, from: pos, line: line, column: column)
    }

    // MARK: - Names

    @inline(__always) func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_") || c >= 0x80
    }

    @inline(__always) func isIdentifierChar(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    mutating func nameOrString() throws(SyntaxError) {
        let start = pos
        let startColumn = column
        // String prefixes: b, r, u, f in the combinations CPython accepts (no "ur").
        var sawB = false, sawR = false, sawU = false, sawF = false
        while pos < end {
            let c = src[pos] | 0x20
            if c == UInt8(ascii: "b") && !(sawB || sawU || sawF) { sawB = true }
            else if c == UInt8(ascii: "u") && !(sawB || sawU || sawR || sawF) { sawU = true }
            else if c == UInt8(ascii: "r") && !(sawR || sawU) { sawR = true }
            else if c == UInt8(ascii: "f") && !(sawF || sawB || sawU) { sawF = true }
            else { break }
            pos += 1
            let q = byte(pos)
            if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                try string(prefixStart: start)
                return
            }
        }
        pos = start
        var hasNonASCII = false
        while pos < end && isIdentifierChar(src[pos]) {
            if src[pos] >= 0x80 { hasNonASCII = true }
            pos += 1
        }
        if hasNonASCII { try verifyIdentifier(start) }
        var kind = TokenKind.name
        let length = pos - start
        if length >= 2 && length <= 8 && !hasNonASCII {
            let text = String(decoding: src[start..<pos], as: UTF8.self)
            if let k = TokenKind.keywords[text] { kind = k }
        }
        emit(kind, from: start, line: line, column: startColumn)
    }

    /// An identifier with non-ASCII characters must be a valid Python identifier; report the
    /// first character that is not, as CPython does.
    func verifyIdentifier(_ start: Int) throws(SyntaxError) {
        if let bad = SourceDecoder.firstInvalidUTF8(src[start..<pos]) {
            throw error(SourceDecoder.unicodeError(in: src[start..<pos], at: bad), column: Int32(bad - lineStart))
        }
        var i = start
        var first = true
        while i < pos {
            let (scalar, length) = decodeScalar(at: i)
            let ok: Bool
            if let s = Unicode.Scalar(scalar) {
                if first {
                    ok = s == "_" || s.properties.isXIDStart
                } else {
                    ok = s.properties.isXIDContinue
                }
            } else {
                ok = false
            }
            if !ok {
                let column = Int32(i - lineStart)
                if isPrintable(scalar) {
                    let shown = String(Unicode.Scalar(scalar).map { Character($0) } ?? "?")
                    throw error("invalid character '\(shown)' (U+\(hex4(scalar)))", column: column)
                }
                throw error("invalid non-printable character U+\(hex4(scalar))", column: column)
            }
            first = false
            i += length
        }
    }

    /// Decodes one UTF-8 scalar (the source is valid UTF-8).
    func decodeScalar(at i: Int) -> (UInt32, Int) {
        let b = src[i]
        if b < 0x80 { return (UInt32(b), 1) }
        if b & 0xE0 == 0xC0 { return (UInt32(b & 0x1F) << 6 | UInt32(byte(i + 1) & 0x3F), 2) }
        if b & 0xF0 == 0xE0 {
            return (UInt32(b & 0x0F) << 12 | UInt32(byte(i + 1) & 0x3F) << 6 | UInt32(byte(i + 2) & 0x3F), 3)
        }
        return (UInt32(b & 0x07) << 18 | UInt32(byte(i + 1) & 0x3F) << 12 | UInt32(byte(i + 2) & 0x3F) << 6
                    | UInt32(byte(i + 3) & 0x3F), 4)
    }

    // MARK: - Numbers

    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    @inline(__always) func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "f"))
    }

    mutating func number() throws(SyntaxError) {
        let start = pos
        let startColumn = column
        let c = src[pos]
        if c == UInt8(ascii: "0") {
            let next = byte(pos + 1) | 0x20
            if next == UInt8(ascii: "x") {
                pos += 2
                try radixDigits(start, kind: "hexadecimal") { c in
                    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "f"))
                }
                try verifyEndOfNumber(start, kind: "hexadecimal")
                emit(.number, from: start, line: line, column: startColumn)
                return
            }
            if next == UInt8(ascii: "o") || next == UInt8(ascii: "b") {
                let isOctal = next == UInt8(ascii: "o")
                let kind = isOctal ? "octal" : "binary"
                pos += 2
                let limit = isOctal ? UInt8(ascii: "7") : UInt8(ascii: "1")
                try radixDigits(start, kind: kind) { c in c >= UInt8(ascii: "0") && c <= limit }
                if isDigit(byte(pos)) {
                    let digit = Character(Unicode.Scalar(byte(pos)))
                    throw error("invalid digit '\(digit)' in \(kind) literal", column: column)
                }
                try verifyEndOfNumber(start, kind: kind)
                emit(.number, from: start, line: line, column: startColumn)
                return
            }
            // "0", "00", "0_0", or a float/imaginary starting with zeros ("0_3.1_4").
            var nonZero = false
            while true {
                if byte(pos) == UInt8(ascii: "_") {
                    pos += 1
                    if !isDigit(byte(pos)) { throw error("invalid decimal literal", column: column - 1) }
                }
                if byte(pos) != UInt8(ascii: "0") { break }
                pos += 1
            }
            let zerosEnd = column
            if isDigit(byte(pos)) {
                nonZero = true
                try decimalTail()
            }
            let n = byte(pos)
            if n == UInt8(ascii: ".") || n | 0x20 == UInt8(ascii: "e") || n | 0x20 == UInt8(ascii: "j") {
                try fraction(start, startColumn)
                return
            }
            if nonZero {
                throw SyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                  line: Int(line), column: Int(startColumn), endLine: Int(line), endColumn: Int(zerosEnd) - 1)
            }
            try verifyEndOfNumber(start, kind: "decimal")
            emit(.number, from: start, line: line, column: startColumn)
            return
        }
        if c != UInt8(ascii: ".") { try decimalTail() }
        try fraction(start, startColumn)
    }

    /// Digits of a 0x/0o/0b literal, each optionally preceded by one underscore.
    mutating func radixDigits(_ start: Int, kind: String, _ isDigit: (UInt8) -> Bool) throws(SyntaxError) {
        var count = 0
        while true {
            if byte(pos) == UInt8(ascii: "_") { pos += 1 }
            if !isDigit(byte(pos)) {
                if count == 0 || src[pos - 1] == UInt8(ascii: "_") {
                    if self.isDigit(byte(pos)) && kind != "hexadecimal" { return }
                    throw error("invalid \(kind) literal", column: column - 1)
                }
                return
            }
            while isDigit(byte(pos)) { pos += 1; count += 1 }
        }
    }

    /// Decimal digits with single underscores between them.
    mutating func decimalTail() throws(SyntaxError) {
        while true {
            while isDigit(byte(pos)) { pos += 1 }
            if byte(pos) != UInt8(ascii: "_") { return }
            pos += 1
            if !isDigit(byte(pos)) {
                throw error("invalid decimal literal", column: column - 1)
            }
        }
    }

    /// The rest of a decimal number after its integer digits: fraction, exponent, `j`.
    mutating func fraction(_ start: Int, _ startColumn: Int32) throws(SyntaxError) {
        if byte(pos) == UInt8(ascii: ".") {
            pos += 1
            if isDigit(byte(pos)) { try decimalTail() }
        }
        if byte(pos) | 0x20 == UInt8(ascii: "e") {
            let ePos = pos
            pos += 1
            if byte(pos) == UInt8(ascii: "+") || byte(pos) == UInt8(ascii: "-") {
                pos += 1
                if !isDigit(byte(pos)) { throw error("invalid decimal literal", column: column - 1) }
            } else if !isDigit(byte(pos)) {
                // "1else": the 'e' begins the next token.
                pos = ePos
                try verifyEndOfNumber(start, kind: "decimal")
                emit(.number, from: start, line: line, column: startColumn)
                return
            }
            try decimalTail()
        }
        if byte(pos) | 0x20 == UInt8(ascii: "j") {
            pos += 1
            try verifyEndOfNumber(start, kind: "imaginary")
        } else {
            try verifyEndOfNumber(start, kind: "decimal")
        }
        emit(.number, from: start, line: line, column: startColumn)
    }

    /// A number may be followed directly by a keyword that can follow an expression ("1if x
    /// else 2", "0x1for"), but not by another identifier character.
    func verifyEndOfNumber(_ start: Int, kind: String) throws(SyntaxError) {
        let c = byte(pos)
        guard pos < end && isIdentifierChar(c) else { return }
        let keywordsAllowed: [String] = ["and", "else", "for", "if", "in", "is", "not", "or"]
        for keyword in keywordsAllowed {
            let bytes = Array(keyword.utf8)
            if pos + bytes.count <= end && src[pos..<(pos + bytes.count)].elementsEqual(bytes) {
                return
            }
        }
        throw error("invalid \(kind) literal", column: column - 1)
    }

    // MARK: - Strings

    /// A string literal whose prefix starts at `prefixStart` and whose quote is at `pos`.
    mutating func string(prefixStart: Int) throws(SyntaxError) {
        let startLine = line
        let startColumn = Int32(prefixStart - lineStart)
        let quote = src[pos]
        let triple = byte(pos + 1) == quote && byte(pos + 2) == quote
        pos += triple ? 3 : 1
        while true {
            if pos >= end {
                // CPython does not count the empty "line" after a final newline.
                let detected = end > 0 && src[end - 1] == 0x0A && lineStart == end ? line - 1 : line
                if triple {
                    throw error("unterminated triple-quoted string literal (detected at line \(detected))",
                                line: startLine, column: startColumn)
                }
                throw error("unterminated string literal (detected at line \(detected))", line: startLine, column: startColumn)
            }
            let c = src[pos]
            if c == quote {
                if !triple {
                    pos += 1
                    break
                }
                if byte(pos + 1) == quote && byte(pos + 2) == quote {
                    pos += 3
                    break
                }
                pos += 1
            } else if c == 0x0A {
                if !triple {
                    throw error("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn)
                }
                pos += 1
                newLine()
            } else if c == UInt8(ascii: "\\") {
                pos += 1
                if pos < end {
                    if src[pos] == 0x0A {
                        pos += 1
                        newLine()
                    } else {
                        pos += 1
                    }
                }
            } else {
                pos += 1
            }
        }
        emit(.string, from: prefixStart, line: startLine, column: startColumn)
    }

    // MARK: - Operators

    mutating func operatorToken() throws(SyntaxError) {
        let start = pos
        let startColumn = column
        let c = src[pos]
        let c1 = byte(pos + 1)
        let c2 = byte(pos + 2)
        var kind: TokenKind
        var length = 1
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if parens.count >= Tokenizer.maxParenDepth {
                throw error("too many nested parentheses")
            }
            parens.append((c, line, startColumn))
            kind = c == UInt8(ascii: "(") ? .lpar : c == UInt8(ascii: "[") ? .lsqb : .lbrace
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            let shown = Character(Unicode.Scalar(c))
            guard let open = parens.popLast() else {
                throw error("unmatched '\(shown)'")
            }
            let expected: UInt8 = open.char == UInt8(ascii: "(") ? UInt8(ascii: ")") : open.char == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if c != expected {
                let opened = Character(Unicode.Scalar(open.char))
                if open.line != line {
                    throw error("closing parenthesis '\(shown)' does not match opening parenthesis '\(opened)' on line \(open.line)")
                }
                throw error("closing parenthesis '\(shown)' does not match opening parenthesis '\(opened)'")
            }
            kind = c == UInt8(ascii: ")") ? .rpar : c == UInt8(ascii: "]") ? .rsqb : .rbrace
        case UInt8(ascii: ":"):
            if c1 == UInt8(ascii: "=") { kind = .colonEqual; length = 2 } else { kind = .colon }
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semi
        case UInt8(ascii: "+"):
            if c1 == UInt8(ascii: "=") { kind = .plusEqual; length = 2 } else { kind = .plus }
        case UInt8(ascii: "-"):
            if c1 == UInt8(ascii: "=") { kind = .minusEqual; length = 2 }
            else if c1 == UInt8(ascii: ">") { kind = .rarrow; length = 2 }
            else { kind = .minus }
        case UInt8(ascii: "*"):
            if c1 == UInt8(ascii: "*") {
                if c2 == UInt8(ascii: "=") { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .starEqual; length = 2 } else { kind = .star }
        case UInt8(ascii: "/"):
            if c1 == UInt8(ascii: "/") {
                if c2 == UInt8(ascii: "=") { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .slashEqual; length = 2 } else { kind = .slash }
        case UInt8(ascii: "|"):
            if c1 == UInt8(ascii: "=") { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case UInt8(ascii: "&"):
            if c1 == UInt8(ascii: "=") { kind = .amperEqual; length = 2 } else { kind = .amper }
        case UInt8(ascii: "<"):
            if c1 == UInt8(ascii: "<") {
                if c2 == UInt8(ascii: "=") { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .lessEqual; length = 2 }
            else if c1 == UInt8(ascii: ">") { kind = .notEqual; length = 2 }
            else { kind = .less }
        case UInt8(ascii: ">"):
            if c1 == UInt8(ascii: ">") {
                if c2 == UInt8(ascii: "=") { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case UInt8(ascii: "="):
            if c1 == UInt8(ascii: "=") { kind = .equalEqual; length = 2 } else { kind = .equal }
        case UInt8(ascii: "!"):
            if c1 == UInt8(ascii: "=") { kind = .notEqual; length = 2 } else { kind = .exclamation }
        case UInt8(ascii: "."):
            if c1 == UInt8(ascii: ".") && c2 == UInt8(ascii: ".") { kind = .ellipsis; length = 3 } else { kind = .dot }
        case UInt8(ascii: "%"):
            if c1 == UInt8(ascii: "=") { kind = .percentEqual; length = 2 } else { kind = .percent }
        case UInt8(ascii: "~"): kind = .tilde
        case UInt8(ascii: "^"):
            if c1 == UInt8(ascii: "=") { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case UInt8(ascii: "@"):
            if c1 == UInt8(ascii: "=") { kind = .atEqual; length = 2 } else { kind = .at }
        default:
            // A printable ASCII character that is no operator ('$', '?', '`') is a token
            // the parser rejects with "invalid syntax", as in CPython.
            if !isPrintable(UInt32(c)) {
                throw error("invalid non-printable character U+\(hex4(UInt32(c)))")
            }
            kind = .errorToken
        }
        pos += length
        emit(kind, from: start, line: line, column: startColumn)
    }
}

/// Python's `str.isprintable` for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl,
/// Zp, Zs (except the ASCII space).
func isPrintable(_ scalar: UInt32) -> Bool {
    if scalar == 0x20 { return true }
    guard let s = Unicode.Scalar(scalar) else { return false }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
         .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// At least four upper-case hex digits, as in "U+00A0".
func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}
