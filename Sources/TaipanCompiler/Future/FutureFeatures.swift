// `from __future__ import ...` statements (CPython's Python/future.c): which features a
// module turns on, and the errors for unknown features and for future imports that follow
// other statements on the same line. The compiler proper checks the remaining rule (a
// future import after the first statements, on a later line) against `lastLine`.

import TaipanSyntax

public struct FutureFeatures: Equatable {
    public struct Flags: OptionSet, Equatable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// PEP 563: annotations are kept as strings; the symbol tables skip them.
        public static let annotations = Flags(rawValue: 1 << 0)
        /// PEP 401: `<>` instead of `!=` (the parser's concern).
        public static let barryAsBDFL = Flags(rawValue: 1 << 1)
    }

    public var flags: Flags = []
    /// The line of the last future statement of the module's leading block, 0 if none
    /// (CPython's ff_lineno): a `from __future__` import on a later line is an error.
    public var lastLine = 0

    public init() {}

    /// Features that are accepted and change nothing in Python 3.11.
    static let mandatory: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    ]

    /// The features of `module`, as CPython's future pass reads them before building the
    /// symbol tables. Only the leading future statements count: after a docstring, a run
    /// of `from __future__` imports, ending at the first other statement.
    public static func of(_ module: Mod) throws(SyntaxError) -> FutureFeatures {
        var features = FutureFeatures()
        let body: [Stmt]
        switch module {
        case .Module(let b, _): body = b
        case .Interactive(let b): body = b
        default: return features
        }
        var i = 0
        if let first = body.first, case .Expr(let value) = first.kind,
           case .Constant(.str, _) = value.kind {
            i = 1  // the docstring
        }
        var done = false
        var previousLine: Int32 = 0
        while i < body.count {
            let s = body[i]
            i += 1
            // A statement on a later line than the end of the leading run: stop looking.
            if done && s.range.line > previousLine { break }
            previousLine = s.range.line
            guard case .ImportFrom(let module, let names, _) = s.kind, module == "__future__" else {
                done = true
                continue
            }
            if done {
                // `import x; from __future__ import y`: CPython points one column before
                // the statement (it passes the 0-based column as a 1-based offset).
                throw SyntaxError("from __future__ imports must occur at the beginning of the file",
                                  line: Int(s.range.line), column: Int(s.range.column) - 1)
            }
            for alias in names {
                switch alias.name {
                case "annotations": features.flags.insert(.annotations)
                case "barry_as_FLUFL": features.flags.insert(.barryAsBDFL)
                case let name where mandatory.contains(name): break
                case "braces":
                    throw SyntaxError("not a chance", line: Int(s.range.line), column: Int(s.range.column))
                default:
                    // CPython formats the name with %.100s: at most 100 bytes.
                    let shown = String(decoding: alias.name.utf8.prefix(100), as: UTF8.self)
                    throw SyntaxError("future feature \(shown) is not defined",
                                      line: Int(s.range.line), column: Int(s.range.column))
                }
            }
            features.lastLine = Int(s.range.line)
        }
        return features
    }
}
