// re.Match: the result of a successful match, with the group spans copied out of the
// engine's state.
//
//   Match  word 0 type   1 pattern   2 string   3 regs (cached tuple, or null)   4 pos
//          5 endpos   6 lastindex (-1: None)   7 groups (counting group 0)
//          8 marks: a bytes object holding 2 × groups Ints (start, end; -1 when unmatched)

struct SreMatchRef {
    let value: Value
    static let patternWord = 1, stringWord = 2, regsWord = 3, posWord = 4, endposWord = 5
    static let lastIndexWord = 6, groupsWord = 7, marksWord = 8
    static let words = 9

    @inline(__always) init(_ value: Value) { self.value = value }

    var pattern: SrePatternRef { SrePatternRef(value.loadValue(SreMatchRef.patternWord)) }
    var string: Value { value.loadValue(SreMatchRef.stringWord) }
    var groups: Int { value.intField(SreMatchRef.groupsWord) }
    var lastIndex: Int { value.intField(SreMatchRef.lastIndexWord) }
    var marks: UnsafeMutablePointer<Int> {
        BytesOps.data(value.loadValue(SreMatchRef.marksWord)).assumingMemoryBound(to: Int.self)
    }
    func start(_ g: Int) -> Int { marks[2 * g] }
    func end(_ g: Int) -> Int { marks[2 * g + 1] }
}

enum SreMatch {
    static var type = Value(bits: 0)

    static func engineError(_ status: Int) -> PyException {
        pyError(ExceptionTypes.named("RuntimeError"), "internal error in regular expression engine")
    }

    /// The match object for a finished run: None when it failed.
    static func make(_ pattern: Value, _ string: Value, _ st: SreState, _ status: Int) throws(PyException) -> Value {
        if status == 0 { return .none }
        if status < 0 { throw engineError(status) }
        let p = SrePatternRef(pattern)
        let groups = p.groups + 1
        let marks = allocateObject(words: VariableSizeLayout.bytesWords(count: 16 * groups), type: BytesOps.type)
        marks.storeRaw(1, 16 * groups)
        marks.storeRaw(2, -1)
        let m = BytesOps.data(marks).assumingMemoryBound(to: Int.self)
        m[0] = st.start
        m[1] = st.ptr
        for g in 1..<groups {
            if let (a, b) = st.span(g) {
                if a > b {
                    throw pyError(ExceptionTypes.named("SystemError"),
                                  "The span of capturing group is wrong, please report a bug for the re module.")
                }
                m[2 * g] = a
                m[2 * g + 1] = b
            } else {
                m[2 * g] = -1
                m[2 * g + 1] = -1
            }
        }
        let match = allocateObject(words: SreMatchRef.words, type: type)
        match.storeValue(SreMatchRef.patternWord, pattern)
        match.storeValue(SreMatchRef.stringWord, string)
        match.setIntField(SreMatchRef.posWord, st.pos)
        match.setIntField(SreMatchRef.endposWord, st.endpos)
        match.setIntField(SreMatchRef.lastIndexWord, st.lastindex)
        match.setIntField(SreMatchRef.groupsWord, groups)
        match.storeValue(SreMatchRef.marksWord, marks)
        return match
    }

    /// A group number from an int (or __index__) or a group name (CPython's match_getindex).
    static func index(_ m: SreMatchRef, _ key: Value) throws(PyException) -> Int {
        var i = -1
        if IntOps.isInt(key) || ClassSlots.special(key, "__index__") != nil {
            i = (try IntOps.index(key, clamp: true)) ?? -1
        } else if let g = try DictRef(m.pattern.groupIndex).get(key), IntOps.isInt(g) {
            i = (try IntOps.index(g, clamp: true)) ?? -1
        }
        if i < 0 || i >= m.groups { throw pyError(ExceptionTypes.named("IndexError"), "no such group") }
        return i
    }

    /// The text of group `g`, or `fallback` when it did not take part.
    static func group(_ m: SreMatchRef, _ g: Int, _ fallback: Value) throws(PyException) -> Value {
        let a = m.start(g), b = m.end(g)
        if a < 0 { return fallback }
        let string = m.string
        let input = try SreInput.of(string)
        return input.slice(string, Swift.min(a, input.length), Swift.min(b, input.length))
    }

    static func span(_ m: SreMatchRef, _ g: Int) -> Value {
        TupleRef.create(IntOps.make(Int64(m.start(g))), IntOps.make(Int64(m.end(g)))).value
    }

    /// The optional group argument of start/end/span (0 when absent).
    static func groupArgument(_ m: SreMatchRef, _ name: String, _ args: Arguments) throws(PyException) -> Int {
        try args.noKeywords(name)
        try args.checkPositional(name, 0, 1)
        return args.positionalCount == 0 ? 0 : try index(m, args[0])
    }

    static func repr(_ v: Value) throws(PyException) -> Value {
        let m = SreMatchRef(v)
        let text = String(try Runtime.reprString(try group(m, 0, .none)).unicodeScalars.prefix(50))
        return StrRef.create("<re.Match object; span=(\(m.start(0)), \(m.end(0))), match=\(text)>").value
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, _ throws(PyException) in
            throw typeError("cannot create '\(TypeRef(cls).nameString)' instances")
        }
        slots.repr = { v throws(PyException) in try repr(v) }
        slots.getitem = { v, key throws(PyException) in
            let m = SreMatchRef(v)
            return try group(m, try index(m, key), .none)
        }
        type = ModuleTypes.make("Match", module: "re", words: SreMatchRef.words, flags: [], slots: slots)
        addAttributes()
        addMethods()
        return type
    }

    static func addAttributes() {
        GetSet.add(type, "string", get: { v in SreMatchRef(v).string })
        GetSet.add(type, "re", get: { v in SreMatchRef(v).pattern.value })
        GetSet.add(type, "pos", get: { v in v.loadValue(SreMatchRef.posWord) })
        GetSet.add(type, "endpos", get: { v in v.loadValue(SreMatchRef.endposWord) })
        GetSet.add(type, "lastindex", get: { v in
            let i = SreMatchRef(v).lastIndex
            return i >= 0 ? Value(smallInt: Int64(i)) : .none
        })
        GetSet.add(type, "lastgroup", get: { v in
            let m = SreMatchRef(v)
            let names = m.pattern.indexGroup
            let i = m.lastIndex
            if names.isIdentical(.none) || i < 0 || i >= TupleRef(names).count { return .none }
            return TupleRef(names)[i]
        })
        GetSet.add(type, "regs", get: { v in
            let cached = v.loadValue(SreMatchRef.regsWord)
            if !cached.isNull { return cached }
            let m = SreMatchRef(v)
            let regs = TupleRef.allocate(m.groups)
            for g in 0..<m.groups { regs[g] = .none }
            for g in 0..<m.groups { regs[g] = span(m, g) }
            v.storeValue(SreMatchRef.regsWord, regs.value)
            return regs.value
        })
    }
}
