// The `_warnings` and `marshal` built-in modules, in the minimal form the pure-Python
// standard library needs to import importlib (its _bootstrap_external imports both).
//
// _warnings has only `warn`, which hands over to warnings.warn: without `filters` and the
// other accelerator names, warnings.py keeps its own pure-Python implementation, as it
// does on CPython builds without the C module. marshal has only `version`: Taipan reads
// no .pyc files, so importlib never reaches marshal.loads/dumps.

enum WarningsModule {
    static func register() {
        Imports.nativeModules["_warnings"] = { create() }
        Imports.nativeModules["marshal"] = { createMarshal() }
    }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_warnings")
        let d = DictRef(ModuleObject.dict(m))
        d.setStr(Interned.intern("warn"), NativeFunctions.make("warn", bound: m) { _, args throws(PyException) in
            let warnings = try Imports.importModule("warnings")
            let warn = try Runtime.getAttribute(warnings, Interned.intern("warn"))
            return try Runtime.call(warn, args)
        })
        return m
    }

    @inline(never)
    static func createMarshal() -> Value {
        let m = ModuleObject.create(name: "marshal")
        DictRef(ModuleObject.dict(m)).setStr(Interned.intern("version"), IntOps.make(Int64(4)))
        return m
    }
}
