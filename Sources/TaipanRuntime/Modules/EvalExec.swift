// The builtins that compile and run source at run time: eval, exec and compile, with
// CPython 3.11's argument checks and messages. Namespaces default to the calling frame's
// (natives push no frame, so `ThreadState.currentFrame` is the caller).

import TaipanCompiler
import TaipanSyntax

extension Builtins {
    static func installEvalExec() {
        add("eval") { _, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("eval() takes no keyword arguments") }
            try args.expect("eval", min: 1, max: 3)
            let (globals, locals) = try namespaces(args, 1, function: "eval")
            let code = try codeFor(args[0], function: "eval", mode: .eval)
            return try Interpreter.runCode(code, globals: globals, locals: locals)
        }
        add("exec") { _, args throws(PyException) in
            try expectKeywords(args, "exec", ["globals", "locals", "closure"])
            if args.positionalCount < 1 {
                throw typeError("exec() takes at least 1 positional argument (0 given)")
            }
            if args.positionalCount > 3 {
                throw typeError("exec() takes at most 3 arguments (\(args.positionalCount) given)")
            }
            if let closure = args.keyword("closure"), !closure.isIdentical(BuiltinTypes.none) {
                if !args[0].type.isIdentical(CodeRef.type) {
                    throw typeError("closure can only be used when source is a code object")
                }
                throw typeError("cannot use a closure with this code object")
            }
            let (globals, locals) = try namespaces(args, 1, function: "exec")
            let code = try codeFor(args[0], function: "exec", mode: .exec)
            _ = try Interpreter.runCode(code, globals: globals, locals: locals)
            return .none
        }
        add("compile") { _, args throws(PyException) in try compileBuiltin(args) }
    }

    /// Checks every keyword is one of `allowed`.
    static func expectKeywords(_ args: Arguments, _ function: String, _ allowed: [String]) throws(PyException) {
        guard !args.keywordNames.isNull else { return }
        let names = TupleRef(args.keywordNames)
        for i in 0..<names.count where !allowed.contains(StrRef(names[i]).string) {
            throw typeError("\(function)() got an unexpected keyword argument '\(StrRef(names[i]).string)'")
        }
    }

    /// The positional-or-keyword argument at `index` named `name`, if given and not None.
    static func optionalArgument(_ args: Arguments, _ index: Int, _ name: String) -> Value? {
        let v = index < args.positionalCount ? args[index] : args.keyword(name)
        guard let v, !v.isIdentical(BuiltinTypes.none) else { return nil }
        return v
    }

    /// The globals and locals of eval/exec: the caller's when omitted, locals defaulting to
    /// globals, and `__builtins__` added to globals that lack it.
    static func namespaces(_ args: Arguments, _ first: Int, function: String) throws(PyException) -> (Value, Value) {
        var globals = optionalArgument(args, first, "globals")
        var locals = optionalArgument(args, first + 1, "locals")
        if let g = globals, !g.type.isIdentical(BuiltinTypes.dict) && !TypeRef(g.type).isSubtype(of: BuiltinTypes.dict) {
            if function == "exec" { throw typeError("exec() globals must be a dict, not \(TypeRef(g.type).nameString)") }
            if TypeRef(g.type).slots.getitem != nil {
                throw typeError("globals must be a real dict; try eval(expr, {}, mapping)")
            }
            throw typeError("globals must be a dict")
        }
        if let l = locals, TypeRef(l.type).slots.getitem == nil {
            if function == "exec" { throw typeError("locals must be a mapping or None, not \(TypeRef(l.type).nameString)") }
            throw typeError("locals must be a mapping")
        }
        let frame = ThreadState.currentFrame
        if globals == nil {
            globals = frame.pointee.globals
            if locals == nil { locals = try Frames.locals(frame) }
        }
        guard let g = globals else { return (.none, .none) }
        let builtinsName = Interned.intern("__builtins__")
        if DictRef(g).lookupStr(builtinsName) == nil {
            DictRef(g).setStr(builtinsName, frame.pointee.builtins)
        }
        return (g, locals ?? g)
    }

    /// A code object for eval/exec's first argument: a code object as it is, or source
    /// compiled as '<string>' (eval skips leading spaces and tabs).
    static func codeFor(_ source: Value, function: String, mode: CompileMode) throws(PyException) -> Value {
        if source.type.isIdentical(CodeRef.type) {
            if !CodeRef(source).unit.freevars.isEmpty {
                throw typeError("code object passed to \(function)() may not contain free variables")
            }
            return source
        }
        guard var bytes = sourceBytes(source) else {
            throw typeError("\(function)() arg 1 must be a string, bytes or code object")
        }
        if mode == .eval {
            let skip = bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            bytes.removeFirst(skip)
        }
        return try Programs.compile(bytes, fileName: "<string>", mode: mode)
    }

    /// The UTF-8 (or raw) bytes of str, bytes or bytearray source.
    static func sourceBytes(_ source: Value) -> [UInt8]? {
        if StrOps.isStr(source) { return Array(StrRef(source).string.utf8) }
        return BytesOps.contents(source)
    }

    /// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).
    static func compileBuiltin(_ args: Arguments) throws(PyException) -> Value {
        let parameters = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"]
        try expectKeywords(args, "compile", parameters)
        if args.positionalCount > 6 {
            throw typeError("compile() takes at most 6 arguments (\(args.positionalCount) given)")
        }
        var values: [Value?] = []
        for (i, name) in parameters.enumerated() {
            values.append(i < args.positionalCount ? args[i] : args.keyword(name))
        }
        for (i, name) in parameters.prefix(3).enumerated() where values[i] == nil {
            throw typeError("compile() missing required argument '\(name)' (pos \(i + 1))")
        }
        guard let source = values[0], let fileNameValue = values[1], let modeValue = values[2] else { return .none }
        let fileName = try pathString(fileNameValue)
        guard StrOps.isStr(modeValue) else {
            throw typeError("compile() argument 'mode' must be str, not \(TypeRef(modeValue.type).nameString)")
        }
        guard let mode = CompileMode(rawValue: StrRef(modeValue).string) else {
            throw pyError(ExceptionTypes.named("ValueError"), "compile() mode must be 'exec', 'eval' or 'single'")
        }
        var flags: Int64 = 0
        if let f = values[3] {
            guard let n = IntOps.asInt64(f) else { throw typeError("'\(TypeRef(f.type).nameString)' object cannot be interpreted as an integer") }
            flags = n
        }
        // The flags CPython accepts: the __future__ features (PyCF_MASK, 0x20000...0x1000000),
        // CO_NESTED (PyCF_MASK_OBSOLETE: a nested function's co_flags may be passed on, as
        // myhdl does) and the PyCF_* compile flags.
        let future: Int64 = 0x1FE_0000
        let known: Int64 = future | 0x10 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000 | 0x4000
        if flags & ~known != 0 { throw pyError(ExceptionTypes.named("ValueError"), "compile(): unrecognised flags") }
        var optimize: Int64 = -1
        if let o = values[5] {
            guard let n = IntOps.asInt64(o) else { throw typeError("'\(TypeRef(o.type).nameString)' object cannot be interpreted as an integer") }
            optimize = n
        }
        if optimize < -1 || optimize > 2 {
            throw pyError(ExceptionTypes.named("ValueError"), "compile(): invalid optimize value")
        }
        if try ASTModule.isNode(source) {
            if flags & ASTModule.onlyAST != 0 { return source }
            return try ASTModule.compile(source, fileName: fileName, mode: mode, optimize: Int(optimize))
        }
        guard let bytes = sourceBytes(source) else {
            throw typeError("compile() arg 1 must be a string, bytes or AST object")
        }
        if flags & ASTModule.onlyAST != 0 { return try ASTModule.parse(bytes, fileName: fileName, mode: mode) }
        return try Programs.compile(bytes, fileName: fileName, mode: mode, optimize: Int(optimize))
    }

    /// A file name given as str, bytes or os.PathLike.
    static func pathString(_ v: Value) throws(PyException) -> String {
        if StrOps.isStr(v) { return StrRef(v).string }
        if BytesOps.isBytes(v) { return String(decoding: BytesOps.bytes(v), as: UTF8.self) }
        if let fspath = try Runtime.lookupAttribute(v, Interned.intern("__fspath__")) {
            let p = try Runtime.call(fspath)
            if StrOps.isStr(p) { return StrRef(p).string }
            if BytesOps.isBytes(p) { return String(decoding: BytesOps.bytes(p), as: UTF8.self) }
        }
        throw typeError("expected str, bytes or os.PathLike object, not \(TypeRef(v.type).nameString)")
    }
}

extension Programs {
    /// Compiles source in one of compile()'s modes; SyntaxErrors become Python SyntaxErrors.
    public static func compile(_ source: [UInt8], fileName: String, mode: CompileMode, optimize: Int = -1) throws(PyException) -> Value {
        if source.contains(0) {
            let message = "source code string cannot contain null bytes"
            let e = pyError(ExceptionTypes.named("SyntaxError"), message)
            ExceptionObject.setAttribute(e.value, "msg", StrRef.create(message).value)
            for name in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] {
                ExceptionObject.setAttribute(e.value, name, .none)
            }
            throw e
        }
        do throws(SyntaxError) {
            let unit = try Compiler.compile(source, fileName: fileName, mode: mode, optimize: optimize)
            return CodeRef.create(unit).value
        } catch {
            throw syntaxError(error, fileName: fileName, source: source, appendsNewline: mode != .eval)
        }
    }
}
