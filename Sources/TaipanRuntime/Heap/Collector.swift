// Mark-sweep collection.
//
// Roots: the registered precise roots (interpreter frame stacks, global tables), and the
// current thread's native stack and registers, scanned conservatively: any word that points
// into an allocated cell, interior pointers included, keeps that cell alive. Objects are
// traced precisely through their types' TraceLayout. The sweep rebuilds the free lists;
// blocks left without a live cell are kept for reuse by any size class.

import CTaipan
#if canImport(Glibc)
import Glibc
#endif

/// Visits roots during a collection.
public struct RootVisitor {
    @inline(__always) public func visit(_ value: Value) {
        if value.isPointer { Collector.markPrecise(value.pointer) }
    }

    public func visit(_ values: UnsafeMutablePointer<Value>, count: Int) {
        for i in 0..<count { visit(values[i]) }
    }
}

extension Heap {
    /// Functions that report precise roots; registered once by the runtime's subsystems.
    public static var rootProviders: [(RootVisitor) -> Void] = []

    public static func addRootProvider(_ provider: @escaping (RootVisitor) -> Void) {
        rootProviders.append(provider)
    }

    /// Runs a full collection now (`gc.collect()`).
    public static func collect() {
        Collector.collect()
    }

    /// Called between marking and sweeping, to clear weak references to unmarked objects.
    /// It must not allocate (the free lists are about to be rebuilt).
    public static var clearWeakReferences: (() -> Void)? = nil

    /// Whether the object at `object` survived the marking; only meaningful inside
    /// `clearWeakReferences`.
    public static func isMarked(_ object: UnsafeMutableRawPointer) -> Bool {
        let address = UInt(bitPattern: object)
        if let block = Blocks.block(containing: address) {
            guard let index = HeapBlock.cellIndex(block, containing: address) else { return false }
            return HeapBlock.isMarked(block, index)
        }
        return LargeObjects.isMarked(object)
    }
}

enum Collector {
    /// Marked objects whose fields are still to be traced.
    static var grey = GreyStack()

    static func collect() {
        Heap.recordBumpedCells()
        for block in Blocks.all { HeapBlock.clearMarks(block) }
        let visitor = RootVisitor()
        for provider in Heap.rootProviders { provider(visitor) }
        scanNativeStack()
        drain()
        Heap.clearWeakReferences?()
        sweep()
        Heap.state.collections += 1
        Heap.state.resetBudget()
        if Heap.traceCollections { Heap.traceCollection() }
    }

    // MARK: Marking

    /// Marks the object that starts at `object` (a Value's pointer).
    @inline(__always) static func markPrecise(_ object: UnsafeMutableRawPointer) {
        mark(UInt(bitPattern: object))
    }

    /// Marks the object whose memory contains `address`, if any; returns whether one did.
    /// Inlined into the tracing and stack-scanning loops; large objects out of line.
    @discardableResult @inline(__always)
    static func mark(_ address: UInt) -> Bool {
        if let block = Blocks.block(containing: address) {
            guard let index = HeapBlock.cellIndex(block, containing: address) else { return false }
            let cell = HeapBlock.cell(block, index)
            if cell.word(0) == 0 { return false }  // a free cell
            if HeapBlock.testAndSetMark(block, index) { grey.push(cell) }
            return true
        }
        return markLarge(address)
    }

    @inline(never)
    static func markLarge(_ address: UInt) -> Bool {
        if let object = LargeObjects.object(containing: address) {
            if LargeObjects.testAndSetMark(object) { grey.push(object) }
            return true
        }
        return false
    }

    /// Traces the marked objects until none is left grey.
    static func drain() {
        while let object = grey.pop() {
            let typeBits = object.word(ObjectWords.type)
            mark(UInt(typeBits))
            let type = UnsafeMutableRawPointer(bitPattern: UInt(typeBits))!
            let layout = TraceLayout(bits: type.word(ObjectWords.typeTraceLayout))
            if layout.variableKind != 0 {
                drainVariableSize(object, layout)
                continue
            }
            let count = layout.countWord != 0 ? Int(bitPattern: UInt(object.word(layout.countWord))) : layout.fixedCount
            var i = layout.first
            let end = layout.first + count
            while i < end {
                let v = Value(bits: object.word(i))
                if v.isPointer { mark(UInt(v.bits)) }
                i += 1
            }
        }
    }

    /// Marks the Values of an instance of a variable-size built-in's subclass: a tuple's
    /// items, and the words after the payload.
    @inline(never)
    static func drainVariableSize(_ object: UnsafeMutableRawPointer, _ layout: TraceLayout) {
        let end = VariableSizeLayout.payloadWords(object, kind: layout.variableKind)
        var i = layout.variableKind == VariableSizeKind.tuple ? 2 : end
        let last = end + layout.fixedCount
        while i < last {
            let v = Value(bits: object.word(i))
            if v.isPointer { mark(UInt(v.bits)) }
            i += 1
        }
    }

    /// Scans the current thread's stack, with the registers spilled onto it.
    static func scanNativeStack() {
        taipan_with_registers_on_stack({ _, stackPointer in
            var low: UInt = 0
            var high: UInt = 0
            guard taipan_thread_stack_bounds(&low, &high) == 0 else { return }
            var address = stackPointer & ~7
            while address < high {
                let word = UnsafePointer<UInt>(bitPattern: address)!.pointee
                Collector.mark(word)
                address += 8
            }
        }, nil)
    }

    // MARK: Sweeping

    static func sweep() {
        for i in 0..<Heap.cellSizes.count { Heap.state.freeLists.unsafelyUnwrapped[i] = nil }
        Heap.emptyBlocks.removeAll(keepingCapacity: true)
        var liveBytes = 0
        for block in Blocks.all {
            liveBytes += sweep(block)
        }
        liveBytes += LargeObjects.sweep(finalize: finalizeIfNeeded)
        Heap.state.liveBytesAfterCollection = liveBytes
    }

    /// Frees the block's unmarked objects onto its class's free list, zeroed (HeapBlock's
    /// invariant); returns live bytes. Only the cells handed out so far are visited.
    static func sweep(_ block: UnsafeMutableRawPointer) -> Int {
        let header = HeapBlock.header(block)
        let count = header.pointee.bumpedCells
        let cellSize = header.pointee.cellSize
        let sizeClass = header.pointee.sizeClass
        var live = 0
        var freeHead = Heap.state.freeLists.unsafelyUnwrapped[sizeClass]
        let previousHead = freeHead
        var i = count - 1
        while i >= 0 {
            let cell = HeapBlock.cell(block, i)
            if cell.word(0) != 0 {
                if HeapBlock.isMarked(block, i) {
                    live += 1
                    i -= 1
                    continue
                }
                finalizeIfNeeded(cell)
                memset(cell, 0, cellSize)
            }
            cell.storeBytes(of: freeHead, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            freeHead = cell
            i -= 1
        }
        header.pointee.liveCells = live
        if live == 0 {
            // Nothing survived: the block may serve any size class next, or, if its class
            // is bumping through it, be bumped through again from the start. The links just
            // written are cleared so that its cells are all zero.
            for j in 0..<count { HeapBlock.cell(block, j).storeBytes(of: 0, toByteOffset: 8, as: UInt64.self) }
            Heap.state.freeLists.unsafelyUnwrapped[sizeClass] = previousHead
            let region = Heap.state.bumpRegions.unsafelyUnwrapped + sizeClass
            if region.pointee.block == block {
                region.pointee.start(in: block)
                header.pointee.bumpedCells = 0
            } else {
                Heap.emptyBlocks.append(block)
            }
            return 0
        }
        Heap.state.freeLists.unsafelyUnwrapped[sizeClass] = freeHead
        return live * cellSize
    }

    @inline(__always) static func finalizeIfNeeded(_ object: UnsafeMutableRawPointer) {
        let type = UnsafeMutableRawPointer(bitPattern: UInt(object.word(ObjectWords.type)))!
        let flags = TypeFlags(rawValue: type.word(ObjectWords.typeFlags))
        if flags.contains(.hasFinalizer), let finalizer = Heap.finalizer {
            finalizer(object)
        }
    }
}

/// A stack of object addresses in malloc'd memory (no Swift array: no uniqueness checks
/// or ARC in the marking loop). Every field has a constant initial value, so the global
/// holding it needs no lazy-initialisation check (swift_once) on each access.
struct GreyStack {
    var base: UnsafeMutablePointer<UnsafeMutableRawPointer>? = nil
    var count = 0
    var capacity = 0

    @inline(__always) mutating func push(_ object: UnsafeMutableRawPointer) {
        if count == capacity { grow() }
        base.unsafelyUnwrapped[count] = object
        count &+= 1
    }

    @inline(__always) mutating func pop() -> UnsafeMutableRawPointer? {
        if count == 0 { return nil }
        count &-= 1
        return base.unsafelyUnwrapped[count]
    }

    @inline(never) mutating func grow() {
        let newCapacity = max(1024, capacity * 2)
        let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: newCapacity)
        if let base {
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = bigger
        capacity = newCapacity
    }
}
