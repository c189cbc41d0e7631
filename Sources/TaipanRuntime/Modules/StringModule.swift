// _string: the helpers string.Formatter uses to parse format strings as str.format does.
//
//   formatter_parser(s)            iterator of (literal, field_name, format_spec, conversion);
//                                  the three are None after a trailing literal or `{{`/`}}`
//   formatter_field_name_split(n)  (first, iterator of (is_attribute, key))

enum StringModule {
    static func create() -> Value {
        let m = ModuleObject.create(name: "_string")
        let d = DictRef(ModuleObject.dict(m))
        func add(_ name: String, _ body: @escaping NativeBody) {
            d.setStr(Interned.intern(name), NativeFunctions.make(name, bound: m, body))
        }
        add("formatter_parser") { _, args throws(PyException) in
            try args.expect("formatter_parser", count: 1)
            let text = try StrOps.requireStr(args[0])
            return try Runtime.iterate(try parse(text).value)
        }
        add("formatter_field_name_split") { _, args throws(PyException) in
            try args.expect("formatter_field_name_split", count: 1)
            return try splitFieldName(try StrOps.requireStr(args[0]))
        }
        return m
    }

    static func str(_ points: ArraySlice<UInt32>) -> Value { StrRef.create(codePoints: Array(points)).value }

    static func tuple(_ items: Value...) -> Value {
        let t = TupleRef.allocate(items.count)
        for (i, v) in items.enumerated() { t[i] = v }
        return t.value
    }

    static func parse(_ text: [UInt32]) throws(PyException) -> ListRef {
        let out = ListRef.create()
        var literal: [UInt32] = []
        var i = 0
        while i < text.count {
            let c = text[i]
            if (c == 0x7B || c == 0x7D) && i + 1 < text.count && text[i + 1] == c {  // {{ or }}
                literal.append(c)
                out.append(tuple(str(literal[...]), .none, .none, .none))
                literal = []
                i += 2
                continue
            }
            if c == 0x7D { throw StrOps.valueError("Single '}' encountered in format string") }
            if c != 0x7B { literal.append(c); i += 1; continue }
            var j = i + 1
            var depth = 1
            while j < text.count {
                if text[j] == 0x7B { depth += 1 }
                if text[j] == 0x7D { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            if j >= text.count {
                throw StrOps.valueError(i + 1 == text.count ? "Single '{' encountered in format string" : "expected '}' before end of string")
            }
            let field = text[(i + 1)..<j]
            var nameEnd = field.startIndex
            while nameEnd < field.endIndex && field[nameEnd] != 0x21 && field[nameEnd] != 0x3A { nameEnd += 1 }
            var conversion: Value = .none
            var specStart = nameEnd
            if nameEnd < field.endIndex && field[nameEnd] == 0x21 {
                guard nameEnd + 1 < field.endIndex else { throw StrOps.valueError("end of string while looking for conversion specifier") }
                conversion = str(field[(nameEnd + 1)...(nameEnd + 1)])
                specStart = nameEnd + 2
                if specStart < field.endIndex && field[specStart] != 0x3A { throw StrOps.valueError("expected ':' after conversion specifier") }
            }
            let spec = specStart < field.endIndex ? str(field[(specStart + 1)...]) : str([])
            out.append(tuple(str(literal[...]), str(field[..<nameEnd]), spec, conversion))
            literal = []
            i = j + 1
        }
        if !literal.isEmpty { out.append(tuple(str(literal[...]), .none, .none, .none)) }
        return out
    }

    static func key(_ points: ArraySlice<UInt32>) -> Value {
        if !points.isEmpty && points.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           let n = Int64(String(String.UnicodeScalarView(points.compactMap(Unicode.Scalar.init)))) {
            return IntOps.make(n)
        }
        return str(points)
    }

    static func splitFieldName(_ name: [UInt32]) throws(PyException) -> Value {
        var k = 0
        while k < name.count && name[k] != 0x2E && name[k] != 0x5B { k += 1 }
        let rest = ListRef.create()
        while k < name.count {
            var e = k + 1
            if name[k] == 0x2E {
                while e < name.count && name[e] != 0x2E && name[e] != 0x5B { e += 1 }
                rest.append(tuple(BuiltinTypes.true, str(name[(k + 1)..<e])))
                k = e
            } else {
                while e < name.count && name[e] != 0x5D { e += 1 }
                guard e < name.count else { throw StrOps.valueError("Missing ']' in format string") }
                rest.append(tuple(BuiltinTypes.false, key(name[(k + 1)..<e])))
                k = e + 1
            }
        }
        return tuple(key(name[0..<min(k, name.count)].prefix { $0 != 0x2E && $0 != 0x5B }), try Runtime.iterate(rest.value))
    }
}
