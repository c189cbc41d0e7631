// The buffer protocol as far as Taipan's exporters go: bytes (read-only), bytearray and
// array.array (writable). A consumer (memoryview) reads the exporter's raw bytes through
// `region` each time, never caching the pointer, since the storage moves when it grows.
//
// A bytearray (its word 3) and an array count their exports and refuse to change size
// while any is held (CPython's "Existing exports of data", "cannot resize an array…"). A view dropped without release() holds its
// export until the collector finds it dead (its finaliser gives it back), so a refused
// resize first runs a collection, which frees the exports of unreachable views.

enum BufferExport {
    /// The exporter's bytes: the first byte, the byte count and whether it is read-only;
    /// nil when `obj` does not export a buffer.
    static func region(_ obj: Value) -> (UnsafeMutableRawPointer, Int, Bool)? {
        guard obj.isPointer else { return nil }
        if BytesOps.isBytes(obj) { return (BytesOps.data(obj), BytesOps.count(obj), true) }
        if ByteArrayOps.isByteArray(obj) {
            let storage = obj.loadValue(ByteArrayOps.storageWord)
            if storage.isNull { return (UnsafeMutableRawPointer(bitPattern: 8)!, 0, false) }
            return (BytesOps.data(storage), ByteArrayOps.count(obj), false)
        }
        if ArrayType.isArray(obj) {
            let a = ArrayRef(obj)
            return (a.data, a.byteCount, false)
        }
        return nil
    }

    static func acquire(_ obj: Value) {
        if ByteArrayOps.isByteArray(obj) { obj.storeRaw(ByteArrayOps.exportsWord, obj.loadRaw(ByteArrayOps.exportsWord) + 1) }
        if ArrayType.isArray(obj) { ArrayRef(obj).exports += 1 }
    }

    static func release(_ obj: Value) {
        if ByteArrayOps.isByteArray(obj) {
            obj.storeRaw(ByteArrayOps.exportsWord, max(obj.loadRaw(ByteArrayOps.exportsWord) - 1, 0))
        }
        if ArrayType.isArray(obj) { ArrayRef(obj).exports = max(ArrayRef(obj).exports - 1, 0) }
    }

    /// Throws BufferError when `obj` may not change size because views of it are alive.
    static func checkResizable(_ obj: Value) throws(PyException) {
        if obj.loadRaw(ByteArrayOps.exportsWord) == 0 { return }
        Heap.collect()
        if obj.loadRaw(ByteArrayOps.exportsWord) == 0 { return }
        throw pyError(ExceptionTypes.named("BufferError"), "Existing exports of data: object cannot be re-sized")
    }
}
