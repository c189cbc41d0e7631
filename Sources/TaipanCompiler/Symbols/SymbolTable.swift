// The symbol tables of one module: a tree of scopes rooted at the module, with every name
// of every scope resolved, as CPython 3.11's Python/symtable.c computes them. See
// Symbols.md beside this file for the rules, and where they differ from what one expects.
//
// Building runs CPython's two passes: `SymbolTableBuilder` walks the tree and records what
// each scope does with each name; `SymbolTableAnalyzer` then decides, scope by scope from
// the module down, whether a name is local, global, free or a cell. Both passes raise the
// SyntaxErrors CPython raises at this stage, with its messages and positions.

import TaipanSyntax

public final class SymbolTable {
    /// The module's scope; every other scope is a descendant of it.
    public let top: Scope
    /// The names of all scopes.
    public internal(set) var names: NameTable
    /// The module's `from __future__` features.
    public let future: FutureFeatures
    /// The scope a definition creates, by the identity of its node: FunctionDef,
    /// AsyncFunctionDef and ClassDef statements; Lambda, ListComp, SetComp, DictComp and
    /// GeneratorExp expressions. Valid while the tree is alive.
    var scopesByNode: [ObjectIdentifier: Scope]

    init(top: Scope, names: NameTable, future: FutureFeatures, scopesByNode: [ObjectIdentifier: Scope]) {
        self.top = top
        self.names = names
        self.future = future
        self.scopesByNode = scopesByNode
    }

    /// Builds and analyses the symbol tables of `module`, reading its future features first
    /// (as CPython does before its symtable pass).
    public static func build(_ module: Mod) throws(CompileError) -> SymbolTable {
        let future: FutureFeatures
        do {
            future = try FutureFeatures.of(module)
        } catch {
            throw .syntax(error)
        }
        return try build(module, future: future)
    }

    /// Builds and analyses the symbol tables of `module` with the given future features.
    public static func build(_ module: Mod, future: FutureFeatures) throws(CompileError) -> SymbolTable {
        var builder = SymbolTableBuilder(futureAnnotations: future.flags.contains(.annotations))
        try builder.visitModule(module)
        var analyzer = SymbolTableAnalyzer(names: builder.names)
        try analyzer.analyze(builder.top)
        return SymbolTable(top: builder.top, names: analyzer.names, future: future,
                           scopesByNode: builder.scopesByNode)
    }

    /// The scope of a function or class definition.
    public func scope(for node: Stmt) -> Scope? { scopesByNode[ObjectIdentifier(node)] }

    /// The scope of a lambda or a comprehension.
    public func scope(for node: Expr) -> Scope? { scopesByNode[ObjectIdentifier(node)] }

    /// The text of an interned name.
    @inlinable public func name(_ id: NameID) -> String { names[id] }
}
