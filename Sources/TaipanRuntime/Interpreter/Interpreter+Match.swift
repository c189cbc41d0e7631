// The out-of-line parts of the pattern-matching instructions (Opcode.swift, "Pattern
// matching"): looking keys up in a mapping subject and extracting the attributes a class
// pattern matches against. Both return None for "no match" and raise only the errors
// CPython's MATCH_KEYS and MATCH_CLASS raise.

enum Patterns {
    /// `matchKeys`: the values of `keys` (a tuple) in `subject`, fetched with
    /// `subject.get(key, marker)` so that no key is created (defaultdict) and a missing
    /// key is told apart from a None value; None when a key is missing.
    static func matchKeys(_ subject: Value, keys: Value) throws(PyException) -> Value {
        let keyTuple = TupleRef(keys)
        let count = keyTuple.count
        if count == 0 { return TupleRef.allocate(0).value }
        let exactDict = subject.type.isIdentical(BuiltinTypes.dict)
        let get = exactDict ? Value.none : try Runtime.getAttribute(subject, Interned.intern("get"))
        let marker = exactDict ? Value.none : try Runtime.call(BuiltinTypes.object)
        let seen = DictRef.create()
        let values = TupleRef.allocate(count)
        for i in 0..<count {
            let key = keyTuple[i]
            if try seen.get(key) != nil {
                throw pyError(ExceptionTypes.named("ValueError"),
                              "mapping pattern checks duplicate key (\(try Runtime.reprString(key)))")
            }
            try seen.set(key, .none)
            if exactDict {
                guard let v = try DictRef(subject).get(key) else { return .none }
                values[i] = v
            } else {
                let v = try Runtime.call(get, key, marker)
                if v.isIdentical(marker) { return .none }
                values[i] = v
            }
        }
        return values.value
    }

    /// `matchClass`: the attributes for a class pattern on `cls` with `positional`
    /// positional sub-patterns and the keyword attribute names `names` (a tuple of str),
    /// or None when `subject` is not an instance of `cls` or lacks one of them.
    static func matchClass(_ subject: Value, cls: Value, names: Value, positional: Int) throws(PyException) -> Value {
        guard TypeRef(cls.type).isSubtype(of: BuiltinTypes.type) else {
            throw typeError("called match pattern must be a type")
        }
        if !(try Builtins.isInstance(subject, cls)) { return .none }
        let keywordNames = TupleRef(names)
        let typeName = TypeRef(cls).nameString
        let attributes = TupleRef.allocate(positional + keywordNames.count)
        let seen = DictRef.create()
        if positional > 0 {
            var matchArgs = Value.null
            var matchSelf = false
            if let declared = try Runtime.lookupAttribute(cls, Interned.intern("__match_args__")) {
                guard declared.type.isIdentical(BuiltinTypes.tuple) else {
                    throw typeError("\(typeName).__match_args__ must be a tuple (got \(TypeRef(declared.type).nameString))")
                }
                matchArgs = declared
            } else {
                // The built-in self-matching flag counts only without __match_args__.
                matchSelf = TypeRef(cls).flags.contains(.matchSelf)
            }
            let allowed = matchSelf ? 1 : (matchArgs.isNull ? 0 : TupleRef(matchArgs).count)
            if allowed < positional {
                throw typeError("\(typeName)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(positional) given)")
            }
            if matchSelf {
                attributes[0] = subject
            } else {
                let argNames = TupleRef(matchArgs)
                for i in 0..<positional {
                    let name = argNames[i]
                    guard name.type.isIdentical(BuiltinTypes.str) else {
                        throw typeError("__match_args__ elements must be strings (got \(TypeRef(name.type).nameString))")
                    }
                    guard let v = try attribute(subject, name, typeName: typeName, seen: seen) else { return .none }
                    attributes[i] = v
                }
            }
        }
        for i in 0..<keywordNames.count {
            guard let v = try attribute(subject, keywordNames[i], typeName: typeName, seen: seen) else { return .none }
            attributes[positional + i] = v
        }
        return attributes.value
    }

    /// getattr(subject, name), nil for AttributeError; TypeError for a name already matched.
    static func attribute(_ subject: Value, _ name: Value, typeName: String, seen: DictRef) throws(PyException) -> Value? {
        if try seen.get(name) != nil {
            throw typeError("\(typeName)() got multiple sub-patterns for attribute \(try Runtime.reprString(name))")
        }
        try seen.set(name, .none)
        return try Runtime.lookupAttribute(subject, Interned.intern(StrRef(name)))
    }
}
