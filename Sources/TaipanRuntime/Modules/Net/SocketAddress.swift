// Socket addresses between Python and C, as CPython's getsockaddrarg/makesockaddr:
// AF_INET (host, port), AF_INET6 (host, port[, flowinfo[, scope_id]]), AF_UNIX a str or
// bytes path. Host names are resolved with getaddrinfo; '' is INADDR_ANY and
// '<broadcast>' INADDR_BROADCAST.

#if canImport(Glibc)
import Glibc
#endif

struct SocketAddress {
    var storage = sockaddr_storage()
    var length: socklen_t = 0

    func withPointer<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        withUnsafeBytes(of: storage) { raw in body(raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), length) }
    }

    static func gaiError(_ code: Int32) -> PyException {
        if code == EAI_SYSTEM { return OSErrors.fromErrno() }
        return OSErrors.make(code, String(cString: gai_strerror(code)), type: SocketModule.gaierror)
    }

    /// The address of `host` in `family` (AF_INET or AF_INET6), resolving names.
    static func resolve(_ host: String, family: Int32, into address: inout SocketAddress) throws(PyException) {
        if host.isEmpty || host == "<broadcast>" {
            if family == AF_INET6 && host.isEmpty { address.set(in6: in6addr_any); return }
            address.set(in4: host.isEmpty ? INADDR_ANY : INADDR_BROADCAST)
            return
        }
        var hints = addrinfo()
        hints.ai_family = family
        var result: UnsafeMutablePointer<addrinfo>? = nil
        let code = getaddrinfo(host, nil, &hints, &result)
        if code != 0 { throw gaiError(code) }
        defer { freeaddrinfo(result) }
        guard let first = result, let a = first.pointee.ai_addr else { throw gaiError(EAI_NONAME) }
        withUnsafeMutableBytes(of: &address.storage) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(start: a, count: Int(first.pointee.ai_addrlen)))
        }
        address.length = first.pointee.ai_addrlen
    }

    mutating func set(in4 host: UInt32) {
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_addr.s_addr = host.bigEndian
        withUnsafeMutableBytes(of: &storage) { raw in withUnsafeBytes(of: a) { raw.copyMemory(from: $0) } }
        length = socklen_t(MemoryLayout<sockaddr_in>.size)
    }

    mutating func set(in6 host: in6_addr) {
        var a = sockaddr_in6()
        a.sin6_family = sa_family_t(AF_INET6)
        a.sin6_addr = host
        withUnsafeMutableBytes(of: &storage) { raw in withUnsafeBytes(of: a) { raw.copyMemory(from: $0) } }
        length = socklen_t(MemoryLayout<sockaddr_in6>.size)
    }

    /// Sets the port (network order) of an AF_INET/AF_INET6 address.
    mutating func set(port: UInt16, flowinfo: UInt32 = 0, scope: UInt32 = 0) {
        let family = Int32(storage.ss_family)
        withUnsafeMutableBytes(of: &storage) { raw in
            if family == AF_INET {
                raw.baseAddress!.assumingMemoryBound(to: sockaddr_in.self).pointee.sin_port = port.bigEndian
            } else {
                let p = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in6.self)
                p.pointee.sin6_port = port.bigEndian
                p.pointee.sin6_flowinfo = flowinfo.bigEndian
                p.pointee.sin6_scope_id = scope
            }
        }
    }

    static func port(_ v: Value, _ function: String) throws(PyException) -> UInt16 {
        guard IntOps.isInt(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        guard let n = IntOps.asInt64(v), n >= 0, n <= 65535 else {
            throw pyError(ExceptionTypes.named("OverflowError"), "\(function)(): port must be 0-65535.")
        }
        return UInt16(n)
    }

    /// The C address for Python `address` in `family` (getsockaddrarg).
    static func from(_ address: Value, family: Int32, function: String) throws(PyException) -> SocketAddress {
        var a = SocketAddress()
        switch family {
        case AF_UNIX:
            var path: [UInt8]
            if StrOps.isStr(address) { path = Array(StrRef(address).string.utf8) }
            else { path = try BytesOps.requireBytesLike(address) }
            var u = sockaddr_un()
            u.sun_family = sa_family_t(AF_UNIX)
            let capacity = MemoryLayout.size(ofValue: u.sun_path)
            if path.count >= capacity { throw pyError(ExceptionTypes.named("OSError"), "AF_UNIX path too long") }
            withUnsafeMutableBytes(of: &u.sun_path) { raw in raw.copyBytes(from: path) }
            withUnsafeMutableBytes(of: &a.storage) { raw in withUnsafeBytes(of: u) { raw.copyMemory(from: $0) } }
            a.length = socklen_t(MemoryLayout<sa_family_t>.size + path.count + (path.first == 0 ? 0 : 1))
        case AF_INET, AF_INET6:
            guard TypeRef(address.type).isSubtype(of: BuiltinTypes.tuple) else {
                throw typeError("\(function)(): AF_INET\(family == AF_INET6 ? "6" : "") address must be tuple, not \(TypeRef(address.type).nameString)")
            }
            let t = TupleRef(address)
            if family == AF_INET && t.count != 2 || family == AF_INET6 && (t.count < 2 || t.count > 4) {
                throw typeError("AF_INET\(family == AF_INET6 ? "6" : "") address must be a pair (host, port)")
            }
            let host: String
            if StrOps.isStr(t[0]) { host = StrRef(t[0]).string }
            else if BytesOps.isBytes(t[0]) { host = String(decoding: BytesOps.bytes(t[0]), as: UTF8.self) }
            else { throw typeError("str, bytes or bytearray expected, not \(TypeRef(t[0].type).nameString)") }
            let port = try port(t[1], function)
            try resolve(host, family: family, into: &a)
            var flow: UInt32 = 0, scope: UInt32 = 0
            if t.count > 2 { flow = UInt32(truncatingIfNeeded: IntOps.asInt64(t[2]) ?? 0) }
            if t.count > 3 { scope = UInt32(truncatingIfNeeded: IntOps.asInt64(t[3]) ?? 0) }
            a.set(port: port, flowinfo: flow, scope: scope)
        default:
            throw pyError(ExceptionTypes.named("OSError"), "\(function)(): bad family")
        }
        return a
    }

    /// The numeric text of an IPv4/IPv6 address.
    static func text(family: Int32, _ address: UnsafeRawPointer) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        _ = inet_ntop(family, address, &buffer, socklen_t(buffer.count))
        return String(cString: buffer)
    }

    /// The Python value of a C address (makesockaddr).
    func value() -> Value {
        let family = Int32(storage.ss_family)
        return withUnsafeBytes(of: storage) { raw -> Value in
            let base = raw.baseAddress!
            switch family {
            case AF_INET:
                let a = base.assumingMemoryBound(to: sockaddr_in.self)
                var addr = a.pointee.sin_addr
                let host = SocketAddress.text(family: AF_INET, &addr)
                return TupleRef.create(StrRef.create(host).value, IntOps.make(Int64(UInt16(bigEndian: a.pointee.sin_port)))).value
            case AF_INET6:
                let a = base.assumingMemoryBound(to: sockaddr_in6.self)
                var addr = a.pointee.sin6_addr
                let host = SocketAddress.text(family: AF_INET6, &addr)
                let t = TupleRef.allocate(4)
                t[0] = StrRef.create(host).value
                t[1] = IntOps.make(Int64(UInt16(bigEndian: a.pointee.sin6_port)))
                t[2] = IntOps.make(Int64(UInt32(bigEndian: a.pointee.sin6_flowinfo)))
                t[3] = IntOps.make(Int64(a.pointee.sin6_scope_id))
                return t.value
            case AF_UNIX:
                let count = Int(length) - MemoryLayout<sa_family_t>.size
                if count <= 0 { return StrRef.create("").value }
                let bytes = Array(UnsafeRawBufferPointer(start: base + MemoryLayout<sa_family_t>.size, count: count))
                if bytes.first == 0 { return BytesOps.create(bytes) }  // Linux's abstract namespace
                let end = bytes.firstIndex(of: 0) ?? bytes.count
                return StrRef.create(String(decoding: bytes[..<end], as: UTF8.self)).value
            default:
                return TupleRef.create(IntOps.make(Int64(family)), BytesOps.create([])).value
            }
        }
    }
}
