// Assignment and deletion targets. Targets are parsed as expressions, then checked (with
// CPython's messages: "cannot assign to function call", …) and given the Store or Del
// context.

extension Parser {
    /// star_targets of `for` and comprehensions: one target or an unbracketed tuple.
    mutating func starTargets() throws(SyntaxError) -> Expr {
        let s = start
        let first = try starTarget()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            if kind == .kwIn || kind == .equal || !startsExpression { break }
            elts.append(try starTarget())
        }
        let tuple = Expr(.Tuple(elts: elts, ctx: .Store), finish(s))
        return tuple
    }

    /// A single star_target, checked and in Store context.
    mutating func starTarget() throws(SyntaxError) -> Expr {
        let e: Expr
        if kind == .star {
            let s = start
            advance()
            if kind == .star { throw invalidSyntax() }
            let value = try starTarget()
            e = Expr(.Starred(value: value, ctx: .Store), finish(s))
        } else {
            e = try bitwiseOr()
        }
        if let bad = invalidTarget(e, deleting: false) {
            throw cannotAssign(bad)
        }
        setContext(e, .Store)
        return e
    }

    mutating func delTargets() throws(SyntaxError) -> [Expr] {
        var targets: [Expr] = []
        repeat {
            if !startsExpression { break }
            let e = try bitwiseOr()
            if let bad = invalidTarget(e, deleting: true) {
                throw SyntaxError("cannot delete \(expressionName(bad))", at: bad.range)
            }
            setContext(e, .Del)
            targets.append(e)
        } while accept(.comma)
        if targets.isEmpty { throw invalidSyntax() }
        if kind != .newline && kind != .semi && kind != .endMarker {
            throw invalidSyntax()
        }
        return targets
    }

    /// Checks one target of an assignment statement. A lone target before the value gets
    /// CPython's hint about '=='.
    func checkAssignmentTarget(_ e: Expr, inAssignment: Bool, soleTarget: Bool = false) throws(SyntaxError) {
        guard let bad = invalidTarget(e, deleting: false) else { return }
        if soleTarget && hintsEquality(e, bad) {
            throw SyntaxError("cannot assign to \(expressionName(bad)) here. Maybe you meant '==' instead of '='?", at: bad.range)
        }
        throw cannotAssign(bad)
    }

    /// CPython's invalid_named_expression rule fires for a target that is itself the bad
    /// expression (or the last item of an unbracketed tuple), unless it is a display or a
    /// True/False/None constant.
    private func hintsEquality(_ target: Expr, _ bad: Expr) -> Bool {
        var candidate = target
        if case .Tuple(let elts, _) = target.kind, let first = elts.first,
           first.range.line == target.range.line && first.range.column == target.range.column {
            candidate = elts[elts.count - 1]
        }
        guard candidate === bad else { return false }
        // The rule matches only a bitwise_or operand before the '=': any parenthesised
        // expression, but not a bare lambda, conditional, comparison, …
        if isParenthesised(bad) { return !isDisplayOrSingleton(bad) }
        switch bad.kind {
        case .List, .Tuple, .GeneratorExp, .Lambda, .IfExp, .Compare, .BoolOp, .NamedExpr, .Yield, .YieldFrom, .Starred:
            return false
        case .UnaryOp(.Not, _):
            return false
        case .Constant(let value, _):
            switch value {
            case .none, .bool: return false
            default: return true
            }
        default: return true
        }
    }

    func isDisplayOrSingleton(_ e: Expr) -> Bool {
        switch e.kind {
        case .List, .Tuple, .GeneratorExp, .Constant(.none, _), .Constant(.bool, _): return true
        default: return false
        }
    }

    /// Whether `e` stands directly inside parentheses: `(a if b else c)`.
    func isParenthesised(_ e: Expr) -> Bool {
        guard let first = tokenIndex(startingAt: e.range) else { return false }
        var last = first
        while last + 1 < tokens.count {
            let r = tokens[last].range
            if r.endLine == e.range.endLine && r.endColumn == e.range.endColumn { break }
            last += 1
        }
        return first > 0 && tokens[first - 1].kind == .lpar && last + 1 < tokens.count && tokens[last + 1].kind == .rpar
    }

    /// The index of the token that starts where `range` starts (tokens are in source order).
    func tokenIndex(startingAt range: SourceRange) -> Int? {
        var low = 0
        var high = tokens.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = tokens[mid].range
            if r.line == range.line && r.column == range.column {
                // Zero-width tokens may share the position; take the first.
                var i = mid
                while i > 0 && tokens[i - 1].range.line == range.line && tokens[i - 1].range.column == range.column { i -= 1 }
                return i
            }
            if r.line < range.line || (r.line == range.line && r.column < range.column) { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    func cannotAssign(_ bad: Expr) -> SyntaxError {
        SyntaxError("cannot assign to \(expressionName(bad))", at: bad.range)
    }

    /// The first sub-expression that cannot be a target, or nil when `e` is a valid target.
    func invalidTarget(_ e: Expr, deleting: Bool) -> Expr? {
        switch e.kind {
        case .Name, .Attribute, .Subscript:
            return nil
        case .Tuple(let elts, _), .List(let elts, _):
            for x in elts {
                if let bad = invalidTarget(x, deleting: deleting) { return bad }
            }
            return nil
        case .Starred(let value, _):
            return deleting ? e : invalidTarget(value, deleting: deleting)
        default:
            return e
        }
    }

    /// Gives a target and its sub-targets the context `ctx`.
    func setContext(_ e: Expr, _ ctx: ExprContext) {
        switch e.kind {
        case .Name(let id, _):
            e.kind = .Name(id: id, ctx: ctx)
        case .Attribute(let value, let attr, _):
            e.kind = .Attribute(value: value, attr: attr, ctx: ctx)
        case .Subscript(let value, let slice, _):
            e.kind = .Subscript(value: value, slice: slice, ctx: ctx)
        case .Starred(let value, _):
            setContext(value, ctx)
            e.kind = .Starred(value: value, ctx: ctx)
        case .List(let elts, _):
            for x in elts { setContext(x, ctx) }
            e.kind = .List(elts: elts, ctx: ctx)
        case .Tuple(let elts, _):
            for x in elts { setContext(x, ctx) }
            e.kind = .Tuple(elts: elts, ctx: ctx)
        default:
            break
        }
    }

    /// How CPython names an expression in error messages ("function call", "literal", …).
    func expressionName(_ e: Expr) -> String {
        switch e.kind {
        case .Attribute: return "attribute"
        case .Subscript: return "subscript"
        case .Starred: return "starred"
        case .Name: return "name"
        case .List: return "list"
        case .Tuple: return "tuple"
        case .Lambda: return "lambda"
        case .Call: return "function call"
        case .BoolOp, .BinOp, .UnaryOp: return "expression"
        case .GeneratorExp: return "generator expression"
        case .Yield, .YieldFrom: return "yield expression"
        case .Await: return "await expression"
        case .ListComp: return "list comprehension"
        case .SetComp: return "set comprehension"
        case .DictComp: return "dict comprehension"
        case .Dict: return "dict literal"
        case .Set: return "set display"
        case .JoinedStr, .FormattedValue: return "f-string expression"
        case .Constant(let value, _):
            switch value {
            case .none: return "None"
            case .bool(true): return "True"
            case .bool(false): return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .Compare: return "comparison"
        case .IfExp: return "conditional expression"
        case .NamedExpr: return "named expression"
        case .Slice: return "slice"
        }
    }

    /// The error for an expression statement followed by something that cannot follow it.
    mutating func invalidExpressionStatement(_ e: Expr) throws(SyntaxError) -> SyntaxError {
        if kind == .colonEqual {
            return invalidSyntax()
        }
        if startsExpression && !kind.isKeyword, case .Name(let id, _) = e.kind {
            if id == "print" || id == "exec" {
                let saved = p
                defer { p = saved }
                if let arg = try? starExpressions() {
                    let hint = id == "print" ? "print(...)" : "exec(...)"
                    return SyntaxError("Missing parentheses in call to '\(id)'. Did you mean \(hint)?", at: SourceRange(from: e.range, to: arg.range))
                }
            }
        }
        return invalidSyntax()
    }
}
