// How a Python exception travels through Swift code: `throws(PyException)`, which costs a
// register and a branch, carrying the exception instance.

public struct PyException: Error {
    /// The exception instance (a BaseException or subclass).
    public var value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }
}

/// Creates an exception of `type` with a message, ready to throw.
@inline(never)
public func pyError(_ type: Value, _ message: String) -> PyException {
    PyException(ExceptionObject.create(type: type, message: message))
}

@inline(never)
public func typeError(_ message: String) -> PyException { pyError(BuiltinTypes.typeError, message) }

@inline(never)
public func attributeError(_ message: String) -> PyException { pyError(BuiltinTypes.attributeError, message) }
