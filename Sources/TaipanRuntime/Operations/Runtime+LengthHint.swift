// PyObject_LengthHint: how many items an iterable will probably give, so that building a
// list can allocate once, and so that `list(range(2**62))` raises MemoryError at once, as
// CPython, instead of growing until the machine runs out of memory.

extension Runtime {
    /// `len(o)` if `o` has one, else `o.__length_hint__()`, else `defaultValue`. A
    /// TypeError from either is ignored; a hint must be a non-negative int.
    public static func lengthHint(_ o: Value, default defaultValue: Int) throws(PyException) -> Int {
        if TypeRef(o.type).slots.len != nil {
            do throws(PyException) {
                return try Builtins.length(o)
            } catch {
                if !TypeRef(error.value.type).isSubtype(of: BuiltinTypes.typeError) { throw error }
            }
        }
        let hint: Value
        do throws(PyException) {
            guard let h = try ClassSlots.callSpecial(o, Interned.intern("__length_hint__")) else { return defaultValue }
            hint = h
        } catch {
            if TypeRef(error.value.type).isSubtype(of: BuiltinTypes.typeError) { return defaultValue }
            throw error
        }
        if hint.isIdentical(BuiltinTypes.notImplemented) { return defaultValue }
        guard IntOps.isInt(hint) else {
            throw typeError("__length_hint__ must be an integer, not \(TypeRef(hint.type).nameString)")
        }
        guard let n = IntOps.asInt64(hint) else {
            throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C ssize_t")
        }
        if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "__length_hint__() should return >= 0") }
        return Int(n)
    }
}
