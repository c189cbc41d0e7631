// The first pass over the tree (CPython's symtable_visit_*): creates a scope for the module
// and for every class, function, lambda and comprehension, and records in each what it
// does with each name. The order of visits is CPython's, because it decides the order of
// child scopes, the first-seen order of names, and which error is reported when a file has
// several.
//
// Statements and the definitions live here; expressions, comprehensions and patterns in
// SymbolTableBuilder+Expressions.swift.

import TaipanSyntax

struct SymbolTableBuilder {
    var names = NameTable()
    /// The module scope (CPython's st_top; its symbols are also st_global).
    let top: Scope
    /// The scope being filled (st_cur) and the scopes that enclose it, innermost last.
    var current: Scope
    var stack: [Scope]
    /// The name of the innermost enclosing class, for private-name mangling (st_private).
    var privateName: String?
    /// Under `from __future__ import annotations`, annotations are visited in scopes of
    /// their own that nobody looks at: only their errors count.
    let futureAnnotations: Bool
    var scopesByNode: [ObjectIdentifier: Scope] = [:]
    /// Nesting of statements, expressions and patterns being visited.
    var depth = 0
    /// CPython's limit: its recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3).
    static let maxDepth = 3000

    init(futureAnnotations: Bool) {
        top = Scope(kind: .module, name: "top", range: SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0))
        current = top
        stack = [top]
        self.futureAnnotations = futureAnnotations
    }

    // MARK: - Scopes

    mutating func visitModule(_ module: Mod) throws(CompileError) {
        switch module {
        case .Module(let body, _), .Interactive(let body):
            for s in body { try visit(s) }
        case .Expression(let body):
            try visit(body)
        case .FunctionType:
            break
        }
    }

    /// Opens a scope for `node` inside the current one (CPython's symtable_enter_block).
    mutating func enterScope(_ kind: Scope.Kind, name: String, node: AnyObject, range: SourceRange) {
        let scope = Scope(kind: kind, name: name, range: range)
        scope.isNested = current.isNested || current.kind == .function
        // bpo-37757: a walrus anywhere inside a comprehension's iterable is an error, even
        // in a lambda or comprehension nested there.
        scope.inComprehensionIterable = current.inComprehensionIterable
        let parent = current
        stack.append(scope)
        current = scope
        if kind == .annotation { return }
        parent.children.append(scope)
        scopesByNode[ObjectIdentifier(node)] = scope
    }

    mutating func exitScope() {
        stack.removeLast()
        current = stack[stack.count - 1]
    }

    // MARK: - Names

    /// `name` as stored in the current class context: `__x` inside `class C` is `_C__x`
    /// (CPython's _Py_Mangle). Dunder names, dotted names and names in a class whose name
    /// is all underscores are left alone.
    func mangle(_ name: String) -> String {
        guard let className = privateName else { return name }
        let u = name.utf8
        let underscore = UInt8(ascii: "_")
        guard u.count >= 2, u.first == underscore, u[u.index(after: u.startIndex)] == underscore else {
            return name
        }
        if u.last == underscore && u[u.index(u.endIndex, offsetBy: -2)] == underscore { return name }
        if u.contains(UInt8(ascii: ".")) { return name }
        let stripped = className.utf8.drop(while: { $0 == underscore })
        if stripped.isEmpty { return name }
        return "_" + String(Substring(stripped)) + name
    }

    /// Records `flags` for `name` in `scope` (default: the current one), mangled (CPython's
    /// symtable_add_def). A `global` also marks the name in the module scope.
    mutating func addDef(_ name: String, _ flags: SymbolFlags, _ range: SourceRange,
                         in scope: Scope? = nil) throws(CompileError) {
        let scope = scope ?? current
        let id = names.intern(mangle(name))
        var value = flags
        let slot = scope.slot(id)
        if let i = slot {
            let old = scope.symbols[i].flags
            if flags.contains(.parameter) && old.contains(.parameter) {
                throw error("duplicate argument '\(name)' in function definition", range)
            }
            value.formUnion(old)
        }
        if scope.inComprehensionTarget {
            if !value.isDisjoint(with: [.declaredGlobal, .declaredNonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", range)
            }
            value.insert(.comprehensionIteration)
        }
        if let i = slot {
            scope.symbols[i].flags = value
        } else {
            scope.append(id, value)
        }
        if flags.contains(.parameter) {
            scope.parameters.append(id)
        } else if flags.contains(.declaredGlobal) {
            top.setFlags(id, top.flags(id).union(flags))
        }
    }

    /// The flags of `name` (mangled) in the current scope (CPython's symtable_lookup).
    func lookup(_ name: String) -> SymbolFlags {
        guard let id = names.lookup(mangle(name)) else { return [] }
        return current.flags(id)
    }

    /// The flags of `name` in `scope`, not mangled: CPython looks walrus targets up so.
    func lookupUnmangled(_ name: String, in scope: Scope) -> SymbolFlags {
        guard let id = names.lookup(name) else { return [] }
        return scope.flags(id)
    }

    /// Remembers where `name` was declared global or nonlocal, for errors found later.
    mutating func recordDirective(_ name: String, _ range: SourceRange) {
        current.directives.append((names.intern(mangle(name)), range))
    }

    @inline(never)
    func error(_ message: String, _ range: SourceRange) -> CompileError {
        var e = SyntaxError(message, at: range)
        e.origin = .symbols
        return .syntax(e)
    }

    // MARK: - Statements

    mutating func visit(_ s: Stmt) throws(CompileError) {
        depth += 1
        if depth > SymbolTableBuilder.maxDepth { throw .recursionLimit }
        switch s.kind {
        case .FunctionDef(let name, let args, let body, let decorators, let returns, _):
            try visitFunction(s, name: name, args: args, body: body, decorators: decorators,
                              returns: returns, isAsync: false)
        case .AsyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try visitFunction(s, name: name, args: args, body: body, decorators: decorators,
                              returns: returns, isAsync: true)
        case .ClassDef(let name, let bases, let keywords, let body, let decorators):
            try addDef(name, .assigned, s.range)
            for e in bases { try visit(e) }
            for k in keywords { try visit(k.value) }
            for e in decorators { try visit(e) }
            enterScope(.class, name: name, node: s, range: s.range)
            let outerPrivate = privateName
            privateName = name
            for t in body { try visit(t) }
            privateName = outerPrivate
            exitScope()
        case .Return(let value):
            if let value {
                try visit(value)
                current.returnsValue = true
            }
        case .Delete(let targets):
            for e in targets { try visit(e) }
        case .Assign(let targets, let value, _):
            for e in targets { try visit(e) }
            try visit(value)
        case .AnnAssign(let target, let annotation, let value, let simple):
            try visitAnnAssign(s, target: target, annotation: annotation, value: value, simple: simple != 0)
        case .AugAssign(let target, _, let value):
            try visit(target)
            try visit(value)
        case .For(let target, let iter, let body, let orelse, _),
             .AsyncFor(let target, let iter, let body, let orelse, _):
            try visit(target)
            try visit(iter)
            for t in body { try visit(t) }
            for t in orelse { try visit(t) }
        case .While(let test, let body, let orelse), .If(let test, let body, let orelse):
            try visit(test)
            for t in body { try visit(t) }
            for t in orelse { try visit(t) }
        case .With(let items, let body, _), .AsyncWith(let items, let body, _):
            for item in items {
                try visit(item.contextExpr)
                if let vars = item.optionalVars { try visit(vars) }
            }
            for t in body { try visit(t) }
        case .Match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visit(c.pattern)
                if let guardExpr = c.guard { try visit(guardExpr) }
                for t in c.body { try visit(t) }
            }
        case .Raise(let exc, let cause):
            if let exc {
                try visit(exc)
                if let cause { try visit(cause) }
            }
        case .Try(let body, let handlers, let orelse, let finalbody),
             .TryStar(let body, let handlers, let orelse, let finalbody):
            // 3.11 visits the `else` block before the handlers.
            for t in body { try visit(t) }
            for t in orelse { try visit(t) }
            for h in handlers {
                if let type = h.type { try visit(type) }
                if let name = h.name { try addDef(name, .assigned, h.range) }
                for t in h.body { try visit(t) }
            }
            for t in finalbody { try visit(t) }
        case .Assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .Import(let aliases), .ImportFrom(_, let aliases, _):
            for a in aliases { try visitAlias(a) }
        case .Global(let declared):
            for name in declared { try declare(name, global: true, s.range) }
        case .Nonlocal(let declared):
            for name in declared { try declare(name, global: false, s.range) }
        case .Expr(let value):
            try visit(value)
        case .Pass, .Break, .Continue:
            break
        }
        depth -= 1
    }

    /// `def` and `async def`: in the enclosing scope the name, the defaults, the
    /// annotations and the decorators (in that order, CPython 3.11's); then the body in a
    /// scope of its own, whose first names are the parameters.
    mutating func visitFunction(_ s: Stmt, name: String, args: Arguments, body: [Stmt], decorators: [Expr],
                                returns: Expr?, isAsync: Bool) throws(CompileError) {
        try addDef(name, .assigned, s.range)
        for e in args.defaults { try visit(e) }
        for case let e? in args.kwDefaults { try visit(e) }
        try visitAnnotations(s, args, returns)
        for e in decorators { try visit(e) }
        enterScope(.function, name: name, node: s, range: s.range)
        if isAsync { current.isCoroutine = true }
        try visitParameters(args)
        for t in body { try visit(t) }
        exitScope()
    }

    /// The parameters, in co_varnames order.
    mutating func visitParameters(_ args: Arguments) throws(CompileError) {
        for a in args.posonlyargs { try addDef(a.arg, .parameter, a.range) }
        for a in args.args { try addDef(a.arg, .parameter, a.range) }
        for a in args.kwonlyargs { try addDef(a.arg, .parameter, a.range) }
        if let a = args.vararg {
            try addDef(a.arg, .parameter, a.range)
            current.hasVarargs = true
        }
        if let a = args.kwarg {
            try addDef(a.arg, .parameter, a.range)
            current.hasVarkeywords = true
        }
    }

    /// A function's parameter and return annotations, evaluated in the enclosing scope
    /// (CPython's order: positional-only, positional, `*args`, `**kwargs`, keyword-only,
    /// return).
    mutating func visitAnnotations(_ s: Stmt, _ args: Arguments, _ returns: Expr?) throws(CompileError) {
        if futureAnnotations { enterScope(.annotation, name: "_annotation", node: s, range: s.range) }
        for a in args.posonlyargs { if let e = a.annotation { try visit(e) } }
        for a in args.args { if let e = a.annotation { try visit(e) } }
        if let e = args.vararg?.annotation { try visit(e) }
        if let e = args.kwarg?.annotation { try visit(e) }
        for a in args.kwonlyargs { if let e = a.annotation { try visit(e) } }
        if futureAnnotations { exitScope() }
        if let returns { try visitAnnotation(returns) }
    }

    mutating func visitAnnotation(_ annotation: Expr) throws(CompileError) {
        if futureAnnotations {
            enterScope(.annotation, name: "_annotation", node: annotation, range: annotation.range)
        }
        try visit(annotation)
        if futureAnnotations { exitScope() }
    }

    /// `target: annotation [= value]`. A simple name target is annotated (and an error if
    /// the function declared it global or nonlocal); `(x): int` without a value binds
    /// nothing at all.
    mutating func visitAnnAssign(_ s: Stmt, target: Expr, annotation: Expr, value: Expr?,
                                 simple: Bool) throws(CompileError) {
        if case .Name(let id, _) = target.kind {
            let flags = lookup(id)
            if simple && current !== top && !flags.isDisjoint(with: [.declaredGlobal, .declaredNonlocal]) {
                let kind = flags.contains(.declaredGlobal) ? "global" : "nonlocal"
                throw error("annotated name '\(id)' can't be \(kind)", s.range)
            }
            if simple { try addDef(id, [.annotated, .assigned], target.range) }
            if value != nil { try addDef(id, .assigned, target.range) }
        } else {
            try visit(target)
        }
        try visitAnnotation(annotation)
        if let value { try visit(value) }
    }

    /// One name of a `global` or `nonlocal` statement.
    mutating func declare(_ name: String, global: Bool, _ range: SourceRange) throws(CompileError) {
        let flags = lookup(name)
        if !flags.isDisjoint(with: [.parameter, .assigned, .used, .annotated]) {
            let kind = global ? "global" : "nonlocal"
            let message: String
            if flags.contains(.parameter) {
                message = "name '\(name)' is parameter and \(kind)"
            } else if flags.contains(.used) {
                message = "name '\(name)' is used prior to \(kind) declaration"
            } else if flags.contains(.annotated) {
                message = "annotated name '\(name)' can't be \(kind)"
            } else {
                message = "name '\(name)' is assigned to before \(kind) declaration"
            }
            throw error(message, range)
        }
        try addDef(name, global ? .declaredGlobal : .declaredNonlocal, range)
        recordDirective(name, range)
    }

    /// `import a.b.c` binds `a`; `import a.b as c` and `from m import a as c` bind `c`.
    mutating func visitAlias(_ alias: Alias) throws(CompileError) {
        let name = alias.asname ?? alias.name
        if name == "*" {
            if current.kind != .module {
                throw error("import * only allowed at module level", alias.range)
            }
            return
        }
        if let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) {
            try addDef(String(Substring(name.utf8[..<dot])), .imported, alias.range)
        } else {
            try addDef(name, .imported, alias.range)
        }
    }
}
