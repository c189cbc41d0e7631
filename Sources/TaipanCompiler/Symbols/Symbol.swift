// What the symbol tables record about one name in one scope: the facts gathered from the
// tree (`SymbolFlags`, CPython's DEF_* bits, with CPython's values so that dumps compare
// bit for bit) and the scope that analysis resolves the name to (`NameScope`, CPython's
// LOCAL/GLOBAL_EXPLICIT/GLOBAL_IMPLICIT/FREE/CELL).
//
// Names are interned per table as `NameID`s (see `NameTable`), so that the analysis works
// on small integers rather than on strings.

/// An interned name: an index into the table's `NameTable`.
public typealias NameID = Int32

/// The facts CPython's symtable pass gathers about a name (Include/internal/pycore_symtable.h).
public struct SymbolFlags: OptionSet, Hashable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Declared `global` (or bound by a walrus in a module-level comprehension).
    public static let declaredGlobal = SymbolFlags(rawValue: 1 << 0)      // DEF_GLOBAL
    /// Assigned to in this scope.
    public static let assigned = SymbolFlags(rawValue: 1 << 1)            // DEF_LOCAL
    /// A parameter of this function.
    public static let parameter = SymbolFlags(rawValue: 1 << 2)           // DEF_PARAM
    /// Declared `nonlocal` (or bound by a walrus in a comprehension inside a function).
    public static let declaredNonlocal = SymbolFlags(rawValue: 1 << 3)    // DEF_NONLOCAL
    /// Read in this scope.
    public static let used = SymbolFlags(rawValue: 1 << 4)                // USE
    /// CPython defines DEF_FREE but 3.11 never sets it.
    public static let free = SymbolFlags(rawValue: 1 << 5)                // DEF_FREE
    /// A class-scope name that is also free in a method: the class passes the cell through.
    public static let freeClass = SymbolFlags(rawValue: 1 << 6)           // DEF_FREE_CLASS
    /// Bound by an import.
    public static let imported = SymbolFlags(rawValue: 1 << 7)            // DEF_IMPORT
    /// The target of a simple annotated assignment (`x: int`).
    public static let annotated = SymbolFlags(rawValue: 1 << 8)           // DEF_ANNOT
    /// A comprehension's iteration variable.
    public static let comprehensionIteration = SymbolFlags(rawValue: 1 << 9)  // DEF_COMP_ITER

    /// Any binding in this scope: CPython's DEF_BOUND.
    public static let bound: SymbolFlags = [.assigned, .parameter, .imported]
}

/// Where a name lives at run time, as the analysis pass decides it (CPython's scope values,
/// stored in a symbol's flags at bit `NameScope.cpythonShift`).
public enum NameScope: UInt8 {
    /// Not analysed yet (a table is always returned analysed).
    case unresolved = 0
    /// A local variable: a fast local in a function, a name in the namespace of a module or
    /// class body.
    case local = 1
    /// Declared `global`.
    case globalExplicit = 2
    /// Not bound in any enclosing function: a global or a builtin.
    case globalImplicit = 3
    /// Bound in an enclosing function: read through a cell passed in the closure.
    case free = 4
    /// A local of this function that a nested scope reads: it lives in a cell.
    case cell = 5

    /// CPython's SCOPE_OFFSET: where the scope sits in the integer `_symtable` reports.
    public static let cpythonShift: UInt32 = 11
}

/// One name in one scope.
public struct Symbol {
    /// The name as it is stored, that is after private-name mangling.
    public var name: NameID
    public var flags: SymbolFlags
    public var scope: NameScope

    /// The integer CPython's `_symtable` module reports for the symbol: flags | scope << 11.
    @inlinable public var cpythonValue: UInt32 {
        flags.rawValue | UInt32(scope.rawValue) << NameScope.cpythonShift
    }
}

/// The names of one symbol table, interned: the same string always gets the same `NameID`.
/// An open-addressing table hashed with FNV-1a over the UTF-8 bytes, which for identifiers
/// is several times cheaper than `String`'s own hashing.
public struct NameTable {
    public private(set) var strings: [String] = []
    private var hashes: [UInt32] = []
    /// Buckets: a name id, or -1 for empty.
    private var buckets: [NameID] = []

    public init() {}

    @inlinable public subscript(id: NameID) -> String { strings[Int(id)] }

    @inline(__always)
    private static func hash(_ name: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        if let done = name.utf8.withContiguousStorageIfAvailable({ bytes -> UInt32 in
            var h = h
            for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
            return h
        }) {
            return done
        }
        for b in name.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The bucket holding `name`, or the empty bucket where it would go.
    @inline(__always)
    private func find(_ name: String, _ h: UInt32) -> Int {
        let mask = buckets.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = buckets[i]
            if id < 0 || (hashes[Int(id)] == h && strings[Int(id)] == name) { return i }
            i = (i + 1) & mask
        }
    }

    /// The id of `name`, adding it if it is new.
    public mutating func intern(_ name: String) -> NameID {
        if (strings.count + 1) * 2 > buckets.count { grow() }
        let h = NameTable.hash(name)
        let i = find(name, h)
        if buckets[i] >= 0 { return buckets[i] }
        let id = NameID(strings.count)
        strings.append(name)
        hashes.append(h)
        buckets[i] = id
        return id
    }

    /// The id of `name` if it has one.
    public func lookup(_ name: String) -> NameID? {
        if buckets.isEmpty { return nil }
        let id = buckets[find(name, NameTable.hash(name))]
        return id < 0 ? nil : id
    }

    private mutating func grow() {
        let capacity = max(64, buckets.count * 2)
        buckets = [NameID](repeating: -1, count: capacity)
        let mask = capacity - 1
        for id in strings.indices {
            var i = Int(truncatingIfNeeded: hashes[id]) & mask
            while buckets[i] >= 0 { i = (i + 1) & mask }
            buckets[i] = NameID(id)
        }
    }

    /// Code point order (CPython's order of `str`, which sorts co_cellvars and co_freevars):
    /// byte order of the UTF-8 encodings.
    public func precedes(_ a: NameID, _ b: NameID) -> Bool {
        var x = strings[Int(a)], y = strings[Int(b)]
        return x.withUTF8 { xa in
            y.withUTF8 { ya in
                let n = min(xa.count, ya.count)
                var i = 0
                while i < n {
                    if xa[i] != ya[i] { return xa[i] < ya[i] }
                    i += 1
                }
                return xa.count < ya.count
            }
        }
    }
}
