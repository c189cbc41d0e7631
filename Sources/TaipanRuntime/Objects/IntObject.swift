// int: small ints live inline in the Value (61 bits, Value.swift); every other int is a
// heap big int of 64-bit limbs in sign-magnitude form:
//
//   word 0 type (int)   1 signed limb count ±n (the value's sign × n)
//        2 … 2+n-1      the magnitude, least significant limb first
//
// Invariants, relied on everywhere in IntOps:
// - A big int never holds a value that fits inline: every result goes through `finish`
//   (or `make`), so a big int's magnitude is at least 2^60 and its top limb is non-zero.
// - Big ints are immutable once returned; an object is written only between its
//   allocation and `finish`.
// - bool's singletons, and instances of int subclasses (Types/IntType.swift), are ints to
//   Python but not big ints: they hold their value as a raw word 1 (0 or 1 for bools). The
//   slow paths read them through `unbool` first; the inline fast paths never see them.
//
// Arithmetic on limbs is GMP's mpn layer working directly on heap words. GMP's own
// temporaries are malloc'd and hold no Values; our scratch buffers likewise. The collector
// never moves objects, so a limb pointer into an operand stays valid across the allocation
// of a result, and (being an interior pointer on the native stack) keeps the operand alive.

import CGMP

public enum IntWords {
    public static let size = 1
    public static let limbs = 2
}

/// GMP's mp_limb_t on 64-bit Linux.
typealias Limb = UInt

/// A Value known to be a heap big int.
struct BigIntRef {
    let value: Value

    @inline(__always) init(_ value: Value) { self.value = value }

    @inline(__always) var signedCount: Int { value.loadRaw(IntWords.size) }
    @inline(__always) var count: Int { let n = signedCount; return n < 0 ? -n : n }
    @inline(__always) var isNegative: Bool { signedCount < 0 }
    @inline(__always) var limbs: UnsafeMutablePointer<Limb> {
        (value.pointer + IntWords.limbs &* 8).assumingMemoryBound(to: Limb.self)
    }
}

/// An int's magnitude as a limb array, with its sign: what the mpn functions take.
/// `count` is 0 for zero. Valid only inside `IntOps.withMagnitude`.
struct Magnitude {
    var limbs: UnsafePointer<Limb>
    var count: Int
    var negative: Bool
}

public enum IntOps {
    /// The largest big int we build, in limbs (16 GiB): bigger results raise MemoryError
    /// before we try, where CPython would fail in malloc.
    static let maxLimbs = 1 << 31

    /// sys.get_int_max_str_digits(): the longest decimal string int↔str conversion
    /// accepts (0: no limit).
    public static var maxStrDigits = 4300

    // MARK: Making and recognising ints

    /// An int Value for `v`: inline when it fits, else a one-limb big int.
    @inline(__always) public static func make(_ v: Int64) -> Value {
        if let small = Value.smallInt(v) { return small }
        return makeBig(v)
    }

    @inline(never) static func makeBig(_ v: Int64) -> Value {
        let r = allocateBig(1)
        BigIntRef(r).limbs[0] = Limb(v.magnitude)
        r.storeRaw(IntWords.size, v < 0 ? -1 : 1)
        return r
    }

    /// An int Value for an unsigned word.
    public static func make(unsigned v: UInt64) -> Value {
        if v <= UInt64(Value.smallIntMax) { return Value(smallInt: Int64(v)) }
        let r = allocateBig(1)
        BigIntRef(r).limbs[0] = Limb(v)
        r.storeRaw(IntWords.size, 1)
        return r
    }

    /// Whether `v` is an int to Python: a small int, a big int, a bool, or an instance of
    /// another subclass of int.
    @inline(__always) public static func isInt(_ v: Value) -> Bool {
        if v.isSmallInt { return true }
        guard v.isPointer else { return false }
        let t = v.loadValue(0)
        return t.isIdentical(BuiltinTypes.int) || t.isIdentical(BuiltinTypes.bool) || isIntSubclass(t)
    }

    @inline(never) static func isIntSubclass(_ type: Value) -> Bool {
        TypeRef(type).isSubtype(of: BuiltinTypes.int)
    }

    /// Whether an int (the caller knows `v` is one) holds its value in word 1: a bool.
    @inline(__always) static func isBoxedInWord(_ v: Value) -> Bool {
        v.isPointer && v.loadValue(0).isIdentical(BuiltinTypes.bool)
    }

    @inline(__always) static func isBool(_ v: Value) -> Bool {
        v.isPointer && v.loadValue(0).isIdentical(BuiltinTypes.bool)
    }

    /// A bool or int subclass instance as the plain int it holds; any other int unchanged.
    @inline(__always) static func unbool(_ v: Value) -> Value {
        v.isPointer && !v.loadValue(0).isIdentical(BuiltinTypes.int) ? plainInt(v) : v
    }

    /// The exact int a bool or an int subclass instance (big-int layout, any magnitude,
    /// Objects/VariableSizeLayout.swift) stands for.
    @inline(never) static func plainInt(_ v: Value) -> Value {
        if isBoxedInWord(v) { return make(Int64(v.loadRaw(1))) }
        let b = BigIntRef(v)
        return fromLimbs(b.limbs, count: b.count, negative: b.isNegative)
    }

    /// The value as an Int64, or nil when `v` is not an int or does not fit.
    public static func asInt64(_ v: Value) -> Int64? {
        if v.isSmallInt { return v.smallIntValue }
        guard isInt(v) else { return nil }
        if isBoxedInWord(v) { return Int64(v.loadRaw(1)) }
        let b = BigIntRef(v)
        if b.count == 0 { return 0 }
        guard b.count == 1 else { return nil }
        let m = b.limbs[0]
        if b.isNegative { return m <= Limb(1) << 63 ? Int64(bitPattern: UInt64(0) &- UInt64(m)) : nil }
        return m <= Limb(Int64.max) ? Int64(m) : nil
    }

    /// Whether an int is below zero.
    @inline(__always) public static func isNegative(_ v: Value) -> Bool {
        if v.isSmallInt { return v.smallIntValue < 0 }
        if isBoxedInWord(v) { return v.loadRaw(1) < 0 }
        return BigIntRef(v).isNegative
    }

    /// An int as a sequence index or other machine-sized integer, or nil when `v` is not
    /// an int and has no `__index__`. Ints beyond Int's range raise IndexError ("cannot
    /// fit 'int' into an index-sized integer"), or with `clamp` (slice bounds) saturate.
    public static func index(_ v: Value, clamp: Bool = false) throws(PyException) -> Int? {
        if v.isSmallInt { return Int(v.smallIntValue) }
        var v = v
        if !isInt(v) {
            guard let r = try ClassSlots.callSpecial(v, "__index__") else { return nil }
            guard isInt(r) else {
                throw typeError("__index__ returned non-int (type \(TypeRef(r.type).nameString))")
            }
            v = r
        }
        if let i = asInt64(v) { return Int(i) }
        if clamp { return isNegative(v) ? Int.min : Int.max }
        throw pyError(ExceptionTypes.named("IndexError"), "cannot fit 'int' into an index-sized integer")
    }

    /// CPython's PyNumber_Index: an int (bools become plain ints) through `__index__`, or
    /// TypeError "'T' object cannot be interpreted as an integer".
    public static func numberIndex(_ v: Value) throws(PyException) -> Value {
        if v.isSmallInt { return v }
        if isInt(v) { return unbool(v) }
        guard let r = try ClassSlots.callSpecial(v, "__index__") else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        guard isInt(r) else { throw typeError("__index__ returned non-int (type \(TypeRef(r.type).nameString))") }
        return unbool(r)
    }

    /// -1, 0 or 1: the sign of an int.
    @inline(__always) static func sign(_ v: Value) -> Int {
        if v.isSmallInt { return Int(v.smallIntValue.signum()) }
        if isBoxedInWord(v) { return v.loadRaw(1).signum() }
        return BigIntRef(v).signedCount.signum()
    }

    /// Whether an int (small or big, not bool) is zero.
    @inline(__always) static func isZero(_ v: Value) -> Bool { v.bits == Value(smallInt: 0).bits }

    /// The number of limbs of an int's magnitude (0 for zero); `v` is not a bool.
    @inline(__always) static func limbCount(_ v: Value) -> Int {
        if v.isSmallInt { return v.smallIntValue == 0 ? 0 : 1 }
        return BigIntRef(v).count
    }

    /// int.bit_length(): the number of bits of the magnitude.
    public static func bitLength(_ v: Value) -> Int {
        let v = unbool(v)
        if v.isSmallInt { return 64 - v.smallIntValue.magnitude.leadingZeroBitCount }
        let b = BigIntRef(v)
        return b.count * 64 - b.limbs[b.count - 1].leadingZeroBitCount
    }

    // MARK: Building results

    /// A zeroed big int object with room for `count` limbs; its size word is set by `finish`.
    @inline(__always) static func allocateBig(_ count: Int) -> Value {
        allocateObject(words: VariableSizeLayout.intWords(limbs: count), type: BuiltinTypes.int)
    }

    /// MemoryError when a result would need more than `maxLimbs` limbs; callers check
    /// before allocating results whose size comes from the operands' values.
    @inline(__always) static func checkLimbs(_ count: Int) throws(PyException) {
        if count > maxLimbs { throw memoryError() }
    }

    @inline(never) static func memoryError() -> PyException {
        PyException(ExceptionObject.create(type: ExceptionTypes.named("MemoryError"), args: BuiltinTypes.emptyTuple))
    }

    /// Completes a result written into the first `count` limbs of `object`: drops high
    /// zero limbs, and returns an inline int when the value fits (the object is then garbage).
    static func finish(_ object: Value, count: Int, negative: Bool) -> Value {
        let limbs = BigIntRef(object).limbs
        var n = count
        while n > 0 && limbs[n &- 1] == 0 { n &-= 1 }
        if n == 0 { return Value(smallInt: 0) }
        if n == 1 {
            let m = limbs[0]
            if m <= Limb(Value.smallIntMax) { return Value(smallInt: negative ? -Int64(m) : Int64(m)) }
            if negative && m == Limb(1) << 60 { return Value(smallInt: Value.smallIntMin) }
        }
        object.storeRaw(IntWords.size, negative ? -n : n)
        return object
    }

    /// A new int from a limb array outside the heap (scratch memory).
    static func fromLimbs(_ limbs: UnsafePointer<Limb>, count: Int, negative: Bool) -> Value {
        var n = count
        while n > 0 && limbs[n &- 1] == 0 { n &-= 1 }
        if n <= 1 {
            let m = n == 0 ? 0 : limbs[0]
            if m <= Limb(Value.smallIntMax) { return Value(smallInt: negative ? -Int64(m) : Int64(m)) }
        }
        let r = allocateBig(n)
        BigIntRef(r).limbs.update(from: limbs, count: n)
        return finish(r, count: n, negative: negative)
    }

    /// Calls `body` with the magnitude of `v` (a small or big int, not a bool). A small
    /// int's limb lives on the native stack for the duration of the call.
    @inline(__always)
    static func withMagnitude<R>(_ v: Value, _ body: (Magnitude) -> R) -> R {
        if v.isSmallInt {
            let x = v.smallIntValue
            var limb = Limb(x.magnitude)
            return withUnsafePointer(to: &limb) {
                body(Magnitude(limbs: $0, count: x == 0 ? 0 : 1, negative: x < 0))
            }
        }
        let b = BigIntRef(v)
        return body(Magnitude(limbs: UnsafePointer(b.limbs), count: b.count, negative: b.isNegative))
    }

    // MARK: Errors (cold)

    @inline(never) static func zeroDivision(_ message: String) -> PyException {
        pyError(ExceptionTypes.named("ZeroDivisionError"), message)
    }

    @inline(never) static func overflowError(_ message: String) -> PyException {
        pyError(ExceptionTypes.named("OverflowError"), message)
    }

    @inline(never) static func valueError(_ message: String) -> PyException {
        pyError(ExceptionTypes.named("ValueError"), message)
    }

    /// Compares magnitudes: -1, 0 or 1.
    static func compareMagnitudes(_ x: Magnitude, _ y: Magnitude) -> Int {
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        if x.count == 0 { return 0 }
        let c = __gmpn_cmp(x.limbs, y.limbs, x.count)
        return c < 0 ? -1 : (c > 0 ? 1 : 0)
    }
}
