// Checked accessors for native bodies: an argument read as a str (or as an attribute
// name) is type-checked first, so a wrong type raises CPython's TypeError instead of
// being read with the wrong layout.

extension Arguments {
    /// Positional argument `i`, or TypeError "NAME() missing required argument 'PARAM'
    /// (pos N)" when the call has fewer positional arguments.
    public func required(_ i: Int, _ function: String, _ parameter: String) throws(PyException) -> Value {
        if i >= positionalCount {
            throw typeError("\(function)() missing required argument '\(parameter)' (pos \(i + 1))")
        }
        return values[i]
    }

    /// Positional argument `i` as a str, or TypeError "NAME() argument must be str, not T".
    public func str(_ i: Int, _ function: String) throws(PyException) -> StrRef {
        try StrOps.expectStr(self[i], "\(function)() argument")
    }
}

extension StrOps {
    /// `v` as a str, or TypeError "WHAT must be str, not T" (CPython's message for
    /// `PyArg_Parse` "U" arguments).
    public static func expectStr(_ v: Value, _ what: @autoclosure () -> String) throws(PyException) -> StrRef {
        guard isStr(v) else {
            let got = v.isIdentical(BuiltinTypes.none) ? "None" : TypeRef(v.type).nameString
            throw typeError("\(what()) must be str, not \(got)")
        }
        return StrRef(v)
    }
}

extension Runtime {
    /// An attribute name given to __getattribute__/__setattr__/__delattr__: it must be a str.
    public static func attributeName(_ v: Value) throws(PyException) -> Value {
        guard StrOps.isStr(v) else {
            throw typeError("attribute name must be string, not '\(TypeRef(v.type).nameString)'")
        }
        // Interned: instance maps compare names by identity.
        return Interned.intern(StrRef(v))
    }
}

extension Arguments {
    /// The count check of CPython's slot wrappers (object.__setattr__ and the like):
    /// "expected 1 argument, got N", or " expected 2 arguments, got N" (sic).
    public func expectWrapped(count: Int) throws(PyException) {
        if keywordCount > 0 { throw typeError("wrapper takes no keyword arguments") }
        if positionalCount == count { return }
        if count == 1 { throw typeError("expected 1 argument, got \(positionalCount)") }
        throw typeError(" expected \(count) arguments, got \(positionalCount)")
    }
}

extension IntOps {
    /// `n` where CPython takes a C int: OverflowError outside its range.
    public static func cInt(_ n: Int) throws(PyException) -> Int {
        guard n >= Int(Int32.min) && n <= Int(Int32.max) else {
            throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C int")
        }
        return n
    }
}
