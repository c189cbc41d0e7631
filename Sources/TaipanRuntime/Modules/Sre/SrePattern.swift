// re.Pattern: a compiled regular expression, made by _sre.compile from the program
// re/_compiler.py produced. Its slots (repr, hash, ==) and attributes; the matching
// methods are in SrePattern+Methods.swift.
//
//   Pattern  word 0 type   1 pattern (str, bytes or None)   2 flags   3 groups
//            4 groupindex (dict)   5 indexgroup (tuple or None)
//            6 code (a bytes object holding the program's 32-bit words)
//            7 isbytes (1 bytes, 0 str, -1 no pattern)

#if canImport(Glibc)
import Glibc
#endif

struct SrePatternRef {
    let value: Value
    static let patternWord = 1, flagsWord = 2, groupsWord = 3, groupIndexWord = 4, indexGroupWord = 5
    static let codeWord = 6, isBytesWord = 7
    static let words = 8

    @inline(__always) init(_ value: Value) { self.value = value }

    var pattern: Value { value.loadValue(SrePatternRef.patternWord) }
    var flags: Int { value.intField(SrePatternRef.flagsWord) }
    var groups: Int { value.intField(SrePatternRef.groupsWord) }
    var groupIndex: Value { value.loadValue(SrePatternRef.groupIndexWord) }
    var indexGroup: Value { value.loadValue(SrePatternRef.indexGroupWord) }
    var codeObject: Value { value.loadValue(SrePatternRef.codeWord) }
    var isBytes: Int { value.intField(SrePatternRef.isBytesWord) }
    var codeSize: Int { BytesOps.count(codeObject) / 4 }
    var code: UnsafePointer<UInt32> { UnsafePointer(BytesOps.data(codeObject).assumingMemoryBound(to: UInt32.self)) }
}

enum SrePattern {
    static var type = Value(bits: 0)

    static func isPattern(_ v: Value) -> Bool { v.isPointer && v.type.isIdentical(type) }

    /// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    static func compile(_ args: Arguments) throws(PyException) -> Value {
        let names = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"]
        var values: [Value] = []
        for (i, name) in names.enumerated() {
            values.append(try args.required(i, name, of: "compile", names: names))
        }
        let pattern = values[0], codeList = values[2], groupIndex = values[4], indexGroup = values[5]
        func expect(_ v: Value, _ t: Value, _ name: String, _ what: String) throws(PyException) {
            if !TypeRef(v.type).isSubtype(of: t) {
                throw typeError("compile() argument '\(name)' must be \(what), not \(TypeRef(v.type).nameString)")
            }
        }
        try expect(codeList, ListRef.type, "code", "list")
        try expect(groupIndex, BuiltinTypes.dict, "groupindex", "dict")
        try expect(indexGroup, BuiltinTypes.tuple, "indexgroup", "tuple")
        let flags = try integer(values[1])
        let groups = try integer(values[3])

        let list = ListRef(codeList)
        let n = list.count
        let code = allocateObject(words: VariableSizeLayout.bytesWords(count: n * 4), type: BytesOps.type)
        code.storeRaw(1, n * 4)
        code.storeRaw(2, -1)
        let words = BytesOps.data(code).assumingMemoryBound(to: UInt32.self)
        for i in 0..<n {
            let item = list[i]
            guard IntOps.isInt(item) else {
                throw typeError("an integer is required")
            }
            guard let w = IntOps.asInt64(item), w >= 0, w <= Int64(UInt32.max) else {
                if IntOps.sign(item) < 0 {
                    throw pyError(ExceptionTypes.named("OverflowError"), "can't convert negative int to unsigned")
                }
                throw pyError(ExceptionTypes.named("OverflowError"), "regular expression code size limit exceeded")
            }
            words[i] = UInt32(w)
        }

        var isBytes = -1
        if !pattern.isIdentical(.none) {
            let input = try SreInput.of(pattern)
            isBytes = input.isBytes ? 1 : 0
        }
        if !SreValidate.program(words, count: n, groups: groups) {
            throw pyError(ExceptionTypes.named("RuntimeError"), "invalid SRE code")
        }
        let p = allocateObject(words: SrePatternRef.words, type: type)
        p.storeValue(SrePatternRef.patternWord, pattern)
        p.setIntField(SrePatternRef.flagsWord, flags)
        p.setIntField(SrePatternRef.groupsWord, groups)
        p.storeValue(SrePatternRef.groupIndexWord, groupIndex)
        p.storeValue(SrePatternRef.indexGroupWord, DictRef(groupIndex).count > 0 && TupleRef(indexGroup).count > 0 ? indexGroup : .none)
        p.storeValue(SrePatternRef.codeWord, code)
        p.setIntField(SrePatternRef.isBytesWord, isBytes)
        return p
    }

    /// A C int or Py_ssize_t argument.
    static func integer(_ v: Value) throws(PyException) -> Int {
        guard let i = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        return i
    }

    static let flagNames: [(String, Int)] = [
        ("re.IGNORECASE", SreConstants.flagIgnoreCase), ("re.LOCALE", SreConstants.flagLocale),
        ("re.MULTILINE", SreConstants.flagMultiline), ("re.DOTALL", SreConstants.flagDotAll),
        ("re.UNICODE", SreConstants.flagUnicode), ("re.VERBOSE", SreConstants.flagVerbose),
        ("re.DEBUG", SreConstants.flagDebug), ("re.ASCII", SreConstants.flagAscii),
    ]

    static func repr(_ v: Value) throws(PyException) -> Value {
        let p = SrePatternRef(v)
        var flags = p.flags
        let typeFlags = SreConstants.flagLocale | SreConstants.flagUnicode | SreConstants.flagAscii
        if p.isBytes == 0 && flags & typeFlags == SreConstants.flagUnicode { flags &= ~SreConstants.flagUnicode }
        var names: [String] = []
        for (name, bit) in flagNames where flags & bit != 0 {
            names.append(name)
            flags &= ~bit
        }
        if flags != 0 { names.append("0x" + String(UInt32(truncatingIfNeeded: flags), radix: 16)) }
        let text = String(try Runtime.reprString(p.pattern).unicodeScalars.prefix(200))
        if names.isEmpty { return StrRef.create("re.compile(\(text))").value }
        return StrRef.create("re.compile(\(text), \(names.joined(separator: "|")))").value
    }

    static func hash(_ v: Value) throws(PyException) -> Int {
        let p = SrePatternRef(v)
        var h = try Runtime.hash(p.pattern)
        let words = p.code
        var codeHash: UInt64 = 0xcbf29ce484222325
        for i in 0..<p.codeSize {
            codeHash = (codeHash ^ UInt64(words[i])) &* 0x100000001b3
        }
        h ^= Int(truncatingIfNeeded: codeHash) ^ p.flags ^ p.isBytes ^ p.codeSize
        return h == -1 ? -2 : h
    }

    static func equal(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a.isIdentical(b) { return true }
        let x = SrePatternRef(a), y = SrePatternRef(b)
        guard x.flags == y.flags, x.isBytes == y.isBytes, x.codeSize == y.codeSize else { return false }
        if memcmp(x.code, y.code, x.codeSize * 4) != 0 { return false }
        return try Runtime.equals(x.pattern, y.pattern)
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, _ throws(PyException) in
            throw typeError("cannot create '\(TypeRef(cls).nameString)' instances")
        }
        slots.repr = { v throws(PyException) in try repr(v) }
        slots.hash = { v throws(PyException) in try hash(v) }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, isPattern(b) else { return BuiltinTypes.notImplemented }
            return .bool(try equal(a, b) == (op == .eq))
        }
        type = ModuleTypes.make("Pattern", module: "re", words: SrePatternRef.words, flags: [], slots: slots)
        GetSet.add(type, "pattern", get: { v in SrePatternRef(v).pattern })
        GetSet.add(type, "flags", get: { v in Value(smallInt: Int64(SrePatternRef(v).flags)) })
        GetSet.add(type, "groups", get: { v in Value(smallInt: Int64(SrePatternRef(v).groups)) })
        GetSet.add(type, "groupindex", get: { v in
            // A copy: CPython hands out a read-only mappingproxy, which Taipan lacks.
            let copy = DictRef.create()
            var position = 0
            let source = DictRef(SrePatternRef(v).groupIndex)
            while let (key, item) = source.next(&position) { copy.setStr(key, item) }
            return copy.value
        })
        addMethods()
        return type
    }
}
