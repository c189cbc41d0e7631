// The ways python3 runs a __main__ module: a file or a string (`-c`, stdin), a module
// found on sys.path (`-m`, runpy's semantics), and one interactive statement at a time
// (the REPL, which lives in the `taipan` target and calls `runInteractive`).

import TaipanCompiler
import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

extension Programs {
    /// Set when the last uncaught exception was a KeyboardInterrupt (the command then
    /// exits by SIGINT, as CPython does).
    public static var interrupted = false

    /// The __main__ module's namespace, created (and registered in sys.modules) on first use.
    public static func mainGlobals() -> Value {
        if let m = DictRef(Sys.modules).lookupStr(Interned.intern("__main__")), m.type.isIdentical(ModuleObject.type) {
            return ModuleObject.dict(m)
        }
        let main = ModuleObject.create(name: "__main__")
        let globals = DictRef(ModuleObject.dict(main))
        globals.setStr(Interned.intern("__builtins__"), Builtins.module)
        globals.setStr(Interned.intern("__doc__"), .none)
        globals.setStr(Interned.intern("__spec__"), .none)
        globals.setStr(Interned.intern("__loader__"), .none)
        globals.setStr(Interned.intern("__package__"), .none)
        DictRef(Sys.modules).setStr(Interned.intern("__main__"), main)
        return globals.value
    }

    /// Runs `source` as __main__ (`file` becomes __file__ when given); returns the exit
    /// status. With `inspect` (-i), SystemExit is reported like any exception, since the
    /// REPL follows.
    public static func runMain(source: [UInt8], fileName: String, file: String?, inspect: Bool) -> Int32 {
        let globals = DictRef(mainGlobals())
        if let file { globals.setStr(Interned.intern("__file__"), StrRef.create(file).value) }
        do throws(PyException) {
            let code = try compile(source, fileName: fileName)
            _ = try Interpreter.runCode(code, globals: globals.value, locals: globals.value)
            fflush(stdout)
            return 0
        } catch {
            fflush(stdout)
            return report(error.value, inspect: inspect)
        }
    }

    /// What runs when the program ends, whatever way it ended: pending weakref callbacks
    /// and `atexit` functions.
    /// sys.is_finalizing(): the program has ended and its exit functions have run.
    static var isFinalizing = false

    public static func finish() {
        GCModule.finishPending()
        AtexitModule.runExitFunctions()
        isFinalizing = true
        fflush(stdout)
    }

    /// The exit status for an uncaught exception, after printing its traceback.
    static func report(_ e: Value, inspect: Bool) -> Int32 {
        let type = TypeRef(e.type)
        interrupted = type.isSubtype(of: ExceptionTypes.named("KeyboardInterrupt"))
        if inspect && type.isSubtype(of: ExceptionTypes.named("SystemExit")) {
            writeError(formatException(e))
            return 1
        }
        return handleUncaught(e)
    }

    /// `-m name`: finds the module (a package runs its `__main__` submodule) without
    /// running it under its own name, then runs it as __main__ with sys.argv[0] set to its
    /// file. Errors finding it print "<executable>: message" and give status 1.
    public static func runModule(_ name: String, inspect: Bool) -> Int32 {
        var moduleName = name
        do throws(PyException) {
            var (file, isPackage) = try findModule(moduleName)
            if isPackage {
                moduleName = name + ".__main__"
                _ = try Imports.importModule(name)
                let found = try findModule(moduleName)
                guard !found.isPackage else { throw pyError(ExceptionTypes.named("ImportError"), "Cannot use package as __main__ module") }
                file = found.file
            }
            guard let source = readFile(file) else {
                throw pyError(ExceptionTypes.named("ImportError"), "No code object available for \(moduleName)")
            }
            ListRef(Sys.argv)[0] = StrRef.create(file).value
            let globals = DictRef(mainGlobals())
            let package = moduleName.split(separator: ".").dropLast().joined(separator: ".")
            globals.setStr(Interned.intern("__package__"), StrRef.create(package).value)
            return runMain(source: source, fileName: file, file: file, inspect: inspect)
        } catch {
            let e = error.value
            guard TypeRef(e.type).isSubtype(of: ExceptionTypes.named("ImportError")) else {
                fflush(stdout)
                return report(e, inspect: inspect)
            }
            var message = (try? Runtime.str(e)).map { StrRef($0).string } ?? ""
            if moduleName != name, message.hasPrefix("No module named") {
                message = "No module named \(moduleName); '\(name)' is a package and cannot be directly executed"
            }
            writeError("\(Sys.executablePath()): \(message)\n")
            return 1
        }
    }

    /// The source file of module `fullName` (its `__init__.py` for a package), importing
    /// its parent packages first.
    static func findModule(_ fullName: String) throws(PyException) -> (file: String, isPackage: Bool) {
        if fullName.isEmpty || fullName.hasPrefix(".") {
            throw pyError(ExceptionTypes.named("ImportError"), "Relative module names not supported")
        }
        var searchPath = Sys.path
        if let dot = fullName.lastIndex(of: ".") {
            let parentName = String(fullName[..<dot])
            let parent = try Imports.importModule(parentName)
            guard let path = try Runtime.lookupAttribute(parent, Interned.intern("__path__")) else {
                throw pyError(ExceptionTypes.named("ImportError"),
                              "No module named \(fullName); '\(parentName)' is not a package")
            }
            searchPath = path
        } else if Imports.nativeModules[fullName] != nil {
            throw pyError(ExceptionTypes.named("ImportError"), "No code object available for \(fullName)")
        }
        let shortName = String(fullName.split(separator: ".").last ?? Substring(fullName))
        let entries = try ListRef.fromIterable(searchPath)
        for i in 0..<entries.count where StrOps.isStr(entries[i]) {
            var directory = StrRef(entries[i]).string
            if directory.isEmpty { directory = "." }
            let packageInit = directory + "/" + shortName + "/__init__.py"
            if Imports.fileExists(packageInit) { return (packageInit, true) }
            let file = directory + "/" + shortName + ".py"
            if Imports.fileExists(file) { return (file, false) }
        }
        throw pyError(ExceptionTypes.named("ImportError"), "No module named \(fullName)")
    }

    /// What the REPL does with its input so far.
    public enum InteractiveInput {
        /// Complete: run it.
        case complete
        /// A compound statement, or an open bracket or string: read another line.
        case incomplete
        /// A syntax error: print it (the report) and start again.
        case error(String)
        /// Nothing to run (blank or comment lines only).
        case blank
    }

    /// Classifies the REPL's buffered lines. A compound statement needs an empty line to
    /// end it (as at CPython's prompt); an open bracket, triple-quoted string or
    /// backslash needs more input; any other error is reported now.
    public static func classifyInteractive(_ source: String, endedByEmptyLine: Bool) -> InteractiveInput {
        let bytes = Array(source.utf8)
        // Blank lines do nothing; comment lines wait for an empty line, as CPython's prompt.
        let meaningful = source.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        if meaningful.isEmpty { return .blank }
        if meaningful.allSatisfy({ $0.hasPrefix("#") }) { return endedByEmptyLine ? .blank : .incomplete }
        do throws(SyntaxError) {
            _ = try Compiler.compile(bytes, fileName: "<stdin>", mode: .single)
            if Compiler.isCompoundStatement(bytes) && !endedByEmptyLine { return .incomplete }
            return .complete
        } catch {
            if inputStopsEarly(error, source) { return .incomplete }
            if !endedByEmptyLine && insideCompoundStatement(error, source) { return .incomplete }
            return .error(error.report(fileName: "<stdin>", source: bytes))
        }
    }

    /// An open bracket, an unterminated triple-quoted string or a final backslash.
    static func inputStopsEarly(_ error: SyntaxError, _ source: String) -> Bool {
        let m = error.message
        if m.hasSuffix("was never closed") || m.hasPrefix("unterminated triple-quoted string") || m.hasPrefix("unexpected EOF") {
            return true
        }
        var text = Substring(source)
        while text.last == "\n" { text = text.dropLast() }
        return text.hasSuffix("\\")
    }

    /// An error at the end of a compound statement whose block is still being typed.
    static func insideCompoundStatement(_ error: SyntaxError, _ source: String) -> Bool {
        if error.message.hasPrefix("expected an indented block") { return true }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: true)
        let first = (lines.first.map(String.init) ?? "").trimmingWhitespace()
        let starts = ["if ", "while ", "for ", "try:", "try ", "with ", "def ", "class ", "async ", "@", "match "]
        return error.line >= lines.count && starts.contains { first.hasPrefix($0) }
    }

    /// Runs one complete interactive input in __main__ ('single' mode: expression values
    /// go to sys.displayhook). Returns nil to continue, or the exit status after SystemExit.
    public static func runInteractive(_ source: String) -> Int32? {
        let globals = mainGlobals()
        Signals.interruptPending = false
        do throws(PyException) {
            let code = try compile(Array(source.utf8), fileName: "<stdin>", mode: .single)
            _ = try Interpreter.runCode(code, globals: globals, locals: globals)
            fflush(stdout)
        } catch {
            fflush(stdout)
            let e = error.value
            if TypeRef(e.type).isSubtype(of: ExceptionTypes.named("SystemExit")) { return handleUncaught(e) }
            writeError(formatException(e))
        }
        return nil
    }

    /// Prints text to stderr, for the `taipan` command.
    public static func printError(_ s: String) { writeError(s) }
}

extension Programs {
    /// sys.ps1 and sys.ps2, set when the REPL starts (unless a program set them).
    public static func setDefaultPrompts() {
        let d = DictRef(ModuleObject.dict(Sys.module))
        for (name, text) in [("ps1", ">>> "), ("ps2", "... ")] where d.lookupStr(Interned.intern(name)) == nil {
            d.setStr(Interned.intern(name), StrRef.create(text).value)
        }
    }

    /// str(sys.ps1) or str(sys.ps2); empty when missing or when str() fails.
    public static func prompt(continuation: Bool) -> String {
        let d = DictRef(ModuleObject.dict(Sys.module))
        guard let v = d.lookupStr(Interned.intern(continuation ? "ps2" : "ps1")) else { return "" }
        return (try? Runtime.str(v)).map { StrRef($0).string } ?? ""
    }
}
