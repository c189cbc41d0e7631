// range and its iterator. Ranges within 64 bits keep raw Ints (the common case); bounds
// beyond that are not supported yet (OverflowError).
//
//   range           word 0 type   1 start   2 stop   3 step   4 length (raw Ints)
//   range_iterator  word 0 type   1 next value   2 step   3 remaining (raw Ints)

public enum RangeOps {
    public static var type = Value(bits: 0)
    public static var iteratorType = Value(bits: 0)

    static func length(_ start: Int, _ stop: Int, _ step: Int) -> Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    static func create(_ start: Int, _ stop: Int, _ step: Int) -> Value {
        let r = allocateObject(words: 5, type: type)
        r.storeRaw(1, start)
        r.storeRaw(2, stop)
        r.storeRaw(3, step)
        r.storeRaw(4, length(start, stop, step))
        return r
    }

    static func bound(_ v: Value) throws(PyException) -> Int {
        guard let i = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        return i
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.new = { _, args throws(PyException) in
            try args.expect("range", min: 1, max: 3)
            if args.positionalCount == 1 { return create(0, try bound(args[0]), 1) }
            let step = args.positionalCount == 3 ? try bound(args[2]) : 1
            if step == 0 { throw pyError(ExceptionTypes.named("ValueError"), "range() arg 3 must not be zero") }
            return create(try bound(args[0]), try bound(args[1]), step)
        }
        slots.len = { r in r.loadRaw(4) }
        slots.bool = { r in r.loadRaw(4) > 0 }
        slots.iter = { r in
            let it = allocateObject(words: 4, type: iteratorType)
            it.storeRaw(1, r.loadRaw(1))
            it.storeRaw(2, r.loadRaw(3))
            it.storeRaw(3, r.loadRaw(4))
            return it
        }
        slots.getitem = { r, key throws(PyException) in
            let n = r.loadRaw(4)
            if let i = try SequenceTypes.itemIndex(key, count: n, what: "range object") {
                return IntOps.make(Int64(r.loadRaw(1) + i * r.loadRaw(3)))
            }
            if key.type.isIdentical(SliceObject.type) {
                // CPython's stop is the item at the slice's stop index, not first + count * step.
                let (start, stop, step, _) = try SliceObject.indices(key, length: n)
                let first = r.loadRaw(1) + start * r.loadRaw(3)
                let newStep = step * r.loadRaw(3)
                return create(first, r.loadRaw(1) + stop * r.loadRaw(3), newStep)
            }
            throw typeError("range indices must be integers or slices, not \(TypeRef(key.type).nameString)")
        }
        slots.contains = { r, item throws(PyException) in
            guard let i = IntOps.asInt64(item), item.isSmallInt || IntOps.isInt(item) else {
                let it = try Runtime.iterate(r)
                while let v = try Runtime.next(it) { if try Runtime.equals(v, item) { return true } }
                return false
            }
            let start = r.loadRaw(1), step = r.loadRaw(3), n = r.loadRaw(4)
            let offset = Int(i) - start
            if offset % step != 0 { return false }
            let k = offset / step
            return k >= 0 && k < n
        }
        slots.repr = { r in
            let step = r.loadRaw(3)
            let tail = step == 1 ? "" : ", \(step)"
            return StrRef.create("range(\(r.loadRaw(1)), \(r.loadRaw(2))\(tail))").value
        }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, b.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            let n = a.loadRaw(4)
            var equal = n == b.loadRaw(4)
            if equal && n > 0 { equal = a.loadRaw(1) == b.loadRaw(1) && (n == 1 || a.loadRaw(3) == b.loadRaw(3)) }
            return .bool(op == .eq ? equal : !equal)
        }
        slots.hash = { r throws(PyException) in
            let n = r.loadRaw(4)
            let t = TupleRef.allocate(3)
            t[0] = IntOps.make(Int64(n))
            t[1] = n == 0 ? .none : IntOps.make(Int64(r.loadRaw(1)))
            t[2] = n < 2 ? .none : IntOps.make(Int64(r.loadRaw(3)))
            return try Runtime.hash(t.value)
        }
        type = BuiltinTypes.makeType("range", base: BuiltinTypes.object, instanceWords: 5, layout: .none,
                                     flags: [], slots: slots)
        NativeFunctions.addMethod(type, "index") { r, args throws(PyException) in
            try args.expect("index", count: 1)
            if let i = IntOps.asInt64(args[0]) {
                let start = r.loadRaw(1), step = r.loadRaw(3), n = r.loadRaw(4)
                let offset = Int(i) - start
                if offset % step == 0, offset / step >= 0, offset / step < n { return IntOps.make(Int64(offset / step)) }
            }
            throw pyError(ExceptionTypes.named("ValueError"), "\(try Runtime.reprString(args[0])) is not in range")
        }
        NativeFunctions.addMethod(type, "count") { r, args throws(PyException) in
            try args.expect("count", count: 1)
            return IntOps.make(Int64(try TypeRef(type).slots.contains!(r, args[0]) ? 1 : 0))
        }
        GetSet.add(type, "start", get: { r in IntOps.make(Int64(r.loadRaw(1))) })
        GetSet.add(type, "stop", get: { r in IntOps.make(Int64(r.loadRaw(2))) })
        GetSet.add(type, "step", get: { r in IntOps.make(Int64(r.loadRaw(3))) })

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
    }
}

/// list.sort and sorted(): a stable merge sort on keys, comparing with `<` only, that
/// leaves the list unchanged if a comparison raises and detects mutation during the sort.
enum Sorting {
    static func sort(_ list: ListRef, key: Value, reverse: Bool) throws(PyException) {
        let n = list.count
        if n < 2 {
            // CPython calls the key even when there is nothing to order.
            if n == 1 && !key.isIdentical(BuiltinTypes.none) { _ = try Runtime.call(key, list[0]) }
            return
        }
        // Work on a private copy; the list is emptied during the sort as CPython does, so
        // that mutation can be detected.
        let items = TupleRef.create(UnsafeBufferPointer(start: list.items, count: n))
        let keys = key.isIdentical(BuiltinTypes.none) ? items : TupleRef.allocate(n)
        if !key.isIdentical(BuiltinTypes.none) {
            for i in 0..<n { keys[i] = try Runtime.call(key, items[i]) }
        }
        list.setCount(0)
        var order = Array(0..<n)
        var scratch = order
        var failure: PyException? = nil
        func less(_ a: Int, _ b: Int) -> Bool {
            if failure != nil { return false }
            do throws(PyException) {
                // For reverse, compare b < a, which keeps equal elements in order.
                let (x, y) = reverse ? (keys[b], keys[a]) : (keys[a], keys[b])
                if x.isSmallInt && y.isSmallInt { return x.smallIntValue < y.smallIntValue }
                return try Runtime.isTrue(Runtime.compare(x, y, .lt))
            } catch {
                failure = error
                return false
            }
        }
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n)
                let end = min(start + 2 * width, n)
                var i = start, j = middle, k = start
                while i < middle && j < end {
                    if less(order[j], order[i]) { scratch[k] = order[j]; j += 1 } else { scratch[k] = order[i]; i += 1 }
                    k += 1
                }
                while i < middle { scratch[k] = order[i]; i += 1; k += 1 }
                while j < end { scratch[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &scratch)
            width *= 2
        }
        let mutated = list.count != 0
        if let failure {
            try list.extend(items.value)
            throw failure
        }
        if mutated {
            list.setCount(0)
            try list.extend(items.value)
            throw pyError(ExceptionTypes.named("ValueError"), "list modified during sort")
        }
        for i in order { list.append(items[i]) }
    }
}
