// enumerate, zip, map, filter and iter(callable, sentinel): iterator objects whose state
// is in their words and whose step is a native function.
//
//   word 0 type   1 … 3 Values (per kind)   4 raw state

public enum NativeIterators {
    static var enumerateType = Value(bits: 0)
    static var zipType = Value(bits: 0)
    static var mapType = Value(bits: 0)
    static var filterType = Value(bits: 0)
    static var callableIteratorType = Value(bits: 0)

    static func make(_ type: Value, _ a: Value, _ b: Value = .null, _ c: Value = .null, state: Int = 0) -> Value {
        let it = allocateObject(words: 5, type: type)
        it.storeValue(1, a)
        it.storeValue(2, b)
        it.storeValue(3, c)
        it.storeRaw(4, state)
        return it
    }

    public static func enumerate(_ iterator: Value, start: Value) -> Value { make(enumerateType, iterator, start) }
    public static func zip(_ iterators: Value, strict: Bool) -> Value { make(zipType, iterators, state: strict ? 1 : 0) }
    public static func map(_ function: Value, _ iterators: Value) -> Value { make(mapType, function, iterators) }
    public static func filter(_ function: Value, _ iterator: Value) -> Value { make(filterType, function, iterator) }
    public static func callableIterator(_ callable: Value, sentinel: Value) -> Value { make(callableIteratorType, callable, sentinel) }

    static func define(_ name: String, _ next: @escaping (Value) throws(PyException) -> Value?) -> Value {
        let slots = TypeSlots()
        slots.iter = { it in it }
        slots.next = next
        return BuiltinTypes.makeType(name, base: BuiltinTypes.object, instanceWords: 5,
                                     layout: .fixed(first: 1, count: 3), flags: [], slots: slots)
    }

    static func setUp() {
        enumerateType = define("enumerate") { it throws(PyException) in
            guard let v = try Runtime.next(it.loadValue(1)) else { return nil }
            let index = it.loadValue(2)
            it.storeValue(2, try Runtime.binary(.add, index, IntOps.make(Int64(1))))
            return TupleRef.create(index, v).value
        }
        zipType = define("zip") { it throws(PyException) in
            let iterators = TupleRef(it.loadValue(1))
            let n = iterators.count
            if n == 0 { return nil }
            let result = TupleRef.allocate(n)
            for i in 0..<n {
                guard let v = try Runtime.next(iterators[i]) else {
                    if it.loadRaw(4) == 1 { try checkStrictZip(iterators, exhausted: i) }
                    return nil
                }
                result[i] = v
            }
            return result.value
        }
        mapType = define("map") { it throws(PyException) in
            let iterators = TupleRef(it.loadValue(2))
            let n = iterators.count
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: n) { buffer throws(PyException) -> Value? in
                for i in 0..<n {
                    guard let v = try Runtime.next(iterators[i]) else { return nil }
                    buffer[i] = v
                }
                return try Runtime.call(it.loadValue(1), Arguments(buffer.baseAddress!, positional: n))
            }
        }
        filterType = define("filter") { it throws(PyException) in
            let function = it.loadValue(1)
            while let v = try Runtime.next(it.loadValue(2)) {
                let keep = function.isIdentical(BuiltinTypes.none) ? v : try Runtime.call(function, v)
                if try Runtime.isTrue(keep) { return v }
            }
            return nil
        }
        callableIteratorType = define("callable_iterator") { it throws(PyException) in
            if it.loadValue(1).isNull { return nil }
            let v: Value
            do throws(PyException) {
                v = try Runtime.call(it.loadValue(1))
            } catch {
                // StopIteration from the callable ends the iteration, as in CPython.
                guard TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) else { throw error }
                it.storeValue(1, .null)
                return nil
            }
            if try Runtime.equals(v, it.loadValue(2)) {
                it.storeValue(1, .null)
                return nil
            }
            return v
        }
    }

    /// zip(strict=True): all iterators must end together.
    static func checkStrictZip(_ iterators: TupleRef, exhausted i: Int) throws(PyException) {
        if i > 0 {
            let plural = i == 1 ? "" : "s"
            throw pyError(ExceptionTypes.named("ValueError"), "zip() argument \(i + 1) is shorter than argument\(plural) 1\(i > 1 ? "-\(i)" : "")")
        }
        for j in 1..<iterators.count where try Runtime.next(iterators[j]) != nil {
            let plural = j == 1 ? "" : "s"
            throw pyError(ExceptionTypes.named("ValueError"), "zip() argument \(j + 1) is longer than argument\(plural) 1\(j > 1 ? "-\(j)" : "")")
        }
    }
}

/// super(): word 0 type   1 __thisclass__   2 __self__   3 __self_class__
public enum SuperObject {
    public static var type = Value(bits: 0)

    static func setUp() {
        let slots = TypeSlots()
        slots.new = { _, args throws(PyException) in
            var thisClass: Value
            var instance: Value
            if args.positionalCount == 0 {
                (thisClass, instance) = try Frames.superArguments(ThreadState.currentFrame)
            } else {
                thisClass = args[0]
                instance = args.positionalCount > 1 ? args[1] : .none
            }
            guard TypeRef(thisClass.type).isSubtype(of: BuiltinTypes.type) else {
                throw typeError("super() argument 1 must be a type, not \(TypeRef(thisClass.type).nameString)")
            }
            var selfClass = Value.none
            if !instance.isIdentical(BuiltinTypes.none) {
                if TypeRef(instance.type).isSubtype(of: BuiltinTypes.type) && TypeRef(instance).isSubtype(of: thisClass) {
                    selfClass = instance
                } else if TypeRef(instance.type).isSubtype(of: thisClass) {
                    selfClass = instance.type
                } else {
                    throw typeError("super(type, obj): obj must be an instance or subtype of type")
                }
            }
            let s = allocateObject(words: 4, type: type)
            s.storeValue(1, thisClass)
            s.storeValue(2, instance)
            s.storeValue(3, selfClass)
            return s
        }
        slots.getattribute = { s, name throws(PyException) in
            let selfClass = s.loadValue(3)
            if !selfClass.isIdentical(BuiltinTypes.none) && !StrRef(name).equals(StrRef(Interned.intern("__class__"))) {
                let mro = TupleRef(TypeRef(selfClass).mro)
                var i = 0
                while i < mro.count && !mro[i].isIdentical(s.loadValue(1)) { i += 1 }
                i += 1
                while i < mro.count {
                    if let attribute = DictRef(TypeRef(mro[i]).dict).lookupStr(name) {
                        if let get = TypeRef(attribute.type).slots.descrGet {
                            let instance = s.loadValue(2)
                            return try get(attribute, instance.isIdentical(selfClass) ? .null : instance, selfClass)
                        }
                        return attribute
                    }
                    i += 1
                }
            }
            return try Runtime.genericGetAttribute(s, name)
        }
        slots.repr = { s throws(PyException) in
            let selfClass = s.loadValue(3)
            let this = TypeRef(s.loadValue(1)).nameString
            if selfClass.isIdentical(BuiltinTypes.none) { return StrRef.create("<super: <class '\(this)'>, NULL>").value }
            return StrRef.create("<super: <class '\(this)'>, <\(TypeRef(selfClass).nameString) object>>").value
        }
        type = BuiltinTypes.makeType("super", base: BuiltinTypes.object, instanceWords: 4,
                                     layout: .fixed(first: 1, count: 3), slots: slots)
    }
}
