// `taipan -X dump-symtable FILE`: a text dump of all the symbol tables, which
// tools/compare_symtable.py produces the same way from CPython's `symtable` module.
//
// One line per scope, children after their parent and indented by two spaces:
//     TYPE NAME line LINENO[ optimized][ nested]
// then, for a function, its parameters in order, and for a function or class the names
// its code object lists as co_cellvars and co_freevars:
//       params: NAME ...
//       cellvars: NAME ...
//       freevars: NAME ...
// then one line per symbol, sorted by name (code point order):
//       NAME VALUE: PREDICATE ...       (or `-` when no predicate holds)
// VALUE is the integer `_symtable` reports (flags | scope << 11), and the predicates are
// those of `symtable.Symbol` that hold, in this order: referenced imported parameter
// global nonlocal declared_global local annotated free assigned namespace.

extension SymbolTable {
    public func dump() -> String {
        var out = ""
        dump(top, indent: "", into: &out)
        return out
    }

    private func dump(_ scope: Scope, indent: String, into out: inout String) {
        let type: String
        switch scope.kind {
        case .module: type = "module"
        case .class: type = "class"
        case .function, .annotation: type = "function"
        }
        out += "\(indent)\(type) \(scope.name) line \(scope.line)"
        if scope.kind == .function { out += " optimized" }
        if scope.isNested { out += " nested" }
        out += "\n"
        if scope.kind == .function {
            out += "\(indent)  params:"
            for p in scope.parameters { out += " " + names[p] }
            out += "\n"
        }
        if scope.kind != .module {
            out += "\(indent)  cellvars:"
            for c in scope.cellvars { out += " " + names[c] }
            out += "\n\(indent)  freevars:"
            for f in scope.freevars { out += " " + names[f] }
            out += "\n"
        }
        // symtable.py treats any table named "top" as the module.
        let moduleScope = scope.name == "top"
        for symbol in scope.symbols.sorted(by: { names.precedes($0.name, $1.name) }) {
            let name = names[symbol.name]
            let flags = symbol.flags
            let bound = !flags.isDisjoint(with: .bound)
            var predicates: [String] = []
            if flags.contains(.used) { predicates.append("referenced") }
            if flags.contains(.imported) { predicates.append("imported") }
            if flags.contains(.parameter) { predicates.append("parameter") }
            if symbol.scope == .globalImplicit || symbol.scope == .globalExplicit || (moduleScope && bound) {
                predicates.append("global")
            }
            if flags.contains(.declaredNonlocal) { predicates.append("nonlocal") }
            if symbol.scope == .globalExplicit { predicates.append("declared_global") }
            if symbol.scope == .local || symbol.scope == .cell || (moduleScope && bound) {
                predicates.append("local")
            }
            if flags.contains(.annotated) { predicates.append("annotated") }
            if symbol.scope == .free { predicates.append("free") }
            if flags.contains(.assigned) { predicates.append("assigned") }
            if scope.children.contains(where: { $0.name == name }) { predicates.append("namespace") }
            out += "\(indent)  \(name) \(symbol.cpythonValue): "
            out += predicates.isEmpty ? "-" : predicates.joined(separator: " ")
            out += "\n"
        }
        let inner = indent + "  "
        for child in scope.children { dump(child, indent: inner, into: &out) }
    }
}
