// Checks a program passed to _sre.compile before it is ever run: every operation has its
// operands, every skip lands inside its enclosing construct, group numbers are in range.
// The engine reads the program without bounds checks, so anything re/_compiler.py could
// not have produced is rejected here ("invalid SRE code"), as CPython's _validate does.

enum SreValidate {
    static func program(_ code: UnsafePointer<UInt32>, count: Int, groups: Int) -> Bool {
        if groups < 0 || groups > SreConstants.maxGroups || count == 0 || code[count - 1] != SreOp.success {
            return false
        }
        return inner(code, 0, count - 1, groups) == 0
    }

    /// The operations of a set in `from..<to`.
    static func charset(_ code: UnsafePointer<UInt32>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            let op = code[i]
            i += 1
            switch op {
            case SreOp.negate:
                break
            case SreOp.literal:
                i += 1
            case SreOp.range, SreOp.rangeUniIgnore:
                i += 2
            case SreOp.charset:
                i += 8
            case SreOp.bigCharset:
                if i >= to { return false }
                let blocks = Int(code[i])
                i += 1
                if 64 > to - i { return false }
                for b in 0..<256 where Int((code[i + b >> 2] >> (UInt32(b & 3) * 8)) & 0xFF) >= blocks {
                    return false
                }
                i += 64
                if blocks * 8 > to - i { return false }
                i += blocks * 8
            case SreOp.category:
                if i >= to || code[i] > SreCategory.uniNotLinebreak { return false }
                i += 1
            default:
                return false
            }
            if i > to { return false }
        }
        return true
    }

    /// The operations in `from..<to`: 0 when valid, 1 when valid and ending with a JUMP,
    /// -1 when invalid.
    static func inner(_ code: UnsafePointer<UInt32>, _ from: Int, _ to: Int, _ groups: Int) -> Int {
        if from > to { return -1 }
        var i = from
        func arg() -> Int? {
            if i >= to { return nil }
            i += 1
            return Int(code[i - 1])
        }
        /// A skip word: the construct it spans must end inside `to`.
        func skip(_ adjust: Int = 0) -> Int? {
            if i >= to { return nil }
            let s = Int(code[i])
            if s - adjust > to - i || s < adjust { return nil }
            i += 1
            return s
        }
        while i < to {
            let op = code[i]
            i += 1
            switch op {
            case SreOp.mark:
                guard let a = arg(), a <= 2 * groups + 1 else { return -1 }
            case SreOp.literal, SreOp.notLiteral, SreOp.literalIgnore, SreOp.notLiteralIgnore,
                 SreOp.literalUniIgnore, SreOp.notLiteralUniIgnore, SreOp.literalLocIgnore, SreOp.notLiteralLocIgnore:
                guard arg() != nil else { return -1 }
            case SreOp.success, SreOp.failure, SreOp.any, SreOp.anyAll:
                break
            case SreOp.at:
                guard let a = arg(), a <= Int(SreAt.uniNonBoundary) else { return -1 }
            case SreOp.in, SreOp.inIgnore, SreOp.inUniIgnore, SreOp.inLocIgnore:
                guard let s = skip(), s >= 2 else { return -1 }
                if !charset(code, i, i + s - 2) || code[i + s - 2] != SreOp.failure { return -1 }
                i += s - 1
            case SreOp.info:
                guard let s = skip(), s >= 1, let flags = arg(), arg() != nil, arg() != nil else { return -1 }
                let after = i - 4 + s
                let prefix = Int(SreConstants.infoPrefix), literal = Int(SreConstants.infoLiteral)
                let set = Int(SreConstants.infoCharset)
                if flags & ~(prefix | literal | set) != 0 || (flags & prefix != 0 && flags & set != 0)
                    || (flags & literal != 0 && flags & prefix == 0) {
                    return -1
                }
                if flags & prefix != 0 {
                    guard let length = arg(), arg() != nil else { return -1 }
                    if length > after - i { return -1 }
                    i += length
                    if length > after - i { return -1 }
                    for k in 0..<length where Int(code[i + k]) >= length { return -1 }
                    i += length
                }
                if flags & set != 0 {
                    if after - 1 < i || !charset(code, i, after - 1) || code[after - 1] != SreOp.failure { return -1 }
                    i = after
                } else if i != after {
                    return -1
                }
            case SreOp.branch:
                var target = -1
                while true {
                    guard let s = skip() else { return -1 }
                    if s == 0 { break }
                    if inner(code, i, i + s - 3, groups) != 0 { return -1 }
                    i += s - 3
                    if i >= to || code[i] != SreOp.jump { return -1 }
                    i += 1
                    guard let j = skip() else { return -1 }
                    if target < 0 { target = i + j - 1 } else if i + j - 1 != target { return -1 }
                }
                if i != target { return -1 }
            case SreOp.repeatOne, SreOp.minRepeatOne, SreOp.possessiveRepeatOne:
                guard let s = skip(), let low = arg(), let high = arg(), low <= high else { return -1 }
                if inner(code, i, i + s - 4, groups) != 0 { return -1 }
                i += s - 4
                if i >= to || code[i] != SreOp.success { return -1 }
                i += 1
            case SreOp.repeat, SreOp.possessiveRepeat:
                guard let s = skip(), let low = arg(), let high = arg(), low <= high else { return -1 }
                if inner(code, i, i + s - 3, groups) != 0 { return -1 }
                i += s - 3
                if i >= to { return -1 }
                let until = code[i]
                i += 1
                if op == SreOp.possessiveRepeat ? until != SreOp.success : (until != SreOp.maxUntil && until != SreOp.minUntil) {
                    return -1
                }
            case SreOp.atomicGroup:
                guard let s = skip() else { return -1 }
                if inner(code, i, i + s - 2, groups) != 0 { return -1 }
                i += s - 2
                if i >= to || code[i] != SreOp.success { return -1 }
                i += 1
            case SreOp.groupref, SreOp.grouprefIgnore, SreOp.grouprefUniIgnore, SreOp.grouprefLocIgnore:
                guard let g = arg(), g < groups else { return -1 }
            case SreOp.grouprefExists:
                // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]; skips count from <group>.
                guard let g = arg(), g < groups, let s = skip(1) else { return -1 }
                let skipAt = i - 1
                var rc = inner(code, skipAt + 1, skipAt + s - 1, groups)
                if rc == 1 {
                    i = skipAt + s - 2
                    guard let n = skip() else { return -1 }
                    rc = inner(code, i, i + n - 1, groups)
                    if rc != 0 { return -1 }
                    i += n - 1
                } else if rc == 0 {
                    i = skipAt + s - 1
                } else {
                    return -1
                }
            case SreOp.assert, SreOp.assertNot:
                guard let s = skip(), arg() != nil else { return -1 }
                let argAt = i - 1
                if inner(code, argAt + 1, argAt + s - 2, groups) != 0 { return -1 }
                i = argAt + s - 2
                if i >= to || code[i] != SreOp.success { return -1 }
                i += 1
            case SreOp.jump:
                if i + 1 != to { return -1 }
                return 1
            default:
                return -1
            }
        }
        return i == to ? 0 : -1
    }
}
