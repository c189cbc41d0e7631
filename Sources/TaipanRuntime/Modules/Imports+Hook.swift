// The import statement goes through the frame's builtins' __import__, as CPython's
// IMPORT_NAME: a program may replace it (import hooks), and code run with a __builtins__
// lacking it cannot import. The built-in __import__ itself is skipped for speed.

extension Imports {
    /// builtins.__import__ as created (kept alive by the builtin-type registry).
    static var builtinImport = Value(bits: 0)

    static func rememberBuiltinImport() {
        guard let f = DictRef(ModuleObject.dict(Builtins.module)).lookupStr(Interned.intern("__import__")) else { return }
        builtinImport = f
        BuiltinTypes.registry.append(f)
    }

    /// `import name` / `from name import ...` run in a frame with these namespaces.
    static func importStatement(_ name: Value, globals: Value, locals: Value, builtins: Value,
                                fromList: Value, level: Value) throws(PyException) -> Value {
        if builtins.isNull { return try importName(name, globals: globals, fromList: fromList, level: level) }
        guard let hook = DictRef(builtins).lookupStr(Interned.intern("__import__")) else {
            throw pyError(ExceptionTypes.named("ImportError"), "__import__ not found")
        }
        if hook.isIdentical(builtinImport) {
            return try importName(name, globals: globals, fromList: fromList, level: level)
        }
        let shownLocals = locals.isNull ? Value.none : locals
        let shownFromList = fromList.isNull ? Value.none : fromList
        return try Runtime.call(hook, name, globals, shownLocals, shownFromList, level)
    }
}
