// range and its iterators. The bounds are int Values of any size, as in CPython; ranges
// whose start, step and length are small ints iterate over raw Ints (the common case),
// others through int arithmetic (CPython's longrange_iterator).
//
//   range               word 0 type   1 start   2 stop   3 step   4 length (int Values)
//   range_iterator      word 0 type   1 next value   2 step   3 remaining (raw Ints)
//   longrange_iterator  word 0 type   1 next value   2 step   3 remaining (int Values)

public enum RangeOps {
    public static var type = Value(bits: 0)
    public static var iteratorType = Value(bits: 0)
    public static var longIteratorType = Value(bits: 0)

    static func start(_ r: Value) -> Value { r.loadValue(1) }
    static func stop(_ r: Value) -> Value { r.loadValue(2) }
    static func step(_ r: Value) -> Value { r.loadValue(3) }
    static func length(_ r: Value) -> Value { r.loadValue(4) }

    static let zero = Value(smallInt: 0)
    static let one = Value(smallInt: 1)

    /// The number of items of range(start, stop, step), as an int.
    static func length(_ start: Value, _ stop: Value, _ step: Value) throws(PyException) -> Value {
        let (lo, hi, magnitude) = IntOps.sign(step) > 0 ? (start, stop, step) : (stop, start, IntOps.negate(step))
        if IntOps.compare(lo, hi) >= 0 { return zero }
        let span = try IntOps.subtract(try IntOps.subtract(hi, lo), one)
        return try IntOps.add(try IntOps.floorDivide(span, magnitude), one)
    }

    static func create(_ start: Value, _ stop: Value, _ step: Value) throws(PyException) -> Value {
        let n = try length(start, stop, step)
        let r = allocateObject(words: 5, type: type)
        r.storeValue(1, start)
        r.storeValue(2, stop)
        r.storeValue(3, step)
        r.storeValue(4, n)
        return r
    }

    /// A range argument through __index__, as an int (bools become ints).
    static func bound(_ v: Value) throws(PyException) -> Value { try IntOps.numberIndex(v) }

    /// The item at `i` (0 <= i < length).
    static func item(_ r: Value, _ i: Value) throws(PyException) -> Value {
        try IntOps.add(start(r), try IntOps.multiply(i, step(r)))
    }

    /// The position of int `v` in the range, or nil.
    static func position(_ r: Value, _ v: Value) throws(PyException) -> Value? {
        let (q, m) = try IntOps.divmod(try IntOps.subtract(v, start(r)), step(r))
        if !IntOps.isZero(m) { return nil }
        return IntOps.sign(q) >= 0 && IntOps.compare(q, length(r)) < 0 ? q : nil
    }

    /// An exact int or bool: compared arithmetically; anything else by iterating.
    static func isExactInt(_ v: Value) -> Bool {
        v.isSmallInt || v.type.isIdentical(BuiltinTypes.int) || v.type.isIdentical(BuiltinTypes.bool)
    }

    static func contains(_ r: Value, _ item: Value) throws(PyException) -> Bool {
        if isExactInt(item) { return try position(r, IntOps.unbool(item)) != nil }
        let it = try Runtime.iterate(r)
        while let v = try Runtime.next(it) { if try Runtime.equals(v, item) { return true } }
        return false
    }

    static func iterator(_ first: Value, _ step: Value, _ count: Value) -> Value {
        if first.isSmallInt && step.isSmallInt && count.isSmallInt {
            let it = allocateObject(words: 4, type: iteratorType)
            it.storeRaw(1, Int(first.smallIntValue))
            it.storeRaw(2, Int(step.smallIntValue))
            it.storeRaw(3, Int(count.smallIntValue))
            return it
        }
        let it = allocateObject(words: 4, type: longIteratorType)
        it.storeValue(1, first)
        it.storeValue(2, step)
        it.storeValue(3, count)
        return it
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.new = { _, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("range() takes no keyword arguments") }
            switch args.positionalCount {
            case 1: return try create(zero, try bound(args[0]), one)
            case 2, 3:
                let step = args.positionalCount == 3 ? try bound(args[2]) : one
                if IntOps.isZero(step) { throw pyError(ExceptionTypes.named("ValueError"), "range() arg 3 must not be zero") }
                return try create(try bound(args[0]), try bound(args[1]), step)
            case 0: throw typeError("range expected at least 1 argument, got 0")
            default: throw typeError("range expected at most 3 arguments, got \(args.positionalCount)")
            }
        }
        slots.len = { r throws(PyException) in
            let n = length(r)
            if n.isSmallInt { return Int(n.smallIntValue) }
            guard let i = IntOps.asInt64(n) else {
                throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C ssize_t")
            }
            return Int(i)
        }
        slots.bool = { r in !IntOps.isZero(length(r)) }
        slots.iter = { r in iterator(start(r), step(r), length(r)) }
        slots.getitem = { r, key throws(PyException) in
            if key.type.isIdentical(SliceObject.type) {
                let (first, last, by) = try SliceObject.longIndices(key, length: length(r))
                return try create(try item(r, first), try item(r, last), try IntOps.multiply(step(r), by))
            }
            guard !key.isPointer || IntOps.isInt(key) || ClassSlots.special(key, "__index__") != nil else {
                throw typeError("range indices must be integers or slices, not \(TypeRef(key.type).nameString)")
            }
            var i = try bound(key)
            if IntOps.sign(i) < 0 { i = try IntOps.add(i, length(r)) }
            if IntOps.sign(i) < 0 || IntOps.compare(i, length(r)) >= 0 {
                throw pyError(ExceptionTypes.named("IndexError"), "range object index out of range")
            }
            return try item(r, i)
        }
        slots.contains = contains
        slots.repr = { r throws(PyException) in
            let tail = IntOps.compare(step(r), one) == 0 ? "" : ", \(try Runtime.reprString(step(r)))"
            return StrRef.create("range(\(try Runtime.reprString(start(r))), \(try Runtime.reprString(stop(r)))\(tail))").value
        }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, b.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            var equal = IntOps.compare(length(a), length(b)) == 0
            if equal && !IntOps.isZero(length(a)) {
                equal = IntOps.compare(start(a), start(b)) == 0
                    && (IntOps.compare(length(a), one) == 0 || IntOps.compare(step(a), step(b)) == 0)
            }
            return .bool(op == .eq ? equal : !equal)
        }
        slots.hash = { r throws(PyException) in
            // hash((len, start, step)), with None for the parts that do not matter.
            let n = length(r)
            let t = TupleRef.allocate(3)
            t[0] = n
            t[1] = IntOps.isZero(n) ? .none : start(r)
            t[2] = IntOps.compare(n, one) <= 0 ? .none : step(r)
            return try Runtime.hash(t.value)
        }
        type = BuiltinTypes.makeType("range", base: BuiltinTypes.object, instanceWords: 5,
                                     layout: .fixed(first: 1, count: 4), flags: [], slots: slots)
        NativeFunctions.addMethod(type, "index") { r, args throws(PyException) in
            try args.expect("index", count: 1)
            let v = args[0]
            if isExactInt(v) {
                if let p = try position(r, IntOps.unbool(v)) { return p }
            } else {
                var i: Int64 = 0
                let it = try Runtime.iterate(r)
                while let item = try Runtime.next(it) {
                    if try Runtime.equals(item, v) { return IntOps.make(i) }
                    i += 1
                }
            }
            throw pyError(ExceptionTypes.named("ValueError"), "\(try Runtime.reprString(v)) is not in range")
        }
        NativeFunctions.addMethod(type, "count") { r, args throws(PyException) in
            try args.expect("count", count: 1)
            let v = args[0]
            if isExactInt(v) { return IntOps.make(try position(r, IntOps.unbool(v)) == nil ? 0 : 1) }
            var n: Int64 = 0
            let it = try Runtime.iterate(r)
            while let item = try Runtime.next(it) { if try Runtime.equals(item, v) { n += 1 } }
            return IntOps.make(n)
        }
        NativeFunctions.addMethod(type, "__reversed__") { r, args throws(PyException) in
            try args.expect("__reversed__", count: 0)
            let n = length(r)
            let last = IntOps.isZero(n) ? start(r) : try item(r, try IntOps.subtract(n, one))
            return iterator(last, IntOps.negate(step(r)), n)
        }
        GetSet.addReadOnlyMember(type, "start", get: { r in start(r) })
        GetSet.addReadOnlyMember(type, "stop", get: { r in stop(r) })
        GetSet.addReadOnlyMember(type, "step", get: { r in step(r) })

        let iteratorSlots = TypeSlots()
        iteratorSlots.iter = { it in it }
        iteratorSlots.next = { it in
            let remaining = it.loadRaw(3)
            if remaining <= 0 { return nil }
            let v = it.loadRaw(1)
            it.storeRaw(1, v &+ it.loadRaw(2))
            it.storeRaw(3, remaining - 1)
            return IntOps.make(Int64(v))
        }
        iteratorType = BuiltinTypes.makeType("range_iterator", base: BuiltinTypes.object, instanceWords: 4,
                                             layout: .none, flags: [], slots: iteratorSlots)
        let longSlots = TypeSlots()
        longSlots.iter = { it in it }
        longSlots.next = { it throws(PyException) in
            let remaining = it.loadValue(3)
            if IntOps.sign(remaining) <= 0 { return nil }
            let v = it.loadValue(1)
            it.storeValue(1, try IntOps.add(v, it.loadValue(2)))
            it.storeValue(3, try IntOps.subtract(remaining, one))
            return v
        }
        longIteratorType = BuiltinTypes.makeType("longrange_iterator", base: BuiltinTypes.object, instanceWords: 4,
                                                 layout: .fixed(first: 1, count: 3), flags: [], slots: longSlots)
    }
}
