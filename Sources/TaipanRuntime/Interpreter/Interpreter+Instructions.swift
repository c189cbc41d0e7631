// The out-of-line parts of instructions: name lookups in locals mappings, method loads,
// the slow paths of operators, unpacking, raising and matching exceptions.

import TaipanCompiler

extension Interpreter {
    // MARK: Errors about names

    @inline(never)
    static func unboundLocal(_ code: CodeRef, _ register: Int) -> PyException {
        let unit = code.unit
        if register < unit.varnames.count {
            let name = unit.varnames[register]
            // CPython sets `name` only on NameError proper, so no suggestion is offered here.
            return pyError(ExceptionTypes.named("UnboundLocalError"),
                           "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return pyError(ExceptionTypes.named("SystemError"), "unbound temporary register \(register)")
    }

    @inline(never)
    static func unboundCell(_ code: CodeRef, _ register: Int) -> PyException {
        let unit = code.unit
        let index = register - unit.varnames.count
        if index < unit.cellvars.count {
            let name = unit.cellvars[index]
            return pyError(ExceptionTypes.named("UnboundLocalError"),
                           "cannot access local variable '\(name)' where it is not associated with a value")
        }
        let name = unit.freevars[index - unit.cellvars.count]
        return pyError(ExceptionTypes.named("NameError"),
                       "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    @inline(never)
    static func nameError(_ name: Value) -> PyException {
        let e = pyError(ExceptionTypes.named("NameError"), "name '\(StrRef(name).string)' is not defined")
        ExceptionObject.setAttribute(e.value, "name", name)
        return e
    }

    /// An operand that must be bound (null means an unbound local).
    @inline(__always)
    static func operand(_ regs: UnsafeMutablePointer<Value>, _ i: Int, _ code: CodeRef) throws(PyException) -> Value {
        let v = regs[i]
        if v.isNull { throw unboundLocal(code, i) }
        return v
    }

    @inline(__always)
    static func checkOperands(_ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) {
        if l.isNull { throw unboundLocal(code, inst.b) }
        if r.isNull { throw unboundLocal(code, inst.c) }
    }

    /// setItem's operands in the order they were evaluated: value, object, key.
    @inline(never)
    static func checkSetItemOperands(_ regs: UnsafeMutablePointer<Value>, _ inst: Instruction, _ code: CodeRef) throws(PyException) {
        if regs[inst.c].isNull { throw unboundLocal(code, inst.c) }
        if regs[inst.a].isNull { throw unboundLocal(code, inst.a) }
        if regs[inst.b].isNull { throw unboundLocal(code, inst.b) }
    }

    @inline(__always)
    static func checkArguments(_ values: UnsafeMutablePointer<Value>, count: Int, _ code: CodeRef, _ base: Int) throws(PyException) {
        var i = 0
        while i < count {
            if values[i].isNull { throw unboundLocal(code, base &+ 1 &+ i) }
            i &+= 1
        }
    }

    @inline(never)
    static func binarySlow(_ op: BinaryOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Value {
        try checkOperands(l, r, code, inst)
        return try Runtime.binary(op, l, r)
    }

    // MARK: Names in module and class bodies

    /// The value of `name` in the frame's locals mapping, if present.
    static func lookupLocal(_ frame: UnsafeMutablePointer<Frame>, _ name: Value) throws(PyException) -> Value? {
        let locals = frame.pointee.locals
        if locals.isNull { return nil }
        if locals.type.isIdentical(BuiltinTypes.dict) { return DictRef(locals).lookupStr(name) }
        do throws(PyException) {
            return try Runtime.getItem(locals, name)
        } catch {
            if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("KeyError")) { return nil }
            throw error
        }
    }

    static func loadName(_ frame: UnsafeMutablePointer<Frame>, _ name: Value) throws(PyException) -> Value {
        if let v = try lookupLocal(frame, name) { return v }
        if let v = DictRef(frame.pointee.globals).lookupStr(name) { return v }
        if let v = DictRef(frame.pointee.builtins).lookupStr(name) { return v }
        throw nameError(name)
    }

    static func storeName(_ frame: UnsafeMutablePointer<Frame>, _ name: Value, _ v: Value) throws(PyException) {
        let locals = frame.pointee.locals.isNull ? frame.pointee.globals : frame.pointee.locals
        if locals.type.isIdentical(BuiltinTypes.dict) {
            DictRef(locals).setStr(name, v)
        } else {
            try Runtime.setItem(locals, name, v)
        }
    }

    static func deleteName(_ frame: UnsafeMutablePointer<Frame>, _ name: Value) throws(PyException) {
        let locals = frame.pointee.locals.isNull ? frame.pointee.globals : frame.pointee.locals
        if locals.type.isIdentical(BuiltinTypes.dict) {
            if try DictRef(locals).remove(name) == nil { throw nameError(name) }
        } else {
            try Runtime.deleteItem(locals, name)
        }
    }

    static func setupAnnotations(_ frame: UnsafeMutablePointer<Frame>) throws(PyException) {
        let key = Interned.intern("__annotations__")
        if try lookupLocal(frame, key) == nil {
            try storeName(frame, key, DictRef.create().value)
        }
    }

    // MARK: Methods and functions

    /// `loadMethod`: for a plain function or method descriptor found on the type (and not
    /// shadowed by the instance), leaves (function, self) and saves the bound method.
    static func loadMethod(_ out: UnsafeMutablePointer<Value>, _ o: Value, _ name: Value,
                           _ cache: UnsafeMutablePointer<InlineCache>) throws(PyException) {
        let type = TypeRef(o.type)
        if type.slots.getattribute == nil, let d = type.lookup(name) {
            let dt = d.type
            if dt.isIdentical(FunctionRef.type) || dt.isIdentical(NativeFunctions.methodDescriptorType)
                || dt.isIdentical(NativeFunctions.wrapperDescriptorType) {
                let mapWord = type.mapWord
                if mapWord == 0 || !o.isPointer
                    || Instances.get(o, name, mapWord: VariableSizeLayout.resolve(mapWord, in: o)) == nil {
                    out[0] = d
                    out[1] = o
                    cacheMethod(o, d, cache)
                    return
                }
            }
        }
        out[0] = try Runtime.getAttribute(o, name)
        out[1] = .null
    }

    /// `makeFunction`: a function for code `code` with the optional parts in `parts`.
    static func makeFunction(_ code: Value, _ frame: UnsafeMutablePointer<Frame>, _ parts: UnsafeMutablePointer<Value>) -> Value {
        let f = FunctionRef.create(code: code, globals: frame.pointee.globals, builtins: frame.pointee.builtins)
        if !parts[0].isNull { f.value.storeValue(FunctionRef.defaultsWord, parts[0]) }
        if !parts[1].isNull { f.value.storeValue(FunctionRef.kwdefaultsWord, parts[1]) }
        if !parts[2].isNull { f.value.storeValue(FunctionRef.annotationsWord, parts[2]) }
        if !parts[3].isNull { f.value.storeValue(FunctionRef.closureWord, parts[3]) }
        if !parts[4].isNull { f.value.storeValue(FunctionRef.qualnameWord, parts[4]) }
        return f.value
    }

    /// f(*args, **kwargs).
    static func callUnpacked(_ f: Value, _ args: Value, _ kwargs: Value) throws(PyException) -> Value {
        var args = args
        if !args.type.isIdentical(BuiltinTypes.tuple) {
            let slots = TypeRef(args.type).slots
            if slots.iter == nil && slots.getitem == nil {
                throw typeError("\(try DictOps.functionDescription(f)) argument after * must be an iterable, not \(TypeRef(args.type).nameString)")
            }
            let items = try ListRef.fromIterable(args)
            args = TupleRef.create(UnsafeBufferPointer(start: items.items, count: items.count)).value
        }
        let positional = TupleRef(args)
        let keywordCount = kwargs.isNull ? 0 : DictRef(kwargs).count
        let total = positional.count + keywordCount
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: max(total, 1)) { buffer throws(PyException) -> Value in
            for i in 0..<positional.count { buffer[i] = positional[i] }
            var keywordNames = Value.null
            if keywordCount > 0 {
                let names = TupleRef.allocate(keywordCount)
                keywordNames = names.value
                var i = 0
                try DictRef(kwargs).forEach { (k, v) throws(PyException) -> Bool in
                    guard k.isPointer && TypeRef(k.type).isSubtype(of: BuiltinTypes.str) else {
                        throw typeError("keywords must be strings")
                    }
                    names[i] = k
                    buffer[positional.count + i] = v
                    i += 1
                    return true
                }
            }
            return try Runtime.call(f, Arguments(buffer.baseAddress!, positional: positional.count, keywordNames: keywordNames))
        }
    }

    // MARK: Formatting

    static func formatValue(_ v: Value, conversion: Int, spec: Value) throws(PyException) -> Value {
        var converted = v
        switch conversion {
        case 1: converted = try Runtime.str(v)
        case 2: converted = try Runtime.repr(v)
        case 3: converted = try Runtime.ascii(v)
        default: break
        }
        if spec.isNull && converted.isPointer && converted.type.isIdentical(BuiltinTypes.str) { return converted }
        return try Runtime.format(converted, spec.isNull ? StrRef.create("").value : spec)
    }

    // MARK: Unpacking

    /// `[*x]`, `(*x,)` and `f(a, *x)`: CPython names a non-iterable x as the value after *.
    static func listExtend(_ list: Value, _ source: Value) throws(PyException) {
        let slots = TypeRef(source.type).slots
        if slots.iter == nil && slots.getitem == nil {
            throw typeError("Value after * must be an iterable, not \(TypeRef(source.type).nameString)")
        }
        try ListRef(list).extend(source)
    }

    static func unpackSequence(_ source: Value, into out: UnsafeMutablePointer<Value>, count: Int) throws(PyException) {
        let type = source.type
        if type.isIdentical(BuiltinTypes.tuple) || type.isIdentical(ListRef.type) {
            let items = type.isIdentical(BuiltinTypes.tuple) ? TupleRef(source).items : ListRef(source).items
            let n = type.isIdentical(BuiltinTypes.tuple) ? TupleRef(source).count : ListRef(source).count
            if n != count { throw unpackCountError(expected: count, got: n) }
            for i in 0..<count { out[i] = items[i] }
            return
        }
        try checkUnpackable(source)
        let iterator = try Runtime.iterate(source)
        for i in 0..<count {
            guard let v = try Runtime.next(iterator) else { throw unpackCountError(expected: count, got: i) }
            out[i] = v
        }
        if try Runtime.next(iterator) != nil {
            throw pyError(ExceptionTypes.named("ValueError"), "too many values to unpack (expected \(count))")
        }
    }

    @inline(never)
    static func unpackCountError(expected: Int, got: Int) -> PyException {
        if got > expected {
            return pyError(ExceptionTypes.named("ValueError"), "too many values to unpack (expected \(expected))")
        }
        return pyError(ExceptionTypes.named("ValueError"), "not enough values to unpack (expected \(expected), got \(got))")
    }

    /// CPython refuses to unpack an object with neither __iter__ nor __getitem__ before
    /// trying to iterate it.
    static func checkUnpackable(_ source: Value) throws(PyException) {
        let slots = TypeRef(source.type).slots
        if slots.iter == nil && slots.getitem == nil {
            throw typeError("cannot unpack non-iterable \(TypeRef(source.type).nameString) object")
        }
    }

    static func unpackStarred(_ source: Value, into out: UnsafeMutablePointer<Value>, before: Int, after: Int) throws(PyException) {
        try checkUnpackable(source)
        let list = try ListRef.fromIterable(source)
        let n = list.count
        if n < before + after {
            throw pyError(ExceptionTypes.named("ValueError"),
                          "not enough values to unpack (expected at least \(before + after), got \(n))")
        }
        for i in 0..<before { out[i] = list[i] }
        let middle = ListRef.create(UnsafeBufferPointer(start: list.items + before, count: n - before - after))
        out[before] = middle.value
        for i in 0..<after { out[before + 1 + i] = list[n - after + i] }
    }

    // MARK: Exceptions

    /// The exception `raise value from cause` raises (an instance, made from a class if
    /// needed); a null value re-raises the one being handled.
    static func raiseException(_ value: Value, cause: Value) throws(PyException) -> PyException {
        if value.isNull {
            let handled = ThreadState.handledException
            if handled.isNull || handled.isIdentical(BuiltinTypes.none) {
                return pyError(ExceptionTypes.named("RuntimeError"), "No active exception to reraise")
            }
            return PyException(handled)
        }
        let exception = try instantiateException(value, what: "exceptions must derive from BaseException")
        if !cause.isNull {
            let c = cause.isIdentical(BuiltinTypes.none) ? BuiltinTypes.none
                : try instantiateException(cause, what: "exception causes must derive from BaseException")
            exception.storeValue(ExceptionWords.cause, c)
            exception.storeValue(ExceptionWords.suppressContext, .bool(true))
        }
        return PyException(exception)
    }

    static func instantiateException(_ v: Value, what: String) throws(PyException) -> Value {
        if TypeRef(v.type).flags.contains(.exception) { return v }
        if v.type.isIdentical(BuiltinTypes.type) || TypeRef(v.type).isSubtype(of: BuiltinTypes.type) {
            if TypeRef(v).isSubtype(of: BuiltinTypes.baseException) {
                let e = try Runtime.call(v)
                if !TypeRef(e.type).flags.contains(.exception) {
                    throw typeError("calling \(Runtime.defaultRepr(v)) should have returned an instance of BaseException, not \(TypeRef(e.type).nameString)")
                }
                return e
            }
        }
        throw typeError(what)
    }

    /// `except T:` matching, with CPython's check that T is an exception class or a tuple.
    static func exceptionMatches(_ exception: Value, _ pattern: Value) throws(PyException) -> Bool {
        if pattern.type.isIdentical(BuiltinTypes.tuple) {
            let t = TupleRef(pattern)
            for i in 0..<t.count where try exceptionMatches(exception, t[i]) { return true }
            return false
        }
        guard TypeRef(pattern.type).isSubtype(of: BuiltinTypes.type), TypeRef(pattern).isSubtype(of: BuiltinTypes.baseException) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return TypeRef(exception.type).isSubtype(of: pattern)
    }

    /// `with`: out[0] = manager.__enter__(), out[1] = the bound __exit__.
    static func beforeWith(_ out: UnsafeMutablePointer<Value>, _ manager: Value) throws(PyException) {
        let type = TypeRef(manager.type)
        guard let enter = type.lookup(Interned.intern("__enter__")) else {
            throw typeError("'\(type.nameString)' object does not support the context manager protocol")
        }
        guard let exit = type.lookup(Interned.intern("__exit__")) else {
            throw typeError("'\(type.nameString)' object does not support the context manager protocol (missed __exit__ method)")
        }
        out[1] = try Runtime.bind(exit, to: manager)
        out[0] = try Runtime.call(Runtime.bind(enter, to: manager))
    }
}
