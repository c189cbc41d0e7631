// The _socket module (socket.py builds on it): the constants, the exceptions (error is
// OSError and timeout TimeoutError, as in 3.10+; herror and gaierror are OSError
// subclasses carrying resolver codes), name resolution, byte-order and address-text helpers,
// the default timeout, and the socket type (SocketType.swift).

#if canImport(Glibc)
import Glibc
#endif

enum SocketModule {
    static var herror = Value(bits: 0)
    static var gaierror = Value(bits: 0)
    /// The timeout new sockets get (setdefaulttimeout): negative for none.
    static var defaultTimeout: Double = -1

    @inline(never)
    static func create() -> Value {
        OSErrors.installStr()
        let m = ModuleObject.create(name: "_socket")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        for (name, value) in SocketConstants.all { set(name, IntOps.make(value)) }
        if herror.isNull {
            herror = exceptionClass("herror")
            gaierror = exceptionClass("gaierror")
        }
        set("error", ExceptionTypes.named("OSError"))
        set("timeout", ExceptionTypes.named("TimeoutError"))
        set("herror", herror)
        set("gaierror", gaierror)
        set("has_ipv6", BuiltinTypes.true)
        let socketType = SocketType.setUp()
        ModuleTypes.export([socketType], to: m)
        set("SocketType", socketType)
        SocketFunctions.install(m)
        return m
    }

    /// class NAME(OSError) in module `module`.
    /// (type(...) cannot fail here; OSError itself is the fallback, as struct.error's.)
    static func exceptionClass(_ name: String, module: String = "socket") -> Value {
        let bases = TupleRef.allocate(1)
        bases[0] = ExceptionTypes.named("OSError")
        let namespace = DictRef.create()
        namespace.setStr(Interned.intern("__module__"), StrRef.create(module).value)
        let cls = (try? Runtime.call(BuiltinTypes.type, StrRef.create(name).value, bases.value, namespace.value)) ?? bases[0]
        BuiltinTypes.registry.append(cls)  // a root, as the native types are
        return cls
    }

    /// The string a host argument names (str, or bytes as ASCII).
    static func hostString(_ v: Value, _ function: String) throws(PyException) -> String {
        if StrOps.isStr(v) { return StrRef(v).string }
        if BytesOps.isBytes(v) || ByteArrayOps.isByteArray(v) { return String(decoding: try BytesOps.requireBytesLike(v), as: UTF8.self) }
        throw typeError("\(function)() argument 1 must be str, bytes or bytearray, not \(TypeRef(v.type).nameString)")
    }
}
