// The match statement (PEP 634) and its patterns. `match` and `case` are soft keywords: a
// line starting with `match` is a match statement only if a subject and ':' follow.

extension Parser {
    /// A match statement, or nil (with nothing consumed) when the line is not one.
    mutating func matchStatement() throws(SyntaxError) -> Stmt? {
        let s = start
        let saved = p
        advance()  // match
        guard startsExpression else { p = saved; return nil }
        let subject: Expr
        do {
            subject = try matchSubject()
        } catch {
            p = saved
            return nil
        }
        guard kind == .colon else {
            // `match x` and a newline: "expected ':'", unless the line is a valid simple
            // statement after all (`match(x)`).
            if kind == .newline {
                let newline = token.range
                p = saved
                var ignored: [Stmt] = []
                do {
                    try simpleStatements(into: &ignored)
                } catch {
                    throw SyntaxError("expected ':'", at: newline)
                }
            }
            p = saved
            return nil
        }
        let line = s.line
        advance()
        guard accept(.newline) else { throw invalidSyntax() }
        guard accept(.indent) else {
            throw SyntaxError("expected an indented block after 'match' statement on line \(line)", kind: .indentation, at: token.range)
        }
        var cases: [MatchCase] = []
        while isName("case") {
            cases.append(try caseBlock())
        }
        if cases.isEmpty { throw invalidSyntax() }
        guard accept(.dedent) || kind == .endMarker else { throw invalidSyntax() }
        return Stmt(.Match(subject: subject, cases: cases), finish(s))
    }

    mutating func matchSubject() throws(SyntaxError) -> Expr {
        let s = start
        let first = try starNamedExpression()
        guard kind == .comma else {
            if case .Starred = first.kind { throw invalidSyntax() }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .colon { break }
            elts.append(try starNamedExpression())
        }
        return Expr(.Tuple(elts: elts, ctx: .Load), finish(s))
    }

    mutating func caseBlock() throws(SyntaxError) -> MatchCase {
        let line = token.range.line
        advance()  // case
        let pattern = try patterns()
        var guardExpr: Expr? = nil
        if accept(.kwIf) { guardExpr = try namedExpression() }
        let body = try block(after: "'case' statement", line: line)
        return MatchCase(pattern: pattern, guard: guardExpr, body: body)
    }

    /// patterns: an open sequence (`case a, *b:`) or a single pattern.
    mutating func patterns() throws(SyntaxError) -> Pattern {
        let s = start
        let first = try maybeStarPattern()
        guard kind == .comma else {
            if case .MatchStar = first.kind {
                return Pattern(.MatchSequence(patterns: [first]), finish(s))
            }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if kind == .colon || kind == .kwIf { break }
            items.append(try maybeStarPattern())
        }
        return Pattern(.MatchSequence(patterns: items), finish(s))
    }

    mutating func maybeStarPattern() throws(SyntaxError) -> Pattern {
        if kind == .star {
            let s = start
            advance()
            guard kind == .name else { throw invalidSyntax() }
            let name = identifier(token)
            advance()
            return Pattern(.MatchStar(name: name == "_" ? nil : name), finish(s))
        }
        return try pattern()
    }

    /// pattern: an or-pattern, optionally `as NAME`.
    mutating func pattern() throws(SyntaxError) -> Pattern {
        try enter()
        defer { leave() }
        let s = start
        let orPattern = try orPattern()
        if accept(.kwAs) {
            guard kind == .name else {
                throw SyntaxError("invalid pattern target", at: token.range)
            }
            let name = identifier(token)
            if name == "_" {
                throw SyntaxError("cannot use '_' as a target", at: token.range)
            }
            advance()
            return Pattern(.MatchAs(pattern: orPattern, name: name), finish(s))
        }
        return orPattern
    }

    mutating func orPattern() throws(SyntaxError) -> Pattern {
        let s = start
        let first = try closedPattern()
        guard kind == .vbar else { return first }
        var alternatives = [first]
        while accept(.vbar) { alternatives.append(try closedPattern()) }
        return Pattern(.MatchOr(patterns: alternatives), finish(s))
    }

    mutating func closedPattern() throws(SyntaxError) -> Pattern {
        let s = start
        let t = token
        switch t.kind {
        case .number, .minus:
            let value = try signedNumberOrComplex()
            return Pattern(.MatchValue(value: value), value.range)
        case .string:
            let value = try strings()
            if case .JoinedStr = value.kind {
                throw SyntaxError("patterns may only match literals and attribute lookups", at: value.range)
            }
            return Pattern(.MatchValue(value: value), value.range)
        case .kwNone:
            advance()
            return Pattern(.MatchSingleton(value: .none), t.range)
        case .kwTrue:
            advance()
            return Pattern(.MatchSingleton(value: .bool(true)), t.range)
        case .kwFalse:
            advance()
            return Pattern(.MatchSingleton(value: .bool(false)), t.range)
        case .name:
            let name = identifier(t)
            advance()
            if kind != .dot && kind != .lpar {
                if kind == .equal { throw invalidSyntax() }
                return Pattern(.MatchAs(pattern: nil, name: name == "_" ? nil : name), t.range)
            }
            var e = Expr(.Name(id: name, ctx: .Load), t.range)
            while accept(.dot) {
                let attr = try expectName()
                e = Expr(.Attribute(value: e, attr: attr, ctx: .Load), finish(s))
            }
            if kind == .lpar {
                return try classPattern(e, start: s)
            }
            return Pattern(.MatchValue(value: e), e.range)
        case .lpar:
            advance()
            if accept(.rpar) {
                return Pattern(.MatchSequence(patterns: []), finish(s))
            }
            let first = try maybeStarPattern()
            if accept(.rpar) {
                if case .MatchStar = first.kind {
                    return Pattern(.MatchSequence(patterns: [first]), finish(s))
                }
                return first
            }
            guard kind == .comma else { throw invalidSyntax() }
            var items = [first]
            while accept(.comma) {
                if kind == .rpar { break }
                items.append(try maybeStarPattern())
            }
            try expect(.rpar)
            return Pattern(.MatchSequence(patterns: items), finish(s))
        case .lsqb:
            advance()
            var items: [Pattern] = []
            while kind != .rsqb {
                items.append(try maybeStarPattern())
                if !accept(.comma) { break }
            }
            try expect(.rsqb)
            return Pattern(.MatchSequence(patterns: items), finish(s))
        case .lbrace:
            return try mappingPattern()
        default:
            throw invalidSyntax()
        }
    }

    /// signed_number or complex_number: `1`, `-1`, `1+2j`, `-1.5-2j`.
    mutating func signedNumberOrComplex() throws(SyntaxError) -> Expr {
        let s = start
        var real: Expr
        if kind == .minus {
            advance()
            guard kind == .number else { throw invalidSyntax() }
            let number = try atom()
            real = Expr(.UnaryOp(op: .USub, operand: number), finish(s))
        } else {
            guard kind == .number else { throw invalidSyntax() }
            real = try atom()
        }
        if kind == .plus || kind == .minus {
            let op: Operator = kind == .plus ? .Add : .Sub
            advance()
            guard kind == .number else { throw invalidSyntax() }
            let imaginary = try atom()
            guard case .Constant(.imaginary, _) = imaginary.kind else {
                throw SyntaxError("imaginary number required in complex literal", at: imaginary.range)
            }
            if case .Constant(.imaginary, _) = real.kind {
                throw SyntaxError("real number required in complex literal", at: real.range)
            }
            real = Expr(.BinOp(left: real, op: op, right: imaginary), finish(s))
        }
        return real
    }

    mutating func classPattern(_ cls: Expr, start s: SourceRange) throws(SyntaxError) -> Pattern {
        advance()  // (
        var positional: [Pattern] = []
        var keywordNames: [String] = []
        var keywordPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && peek(1) == .equal {
                keywordNames.append(identifier(token))
                p += 2
                keywordPatterns.append(try pattern())
            } else {
                let positionalPattern = try pattern()
                if !keywordNames.isEmpty {
                    throw SyntaxError("positional patterns follow keyword patterns", at: positionalPattern.range)
                }
                positional.append(positionalPattern)
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        return Pattern(.MatchClass(cls: cls, patterns: positional, kwdAttrs: keywordNames, kwdPatterns: keywordPatterns), finish(s))
    }

    mutating func mappingPattern() throws(SyntaxError) -> Pattern {
        let s = start
        advance()  // {
        var keys: [Expr] = []
        var values: [Pattern] = []
        var rest: String? = nil
        while kind != .rbrace {
            if accept(.doubleStar) {
                rest = try expectName()
                _ = accept(.comma)
                break
            }
            keys.append(try mappingKey())
            guard accept(.colon) else { throw invalidSyntax() }
            values.append(try pattern())
            if !accept(.comma) { break }
        }
        try expect(.rbrace)
        return Pattern(.MatchMapping(keys: keys, patterns: values, rest: rest), finish(s))
    }

    /// A mapping pattern key: a literal or a dotted name.
    mutating func mappingKey() throws(SyntaxError) -> Expr {
        let s = start
        switch kind {
        case .number, .minus:
            return try signedNumberOrComplex()
        case .string:
            return try strings()
        case .kwNone, .kwTrue, .kwFalse:
            return try atom()
        case .name:
            var e = try atom()
            guard kind == .dot else { throw invalidSyntax() }
            while accept(.dot) {
                let attr = try expectName()
                e = Expr(.Attribute(value: e, attr: attr, ctx: .Load), finish(s))
            }
            return e
        default:
            throw invalidSyntax()
        }
    }
}
