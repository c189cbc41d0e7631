// Expressions, from the loosest binding (star_expressions, tuples without brackets) to atoms.
// Each precedence level of CPython's grammar is one method; left-associative levels loop.

extension Parser {
    /// star_expressions: an expression, or an unbracketed tuple of them (`return a, *b`).
    mutating func starExpressions() throws(SyntaxError) -> Expr {
        let s = start
        let first = try starExpression()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression { break }
            elts.append(try starExpression())
        }
        return Expr(.Tuple(elts: elts, ctx: .Load), finish(s))
    }

    mutating func starExpression() throws(SyntaxError) -> Expr {
        if kind == .star {
            let s = start
            advance()
            let value = try bitwiseOr()
            return Expr(.Starred(value: value, ctx: .Load), finish(s))
        }
        return try expression()
    }

    /// star_named_expression: an element of a list, set or tuple display.
    mutating func starNamedExpression() throws(SyntaxError) -> Expr {
        if kind == .star {
            let s = start
            advance()
            let value = try bitwiseOr()
            return Expr(.Starred(value: value, ctx: .Load), finish(s))
        }
        return try namedExpression()
    }

    /// named_expression: `NAME := expression` or an expression.
    mutating func namedExpression(checkEquals: Bool = true) throws(SyntaxError) -> Expr {
        if kind == .name && peek(1) == .colonEqual {
            let s = start
            let name = Expr(.Name(id: identifier(token), ctx: .Store), token.range)
            p += 2
            let value = try expression()
            return Expr(.NamedExpr(target: name, value: value), finish(s))
        }
        let e = try expression()
        if kind == .colonEqual {
            throw SyntaxError("cannot use assignment expressions with \(expressionName(e))", at: e.range)
        }
        if kind == .equal && checkEquals {
            try invalidNamedExpression(e)
        }
        return e
    }

    /// CPython's invalid_named_expression rule, for `if x = 1:` and the like: an '='
    /// followed by an operand that no other '=' or ':=' follows.
    mutating func invalidNamedExpression(_ e: Expr) throws(SyntaxError) {
        let saved = p
        advance()  // '='
        guard let value = try? bitwiseOr(), kind != .equal, kind != .colonEqual else {
            p = saved
            return
        }
        p = saved
        if case .Name = e.kind {
            throw SyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: SourceRange(from: e.range, to: value.range))
        }
        switch e.kind {
        case .List, .Tuple, .GeneratorExp, .Lambda, .IfExp, .Compare, .BoolOp, .NamedExpr, .Starred:
            return
        case .UnaryOp(.Not, _):
            return
        case .Constant(.none, _), .Constant(.bool, _):
            return
        default:
            throw SyntaxError("cannot assign to \(expressionName(e)) here. Maybe you meant '==' instead of '='?", at: e.range)
        }
    }

    /// expression: a conditional expression or a lambda.
    mutating func expression() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try lambda() }
        let s = start
        let body = try disjunction()
        if kind == .kwIf {
            advance()
            let test = try disjunction()
            guard accept(.kwElse) else {
                throw SyntaxError("expected 'else' after 'if' expression", at: SourceRange(from: s, to: test.range))
            }
            let orelse = try expression()
            return Expr(.IfExp(test: test, body: body, orelse: orelse), finish(s))
        }
        return body
    }

    mutating func lambda() throws(SyntaxError) -> Expr {
        let s = start
        advance()
        let args = try parameters(closing: .colon, lambda: true)
        try expectColon()
        let body = try expression()
        return Expr(.Lambda(args: args, body: body), finish(s))
    }

    mutating func disjunction() throws(SyntaxError) -> Expr {
        let s = start
        let first = try conjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try conjunction()) }
        return Expr(.BoolOp(op: .Or, values: values), finish(s))
    }

    mutating func conjunction() throws(SyntaxError) -> Expr {
        let s = start
        let first = try inversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try inversion()) }
        return Expr(.BoolOp(op: .And, values: values), finish(s))
    }

    mutating func inversion() throws(SyntaxError) -> Expr {
        if kind == .kwNot {
            let s = start
            advance()
            try enter()
            defer { leave() }
            let operand = try inversion()
            return Expr(.UnaryOp(op: .Not, operand: operand), finish(s))
        }
        return try comparison()
    }

    mutating func comparison() throws(SyntaxError) -> Expr {
        let s = start
        let left = try bitwiseOr()
        var ops: [CmpOp] = []
        var comparators: [Expr] = []
        scan: while true {
            let op: CmpOp
            switch kind {
            case .equalEqual: op = .Eq
            case .notEqual:
                if text(token) == "<>" { throw SyntaxError("invalid syntax", at: token.range) }
                op = .NotEq
            case .less: op = .Lt
            case .lessEqual: op = .LtE
            case .greater: op = .Gt
            case .greaterEqual: op = .GtE
            case .kwIn: op = .In
            case .kwIs:
                if peek(1) == .kwNot {
                    advance()
                    op = .IsNot
                } else {
                    op = .Is
                }
            case .kwNot:
                guard peek(1) == .kwIn else { break scan }
                advance()
                op = .NotIn
            default:
                break scan
            }
            advance()
            ops.append(op)
            comparators.append(try bitwiseOr())
        }
        if ops.isEmpty { return left }
        return Expr(.Compare(left: left, ops: ops, comparators: comparators), finish(s))
    }

    mutating func bitwiseOr() throws(SyntaxError) -> Expr {
        let s = start
        var left = try bitwiseXor()
        while kind == .vbar {
            advance()
            let right = try bitwiseXor()
            left = Expr(.BinOp(left: left, op: .BitOr, right: right), finish(s))
        }
        return left
    }

    mutating func bitwiseXor() throws(SyntaxError) -> Expr {
        let s = start
        var left = try bitwiseAnd()
        while kind == .circumflex {
            advance()
            let right = try bitwiseAnd()
            left = Expr(.BinOp(left: left, op: .BitXor, right: right), finish(s))
        }
        return left
    }

    mutating func bitwiseAnd() throws(SyntaxError) -> Expr {
        let s = start
        var left = try shiftExpression()
        while kind == .amper {
            advance()
            let right = try shiftExpression()
            left = Expr(.BinOp(left: left, op: .BitAnd, right: right), finish(s))
        }
        return left
    }

    mutating func shiftExpression() throws(SyntaxError) -> Expr {
        let s = start
        var left = try sum()
        while kind == .leftShift || kind == .rightShift {
            let op: Operator = kind == .leftShift ? .LShift : .RShift
            advance()
            let right = try sum()
            left = Expr(.BinOp(left: left, op: op, right: right), finish(s))
        }
        return left
    }

    mutating func sum() throws(SyntaxError) -> Expr {
        let s = start
        var left = try term()
        while kind == .plus || kind == .minus {
            let op: Operator = kind == .plus ? .Add : .Sub
            advance()
            let right = try term()
            left = Expr(.BinOp(left: left, op: op, right: right), finish(s))
        }
        return left
    }

    mutating func term() throws(SyntaxError) -> Expr {
        let s = start
        var left = try factor()
        while true {
            let op: Operator
            switch kind {
            case .star: op = .Mult
            case .slash: op = .Div
            case .doubleSlash: op = .FloorDiv
            case .percent: op = .Mod
            case .at: op = .MatMult
            default: return left
            }
            advance()
            let right = try factor()
            left = Expr(.BinOp(left: left, op: op, right: right), finish(s))
        }
    }

    mutating func factor() throws(SyntaxError) -> Expr {
        let op: UnaryOp
        switch kind {
        case .plus: op = .UAdd
        case .minus: op = .USub
        case .tilde: op = .Invert
        default: return try power()
        }
        let s = start
        advance()
        try enter()
        defer { leave() }
        let operand = try factor()
        return Expr(.UnaryOp(op: op, operand: operand), finish(s))
    }

    mutating func power() throws(SyntaxError) -> Expr {
        let s = start
        let base = try awaitPrimary()
        if kind == .doubleStar {
            advance()
            try enter()
            defer { leave() }
            let exponent = try factor()
            return Expr(.BinOp(left: base, op: .Pow, right: exponent), finish(s))
        }
        return base
    }

    mutating func awaitPrimary() throws(SyntaxError) -> Expr {
        if kind == .kwAwait {
            let s = start
            advance()
            try enter()
            defer { leave() }
            let value = try primary()
            return Expr(.Await(value: value), finish(s))
        }
        return try primary()
    }

    /// primary: an atom followed by attribute references, calls and subscripts.
    mutating func primary() throws(SyntaxError) -> Expr {
        let s = start
        var e = try atom()
        while true {
            switch kind {
            case .dot:
                advance()
                let attr = try expectName()
                e = Expr(.Attribute(value: e, attr: attr, ctx: .Load), finish(s))
            case .lpar:
                e = try call(e, start: s)
            case .lsqb:
                advance()
                let slice = try slices()
                try expect(.rsqb)
                e = Expr(.Subscript(value: e, slice: slice, ctx: .Load), finish(s))
            default:
                return e
            }
        }
    }

    /// slices: a single slice or expression, or a tuple of them.
    mutating func slices() throws(SyntaxError) -> Expr {
        let s = start
        let first = try slice()
        guard kind == .comma else {
            // `a[*b]` subscripts with a one-element tuple.
            if case .Starred = first.kind { return Expr(.Tuple(elts: [first], ctx: .Load), finish(s)) }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try slice())
        }
        return Expr(.Tuple(elts: elts, ctx: .Load), finish(s))
    }

    mutating func slice() throws(SyntaxError) -> Expr {
        let s = start
        if kind == .star {
            return try starExpression()
        }
        var lower: Expr? = nil
        if kind != .colon {
            let e = try namedExpression()
            if kind != .colon { return e }
            if case .NamedExpr = e.kind {
                // A walrus cannot start a slice; CPython parses `a[x:=1:2]` as invalid.
                throw invalidSyntax()
            }
            lower = e
        }
        advance()  // ':'
        var upper: Expr? = nil
        var step: Expr? = nil
        if kind != .colon && kind != .comma && kind != .rsqb {
            upper = try expression()
        }
        if accept(.colon) {
            if kind != .comma && kind != .rsqb {
                step = try expression()
            }
        }
        return Expr(.Slice(lower: lower, upper: upper, step: step), finish(s))
    }

    mutating func yieldExpression() throws(SyntaxError) -> Expr {
        let s = start
        advance()  // yield
        if accept(.kwFrom) {
            let value = try expression()
            return Expr(.YieldFrom(value: value), finish(s))
        }
        let value: Expr? = startsExpression ? try starExpressions() : nil
        return Expr(.Yield(value: value), finish(s))
    }

    // MARK: - Atoms

    mutating func atom() throws(SyntaxError) -> Expr {
        let t = token
        switch t.kind {
        case .name:
            advance()
            return Expr(.Name(id: identifier(t), ctx: .Load), t.range)
        case .number:
            advance()
            guard let value = parseNumberLiteral(src[Int(t.start)..<Int(t.end)]) else {
                throw SyntaxError("invalid decimal literal", at: t.range)
            }
            try checkIntegerDigitLimit(value, t)
            return Expr(.Constant(value: value, kind: nil), t.range)
        case .string:
            return try strings()
        case .kwTrue:
            advance()
            return Expr(.Constant(value: .bool(true), kind: nil), t.range)
        case .kwFalse:
            advance()
            return Expr(.Constant(value: .bool(false), kind: nil), t.range)
        case .kwNone:
            advance()
            return Expr(.Constant(value: .none, kind: nil), t.range)
        case .ellipsis:
            advance()
            return Expr(.Constant(value: .ellipsis, kind: nil), t.range)
        case .lpar:
            return try parenthesised()
        case .lsqb:
            return try listDisplay()
        case .lbrace:
            return try braceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// CPython converts decimal int literals with the default limit of 4300 digits
    /// (`sys.set_int_max_str_digits`); hexadecimal, octal and binary literals are exempt.
    func checkIntegerDigitLimit(_ value: ConstantValue, _ t: Token) throws(SyntaxError) {
        guard case .bigInt(let digits) = value, digits.utf8.count > 4300 else { return }
        let first = src[Int(t.start)]
        let second = Int(t.start) + 1 < Int(t.end) ? src[Int(t.start) + 1] | 0x20 : 0
        if first == UInt8(ascii: "0") && (second == UInt8(ascii: "x") || second == UInt8(ascii: "o") || second == UInt8(ascii: "b")) {
            return
        }
        var error = SyntaxError("Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                line: Int(t.range.line), column: -1)
        error.text = text(t)
        throw error
    }

    /// `( )`: an empty tuple, a group, a tuple, a generator expression or a parenthesised
    /// yield.
    mutating func parenthesised() throws(SyntaxError) -> Expr {
        let s = start
        advance()
        try enter()
        defer { leave() }
        if accept(.rpar) {
            return Expr(.Tuple(elts: [], ctx: .Load), finish(s))
        }
        if kind == .kwYield {
            let e = try yieldExpression()
            try expect(.rpar)
            return e
        }
        let first = try starNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            if case .Starred = first.kind {
                throw SyntaxError("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try comprehensionClauses()
            try expect(.rpar)
            return Expr(.GeneratorExp(elt: first, generators: generators), finish(s))
        }
        if accept(.rpar) {
            if case .Starred = first.kind {
                throw SyntaxError("cannot use starred expression here", at: first.range)
            }
            return first
        }
        guard kind == .comma else { throw try missingComma(after: first) }
        var elts = [first]
        while accept(.comma) {
            if kind == .rpar { break }
            elts.append(try starNamedExpression())
        }
        try checkComprehensionTarget(elts)
        if kind != .rpar { throw try missingComma(after: elts[elts.count - 1]) }
        advance()
        return Expr(.Tuple(elts: elts, ctx: .Load), finish(s))
    }

    mutating func listDisplay() throws(SyntaxError) -> Expr {
        let s = start
        advance()
        try enter()
        defer { leave() }
        if accept(.rsqb) {
            return Expr(.List(elts: [], ctx: .Load), finish(s))
        }
        let first = try starNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            if case .Starred = first.kind {
                throw SyntaxError("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try comprehensionClauses()
            try expect(.rsqb)
            return Expr(.ListComp(elt: first, generators: generators), finish(s))
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try starNamedExpression())
        }
        try checkComprehensionTarget(elts)
        if kind != .rsqb { throw try missingComma(after: elts[elts.count - 1]) }
        advance()
        return Expr(.List(elts: elts, ctx: .Load), finish(s))
    }

    /// `{ }`: a dict or set display or comprehension.
    mutating func braceDisplay() throws(SyntaxError) -> Expr {
        let s = start
        advance()
        try enter()
        defer { leave() }
        if accept(.rbrace) {
            return Expr(.Dict(keys: [], values: []), finish(s))
        }
        if kind == .doubleStar {
            let stars = token.range
            let saved = p
            advance()
            _ = try bitwiseOr()
            if kind == .kwFor || kind == .kwAsync {
                throw SyntaxError("dict unpacking cannot be used in dict comprehension", at: stars)
            }
            p = saved
            return try dictDisplay(start: s, firstKey: nil)
        }
        let first = try starNamedExpression()
        if kind == .colon {
            if case .Starred = first.kind { throw invalidSyntax() }
            return try dictDisplay(start: s, firstKey: first)
        }
        if kind == .kwFor || kind == .kwAsync {
            if case .Starred = first.kind {
                throw SyntaxError("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try comprehensionClauses()
            try expect(.rbrace)
            return Expr(.SetComp(elt: first, generators: generators), finish(s))
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rbrace { break }
            elts.append(try starNamedExpression())
        }
        try checkComprehensionTarget(elts)
        if kind != .rbrace { throw try missingComma(after: elts[elts.count - 1]) }
        advance()
        return Expr(.Set(elts: elts), finish(s))
    }

    /// The rest of a dict display or comprehension after `{`; `firstKey` is the key already
    /// parsed, or nil when the display starts with `**`.
    mutating func dictDisplay(start s: SourceRange, firstKey: Expr?) throws(SyntaxError) -> Expr {
        var keys: [Expr?] = []
        var values: [Expr] = []
        if let key = firstKey {
            advance()  // ':'
            let value = try expression()
            if kind == .kwFor || kind == .kwAsync {
                let generators = try comprehensionClauses()
                try expect(.rbrace)
                return Expr(.DictComp(key: key, value: value, generators: generators), finish(s))
            }
            keys.append(key)
            values.append(value)
            if !accept(.comma) {
                if kind != .rbrace { throw try missingComma(after: value) }
            }
        }
        while kind != .rbrace {
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try bitwiseOr())
            } else {
                keys.append(try expression())
                guard accept(.colon) else {
                    if kind == .rbrace || kind == .comma {
                        throw SyntaxError("':' expected after dictionary key", at: keys.last!!.range)
                    }
                    throw invalidSyntax()
                }
                values.append(try expression())
            }
            if !accept(.comma) { break }
        }
        if kind != .rbrace { throw try missingComma(after: values[values.count - 1]) }
        advance()
        return Expr(.Dict(keys: keys, values: values), finish(s))
    }

    /// for_if_clauses: one or more `[async] for targets in disjunction (if disjunction)*`.
    mutating func comprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var generators: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
            let isAsync = accept(.kwAsync) ? 1 : 0
            advance()  // for
            let target = try starTargets()
            guard accept(.kwIn) else { throw invalidSyntax() }
            let iter = try disjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try disjunction()) }
            generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return generators
    }

    /// The error for two expressions side by side inside brackets: CPython suggests a comma
    /// when the next token starts another expression.
    /// CPython's invalid_expression rule: inside brackets, a disjunction followed directly
    /// by another expression suggests a comma, unless the first is a name before a string
    /// (`print "x"`) or a soft keyword.
    mutating func missingComma(after e: Expr) throws(SyntaxError) -> SyntaxError {
        let saved = p
        defer { p = saved }
        switch e.kind {
        case .Lambda, .IfExp, .NamedExpr, .Starred, .Yield, .YieldFrom:
            return invalidSyntax()
        case .Name(let id, _):
            if kind == .string || id == "match" || id == "case" || id == "_" { return invalidSyntax() }
        default:
            break
        }
        let startsOperand: Bool
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .ellipsis,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse:
            startsOperand = true
        default:
            startsOperand = false
        }
        if startsOperand, let next = try? expression() {
            return SyntaxError("invalid syntax. Perhaps you forgot a comma?", at: SourceRange(from: e.range, to: next.range))
        }
        p = saved
        return invalidSyntax()
    }

    /// `[a, b for a in c]`: CPython asks for parentheses around the comprehension target.
    func checkComprehensionTarget(_ elts: [Expr]) throws(SyntaxError) {
        if elts.count > 1 && (kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor)) {
            throw SyntaxError("did you forget parentheses around the comprehension target?",
                              at: SourceRange(from: elts[0].range, to: elts[elts.count - 1].range))
        }
    }
}
