// dict's slots and core methods, and its views and iterators.
//
//   dict view / iterator   word 0 type   1 the dict   2 position (iterators)   3 kind
//   (kind: 0 keys, 1 values, 2 items)

public enum DictOps {
    public static var viewTypes: [Value] = []
    public static var iteratorTypes: [Value] = []

    /// d.update(other) for a dict or a mapping with keys(), or an iterable of pairs.
    /// `{**other}`: a dict or a mapping with keys(), else "not a mapping" (DICT_UPDATE).
    static func updateFromMapping(_ d: Value, _ other: Value) throws(PyException) {
        if !TypeRef(other.type).isSubtype(of: BuiltinTypes.dict),
           try Runtime.lookupAttribute(other, Interned.intern("keys")) == nil {
            throw typeError("'\(TypeRef(other.type).nameString)' object is not a mapping")
        }
        try update(d, other)
    }

    public static func update(_ d: Value, _ other: Value) throws(PyException) {
        let target = DictRef(d)
        if TypeRef(other.type).isSubtype(of: BuiltinTypes.dict) {
            try DictRef(other).forEach { (k, v) throws(PyException) -> Bool in
                try target.set(k, v)
                return true
            }
            return
        }
        if let keys = try Runtime.lookupAttribute(other, Interned.intern("keys")) {
            let iterator = try Runtime.iterate(try Runtime.call(keys))
            while let k = try Runtime.next(iterator) {
                try target.set(k, try Runtime.getItem(other, k))
            }
            return
        }
        let iterator = try Runtime.iterate(other)
        var index = 0
        while let pair = try Runtime.next(iterator) {
            let items = try ListRef.fromIterable(pair, orTypeError: "cannot convert dictionary update sequence element #\(index) to a sequence")
            guard items.count == 2 else {
                throw pyError(ExceptionTypes.named("ValueError"),
                              "dictionary update sequence element #\(index) has length \(items.count); 2 is required")
            }
            try target.set(items[0], items[1])
            index += 1
        }
    }

    /// `f(**mapping)` merging: a repeated key is an error naming the function.
    public static func merge(_ d: Value, _ other: Value, function: Value) throws(PyException) {
        let isDict = TypeRef(other.type).isSubtype(of: BuiltinTypes.dict)
        if !isDict, try Runtime.lookupAttribute(other, Interned.intern("keys")) == nil {
            throw typeError("\(try functionDescription(function)) argument after ** must be a mapping, not \(TypeRef(other.type).nameString)")
        }
        let target = DictRef(d)
        let source = isDict ? other : try dictFromMapping(other)
        try DictRef(source).forEach { (k, v) throws(PyException) -> Bool in
            if try target.get(k) != nil {
                throw typeError("\(try functionDescription(function)) got multiple values for keyword argument '\(StrRef(k).string)'")
            }
            try target.set(k, v)
            return true
        }
    }

    static func dictFromMapping(_ m: Value) throws(PyException) -> Value {
        let d = DictRef.create()
        try update(d.value, m)
        return d.value
    }

    static func functionDescription(_ f: Value) throws(PyException) -> String {
        // CPython's _PyObject_FunctionStr: module-qualified unless the module is builtins.
        if f.type.isIdentical(NativeFunctions.builtinFunctionType) {
            return StrRef(f.loadValue(NativeFunctions.nameWord)).string + "()"
        }
        guard let name = try Runtime.lookupAttribute(f, Interned.intern("__qualname__")) else {
            return StrRef(try Runtime.str(f)).string
        }
        let qualname = StrRef(try Runtime.str(name)).string
        if let module = try Runtime.lookupAttribute(f, Interned.intern("__module__")), StrOps.isStr(module),
           StrRef(module).string != "builtins" {
            return "\(StrRef(module).string).\(qualname)()"
        }
        return "\(qualname)()"
    }

    static func install() {
        let dict = BuiltinTypes.dict
        let slots = TypeRef(dict).slots
        slots.len = { d in DictRef(d).count }
        slots.bool = { d in DictRef(d).count > 0 }
        slots.getitem = { d, key throws(PyException) in
            if let v = try DictRef(d).get(key) { return v }
            if !d.type.isIdentical(BuiltinTypes.dict), let missing = ClassSlots.special(d, "__missing__") {
                return try Runtime.call(Runtime.bind(missing, to: d), key)
            }
            throw keyError(key)
        }
        slots.setitem = { d, key, v throws(PyException) in
            if v.isNull {
                if try DictRef(d).remove(key) == nil { throw keyError(key) }
            } else {
                try DictRef(d).set(key, v)
            }
        }
        slots.contains = { d, key throws(PyException) in try DictRef(d).get(key) != nil }
        slots.iter = { d in iterator(d, kind: 0) }
        slots.repr = { d throws(PyException) in
            try Recursion.guardRepr(d, "{...}") { () throws(PyException) -> Value in
                var parts: [String] = []
                try DictRef(d).forEach { (k, v) throws(PyException) -> Bool in
                    parts.append("\(try Runtime.reprString(k)): \(try Runtime.reprString(v))")
                    return true
                }
                return StrRef.create("{" + parts.joined(separator: ", ") + "}").value
            }
        }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, TypeRef(b.type).isSubtype(of: BuiltinTypes.dict) else {
                return BuiltinTypes.notImplemented
            }
            let x = DictRef(a), y = DictRef(b)
            var equal = x.count == y.count
            if equal {
                try x.forEach { (k, v) throws(PyException) -> Bool in
                    guard let w = try y.get(k), try Runtime.equals(v, w) else {
                        equal = false
                        return false
                    }
                    return true
                }
            }
            return .bool(op == .eq ? equal : !equal)
        }
        slots.binary[BinaryOp.or.rawValue] = { a, b throws(PyException) in
            guard TypeRef(a.type).isSubtype(of: dict), TypeRef(b.type).isSubtype(of: dict) else { return BuiltinTypes.notImplemented }
            let result = DictRef.create()
            try update(result.value, a)
            try update(result.value, b)
            return result.value
        }
        slots.inplace[BinaryOp.or.rawValue] = { a, b throws(PyException) in
            try update(a, b)
            return a
        }
        slots.new = { cls, args throws(PyException) in
            if cls.isIdentical(dict) { return DictRef.create().value }
            let d = allocateObject(words: TypeRef(cls).instanceWords, type: cls)
            d.storeValue(DictRef.storageWord, DictStorage.create(capacity: 5).value)
            Instances.setRootMap(d, cls)
            return d
        }
        slots.initialize = { d, args throws(PyException) in
            if args.positionalCount > 1 { throw typeError("dict expected at most 1 argument, got \(args.positionalCount)") }
            if args.positionalCount == 1 { try update(d, args[0]) }
            if !args.keywordNames.isNull {
                let names = TupleRef(args.keywordNames)
                for i in 0..<names.count { try DictRef(d).set(names[i], args.values[args.positionalCount + i]) }
            }
        }
        NativeFunctions.addMethod(dict, "get") { d, args throws(PyException) in
            try args.expect("get", min: 1, max: 2)
            return try DictRef(d).get(args[0]) ?? (args.positionalCount == 2 ? args[1] : .none)
        }
        NativeFunctions.addMethod(dict, "setdefault") { d, args throws(PyException) in
            try args.expect("setdefault", min: 1, max: 2)
            if let v = try DictRef(d).get(args[0]) { return v }
            let v = args.positionalCount == 2 ? args[1] : .none
            try DictRef(d).set(args[0], v)
            return v
        }
        NativeFunctions.addMethod(dict, "pop") { d, args throws(PyException) in
            try args.expect("pop", min: 1, max: 2)
            if let v = try DictRef(d).remove(args[0]) { return v }
            if args.positionalCount == 2 { return args[1] }
            throw keyError(args[0])
        }
        NativeFunctions.addMethod(dict, "popitem") { d, _ throws(PyException) in
            let dr = DictRef(d)
            var last: (Value, Value)? = nil
            try dr.forEach { (k, v) throws(PyException) -> Bool in
                last = (k, v)
                return true
            }
            guard let (k, v) = last else { throw pyError(ExceptionTypes.named("KeyError"), "popitem(): dictionary is empty") }
            try dr.remove(k)
            return TupleRef.create(k, v).value
        }
        NativeFunctions.addMethod(dict, "keys") { d, _ in view(d, kind: 0) }
        NativeFunctions.addMethod(dict, "values") { d, _ in view(d, kind: 1) }
        NativeFunctions.addMethod(dict, "items") { d, _ in view(d, kind: 2) }
        NativeFunctions.addMethod(dict, "update") { d, args throws(PyException) in
            if args.positionalCount > 1 { throw typeError("update expected at most 1 argument, got \(args.positionalCount)") }
            guard let initialize = TypeRef(dict).slots.initialize else { return .none }
            try initialize(d, args)
            return .none
        }
        NativeFunctions.addMethod(dict, "clear") { d, _ in
            d.storeValue(DictRef.storageWord, DictStorage.create(capacity: 5).value)
            d.storeRaw(DictRef.countWord, 0)
            return .none
        }
        // Called through a classmethod: the class comes first among the arguments.
        let fromkeys = NativeFunctions.make("fromkeys") { _, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("fromkeys() takes no keyword arguments") }
            if args.positionalCount < 2 { throw typeError("fromkeys expected at least 1 argument, got 0") }
            if args.positionalCount > 3 { throw typeError("fromkeys expected at most 2 arguments, got \(args.positionalCount - 1)") }
            let d = try Runtime.call(args[0])
            let value = args.positionalCount == 3 ? args[2] : .none
            let iterator = try Runtime.iterate(args[1])
            while let k = try Runtime.next(iterator) { try Runtime.setItem(d, k, value) }
            return d
        }
        DictRef(TypeRef(dict).dict).setStr(Interned.intern("fromkeys"), Descriptors.classMethod(fromkeys))
        NativeFunctions.addMethod(dict, "copy") { d, _ throws(PyException) in
            let c = DictRef.create(capacity: DictRef(d).count)
            try update(c.value, d)
            return c.value
        }

        for (kind, name) in ["dict_keys", "dict_values", "dict_items"].enumerated() {
            let s = TypeSlots()
            s.iter = { v in iterator(v.loadValue(1), kind: kind) }
            s.len = { v in DictRef(v.loadValue(1)).count }
            s.repr = { v throws(PyException) in
                let items = try ListRef.fromIterable(v)
                let inner = StrRef(try TypeRef(ListRef.type).slots.repr!(items.value)).string
                return StrRef.create("\(name)(\(inner))").value
            }
            if kind != 1 {
                s.contains = { v, item throws(PyException) in
                    let d = DictRef(v.loadValue(1))
                    if kind == 0 { return try d.get(item) != nil }
                    guard item.type.isIdentical(BuiltinTypes.tuple), TupleRef(item).count == 2,
                          let value = try d.get(TupleRef(item)[0]) else { return false }
                    return try Runtime.equals(value, TupleRef(item)[1])
                }
            }
            viewTypes.append(BuiltinTypes.makeType(name, base: BuiltinTypes.object, instanceWords: 4,
                                                   layout: .fixed(first: 1, count: 1), flags: [], slots: s))
        }
        addViewOperations()
        let iteratorSlots = TypeSlots()
        iteratorSlots.iter = { it in it }
        iteratorSlots.next = nextFromIterator
        // One type per kind, named as CPython names them; the set's iterator walks its table.
        let names = ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator"]
        iteratorTypes = names.map { name in
            BuiltinTypes.makeType(name, base: BuiltinTypes.object, instanceWords: 5,
                                  layout: .fixed(first: 1, count: 1), flags: [], slots: iteratorSlots)
        }
    }

    /// The step of every dict and set iterator: word 1 the table, 2 the position, 3 the
    /// kind, 4 the size when iteration began (-1 once a change was seen, as CPython keeps
    /// raising after the first change).
    static func nextFromIterator(_ it: Value) throws(PyException) -> Value? {
        let d = DictRef(it.loadValue(1))
        if d.value.isNull { return nil }
        let kind = it.loadRaw(3)
        if d.count != it.loadRaw(4) {
            it.storeRaw(4, -1)
            let what = kind == 3 ? "Set" : "dictionary"
            throw pyError(ExceptionTypes.named("RuntimeError"), "\(what) changed size during iteration")
        }
        var position = it.loadRaw(2)
        guard let (k, v) = d.next(&position) else {
            it.storeValue(1, .null)
            return nil
        }
        it.storeRaw(2, position)
        switch kind {
        case 1: return v
        case 2: return TupleRef.create(k, v).value
        default: return k
        }
    }
    static func view(_ d: Value, kind: Int) -> Value {
        let v = allocateObject(words: 4, type: viewTypes[kind])
        v.storeValue(1, d)
        v.storeRaw(3, kind)
        return v
    }

    /// An iterator over `d`'s keys (kind 0), values (1), items (2) or, for a set's table, members (3).
    static func iterator(_ d: Value, kind: Int) -> Value {
        let it = allocateObject(words: 5, type: iteratorTypes[kind])
        it.storeValue(1, d)
        it.storeRaw(3, kind)
        it.storeRaw(4, DictRef(d).count)
        return it
    }

    @inline(never)
    static func keyError(_ key: Value) -> PyException {
        let args = TupleRef.allocate(1)
        args[0] = key
        return PyException(ExceptionObject.create(type: ExceptionTypes.named("KeyError"), args: args.value))
    }
}
