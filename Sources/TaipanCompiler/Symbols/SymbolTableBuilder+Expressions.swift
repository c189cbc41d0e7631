// The first pass over expressions, comprehensions and match patterns. Comprehensions are
// function scopes in 3.11: the outermost iterable is evaluated outside (and passed in as
// the parameter `.0`), everything else inside. A walrus inside a comprehension binds in the
// nearest enclosing function or module, as if declared nonlocal or global there.

import TaipanSyntax

extension SymbolTableBuilder {
    mutating func visit(_ e: Expr) throws(CompileError) {
        depth += 1
        if depth > SymbolTableBuilder.maxDepth { throw .recursionLimit }
        switch e.kind {
        case .NamedExpr(let target, let value):
            try rejectInAnnotation("named expression", e)
            try visitNamedExpr(e, target: target, value: value)
        case .BoolOp(_, let values):
            for v in values { try visit(v) }
        case .BinOp(let left, _, let right):
            try visit(left)
            try visit(right)
        case .UnaryOp(_, let operand):
            try visit(operand)
        case .Lambda(let args, let body):
            for d in args.defaults { try visit(d) }
            for case let d? in args.kwDefaults { try visit(d) }
            enterScope(.function, name: "lambda", node: e, range: e.range)
            try visitParameters(args)
            try visit(body)
            exitScope()
        case .IfExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .Dict(let keys, let values):
            // All the keys, then all the values.
            for case let k? in keys { try visit(k) }
            for v in values { try visit(v) }
        case .Set(let elts):
            for x in elts { try visit(x) }
        case .ListComp(let elt, let generators):
            try visitComprehension(e, .list, "listcomp", generators, elt, nil)
        case .SetComp(let elt, let generators):
            try visitComprehension(e, .set, "setcomp", generators, elt, nil)
        case .DictComp(let key, let value, let generators):
            try visitComprehension(e, .dict, "dictcomp", generators, key, value)
        case .GeneratorExp(let elt, let generators):
            try visitComprehension(e, .generator, "genexpr", generators, elt, nil)
        case .Yield(let value):
            try rejectInAnnotation("yield expression", e)
            if let value { try visit(value) }
            try noteYield(e)
        case .YieldFrom(let value):
            try rejectInAnnotation("yield expression", e)
            try visit(value)
            try noteYield(e)
        case .Await(let value):
            try rejectInAnnotation("await expression", e)
            try visit(value)
            current.isCoroutine = true
        case .Compare(let left, _, let comparators):
            try visit(left)
            for c in comparators { try visit(c) }
        case .Call(let function, let args, let keywords):
            try visit(function)
            for a in args { try visit(a) }
            for k in keywords { try visit(k.value) }
        case .FormattedValue(let value, _, let spec):
            try visit(value)
            if let spec { try visit(spec) }
        case .JoinedStr(let values):
            for v in values { try visit(v) }
        case .Constant:
            break
        case .Attribute(let value, _, _):
            try visit(value)
        case .Subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        case .Starred(let value, _):
            try visit(value)
        case .Slice(let lower, let upper, let step):
            if let lower { try visit(lower) }
            if let upper { try visit(upper) }
            if let step { try visit(step) }
        case .Name(let id, let ctx):
            try addDef(id, ctx == .Load ? .used : .assigned, e.range)
            // `super()` reads the `__class__` cell of the enclosing class.
            if ctx == .Load && current.kind == .function && id == "super" {
                try addDef("__class__", .used, e.range)
            }
        case .List(let elts, _), .Tuple(let elts, _):
            for x in elts { try visit(x) }
        }
        depth -= 1
    }

    /// Under future annotations, the expressions that cannot be turned into strings.
    @inline(__always)
    func rejectInAnnotation(_ what: StaticString, _ e: Expr) throws(CompileError) {
        if current.kind == .annotation {
            throw error("'\(what)' can not be used within an annotation", e.range)
        }
    }

    mutating func noteYield(_ e: Expr) throws(CompileError) {
        current.isGenerator = true
        let what: String
        switch current.comprehension {
        case .none: return
        case .list: what = "list comprehension"
        case .set: what = "set comprehension"
        case .dict: what = "dict comprehension"
        case .generator: what = "generator expression"
        }
        throw error("'yield' inside \(what)", e.range)
    }

    // MARK: - Comprehensions

    /// A comprehension: the outermost iterable in the current scope, the rest in a new
    /// function scope whose parameter `.0` receives that iterable's iterator. For a dict
    /// comprehension `elt` is the key, and the value is visited before it (as CPython does).
    mutating func visitComprehension(_ e: Expr, _ kind: Scope.Comprehension, _ name: String,
                                     _ generators: [Comprehension], _ elt: Expr,
                                     _ value: Expr?) throws(CompileError) {
        let outermost = generators[0]
        current.inComprehensionIterable += 1
        try visit(outermost.iter)
        current.inComprehensionIterable -= 1
        enterScope(.function, name: name, node: e, range: e.range)
        current.comprehension = kind
        if outermost.isAsync != 0 { current.isCoroutine = true }
        try addDef(".0", .parameter, e.range)
        current.inComprehensionTarget = true
        try visit(outermost.target)
        current.inComprehensionTarget = false
        for test in outermost.ifs { try visit(test) }
        for generator in generators.dropFirst() {
            current.inComprehensionTarget = true
            try visit(generator.target)
            current.inComprehensionTarget = false
            current.inComprehensionIterable += 1
            try visit(generator.iter)
            current.inComprehensionIterable -= 1
            for test in generator.ifs { try visit(test) }
            if generator.isAsync != 0 { current.isCoroutine = true }
        }
        if let value { try visit(value) }
        try visit(elt)
        current.isGenerator = kind == .generator
        // An async list/set/dict comprehension is awaited by the enclosing scope, which so
        // becomes asynchronous too (an async generator expression is only created).
        let awaited = current.isCoroutine && kind != .generator
        exitScope()
        if awaited { current.isCoroutine = true }
    }

    /// `target := value`. Inside a comprehension the target belongs to the nearest
    /// enclosing function or module scope.
    mutating func visitNamedExpr(_ e: Expr, target: Expr, value: Expr) throws(CompileError) {
        if current.inComprehensionIterable > 0 {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e.range)
        }
        if current.comprehension != .none, case .Name(let id, _) = target.kind {
            try bindWalrusTarget(id, target.range)
        }
        try visit(value)
        try visit(target)
    }

    /// CPython's symtable_extend_namedexpr_scope: walk out through the comprehensions
    /// (whose iteration variables the target may not rebind) to the scope that binds the
    /// target; in the comprehensions on the way it is declared nonlocal (or global).
    mutating func bindWalrusTarget(_ id: String, _ range: SourceRange) throws(CompileError) {
        var i = stack.count - 1
        while i >= 0 {
            let scope = stack[i]
            i -= 1
            if scope.comprehension != .none {
                let flags = lookupUnmangled(id, in: scope)
                if flags.contains(.comprehensionIteration) && flags.contains(.assigned) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(id)'", range)
                }
                continue
            }
            switch scope.kind {
            case .function:
                if lookupUnmangled(id, in: scope).contains(.declaredGlobal) {
                    try addDef(id, .declaredGlobal, range)
                } else {
                    try addDef(id, .declaredNonlocal, range)
                }
                recordDirective(id, range)
                try addDef(id, .assigned, range, in: scope)
                return
            case .module:
                try addDef(id, .declaredGlobal, range)
                recordDirective(id, range)
                try addDef(id, .declaredGlobal, range, in: scope)
                return
            case .class:
                throw error("assignment expression within a comprehension cannot be used in a class body", range)
            case .annotation:
                continue
            }
        }
        preconditionFailure("a comprehension outside any module")
    }

    // MARK: - Patterns

    mutating func visit(_ p: Pattern) throws(CompileError) {
        depth += 1
        if depth > SymbolTableBuilder.maxDepth { throw .recursionLimit }
        switch p.kind {
        case .MatchValue(let value):
            try visit(value)
        case .MatchSingleton:
            break
        case .MatchSequence(let patterns), .MatchOr(let patterns):
            for q in patterns { try visit(q) }
        case .MatchStar(let name):
            if let name { try addDef(name, .assigned, p.range) }
        case .MatchMapping(let keys, let patterns, let rest):
            for k in keys { try visit(k) }
            for q in patterns { try visit(q) }
            if let rest { try addDef(rest, .assigned, p.range) }
        case .MatchClass(let cls, let patterns, _, let kwdPatterns):
            try visit(cls)
            for q in patterns { try visit(q) }
            for q in kwdPatterns { try visit(q) }
        case .MatchAs(let pattern, let name):
            if let pattern { try visit(pattern) }
            if let name { try addDef(name, .assigned, p.range) }
        }
        depth -= 1
    }
}
