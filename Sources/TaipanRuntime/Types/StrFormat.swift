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

    /// Appends `text` with its replacement fields substituted, following CPython's
    /// MarkupIterator and parse_field (Objects/stringlib/unicode_format.h): the field's
    /// value is looked up (and converted) before the fields nested in its spec, so automatic
    /// numbering counts the value first; specs nest at most two levels deep.
    static func render(_ text: [UInt32], _ args: Arguments, _ autoIndex: inout Int, _ manual: inout Bool,
                       depth: Int, mapping: Value, into out: inout [UInt32]) throws(PyException) {
        if depth >= 2 { throw valueError("Max string recursion exceeded") }
        var i = 0
        while i < text.count {
            let c = text[i]
            i += 1
            if c != 0x7B && c != 0x7D { out.append(c); continue }  // { }
            let atEnd = i >= text.count
            if c == 0x7D && (atEnd || text[i] != 0x7D) { throw valueError("Single '}' encountered in format string") }
            if c == 0x7B && atEnd { throw valueError("Single '{' encountered in format string") }
            if text[i] == c { out.append(c); i += 1; continue }  // {{ or }}
            let field = try parseField(text, &i)
            var value = try lookupField(field.name, args, &autoIndex, &manual, mapping: mapping)
            switch field.conversion {
            case 0: break
            case 0x73: value = try Runtime.str(value)
            case 0x72: value = try Runtime.repr(value)
            case 0x61: value = try Runtime.ascii(value)
            default:
                let shown = field.conversion > 32 && field.conversion < 127
                    ? String(Character(Unicode.Scalar(UInt8(field.conversion))))
                    : "\\x" + String(field.conversion, radix: 16)
                throw valueError("Unknown conversion specifier \(shown)")
            }
            var spec = field.spec
            if field.specNested {
                spec = []
                try render(field.spec, args, &autoIndex, &manual, depth: depth + 1, mapping: mapping, into: &spec)
            }
            let formatted = try Runtime.format(value, StrRef.create(codePoints: spec).value)
            out.append(contentsOf: codePoints(StrRef(formatted)))
        }
    }

    struct ReplacementField {
        var name: [UInt32] = []
        var conversion: UInt32 = 0
        var spec: [UInt32] = []
        /// The spec holds fields of its own (`{:{width}}`).
        var specNested = false
    }

    /// The field starting at `i` (just after its `{`); `i` ends just after its `}`.
    static func parseField(_ text: [UInt32], _ i: inout Int) throws(PyException) -> ReplacementField {
        var field = ReplacementField()
        let nameStart = i
        var c: UInt32 = 0
        scan: while i < text.count {
            c = text[i]
            i += 1
            switch c {
            case 0x7B: throw valueError("unexpected '{' in field name")
            case 0x5B:  // [ : skip to the closing ], which is checked later
                while i < text.count && text[i] != 0x5D { i += 1 }
            case 0x7D, 0x3A, 0x21: break scan  // } : !
            default: break
            }
        }
        if c != 0x21 && c != 0x3A {
            if c != 0x7D { throw valueError("expected '}' before end of string") }
            field.name = Array(text[nameStart..<(i - 1)])
            return field
        }
        field.name = Array(text[nameStart..<(i - 1)])
        if c == 0x21 {  // !
            guard i < text.count else { throw valueError("end of string while looking for conversion specifier") }
            field.conversion = text[i]
            i += 1
            if i < text.count {
                let next = text[i]
                i += 1
                if next == 0x7D { return field }
                if next != 0x3A { throw valueError("expected ':' after conversion specifier") }
            }
        }
        let specStart = i
        var count = 1
        while i < text.count {
            let d = text[i]
            i += 1
            if d == 0x7B {
                field.specNested = true
                count += 1
            } else if d == 0x7D {
                count -= 1
                if count == 0 {
                    field.spec = Array(text[specStart..<(i - 1)])
                    return field
                }
            }
        }
        throw valueError("unmatched '{' in format spec")
    }

    /// A field-name part as CPython's get_integer reads it: decimal digits only ("-1" is a
    /// key, not an index).
    static func decimalIndex(_ part: ArraySlice<UInt32>) throws(PyException) -> Int? {
        guard !part.isEmpty, part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var n = 0
        for d in part {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (r, o2) = m.addingReportingOverflow(Int(d - 0x30))
            if o1 || o2 { throw valueError("Too many decimal digits in format string") }
            n = r
        }
        return n
    }

    /// The value a field name selects: an argument, then `.attr` and `[key]` steps.
    static func lookupField(_ name: [UInt32], _ args: Arguments, _ autoIndex: inout Int, _ manual: inout Bool,
                            mapping: Value) throws(PyException) -> Value {
        var k = 0
        while k < name.count && name[k] != 0x2E && name[k] != 0x5B { k += 1 }
        let firstPart = name[0..<k]
        let numbered = try decimalIndex(firstPart)
        var value: Value
        if !mapping.isNull {
            if firstPart.isEmpty || numbered != nil { throw valueError("Format string contains positional fields") }
            value = try Runtime.getItem(mapping, StrRef.create(codePoints: Array(firstPart)).value)
        } else if firstPart.isEmpty {
            if manual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
            guard autoIndex < args.positionalCount else {
                throw pyError(ExceptionTypes.named("IndexError"), "Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args[autoIndex]
            autoIndex += 1
        } else if let index = numbered {
            if autoIndex > 0 { throw valueError("cannot switch from automatic field numbering to manual field specification") }
            manual = true
            guard index < args.positionalCount else {
                throw pyError(ExceptionTypes.named("IndexError"), "Replacement index \(index) out of range for positional args tuple")
            }
            value = args[index]
        } else {
            let key = StrRef.create(codePoints: Array(firstPart)).value
            guard let v = args.keyword(StrRef(key).string) else { throw DictOps.keyError(key) }
            value = v
        }
        while k < name.count {
            if name[k] == 0x2E {  // .attr
                var e = k + 1
                while e < name.count && name[e] != 0x2E && name[e] != 0x5B { e += 1 }
                if e == k + 1 { throw valueError("Empty attribute in format string") }
                let attr = StrRef.create(codePoints: Array(name[(k + 1)..<e]))
                value = try Runtime.getAttribute(value, Interned.intern(attr))
                k = e
            } else {  // [key]
                var e = k + 1
                while e < name.count && name[e] != 0x5D { e += 1 }
                if e >= name.count { throw valueError("Missing ']' in format string") }
                if e == k + 1 { throw valueError("Empty attribute in format string") }
                let part = name[(k + 1)..<e]
                let key = try decimalIndex(part).map { IntOps.make(Int64($0)) } ?? StrRef.create(codePoints: Array(part)).value
                value = try Runtime.getItem(value, key)
                k = e + 1
                if k < name.count && name[k] != 0x2E && name[k] != 0x5B {
                    throw valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
        }
        return value
    }
}
