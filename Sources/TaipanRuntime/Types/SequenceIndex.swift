// The arguments of list.index and tuple.index: (value[, start[, stop]]).

enum SequenceIndex {
    /// The search range start..<stop over `count` items: negative bounds count from the
    /// end, and both are clamped to 0...count, as CPython's slice indices.
    static func bounds(_ args: Arguments, _ name: String, count: Int) throws(PyException) -> (Int, Int) {
        try args.expect(name, min: 1, max: 3)
        var start = 0, stop = count
        if args.positionalCount > 1 { start = try bound(args[1], count) }
        if args.positionalCount > 2 { stop = try bound(args[2], count) }
        return (start, stop)
    }

    static func bound(_ v: Value, _ count: Int) throws(PyException) -> Int {
        guard var i = try IntOps.index(v, clamp: true) else {
            throw typeError("slice indices must be integers or have an __index__ method")
        }
        if i < 0 { i += count }
        return min(max(i, 0), count)
    }
}
