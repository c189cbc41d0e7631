// Registers the operating-system modules (time, posix, errno, _io, _thread, _signal,
// _locale, …) with the import system; each is created on its first import. The builtin
// open is _io.open (the _io module is made on its first call).

enum OSModules {
    /// The builtin open until _io exists; then _io.open takes its place (`io.open is open`).
    static var lazyOpen = Value(bits: 0)

    static func register() {
        Imports.nativeModules["time"] = { TimeModule.create() }
        Imports.nativeModules["posix"] = { PosixModule.create() }
        Imports.nativeModules["errno"] = { ErrnoModule.create() }
        Imports.nativeModules["_io"] = { IOModule.create() }
        Imports.nativeModules["select"] = { SelectModule.create() }
        Imports.nativeModules["_socket"] = { SocketModule.create() }
        Imports.nativeModules["_signal"] = { SignalModule.create() }
        Imports.nativeModules["_posixsubprocess"] = { PosixSubprocess.create() }
        Imports.nativeModules["fcntl"] = { FcntlModule.create() }
        Imports.nativeModules["_locale"] = { LocaleModule.create() }
        let builtins = DictRef(ModuleObject.dict(Builtins.module))
        lazyOpen = NativeFunctions.make("open", bound: Builtins.module) { _, args throws(PyException) in
            _ = IOModule.create()
            return try IOModule.open(args)
        }
        BuiltinTypes.registry.append(lazyOpen)
        builtins.setStr(Interned.intern("open"), lazyOpen)
        addSysAttributes()
    }

    /// The sys attributes io, os and warnings read (kept if sys already has them).
    static func addSysAttributes() {
        let d = DictRef(ModuleObject.dict(Sys.module))
        func setDefault(_ name: String, _ make: () -> Value) {
            if d.lookupStr(Interned.intern(name)) == nil { d.setStr(Interned.intern(name), make()) }
        }
        func constant(_ name: String, _ text: String) {
            setDefault(name) {
                NativeFunctions.make(name, bound: Sys.module) { _, args throws(PyException) in
                    try args.expect(name, count: 0)
                    return StrRef.create(text).value
                }
            }
        }
        setDefault("warnoptions") { ListRef.create().value }
        setDefault("_xoptions") { DictRef.create().value }
        constant("getfilesystemencoding", "utf-8")
        constant("getfilesystemencodeerrors", "surrogateescape")
        constant("getdefaultencoding", "utf-8")
    }
}
