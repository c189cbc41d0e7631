// re.Pattern's matching methods: match, fullmatch, search, findall, finditer, scanner,
// split, sub and subn, with the loops of CPython's sre.c (after an empty match the next
// one must not be empty at the same place: `mustAdvance`).

extension SrePattern {
    /// The state for running `p` over `string` between pos and endpos, with CPython's
    /// type checks.
    static func prepare(_ p: SrePatternRef, _ string: Value, _ pos: Int, _ endpos: Int) throws(PyException) -> (SreState, SreInput) {
        let input = try SreInput.of(string)
        if input.isBytes && p.isBytes == 0 { throw typeError("cannot use a string pattern on a bytes-like object") }
        if !input.isBytes && p.isBytes > 0 { throw typeError("cannot use a bytes pattern on a string-like object") }
        return (SreState.make(code: p.code, groups: p.groups, length: input.length, pos: pos, endpos: endpos), input)
    }

    /// The (string, pos=0, endpos=sys.maxsize) arguments of match, search, findall, ….
    static func stringArguments(_ name: String, _ args: Arguments) throws(PyException) -> (Value, Int, Int) {
        if args.positionalCount == 1 && args.keywordNames.isNull { return (args[0], 0, Int.max) }
        let names = ["string", "pos", "endpos"]
        let string = try args.required(0, "string", of: name, names: names)
        let pos = try args.parameter(1, "pos", of: name, names: names).map { v throws(PyException) in try integer(v) } ?? 0
        let endpos = try args.parameter(2, "endpos", of: name, names: names).map { v throws(PyException) in try integer(v) } ?? Int.max
        return (string, pos, endpos)
    }

    static func addClassGetItem(_ type: Value) {
        let classGetItem = NativeFunctions.make("__class_getitem__") { _, args throws(PyException) in
            args.positionalCount > 0 ? args[0] : .none
        }
        DictRef(TypeRef(type).dict).setStr(Interned.intern("__class_getitem__"), Descriptors.classMethod(classGetItem))
    }

    static func addMethods() {
        func method(_ name: String, _ body: @escaping (SrePatternRef, Arguments) throws(PyException) -> Value) {
            NativeFunctions.addMethod(type, name) { v, args throws(PyException) in try body(SrePatternRef(v), args) }
        }
        for (name, whole) in [("match", false), ("fullmatch", true)] {
            method(name) { p, args throws(PyException) in
                let (string, pos, endpos) = try stringArguments(name, args)
                var (st, input) = try prepare(p, string, pos, endpos)
                st.matchAll = whole
                let status = st.matchHere(input)
                defer { st.recycle() }
                return try SreMatch.make(p.value, string, st, status)
            }
        }
        method("search") { p, args throws(PyException) in
            let (string, pos, endpos) = try stringArguments("search", args)
            var (st, input) = try prepare(p, string, pos, endpos)
            let status = st.search(input)
            defer { st.recycle() }
            return try SreMatch.make(p.value, string, st, status)
        }
        method("findall") { p, args throws(PyException) in
            let (string, pos, endpos) = try stringArguments("findall", args)
            return try findall(p, string, pos, endpos)
        }
        method("scanner") { p, args throws(PyException) in
            let (string, pos, endpos) = try stringArguments("scanner", args)
            return try SreScanner.make(p, string, pos, endpos)
        }
        method("finditer") { p, args throws(PyException) in
            let (string, pos, endpos) = try stringArguments("finditer", args)
            let scanner = try SreScanner.make(p, string, pos, endpos)
            let search = try Runtime.getAttribute(scanner, Interned.intern("search"))
            return NativeIterators.callableIterator(search, sentinel: .none)
        }
        method("split") { p, args throws(PyException) in
            let names = ["string", "maxsplit"]
            let string = try args.required(0, "string", of: "split", names: names)
            let maxsplit = try args.parameter(1, "maxsplit", of: "split", names: names).map { v throws(PyException) in try integer(v) } ?? 0
            return try split(p, string, maxsplit)
        }
        for (name, counted) in [("sub", false), ("subn", true)] {
            method(name) { p, args throws(PyException) in
                let names = ["repl", "string", "count"]
                let repl = try args.required(0, "repl", of: name, names: names)
                let string = try args.required(1, "string", of: name, names: names)
                let count = try args.parameter(2, "count", of: name, names: names).map { v throws(PyException) in try integer(v) } ?? 0
                return try substitute(p, repl, string, count, counted: counted)
            }
        }
        method("__copy__") { p, args throws(PyException) in
            try args.expect("__copy__", count: 0)
            return p.value
        }
        method("__deepcopy__") { p, args throws(PyException) in
            try args.expect("__deepcopy__", count: 1)
            return p.value
        }
        addClassGetItem(type)
    }

    static func findall(_ p: SrePatternRef, _ string: Value, _ pos: Int, _ endpos: Int) throws(PyException) -> Value {
        var (st, input) = try prepare(p, string, pos, endpos)
        defer { st.recycle() }
        let list = ListRef.create()
        let groups = p.groups
        while st.start <= st.end {
            st.reset()
            st.ptr = st.start
            let status = st.search(input)
            if status < 0 { throw SreMatch.engineError(status) }
            if status == 0 { break }
            let item: Value
            switch groups {
            case 0:
                item = input.slice(string, st.start, st.ptr)
            case 1:
                let (a, b) = st.span(1) ?? (0, 0)
                item = input.slice(string, a, b)
            default:
                let t = TupleRef.allocate(groups)
                for g in 0..<groups { t[g] = .none }
                for g in 0..<groups {
                    let (a, b) = st.span(g + 1) ?? (0, 0)
                    t[g] = input.slice(string, a, b)
                }
                item = t.value
            }
            list.append(item)
            st.mustAdvance = st.ptr == st.start
            st.start = st.ptr
        }
        return list.value
    }

    static func split(_ p: SrePatternRef, _ string: Value, _ maxsplit: Int) throws(PyException) -> Value {
        var (st, input) = try prepare(p, string, 0, Int.max)
        defer { st.recycle() }
        let list = ListRef.create()
        var n = 0
        var last = st.start
        while maxsplit == 0 || n < maxsplit {
            st.reset()
            st.ptr = st.start
            let status = st.search(input)
            if status < 0 { throw SreMatch.engineError(status) }
            if status == 0 { break }
            list.append(input.slice(string, last, st.start))
            for g in 0..<p.groups {
                if let (a, b) = st.span(g + 1) {
                    list.append(input.slice(string, a, b))
                } else {
                    list.append(.none)
                }
            }
            n += 1
            st.mustAdvance = st.ptr == st.start
            last = st.ptr
            st.start = st.ptr
        }
        list.append(input.slice(string, last, st.endpos))
        return list.value
    }

    /// Whether a replacement is a str or bytes-like object without backslashes (used as is).
    static func isLiteral(_ repl: Value) -> Bool {
        guard let input = try? SreInput.of(repl) else { return false }
        for i in 0..<input.length where input[i] == 0x5C { return false }
        return true
    }

    static func substitute(_ p: SrePatternRef, _ repl: Value, _ string: Value, _ count: Int, counted: Bool) throws(PyException) -> Value {
        var filter = repl
        var callable = TypeRef(repl.type).slots.call != nil
        if !callable && !isLiteral(repl) {
            // A template with group references: re._subx compiles it into a function (or
            // a plain replacement when it turns out to have none).
            let re = try Imports.importModule("re")
            let subx = try Runtime.getAttribute(re, Interned.intern("_subx"))
            filter = try Runtime.call(subx, p.value, repl)
            callable = TypeRef(filter.type).slots.call != nil
        }
        var (st, input) = try prepare(p, string, 0, Int.max)
        defer { st.recycle() }
        let list = ListRef.create()
        var n = 0
        var i = 0
        while count == 0 || n < count {
            st.reset()
            st.ptr = st.start
            let status = st.search(input)
            if status < 0 { throw SreMatch.engineError(status) }
            if status == 0 { break }
            let b = st.start, e = st.ptr
            if i < b { list.append(input.slice(string, i, b)) }
            var item = filter
            if callable {
                let match = try SreMatch.make(p.value, string, st, 1)
                item = try Runtime.call(filter, match)
            }
            if !item.isIdentical(.none) { list.append(item) }
            i = e
            n += 1
            st.mustAdvance = st.ptr == st.start
            st.start = st.ptr
        }
        if i < st.endpos { list.append(input.slice(string, i, st.endpos)) }
        let joiner = input.slice(string, 0, 0)
        var result = joiner
        if list.count > 0 {
            let join = try Runtime.getAttribute(joiner, Interned.intern("join"))
            result = try Runtime.call(join, list.value)
        }
        if counted { return TupleRef.create(result, IntOps.make(Int64(n))).value }
        return result
    }
}
