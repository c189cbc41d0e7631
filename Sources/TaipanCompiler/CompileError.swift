// The errors of the compiler stage. Almost all are SyntaxErrors, reported exactly as the
// front end reports its own; the one other is CPython's guard against absurdly deep trees,
// which python3 prints as a bare `RecursionError: ...` line.

import TaipanSyntax

public enum CompileError: Error, Equatable {
    case syntax(SyntaxError)
    /// The tree nests deeper than CPython's compiler accepts (3000 levels of statements,
    /// expressions and patterns): `RecursionError: maximum recursion depth exceeded during
    /// compilation`.
    case recursionLimit

    public static let recursionMessage = "maximum recursion depth exceeded during compilation"

    /// What `python3 FILE` prints on stderr for this error (see `SyntaxError.report`).
    public func report(fileName: String, source: [UInt8]) -> String {
        switch self {
        case .syntax(let error):
            return error.report(fileName: fileName, source: source)
        case .recursionLimit:
            return "RecursionError: \(CompileError.recursionMessage)\n"
        }
    }
}
