// print(*objects, sep=' ', end='\n', file=None, flush=False), as CPython's builtin_print:
// each object, separator and end is its own file.write call, so a file sees the pieces
// and a failing str() leaves the earlier pieces written. The standard streams are
// written directly (TextStream.writeText), without a method call per piece.

#if canImport(Glibc)
import Glibc
#endif

extension Builtins {
    static let printKeywords: [String] = ["sep", "end", "file", "flush"]

    static func printValues(_ args: Arguments) throws(PyException) -> Value {
        if !args.keywordNames.isNull {
            let names = TupleRef(args.keywordNames)
            for i in 0..<names.count where !printKeywords.contains(StrRef(names[i]).string) {
                throw typeError("'\(StrRef(names[i]).string)' is an invalid keyword argument for print()")
            }
        }
        var file = args.keyword("file") ?? .none
        if file.isIdentical(BuiltinTypes.none) {
            guard let current = try Runtime.lookupAttribute(Sys.module, Interned.intern("stdout")) else {
                throw pyError(ExceptionTypes.named("RuntimeError"), "lost sys.stdout")
            }
            // sys.stdout may be None when the process has no standard output.
            if current.isIdentical(BuiltinTypes.none) { return .none }
            file = current
        }
        let sep = try printSeparator(args.keyword("sep"), "sep")
        let end = try printSeparator(args.keyword("end"), "end")
        let direct = file.type.isIdentical(TextStream.type)
        func emit(_ text: Value) throws(PyException) {
            if direct {
                try TextStream.writeText(StrRef(text), fd: TextStream.fd(file))
            } else {
                _ = try Runtime.callMethod(file, "write", text)
            }
        }
        for i in 0..<args.positionalCount {
            if i > 0 { try emit(sep ?? Interned.intern(" ")) }
            try emit(try Runtime.str(args[i]))
        }
        try emit(end ?? Interned.intern("\n"))
        if let flush = args.keyword("flush"), try Runtime.isTrue(flush) {
            if direct {
                fflush(TextStream.file(TextStream.fd(file)))
            } else {
                _ = try Runtime.callMethod(file, "flush")
            }
        }
        return .none
    }

    /// sep or end: nil for the default (absent or None), else a str.
    static func printSeparator(_ v: Value?, _ name: String) throws(PyException) -> Value? {
        guard let v, !v.isIdentical(BuiltinTypes.none) else { return nil }
        guard StrOps.isStr(v) else {
            throw typeError("\(name) must be None or a string, not \(TypeRef(v.type).nameString)")
        }
        return v
    }
}
