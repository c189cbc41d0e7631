// Python functions, the cells of closures, and bound methods.
//
//   function  word 0 type   1 __code__   2 __globals__   3 __name__   4 __qualname__
//             5 __defaults__ (tuple or null)   6 __kwdefaults__ (dict or null)
//             7 __closure__ (tuple of cells or null)   8 __dict__ (or null)
//             9 __annotations__ (or null)   10 __module__   11 __doc__   12 __builtins__
//   cell      word 0 type   1 cell_contents (null when empty)
//   method    word 0 type   1 __func__   2 __self__

import TaipanCompiler

public struct FunctionRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    static let codeWord = 1, globalsWord = 2, nameWord = 3, qualnameWord = 4, defaultsWord = 5,
               kwdefaultsWord = 6, closureWord = 7, dictWord = 8, annotationsWord = 9, moduleWord = 10,
               docWord = 11, builtinsWord = 12
    static let words = 13

    public static var type = Value(bits: 0)

    @inline(__always) public var code: Value { value.loadValue(FunctionRef.codeWord) }
    @inline(__always) public var globals: Value { value.loadValue(FunctionRef.globalsWord) }
    @inline(__always) public var builtins: Value { value.loadValue(FunctionRef.builtinsWord) }
    @inline(__always) public var defaults: Value { value.loadValue(FunctionRef.defaultsWord) }
    @inline(__always) public var keywordDefaults: Value { value.loadValue(FunctionRef.kwdefaultsWord) }
    @inline(__always) public var closure: Value { value.loadValue(FunctionRef.closureWord) }
    public var name: Value { value.loadValue(FunctionRef.nameWord) }
    public var qualifiedName: Value { value.loadValue(FunctionRef.qualnameWord) }

    public static func create(code: Value, globals: Value, builtins: Value) -> FunctionRef {
        let f = allocateObject(words: words, type: type)
        let c = CodeRef(code)
        f.storeValue(codeWord, code)
        f.storeValue(globalsWord, globals)
        f.storeValue(builtinsWord, builtins)
        f.storeValue(nameWord, c.name)
        f.storeValue(qualnameWord, c.qualifiedName)
        f.storeValue(docWord, c.flags.contains(.hasDocstring) ? TupleRef(c.constants)[0] : .none)
        let module = DictRef(globals).lookupStr(Names.__name__.isNull ? Interned.intern("__name__") : Names.__name__)
        f.storeValue(moduleWord, module ?? .none)
        return FunctionRef(f)
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.call = { f, args throws(PyException) in
            try Interpreter.callFunction(f, args)
        }
        slots.descrGet = { f, instance, _ in
            instance.isNull ? f : BoundMethod.create(function: f, self: instance)
        }
        slots.repr = { f in
            StrRef.create("<function \(StrRef(FunctionRef(f).qualifiedName).string) at 0x\(String(f.bits, radix: 16))>").value
        }
        slots.setattr = { f, name, v throws(PyException) in
            if let d = TypeRef(f.type).lookup(name), let set = TypeRef(d.type).slots.descrSet {
                return try set(d, f, v)
            }
            var dict = f.loadValue(dictWord)
            if dict.isNull {
                dict = DictRef.create().value
                f.storeValue(dictWord, dict)
            }
            if v.isNull {
                if try DictRef(dict).remove(name) == nil { throw Runtime.noAttribute(f, name) }
            } else {
                DictRef(dict).setStr(name, v)
            }
        }
        slots.getattribute = { f, name throws(PyException) in
            let dict = f.loadValue(dictWord)
            if !dict.isNull, let v = DictRef(dict).lookupStr(name), TypeRef(f.type).lookup(name) == nil { return v }
            return try Runtime.genericGetAttribute(f, name)
        }
        type = BuiltinTypes.makeType("function", base: BuiltinTypes.object, instanceWords: words,
                                     layout: .fixed(first: 1, count: words - 1), flags: [], slots: slots)
        func field(_ name: String, _ word: Int, writable: Bool = true, string: Bool = false) {
            GetSet.add(type, name, get: { f in
                let v = f.loadValue(word)
                return v.isNull ? .none : v
            }, set: writable ? { f, v throws(PyException) in
                // As CPython's func_set_name/func_set_qualname: neither may be deleted.
                if string && (v.isNull || !StrOps.isStr(v)) {
                    throw typeError("\(name) must be set to a string object")
                }
                f.storeValue(word, v)
            } : nil)
        }
        field("__code__", codeWord)
        field("__globals__", globalsWord, writable: false)
        field("__name__", nameWord, string: true)
        field("__qualname__", qualnameWord, string: true)
        field("__defaults__", defaultsWord)
        field("__kwdefaults__", kwdefaultsWord)
        field("__closure__", closureWord, writable: false)
        field("__module__", moduleWord)
        field("__doc__", docWord)
        field("__builtins__", builtinsWord, writable: false)
        GetSet.add(type, "__annotations__", get: { f in
            var a = f.loadValue(annotationsWord)
            if a.isNull || a.isIdentical(BuiltinTypes.none) {
                a = DictRef.create().value
                f.storeValue(annotationsWord, a)
            }
            return a
        }, set: { f, v throws(PyException) in f.storeValue(annotationsWord, v) })
        GetSet.add(type, "__dict__", get: { f in
            var d = f.loadValue(dictWord)
            if d.isNull {
                d = DictRef.create().value
                f.storeValue(dictWord, d)
            }
            return d
        })
    }
}

public enum Cell {
    public static var type = Value(bits: 0)

    @inline(__always) public static func create(_ contents: Value) -> Value {
        let c = allocateObject(words: 2, type: type)
        c.storeValue(1, contents)
        return c
    }

    @inline(__always) public static func get(_ cell: Value) -> Value { cell.loadValue(1) }
    @inline(__always) public static func set(_ cell: Value, _ v: Value) { cell.storeValue(1, v) }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { c in
            let contents = c.loadValue(1)
            if contents.isNull { return StrRef.create("<cell at 0x\(String(c.bits, radix: 16)): empty>").value }
            return StrRef.create("<cell at 0x\(String(c.bits, radix: 16)): \(TypeRef(contents.type).nameString) object at 0x\(String(contents.bits, radix: 16))>").value
        }
        type = BuiltinTypes.makeType("cell", base: BuiltinTypes.object, instanceWords: 2,
                                     layout: .fixed(first: 1, count: 1), flags: [], slots: slots)
        GetSet.add(type, "cell_contents", get: { c throws(PyException) in
            let contents = c.loadValue(1)
            if contents.isNull { throw pyError(ExceptionTypes.named("ValueError"), "Cell is empty") }
            return contents
        }, set: { c, v throws(PyException) in c.storeValue(1, v) })
    }
}

public enum BoundMethod {
    public static var type = Value(bits: 0)

    public static func create(function: Value, self instance: Value) -> Value {
        let m = allocateObject(words: 3, type: type)
        m.storeValue(1, function)
        m.storeValue(2, instance)
        return m
    }

    @inline(__always) public static func function(_ m: Value) -> Value { m.loadValue(1) }
    @inline(__always) public static func instance(_ m: Value) -> Value { m.loadValue(2) }

    static func setUp() {
        let slots = TypeSlots()
        slots.call = { m, args throws(PyException) in
            try Interpreter.callWithSelf(m.loadValue(1), m.loadValue(2), args)
        }
        slots.repr = { m throws(PyException) in
            let f = m.loadValue(1)
            if f.type.isIdentical(NativeFunctions.builtinFunctionType) {
                // A native classmethod (dict.fromkeys), shown as CPython's bound builtin.
                let bound = m.loadValue(2)
                let name = StrRef(f.loadValue(NativeFunctions.nameWord)).string
                return StrRef.create("<built-in method \(name) of \(TypeRef(bound.type).nameString) object at 0x\(String(bound.bits, radix: 16))>").value
            }
            let qualname = try Runtime.getAttribute(f, Interned.intern("__qualname__"))
            let selfRepr = try Runtime.reprString(m.loadValue(2))
            return StrRef.create("<bound method \(StrRef(qualname).string) of \(selfRepr)>").value
        }
        type = BuiltinTypes.makeType("method", base: BuiltinTypes.object, instanceWords: 3,
                                     layout: .fixed(first: 1, count: 2), flags: [], slots: slots)
        addAttributes()
    }
}

public enum ModuleObject {
    public static var type = Value(bits: 0)

    /// A module whose namespace is `dict` (with `__name__` set).
    public static func create(name: String, dict: Value? = nil) -> Value {
        let m = allocateObject(words: 2, type: type)
        let d = dict ?? DictRef.create().value
        m.storeValue(1, d)
        DictRef(d).setStr(Interned.intern("__name__"), Interned.intern(name))
        return m
    }

    @inline(__always) public static func dict(_ m: Value) -> Value { m.loadValue(1) }

    static func setUp() {
        let slots = TypeSlots()
        slots.getattribute = { m, name throws(PyException) in
            if let v = DictRef(m.loadValue(1)).lookupStr(name) { return v }
            if name.isIdentical(Names.__dict__) { return m.loadValue(1) }
            if let special = try? Runtime.genericGetAttribute(m, name) { return special }
            if let getattr = DictRef(m.loadValue(1)).lookupStr(Interned.intern("__getattr__")) {
                return try Runtime.call(getattr, name)
            }
            let moduleName = DictRef(m.loadValue(1)).lookupStr(Interned.intern("__name__")).map { StrRef($0).string } ?? "?"
            let e = attributeError("module '\(moduleName)' has no attribute '\(StrRef(name).string)'")
            ExceptionObject.setAttribute(e.value, "name", name)
            ExceptionObject.setAttribute(e.value, "obj", m)
            throw e
        }
        slots.setattr = { m, name, v throws(PyException) in
            let d = DictRef(m.loadValue(1))
            if v.isNull {
                if try d.remove(name) == nil {
                    throw attributeError("module has no attribute '\(StrRef(name).string)'")
                }
            } else {
                d.setStr(name, v)
            }
        }
        slots.repr = { m throws(PyException) in
            // importlib's _module_repr: the file if there is one, else the loader.
            let d = DictRef(m.loadValue(1))
            let name = d.lookupStr(Interned.intern("__name__"))
            var shown = "'?'"
            if let name { shown = try Runtime.reprString(name) }
            if let file = d.lookupStr(Interned.intern("__file__")), StrOps.isStr(file) {
                return StrRef.create("<module \(shown) from \(try Runtime.reprString(file))>").value
            }
            if let loader = d.lookupStr(Interned.intern("__loader__")), !loader.isIdentical(BuiltinTypes.none) {
                return StrRef.create("<module \(shown) (\(try Runtime.reprString(loader)))>").value
            }
            return StrRef.create("<module \(shown)>").value
        }
        // module(name, doc=None), as types.ModuleType: __new__ makes an empty namespace,
        // __init__ names it (so subclasses may call super().__init__).
        slots.new = { cls, _ in
            let m = ModuleTypes.instance(of: cls)
            m.storeValue(1, DictRef.create().value)
            return m
        }
        slots.initialize = { m, args throws(PyException) in try initialize(m, args) }
        type = BuiltinTypes.makeType("module", base: BuiltinTypes.object, instanceWords: 2,
                                     layout: .fixed(first: 1, count: 1), slots: slots)
        GetSet.add(type, "__dict__", get: { m in m.loadValue(1) })
        NativeFunctions.addMethod(type, "__init__") { m, args throws(PyException) in
            try initialize(m, args)
            return .none
        }
    }

    /// module.__init__(name, doc=None): the attributes importlib expects on every module.
    static func initialize(_ m: Value, _ args: Arguments) throws(PyException) {
        let names = ["name", "doc"]
        let name = try args.required(0, "name", of: "module", names: names)
        guard StrOps.isStr(name) else {
            throw typeError("module() argument 'name' must be str, not \(TypeRef(name.type).nameString)")
        }
        let doc = try args.parameter(1, "doc", of: "module", names: names) ?? .none
        let d = DictRef(m.loadValue(1))
        d.setStr(Interned.intern("__name__"), name)
        d.setStr(Interned.intern("__doc__"), doc)
        for key in ["__package__", "__loader__", "__spec__"] { d.setStr(Interned.intern(key), .none) }
    }
}
