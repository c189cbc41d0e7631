// The checks of CPython's AST validator (Python/ast.c) for trees built by programs, before
// compile() turns them into code: non-empty bodies and lists, expression contexts, equal
// lengths of paired lists, with CPython's messages. The code generator relies on them
// (it indexes the first target of an Assign, pairs Dict keys with values, ...).

import TaipanSyntax

enum ASTValidator {
    static func validate(_ module: Mod) throws(PyException) {
        switch module {
        case .Module(let body, _): try statements(body)
        case .Interactive(let body): try statements(body)
        case .Expression(let body): try expression(body, .Load)
        case .FunctionType(let argtypes, let returns):
            try expressions(argtypes, .Load)
            try expression(returns, .Load)
        }
    }

    static func fail(_ message: String) -> PyException {
        pyError(ExceptionTypes.named("ValueError"), message)
    }

    static func nonEmpty<T>(_ items: [T], _ what: String, _ owner: String) throws(PyException) {
        if items.isEmpty { throw fail("empty \(what) on \(owner)") }
    }

    static func body(_ body: [Stmt], _ owner: String) throws(PyException) {
        try nonEmpty(body, "body", owner)
        try statements(body)
    }

    static func statements(_ list: [Stmt]) throws(PyException) {
        for s in list { try statement(s) }
    }

    static func expressions(_ list: [Expr], _ ctx: ExprContext) throws(PyException) {
        for e in list { try expression(e, ctx) }
    }

    static func optional(_ e: Expr?) throws(PyException) {
        if let e { try expression(e, .Load) }
    }

    static func statement(_ s: Stmt) throws(PyException) {
        switch s.kind {
        case .FunctionDef(_, let args, let b, let decorators, let returns, _),
             .AsyncFunctionDef(_, let args, let b, let decorators, let returns, _):
            let owner = { if case .FunctionDef = s.kind { return "FunctionDef" } else { return "AsyncFunctionDef" } }()
            try body(b, owner)
            try arguments(args)
            try expressions(decorators, .Load)
            try optional(returns)
        case .ClassDef(_, let bases, let keywords, let b, let decorators):
            try body(b, "ClassDef")
            try expressions(bases, .Load)
            for k in keywords { try expression(k.value, .Load) }
            try expressions(decorators, .Load)
        case .Return(let value): try optional(value)
        case .Delete(let targets):
            try nonEmpty(targets, "targets", "Delete")
            try expressions(targets, .Del)
        case .Assign(let targets, let value, _):
            try nonEmpty(targets, "targets", "Assign")
            try expressions(targets, .Store)
            try expression(value, .Load)
        case .AugAssign(let target, _, let value):
            try expression(target, .Store)
            try expression(value, .Load)
        case .AnnAssign(let target, let annotation, let value, let simple):
            if simple != 0, case .Name = target.kind {} else if simple != 0 {
                throw typeError("AnnAssign with simple non-Name target")
            }
            try expression(target, .Store)
            try optional(value)
            try expression(annotation, .Load)
        case .For(let target, let iter, let b, let orelse, _), .AsyncFor(let target, let iter, let b, let orelse, _):
            try expression(target, .Store)
            try expression(iter, .Load)
            try body(b, { if case .For = s.kind { return "For" } else { return "AsyncFor" } }())
            try statements(orelse)
        case .While(let test, let b, let orelse):
            try expression(test, .Load)
            try body(b, "While")
            try statements(orelse)
        case .If(let test, let b, let orelse):
            try expression(test, .Load)
            try body(b, "If")
            try statements(orelse)
        case .With(let items, let b, _), .AsyncWith(let items, let b, _):
            let owner = { if case .With = s.kind { return "With" } else { return "AsyncWith" } }()
            try nonEmpty(items, "items", owner)
            for item in items {
                try expression(item.contextExpr, .Load)
                if let v = item.optionalVars { try expression(v, .Store) }
            }
            try body(b, owner)
        case .Match(let subject, let cases):
            try expression(subject, .Load)
            try nonEmpty(cases, "cases", "Match")
            for c in cases {
                try pattern(c.pattern)
                try optional(c.guard)
                try body(c.body, "match_case")
            }
        case .Raise(let exc, let cause):
            if exc == nil && cause != nil { throw fail("Raise with cause but no exception") }
            try optional(exc)
            try optional(cause)
        case .Try(let b, let handlers, let orelse, let finalbody), .TryStar(let b, let handlers, let orelse, let finalbody):
            let owner = { if case .Try = s.kind { return "Try" } else { return "TryStar" } }()
            try body(b, owner)
            if handlers.isEmpty && finalbody.isEmpty { throw fail("\(owner) has neither except handlers nor finalbody") }
            if handlers.isEmpty && !orelse.isEmpty { throw fail("\(owner) has orelse but no except handlers") }
            for h in handlers {
                try optional(h.type)
                try body(h.body, "ExceptHandler")
            }
            try statements(finalbody)
            try statements(orelse)
        case .Assert(let test, let msg):
            try expression(test, .Load)
            try optional(msg)
        case .Import(let names): try nonEmpty(names, "names", "Import")
        case .ImportFrom(_, let names, let level):
            if let level, level < 0 { throw fail("Negative ImportFrom level") }
            try nonEmpty(names, "names", "ImportFrom")
        case .Global(let names): try nonEmpty(names, "names", "Global")
        case .Nonlocal(let names): try nonEmpty(names, "names", "Nonlocal")
        case .Expr(let value): try expression(value, .Load)
        case .Pass, .Break, .Continue: break
        }
    }

    static func arguments(_ a: TaipanSyntax.Arguments) throws(PyException) {
        for arg in a.posonlyargs + a.args + a.kwonlyargs { try optional(arg.annotation) }
        if let v = a.vararg { try optional(v.annotation) }
        if let k = a.kwarg { try optional(k.annotation) }
        if a.defaults.count > a.posonlyargs.count + a.args.count {
            throw fail("more positional defaults than args on arguments")
        }
        if a.kwDefaults.count != a.kwonlyargs.count {
            throw fail("length of kwonlyargs is not the same as kw_defaults on arguments")
        }
        try expressions(a.defaults, .Load)
        for d in a.kwDefaults { try optional(d) }
    }

    static func comprehensions(_ generators: [Comprehension]) throws(PyException) {
        if generators.isEmpty { throw fail("comprehension with no generators") }
        for g in generators {
            try expression(g.target, .Store)
            try expression(g.iter, .Load)
            try expressions(g.ifs, .Load)
        }
    }

    static func expression(_ e: TaipanSyntax.Expr, _ ctx: ExprContext) throws(PyException) {
        var actual: ExprContext? = nil
        switch e.kind {
        case .Attribute(_, _, let c), .Subscript(_, _, let c), .Starred(_, let c), .Name(_, let c),
             .List(_, let c), .Tuple(_, let c):
            actual = c
        default: break
        }
        if let actual, actual != ctx {
            throw fail("expression must have \(ctx.rawValue) context but has \(actual.rawValue) instead")
        }
        if actual == nil && ctx != .Load {
            throw fail("expression which can't be assigned to in \(ctx.rawValue) context")
        }
        switch e.kind {
        case .BoolOp(_, let values):
            if values.count < 2 { throw fail("BoolOp with less than 2 values") }
            try expressions(values, .Load)
        case .NamedExpr(let target, let value):
            guard case .Name = target.kind else { throw typeError("NamedExpr target must be a Name") }
            try expression(target, .Store)
            try expression(value, .Load)
        case .BinOp(let left, _, let right):
            try expression(left, .Load)
            try expression(right, .Load)
        case .UnaryOp(_, let operand): try expression(operand, .Load)
        case .Lambda(let args, let b):
            try arguments(args)
            try expression(b, .Load)
        case .IfExp(let test, let b, let orelse):
            try expression(test, .Load)
            try expression(b, .Load)
            try expression(orelse, .Load)
        case .Dict(let keys, let values):
            if keys.count != values.count { throw fail("Dict doesn't have the same number of keys as values") }
            for k in keys { try optional(k) }
            try expressions(values, .Load)
        case .Set(let elts): try expressions(elts, .Load)
        case .ListComp(let elt, let generators), .SetComp(let elt, let generators), .GeneratorExp(let elt, let generators):
            try comprehensions(generators)
            try expression(elt, .Load)
        case .DictComp(let key, let value, let generators):
            try comprehensions(generators)
            try expression(key, .Load)
            try expression(value, .Load)
        case .Await(let value), .YieldFrom(let value): try expression(value, .Load)
        case .Yield(let value): try optional(value)
        case .Compare(let left, let ops, let comparators):
            if comparators.isEmpty { throw fail("Compare with no comparators") }
            if comparators.count != ops.count {
                throw fail("Compare has a different number of comparators and operands")
            }
            try expression(left, .Load)
            try expressions(comparators, .Load)
        case .Call(let function, let args, let keywords):
            try expression(function, .Load)
            try expressions(args, .Load)
            for k in keywords { try expression(k.value, .Load) }
        case .FormattedValue(let value, _, let spec):
            try expression(value, .Load)
            try optional(spec)
        case .JoinedStr(let values): try expressions(values, .Load)
        case .Constant: break
        case .Attribute(let value, _, _): try expression(value, .Load)
        case .Subscript(let value, let slice, _):
            try expression(slice, .Load)
            try expression(value, .Load)
        case .Starred(let value, _): try expression(value, ctx)
        case .Name(let id, _):
            if id == "None" || id == "True" || id == "False" {
                throw fail("identifier field can't represent '\(id)' constant")
            }
        case .List(let elts, _), .Tuple(let elts, _): try expressions(elts, ctx)
        case .Slice(let lower, let upper, let step):
            try optional(lower)
            try optional(upper)
            try optional(step)
        }
    }

    static func pattern(_ p: Pattern) throws(PyException) {
        switch p.kind {
        case .MatchValue(let value): try expression(value, .Load)
        case .MatchSingleton: break
        case .MatchSequence(let patterns), .MatchOr(let patterns):
            for q in patterns { try pattern(q) }
        case .MatchMapping(let keys, let patterns, _):
            if keys.count != patterns.count {
                throw fail("MatchMapping doesn't have the same number of keys as patterns")
            }
            try expressions(keys, .Load)
            for q in patterns { try pattern(q) }
        case .MatchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            if kwdAttrs.count != kwdPatterns.count {
                throw fail("MatchClass doesn't have the same number of keyword attributes as patterns")
            }
            try expression(cls, .Load)
            for q in patterns + kwdPatterns { try pattern(q) }
        case .MatchStar: break
        case .MatchAs(let q, let name):
            if q != nil && name == nil {
                throw fail("MatchAs must specify a target name if a pattern is given")
            }
            if let q { try pattern(q) }
        }
    }
}
