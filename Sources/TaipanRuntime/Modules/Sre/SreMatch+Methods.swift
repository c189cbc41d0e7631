// re.Match's methods, with the argument conventions of CPython's argument clinic.

extension SreMatch {
    static func addMethods() {
        func method(_ name: String, _ body: @escaping (SreMatchRef, Arguments) throws(PyException) -> Value) {
            NativeFunctions.addMethod(type, name) { v, args throws(PyException) in try body(SreMatchRef(v), args) }
        }
        method("group") { m, args throws(PyException) in
            try args.noKeywords("group")
            let n = args.positionalCount
            if n == 0 { return try group(m, 0, .none) }
            if n == 1 { return try group(m, try index(m, args[0]), .none) }
            let result = TupleRef.allocate(n)
            for i in 0..<n { result[i] = .none }
            for i in 0..<n { result[i] = try group(m, try index(m, args[i]), .none) }
            return result.value
        }
        method("groups") { m, args throws(PyException) in
            let fallback = try args.parameter(0, "default", of: "groups", names: ["default"]) ?? .none
            let result = TupleRef.allocate(m.groups - 1)
            for i in 0..<(m.groups - 1) { result[i] = .none }
            for g in 1..<m.groups { result[g - 1] = try group(m, g, fallback) }
            return result.value
        }
        method("groupdict") { m, args throws(PyException) in
            let fallback = try args.parameter(0, "default", of: "groupdict", names: ["default"]) ?? .none
            let result = DictRef.create()
            let names = DictRef(m.pattern.groupIndex)
            var position = 0
            while let (key, _) = names.next(&position) {
                try result.set(key, try group(m, try index(m, key), fallback))
            }
            return result.value
        }
        method("start") { m, args throws(PyException) in
            IntOps.make(Int64(m.start(try groupArgument(m, "start", args))))
        }
        method("end") { m, args throws(PyException) in
            IntOps.make(Int64(m.end(try groupArgument(m, "end", args))))
        }
        method("span") { m, args throws(PyException) in
            span(m, try groupArgument(m, "span", args))
        }
        method("expand") { m, args throws(PyException) in
            let template = try args.required(0, "template", of: "expand", names: ["template"])
            let re = try Imports.importModule("re")
            let expand = try Runtime.getAttribute(re, Interned.intern("_expand"))
            return try Runtime.call(expand, m.pattern.value, m.value, template)
        }
        method("__copy__") { m, args throws(PyException) in
            try args.expect("__copy__", count: 0)
            return m.value
        }
        method("__deepcopy__") { m, args throws(PyException) in
            try args.expect("__deepcopy__", count: 1)
            return m.value
        }
        SrePattern.addClassGetItem(type)
    }
}
