// Type objects. A type is a heap object whose raw words tell the collector and the
// interpreter how its instances are laid out, and whose Values hold what Python sees
// (name, bases, MRO, namespace). Its operations live in a TypeSlots table (native
// function references), reached through word `slots`.
//
//   word  0  metatype                       7  __name__ (str)
//         1  TraceLayout of instances       8  __qualname__ (str)
//         2  TypeFlags                      9  __module__ (str or null)
//         3  TypeSlots (unmanaged)         10  __bases__ (tuple)
//         4  instance size in words        11  __mro__ (tuple)
//         5  word of an instance's map     12  __dict__ (dict)
//            (0: no attributes)            13  solid base (the type whose layout
//         6  version tag (0: none;         instances extend)
//            MethodCache.swift)            14  the empty map of instances (maps)
//                                          15  subclasses made by class statements
//                                              (list, or null)

public struct TypeWords {
    public static let traceLayout = 1
    public static let flags = 2
    public static let slots = 3
    public static let instanceWords = 4
    public static let mapWord = 5
    public static let version = 6
    public static let name = 7
    public static let qualname = 8
    public static let module = 9
    public static let bases = 10
    public static let mro = 11
    public static let dict = 12
    public static let solidBase = 13
    public static let rootMap = 14
    public static let subclasses = 15
    public static let count = 16
    static let firstValue = 7
}

extension TypeFlags {
    /// Defined by a class statement (mutable, has a namespace of its own).
    public static let heapType = TypeFlags(rawValue: 1 << 1)
    /// May be subclassed.
    public static let baseType = TypeFlags(rawValue: 1 << 2)
    /// Instances are exceptions (BaseException or a subclass).
    public static let exception = TypeFlags(rawValue: 1 << 3)
    /// A sequence for match statements (CPython's Py_TPFLAGS_SEQUENCE, same bit, which
    /// collections.abc.Sequence sets through `__abc_tpflags__`).
    public static let sequence = TypeFlags(rawValue: 1 << 5)
    /// A mapping for match statements (Py_TPFLAGS_MAPPING, same bit).
    public static let mapping = TypeFlags(rawValue: 1 << 6)
    /// A class pattern with one positional sub-pattern matches the subject itself
    /// (`int(x)`): bool, bytearray, bytes, dict, float, frozenset, int, list, set, str,
    /// tuple and their subclasses (CPython's _Py_TPFLAGS_MATCH_SELF).
    public static let matchSelf = TypeFlags(rawValue: 1 << 7)
    /// Either collection flag; a class inherits them from the first base along its MRO
    /// that has one.
    public static let collection: TypeFlags = [.sequence, .mapping]
}

/// A Value known to be a type object.
public struct TypeRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    @inline(__always) public var slots: TypeSlots {
        Unmanaged<TypeSlots>.fromOpaque(UnsafeRawPointer(bitPattern: value.loadRaw(TypeWords.slots))!).takeUnretainedValue()
    }

    /// One slot read from the table without retaining and releasing the table around the
    /// call (a hot path's cost): the type outlives any call on its instances.
    @inline(__always) public func slot<T>(_ read: (TypeSlots) -> T) -> T {
        Unmanaged<TypeSlots>.fromOpaque(UnsafeRawPointer(bitPattern: value.loadRaw(TypeWords.slots))!)
            ._withUnsafeGuaranteedRef(read)
    }

    public var flags: TypeFlags {
        get { TypeFlags(rawValue: UInt64(bitPattern: Int64(value.loadRaw(TypeWords.flags)))) }
        nonmutating set { value.storeRaw(TypeWords.flags, Int(bitPattern: UInt(newValue.rawValue))) }
    }

    public var name: Value { value.loadValue(TypeWords.name) }
    /// The name in messages (CPython's tp_name): built-in types of native modules other than
    /// builtins are qualified by it ('itertools.count', 'collections.deque').
    public var nameString: String {
        let plain = StrRef(name).string
        if flags.contains(.heapType) { return plain }
        let module = value.loadValue(TypeWords.module)
        guard module.isPointer, module.type.isIdentical(BuiltinTypes.str) else { return plain }
        let moduleName = StrRef(module).string
        return moduleName == "builtins" ? plain : moduleName + "." + plain
    }
    public var mro: Value { value.loadValue(TypeWords.mro) }
    public var dict: Value { value.loadValue(TypeWords.dict) }
    public var instanceWords: Int { value.loadRaw(TypeWords.instanceWords) }
    public var mapWord: Int { value.loadRaw(TypeWords.mapWord) }

    /// Whether this type is `other` or a subclass of it (by MRO).
    public func isSubtype(of other: Value) -> Bool {
        if value.isIdentical(other) { return true }
        let mro = self.mro
        if mro.isNull { return false }
        let tuple = TupleRef(mro)
        for i in 0..<tuple.count where tuple[i].isIdentical(other) { return true }
        return false
    }

    /// Looks `name` (an interned str) up along the MRO, without descriptors: the raw class
    /// attribute. Answers come from the method cache while the type's version tag holds.
    @inline(__always)
    public func lookup(_ name: Value) -> Value? {
        let found = MethodCache.lookup(self, name)
        return found.isNull ? nil : found
    }

    /// The MRO walk behind `lookup`; null when no class in the MRO has `name`.
    func lookupUncached(_ name: Value) -> Value {
        let mro = TupleRef(self.mro)
        for i in 0..<mro.count {
            let dict = TypeRef(mro[i]).dict
            if !dict.isNull, let v = DictRef(dict).lookupStr(name) { return v }
        }
        return .null
    }
}

/// The trace layout of type objects themselves.
let typeObjectLayout = TraceLayout.fixed(first: TypeWords.firstValue, count: TypeWords.count - TypeWords.firstValue)
