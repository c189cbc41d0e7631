// python3's command line: the options of CPython 3.11's getopt ("bBc:dEhiIm:OPqRsStuvVW:xX:?"
// and a few long ones), parsed the same way: short options combine (`-uc CMD`), an option's
// argument may follow in the same word (`-Xdev`), `-c` and `-m` end the options, `--` ends
// them, `-` is the program (stdin). Errors print python3's message and usage, status 2.

#if canImport(Glibc)
import Glibc
#endif
import TaipanRuntime

/// What to run, and how.
struct CommandLineRequest {
    enum Program {
        case command(String)
        case module(String)
        case file(String)
        /// Standard input: `-` given explicitly, or nothing given.
        case standardInput(explicit: Bool)
    }

    var program = Program.standardInput(explicit: false)
    /// sys.argv[1:] (and argv[0] for a file).
    var arguments: [String] = []
    var options = InterpreterOptions()
    var showHelp: String? = nil
    var versionCount = 0
    var skipFirstLine = false
    /// -X options that are Taipan's developer tools (dump-ast, dis, …), in order.
    var toolOptions: [String] = []
}

enum CommandLineParser {
    static let shortOptions: [Character: Bool] = [
        // option: takes an argument
        "b": false, "B": false, "c": true, "d": false, "E": false, "h": false, "i": false, "I": false,
        "m": true, "O": false, "P": false, "q": false, "R": false, "s": false, "S": false, "t": false,
        "u": false, "v": false, "V": false, "W": true, "x": false, "X": true, "?": false,
    ]
    static let toolNames: Set<String> = ["dump-ast", "dump-ast=attributes", "dump-symtable", "dis", "parse-only"]

    static func usageError(_ message: String) -> Never {
        writeStderr(message)
        writeStderr("usage: \(CommandLine.arguments[0]) [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
        writeStderr("Try `python -h' for more information.\n")
        exit(2)
    }

    static func parse(_ all: [String]) -> CommandLineRequest {
        var request = CommandLineRequest()
        request.options.originalArguments = all
        var index = 1
        var ended = false
        while index < all.count && !ended {
            let word = all[index]
            if word == "--" { index += 1; break }
            guard word.hasPrefix("-"), word != "-" else { break }
            index += 1
            if word.hasPrefix("--") {
                switch word {
                case "--help": request.showHelp = "help"
                case "--help-env": request.showHelp = "env"
                case "--help-xoptions": request.showHelp = "xoptions"
                case "--help-all": request.showHelp = "all"
                case "--version": request.versionCount += 1
                case "--check-hash-based-pycs":
                    guard index < all.count else { usageError("Argument expected for the --check-hash-based-pycs option\n") }
                    index += 1
                default:
                    if word.hasPrefix("--check-hash-based-pycs=") { continue }
                    usageError("unknown option \(word)\n")
                }
                continue
            }
            var letters = Array(word.dropFirst())
            while !letters.isEmpty {
                let letter = letters.removeFirst()
                guard let takesArgument = shortOptions[letter] else { usageError("Unknown option: -\(letter)\n") }
                var argument = ""
                if takesArgument {
                    if !letters.isEmpty {
                        argument = String(letters)
                        letters = []
                    } else if index < all.count {
                        argument = all[index]
                        index += 1
                    } else {
                        usageError("Argument expected for the -\(letter) option\n")
                    }
                }
                apply(letter, argument, to: &request)
                if letter == "c" || letter == "m" { ended = true; break }
            }
        }
        let rest = Array(all[min(index, all.count)...])
        switch request.program {
        case .command:
            request.arguments = ["-c"] + rest
        case .module:
            request.arguments = ["-m"] + rest
        default:
            if let first = rest.first, first != "-" {
                request.program = .file(first)
                request.arguments = rest
            } else if rest.first == "-" {
                request.program = .standardInput(explicit: true)
                request.arguments = rest
            } else {
                request.arguments = [""]
            }
        }
        applyEnvironment(&request.options)
        completeWarnOptions(&request.options)
        return request
    }

    static func apply(_ letter: Character, _ argument: String, to request: inout CommandLineRequest) {
        switch letter {
        case "b": request.options.bytesWarning += 1
        case "B": request.options.dontWriteBytecode = 1
        case "c": request.program = .command(argument)
        case "d": request.options.debug += 1
        case "E": request.options.ignoreEnvironment = 1
        case "h", "?": request.showHelp = "help"
        case "i":
            request.options.inspect = 1
            request.options.interactive = 1
        case "I":
            request.options.isolated = 1
            request.options.ignoreEnvironment = 1
            request.options.noUserSite = 1
            request.options.safePath = true
        case "m": request.program = .module(argument)
        case "O": request.options.optimize += 1
        case "P": request.options.safePath = true
        case "q": request.options.quiet = 1
        case "s": request.options.noUserSite = 1
        case "S": request.options.noSite = 1
        case "u": request.options.unbuffered = true
        case "v": request.options.verbose += 1
        case "V": request.versionCount += 1
        case "W": request.options.warnOptions.append(argument)
        case "x": request.skipFirstLine = true
        case "X":
            if toolNames.contains(argument) { request.toolOptions.append(argument) }
            if let eq = argument.firstIndex(of: "=") {
                request.options.xOptions.append((String(argument[..<eq]), String(argument[argument.index(after: eq)...])))
            } else {
                request.options.xOptions.append((argument, nil))
            }
            applyXOption(argument, &request.options)
        default: break  // -R and -t: accepted, no effect
        }
    }

    static func applyXOption(_ option: String, _ o: inout InterpreterOptions) {
        if option == "dev" { o.devMode = true }
        if option == "utf8" || option == "utf8=1" { o.utf8Mode = 1 }
        if option.hasPrefix("int_max_str_digits="), let n = Int(option.dropFirst("int_max_str_digits=".count)) {
            o.intMaxStrDigits = n
        }
    }

    static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    /// The PYTHON* variables, unless -E or -I. A variable that may be repeated takes the
    /// larger of its count on the command line and its value.
    static func applyEnvironment(_ o: inout InterpreterOptions) {
        if o.ignoreEnvironment != 0 { return }
        func level(_ name: String) -> Int? {
            guard let v = environment(name) else { return nil }
            return max(Int(v) ?? 1, 1)
        }
        if let n = level("PYTHONOPTIMIZE") { o.optimize = max(o.optimize, n) }
        if let n = level("PYTHONVERBOSE") { o.verbose = max(o.verbose, n) }
        if let n = level("PYTHONDEBUG") { o.debug = max(o.debug, n) }
        if level("PYTHONINSPECT") != nil { o.inspect = 1 }
        if level("PYTHONUNBUFFERED") != nil { o.unbuffered = true }
        if level("PYTHONDONTWRITEBYTECODE") != nil { o.dontWriteBytecode = 1 }
        if level("PYTHONNOUSERSITE") != nil { o.noUserSite = 1 }
        if level("PYTHONSAFEPATH") != nil { o.safePath = true }
        if level("PYTHONDEVMODE") != nil { o.devMode = true }
        if environment("PYTHONUTF8") == "1" { o.utf8Mode = 1 }
        if environment("PYTHONHASHSEED") == "0" { o.hashRandomization = 0 }
        if let n = environment("PYTHONINTMAXSTRDIGITS").flatMap({ Int($0) }), o.intMaxStrDigits < 0 { o.intMaxStrDigits = n }
        if let w = environment("PYTHONWARNINGS") {
            o.warnOptions = w.split(separator: ",").map(String.init) + o.warnOptions
        }
    }

    /// sys.warnoptions in CPython's order: -X dev's 'default', PYTHONWARNINGS, -W, then
    /// -b's BytesWarning filter.
    static func completeWarnOptions(_ o: inout InterpreterOptions) {
        if o.devMode { o.warnOptions.insert("default", at: 0) }
        if o.bytesWarning == 1 { o.warnOptions.append("default::BytesWarning") }
        if o.bytesWarning >= 2 { o.warnOptions.append("error::BytesWarning") }
    }

    /// PYTHONPATH's entries, made absolute (an empty entry is the working directory).
    static func pythonPath(_ o: InterpreterOptions) -> [String] {
        guard o.ignoreEnvironment == 0, let value = environment("PYTHONPATH") else { return [] }
        return value.split(separator: ":", omittingEmptySubsequences: false).map { entry in
            entry.isEmpty ? currentDirectory() : absolutePath(String(entry))
        }
    }
}
