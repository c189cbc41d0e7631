// The runtime half of `except*` (PEP 654): matching one clause's types against the exception
// still unhandled, and assembling what propagates after the clauses, as CPython 3.11's
// CHECK_EG_MATCH and _PyExc_PrepReraiseStar do.

enum ExceptStar {
    static var baseGroup: Value { ExceptionTypes.named("BaseExceptionGroup") }

    /// (match, rest) for the clause types `pattern`: match None when nothing matches (rest
    /// is then `exception` itself); a naked exception that matches is wrapped in a group.
    static func match(_ exception: Value, _ pattern: Value) throws(PyException) -> (Value, Value) {
        try checkClauseTypes(pattern)
        if exception.isIdentical(BuiltinTypes.none) { return (.none, .none) }
        if try Interpreter.exceptionMatches(exception, pattern) {
            if isGroup(exception) { return (exception, .none) }
            let single = TupleRef.allocate(1)
            single[0] = exception
            return (try Runtime.call(baseGroup, StrRef.create("").value, single.value), .none)
        }
        if isGroup(exception) {
            let pair = try Runtime.callMethod(exception, "split", pattern)
            guard pair.type.isIdentical(BuiltinTypes.tuple), TupleRef(pair).count == 2 else {
                throw typeError("X.split(T) must return a tuple, not \(TypeRef(pair.type).nameString)")
            }
            return (TupleRef(pair)[0], TupleRef(pair)[1])
        }
        return (.none, exception)
    }

    /// TypeError unless `pattern` is an exception class, or a tuple of them, that is not an
    /// exception group class.
    static func checkClauseTypes(_ pattern: Value) throws(PyException) {
        let types: [Value] = pattern.type.isIdentical(BuiltinTypes.tuple)
            ? (0..<TupleRef(pattern).count).map { TupleRef(pattern)[$0] } : [pattern]
        for t in types {
            guard TypeRef(t.type).isSubtype(of: BuiltinTypes.type), TypeRef(t).isSubtype(of: BuiltinTypes.baseException) else {
                throw typeError("catching classes that do not inherit from BaseException is not allowed")
            }
        }
        for t in types where TypeRef(t).isSubtype(of: baseGroup) {
            throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    static func isGroup(_ e: Value) -> Bool { TypeRef(e.type).isSubtype(of: baseGroup) }

    /// What to raise after the clauses: `outcomes` holds what each clause raised and, last,
    /// the unmatched rest (None entries for nothing). Exceptions that are parts of
    /// `original` (re-raised, or the rest) are regrouped in the original's structure; new
    /// ones are grouped with that in a new ExceptionGroup('', …).
    static func prepareReraise(_ original: Value, _ outcomes: ListRef) throws(PyException) -> Value {
        if outcomes.count == 0 { return .none }
        if !isGroup(original) {
            // A naked exception: at most one clause ran, so there is one outcome to raise.
            return outcomes[0]
        }
        let raised = ListRef.create(), reraised = ListRef.create()
        for i in 0..<outcomes.count {
            let e = outcomes[i]
            if e.isIdentical(BuiltinTypes.none) { continue }
            (sameMetadata(e, original) ? reraised : raised).append(e)
        }
        let reraisedGroup = try projection(original, keeping: reraised)
        if raised.count == 0 { return reraisedGroup }
        if !reraisedGroup.isIdentical(BuiltinTypes.none) { raised.append(reraisedGroup) }
        if raised.count == 1 { return raised[0] }
        return try Runtime.call(baseGroup, StrRef.create("").value, raised.value)
    }

    /// Whether `e` carries the same traceback, cause, context and notes as `original`: a
    /// part split off it rather than a new exception.
    static func sameMetadata(_ e: Value, _ original: Value) -> Bool {
        for word in [ExceptionWords.traceback, ExceptionWords.cause, ExceptionWords.context]
        where !e.loadValue(word).isIdentical(original.loadValue(word)) {
            return false
        }
        return ExceptionType.field(e, "__notes__").isIdentical(ExceptionType.field(original, "__notes__"))
    }

    /// The part of `group` whose leaf exceptions are leaves of the exceptions in `keep`.
    static func projection(_ group: Value, keeping keep: ListRef) throws(PyException) -> Value {
        var leaves = Set<UInt64>()
        func collect(_ e: Value) {
            if isGroup(e) {
                let items = ExceptionType.field(e, "exceptions")
                guard items.type.isIdentical(BuiltinTypes.tuple) else { return }
                for i in 0..<TupleRef(items).count { collect(TupleRef(items)[i]) }
            } else {
                leaves.insert(e.bits)
            }
        }
        for i in 0..<keep.count { collect(keep[i]) }
        if leaves.isEmpty { return .none }
        return try ExceptionType.split(group, { e in !isGroup(e) && leaves.contains(e.bits) }, wantRest: false).0
    }
}
