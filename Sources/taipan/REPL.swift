// The interactive prompt: reads statements with sys.ps1/sys.ps2 prompts (through the line
// editor at a terminal, else plain lines with prompts on stderr), runs each complete one in
// __main__ in 'single' mode (values shown by sys.displayhook, kept in builtins._), prints
// tracebacks and carries on. Ctrl-C at the prompt prints KeyboardInterrupt; Ctrl-D on an
// empty line leaves with status 0; SystemExit leaves with its status.

#if canImport(Glibc)
import Glibc
#endif
import TaipanRuntime

enum REPL {
    static let banner = "Python 3.11.7 (taipan 0.1) [Swift] on linux\n"
        + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"

    static func run(showBanner: Bool) -> Never {
        if showBanner { writeStderr(banner) }
        Programs.setDefaultPrompts()
        let editor = isatty(0) != 0 && isatty(1) != 0 ? LineEditor() : nil
        var lines: [String] = []
        while true {
            fflush(stdout)
            let prompt = Programs.prompt(continuation: !lines.isEmpty)
            let result = editor?.readLine(prompt: prompt) ?? plainReadLine(prompt: prompt)
            switch result {
            case .endOfFile:
                if editor == nil { writeStderr("\n") }
                if !lines.isEmpty, case .complete = Programs.classifyInteractive(source(lines), endedByEmptyLine: true) {
                    if let status = Programs.runInteractive(source(lines)) { exit(status) }
                }
                fflush(stdout)
                exit(0)
            case .interrupt:
                writeStderr("KeyboardInterrupt\n")
                lines = []
            case .line(let text):
                editor?.remember(text)
                lines.append(text)
                let endedByEmptyLine = lines.count > 1 && text.allSatisfy { $0 == " " || $0 == "\t" }
                switch Programs.classifyInteractive(source(lines), endedByEmptyLine: endedByEmptyLine) {
                case .incomplete:
                    continue
                case .blank:
                    break
                case .error(let report):
                    writeStderr(report)
                case .complete:
                    if let status = Programs.runInteractive(source(lines)) {
                        fflush(stdout)
                        exit(status)
                    }
                }
                lines = []
            }
        }
    }

    static func source(_ lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }
}
