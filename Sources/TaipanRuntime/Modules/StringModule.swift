// The _string module: the parsers string.Formatter is built on. formatter_parser splits a
// format string into (literal, field name, spec, conversion) tuples; formatter_field_name_split
// splits a field name into its first part and its (is_attribute, key) accessors. Both follow
// CPython's MarkupIterator and FieldNameIterator, errors included.

enum StringModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_string")
        ModuleTypes.function(m, "formatter_parser") { _, args throws(PyException) in
            let text = try strArgument(args, "formatter_parser")
            let items = ListRef.create()
            try parse(text, into: items)
            return try Runtime.iterate(items.value)
        }
        ModuleTypes.function(m, "formatter_field_name_split") { _, args throws(PyException) in
            let text = try strArgument(args, "formatter_field_name_split")
            return try splitFieldName(text)
        }
        return m
    }

    static func strArgument(_ args: Arguments, _ name: String) throws(PyException) -> [UInt32] {
        try args.expect(name, count: 1)
        guard StrOps.isStr(args[0]) else {
            throw typeError("expected str, got \(TypeRef(args[0].type).nameString)")
        }
        let s = StrRef(args[0])
        return (0..<s.count).map { s[$0] }
    }

    static func tuple(_ a: Value, _ b: Value, _ c: Value, _ d: Value) -> Value {
        let t = TupleRef.allocate(4)
        t[0] = a
        t[1] = b
        t[2] = c
        t[3] = d
        return t.value
    }

    static func string(_ text: ArraySlice<UInt32>) -> Value { StrRef.create(codePoints: Array(text)).value }

    /// formatter_parser's tuples for `text`, appended to `items`.
    static func parse(_ text: [UInt32], into items: ListRef) throws(PyException) {
        let open: UInt32 = 0x7B, close: UInt32 = 0x7D
        var i = 0
        while i < text.count {
            let start = i
            var c: UInt32 = 0
            var markup = false
            while i < text.count {
                c = text[i]
                i += 1
                if c == open || c == close { markup = true; break }
            }
            let atEnd = i >= text.count
            var literalEnd = i
            if markup && c == close && (atEnd || text[i] != close) {
                throw StrOps.valueError("Single '}' encountered in format string")
            }
            if markup && atEnd && c == open { throw StrOps.valueError("Single '{' encountered in format string") }
            if markup && !atEnd {
                if text[i] == c {
                    i += 1  // an escaped brace: part of the literal
                    markup = false
                } else {
                    literalEnd -= 1
                }
            }
            let literal = string(text[start..<literalEnd])
            if !markup {
                items.append(tuple(literal, .none, .none, .none))
                continue
            }
            let (name, spec, conversion) = try parseField(text, &i)
            items.append(tuple(literal, name, spec, conversion))
        }
    }

    /// The field after a '{' at `i`: its name, spec and conversion (None when absent);
    /// leaves `i` after its closing brace.
    static func parseField(_ text: [UInt32], _ i: inout Int) throws(PyException) -> (Value, Value, Value) {
        let nameStart = i
        var delimiter: UInt32 = 0
        while i < text.count {
            let c = text[i]
            if c == 0x7D || c == 0x21 || c == 0x3A { delimiter = c; break }  // } ! :
            if c == 0x7B { throw StrOps.valueError("unexpected '{' in field name") }
            i += 1
            if c == 0x5B {  // [ … ]: anything goes inside
                while i < text.count && text[i] != 0x5D { i += 1 }
                if i < text.count { i += 1 }
            }
        }
        if delimiter == 0 { throw StrOps.valueError("expected '}' before end of string") }
        let name = string(text[nameStart..<i])
        i += 1
        var conversion = Value.none
        if delimiter == 0x21 {
            if i >= text.count { throw StrOps.valueError("end of string while looking for conversion specifier") }
            conversion = StrRef.create(codePoints: [text[i]]).value
            i += 1
            if i >= text.count { throw StrOps.valueError("unmatched '{' in format spec") }
            delimiter = text[i]
            i += 1
            if delimiter != 0x3A && delimiter != 0x7D { throw StrOps.valueError("expected ':' after conversion specifier") }
        }
        if delimiter == 0x7D { return (name, StrRef.create("").value, conversion) }
        let specStart = i
        var depth = 1
        while i < text.count {
            let c = text[i]
            i += 1
            if c == 0x7B { depth += 1 }
            if c == 0x7D {
                depth -= 1
                if depth == 0 { return (name, string(text[specStart..<(i - 1)]), conversion) }
            }
        }
        throw StrOps.valueError("unmatched '{' in format spec")
    }

    /// An int for an all-digit key, else the str.
    static func key(_ text: ArraySlice<UInt32>) -> Value {
        if !text.isEmpty && text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return IntOps.fromDecimalDigits(String(decoding: text.map { UInt8($0) }, as: UTF8.self))
        }
        return string(text)
    }

    /// (first, iterator of (is_attribute, key)).
    static func splitFieldName(_ text: [UInt32]) throws(PyException) -> Value {
        var i = 0
        while i < text.count && text[i] != 0x2E && text[i] != 0x5B { i += 1 }
        let first = key(text[0..<i])
        let rest = ListRef.create()
        while i < text.count {
            let c = text[i]
            i += 1
            let start = i
            let isAttribute: Bool
            var end: Int
            if c == 0x2E {
                isAttribute = true
                while i < text.count && text[i] != 0x2E && text[i] != 0x5B { i += 1 }
                end = i
            } else if c == 0x5B {
                isAttribute = false
                while i < text.count && text[i] != 0x5D { i += 1 }
                if i >= text.count { throw StrOps.valueError("Missing ']' in format string") }
                end = i
                i += 1
                if i < text.count && text[i] != 0x2E && text[i] != 0x5B {
                    throw StrOps.valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            } else {
                throw StrOps.valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
            if start == end { throw StrOps.valueError("Empty attribute in format string") }
            let k = isAttribute ? string(text[start..<end]) : key(text[start..<end])
            rest.append(TupleRef.create(.bool(isAttribute), k).value)
        }
        return TupleRef.create(first, try Runtime.iterate(rest.value)).value
    }
}
