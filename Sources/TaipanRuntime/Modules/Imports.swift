// The import system: `import a.b.c`, `from . import x`, `from m import *`, over
// sys.modules and sys.path, for modules written in Python (.py files and packages) and
// native modules registered by the runtime. A module is in sys.modules while its body runs,
// so circular imports see the partly initialised module, as in CPython.

import TaipanCompiler
import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public enum Imports {
    /// Native modules by name, created on first import.
    public static var nativeModules: [String: () throws(PyException) -> Value] = [:]

    static var modules: DictRef { DictRef(Sys.modules) }

    /// The modules whose body is running (CPython's `__spec__._initializing`).
    static var initializing: Set<String> = []

    /// `import name` (with `fromList` and `level` as __import__ takes them).
    public static func importName(_ name: Value, globals: Value, fromList: Value, level: Value) throws(PyException) -> Value {
        let levelCount = Int(IntOps.asInt64(level) ?? 0)
        var fullName = StrRef(name).string
        if levelCount < 0 { throw pyError(ExceptionTypes.named("ValueError"), "level must be >= 0") }
        if levelCount > 0 && !TypeRef(globals.type).isSubtype(of: BuiltinTypes.dict) {
            throw typeError("globals must be a dict")
        }
        if levelCount > 0 {
            fullName = try resolveRelative(fullName, globals: globals, level: levelCount)
        } else if fullName.isEmpty {
            throw pyError(ExceptionTypes.named("ValueError"), "Empty module name")
        }
        let leaf = try importModule(fullName)
        var hasFromList = !fromList.isNull && !fromList.isIdentical(BuiltinTypes.none)
        if hasFromList { hasFromList = try Runtime.isTrue(fromList) }
        if hasFromList {
            // from package import submodule: import the submodules named.
            if let path = try Runtime.lookupAttribute(leaf, Interned.intern("__path__")), !path.isIdentical(BuiltinTypes.none) {
                let names = try ListRef.fromIterable(fromList)
                for i in 0..<names.count {
                    let n = StrRef(names[i]).string
                    if n == "*" { continue }
                    if try Runtime.lookupAttribute(leaf, Interned.intern(n)) == nil {
                        _ = try? importModule(fullName + "." + n)
                    }
                }
            }
            return leaf
        }
        if levelCount > 0 && StrRef(name).count == 0 { return leaf }
        let top = fullName.split(separator: ".").first.map(String.init) ?? fullName
        if levelCount == 0 {
            return modules.lookupStr(Interned.intern(top)) ?? leaf
        }
        // import .a.b: the package's view of the first component.
        let firstComponent = StrRef(name).string.split(separator: ".").first.map(String.init) ?? ""
        let cut = fullName.count - StrRef(name).string.count + firstComponent.count
        return modules.lookupStr(Interned.intern(String(fullName.prefix(cut)))) ?? leaf
    }

    static func resolveRelative(_ name: String, globals: Value, level: Int) throws(PyException) -> String {
        let g = DictRef(globals)
        var package = g.lookupStr(Interned.intern("__package__")).flatMap { StrOps.isStr($0) ? StrRef($0).string : nil }
        if package == nil, let moduleName = g.lookupStr(Interned.intern("__name__")), StrOps.isStr(moduleName) {
            let n = StrRef(moduleName).string
            package = g.lookupStr(Interned.intern("__path__")) != nil ? n : String(n.split(separator: ".").dropLast().joined(separator: "."))
        }
        guard let base = package, !base.isEmpty else {
            throw pyError(ExceptionTypes.named("ImportError"), "attempted relative import with no known parent package")
        }
        var parts = base.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 {
            throw pyError(ExceptionTypes.named("ImportError"), "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let prefix = parts.joined(separator: ".")
        return name.isEmpty ? prefix : prefix + "." + name
    }

    /// Imports `fullName` (and its parents), returning the module itself.
    public static func importModule(_ fullName: String) throws(PyException) -> Value {
        if let m = modules.lookupStr(Interned.intern(fullName)) {
            if m.isIdentical(BuiltinTypes.none) {
                throw moduleNotFound(fullName)
            }
            return m
        }
        var searchPath = Sys.path
        var parent = Value.null
        if let dot = fullName.lastIndex(of: ".") {
            let parentName = String(fullName[..<dot])
            parent = try importModule(parentName)
            if let m = modules.lookupStr(Interned.intern(fullName)) { return m }
            guard let path = try Runtime.lookupAttribute(parent, Interned.intern("__path__")) else {
                throw pyError(ExceptionTypes.named("ModuleNotFoundError"),
                              "No module named '\(fullName)'; '\(parentName)' is not a package")
            }
            searchPath = path
        }
        let module = try load(fullName, searchPath: searchPath)
        if !parent.isNull {
            let child = String(fullName[fullName.index(after: fullName.lastIndex(of: ".")!)...])
            try Runtime.setAttribute(parent, Interned.intern(child), module)
        }
        return module
    }

    static func moduleNotFound(_ name: String) -> PyException {
        let e = pyError(ExceptionTypes.named("ModuleNotFoundError"), "No module named '\(name)'")
        ExceptionObject.setAttribute(e.value, "name", StrRef.create(name).value)
        return e
    }

    static func load(_ fullName: String, searchPath: Value) throws(PyException) -> Value {
        if let make = nativeModules[fullName] {
            let m = try make()
            BuiltinTypes.finishNewTypes()
            modules.setStr(Interned.intern(fullName), m)
            return m
        }
        let shortName = String(fullName.split(separator: ".").last ?? Substring(fullName))
        let entries = try ListRef.fromIterable(searchPath)
        // Folders without __init__.py: the portions of a namespace package, used only when
        // no regular package or module of that name comes later on the path (PEP 420).
        var portions: [String] = []
        for i in 0..<entries.count {
            guard StrOps.isStr(entries[i]) else { continue }
            var directory = StrRef(entries[i]).string
            // The empty entry is the current directory, named absolutely as importlib does.
            if directory.isEmpty { directory = currentDirectory() }
            let packageInit = directory + "/" + shortName + "/__init__.py"
            if fileExists(packageInit) {
                return try execute(fullName, file: packageInit, packagePath: directory + "/" + shortName)
            }
            let file = directory + "/" + shortName + ".py"
            if fileExists(file) {
                return try execute(fullName, file: file, packagePath: nil)
            }
            if NamespacePath.isDirectory(directory + "/" + shortName) { portions.append(directory + "/" + shortName) }
        }
        if !portions.isEmpty { return NamespacePath.createPackage(fullName, portions: portions) }
        throw moduleNotFound(fullName)
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Creates the module, registers it, and runs its code.
    static func execute(_ fullName: String, file: String, packagePath: String?) throws(PyException) -> Value {
        let module = ModuleObject.create(name: fullName)
        let dict = DictRef(ModuleObject.dict(module))
        dict.setStr(Interned.intern("__file__"), StrRef.create(file).value)
        dict.setStr(Interned.intern("__builtins__"), Builtins.module)
        dict.setStr(Interned.intern("__doc__"), .none)
        dict.setStr(Interned.intern("__spec__"), .none)
        dict.setStr(Interned.intern("__loader__"), .none)
        if let packagePath {
            let path = ListRef.create()
            path.append(StrRef.create(packagePath).value)
            dict.setStr(Interned.intern("__path__"), path.value)
            dict.setStr(Interned.intern("__package__"), StrRef.create(fullName).value)
        } else {
            let package = fullName.split(separator: ".").dropLast().joined(separator: ".")
            dict.setStr(Interned.intern("__package__"), StrRef.create(package).value)
        }
        modules.setStr(Interned.intern(fullName), module)
        initializing.insert(fullName)
        defer { initializing.remove(fullName) }
        do throws(PyException) {
            let code = try Programs.compileFile(file)
            _ = try Interpreter.runCode(code, globals: dict.value, locals: dict.value)
        } catch {
            _ = try? modules.remove(Interned.intern(fullName))
            throw error
        }
        // The module as sys.modules holds it now (a module may replace itself).
        return modules.lookupStr(Interned.intern(fullName)) ?? module
    }

    /// `from module import name`.
    public static func importFrom(_ module: Value, _ name: Value) throws(PyException) -> Value {
        if let v = try Runtime.lookupAttribute(module, name) { return v }
        // A submodule not yet imported.
        if let moduleName = try Runtime.lookupAttribute(module, Interned.intern("__name__")), StrOps.isStr(moduleName) {
            let full = StrRef(moduleName).string + "." + StrRef(name).string
            if let m = modules.lookupStr(Interned.intern(full)) { return m }
            // As importlib's _handle_fromlist: a package's submodule is imported, and only "no
            // module named <full>" means the name is missing; other errors propagate.
            if try Runtime.lookupAttribute(module, Interned.intern("__path__")) != nil {
                do throws(PyException) {
                    return try importModule(full)
                } catch {
                    let notFound = TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("ModuleNotFoundError"))
                    let missing = ExceptionObject.attribute(error.value, "name").map { StrOps.isStr($0) && StrRef($0).string == full } ?? false
                    if !(notFound && missing) { throw error }
                }
            }
            let file = try Runtime.lookupAttribute(module, Interned.intern("__file__"))
            let location = file.flatMap { StrOps.isStr($0) ? " (\(StrRef($0).string))" : nil } ?? " (unknown location)"
            // CPython tells a module still running its body apart (a circular import).
            let partially = initializing.contains(StrRef(moduleName).string)
            let source = partially ? "partially initialized module '\(StrRef(moduleName).string)' (most likely due to a circular import)"
                                   : "'\(StrRef(moduleName).string)'"
            let e = pyError(ExceptionTypes.named("ImportError"),
                            "cannot import name '\(StrRef(name).string)' from \(source)\(location)")
            ExceptionObject.setAttribute(e.value, "name", moduleName)
            throw e
        }
        throw pyError(ExceptionTypes.named("ImportError"), "cannot import name '\(StrRef(name).string)'")
    }

    /// `from module import *` into `namespace`.
    public static func importStar(_ module: Value, into namespace: Value) throws(PyException) {
        if let all = try Runtime.lookupAttribute(module, Interned.intern("__all__")) {
            let names = try ListRef.fromIterable(all)
            for i in 0..<names.count {
                let name = Interned.intern(StrRef(names[i]))
                try Runtime.setItem(namespace, name, try Runtime.getAttribute(module, name))
            }
            return
        }
        let dict = try Runtime.getAttribute(module, Interned.intern("__dict__"))
        try DictRef(dict).forEach { (k, v) throws(PyException) -> Bool in
            if StrOps.isStr(k), StrRef(k).count > 0, StrRef(k)[0] != 0x5F {
                try Runtime.setItem(namespace, k, v)
            }
            return true
        }
    }
}
