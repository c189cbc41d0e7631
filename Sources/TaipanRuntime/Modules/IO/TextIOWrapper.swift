// _io.TextIOWrapper: text over a buffered binary stream.
//
//   word 0 type   1 buffer   2 encoding (str)   3 errors (str)   4 newline mode (int)
//   5 pending bytes (read from the buffer, not yet decoded)   6 offset of the next one
//   7 line_buffering   8 write_through   9 newline kinds seen   10 mode (settable; open()
//   sets it)   11 transcoded (1: pending holds utf-8 re-encoded from a non-ASCII-compatible
//   codec, read whole)
//
// Reading keeps undecoded bytes, so lines are found on bytes (the encodings that reach this
// path keep \r and \n as themselves) and tell() is the buffer's position less the pending
// count: the cookie CPython gives when its decoder holds no state.

enum TextIOWrapper {
    static var type = Value(bits: 0)
    static let bufferWord = 1, encodingWord = 2, errorsWord = 3, newlineWord = 4, pendingWord = 5
    static let offsetWord = 6, lineBufferingWord = 7, writeThroughWord = 8, seenWord = 9, modeWord = 10
    static let transcodedWord = 11

    static func buffer(_ t: Value) throws(PyException) -> Value {
        let b = t.loadValue(bufferWord)
        if b.isNull || b.isIdentical(.none) { throw pyError(ExceptionTypes.named("ValueError"), "underlying buffer has been detached") }
        return b
    }

    static func newlineMode(_ t: Value) -> TextNewlines.Mode { TextNewlines.Mode(rawValue: t.intField(newlineWord)) ?? .universal }
    static func encoding(_ t: Value) -> String { StrRef(t.loadValue(encodingWord)).string }
    static func errors(_ t: Value) -> String { StrRef(t.loadValue(errorsWord)).string }

    static func checkOpen(_ t: Value) throws(PyException) {
        if try IOBase.isClosed(try buffer(t)) { throw IOBase.closedError() }
    }

    static func pendingCount(_ t: Value) -> Int { BytesOps.count(t.loadValue(pendingWord)) - t.intField(offsetWord) }

    static func withPending<R>(_ t: Value, _ body: (UnsafeBufferPointer<UInt8>) throws(PyException) -> R) throws(PyException) -> R {
        let p = t.loadValue(pendingWord)
        let start = t.intField(offsetWord)
        let raw = UnsafeRawPointer(BytesOps.data(p) + start).assumingMemoryBound(to: UInt8.self)
        return try body(UnsafeBufferPointer(start: raw, count: BytesOps.count(p) - start))
    }

    static func take(_ t: Value, _ n: Int) -> [UInt8] {
        let p = t.loadValue(pendingWord)
        let start = t.intField(offsetWord)
        let count = min(n, BytesOps.count(p) - start)
        t.setIntField(offsetWord, start + count)
        return Array(UnsafeRawBufferPointer(start: BytesOps.data(p) + start, count: count))
    }

    static func clearPending(_ t: Value) {
        t.storeValue(pendingWord, BytesOps.create([]))
        t.setIntField(offsetWord, 0)
    }

    static func isASCIICompatible(_ name: String) -> Bool {
        switch try? Codec.named(name) {
        case .utf16?, .utf32?: return false
        default: return true
        }
    }

    static func decodingName(_ t: Value) -> String { t.intField(transcodedWord) == 1 ? "utf-8" : encoding(t) }

    static func checkReadable(_ t: Value) throws(PyException) {
        try checkOpen(t)
        if !(try Runtime.isTrue(try Runtime.callMethod(try buffer(t), "readable"))) { throw IOBase.unsupported("not readable") }
    }

    /// Appends a chunk from the buffer to the pending bytes; false at end of file.
    static func fill(_ t: Value) throws(PyException) -> Bool {
        let b = try buffer(t)
        if !isASCIICompatible(encoding(t)) {
            if t.intField(transcodedWord) == 1 { return false }
            let all = try BytesOps.requireBytesLike(try Runtime.callMethod(b, "read"))
            let text = try Codecs.decode(all, encoding: encoding(t), errors: errors(t))
            var utf8: [UInt8] = []
            for c in text { Codec.appendUTF8(c, &utf8) }
            t.storeValue(pendingWord, BytesOps.create(take(t, Int.max) + utf8))
            t.setIntField(offsetWord, 0)
            t.setIntField(transcodedWord, 1)
            return !utf8.isEmpty
        }
        let useRead1 = b.type.isIdentical(BufferedIO.reader) || b.type.isIdentical(BufferedIO.random) || b.type.isIdentical(BytesIO.type)
        let r = try Runtime.callMethod(b, useRead1 ? "read1" : "read", IntOps.make(Int64(IOBase.defaultBufferSize)))
        if r.isIdentical(.none) { return false }
        let chunk = try BytesOps.requireBytesLike(r)
        if chunk.isEmpty { return false }
        t.storeValue(pendingWord, BytesOps.create(take(t, Int.max) + chunk))
        t.setIntField(offsetWord, 0)
        return true
    }

    /// Bytes decoded, with the newline mode's translation.
    static func decode(_ t: Value, _ bytes: [UInt8]) throws(PyException) -> Value {
        let points = try Codecs.decode(bytes, encoding: decodingName(t), errors: errors(t))
        let mode = newlineMode(t)
        if mode.splitsOnAll {
            var seen = t.intField(seenWord)
            let text = TextNewlines.translate(points, seen: &seen, translate: mode.translatesOnRead)
            t.setIntField(seenWord, seen)
            return StrRef.create(codePoints: text).value
        }
        return StrRef.create(codePoints: points).value
    }

    /// The byte length of the character starting with `lead`.
    @inline(__always) static func charLength(_ lead: UInt8, utf8: Bool) -> Int {
        if !utf8 || lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return lead < 0xF8 ? 4 : 1
    }

    static func isUTF8(_ t: Value) -> Bool {
        if t.intField(transcodedWord) == 1 { return true }
        if case .utf8? = try? Codec.named(encoding(t)) { return true }
        return false
    }

    static func readline(_ t: Value, _ limit: Int) throws(PyException) -> Value {
        try checkReadable(t)
        let mode = newlineMode(t)
        var atEnd = false
        var scanned = 0
        while true {
            let end = try withPending(t) { p in TextNewlines.lineEnd(p, from: scanned, mode, atEnd: atEnd) }
            let count = pendingCount(t)
            if end == nil && !atEnd && (limit < 0 || count < limit * 4) {
                scanned = max(0, count - 1)
                if !(try fill(t)) { atEnd = true }
                continue
            }
            let lineBytes = take(t, end ?? count)
            var line = try decode(t, lineBytes)
            if limit >= 0 && StrRef(line).count > limit {
                // Give back the bytes of the characters past the limit.
                let kept = StrOps.codePoints(StrRef(line)).prefix(limit)
                var used = 0
                let utf8 = isUTF8(t)
                var chars = 0
                while chars < kept.count && used < lineBytes.count {
                    if lineBytes[used] == 13 && mode.translatesOnRead && used + 1 < lineBytes.count && lineBytes[used + 1] == 10 { used += 1 }
                    used += charLength(lineBytes[used], utf8: utf8)
                    chars += 1
                }
                t.setIntField(offsetWord, t.intField(offsetWord) - (lineBytes.count - used))
                line = StrRef.create(codePoints: Array(kept)).value
            }
            return line
        }
    }

    static func read(_ t: Value, _ n: Int) throws(PyException) -> Value {
        try checkReadable(t)
        if n < 0 {
            while try fill(t) {}
            return try decode(t, take(t, Int.max))
        }
        let utf8 = isUTF8(t)
        let mode = newlineMode(t)
        var atEnd = false
        while true {
            // Walk n characters (\r\n is one when translated); nil when the bytes run short.
            let end: Int? = try withPending(t) { p in
                var i = 0, chars = 0
                while chars < n {
                    if i >= p.count { return nil }
                    if p[i] == 13 && mode.translatesOnRead {
                        if i + 1 >= p.count { return atEnd ? i + 1 : nil }
                        i += p[i + 1] == 10 ? 2 : 1
                    } else {
                        i += charLength(p[i], utf8: utf8)
                    }
                    chars += 1
                }
                return min(i, p.count)
            }
            if let end { return try decode(t, take(t, end)) }
            if atEnd { return try decode(t, take(t, Int.max)) }
            if !(try fill(t)) { atEnd = true }
        }
    }

    static func write(_ t: Value, _ s: Value) throws(PyException) -> Value {
        try checkOpen(t)
        guard StrOps.isStr(s) else { throw typeError("write() argument must be str, not \(TypeRef(s.type).nameString)") }
        let b = try buffer(t)
        if !(try Runtime.isTrue(try Runtime.callMethod(b, "writable"))) { throw IOBase.unsupported("not writable") }
        if pendingCount(t) > 0 {
            let position = try tell(t)
            _ = try Runtime.callMethod(b, "seek", position)
            clearPending(t)
        }
        let points = TextNewlines.forWriting(StrOps.codePoints(StrRef(s)), newlineMode(t))
        let bytes = try Codecs.encode(points, encoding: encoding(t), errors: errors(t))
        _ = try Runtime.callMethod(b, "write", BytesOps.create(bytes))
        if try Runtime.isTrue(t.loadValue(lineBufferingWord)), points.contains(10) || points.contains(13) {
            _ = try Runtime.callMethod(b, "flush")
        }
        return IntOps.make(Int64(StrRef(s).count))
    }

    static func tell(_ t: Value) throws(PyException) -> Value {
        try checkOpen(t)
        let b = try buffer(t)
        if !(try Runtime.isTrue(try Runtime.callMethod(b, "seekable"))) { throw IOBase.unsupported("underlying stream is not seekable") }
        _ = try Runtime.callMethod(b, "flush")
        let position = try Runtime.callMethod(b, "tell")
        if t.intField(transcodedWord) == 1 { return position }
        return IntOps.make((IntOps.asInt64(position) ?? 0) - Int64(pendingCount(t)))
    }

    static func seek(_ t: Value, _ args: Arguments) throws(PyException) -> Value {
        try args.expect("seek", min: 1, max: 2)
        try checkOpen(t)
        let b = try buffer(t)
        if !(try Runtime.isTrue(try Runtime.callMethod(b, "seekable"))) { throw IOBase.unsupported("underlying stream is not seekable") }
        guard let cookie = try IntOps.index(args[0]), !FloatOps.isFloat(args[0]) else {
            throw typeError("an integer is required")
        }
        let whence = args.positionalCount == 2 ? try PosixPath.int(args[1]) : 0
        switch whence {
        case 1:
            if cookie != 0 { throw IOBase.unsupported("can't do nonzero cur-relative seeks") }
            return try tell(t)
        case 2:
            if cookie != 0 { throw IOBase.unsupported("can't do nonzero end-relative seeks") }
            _ = try Runtime.callMethod(b, "flush")
            clearPending(t)
            t.setIntField(transcodedWord, 0)
            return try Runtime.callMethod(b, "seek", IntOps.make(Int64(0)), IntOps.make(Int64(2)))
        case 0:
            if cookie < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative seek position \(cookie)") }
            _ = try Runtime.callMethod(b, "flush")
            clearPending(t)
            t.setIntField(transcodedWord, 0)
            _ = try Runtime.callMethod(b, "seek", IntOps.make(Int64(cookie)))
            return IntOps.make(Int64(cookie))
        default:
            throw pyError(ExceptionTypes.named("ValueError"), "invalid whence (\(whence), should be 0, 1 or 2)")
        }
    }
}
