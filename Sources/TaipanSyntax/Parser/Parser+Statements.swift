// Statements: simple statements separated by ';', compound statements with their blocks.

extension Parser {
    mutating func file() throws(SyntaxError) -> Mod {
        var body: [Stmt] = []
        while kind != .endMarker {
            try statement(into: &body)
        }
        return .Module(body: body, typeIgnores: [])
    }

    /// One logical line or one compound statement, appended to `body`.
    mutating func statement(into body: inout [Stmt]) throws(SyntaxError) {
        switch kind {
        case .kwDef, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .at, .kwAsync:
            body.append(try compoundStatement())
        case .indent:
            throw invalidSyntax()
        case .name where isName("match"):
            if let m = try matchStatement() {
                body.append(m)
            } else {
                try simpleStatements(into: &body)
            }
        default:
            try simpleStatements(into: &body)
        }
    }

    mutating func simpleStatements(into body: inout [Stmt]) throws(SyntaxError) {
        while true {
            body.append(try simpleStatement())
            if accept(.semi) {
                if kind == .newline { break }
                continue
            }
            break
        }
        if !accept(.newline) {
            throw invalidSyntax()
        }
    }

    mutating func simpleStatement() throws(SyntaxError) -> Stmt {
        let s = start
        switch kind {
        case .kwPass:
            advance()
            return Stmt(.Pass, finish(s))
        case .kwBreak:
            advance()
            return Stmt(.Break, finish(s))
        case .kwContinue:
            advance()
            return Stmt(.Continue, finish(s))
        case .kwReturn:
            advance()
            let value: Expr? = startsExpression ? try starExpressions() : nil
            return Stmt(.Return(value: value), finish(s))
        case .kwRaise:
            advance()
            var exc: Expr? = nil
            var cause: Expr? = nil
            if startsExpression {
                exc = try expression()
                if accept(.kwFrom) { cause = try expression() }
            }
            return Stmt(.Raise(exc: exc, cause: cause), finish(s))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = kind == .kwGlobal
            advance()
            var names: [String] = [try expectName()]
            while accept(.comma) { names.append(try expectName()) }
            return Stmt(isGlobal ? .Global(names: names) : .Nonlocal(names: names), finish(s))
        case .kwDel:
            advance()
            let targets = try delTargets()
            return Stmt(.Delete(targets: targets), finish(s))
        case .kwAssert:
            advance()
            let test = try expression()
            let msg: Expr? = accept(.comma) ? try expression() : nil
            return Stmt(.Assert(test: test, msg: msg), finish(s))
        case .kwImport:
            return try importName()
        case .kwFrom:
            return try importFrom()
        default:
            return try expressionStatement()
        }
    }

    /// Whether the current token can begin an expression (used for optional operands such as
    /// `return` with no value).
    var startsExpression: Bool {
        switch kind {
        case .newline, .semi, .endMarker, .rpar, .rsqb, .rbrace, .colon, .comma, .equal,
             .kwFrom, .kwAs, .kwIn, .dedent, .indent, .kwElse, .kwFor, .kwIf:
            return false
        default:
            return true
        }
    }

    // MARK: - Assignment and expression statements

    mutating func expressionStatement() throws(SyntaxError) -> Stmt {
        let s = start
        let startsWithParen = kind == .lpar
        let startsWithYield = kind == .kwYield
        let first: Expr = startsWithYield ? try yieldExpression() : try starExpressions()
        if startsWithYield && kind == .equal {
            throw SyntaxError("assignment to yield expression not possible", at: first.range)
        }

        if kind == .colon {
            // Annotated assignment.
            try checkAnnotationTarget(first)
            advance()
            let annotation = try expression()
            var value: Expr? = nil
            if accept(.equal) {
                value = kind == .kwYield ? try yieldExpression() : try starExpressions()
            }
            setContext(first, .Store)
            let simple = (!startsWithParen && isNameExpr(first)) ? 1 : 0
            return Stmt(.AnnAssign(target: first, annotation: annotation, value: value, simple: simple), finish(s))
        }
        if let op = kind.augmentedOperator {
            switch first.kind {
            case .Name, .Attribute, .Subscript:
                break
            default:
                throw SyntaxError("'\(expressionName(first))' is an illegal expression for augmented assignment", at: first.range)
            }
            advance()
            setContext(first, .Store)
            let value = kind == .kwYield ? try yieldExpression() : try starExpressions()
            return Stmt(.AugAssign(target: first, op: op, value: value), finish(s))
        }
        if kind == .equal {
            var targets: [Expr] = [first]
            var value = first
            var unparenthesisedYield = kind == .kwYield
            while accept(.equal) {
                if unparenthesisedYield {
                    throw SyntaxError("assignment to yield expression not possible", at: value.range)
                }
                unparenthesisedYield = kind == .kwYield
                value = kind == .kwYield ? try yieldExpression() : try starExpressions()
                targets.append(value)
            }
            targets.removeLast()
            for (i, t) in targets.enumerated() {
                try checkAssignmentTarget(t, inAssignment: true, soleTarget: targets.count == 1 && i == 0)
                setContext(t, .Store)
            }
            return Stmt(.Assign(targets: targets, value: value, typeComment: nil), finish(s))
        }
        if kind != .newline && kind != .semi && kind != .endMarker {
            throw try invalidExpressionStatement(first)
        }
        return Stmt(.Expr(value: first), finish(s))
    }

    func isNameExpr(_ e: Expr) -> Bool {
        if case .Name = e.kind { return true }
        return false
    }

    func checkAnnotationTarget(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .Name, .Attribute, .Subscript:
            return
        case .Tuple(let elts, _):
            // Without parentheses CPython points at the first item.
            let unparenthesised = elts.first.map { $0.range.line == e.range.line && $0.range.column == e.range.column } ?? false
            throw SyntaxError("only single target (not tuple) can be annotated", at: unparenthesised ? elts[0].range : e.range)
        case .List:
            throw SyntaxError("only single target (not list) can be annotated", at: e.range)
        default:
            throw SyntaxError("illegal target for annotation", at: e.range)
        }
    }

    // MARK: - Imports

    mutating func importName() throws(SyntaxError) -> Stmt {
        let s = start
        advance()
        var names: [Alias] = []
        repeat {
            let a = start
            let name = try dottedName()
            var asname: String? = nil
            if accept(.kwAs) { asname = try expectName() }
            names.append(Alias(name: name, asname: asname, range: finish(a)))
        } while accept(.comma)
        if kind != .newline && kind != .semi && kind != .endMarker {
            throw invalidSyntax()
        }
        return Stmt(.Import(names: names), finish(s))
    }

    mutating func dottedName() throws(SyntaxError) -> String {
        var name = try expectName()
        while kind == .dot {
            advance()
            name += "." + (try expectName())
        }
        return name
    }

    mutating func importFrom() throws(SyntaxError) -> Stmt {
        let s = start
        advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String? = nil
        if kind != .kwImport || level == 0 {
            module = try dottedName()
        }
        guard accept(.kwImport) else { throw invalidSyntax() }
        var names: [Alias] = []
        if kind == .star {
            let a = start
            advance()
            names.append(Alias(name: "*", asname: nil, range: finish(a)))
        } else {
            let parenthesised = accept(.lpar)
            repeat {
                if parenthesised && kind == .rpar && !names.isEmpty { break }
                if !parenthesised && kind == .newline && !names.isEmpty {
                    throw SyntaxError("trailing comma not allowed without surrounding parentheses", at: token.range)
                }
                let a = start
                let name = try expectName()
                var asname: String? = nil
                if accept(.kwAs) { asname = try expectName() }
                names.append(Alias(name: name, asname: asname, range: finish(a)))
            } while accept(.comma)
            if parenthesised {
                try expect(.rpar)
            }
        }
        return Stmt(.ImportFrom(module: module, names: names, level: level), finish(s))
    }

    // MARK: - Blocks

    /// ':' then either simple statements on the same line or NEWLINE INDENT statements DEDENT.
    /// `what` names the statement for "expected an indented block after …".
    mutating func block(after what: String, line: Int32, forcedColon: Bool = false) throws(SyntaxError) -> [Stmt] {
        try expectColon(forced: forcedColon)
        var body: [Stmt] = []
        if accept(.newline) {
            guard accept(.indent) else {
                let message = "expected an indented block after \(what) on line \(line)"
                if kind == .endMarker {
                    throw SyntaxError(message, kind: .indentation, line: Int(tokens[p - 1].range.line), column: -1)
                }
                throw SyntaxError(message, kind: .indentation, at: token.range)
            }
            try enter()
            while kind != .dedent && kind != .endMarker {
                try statement(into: &body)
            }
            leave()
            _ = accept(.dedent)
        } else {
            try simpleStatements(into: &body)
        }
        return body
    }

    mutating func compoundStatement() throws(SyntaxError) -> Stmt {
        switch kind {
        case .kwDef: return try functionDef(decorators: [], isAsync: false, start: start)
        case .kwIf: return try ifStatement()
        case .kwClass: return try classDef(decorators: [], start: start)
        case .kwWith: return try withStatement(isAsync: false, start: start)
        case .kwFor: return try forStatement(isAsync: false, start: start)
        case .kwTry: return try tryStatement()
        case .kwWhile: return try whileStatement()
        case .at: return try decorated()
        case .kwAsync:
            let s = start
            advance()
            switch kind {
            case .kwDef: return try functionDef(decorators: [], isAsync: true, start: s)
            case .kwWith: return try withStatement(isAsync: true, start: s)
            case .kwFor: return try forStatement(isAsync: true, start: s)
            default: throw invalidSyntax()
            }
        default:
            throw invalidSyntax()
        }
    }

    mutating func decorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try namedExpression())
            guard accept(.newline) else { throw invalidSyntax() }
        }
        let s = start
        switch kind {
        case .kwDef: return try functionDef(decorators: decorators, isAsync: false, start: s)
        case .kwClass: return try classDef(decorators: decorators, start: s)
        case .kwAsync:
            advance()
            guard kind == .kwDef else { throw invalidSyntax() }
            return try functionDef(decorators: decorators, isAsync: true, start: s)
        default:
            throw invalidSyntax()
        }
    }

    mutating func functionDef(decorators: [Expr], isAsync: Bool, start s: SourceRange) throws(SyntaxError) -> Stmt {
        let line = token.range.line
        advance()  // def
        let name = try expectName()
        guard accept(.lpar) else { throw SyntaxError("expected '('", at: token.range) }
        let args = try parameters(closing: .rpar, lambda: false)
        try expect(.rpar)
        var returns: Expr? = nil
        if accept(.rarrow) { returns = try expression() }
        let body = try block(after: "function definition", line: line, forcedColon: true)
        let kind: Stmt.Kind = isAsync
            ? .AsyncFunctionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns, typeComment: nil)
            : .FunctionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns, typeComment: nil)
        return Stmt(kind, finish(s))
    }

    mutating func classDef(decorators: [Expr], start s: SourceRange) throws(SyntaxError) -> Stmt {
        let line = token.range.line
        advance()  // class
        let name = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.lpar) {
            if kind != .rpar {
                (bases, keywords, _) = try callArguments()
            }
            try expect(.rpar)
        }
        let body = try block(after: "class definition", line: line)
        return Stmt(.ClassDef(name: name, bases: bases, keywords: keywords, body: body, decoratorList: decorators), finish(s))
    }

    mutating func ifStatement() throws(SyntaxError) -> Stmt {
        let s = start
        let line = token.range.line
        let isElif = kind == .kwElif
        advance()
        let test = try namedExpression()
        let body = try block(after: isElif ? "'elif' statement" : "'if' statement", line: line)
        var orelse: [Stmt] = []
        if kind == .kwElif {
            orelse = [try ifStatement()]
        } else if kind == .kwElse {
            let elseLine = token.range.line
            advance()
            orelse = try block(after: "'else' statement", line: elseLine, forcedColon: true)
        }
        return Stmt(.If(test: test, body: body, orelse: orelse), finish(s))
    }

    mutating func whileStatement() throws(SyntaxError) -> Stmt {
        let s = start
        let line = token.range.line
        advance()
        let test = try namedExpression()
        let body = try block(after: "'while' statement", line: line)
        let orelse = try elseBlock()
        return Stmt(.While(test: test, body: body, orelse: orelse), finish(s))
    }

    mutating func elseBlock() throws(SyntaxError) -> [Stmt] {
        guard kind == .kwElse else { return [] }
        let line = token.range.line
        advance()
        return try block(after: "'else' statement", line: line, forcedColon: true)
    }

    mutating func forStatement(isAsync: Bool, start s: SourceRange) throws(SyntaxError) -> Stmt {
        let line = token.range.line
        advance()  // for
        let target = try starTargets()
        guard accept(.kwIn) else { throw invalidSyntax() }
        let iter = try starExpressions()
        let body = try block(after: "'for' statement", line: line)
        let orelse = try elseBlock()
        let kind: Stmt.Kind = isAsync
            ? .AsyncFor(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil)
            : .For(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil)
        return Stmt(kind, finish(s))
    }

    mutating func withStatement(isAsync: Bool, start s: SourceRange) throws(SyntaxError) -> Stmt {
        let line = token.range.line
        advance()  // with
        var items: [WithItem] = []
        // 'with' '(' with_item (',' with_item)* [','] ')' ':' is tried first, as in CPython.
        if kind == .lpar {
            let saved = p
            advance()
            var parsed: [WithItem] = []
            var ok = true
            do {
                repeat {
                    if kind == .rpar && !parsed.isEmpty { break }
                    parsed.append(try withItem())
                } while accept(.comma)
                ok = accept(.rpar) && kind == .colon
            } catch {
                ok = false
            }
            if ok {
                items = parsed
            } else {
                p = saved
            }
        }
        if items.isEmpty {
            repeat {
                items.append(try withItem())
            } while accept(.comma)
        }
        let body = try block(after: "'with' statement", line: line)
        let kind: Stmt.Kind = isAsync
            ? .AsyncWith(items: items, body: body, typeComment: nil)
            : .With(items: items, body: body, typeComment: nil)
        return Stmt(kind, finish(s))
    }

    mutating func withItem() throws(SyntaxError) -> WithItem {
        let context = try expression()
        var vars: Expr? = nil
        if accept(.kwAs) {
            vars = try starTarget()
            switch kind {
            case .comma, .rpar, .colon: break
            case .newline: throw SyntaxError("expected ':'", at: token.range)
            default: throw invalidSyntax()
            }
        }
        return WithItem(contextExpr: context, optionalVars: vars)
    }

    mutating func tryStatement() throws(SyntaxError) -> Stmt {
        let s = start
        let line = token.range.line
        advance()
        let body = try block(after: "'try' statement", line: line, forcedColon: true)
        var handlers: [ExceptHandler] = []
        var isStar: Bool? = nil
        while kind == .kwExcept {
            let h = start
            let exceptLine = token.range.line
            advance()
            let star = accept(.star)
            if let previous = isStar, previous != star {
                throw SyntaxError("cannot have both 'except' and 'except*' on the same 'try'", at: h)
            }
            isStar = star
            var type: Expr? = nil
            var name: String? = nil
            if kind != .colon {
                type = try expression()
                if kind == .comma {
                    // except A, B: is a Python 2 form.
                    let first = type!
                    var elts = [first]
                    while accept(.comma) { elts.append(try expression()) }
                    if kind == .colon || kind == .kwAs {
                        throw SyntaxError("multiple exception types must be parenthesized", at: SourceRange(from: first.range, to: elts.last!.range))
                    }
                    throw invalidSyntax()
                }
                if accept(.kwAs) { name = try expectName() }
            } else if star {
                throw SyntaxError("expected one or more exception types", at: token.range)
            }
            let what = star ? "'except*' statement" : "'except' statement"
            let handlerBody = try block(after: what, line: exceptLine)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, range: finish(h)))
        }
        var orelse: [Stmt] = []
        if !handlers.isEmpty { orelse = try elseBlock() }
        var finalbody: [Stmt] = []
        if kind == .kwFinally {
            let finallyLine = token.range.line
            advance()
            finalbody = try block(after: "'finally' statement", line: finallyLine, forcedColon: true)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw SyntaxError("expected 'except' or 'finally' block", at: token.range)
        }
        let kind: Stmt.Kind = isStar == true
            ? .TryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
            : .Try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
        return Stmt(kind, finish(s))
    }
}
