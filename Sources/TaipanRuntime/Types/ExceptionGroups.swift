// BaseExceptionGroup and ExceptionGroup (PEP 654): construction checks, message and
// exceptions, str "msg (N sub-exceptions)", derive, and subgroup/split by exception type,
// tuple of types or predicate. The fields live in __dict__ like other exception fields.

extension ExceptionType {
    static func installGroups() {
        let baseGroup = ExceptionTypes.named("BaseExceptionGroup")
        let group = ExceptionTypes.named("ExceptionGroup")
        let exception = ExceptionTypes.named("Exception")
        for t in [baseGroup, group] {
            let slots = TypeRef(t).slots
            let baseNew = slots.new
            slots.new = { cls, args throws(PyException) in
                if args.keywordCount > 0 { throw typeError("BaseExceptionGroup.__new__() takes no keyword arguments") }
                if args.positionalCount != 2 {
                    throw typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.positionalCount) given)")
                }
                let message = args[0]
                guard StrOps.isStr(message) else {
                    throw typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(TypeRef(message.type).nameString)")
                }
                let given = args[1]
                guard given.isPointer, TypeRef(given.type).slots.getitem != nil, TypeRef(given.type).slots.len != nil,
                      !TypeRef(given.type).isSubtype(of: BuiltinTypes.dict) else {
                    throw typeError("second argument (exceptions) must be a sequence")
                }
                let list = try ListRef.fromIterable(given)
                let items = TupleRef.create(UnsafeBufferPointer(start: list.items, count: list.count))
                if items.count == 0 {
                    throw pyError(ExceptionTypes.named("ValueError"), "second argument (exceptions) must be a non-empty sequence")
                }
                var allExceptions = true
                for i in 0..<items.count {
                    let item = items[i]
                    guard item.isPointer, TypeRef(item.type).flags.contains(.exception) else {
                        throw pyError(ExceptionTypes.named("ValueError"), "Item \(i) of second argument (exceptions) is not an exception")
                    }
                    if !TypeRef(item.type).isSubtype(of: exception) { allExceptions = false }
                }
                var type = cls
                if cls.isIdentical(baseGroup) {
                    if allExceptions { type = group }
                } else if TypeRef(cls).isSubtype(of: exception) && !allExceptions {
                    throw typeError("Cannot nest BaseExceptions in an\(cls.isIdentical(group) ? "" : " '\(TypeRef(cls).nameString)'") ExceptionGroup")
                }
                guard let baseNew else { throw typeError("cannot create exception groups") }
                let e = try baseNew(type, args)
                ExceptionObject.setAttribute(e, "message", message)
                ExceptionObject.setAttribute(e, "exceptions", items.value)
                return e
            }
            slots.initialize = { e, args in
                e.storeValue(ExceptionWords.args, positionalTuple(args))
            }
            slots.str = { e throws(PyException) in
                let n = TupleRef(field(e, "exceptions")).count
                let message = StrRef(field(e, "message")).string
                return StrRef.create("\(message) (\(n) sub-exception\(n == 1 ? "" : "s"))").value
            }
        }
        GetSet.add(baseGroup, "message", get: { e in field(e, "message") })
        GetSet.add(baseGroup, "exceptions", get: { e in field(e, "exceptions") })
        NativeFunctions.addMethod(baseGroup, "derive") { e, args throws(PyException) in
            try args.expect("derive", count: 1)
            return try Runtime.call(baseGroup, field(e, "message"), args[0])
        }
        NativeFunctions.addMethod(baseGroup, "split") { e, args throws(PyException) in
            try args.expect("split", count: 1)
            let (match, rest) = try split(e, matcher(args[0]), wantRest: true)
            return TupleRef.create(match, rest).value
        }
        NativeFunctions.addMethod(baseGroup, "subgroup") { e, args throws(PyException) in
            try args.expect("subgroup", count: 1)
            return try split(e, matcher(args[0]), wantRest: false).0
        }
    }

    /// The condition of split/subgroup as a test on one exception.
    static func matcher(_ condition: Value) throws(PyException) -> (Value) throws(PyException) -> Bool {
        func isExceptionType(_ v: Value) -> Bool {
            TypeRef(v.type).isSubtype(of: BuiltinTypes.type) && TypeRef(v).flags.contains(.exception)
        }
        if isExceptionType(condition) {
            return { e in TypeRef(e.type).isSubtype(of: condition) }
        }
        if condition.type.isIdentical(BuiltinTypes.tuple) {
            let types = TupleRef(condition)
            var all = true
            for i in 0..<types.count where !isExceptionType(types[i]) { all = false }
            if all {
                return { e in
                    for i in 0..<types.count where TypeRef(e.type).isSubtype(of: types[i]) { return true }
                    return false
                }
            }
        } else if TypeRef(condition.type).slots.call != nil && !TypeRef(condition.type).isSubtype(of: BuiltinTypes.type) {
            return { e throws(PyException) in try Runtime.isTrue(Runtime.call(condition, e)) }
        }
        throw typeError("expected a function, exception type or tuple of exception types")
    }

    /// (matching part, rest) of exception `e`, None where empty; groups are rebuilt with
    /// derive() and keep the original's traceback, cause, context and notes.
    static func split(_ e: Value, _ matches: (Value) throws(PyException) -> Bool,
                      wantRest: Bool) throws(PyException) -> (Value, Value) {
        if try matches(e) { return (e, .none) }
        guard TypeRef(e.type).isSubtype(of: ExceptionTypes.named("BaseExceptionGroup")) else {
            return (.none, wantRest ? e : .none)
        }
        let matched = ListRef.create(), rest = ListRef.create()
        let items = TupleRef(field(e, "exceptions"))
        for i in 0..<items.count {
            let (m, r) = try split(items[i], matches, wantRest: wantRest)
            if !m.isIdentical(BuiltinTypes.none) { matched.append(m) }
            if !r.isIdentical(BuiltinTypes.none) { rest.append(r) }
        }
        return (try derived(e, matched), wantRest ? try derived(e, rest) : .none)
    }

    static func derived(_ e: Value, _ items: ListRef) throws(PyException) -> Value {
        if items.count == 0 { return .none }
        let d = try Runtime.callMethod(e, "derive", items.value)
        for word in [ExceptionWords.traceback, ExceptionWords.cause, ExceptionWords.context] {
            d.storeValue(word, e.loadValue(word))
        }
        let notes = field(e, "__notes__")
        if !notes.isIdentical(BuiltinTypes.none) {
            ExceptionObject.setAttribute(d, "__notes__", notes)
            d.storeValue(ExceptionWords.notes, notes)
        }
        return d
    }
}
