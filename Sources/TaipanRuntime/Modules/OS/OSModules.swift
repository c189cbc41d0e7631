// Registers the operating-system modules (time, posix, errno, _io, _thread, _signal,
// _locale, …) with the import system; each is created on its first import.

enum OSModules {
    static func register() {
        Imports.nativeModules["time"] = { TimeModule.create() }
        Imports.nativeModules["posix"] = { PosixModule.create() }
        Imports.nativeModules["errno"] = { ErrnoModule.create() }
    }
}
