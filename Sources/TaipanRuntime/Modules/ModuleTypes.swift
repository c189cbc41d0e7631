// Helpers for the types that native modules define (itertools.count, collections.deque, …):
// types whose instances keep every field as a Value (small ints as inline ints), so that
// subclasses, whose layout the collector traces word by word, stay safe.

enum ModuleTypes {
    /// A type of native module `module`: `<class 'module.name'>`, and `module.name` in
    /// error messages (CPython's tp_name).
    static func make(_ name: String, module: String, words: Int, base: Value = BuiltinTypes.object,
                     flags: TypeFlags = [.baseType], slots: TypeSlots) -> Value {
        let t = BuiltinTypes.makeType(name, base: base, instanceWords: words,
                                      layout: .fixed(first: 1, count: words - 1), flags: flags, slots: slots)
        t.storeValue(TypeWords.module, Interned.intern(module))
        // Pattern-matching flags are inherited from a built-in base (defaultdict is a mapping).
        TypeRef(t).flags.formUnion(TypeRef(base).flags.intersection([.sequence, .mapping, .matchSelf]))
        SlotWrappers.installLate(t)
        return t
    }

    /// An iterator type: `__iter__` returns self, `__next__` is `next`.
    static func iterator(_ name: String, module: String, words: Int, flags: TypeFlags = [.baseType],
                         new: CallSlot?, next: @escaping (Value) throws(PyException) -> Value?) -> Value {
        let slots = TypeSlots()
        slots.new = new
        slots.iter = { it in it }
        slots.next = next
        return make(name, module: module, words: words, flags: flags, slots: slots)
    }

    /// A new, empty instance of `cls` (the type itself or a subclass with its map).
    static func instance(of cls: Value) -> Value {
        let t = TypeRef(cls)
        let o = allocateObject(words: t.instanceWords, type: cls)
        if t.mapWord != 0 { o.storeValue(t.mapWord, cls.loadValue(TypeWords.rootMap)) }
        return o
    }

    /// Puts the types in the module's namespace under their names, and gives them `__new__`.
    static func export(_ types: [Value], to module: Value) {
        let d = DictRef(ModuleObject.dict(module))
        for t in types { d.setStr(TypeRef(t).name, t) }
        ObjectType.installNewWrappers()
    }

    static func function(_ module: Value, _ name: String, _ body: @escaping NativeBody) {
        DictRef(ModuleObject.dict(module)).setStr(Interned.intern(name), NativeFunctions.make(name, bound: module, body))
    }
}

extension Value {
    /// Word `i` of an object, holding an inline int.
    @inline(__always) func intField(_ i: Int) -> Int { Int(loadValue(i).smallIntValue) }
    /// Stores an inline int, saturating at the inline range (about ±2**60, beyond any size).
    @inline(__always) func setIntField(_ i: Int, _ n: Int) {
        storeValue(i, Value(smallInt: Swift.min(Swift.max(Int64(n), Value.smallIntMin), Value.smallIntMax)))
    }
}

extension Arguments {
    /// CPython's positional count check for builtins ("f expected 2 arguments, got 1").
    func checkPositional(_ name: String, _ min: Int, _ max: Int) throws(PyException) {
        let n = positionalCount
        if n < min {
            throw typeError("\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            throw typeError("\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    func noKeywords(_ name: String) throws(PyException) {
        if keywordCount > 0 { throw typeError("\(name)() takes no keyword arguments") }
    }

    /// Argument `i` given by position, or by keyword `name`; nil when absent. Unknown or
    /// repeated keywords are errors, as in CPython's argument clinic.
    func parameter(_ i: Int, _ name: String, of function: String, names: [String]) throws(PyException) -> Value? {
        if !keywordNames.isNull {
            let keys = TupleRef(keywordNames)
            for k in 0..<keys.count {
                let key = StrRef(keys[k]).string
                guard let position = names.firstIndex(of: key) else {
                    throw typeError("'\(key)' is an invalid keyword argument for \(function)()")
                }
                if position < positionalCount {
                    throw typeError("argument for \(function)() given by name ('\(key)') and position (\(position + 1))")
                }
            }
        }
        if positionalCount > names.count {
            throw typeError("\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positionalCount) given)")
        }
        if i < positionalCount { return values[i] }
        return keyword(name)
    }

    /// A required parameter (see `parameter`).
    func required(_ i: Int, _ name: String, of function: String, names: [String]) throws(PyException) -> Value {
        guard let v = try parameter(i, name, of: function, names: names) else {
            throw typeError("\(function)() missing required argument '\(name)' (pos \(i + 1))")
        }
        return v
    }
}
