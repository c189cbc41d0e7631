// The gc module over Taipan's collector. Memory is managed by a tracing collector alone (no
// reference counts, as in PyPy), so `collect()` is what makes unreachable objects die:
// it runs a full collection, then the callbacks of the weak references it cleared, so that
// `del x; gc.collect()` shows x's weak references dead and their callbacks run. `disable()`
// only records the setting: without reference counting, turning the collector off would
// leak every object.

import CTaipan
import TaipanCompiler

enum GCModule {
    static var enabled = true
    static var threshold: (Int64, Int64, Int64) = (700, 10, 10)
    static var debugFlags: Int64 = 0

    static func register() {
        Imports.nativeModules["gc"] = { create() }
    }

    /// Set by gc.collect() called from the interpreter: the collection runs at the safe
    /// point right after the call instruction returns.
    static var collectRequested = false

    /// A full collection now, then the weak-reference callbacks it made due (at exit, or
    /// when gc.collect() is not called by a call instruction).
    static func collectNow() {
        collectOnCleanStack()
        Weakrefs.runPending()
    }

    /// What the safe points left to do when the program ends.
    static func finishPending() {
        if collectRequested {
            collectRequested = false
            collectNow()
        } else if Weakrefs.hasPending {
            Weakrefs.runPending()
        }
    }

    /// The interpreter's safe point at a call instruction (`afterCall`: the call returned).
    /// A requested collection runs first, with the frame's dead temporaries cleared, so
    /// that `del x; gc.collect()` frees x as CPython's reference counting would have; then
    /// the queued weak-reference callbacks.
    @inline(never)
    static func safePoint(_ registers: UnsafeMutablePointer<Value>, _ inst: Instruction, registerCount: Int,
                          afterCall: Bool) {
        if collectRequested {
            collectRequested = false
            clearDeadTemporaries(registers, inst, registerCount: registerCount, afterCall: afterCall)
            collectOnCleanStack()
        }
        Weakrefs.runPending()
    }

    /// Collects from freshly zeroed stack: the frames of the calls that just returned left
    /// pointers there, which the conservative scan would take for live references.
    @inline(never)
    static func collectOnCleanStack() {
        taipan_scrub_stack(1 << 16)
        Heap.collect()
    }

    /// Clears the registers the compiler's stack of temporaries has released at call
    /// instruction `inst`: those above its arguments (and the arguments themselves once it
    /// returned), except its result; before the call, its result register too.
    static func clearDeadTemporaries(_ registers: UnsafeMutablePointer<Value>, _ inst: Instruction, registerCount: Int,
                                     afterCall: Bool) {
        var end = inst.b + 1 + inst.c
        switch inst.opcode {
        case .call: break
        case .callMethod, .callKeywords: end += 1
        case .callMethodKeywords: end += 2
        default: return
        }
        var i = afterCall ? inst.b : end
        while i < registerCount {
            if !(afterCall && i == inst.a) { registers[i] = .null }
            i += 1
        }
        if !afterCall && (inst.a < inst.b || inst.a >= end) { registers[inst.a] = .null }
    }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "gc")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: m, body)) }
        let callbacks = ListRef.create()
        set("callbacks", callbacks.value)
        set("garbage", ListRef.create().value)
        let flags: [(String, Int64)] = [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
                                        ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)]
        for (name, value) in flags { set(name, IntOps.make(value)) }

        add("collect") { _, args throws(PyException) in
            try args.expect("collect", min: 0, max: 1, keywords: ["generation"])
            let given = args.positionalCount > 0 ? args[0] : args.keyword("generation")
            var generation: Int64 = 2
            if let given {
                guard let g = try IntOps.index(given).map({ Int64($0) }) else {
                    throw typeError("'\(TypeRef(given.type).nameString)' object cannot be interpreted as an integer")
                }
                if g < 0 || g > 2 { throw pyError(ExceptionTypes.named("ValueError"), "invalid generation") }
                generation = g
            }
            try runCallbacks(callbacks, phase: "start", generation: generation)
            if callbacks.count == 0 && ThreadState.frameCount > 0 && isCallInstruction(ThreadState.currentFrame.pointee) {
                collectRequested = true
                Weakrefs.hasPending = true
            } else {
                collectNow()
            }
            try runCallbacks(callbacks, phase: "stop", generation: generation)
            return IntOps.make(Int64(0))
        }
        add("enable") { _, args throws(PyException) in
            try args.expect("enable", count: 0)
            enabled = true
            return .none
        }
        add("disable") { _, args throws(PyException) in
            try args.expect("disable", count: 0)
            enabled = false
            return .none
        }
        add("isenabled") { _, args throws(PyException) in
            try args.expect("isenabled", count: 0)
            return .bool(enabled)
        }
        add("get_count") { _, args throws(PyException) in
            try args.expect("get_count", count: 0)
            return tuple([IntOps.make(Int64(0)), IntOps.make(Int64(0)), IntOps.make(Int64(0))])
        }
        add("get_threshold") { _, args throws(PyException) in
            try args.expect("get_threshold", count: 0)
            return tuple([IntOps.make(threshold.0), IntOps.make(threshold.1), IntOps.make(threshold.2)])
        }
        add("set_threshold") { _, args throws(PyException) in
            try args.expect("set_threshold", min: 1, max: 3)
            var values = [threshold.0, threshold.1, threshold.2]
            for i in 0..<args.positionalCount {
                guard let n = IntOps.asInt64(args[i]) else {
                    throw typeError("'\(TypeRef(args[i].type).nameString)' object cannot be interpreted as an integer")
                }
                values[i] = n
            }
            threshold = (values[0], values[1], values[2])
            return .none
        }
        add("get_debug") { _, args throws(PyException) in
            try args.expect("get_debug", count: 0)
            return IntOps.make(debugFlags)
        }
        add("set_debug") { _, args throws(PyException) in
            try args.expect("set_debug", count: 1)
            guard let n = IntOps.asInt64(args[0]) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            debugFlags = n
            return .none
        }
        add("is_tracked") { _, args throws(PyException) in
            try args.expect("is_tracked", count: 1)
            return .bool(try isTracked(args[0]))
        }
        add("is_finalized") { _, args throws(PyException) in
            try args.expect("is_finalized", count: 1)
            return .bool(false)
        }
        add("freeze") { _, args throws(PyException) in
            try args.expect("freeze", count: 0)
            return .none
        }
        add("unfreeze") { _, args throws(PyException) in
            try args.expect("unfreeze", count: 0)
            return .none
        }
        add("get_freeze_count") { _, args throws(PyException) in
            try args.expect("get_freeze_count", count: 0)
            return IntOps.make(Int64(0))
        }
        add("get_stats") { _, args throws(PyException) in
            try args.expect("get_stats", count: 0)
            let list = ListRef.create()
            for generation in 0..<3 {
                let stats = DictRef.create()
                let collections = generation == 2 ? Int64(Heap.statistics.collections) : 0
                stats.setStr(Interned.intern("collections"), IntOps.make(collections))
                stats.setStr(Interned.intern("collected"), IntOps.make(Int64(0)))
                stats.setStr(Interned.intern("uncollectable"), IntOps.make(Int64(0)))
                list.append(stats.value)
            }
            return list.value
        }
        return m
    }

    /// Whether the frame is executing a call instruction (whose end is a safe point).
    static func isCallInstruction(_ frame: Frame) -> Bool {
        guard frame.pc >= 0 else { return false }
        switch CodeRef(frame.code).instructions[frame.pc].opcode {
        case .call, .callMethod, .callKeywords, .callMethodKeywords: return true
        default: return false
        }
    }

    static func tuple(_ items: [Value]) -> Value {
        let t = TupleRef.allocate(items.count)
        for (i, v) in items.enumerated() { t[i] = v }
        return t.value
    }

    /// Calls each of gc.callbacks with (phase, info), as CPython does around a collection.
    static func runCallbacks(_ callbacks: ListRef, phase: String, generation: Int64) throws(PyException) {
        if callbacks.count == 0 { return }
        let info = DictRef.create()
        info.setStr(Interned.intern("generation"), IntOps.make(generation))
        info.setStr(Interned.intern("collected"), IntOps.make(Int64(0)))
        info.setStr(Interned.intern("uncollectable"), IntOps.make(Int64(0)))
        let phaseName = StrRef.create(phase).value
        var i = 0
        while i < callbacks.count {
            _ = try Runtime.call(callbacks[i], phaseName, info.value)
            i += 1
        }
    }

    /// CPython's answer: atoms are never tracked; a dict only once it holds a container.
    static func isTracked(_ v: Value) throws(PyException) -> Bool {
        guard v.isPointer else { return false }
        let t = v.type
        let atoms: [Value] = [BuiltinTypes.str, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                              BuiltinTypes.noneType, BytesOps.type, ComplexOps.type, RangeOps.type]
        if atoms.contains(where: { $0.isIdentical(t) }) { return false }
        if t.isIdentical(BuiltinTypes.dict) {
            var tracked = false
            try DictRef(v).forEach { (k, value) throws(PyException) -> Bool in
                let keyTracked = try isTracked(k)
                let valueTracked = try isTracked(value)
                tracked = keyTracked || valueTracked
                return !tracked
            }
            return tracked
        }
        return true
    }
}
