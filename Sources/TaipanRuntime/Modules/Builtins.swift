// The builtins module: the functions every program reaches for, the built-in types and
// exceptions under their names, and the constants.

#if canImport(Glibc)
import Glibc
#endif

public enum Builtins {
    public static var module = Value(bits: 0)

    /// The builtins namespace for code running with `globals` (its `__builtins__` if it has
    /// a dict or module there, else ours).
    public static func dictionary(for globals: Value) -> Value {
        if let b = DictRef(globals).lookupStr(Interned.intern("__builtins__")) {
            if b.type.isIdentical(BuiltinTypes.dict) { return b }
            if b.type.isIdentical(ModuleObject.type) { return ModuleObject.dict(b) }
        }
        return ModuleObject.dict(module)
    }

    static func add(_ name: String, _ body: @escaping NativeBody) {
        let f = NativeFunctions.make(name, bound: module, body)
        // Types with a vectorcall in CPython: their calls are not recursion-guarded steps.
        if ["map", "filter", "enumerate", "reversed"].contains(name) { NativeFunctions.markUnguarded(f) }
        DictRef(ModuleObject.dict(module)).setStr(Interned.intern(name), f)
    }

    static func set(_ name: String, _ v: Value) {
        DictRef(ModuleObject.dict(module)).setStr(Interned.intern(name), v)
    }

    static func setUp() {
        module = ModuleObject.create(name: "builtins")
        BuiltinTypes.registry.append(module)
        for (name, t) in [("object", BuiltinTypes.object), ("type", BuiltinTypes.type), ("str", BuiltinTypes.str),
                          ("tuple", BuiltinTypes.tuple), ("dict", BuiltinTypes.dict), ("int", BuiltinTypes.int),
                          ("bool", BuiltinTypes.bool), ("float", BuiltinTypes.float), ("list", ListRef.type),
                          ("range", RangeOps.type), ("slice", SliceObject.type), ("set", SetOps.setType),
                          ("frozenset", SetOps.frozensetType), ("bytes", BytesOps.type), ("bytearray", ByteArrayOps.type), ("memoryview", MemoryViewOps.type), ("complex", ComplexOps.type),
                          ("classmethod", Descriptors.classMethodType), ("staticmethod", Descriptors.staticMethodType),
                          ("property", Descriptors.propertyType), ("super", SuperObject.type)] {
            set(name, t)
        }
        for (name, t) in ExceptionTypes.byName { set(name, t) }
        set("EnvironmentError", ExceptionTypes.named("OSError"))
        set("IOError", ExceptionTypes.named("OSError"))
        set("None", .none)
        set("True", BuiltinTypes.true)
        set("False", BuiltinTypes.false)
        set("Ellipsis", BuiltinTypes.ellipsis)
        set("NotImplemented", BuiltinTypes.notImplemented)
        set("__debug__", BuiltinTypes.true)
        set("__name__", Interned.intern("builtins"))

        add("__build_class__") { _, args throws(PyException) in try Classes.buildClass(args) }
        add("__import__") { _, args throws(PyException) in
            let name = try args.required(0, "__import__", "name")
            guard StrOps.isStr(name) else { throw typeError("module name must be a string") }
            let globals = args.positionalCount > 1 ? args[1] : (args.keyword("globals") ?? .none)
            let fromList = args.positionalCount > 3 ? args[3] : (args.keyword("fromlist") ?? .none)
            let level = args.positionalCount > 4 ? args[4] : (args.keyword("level") ?? IntOps.make(Int64(0)))
            return try Imports.importName(name, globals: globals, fromList: fromList, level: level)
        }
        Imports.rememberBuiltinImport()
        add("print") { _, args throws(PyException) in try printValues(args) }
        add("repr") { _, args throws(PyException) in
            try args.expect("repr", count: 1)
            return try Runtime.repr(args[0])
        }
        add("ascii") { _, args throws(PyException) in
            try args.expect("ascii", count: 1)
            return try Runtime.ascii(args[0])
        }
        add("len") { _, args throws(PyException) in
            try args.expect("len", count: 1)
            return IntOps.make(Int64(try length(args[0])))
        }
        add("hash") { _, args throws(PyException) in
            try args.expect("hash", count: 1)
            return IntOps.make(Int64(try Runtime.hash(args[0])))
        }
        add("id") { _, args throws(PyException) in
            try args.expect("id", count: 1)
            let v = args[0]
            return IntOps.make(Int64(bitPattern: v.bits))
        }
        add("isinstance") { _, args throws(PyException) in
            try args.expect("isinstance", count: 2)
            return .bool(try isInstance(args[0], args[1]))
        }
        add("issubclass") { _, args throws(PyException) in
            try args.expect("issubclass", count: 2)
            return .bool(try isSubclass(args[0], args[1]))
        }
        add("callable") { _, args throws(PyException) in
            try args.expect("callable", count: 1)
            return .bool(TypeRef(args[0].type).slots.call != nil)
        }
        add("getattr") { _, args throws(PyException) in
            try args.expect("getattr", min: 2, max: 3)
            let name = Interned.intern(StrRef(try Runtime.attributeName(args[1])))
            if args.positionalCount == 3 { return try Runtime.lookupAttribute(args[0], name) ?? args[2] }
            return try Runtime.getAttribute(args[0], name)
        }
        add("setattr") { _, args throws(PyException) in
            try args.expect("setattr", count: 3)
            try Runtime.setAttribute(args[0], Interned.intern(StrRef(try Runtime.attributeName(args[1]))), args[2])
            return .none
        }
        add("delattr") { _, args throws(PyException) in
            try args.expect("delattr", count: 2)
            try Runtime.setAttribute(args[0], Interned.intern(StrRef(try Runtime.attributeName(args[1]))), .null)
            return .none
        }
        add("hasattr") { _, args throws(PyException) in
            try args.expect("hasattr", count: 2)
            return .bool(try Runtime.lookupAttribute(args[0], Interned.intern(StrRef(try Runtime.attributeName(args[1])))) != nil)
        }
        add("iter") { _, args throws(PyException) in
            try args.expect("iter", min: 1, max: 2)
            if args.positionalCount == 2 {
                guard TypeRef(args[0].type).slots.call != nil else { throw typeError("iter(v, w): v must be callable") }
                return NativeIterators.callableIterator(args[0], sentinel: args[1])
            }
            return try Runtime.iterate(args[0])
        }
        add("next") { _, args throws(PyException) in
            try args.expect("next", min: 1, max: 2)
            if let v = try Runtime.next(args[0]) { return v }
            if args.positionalCount == 2 { return args[1] }
            if let e = Generators.returnedStopIteration(args[0]) { throw e }
            throw PyException(ExceptionObject.create(type: ExceptionTypes.named("StopIteration"), args: TupleRef.allocate(0).value))
        }
        add("abs") { _, args throws(PyException) in
            try args.expect("abs", count: 1)
            let v = args[0]
            if v.isSmallInt { return IntOps.make(abs(v.smallIntValue)) }
            if FloatOps.isFloat(v) { return FloatOps.make(Swift.abs(FloatOps.value(v))) }
            if IntOps.isInt(v) { return IntOps.isNegative(v) ? try Runtime.unary(.negative, v) : IntOps.unbool(v) }
            if let r = try ClassSlots.callSpecial(v, "__abs__") { return r }
            throw typeError("bad operand type for abs(): '\(TypeRef(v.type).nameString)'")
        }
        add("min") { _, args throws(PyException) in try minMax(args, name: "min", op: .lt) }
        add("max") { _, args throws(PyException) in try minMax(args, name: "max", op: .gt) }
        add("sum") { _, args throws(PyException) in
            try args.expect("sum", min: 1, max: 2, keywords: ["start"])
            var total = args.positionalCount == 2 ? args[1] : (args.keyword("start") ?? IntOps.make(Int64(0)))
            if StrOps.isStr(total) { throw typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if TypeRef(total.type).isSubtype(of: BytesOps.type) {
                throw typeError("sum() can't sum bytes [use b''.join(seq) instead]")
            }
            if TypeRef(total.type).isSubtype(of: ByteArrayOps.type) {
                throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
            }
            let iterator = try Runtime.iterate(args[0])
            while let v = try Runtime.next(iterator) {
                total = try Runtime.binary(.add, total, v)
            }
            return total
        }
        add("sorted") { _, args throws(PyException) in
            if args.positionalCount != 1 { throw typeError("sorted expected 1 argument, got \(args.positionalCount)") }
            let l = try ListRef.fromIterable(args[0])
            // CPython calls the list's sort method: a guarded builtin call of its own.
            try ThreadState.guarded(.call) { () throws(PyException) -> Void in
                try Sorting.sort(l, args, keywordsFrom: 1)
            }
            return l.value
        }
        add("any") { _, args throws(PyException) in
            try args.expect("any", count: 1)
            let iterator = try Runtime.iterate(args[0])
            while let v = try Runtime.next(iterator) { if try Runtime.isTrue(v) { return BuiltinTypes.true } }
            return BuiltinTypes.false
        }
        add("all") { _, args throws(PyException) in
            try args.expect("all", count: 1)
            let iterator = try Runtime.iterate(args[0])
            while let v = try Runtime.next(iterator) { if try !Runtime.isTrue(v) { return BuiltinTypes.false } }
            return BuiltinTypes.true
        }
        add("chr") { _, args throws(PyException) in
            try args.expect("chr", count: 1)
            // A C int argument, as CPython's argument clinic converts it (__index__ accepted).
            guard let i = try IntOps.index(args[0], clamp: true) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            if i > Int(Int32.max) || i < Int(Int32.min) {
                throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C int")
            }
            guard i >= 0 && i <= 0x10FFFF else { throw pyError(ExceptionTypes.named("ValueError"), "chr() arg not in range(0x110000)") }
            return StrRef.create(codePoints: [UInt32(i)]).value
        }
        add("ord") { _, args throws(PyException) in
            try args.expect("ord", count: 1)
            let v = args[0]
            if StrOps.isStr(v) {
                let s = StrRef(v)
                guard s.count == 1 else {
                    throw typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return IntOps.make(Int64(s[0]))
            }
            if let b = BytesOps.contents(v) {
                guard b.count == 1 else {
                    throw typeError("ord() expected a character, but string of length \(b.count) found")
                }
                return IntOps.make(Int64(b[0]))
            }
            throw typeError("ord() expected string of length 1, but \(TypeRef(v.type).nameString) found")
        }
        add("divmod") { _, args throws(PyException) in
            try args.expect("divmod", count: 2)
            let (a, b) = (args[0], args[1])
            func isReal(_ v: Value) -> Bool { IntOps.isInt(v) || FloatOps.isFloat(v) }
            if !isReal(a) || !isReal(b) {
                if let r = try ClassSlots.callSpecial(a, "__divmod__", b), !r.isIdentical(BuiltinTypes.notImplemented) { return r }
                if let r = try ClassSlots.callSpecial(b, "__rdivmod__", a), !r.isIdentical(BuiltinTypes.notImplemented) { return r }
                throw typeError("unsupported operand type(s) for divmod(): '\(TypeRef(a.type).nameString)' and '\(TypeRef(b.type).nameString)'")
            }
            if FloatOps.isFloat(a) || FloatOps.isFloat(b) {
                let zero = FloatOps.isFloat(b) ? FloatOps.value(b) == 0 : IntOps.isZero(IntOps.unbool(b))
                if zero { throw pyError(ExceptionTypes.named("ZeroDivisionError"), "float divmod()") }
            }
            let q = try Runtime.binary(.floordiv, args[0], args[1])
            let r = try Runtime.binary(.mod, args[0], args[1])
            return TupleRef.create(q, r).value
        }
        add("pow") { _, args throws(PyException) in
            try args.expect("pow", min: 0, max: 3, keywords: ["base", "exp", "mod"])
            guard let base = args.positionalCount > 0 ? args[0] : args.keyword("base") else {
                throw typeError("pow() missing required argument 'base' (pos 1)")
            }
            guard let exponent = args.positionalCount > 1 ? args[1] : args.keyword("exp") else {
                throw typeError("pow() missing required argument 'exp' (pos 2)")
            }
            let modulus = args.positionalCount > 2 ? args[2] : (args.keyword("mod") ?? .none)
            if !modulus.isIdentical(BuiltinTypes.none) { return try Runtime.ternaryPow(base, exponent, modulus) }
            return try Runtime.binary(.pow, base, exponent)
        }
        for (name, base, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 1)
                let n = try IntOps.numberIndex(args[0])
                var digits = try IntOps.toString(n, base: base)
                var sign = ""
                if digits.hasPrefix("-") {
                    sign = "-"
                    digits.removeFirst()
                }
                return StrRef.create(sign + prefix + digits).value
            }
        }
        add("format") { _, args throws(PyException) in
            try args.expect("format", min: 1, max: 2)
            let spec = args.positionalCount == 2 ? args[1] : StrRef.create("").value
            guard StrOps.isStr(spec) else {
                throw typeError("format() argument 2 must be str, not \(TypeRef(spec.type).nameString)")
            }
            return try Runtime.format(args[0], spec)
        }
        add("round") { _, args throws(PyException) in
            // Argument Clinic's round(number, ndigits=None): both may be given by name.
            let names = ["number", "ndigits"]
            let number = try args.required(0, "number", of: "round", names: names)
            let digits = try args.parameter(1, "ndigits", of: "round", names: names)
            guard let method = ClassSlots.special(number, "__round__") else {
                throw typeError("type \(TypeRef(number.type).nameString) doesn't define __round__ method")
            }
            // round(x, None) calls __round__ with no argument, as CPython.
            var extra = digits ?? .none
            let count = extra.isIdentical(BuiltinTypes.none) ? 0 : 1
            return try Interpreter.callWithSelf(method, number, Arguments(&extra, positional: count))
        }
        add("enumerate") { _, args throws(PyException) in
            // enumerate(iterable, start=0), both nameable; CPython's vectorcall names the
            // missing iterable without a position.
            let names = ["iterable", "start"]
            guard let iterable = try args.parameter(0, "iterable", of: "enumerate", names: names) else {
                throw typeError("enumerate() missing required argument 'iterable'")
            }
            let start = try args.parameter(1, "start", of: "enumerate", names: names).map(IntOps.numberIndex) ?? IntOps.make(Int64(0))
            return NativeIterators.enumerate(try Runtime.iterate(iterable), start: start)
        }
        add("zip") { _, args throws(PyException) in
            // zip(*iterables, strict=False): its keywords go through PyArg_ParseTupleAndKeywords.
            if args.keywordCount > 1 { throw typeError("zip() takes at most 1 keyword argument (\(args.keywordCount) given)") }
            if args.keywordCount == 1, args.keyword("strict") == nil {
                throw typeError("'\(StrRef(TupleRef(args.keywordNames)[0]).string)' is an invalid keyword argument for zip()")
            }
            let iterators = TupleRef.allocate(args.positionalCount)
            for i in 0..<args.positionalCount { iterators[i] = try Runtime.iterate(args[i]) }
            let strict = try Runtime.isTrue(args.keyword("strict") ?? .bool(false))
            return NativeIterators.zip(iterators.value, strict: strict)
        }
        add("map") { _, args throws(PyException) in
            guard args.positionalCount >= 2 else { throw typeError("map() must have at least two arguments.") }
            let iterators = TupleRef.allocate(args.positionalCount - 1)
            for i in 1..<args.positionalCount { iterators[i - 1] = try Runtime.iterate(args[i]) }
            return NativeIterators.map(args[0], iterators.value)
        }
        add("filter") { _, args throws(PyException) in
            try args.expect("filter", count: 2)
            return NativeIterators.filter(args[0], try Runtime.iterate(args[1]))
        }
        add("reversed") { _, args throws(PyException) in
            try args.expect("reversed", count: 1)
            return try ReversedIterator.reversed(args[0])
        }
        installEvalExec()
        add("globals") { _, _ in ThreadState.currentFrame.pointee.globals }
        add("locals") { _, _ throws(PyException) in try Frames.locals(ThreadState.currentFrame) }
        add("vars") { _, args throws(PyException) in
            try args.expect("vars", min: 0, max: 1)
            if args.positionalCount == 0 { return try Frames.locals(ThreadState.currentFrame) }
            guard let d = try Runtime.lookupAttribute(args[0], Interned.intern("__dict__")) else {
                throw typeError("vars() argument must have __dict__ attribute")
            }
            return d
        }
        add("dir") { _, args throws(PyException) in
            let names = ListRef.create()
            if args.positionalCount == 0 {
                try names.extend(try Frames.locals(ThreadState.currentFrame))
            } else if let custom = try customDir(args[0]) {
                // A module's or class's own __dir__ (PEP 562): its result, sorted.
                let result = try ListRef.fromIterable(custom)
                try Sorting.sort(result, key: .none, reverse: false)
                return result.value
            } else {
                let o = args[0]
                if let d = try Runtime.lookupAttribute(o, Interned.intern("__dict__")), TypeRef(d.type).isSubtype(of: BuiltinTypes.dict) {
                    try names.extend(d)
                }
                let mro = TupleRef(TypeRef(TypeRef(o.type).isSubtype(of: BuiltinTypes.type) ? o : o.type).mro)
                for i in 0..<mro.count { try names.extend(TypeRef(mro[i]).dict) }
            }
            let unique = try SetOps.create(UnsafeBufferPointer(start: names.items, count: names.count))
            let result = try ListRef.fromIterable(unique)
            try Sorting.sort(result, key: .none, reverse: false)
            return result.value
        }
        add("input") { _, args throws(PyException) in
            if args.positionalCount > 0 { writeOut(StrRef(try Runtime.str(args[0])).string) }
            fflush(stdout)
            var line = [UInt8]()
            while true {
                let c = getchar()
                if c == EOF {
                    if Signals.interruptPending {
                        clearerr(stdin)
                        try Signals.raiseInterrupt()
                    }
                    if line.isEmpty { throw pyError(ExceptionTypes.named("EOFError"), "EOF when reading a line") }
                    break
                }
                if c == 10 { break }
                line.append(UInt8(truncatingIfNeeded: c))
            }
            return line.withUnsafeBufferPointer { StrRef.create(utf8: $0).value }
        }
        AsyncBuiltins.install()
    }

    /// len(o).
    public static func length(_ o: Value) throws(PyException) -> Int {
        guard let slot = TypeRef(o.type).slot({ $0.len }) else {
            throw typeError("object of type '\(TypeRef(o.type).nameString)' has no len()")
        }
        return try slot(o)
    }

    /// isinstance(o, cls) as CPython's PyObject_IsInstance: an exact match, then tuples and
    /// unions, then the metaclass's __instancecheck__ (plain `type` checks directly).
    public static func isInstance(_ o: Value, _ cls: Value) throws(PyException) -> Bool {
        if o.type.isIdentical(cls) { return true }
        if cls.type.isIdentical(BuiltinTypes.type) {
            if TypeRef(o.type).isSubtype(of: cls) { return true }
            return try claimedClassIsSubtype(o, cls)
        }
        if cls.type.isIdentical(BuiltinTypes.tuple) || GenericAlias.unionMembers(cls) != nil {
            let t = TupleRef(GenericAlias.unionMembers(cls) ?? cls)
            for i in 0..<t.count where try ThreadState.guarded(.call, { () throws(PyException) -> Bool in try isInstance(o, t[i]) }) {
                return true
            }
            return false
        }
        if let check = ClassSlots.special(cls, "__instancecheck__") {
            let result = try Runtime.withStackArguments([o]) { args throws(PyException) in
                try Interpreter.callWithSelf(check, cls, args)
            }
            return try Runtime.isTrue(result)
        }
        guard TypeRef(cls.type).isSubtype(of: BuiltinTypes.type) else {
            throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if TypeRef(o.type).isSubtype(of: cls) { return true }
        return try claimedClassIsSubtype(o, cls)
    }

    /// CPython's object_isinstance also asks o.__class__ when it is not type(o) (proxies
    /// and mocks set __class__); object's own __class__ is skipped without a lookup.
    static func claimedClassIsSubtype(_ o: Value, _ cls: Value) throws(PyException) -> Bool {
        let key = Interned.intern("__class__")
        func isObjects(_ name: Value) -> Bool {
            guard let found = TypeRef(o.type).lookup(name), let base = TypeRef(BuiltinTypes.object).lookup(name) else { return false }
            return found.isIdentical(base)
        }
        if isObjects(key) && isObjects(Interned.intern("__getattribute__")) { return false }
        guard let claimed = try Runtime.lookupAttribute(o, key) else { return false }
        if claimed.isIdentical(o.type) || !TypeRef(claimed.type).isSubtype(of: BuiltinTypes.type) { return false }
        return TypeRef(claimed).isSubtype(of: cls)
    }

    /// issubclass(c, cls) as CPython's PyObject_IsSubclass.
    public static func isSubclass(_ c: Value, _ cls: Value) throws(PyException) -> Bool {
        if cls.type.isIdentical(BuiltinTypes.type) { return try plainIsSubclass(c, cls) }
        if cls.type.isIdentical(BuiltinTypes.tuple) || GenericAlias.unionMembers(cls) != nil {
            let t = TupleRef(GenericAlias.unionMembers(cls) ?? cls)
            for i in 0..<t.count where try ThreadState.guarded(.call, { () throws(PyException) -> Bool in try isSubclass(c, t[i]) }) {
                return true
            }
            return false
        }
        if let check = ClassSlots.special(cls, "__subclasscheck__") {
            let result = try Runtime.withStackArguments([c]) { args throws(PyException) in
                try Interpreter.callWithSelf(check, cls, args)
            }
            return try Runtime.isTrue(result)
        }
        return try plainIsSubclass(c, cls)
    }

    static func plainIsSubclass(_ c: Value, _ cls: Value) throws(PyException) -> Bool {
        guard TypeRef(c.type).isSubtype(of: BuiltinTypes.type) else {
            throw typeError("issubclass() arg 1 must be a class")
        }
        guard TypeRef(cls.type).isSubtype(of: BuiltinTypes.type) else {
            throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        return TypeRef(c).isSubtype(of: cls)
    }

    static func minMax(_ args: Arguments, name: String, op: CompareOp) throws(PyException) -> Value {
        if !args.keywordNames.isNull {
            let names = TupleRef(args.keywordNames)
            for i in 0..<names.count where StrRef(names[i]).string != "key" && StrRef(names[i]).string != "default" {
                throw typeError("'\(StrRef(names[i]).string)' is an invalid keyword argument for \(name)()")
            }
        }
        let key = args.keyword("key") ?? .none
        let hasDefault = args.keyword("default") != nil
        var best: Value = .null
        var bestKey: Value = .null
        func consider(_ v: Value) throws(PyException) {
            let k = key.isIdentical(BuiltinTypes.none) ? v : try Runtime.call(key, v)
            var better = best.isNull
            if !better { better = try Runtime.isTrue(Runtime.compare(k, bestKey, op)) }
            if better {
                best = v
                bestKey = k
            }
        }
        if args.positionalCount == 1 {
            let iterator = try Runtime.iterate(args[0])
            while let v = try Runtime.next(iterator) { try consider(v) }
            if best.isNull {
                if let d = args.keyword("default") { return d }
                throw pyError(ExceptionTypes.named("ValueError"), "\(name)() arg is an empty sequence")
            }
            return best
        }
        if args.positionalCount == 0 { throw typeError("\(name) expected at least 1 argument, got 0") }
        if hasDefault { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
        for i in 0..<args.positionalCount { try consider(args[i]) }
        return best
    }

    // MARK: print

    /// Output buffered like CPython's stdout: flushed at exit, on flush=True, before reading
    /// input, and when the buffer fills.
    static func writeOut(_ s: String) {
        var s = s
        s.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stdout) }
    }

    /// sys.__displayhook__: prints repr(value) unless None and stores it in `_`.
    public static func defaultDisplayHook(_ v: Value) throws(PyException) {
        if v.isIdentical(BuiltinTypes.none) { return }
        set("_", .none)
        writeOut(StrRef(try Runtime.repr(v)).string + "\n")
        set("_", v)
    }
}
