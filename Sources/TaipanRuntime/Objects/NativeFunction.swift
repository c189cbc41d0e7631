// Functions written in Swift: builtins (`len`), methods of built-in types (`str.upper`)
// and their bound forms.
//
// A native function object holds no Swift value: its body lives in `NativeFunctions.bodies`
// and the object keeps the index.
//
//   builtin_function_or_method   word 0 type   1 __name__   2 __self__ (or null)   3 body index
//   method_descriptor            word 0 type   1 __name__   2 the owning type   3 body index
//
// A method descriptor found on an instance binds into a builtin_function_or_method whose
// __self__ is the instance; the method-call instructions skip that allocation.

/// A native body: the bound object (or the module, or null) and the call's arguments.
public typealias NativeBody = (Value, Arguments) throws(PyException) -> Value

public enum NativeFunctions {
    /// Unguarded bodies are the builtins that are types with a vectorcall in CPython (map,
    /// filter, enumerate, reversed).
    static var bodies = NativeBodies()
    public static var builtinFunctionType = Value(bits: 0)
    public static var methodDescriptorType = Value(bits: 0)
    /// The special methods of built-in types (CPython's slot wrappers, `int.__add__`) and
    /// their bound form; they behave as method_descriptor and builtin_function_or_method.
    public static var wrapperDescriptorType = Value(bits: 0)
    public static var methodWrapperType = Value(bits: 0)

    /// The names CPython implements as type slots (its slotdefs table).
    static let slotNames: Set<String> = [
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
        "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
        "__get__", "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
        "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
        "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
        "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__",
        "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
        "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
        "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
        "__delitem__", "__contains__",
    ]

    static let nameWord = 1
    static let selfWord = 2
    static let bodyWord = 3

    static func setUp() {
        let functionSlots = TypeSlots()
        functionSlots.call = { f, args throws(PyException) in
            let index = f.loadRaw(bodyWord)
            do throws(PyException) {
                if bodies.isUnguarded(index) { return try bodies[index](f.loadValue(selfWord), args) }
                return try ThreadState.guarded(.call) { () throws(PyException) -> Value in
                    try bodies[index](f.loadValue(selfWord), args)
                }
            } catch {
                let bound = f.loadValue(selfWord)
                if bound.isNull || bound.type.isIdentical(ModuleObject.type) { throw error }
                throw qualified(error, name: f.loadValue(nameWord), owner: bound.type)
            }
        }
        functionSlots.repr = { f in
            let name = StrRef(f.loadValue(nameWord)).string
            let bound = f.loadValue(selfWord)
            if bound.isNull || bound.type.isIdentical(ModuleObject.type) {
                return StrRef.create("<built-in function \(name)>").value
            }
            return StrRef.create("<built-in method \(name) of \(TypeRef(bound.type).nameString) object at 0x\(String(bound.bits, radix: 16))>").value
        }
        builtinFunctionType = BuiltinTypes.makeType("builtin_function_or_method", base: BuiltinTypes.object,
                                                    instanceWords: 4, layout: .fixed(first: 1, count: 2),
                                                    flags: [], slots: functionSlots)

        let descriptorSlots = TypeSlots()
        descriptorSlots.descrGet = { descriptor, instance, _ in
            if instance.isNull { return descriptor }
            return bind(descriptor, to: instance)
        }
        descriptorSlots.call = { d, args throws(PyException) in
            // Called through the class: the first argument is self.
            let name = StrRef(d.loadValue(nameWord)).string
            let owner = d.loadValue(selfWord)
            try checkUnboundSelf(args, name: name, owner: owner, wrapper: d.type.isIdentical(wrapperDescriptorType))
            let rest = Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames)
            do throws(PyException) {
                return try ThreadState.guarded(.call) { () throws(PyException) -> Value in
                    try bodies[d.loadRaw(bodyWord)](args[0], rest)
                }
            } catch {
                throw qualified(error, name: d.loadValue(nameWord), owner: owner)
            }
        }
        // "<method 'append' of 'list' objects>", "<slot wrapper '__add__' of 'int' objects>".
        func ownedRepr(_ kind: String) -> UnarySlot {
            { d in
                let name = StrRef(d.loadValue(nameWord)).string
                return StrRef.create("<\(kind) '\(name)' of '\(TypeRef(d.loadValue(selfWord)).nameString)' objects>").value
            }
        }
        descriptorSlots.repr = ownedRepr("method")
        methodDescriptorType = BuiltinTypes.makeType("method_descriptor", base: BuiltinTypes.object,
                                                     instanceWords: 4, layout: .fixed(first: 1, count: 2),
                                                     flags: [], slots: descriptorSlots)
        let wrapperSlots = descriptorSlots.copy()
        wrapperSlots.repr = ownedRepr("slot wrapper")
        wrapperDescriptorType = BuiltinTypes.makeType("wrapper_descriptor", base: BuiltinTypes.object,
                                                      instanceWords: 4, layout: .fixed(first: 1, count: 2),
                                                      flags: [], slots: wrapperSlots)
        let boundWrapperSlots = functionSlots.copy()
        boundWrapperSlots.repr = { f in
            let name = StrRef(f.loadValue(nameWord)).string
            let bound = f.loadValue(selfWord)
            return StrRef.create("<method-wrapper '\(name)' of \(TypeRef(bound.type).nameString) object at 0x\(String(bound.bits, radix: 16))>").value
        }
        methodWrapperType = BuiltinTypes.makeType("method-wrapper", base: BuiltinTypes.object,
                                                  instanceWords: 4, layout: .fixed(first: 1, count: 2),
                                                  flags: [], slots: boundWrapperSlots)
    }

    /// Calls of builtin function `f` skip the recursion guard.
    static func markUnguarded(_ f: Value) { bodies.markUnguarded(f.loadRaw(bodyWord)) }

    /// A builtin function bound to `bound` (a module, an instance, or null).
    public static func make(_ name: String, bound: Value = .null, _ body: @escaping NativeBody) -> Value {
        let index = bodies.append(body)
        let f = allocateObject(words: 4, type: builtinFunctionType)
        f.storeValue(nameWord, Interned.intern(name))
        f.storeValue(selfWord, bound)
        f.storeRaw(bodyWord, index)
        return f
    }

    /// The builtin function for method `descriptor` bound to `instance`.
    static func bind(_ descriptor: Value, to instance: Value) -> Value {
        let isWrapper = descriptor.type.isIdentical(wrapperDescriptorType)
        let f = allocateObject(words: 4, type: isWrapper ? methodWrapperType : builtinFunctionType)
        f.storeValue(nameWord, descriptor.loadValue(nameWord))
        f.storeValue(selfWord, instance)
        f.storeRaw(bodyWord, descriptor.loadRaw(bodyWord))
        return f
    }

    /// Calls the body of a method descriptor with `instance` as self, without binding.
    @inline(__always)
    static func callDescriptor(_ descriptor: Value, _ instance: Value, _ args: Arguments) throws(PyException) -> Value {
        do throws(PyException) {
            return try ThreadState.guarded(.call) { () throws(PyException) -> Value in
                try bodies[descriptor.loadRaw(bodyWord)](instance, args)
            }
        } catch {
            throw qualified(error, name: descriptor.loadValue(nameWord), owner: descriptor.loadValue(selfWord))
        }
    }

    /// CPython names a built-in method by its type when a no-argument or one-argument
    /// method gets the wrong count ("list.append() takes exactly one argument (0 given)");
    /// the bodies say only "append() takes …", so the error is qualified on its way out.
    @inline(never)
    static func qualified(_ error: PyException, name: Value, owner: Value) -> PyException {
        guard error.value.type.isIdentical(BuiltinTypes.typeError),
              owner.isPointer, TypeRef(owner.type).isSubtype(of: BuiltinTypes.type) else { return error }
        let args = TupleRef(error.value.loadValue(ExceptionWords.args))
        guard args.count == 1, StrOps.isStr(args[0]) else { return error }
        let message = StrRef(args[0]).string
        let plain = StrRef(name).string + "() takes "
        guard message.hasPrefix(plain + "no arguments (") || message.hasPrefix(plain + "exactly one argument (")
              || message == plain + "no keyword arguments" else {
            return error
        }
        return typeError(TypeRef(owner).nameString + "." + message)
    }

    /// Adds a method to a built-in type's namespace.
    public static func addMethod(_ type: Value, _ name: String, _ body: @escaping NativeBody) {
        let index = bodies.append(body)
        let d = allocateObject(words: 4, type: slotNames.contains(name) ? wrapperDescriptorType : methodDescriptorType)
        d.storeValue(nameWord, Interned.intern(name))
        d.storeValue(selfWord, type)
        d.storeRaw(bodyWord, index)
        DictRef(TypeRef(type).dict).setStr(d.loadValue(nameWord), d)
        TypeRef(type).modified()
    }
}

extension Arguments {
    /// Checks a call takes exactly `count` positional arguments and no keywords, with
    /// CPython's message for a builtin. The name (often interpolated) is built only for
    /// an error.
    public func expect(_ name: @autoclosure () -> String, count: Int) throws(PyException) {
        if keywordCount > 0 {
            throw typeError("\(name())() takes no keyword arguments")
        }
        if positionalCount != count {
            switch count {
            case 0: throw typeError("\(name())() takes no arguments (\(positionalCount) given)")
            case 1: throw typeError("\(name())() takes exactly one argument (\(positionalCount) given)")
            default: throw typeError("\(name()) expected \(count) arguments, got \(positionalCount)")
            }
        }
    }

    /// Checks the positional count is within `min...max` and there are no keywords.
    public func expect(_ name: @autoclosure () -> String, min: Int, max: Int) throws(PyException) {
        if keywordCount > 0 {
            throw typeError("\(name())() takes no keyword arguments")
        }
        try expectPositional(name(), min: min, max: max)
    }

    /// Checks a call against a signature parsed as CPython's Argument Clinic and
    /// PyArg_ParseTupleAndKeywords do: `max` positional parameters, of which the last
    /// `keywords.count - keywordOnly` may also be given by name, then `keywordOnly` keyword-only
    /// ones; the first `min` are required. Messages are theirs ("split() takes at most 2
    /// arguments (3 given)", "'x' is an invalid keyword argument for f()"). The name and the
    /// keyword list are built only when keywords are given or the call is wrong.
    public func expect(_ name: @autoclosure () -> String, min: Int, max: Int, keywords: @autoclosure () -> [String],
                       keywordOnly: Int = 0) throws(PyException) {
        if keywordNames.isNull && positionalCount >= min && positionalCount <= max { return }
        let keywords = keywords()
        let name = name()
        if keywords.isEmpty {
            try expectPositional(name, min: min, max: max)
            return
        }
        let positionalOnly = Swift.max(0, max - (keywords.count - keywordOnly))
        let total = positionalOnly + keywords.count
        let given = positionalCount + keywordCount
        if given > total {
            let what = positionalCount == 0 ? "keyword " : ""
            throw typeError("\(name)() takes at most \(total) \(what)argument\(total == 1 ? "" : "s") (\(given) given)")
        }
        if positionalCount > max {
            if max == 0 { throw typeError("\(name)() takes no positional arguments") }
            throw typeError("\(name)() takes \(min < max ? "at most" : "exactly") \(max) positional argument\(max == 1 ? "" : "s") (\(positionalCount) given)")
        }
        if !keywordNames.isNull {
            let names = TupleRef(keywordNames)
            for i in 0..<names.count {
                let k = StrRef(names[i]).string
                guard let at = keywords.firstIndex(of: k) else {
                    throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
                }
                let position = positionalOnly + at
                if position < positionalCount && at < keywords.count - keywordOnly {
                    throw typeError("argument for \(name)() given by name ('\(k)') and position (\(position + 1))")
                }
            }
        }
        if positionalCount < min {
            if positionalCount < positionalOnly {
                let bound = Swift.min(min, positionalOnly)
                throw typeError("\(name)() takes \(bound < max ? "at least" : "exactly") \(bound) positional argument\(bound == 1 ? "" : "s") (\(positionalCount) given)")
            }
            // Required parameters given by name are not read by the bodies (they index the
            // positional arguments), so a missing one is reported even when named.
            let parameter = keywords[positionalCount - positionalOnly]
            throw typeError("\(name)() missing required argument '\(parameter)' (pos \(positionalCount + 1))")
        }
    }

    /// CPython's _PyArg_CheckPositional: "NAME expected at least N arguments, got M".
    func expectPositional(_ name: @autoclosure () -> String, min: Int, max: Int) throws(PyException) {
        if !keywordNames.isNull {
            let k = StrRef(TupleRef(keywordNames)[0]).string
            throw typeError("\(name())() got an unexpected keyword argument '\(k)'")
        }
        if positionalCount < min {
            throw typeError("\(name()) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(positionalCount)")
        }
        if positionalCount > max {
            throw typeError("\(name()) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(positionalCount)")
        }
    }

    /// The value of keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        if keywordNames.isNull { return nil }
        let names = TupleRef(keywordNames)
        for i in 0..<names.count where StrRef(names[i]).string == name {
            return values[positionalCount + i]
        }
        return nil
    }
}

extension NativeFunctions {
    /// The first argument of a method called through its class must be an instance of the
    /// owner; CPython words the error differently for methods and slot wrappers.
    static func checkUnboundSelf(_ args: Arguments, name: String, owner: Value, wrapper: Bool) throws(PyException) {
        let ownerName = TypeRef(owner).nameString
        guard args.positionalCount >= 1 else {
            if wrapper { throw typeError("descriptor '\(name)' of '\(ownerName)' object needs an argument") }
            throw typeError("unbound method \(ownerName).\(name)() needs an argument")
        }
        let selfType = TypeRef(args[0].type)
        if selfType.isSubtype(of: owner) { return }
        if wrapper {
            throw typeError("descriptor '\(name)' requires a '\(ownerName)' object but received a '\(selfType.nameString)'")
        }
        throw typeError("descriptor '\(name)' for '\(ownerName)' objects doesn't apply to a '\(selfType.nameString)' object")
    }
}
