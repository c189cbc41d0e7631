// str's slots and its most used methods. The full method set (format mini-language,
// str.format, encodings, …) grows here.

import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public enum StrOps {
    @inline(__always) static func isStr(_ v: Value) -> Bool {
        v.isPointer && TypeRef(v.type).isSubtype(of: BuiltinTypes.str)
    }

    /// `s` (a str) as an exact str: itself, or a copy of a subclass instance's text (what
    /// CPython's methods return when nothing changes).
    @inline(__always) static func exact(_ s: Value) -> Value {
        s.type.isIdentical(BuiltinTypes.str) ? s : StrRef.create(codePoints: codePoints(StrRef(s))).value
    }

    /// The code points of a str.
    static func codePoints(_ s: StrRef) -> [UInt32] {
        var out = [UInt32]()
        out.reserveCapacity(s.count)
        for i in 0..<s.count { out.append(s[i]) }
        return out
    }

    /// The concatenation of the strs in `parts`.
    public static func concatenate(_ parts: UnsafeBufferPointer<Value>) -> Value {
        var total = 0
        var width = 1
        var ascii = true
        for p in parts {
            let s = StrRef(p)
            total += s.count
            width = max(width, s.width)
            ascii = ascii && s.isASCII
        }
        if parts.count == 1 { return exact(parts[0]) }
        let result = StrRef.allocate(count: total, width: width, ascii: ascii)
        var offset = 0
        for p in parts {
            let s = StrRef(p)
            if s.width == width {
                (result.data + offset * width).copyMemory(from: s.data, byteCount: s.count * width)
            } else {
                for i in 0..<s.count { store(result, offset + i, s[i]) }
            }
            offset += s.count
        }
        return result.value
    }

    @inline(__always) static func store(_ s: StrRef, _ i: Int, _ c: UInt32) {
        switch s.width {
        case 1: s.data.storeBytes(of: UInt8(c), toByteOffset: i, as: UInt8.self)
        case 2: s.data.storeBytes(of: UInt16(c), toByteOffset: i * 2, as: UInt16.self)
        default: s.data.storeBytes(of: c, toByteOffset: i * 4, as: UInt32.self)
        }
    }

    static func substring(_ s: StrRef, _ start: Int, _ end: Int) -> Value {
        if s.width == 1 {
            // One byte per code point: copy the bytes; only a non-ASCII source needs a scan
            // to know whether the piece is ASCII.
            let n = max(end - start, 0)
            let from = s.data.assumingMemoryBound(to: UInt8.self) + start
            var ascii = s.isASCII
            if !ascii {
                var high: UInt8 = 0
                for i in 0..<n { high |= from[i] }
                ascii = high < 0x80
            }
            let out = StrRef.allocate(count: n, width: 1, ascii: ascii)
            if n > 0 { out.data.copyMemory(from: from, byteCount: n) }
            return out.value
        }
        var points: [UInt32] = []
        points.reserveCapacity(max(end - start, 0))
        var i = start
        while i < end { points.append(s[i]); i += 1 }
        return StrRef.create(codePoints: points).value
    }

    /// The index of `needle` in `s` at or after `from`, or -1.
    static func find(_ s: StrRef, _ needle: StrRef, from: Int = 0, to: Int? = nil) -> Int {
        let n = needle.count
        let end = (to ?? s.count) - n
        if n == 0 { return from <= (to ?? s.count) ? from : -1 }
        var i = from
        while i <= end {
            var j = 0
            while j < n && s[i + j] == needle[j] { j += 1 }
            if j == n { return i }
            i += 1
        }
        return -1
    }

    /// `x op y` for two strs: code point order, as CPython.
    static func compare(_ x: StrRef, _ y: StrRef, _ op: CompareOp) -> Value {
        if op == .eq { return .bool(x.equals(y)) }
        if op == .ne { return .bool(!x.equals(y)) }
        let order = StrOps.order(x, y)
        switch op {
        case .lt: return .bool(order < 0)
        case .le: return .bool(order <= 0)
        case .gt: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }

    /// The three-way code point order of two strs.
    @inline(__always)
    static func order(_ x: StrRef, _ y: StrRef) -> Int {
        let n = min(x.count, y.count)
        var order: Int
        if x.width == 1 && y.width == 1 {
            // Latin-1 code points compare as unsigned bytes.
            order = n == 0 ? 0 : Int(memcmp(x.data, y.data, n))
        } else {
            var i = 0
            while i < n && x[i] == y[i] { i += 1 }
            order = i < n ? (x[i] < y[i] ? -1 : 1) : 0
        }
        if order == 0 { order = x.count < y.count ? -1 : x.count > y.count ? 1 : 0 }
        return order
    }

    static func install() {
        let str = BuiltinTypes.str
        let slots = TypeRef(str).slots
        slots.repr = { s in StrRef.create(pythonStrRepr(codePoints: codePoints(StrRef(s)))).value }
        slots.str = { s in
            exact(s)
        }
        slots.hash = { s in StrRef(s).hash }
        slots.bool = { s in StrRef(s).count > 0 }
        slots.len = { s in StrRef(s).count }
        slots.compare = { a, b, op in
            guard isStr(b) else { return BuiltinTypes.notImplemented }
            return compare(StrRef(a), StrRef(b), op)
        }
        slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard isStr(a) else { return BuiltinTypes.notImplemented }
            guard isStr(b) else {
                throw typeError("can only concatenate str (not \"\(TypeRef(b.type).nameString)\") to str")
            }
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { buffer throws(PyException) -> Value in
                buffer[0] = a
                buffer[1] = b
                return concatenate(UnsafeBufferPointer(buffer))
            }
        }
        slots.binary[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            let (sequence, count) = isStr(a) ? (a, b) : (b, a)
            // str has no number slot in CPython: a non-index count falls to the sequence
            // repeat of the left operand (Runtime.sequenceRepeat), which names the count.
            guard isStr(sequence), IntOps.isInt(count) || ClassSlots.special(count, "__index__") != nil,
                  let n = try BytesOps.repeatCount(count) else { return BuiltinTypes.notImplemented }
            let s = StrRef(sequence)
            let times = max(n, 0)
            if s.count > 0 && times > (1 << 40) / s.count { throw pyError(ExceptionTypes.named("MemoryError"), "") }
            let result = StrRef.allocate(count: s.count * times, width: s.width, ascii: s.isASCII)
            for k in 0..<times {
                (result.data + k * s.count * s.width).copyMemory(from: s.data, byteCount: s.count * s.width)
            }
            return result.value
        }
        slots.binary[BinaryOp.mod.rawValue] = { a, b throws(PyException) in
            guard isStr(a) else { return BuiltinTypes.notImplemented }
            return try PercentFormat.format(a, b)
        }
        slots.contains = { s, item throws(PyException) in
            guard isStr(item) else {
                throw typeError("'in <string>' requires string as left operand, not \(TypeRef(item.type).nameString)")
            }
            return find(StrRef(s), StrRef(item)) >= 0
        }
        slots.getitem = { s, key throws(PyException) in
            let str = StrRef(s)
            if let index = try SequenceTypes.itemIndex(key, count: str.count, what: "string") {
                return substring(str, index, index + 1)
            }
            if key.type.isIdentical(SliceObject.type) {
                let (start, _, step, count) = try SliceObject.indices(key, length: str.count)
                if step == 1 { return substring(str, start, start + count) }
                var points: [UInt32] = []
                points.reserveCapacity(count)
                var i = start
                for _ in 0..<count { points.append(str[i]); i += step }
                return StrRef.create(codePoints: points).value
            }
            throw typeError("string indices must be integers, not '\(TypeRef(key.type).nameString)'")
        }
        slots.iter = { s in SequenceIterator.create(s) }
        slots.new = { cls, args throws(PyException) in
            let value = try construct(args)
            return cls.isIdentical(str) ? value : VariableSizeLayout.instantiate(cls, copying: value)
        }

        NativeFunctions.addMethod(str, "__format__") { s, args throws(PyException) in
            try args.expect("__format__", count: 1)
            return try FormatSpec.formatStr(s, try args.str(0, "__format__").string)
        }
        NativeFunctions.addMethod(str, "join") { s, args throws(PyException) in
            try args.expect("join", count: 1)
            let items = try ListRef.fromIterable(args[0], orTypeError: "can only join an iterable")
            let n = items.count
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: max(2 * n - 1, 1)) { buffer throws(PyException) -> Value in
                if n == 0 { return StrRef.create("").value }
                for i in 0..<n {
                    let item = items[i]
                    guard isStr(item) else {
                        throw typeError("sequence item \(i): expected str instance, \(TypeRef(item.type).nameString) found")
                    }
                    buffer[2 * i] = item
                    if i < n - 1 { buffer[2 * i + 1] = s }
                }
                return concatenate(UnsafeBufferPointer(start: buffer.baseAddress, count: 2 * n - 1))
            }
        }
        NativeFunctions.addMethod(str, "strip") { s, args throws(PyException) in try strip(s, args, "strip", left: true, right: true) }
        NativeFunctions.addMethod(str, "lstrip") { s, args throws(PyException) in try strip(s, args, "lstrip", left: true, right: false) }
        NativeFunctions.addMethod(str, "rstrip") { s, args throws(PyException) in try strip(s, args, "rstrip", left: false, right: true) }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect(name, min: 1, max: 3)
                let str = StrRef(s)
                var start = 0
                var end = str.count
                if args.positionalCount > 1 && !args[1].isIdentical(BuiltinTypes.none) {
                    start = try startIndex(args[1], count: str.count)
                }
                if args.positionalCount > 2 && !args[2].isIdentical(BuiltinTypes.none) {
                    end = try clampIndex(args[2], count: str.count)
                }
                func matches(_ candidate: Value) throws(PyException) -> Bool {
                    guard isStr(candidate) else {
                        throw typeError("\(name) first arg must be str or a tuple of str, not \(TypeRef(candidate.type).nameString)")
                    }
                    let affix = StrRef(candidate)
                    if end - start < affix.count { return false }
                    let at = atEnd ? end - affix.count : start
                    for k in 0..<affix.count where str[at + k] != affix[k] { return false }
                    return true
                }
                let arg = args[0]
                if arg.type.isIdentical(BuiltinTypes.tuple) {
                    let t = TupleRef(arg)
                    for i in 0..<t.count where try matches(t[i]) { return BuiltinTypes.true }
                    return BuiltinTypes.false
                }
                return .bool(try matches(arg))
            }
        }
        NativeFunctions.addMethod(str, "find") { s, args throws(PyException) in
            try args.expect("find", min: 1, max: 3)
            let (start, end) = try bounds(args, StrRef(s).count)
            return IntOps.make(Int64(find(StrRef(s), try needle(args[0], "find"), from: start, to: end)))
        }
        NativeFunctions.addMethod(str, "replace") { s, args throws(PyException) in
            try args.expect("replace", min: 2, max: 3)
            let old = try requireStr(args[0], "replace() argument 1 must be str")
            let new = try requireStr(args[1], "replace() argument 2 must be str")
            let limit = args.positionalCount > 2 ? try intArgument(args[2]) : -1
            return StrRef.create(codePoints: TextAlgorithms.replace(codePoints(StrRef(s)), old, new, limit)).value
        }
    }

    /// The optional start and end arguments (args[1], args[2]) of find/count/index.
    static func bounds(_ args: Arguments, _ count: Int) throws(PyException) -> (Int, Int) {
        var start = 0
        var end = count
        if args.positionalCount > 1 && !args[1].isIdentical(BuiltinTypes.none) {
            // A start past the end stays past it: find('', 20) on a shorter string is -1.
            guard let i = try IntOps.index(args[1], clamp: true) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            start = i < 0 ? max(i + count, 0) : i
        }
        if args.positionalCount > 2 && !args[2].isIdentical(BuiltinTypes.none) { end = try clampIndex(args[2], count: count) }
        return (start, end)
    }

    static func needle(_ v: Value, _ method: String) throws(PyException) -> StrRef {
        guard isStr(v) else { throw typeError("must be str, not \(TypeRef(v.type).nameString)") }
        return StrRef(v)
    }

    /// A slice-style index into a sequence of `count` items: negative counts from the end,
    /// then clamped to 0…count.
    static func clampIndex(_ v: Value, count: Int) throws(PyException) -> Int {
        guard var i = try IntOps.index(v, clamp: true) else {
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        if i < 0 { i += count }
        return min(max(i, 0), count)
    }

    /// A start index as CPython's ADJUST_INDICES leaves it: negatives count from the end,
    /// but a start past the end stays there, so "abc".startswith("", 5) is False.
    static func startIndex(_ v: Value, count: Int) throws(PyException) -> Int {
        guard var i = try IntOps.index(v, clamp: true) else {
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        if i < 0 { i = max(i + count, 0) }
        return i
    }

    static func isSpace(_ c: UInt32) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0
            || (c > 0xFF && (Unicode.Scalar(c)?.properties.isWhitespace ?? false))
    }

    static func strip(_ s: Value, _ args: Arguments, _ name: String, left: Bool, right: Bool) throws(PyException) -> Value {
        try args.expect(name, min: 0, max: 1)
        let str = StrRef(s)
        var chars: [UInt32]? = nil
        // Latin-1 characters to strip as a 256-bit set: no array for the common case.
        var latin1: (UInt64, UInt64, UInt64, UInt64)? = nil
        if args.positionalCount > 0 && !args[0].isIdentical(BuiltinTypes.none) {
            guard isStr(args[0]) else { throw typeError("\(name) arg must be None or str") }
            let given = StrRef(args[0])
            if given.width == 1 {
                var set: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                let bytes = given.data.assumingMemoryBound(to: UInt8.self)
                for i in 0..<given.count {
                    let b = bytes[i], bit = UInt64(1) << UInt64(b & 63)
                    switch b >> 6 {
                    case 0: set.0 |= bit
                    case 1: set.1 |= bit
                    case 2: set.2 |= bit
                    default: set.3 |= bit
                    }
                }
                latin1 = set
            } else {
                chars = codePoints(given)
            }
        }
        func strippable(_ c: UInt32) -> Bool {
            if let set = latin1 {
                if c > 0xFF { return false }
                let bit = UInt64(1) << UInt64(c & 63)
                switch c >> 6 {
                case 0: return set.0 & bit != 0
                case 1: return set.1 & bit != 0
                case 2: return set.2 & bit != 0
                default: return set.3 & bit != 0
                }
            }
            return chars.map { $0.contains(c) } ?? isSpace(c)
        }
        var start = 0
        var end = str.count
        if left { while start < end && strippable(str[start]) { start += 1 } }
        if right { while end > start && strippable(str[end - 1]) { end -= 1 } }
        return substring(str, start, end)
    }
}
