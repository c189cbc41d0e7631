// The heap and collector on hand-made object types: reachable objects survive with their
// fields intact, garbage is reclaimed, interior pointers held only by native code count,
// finalisers run for dead objects that ask for them.

import XCTest
@testable import TaipanRuntime

final class HeapTests: XCTestCase {
    /// A self-describing metatype, and a "pair" type whose objects hold two Values.
    static let metatype: Value = {
        let t = Heap.allocate(bytes: 64, type: .null)
        t.storeBytes(of: Value(pointer: t).bits, as: UInt64.self)
        t.storeBytes(of: TraceLayout.none.bits, toByteOffset: 8, as: UInt64.self)
        pinned.append(Value(pointer: t))
        return Value(pointer: t)
    }()

    static func makeType(_ layout: TraceLayout, flags: TypeFlags = []) -> Value {
        let t = Heap.allocate(bytes: 64, type: metatype)
        t.storeBytes(of: layout.bits, toByteOffset: 8, as: UInt64.self)
        t.storeBytes(of: flags.rawValue, toByteOffset: 16, as: UInt64.self)
        pinned.append(Value(pointer: t))
        return Value(pointer: t)
    }

    /// Precise roots for the test types (a Swift array is not scanned, so it is reported
    /// through a root provider).
    static var pinned: [Value] = {
        Heap.addRootProvider { visitor in
            for v in HeapTests.pinned { visitor.visit(v) }
        }
        return []
    }()

    static let pairType = makeType(.fixed(first: 1, count: 2))

    /// Garbage made in a frame of its own, so that no live frame of the test keeps a
    /// pointer to it for the conservative scan (collectOnCleanStack zeroes the dead ones).
    @inline(never)
    func makeGarbagePair() {
        _ = makePair(Value(smallInt: -1), .null)
    }

    @inline(never)
    func makeGarbage(bytes: Int, type: Value) {
        _ = Heap.allocate(bytes: bytes, type: type)
    }

    func makePair(_ a: Value, _ b: Value) -> Value {
        let p = Heap.allocate(bytes: 24, type: HeapTests.pairType)
        p.storeBytes(of: a.bits, toByteOffset: 8, as: UInt64.self)
        p.storeBytes(of: b.bits, toByteOffset: 16, as: UInt64.self)
        return Value(pointer: p)
    }

    func first(_ pair: Value) -> Value { Value(bits: pair.pointer.word(1)) }
    func second(_ pair: Value) -> Value { Value(bits: pair.pointer.word(2)) }

    func testValueEncoding() {
        XCTAssertNil(Value.selfCheck())
    }

    func testReachableListSurvivesAndGarbageIsReclaimed() {
        let liveWithList = buildAndCheckList()
        // The list was referenced only from the returned frame, which the clean collection
        // zeroes: it is garbage now.
        GCModule.collectOnCleanStack()
        XCTAssertLessThan(Heap.statistics.liveBytes, liveWithList)
    }

    /// Builds a 10,000-pair list among as much garbage, collects, checks the list survived
    /// intact; returns the live bytes with the list alive.
    @inline(never)
    func buildAndCheckList() -> Int {
        var list = Value.null
        for i in 0..<10_000 {
            list = makePair(Value(smallInt: Int64(i)), list)
            makeGarbagePair()
        }
        GCModule.collectOnCleanStack()
        let live = Heap.statistics.liveBytes
        var node = list
        var expected: Int64 = 9_999
        while !node.isNull {
            XCTAssertEqual(first(node).smallIntValue, expected)
            expected -= 1
            node = second(node)
        }
        XCTAssertEqual(expected, -1)
        withExtendedLifetime(list) {}
        return live
    }

    func testInteriorPointerKeepsObjectAlive() {
        let pair = makePair(Value(smallInt: 7), Value(smallInt: 8))
        // Only an interior pointer survives in a local.
        let interior = pair.pointer + 16
        var bits = pair.bits
        bits = 0
        _ = bits
        for _ in 0..<1000 { _ = makePair(.null, .null) }
        Heap.collect()
        let start = interior - 16
        XCTAssertEqual(Value(bits: start.word(1)).smallIntValue, 7)
        XCTAssertEqual(Value(bits: start.word(2)).smallIntValue, 8)
        withExtendedLifetime(interior) {}
    }

    func testLargeObjectsAreTracedAndFreed() {
        let bigType = HeapTests.makeType(.counted(first: 2, countWord: 1))
        let count = 2000
        let big = Heap.allocate(bytes: 16 + 8 * count, type: bigType)
        big.storeBytes(of: count, toByteOffset: 8, as: Int.self)
        for i in 0..<count {
            big.storeBytes(of: makePair(Value(smallInt: Int64(i)), .null).bits, toByteOffset: 16 + 8 * i, as: UInt64.self)
        }
        let before = LargeObjects.count
        makeGarbage(bytes: 100_000, type: bigType)
        GCModule.collectOnCleanStack()
        XCTAssertEqual(LargeObjects.count, before)
        for i in 0..<count {
            XCTAssertEqual(first(Value(bits: big.word(2 + i))).smallIntValue, Int64(i))
        }
        withExtendedLifetime(big) {}
    }

    func testFinalizerRunsForDeadObjectsOnly() {
        let resourceType = HeapTests.makeType(.none, flags: .hasFinalizer)
        var finalized: [UnsafeMutableRawPointer] = []
        Heap.finalizer = { finalized.append($0) }
        defer { Heap.finalizer = nil }
        let kept = Heap.allocate(bytes: 16, type: resourceType)
        for _ in 0..<100 { _ = Heap.allocate(bytes: 16, type: resourceType) }
        Heap.collect()
        // A stale copy of a dead pointer left in a register or stack slot may keep one or
        // two objects alive: the scan is conservative.
        XCTAssertGreaterThanOrEqual(finalized.count, 95)
        XCTAssertFalse(finalized.contains(kept))
        withExtendedLifetime(kept) {}
    }
}
