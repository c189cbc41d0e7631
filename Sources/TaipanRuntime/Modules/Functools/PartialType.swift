// functools.partial: a callable with frozen leading arguments and keywords. A partial of a
// plain partial is flattened, as CPython does.

extension FunctoolsModule {
    static func setUpPartial() {
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            if args.positionalCount < 1 { throw typeError("type 'partial' takes at least one argument") }
            var function = args[0]
            guard TypeRef(function.type).slots.call != nil else { throw typeError("the first argument must be callable") }
            let positional = ListRef.create(capacity: args.positionalCount)
            let keywords = DictRef.create()
            if function.isPointer && TypeRef(function.type).isSubtype(of: partialType) {
                let inner = TupleRef(function.loadValue(2))
                for i in 0..<inner.count { positional.append(inner[i]) }
                try DictOps.update(keywords.value, function.loadValue(3))
                function = function.loadValue(1)
            }
            for i in 1..<max(args.positionalCount, 1) { positional.append(args[i]) }
            if !args.keywordNames.isNull {
                let names = TupleRef(args.keywordNames)
                for i in 0..<names.count { try keywords.set(names[i], args.values[args.positionalCount + i]) }
            }
            let p = ModuleTypes.instance(of: cls)
            p.storeValue(1, function)
            p.storeValue(2, TupleRef.create(UnsafeBufferPointer(start: positional.items, count: positional.count)).value)
            p.storeValue(3, keywords.value)
            return p
        }
        slots.call = { p, args throws(PyException) in
            let frozen = TupleRef(p.loadValue(2))
            let keywords = DictRef(p.loadValue(3))
            let all = ListRef.create(capacity: frozen.count + args.positionalCount)
            for i in 0..<frozen.count { all.append(frozen[i]) }
            for i in 0..<args.positionalCount { all.append(args[i]) }
            if keywords.count == 0 && args.keywordNames.isNull {
                return try Runtime.call(p.loadValue(1), Arguments(all.items, positional: all.count))
            }
            let merged = DictRef.create()
            try DictOps.update(merged.value, keywords.value)
            if !args.keywordNames.isNull {
                let names = TupleRef(args.keywordNames)
                for i in 0..<names.count { try merged.set(names[i], args.values[args.positionalCount + i]) }
            }
            // Keyword values follow the positional ones, their names in a tuple (vectorcall).
            let n = all.count
            let names = ListRef.create(capacity: merged.count)
            try merged.forEach { (k: Value, v: Value) throws(PyException) -> Bool in
                names.append(k)
                all.append(v)
                return true
            }
            let nameTuple = TupleRef.create(UnsafeBufferPointer(start: names.items, count: names.count))
            return try Runtime.call(p.loadValue(1), Arguments(all.items, positional: n, keywordNames: nameTuple.value))
        }
        slots.repr = { p throws(PyException) in
            var parts = [try Runtime.reprString(p.loadValue(1))]
            let frozen = TupleRef(p.loadValue(2))
            for i in 0..<frozen.count { parts.append(try Runtime.reprString(frozen[i])) }
            let keywords = try ListRef.fromIterable(try Runtime.callMethod(p.loadValue(3), "items"))
            for i in 0..<keywords.count {
                let pair = TupleRef(keywords[i])
                parts.append("\(StrRef(try Runtime.str(pair[0])).string)=\(try Runtime.reprString(pair[1]))")
            }
            return StrRef.create("\(TypeRef(p.type).nameString)(\(parts.joined(separator: ", ")))").value
        }
        partialType = ModuleTypes.make("partial", module: "functools", words: 4, slots: slots)
        GetSet.add(partialType, "func", get: { p in p.loadValue(1) })
        GetSet.add(partialType, "args", get: { p in p.loadValue(2) })
        GetSet.add(partialType, "keywords", get: { p in p.loadValue(3) })
        NativeFunctions.addMethod(partialType, "__reduce__") { p, _ throws(PyException) in
            let state = TupleRef.allocate(4)
            state[0] = p.loadValue(1)
            state[1] = p.loadValue(2)
            state[2] = p.loadValue(3)
            state[3] = .none
            let function = TupleRef.allocate(1)
            function[0] = p.loadValue(1)
            return TupleRef.create(p.type, function.value, state.value).value
        }
        DictRef(TypeRef(partialType).dict).setStr(Interned.intern("__class_getitem__"),
                                                  Descriptors.classMethod(NativeFunctions.make("__class_getitem__") { _, args throws(PyException) in
            GenericAlias.create(origin: args[0], args: args[1])
        }))
    }
}
