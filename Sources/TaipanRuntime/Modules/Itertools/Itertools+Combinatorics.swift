// itertools: product, permutations, combinations, combinations_with_replacement. Each keeps
// its pool(s) as tuples and its indices as a tuple of inline ints, updated in place; the
// first result is made on the first call, and `stopped` ends the iteration for good.

extension ItertoolsModule {
    static func combinatoricTypes() -> [Value] {
        [productType(), permutationsType(), combinationsType(replacement: false), combinationsType(replacement: true)]
    }

    /// A tuple of `n` inline ints, all `value`.
    static func indexTuple(_ n: Int, _ value: (Int) -> Int) -> TupleRef {
        let t = TupleRef.allocate(n)
        for i in 0..<n { t[i] = Value(smallInt: Int64(value(i))) }
        return t
    }

    @inline(__always) static func index(_ t: TupleRef, _ i: Int) -> Int { Int(t[i].smallIntValue) }
    @inline(__always) static func setIndex(_ t: TupleRef, _ i: Int, _ v: Int) { t[i] = Value(smallInt: Int64(v)) }

    /// The tuple of `pool[indices[i]]` for i < r.
    static func pick(_ pool: TupleRef, _ indices: TupleRef, _ r: Int) -> Value {
        let result = TupleRef.allocate(r)
        for i in 0..<r { result[i] = pool[index(indices, i)] }
        return result.value
    }

    /// product: 1 pools (tuple of tuples)   2 indices   3 started (0/1)   4 stopped (0/1)
    static func productType() -> Value {
        ModuleTypes.iterator("product", module: module, words: 5, new: { cls, args throws(PyException) in
            var repeatCount = 1
            if !args.keywordNames.isNull {
                let keys = TupleRef(args.keywordNames)
                for k in 0..<keys.count where keys[k].string != "repeat" {
                    throw typeError("'\(keys[k].string)' is an invalid keyword argument for product()")
                }
                if let r = args.keyword("repeat") {
                    guard let n = try IntOps.index(r) else {
                        throw typeError("'\(TypeRef(r.type).nameString)' object cannot be interpreted as an integer")
                    }
                    if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "repeat argument cannot be negative") }
                    repeatCount = n
                }
            }
            let count = args.positionalCount
            let (total, overflow) = count.multipliedReportingOverflow(by: repeatCount)
            if overflow || total > 1 << 28 { throw pyError(ExceptionTypes.named("OverflowError"), "repeat argument too large") }
            let pools = TupleRef.allocate(total)
            var i = 0
            while i < total {
                pools[i] = i < count ? try tuple(args[i]) : pools[i % count]
                i += 1
            }
            let p = ModuleTypes.instance(of: cls)
            p.storeValue(1, pools.value)
            p.storeValue(2, indexTuple(total) { _ in 0 }.value)
            p.setIntField(3, 0)
            p.setIntField(4, 0)
            return p
        }, next: { p throws(PyException) in
            if p.intField(4) == 1 { return nil }
            let pools = TupleRef(p.loadValue(1))
            let indices = TupleRef(p.loadValue(2))
            let n = pools.count
            if p.intField(3) == 0 {
                p.setIntField(3, 1)
                for i in 0..<n where TupleRef(pools[i]).count == 0 {
                    p.setIntField(4, 1)
                    return nil
                }
            } else {
                var i = n - 1
                while i >= 0 {
                    let pool = TupleRef(pools[i])
                    let next = index(indices, i) + 1
                    if next < pool.count {
                        setIndex(indices, i, next)
                        break
                    }
                    setIndex(indices, i, 0)
                    i -= 1
                }
                if i < 0 {
                    p.setIntField(4, 1)
                    return nil
                }
            }
            let result = TupleRef.allocate(n)
            for i in 0..<n { result[i] = TupleRef(pools[i])[index(indices, i)] }
            return result.value
        })
    }

    /// r for permutations/combinations: an int, never negative.
    static func rArgument(_ r: Value, permutations: Bool) throws(PyException) -> Int {
        guard IntOps.isInt(r) || !permutations, let n = try IntOps.index(r) else {
            if permutations { throw typeError("Expected int as r") }
            throw typeError("'\(TypeRef(r.type).nameString)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "r must be non-negative") }
        return n
    }

    /// permutations: 1 pool   2 r   3 indices   4 cycles   5 started   6 stopped
    static func permutationsType() -> Value {
        ModuleTypes.iterator("permutations", module: module, words: 7, new: { cls, args throws(PyException) in
            let names = ["iterable", "r"]
            let iterable = try args.required(0, "iterable", of: "permutations", names: names)
            let rValue = try args.parameter(1, "r", of: "permutations", names: names) ?? .none
            let pool = TupleRef(try tuple(iterable))
            let n = pool.count
            let r = rValue.isIdentical(.none) ? n : try rArgument(rValue, permutations: true)
            let p = ModuleTypes.instance(of: cls)
            p.storeValue(1, pool.value)
            p.setIntField(2, r)
            p.storeValue(3, indexTuple(n) { $0 }.value)
            p.storeValue(4, indexTuple(Swift.min(r, n)) { n - $0 }.value)
            p.setIntField(5, 0)
            p.setIntField(6, r > n ? 1 : 0)
            return p
        }, next: { p throws(PyException) in
            if p.intField(6) == 1 { return nil }
            let pool = TupleRef(p.loadValue(1))
            let n = pool.count, r = p.intField(2)
            let indices = TupleRef(p.loadValue(3)), cycles = TupleRef(p.loadValue(4))
            if p.intField(5) == 0 {
                p.setIntField(5, 1)
                return pick(pool, indices, r)
            }
            if n == 0 { return stop(p, 6) }
            var i = r - 1
            while i >= 0 {
                let c = index(cycles, i) - 1
                if c == 0 {
                    // Rotate indices[i...] left by one.
                    let first = indices[i]
                    for j in i..<(n - 1) { indices[j] = indices[j + 1] }
                    indices[n - 1] = first
                    setIndex(cycles, i, n - i)
                } else {
                    setIndex(cycles, i, c)
                    let j = n - c
                    let t = indices[i]
                    indices[i] = indices[j]
                    indices[j] = t
                    break
                }
                i -= 1
            }
            if i < 0 { return stop(p, 6) }
            return pick(pool, indices, r)
        })
    }

    static func stop(_ o: Value, _ word: Int) -> Value? {
        o.setIntField(word, 1)
        return nil
    }

    /// combinations / combinations_with_replacement: 1 pool   2 r   3 indices   4 started   5 stopped
    static func combinationsType(replacement: Bool) -> Value {
        let name = replacement ? "combinations_with_replacement" : "combinations"
        return ModuleTypes.iterator(name, module: module, words: 6, new: { cls, args throws(PyException) in
            let names = ["iterable", "r"]
            let iterable = try args.required(0, "iterable", of: name, names: names)
            let rValue = try args.required(1, "r", of: name, names: names)
            let pool = TupleRef(try tuple(iterable))
            let r = try rArgument(rValue, permutations: false)
            let n = pool.count
            let c = ModuleTypes.instance(of: cls)
            c.storeValue(1, pool.value)
            c.setIntField(2, r)
            c.storeValue(3, indexTuple(r) { replacement ? 0 : $0 }.value)
            c.setIntField(4, 0)
            let empty = replacement ? (n == 0 && r > 0) : r > n
            c.setIntField(5, empty ? 1 : 0)
            return c
        }, next: { c throws(PyException) in
            if c.intField(5) == 1 { return nil }
            let pool = TupleRef(c.loadValue(1))
            let n = pool.count, r = c.intField(2)
            let indices = TupleRef(c.loadValue(3))
            if c.intField(4) == 0 {
                c.setIntField(4, 1)
                return pick(pool, indices, r)
            }
            var i = r - 1
            if replacement {
                while i >= 0 && index(indices, i) == n - 1 { i -= 1 }
                if i < 0 { return stop(c, 5) }
                let next = index(indices, i) + 1
                for j in i..<r { setIndex(indices, j, next) }
            } else {
                while i >= 0 && index(indices, i) == i + n - r { i -= 1 }
                if i < 0 { return stop(c, 5) }
                setIndex(indices, i, index(indices, i) + 1)
                for j in (i + 1)..<Swift.max(r, i + 1) { setIndex(indices, j, index(indices, j - 1) + 1) }
            }
            return pick(pool, indices, r)
        })
    }
}
