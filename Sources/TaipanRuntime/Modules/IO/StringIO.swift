// _io.StringIO: an in-memory text stream. Writes at the end are collected as chunks and
// joined when something reads (CPython's accumulating state), so building a text by many
// writes is linear.
//
//   word 0 type   1 contents (str)   2 chunks written after contents (list of str)
//   3 length (all characters)   4 position   5 closed   6 newline mode   7 kinds seen

enum StringIO {
    static var type = Value(bits: 0)
    static let contentsWord = 1, chunksWord = 2, lengthWord = 3, positionWord = 4, closedWord = 5
    static let newlineWord = 6, seenWord = 7

    static func closedError() -> PyException { IOBase.closedError("I/O operation on closed file") }

    static func checkOpen(_ s: Value) throws(PyException) {
        if s.loadValue(closedWord).isIdentical(BuiltinTypes.true) { throw closedError() }
    }

    static func mode(_ s: Value) -> TextNewlines.Mode { TextNewlines.Mode(rawValue: s.intField(newlineWord)) ?? .lf }

    /// The whole text as one str (joining the chunks).
    static func contents(_ s: Value) -> StrRef {
        let chunks = ListRef(s.loadValue(chunksWord))
        if chunks.count > 0 {
            var points = StrOps.codePoints(StrRef(s.loadValue(contentsWord)))
            for i in 0..<chunks.count { points += StrOps.codePoints(StrRef(chunks[i])) }
            s.storeValue(contentsWord, StrRef.create(codePoints: points).value)
            s.storeValue(chunksWord, ListRef.create().value)
        }
        return StrRef(s.loadValue(contentsWord))
    }

    static func slice(_ text: StrRef, _ start: Int, _ end: Int) -> Value {
        if start >= end { return StrRef.create("").value }
        if start == 0 && end == text.count { return text.value }
        var points: [UInt32] = []
        points.reserveCapacity(end - start)
        for i in start..<end { points.append(text[i]) }
        return StrRef.create(codePoints: points).value
    }

    static func write(_ s: Value, _ v: Value) throws(PyException) -> Int {
        guard StrOps.isStr(v) else { throw typeError("string argument expected, got '\(TypeRef(v.type).nameString)'") }
        try checkOpen(s)
        let count = StrRef(v).count
        var text = v
        let m = mode(s)
        if m == .universal || m.writeEnding != nil {
            var points = StrOps.codePoints(StrRef(v))
            if m == .universal {
                var seen = s.intField(seenWord)
                points = TextNewlines.translate(points, seen: &seen, translate: true)
                s.setIntField(seenWord, seen)
            } else {
                points = TextNewlines.forWriting(points, m)
            }
            text = StrRef.create(codePoints: points).value
        }
        let n = StrRef(text).count
        if n == 0 { return count }
        let position = s.intField(positionWord), length = s.intField(lengthWord)
        if position == length {
            ListRef(s.loadValue(chunksWord)).append(text)
        } else {
            var points = StrOps.codePoints(contents(s))
            if position > points.count { points += [UInt32](repeating: 0, count: position - points.count) }
            let end = min(position + n, points.count)
            points.replaceSubrange(position..<end, with: StrOps.codePoints(StrRef(text)))
            s.storeValue(contentsWord, StrRef.create(codePoints: points).value)
        }
        s.setIntField(positionWord, position + n)
        s.setIntField(lengthWord, max(length, position + n))
        return count
    }

    static func readline(_ s: Value, _ limit: Int) throws(PyException) -> Value {
        try checkOpen(s)
        let text = contents(s)
        let start = s.intField(positionWord)
        if start >= text.count { return StrRef.create("").value }
        let m = mode(s)
        var i = start
        var end = text.count
        while i < text.count {
            let c = text[i]
            if c == 10 && m != .cr && m != .crlf { end = i + 1; break }
            if c == 13 {
                if m == .cr { end = i + 1; break }
                if m == .crlf || m == .untranslated {
                    if i + 1 < text.count && text[i + 1] == 10 { end = i + 2; break }
                    if m == .untranslated { end = i + 1; break }
                }
            }
            i += 1
        }
        if limit >= 0 { end = min(end, start + limit) }
        s.setIntField(positionWord, end)
        return slice(text, start, end)
    }

    static func setUp() {
        if !type.isNull { return }
        let slots = TypeSlots()
        slots.new = { cls, _ in
            let s = ModuleTypes.instance(of: cls)
            s.storeValue(contentsWord, StrRef.create("").value)
            s.storeValue(chunksWord, ListRef.create().value)
            s.setIntField(lengthWord, 0)
            s.setIntField(positionWord, 0)
            s.storeValue(closedWord, BuiltinTypes.false)
            s.setIntField(newlineWord, TextNewlines.Mode.lf.rawValue)
            s.setIntField(seenWord, 0)
            return s
        }
        slots.initialize = { s, args throws(PyException) in
            let names = ["initial_value", "newline"]
            let initial = try args.parameter(0, "initial_value", of: "StringIO", names: names)
            if let nl = try args.parameter(1, "newline", of: "StringIO", names: names) {
                s.setIntField(newlineWord, try TextNewlines.mode(nl, of: "StringIO()", quoted: true).rawValue)
            }
            s.storeValue(contentsWord, StrRef.create("").value)
            s.storeValue(chunksWord, ListRef.create().value)
            s.setIntField(lengthWord, 0)
            s.setIntField(positionWord, 0)
            if let initial, !initial.isIdentical(.none) {
                guard StrOps.isStr(initial) else {
                    throw typeError("initial_value must be str or None, not \(TypeRef(initial.type).nameString)")
                }
                _ = try write(s, initial)
                s.setIntField(positionWord, 0)
            }
        }
        slots.iter = { s throws(PyException) in
            try checkOpen(s)
            return s
        }
        slots.next = { s throws(PyException) in
            let line = try readline(s, -1)
            return StrRef(line).count == 0 ? nil : line
        }
        type = ModuleTypes.make("StringIO", module: "_io", words: 8, base: IOBase.textIOBase, slots: slots)
        GetSet.add(type, "closed") { s in s.loadValue(closedWord) }
        GetSet.add(type, "line_buffering") { s throws(PyException) in
            try checkOpen(s)
            return BuiltinTypes.false
        }
        GetSet.add(type, "newlines") { s throws(PyException) in
            try checkOpen(s)
            return TextNewlines.seenValue(s.intField(seenWord))
        }
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        method("write") { s, args throws(PyException) in
            try args.expect("write", count: 1)
            return IntOps.make(Int64(try write(s, args[0])))
        }
        method("read") { s, args throws(PyException) in
            let n = try IOBase.size(args, of: "read")
            try checkOpen(s)
            let text = contents(s)
            let start = min(s.intField(positionWord), text.count)
            let end = n < 0 ? text.count : min(text.count, start + n)
            s.setIntField(positionWord, max(end, s.intField(positionWord)))
            return slice(text, start, end)
        }
        method("readline") { s, args throws(PyException) in try readline(s, try IOBase.size(args, of: "readline")) }
        method("getvalue") { s, _ throws(PyException) in
            try checkOpen(s)
            return contents(s).value
        }
        method("tell") { s, _ throws(PyException) in
            try checkOpen(s)
            return IntOps.make(Int64(s.intField(positionWord)))
        }
        method("seek") { s, args throws(PyException) in
            try args.expect("seek", min: 1, max: 2)
            let position = try PosixPath.int(args[0])
            let whence = args.positionalCount == 2 ? try PosixPath.int(args[1]) : 0
            try checkOpen(s)
            switch whence {
            case 0:
                if position < 0 { throw pyError(ExceptionTypes.named("ValueError"), "Negative seek position \(position)") }
                s.setIntField(positionWord, position)
            case 1:
                if position != 0 { throw pyError(ExceptionTypes.named("OSError"), "Can't do nonzero cur-relative seeks") }
            case 2:
                if position != 0 { throw pyError(ExceptionTypes.named("OSError"), "Can't do nonzero end-relative seeks") }
                s.setIntField(positionWord, s.intField(lengthWord))
            default:
                throw pyError(ExceptionTypes.named("ValueError"), "Invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return IntOps.make(Int64(s.intField(positionWord)))
        }
        method("truncate") { s, args throws(PyException) in
            try checkOpen(s)
            var size = s.intField(positionWord)
            if args.positionalCount > 0 && !args[0].isIdentical(.none) { size = try PosixPath.int(args[0]) }
            if size < 0 { throw pyError(ExceptionTypes.named("ValueError"), "Negative size value \(size)") }
            let text = contents(s)
            if size < text.count {
                s.storeValue(contentsWord, slice(text, 0, size))
                s.setIntField(lengthWord, size)
            }
            return IntOps.make(Int64(size))
        }
        method("close") { s, _ in
            s.storeValue(closedWord, BuiltinTypes.true)
            return .none
        }
        for name in ["readable", "writable", "seekable"] {
            method(name) { s, _ throws(PyException) in
                try checkOpen(s)
                return BuiltinTypes.true
            }
        }
    }
}
