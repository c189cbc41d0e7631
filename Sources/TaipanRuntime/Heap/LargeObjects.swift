// Objects over Heap.maxSmallSize bytes, each in its own allocation with a 16-byte prefix
// (its size and mark), kept sorted by address so that an interior pointer found by the
// conservative scan can be resolved by binary search.

#if canImport(Glibc)
import Glibc
#endif

enum LargeObjects {
    static let prefixBytes = 16
    /// Object addresses (just past the prefix), sorted.
    static var objects: [UnsafeMutableRawPointer] = []

    static var count: Int { objects.count }

    static func allocate(bytes: Int) -> UnsafeMutableRawPointer {
        // calloc: big requests come zeroed from fresh pages without a memset; glibc's
        // alignment (16 bytes) is what objects need.
        guard let base = calloc(1, bytes + prefixBytes) else {
            fatalError("Taipan: out of memory allocating \(bytes) bytes")
        }
        base.storeBytes(of: bytes, as: Int.self)
        let object = base + prefixBytes
        let i = insertionIndex(UInt(bitPattern: object))
        objects.insert(object, at: i)
        return object
    }

    @inline(__always) static func size(_ object: UnsafeMutableRawPointer) -> Int {
        (object - prefixBytes).load(as: Int.self)
    }

    /// Sets the mark; returns false if it was already set.
    @inline(__always) static func testAndSetMark(_ object: UnsafeMutableRawPointer) -> Bool {
        let mark = object - 8
        if mark.load(as: UInt64.self) != 0 { return false }
        mark.storeBytes(of: 1, as: UInt64.self)
        return true
    }

    @inline(__always) static func isMarked(_ object: UnsafeMutableRawPointer) -> Bool {
        (object - 8).load(as: UInt64.self) != 0
    }

    static func insertionIndex(_ address: UInt) -> Int {
        var low = 0
        var high = objects.count
        while low < high {
            let mid = (low + high) / 2
            if UInt(bitPattern: objects[mid]) < address { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The large object whose memory contains `address`, if any.
    static func object(containing address: UInt) -> UnsafeMutableRawPointer? {
        guard !objects.isEmpty, address >= UInt(bitPattern: objects[0]) else { return nil }
        // The last object starting at or before `address`.
        var low = 0
        var high = objects.count
        while low < high {
            let mid = (low + high) / 2
            if UInt(bitPattern: objects[mid]) <= address { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let object = objects[low - 1]
        let start = UInt(bitPattern: object)
        return address >= start && address < start + UInt(size(object)) ? object : nil
    }

    /// Frees the unmarked objects and clears the marks of the rest; returns live bytes.
    static func sweep(finalize: (UnsafeMutableRawPointer) -> Void) -> Int {
        var live = 0
        var kept: [UnsafeMutableRawPointer] = []
        kept.reserveCapacity(objects.count)
        for object in objects {
            let mark = object - 8
            if mark.load(as: UInt64.self) != 0 {
                mark.storeBytes(of: 0, as: UInt64.self)
                live += size(object)
                kept.append(object)
            } else {
                finalize(object)
                free(object - prefixBytes)
            }
        }
        objects = kept
        return live
    }
}
