// A recursive-descent parser for the Python 3.11 grammar, producing the same tree (and the
// same positions) as CPython's PEG parser. The whole token array is available, so the few
// places where the grammar needs more than one token of lookahead save `p` and backtrack.
//
// Positions: a node spans from the first token of its rule to the last token consumed by
// it, as CPython's EXTRA macro does; `start()` and `finish(_:)` implement that.
//
// Nesting is bounded (`maxDepth`, about where CPython's parser gives up with MemoryError) so
// that hostile input gives an error, not a native stack overflow. The deepest nesting needs
// a few megabytes more than a default 8 MB thread stack: callers parse on a thread with a
// large stack (the `taipan` command runs everything on one).

public struct Parser {
    let src: [UInt8]
    var tokens: [Token]
    /// Index of the next token.
    var p = 0
    var depth = 0
    static let maxDepth = 6000

    init(src: [UInt8], tokens: [Token]) {
        self.src = src
        self.tokens = tokens
    }

    /// Parses a whole module from the bytes of a source file (any encoding PEP 263 allows).
    public static func parseModule(_ bytes: [UInt8]) throws(SyntaxError) -> Mod {
        let src = try SourceDecoder.decode(bytes)
        let tokens = try Tokenizer.tokenize(src)
        var parser = Parser(src: src, tokens: tokens)
        return try parser.file()
    }

    // MARK: - Token access

    @inline(__always) var kind: TokenKind { tokens[p].kind }
    @inline(__always) var token: Token { tokens[p] }

    @inline(__always) func peek(_ offset: Int) -> TokenKind {
        let i = p + offset
        return i < tokens.count ? tokens[i].kind : .endMarker
    }

    @inline(__always) mutating func advance() {
        if tokens[p].kind != .endMarker { p += 1 }
    }

    @inline(__always) mutating func accept(_ k: TokenKind) -> Bool {
        if tokens[p].kind == k {
            p += 1
            return true
        }
        return false
    }

    mutating func expect(_ k: TokenKind) throws(SyntaxError) {
        if tokens[p].kind == k {
            p += 1
            return
        }
        throw invalidSyntax()
    }

    /// The ':' that opens a block. CPython says "expected ':'" when the line ends instead,
    /// and, for the headers whose grammar forces the colon (`def`, `try`, `else`,
    /// `finally`), whatever token stands there.
    mutating func expectColon(forced: Bool = false) throws(SyntaxError) {
        if accept(.colon) { return }
        if kind == .newline || forced {
            throw SyntaxError("expected ':'", at: token.range)
        }
        throw invalidSyntax()
    }

    /// The text of a token as a Swift string.
    func text(_ t: Token) -> String {
        String(decoding: src[Int(t.start)..<Int(t.end)], as: UTF8.self)
    }

    /// True when the current token is the name `word` (for soft keywords).
    func isName(_ word: StaticString) -> Bool {
        let t = tokens[p]
        guard t.kind == .name, Int(t.end - t.start) == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        var i = 0
        while i < word.utf8CodeUnitCount {
            if src[Int(t.start) + i] != w[i] { return false }
            i += 1
        }
        return true
    }

    // MARK: - Positions

    /// The start of the current token, to be completed by `finish`.
    @inline(__always) var start: SourceRange { tokens[p].range }

    /// The range from `start` to the end of the last consumed token, not counting the
    /// NEWLINE, INDENT and DEDENT tokens that close a block.
    @inline(__always) func finish(_ start: SourceRange) -> SourceRange {
        var i = p > 0 ? p - 1 : 0
        while i > 0 {
            let k = tokens[i].kind
            if k != .newline && k != .dedent && k != .indent { break }
            i -= 1
        }
        let last = tokens[i].range
        return SourceRange(line: start.line, column: start.column, endLine: last.endLine, endColumn: last.endColumn)
    }

    // MARK: - Errors

    func invalidSyntax() -> SyntaxError {
        let t = tokens[p]
        if t.kind == .endMarker || (t.kind == .newline && t.start == t.end) {
            return SyntaxError("invalid syntax", at: t.range)
        }
        if t.kind == .indent || t.kind == .dedent {
            // INDENT and DEDENT tokens have no column in CPython: no caret is shown.
            let message = t.kind == .indent ? "unexpected indent" : "unexpected unindent"
            return SyntaxError(message, kind: .indentation, line: Int(t.range.line), column: -1)
        }
        return SyntaxError("invalid syntax", at: t.range)
    }

    @inline(__always) mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw SyntaxError("", kind: .parserStackOverflow, line: 0, column: -1)
        }
    }

    @inline(__always) mutating func leave() {
        depth -= 1
    }

    // MARK: - Names

    /// The identifier of a NAME token, NFKC-normalised when it is not ASCII (PEP 3131).
    func identifier(_ t: Token) -> String {
        var ascii = true
        for i in Int(t.start)..<Int(t.end) where src[i] >= 0x80 {
            ascii = false
            break
        }
        let s = text(t)
        return ascii ? s : normalizeIdentifier(s)
    }

    mutating func expectName() throws(SyntaxError) -> String {
        guard kind == .name else { throw invalidSyntax() }
        let t = token
        p += 1
        return identifier(t)
    }
}

extension SourceRange {
    /// The empty range just past this one (where "expected ':'" points).
    var afterEnd: SourceRange {
        SourceRange(line: endLine, column: endColumn, endLine: endLine, endColumn: endColumn)
    }
}
