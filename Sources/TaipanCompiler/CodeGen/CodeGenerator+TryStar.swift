// `try` … `except*` (PEP 654), laid out as CPython 3.11 compiles it:
//
//   handler (exception E):  pushExceptionInfo saved, E
//                           buildList raised; copy rest, E
//   each clause:            checkExceptionGroupMatch match, rest, T; jumpIfNone match → next
//                           name = match; body (an exception out of it is appended to
//                           `raised`, the name unbound); next:
//   after the clauses:      listAppend raised, rest
//                           prepareReraiseStar result, E, raised
//                           result None: handled, else popExceptionInfo and reraise result.
//
// Every clause runs at most once, with the part of the group it matches; what no clause
// matched and what the clauses raised propagate together.

import TaipanSyntax

extension CodeGenerator {
    func tryExceptStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        let (exception, handler, otherwise) = try protectedBody(body)
        let end = unit.newLabel()

        unit.place(unit.handlers[handler].label)
        let (savedException, cleanup, cleanupException) = enterHandler(exception)
        let raised = unit.temporary()
        let rest = unit.temporary()
        let match = unit.temporary()
        unit.emit(.buildList, raised, 0, 0)
        unit.emit(.copy, rest, exception)
        unit.blocks.append(.exceptStarHandlers)
        for h in handlers {
            unit.currentRange = h.range
            let next = unit.newLabel()
            let mark = unit.nextTemporary
            // The parser guarantees a type: `except*:` is a syntax error.
            if let type = h.type {
                let t = try operand(type)
                unit.emit(.checkExceptionGroupMatch, match, rest, t)
                unit.emitJump(.jumpIfNone, match, to: next)
            }
            if let name = h.name { storeName(name, from: match) }
            let bodyException = unit.temporary()
            let bodyHandler = unit.newHandler(register: bodyException)
            unit.handlerStack.append(bodyHandler)
            for b in h.body { try statement(b) }
            popHandler(bodyHandler)
            if let name = h.name { try unbindHandlerName(name) }
            unit.emitJump(.jump, to: next)
            // Raised in the clause: kept for the group re-raised at the end.
            unit.place(unit.handlers[bodyHandler].label)
            if let name = h.name { try unbindHandlerName(name) }
            unit.emit(.listAppend, raised, bodyException)
            unit.place(next)
            unit.release(to: mark)
        }
        unit.blocks.removeLast()
        let result = match
        unit.emit(.listAppend, raised, rest)
        unit.emit(.prepareReraiseStar, result, exception, raised)
        let handled = unit.newLabel()
        unit.emitJump(.jumpIfNone, result, to: handled)
        popHandler(cleanup)
        unit.emit(.popExceptionInfo, savedException)
        unit.emit(.reraise, result)
        unit.place(handled)
        unit.emit(.popExceptionInfo, savedException)
        unit.emitJump(.jump, to: end)
        emitCleanup(cleanup, saved: savedException, exception: cleanupException)

        unit.place(otherwise)
        for b in orelse { try statement(b) }
        unit.place(end)
    }
}
