// printf-style `bytes % args` (PEP 461): the str engine with bytes as the code units.
// %s and %b take a bytes-like object or one with __bytes__, %r and %a give ascii(),
// %c takes an int in range(256) or a single byte; the numeric conversions are str's.

enum BytesPercent {
    static func format(_ format: Value, _ args: Value) throws(PyException) -> Value {
        let text = (BytesOps.contents(format) ?? []).map { UInt32($0) }
        let out = try PercentEngine.format(text, args, host: BytesPercentHost())
        return BytesOps.make(like: format, out.map { UInt8(truncatingIfNeeded: $0) })
    }
}

struct BytesPercentHost: PercentFormatHost {
    let runtime = RuntimePercentHost()
    var isBytes: Bool { true }

    func failure(_ error: FormatError) -> PyException { runtime.failure(error) }
    func tupleCount(_ a: Value) -> Int? { runtime.tupleCount(a) }
    func tupleItem(_ a: Value, _ i: Int) -> Value { runtime.tupleItem(a, i) }

    func isMapping(_ a: Value) -> Bool {
        guard a.isPointer else { return false }
        let t = TypeRef(a.type)
        return t.slots.getitem != nil && !t.isSubtype(of: BuiltinTypes.tuple) && !BytesOps.isBytes(a)
            && !t.isSubtype(of: BuiltinTypes.str)
    }

    func item(_ mapping: Value, key: [UInt32]) throws(PyException) -> Value {
        try Runtime.getItem(mapping, BytesOps.create(key.map { UInt8(truncatingIfNeeded: $0) }))
    }

    func text(_ a: Value, conversion: UInt8) throws(PyException) -> [UInt32] {
        if conversion == 0x72 || conversion == 0x61 {  // r a: ascii(a), which is ASCII
            return FormatEngine.codePoints(of: try Runtime.ascii(a))
        }
        if let b = BytesOps.contents(a) { return b.map { UInt32($0) } }
        if let r = try ClassSlots.callSpecial(a, "__bytes__") {
            guard BytesOps.isBytes(r) else { throw typeError("__bytes__ returned non-bytes (type \(BytesOps.typeName(r)))") }
            return BytesOps.bytes(r).map { UInt32($0) }
        }
        throw typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(BytesOps.typeName(a))'")
    }

    func integer(_ a: Value, conversion: UInt8) throws(PyException) -> (negative: Bool, magnitude: [UInt8]) {
        try runtime.integer(a, conversion: conversion)
    }

    func real(_ a: Value) throws(PyException) -> Double { try runtime.real(a) }

    func character(_ a: Value) throws(PyException) -> UInt32 {
        if let b = BytesOps.contents(a) {
            guard b.count == 1 else { throw typeError("%c requires an integer in range(256) or a single byte") }
            return UInt32(b[0])
        }
        guard !FloatOps.isFloat(a), let i = try? IntOps.index(a, clamp: true) else {
            throw typeError("%c requires an integer in range(256) or a single byte")
        }
        guard i >= 0 && i < 256 else { throw pyError(ExceptionTypes.named("OverflowError"), "%c arg not in range(256)") }
        return UInt32(i)
    }

    func starValue(_ a: Value) throws(PyException) -> Int? { try runtime.starValue(a) }
}
