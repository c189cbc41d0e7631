// Weak references (weakref.ref and weakref.proxy): objects that name another object
// without keeping it alive.
//
//   weakref   word 0 type   1 callback (or null)   2 the referent, hidden (0: dead)
//             3 cached hash (raw)   4 serial << 1 | hash-cached bit (a small int)
//             (a subclass's map and inline slots follow)
//
// The referent is stored complemented (`~bits`): not a pointer Value, so neither the tracer
// (which traces every word of a subclass instance) nor the conservative stack scan sees it.
//
// Weak references are found through `lists`, keyed by the referent's address (objects never
// move), each list in CPython's order: the shared plain ref, the shared plain proxy, then the
// others newest first. The collector calls `clearDead` between marking and sweeping: the refs
// of an unmarked referent are cleared, and those still alive with a callback are queued in
// `pending` (a root). The callbacks run at the next safe point (`runPending`: the
// interpreter's call instructions and gc.collect()), since a collection may start inside any
// allocation of any native. A weakref that dies leaves its list at the same time.

extension TypeFlags {
    /// Instances of this built-in type may be weakly referenced (classes decide by their base).
    public static let weakReferenceable = TypeFlags(rawValue: 1 << 8)
}

public enum Weakrefs {
    public static var refType = Value(bits: 0)
    public static var proxyType = Value(bits: 0)
    public static var callableProxyType = Value(bits: 0)

    static let callbackWord = 1, referentWord = 2, hashWord = 3, stateWord = 4
    static let words = 5

    /// The live weak references of each live referent, by referent address.
    static var lists: [UInt: [UnsafeMutableRawPointer]] = [:]
    /// Cleared weak references whose callbacks have not run yet (a root).
    static var pending: [Value] = []
    /// Whether `pending` is non-empty or gc.collect() asked for a collection: the
    /// interpreter's cheap test at its safe points (GCModule.safePoint).
    public static var hasPending = false
    static var serial = 0
    /// The first entry of `pending` not called yet; `runPending` is running.
    static var pendingStart = 0
    static var running = false

    // MARK: Access

    /// The referent, or nil once it was collected.
    @inline(__always) static func referent(_ r: Value) -> Value? {
        let hidden = UInt64(bitPattern: Int64(r.loadRaw(referentWord)))
        return hidden == 0 ? nil : Value(bits: ~hidden)
    }

    static func callback(_ r: Value) -> Value { r.loadValue(callbackWord) }

    static func isReference(_ v: Value) -> Bool { v.isPointer && TypeRef(v.type).isSubtype(of: refType) }

    static func isProxy(_ v: Value) -> Bool {
        v.isPointer && (v.type.isIdentical(proxyType) || v.type.isIdentical(callableProxyType))
    }

    /// Whether `v` may be weakly referenced, as CPython decides by the type's weaklist slot.
    public static func canReference(_ v: Value) -> Bool {
        guard v.isPointer else { return false }
        let t = TypeRef(v.type)
        let flags = t.flags
        if flags.contains(.weakReferenceable) { return true }
        if flags.contains(.heapType) {
            // Variable-size bases leave no room for the weak-reference list.
            return !(t.isSubtype(of: BuiltinTypes.int) || t.isSubtype(of: BuiltinTypes.tuple) || t.isSubtype(of: BytesOps.type))
        }
        return t.isSubtype(of: BuiltinTypes.type)
    }

    /// The weak references to `v`, in CPython's order.
    static func references(to v: Value) -> [UnsafeMutableRawPointer] {
        v.isPointer ? lists[UInt(bitPattern: v.pointer)] ?? [] : []
    }

    // MARK: Creation

    /// A weak reference of `type` (ref, a subclass, or a proxy type) to `referent`.
    static func create(_ type: Value, referent: Value, callback: Value) throws(PyException) -> Value {
        guard canReference(referent) else {
            throw typeError("cannot create weak reference to '\(TypeRef(referent.type).nameString)' object")
        }
        let cb = callback.isIdentical(BuiltinTypes.none) ? Value.null : callback
        let isProxyType = type.isIdentical(proxyType) || type.isIdentical(callableProxyType)
        let basic = cb.isNull && (type.isIdentical(refType) || isProxyType)
        if basic, let shared = basicReference(referent, proxy: isProxyType) { return shared }
        let t = TypeRef(type)
        let r = allocateObject(words: max(t.instanceWords, words), type: type)
        if t.mapWord != 0 { r.storeValue(t.mapWord, type.loadValue(TypeWords.rootMap)) }
        r.storeValue(callbackWord, cb)
        r.storeRaw(referentWord, Int(Int64(bitPattern: ~referent.bits)))
        serial += 1
        r.storeValue(stateWord, Value(smallInt: Int64(serial) << 1))
        // After the allocation: a collection there may have rewritten the lists.
        let key = UInt(bitPattern: referent.pointer)
        var list = lists[key] ?? []
        let leadingBasics = list.prefix(2).prefix { isBasic(Value(pointer: $0)) }.count
        var at = leadingBasics
        if basic {
            let hasBasicRef = leadingBasics > 0 && Value(pointer: list[0]).type.isIdentical(refType)
            at = isProxyType && hasBasicRef ? 1 : 0
        }
        list.insert(r.pointer, at: at)
        lists[key] = list
        return r
    }

    static func isBasic(_ r: Value) -> Bool {
        callback(r).isNull && (r.type.isIdentical(refType) || isProxy(r))
    }

    static func basicReference(_ referent: Value, proxy: Bool) -> Value? {
        for p in references(to: referent) {
            let r = Value(pointer: p)
            guard isBasic(r) else { break }
            if isProxy(r) == proxy { return r }
        }
        return nil
    }

    // MARK: Collection

    static func setUp() {
        Heap.addRootProvider { visitor in
            for r in Weakrefs.pending { visitor.visit(r) }
        }
        Heap.clearWeakReferences = clearDead
    }

    /// Clears the references to unmarked objects and drops the unmarked references; queues
    /// the callbacks of the cleared references that survive. Does not allocate heap objects.
    static func clearDead() {
        if lists.isEmpty { return }
        var survivors: [UInt: [UnsafeMutableRawPointer]] = [:]
        survivors.reserveCapacity(lists.count)
        var dying: [(order: Int, refs: [UnsafeMutableRawPointer])] = []
        for (key, refs) in lists {
            if Heap.isMarked(UnsafeMutableRawPointer(bitPattern: key)!) {
                let kept = refs.filter { Heap.isMarked($0) }
                if !kept.isEmpty { survivors[key] = kept }
                continue
            }
            var order = Int.max
            for p in refs {
                let r = Value(pointer: p)
                r.storeRaw(referentWord, 0)
                order = min(order, Int(r.loadValue(stateWord).smallIntValue >> 1))
            }
            dying.append((order, refs.filter { Heap.isMarked($0) && !callback(Value(pointer: $0)).isNull }))
        }
        lists = survivors
        // Referents die in the order their first weak reference was made: deterministic,
        // where the dictionary's order is not.
        dying.sort { $0.order < $1.order }
        for group in dying {
            for p in group.refs { pending.append(Value(pointer: p)) }
        }
        hasPending = !running && pendingStart < pending.count
    }

    /// Calls the queued callbacks, each with its weak reference, oldest first. An exception
    /// in a callback is reported on stderr and ignored, as CPython does. Callbacks queued
    /// while it runs (by collections inside callbacks) are run by the same loop.
    public static func runPending() {
        if running { return }
        running = true
        hasPending = false
        while pendingStart < pending.count {
            let r = pending[pendingStart]
            pending[pendingStart] = .null
            pendingStart += 1
            let cb = callback(r)
            r.storeValue(callbackWord, .null)
            if cb.isNull { continue }
            do throws(PyException) {
                _ = try Runtime.call(cb, r)
            } catch {
                reportUnraisable(error.value, in: cb)
            }
        }
        pending.removeAll(keepingCapacity: true)
        pendingStart = 0
        running = false
        hasPending = false
    }

    /// "Exception ignored in: …" and the traceback, as sys.unraisablehook prints them.
    static func reportUnraisable(_ e: Value, in object: Value) {
        let shown = (try? Runtime.reprString(object)) ?? "<object repr() failed>"
        Programs.writeError("Exception ignored in: \(shown)\n" + Programs.formatException(e))
    }
}
