// Struct sequences (time.struct_time, os.stat_result, os.uname_result, …): tuple subclasses
// whose items are also read-only named attributes. Fields past the visible count are
// attributes only (stat_result.st_atime, struct_time.tm_zone), as CPython's structseq.
//
//   word 0 type   1 count (the visible fields, raw, as a tuple's)   2… every field
// All instances of one type have the same size, so the collector traces every field.

enum StructSequence {
    struct Info {
        let fields: [String]
        let visible: Int
    }

    /// Field layout per struct sequence type (types are immortal, so the key stays valid).
    static var infos: [UInt64: Info] = [:]

    static func info(_ type: Value) -> Info? {
        var t = type
        while !t.isNull {
            if let i = infos[t.bits] { return i }
            let bases = t.loadValue(TypeWords.bases)
            if bases.isNull || TupleRef(bases).count == 0 { return nil }
            t = TupleRef(bases)[0]
        }
        return nil
    }

    /// A struct sequence type `module.name` with `fields`, the first `visible` of them items.
    static func makeType(_ name: String, module: String, fields: [String], visible: Int) -> Value {
        let slots = TypeRef(BuiltinTypes.tuple).slots.copy()
        slots.new = { cls, args throws(PyException) in try construct(cls, args) }
        slots.repr = { v throws(PyException) in try repr(v) }
        let total = fields.count
        // A tuple: it matches sequence patterns and, alone, a class pattern's subject.
        let t = BuiltinTypes.makeType(name, base: BuiltinTypes.tuple, instanceWords: 2 + total,
                                      layout: .fixed(first: 2, count: total), flags: [.baseType, .sequence, .matchSelf],
                                      slots: slots)
        t.storeValue(TypeWords.module, Interned.intern(module))
        infos[t.bits] = Info(fields: fields, visible: visible)
        for (i, field) in fields.enumerated() {
            GetSet.addReadOnlyMember(t, field, get: { v in
                let value = v.loadValue(2 + i)
                return value.isNull ? .none : value
            })
        }
        let d = DictRef(TypeRef(t).dict)
        d.setStr(Interned.intern("n_sequence_fields"), IntOps.make(Int64(visible)))
        d.setStr(Interned.intern("n_fields"), IntOps.make(Int64(total)))
        d.setStr(Interned.intern("n_unnamed_fields"), IntOps.make(Int64(0)))
        let matchArgs = TupleRef.allocate(visible)
        for i in 0..<visible { matchArgs[i] = Interned.intern(fields[i]) }
        d.setStr(Interned.intern("__match_args__"), matchArgs.value)
        NativeFunctions.addMethod(t, "__reduce__") { v, _ throws(PyException) in
            try reduce(v)
        }
        BuiltinTypes.finishNewTypes()
        return t
    }

    /// A struct sequence type named `qualifiedName` ("sys.version_info") whose fields are
    /// all items.
    static func makeType(_ qualifiedName: String, fields: [String]) -> Value {
        let dot = qualifiedName.lastIndex(of: ".")
        let name = dot.map { String(qualifiedName[qualifiedName.index(after: $0)...]) } ?? qualifiedName
        let module = dot.map { String(qualifiedName[..<$0]) } ?? "builtins"
        return makeType(name, module: module, fields: fields, visible: fields.count)
    }

    /// An instance of `type` with `values`, one per field.
    static func create(_ type: Value, _ values: [Value]) -> Value {
        let v = allocate(type)
        for (i, item) in values.enumerated() { set(v, i, item) }
        return v
    }

    /// A new instance with every field None, for the caller to fill with `set`.
    static func allocate(_ type: Value) -> Value {
        let info = infos[type.bits] ?? Info(fields: [], visible: 0)
        let v = allocateObject(words: 2 + info.fields.count, type: type)
        v.storeRaw(1, info.visible)
        for i in 0..<info.fields.count { v.storeValue(2 + i, .none) }
        return v
    }

    @inline(__always) static func set(_ v: Value, _ i: Int, _ item: Value) { v.storeValue(2 + i, item) }

    /// struct_time(sequence, dict=None): between the visible and the total count of items;
    /// the missing attribute-only fields are taken from `dict` or are None.
    static func construct(_ cls: Value, _ args: Arguments) throws(PyException) -> Value {
        let typeName = qualifiedName(cls)
        let names = ["sequence", "dict"]
        let sequence = try args.required(0, "sequence", of: typeName, names: names)
        let dict = try args.parameter(1, "dict", of: typeName, names: names)
        guard let info = info(cls) else { throw typeError("not a struct sequence type") }
        let items = try ListRef.fromIterable(sequence)
        let n = items.count
        if n < info.visible {
            let exact = info.visible == info.fields.count
            throw typeError("\(typeName)() takes \(exact ? "a" : "an at least") \(info.visible)-sequence (\(n)-sequence given)")
        }
        if n > info.fields.count {
            let exact = info.visible == info.fields.count
            throw typeError("\(typeName)() takes \(exact ? "a" : "an at most") \(info.fields.count)-sequence (\(n)-sequence given)")
        }
        let v = allocateObject(words: max(TypeRef(cls).instanceWords, 2 + info.fields.count), type: cls)
        v.storeRaw(1, info.visible)
        let map = TypeRef(cls).mapWord
        if map != 0 { v.storeValue(map, cls.loadValue(TypeWords.rootMap)) }
        for i in 0..<info.fields.count {
            var item: Value = .none
            if i < n {
                item = items[i]
            } else if let dict, !dict.isIdentical(.none), TypeRef(dict.type).isSubtype(of: BuiltinTypes.dict),
                      let found = DictRef(dict).lookupStr(Interned.intern(info.fields[i])) {
                item = found
            }
            v.storeValue(2 + i, item)
        }
        return v
    }

    /// `module.name` (a native module's type names carry their module, as CPython's tp_name).
    static func qualifiedName(_ type: Value) -> String { TypeRef(type).nameString }

    static func repr(_ v: Value) throws(PyException) -> Value {
        guard let info = info(v.type) else { return StrRef.create("()").value }
        var parts: [String] = []
        for i in 0..<info.visible {
            parts.append(info.fields[i] + "=" + (try Runtime.reprString(v.loadValue(2 + i))))
        }
        return StrRef.create(qualifiedName(v.type) + "(" + parts.joined(separator: ", ") + ")").value
    }

    /// (type, (visible items,), {hidden fields}) as CPython pickles struct sequences.
    static func reduce(_ v: Value) throws(PyException) -> Value {
        guard let info = info(v.type) else { throw typeError("not a struct sequence") }
        let items = TupleRef.allocate(info.visible)
        for i in 0..<info.visible { items[i] = v.loadValue(2 + i) }
        let hidden = DictRef.create()
        for i in info.visible..<info.fields.count { hidden.setStr(Interned.intern(info.fields[i]), v.loadValue(2 + i)) }
        let inner = TupleRef.create(items.value, hidden.value)
        return TupleRef.create(v.type, inner.value).value
    }
}

extension StructSequence {
    /// Field `i` (visible or not).
    static func item(_ v: Value, _ i: Int) -> Value { v.loadValue(2 + i) }
}
