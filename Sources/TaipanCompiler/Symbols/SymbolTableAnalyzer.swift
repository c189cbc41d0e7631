// The second pass (CPython's analyze_block and friends): from the module down, decide where
// every name of every scope lives, then which locals must be cells because a nested scope
// reads them, and sort the cell and free variables as the code objects list them.
//
// Each scope is analysed with three sets from its ancestors:
//   bound  — names bound in enclosing *function* scopes (nil for the module): a name used
//            but not bound here is FREE if it is in there, else GLOBAL_IMPLICIT;
//   global — names declared global in enclosing scopes (only decides `hasFree`);
//   free   — (out) the names free in this scope or its descendants and not yet provided
//            by a cell: the parent turns those it binds into cells.
// Class scopes are transparent: names bound in a class body are not visible to the
// functions inside it, which see the class's own `bound` plus the implicit `__class__`.

import TaipanSyntax

struct SymbolTableAnalyzer {
    var names: NameTable
    let classCell: NameID

    init(names: NameTable) {
        self.names = names
        classCell = self.names.intern("__class__")
    }

    mutating func analyze(_ top: Scope) throws(CompileError) {
        var free = NameSet()
        try analyze(top, bound: nil, free: &free, global: NameSet())
    }

    /// Analyses `scope` and, recursively, its children. `bound` and `global` are this
    /// scope's own copies (CPython copies them for each child block). The sets handed to
    /// children are only built when there are children.
    mutating func analyze(_ scope: Scope, bound: NameSet?, free: inout NameSet,
                          global: NameSet) throws(CompileError) {
        var bound = bound
        var global = global
        let hasChildren = !scope.children.isEmpty
        var local = NameSet()
        var scopes = [NameScope](repeating: .unresolved, count: scope.symbols.count)
        var newBound = NameSet()
        var newGlobal = NameSet()
        var newFree = NameSet()

        // A class's bindings are invisible to nested scopes: they get what the class got.
        if scope.kind == .class && hasChildren {
            newGlobal = global
            if let bound { newBound = bound }
        }
        let collectLocals = hasChildren && scope.kind == .function
        for i in scope.symbols.indices {
            let symbol = scope.symbols[i]
            let resolved = try resolve(symbol.name, symbol.flags, in: scope, bound: &bound,
                                       free: &free, global: &global)
            scopes[i] = resolved
            if collectLocals && resolved == .local { local.insert(symbol.name) }
        }

        if hasChildren {
            if scope.kind != .class {
                if scope.kind == .function { newBound = local }
                if let bound { newBound.formUnion(bound) }
                newGlobal.formUnion(global)
            } else {
                newBound.insert(classCell)
            }
            for child in scope.children {
                var childFree = NameSet()
                try analyze(child, bound: newBound, free: &childFree, global: newGlobal)
                newFree.formUnion(childFree)
                if child.hasFree || child.childHasFree { scope.childHasFree = true }
            }
            if scope.kind == .function {
                // Locals that a nested scope reads become cells, and are provided here.
                for i in scopes.indices where scopes[i] == .local {
                    if newFree.remove(scope.symbols[i].name) { scopes[i] = .cell }
                }
            } else if scope.kind == .class {
                if newFree.remove(classCell) { scope.needsClassClosure = true }
            }
        }
        record(scopes, in: scope, bound: bound, free: newFree)
        free.formUnion(newFree)
        finish(scope)
    }

    /// The scope of one name (CPython's analyze_name), updating the sets as it goes.
    func resolve(_ name: NameID, _ flags: SymbolFlags, in scope: Scope, bound: inout NameSet?,
                 free: inout NameSet, global: inout NameSet) throws(CompileError) -> NameScope {
        if flags.contains(.declaredGlobal) {
            if flags.contains(.declaredNonlocal) {
                throw errorAtDirective("name '\(names[name])' is nonlocal and global", name, in: scope)
            }
            global.insert(name)
            bound?.remove(name)
            return .globalExplicit
        }
        if flags.contains(.declaredNonlocal) {
            guard let enclosing = bound else {
                throw errorAtDirective("nonlocal declaration not allowed at module level", name, in: scope)
            }
            guard enclosing.contains(name) else {
                throw errorAtDirective("no binding for nonlocal '\(names[name])' found", name, in: scope)
            }
            scope.hasFree = true
            free.insert(name)
            return .free
        }
        if !flags.isDisjoint(with: .bound) {
            global.remove(name)
            return .local
        }
        if let bound, bound.contains(name) {
            scope.hasFree = true
            free.insert(name)
            return .free
        }
        if global.contains(name) { return .globalImplicit }
        if scope.isNested { scope.hasFree = true }
        return .globalImplicit
    }

    /// Stores the resolved scopes, and adds the names free in children that this scope
    /// only passes through (CPython's update_symbols). In a class, a name that the class body
    /// binds (or declares global) and that is free in a method is marked `freeClass`.
    func record(_ scopes: [NameScope], in scope: Scope, bound: NameSet?, free: NameSet) {
        for i in scopes.indices { scope.symbols[i].scope = scopes[i] }
        if free.isEmpty { return }
        var passed: [NameID] = []
        free.forEach { name in
            if let i = scope.slot(name) {
                // 3.11 marks only names the class binds or declares global.
                if scope.kind == .class
                    && !scope.symbols[i].flags.isDisjoint(with: SymbolFlags.bound.union(.declaredGlobal)) {
                    scope.symbols[i].flags.insert(.freeClass)
                }
                return
            }
            if let bound, !bound.contains(name) { return }  // a global
            passed.append(name)
        }
        // CPython adds these in set order; sorting keeps our tables deterministic.
        passed.sort(by: names.precedes)
        for name in passed { scope.append(name, [], scope: .free) }
    }

    /// co_cellvars and co_freevars, in CPython 3.11's order. A cell that is also a
    /// parameter shares the parameter's slot, so co_cellvars lists those first, in
    /// parameter order, then the other cells sorted; co_freevars is sorted.
    func finish(_ scope: Scope) {
        var cells: [NameID] = []
        var frees: [NameID] = []
        var parameterCells = 0
        for s in scope.symbols {
            if s.scope == .cell {
                if s.flags.contains(.parameter) { parameterCells += 1 } else { cells.append(s.name) }
            }
            if s.scope == .free || s.flags.contains(.freeClass) { frees.append(s.name) }
        }
        if scope.needsClassClosure { cells = [classCell] }
        if cells.count > 1 { cells.sort(by: names.precedes) }
        if parameterCells > 0 {
            cells = scope.parameters.filter { scope.scope(of: $0) == .cell } + cells
        }
        if frees.count > 1 { frees.sort(by: names.precedes) }
        scope.cellvars = cells
        scope.freevars = frees
    }

    /// The error for a declared name, placed at the scope's first declaration of it.
    @inline(never)
    func errorAtDirective(_ message: String, _ name: NameID, in scope: Scope) -> CompileError {
        let range = scope.directives.first(where: { $0.name == name })?.range
            ?? SourceRange(line: 0, column: -1, endLine: 0, endColumn: -1)
        var e = SyntaxError(message, at: range)
        e.origin = .symbols
        return .syntax(e)
    }
}
