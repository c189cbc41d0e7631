// Sorting for list.sort and sorted().

/// list.sort and sorted(): a stable merge sort on keys, comparing with `<` only, that
/// leaves the list unchanged if a comparison raises and detects mutation during the sort.
enum Sorting {
    static func sort(_ list: ListRef, key: Value, reverse: Bool) throws(PyException) {
        let n = list.count
        if n < 2 {
            // CPython calls the key even when there is nothing to order.
            if n == 1 && !key.isIdentical(BuiltinTypes.none) { _ = try Runtime.call(key, list[0]) }
            return
        }
        // Work on a private copy; the list is emptied during the sort as CPython does, so
        // that mutation can be detected.
        let items = TupleRef.create(UnsafeBufferPointer(start: list.items, count: n))
        let keys = key.isIdentical(BuiltinTypes.none) ? items : TupleRef.allocate(n)
        if !key.isIdentical(BuiltinTypes.none) {
            for i in 0..<n { keys[i] = try Runtime.call(key, items[i]) }
        }
        list.setCount(0)
        var order = Array(0..<n)
        var scratch = order
        var failure: PyException? = nil
        func less(_ a: Int, _ b: Int) -> Bool {
            if failure != nil { return false }
            do throws(PyException) {
                // For reverse, compare b < a, which keeps equal elements in order.
                let (x, y) = reverse ? (keys[b], keys[a]) : (keys[a], keys[b])
                if x.isSmallInt && y.isSmallInt { return x.smallIntValue < y.smallIntValue }
                return try Runtime.isTrue(Runtime.compare(x, y, .lt))
            } catch {
                failure = error
                return false
            }
        }
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n)
                let end = min(start + 2 * width, n)
                var i = start, j = middle, k = start
                while i < middle && j < end {
                    if less(order[j], order[i]) { scratch[k] = order[j]; j += 1 } else { scratch[k] = order[i]; i += 1 }
                    k += 1
                }
                while i < middle { scratch[k] = order[i]; i += 1; k += 1 }
                while j < end { scratch[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &scratch)
            width *= 2
        }
        let mutated = list.count != 0
        if let failure {
            try list.extend(items.value)
            throw failure
        }
        if mutated {
            list.setCount(0)
            try list.extend(items.value)
            throw pyError(ExceptionTypes.named("ValueError"), "list modified during sort")
        }
        for i in order { list.append(items[i]) }
    }
}
