// ContextVar and Token: get/set/reset against the current Context, with CPython's
// messages (Python/context.c).

extension ContextvarsModule {
    static func contextVarSlots() -> TypeSlots {
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            try args.expect("ContextVar", min: 0, max: 1, keywords: ["name", "default"], keywordOnly: 1)
            guard let name = args.positionalCount > 0 ? args[0] : args.keyword("name") else {
                throw typeError("ContextVar() missing required argument 'name' (pos 1)")
            }
            guard StrOps.isStr(name) else { throw typeError("context variable name must be a str") }
            let v = allocateObject(words: 3, type: cls)
            v.storeValue(1, name)
            v.storeValue(2, args.keyword("default") ?? .null)
            return v
        }
        slots.hash = { v in Int(truncatingIfNeeded: v.bits >> 4) }
        slots.repr = { v throws(PyException) in
            var text = "<ContextVar name=" + StrRef(try Runtime.repr(v.loadValue(1))).string
            let fallback = v.loadValue(2)
            if !fallback.isNull { text += " default=" + StrRef(try Runtime.repr(fallback)).string }
            return StrRef.create(text + " at \(address(v))>").value
        }
        return slots
    }

    static func tokenSlots() -> TypeSlots {
        let slots = TypeSlots()
        slots.new = { _, _ throws(PyException) in throw runtimeError("Tokens can only be created by ContextVars") }
        slots.repr = { t throws(PyException) in
            let used = t.loadValue(4).isIdentical(BuiltinTypes.true) ? " used" : ""
            let variable = StrRef(try Runtime.repr(t.loadValue(2))).string
            return StrRef.create("<Token\(used) var=\(variable) at \(address(t))>").value
        }
        return slots
    }

    static func runtimeError(_ message: String) -> PyException { pyError(ExceptionTypes.named("RuntimeError"), message) }

    static func installContextVarMethods() {
        let t = contextVarType
        GetSet.add(t, "name", get: { v in v.loadValue(1) })
        NativeFunctions.addMethod(t, "get") { v, args throws(PyException) in
            try args.expect("get", min: 0, max: 1)
            if let value = try vars(currentContext()).get(v) { return value }
            if args.positionalCount > 0 { return args[0] }
            let fallback = v.loadValue(2)
            if !fallback.isNull { return fallback }
            let error = ExceptionObject.create(type: ExceptionTypes.named("LookupError"), args: single(v))
            throw PyException(error)
        }
        NativeFunctions.addMethod(t, "set") { v, args throws(PyException) in
            try args.expect("set", count: 1)
            let context = currentContext()
            let old = try vars(context).get(v) ?? .null
            try vars(context).set(v, args[0])
            let token = allocateObject(words: 5, type: tokenType)
            token.storeValue(1, context)
            token.storeValue(2, v)
            token.storeValue(3, old)
            token.storeValue(4, .bool(false))
            return token
        }
        NativeFunctions.addMethod(t, "reset") { v, args throws(PyException) in
            try args.expect("reset", count: 1)
            let token = args[0]
            guard token.isPointer, token.type.isIdentical(tokenType) else {
                throw typeError("expected an instance of Token, got \(StrRef(try Runtime.repr(token)).string)")
            }
            let described = StrRef(try Runtime.repr(token)).string
            if token.loadValue(4).isIdentical(BuiltinTypes.true) { throw runtimeError("\(described) has already been used once") }
            if !token.loadValue(2).isIdentical(v) {
                throw pyError(ExceptionTypes.named("ValueError"), "\(described) was created by a different ContextVar")
            }
            let context = currentContext()
            if !token.loadValue(1).isIdentical(context) {
                throw pyError(ExceptionTypes.named("ValueError"), "\(described) was created in a different Context")
            }
            token.storeValue(4, .bool(true))
            let old = token.loadValue(3)
            if old.isNull { _ = try vars(context).remove(v) } else { try vars(context).set(v, old) }
            return .none
        }
        GetSet.add(tokenType, "var", get: { t in t.loadValue(2) })
        GetSet.add(tokenType, "old_value", get: { t in
            let old = t.loadValue(3)
            return old.isNull ? missing : old
        })
    }
}
