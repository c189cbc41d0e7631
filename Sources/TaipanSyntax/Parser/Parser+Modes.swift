// The other start symbols of CPython's grammar: `eval` (one expression list, for eval() and
// compile(..., 'eval')) and `interactive` (one statement, for compile(..., 'single') and the
// REPL). `file` (parseModule) is in Parser.swift.

extension Parser {
    /// eval: expressions NEWLINE* ENDMARKER.
    public static func parseExpression(_ bytes: [UInt8]) throws(SyntaxError) -> Mod {
        let src = try SourceDecoder.decode(bytes)
        let tokens = try Tokenizer.tokenize(src)
        var parser = Parser(src: src, tokens: tokens)
        do throws(SyntaxError) {
            let body = try parser.expressions()
            while parser.accept(.newline) {}
            if parser.kind != .endMarker { throw parser.invalidSyntax() }
            return .Expression(body: body)
        } catch {
            throw parser.stringInputError(error)
        }
    }

    /// interactive: statement_newline; anything after the statement is an error.
    public static func parseInteractive(_ bytes: [UInt8]) throws(SyntaxError) -> Mod {
        let src = try SourceDecoder.decode(bytes)
        let tokens = try Tokenizer.tokenize(src)
        var parser = Parser(src: src, tokens: tokens)
        do throws(SyntaxError) {
            var body: [Stmt] = []
            while parser.accept(.newline) {}
            if parser.kind == .endMarker {
                // No statement at all (blank lines, comments): an error at the last line.
                let newlines = src.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let lines = newlines + (src.isEmpty || src.last == UInt8(ascii: "\n") ? 0 : 1)
                throw SyntaxError("invalid syntax", line: lines, column: -1)
            }
            try parser.statement(into: &body)
            // CPython's interactive rule wants a NEWLINE after a compound statement; a
            // one-line one (no INDENT) at the end of unterminated input lacks it.
            if let last = body.last, last.isCompound, src.last != UInt8(ascii: "\n"),
               !parser.tokens.contains(where: { $0.kind == .indent }) {
                throw SyntaxError("invalid syntax", line: Int(last.range.endLine), column: -1)
            }
            while parser.accept(.newline) {}
            if parser.kind != .endMarker {
                let end = body.last?.range ?? parser.token.range
                throw SyntaxError("multiple statements found while compiling a single statement",
                                  line: Int(end.endLine), column: Int(end.endColumn))
            }
            return .Interactive(body: body)
        } catch {
            throw parser.stringInputError(error)
        }
    }

    /// expressions: expression (',' expression)* [','], a tuple when there is a comma.
    mutating func expressions() throws(SyntaxError) -> Expr {
        let s = start
        let first = try expression()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression { break }
            elts.append(try expression())
        }
        return Expr(.Tuple(elts: elts, ctx: .Load), finish(s))
    }

    /// CPython reads eval and single input as a string without a final newline: an error
    /// on the implied end of the input has offset 0 there.
    func stringInputError(_ error: SyntaxError) -> SyntaxError {
        guard error.kind == .syntax, error.message == "invalid syntax", src.last != UInt8(ascii: "\n") else { return error }
        let last = tokens.last { $0.kind != .endMarker && $0.kind != .newline && $0.kind != .dedent }
        guard let last, error.line > Int(last.range.endLine)
                || (error.line == Int(last.range.endLine) && error.column >= Int(last.range.endColumn)) else { return error }
        var e = error
        e.column = -1
        e.endColumn = -1
        return e
    }
}

extension Stmt {
    /// A statement with a block: the REPL reads on until an empty line after one.
    public var isCompound: Bool {
        switch kind {
        case .FunctionDef, .AsyncFunctionDef, .ClassDef, .If, .While, .For, .AsyncFor, .Try, .TryStar,
             .With, .AsyncWith, .Match:
            return true
        default:
            return false
        }
    }
}
