// Registers the operating-system modules (time, posix, errno, _io, _thread, _signal,
// _locale, …) with the import system; each is created on its first import. The builtin
// open is _io.open (the _io module is made on its first call).

enum OSModules {
    static func register() {
        Imports.nativeModules["time"] = { TimeModule.create() }
        Imports.nativeModules["posix"] = { PosixModule.create() }
        Imports.nativeModules["errno"] = { ErrnoModule.create() }
        Imports.nativeModules["_io"] = { IOModule.create() }
        let builtins = DictRef(ModuleObject.dict(Builtins.module))
        builtins.setStr(Interned.intern("open"), NativeFunctions.make("open", bound: Builtins.module) { _, args throws(PyException) in
            _ = IOModule.create()
            return try IOModule.open(args)
        })
    }
}
