// The `taipan` command: python3's command line (CommandLineOptions.swift), running a file,
// a command, a module or standard input as __main__, or the REPL (REPL.swift); plus
// developer tools under -X (dump-ast, dump-symtable, dis, parse-only).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TaipanSyntax
import TaipanCompiler
import TaipanRuntime

let versionLine = "Python 3.11.7 (taipan 0.1)"

func writeStderr(_ s: String) {
    var s = s
    s.withUTF8 { buffer in
        _ = fwrite(buffer.baseAddress, 1, buffer.count, stderr)
    }
}

func writeStdout(_ s: String) {
    var s = s
    s.withUTF8 { buffer in
        _ = fwrite(buffer.baseAddress, 1, buffer.count, stdout)
    }
}

/// The bytes of a file, or nil with errno set.
func readFile(_ path: String) -> [UInt8]? { Programs.readFile(path) }

func cannotOpen(_ path: String) -> Never {
    let err = errno
    let reason = String(cString: strerror(err))
    writeStderr("\(CommandLine.arguments[0]): can't open file '\(path)': [Errno \(err)] \(reason)\n")
    exit(2)
}

/// The script path as python3 shows it: made absolute against the working directory
/// (as `getcwd` spells it), otherwise untouched.
func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    return String(cString: buffer) + "/" + path
}

/// Parses `path`; on a SyntaxError prints python3's report and returns nil.
func parse(_ path: String) -> Mod? {
    guard let source = readFile(path) else { cannotOpen(path) }
    do {
        return try Parser.parseModule(source)
    } catch {
        writeStderr(error.report(fileName: absolutePath(path), source: source))
        return nil
    }
}

/// Parses `path` and builds its symbol tables; on an error prints python3's report and
/// returns nil.
func symbolTable(_ path: String) -> SymbolTable? {
    guard let source = readFile(path) else { cannotOpen(path) }
    do {
        let module = try Parser.parseModule(source)
        do {
            return try SymbolTable.build(module)
        } catch {
            writeStderr(error.report(fileName: absolutePath(path), source: source))
        }
    } catch {
        writeStderr(error.report(fileName: absolutePath(path), source: source))
    }
    return nil
}

/// The command proper; runs on a thread with a large stack (see `runOnLargeStack`).
func main() -> Never {
    let request = CommandLineParser.parse(CommandLine.arguments)
    if let help = request.showHelp {
        writeStdout(HelpText.text(help))
        exit(0)
    }
    if request.versionCount > 0 {
        writeStdout(request.versionCount == 1 ? "Python 3.11.7\n" : versionLine + " [Swift]\n")
        exit(0)
    }
    runTools(request)
    if request.options.unbuffered { setvbuf(stdout, nil, _IONBF, 0) }
    Programs.options = request.options
    if request.options.xOptions.contains(where: { $0.0 == "opcode-stats" }) { OpcodeStats.enable() }
    let inspect = request.options.inspect != 0
    let options = request.options
    var status: Int32 = 0
    switch request.program {
    case .command(let text):
        start(request, firstPath: "")
        status = Programs.runMain(source: Array(text.utf8), fileName: "<string>", file: nil, inspect: inspect)
    case .module(let name):
        start(request, firstPath: currentDirectory())
        status = Programs.runModule(name, inspect: inspect)
    case .file(let given):
        var path = given
        var directory = directoryOf(absolutePath(given))
        if isDirectory(given) {
            path = given + "/__main__.py"
            directory = absolutePath(given)
            if access(path, F_OK) != 0 {
                writeStderr("\(Sys.executablePath()): can't find '__main__' module in '\(absolutePath(given))'\n")
                exit(1)
            }
        }
        guard var source = readFile(path) else { cannotOpen(absolutePath(given)) }
        if request.skipFirstLine { skipFirstLine(&source) }
        start(request, firstPath: directory)
        status = Programs.runMain(source: source, fileName: absolutePath(path), file: absolutePath(path), inspect: inspect)
    case .standardInput(let explicit):
        start(request, firstPath: "")
        if !explicit && (isatty(0) != 0 || inspect) {
            runStartupFile(options)
            REPL.run(showBanner: options.quiet == 0)
        }
        var source = readStandardInput()
        if request.skipFirstLine { skipFirstLine(&source) }
        status = Programs.runMain(source: source, fileName: "<stdin>", file: "<stdin>", inspect: inspect)
    }
    if inspect { REPL.run(showBanner: false) }
    Programs.finish()
    OpcodeStats.report()
    if Programs.interrupted { Signals.exitByInterrupt() }
    exit(status)
}

/// Starts the runtime: sys.argv from the command line; sys.path is `firstPath` (unless -P
/// or -I), PYTHONPATH, then the standard library.
func start(_ request: CommandLineRequest, firstPath: String) {
    var path: [String] = request.options.safePath ? [] : [firstPath]
    path += CommandLineParser.pythonPath(request.options)
    path += standardLibraryPaths()
    Programs.start(argv: request.arguments, path: path)
}

/// PYTHONSTARTUP, run in __main__ before the first prompt (not with -E or -I).
func runStartupFile(_ options: InterpreterOptions) {
    guard options.ignoreEnvironment == 0, let file = CommandLineParser.environment("PYTHONSTARTUP") else { return }
    guard let source = readFile(file) else {
        writeStderr("Could not open PYTHONSTARTUP\n")
        return
    }
    _ = Programs.runMain(source: source, fileName: file, file: nil, inspect: true)
}

/// -x: the first line is dropped, its newline kept so that line numbers stay right.
func skipFirstLine(_ source: inout [UInt8]) {
    let end = source.firstIndex(of: UInt8(ascii: "\n")) ?? source.count
    source.removeSubrange(0..<end)
}

/// The directory part of an absolute path (the script's entry in sys.path).
func directoryOf(_ path: String) -> String {
    String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
}

func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(cString: buffer)
}

/// Taipan's developer tools, selected by -X (they exit when they apply).
func runTools(_ request: CommandLineRequest) {
    let arguments = request.arguments
    for option in request.toolOptions {
        switch option {
        case "dump-ast", "dump-ast=attributes":
            guard arguments.count == 1 else { usage() }
            guard let module = parse(arguments[0]) else { exit(1) }
            writeStdout(module.dump(includeAttributes: option.hasSuffix("=attributes")) + "\n")
            exit(0)
        case "dump-symtable":
            guard arguments.count == 1 else { usage() }
            guard let table = symbolTable(arguments[0]) else { exit(1) }
            writeStdout(table.dump())
            exit(0)
        case "dis":
            guard arguments.count == 1, let source = readFile(arguments[0]) else { usage() }
            do {
                let unit = try Compiler.compileModule(source, fileName: absolutePath(arguments[0]))
                writeStdout(Disassembler.text(unit))
                exit(0)
            } catch {
                writeStderr(error.report(fileName: absolutePath(arguments[0]), source: source))
                exit(1)
            }
        case "parse-only":
            var failed = false
            for path in arguments where parse(path) == nil {
                failed = true
            }
            exit(failed ? 1 : 0)
        default:
            continue
        }
    }
}

func usage() -> Never {
    CommandLineParser.usageError("")
}

/// CPython's installed standard library, which Taipan runs (TAIPAN_STDLIB overrides).
func standardLibraryPaths() -> [String] {
    if let setting = getenv("TAIPAN_STDLIB") { return [String(cString: setting)] }
    var candidates = ["/usr/lib/python3.11", "/usr/local/lib/python3.11"]
    if let home = getenv("HOME") {
        candidates.append(String(cString: home) + "/.pyenv/versions/3.11.7/lib/python3.11")
    }
    candidates.append("/root/.pyenv/versions/3.11.7/lib/python3.11")
    for c in candidates where access(c + "/os.py", F_OK) == 0 { return [c] }
    return []
}

func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = read(0, &chunk, 65536)
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
}

/// Runs `body` on a thread with a 1 GiB stack (reserved, not committed), so that deeply
/// nested source reaches the parser's own limit rather than the end of an 8 MB stack.
func runOnLargeStack(_ body: @escaping () -> Never) -> Never {
    final class Task {
        let body: () -> Never
        init(_ body: @escaping () -> Never) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 1 << 30)
    var thread = pthread_t()
    let task = Unmanaged.passRetained(Task(body)).toOpaque()
    let started = pthread_create(&thread, &attributes, { argument in
        Unmanaged<Task>.fromOpaque(argument!).takeRetainedValue().body()
    }, task)
    if started != 0 {
        Unmanaged<Task>.fromOpaque(task).takeRetainedValue().body()
    }
    // Signals go to the interpreter's thread only (it inherited the open mask), so that
    // os.kill(os.getpid(), sig) runs the Python handler before kill returns, as in CPython.
    var all = sigset_t()
    sigfillset(&all)
    pthread_sigmask(SIG_BLOCK, &all, nil)
    pthread_join(thread, nil)
    exit(0)
}

runOnLargeStack(main)
