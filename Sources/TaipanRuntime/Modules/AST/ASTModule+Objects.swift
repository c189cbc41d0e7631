// The helpers the generated converters (ASTToObjects.swift, ASTFromObjects.swift) share:
// making nodes and setting their attributes, and reading attributes back with the errors
// of CPython's obj2ast_* functions (Python/Python-ast.c).
//
// GC: a node under construction is a local Value (seen by the conservative stack scan) and
// every child is stored into it as soon as it exists; the Swift AST holds no Values.

import TaipanSyntax

enum ASTToObjects {
    /// A new instance of node class `name`, made as object.__new__ would (no __init__).
    static func node(_ name: String) throws(PyException) -> Value {
        Interpreter.newInstance(try ASTModule.nodeClass(name))
    }

    static func set(_ o: Value, _ name: String, _ v: Value) throws(PyException) {
        try Runtime.setAttribute(o, Interned.intern(name), v)
    }

    static func position(_ o: Value, _ r: SourceRange) throws(PyException) {
        try set(o, "lineno", IntOps.make(Int64(r.line)))
        try set(o, "col_offset", IntOps.make(Int64(r.column)))
        try set(o, "end_lineno", IntOps.make(Int64(r.endLine)))
        try set(o, "end_col_offset", IntOps.make(Int64(r.endColumn)))
    }

    /// The one instance of a field-less class (ast.parse shares Load() as CPython does).
    static func singleton(_ name: String) throws(PyException) -> Value {
        let key = Interned.intern(name)
        if !ASTModule.singletons.isNull, let o = DictRef(ASTModule.singletons).lookupStr(key) { return o }
        let o = try node(name)
        DictRef(ASTModule.singletons).setStr(key, o)
        return o
    }

    static func list<T>(_ items: [T], _ convert: (T) throws(PyException) -> Value) throws(PyException) -> Value {
        let l = ListRef.create(capacity: items.count)
        for item in items { l.append(try convert(item)) }
        return l.value
    }

    static func optional<T>(_ item: T?, _ convert: (T) throws(PyException) -> Value) throws(PyException) -> Value {
        guard let item else { return .none }
        return try convert(item)
    }

    static func str(_ s: String) -> Value { StrRef.create(s).value }
    static func int(_ i: Int) -> Value { IntOps.make(Int64(i)) }
    static func constant(_ c: ConstantValue) -> Value { Constants.value(of: c) }
}

enum ASTFromObjects {
    static func isNode(_ o: Value, _ name: String) throws(PyException) -> Bool {
        TypeRef(o.type).isSubtype(of: try ASTModule.nodeClass(name))
    }

    static func unexpected(_ o: Value, _ kind: String) throws(PyException) -> PyException {
        typeError("expected some sort of \(kind), but got \(try Runtime.reprString(o))")
    }

    /// A required attribute: missing is CPython's TypeError.
    static func field(_ o: Value, _ name: String, _ owner: String) throws(PyException) -> Value {
        guard let v = try Runtime.lookupAttribute(o, Interned.intern(name)) else {
            throw typeError("required field \"\(name)\" missing from \(owner)")
        }
        return v
    }

    /// An optional attribute: missing reads as None.
    static func optionalField(_ o: Value, _ name: String) throws(PyException) -> Value {
        try Runtime.lookupAttribute(o, Interned.intern(name)) ?? .none
    }

    /// A list attribute (a list or a list subclass), converted item by item.
    static func list<T>(_ o: Value, _ name: String, _ owner: String,
                        _ convert: (Value) throws(PyException) -> T) throws(PyException) -> [T] {
        let v = try field(o, name, owner)
        guard TypeRef(v.type).isSubtype(of: ListRef.type) else {
            throw typeError("\(owner) field \"\(name)\" must be a list, not a \(TypeRef(v.type).nameString)")
        }
        let l = ListRef(v)
        let count = l.count
        var result: [T] = []
        result.reserveCapacity(count)
        var i = 0
        while i < count && i < l.count {
            result.append(try convert(l[i]))
            if l.count != count {
                throw pyError(ExceptionTypes.named("RuntimeError"), "\(owner) field \"\(name)\" changed size during iteration")
            }
            i += 1
        }
        return result
    }

    /// A node field that may not be None (CPython's node constructors check it).
    static func required<T>(_ x: T?, _ name: String, _ owner: String) throws(PyException) -> T {
        guard let x else { throw pyError(ExceptionTypes.named("ValueError"), "field '\(name)' is required for \(owner)") }
        return x
    }

    /// An item of a statement or expression list, which may not be None.
    static func nonNone<T>(_ x: T?, _ kind: String) throws(PyException) -> T {
        guard let x else { throw pyError(ExceptionTypes.named("ValueError"), "None disallowed in \(kind) list") }
        return x
    }

    static func optionalProduct<T>(_ o: Value, _ convert: (Value) throws(PyException) -> T) throws(PyException) -> T? {
        if o.isIdentical(.none) { return nil }
        return try convert(o)
    }

    static func toIdentifier(_ o: Value) throws(PyException) -> String? {
        if o.isIdentical(.none) { return nil }
        guard o.type.isIdentical(BuiltinTypes.str) else { throw typeError("AST identifier must be of type str") }
        return StrRef(o).string
    }

    static func toString(_ o: Value) throws(PyException) -> String? {
        if o.isIdentical(.none) { return nil }
        guard o.type.isIdentical(BuiltinTypes.str) else { throw typeError("AST string must be of type str") }
        return StrRef(o).string
    }

    /// A C int field (positions, `simple`, `conversion`, `is_async`, `level`).
    static func toInt(_ o: Value) throws(PyException) -> Int {
        guard TypeRef(o.type).isSubtype(of: BuiltinTypes.int) else {
            throw pyError(ExceptionTypes.named("ValueError"), "invalid integer value: \(try Runtime.reprString(o))")
        }
        guard let i = IntOps.asInt64(o), i >= Int64(Int32.min), i <= Int64(Int32.max) else {
            throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C int")
        }
        return Int(i)
    }

    static func toOptionalInt(_ o: Value) throws(PyException) -> Int? {
        if o.isIdentical(.none) { return nil }
        return try toInt(o)
    }

    /// The value of a Constant: the exact types CPython's validator accepts that our
    /// front end's constants can hold.
    static func toConstant(_ o: Value) throws(PyException) -> ConstantValue {
        let t = o.type
        if o.isIdentical(.none) { return .none }
        if o.isIdentical(BuiltinTypes.true) { return .bool(true) }
        if o.isIdentical(BuiltinTypes.false) { return .bool(false) }
        if o.isIdentical(BuiltinTypes.ellipsis) { return .ellipsis }
        if t.isIdentical(BuiltinTypes.int) {
            if let i = IntOps.asInt64(o) { return .int(i) }
            let digits = StrRef(try Runtime.str(o)).string
            if !digits.hasPrefix("-") { return .bigInt(digits) }
        }
        if t.isIdentical(BuiltinTypes.float) { return .float(FloatOps.value(o)) }
        if t.isIdentical(ComplexOps.type) {
            let (re, im) = ComplexOps.parts(o)
            if re == 0 && re.sign == .plus { return .imaginary(im) }
        }
        if t.isIdentical(BuiltinTypes.str) {
            let s = StrRef(o)
            var points: [UInt32] = []
            points.reserveCapacity(s.count)
            for i in 0..<s.count { points.append(s[i]) }
            return .str(points)
        }
        if t.isIdentical(BytesOps.type) { return .bytes(BytesOps.bytes(o)) }
        if t.isIdentical(BuiltinTypes.tuple) || t.isIdentical(SetOps.frozensetType) || t.isIdentical(ComplexOps.type)
            || t.isIdentical(BuiltinTypes.int) {
            throw pyError(ExceptionTypes.named("NotImplementedError"),
                          "compile() of a Constant holding a \(TypeRef(t).nameString) of this kind is not supported")
        }
        throw typeError("got an invalid type in Constant: \(TypeRef(t).nameString)")
    }

    /// lineno, col_offset, end_lineno, end_col_offset, with CPython's validation of ranges.
    static func position(_ o: Value, _ owner: String, optionalEnd: Bool) throws(PyException) -> SourceRange {
        let line = try toInt(try field(o, "lineno", owner))
        let column = try toInt(try field(o, "col_offset", owner))
        var endLine = line, endColumn = column
        if optionalEnd {
            endLine = try toOptionalInt(try optionalField(o, "end_lineno")) ?? line
            endColumn = try toOptionalInt(try optionalField(o, "end_col_offset")) ?? column
        } else {
            endLine = try toInt(try field(o, "end_lineno", owner))
            endColumn = try toInt(try field(o, "end_col_offset", owner))
        }
        let valueError = ExceptionTypes.named("ValueError")
        if line > endLine { throw pyError(valueError, "AST node line range (\(line), \(endLine)) is not valid") }
        if (line < 0 && endLine != line) || (column < 0 && column != endColumn) {
            throw pyError(valueError, "AST node column range (\(column), \(endColumn)) for line range (\(line), \(endLine)) is not valid")
        }
        if line == endLine && column > endColumn {
            throw pyError(valueError, "line \(line), column \(column)-\(endColumn) is not a valid range")
        }
        return SourceRange(line: Int32(max(line, 0)), column: Int32(max(column, 0)),
                           endLine: Int32(max(endLine, 0)), endColumn: Int32(max(endColumn, 0)))
    }
}
