// _heapq: the binary-heap functions over lists, with the same sift order as heapq.py (so
// results equal CPython's), comparisons with <, and CPython's checks and messages.

enum HeapqModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_heapq")
        ModuleTypes.function(m, "heappush") { _, args throws(PyException) in
            try args.checkPositional("heappush", 2, 2)
            let heap = try list(args[0], "heappush", first: true)
            heap.append(args[1])
            try siftDown(heap, 0, heap.count - 1, max: false)
            return .none
        }
        ModuleTypes.function(m, "heappop") { _, args throws(PyException) in try pop(args, "heappop", max: false) }
        ModuleTypes.function(m, "_heappop_max") { _, args throws(PyException) in try pop(args, "_heappop_max", max: true) }
        ModuleTypes.function(m, "heapreplace") { _, args throws(PyException) in try replace(args, "heapreplace", max: false) }
        ModuleTypes.function(m, "_heapreplace_max") { _, args throws(PyException) in try replace(args, "_heapreplace_max", max: true) }
        ModuleTypes.function(m, "heappushpop") { _, args throws(PyException) in
            try args.checkPositional("heappushpop", 2, 2)
            let heap = try list(args[0], "heappushpop", first: true)
            let item = args[1]
            if heap.count == 0 { return item }
            let top = heap[0]
            if !(try less(top, item)) { return item }
            if heap.count == 0 { throw indexError() }
            let result = heap[0]
            heap[0] = item
            try siftUp(heap, 0, max: false)
            return result
        }
        ModuleTypes.function(m, "heapify") { _, args throws(PyException) in try heapify(args, "heapify", max: false) }
        ModuleTypes.function(m, "_heapify_max") { _, args throws(PyException) in try heapify(args, "_heapify_max", max: true) }
        DictRef(ModuleObject.dict(m)).setStr(Interned.intern("__about__"), StrRef.create("Heap queues").value)
        return m
    }

    static func indexError() -> PyException { pyError(ExceptionTypes.named("IndexError"), "index out of range") }
    static func changed() -> PyException { pyError(ExceptionTypes.named("RuntimeError"), "list changed size during iteration") }

    static func list(_ v: Value, _ name: String, first: Bool = false) throws(PyException) -> ListRef {
        guard v.isPointer && TypeRef(v.type).isSubtype(of: ListRef.type) else {
            throw typeError("\(name)() argument\(first ? " 1" : "") must be list, not \(TypeRef(v.type).nameString)")
        }
        return ListRef(v)
    }

    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a.smallIntValue < b.smallIntValue }
        return try Runtime.isTrue(Runtime.compare(a, b, .lt))
    }

    /// Moves the item at `pos` up towards `start` while it is smaller than its parent.
    static func siftDown(_ heap: ListRef, _ start: Int, _ position: Int, max: Bool) throws(PyException) {
        var pos = position
        let size = heap.count
        let item = heap[pos]
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let parent = heap[parentPos]
            let smaller = max ? try less(parent, item) : try less(item, parent)
            if heap.count != size { throw changed() }
            if !smaller { break }
            heap[pos] = parent
            pos = parentPos
        }
        heap[pos] = item
    }

    /// Moves the smaller child up until a leaf, puts the item there, then sifts it down.
    static func siftUp(_ heap: ListRef, _ position: Int, max: Bool) throws(PyException) {
        var pos = position
        let end = heap.count
        let item = heap[pos]
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end {
                let a = heap[child], b = heap[right]
                let childFirst = max ? try less(b, a) : try less(a, b)
                if heap.count != end { throw changed() }
                if !childFirst { child = right }
            }
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        }
        heap[pos] = item
        try siftDown(heap, position, pos, max: max)
    }

    static func pop(_ args: Arguments, _ name: String, max: Bool) throws(PyException) -> Value {
        try args.expect(name, count: 1)
        let heap = try list(args[0], name)
        if heap.count == 0 { throw indexError() }
        let last = heap.remove(at: heap.count - 1)
        if heap.count == 0 { return last }
        let result = heap[0]
        heap[0] = last
        try siftUp(heap, 0, max: max)
        return result
    }

    static func replace(_ args: Arguments, _ name: String, max: Bool) throws(PyException) -> Value {
        try args.checkPositional(name, 2, 2)
        let heap = try list(args[0], name, first: true)
        if heap.count == 0 { throw indexError() }
        let result = heap[0]
        heap[0] = args[1]
        try siftUp(heap, 0, max: max)
        return result
    }

    static func heapify(_ args: Arguments, _ name: String, max: Bool) throws(PyException) -> Value {
        try args.expect(name, count: 1)
        let heap = try list(args[0], name)
        var i = heap.count / 2 - 1
        while i >= 0 {
            if i >= heap.count { throw changed() }
            try siftUp(heap, i, max: max)
            i -= 1
        }
        return .none
    }
}
