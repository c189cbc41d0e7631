// The introspection attributes of bound methods (`m.__self__`, `m.__func__`) and their
// constructor (types.MethodType(function, instance)), which weakref.WeakMethod uses.

extension BoundMethod {
    static func addAttributes() {
        let dict = DictRef(TypeRef(type).dict)
        if dict.lookupStr(Interned.intern("__func__")) == nil {
            GetSet.add(type, "__func__", get: { m in function(m) })
        }
        if dict.lookupStr(Interned.intern("__self__")) == nil {
            GetSet.add(type, "__self__", get: { m in instance(m) })
        }
        let slots = TypeRef(type).slots
        if slots.new == nil {
            slots.new = { _, args throws(PyException) in
                try args.expect("method", count: 2)
                guard TypeRef(args[0].type).slots.call != nil else { throw typeError("first argument must be callable") }
                if args[1].isIdentical(BuiltinTypes.none) { throw typeError("instance must not be None") }
                return create(function: args[0], self: args[1])
            }
        }
    }
}
