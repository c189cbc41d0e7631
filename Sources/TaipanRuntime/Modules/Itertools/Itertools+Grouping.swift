// itertools: groupby (with its _grouper sub-iterators) and tee (iterators sharing a buffer).

extension ItertoolsModule {
    static var grouperType = Value(bits: 0)
    static var teeType = Value(bits: 0)
    static var teeDataType = Value(bits: 0)
    /// Items per tee buffer block.
    static let teeBlock = 57

    static func groupingTypes() -> [Value] {
        [groupbyType(), makeGrouperType(), makeTeeDataType(), makeTeeType()]
    }

    /// groupby: 1 iterator   2 key function   3 target key   4 current key   5 current value
    /// 6 the current _grouper (null fields: not yet known)
    static func groupbyType() -> Value {
        ModuleTypes.iterator("groupby", module: module, words: 7, new: { cls, args throws(PyException) in
            let names = ["iterable", "key"]
            let iterable = try args.required(0, "iterable", of: "groupby", names: names)
            let key = try args.parameter(1, "key", of: "groupby", names: names) ?? .none
            let g = ModuleTypes.instance(of: cls)
            g.storeValue(1, try Runtime.iterate(iterable))
            g.storeValue(2, key)
            return g
        }, next: { g throws(PyException) in
            g.storeValue(6, .null)
            // Skip to the first item whose key differs from the target key.
            while true {
                let current = g.loadValue(4)
                if !current.isNull {
                    let target = g.loadValue(3)
                    if target.isNull { break }
                    if !(try Runtime.equals(target, current)) { break }
                }
                if !(try groupbyStep(g)) { return nil }
            }
            let key = g.loadValue(4)
            g.storeValue(3, key)
            let grouper = allocateObject(words: 3, type: grouperType)
            grouper.storeValue(1, g)
            grouper.storeValue(2, key)
            g.storeValue(6, grouper)
            return TupleRef.create(key, grouper).value
        })
    }

    /// Reads the next item and its key into the groupby; false when exhausted.
    static func groupbyStep(_ g: Value) throws(PyException) -> Bool {
        guard let v = try next(g, 1) else { return false }
        let function = g.loadValue(2)
        let key = function.isIdentical(.none) ? v : try Runtime.call(function, v)
        g.storeValue(5, v)
        g.storeValue(4, key)
        return true
    }

    /// _grouper: 1 the groupby   2 its key. Ends when the groupby has moved on.
    static func makeGrouperType() -> Value {
        grouperType = ModuleTypes.iterator("_grouper", module: module, words: 3, flags: [], new: nil, next: { grouper throws(PyException) in
            let g = grouper.loadValue(1)
            if !g.loadValue(6).isIdentical(grouper) { return nil }
            if g.loadValue(5).isNull, !(try groupbyStep(g)) { return nil }
            if !(try Runtime.equals(grouper.loadValue(2), g.loadValue(4))) { return nil }
            let v = g.loadValue(5)
            g.storeValue(5, .null)
            g.storeValue(4, .null)
            return v
        })
        return grouperType
    }

    /// _tee_dataobject: 1 the source iterator   2 the next block (null until full)
    /// 3 items filled   4 … 4+teeBlock the items
    static func makeTeeDataType() -> Value {
        let slots = TypeSlots()
        teeDataType = ModuleTypes.make("_tee_dataobject", module: module, words: 4 + teeBlock, flags: [], slots: slots)
        return teeDataType
    }

    static func teeData(_ iterator: Value) -> Value {
        let d = allocateObject(words: 4 + teeBlock, type: teeDataType)
        d.storeValue(1, iterator)
        d.setIntField(3, 0)
        return d
    }

    /// _tee: 1 its current block   2 index in the block
    static func makeTeeType() -> Value {
        teeType = ModuleTypes.iterator("_tee", module: module, words: 3, flags: [], new: { _, args throws(PyException) in
            try args.noKeywords("_tee")
            try args.checkPositional("_tee", 1, 1)
            return try teeFrom(args[0])
        }, next: { t throws(PyException) in
            var block = t.loadValue(1)
            var index = t.intField(2)
            if index >= teeBlock {
                var following = block.loadValue(2)
                if following.isNull {
                    following = teeData(block.loadValue(1))
                    block.storeValue(2, following)
                }
                block = following
                t.storeValue(1, block)
                index = 0
                t.setIntField(2, 0)
            }
            if index >= block.intField(3) {
                guard let v = try Runtime.next(block.loadValue(1)) else { return nil }
                if block.intField(3) != index {
                    throw pyError(ExceptionTypes.named("RuntimeError"), "cannot re-enter the tee iterator")
                }
                block.storeValue(4 + index, v)
                block.setIntField(3, index + 1)
            }
            t.setIntField(2, index + 1)
            return block.loadValue(4 + index)
        })
        NativeFunctions.addMethod(teeType, "__copy__") { t, args throws(PyException) in
            try args.expect("__copy__", count: 0)
            return teeCopy(t)
        }
        return teeType
    }

    static func teeCopy(_ t: Value) -> Value {
        let c = allocateObject(words: 3, type: teeType)
        c.storeValue(1, t.loadValue(1))
        c.storeValue(2, t.loadValue(2))
        return c
    }

    /// A tee over `iterable` (a copy when it is a tee already).
    static func teeFrom(_ iterable: Value) throws(PyException) -> Value {
        let iterator = try Runtime.iterate(iterable)
        if iterator.type.isIdentical(teeType) { return teeCopy(iterator) }
        let t = allocateObject(words: 3, type: teeType)
        t.storeValue(1, teeData(iterator))
        t.setIntField(2, 0)
        return t
    }

    /// tee(iterable, n=2): n independent iterators.
    static func tee(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("tee")
        try args.checkPositional("tee", 1, 2)
        var n = 2
        if args.positionalCount == 2 {
            guard let count = try IntOps.index(args[1]) else {
                throw typeError("'\(TypeRef(args[1].type).nameString)' object cannot be interpreted as an integer")
            }
            n = count
        }
        if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "n must be >= 0") }
        let result = TupleRef.allocate(n)
        if n == 0 { return result.value }
        let iterator = try Runtime.iterate(args[0])
        var first = iterator
        if let copy = try Runtime.lookupAttribute(iterator, Interned.intern("__copy__")) {
            result[0] = iterator
            for i in 1..<n { result[i] = try Runtime.call(copy) }
            return result.value
        }
        first = try teeFrom(iterator)
        result[0] = first
        for i in 1..<n { result[i] = teeCopy(first) }
        return result.value
    }
}
