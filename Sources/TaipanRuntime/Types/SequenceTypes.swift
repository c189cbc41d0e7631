// tuple and list slots and core methods, slices, and the iterator over any sequence.

public enum SliceObject {
    public static var type = Value(bits: 0)

    /// slice(start, stop, step): word 0 type, 1 start, 2 stop, 3 step.
    public static func create(_ start: Value, _ stop: Value, _ step: Value) -> Value {
        let s = allocateObject(words: 4, type: type)
        s.storeValue(1, start)
        s.storeValue(2, stop)
        s.storeValue(3, step)
        return s
    }

    /// slice.indices(length) with CPython's clamping, plus the number of items selected.
    static func indices(_ slice: Value, length: Int) throws(PyException) -> (start: Int, stop: Int, step: Int, count: Int) {
        func index(_ v: Value) throws(PyException) -> Int? {
            if v.isIdentical(BuiltinTypes.none) { return nil }
            guard let i = try IntOps.index(v, clamp: true) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        // As CPython, a step of -(huge) is clamped to -sys.maxsize so that -step is defined.
        let step = max(try index(slice.loadValue(3)) ?? 1, -Int.max)
        if step == 0 { throw pyError(ExceptionTypes.named("ValueError"), "slice step cannot be zero") }
        let lower = step < 0 ? -1 : 0
        let upper = step < 0 ? length - 1 : length
        func clamp(_ v: Int?, _ default: Int) -> Int {
            guard var i = v else { return `default` }
            if i < 0 {
                i += length
                return i < lower ? lower : i
            }
            return i > upper ? upper : i
        }
        let start = clamp(try index(slice.loadValue(1)), step < 0 ? upper : lower)
        let stop = clamp(try index(slice.loadValue(2)), step < 0 ? lower : upper)
        var count = 0
        if step > 0 && start < stop { count = (stop - start - 1) / step + 1 }
        if step < 0 && stop < start { count = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, count)
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { s throws(PyException) in
            let parts = try (1...3).map { i throws(PyException) in try Runtime.reprString(s.loadValue(i)) }
            return StrRef.create("slice(\(parts.joined(separator: ", ")))").value
        }
        slots.new = { _, args throws(PyException) in
            try args.expect("slice", min: 1, max: 3)
            switch args.positionalCount {
            case 1: return create(.none, args[0], .none)
            case 2: return create(args[0], args[1], .none)
            default: return create(args[0], args[1], args[2])
            }
        }
        type = BuiltinTypes.makeType("slice", base: BuiltinTypes.object, instanceWords: 4,
                                     layout: .fixed(first: 1, count: 3), flags: [], slots: slots)
        GetSet.addReadOnlyMember(type, "start", get: { s in s.loadValue(1) })
        GetSet.addReadOnlyMember(type, "stop", get: { s in s.loadValue(2) })
        GetSet.addReadOnlyMember(type, "step", get: { s in s.loadValue(3) })
        addMethods()
    }
}

/// An iterator over a sequence by index: word 0 type, 1 the sequence, 2 the next index.
/// Lists, tuples and strs are read directly; other sequences through __getitem__ until
/// IndexError. Its types share one step and differ only by the name CPython shows:
/// `type` is list_iterator (the interpreter's forIter fast path tests it and `tupleType`).
public enum SequenceIterator {
    public static var type = Value(bits: 0)
    public static var tupleType = Value(bits: 0)
    static var namedTypes: [String: Value] = [:]

    /// An iterator over `sequence`, named after its exact type as CPython names it.
    public static func create(_ sequence: Value) -> Value {
        let t = sequence.type
        let name: String
        if t.isIdentical(ListRef.type) {
            name = "list_iterator"
        } else if t.isIdentical(BuiltinTypes.tuple) {
            name = "tuple_iterator"
        } else if t.isIdentical(BuiltinTypes.str) {
            name = StrRef(sequence).isASCII ? "str_ascii_iterator" : "str_iterator"
        } else if t.isIdentical(BytesOps.type) {
            name = "bytes_iterator"
        } else if t.isIdentical(ByteArrayOps.type) {
            name = "bytearray_iterator"
        } else {
            name = "iterator"
        }
        return create(sequence, named: name)
    }

    /// An iterator over `sequence` whose type is called `name` (one of `names`).
    static func create(_ sequence: Value, named name: String) -> Value {
        let it = allocateObject(words: 3, type: namedTypes[name] ?? type)
        it.storeValue(1, sequence)
        return it
    }

    static let names: [String] = [
        "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator",
        "bytearray_iterator", "iterator", "list_reverseiterator", "dict_reversekeyiterator",
        "dict_reversevalueiterator", "dict_reverseitemiterator", "reversed",
    ]

    static func setUp() {
        let slots = TypeSlots()
        slots.iter = { it in it }
        slots.next = { it throws(PyException) in
            let sequence = it.loadValue(1)
            if sequence.isNull { return nil }
            let i = it.loadRaw(2)
            let t = sequence.type
            var item: Value? = nil
            if t.isIdentical(ListRef.type) {
                let l = ListRef(sequence)
                if i < l.count { item = l[i] }
            } else if t.isIdentical(BuiltinTypes.tuple) {
                let tuple = TupleRef(sequence)
                if i < tuple.count { item = tuple[i] }
            } else if t.isIdentical(BuiltinTypes.str) {
                let s = StrRef(sequence)
                if i < s.count { item = StrRef.create(codePoints: [s[i]]).value }
            } else {
                do throws(PyException) {
                    item = try Runtime.getItem(sequence, IntOps.make(Int64(i)))
                } catch {
                    let e = error.value.type
                    if !TypeRef(e).isSubtype(of: ExceptionTypes.named("IndexError"))
                        && !TypeRef(e).isSubtype(of: ExceptionTypes.named("StopIteration")) { throw error }
                }
            }
            guard let item else {
                it.storeValue(1, .null)
                return nil
            }
            it.storeRaw(2, i + 1)
            return item
        }
        for name in names {
            namedTypes[name] = BuiltinTypes.makeType(name, base: BuiltinTypes.object, instanceWords: 3,
                                                     layout: .fixed(first: 1, count: 1), flags: [], slots: slots)
        }
        type = namedTypes["list_iterator"] ?? .null
        tupleType = namedTypes["tuple_iterator"] ?? .null
    }
}

enum SequenceTypes {
    /// The index `key` selects in a sequence of `count` items (negative counts from the end).
    static func itemIndex(_ key: Value, count: Int, what: String) throws(PyException) -> Int? {
        guard let i = try IntOps.index(key) else { return nil }
        let index = i < 0 ? i + count : i
        guard index >= 0 && index < count else {
            throw pyError(ExceptionTypes.named("IndexError"), "\(what) index out of range")
        }
        return index
    }

    /// A start or stop argument of list.index or tuple.index: negative counts from the
    /// end, then clamped to 0…count (None is refused, as CPython's SliceIndexNotNone does).
    static func sliceBound(_ v: Value, count: Int) throws(PyException) -> Int {
        guard var i = try IntOps.index(v, clamp: true) else {
            throw typeError("slice indices must be integers or have an __index__ method")
        }
        if i < 0 { i += count }
        return min(max(i, 0), count)
    }

    static func repr(_ items: UnsafeMutablePointer<Value>, _ count: Int, open: String, close: String,
                     trailingCommaForOne: Bool) throws(PyException) -> Value {
        var parts: [String] = []
        for i in 0..<count { parts.append(try Runtime.reprString(items[i])) }
        let comma = trailingCommaForOne && count == 1 ? "," : ""
        return StrRef.create(open + parts.joined(separator: ", ") + comma + close).value
    }

    /// Lexicographic comparison of two sequences, as tuples and lists compare.
    static func compare(_ a: UnsafeMutablePointer<Value>, _ n: Int, _ b: UnsafeMutablePointer<Value>, _ m: Int,
                        _ op: CompareOp) throws(PyException) -> Value {
        if (op == .eq || op == .ne) && n != m { return .bool(op == .ne) }
        var i = 0
        while i < n && i < m {
            if !(try Runtime.equals(a[i], b[i])) { break }
            i += 1
        }
        if i >= n || i >= m {
            switch op {
            case .lt: return .bool(n < m)
            case .le: return .bool(n <= m)
            case .eq: return .bool(n == m)
            case .ne: return .bool(n != m)
            case .gt: return .bool(n > m)
            case .ge: return .bool(n >= m)
            }
        }
        if op == .eq { return BuiltinTypes.false }
        if op == .ne { return BuiltinTypes.true }
        return try Runtime.compare(a[i], b[i], op)
    }

    static func install() {
        installTuple()
        installList()
    }

    static func installTuple() {
        let tuple = BuiltinTypes.tuple
        let slots = TypeRef(tuple).slots
        slots.len = { t in TupleRef(t).count }
        slots.repr = { t throws(PyException) in
            if TupleRef(t).count == 0 { return StrRef.create("()").value }
            return try Recursion.guardRepr(t, "(...)") { () throws(PyException) -> Value in
                try repr(TupleRef(t).items, TupleRef(t).count, open: "(", close: ")", trailingCommaForOne: true)
            }
        }
        slots.hash = { t throws(PyException) in
            // CPython's xxHash-based tuple hash.
            let prime1: UInt64 = 11_400_714_785_074_694_791
            let prime2: UInt64 = 14_029_467_366_897_019_727
            let prime5: UInt64 = 2_870_177_450_012_600_261
            let items = TupleRef(t)
            var acc = prime5
            for i in 0..<items.count {
                let lane = UInt64(bitPattern: Int64(try Runtime.hash(items[i])))
                acc = acc &+ lane &* prime2
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* prime1
            }
            acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
            if acc == UInt64.max { return 1_546_275_796 }
            return Int(Int64(bitPattern: acc))
        }
        slots.compare = { a, b, op throws(PyException) in
            guard b.type.isIdentical(BuiltinTypes.tuple) || TypeRef(b.type).isSubtype(of: BuiltinTypes.tuple) else {
                return BuiltinTypes.notImplemented
            }
            return try compare(TupleRef(a).items, TupleRef(a).count, TupleRef(b).items, TupleRef(b).count, op)
        }
        slots.getitem = { t, key throws(PyException) in
            let tuple = TupleRef(t)
            if let i = try itemIndex(key, count: tuple.count, what: "tuple") { return tuple[i] }
            if key.type.isIdentical(SliceObject.type) {
                let (start, _, step, count) = try SliceObject.indices(key, length: tuple.count)
                let result = TupleRef.allocate(count)
                var j = start
                for i in 0..<count { result[i] = tuple[j]; j += step }
                return result.value
            }
            throw typeError("tuple indices must be integers or slices, not \(TypeRef(key.type).nameString)")
        }
        slots.contains = { t, item throws(PyException) in
            let tuple = TupleRef(t)
            for i in 0..<tuple.count where try Runtime.equals(tuple[i], item) { return true }
            return false
        }
        slots.iter = { t in SequenceIterator.create(t) }
        slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard TypeRef(a.type).isSubtype(of: BuiltinTypes.tuple) else { return BuiltinTypes.notImplemented }
            guard TypeRef(b.type).isSubtype(of: BuiltinTypes.tuple) else {
                throw typeError("can only concatenate tuple (not \"\(TypeRef(b.type).nameString)\") to tuple")
            }
            let x = TupleRef(a), y = TupleRef(b)
            let result = TupleRef.allocate(x.count + y.count)
            for i in 0..<x.count { result[i] = x[i] }
            for i in 0..<y.count { result[x.count + i] = y[i] }
            return result.value
        }
        slots.binary[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            guard TypeRef(a.type).isSubtype(of: BuiltinTypes.tuple), let n = IntOps.asInt64(b) else { return BuiltinTypes.notImplemented }
            let x = TupleRef(a)
            let length = try RepeatLength.items(x.count, times: Int(n))
            if length == 0 { return TupleRef.allocate(0).value }
            let times = length / x.count
            let result = TupleRef.allocate(length)
            for k in 0..<times { for i in 0..<x.count { result[k * x.count + i] = x[i] } }
            return result.value
        }
        slots.new = { cls, args throws(PyException) in
            let value = try constructTuple(args)
            return cls.isIdentical(tuple) ? value : VariableSizeLayout.instantiate(cls, copying: value)
        }
        NativeFunctions.addMethod(tuple, "index") { t, args throws(PyException) in
            let tuple = TupleRef(t)
            let (start, stop) = try SequenceIndex.bounds(args, "index", count: tuple.count)
            for i in start..<max(start, stop) where try Runtime.equals(tuple[i], args[0]) { return IntOps.make(Int64(i)) }
            throw pyError(ExceptionTypes.named("ValueError"), "tuple.index(x): x not in tuple")
        }
        NativeFunctions.addMethod(tuple, "count") { t, args throws(PyException) in
            try args.expect("tuple.count", count: 1)
            let tuple = TupleRef(t)
            var n: Int64 = 0
            for i in 0..<tuple.count where try Runtime.equals(tuple[i], args[0]) { n += 1 }
            return IntOps.make(n)
        }
    }

    /// tuple(), tuple(iterable): an exact tuple.
    static func constructTuple(_ args: Arguments) throws(PyException) -> Value {
        try args.expect("tuple", min: 0, max: 1)
        if args.positionalCount == 0 { return TupleRef.allocate(0).value }
        if args[0].type.isIdentical(BuiltinTypes.tuple) { return args[0] }
        let l = try ListRef.fromIterable(args[0])
        return TupleRef.create(UnsafeBufferPointer(start: l.items, count: l.count)).value
    }

    static func installList() {
        let slots = TypeSlots()
        slots.len = { l in ListRef(l).count }
        slots.repr = { l throws(PyException) in
            try Recursion.guardRepr(l, "[...]") { () throws(PyException) -> Value in
                try repr(ListRef(l).items, ListRef(l).count, open: "[", close: "]", trailingCommaForOne: false)
            }
        }
        slots.compare = { a, b, op throws(PyException) in
            guard TypeRef(b.type).isSubtype(of: ListRef.type) else { return BuiltinTypes.notImplemented }
            return try compare(ListRef(a).items, ListRef(a).count, ListRef(b).items, ListRef(b).count, op)
        }
        slots.getitem = { l, key throws(PyException) in
            let list = ListRef(l)
            if let i = try itemIndex(key, count: list.count, what: "list") { return list[i] }
            if key.type.isIdentical(SliceObject.type) {
                let (start, _, step, count) = try SliceObject.indices(key, length: list.count)
                let result = ListRef.create(capacity: count)
                var j = start
                for _ in 0..<count { result.append(list[j]); j += step }
                return result.value
            }
            throw typeError("list indices must be integers or slices, not \(TypeRef(key.type).nameString)")
        }
        slots.setitem = { l, key, v throws(PyException) in
            let list = ListRef(l)
            if key.type.isIdentical(SliceObject.type) {
                try assignSlice(list, key, v)
                return
            }
            guard let i = try itemIndex(key, count: list.count, what: "list assignment") else {
                throw typeError("list indices must be integers or slices, not \(TypeRef(key.type).nameString)")
            }
            if v.isNull { _ = list.remove(at: i) } else { list[i] = v }
        }
        slots.contains = { l, item throws(PyException) in
            let list = ListRef(l)
            var i = 0
            while i < list.count {
                if try Runtime.equals(list[i], item) { return true }
                i += 1
            }
            return false
        }
        slots.iter = { l in SequenceIterator.create(l) }
        slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard TypeRef(a.type).isSubtype(of: ListRef.type) else { return BuiltinTypes.notImplemented }
            guard TypeRef(b.type).isSubtype(of: ListRef.type) else {
                throw typeError("can only concatenate list (not \"\(TypeRef(b.type).nameString)\") to list")
            }
            let result = ListRef.create(capacity: ListRef(a).count + ListRef(b).count)
            try result.extend(a)
            try result.extend(b)
            return result.value
        }
        slots.inplace[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            try ListRef(a).extend(b)
            return a
        }
        slots.inplace[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            // l *= n repeats in place; a non-int n falls back to `l * n` and its error.
            guard !FloatOps.isFloat(b), let n = try IntOps.index(b, clamp: true) else { return BuiltinTypes.notImplemented }
            if n == Int.max || n == Int.min {
                throw pyError(ExceptionTypes.named("OverflowError"), "cannot fit 'int' into an index-sized integer")
            }
            let list = ListRef(a)
            let count = list.count
            if n <= 0 {
                list.setCount(0)
                return a
            }
            guard count == 0 || n <= (1 << 40) / count else { throw pyError(ExceptionTypes.named("MemoryError"), "") }
            list.reserve(count * n)
            for _ in 1..<n { for i in 0..<count { list.append(list[i]) } }
            return a
        }
        slots.binary[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            guard TypeRef(a.type).isSubtype(of: ListRef.type), let n = IntOps.asInt64(b) else { return BuiltinTypes.notImplemented }
            let x = ListRef(a)
            let count = x.count
            let length = try RepeatLength.items(count, times: Int(n))
            let result = ListRef.create(capacity: length)
            for _ in 0..<(length == 0 ? 0 : length / count) { for i in 0..<count { result.append(x[i]) } }
            return result.value
        }
        slots.new = { cls, args throws(PyException) in
            let l = allocateObject(words: max(TypeRef(cls).instanceWords, 3), type: cls)
            l.storeValue(ListRef.storageWord, ListRef.makeStorage(4))
            Instances.setRootMap(l, cls)
            return l
        }
        slots.initialize = { l, args throws(PyException) in
            try args.expect("list", min: 0, max: 1)
            ListRef(l).setCount(0)
            if args.positionalCount == 1 { try ListRef(l).extend(args[0]) }
        }
        ListRef.type = BuiltinTypes.makeType("list", base: BuiltinTypes.object, instanceWords: 3,
                                             layout: .fixed(first: 1, count: 2), slots: slots)
        let list = ListRef.type
        NativeFunctions.addMethod(list, "append") { l, args throws(PyException) in
            try args.expect("append", count: 1)
            ListRef(l).append(args[0])
            return .none
        }
        NativeFunctions.addMethod(list, "extend") { l, args throws(PyException) in
            try args.expect("extend", count: 1)
            try ListRef(l).extend(args[0])
            return .none
        }
        NativeFunctions.addMethod(list, "pop") { l, args throws(PyException) in
            try args.expect("pop", min: 0, max: 1)
            let list = ListRef(l)
            if list.count == 0 { throw pyError(ExceptionTypes.named("IndexError"), "pop from empty list") }
            var i = list.count - 1
            if args.positionalCount == 1 {
                guard let index = try itemIndex(args[0], count: list.count, what: "pop") else {
                    throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
                }
                i = index
            }
            return list.remove(at: i)
        }
        NativeFunctions.addMethod(list, "insert") { l, args throws(PyException) in
            try args.expect("insert", count: 2)
            let list = ListRef(l)
            guard var i = try IntOps.index(args[0]) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            if i < 0 { i = max(i + list.count, 0) }
            list.insert(args[1], at: min(i, list.count))
            return .none
        }
        NativeFunctions.addMethod(list, "index") { l, args throws(PyException) in
            try args.expect("index", min: 1, max: 3)
            let list = ListRef(l)
            var (i, stop) = try SequenceIndex.bounds(args, "index", count: list.count)
            // The list may shrink while __eq__ runs: re-read its count each time.
            while i < min(stop, list.count) {
                if try Runtime.equals(list[i], args[0]) { return IntOps.make(Int64(i)) }
                i += 1
            }
            throw pyError(ExceptionTypes.named("ValueError"), "\(try Runtime.reprString(args[0])) is not in list")
        }
        NativeFunctions.addMethod(list, "count") { l, args throws(PyException) in
            try args.expect("count", count: 1)
            let list = ListRef(l)
            var n: Int64 = 0
            var i = 0
            while i < list.count {
                if try Runtime.equals(list[i], args[0]) { n += 1 }
                i += 1
            }
            return IntOps.make(n)
        }
        NativeFunctions.addMethod(list, "remove") { l, args throws(PyException) in
            try args.expect("remove", count: 1)
            let list = ListRef(l)
            var i = 0
            while i < list.count {
                if try Runtime.equals(list[i], args[0]) {
                    _ = list.remove(at: i)
                    return .none
                }
                i += 1
            }
            throw pyError(ExceptionTypes.named("ValueError"), "list.remove(x): x not in list")
        }
        NativeFunctions.addMethod(list, "reverse") { l, args throws(PyException) in
            try args.expect("reverse", count: 0)
            ListRef(l).reverse()
            return .none
        }
        NativeFunctions.addMethod(list, "__reversed__") { l, args throws(PyException) in
            try args.expect("__reversed__", count: 0)
            return ReversedIterator.create(l, count: ListRef(l).count)
        }
        NativeFunctions.addMethod(list, "clear") { l, args throws(PyException) in
            try args.expect("clear", count: 0)
            ListRef(l).setCount(0)
            return .none
        }
        NativeFunctions.addMethod(list, "copy") { l, args throws(PyException) in
            try args.expect("copy", count: 0)
            return ListRef.create(UnsafeBufferPointer(start: ListRef(l).items, count: ListRef(l).count)).value
        }
        NativeFunctions.addMethod(list, "sort") { l, args throws(PyException) in
            try Sorting.sort(ListRef(l), args)
            return .none
        }
    }

    /// l[i:j:k] = iterable, and del l[i:j:k] (v null).
    static func assignSlice(_ list: ListRef, _ slice: Value, _ v: Value) throws(PyException) {
        let (start, stop, step, count) = try SliceObject.indices(slice, length: list.count)
        let replacement = v.isNull ? ListRef.create() : try ListRef.fromIterable(v, orTypeError: "can only assign an iterable")
        if step == 1 {
            let end = max(stop, start)
            let n = list.count
            let items = ListRef.create(capacity: n - (end - start) + replacement.count)
            for i in 0..<start { items.append(list[i]) }
            for i in 0..<replacement.count { items.append(replacement[i]) }
            for i in end..<n { items.append(list[i]) }
            list.setCount(0)
            try list.extend(items.value)
            return
        }
        if v.isNull {
            var indices: [Int] = []
            var j = start
            for _ in 0..<count { indices.append(j); j += step }
            for i in indices.sorted(by: >) { _ = list.remove(at: i) }
            return
        }
        guard replacement.count == count else {
            throw pyError(ExceptionTypes.named("ValueError"),
                          "attempt to assign sequence of size \(replacement.count) to extended slice of size \(count)")
        }
        var j = start
        for i in 0..<count { list[j] = replacement[i]; j += step }
    }
}

/// Guards repr of containers that contain themselves.
enum Recursion {
    static var reprInProgress: [UInt64] = []

    static func guardRepr(_ o: Value, _ placeholder: String, _ body: () throws(PyException) -> Value) throws(PyException) -> Value {
        if reprInProgress.contains(o.bits) { return StrRef.create(placeholder).value }
        reprInProgress.append(o.bits)
        defer { reprInProgress.removeLast() }
        return try body()
    }
}
