// Sequence, mapping and class patterns: the type test, the length test, extracting the
// items, attributes or values, then their sub-patterns (compile.c's
// compiler_pattern_sequence, _mapping and _class, in the same order of evaluation).

import TaipanSyntax

extension CodeGenerator {
    // MARK: Sequences

    func sequencePattern(_ patterns: [Pattern], _ subject: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        var star = -1
        var onlyWildcards = true
        var starIsWildcard = false
        for (i, q) in patterns.enumerated() {
            if case .MatchStar(let name) = q.kind {
                if star >= 0 { throw error("multiple starred names in sequence pattern", pc.location) }
                starIsWildcard = name == nil
                onlyWildcards = onlyWildcards && starIsWildcard
                star = i
            } else {
                onlyWildcards = onlyWildcards && isWildcard(q)
            }
        }
        let size = patterns.count
        let test = unit.temporary()
        unit.emit(.matchSequence, test, subject)
        unit.emitJump(.jumpIfFalse, test, to: pc.fail)
        // len(subject) == size, or >= size - 1 with a starred pattern.
        let bound = unit.temporary()
        unit.emit(.getLength, test, subject)
        unit.emit(.loadConst, bound, unit.constant(.value(.int(Int64(star < 0 ? size : size - 1)))))
        unit.emit(star < 0 ? .compareEq : .compareGe, test, test, bound)
        unit.emitJump(.jumpIfFalse, test, to: pc.fail)
        if onlyWildcards { return }
        if starIsWildcard {
            try sequenceBySubscript(patterns, star: star, subject, &pc)
            return
        }
        let before = star < 0 ? size : star
        let after = star < 0 ? 0 : size - star - 1
        if star >= 0 && (before > 0xFF || after > 0xFF) {
            throw notSupported("a starred sequence pattern with more than 255 items on one side", pc.location)
        }
        let items = unit.temporaries(size)
        if star < 0 {
            unit.emit(.unpackSequence, items, subject, size)
        } else {
            unit.emit(.unpackStarred, items, subject, before | after << 8)
        }
        for (i, q) in patterns.enumerated() { try subpattern(q, items + i, &pc) }
    }

    /// `[a, *_, b]`: the items around an ignored star are read by index (from the end with
    /// a non-negative index, since the subject may not support negative ones).
    func sequenceBySubscript(_ patterns: [Pattern], star: Int, _ subject: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        let size = patterns.count
        let item = unit.temporary()
        let index = unit.temporary()
        for (i, q) in patterns.enumerated() where i != star && !isWildcard(q) {
            if i < star {
                unit.emit(.loadConst, index, unit.constant(.value(.int(Int64(i)))))
            } else {
                let offset = unit.temporary()
                unit.emit(.getLength, index, subject)
                unit.emit(.loadConst, offset, unit.constant(.value(.int(Int64(size - i)))))
                unit.emit(.subtract, index, index, offset)
                unit.release(to: offset)
            }
            unit.emit(.getItem, item, subject, index)
            try subpattern(q, item, &pc)
        }
    }

    // MARK: Mappings

    func mappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?, _ subject: Int,
                        _ pc: inout PatternContext) throws(SyntaxError) {
        let size = keys.count
        let test = unit.temporary()
        unit.emit(.matchMapping, test, subject)
        unit.emitJump(.jumpIfFalse, test, to: pc.fail)
        if size == 0 && rest == nil { return }
        if size > 0 {
            let bound = unit.temporary()
            unit.emit(.getLength, test, subject)
            unit.emit(.loadConst, bound, unit.constant(.value(.int(Int64(size)))))
            unit.emit(.compareGe, test, test, bound)
            unit.emitJump(.jumpIfFalse, test, to: pc.fail)
        }
        var seen: [MatchKey] = []
        let keyRegisters = unit.temporaries(max(size, 1))
        for (i, key) in keys.enumerated() {
            if let constant = MatchKey(key) {
                if seen.contains(constant) {
                    throw error("mapping pattern checks duplicate key (\(constant.repr))", pc.location)
                }
                seen.append(constant)
            } else if case .Attribute = key.kind {
            } else {
                throw error("mapping pattern keys may only match literals and attribute lookups", pc.location)
            }
            try expression(key, into: keyRegisters + i)
        }
        let values = unit.temporary()
        unit.emit(.buildTuple, values, keyRegisters, size)
        unit.emit(.matchKeys, values, subject, values)
        unit.emitJump(.jumpIfNone, values, to: pc.fail)
        if size > 0 {
            let items = unit.temporaries(size)
            unit.emit(.unpackSequence, items, values, size)
            for (i, q) in patterns.enumerated() { try subpattern(q, items + i, &pc) }
        }
        if let rest {
            // rest = dict(subject) without the matched keys.
            let remaining = unit.temporary()
            unit.emit(.buildMap, remaining, remaining, 0)
            unit.emit(.dictUpdate, remaining, subject)
            for i in stride(from: size - 1, through: 0, by: -1) { unit.emit(.deleteItem, remaining, keyRegisters + i) }
            try capture(rest, remaining, &pc)
        }
    }

    // MARK: Classes

    func classPattern(_ p: Pattern, _ cls: Expr, _ patterns: [Pattern], _ kwdAttrs: [String], _ kwdPatterns: [Pattern],
                      _ subject: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        for (i, attr) in kwdAttrs.enumerated() where i < kwdPatterns.count {
            pc.location = kwdPatterns[i].range
            if attr == "__debug__" { throw error("cannot assign to __debug__", pc.location) }
            for j in (i + 1)..<max(kwdAttrs.count, i + 1) where kwdAttrs[j] == attr && j < kwdPatterns.count {
                pc.location = kwdPatterns[j].range
                throw error("attribute name repeated in class pattern: \(attr)", pc.location)
            }
        }
        if !kwdAttrs.isEmpty { pc.location = p.range }
        let base = unit.temporaries(3)
        unit.emit(.copy, base, subject)
        try expression(cls, into: base + 1)
        let names: [CodeConstant] = kwdAttrs.map { .value(.str(Array($0.unicodeScalars.map { $0.value }))) }
        unit.emit(.loadConst, base + 2, unit.constant(.tuple(names)))
        let attributes = unit.temporary()
        unit.emit(.matchClass, attributes, base, patterns.count)
        unit.emitJump(.jumpIfNone, attributes, to: pc.fail)
        let all = patterns + kwdPatterns
        if all.isEmpty { return }
        let items = unit.temporaries(all.count)
        unit.emit(.unpackSequence, items, attributes, all.count)
        for (i, q) in all.enumerated() where !isWildcard(q) { try subpattern(q, items + i, &pc) }
    }
}

/// A mapping pattern key known at compile time, compared as Python compares them for the
/// duplicate-key check (1, 1.0 and True are one key).
struct MatchKey: Equatable {
    enum Kind: Equatable {
        case int(Int64)
        case float(Double)
        case complex(Double, Double)
        case other(ConstantValue)
    }
    let value: Kind
    let repr: String

    init?(_ e: Expr) {
        switch e.kind {
        case .Constant(let c, _):
            self.init(c)
        case .UnaryOp(.USub, let operand):
            guard case .Constant(let c, _) = operand.kind else { return nil }
            switch c {
            case .int(let i) where i != Int64.min: self.init(.int(-i))
            case .float(let d): self.init(.float(-d))
            case .imaginary(let d): self.init(.imaginary(-d))
            default: return nil
            }
        case .BinOp(let left, let op, let right):
            guard let real = MatchKey(left), case .Constant(.imaginary(let imaginary), _) = right.kind else { return nil }
            let re: Double
            switch real.value {
            case .int(let i): re = Double(i)
            case .float(let d): re = d
            default: return nil
            }
            let im = op == .Sub ? -imaginary : imaginary
            let imText = MatchKey.complexPart(im)
            let kind: Kind = im == 0 ? (re == re.rounded() && abs(re) < 9.0e18 ? .int(Int64(re)) : .float(re)) : .complex(re, im)
            self.init(value: kind, repr: "(" + real.repr + (im.sign == .minus ? "" : "+") + imText + "j)")
        default:
            return nil
        }
    }

    init(value: Kind, repr: String) {
        self.value = value
        self.repr = repr
    }

    init(_ c: ConstantValue) {
        repr = pythonRepr(c)
        switch c {
        case .bool(let b): value = .int(b ? 1 : 0)
        case .int(let i): value = .int(i)
        case .float(let d): value = d == d.rounded() && abs(d) < 9.0e18 ? .int(Int64(d)) : .float(d)
        case .imaginary(let d): value = d == 0 ? .int(0) : .complex(0, d)
        default: value = .other(c)
        }
    }

    static func == (a: MatchKey, b: MatchKey) -> Bool { a.value == b.value }

    /// A part of a complex number's repr: integral values without ".0".
    static func complexPart(_ d: Double) -> String {
        let s = pythonRepr(.float(d))
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
