// str.format: replacement fields `{name!conversion:spec}` with automatic or explicit
// numbering, keyword names, attribute and index access (`{0.x}`, `{a[k]}`), and fields
// nested inside the spec (`{:{width}}`). Each value is formatted through format().

extension StrOps {
    /// str.format, or str.format_map when `mapping` is given (names are looked up in it).
    static func formatMethod(_ format: Value, _ args: Arguments, mapping: Value = .null) throws(PyException) -> Value {
        var autoIndex = 0
        var manual = false
        let text = codePoints(StrRef(format))
        var out: [UInt32] = []
        try render(text, args, &autoIndex, &manual, depth: 0, mapping: mapping, into: &out)
        return StrRef.create(codePoints: out).value
    }

    static func valueError(_ message: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), message) }

    static func render(_ text: [UInt32], _ args: Arguments, _ autoIndex: inout Int, _ manual: inout Bool,
                       depth: Int, mapping: Value, into out: inout [UInt32]) throws(PyException) {
        if depth > 2 { throw valueError("Max string recursion exceeded") }
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == 0x7D {  // }
                if i + 1 < text.count && text[i + 1] == 0x7D { out.append(c); i += 2; continue }
                throw valueError("Single '}' encountered in format string")
            }
            if c != 0x7B { out.append(c); i += 1; continue }  // {
            if i + 1 < text.count && text[i + 1] == 0x7B { out.append(c); i += 2; continue }
            if i + 1 == text.count { throw valueError("Single '{' encountered in format string") }
            // Find the matching close brace, counting nested ones in the spec.
            var j = i + 1
            var nesting = 1
            while j < text.count {
                if text[j] == 0x7B { nesting += 1 }
                if text[j] == 0x7D { nesting -= 1; if nesting == 0 { break } }
                j += 1
            }
            if j >= text.count { throw valueError("expected '}' before end of string") }
            let field = Array(text[(i + 1)..<j])
            // Split field name, conversion and spec.
            var nameEnd = 0
            var bracket = false
            while nameEnd < field.count {
                let f = field[nameEnd]
                if f == 0x5B { bracket = true }
                if f == 0x5D { bracket = false }
                if !bracket && (f == 0x21 || f == 0x3A) { break }  // ! :
                nameEnd += 1
            }
            let name = Array(field[0..<nameEnd])
            var conversion: UInt32 = 0
            var specStart = nameEnd
            if nameEnd < field.count && field[nameEnd] == 0x21 {
                guard nameEnd + 1 < field.count else { throw valueError("end of string while looking for conversion specifier") }
                conversion = field[nameEnd + 1]
                specStart = nameEnd + 2
                if specStart < field.count && field[specStart] != 0x3A {
                    throw valueError("expected ':' after conversion specifier")
                }
            }
            var spec: [UInt32] = []
            if specStart < field.count && field[specStart] == 0x3A {
                try render(Array(field[(specStart + 1)...]), args, &autoIndex, &manual, depth: depth + 1, mapping: mapping,
                           into: &spec)
            }
            var value = try lookupField(name, args, &autoIndex, &manual, mapping: mapping)
            switch conversion {
            case 0: break
            case 0x73: value = try Runtime.str(value)
            case 0x72: value = try Runtime.repr(value)
            case 0x61: value = try Runtime.ascii(value)
            default:
                throw valueError("Unknown conversion specifier \(String(Character(Unicode.Scalar(conversion) ?? "?")))")
            }
            let formatted = try Runtime.format(value, StrRef.create(codePoints: spec).value)
            out.append(contentsOf: codePoints(StrRef(formatted)))
            i = j + 1
        }
    }

    /// The value a field name selects: an argument, then `.attr` and `[key]` steps.
    static func lookupField(_ name: [UInt32], _ args: Arguments, _ autoIndex: inout Int, _ manual: inout Bool,
                            mapping: Value) throws(PyException) -> Value {
        var k = 0
        while k < name.count && name[k] != 0x2E && name[k] != 0x5B { k += 1 }
        let first = String(String.UnicodeScalarView(name[0..<k].compactMap(Unicode.Scalar.init)))
        var value: Value
        if !mapping.isNull {
            if first.isEmpty || Int(first) != nil { throw valueError("Format string contains positional fields") }
            value = try Runtime.getItem(mapping, StrRef.create(codePoints: Array(name[0..<k])).value)
        } else if first.isEmpty {
            if manual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
            guard autoIndex < args.positionalCount else {
                throw pyError(ExceptionTypes.named("IndexError"), "Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args[autoIndex]
            autoIndex += 1
        } else if let index = Int(first) {
            if autoIndex > 0 { throw valueError("cannot switch from automatic field numbering to manual field specification") }
            manual = true
            guard index < args.positionalCount else {
                throw pyError(ExceptionTypes.named("IndexError"), "Replacement index \(index) out of range for positional args tuple")
            }
            value = args[index]
        } else {
            guard let v = args.keyword(first) else { throw DictOps.keyError(StrRef.create(first).value) }
            value = v
        }
        while k < name.count {
            if name[k] == 0x2E {
                var e = k + 1
                while e < name.count && name[e] != 0x2E && name[e] != 0x5B { e += 1 }
                let attr = String(String.UnicodeScalarView(name[(k + 1)..<e].compactMap(Unicode.Scalar.init)))
                value = try Runtime.getAttribute(value, Interned.intern(attr))
                k = e
            } else {
                var e = k + 1
                while e < name.count && name[e] != 0x5D { e += 1 }
                let keyText = String(String.UnicodeScalarView(name[(k + 1)..<e].compactMap(Unicode.Scalar.init)))
                let key = Int(keyText).map { IntOps.make(Int64($0)) } ?? StrRef.create(keyText).value
                value = try Runtime.getItem(value, key)
                k = e + 1
            }
        }
        return value
    }
}
