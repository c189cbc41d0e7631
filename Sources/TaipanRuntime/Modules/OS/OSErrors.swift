// OSError from a C errno: the subclass CPython picks for the code (FileNotFoundError for
// ENOENT, …), args (errno, strerror), and the errno/strerror/filename/filename2 attributes.
// Every native module builds its OSErrors here, so a richer OSError type needs one change.

#if canImport(Glibc)
import Glibc
#endif

enum OSErrors {
    /// The OSError subclass CPython raises for `code`.
    static func typeName(_ code: Int32) -> String {
        switch code {
        case EAGAIN, EALREADY, EINPROGRESS: return "BlockingIOError"
        case ECHILD: return "ChildProcessError"
        case EPIPE, ESHUTDOWN: return "BrokenPipeError"
        case ECONNABORTED: return "ConnectionAbortedError"
        case ECONNREFUSED: return "ConnectionRefusedError"
        case ECONNRESET: return "ConnectionResetError"
        case EEXIST: return "FileExistsError"
        case ENOENT: return "FileNotFoundError"
        case EISDIR: return "IsADirectoryError"
        case ENOTDIR: return "NotADirectoryError"
        case EINTR: return "InterruptedError"
        case EACCES, EPERM: return "PermissionError"
        case ESRCH: return "ProcessLookupError"
        case ETIMEDOUT: return "TimeoutError"
        default: return "OSError"
        }
    }

    static func message(_ code: Int32) -> String {
        guard let s = strerror(code) else { return "Unknown error \(code)" }
        return String(cString: s)
    }

    /// The exception for the current (or given) errno, with the file names involved.
    static func fromErrno(_ code: Int32 = errno, filename: Value = .null, filename2: Value = .null) -> PyException {
        make(code, message(code), filename: filename, filename2: filename2)
    }

    /// `type` overrides the class chosen from the code (socket.gaierror and herror carry
    /// resolver codes, not errnos).
    static func make(_ code: Int32, _ text: String, filename: Value = .null, filename2: Value = .null,
                     type: Value = .null) -> PyException {
        let args = TupleRef.allocate(2)
        args[0] = IntOps.make(Int64(code))
        args[1] = StrRef.create(text).value
        let e = ExceptionObject.create(type: type.isNull ? ExceptionTypes.named(typeName(code)) : type, args: args.value)
        ExceptionObject.setAttribute(e, "errno", args[0])
        ExceptionObject.setAttribute(e, "strerror", args[1])
        ExceptionObject.setAttribute(e, "filename", filename.isNull ? .none : filename)
        ExceptionObject.setAttribute(e, "filename2", filename2.isNull ? .none : filename2)
        return PyException(e)
    }

    /// str() of an OSError built here: "[Errno 2] No such file or directory: 'x'". Other
    /// OSErrors keep BaseException's str (installed once, on OSError and its subclasses).
    static func installStr() {
        if installed { return }
        installed = true
        let osError = ExceptionTypes.named("OSError")
        let base = TypeRef(osError).slots.str
        for (_, t) in ExceptionTypes.byName where TypeRef(t).isSubtype(of: osError) {
            TypeRef(t).slots.str = { e throws(PyException) in
                let d = e.loadValue(ExceptionWords.dict)
                let args = TupleRef(e.loadValue(ExceptionWords.args))
                guard !d.isNull, args.count == 2, let code = DictRef(d).lookupStr(Interned.intern("errno")),
                      let text = DictRef(d).lookupStr(Interned.intern("strerror")) else {
                    if let base { return try base(e) }
                    return try Runtime.str(args.value)
                }
                var s = "[Errno \(StrRef(try Runtime.str(code)).string)] \(StrRef(try Runtime.str(text)).string)"
                if let f = DictRef(d).lookupStr(Interned.intern("filename")), !f.isIdentical(.none) {
                    s += ": " + (try Runtime.reprString(f))
                    if let g = DictRef(d).lookupStr(Interned.intern("filename2")), !g.isIdentical(.none) {
                        s += " -> " + (try Runtime.reprString(g))
                    }
                }
                return StrRef.create(s).value
            }
        }
    }

    static var installed = false
}
