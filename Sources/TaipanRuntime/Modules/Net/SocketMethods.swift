// The methods of _socket.socket (socket.py adds makefile, accept, dup, … over them).

#if canImport(Glibc)
import Glibc
#endif

enum SocketMethods {
    static func install(_ type: Value) {
        func add(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        typealias S = SocketType
        add("fileno") { s, _ in IntOps.make(Int64(S.fd(s))) }
        add("detach") { s, _ in
            let d = S.fd(s)
            s.setIntField(S.fdWord, -1)
            return IntOps.make(Int64(d))
        }
        add("close") { s, _ throws(PyException) in
            let d = S.fd(s)
            if d < 0 { return .none }
            s.setIntField(S.fdWord, -1)
            if Glibc.close(d) != 0 && errno != ECONNRESET && errno != EINTR { throw OSErrors.fromErrno() }
            return .none
        }
        add("settimeout") { s, args throws(PyException) in
            try args.expect("settimeout", count: 1)
            S.setTimeout(s, try S.timeoutArgument(args[0]))
            return .none
        }
        add("gettimeout") { s, _ in S.timeout(s) < 0 ? .none : FloatOps.make(S.timeout(s)) }
        add("setblocking") { s, args throws(PyException) in
            try args.expect("setblocking", count: 1)
            S.setTimeout(s, try Runtime.isTrue(args[0]) ? -1 : 0)
            return .none
        }
        add("getblocking") { s, _ in .bool(S.timeout(s) != 0) }
        add("bind") { s, args throws(PyException) in
            try args.expect("bind", count: 1)
            let a = try S.address(s, args[0], "bind")
            let d = try S.openFD(s)
            if a.withPointer({ p, n in Glibc.bind(d, p, n) }) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("listen") { s, args throws(PyException) in
            try args.expect("listen", min: 0, max: 1)
            let backlog = args.positionalCount == 1 ? max(try S.int32(args[0]), 0) : min(SOMAXCONN, 128)
            if Glibc.listen(try S.openFD(s), backlog) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("_accept") { s, _ throws(PyException) in
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let n = try withUnsafeMutablePointer(to: &storage) { p throws(PyException) in
                try S.perform(s, POLLIN) { d in
                    Int(p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sp in Glibc.accept(d, sp, &length) })
                }
            }
            _ = fcntl(Int32(n), F_SETFD, FD_CLOEXEC)
            return TupleRef.create(IntOps.make(Int64(n)), SocketAddress(storage: storage, length: length).value()).value
        }
        add("connect") { s, args throws(PyException) in
            try args.expect("connect", count: 1)
            let code = try S.connect(s, try S.address(s, args[0], "connect"))
            if code != 0 { throw OSErrors.fromErrno(code) }
            return .none
        }
        add("connect_ex") { s, args throws(PyException) in
            try args.expect("connect_ex", count: 1)
            return IntOps.make(Int64(try S.connect(s, try S.address(s, args[0], "connect_ex"))))
        }
        add("send") { s, args throws(PyException) in
            try args.expect("send", min: 1, max: 2)
            let data = try BytesOps.requireBytesLike(args[0])
            let flags = args.positionalCount == 2 ? try S.int32(args[1]) : 0
            let n = try S.perform(s, POLLOUT) { d in data.withUnsafeBytes { b in Glibc.send(d, b.baseAddress, b.count, flags | Int32(MSG_NOSIGNAL)) } }
            return IntOps.make(Int64(n))
        }
        add("sendall") { s, args throws(PyException) in
            try args.expect("sendall", min: 1, max: 2)
            let data = try BytesOps.requireBytesLike(args[0])
            let flags = args.positionalCount == 2 ? try S.int32(args[1]) : 0
            var sent = 0
            while sent < data.count {
                let from = sent
                sent += try S.perform(s, POLLOUT) { d in
                    data.withUnsafeBytes { b in Glibc.send(d, b.baseAddress! + from, b.count - from, flags | Int32(MSG_NOSIGNAL)) }
                }
            }
            return .none
        }
        add("sendto") { s, args throws(PyException) in
            try args.expect("sendto", min: 2, max: 3)
            let data = try BytesOps.requireBytesLike(args[0])
            let flags = args.positionalCount == 3 ? try S.int32(args[1]) : 0
            let a = try S.address(s, args[args.positionalCount - 1], "sendto")
            let n = try S.perform(s, POLLOUT) { d in
                data.withUnsafeBytes { b in a.withPointer { p, len in Glibc.sendto(d, b.baseAddress, b.count, flags | Int32(MSG_NOSIGNAL), p, len) } }
            }
            return IntOps.make(Int64(n))
        }
        add("recv") { s, args throws(PyException) in
            try args.expect("recv", min: 1, max: 2)
            let size = try PosixPath.int(args[0])
            if size < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative buffersize in recv") }
            let flags = args.positionalCount == 2 ? try S.int32(args[1]) : 0
            return BytesOps.create(try receive(s, size, flags))
        }
        add("recvfrom") { s, args throws(PyException) in
            try args.expect("recvfrom", min: 1, max: 2)
            let size = try PosixPath.int(args[0])
            if size < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative buffersize in recvfrom") }
            let flags = args.positionalCount == 2 ? try S.int32(args[1]) : 0
            var buffer = [UInt8](repeating: 0, count: size)
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let n = try withUnsafeMutablePointer(to: &storage) { p throws(PyException) in
                try S.perform(s, POLLIN) { d in
                    buffer.withUnsafeMutableBytes { b in
                        p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sp in Glibc.recvfrom(d, b.baseAddress, b.count, flags, sp, &length) }
                    }
                }
            }
            buffer.removeSubrange(n...)
            let address = length == 0 ? .none : SocketAddress(storage: storage, length: length).value()
            return TupleRef.create(BytesOps.create(buffer), address).value
        }
        add("recv_into") { s, args throws(PyException) in
            try args.expect("recv_into", min: 1, max: 3)
            let target = args[0]
            let length = try Builtins.length(target)
            var size = args.positionalCount > 1 ? try PosixPath.int(args[1]) : 0
            if size < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative buffersize in recv_into") }
            if size == 0 { size = length }
            if size > length { throw pyError(ExceptionTypes.named("ValueError"), "buffer too small for requested bytes") }
            let flags = args.positionalCount > 2 ? try S.int32(args[2]) : 0
            let bytes = try receive(s, size, flags)
            if ByteArrayOps.isByteArray(target) {
                var all = ByteArrayOps.bytes(target)
                all.replaceSubrange(0..<bytes.count, with: bytes)
                ByteArrayOps.set(target, all)
            } else {
                for (i, b) in bytes.enumerated() { try Runtime.setItem(target, IntOps.make(Int64(i)), IntOps.make(Int64(b))) }
            }
            return IntOps.make(Int64(bytes.count))
        }
        add("shutdown") { s, args throws(PyException) in
            try args.expect("shutdown", count: 1)
            if Glibc.shutdown(try S.openFD(s), try S.int32(args[0])) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("getsockname") { s, _ throws(PyException) in try name(s, peer: false) }
        add("getpeername") { s, _ throws(PyException) in try name(s, peer: true) }
        add("setsockopt") { s, args throws(PyException) in
            try args.expect("setsockopt", min: 3, max: 4)
            let d = try S.openFD(s)
            let level = try S.int32(args[0]), option = try S.int32(args[1])
            var r: Int32
            if args.positionalCount == 4 {
                r = Glibc.setsockopt(d, level, option, nil, socklen_t(truncatingIfNeeded: try PosixPath.int(args[3])))
            } else if IntOps.isInt(args[2]) {
                var v = try S.int32(args[2])
                r = Glibc.setsockopt(d, level, option, &v, socklen_t(MemoryLayout<Int32>.size))
            } else {
                let bytes = try BytesOps.requireBytesLike(args[2])
                r = bytes.withUnsafeBytes { b in Glibc.setsockopt(d, level, option, b.baseAddress, socklen_t(b.count)) }
            }
            if r != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("getsockopt") { s, args throws(PyException) in
            try args.expect("getsockopt", min: 2, max: 3)
            let d = try S.openFD(s)
            let level = try S.int32(args[0]), option = try S.int32(args[1])
            if args.positionalCount == 3 {
                let size = try PosixPath.int(args[2])
                if size <= 0 || size > 1024 { throw OSErrors.make(EINVAL, "getsockopt buflen out of range", type: ExceptionTypes.named("OSError")) }
                var buffer = [UInt8](repeating: 0, count: size)
                var n = socklen_t(size)
                if Glibc.getsockopt(d, level, option, &buffer, &n) != 0 { throw OSErrors.fromErrno() }
                return BytesOps.create(Array(buffer[..<Int(n)]))
            }
            var v: Int32 = 0
            var n = socklen_t(MemoryLayout<Int32>.size)
            if Glibc.getsockopt(d, level, option, &v, &n) != 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(v))
        }
    }

    static func receive(_ s: Value, _ size: Int, _ flags: Int32) throws(PyException) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: size)
        let n = try SocketType.perform(s, POLLIN) { d in buffer.withUnsafeMutableBytes { b in Glibc.recv(d, b.baseAddress, b.count, flags) } }
        buffer.removeSubrange(n...)
        return buffer
    }

    static func name(_ s: Value, peer: Bool) throws(PyException) -> Value {
        let d = try SocketType.openFD(s)
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let r = withUnsafeMutablePointer(to: &storage) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sp in peer ? getpeername(d, sp, &length) : getsockname(d, sp, &length) }
        }
        if r != 0 { throw OSErrors.fromErrno() }
        return SocketAddress(storage: storage, length: length).value()
    }
}
