// The `taipan` command: python3's command line. Today the front end is what exists: it
// parses programs (reporting SyntaxErrors exactly as python3 does) and dumps their AST; the
// interpreter arrives with the runtime core.

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

func usage() -> Never {
    writeStderr("usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `taipan -h' for more information.\n")
    exit(2)
}

/// The command proper; runs on a thread with a large stack (see `runOnLargeStack`).
func main() -> Never {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var xOptions: [String] = []
    var commandText: String? = nil
    while let first = arguments.first, first.hasPrefix("-"), first != "-", commandText == nil {
        arguments.removeFirst()
        switch first {
        case "-c":
            guard !arguments.isEmpty else {
                writeStderr("Argument expected for the -c option\n")
                usage()
            }
            commandText = arguments.removeFirst()
        case "-u", "-B", "-E", "-s", "-S", "-I", "-O", "-OO", "-q":
            continue
        case "-V", "--version":
            writeStdout(versionLine + "\n")
            exit(0)
        case "-X":
            guard !arguments.isEmpty else { usage() }
            xOptions.append(arguments.removeFirst())
        default:
            if first.hasPrefix("-X") {
                xOptions.append(String(first.dropFirst(2)))
            } else {
                writeStderr("Unknown option: \(first)\n")
                usage()
            }
        }
    }

    for option in xOptions {
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

    if let command = commandText {
        exit(run(source: Array(command.utf8), fileName: "<string>", argv: ["-c"] + arguments))
    }
    guard let program = arguments.first else {
        if isatty(0) != 0 {
            writeStderr("taipan: the interactive interpreter is not available yet\n")
            exit(2)
        }
        exit(run(source: readStandardInput(), fileName: "<stdin>", argv: [""]))
    }
    if program == "-" {
        exit(run(source: readStandardInput(), fileName: "<stdin>", argv: ["-"] + arguments.dropFirst()))
    }
    guard let source = readFile(program) else { cannotOpen(program) }
    exit(run(source: source, fileName: absolutePath(program), argv: arguments))
}

/// Starts the runtime and runs `source` as __main__; returns the exit status.
func run(source: [UInt8], fileName: String, argv: [String]) -> Int32 {
    var path: [String] = []
    if fileName.hasPrefix("<") {
        path.append("")
    } else {
        path.append(String(fileName[..<(fileName.lastIndex(of: "/") ?? fileName.startIndex)]))
    }
    path += standardLibraryPaths()
    Programs.start(argv: argv, path: path)
    return Programs.runMain(source: source, fileName: fileName)
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
    pthread_join(thread, nil)
    exit(0)
}

runOnLargeStack(main)
