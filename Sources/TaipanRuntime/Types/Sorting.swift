// Sorting for list.sort and sorted().

/// list.sort and sorted(): a stable merge sort on keys, comparing with `<` only, that
/// leaves the list unchanged if a comparison raises and detects mutation during the sort.
enum Sorting {
    /// list.sort(*, key=None, reverse=False) with CPython's argument errors; sorted()
    /// passes its keywords on to it.
    static func sort(_ list: ListRef, _ args: Arguments, keywordsFrom first: Int = 0) throws(PyException) {
        if args.positionalCount > first { throw typeError("sort() takes no positional arguments") }
        var key = Value.none
        var reverse = false
        if !args.keywordNames.isNull {
            let names = TupleRef(args.keywordNames)
            for i in 0..<names.count {
                let name = StrRef(names[i]).string
                let v = args.values[args.positionalCount + i]
                if name == "key" {
                    key = v
                } else if name == "reverse" {
                    guard let flag = try IntOps.index(v) else {
                        throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
                    }
                    reverse = flag != 0
                } else {
                    throw typeError("'\(name)' is an invalid keyword argument for sort()")
                }
            }
        }
        try sort(list, key: key, reverse: reverse)
    }

    static func sort(_ list: ListRef, key: Value, reverse: Bool) throws(PyException) {
        let n = list.count
        if n < 2 {
            // CPython calls the key even when there is nothing to order.
            if n == 1 && !key.isIdentical(BuiltinTypes.none) { _ = try Runtime.call(key, list[0]) }
            return
        }
        // Work on a private copy; the list is emptied during the sort (keys included) as
        // CPython does, so that mutation can be detected.
        let items = TupleRef.create(UnsafeBufferPointer(start: list.items, count: n))
        let keys = key.isIdentical(BuiltinTypes.none) ? items : TupleRef.allocate(n)
        list.setCount(0)
        if !key.isIdentical(BuiltinTypes.none) {
            do throws(PyException) {
                for i in 0..<n { keys[i] = try Runtime.call(key, items[i]) }
            } catch {
                list.setCount(0)
                try list.extend(items.value)
                throw error
            }
        }
        // As CPython: reverse=True sorts the reversed items and reverses the result, so
        // equal items keep their order; comparisons are always "<".
        var order: [Int] = reverse ? Array((0..<n).reversed()) : Array(0..<n)
        var failure: PyException? = nil
        func less(_ a: Int, _ b: Int) -> Bool {
            if failure != nil { return false }
            do throws(PyException) {
                return try Sorting.less(keys[a], keys[b])
            } catch {
                failure = error
                return false
            }
        }
        if n < 64 {
            // CPython's path for short lists: the leading run, then binary insertion. The
            // same comparisons in the same order, so inconsistent orders (NaN) agree.
            smallSort(&order, less)
        } else {
            mergeSort(&order, less)
        }
        if reverse { order.reverse() }
        // The list gets the (possibly partly) sorted items, even after a failed comparison
        // or when it was changed meanwhile (the changes are dropped), as CPython's.
        let mutated = list.count != 0
        list.setCount(0)
        for i in order { list.append(items[i]) }
        if let failure { throw failure }
        if mutated { throw pyError(ExceptionTypes.named("ValueError"), "list modified during sort") }
    }

    /// count_run and binarysort of CPython's listsort, for fewer than 64 items.
    static func smallSort(_ order: inout [Int], _ less: (Int, Int) -> Bool) {
        let n = order.count
        var run = 2
        if less(order[1], order[0]) {
            while run < n && less(order[run], order[run - 1]) { run += 1 }
            order[0..<run].reverse()
        } else {
            while run < n && !less(order[run], order[run - 1]) { run += 1 }
        }
        var start = run
        while start < n {
            let pivot = order[start]
            var l = 0, r = start
            while l < r {
                let p = l + ((r - l) >> 1)
                if less(pivot, order[p]) { r = p } else { l = p + 1 }
            }
            var k = start
            while k > l { order[k] = order[k - 1]; k -= 1 }
            order[l] = pivot
            start += 1
        }
    }

    /// A stable bottom-up merge sort for longer lists.
    static func mergeSort(_ order: inout [Int], _ less: (Int, Int) -> Bool) {
        let n = order.count
        var scratch = order
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
    }
}
