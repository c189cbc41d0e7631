// itertools: count, cycle, repeat, accumulate, chain, starmap, zip_longest, pairwise.

extension ItertoolsModule {
    static let module = "itertools"

    static func basicTypes() -> [Value] {
        [countType(), cycleType(), repeatType(), accumulateType(), chainType(), starmapType(), zipLongestType(), pairwiseType()]
    }

    /// count: 1 current   2 step
    static func countType() -> Value {
        let t = ModuleTypes.iterator("count", module: module, words: 3, new: { cls, args throws(PyException) in
            let names = ["start", "step"]
            let start = try args.parameter(0, "start", of: "count", names: names) ?? Value(smallInt: 0)
            let step = try args.parameter(1, "step", of: "count", names: names) ?? Value(smallInt: 1)
            if !isNumber(start) || !isNumber(step) { throw typeError("a number is required") }
            let c = ModuleTypes.instance(of: cls)
            c.storeValue(1, start)
            c.storeValue(2, step)
            return c
        }, next: { c throws(PyException) in
            let current = c.loadValue(1)
            c.storeValue(1, try Runtime.binary(.add, current, c.loadValue(2)))
            return current
        })
        TypeRef(t).slots.repr = { c throws(PyException) in
            let step = c.loadValue(2)
            let start = try Runtime.reprString(c.loadValue(1))
            if step.isSmallInt && step.smallIntValue == 1 { return StrRef.create("\(TypeRef(c.type).name.string)(\(start))").value }
            return StrRef.create("\(TypeRef(c.type).name.string)(\(start), \(try Runtime.reprString(step)))").value
        }
        return t
    }

    /// cycle: 1 iterator (null once exhausted)   2 saved items (list)   3 position in them
    static func cycleType() -> Value {
        ModuleTypes.iterator("cycle", module: module, words: 4, new: { cls, args throws(PyException) in
            try args.noKeywords("cycle")
            try args.checkPositional("cycle", 1, 1)
            let iterator = try Runtime.iterate(args[0])
            let c = ModuleTypes.instance(of: cls)
            c.storeValue(1, iterator)
            c.storeValue(2, ListRef.create().value)
            c.setIntField(3, 0)
            return c
        }, next: { c throws(PyException) in
            let saved = ListRef(c.loadValue(2))
            if let v = try next(c, 1) {
                saved.append(v)
                return v
            }
            c.storeValue(1, .null)
            if saved.count == 0 { return nil }
            let i = c.intField(3)
            c.setIntField(3, i + 1 >= saved.count ? 0 : i + 1)
            return saved[i]
        })
    }

    /// repeat: 1 object   2 remaining count (-1: forever)
    static func repeatType() -> Value {
        let t = ModuleTypes.iterator("repeat", module: module, words: 3, new: { cls, args throws(PyException) in
            let names = ["object", "times"]
            let object = try args.required(0, "object", of: "repeat", names: names)
            var count = -1
            if let times = try args.parameter(1, "times", of: "repeat", names: names) {
                guard let n = try IntOps.index(times, clamp: true) else {
                    throw typeError("'\(TypeRef(times.type).nameString)' object cannot be interpreted as an integer")
                }
                count = max(n, 0)
            }
            let r = ModuleTypes.instance(of: cls)
            r.storeValue(1, object)
            r.setIntField(2, count)
            return r
        }, next: { r throws(PyException) in
            let n = r.intField(2)
            if n == 0 { return nil }
            if n > 0 { r.setIntField(2, n - 1) }
            return r.loadValue(1)
        })
        TypeRef(t).slots.repr = { r throws(PyException) in
            let object = try Runtime.reprString(r.loadValue(1))
            let n = r.intField(2)
            let name = TypeRef(r.type).name.string
            return StrRef.create(n < 0 ? "\(name)(\(object))" : "\(name)(\(object), \(n))").value
        }
        NativeFunctions.addMethod(t, "__length_hint__") { r, _ throws(PyException) in
            let n = r.intField(2)
            if n < 0 { throw typeError("len() of unsized object") }
            return Value(smallInt: Int64(n))
        }
        return t
    }

    /// accumulate: 1 iterator   2 function (None: +)   3 total (null before the first)   4 initial
    static func accumulateType() -> Value {
        ModuleTypes.iterator("accumulate", module: module, words: 5, new: { cls, args throws(PyException) in
            let names = ["iterable", "func", "initial"]
            let iterable = try args.required(0, "iterable", of: "accumulate", names: names)
            if args.positionalCount > 2 { throw typeError("accumulate() takes at most 2 positional arguments (\(args.positionalCount) given)") }
            let function = try args.parameter(1, "func", of: "accumulate", names: names) ?? .none
            let initial = args.keyword("initial") ?? .none
            let a = ModuleTypes.instance(of: cls)
            a.storeValue(1, try Runtime.iterate(iterable))
            a.storeValue(2, function)
            a.storeValue(4, initial)
            return a
        }, next: { a throws(PyException) in
            let initial = a.loadValue(4)
            if !initial.isIdentical(.none) {
                a.storeValue(3, initial)
                a.storeValue(4, .none)
                return initial
            }
            guard let v = try next(a, 1) else { return nil }
            let total = a.loadValue(3)
            let function = a.loadValue(2)
            let result: Value
            if total.isNull {
                result = v
            } else if function.isIdentical(.none) {
                result = try Runtime.binary(.add, total, v)
            } else {
                result = try Runtime.call(function, total, v)
            }
            a.storeValue(3, result)
            return result
        })
    }

    /// chain: 1 iterator over the iterables   2 the current iterator (null between them)
    static func chainType() -> Value {
        let t = ModuleTypes.iterator("chain", module: module, words: 3, new: { cls, args throws(PyException) in
            try args.noKeywords("chain")
            let all = TupleRef.create(UnsafeBufferPointer(start: args.values, count: args.positionalCount))
            let c = ModuleTypes.instance(of: cls)
            c.storeValue(1, try Runtime.iterate(all.value))
            return c
        }, next: { c throws(PyException) in
            while true {
                if let v = try next(c, 2) { return v }
                guard let iterable = try next(c, 1) else {
                    c.storeValue(1, .null)
                    return nil
                }
                c.storeValue(2, try Runtime.iterate(iterable))
            }
        })
        // A classmethod: the class comes first.
        let fromIterable = NativeFunctions.make("from_iterable") { _, args throws(PyException) in
            try args.noKeywords("from_iterable")
            guard args.positionalCount == 2 else {
                throw typeError("chain.from_iterable() takes exactly one argument (\(args.positionalCount - 1) given)")
            }
            let c = ModuleTypes.instance(of: args[0])
            c.storeValue(1, try Runtime.iterate(args[1]))
            return c
        }
        DictRef(TypeRef(t).dict).setStr(Interned.intern("from_iterable"), Descriptors.classMethod(fromIterable))
        return t
    }

    /// starmap: 1 function   2 iterator
    static func starmapType() -> Value {
        ModuleTypes.iterator("starmap", module: module, words: 3, new: { cls, args throws(PyException) in
            try args.noKeywords("starmap")
            try args.checkPositional("starmap", 2, 2)
            let s = ModuleTypes.instance(of: cls)
            s.storeValue(1, args[0])
            s.storeValue(2, try Runtime.iterate(args[1]))
            return s
        }, next: { s throws(PyException) in
            guard let item = try next(s, 2) else { return nil }
            let t = TupleRef(try tuple(item))
            return try Runtime.call(s.loadValue(1), Arguments(t.items, positional: t.count))
        })
    }

    /// zip_longest: 1 tuple of iterators (null items once exhausted)   2 fill value   3 active count
    static func zipLongestType() -> Value {
        ModuleTypes.iterator("zip_longest", module: module, words: 4, new: { cls, args throws(PyException) in
            var fill = Value.none
            if args.keywordCount > 0 {
                guard args.keywordCount == 1, let v = args.keyword("fillvalue") else {
                    throw typeError("zip_longest() got an unexpected keyword argument")
                }
                fill = v
            }
            let iterators = TupleRef.allocate(args.positionalCount)
            for i in 0..<args.positionalCount { iterators[i] = try Runtime.iterate(args[i]) }
            let z = ModuleTypes.instance(of: cls)
            z.storeValue(1, iterators.value)
            z.storeValue(2, fill)
            z.setIntField(3, iterators.count)
            return z
        }, next: { z throws(PyException) in
            let iterators = TupleRef(z.loadValue(1))
            let n = iterators.count
            if n == 0 || z.intField(3) == 0 { return nil }
            let result = TupleRef.allocate(n)
            for i in 0..<n {
                var item: Value? = nil
                if !iterators[i].isNull {
                    item = try Runtime.next(iterators[i])
                    if item == nil {
                        iterators[i] = .null
                        let active = z.intField(3) - 1
                        z.setIntField(3, active)
                        if active == 0 { return nil }
                    }
                }
                result[i] = item ?? z.loadValue(2)
            }
            return result.value
        })
    }

    /// pairwise: 1 iterator   2 the previous item (null before the first)
    static func pairwiseType() -> Value {
        ModuleTypes.iterator("pairwise", module: module, words: 3, new: { cls, args throws(PyException) in
            try args.noKeywords("pairwise")
            try args.checkPositional("pairwise", 1, 1)
            let p = ModuleTypes.instance(of: cls)
            p.storeValue(1, try Runtime.iterate(args[0]))
            return p
        }, next: { p throws(PyException) in
            var previous = p.loadValue(2)
            if previous.isNull {
                guard let first = try next(p, 1) else {
                    p.storeValue(1, .null)
                    return nil
                }
                previous = first
            }
            guard let v = try next(p, 1) else {
                p.storeValue(1, .null)
                p.storeValue(2, .null)
                return nil
            }
            p.storeValue(2, v)
            return TupleRef.create(previous, v).value
        })
    }
}

extension Value {
    /// The Swift string of a str Value.
    var string: String { StrRef(self).string }
}
