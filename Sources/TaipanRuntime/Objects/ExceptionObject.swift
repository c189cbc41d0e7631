// Exceptions: BaseException and the whole 3.11 hierarchy.
//
//   word 0 type   1 args (tuple)   2 __traceback__   3 __cause__   4 __context__
//        5 __suppress_context__ (bool)   6 __notes__   7 __dict__ (other attributes)
//
// Fields particular to a subclass (StopIteration.value, OSError.errno, …) live in __dict__.

public struct ExceptionWords {
    public static let args = 1
    public static let traceback = 2
    public static let cause = 3
    public static let context = 4
    public static let suppressContext = 5
    public static let notes = 6
    public static let dict = 7
    public static let count = 8
    static let layout = TraceLayout.fixed(first: 1, count: 7)
}

public enum ExceptionObject {
    /// An instance of exception type `type` with `args`.
    public static func create(type: Value, args: Value) -> Value {
        let e = allocateObject(words: max(ExceptionWords.count, TypeRef(type).instanceWords), type: type)
        e.storeValue(ExceptionWords.args, args)
        e.storeValue(ExceptionWords.traceback, .none)
        e.storeValue(ExceptionWords.cause, .none)
        e.storeValue(ExceptionWords.context, .none)
        e.storeValue(ExceptionWords.suppressContext, .bool(false))
        return e
    }

    /// An instance with the single argument `message`.
    public static func create(type: Value, message: String) -> Value {
        let text = StrRef.create(message).value
        let args = TupleRef.allocate(1)
        args[0] = text
        return create(type: type, args: args.value)
    }
}

public enum ExceptionTypes {
    /// (name, base) in an order where each base comes first. ExceptionGroup, which also
    /// derives from Exception, is completed by hand.
    static let hierarchy: [(String, String)] = [
        ("BaseException", ""), ("BaseExceptionGroup", "BaseException"), ("GeneratorExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"), ("SystemExit", "BaseException"), ("Exception", "BaseException"),
        ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
        ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
        ("EOFError", "Exception"), ("ExceptionGroup", "BaseExceptionGroup"),
        ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
        ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
        ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
        ("OSError", "Exception"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
        ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
        ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
        ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
        ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
        ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"), ("SyntaxError", "Exception"),
        ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"), ("SystemError", "Exception"),
        ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
        ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
        ("UnicodeTranslateError", "UnicodeError"), ("Warning", "Exception"), ("BytesWarning", "Warning"),
        ("DeprecationWarning", "Warning"), ("EncodingWarning", "Warning"), ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"), ("PendingDeprecationWarning", "Warning"), ("ResourceWarning", "Warning"),
        ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UnicodeWarning", "Warning"),
        ("UserWarning", "Warning"),
    ]

    /// The exception types by name; the builtins module exposes them (with the aliases
    /// EnvironmentError and IOError for OSError).
    public static var byName: [String: Value] = [:]

    public static func named(_ name: String) -> Value { byName[name]! }

    static func bootstrap() {
        for (name, baseName) in hierarchy {
            let base = baseName.isEmpty ? BuiltinTypes.object : byName[baseName]!
            let t = BuiltinTypes.makeType(name, base: base, instanceWords: ExceptionWords.count,
                                          layout: ExceptionWords.layout, flags: [.baseType, .exception],
                                          slots: TypeSlots())
            byName[name] = t
        }
        // ExceptionGroup(BaseExceptionGroup, Exception), with its C3 linearisation.
        let group = byName["ExceptionGroup"]!
        let bases = TupleRef.create(byName["BaseExceptionGroup"]!, byName["Exception"]!)
        group.storeValue(TypeWords.bases, bases.value)
        let mroNames = ["ExceptionGroup", "BaseExceptionGroup", "Exception", "BaseException"]
        let mro = TupleRef.allocate(mroNames.count + 1)
        for (i, n) in mroNames.enumerated() { mro[i] = byName[n]! }
        mro[mroNames.count] = BuiltinTypes.object
        group.storeValue(TypeWords.mro, mro.value)
    }
}
