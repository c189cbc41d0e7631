// Path arguments of the posix functions, as CPython's path_converter takes them: str
// (encoded to the file-system encoding, utf-8 with surrogateescape), bytes, an os.PathLike
// (its __fspath__), or an open file descriptor where the function allows one. Results that
// are names come back as bytes when the path was bytes.

enum PosixPath {
    struct Argument {
        /// The C string: file-system bytes and a terminating NUL.
        var cString: [CChar] = []
        /// The object the caller gave (for OSError.filename).
        var original: Value = .none
        var isBytes = false
        /// A file descriptor given instead of a path.
        var fd: Int32? = nil
    }

    static func typeName(_ v: Value) -> String { TypeRef(v.type).nameString }

    /// The file-system bytes of a str (surrogateescape).
    static func encode(_ s: Value) throws(PyException) -> [UInt8] {
        try Codecs.encode(StrOps.codePoints(StrRef(s)), encoding: "utf-8", errors: "surrogateescape")
    }

    /// A name from file-system bytes: bytes when `asBytes`, else str (surrogateescape).
    static func decode(_ bytes: [UInt8], asBytes: Bool) -> Value {
        if asBytes { return BytesOps.create(bytes) }
        let points = (try? Codecs.decode(bytes, encoding: "utf-8", errors: "surrogateescape")) ?? bytes.map { UInt32($0) }
        return StrRef.create(codePoints: points).value
    }

    /// os.fspath: str and bytes as they are, else the result of __fspath__.
    static func fspath(_ v: Value) throws(PyException) -> Value {
        if StrOps.isStr(v) || BytesOps.isBytes(v) { return v }
        guard let r = try ClassSlots.callSpecial(v, "__fspath__") else {
            throw typeError("expected str, bytes or os.PathLike object, not \(typeName(v))")
        }
        guard StrOps.isStr(r) || BytesOps.isBytes(r) else {
            throw typeError("expected \(typeName(v)).__fspath__() to return str or bytes, not \(typeName(r))")
        }
        return r
    }

    static func convert(_ v: Value, function: String, argument: String = "path", allowFD: Bool = false,
                        allowNone: Bool = false) throws(PyException) -> Argument {
        var a = Argument()
        a.original = v
        if allowFD, IntOps.isInt(v) {
            guard let n = IntOps.asInt64(v), n >= Int64(Int32.min), n <= Int64(Int32.max) else {
                throw pyError(ExceptionTypes.named("OverflowError"), "fd is greater than maximum")
            }
            a.fd = Int32(n)
            return a
        }
        var p = v
        if !StrOps.isStr(v) && !BytesOps.isBytes(v) {
            if let r = try ClassSlots.callSpecial(v, "__fspath__") {
                guard StrOps.isStr(r) || BytesOps.isBytes(r) else {
                    throw typeError("expected \(typeName(v)).__fspath__() to return str or bytes, not \(typeName(r))")
                }
                p = r
            } else {
                let kinds: String
                switch (allowFD, allowNone) {
                case (true, true): kinds = "string, bytes, os.PathLike, integer or None"
                case (true, false): kinds = "string, bytes, os.PathLike or integer"
                case (false, true): kinds = "string, bytes, os.PathLike or None"
                case (false, false): kinds = "string, bytes or os.PathLike"
                }
                throw typeError("\(function): \(argument) should be \(kinds), not \(typeName(v))")
            }
        }
        let bytes: [UInt8]
        if StrOps.isStr(p) {
            bytes = try encode(p)
            if bytes.contains(0) { throw pyError(ExceptionTypes.named("ValueError"), "embedded null byte") }
        } else {
            bytes = BytesOps.bytes(p)
            a.isBytes = true
            if bytes.contains(0) {
                throw pyError(ExceptionTypes.named("ValueError"), "\(function): embedded null character in \(argument)")
            }
        }
        a.cString = bytes.map { CChar(bitPattern: $0) } + [0]
        return a
    }

    /// A file descriptor argument (an int, or an object with fileno() where CPython allows it).
    static func fd(_ v: Value) throws(PyException) -> Int32 {
        guard IntOps.isInt(v) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        guard let n = IntOps.asInt64(v), n >= Int64(Int32.min), n <= Int64(Int32.max) else {
            throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C int")
        }
        return Int32(n)
    }

    /// An int argument (through __index__).
    static func int(_ v: Value) throws(PyException) -> Int {
        if FloatOps.isFloat(v) { throw typeError("'float' object cannot be interpreted as an integer") }
        guard let n = try IntOps.index(v) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return n
    }
}
