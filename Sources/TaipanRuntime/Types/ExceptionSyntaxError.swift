// SyntaxError's fields (msg, filename, lineno, offset, text, end_lineno, end_offset,
// print_file_and_line) set from its arguments as CPython 3.11's SyntaxError_init does, and
// its str(): the message followed by "(file, line N)" with the file's base name.

extension ExceptionType {
    static let syntaxErrorFields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]

    static func installSyntaxError() {
        let syntaxError = ExceptionTypes.named("SyntaxError")
        for name in ["msg", "print_file_and_line"] + syntaxErrorFields {
            GetSet.add(syntaxError, name, get: { e in field(e, name) },
                       set: { e, v throws(PyException) in ExceptionObject.setAttribute(e, name, v) })
        }
        for (_, t) in ExceptionTypes.byName where TypeRef(t).isSubtype(of: syntaxError) {
            let slots = TypeRef(t).slots
            slots.initialize = { e, args throws(PyException) in
                if args.keywordCount > 0 {
                    throw typeError("\(TypeRef(e.type).nameString)() takes no keyword arguments")
                }
                e.storeValue(ExceptionWords.args, positionalTuple(args))
                let n = args.positionalCount
                if n >= 1 { ExceptionObject.setAttribute(e, "msg", args[0]) }
                guard n == 2 else { return }
                let info = TupleRef(try ItertoolsModule.tuple(args[1]))
                if info.count < 4 { throw typeError("function takes at least 4 arguments (\(info.count) given)") }
                if info.count > 6 { throw typeError("function takes at most 6 arguments (\(info.count) given)") }
                for i in 0..<info.count { ExceptionObject.setAttribute(e, syntaxErrorFields[i], info[i]) }
                if info.count == 5 { throw typeError("end_offset must be provided when end_lineno is provided") }
            }
            slots.str = { e throws(PyException) in
                let msg = try text(field(e, "msg"))
                let filename = field(e, "filename")
                let lineno = field(e, "lineno")
                let hasLine = lineno.type.isIdentical(BuiltinTypes.int)
                var file: String? = nil
                if StrOps.isStr(filename) {
                    let whole = StrRef(filename).string
                    file = whole.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? whole
                }
                switch (file, hasLine) {
                case (let f?, true): return StrRef.create("\(msg) (\(f), line \(try text(lineno)))").value
                case (let f?, false): return StrRef.create("\(msg) (\(f))").value
                case (nil, true): return StrRef.create("\(msg) (line \(try text(lineno)))").value
                case (nil, false): return StrRef.create(msg).value
                }
            }
        }
    }
}
