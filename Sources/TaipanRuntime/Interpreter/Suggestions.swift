// "Did you mean" for uncaught AttributeError and NameError, as CPython 3.11 adds them when
// it prints a traceback (the exception's str() is unchanged). The candidates are dir(obj)
// for AttributeError (its `name` and `obj`), and for NameError (its `name`) the local
// variable names of the innermost traceback entry's code, then its globals, then its
// builtins, each list tried on its own. The closest candidate wins by a Levenshtein
// distance over UTF-8 bytes where a case flip costs 1 and any other edit 2; it must need
// no more than about a third of the characters changed.

import TaipanCompiler

enum Suggestions {
    static let maxCandidates = 750
    static let maxStringSize = 40
    static let moveCost = 2
    static let caseCost = 1

    /// The suggested name for uncaught exception `e`, or nil.
    static func suggestion(for e: Value) -> String? {
        let type = TypeRef(e.type)
        guard let name = attribute(e, "name"), StrOps.isStr(name), name.type.isIdentical(BuiltinTypes.str) else { return nil }
        let target = StrRef(name).string
        if type.isSubtype(of: BuiltinTypes.attributeError) {
            guard let obj = attribute(e, "obj"), let dir = DictRef(ModuleObject.dict(Builtins.module)).lookupStr(Interned.intern("dir")),
                  let names = try? Runtime.call(dir, obj) else { return nil }
            return closest(to: target, among: strings(names))
        }
        if type.isSubtype(of: ExceptionTypes.named("NameError")) {
            guard let tb = Traceback.last(e) else { return nil }
            if let s = closest(to: target, among: CodeRef(tb.loadValue(2)).unit.varnames) { return s }
            for namespace in [tb.loadValue(3), tb.loadValue(4)] where !namespace.isNull {
                guard let keys = try? ListRef.fromIterable(namespace) else { continue }
                if let s = closest(to: target, among: strings(keys.value)) { return s }
            }
        }
        return nil
    }

    static func attribute(_ e: Value, _ name: String) -> Value? {
        guard let v = try? Runtime.lookupAttribute(e, Interned.intern(name)) else { return nil }
        return v.isIdentical(BuiltinTypes.none) ? nil : v
    }

    /// The str items of a list (others are skipped: they cannot be suggested).
    static func strings(_ list: Value) -> [String] {
        guard list.isPointer, TypeRef(list.type).isSubtype(of: ListRef.type) else { return [] }
        let items = ListRef(list)
        return (0..<items.count).compactMap { StrOps.isStr(items[$0]) ? StrRef(items[$0]).string : nil }
    }

    /// The first candidate at the smallest distance within the limit, or nil.
    static func closest(to name: String, among candidates: [String]) -> String? {
        if candidates.count >= maxCandidates { return nil }
        let a = Array(name.utf8)
        var best: String? = nil
        var bestDistance = Int.max
        for candidate in candidates {
            let b = Array(candidate.utf8)
            if a == b { continue }
            // No more than about a third of the characters may change, and only matches
            // better than the best so far count.
            let limit = min((a.count + b.count + 3) * moveCost / 6, bestDistance - 1)
            let distance = levenshtein(a[...], b[...], limit: limit)
            if distance > limit { continue }
            if best == nil || distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x == y { return 0 }
        if x & 31 != y & 31 { return moveCost }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        return lower(x) == lower(y) ? caseCost : moveCost
    }

    /// The edit distance of `a` and `b`, or any value above `limit` once it must exceed it.
    static func levenshtein(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, limit: Int) -> Int {
        var a = a, b = b
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return limit + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > limit { return limit + 1 }
        let short = Array(a), long = Array(b)
        // One row of the matrix: row[i] is the cost of turning long[..<j] into short[...i].
        var row = (0..<short.count).map { ($0 + 1) * moveCost }
        var result = 0
        for j in 0..<long.count {
            var diagonal = j * moveCost
            result = diagonal
            var minimum = Int.max
            for i in 0..<short.count {
                let substitute = diagonal + substitutionCost(long[j], short[i])
                diagonal = row[i]
                result = min(min(result, diagonal) + moveCost, substitute)
                row[i] = result
                minimum = min(minimum, result)
            }
            if minimum > limit { return limit + 1 }
        }
        return result
    }
}
