// The one error the front end throws. Positions are kept as CPython keeps them before it
// builds the exception: 1-based lines, 0-based UTF-8 byte columns; the printer converts them
// to the character offsets Python shows.

public struct SyntaxError: Error, Equatable {
    /// The Python exception class: IndentationError and TabError are SyntaxError subclasses.
    public enum Kind: String {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
        /// CPython's parser stack overflowing on absurdly nested input: python3 prints a bare
        /// `MemoryError`.
        case parserStackOverflow = "MemoryError"
        /// The compiler's nesting limit: python3 prints `RecursionError: …` without a location.
        case recursion = "RecursionError"
    }

    public var kind: Kind
    public var message: String
    public var line: Int
    /// 0-based byte column of the first offending byte, or -1 when CPython shows no caret.
    public var column: Int
    public var endLine: Int
    /// 0-based byte column just past the offending text; equal to `column` for a single caret.
    public var endColumn: Int
    /// The text CPython shows instead of the source line, when it differs (a huge literal).
    public var text: String? = nil
    /// Which stage found the error: the exception's fields differ (see Programs.syntaxError).
    public var origin: Origin = .parser

    public enum Origin: Equatable {
        case parser, compiler, symbols
    }

    /// The same error: the stage that found it is not part of it.
    public static func == (a: SyntaxError, b: SyntaxError) -> Bool {
        a.kind == b.kind && a.message == b.message && a.line == b.line && a.column == b.column
            && a.endLine == b.endLine && a.endColumn == b.endColumn && a.text == b.text
    }

    public init(_ message: String, kind: Kind = .syntax, line: Int, column: Int,
                endLine: Int? = nil, endColumn: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }

    public init(_ message: String, kind: Kind = .syntax, at range: SourceRange) {
        self.init(message, kind: kind, line: Int(range.line), column: Int(range.column),
                  endLine: Int(range.endLine), endColumn: Int(range.endColumn))
    }
}
