// The constructor of bound methods (types.MethodType(function, instance)), which
// weakref.WeakMethod uses. Their attributes are in Types/MethodAttributes.swift.

extension BoundMethod {
    static func addConstructor() {
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
