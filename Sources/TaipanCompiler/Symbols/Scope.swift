// One block of the program that has its own names: the module, a class body, a function,
// a lambda or a comprehension (CPython's PySTEntryObject). The builder fills it in a first
// pass over the tree; the analysis pass then resolves every name's `NameScope` and fills
// `cellvars` and `freevars`.
//
// Symbols are kept in first-seen order, as CPython's dict keeps them: errors found while
// analysing a block are reported for the first offending name in that order.

import TaipanSyntax

public final class Scope {
    /// CPython's block types. An annotation block exists only under
    /// `from __future__ import annotations`; it is never anyone's child and never analysed.
    public enum Kind: UInt8 {
        case function, `class`, module, annotation
    }

    /// Which comprehension a function scope implements, if any.
    public enum Comprehension: UInt8 {
        case none, list, set, dict, generator
    }

    public let kind: Kind
    /// `top`, the class or function name as written (unmangled), `lambda`, `listcomp`,
    /// `setcomp`, `dictcomp` or `genexpr`.
    public let name: String
    /// The node's position; the module's is all zeros.
    public let range: SourceRange
    /// The line CPython reports for the block (0 for the module).
    @inlinable public var line: Int { Int(range.line) }

    /// Nested scopes in the order their definitions appear.
    public internal(set) var children: [Scope] = []
    /// Every name of the scope, in first-seen order.
    public internal(set) var symbols: [Symbol] = []
    /// Index into `symbols` by name.
    var slots = NameSlots()
    /// The parameters, in signature order: positional-only, positional, keyword-only, then
    /// `*args`, then `**kwargs` (CPython's ste_varnames; co_varnames starts with these).
    /// A comprehension's one parameter is `.0`, its outermost iterable.
    public internal(set) var parameters: [NameID] = []
    /// Cell variables in co_cellvars order: the parameters that are cells, in parameter
    /// order, then the other cells sorted (a class that needs `__class__` has just that).
    public internal(set) var cellvars: [NameID] = []
    /// Free variables, sorted as co_freevars: FREE names, and in a class the names that are
    /// also free in a method (`SymbolFlags.freeClass`).
    public internal(set) var freevars: [NameID] = []

    public internal(set) var comprehension: Comprehension = .none
    /// Inside a function (directly or not): CPython's ste_nested, CO_NESTED.
    public internal(set) var isNested = false
    /// Contains `yield` or `yield from`, or is a generator expression.
    public internal(set) var isGenerator = false
    /// `async def`, or contains `await` or an `async for` comprehension clause.
    public internal(set) var isCoroutine = false
    /// Has a `return` with a value.
    public internal(set) var returnsValue = false
    public internal(set) var hasVarargs = false
    public internal(set) var hasVarkeywords = false
    /// A class whose methods use `__class__` or `super`: it creates the `__class__` cell.
    public internal(set) var needsClassClosure = false
    /// Has free variables, or (nested) reads a global: CPython's ste_free.
    public internal(set) var hasFree = false
    /// Some nested scope has free variables: CPython's ste_child_free.
    public internal(set) var childHasFree = false

    // Builder state.
    /// Visiting a comprehension's iteration target.
    var inComprehensionTarget = false
    /// Depth of comprehension iterables being visited, inherited by nested scopes.
    var inComprehensionIterable = 0
    /// `global` and `nonlocal` declarations (and walrus targets treated as such), for the
    /// position of errors found in analysis.
    var directives: [(name: NameID, range: SourceRange)] = []

    init(kind: Kind, name: String, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.range = range
    }

    @inlinable public var isFunction: Bool { kind == .function }

    /// The symbol index of `name`, if the scope has it.
    @inline(__always) func slot(_ name: NameID) -> Int? {
        slots[name].map { Int($0) }
    }

    /// The symbol for `name`, if the scope has it.
    public func symbol(_ name: NameID) -> Symbol? {
        slots[name].map { symbols[Int($0)] }
    }

    /// The flags recorded for `name` (empty if the scope does not have it).
    @inline(__always) func flags(_ name: NameID) -> SymbolFlags {
        if let i = slots[name] { return symbols[Int(i)].flags }
        return []
    }

    /// Sets the flags of `name`, adding it at the end if it is new.
    @inline(__always) func setFlags(_ name: NameID, _ flags: SymbolFlags) {
        if let i = slots[name] {
            symbols[Int(i)].flags = flags
        } else {
            append(name, flags)
        }
    }

    /// Adds `name`, which the scope must not have yet.
    @inline(__always) func append(_ name: NameID, _ flags: SymbolFlags, scope: NameScope = .unresolved) {
        slots.insertNew(name, Int32(symbols.count))
        symbols.append(Symbol(name: name, flags: flags, scope: scope))
    }

    /// Where `name` lives at run time (`.unresolved` if the scope does not have it).
    public func scope(of name: NameID) -> NameScope {
        if let i = slots[name] { return symbols[Int(i)].scope }
        return .unresolved
    }
}
