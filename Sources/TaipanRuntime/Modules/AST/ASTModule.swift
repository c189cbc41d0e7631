// The `_ast` module: the AST base class, the node classes (generated from the node spec in
// tools/gen_ast.py, ASTClassesSource.swift) and the PyCF_* flags. The base class is Python
// source as CPython's behaves: positional arguments fill `_fields` in order, keywords set
// any attribute, with CPython's two TypeErrors; `__reduce__` returns (type, (), __dict__).
//
// The classes are also kept in a private dict (a root through the built-in registry), so
// ast.parse and compile() find the real classes even if a program rebinds `_ast.Name`.

enum ASTModule {
    /// Node class name -> class, filled when `_ast` is first imported.
    static var classes = Value(bits: 0)
    /// The shared instances of the field-less node classes (Load, Add, ...), by name.
    static var singletons = Value(bits: 0)
    static var module = Value(bits: 0)

    /// compile() flags, as CPython's values.
    static let onlyAST: Int64 = 0x400
    static let typeComments: Int64 = 0x1000
    static let allowTopLevelAwait: Int64 = 0x2000

    static func register() {
        // (A closure that throws here crashes Swift 6.3's IRGen; the classes' source is
        // ours and does not fail, and a failure would surface on the first node use.)
        Imports.nativeModules["_ast"] = {
            do throws(PyException) { return try create() } catch {
                print("_ast:", (try? Runtime.reprString(error.value)) ?? "?", (try? Runtime.reprString(Runtime.getAttribute(error.value, Interned.intern("lineno")))) ?? "")
                return ModuleObject.create(name: "_ast")
            }
        }
    }

    static let baseSource = #"""
class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = getattr(cls, '_fields', ())
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for key, value in kwargs.items():
            if key in fields and fields.index(key) < len(args):
                raise TypeError(f"{cls.__name__} got multiple values for argument '{key}'")
            setattr(self, key, value)

    def __reduce__(self):
        return type(self), (), self.__dict__
"""#

    @inline(never)
    static func create() throws(PyException) -> Value {
        if !module.isNull { return module }
        let m = ModuleObject.create(name: "ast")
        let d = DictRef(ModuleObject.dict(m))
        d.setStr(Interned.intern("__builtins__"), Builtins.module)
        let source = Array((baseSource + "\n" + classesSource + "\n").utf8)
        let code = try Programs.compile(source, fileName: "<_ast>", mode: .exec)
        _ = try Interpreter.runCode(code, globals: d.value, locals: d.value)
        _ = try? d.remove(Interned.intern("__builtins__"))
        d.setStr(Interned.intern("__name__"), Interned.intern("_ast"))
        d.setStr(Interned.intern("__doc__"), .none)
        let copy = DictRef.create()
        let items = try ListRef.fromIterable(d.value)
        for i in 0..<items.count {
            let key = items[i]
            if let v = d.lookupStr(key) { copy.setStr(key, v) }
        }
        d.setStr(Interned.intern("PyCF_ONLY_AST"), IntOps.make(onlyAST))
        d.setStr(Interned.intern("PyCF_TYPE_COMMENTS"), IntOps.make(typeComments))
        d.setStr(Interned.intern("PyCF_ALLOW_TOP_LEVEL_AWAIT"), IntOps.make(allowTopLevelAwait))
        classes = copy.value
        singletons = DictRef.create().value
        module = m
        BuiltinTypes.registry.append(classes)
        BuiltinTypes.registry.append(singletons)
        BuiltinTypes.registry.append(module)
        return m
    }

    /// The node class named `name` (importing `_ast` first if needed).
    static func nodeClass(_ name: String) throws(PyException) -> Value {
        if classes.isNull { _ = try create() }
        guard let cls = DictRef(classes).lookupStr(Interned.intern(name)) else {
            throw pyError(ExceptionTypes.named("SystemError"), "no AST node class \(name)")
        }
        return cls
    }

    /// Whether `v` is an AST node (compile() then converts it instead of parsing).
    static func isNode(_ v: Value) throws(PyException) -> Bool {
        guard v.isPointer else { return false }
        if classes.isNull && Imports.modules.lookupStr(Interned.intern("_ast")) == nil { return false }
        return TypeRef(v.type).isSubtype(of: try nodeClass("AST"))
    }
}
