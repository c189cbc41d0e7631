// The _operator module, which operator.py imports over its pure-Python definitions. Only
// the functions whose pure-Python forms differ from CPython's behaviour are native so far:
// index (PyNumber_Index: TypeError for non-integers, never AttributeError; bools become ints).

enum OperatorModule {
    static func register() {
        Imports.nativeModules["_operator"] = { create() }
    }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_operator")
        let d = DictRef(ModuleObject.dict(m))
        func add(_ name: String, _ body: @escaping NativeBody) {
            d.setStr(Interned.intern(name), NativeFunctions.make(name, bound: m, body))
        }
        d.setStr(Interned.intern("__doc__"), StrRef.create("Operator interface.").value)
        add("index") { _, args throws(PyException) in
            try args.expect("index", count: 1)
            return try MathModule.integer(args[0])
        }
        return m
    }
}
