// Where a node sits in the source: lines from 1, columns as UTF-8 byte offsets from the start
// of the line (CPython's `col_offset` and `end_col_offset`).

public struct SourceRange: Equatable {
    public var line: Int32
    public var column: Int32
    public var endLine: Int32
    public var endColumn: Int32

    @inlinable
    public init(line: Int32, column: Int32, endLine: Int32, endColumn: Int32) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// From the start of `start` to the end of `end`.
    @inlinable
    public init(from start: SourceRange, to end: SourceRange) {
        self.init(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }
}
