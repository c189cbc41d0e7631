// _io.TextIOWrapper's type: construction (CPython's argument checks), methods, attributes.

extension TextIOWrapper {
    static func setUp() {
        if !type.isNull { return }
        let slots = TypeSlots()
        slots.new = { cls, _ in
            let t = ModuleTypes.instance(of: cls)
            t.storeValue(bufferWord, .none)
            t.storeValue(encodingWord, StrRef.create("UTF-8").value)
            t.storeValue(errorsWord, StrRef.create("strict").value)
            t.setIntField(newlineWord, 0)
            clearPending(t)
            t.storeValue(lineBufferingWord, BuiltinTypes.false)
            t.storeValue(writeThroughWord, BuiltinTypes.false)
            t.setIntField(seenWord, 0)
            t.storeValue(modeWord, .null)
            t.setIntField(transcodedWord, 0)
            return t
        }
        slots.initialize = { t, args throws(PyException) in try initialize(t, args) }
        slots.iter = { t throws(PyException) in
            try checkOpen(t)
            return t
        }
        slots.next = { t throws(PyException) in
            let line = try readline(t, -1)
            return StrRef(line).count == 0 ? nil : line
        }
        slots.repr = { t throws(PyException) in
            var parts = ["<\(TypeRef(t.type).nameString)"]
            if let n = try? Runtime.getAttribute(t, Interned.intern("name")) { parts.append("name=\(try Runtime.reprString(n))") }
            let mode = t.loadValue(modeWord)
            if !mode.isNull { parts.append("mode=\(try Runtime.reprString(mode))") }
            parts.append("encoding=\(try Runtime.reprString(t.loadValue(encodingWord)))>")
            return StrRef.create(parts.joined(separator: " ")).value
        }
        type = ModuleTypes.make("TextIOWrapper", module: "_io", words: 12, base: IOBase.textIOBase, slots: slots)
        GetSet.add(type, "buffer") { t in t.loadValue(bufferWord) }
        GetSet.add(type, "encoding") { t in t.loadValue(encodingWord) }
        GetSet.add(type, "errors") { t in t.loadValue(errorsWord) }
        GetSet.add(type, "line_buffering") { t in t.loadValue(lineBufferingWord) }
        GetSet.add(type, "write_through") { t in t.loadValue(writeThroughWord) }
        GetSet.add(type, "newlines") { t in TextNewlines.seenValue(t.intField(seenWord)) }
        GetSet.add(type, "closed") { t throws(PyException) in try Runtime.getAttribute(try buffer(t), Interned.intern("closed")) }
        GetSet.add(type, "name") { t throws(PyException) in try Runtime.getAttribute(try buffer(t), Interned.intern("name")) }
        GetSet.add(type, "mode", get: { t throws(PyException) in
            let m = t.loadValue(modeWord)
            if m.isNull { throw attributeError("'_io.TextIOWrapper' object has no attribute 'mode'") }
            return m
        }, set: { t, v in t.storeValue(modeWord, v) })
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        method("read") { t, args throws(PyException) in try read(t, try IOBase.size(args, of: "read")) }
        method("readline") { t, args throws(PyException) in try readline(t, try IOBase.strictSize(args, of: "readline")) }
        method("write") { t, args throws(PyException) in
            try args.expect("write", count: 1)
            return try write(t, args[0])
        }
        method("tell") { t, _ throws(PyException) in try tell(t) }
        method("seek") { t, args throws(PyException) in try seek(t, args) }
        method("truncate") { t, args throws(PyException) in
            try checkOpen(t)
            let b = try buffer(t)
            _ = try Runtime.callMethod(b, "flush")
            let position = args.positionalCount > 0 && !args[0].isIdentical(.none) ? args[0] : try tell(t)
            clearPending(t)
            return try Runtime.callMethod(b, "truncate", position)
        }
        method("flush") { t, _ throws(PyException) in
            try checkOpen(t)
            return try Runtime.callMethod(try buffer(t), "flush")
        }
        method("close") { t, _ throws(PyException) in
            let b = try buffer(t)
            if try IOBase.isClosed(b) { return .none }
            var failure: PyException? = nil
            do throws(PyException) { _ = try Runtime.callMethod(b, "flush") } catch { failure = error }
            _ = try Runtime.callMethod(b, "close")
            if let failure { throw failure }
            return .none
        }
        method("detach") { t, _ throws(PyException) in
            let b = try buffer(t)
            _ = try Runtime.callMethod(b, "flush")
            t.storeValue(bufferWord, .none)
            return b
        }
        for name in ["fileno", "isatty", "readable", "writable", "seekable"] {
            method(name) { t, _ throws(PyException) in try Runtime.callMethod(try buffer(t), name) }
        }
        method("reconfigure") { t, args throws(PyException) in
            if args.positionalCount > 0 { throw typeError("reconfigure() takes no positional arguments") }
            try args.expect("reconfigure", min: 0, max: 0,
                            keywords: ["encoding", "errors", "newline", "line_buffering", "write_through"], keywordOnly: 5)
            if let e = args.keyword("encoding"), !e.isIdentical(.none) {
                _ = try Codec.named(StrRef(e).string)
                t.storeValue(encodingWord, e)
            }
            if let e = args.keyword("errors"), !e.isIdentical(.none) { t.storeValue(errorsWord, e) }
            if let n = args.keyword("newline") { t.setIntField(newlineWord, try TextNewlines.mode(n, of: "reconfigure()").rawValue) }
            if let l = args.keyword("line_buffering"), !l.isIdentical(.none) { t.storeValue(lineBufferingWord, .bool(try Runtime.isTrue(l))) }
            if let w = args.keyword("write_through"), !w.isIdentical(.none) { t.storeValue(writeThroughWord, .bool(try Runtime.isTrue(w))) }
            return .none
        }
    }

    static func initialize(_ t: Value, _ args: Arguments) throws(PyException) {
        let names = ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"]
        let b = try args.required(0, "buffer", of: "TextIOWrapper", names: names)
        var encodingValue = StrRef.create("UTF-8").value
        if let e = try args.parameter(1, "encoding", of: "TextIOWrapper", names: names), !e.isIdentical(.none) {
            guard StrOps.isStr(e) else {
                throw typeError("TextIOWrapper() argument 'encoding' must be str or None, not \(TypeRef(e.type).nameString)")
            }
            _ = try Codec.named(StrRef(e).string)
            encodingValue = e
        }
        var errorsValue = StrRef.create("strict").value
        if let e = try args.parameter(2, "errors", of: "TextIOWrapper", names: names), !e.isIdentical(.none) {
            guard StrOps.isStr(e) else {
                throw typeError("TextIOWrapper() argument 'errors' must be str or None, not \(TypeRef(e.type).nameString)")
            }
            errorsValue = e
        }
        let mode = try TextNewlines.mode(try args.parameter(3, "newline", of: "TextIOWrapper", names: names), of: "TextIOWrapper()")
        let lineBuffering = try args.parameter(4, "line_buffering", of: "TextIOWrapper", names: names).map { v throws(PyException) in try Runtime.isTrue(v) } ?? false
        let writeThrough = try args.parameter(5, "write_through", of: "TextIOWrapper", names: names).map { v throws(PyException) in try Runtime.isTrue(v) } ?? false
        t.storeValue(bufferWord, b)
        t.storeValue(encodingWord, encodingValue)
        t.storeValue(errorsWord, errorsValue)
        t.setIntField(newlineWord, mode.rawValue)
        clearPending(t)
        t.storeValue(lineBufferingWord, .bool(lineBuffering))
        t.storeValue(writeThroughWord, .bool(writeThrough))
        t.setIntField(seenWord, 0)
        t.setIntField(transcodedWord, 0)
    }
}
