// Taipan's heap: every Python object lives here, not in Swift's ARC world.
//
// Small objects come from size-classed blocks (HeapBlock), each class with a free list
// threaded through its free cells (word 0 = 0 marks a free cell, word 1 links the next);
// objects over `maxSmallSize` bytes are large objects, allocated one by one. Memory is
// never moved, so a pointer held in a Swift local stays valid; collection is mark-sweep
// (Collector.swift).
//
// Runtime state is touched only by the thread holding the interpreter lock (DESIGN.md,
// Threads), so the heap is plain global state.

#if canImport(Glibc)
import Glibc
#endif

public enum Heap {
    /// Cell sizes in bytes, by size class.
    static let cellSizes: [Int] = [16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384,
                                   448, 512, 640, 768, 1024, 1280, 1536, 2048, 3072, 4096]
    public static let maxSmallSize = 4096
    /// Collection policy: collect after allocating max(minimumBudget, growthPercent% of
    /// what survived the last collection). Peak memory is about live × (1 + growth%) plus
    /// the minimum; CPython (reference counting) peaks near live, so both stay small:
    /// measured on Benchmarks/ (2026-11-26), 3 MiB and 50% cost no time on raytrace or
    /// generators and a little on pidigits, and keep small programs near python3's RSS.
    /// TAIPAN_GC_TUNE=KiB,percent overrides them for experiments.
    static var minimumBudget = 3 << 20
    static var growthPercent = 50

    /// The allocator's state. Every field has a constant initial value, so Swift initialises
    /// it statically: the allocation path reads it without a lazy-initialisation check.
    static var state = HeapState()
    /// Blocks with no live cell, kept registered for reuse by any size class.
    static var emptyBlocks: [UnsafeMutableRawPointer] = []

    /// Makes the free lists and the size-class table, and reads TAIPAN_GC_STRESS. Runs
    /// before the first allocation.
    static func setUp() {
        if state.freeLists != nil { return }
        let lists = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: cellSizes.count)
        lists.initialize(repeating: nil, count: cellSizes.count)
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: maxSmallSize / 16 + 1)
        table.initialize(repeating: 0, count: maxSmallSize / 16 + 1)
        var c = 0
        for units in 1...(maxSmallSize / 16) {
            while cellSizes[c] < units * 16 { c += 1 }
            table[units] = UInt8(c)
        }
        state.freeLists = lists
        state.sizeClassOfUnits = table
        let regions = UnsafeMutablePointer<BumpRegion>.allocate(capacity: cellSizes.count)
        regions.initialize(repeating: BumpRegion(), count: cellSizes.count)
        state.bumpRegions = regions
        if let setting = getenv("TAIPAN_GC_STRESS"), let n = Int(String(cString: setting)), n > 0 {
            state.stressInterval = n
            state.budget = n
        }
        traceCollections = getenv("TAIPAN_GC_TRACE") != nil
        if let setting = getenv("TAIPAN_GC_TUNE") {
            let parts = String(cString: setting).split(separator: ",").compactMap { Int($0) }
            if parts.count == 2 {
                minimumBudget = parts[0] << 10
                growthPercent = parts[1]
                state.budget = minimumBudget
            }
        }
    }

    /// TAIPAN_GC_TRACE: print one line per collection on stderr (for tuning the heap).
    static var traceCollections = false

    static func traceCollection() {
        let line = "gc \(state.collections): live \(state.liveBytesAfterCollection >> 10) KiB, "
            + "\(Blocks.count) blocks (\(emptyBlocks.count) empty), \(LargeObjects.count) large objects, "
            + "next budget \(state.budget >> 10) KiB\n"
        fputs(line, stderr)
    }

    /// Allocates a zeroed object of `bytes` bytes (at least 16) whose word 0 is `type`.
    /// May collect garbage first: callers keep the Values they need in locals (found by the
    /// conservative scan) or in heap objects, never only in Swift collections.
    @inline(__always)
    public static func allocate(bytes: Int, type: Value) -> UnsafeMutableRawPointer {
        guard let freeLists = state.freeLists else {
            setUp()
            return allocate(bytes: bytes, type: type)
        }
        let size = bytes < 16 ? 16 : bytes
        // The budget counts bytes, or allocations under TAIPAN_GC_STRESS.
        state.budget &-= state.stressInterval == 0 ? size : 1
        if state.budget < 0 {
            collectBeforeAllocating()
        }
        let object: UnsafeMutableRawPointer
        if size <= maxSmallSize {
            let sizeClass = Int(state.sizeClassOfUnits.unsafelyUnwrapped[(size &+ 15) >> 4])
            if let cell = freeLists[sizeClass] {
                // A free cell is zero but for its link (HeapBlock's invariant).
                freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                cell.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
                object = cell
            } else {
                object = bump(sizeClass: sizeClass)
            }
        } else {
            object = LargeObjects.allocate(bytes: size)
        }
        object.storeBytes(of: type.bits, as: UInt64.self)
        return object
    }

    /// The next untouched (zero) cell of the class's bump block, starting a block when
    /// there is none or it is used up.
    @inline(never)
    static func bump(sizeClass: Int) -> UnsafeMutableRawPointer {
        let regions = state.bumpRegions.unsafelyUnwrapped
        let next = regions[sizeClass].next
        if next < regions[sizeClass].end {
            regions[sizeClass].next = next &+ regions[sizeClass].cellSize
            return UnsafeMutableRawPointer(bitPattern: next).unsafelyUnwrapped
        }
        if let full = regions[sizeClass].block {
            HeapBlock.header(full).pointee.bumpedCells = HeapBlock.header(full).pointee.cellCount
        }
        let block: UnsafeMutableRawPointer
        if let recycled = emptyBlocks.popLast() {
            block = recycled
            HeapBlock.format(block, cellSize: cellSizes[sizeClass], sizeClass: sizeClass, recycled: true)
        } else {
            block = Blocks.carve()
            HeapBlock.format(block, cellSize: cellSizes[sizeClass], sizeClass: sizeClass, recycled: false)
        }
        regions[sizeClass].start(in: block)
        return bump(sizeClass: sizeClass)
    }

    /// Records in each bump block's header how many cells it has handed out, for the sweep.
    static func recordBumpedCells() {
        let regions = state.bumpRegions.unsafelyUnwrapped
        for c in 0..<cellSizes.count {
            guard let block = regions[c].block else { continue }
            let h = HeapBlock.header(block)
            h.pointee.bumpedCells = Int(regions[c].next - UInt(bitPattern: block) - UInt(h.pointee.cellsOffset)) / h.pointee.cellSize
        }
    }

    @inline(never)
    static func collectBeforeAllocating() {
        collect()
    }

    /// Counters for tests and `gc` statistics.
    public static var statistics: HeapStatistics {
        HeapStatistics(collections: state.collections, liveBytes: state.liveBytesAfterCollection,
                       blocks: Blocks.count, largeObjects: LargeObjects.count)
    }

    /// Called for each dead object whose type has `TypeFlags.hasFinalizer`, before its
    /// memory is reused. Set by the object system.
    public static var finalizer: ((UnsafeMutableRawPointer) -> Void)? = nil
}

public struct HeapStatistics {
    public var collections: Int
    public var liveBytes: Int
    public var blocks: Int
    public var largeObjects: Int
}

/// The untouched tail of a size class's current block: cells `next ..< end` are zero.
struct BumpRegion {
    var block: UnsafeMutableRawPointer? = nil
    var next: UInt = 0
    var end: UInt = 0
    var cellSize: UInt = 0

    mutating func start(in block: UnsafeMutableRawPointer) {
        let h = HeapBlock.header(block).pointee
        self.block = block
        cellSize = UInt(h.cellSize)
        next = UInt(bitPattern: block) + UInt(h.cellsOffset)
        end = next + UInt(h.cellCount * h.cellSize)
    }
}

struct HeapState {
    /// Free list heads by size class (Heap.setUp).
    var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>? = nil
    /// Size class by 16-byte units, for sizes up to maxSmallSize (Heap.setUp).
    var sizeClassOfUnits: UnsafeMutablePointer<UInt8>? = nil
    /// The block each size class bumps through, by size class (Heap.setUp).
    var bumpRegions: UnsafeMutablePointer<BumpRegion>? = nil
    /// What may still be allocated before the next collection: bytes, or allocations under
    /// TAIPAN_GC_STRESS=N (collect every N allocations).
    var budget = 3 << 20
    var stressInterval = 0
    var liveBytesAfterCollection = 0
    var collections = 0

    /// Sets the budget after a collection (the policy at `Heap.minimumBudget`).
    mutating func resetBudget() {
        budget = stressInterval > 0 ? stressInterval : max(Heap.minimumBudget, liveBytesAfterCollection / 100 * Heap.growthPercent)
    }
}
