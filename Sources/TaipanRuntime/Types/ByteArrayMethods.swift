// bytearray's list-like mutators: append, extend, insert, pop, remove, reverse, clear, copy.

extension ByteArrayOps {
    static func installMutators() {
        NativeFunctions.addMethod(type, "append") { a, args throws(PyException) in
            try args.expect("append", count: 1)
            try resize(a, bytes(a) + [try BytesOps.byteValue(args[0])])
            return .none
        }
        NativeFunctions.addMethod(type, "extend") { a, args throws(PyException) in
            try args.expect("extend", count: 1)
            let source = args[0]
            if StrOps.isStr(source) {
                // Iterated like any iterable: its first item is a str, not an int.
                if StrRef(source).count > 0 { throw typeError("'str' object cannot be interpreted as an integer") }
                return .none
            }
            if let b = BytesOps.contents(source) {
                try resize(a, bytes(a) + b)
                return .none
            }
            guard source.isPointer, TypeRef(source.type).slots.iter != nil || TypeRef(source.type).slots.getitem != nil else {
                throw typeError("can't extend bytearray with \(BytesOps.typeName(source))")
            }
            try resize(a, bytes(a) + (try BytesOps.fromSource(source, encoding: nil, errors: nil, what: "bytearray")))
            return .none
        }
        NativeFunctions.addMethod(type, "insert") { a, args throws(PyException) in
            try args.expect("insert", count: 2)
            guard var i = try IntOps.index(args[0], clamp: true) else {
                throw typeError("'\(BytesOps.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            var raw = bytes(a)
            if i < 0 { i = max(i + raw.count, 0) }
            raw.insert(try BytesOps.byteValue(args[1]), at: min(i, raw.count))
            try resize(a, raw)
            return .none
        }
        NativeFunctions.addMethod(type, "pop") { a, args throws(PyException) in
            try args.expect("pop", min: 0, max: 1)
            var raw = bytes(a)
            if raw.isEmpty { throw pyError(ExceptionTypes.named("IndexError"), "pop from empty bytearray") }
            var i = raw.count - 1
            if args.positionalCount == 1 {
                guard let k = try IntOps.index(args[0]) else {
                    throw typeError("'\(BytesOps.typeName(args[0]))' object cannot be interpreted as an integer")
                }
                i = k < 0 ? k + raw.count : k
                guard i >= 0 && i < raw.count else { throw pyError(ExceptionTypes.named("IndexError"), "pop index out of range") }
            }
            let b = raw.remove(at: i)
            try resize(a, raw)
            return IntOps.make(Int64(b))
        }
        NativeFunctions.addMethod(type, "remove") { a, args throws(PyException) in
            try args.expect("remove", count: 1)
            let value = try BytesOps.byteValue(args[0])
            var raw = bytes(a)
            guard let i = raw.firstIndex(of: value) else {
                throw pyError(ExceptionTypes.named("ValueError"), "value not found in bytearray")
            }
            raw.remove(at: i)
            try resize(a, raw)
            return .none
        }
        NativeFunctions.addMethod(type, "reverse") { a, args throws(PyException) in
            try args.expect("reverse", count: 0)
            try resize(a, bytes(a).reversed())
            return .none
        }
        NativeFunctions.addMethod(type, "clear") { a, args throws(PyException) in
            try args.expect("clear", count: 0)
            try resize(a, [])
            return .none
        }
        NativeFunctions.addMethod(type, "copy") { a, args throws(PyException) in
            try args.expect("copy", count: 0)
            return create(bytes(a))
        }
        NativeFunctions.addMethod(type, "__alloc__") { a, _ in
            let storage = a.loadValue(storageWord)
            return IntOps.make(Int64(storage.isNull ? 0 : BytesOps.count(storage)))
        }
    }
}
