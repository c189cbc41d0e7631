// The formatting shared by the generated `dump` methods (ASTDump.swift): CPython's
// `ast.dump` without indentation, i.e. `Name(field=value, ...)`, optional fields left out
// when absent, and the four position attributes appended when asked for.

protocol ASTDumpable {
    func dump(_ d: inout ASTDumper)
}

public struct ASTDumper {
    public private(set) var output: String = ""
    let includeAttributes: Bool
    /// True right after an opening parenthesis or bracket: the next item needs no comma.
    private var atStart = true

    public init(includeAttributes: Bool) {
        self.includeAttributes = includeAttributes
    }

    mutating func open(_ name: String) {
        output += name
        output += "("
        atStart = true
    }

    mutating func close(_ range: SourceRange?) {
        if includeAttributes, let r = range {
            attribute("lineno", r.line)
            attribute("col_offset", r.column)
            attribute("end_lineno", r.endLine)
            attribute("end_col_offset", r.endColumn)
        }
        output += ")"
        atStart = false
    }

    private mutating func attribute(_ name: String, _ value: Int32) {
        if !atStart { output += ", " }
        output += name
        output += "="
        output += String(value)
        atStart = false
    }

    mutating func field<T: ASTDumpable>(_ name: String, _ value: T) {
        if !atStart { output += ", " }
        output += name
        output += "="
        value.dump(&self)
        atStart = false
    }

    mutating func optionalField<T: ASTDumpable>(_ name: String, _ value: T?) {
        if let value { field(name, value) }
    }

    /// A node without fields (`Load()`, `Add()`).
    mutating func leaf(_ name: String) {
        output += name
        output += "()"
    }

    mutating func text(_ s: String) {
        output += s
    }
}

/// An identifier or string field, which `ast.dump` prints as a Python str repr.
struct PyIdentifier: ASTDumpable {
    let name: String
    init(_ name: String) { self.name = name }
    func dump(_ d: inout ASTDumper) { d.text(pythonStrRepr(name)) }
}

extension Int: ASTDumpable {
    func dump(_ d: inout ASTDumper) { d.text(String(self)) }
}

extension ConstantValue: ASTDumpable {
    func dump(_ d: inout ASTDumper) { d.text(pythonRepr(self)) }
}

extension Array: ASTDumpable where Element: ASTDumpable {
    func dump(_ d: inout ASTDumper) {
        d.text("[")
        for (i, element) in enumerated() {
            if i > 0 { d.text(", ") }
            element.dump(&d)
        }
        d.text("]")
    }
}

extension Optional: ASTDumpable where Wrapped: ASTDumpable {
    /// Only reached for list items (`Dict.keys`, `arguments.kw_defaults`), where a missing
    /// element prints as `None`.
    func dump(_ d: inout ASTDumper) {
        if let value = self { value.dump(&d) } else { d.text("None") }
    }
}

extension Mod {
    public func dump(includeAttributes: Bool) -> String {
        var d = ASTDumper(includeAttributes: includeAttributes)
        dump(&d)
        return d.output
    }
}
