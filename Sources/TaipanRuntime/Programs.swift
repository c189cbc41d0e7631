// Starting the runtime and running programs: what `taipan FILE` does between parsing the
// command line and exiting — compile, run as __main__, and report an uncaught exception
// with a CPython-style traceback.

import TaipanCompiler
import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public enum Programs {
    static var started = false

    /// Creates the built-in types and modules. `argv` becomes sys.argv; `path` sys.path.
    public static func start(argv: [String], path: [String]) {
        if started { return }
        started = true
        BuiltinTypes.bootstrap()
        ThreadState.setUp()
        NativeFunctions.setUp()
        GetSet.setUp()
        Maps.setUp()
        CodeRef.setUp()
        CodeRef.installAttributes()
        FunctionRef.setUp()
        Cell.setUp()
        BoundMethod.setUp()
        ModuleObject.setUp()
        Traceback.setUp()
        NamespacePath.setUp()
        MemberDescriptor.setUp()
        Descriptors.setUp()
        SliceObject.setUp()
        SequenceIterator.setUp()
        ReversedIterator.setUp()
        RangeOps.setUp()
        BytesOps.setUp()
        ByteArrayOps.setUp()
        MemoryViewOps.setUp()
        ComplexOps.setUp()
        NativeIterators.setUp()
        SuperObject.setUp()
        Generators.setUp()
        Namespace.setUp()
        TextStream.setUp()
        MappingProxy.setUp()
        ObjectType.install()
        IntOps.installSlots()
        IntType.install()
        FloatOps.install()
        StrOps.install()
        StrOps.installMoreMethods()
        SequenceTypes.install()
        DictOps.install()
        SetOps.install()
        Weakrefs.install()
        GenericAlias.setUp()
        ExceptionType.install()
        ExceptionType.installSingletons()
        BuiltinTypes.finishNewTypes()
        PatternFlags.install()
        MethodCache.clear()
        Builtins.setUp()
        Sys.setUp(argv: argv, path: path)
        WeakrefModule.register()
        GCModule.register()
        AtexitModule.register()
        OperatorModule.register()
        ContextvarsModule.register()
        CtypesModule.register()
        ImpModule.register()
        ASTModule.register()
        Sys.installOptions(options)
        Signals.installInterruptHandler()
    }

    /// Compiles a source file to a code object; SyntaxErrors become Python SyntaxErrors.
    public static func compileFile(_ path: String) throws(PyException) -> Value {
        guard let source = readFile(path) else {
            throw pyError(ExceptionTypes.named("FileNotFoundError"), "[Errno 2] No such file or directory: '\(path)'")
        }
        return try compile(source, fileName: path)
    }

    public static func compile(_ source: [UInt8], fileName: String) throws(PyException) -> Value {
        do throws(SyntaxError) {
            let unit = try Compiler.compileModule(source, fileName: fileName)
            return CodeRef.create(unit).value
        } catch {
            throw syntaxError(error, fileName: fileName, source: source)
        }
    }

    /// The Python SyntaxError for a front-end error, with the fields CPython gives it: the
    /// parser's carry the source line and character offsets in a details tuple; the code
    /// generator's have byte offsets and no text (CPython looks for the text in a file by the
    /// code's name); the symbol table's set the fields without a details tuple.
    static func syntaxError(_ error: SyntaxError, fileName: String, source: [UInt8],
                            appendsNewline: Bool = true) -> PyException {
        let type = ExceptionTypes.named(error.kind == .parserStackOverflow ? "MemoryError" : error.kind.rawValue)
        let e = pyError(type, error.message)
        let report = error.report(fileName: fileName, source: source)
        guard error.kind != .parserStackOverflow && error.kind != .recursion else {
            ExceptionObject.setAttribute(e.value, "_report", StrRef.create(report).value)
            return e
        }
        var offset = error.column + 1, endOffset = error.endColumn + 1
        var text: Value = .none
        if error.origin == .parser {
            let decoded = (try? SourceDecoder.decode(source)) ?? source
            if let (line, newline) = sourceLine(error.line, in: decoded) {
                offset = characterOffset(line, error.column) + 1
                endOffset = characterOffset(line, error.endColumn) + 1
                let shown = error.text ?? String(decoding: line, as: UTF8.self)
                text = StrRef.create(shown + (newline || appendsNewline ? "\n" : "")).value
            }
        }
        ExceptionObject.setAttribute(e.value, "msg", StrRef.create(error.message).value)
        ExceptionObject.setAttribute(e.value, "filename", StrRef.create(fileName).value)
        ExceptionObject.setAttribute(e.value, "lineno", IntOps.make(Int64(error.line)))
        ExceptionObject.setAttribute(e.value, "offset", IntOps.make(Int64(offset)))
        ExceptionObject.setAttribute(e.value, "text", text)
        ExceptionObject.setAttribute(e.value, "end_lineno", IntOps.make(Int64(error.endLine)))
        ExceptionObject.setAttribute(e.value, "end_offset", IntOps.make(Int64(endOffset)))
        if error.origin != .symbols {
            // The fields are held by the exception while the details tuple is built.
            let fields = ExceptionType.syntaxErrorFields.map { ExceptionType.field(e.value, $0) }
            let details = fields.withUnsafeBufferPointer { TupleRef.create($0).value }
            let args = TupleRef.create(ExceptionType.field(e.value, "msg"), details)
            e.value.storeValue(ExceptionWords.args, args.value)
        }
        // The complete report python3 would print, kept for the top level.
        ExceptionObject.setAttribute(e.value, "_report", StrRef.create(report).value)
        return e
    }

    /// Line `n` (1-based) of the decoded source without its newline, and whether one followed.
    static func sourceLine(_ n: Int, in src: [UInt8]) -> ([UInt8], Bool)? {
        guard n >= 1 else { return nil }
        var start = 0
        for _ in 1..<n {
            guard let nl = src[start...].firstIndex(of: 0x0A) else { return nil }
            start = nl + 1
        }
        if start > src.count { return nil }
        let end = src[start...].firstIndex(of: 0x0A) ?? src.count
        return (Array(src[start..<end]), end < src.count)
    }

    /// The number of characters in the first `column` UTF-8 bytes of a line.
    static func characterOffset(_ line: [UInt8], _ column: Int) -> Int {
        if column <= 0 { return column }
        let prefix = line.prefix(column)
        return prefix.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + max(0, column - line.count)
    }

    /// The bytes of a file, or nil (errno tells why).
    public static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, f) }
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < 65536 { break }
        }
        return bytes
    }

    /// Runs a program file as __main__; returns the process exit status.
    public static func runMain(source: [UInt8], fileName: String) -> Int32 {
        runMain(source: source, fileName: fileName, file: fileName, inspect: false)
    }

    /// SystemExit gives the exit status; any other exception prints its traceback.
    public static func handleUncaught(_ e: Value) -> Int32 {
        if TypeRef(e.type).isSubtype(of: ExceptionTypes.named("SystemExit")) {
            let code = ExceptionObject.attribute(e, "code") ?? .none
            if code.isIdentical(BuiltinTypes.none) { return 0 }
            if let n = IntOps.asInt64(code) { return Int32(truncatingIfNeeded: n) }
            let text = (try? Runtime.str(code)).map { StrRef($0).string } ?? ""
            writeError(text + "\n")
            return 1
        }
        if !Sys.callReplacedExceptHook(e) { writeError(formatException(e)) }
        return 1
    }

    static func writeError(_ s: String) {
        var s = s
        s.withUTF8 { b in _ = fwrite(b.baseAddress, 1, b.count, stderr) }
    }

    /// The traceback python3 prints for an uncaught exception, with chained causes and
    /// contexts first; exception groups as CPython's nested boxes (see ExceptionGroupPrint).
    public static func formatException(_ e: Value, seen: [UInt64] = []) -> String {
        var context = ExceptionGroupPrint()
        context.seen = Set(seen)
        return formatException(e, &context)
    }

    /// One exception and what it chains to; `ctx.seen` (shared by the whole report, as
    /// CPython's) keeps an exception from printing twice.
    static func formatException(_ e: Value, _ ctx: inout ExceptionGroupPrint) -> String {
        var out = ""
        let cause = e.loadValue(ExceptionWords.cause)
        let context = e.loadValue(ExceptionWords.context)
        let suppress = e.loadValue(ExceptionWords.suppressContext).isIdentical(BuiltinTypes.true)
        ctx.seen.insert(e.bits)
        if !cause.isNull, !cause.isIdentical(BuiltinTypes.none) {
            if !ctx.seen.contains(cause.bits) {
                out += formatException(cause, &ctx)
                out += ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n")
            }
        } else if !suppress, !context.isNull, !context.isIdentical(BuiltinTypes.none), !ctx.seen.contains(context.bits) {
            out += formatException(context, &ctx)
            out += ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n")
        }
        if let report = ExceptionObject.attribute(e, "_report") {
            return out + ctx.emit(StrRef(report).string)
        }
        let stack = tracebackLines(e)
        guard ExceptStar.isGroup(e), let items = ExceptionObject.attribute(e, "exceptions"),
              items.type.isIdentical(BuiltinTypes.tuple) else {
            if !stack.isEmpty { out += ctx.emit("Traceback (most recent call last):\n" + stack) }
            return out + ctx.emit(messageLines(e))
        }
        return out + ctx.formatGroup(e, TupleRef(items), stack: stack, message: messageLines(e))
    }

    /// The "  File …" entries of the exception's traceback (without the header).
    static func tracebackLines(_ e: Value) -> String {
        var out = ""
        let entries = Traceback.entries(e)
        if !entries.isEmpty {
            // As CPython: at most sys.tracebacklimit's default of 1000 innermost entries,
            // and a run of identical entries is cut after three.
            var repeats = 0
            var previous: (file: String, line: Int, name: String)? = nil
            func flushRepeats() {
                if repeats > 3 {
                    out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 > 1 ? "s" : "")]\n"
                }
            }
            for entry in entries.suffix(1000) {
                if let p = previous, p.file == entry.file, p.line == entry.line, p.name == entry.name {
                    repeats += 1
                } else {
                    flushRepeats()
                    previous = entry
                    repeats = 1
                }
                if repeats > 3 { continue }
                out += "  File \"\(entry.file)\", line \(entry.line), in \(entry.name)\n"
                if let line = SourceLines.line(entry.file, entry.line) {
                    out += "    \(line)\n"
                }
            }
            flushRepeats()
        }
        return out
    }

    /// The exception's last line(s): type, message, suggestion, notes.
    static func messageLines(_ e: Value) -> String {
        var out = ""
        let typeName = TypeRef(e.type).nameString
        let module = e.type.loadValue(TypeWords.module)
        var qualified = typeName
        if !module.isNull, StrOps.isStr(module), StrRef(module).string != "builtins", StrRef(module).string != "__main__" {
            qualified = StrRef(module).string + "." + StrRef(e.type.loadValue(TypeWords.qualname)).string
        }
        let message = (try? Runtime.str(e)).map { StrRef($0).string } ?? "<exception str() failed>"
        out += message.isEmpty ? qualified : "\(qualified): \(message)"
        if let suggestion = Suggestions.suggestion(for: e) {
            out += ". Did you mean: \((try? Runtime.reprString(StrRef.create(suggestion).value)) ?? suggestion)?"
        }
        out += "\n"
        // Notes from add_note() follow the message, one per line (3.11).
        if let notes = ExceptionObject.attribute(e, "__notes__"),
           notes.type.isIdentical(ListRef.type) || notes.type.isIdentical(BuiltinTypes.tuple) {
            let items = (try? ListRef.fromIterable(notes)) ?? ListRef.create()
            for i in 0..<items.count {
                let note = StrOps.isStr(items[i]) ? items[i] : (try? Runtime.repr(items[i])) ?? Interned.intern("")
                out += StrRef(note).string + "\n"
            }
        }
        return out
    }
}

extension ExceptionObject {
    static func attribute(_ e: Value, _ name: String) -> Value? {
        let d = e.loadValue(ExceptionWords.dict)
        if d.isNull { return nil }
        return DictRef(d).lookupStr(Interned.intern(name))
    }
}

/// Source lines for tracebacks (CPython's linecache), stripped of surrounding whitespace.
enum SourceLines {
    static var cache: [String: [String]] = [:]

    static func line(_ file: String, _ number: Int) -> String? {
        if cache[file] == nil {
            guard let bytes = Programs.readFile(file) else { return nil }
            let text = (try? SourceDecoder.decode(bytes)) ?? bytes
            cache[file] = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1].trimmingWhitespace()
        return line.isEmpty ? nil : line
    }
}
