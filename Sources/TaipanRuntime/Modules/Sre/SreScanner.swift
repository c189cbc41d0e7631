// _sre.SRE_Scanner: successive matches over one string (Pattern.scanner; finditer iterates
// its search method). It keeps where the next attempt starts and whether the last match
// was empty there.
//
//   SRE_Scanner  word 0 type   1 pattern   2 string   3 next start (-1: exhausted)
//                4 pos   5 endpos   6 mustAdvance (0 or 1)

enum SreScanner {
    static var type = Value(bits: 0)
    static let patternWord = 1, stringWord = 2, startWord = 3, posWord = 4, endposWord = 5, advanceWord = 6
    static let words = 7

    static func make(_ p: SrePatternRef, _ string: Value, _ pos: Int, _ endpos: Int) throws(PyException) -> Value {
        let (st, _) = try SrePattern.prepare(p, string, pos, endpos)
        defer { st.recycle() }
        let s = allocateObject(words: words, type: type)
        s.storeValue(patternWord, p.value)
        s.storeValue(stringWord, string)
        s.setIntField(startWord, st.start)
        s.setIntField(posWord, st.pos)
        s.setIntField(endposWord, st.endpos)
        s.setIntField(advanceWord, 0)
        return s
    }

    static func next(_ s: Value, search: Bool) throws(PyException) -> Value {
        let start = s.intField(startWord)
        if start < 0 { return .none }
        let p = SrePatternRef(s.loadValue(patternWord))
        let string = s.loadValue(stringWord)
        var (st, input) = try SrePattern.prepare(p, string, s.intField(posWord), s.intField(endposWord))
        st.start = Swift.min(start, st.end + 1)
        st.mustAdvance = s.intField(advanceWord) != 0
        st.ptr = st.start
        let status = search ? st.search(input) : st.matchHere(input)
        defer { st.recycle() }
        let match = try SreMatch.make(p.value, string, st, status)
        if status == 0 {
            s.setIntField(startWord, -1)
        } else {
            s.setIntField(advanceWord, st.ptr == st.start ? 1 : 0)
            s.setIntField(startWord, st.ptr)
        }
        return match
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, _ throws(PyException) in
            throw typeError("cannot create '\(TypeRef(cls).nameString)' instances")
        }
        type = ModuleTypes.make("SRE_Scanner", module: "_sre", words: words, flags: [], slots: slots)
        GetSet.add(type, "pattern", get: { v in v.loadValue(patternWord) })
        NativeFunctions.addMethod(type, "match") { s, args throws(PyException) in
            try args.expect("match", count: 0)
            return try next(s, search: false)
        }
        NativeFunctions.addMethod(type, "search") { s, args throws(PyException) in
            try args.expect("search", count: 0)
            return try next(s, search: true)
        }
        return type
    }
}
