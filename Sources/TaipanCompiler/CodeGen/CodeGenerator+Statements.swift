// Statements, including the control flow ones and the blocks that return/break/continue
// must unwind (see FrameBlock).

import TaipanSyntax

extension CodeGenerator {
    func statement(_ s: Stmt) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        let saved = unit.currentRange
        unit.currentRange = s.range
        defer { unit.currentRange = saved }
        let mark = unit.nextTemporary
        defer { unit.release(to: mark) }

        switch s.kind {
        case .Expr(let value):
            let r = unit.temporary()
            try expression(value, into: r)
            if interactive && units.count == 1 { unit.emit(.printExpression, r) }
        case .Pass:
            break
        case .Assign(let targets, let value, _):
            if targets.count == 1, case .Name(let id, _) = targets[0].kind, let r = fastRegister(id) {
                try expression(value, into: r)
                return
            }
            // `obj.attr = local`: storeAttr reads both registers and checks them itself. (Only
            // for a plain name as the object: evaluating it cannot rebind the local.)
            if targets.count == 1, case .Attribute(let object, _, _) = targets[0].kind,
               case .Name = object.kind, case .Name = value.kind {
                try assign(targets[0], from: try checkedOperand(value))
                return
            }
            // `obj[key] = local` likewise: setItem checks the value, the object and the key.
            if targets.count == 1, case .Subscript(let object, let slice, _) = targets[0].kind,
               case .Name = value.kind, isPlainOperand(value), isPlainOperand(object), isPlainOperand(slice) {
                try assign(targets[0], from: try checkedOperand(value))
                return
            }
            // `a, b = c, d`: the values go to temporaries and are assigned in order, with no
            // tuple in between (it could not be observed).
            if targets.count == 1, let elts = plainSequence(targets[0]), let values = plainSequence(value),
               elts.count == values.count, !values.isEmpty, values.count <= 8 {
                let base = unit.temporaries(values.count)
                for (i, v) in values.enumerated() { try expression(v, into: base + i) }
                for (i, e) in elts.enumerated() { try assign(e, from: base + i) }
                return
            }
            let r = unit.temporary()
            try expression(value, into: r)
            for t in targets { try assign(t, from: r) }
        case .AugAssign(let target, let op, let value):
            try augmentedAssign(target, op, value)
        case .AnnAssign(let target, let annotation, let value, let simple):
            try annotatedAssign(target, annotation, value, simple: simple)
        case .Return(let value):
            if !unit.isFunction { throw error("'return' outside function", s.range) }
            if value != nil && unit.isFunction && unit.isAsyncGenerator {
                throw error("'return' with value in async generator", s.range)
            }
            // `return local` returns the register itself (returnValue checks it) when no
            // finally or with block runs in between (it could rebind the local).
            if let value, case .Name(let id, _) = value.kind, let local = fastRegister(id),
               unit.blocks.allSatisfy({ if case .loop = $0 { return true } else { return false } }) {
                unit.emit(.returnValue, local)
                return
            }
            let r = unit.temporary()
            if let value { try expression(value, into: r) } else { unit.emit(.loadConst, r, unit.constant(.value(.none))) }
            try unwindBlocks(toLoop: false, preserving: r)
            unit.emit(.returnValue, r)
        case .Delete(let targets):
            for t in targets { try delete(t) }
        case .If(let test, let body, let orelse):
            let otherwise = unit.newLabel()
            let end = unit.newLabel()
            try jumpIf(test, false, to: otherwise)
            for b in body { try statement(b) }
            if !orelse.isEmpty { unit.emitJump(.jump, to: end) }
            unit.place(otherwise)
            for b in orelse { try statement(b) }
            unit.place(end)
        case .While(let test, let body, let orelse):
            let top = unit.newLabel()
            let exit = unit.newLabel()
            let broken = unit.newLabel()
            unit.place(top)
            try jumpIf(test, false, to: exit)
            unit.blocks.append(.loop(continueLabel: top, breakLabel: broken))
            for b in body { try statement(b) }
            unit.blocks.removeLast()
            unit.emitJump(.jump, to: top)
            unit.place(exit)
            for b in orelse { try statement(b) }
            unit.place(broken)
        case .For(let target, let iter, let body, let orelse, _):
            try forLoop(target, iter, body, orelse)
        case .AsyncFor(let target, let iter, let body, let orelse, _):
            if !unit.isAsyncFunction { throw error("'async for' outside async function", s.range) }
            try forLoop(target, iter, body, orelse, isAsync: true)
        case .Break:
            try unwindBlocks(toLoop: true, preserving: nil)
            guard let loop = innermostLoop() else { throw error("'break' outside loop", s.range) }
            unit.emitJump(.jump, to: loop.breakLabel)
        case .Continue:
            try unwindBlocks(toLoop: true, preserving: nil)
            guard let loop = innermostLoop() else { throw error("'continue' not properly in loop", s.range) }
            unit.emitJump(.jump, to: loop.continueLabel)
        case .Raise(let exc, let cause):
            var a = 0xFFFF, b = 0xFFFF
            if let exc {
                a = unit.temporary()
                try expression(exc, into: a)
            }
            if let cause {
                b = unit.temporary()
                try expression(cause, into: b)
            }
            unit.emit(.raise, a, b)
        case .Try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try tryExcept(body, handlers, orelse)
            } else {
                try tryFinally(finalbody) { () throws(SyntaxError) in
                    if handlers.isEmpty {
                        for b in body { try statement(b) }
                    } else {
                        try tryExcept(body, handlers, orelse)
                    }
                }
            }
        case .Assert(let test, let msg):
            if optimize > 0 { break }
            let end = unit.newLabel()
            try jumpIf(test, true, to: end)
            let base = unit.temporaries(2)
            unit.emit(.loadAssertionError, base)
            if let msg {
                try expression(msg, into: base + 1)
                unit.emit(.call, base, base, 1)
            }
            unit.emit(.raise, base, 0xFFFF)
            unit.place(end)
        case .Import(let names):
            for alias in names { try importName(alias) }
        case .ImportFrom(let module, let names, let level):
            try importFrom(module, names, level ?? 0, s.range)
        case .Global, .Nonlocal:
            break
        case .FunctionDef(let name, let args, let body, let decorators, let returns, _):
            try functionDefinition(s, name: name, args: args, body: body, decorators: decorators, returns: returns)
        case .ClassDef(let name, let bases, let keywords, let body, let decorators):
            try classDefinition(s, name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        case .With(let items, let body, _):
            try withStatement(items[...], body, isAsync: false)
        case .AsyncWith(let items, let body, _):
            if !unit.isAsyncFunction { throw error("'async with' outside async function", s.range) }
            try withStatement(items[...], body, isAsync: true)
        case .AsyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try functionDefinition(s, name: name, args: args, body: body, decorators: decorators, returns: returns,
                                   isAsync: true)
        case .Match(let subject, let cases):
            try matchStatement(subject, cases)
        case .TryStar(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try tryExceptStar(body, handlers, orelse)
            } else {
                try tryFinally(finalbody) { () throws(SyntaxError) in try tryExceptStar(body, handlers, orelse) }
            }
        }
    }

    func innermostLoop() -> (continueLabel: Label, breakLabel: Label)? {
        for block in unit.blocks.reversed() {
            if case .loop(let c, let b) = block { return (c, b) }
        }
        return nil
    }

    /// Emits what leaving the blocks requires: up to the innermost loop (break/continue) or
    /// all of them (return). `preserving` is a register that must survive (the return value).
    func unwindBlocks(toLoop: Bool, preserving: Int?) throws(SyntaxError) {
        let saved = unit.blocks
        let savedHandlers = unit.handlerStack
        defer {
            unit.blocks = saved
            unit.handlerStack = savedHandlers
        }
        while let block = unit.blocks.last {
            switch block {
            case .loop:
                if toLoop { return }
                unit.blocks.removeLast()
            case .tryFinally(let body, let handler):
                unit.blocks.removeLast()
                popHandler(handler)
                for b in body { try statement(b) }
            case .tryExcept(let handler):
                unit.blocks.removeLast()
                popHandler(handler)
            case .handlerBody(let savedRegister, let name, let cleanup):
                unit.blocks.removeLast()
                popHandler(cleanup)
                unit.emit(.popExceptionInfo, savedRegister)
                if let name { try unbindHandlerName(name) }
            case .with(let exitRegister, let handler, let isAsync):
                unit.blocks.removeLast()
                popHandler(handler)
                callExit(exitRegister, isAsync: isAsync)
            case .exceptStarHandlers:
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", unit.currentRange)
            }
        }
        _ = preserving
    }

    /// Removes `handler` (and any inside it) from the handler stack.
    func popHandler(_ handler: Int) {
        if let i = unit.handlerStack.lastIndex(of: handler) {
            unit.handlerStack.removeSubrange(i...)
        }
    }

    // MARK: Assignment

    /// Stores the value in register `value` into target `t`.
    func assign(_ t: Expr, from value: Int) throws(SyntaxError) {
        let mark = unit.nextTemporary
        defer { unit.release(to: mark) }
        switch t.kind {
        case .Name(let id, _):
            storeName(id, from: value)
        case .Attribute(let object, let attr, _):
            let o = try checkedOperand(object)
            unit.emit(.storeAttr, o, unit.name(mangle(attr)), value)
        case .Subscript(let object, let slice, _):
            // setItem checks its object and key itself.
            let o = try isPlainOperand(slice) ? checkedOperand(object) : operand(object)
            let k = try checkedOperand(slice)
            unit.emit(.setItem, o, k, value)
        case .Tuple(let elts, _), .List(let elts, _):
            if let star = elts.firstIndex(where: { if case .Starred = $0.kind { return true } else { return false } }) {
                let base = unit.temporaries(elts.count)
                unit.emit(.unpackStarred, base, value, star | (elts.count - star - 1) << 8)
                for (i, e) in elts.enumerated() {
                    if case .Starred(let inner, _) = e.kind { try assign(inner, from: base + i) } else { try assign(e, from: base + i) }
                }
            } else {
                let base = unit.temporaries(elts.count)
                unit.emit(.unpackSequence, base, value, elts.count)
                for (i, e) in elts.enumerated() { try assign(e, from: base + i) }
            }
        case .Starred(let inner, _):
            try assign(inner, from: value)
        default:
            throw error("cannot assign to expression", t.range)
        }
    }

    /// The items of a tuple or list display without starred items, else nil.
    func plainSequence(_ e: Expr) -> [Expr]? {
        switch e.kind {
        case .Tuple(let elts, _), .List(let elts, _):
            if elts.contains(where: { if case .Starred = $0.kind { return true } else { return false } }) { return nil }
            return elts
        default:
            return nil
        }
    }

    func delete(_ t: Expr) throws(SyntaxError) {
        let mark = unit.nextTemporary
        defer { unit.release(to: mark) }
        switch t.kind {
        case .Name(let id, _):
            deleteName(id)
        case .Attribute(let object, let attr, _):
            let o = try operand(object)
            unit.emit(.deleteAttr, o, unit.name(mangle(attr)))
        case .Subscript(let object, let slice, _):
            let o = try operand(object)
            let k = try operand(slice)
            unit.emit(.deleteItem, o, k)
        case .Tuple(let elts, _), .List(let elts, _):
            for e in elts { try delete(e) }
        default:
            throw error("cannot delete expression", t.range)
        }
    }

    func augmentedAssign(_ target: Expr, _ op: Operator, _ value: Expr) throws(SyntaxError) {
        let opcode = Opcode(rawValue: Opcode.firstInplace + UInt8(binaryIndex(op)))!
        switch target.kind {
        case .Name(let id, _):
            if let r = fastRegister(id) {
                if (op == .Add || op == .Sub), let k = constantValue(value) {
                    unit.emit(op == .Add ? .inplaceAddConst : .inplaceSubtractConst, r, r, unit.constant(.value(k)))
                    return
                }
                let v = try operand(value)
                unit.emit(opcode, r, r, v)
                return
            }
            let current = unit.temporary()
            loadName(id, into: current)
            let v = try operand(value)
            unit.emit(opcode, current, current, v)
            storeName(id, from: current)
        case .Attribute(let object, let attr, _):
            let o = try operand(object)
            let current = unit.temporary()
            unit.emit(.loadAttr, current, o, unit.name(mangle(attr)))
            let v = try operand(value)
            unit.emit(opcode, current, current, v)
            unit.emit(.storeAttr, o, unit.name(mangle(attr)), current)
        case .Subscript(let object, let slice, _):
            let o = try isPlainOperand(slice) ? checkedOperand(object) : operand(object)
            let k = try checkedOperand(slice)
            let current = unit.temporary()
            unit.emit(.getItem, current, o, k)
            let v = try operand(value)
            unit.emit(opcode, current, current, v)
            unit.emit(.setItem, o, k, current)
        default:
            throw error("illegal expression for augmented assignment", target.range)
        }
    }

    func annotatedAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, simple: Int) throws(SyntaxError) {
        if let value {
            if case .Name(let id, _) = target.kind, let r = fastRegister(id) {
                try expression(value, into: r)
            } else {
                let r = unit.temporary()
                try expression(value, into: r)
                try assign(target, from: r)
            }
        }
        // Module and class bodies record simple annotations in __annotations__.
        guard !unit.isFunction, simple == 1, case .Name(let id, _) = target.kind else {
            if !unit.isFunction, value == nil, case .Attribute(let object, _, _) = target.kind {
                _ = try operand(object)
            }
            return
        }
        let a = unit.temporary()
        if table.future.flags.contains(.annotations) {
            unit.emit(.loadConst, a, unit.constant(.value(.str(Array(unparse(annotation).unicodeScalars.map { $0.value })))))
        } else {
            try expression(annotation, into: a)
        }
        let annotations = unit.temporary()
        unit.emit(.loadName, annotations, unit.name("__annotations__"))
        let key = unit.temporary()
        unit.emit(.loadConst, key, unit.constant(.value(.str(Array(mangle(id).unicodeScalars.map { $0.value })))))
        unit.emit(.setItem, annotations, key, a)
    }

    /// The source text CPython's `from __future__ import annotations` keeps, for the
    /// simple forms (names and attributes); other annotations keep a best effort text.
    func unparse(_ e: Expr) -> String {
        switch e.kind {
        case .Name(let id, _): return id
        case .Attribute(let v, let attr, _): return unparse(v) + "." + attr
        case .Constant(let v, _):
            if case .str(let cps) = v { return "'" + String(String.UnicodeScalarView(cps.compactMap(Unicode.Scalar.init))) + "'" }
            if case .none = v { return "None" }
            return "..."
        case .Subscript(let v, let s, _): return unparse(v) + "[" + unparse(s) + "]"
        case .Tuple(let elts, _): return elts.map(unparse).joined(separator: ", ")
        case .BinOp(let l, .BitOr, let r): return unparse(l) + " | " + unparse(r)
        default: return "..."
        }
    }

    // MARK: Loops

    func forLoop(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orelse: [Stmt], isAsync: Bool = false) throws(SyntaxError) {
        let iterator = unit.temporaries(2)
        let source = try operand(iterable)
        unit.emit(isAsync ? .getAsyncIterator : .getIter, iterator, source)
        let top = unit.newLabel()
        let exit = unit.newLabel()
        let broken = unit.newLabel()
        unit.place(top)
        unit.currentRange = target.range
        if isAsync {
            emitAsyncNext(iterator, into: iterator + 1, exit: exit)
            try assign(target, from: iterator + 1)
        } else {
            try forIter(iterator, target, exit: exit)
        }
        unit.blocks.append(.loop(continueLabel: top, breakLabel: broken))
        for b in body { try statement(b) }
        unit.blocks.removeLast()
        unit.emitJump(.jump, to: top)
        unit.place(exit)
        for b in orelse { try statement(b) }
        unit.place(broken)
    }

    /// One `for` step: the next item into the target, or on to `exit`. A plain local
    /// target (register below 255) gets the item directly, named in the X operand.
    func forIter(_ iterator: Int, _ target: Expr, exit: Label) throws(SyntaxError) {
        if case .Name(let id, _) = target.kind, let r = fastRegister(id), r < 255 {
            unit.emitJump(.forIter, iterator, to: exit, x: r + 1)
            return
        }
        unit.emitJump(.forIter, iterator, to: exit)
        try assign(target, from: iterator + 1)
    }

    /// One `async for` step: R[item] = await anext(R[iterator]); StopAsyncIteration out of
    /// it continues at `exit`.
    func emitAsyncNext(_ iterator: Int, into item: Int, exit: Label) {
        let mark = unit.nextTemporary
        let exception = unit.temporary()
        let handler = unit.newHandler(register: exception)
        unit.handlerStack.append(handler)
        let awaitable = unit.temporary()
        unit.emit(.getAsyncNext, awaitable, iterator)
        emitDelegation(awaitable, into: item)
        popHandler(handler)
        let next = unit.newLabel()
        unit.emitJump(.jump, to: next)
        unit.place(unit.handlers[handler].label)
        unit.emitJump(.endAsyncFor, exception, to: exit)
        unit.place(next)
        unit.release(to: mark)
    }

    // MARK: try

    /// The body of a `try` under a new exception handler, ending in a jump to `otherwise`
    /// (the else clause); the handler catches into `exception`. Shared by except and except*.
    func protectedBody(_ body: [Stmt]) throws(SyntaxError) -> (exception: Int, handler: Int, otherwise: Label) {
        let exception = unit.temporary()
        let handler = unit.newHandler(register: exception)
        let otherwise = unit.newLabel()
        unit.handlerStack.append(handler)
        unit.blocks.append(.tryExcept(handler: handler))
        for b in body { try statement(b) }
        unit.blocks.removeLast()
        popHandler(handler)
        unit.emitJump(.jump, to: otherwise)
        return (exception, handler, otherwise)
    }

    func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        let (exception, handler, otherwise) = try protectedBody(body)
        let end = unit.newLabel()

        // The handler: exception in `exception`.
        unit.place(unit.handlers[handler].label)
        let (savedException, cleanup, cleanupException) = enterHandler(exception)
        for h in handlers {
            unit.currentRange = h.range
            let next = unit.newLabel()
            if let type = h.type {
                let t = try operand(type)
                let matched = unit.temporary()
                unit.emit(.checkExceptionMatch, matched, exception, t)
                unit.emitJump(.jumpIfFalse, matched, to: next)
            }
            if let name = h.name { storeName(name, from: exception) }
            unit.blocks.append(.handlerBody(savedRegister: savedException, name: h.name, cleanupHandler: cleanup))
            if let name = h.name {
                // The name is unbound even if the handler body raises.
                let nameCleanupException = unit.temporary()
                let nameCleanup = unit.newHandler(register: nameCleanupException)
                unit.handlerStack.append(nameCleanup)
                for b in h.body { try statement(b) }
                popHandler(nameCleanup)
                unit.blocks.removeLast()
                popHandler(cleanup)
                unit.emit(.popExceptionInfo, savedException)
                try unbindHandlerName(name)
                unit.emitJump(.jump, to: end)
                unit.handlerStack.append(cleanup)
                unit.place(unit.handlers[nameCleanup].label)
                try unbindHandlerName(name)
                unit.emit(.reraise, nameCleanupException)
            } else {
                for b in h.body { try statement(b) }
                unit.blocks.removeLast()
                popHandler(cleanup)
                unit.emit(.popExceptionInfo, savedException)
                unit.emitJump(.jump, to: end)
                unit.handlerStack.append(cleanup)
            }
            unit.place(next)
        }
        // No clause matched: re-raise with the previous exception info restored.
        popHandler(cleanup)
        unit.emit(.popExceptionInfo, savedException)
        unit.emit(.reraise, exception)
        emitCleanup(cleanup, saved: savedException, exception: cleanupException)

        unit.place(otherwise)
        for b in orelse { try statement(b) }
        unit.place(end)
    }

    /// Entering an exception handler with the exception in `exception`: saves the exception
    /// being handled before, and protects the handler's code with a cleanup handler that
    /// restores it. Returns (saved register, cleanup handler, its exception register).
    func enterHandler(_ exception: Int) -> (Int, Int, Int) {
        let saved = unit.temporary()
        unit.emit(.pushExceptionInfo, saved, exception)
        let cleanupException = unit.temporary()
        let cleanup = unit.newHandler(register: cleanupException)
        unit.handlerStack.append(cleanup)
        return (saved, cleanup, cleanupException)
    }

    /// The cleanup handler's code: restore the exception being handled, re-raise.
    func emitCleanup(_ cleanup: Int, saved: Int, exception: Int) {
        unit.place(unit.handlers[cleanup].label)
        unit.emit(.popExceptionInfo, saved)
        unit.emit(.reraise, exception)
    }

    /// `name = None; del name` after an `except … as name:` clause.
    func unbindHandlerName(_ name: String) throws(SyntaxError) {
        let none = unit.temporary()
        unit.emit(.loadConst, none, unit.constant(.value(.none)))
        storeName(name, from: none)
        deleteName(name)
        unit.release(to: none)
    }

    func tryFinally(_ finalbody: [Stmt], _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        let exception = unit.temporary()
        let handler = unit.newHandler(register: exception)
        let end = unit.newLabel()
        unit.handlerStack.append(handler)
        unit.blocks.append(.tryFinally(body: finalbody, handler: handler))
        try body()
        unit.blocks.removeLast()
        popHandler(handler)
        for b in finalbody { try statement(b) }
        unit.emitJump(.jump, to: end)

        unit.place(unit.handlers[handler].label)
        let (saved, cleanup, cleanupException) = enterHandler(exception)
        unit.blocks.append(.handlerBody(savedRegister: saved, name: nil, cleanupHandler: cleanup))
        for b in finalbody { try statement(b) }
        unit.blocks.removeLast()
        popHandler(cleanup)
        unit.emit(.popExceptionInfo, saved)
        unit.emit(.reraise, exception)
        emitCleanup(cleanup, saved: saved, exception: cleanupException)
        unit.place(end)
    }

    // MARK: with

    /// `with` and `async with` (whose __aenter__ and __aexit__ results are awaited).
    func withStatement(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool) throws(SyntaxError) {
        guard let item = items.first else {
            for b in body { try statement(b) }
            return
        }
        let manager = try operand(item.contextExpr)
        let entered = unit.temporaries(2)
        unit.emit(.beforeWith, entered, manager, isAsync ? 1 : 0)
        if isAsync { emitAwait(entered, context: 1, into: entered) }
        let exception = unit.temporary()
        let handler = unit.newHandler(register: exception)
        unit.handlerStack.append(handler)
        if let vars = item.optionalVars { try assign(vars, from: entered) }
        unit.blocks.append(.with(exitRegister: entered + 1, handler: handler, isAsync: isAsync))
        try withStatement(items.dropFirst(), body, isAsync: isAsync)
        unit.blocks.removeLast()
        popHandler(handler)
        let end = unit.newLabel()
        callExit(entered + 1, isAsync: isAsync)
        unit.emitJump(.jump, to: end)

        unit.place(unit.handlers[handler].label)
        let (saved, cleanup, cleanupException) = enterHandler(exception)
        let suppress = unit.temporary()
        unit.emit(.withExceptStart, suppress, entered + 1, exception)
        if isAsync { emitAwait(suppress, context: 2, into: suppress) }
        let suppressed = unit.newLabel()
        unit.emitJump(.jumpIfTrue, suppress, to: suppressed)
        unit.emit(.reraise, exception)
        popHandler(cleanup)
        unit.place(suppressed)
        unit.emit(.popExceptionInfo, saved)
        unit.emitJump(.jump, to: end)
        emitCleanup(cleanup, saved: saved, exception: cleanupException)
        unit.place(end)
    }

    /// Leaving a `with` body normally: __exit__(None, None, None), awaited for `async with`.
    func callExit(_ exitRegister: Int, isAsync: Bool) {
        let mark = unit.nextTemporary
        let base = unit.temporaries(4)
        unit.emit(.copy, base, exitRegister)
        for i in 1...3 { unit.emit(.loadConst, base + i, unit.constant(.value(.none))) }
        unit.emit(.call, base, base, 3)
        if isAsync { emitAwait(base, context: 2, into: base) }
        unit.release(to: mark)
    }

    // MARK: Imports

    func importName(_ alias: Alias) throws(SyntaxError) {
        let base = unit.temporaries(3)
        unit.emit(.loadConst, base + 1, unit.constant(.value(.none)))
        unit.emit(.loadConst, base + 2, unit.constant(.value(.int(0))))
        unit.emit(.importName, base, unit.name(alias.name), base + 1)
        if let asname = alias.asname {
            // `import a.b as c` binds the submodule.
            let parts = alias.name.split(separator: ".")
            var current = base
            for part in parts.dropFirst() {
                unit.emit(.importFrom, current, current, unit.name(String(part)))
                current = base
            }
            storeName(asname, from: current)
        } else {
            let top = String(alias.name.split(separator: ".").first ?? Substring(alias.name))
            storeName(top, from: base)
        }
    }

    func importFrom(_ module: String?, _ names: [Alias], _ level: Int, _ range: SourceRange) throws(SyntaxError) {
        let base = unit.temporaries(3)
        let fromList: [CodeConstant] = names.map { .value(.str(Array($0.name.unicodeScalars.map { $0.value }))) }
        unit.emit(.loadConst, base + 1, unit.constant(.tuple(fromList)))
        unit.emit(.loadConst, base + 2, unit.constant(.value(.int(Int64(level)))))
        unit.emit(.importName, base, unit.name(module ?? ""), base + 1)
        if names.count == 1 && names[0].name == "*" {
            if unit.isFunction { throw error("import * only allowed at module level", range) }
            unit.emit(.importStar, base)
            return
        }
        let value = unit.temporary()
        for alias in names {
            unit.emit(.importFrom, value, base, unit.name(alias.name))
            storeName(alias.asname ?? alias.name, from: value)
        }
    }
}
