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
            if parser.kind != .endMarker { try parser.statement(into: &body) }
            while parser.accept(.newline) {}
            if parser.kind != .endMarker {
                let t = parser.token
                throw SyntaxError("multiple statements found while compiling a single statement", at: t.range)
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
