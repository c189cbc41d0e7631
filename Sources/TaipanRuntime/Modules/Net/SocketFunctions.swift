// _socket's module functions: host and service lookup (getaddrinfo, gethostbyname,
// gethostbyaddr, …), byte order, address text, the default timeout, socketpair/dup/close.

#if canImport(Glibc)
import Glibc
#endif

enum SocketFunctions {
    static func valueError(_ message: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), message) }
    static func osError(_ message: String) -> PyException { pyError(ExceptionTypes.named("OSError"), message) }

    static func install(_ m: Value) {
        func add(_ name: String, _ body: @escaping NativeBody) { ModuleTypes.function(m, name, body) }
        add("gethostname") { _, args throws(PyException) in
            try args.expect("gethostname", count: 0)
            var buffer = [CChar](repeating: 0, count: 1025)
            if Glibc.gethostname(&buffer, buffer.count - 1) != 0 { throw OSErrors.fromErrno() }
            return StrRef.create(String(cString: buffer)).value
        }
        add("gethostbyname") { _, args throws(PyException) in
            try args.expect("gethostbyname", count: 1)
            var a = SocketAddress()
            try SocketAddress.resolve(try SocketModule.hostString(args[0], "gethostbyname"), family: AF_INET, into: &a)
            return TupleRef(a.value())[0]
        }
        add("gethostbyname_ex") { _, args throws(PyException) in
            try args.expect("gethostbyname_ex", count: 1)
            let name = try SocketModule.hostString(args[0], "gethostbyname_ex")
            return try hostEntry { (h, buffer, result, code) in gethostbyname_r(name, h, buffer.baseAddress, buffer.count, result, code) }
        }
        add("gethostbyaddr") { _, args throws(PyException) in
            try args.expect("gethostbyaddr", count: 1)
            var a = SocketAddress()
            try SocketAddress.resolve(try SocketModule.hostString(args[0], "gethostbyaddr"), family: AF_UNSPEC, into: &a)
            let family = Int32(a.storage.ss_family)
            var raw = [UInt8](repeating: 0, count: 16)
            let size = family == AF_INET ? 4 : 16
            withUnsafeBytes(of: a.storage) { s in
                let offset = family == AF_INET ? MemoryLayout<sockaddr_in>.offset(of: \.sin_addr)! : MemoryLayout<sockaddr_in6>.offset(of: \.sin6_addr)!
                for i in 0..<size { raw[i] = s[offset + i] }
            }
            return try hostEntry { (h, buffer, result, code) in
                gethostbyaddr_r(raw, socklen_t(size), family, h, buffer.baseAddress, buffer.count, result, code)
            }
        }
        add("getaddrinfo") { _, args throws(PyException) in try getAddressInfo(args) }
        add("getservbyname") { _, args throws(PyException) in
            try args.checkPositional("getservbyname", 1, 2)
            let name = try args.str(0, "getservbyname").string
            let proto: String? = args.positionalCount == 2 ? try args.str(1, "getservbyname").string : nil
            guard let s = getservbyname(name, proto) else { throw osError("service/proto not found") }
            return IntOps.make(Int64(UInt16(bigEndian: UInt16(truncatingIfNeeded: s.pointee.s_port))))
        }
        add("getservbyport") { _, args throws(PyException) in
            try args.checkPositional("getservbyport", 1, 2)
            let port = try SocketAddress.port(args[0], "getservbyport")
            let proto: String? = args.positionalCount == 2 ? try args.str(1, "getservbyport").string : nil
            guard let s = getservbyport(Int32(port.bigEndian), proto) else { throw osError("port/proto not found") }
            return StrRef.create(String(cString: s.pointee.s_name)).value
        }
        add("getprotobyname") { _, args throws(PyException) in
            try args.expect("getprotobyname", count: 1)
            guard let p = getprotobyname(try args.str(0, "getprotobyname").string) else { throw osError("protocol not found") }
            return IntOps.make(Int64(p.pointee.p_proto))
        }
        func order(_ name: String, bits: Int, _ swap: @escaping (UInt64) -> UInt64) {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 1)
                guard IntOps.isInt(args[0]) else {
                    throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
                }
                if IntOps.isNegative(args[0]) {
                    throw pyError(ExceptionTypes.named("OverflowError"), "\(name): can't convert negative Python int to C \(bits)-bit unsigned integer")
                }
                guard let n = IntOps.asUInt64(args[0]), n >> UInt64(bits) == 0 else {
                    throw pyError(ExceptionTypes.named("OverflowError"), "\(name): Python int too large to convert to C \(bits)-bit unsigned integer")
                }
                return IntOps.make(Int64(swap(n)))
            }
        }
        order("htons", bits: 16) { UInt64(UInt16($0).byteSwapped) }
        order("ntohs", bits: 16) { UInt64(UInt16($0).byteSwapped) }
        order("htonl", bits: 32) { UInt64(UInt32($0).byteSwapped) }
        order("ntohl", bits: 32) { UInt64(UInt32($0).byteSwapped) }
        add("inet_aton") { _, args throws(PyException) in
            try args.expect("inet_aton", count: 1)
            var a = in_addr()
            if Glibc.inet_aton(try args.str(0, "inet_aton").string, &a) == 0 {
                throw osError("illegal IP address string passed to inet_aton")
            }
            return BytesOps.create(withUnsafeBytes(of: a) { Array($0) })
        }
        add("inet_ntoa") { _, args throws(PyException) in
            try args.expect("inet_ntoa", count: 1)
            var packed = try BytesOps.requireBytesLike(args[0])
            if packed.count != 4 { throw osError("packed IP wrong length for inet_ntoa") }
            return StrRef.create(SocketAddress.text(family: AF_INET, &packed)).value
        }
        add("inet_pton") { _, args throws(PyException) in
            try args.expect("inet_pton", count: 2)
            let family = Int32(truncatingIfNeeded: try PosixPath.int(args[0]))
            var out = [UInt8](repeating: 0, count: 16)
            let r = Glibc.inet_pton(family, try args.str(1, "inet_pton").string, &out)
            if r == 0 { throw osError("illegal IP address string passed to inet_pton") }
            if r < 0 { throw OSErrors.fromErrno() }
            return BytesOps.create(Array(out[..<(family == AF_INET ? 4 : 16)]))
        }
        add("inet_ntop") { _, args throws(PyException) in
            try args.expect("inet_ntop", count: 2)
            let family = Int32(truncatingIfNeeded: try PosixPath.int(args[0]))
            var packed = try BytesOps.requireBytesLike(args[1])
            if family != AF_INET && family != AF_INET6 { throw valueError("unknown address family \(family)") }
            if packed.count != (family == AF_INET ? 4 : 16) { throw valueError("invalid length of packed IP address string") }
            return StrRef.create(SocketAddress.text(family: family, &packed)).value
        }
        add("getdefaulttimeout") { _, _ in
            SocketModule.defaultTimeout < 0 ? .none : FloatOps.make(SocketModule.defaultTimeout)
        }
        add("setdefaulttimeout") { _, args throws(PyException) in
            try args.expect("setdefaulttimeout", count: 1)
            SocketModule.defaultTimeout = try SocketType.timeoutArgument(args[0])
            return .none
        }
        add("close") { _, args throws(PyException) in
            try args.expect("close", count: 1)
            if Glibc.close(try PosixPath.fd(args[0])) != 0 && errno != ECONNRESET { throw OSErrors.fromErrno() }
            return .none
        }
        add("dup") { _, args throws(PyException) in
            try args.expect("dup", count: 1)
            let fd = fcntl(try PosixPath.fd(args[0]), F_DUPFD_CLOEXEC, 0)
            if fd < 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(fd))
        }
        add("socketpair") { _, args throws(PyException) in
            try args.checkPositional("socketpair", 0, 3)
            let family = args.positionalCount > 0 ? Int32(truncatingIfNeeded: try PosixPath.int(args[0])) : AF_UNIX
            let kind = args.positionalCount > 1 ? Int32(truncatingIfNeeded: try PosixPath.int(args[1])) : Int32(SOCK_STREAM.rawValue)
            let proto = args.positionalCount > 2 ? Int32(truncatingIfNeeded: try PosixPath.int(args[2])) : 0
            var fds: [Int32] = [0, 0]
            if Glibc.socketpair(family, kind | Int32(SOCK_CLOEXEC.rawValue), proto, &fds) != 0 { throw OSErrors.fromErrno() }
            let a = SocketType.make(SocketType.type, fd: fds[0], family: family, kind: kind, proto: proto)
            let b = SocketType.make(SocketType.type, fd: fds[1], family: family, kind: kind, proto: proto)
            return TupleRef.create(a, b).value
        }
    }

    /// (name, aliases, addresses) from a gethostby*_r call, or socket.herror.
    static func hostEntry(_ call: (UnsafeMutablePointer<hostent>, UnsafeMutableBufferPointer<CChar>,
                                    UnsafeMutablePointer<UnsafeMutablePointer<hostent>?>, UnsafeMutablePointer<Int32>) -> Int32)
        throws(PyException) -> Value {
        var h = hostent()
        var result: UnsafeMutablePointer<hostent>? = nil
        var code: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 16384)
        _ = buffer.withUnsafeMutableBufferPointer { b in call(&h, b, &result, &code) }
        guard let entry = result else {
            let text = String(cString: hstrerror(code))
            throw OSErrors.make(code, text, type: SocketModule.herror)
        }
        let aliases = ListRef.create(), addresses = ListRef.create()
        var p = entry.pointee.h_aliases
        while let alias = p?.pointee {
            aliases.append(StrRef.create(String(cString: alias)).value)
            p = p! + 1
        }
        var q = entry.pointee.h_addr_list
        while let address = q?.pointee {
            addresses.append(StrRef.create(SocketAddress.text(family: entry.pointee.h_addrtype, address)).value)
            q = q! + 1
        }
        let name = StrRef.create(String(cString: entry.pointee.h_name)).value
        return TupleRef.create(name, aliases.value, addresses.value).value
    }

    /// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0).
    static func getAddressInfo(_ args: Arguments) throws(PyException) -> Value {
        let names = ["host", "port", "family", "type", "proto", "flags"]
        let hostValue = try args.required(0, "host", of: "getaddrinfo", names: names)
        let portValue = try args.required(1, "port", of: "getaddrinfo", names: names)
        func int(_ i: Int) throws(PyException) -> Int32 {
            guard let v = try args.parameter(i, names[i], of: "getaddrinfo", names: names) else { return 0 }
            return Int32(truncatingIfNeeded: try PosixPath.int(v))
        }
        var host: String? = nil
        if !hostValue.isIdentical(.none) { host = try SocketModule.hostString(hostValue, "getaddrinfo") }
        var port: String? = nil
        if IntOps.isInt(portValue) { port = String(IntOps.asInt64(portValue) ?? 0) }
        else if StrOps.isStr(portValue) { port = StrRef(portValue).string }
        else if BytesOps.isBytes(portValue) { port = String(decoding: BytesOps.bytes(portValue), as: UTF8.self) }
        else if !portValue.isIdentical(.none) { throw osError("Int or String expected") }
        var hints = addrinfo()
        hints.ai_family = try int(2)
        hints.ai_socktype = try int(3)
        hints.ai_protocol = try int(4)
        hints.ai_flags = try int(5)
        var result: UnsafeMutablePointer<addrinfo>? = nil
        let code = getaddrinfo(host, port, &hints, &result)
        if code != 0 { throw SocketAddress.gaiError(code) }
        defer { freeaddrinfo(result) }
        let list = ListRef.create()
        var p = result
        while let info = p {
            var a = SocketAddress()
            if let address = info.pointee.ai_addr {
                withUnsafeMutableBytes(of: &a.storage) { raw in
                    raw.copyMemory(from: UnsafeRawBufferPointer(start: address, count: Int(info.pointee.ai_addrlen)))
                }
                a.length = info.pointee.ai_addrlen
            }
            let t = TupleRef.allocate(5)
            t[0] = IntOps.make(Int64(info.pointee.ai_family))
            t[1] = IntOps.make(Int64(info.pointee.ai_socktype))
            t[2] = IntOps.make(Int64(info.pointee.ai_protocol))
            t[3] = StrRef.create(info.pointee.ai_canonname.map { String(cString: $0) } ?? "").value
            t[4] = a.value()
            list.append(t.value)
            p = info.pointee.ai_next
        }
        return list.value
    }
}
