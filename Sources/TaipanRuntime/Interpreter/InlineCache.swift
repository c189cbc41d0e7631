// Inline caches: one entry per instruction of a code object, filled by the slow path of the
// instructions that look something up (attribute loads and stores, method loads, calls of
// classes, operators on instances of classes) and checked first by their fast path in the
// interpreter loop.
//
// An entry holds for one type version tag (MethodCache.swift). Tags are never reused and
// change whenever a class's namespace or MRO changes, so a matching tag proves the
// class-level facts the entry relies on: no data descriptor shadows the attribute, the
// class's `__getattribute__`/`__setattr__` are object's, which function a method name
// finds, how the class constructs instances. Instance-level facts are keyed on the
// instance's map, which is immutable: a matching map proves the attribute's slot.
//
// Entries are not traced by the collector: each Value in one is reachable from the type
// whose tag it is keyed on (its namespace, or its maps' transition tables) for as long as
// that tag is current, and an entry is used only while it is.

struct InlineCache {
    /// The type version tag the entry holds for (0 only when empty).
    var version: Int
    /// The instance map the entry holds for, or null.
    var map: Value
    /// A function (methods, `__init__`, operator dunders) or the map after adding an attribute.
    var value: Value
    /// The attribute's inline slot (instances) and the word of the instance's map.
    var index: Int32
    var mapWord: Int32
    var kind: Kind
    /// loadGlobal of a builtin: the builtins dict's version tag (`version` is the globals').
    var builtinsVersion: Int = 0

    enum Kind: UInt8 {
        case empty
        /// loadAttr/storeAttr: an existing attribute in slot `index` (inline or overflow).
        case instanceSlot
        /// storeAttr: a new attribute: the instance moves from `map` to `value`.
        case instanceAdd
        /// loadAttr/storeAttr: a `__slots__` member (a member descriptor of the type),
        /// stored in instance word `index`.
        case member
        /// loadAttr: a property of the type whose getter is the Python function `value`,
        /// called by pushing its frame (the type has no `__getattr__` to fall back to).
        case property
        /// loadMethod: `value` is the function; the instance (with map `map`) has no
        /// attribute of that name.
        case method
        /// loadMethod on a type whose instances have no attributes of their own.
        case methodNoMap
        /// call: the class is constructed by object.__new__ and the Python `__init__` in
        /// `value`.
        case construct
        /// A binary operator on an instance of a class (type version `version`) and a right
        /// operand of type `map` (the same class, or exact int or float): the left
        /// operand's Python dunder in `value`.
        case binaryDunder
        /// loadGlobal: `value` while the globals dict has tag `version` (and, for a builtin,
        /// the builtins dict has tag `builtinsVersion`).
        case global
        case builtin
    }
}

/// What returning from a frame must do besides storing the result (Frame.returnAction).
enum ReturnAction {
    static let none = 0
    /// The frame ran `__init__` for a cached class call: the result must be None and the
    /// caller gets the new instance (`Frame.pending`).
    static let construct = 1
    /// The frame ran a binary dunder (`2 + BinaryOp.rawValue + 16 * right`) pushed by the
    /// operator's fast path: NotImplemented means the operation is unsupported. `right`
    /// says the right operand's type: 0 the same class (no reflected method is tried),
    /// 1 int, 2 float (whose reflected slots give NotImplemented for a plain class).
    static let firstBinary = 2

    static func binary(_ op: BinaryOp, right: Value, left: Value) -> Int {
        let kind = right.isIdentical(left) ? 0 : right.isIdentical(BuiltinTypes.int) ? 1 : 2
        return firstBinary + op.rawValue + 16 * kind
    }
}

extension Interpreter {
    /// The slow path of `loadAttr`: the generic lookup, caching instance attributes found
    /// in an inline slot of an object with a map.
    @inline(never)
    static func loadAttributeFillingCache(_ o: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(PyException) -> Value {
        let result = try Runtime.getAttribute(o, name)
        guard o.isPointer else { return result }
        let type = TypeRef(o.type)
        guard type.slots.getattribute == nil else { return result }
        let mapWord = type.mapWord
        // Instances of variable-size classes (mapWord < 0) are not cached.
        guard mapWord >= 0 else { return result }
        if mapWord != 0 {
            let map = o.loadValue(mapWord)
            guard Maps.count(map) >= 0 else { return result }
            let index = Maps.index(of: name, in: map)
            if index >= 0 {
                if let d = type.lookup(name), TypeRef(d.type).slots.descrSet != nil { return result }
                let version = MethodCache.assignVersion(type)
                if version == 0 { return result }
                cache.pointee = InlineCache(version: version, map: map, value: .null, index: Int32(index),
                                            mapWord: Int32(mapWord), kind: .instanceSlot)
                return result
            }
        }
        // Not an instance attribute: a member or property of the type, when it is one.
        cacheDescriptor(type, name, cache)
        return result
    }

    /// The slow path of `storeAttr`: the generic store, caching stores into an inline slot
    /// (existing attribute, or a new one by a map transition).
    @inline(never)
    static func storeAttributeFillingCache(_ o: Value, _ name: Value, _ v: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(PyException) {
        let type = TypeRef(o.type)
        let mapWord = type.mapWord
        let cacheable = o.isPointer && mapWord > 0 && type.slots.setattr == nil
        let oldMap = cacheable ? o.loadValue(mapWord) : .null
        try Runtime.setAttribute(o, name, v)
        guard o.isPointer, !v.isNull, type.slots.setattr == nil, mapWord >= 0 else { return }
        // A name the instance's map does not hold may be a `__slots__` member of the type.
        guard cacheable, Maps.count(oldMap) >= 0 else {
            cacheMember(type, name, cache)
            return
        }
        let map = o.loadValue(mapWord)
        guard Maps.count(map) >= 0 else { return }
        let index = Maps.index(of: name, in: map)
        guard index >= 0 else {
            cacheMember(type, name, cache)
            return
        }
        if let d = type.lookup(name), TypeRef(d.type).slots.descrSet != nil { return }
        let version = MethodCache.assignVersion(type)
        if version == 0 { return }
        if map.isIdentical(oldMap) {
            cache.pointee = InlineCache(version: version, map: map, value: .null, index: Int32(index),
                                        mapWord: Int32(mapWord), kind: .instanceSlot)
        } else if index < Instances.inlineSlots && map.loadValue(Maps.parentWord).isIdentical(oldMap) {
            // (Only inline slots: adding an overflow slot may need to grow the array.)
            cache.pointee = InlineCache(version: version, map: oldMap, value: map, index: Int32(index),
                                        mapWord: Int32(mapWord), kind: .instanceAdd)
        }
    }

    /// Caches a `__slots__` member found on the type for `name` (a data descriptor, so it
    /// wins over anything else); whether it did.
    @discardableResult
    static func cacheMember(_ type: TypeRef, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Bool {
        guard let d = type.lookup(name), d.type.isIdentical(MemberDescriptor.type) else { return false }
        return cacheMemberDescriptor(type, d, cache)
    }

    static func cacheMemberDescriptor(_ type: TypeRef, _ d: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Bool {
        guard type.isSubtype(of: d.loadValue(MemberDescriptor.ownerWord)) else { return false }
        let version = MethodCache.assignVersion(type)
        if version == 0 { return false }
        cache.pointee = InlineCache(version: version, map: .null, value: .null,
                                    index: Int32(d.loadRaw(MemberDescriptor.indexWord)), mapWord: 0, kind: .member)
        return true
    }

    /// Caches what loadAttr found on the type when it is a member, or a plain property with
    /// a Python getter (and the type has no `__getattr__` to fall back to).
    static func cacheDescriptor(_ type: TypeRef, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) {
        guard let d = type.lookup(name) else { return }
        let descriptorType = d.type
        if descriptorType.isIdentical(MemberDescriptor.type) {
            _ = cacheMemberDescriptor(type, d, cache)
            return
        }
        guard descriptorType.isIdentical(Descriptors.propertyType), type.lookup(Names.__getattr__) == nil else { return }
        let getter = d.loadValue(1)
        guard getter.isPointer, getter.type.isIdentical(FunctionRef.type),
              !CodeRef(FunctionRef(getter).code).isGeneratorLike else { return }
        let version = MethodCache.assignVersion(type)
        if version == 0 { return }
        cache.pointee = InlineCache(version: version, map: .null, value: getter, index: 0, mapWord: 0, kind: .property)
    }

    /// A new instance for a cached class call, as object.__new__ makes it.
    @inline(__always)
    static func newInstance(_ cls: Value) -> Value {
        let t = TypeRef(cls)
        if t.mapWord == 0 { return allocateObject(words: max(t.instanceWords, 2), type: cls) }
        return Instances.create(cls)
    }

    /// Caches what `loadMethod` found when it was a function or method descriptor of the type.
    static func cacheMethod(_ o: Value, _ function: Value, _ cache: UnsafeMutablePointer<InlineCache>) {
        let type = TypeRef(o.type)
        let mapWord = type.mapWord
        var map = Value.null
        if mapWord < 0 { return }
        if mapWord != 0 {
            guard o.isPointer else { return }
            map = o.loadValue(mapWord)
            if Maps.count(map) < 0 { return }
        }
        let version = MethodCache.assignVersion(type)
        if version == 0 { return }
        cache.pointee = InlineCache(version: version, map: map, value: function, index: 0,
                                    mapWord: Int32(mapWord), kind: mapWord == 0 ? .methodNoMap : .method)
    }

    /// Caches a call of class `cls` when instances are made by object.__new__ and set up
    /// by a Python `__init__`, so the call can push `__init__`'s frame directly.
    static func cacheConstruction(_ cls: Value, _ cache: UnsafeMutablePointer<InlineCache>) {
        guard cls.type.isIdentical(BuiltinTypes.type) else { return }
        let t = TypeRef(cls)
        // (object.__new__ makes instances of any class that finds it: newInstance.)
        guard t.flags.contains(.heapType),
              let new = t.lookup(Names.__new__), new.isIdentical(ObjectType.objectNewMethod),
              let initializer = t.lookup(Names.__init__), initializer.type.isIdentical(FunctionRef.type),
              !CodeRef(FunctionRef(initializer).code).isGeneratorLike else { return }
        let version = MethodCache.assignVersion(t)
        if version == 0 { return }
        cache.pointee = InlineCache(version: version, map: .null, value: initializer, index: 0, mapWord: 0, kind: .construct)
    }

    /// Caches a binary operator whose left operand is an instance of a class with a Python
    /// dunder for it, and whose right operand is of the same class (only the dunder is
    /// tried: defining it clears the sequence slots CPython would fall back to) or an
    /// exact int or float (whose own slots answer NotImplemented unless the class derives
    /// from a built-in type: only plain classes, then).
    static func cacheBinaryDunder(_ op: BinaryOp, _ l: Value, _ r: Value, _ cache: UnsafeMutablePointer<InlineCache>) {
        guard l.isPointer else { return }
        let leftType = l.type, rightType = r.type
        let sameType = rightType.isIdentical(leftType)
        guard sameType || rightType.isIdentical(BuiltinTypes.int) || rightType.isIdentical(BuiltinTypes.float) else { return }
        let t = TypeRef(leftType)
        guard t.flags.contains(.heapType), sameType || isPlainClass(t), let f = t.lookup(Names.binary[op.rawValue]),
              f.type.isIdentical(FunctionRef.type), !CodeRef(FunctionRef(f).code).isGeneratorLike else { return }
        let version = MethodCache.assignVersion(t)
        if version == 0 { return }
        cache.pointee = InlineCache(version: version, map: rightType, value: f, index: 0, mapWord: 0, kind: .binaryDunder)
    }

    /// Whether every class on `t`'s MRO but object is a heap type.
    static func isPlainClass(_ t: TypeRef) -> Bool {
        let mro = TupleRef(t.mro)
        guard mro.count > 0, mro[mro.count - 1].isIdentical(BuiltinTypes.object) else { return false }
        for i in 0..<(mro.count - 1) where !TypeRef(mro[i]).flags.contains(.heapType) { return false }
        return true
    }

    /// The slow path of `loadGlobal`: globals, then builtins, caching where it was found.
    @inline(never)
    static func loadGlobalFillingCache(_ globals: Value, _ builtins: Value, _ name: Value,
                                       _ cache: UnsafeMutablePointer<InlineCache>) throws(PyException) -> Value {
        let g = DictRef(globals)
        if let v = g.lookupStr(name) {
            if g.version != 0 {
                cache.pointee = InlineCache(version: g.version, map: .null, value: v, index: 0, mapWord: 0, kind: .global)
            }
            return v
        }
        let b = DictRef(builtins)
        if let v = b.lookupStr(name) {
            if g.version != 0 && b.version != 0 {
                cache.pointee = InlineCache(version: g.version, map: .null, value: v, index: 0, mapWord: 0, kind: .builtin,
                                            builtinsVersion: b.version)
            }
            return v
        }
        throw nameError(name)
    }

    /// The result a frame with a return action gives its caller.
    @inline(never)
    static func completeReturn(_ finished: Frame, _ result: Value) throws(PyException) -> Value {
        if finished.returnAction == ReturnAction.construct {
            if !result.isIdentical(BuiltinTypes.none) {
                throw typeError("__init__() should return None, not '\(TypeRef(result.type).nameString)'")
            }
            return finished.pending
        }
        if result.isIdentical(BuiltinTypes.notImplemented) {
            let action = finished.returnAction - ReturnAction.firstBinary
            let op = BinaryOp(rawValue: action & 15) ?? .add
            let left = finished.pending.type
            let right = action >> 4 == 0 ? left : action >> 4 == 1 ? BuiltinTypes.int : BuiltinTypes.float
            throw Runtime.unsupportedOperands(op.symbol, left, right)
        }
        return result
    }
}
