// PEP 420 namespace packages: a folder without __init__.py found on the search path becomes
// a module with `__file__` None and `__path__` a `_NamespacePath` (importlib's list-like
// holder of the package's portions, one folder per sys.path entry that has it).
//
//   _NamespacePath   word 0 type   1 the list of portion folders

#if canImport(Glibc)
import Glibc
#endif

enum NamespacePath {
    static var type = Value(bits: 0)
    /// The stand-in for importlib's NamespaceLoader, shown in the module's repr.
    static var loaderType = Value(bits: 0)

    static func setUp() {
        let slots = TypeSlots()
        slots.iter = { p throws(PyException) in try Runtime.iterate(p.loadValue(1)) }
        slots.len = { p in ListRef(p.loadValue(1)).count }
        slots.contains = { p, item throws(PyException) in
            let items = ListRef(p.loadValue(1))
            for i in 0..<items.count where try Runtime.equals(items[i], item) { return true }
            return false
        }
        slots.getitem = { p, key throws(PyException) in try Runtime.getItem(p.loadValue(1), key) }
        slots.repr = { p throws(PyException) in
            StrRef.create("_NamespacePath(\(try Runtime.reprString(p.loadValue(1))))").value
        }
        type = ModuleTypes.make("_NamespacePath", module: "_frozen_importlib_external", words: 2, flags: [], slots: slots)
        NativeFunctions.addMethod(type, "append") { p, args throws(PyException) in
            try args.expect("append", count: 1)
            ListRef(p.loadValue(1)).append(args[0])
            return .none
        }
        loaderType = ModuleTypes.make("NamespaceLoader", module: "_frozen_importlib_external", words: 1, flags: [],
                                      slots: TypeSlots())
    }

    /// A `_NamespacePath` over `portions` (folder paths).
    static func create(_ portions: [String]) -> Value {
        let list = ListRef.create()
        let p = allocateObject(words: 2, type: type)
        p.storeValue(1, list.value)
        for folder in portions { list.append(StrRef.create(folder).value) }
        return p
    }

    /// The namespace package `fullName` over `portions`, registered in sys.modules.
    static func createPackage(_ fullName: String, portions: [String]) -> Value {
        let module = ModuleObject.create(name: fullName)
        let dict = DictRef(ModuleObject.dict(module))
        dict.setStr(Interned.intern("__file__"), .none)
        dict.setStr(Interned.intern("__doc__"), .none)
        dict.setStr(Interned.intern("__spec__"), .none)
        dict.setStr(Interned.intern("__loader__"), allocateObject(words: 1, type: loaderType))
        dict.setStr(Interned.intern("__package__"), StrRef.create(fullName).value)
        dict.setStr(Interned.intern("__path__"), create(portions))
        Imports.modules.setStr(Interned.intern(fullName), module)
        return module
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
