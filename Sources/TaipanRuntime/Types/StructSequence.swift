// Struct sequences (CPython's structseq): tuple subclasses whose items are also named
// attributes, such as sys.version_info and sys.float_info. An instance is laid out as a
// tuple; only its type word differs.

enum StructSequence {
    /// Field names by type, for repr.
    static var fieldNames: [UInt64: [String]] = [:]

    /// A struct sequence type named `qualifiedName` ("sys.version_info") with `fields`.
    static func makeType(_ qualifiedName: String, fields: [String]) -> Value {
        let slots = TypeRef(BuiltinTypes.tuple).slots.copy()
        slots.new = nil
        slots.repr = { s throws(PyException) in
            let names = fieldNames[s.type.bits] ?? []
            let t = TupleRef(s)
            var parts: [String] = []
            for i in 0..<t.count {
                let label = i < names.count ? names[i] + "=" : ""
                parts.append(label + (try Runtime.reprString(t[i])))
            }
            return StrRef.create("\(qualifiedName)(\(parts.joined(separator: ", ")))").value
        }
        let dot = qualifiedName.lastIndex(of: ".")
        let name = dot.map { String(qualifiedName[qualifiedName.index(after: $0)...]) } ?? qualifiedName
        let type = BuiltinTypes.makeType(name, base: BuiltinTypes.tuple, instanceWords: TupleRef.firstItem,
                                         layout: TupleRef.layout, flags: [.sequence, .matchSelf], slots: slots)
        if let dot { type.storeValue(TypeWords.module, Interned.intern(String(qualifiedName[..<dot]))) }
        fieldNames[type.bits] = fields
        for (i, field) in fields.enumerated() {
            GetSet.add(type, field, get: { s in TupleRef(s)[i] })
        }
        let d = DictRef(TypeRef(type).dict)
        d.setStr(Interned.intern("n_fields"), IntOps.make(Int64(fields.count)))
        d.setStr(Interned.intern("n_sequence_fields"), IntOps.make(Int64(fields.count)))
        d.setStr(Interned.intern("n_unnamed_fields"), IntOps.make(0))
        return type
    }

    /// An instance of struct sequence `type` with `values` (one per field).
    static func create(_ type: Value, _ values: [Value]) -> Value {
        let t = TupleRef.allocate(values.count)
        for (i, v) in values.enumerated() { t[i] = v }
        t.value.storeValue(0, type)
        return t.value
    }
}
