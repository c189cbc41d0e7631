// Expressions. `expression(e, into: r)` leaves e's value in register r; `operand(e)` returns
// a register holding it that is known to be bound; `checkedOperand(e)` may return an
// unbound-able local register directly, for the instructions that check their operands.

import TaipanSyntax

extension CodeGenerator {
    // MARK: Operands

    /// A register holding e's value, safe for any instruction.
    func operand(_ e: Expr) throws(SyntaxError) -> Int {
        if case .Name(let id, _) = e.kind, let r = fastRegister(id), isAlwaysBound(r) { return r }
        let t = unit.temporary()
        try expression(e, into: t)
        return t
    }

    /// A register holding e's value; a local is returned as is, since the consuming
    /// instruction raises UnboundLocalError itself.
    func checkedOperand(_ e: Expr) throws(SyntaxError) -> Int {
        if case .Name(let id, _) = e.kind, let r = fastRegister(id) { return r }
        let t = unit.temporary()
        try expression(e, into: t)
        return t
    }

    /// The value of a constant expression, else nil.
    func constantValue(_ e: Expr) -> ConstantValue? {
        if case .Constant(let value, _) = e.kind { return value }
        return nil
    }

    /// Whether evaluating e can neither raise nor run code, except for an unbound local
    /// that the consuming instruction reports itself (a constant or a fast local). Only
    /// then may an earlier operand be a `checkedOperand`: its unbound check, made by the
    /// instruction, must not come after effects of e.
    func isPlainOperand(_ e: Expr) -> Bool {
        switch e.kind {
        case .Constant: return true
        case .Name(let id, _): return fastRegister(id) != nil
        default: return false
        }
    }

    /// Parameters that the function never deletes are bound for its whole run.
    func isAlwaysBound(_ register: Int) -> Bool {
        guard unit.isFunction, register < unit.code.argumentCount + unit.code.keywordOnlyCount
                + (unit.code.flags.contains(.varargs) ? 1 : 0) + (unit.code.flags.contains(.varkeywords) ? 1 : 0) else {
            return false
        }
        return !unit.deletedLocals.contains(register)
    }

    // MARK: Expressions

    func expression(_ e: Expr, into target: Int) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        let saved = unit.currentRange
        unit.currentRange = e.range
        defer { unit.currentRange = saved }
        let mark = unit.nextTemporary
        defer { unit.release(to: mark) }

        switch e.kind {
        case .Constant(let value, _):
            unit.emit(.loadConst, target, unit.constant(.value(value)))
        case .Name(let id, _):
            loadName(id, into: target)
        case .Attribute(let object, let attr, _):
            // loadAttr raises UnboundLocalError for an unbound local itself.
            let o = try checkedOperand(object)
            unit.emit(.loadAttr, target, o, unit.name(mangle(attr)))
        case .Subscript(let object, let slice, _):
            // getItem checks both operands itself.
            let o = try isPlainOperand(slice) ? checkedOperand(object) : operand(object)
            let k = try checkedOperand(slice)
            unit.emit(.getItem, target, o, k)
        case .Slice(let lower, let upper, let step):
            let base = unit.temporaries(step == nil ? 2 : 3)
            for (i, part) in [lower, upper, step].prefix(step == nil ? 2 : 3).enumerated() {
                if let part { try expression(part, into: base + i) } else { unit.emit(.loadConst, base + i, unit.constant(.value(.none))) }
            }
            unit.emit(.buildSlice, target, base, step == nil ? 2 : 3)
        case .BinOp(let left, let op, let right) where (op == .Add || op == .Sub) && constantValue(right) != nil:
            // A constant right operand has no effects, so the left one may be a checked local.
            let l = try checkedOperand(left)
            unit.emit(op == .Add ? .addConst : .subtractConst, target, l, unit.constant(.value(constantValue(right)!)))
        case .BinOp(let left, let op, let right):
            let l = containsNamedExpression(right) ? try operand(left) : try checkedOperand(left)
            let r = try checkedOperand(right)
            unit.emit(Opcode(rawValue: Opcode.firstBinary + UInt8(binaryIndex(op)))!, target, l, r)
        case .UnaryOp(let op, let operandExpr):
            if let folded = foldUnary(op, operandExpr) {
                unit.emit(.loadConst, target, unit.constant(.value(folded)))
                return
            }
            let v = try checkedOperand(operandExpr)
            switch op {
            case .Not: unit.emit(.not, target, v)
            case .USub: unit.emit(.negative, target, v)
            case .UAdd: unit.emit(.positive, target, v)
            case .Invert: unit.emit(.invert, target, v)
            }
        case .BoolOp(let op, let values):
            let end = unit.newLabel()
            for (i, v) in values.enumerated() {
                try expression(v, into: target)
                if i < values.count - 1 {
                    unit.emitJump(op == .And ? .jumpIfFalse : .jumpIfTrue, target, to: end)
                }
            }
            unit.place(end)
        case .Compare(let left, let ops, let comparators):
            try comparison(left, ops, comparators, into: target)
        case .IfExp(let test, let body, let orelse):
            let otherwise = unit.newLabel()
            let end = unit.newLabel()
            try jumpIf(test, false, to: otherwise)
            try expression(body, into: target)
            unit.emitJump(.jump, to: end)
            unit.place(otherwise)
            try expression(orelse, into: target)
            unit.place(end)
        case .Call(let function, let args, let keywords):
            try call(function, args, keywords, into: target)
        case .Tuple(let elts, _):
            try display(elts, kind: .buildTuple, into: target)
        case .List(let elts, _):
            try display(elts, kind: .buildList, into: target)
        case .Set(let elts):
            try display(elts, kind: .buildSet, into: target)
        case .Dict(let keys, let values):
            try dictionary(keys, values, into: target)
        case .JoinedStr(let values):
            let base = unit.temporaries(max(values.count, 1))
            for (i, v) in values.enumerated() { try expression(v, into: base + i) }
            if values.isEmpty {
                unit.emit(.loadConst, target, unit.constant(.value(.str([]))))
            } else {
                unit.emit(.buildString, target, base, values.count)
            }
        case .FormattedValue(let value, let conversion, let spec):
            let base = unit.temporaries(2)
            try expression(value, into: base)
            var flags = 0
            switch conversion {
            case 115: flags = 1
            case 114: flags = 2
            case 97: flags = 3
            default: flags = 0
            }
            if let spec {
                try expression(spec, into: base + 1)
                flags |= 4
            }
            unit.emit(.formatValue, target, base, flags)
        case .NamedExpr(let targetExpr, let value):
            try expression(value, into: target)
            try assign(targetExpr, from: target)
        case .Lambda(let args, let body):
            try lambda(e, args, body, into: target)
        case .ListComp, .SetComp, .DictComp, .GeneratorExp:
            try comprehension(e, into: target)
        case .Yield(let value):
            if !unit.isFunction { throw error("'yield' outside function", e.range) }
            let v: Int
            if let value {
                v = try operand(value)
            } else {
                v = unit.temporary()
                unit.emit(.loadConst, v, unit.constant(.value(.none)))
            }
            unit.emit(.yieldValue, target, v, unit.isAsyncGenerator ? 1 : 0)
        case .YieldFrom(let value):
            if !unit.isFunction { throw error("'yield' outside function", e.range) }
            if unit.isAsyncFunction { throw error("'yield from' inside async function", e.range) }
            let iterator = unit.temporary()
            let source = try checkedOperand(value)
            unit.emit(.getYieldFromIterator, iterator, source)
            emitDelegation(iterator, into: target)
        case .Await(let value):
            if !unit.isFunction { throw error("'await' outside function", e.range) }
            if !unit.isAsyncFunction && !unit.isComprehension { throw error("'await' outside async function", e.range) }
            let source = try checkedOperand(value)
            emitAwait(source, context: 0, into: target)
        case .Starred:
            throw error("can't use starred expression here", e.range)
        }
    }

    /// `await`: R[target] = the result of awaiting R[source]. `context` is getAwaitable's
    /// (1 after __aenter__, 2 after __aexit__).
    func emitAwait(_ source: Int, context: Int, into target: Int) {
        let mark = unit.nextTemporary
        let iterator = unit.temporary()
        unit.emit(.getAwaitable, iterator, source, context)
        emitDelegation(iterator, into: target)
        unit.release(to: mark)
    }

    /// The send loop of `yield from` and `await`: values the iterator in R[iterator]
    /// produces are yielded up, values sent in are passed down, and its result ends in
    /// R[target].
    func emitDelegation(_ iterator: Int, into target: Int) {
        let mark = unit.nextTemporary
        let sent = unit.temporary()
        unit.emit(.loadConst, sent, unit.constant(.value(.none)))
        let loop = unit.newLabel()
        unit.place(loop)
        unit.emit(.send, target, iterator, sent)
        unit.emit(.yieldValue, sent, target)
        unit.emitJump(.jump, to: loop)
        unit.release(to: mark)
    }

    /// -1, -2.5, ~5, +1 written as literals become constants, as CPython's AST optimiser
    /// folds them.
    func foldUnary(_ op: UnaryOp, _ e: Expr) -> ConstantValue? {
        guard case .Constant(let v, _) = e.kind else { return nil }
        switch (op, v) {
        case (.USub, .int(let i)) where i != Int64.min: return .int(-i)
        case (.USub, .float(let d)): return .float(-d)
        case (.UAdd, .int), (.UAdd, .float): return v
        case (.Invert, .int(let i)): return .int(~i)
        default: return nil
        }
    }

    func containsNamedExpression(_ e: Expr) -> Bool {
        switch e.kind {
        case .NamedExpr: return true
        case .BinOp(let l, _, let r): return containsNamedExpression(l) || containsNamedExpression(r)
        case .UnaryOp(_, let o): return containsNamedExpression(o)
        case .Call(let f, let args, let kws):
            return containsNamedExpression(f) || args.contains(where: containsNamedExpression) || kws.contains { containsNamedExpression($0.value) }
        case .Compare(let l, _, let cs): return containsNamedExpression(l) || cs.contains(where: containsNamedExpression)
        case .BoolOp(_, let vs): return vs.contains(where: containsNamedExpression)
        case .IfExp(let t, let b, let o): return containsNamedExpression(t) || containsNamedExpression(b) || containsNamedExpression(o)
        case .Subscript(let v, let s, _): return containsNamedExpression(v) || containsNamedExpression(s)
        case .Attribute(let v, _, _): return containsNamedExpression(v)
        case .Tuple(let es, _), .List(let es, _), .Set(let es): return es.contains(where: containsNamedExpression)
        default: return false
        }
    }

    /// Jumps to `label` when e's truth value is `value`.
    func jumpIf(_ e: Expr, _ value: Bool, to label: Label) throws(SyntaxError) {
        let mark = unit.nextTemporary
        defer { unit.release(to: mark) }
        switch e.kind {
        case .UnaryOp(.Not, let inner):
            try jumpIf(inner, !value, to: label)
        case .BoolOp(let op, let values):
            // `a and b` is false if any is false, true if all are.
            if (op == .And) == value {
                let skip = unit.newLabel()
                for v in values.dropLast() { try jumpIf(v, !value, to: skip) }
                try jumpIf(values.last!, value, to: label)
                unit.place(skip)
            } else {
                for v in values { try jumpIf(v, value, to: label) }
            }
        case .Compare(let left, let ops, let comparators) where ops.count == 1 && compareJumpIndex(ops[0]) != nil:
            // A fused compare and branch: the comparison, then the jump it takes or skips.
            let l = try containsNamedExpression(comparators[0]) ? operand(left) : checkedOperand(left)
            let r = try checkedOperand(comparators[0])
            unit.emit(Opcode(rawValue: Opcode.firstCompareJump + UInt8(compareJumpIndex(ops[0]) ?? 0))!, value ? 1 : 0, l, r)
            unit.emitJump(.jump, to: label)
        default:
            let r = try checkedOperand(e)
            unit.emitJump(value ? .jumpIfTrue : .jumpIfFalse, r, to: label)
        }
    }

    /// The comparisons with a fused compare-and-branch opcode, in CompareOp order.
    func compareJumpIndex(_ op: CmpOp) -> Int? {
        switch op {
        case .Lt: return 0
        case .LtE: return 1
        case .Eq: return 2
        case .NotEq: return 3
        case .Gt: return 4
        case .GtE: return 5
        default: return nil
        }
    }

    func comparison(_ left: Expr, _ ops: [CmpOp], _ comparators: [Expr], into target: Int) throws(SyntaxError) {
        var l = try ops.count > 1 || containsNamedExpression(comparators[0]) ? operand(left) : checkedOperand(left)
        let end = unit.newLabel()
        for (i, op) in ops.enumerated() {
            let r = i < ops.count - 1 ? try operand(comparators[i]) : try checkedOperand(comparators[i])
            let opcode: Opcode
            switch op {
            case .Eq: opcode = .compareEq
            case .NotEq: opcode = .compareNe
            case .Lt: opcode = .compareLt
            case .LtE: opcode = .compareLe
            case .Gt: opcode = .compareGt
            case .GtE: opcode = .compareGe
            case .Is: opcode = .isIdentical
            case .IsNot: opcode = .isNotIdentical
            case .In: opcode = .contains
            case .NotIn: opcode = .notContains
            }
            unit.emit(opcode, target, l, r)
            if i < ops.count - 1 {
                unit.emitJump(.jumpIfFalse, target, to: end)
                l = r
            }
        }
        unit.place(end)
    }

    // MARK: Calls

    func call(_ function: Expr, _ args: [Expr], _ keywords: [Keyword], into target: Int) throws(SyntaxError) {
        let hasStar = args.contains { if case .Starred = $0.kind { return true } else { return false } }
        let hasDoubleStar = keywords.contains { $0.arg == nil }
        if hasStar || hasDoubleStar {
            let base = unit.temporaries(3)
            try expression(function, into: base)
            if args.count == 1, case .Starred(let value, _) = args[0].kind {
                // `f(*x)` passes x itself, as CPython does: callUnpacked makes the tuple
                // and names the function if x is not iterable.
                try expression(value, into: base + 1)
            } else {
                try display(args, kind: .buildTuple, into: base + 1)
            }
            if !keywords.isEmpty {
                unit.emit(.buildMap, base + 2, 0, 0)
                var merging = false
                for k in keywords {
                    if let name = k.arg, merging {
                        // After a `**`, a keyword is merged as a one-item map so that a
                        // repeated name is an error, as in CPython.
                        let pair = unit.temporaries(3)
                        unit.emit(.loadConst, pair + 1, unit.constant(.value(.str(Array(name.unicodeScalars.map { $0.value })))))
                        try expression(k.value, into: pair + 2)
                        unit.emit(.buildMap, pair, pair + 1, 1)
                        unit.emit(.dictMerge, base + 2, pair, base)
                        unit.release(to: pair)
                        continue
                    }
                    let v = unit.temporary()
                    try expression(k.value, into: v)
                    if let name = k.arg {
                        let key = unit.temporary()
                        unit.emit(.loadConst, key, unit.constant(.value(.str(Array(name.unicodeScalars.map { $0.value })))))
                        unit.emit(.mapAdd, base + 2, key, v)
                    } else {
                        unit.emit(.dictMerge, base + 2, v, base)
                        merging = true
                    }
                    unit.release(to: v)
                }
            }
            unit.emit(.callUnpacked, target, base, keywords.isEmpty ? 0 : 1)
            return
        }
        let count = args.count + keywords.count
        let keywordNames: [CodeConstant] = keywords.map { .value(.str(Array($0.arg!.unicodeScalars.map { $0.value }))) }
        if case .Attribute(let object, let attr, _) = function.kind {
            let base = unit.temporaries(2 + count + (keywords.isEmpty ? 0 : 1))
            let o = try checkedOperand(object)
            unit.emit(.loadMethod, base, o, unit.name(mangle(attr)))
            for (i, a) in args.enumerated() { try expression(a, into: base + 2 + i) }
            for (i, k) in keywords.enumerated() { try expression(k.value, into: base + 2 + args.count + i) }
            if keywords.isEmpty {
                unit.emit(.callMethod, target, base, count)
            } else {
                unit.emit(.loadConst, base + 2 + count, unit.constant(.tuple(keywordNames)))
                unit.emit(.callMethodKeywords, target, base, count)
            }
            return
        }
        let base = unit.temporaries(1 + count + (keywords.isEmpty ? 0 : 1))
        try expression(function, into: base)
        for (i, a) in args.enumerated() { try expression(a, into: base + 1 + i) }
        for (i, k) in keywords.enumerated() { try expression(k.value, into: base + 1 + args.count + i) }
        if keywords.isEmpty {
            unit.emit(.call, target, base, count)
        } else {
            unit.emit(.loadConst, base + 1 + count, unit.constant(.tuple(keywordNames)))
            unit.emit(.callKeywords, target, base, count)
        }
    }

    // MARK: Displays

    func display(_ elts: [Expr], kind: Opcode, into target: Int) throws(SyntaxError) {
        let hasStar = elts.contains { if case .Starred = $0.kind { return true } else { return false } }
        if !hasStar {
            let base = unit.temporaries(max(elts.count, 1))
            for (i, e) in elts.enumerated() { try expression(e, into: base + i) }
            if kind == .buildSet && elts.count > 2 && elts.allSatisfy(isFoldedConstant) {
                // CPython folds these into a frozenset constant, which its constant merging
                // rebuilds from its own iteration order, and rebuilds once more when
                // interning replaced an identifier-like str in it. An empty set is then
                // updated from it (a table copy). Each step can change the order.
                let folded = unit.temporary()
                let items = unit.temporary()
                unit.emit(.buildSet, folded, base, elts.count)
                let interned = elts.contains { e in
                    guard case .Constant(.str(let cs), _) = e.kind else { return false }
                    return cs.allSatisfy { c in c < 128 && (c == 95 || (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c)) }
                }
                for _ in 0..<(interned ? 2 : 1) {
                    unit.emit(.buildList, items, items, 0)
                    unit.emit(.listExtend, items, folded)
                    unit.emit(.buildSet, folded, folded, 0)
                    unit.emit(.setUpdate, folded, items)
                }
                unit.emit(.buildSet, target, target, 0)
                unit.emit(.setUpdate, target, folded)
                return
            }
            unit.emit(kind, target, base, elts.count)
            return
        }
        // With starred items: build a list (or set) and extend it, then convert.
        let collection = unit.temporary()
        unit.emit(kind == .buildSet ? .buildSet : .buildList, collection, collection, 0)
        let item = unit.temporary()
        for e in elts {
            if case .Starred(let inner, _) = e.kind {
                try expression(inner, into: item)
                unit.emit(kind == .buildSet ? .setUpdate : .listExtend, collection, item)
            } else {
                try expression(e, into: item)
                unit.emit(kind == .buildSet ? .setAdd : .listAppend, collection, item)
            }
        }
        if kind == .buildTuple {
            unit.emit(.listToTuple, target, collection)
        } else {
            unit.emit(.copy, target, collection)
        }
    }

    /// Whether CPython's AST optimiser makes `e` a constant (a literal, a negated number, an
    /// operation on such, a tuple of such; its size limits are not modelled).
    func isFoldedConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .Constant: return true
        case .UnaryOp(let op, let operand):
            if case .USub = op, case .Constant = operand.kind { return true }
            return false
        case .Tuple(let items, _): return items.allSatisfy(isFoldedConstant)
        case .BinOp(let left, _, let right): return isFoldedConstant(left) && isFoldedConstant(right)
        default: return false
        }
    }

    func dictionary(_ keys: [Expr?], _ values: [Expr], into target: Int) throws(SyntaxError) {
        if !keys.contains(where: { $0 == nil }) {
            let base = unit.temporaries(max(2 * keys.count, 1))
            for (i, k) in keys.enumerated() {
                try expression(k!, into: base + 2 * i)
                try expression(values[i], into: base + 2 * i + 1)
            }
            unit.emit(.buildMap, target, base, keys.count)
            return
        }
        let d = unit.temporary()
        unit.emit(.buildMap, d, d, 0)
        let k = unit.temporary()
        let v = unit.temporary()
        for (i, key) in keys.enumerated() {
            try expression(values[i], into: v)
            if let key {
                try expression(key, into: k)
                unit.emit(.mapAdd, d, k, v)
            } else {
                unit.emit(.dictUpdate, d, v)
            }
        }
        unit.emit(.copy, target, d)
    }

    // MARK: Functions, lambdas, comprehensions

    /// Builds the function object for a nested scope's code into `target`: defaults,
    /// keyword-only defaults, annotations, closure and qualified name.
    func makeFunction(_ code: CodeUnit, scope: Scope, args: Arguments?, annotations: [(String, Expr)],
                      qualifiedName: String, into target: Int) throws(SyntaxError) {
        let base = unit.temporaries(5)
        for i in 0..<5 { unit.emit(.clear, base + i) }
        if let args {
            if !args.defaults.isEmpty {
                let items = unit.temporaries(args.defaults.count)
                for (i, d) in args.defaults.enumerated() { try expression(d, into: items + i) }
                unit.emit(.buildTuple, base, items, args.defaults.count)
            }
            let kw = zip(args.kwonlyargs, args.kwDefaults).compactMap { pair -> (Arg, Expr)? in pair.1.map { (pair.0, $0) } }
            if !kw.isEmpty {
                let items = unit.temporaries(2 * kw.count)
                for (i, (a, d)) in kw.enumerated() {
                    unit.emit(.loadConst, items + 2 * i, unit.constant(.value(.str(Array(mangle(a.arg).unicodeScalars.map { $0.value })))))
                    try expression(d, into: items + 2 * i + 1)
                }
                unit.emit(.buildMap, base + 1, items, kw.count)
            }
        }
        if !annotations.isEmpty {
            let items = unit.temporaries(2 * annotations.count)
            for (i, (name, a)) in annotations.enumerated() {
                unit.emit(.loadConst, items + 2 * i, unit.constant(.value(.str(Array(name.unicodeScalars.map { $0.value })))))
                if table.future.flags.contains(.annotations) {
                    unit.emit(.loadConst, items + 2 * i + 1, unit.constant(.value(.str(Array(unparse(a).unicodeScalars.map { $0.value })))))
                } else {
                    try expression(a, into: items + 2 * i + 1)
                }
            }
            unit.emit(.buildMap, base + 2, items, annotations.count)
        }
        if !code.freevars.isEmpty {
            let cells = unit.temporaries(code.freevars.count)
            for (i, name) in code.freevars.enumerated() {
                guard let id = table.names.lookup(name), let r = unit.registers[id] else {
                    throw error("no binding for free variable '\(name)'", unit.currentRange)
                }
                unit.emit(.copy, cells + i, r)
            }
            unit.emit(.buildTuple, base + 3, cells, code.freevars.count)
        }
        unit.emit(.loadConst, base + 4, unit.constant(.value(.str(Array(qualifiedName.unicodeScalars.map { $0.value })))))
        unit.emit(.makeFunction, target, unit.constant(.code(code)), base)
    }

    /// The qualified name of a definition named `name` in the current unit.
    func qualifiedName(_ name: String) -> String {
        guard units.count > 1 else { return name }
        let parent = unit.code
        if unit.scope.kind == .function { return parent.qualifiedName + ".<locals>." + name }
        return parent.qualifiedName + "." + name
    }

    func functionDefinition(_ s: Stmt, name: String, args: Arguments, body: [Stmt], decorators: [Expr],
                            returns: Expr?, isAsync: Bool = false) throws(SyntaxError) {
        guard let scope = table.scope(for: s) else { throw error("internal error: no scope for function", s.range) }
        let decoratorBase = unit.temporaries(max(decorators.count, 1))
        for (i, d) in decorators.enumerated() { try expression(d, into: decoratorBase + i) }
        let qualified = qualifiedName(name)
        let code = try functionBody(scope, name: name, qualifiedName: qualified, args: args, body: body,
                                    firstLine: Int(s.range.line), isAsync: isAsync)
        var annotations: [(String, Expr)] = []
        for a in args.posonlyargs + args.args { if let t = a.annotation { annotations.append((mangle(a.arg), t)) } }
        if let v = args.vararg, let t = v.annotation { annotations.append((mangle(v.arg), t)) }
        for a in args.kwonlyargs { if let t = a.annotation { annotations.append((mangle(a.arg), t)) } }
        if let k = args.kwarg, let t = k.annotation { annotations.append((mangle(k.arg), t)) }
        if let returns { annotations.append(("return", returns)) }
        let f = unit.temporary()
        try makeFunction(code, scope: scope, args: args, annotations: annotations, qualifiedName: qualified, into: f)
        try applyDecorators(decorators.count, base: decoratorBase, to: f)
        storeName(name, from: f)
    }

    func applyDecorators(_ count: Int, base: Int, to f: Int) throws(SyntaxError) {
        for i in stride(from: count - 1, through: 0, by: -1) {
            let call = unit.temporaries(2)
            unit.emit(.copy, call, base + i)
            unit.emit(.copy, call + 1, f)
            unit.emit(.call, f, call, 1)
            unit.release(to: call)
        }
    }

    func functionBody(_ scope: Scope, name: String, qualifiedName: String, args: Arguments, body: [Stmt],
                      firstLine: Int, isAsync: Bool) throws(SyntaxError) -> CodeUnit {
        enter(scope, name: name, qualifiedName: qualifiedName, firstLine: firstLine)
        unit.isAsyncFunction = isAsync
        unit.code.argumentCount = args.posonlyargs.count + args.args.count
        unit.code.positionalOnlyCount = args.posonlyargs.count
        unit.code.keywordOnlyCount = args.kwonlyargs.count
        unit.deletedLocals = deletedLocals(body)
        unit.currentRange = SourceRange(line: Int32(firstLine), column: 0, endLine: Int32(firstLine), endColumn: 0)
        var statements = body[...]
        // co_consts[0] is the docstring or None, as in CPython (function.__doc__ reads it).
        if let doc = docstring(body) {
            _ = unit.constant(.value(doc))
            unit.code.flags.insert(.hasDocstring)
            statements = statements.dropFirst()
        } else {
            _ = unit.constant(.value(.none))
        }
        for s in statements { try statement(s) }
        let none = unit.temporary()
        unit.emit(.loadConst, none, unit.constant(.value(.none)))
        unit.emit(.returnValue, none)
        return leave()
    }

    /// Registers of locals that some `del` statement unbinds.
    func deletedLocals(_ body: [Stmt]) -> Set<Int> {
        var result = Set<Int>()
        func visit(_ statements: [Stmt]) {
            for s in statements {
                switch s.kind {
                case .Delete(let targets):
                    for t in targets { if case .Name(let id, _) = t.kind, let r = fastRegister(id) { result.insert(r) } }
                case .If(_, let b, let o), .While(_, let b, let o), .For(_, _, let b, let o, _),
                     .AsyncFor(_, _, let b, let o, _):
                    visit(b); visit(o)
                case .With(_, let b, _), .AsyncWith(_, let b, _):
                    visit(b)
                case .Match(_, let cases):
                    for c in cases { visit(c.body) }
                case .Try(let b, let hs, let o, let f):
                    visit(b); visit(o); visit(f)
                    for h in hs {
                        visit(h.body)
                        if let n = h.name, let r = fastRegister(n) { result.insert(r) }
                    }
                default: break
                }
            }
        }
        visit(body)
        return result
    }

    func lambda(_ e: Expr, _ args: Arguments, _ body: Expr, into target: Int) throws(SyntaxError) {
        guard let scope = table.scope(for: e) else { throw error("internal error: no scope for lambda", e.range) }
        let qualified = qualifiedName("<lambda>")
        enter(scope, name: "<lambda>", qualifiedName: qualified, firstLine: Int(e.range.line))
        unit.code.argumentCount = args.posonlyargs.count + args.args.count
        unit.code.positionalOnlyCount = args.posonlyargs.count
        unit.code.keywordOnlyCount = args.kwonlyargs.count
        unit.currentRange = body.range
        _ = unit.constant(.value(.none))  // no docstring
        let r = unit.temporary()
        try expression(body, into: r)
        unit.emit(.returnValue, r)
        let code = leave()
        try makeFunction(code, scope: scope, args: args, annotations: [], qualifiedName: qualified, into: target)
    }

    func classDefinition(_ s: Stmt, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt],
                         decorators: [Expr]) throws(SyntaxError) {
        guard let scope = table.scope(for: s) else { throw error("internal error: no scope for class", s.range) }
        let decoratorBase = unit.temporaries(max(decorators.count, 1))
        for (i, d) in decorators.enumerated() { try expression(d, into: decoratorBase + i) }
        let qualified = qualifiedName(name)

        enter(scope, name: name, qualifiedName: qualified, firstLine: Int(s.range.line))
        unit.currentRange = s.range
        let t = unit.temporary()
        unit.emit(.loadName, t, unit.name("__name__"))
        unit.emit(.storeName, t, unit.name("__module__"))
        unit.emit(.loadConst, t, unit.constant(.value(.str(Array(qualified.unicodeScalars.map { $0.value })))))
        unit.emit(.storeName, t, unit.name("__qualname__"))
        var statements = body[...]
        if let doc = docstring(body) {
            unit.emit(.loadConst, t, unit.constant(.value(doc)))
            unit.emit(.storeName, t, unit.name("__doc__"))
            statements = statements.dropFirst()
        }
        if containsAnnotations(body) { unit.emit(.setupAnnotations) }
        unit.release(to: t)
        for b in statements { try statement(b) }
        let result = unit.temporary()
        if let classCell = unit.code.cellvars.firstIndex(of: "__class__") {
            let register = unit.code.cellRegister(classCell)
            unit.emit(.storeName, register, unit.name("__classcell__"))
            unit.emit(.copy, result, register)
        } else {
            unit.emit(.loadConst, result, unit.constant(.value(.none)))
        }
        unit.emit(.returnValue, result)
        let code = leave()

        let positional = 2 + bases.count
        let hasStar = bases.contains { if case .Starred = $0.kind { return true } else { return false } } || keywords.contains { $0.arg == nil }
        if hasStar {
            throw notSupported("unpacking in class bases", s.range)
        }
        let base = unit.temporaries(1 + positional + keywords.count + 1)
        unit.emit(.loadBuildClass, base)
        try makeFunction(code, scope: scope, args: nil, annotations: [], qualifiedName: qualified, into: base + 1)
        unit.emit(.loadConst, base + 2, unit.constant(.value(.str(Array(name.unicodeScalars.map { $0.value })))))
        for (i, b) in bases.enumerated() { try expression(b, into: base + 3 + i) }
        for (i, k) in keywords.enumerated() { try expression(k.value, into: base + 1 + positional + i) }
        let f = unit.temporary()
        if keywords.isEmpty {
            unit.emit(.call, f, base, positional)
        } else {
            let names: [CodeConstant] = keywords.map { .value(.str(Array($0.arg!.unicodeScalars.map { $0.value }))) }
            unit.emit(.loadConst, base + 1 + positional + keywords.count, unit.constant(.tuple(names)))
            unit.emit(.callKeywords, f, base, positional + keywords.count)
        }
        try applyDecorators(decorators.count, base: decoratorBase, to: f)
        storeName(name, from: f)
    }

    /// List, set and dict comprehensions: a nested function over the first iterable.
    func comprehension(_ e: Expr, into target: Int) throws(SyntaxError) {
        guard let scope = table.scope(for: e) else { throw error("internal error: no scope for comprehension", e.range) }
        let generators: [Comprehension]
        let name: String
        let build: Opcode
        switch e.kind {
        case .ListComp(_, let g): generators = g; name = "<listcomp>"; build = .buildList
        case .SetComp(_, let g): generators = g; name = "<setcomp>"; build = .buildSet
        case .DictComp(_, _, let g): generators = g; name = "<dictcomp>"; build = .buildMap
        case .GeneratorExp(_, let g): generators = g; name = "<genexpr>"; build = .nop
        default: return
        }
        // A list, set or dict comprehension with `async for` or `await` is a coroutine that
        // the enclosing code awaits; an async generator expression is just created.
        let isAsync = scope.isCoroutine && build != .nop
        if isAsync && !unit.isAsyncFunction && !unit.isComprehension {
            throw error("asynchronous comprehension outside of an asynchronous function", e.range)
        }
        let qualified = qualifiedName(name)
        enter(scope, name: name, qualifiedName: qualified, firstLine: Int(e.range.line))
        unit.code.argumentCount = 1
        unit.currentRange = e.range
        let result = unit.temporary()
        if build == .nop {
            unit.emit(.loadConst, result, unit.constant(.value(.none)))
        } else {
            unit.emit(build, result, result, 0)
        }
        try comprehensionLoop(e, generators[...], first: true, result: result)
        unit.emit(.returnValue, result)
        let code = leave()

        let base = unit.temporaries(2)
        try makeFunction(code, scope: scope, args: nil, annotations: [], qualifiedName: qualified, into: base)
        let iterable = try checkedOperand(generators[0].iter)
        unit.emit(generators[0].isAsync != 0 ? .getAsyncIterator : .getIter, base + 1, iterable)
        unit.emit(.call, target, base, 1)
        if isAsync { emitAwait(target, context: 0, into: target) }
    }

    func comprehensionLoop(_ e: Expr, _ generators: ArraySlice<Comprehension>, first: Bool, result: Int) throws(SyntaxError) {
        guard let g = generators.first else {
            let mark = unit.nextTemporary
            switch e.kind {
            case .ListComp(let elt, _):
                let v = try operand(elt)
                unit.emit(.listAppend, result, v)
            case .SetComp(let elt, _):
                let v = try operand(elt)
                unit.emit(.setAdd, result, v)
            case .DictComp(let key, let value, _):
                let k = try operand(key)
                let v = try operand(value)
                unit.emit(.mapAdd, result, k, v)
            case .GeneratorExp(let elt, _):
                let v = try operand(elt)
                let sent = unit.temporary()
                unit.emit(.yieldValue, sent, v, unit.isAsyncGenerator ? 1 : 0)
            default: break
            }
            unit.release(to: mark)
            return
        }
        let iterator = unit.temporaries(2)
        if first {
            unit.emit(.copy, iterator, 0)  // the `.0` parameter: already an iterator
        } else {
            let source = try checkedOperand(g.iter)
            unit.emit(g.isAsync != 0 ? .getAsyncIterator : .getIter, iterator, source)
        }
        let top = unit.newLabel()
        let exit = unit.newLabel()
        unit.place(top)
        if g.isAsync != 0 {
            emitAsyncNext(iterator, into: iterator + 1, exit: exit)
            try assign(g.target, from: iterator + 1)
        } else {
            try forIter(iterator, g.target, exit: exit)
        }
        for condition in g.ifs { try jumpIf(condition, false, to: top) }
        try comprehensionLoop(e, generators.dropFirst(), first: false, result: result)
        unit.emitJump(.jump, to: top)
        unit.place(exit)
    }
}

/// The index of an operator in BinaryOp / Opcode order.
func binaryIndex(_ op: Operator) -> Int {
    switch op {
    case .Add: return 0
    case .Sub: return 1
    case .Mult: return 2
    case .MatMult: return 3
    case .Div: return 4
    case .FloorDiv: return 5
    case .Mod: return 6
    case .Pow: return 7
    case .LShift: return 8
    case .RShift: return 9
    case .BitAnd: return 10
    case .BitOr: return 11
    case .BitXor: return 12
    }
}
